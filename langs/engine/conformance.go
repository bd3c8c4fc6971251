package engine

// Crossing says how taint crosses one construct of a grammar.
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

// Decision records, for one named node type of a grammar, how taint
// crosses it and which conformance fixture case backs the decision. Every
// named node type of every grammar a language uses has one, so that a
// grammar upgrade that adds a construct fails a test until someone
// decides what it does.
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
