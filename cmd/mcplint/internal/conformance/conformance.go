// Package conformance turns the conformance tables of the Go engine
// (go/ast node kinds) and of the tree-sitter languages (langs/) into the
// neutral sections docgen renders as docs/conformance.md, so that docgen
// itself stays free of langs/.
package conformance

import (
	"github.com/mcpsec/mcplint/analyzers/knowledge/golang"
	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/docgen"
	"github.com/mcpsec/mcplint/langs"
)

// Sections lists one section per language that has a conformance table.
func Sections() []docgen.ConformanceSection {
	g := docgen.ConformanceSection{Language: rule.Go, Grammars: []string{"go/ast expressions and statements"}, Fixtures: []string{golang.ConformanceFixtures}}
	for _, d := range golang.Conformance() {
		g.Rows = append(g.Rows, docgen.ConformanceRow{Node: d.Node, Crossing: d.Crossing.String(), How: d.How, Case: d.Case})
	}
	out := []docgen.ConformanceSection{g}
	for _, l := range langs.Languages {
		if len(l.Conformance) == 0 {
			continue
		}
		s := docgen.ConformanceSection{Language: l.Name, Grammars: l.GrammarNames, Fixtures: l.ConformanceFixtures}
		for _, d := range l.Conformance {
			s.Rows = append(s.Rows, docgen.ConformanceRow{Node: d.Node, Crossing: d.Crossing.String(), How: d.How, Case: d.Case})
		}
		out = append(out, s)
	}
	return out
}
