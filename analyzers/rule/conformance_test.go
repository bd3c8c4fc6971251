package rule

import (
	"slices"
	"strings"
	"testing"
)

func TestCheckDecisions(t *testing.T) {
	nodes := []string{"call", "comment", "binary", "string"}
	inCase := map[string]map[string]bool{"calls": {"call": true, "string": true}, "ops": {"string": true}}
	good := []Decision{
		{Node: "call", Crossing: Propagates, How: "the callee's result", Case: "calls"},
		{Node: "comment", Crossing: NotApplicable, How: "no value"},
		{Node: "string", Crossing: Blocks, How: "a constant", Case: "calls"},
	}
	if got := CheckDecisions(append(slices.Clone(good), Decision{Node: "binary", Crossing: NotApplicable, How: "x"}), nodes, inCase); len(got) != 0 {
		t.Fatalf("a complete table has problems: %q", got)
	}
	bad := append(slices.Clone(good),
		Decision{Node: "call", Crossing: Propagates, How: "again", Case: "calls"}, // twice
		Decision{Node: "lambda", Crossing: NotApplicable, How: "x"},               // not in the language
		Decision{Node: "string", Crossing: Blocks, Case: "calls"},                 // no how (and twice)
		Decision{Node: "comment", How: "x"},                                       // no crossing (and twice)
		Decision{Node: "call", Crossing: Blocks, How: "x"},                        // no case (and twice)
		Decision{Node: "call", Crossing: Blocks, How: "x", Case: "ops"},           // the case holds no call
		Decision{Node: "call", Crossing: Blocks, How: "x", Case: "nowhere"},       // no such case
	)
	got := strings.Join(CheckDecisions(bad, nodes, inCase), "\n")
	for _, want := range []string{
		`"call" decided twice`, `decision for "lambda", which the language lacks`, `"string" says nothing about how`,
		`"comment" has no crossing`, `blocks decision for "call" names no fixture case`, `case "ops" holds no call`,
		`names case "nowhere", which no fixture has`, `"binary" has no decision`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no problem %q in:\n%s", want, got)
		}
	}
}
