package goengine

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// A module whose MCP SDK dependency is not in the module cache: the package
// is degraded but still analysed from syntax.
const degradedMain = `package main

import (
	"fmt"
	"net/http"

	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("x", "1")
	sse := server.NewSSEServer(s)
	_ = sse.Start(fmt.Sprintf(":%d", 8080))
	http.ListenAndServe(":9090", nil) //nolint:mcplint // exposed on purpose
	// mcplint:ignore MCP001 -- behind a firewall
	http.ListenAndServe("0.0.0.0:9091", nil) //nolint:errcheck
	/* é */ http.ListenAndServe(":1", nil)
	// mcplint:ignore MCP001
}
`

func TestAnalyzeDegradedModule(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"go.mod":     "module example.com/srv\n\ngo 1.22\n\nrequire github.com/mark3labs/mcp-go v0.99.0\n",
		"main.go":    degradedMain,
		"lib/lib.go": "package lib\n\nfunc F() int { return \"x\" }\n",
	})
	gomod, _ := os.ReadFile(filepath.Join(dir, "go.mod"))
	only001 := Options{Enabled: func(id string) bool { return id == "MCP001" }}
	out := Analyze([]string{dir, filepath.Join(dir, "lib")}, only001)

	var got []string
	for _, f := range out.Findings {
		if f.Pos.File != filepath.Join(dir, "main.go") {
			t.Errorf("finding in unexpected file %s", f.Pos.File)
		}
		if f.End.Line == 0 || f.Severity != rule.High {
			t.Errorf("finding without End or with wrong severity: %+v", f)
		}
		got = append(got, f.RuleID+":"+itoa(f.Pos.Line)+":"+itoa(f.Pos.Col)+":"+itoa(f.Pos.Col16))
	}
	want := []string{"MCP001:13:6:6", "MCP001:14:2:2", "MCP001:16:2:2", "MCP001:17:11:10"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %v, want %v\n%+v", got, want, out.Findings)
	}
	if !strings.Contains(out.Findings[0].Message, `MCP SSE transport listens on all interfaces (":8080")`) {
		t.Errorf("message = %q", out.Findings[0].Message)
	}

	var dirs []string
	for _, d := range out.Directives {
		s := itoa(d.Pos.Line)
		if d.Nolint {
			s += ":nolint"
		}
		if d.Problem != "" {
			s += ":problem"
		}
		dirs = append(dirs, s)
	}
	// //nolint:errcheck is another linter's and is not ours.
	if want := []string{"14:nolint", "15", "18:problem"}; !reflect.DeepEqual(dirs, want) {
		t.Errorf("directives = %v, want %v", dirs, want)
	}

	var degraded, typeErr bool
	for _, n := range out.Notices {
		if n.Failed {
			t.Errorf("unexpected failed notice %v", n)
		}
		if strings.Contains(n.Message, "example.com/srv ") && strings.Contains(n.Message, "partial type information") {
			degraded = true
		}
		if strings.Contains(n.Message, "example.com/srv/lib") {
			typeErr = true
		}
	}
	if !degraded || !typeErr {
		t.Errorf("missing degraded notices: %v", out.Notices)
	}
	if out.Files != 2 || out.Lines != 22 {
		t.Errorf("files, lines = %d, %d; want 2, 22", out.Files, out.Lines)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "go.mod")); string(after) != string(gomod) {
		t.Errorf("go.mod was modified")
	}
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err == nil {
		t.Errorf("go.sum was created")
	}

	// Deterministic regardless of parallelism.
	prev := runtime.GOMAXPROCS(1)
	again := Analyze([]string{filepath.Join(dir, "lib"), dir}, only001)
	runtime.GOMAXPROCS(prev)
	if !reflect.DeepEqual(out, again) {
		t.Errorf("output differs between runs:\n%+v\n%+v", out, again)
	}
}

// A rule may deliberately raise a finding's severity: MCP004 on a listener
// that also binds all interfaces is critical.
func TestSeverityVariant(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"go.mod": "module example.com/srv\n\ngo 1.22\n", "main.go": degradedMain})
	out := Analyze([]string{dir}, Options{Enabled: func(id string) bool { return id == "MCP004" }})
	if len(out.Findings) != 1 || out.Findings[0].Severity != rule.Critical || out.Findings[0].Pos.Line != 13 {
		t.Errorf("findings = %+v", out.Findings)
	}
}

