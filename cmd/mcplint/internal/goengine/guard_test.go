package goengine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestAnalyzerPanicIsContained runs an analyzer that panics: the run goes
// on and reports the package as skipped by that rule.
func TestAnalyzerPanicIsContained(t *testing.T) {
	boom := &analysis.Analyzer{Name: "MCP999", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	dir := t.TempDir()
	for name, body := range map[string]string{
		"go.mod":  "module example.com/p\n\ngo 1.22\n",
		"main.go": "package main\n\nfunc main() {}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("GOFLAGS", "")
	out := Analyze([]string{dir}, Options{Analyzers: []*analysis.Analyzer{boom}})
	found := false
	for _, n := range out.Notices {
		if strings.Contains(n.Message, "internal error in MCP999") && strings.Contains(n.Message, "boom") {
			found = true
		}
	}
	if !found {
		t.Errorf("no notice for the panicking analyzer: %+v", out.Notices)
	}
}
