package engine

import "github.com/mcpsec/mcplint/analyzers/rule"

// Crossing and Decision are the shared conformance vocabulary of
// analyzers/rule; the languages' tables name them through the engine.
type (
	Crossing = rule.Crossing
	Decision = rule.Decision
)

// Crossings.
const (
	Propagates    = rule.Propagates
	Blocks        = rule.Blocks
	NotApplicable = rule.NotApplicable
)
