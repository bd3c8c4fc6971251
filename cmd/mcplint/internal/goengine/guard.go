package goengine

import (
	"fmt"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// go/analysis/checker runs actions on goroutines of its own and recovers
// nothing: one analyzer panicking on one odd package (ill-typed code reaches
// the analyzers on purpose) would kill the process and every finding with
// it. guard wraps each analyzer's Run, and those of everything it requires,
// so that a panic becomes the action's error: the package is reported as
// skipped by that rule and the rest of the scan goes on.
//
// Analyzers are wrapped in place, once: ResultOf is keyed by the analyzer
// values the rules name, so copies would not do.
var (
	guardMu sync.Mutex
	guarded = map[*analysis.Analyzer]bool{}
)

func guard(as []*analysis.Analyzer) {
	guardMu.Lock()
	defer guardMu.Unlock()
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if guarded[a] {
			return
		}
		guarded[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		run, name := a.Run, a.Name
		if run == nil {
			return
		}
		a.Run = func(pass *analysis.Pass) (res any, err error) {
			defer func() {
				if r := recover(); r != nil {
					path := "?"
					if pass.Pkg != nil {
						path = pass.Pkg.Path()
					}
					res, err = nil, fmt.Errorf("internal error in %s on package %s: %v", name, path, r)
				}
			}()
			return run(pass)
		}
	}
	for _, a := range as {
		visit(a)
	}
}
