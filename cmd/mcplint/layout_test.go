package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// TestAnalyzersAreCgoFree: the golangci-lint plugin imports analyzers/, so
// nothing under it may reach cgo, langs/ or go-tree-sitter.
func TestAnalyzersAreCgoFree(t *testing.T) {
	root := repoRoot(t)
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{if .CgoFiles}}cgo{{end}}", "./analyzers/...")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, cgo, _ := strings.Cut(line, " ")
		if path == "runtime/cgo" || cgo == "cgo" || strings.Contains(path, "go-tree-sitter") || strings.Contains(path, "mcplint/langs") {
			// net and os/user have cgo variants but never need them under
			// CGO_ENABLED=0; only a package of ours or a cgo-only one counts.
			if path == "net" || path == "os/user" || path == "runtime/cgo" {
				continue
			}
			t.Errorf("analyzers/ depends on %s (%s)", path, cgo)
		}
	}
}

// TestFixtureParity: every language a rule claims has fixtures named after
// the rule, and no fixture directory exists for a rule that does not claim
// the language.
func TestFixtureParity(t *testing.T) {
	root := repoRoot(t)
	dirs := map[rule.Language]string{
		rule.Go:         filepath.Join(root, "testdata", "go", "src"),
		rule.Python:     filepath.Join(root, "testdata", "python"),
		rule.TypeScript: filepath.Join(root, "testdata", "typescript"),
	}
	for _, r := range rule.Rules {
		for _, lang := range rule.AllLanguages {
			entries, _ := os.ReadDir(filepath.Join(dirs[lang], r.Name))
			has := len(entries) > 0
			switch {
			case r.Supports(lang) && !has:
				t.Errorf("%s %s claims %s but testdata has no %s fixtures", r.ID, r.Name, lang, filepath.Join(dirs[lang], r.Name))
			case !r.Supports(lang) && has:
				t.Errorf("%s %s has %s fixtures but does not claim %s in the catalog", r.ID, r.Name, lang, lang)
			}
		}
	}
}

// TestBuildWithoutCgo: without cgo (CGO_ENABLED=0, or no C compiler) the
// command must not build, and the only error must be nocgo.go's, naming
// the fix. Another error here means a file of the command lacks the
// `//go:build cgo` line and was compiled without the rest.
func TestBuildWithoutCgo(t *testing.T) {
	cmd := exec.Command("go", "build", "-o", os.DevNull, "./cmd/mcplint")
	cmd.Dir = repoRoot(t)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("CGO_ENABLED=0 go build ./cmd/mcplint succeeded; it must fail with nocgo.go's message")
	}
	var errs []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if !strings.HasPrefix(line, "#") {
			errs = append(errs, line)
		}
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "nocgo.go") || !strings.Contains(errs[0], "install_gcc") || !strings.Contains(errs[0], "release_binary") {
		t.Errorf("CGO_ENABLED=0 build failed with\n%s\nwant only nocgo.go's message (does a file in cmd/mcplint lack //go:build cgo?)", out)
	}
}

// TestOnlyMcplintInstalls: `go install ./...` (what pre-commit's golang
// hooks run in this repository) must install the mcplint command only. The
// development tools live under _tools directories, which the go command
// leaves out of ./... patterns; CI vets them by path.
func TestOnlyMcplintInstalls(t *testing.T) {
	cmd := exec.Command("go", "list", "-f", "{{if eq .Name \"main\"}}{{.ImportPath}}{{end}}", "./...")
	cmd.Dir = repoRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	if got := strings.Fields(string(out)); len(got) != 1 || got[0] != "github.com/mcpsec/mcplint/cmd/mcplint" {
		t.Errorf("main packages matched by ./...: %v, want only the mcplint command", got)
	}
}
