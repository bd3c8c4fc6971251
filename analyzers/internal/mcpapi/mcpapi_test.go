package mcpapi

import "testing"

// The tables are data: catch duplicate or malformed entries.
func TestTables(t *testing.T) {
	seen := map[Func]bool{}
	for _, s := range Sinks {
		if seen[s.Func] {
			t.Errorf("duplicate sink %v", s.Func)
		}
		seen[s.Func] = true
		if s.Pkg == "" || s.Name == "" || len(s.Args) == 0 || s.Kind == 0 {
			t.Errorf("malformed sink %+v", s)
		}
		switch s.Rule {
		case "MCP002", "MCP003", "MCP006", "MCP007", "MCP008":
		default:
			t.Errorf("sink %v has rule %q", s.Func, s.Rule)
		}
	}
	for _, r := range Registrations {
		if r.Kind == 0 || r.Name == "" {
			t.Errorf("malformed registration %+v", r)
		}
	}
	for _, l := range Listeners {
		if l.AddrArg < -1 || l.Name == "" {
			t.Errorf("malformed listener %+v", l)
		}
	}
	if !IsSDKPath("github.com/mark3labs/mcp-go/server") || IsSDKPath("github.com/mark3labs/mcp-gopher") {
		t.Error("IsSDKPath")
	}
	if f, ok := FindSink(Func{Pkg: "os/exec", Name: "Command"}); !ok || f.Kind != SinkExec {
		t.Error("FindSink(exec.Command)")
	}
}
