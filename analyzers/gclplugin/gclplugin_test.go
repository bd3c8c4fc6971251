package gclplugin

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/mcpsec/mcplint/analyzers"
	"github.com/mcpsec/mcplint/analyzers/bindall"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

func names(t *testing.T, conf any) []string {
	t.Helper()
	p, err := New(conf)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
	return out
}

func TestSettings(t *testing.T) {
	if got := names(t, nil); len(got) < 2 || got[0] != "MCP001" {
		t.Errorf("default = %v", got)
	}
	if got := names(t, map[string]any{"enable": []any{"MCP002", "path-traversal"}}); strings.Join(got, ",") != "MCP002,MCP003" {
		t.Errorf("enable = %v", got)
	}
	for _, a := range names(t, map[string]any{"disable": []any{"mcp001"}}) {
		if a == "MCP001" {
			t.Errorf("MCP001 not disabled")
		}
	}
	if _, err := New(map[string]any{"severity": "high"}); err == nil {
		t.Error("unknown setting accepted")
	}
	if _, err := New(map[string]any{"enable": []any{"MCP999"}}); err == nil {
		t.Error("unknown rule accepted")
	}
	if _, err := New(map[string]any{"models": []any{map[string]any{"callee": "example.com/x/run.Shell", "sink": "shell"}}}); err != nil {
		t.Errorf("models setting rejected: %v", err)
	}
	if _, err := New(map[string]any{"models": []any{map[string]any{"callee": "example.com/x/run.Shell", "sink": "shel"}}}); err == nil {
		t.Error("unknown sink kind accepted")
	}
	if _, err := New(map[string]any{"models": []any{map[string]any{"callee": "example.com/x/run.Shell", "sink": "shell", "validator": []any{"path"}}}}); err == nil {
		t.Error("two roles accepted")
	}
	if err := analyzers.SetModels(nil); err != nil { // leave no models behind for other tests
		t.Error(err)
	}
	if _, err := register.GetPlugin("mcplint"); err != nil {
		t.Error(err)
	}
}

// The plugin must build without cgo and must not reach tree-sitter or langs/.
func TestPureGo(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{if .CgoFiles}}cgo{{end}}", "github.com/mcpsec/mcplint/analyzers/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasSuffix(line, " cgo") && !strings.HasPrefix(line, "runtime/cgo") && !strings.HasPrefix(line, "net ") && !strings.HasPrefix(line, "os/user ") {
			t.Errorf("cgo package in the plugin's graph: %s", line)
		}
		if strings.Contains(line, "go-tree-sitter") || strings.Contains(line, "mcplint/langs") {
			t.Errorf("plugin reaches %s", line)
		}
	}
	cmd := exec.Command("go", "build", "./...")
	cmd.Dir = ".."
	cmd.Env = append(cmd.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("CGO_ENABLED=0 go build ./analyzers/...: %v\n%s", err, out)
	}
}

// TestOneIssuePerFinding: golangci-lint makes every related location an
// issue of its own, so the plugin's analyzers report none; the analyzer
// itself does attach one to this finding.
func TestOneIssuePerFinding(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	related := func(a *analysis.Analyzer) int {
		n := 0
		for _, r := range analysistest.Run(t, testdata, a, "gclplugin") {
			for _, d := range r.Diagnostics {
				n += len(d.Related)
			}
		}
		return n
	}
	if related(bindall.Analyzer) == 0 {
		t.Fatal("the fixture's finding has no related information; the test shows nothing")
	}
	p, err := New(map[string]any{"enable": []any{"MCP001"}})
	if err != nil {
		t.Fatal(err)
	}
	as, _ := p.BuildAnalyzers()
	if n := related(as[0]); n != 0 {
		t.Errorf("the plugin's MCP001 reported %d related locations; golangci-lint would show each as an issue", n)
	}
}

// TestSuggestedFixes: the plugin's analyzers keep the fixes, which
// golangci-lint run --fix applies; applying them gives the golden files.
func TestSuggestedFixes(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(map[string]any{"enable": []any{"MCP001", "MCP012"}})
	if err != nil {
		t.Fatal(err)
	}
	as, _ := p.BuildAnalyzers()
	pkgs := map[string]string{"MCP001": "bind-all-interfaces/fix", "MCP012": "stdio-stdout/fix"}
	for _, a := range as {
		analysistest.RunWithSuggestedFixes(t, testdata, a, pkgs[a.Name])
	}
}
