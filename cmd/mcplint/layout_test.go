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
