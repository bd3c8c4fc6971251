package langtest

import (
	"github.com/mcpsec/mcplint/analyzers/rule"
	"regexp"
	"sort"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/mcpsec/mcplint/langs/engine"
)

var casePattern = regexp.MustCompile(`\bcase:\s*([A-Za-z0-9_-]+)`)

// NodeTypes lists the named, visible node types of grammars: every node
// type a parse tree of theirs can hold, sorted.
func NodeTypes(grammars ...*sitter.Language) []string {
	seen := map[string]bool{}
	for _, g := range grammars {
		for i := uint32(0); i < g.SymbolCount(); i++ {
			if g.SymbolType(sitter.Symbol(i)) != sitter.SymbolTypeRegular {
				continue
			}
			seen[g.SymbolName(sitter.Symbol(i))] = true
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Conformance checks a language's conformance table against its grammars
// and fixtures: every named node type of the grammars has exactly one
// decision, no decision names a node type the grammars lack, and every
// decision that is not NotApplicable names a fixture case (a comment
// `case: NAME` in a file under dirs, running to the next case comment)
// whose code holds a node of that type. The findings of the fixtures are
// checked against their want comments by Run.
func Conformance(t T, lang *engine.Lang, grammars []*sitter.Language, dirs ...string) {
	t.Helper()
	types := NodeTypes(grammars...)
	// node types present in each fixture case
	inCase := map[string]map[string]bool{}
	for _, dir := range dirs {
		for _, path := range Files(t, dir, []*engine.Lang{lang}) {
			f, err := engine.ParseFile(path, []*engine.Lang{lang})
			if err != nil {
				t.Fatalf("conformance: %v", err)
				return
			}
			type span struct {
				name       string
				start, end uint32
			}
			var spans []span
			for _, c := range engine.Comments(f) {
				if m := casePattern.FindStringSubmatch(f.Text(c)); m != nil {
					if len(spans) > 0 {
						spans[len(spans)-1].end = c.Start
					}
					spans = append(spans, span{name: m[1], start: c.Start, end: uint32(len(f.Src))})
				}
			}
			for _, sp := range spans {
				if inCase[sp.name] == nil {
					inCase[sp.name] = map[string]bool{}
				}
				f.Root.Walk(func(n *engine.Node) bool {
					if n != f.Root && (n.End < sp.start || n.Start >= sp.end) {
						return false
					}
					if (n.Start >= sp.start || n == f.Root) && n.Named {
						inCase[sp.name][n.Type] = true
					}
					return true
				})
			}
		}
	}
	for _, problem := range rule.CheckDecisions(lang.Conformance, types, inCase) {
		t.Errorf("%s", problem)
	}
}
