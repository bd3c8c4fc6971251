// Package meta derives go/analysis metadata (Doc, URL) from the rule
// catalog, so an analyzer never restates what rule.Rules already says.
package meta

import (
	"strings"

	"github.com/mcpsec/mcplint/analyzers/rule"
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
