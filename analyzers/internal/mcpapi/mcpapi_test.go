package mcpapi

import (
	"strings"
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
	seen = map[Func]bool{}
	for _, w := range StdoutWrites {
		if seen[w.Func] {
			t.Errorf("duplicate stdout write %v", w.Func)
		}
		seen[w.Func] = true
		switch {
		case w.Pkg == "" || w.Name == "" || !strings.Contains(w.What, "stdout"):
			t.Errorf("malformed stdout write %+v", w)
		case w.Stdout < StdoutRecv || w.Stdout == StdoutRecv && w.Recv == "":
			t.Errorf("stdout write %v: operand %d does not fit the function", w.Func, w.Stdout)
		case w.Fix != StdoutToStderr && w.Fix != PrintToFprint, w.Fix == PrintToFprint && w.Stdout != StdoutAlways:
			t.Errorf("stdout write %v: fix %d does not fit operand %d", w.Func, w.Fix, w.Stdout)
		}
	}
	seen = map[Func]bool{}
	for _, f := range NoReturn {
		if seen[f] || f.Pkg == "" || f.Name == "" || f.Recv != "" {
			t.Errorf("malformed or duplicate no-return call %v (package-level functions only)", f)
		}
		seen[f] = true
	}
	if k := rule.MustCheck(rule.CheckStdout); k.Details() != 2 {
		t.Errorf("check kind %s takes %d details; the stdout writes give what and the fix", k.Kind, k.Details())
	}
	if !IsSDKPath("github.com/mark3labs/mcp-go/server") || IsSDKPath("github.com/mark3labs/mcp-gopher") {
		t.Error("IsSDKPath")
	}
	if f, ok := FindSink(Func{Pkg: "os/exec", Name: "Command"}); !ok || f.Mode != SinkExec {
		t.Error("FindSink(exec.Command)")
	}
}
