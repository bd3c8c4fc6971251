package goengine

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// guarded turns a panic into the action's error, hands the analyzer the
// results of what it requires under the original analyzer values, and
// leaves the shared analyzers untouched.
func TestGuardedLeavesAnalyzersAlone(t *testing.T) {
	base := &analysis.Analyzer{Name: "base", Doc: "base", ResultType: reflect.TypeOf(0),
		Run: func(*analysis.Pass) (any, error) { return 42, nil }}
	var got any
	use := &analysis.Analyzer{Name: "use", Doc: "use", Requires: []*analysis.Analyzer{base},
		Run: func(p *analysis.Pass) (any, error) {
			if p.Analyzer.Name != "use" {
				t.Errorf("pass.Analyzer is %s", p.Analyzer.Name)
			}
			got = p.ResultOf[base]
			panic("boom")
		}}
	run, req := reflect.ValueOf(use.Run).Pointer(), use.Requires[0]
	g := guarded([]*analysis.Analyzer{use})
	if g[0] == use || g[0].Requires[0] == base {
		t.Fatal("guarded returned the shared analyzers")
	}
	if reflect.ValueOf(use.Run).Pointer() != run || use.Requires[0] != req {
		t.Fatal("guarded changed the shared analyzer")
	}
	res, _ := g[0].Requires[0].Run(&analysis.Pass{ResultOf: map[*analysis.Analyzer]any{}})
	_, err := g[0].Run(&analysis.Pass{ResultOf: map[*analysis.Analyzer]any{g[0].Requires[0]: res}})
	if got != 42 {
		t.Errorf("the analyzer saw result %v of the analyzer it requires, want 42", got)
	}
	if err == nil || !strings.Contains(err.Error(), "internal error in use") {
		t.Errorf("panic not turned into an error: %v", err)
	}
}

// A rule that panics on a package costs that package only, and the notice
// saying so fails the run (MayHideFinding): a clean exit would hide that the
// rule never looked.
func TestPanickingRuleFailsTheRun(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"main.go": "package main\n\nfunc main() {}\n"})
	boom := &analysis.Analyzer{Name: "MCP002", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	out := Analyze([]string{dir}, Options{Analyzers: []*analysis.Analyzer{boom}, Enabled: func(id string) bool { return id == "MCP002" }})
	var hit bool
	for _, n := range out.Notices {
		if strings.Contains(n.Message, "rule MCP002 skipped package") {
			hit = true
			if !n.MayHideFinding {
				t.Errorf("notice does not fail the run: %+v", n)
			}
		}
	}
	if !hit {
		t.Errorf("no notice for the panicking rule: %+v", out.Notices)
	}
}