func TestAnalyzeDisabledAndLoose(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"main.go": degradedMain})
	if out := Analyze([]string{dir}, Options{Enabled: func(string) bool { return false }}); len(out.Findings)+len(out.Notices) != 0 {
		t.Errorf("disabled rules produced output: %+v", out)
	}
	out := Analyze([]string{dir}, Options{})
	if len(out.Findings) == 0 {
		t.Errorf("no findings outside a module: %+v", out)
	}
	for _, n := range out.Notices {
		if n.Failed {
			t.Errorf("unexpected failure: %v", n)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// The example server module type-checks offline (its SDK is a local stub) and
// has exactly one all-interfaces listener.
func TestExampleServer(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "testdata", "servers", "go"))
	if err != nil {
		t.Fatal(err)
	}
	out := Analyze([]string{dir}, Options{Enabled: func(id string) bool { return id == "MCP001" }})
	for _, n := range out.Notices {
		t.Errorf("unexpected notice: %v", n)
	}
	if len(out.Findings) != 1 || out.Findings[0].Pos.Line != 31 ||
		!strings.Contains(out.Findings[0].Message, `(":8080", the default of flag "addr")`) {
		t.Errorf("findings = %+v", out.Findings)
	}
}

// A handler in one package reaches a shell in another: the helper's summary
// crosses packages as an analysis fact, also when the SDK is not loadable.
func TestCrossPackageFact(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"go.mod": "module example.com/x\n\ngo 1.22\n\nrequire github.com/mark3labs/mcp-go v0.99.0\n",
		"main.go": `package main

import (
	"context"

	"example.com/x/run"
	"github.com/mark3labs/mcp-go/mcp"
)

func handler(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	run.Shell(req.GetString("cmd", ""))
	return nil, nil
}

func main() {}
`,
		"run/run.go": `package run

import "os/exec"

func Shell(s string) { exec.Command("sh", "-c", s).Run() }
`,
	})
	out := Analyze([]string{dir, filepath.Join(dir, "run")}, Options{})
	if len(out.Findings) != 1 || out.Findings[0].RuleID != "MCP002" || out.Findings[0].Pos.Line != 11 ||
		out.Findings[0].Message != `tool argument "cmd" reaches exec.Command via "sh -c" in run.Shell` {
		t.Fatalf("findings = %+v", out.Findings)
	}
	f := out.Findings[0]
	if len(f.Flow) < 2 || f.Flow[len(f.Flow)-1].Pos != f.Pos || f.Severity != rule.Critical {
		t.Errorf("flow or severity wrong: %+v", f)
	}
}

// BenchmarkExampleServer measures loading and analysing the example server
// (go test -bench . ./cmd/mcplint/internal/goengine/). For a large module,
// run the CLI on it: see the closing notes of the Go engine work for
// numbers against go vet.
func BenchmarkExampleServer(b *testing.B) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "testdata", "servers", "go"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if out := Analyze([]string{dir}, Options{}); len(out.Findings) == 0 {
			b.Fatal("no findings")
		}
	}
}

// A package with cgo files and one whose dependency is not in the module
// cache: each notice says what happened and what to do.
func TestPartialTypeInfoReasons(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"go.mod": "module example.com/cg\n\ngo 1.22\n",
		"a/a.go": "package a\n\n// #include <stdlib.h>\nimport \"C\"\n\nfunc F() int { return int(C.rand()) }\n",
		"a/b.go": "package a\n\nfunc G() int { return F() }\n",
		"b/b.go": "package b\n\nimport (\n\t\"example.com/cg/a\"\n\t\"github.com/missing/dep\"\n)\n\nfunc H() { _ = a.G(); dep.X() }\n",
		"c/c.go": "package c\n\nfunc I() int { return \"x\" }\n",
		"e/e.go": "package e\n\nfunc K() int { return 1 }\n",
	})
	out := Analyze([]string{filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "c"), filepath.Join(dir, "e")}, Options{})
	msgs := map[string]string{}
	for _, n := range out.Notices {
		for _, p := range []string{"a", "b", "c", "e"} {
			if strings.Contains(n.Message, "package example.com/cg/"+p+" ") {
				msgs[p] = n.Message
			}
		}
	}
	for p, want := range map[string][]string{
		"a": {"its cgo files are not type-checked: a.go", "CGO_ENABLED=0"},
		"b": {"dependencies not in the module cache (github.com/missing/dep)", "run `go mod download`"},
		"c": {"load or type errors; first: c/c.go:3:23: cannot use"},
	} {
		for _, w := range want {
			if !strings.Contains(msgs[p], w) {
				t.Errorf("notice for package %s = %q, want it to contain %q", p, msgs[p], w)
			}
		}
		if strings.Contains(msgs[p], "unknown error") || strings.Contains(msgs[p], "first: #") {
			t.Errorf("notice for package %s says nothing useful: %q", p, msgs[p])
		}
	}
	if msgs["e"] != "" {
		t.Errorf("clean package has a notice: %q", msgs["e"])
	}
}
