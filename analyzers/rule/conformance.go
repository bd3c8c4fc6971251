package rule

import "fmt"

// Crossing says how taint crosses one construct of a language: a node kind
// of go/ast for the Go engine, a named node type of a tree-sitter grammar
// for the others.
type Crossing int

// Crossings.
const (
	// Propagates: the construct's value carries the taint of (some of) its
	// parts; Decision.How says which.
	Propagates Crossing = iota + 1
	// Blocks: the construct's value carries no taint of its parts (a
	// comparison's boolean, typeof).
	Blocks
	// NotApplicable: the construct holds no run-time value the engine
	// follows (a type, a comment, a literal token).
	NotApplicable
)

func (c Crossing) String() string {
	switch c {
	case Propagates:
		return "propagates"
	case Blocks:
		return "blocks"
	case NotApplicable:
		return "not applicable"
	}
	return "undecided"
}

// Decision records, for one construct of a language, how taint crosses it
// and which conformance fixture case backs the decision. Every construct
// has one, so that a Go release or grammar upgrade that adds a construct
// fails a test until someone decides what it does.
type Decision struct {
	Node     string
	Crossing Crossing
	// How says how, in a phrase (which parts propagate; why it blocks; why
	// it does not apply).
	How string
	// Case names the fixture case (a `case: NAME` comment in the
	// language's conformance fixtures) that holds the construct, with a
	// finding where it propagates and a clean twin; "" only for
	// NotApplicable.
	Case string
}

// CheckDecisions lists what is wrong with a conformance table against the
// constructs of its language (nodes) and its fixtures (inCase: for each
// fixture case, the constructs its code holds, read by the caller with the
// language's own parser): a construct decided twice or not at all, a
// decision for a construct the language lacks, one that says nothing about
// how, has no crossing, propagates or blocks without a fixture case, or
// names a case that is missing or does not hold the construct.
func CheckDecisions(ds []Decision, nodes []string, inCase map[string]map[string]bool) []string {
	var out []string
	known := map[string]bool{}
	for _, n := range nodes {
		known[n] = true
	}
	decided := map[string]bool{}
	for _, d := range ds {
		if decided[d.Node] {
			out = append(out, fmt.Sprintf("conformance: %q decided twice", d.Node))
		}
		decided[d.Node] = true
		if !known[d.Node] {
			out = append(out, fmt.Sprintf("conformance: decision for %q, which the language lacks", d.Node))
		}
		if d.How == "" {
			out = append(out, fmt.Sprintf("conformance: decision for %q says nothing about how", d.Node))
		}
		switch d.Crossing {
		case Propagates, Blocks:
			if d.Case == "" {
				out = append(out, fmt.Sprintf("conformance: %s decision for %q names no fixture case", d.Crossing, d.Node))
			}
		case NotApplicable:
		default:
			out = append(out, fmt.Sprintf("conformance: decision for %q has no crossing", d.Node))
		}
		if d.Case == "" {
			continue
		}
		if held, ok := inCase[d.Case]; !ok {
			out = append(out, fmt.Sprintf("conformance: decision for %q names case %q, which no fixture has", d.Node, d.Case))
		} else if !held[d.Node] {
			out = append(out, fmt.Sprintf("conformance: case %q holds no %s, so it does not test the decision for it", d.Case, d.Node))
		}
	}
	for _, n := range nodes {
		if !decided[n] {
			out = append(out, fmt.Sprintf("conformance: %q has no decision (propagates, blocks or not applicable)", n))
		}
	}
	return out
}
