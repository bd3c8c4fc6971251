// Package meta derives go/analysis metadata (Doc, URL) from the rule
// catalog, so an analyzer never restates what rule.Rules already says.
package meta

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"sync/atomic"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"golang.org/x/tools/go/analysis"
)

// Rule returns the catalog entry for id. An unknown ID is a programmer
// error and panics at init.
func Rule(id string) *rule.Rule {
	r, ok := rule.ByID(id)
	if !ok {
		panic("meta: unknown rule " + id)
	}
	return r
}

// Doc is the analyzer Doc for a rule: "name: title" on the first line
// (what go vet -help and golangci-lint print), then the summary.
func Doc(id string) string {
	r := Rule(id)
	return r.Name + ": " + strings.ToLower(r.Title[:1]) + r.Title[1:] + "\n\n" + r.Summary
}

// URL is the rule's help page.
func URL(id string) string { return Rule(id).HelpURI() }

// SeverityCategory is the analysis.Diagnostic Category with which an
// analyzer deliberately sets a finding's severity (the Go engine reads the
// "severity:" prefix; without it the catalog default applies).
func SeverityCategory(s rule.Severity) string { return "severity:" + s.String() }

// Safe wraps an analyzer's run function so that a panic (mcplint is broken
// on some unusual code) becomes the pass's error: the driver reports it for
// that package and goes on with the others instead of crashing the run.
//
// For a rule's analyzer it also honours `mcplint:ignore ID -- reason`
// comments, so that one comment silences a finding in every front end: go
// vet -vettool, golangci-lint and any other go/analysis driver (the mcplint
// CLI asks for suppressed findings too, see KeepSuppressed).
func Safe(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				res, err = nil, fmt.Errorf("internal error in %s: %v", pass.Analyzer.Name, r)
			}
		}()
		if _, isRule := rule.ByID(pass.Analyzer.Name); isRule && !keepSuppressed.Load() {
			pass = honourDirectives(pass)
		}
		return run(pass)
	}
}

// keepSuppressed is set by the mcplint CLI, which applies directives itself
// after merging both engines: it keeps suppressed findings (SARIF lists
// them as suppressed) and reports directives that silence nothing.
var keepSuppressed atomic.Bool

// KeepSuppressed makes rule analyzers report findings that an
// mcplint:ignore comment silences, for a driver that applies directives
// itself.
func KeepSuppressed(keep bool) { keepSuppressed.Store(keep) }

// honourDirectives returns a copy of pass whose Report drops diagnostics
// that an mcplint:ignore comment naming the pass's rule silences (on the
// diagnostic's line or the line above). //nolint is left to golangci-lint,
// whose nolintlint would otherwise call such comments unused.
func honourDirectives(pass *analysis.Pass) *analysis.Pass {
	p := *pass
	report := pass.Report
	id := pass.Analyzer.Name
	byFile := map[*ast.File][]rule.Directive{}
	p.Report = func(d analysis.Diagnostic) {
		f := fileOf(pass, d.Pos)
		if f == nil {
			report(d)
			return
		}
		dirs, ok := byFile[f]
		if !ok {
			dirs = directives(pass.Fset, f)
			byFile[f] = dirs
		}
		pos := pass.Fset.Position(d.Pos)
		for _, dir := range dirs {
			if dir.Covers(id, pos.Filename, pos.Line) {
				return // silenced in the source
			}
		}
		report(d)
	}
	return &p
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	if !pos.IsValid() {
		return nil
	}
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// directives parses the well-formed mcplint:ignore comments of a file.
func directives(fset *token.FileSet, f *ast.File) []rule.Directive {
	var out []rule.Directive
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			d, ok := rule.ParseDirective(c.Text)
			if !ok || d.Problem != "" {
				continue
			}
			pos := fset.Position(c.Pos())
			d.Pos = rule.Position{File: pos.Filename, Line: pos.Line, Col: pos.Column}
			out = append(out, d)
		}
	}
	return out
}
