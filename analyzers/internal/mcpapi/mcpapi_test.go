package mcpapi

import (
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// The tables are data: catch duplicate or malformed entries.
func TestTables(t *testing.T) {
	seen := map[Func]bool{}
	for _, s := range Sinks {
		if seen[s.Func] {
			t.Errorf("duplicate sink %v", s.Func)
		}
		seen[s.Func] = true
		if s.Pkg == "" || s.Name == "" || len(s.Args) == 0 || s.Mode == 0 {
			t.Errorf("malformed sink %+v", s)
		}
		if _, ok := rule.Kind(s.Kind); !ok {
			t.Errorf("sink %v has unknown kind %q", s.Func, s.Kind)
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
	if f, ok := FindSink(Func{Pkg: "os/exec", Name: "Command"}); !ok || f.Mode != SinkExec {
		t.Error("FindSink(exec.Command)")
	}
}
