package goengine

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
)

// go/analysis/checker runs actions on goroutines of its own and recovers
// nothing: one analyzer panicking on one odd package (ill-typed code reaches
// the analyzers on purpose) would kill the process and every finding with
// it. guarded returns a copy of the analyzer graph whose Run functions, and
// those of everything they require, turn a panic into the action's error:
// the package is reported as skipped by that rule and the rest of the scan
// goes on.
//
// The analyzers themselves are shared (the golangci-lint plugin and vet
// use the same values) and are never changed. Their code looks up results
// by the analyzer values it names (pass.ResultOf[index.Analyzer]), so each
// copy's Run hands the original a pass whose Analyzer and ResultOf keys
// are the originals again.
func guarded(as []*analysis.Analyzer) []*analysis.Analyzer {
	copies := map[*analysis.Analyzer]*analysis.Analyzer{}
	origin := map[*analysis.Analyzer]*analysis.Analyzer{}
	var visit func(a *analysis.Analyzer) *analysis.Analyzer
	visit = func(a *analysis.Analyzer) *analysis.Analyzer {
		if c, ok := copies[a]; ok {
			return c
		}
		c := &analysis.Analyzer{
			Name: a.Name, Doc: a.Doc, URL: a.URL, Flags: a.Flags, RunDespiteErrors: a.RunDespiteErrors,
			ResultType: a.ResultType, FactTypes: a.FactTypes,
		}
		copies[a], origin[c] = c, a
		for _, r := range a.Requires {
			c.Requires = append(c.Requires, visit(r))
		}
		if a.Run != nil {
			run, name := a.Run, a.Name
			c.Run = func(pass *analysis.Pass) (res any, err error) {
				defer func() {
					if r := recover(); r != nil {
						path := "?"
						if pass.Pkg != nil {
							path = pass.Pkg.Path()
						}
						res, err = nil, fmt.Errorf("internal error in %s on package %s: %v", name, path, r)
					}
				}()
				p := *pass
				p.Analyzer = a
				p.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
				for k, v := range pass.ResultOf {
					p.ResultOf[origin[k]] = v
				}
				return run(&p)
			}
		}
		return c
	}
	out := make([]*analysis.Analyzer, len(as))
	for i, a := range as {
		out[i] = visit(a)
	}
	return out
}
