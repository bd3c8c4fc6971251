package rule

import (
	"strings"
	"testing"
)

// FuzzParseDirective feeds arbitrary comment text to the directive parser:
// it must not panic, and what it returns must be coherent: a directive with
// a problem silences nothing, a good one names known rules and a reason.
func FuzzParseDirective(f *testing.F) {
	for _, s := range []string{
		"# mcplint:ignore MCP002 -- argv is fixed",
		"// mcplint:ignore MCP001,MCP004 -- loopback only",
		"/* mcplint:ignore mcp003 -- checked above */",
		"<!-- mcplint:ignore MCP002 -- html -->",
		"# mcplint:ignore",
		"# mcplint:ignore MCP999 -- no such rule",
		"# mcplint:ignore MCP002",
		"# mcplint:ignore MCP002 --",
		"#mcplint:ignore\tMCP002\t--\treason",
		"# see the docs: mcplint:ignore MCP002 -- prose, not a directive",
		"# mcplint:ignoreMCP002 -- glued",
		"# mcplint:ignore MCP002 -- -- --",
		"# mcplint:ignore ,,, -- commas",
		"# mcplint:ignore MCP002 -- \u202e reversed \x00 nul \xff bad utf8",
		"//nolint:mcplint",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, comment string) {
		d, ok := ParseDirective(comment)
		if !ok {
			if d.Problem != "" || len(d.IDs) > 0 {
				t.Fatalf("not a directive, yet %+v", d)
			}
			return
		}
		if !strings.Contains(comment, DirectiveMarker) {
			t.Fatalf("directive without the marker in %q", comment)
		}
		if d.Problem != "" {
			for _, r := range Rules {
				if d.Covers(r.ID, d.Pos.File, d.Pos.Line) {
					t.Fatalf("malformed directive %q silences %s", comment, r.ID)
				}
			}
			return
		}
		if len(d.IDs) == 0 || strings.TrimSpace(d.Reason) == "" {
			t.Fatalf("directive %q accepted without an ID or a reason: %+v", comment, d)
		}
		for _, id := range d.IDs {
			if _, known := ByID(id); !known {
				t.Fatalf("directive %q accepted unknown rule %q", comment, id)
			}
			if !d.Covers(id, d.Pos.File, d.Pos.Line+1) {
				t.Fatalf("directive %q does not cover its own rule %s on the next line", comment, id)
			}
		}
	})
}
