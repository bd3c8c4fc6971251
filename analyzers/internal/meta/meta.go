// Package meta derives go/analysis metadata (Doc, URL) from the rule
// catalog, so an analyzer never restates what rule.Rules already says.
package meta

import (
	"fmt"
	"strings"

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
func Safe(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				res, err = nil, fmt.Errorf("internal error in %s: %v", pass.Analyzer.Name, r)
			}
		}()
		return run(pass)
	}
}
