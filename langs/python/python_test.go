package python_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
	"github.com/mcpsec/mcplint/langs/langtest"
	"github.com/mcpsec/mcplint/langs/python"
)

var langs = []*engine.Lang{python.Lang}

// TestRules runs every rule fixture directory testdata/python/<rule name>.
func TestRules(t *testing.T) {
	langtest.RunRules(t, filepath.Join("..", "..", "testdata"), rule.Python, langs)
}

func TestServer(t *testing.T) {
	langtest.Run(t, filepath.Join("..", "..", "testdata", "servers", "python"), langs)
}

// TestFlow checks that a taint finding carries its path: the tool argument,
// each hop (assignment, call into another module) and the sink.
func TestFlow(t *testing.T) {
	out := langtest.Run(t, filepath.Join("..", "..", "testdata", "servers", "python"), langs)
	for _, f := range out.Findings {
		if f.RuleID != "MCP003" {
			continue
		}
		if len(f.Flow) < 4 {
			t.Fatalf("flow too short: %+v", f.Flow)
		}
		first, last := f.Flow[0], f.Flow[len(f.Flow)-1]
		if first.Message != `tool argument "name"` || filepath.Base(first.Pos.File) != "server.py" {
			t.Errorf("flow starts at %+v, want the tool argument in server.py", first)
		}
		if last.Message != "reaches open" || filepath.Base(last.Pos.File) != "storage.py" || last.Pos != f.Pos {
			t.Errorf("flow ends at %+v, want the sink in storage.py", last)
		}
		return
	}
	t.Fatal("no MCP003 finding in the example server")
}

// TestOneFindingPerSink checks that a sink reached from several sources is
// one finding with one flow per source, led by a tool argument.
func TestOneFindingPerSink(t *testing.T) {
	out := langtest.Run(t, filepath.Join("..", "..", "testdata", "python", "ssrf"), langs)
	for _, f := range out.Findings {
		if filepath.Base(f.Pos.File) != "shared.py" {
			continue
		}
		starts := []string{f.Flow[0].Message}
		for _, fl := range f.MoreFlows {
			starts = append(starts, fl[0].Message)
		}
		want := []string{`tool argument "url"`, `prompt argument "url"`, `tool argument "link"`}
		if len(starts) != len(want) || starts[0] != want[0] {
			t.Fatalf("flows start at %q, want %q in some order after the first", starts, want)
		}
		for _, w := range want[1:] {
			found := false
			for _, s := range starts[1:] {
				found = found || s == w
			}
			if !found {
				t.Errorf("no flow from %s; flows start at %q", w, starts)
			}
		}
		return
	}
	t.Fatal("no finding in shared.py")
}

// TestFixes applies the fixes of MCP001 and MCP012, compares the files
// with their .golden twins and rescans them.
func TestFixes(t *testing.T) {
	for _, c := range []struct{ dir, rule string }{
		{"bind-all-interfaces", "MCP001"}, {"stdio-stdout", "MCP012"},
	} {
		t.Run(c.rule, func(t *testing.T) {
			langtest.RunFixes(t, filepath.Join("..", "..", "testdata", "python", c.dir, "fix"), langs, c.rule)
		})
	}
}

// TestAnnotationFlow checks that an MCP015 finding names the effect as
// related information and carries the calls from the handler to it.
func TestAnnotationFlow(t *testing.T) {
	out := langtest.Run(t, filepath.Join("..", "..", "testdata", "python", "misleading-tool-annotations"), langs, "MCP015")
	for _, f := range out.Findings {
		if f.RuleID != "MCP015" || !strings.Contains(f.Message, `"save_note"`) {
			continue
		}
		if len(f.Related) != 1 || f.Related[0].Message != "writes files: open" {
			t.Fatalf("related = %+v, want the open call", f.Related)
		}
		var msgs []string
		for _, s := range f.Flow {
			msgs = append(msgs, s.Message)
		}
		want := []string{`handler of tool "save_note"`, "calls _write", "writes files: open"}
		if strings.Join(msgs, "|") != strings.Join(want, "|") {
			t.Errorf("flow = %q, want %q", msgs, want)
		}
		if last := f.Flow[len(f.Flow)-1]; last.Pos != f.Related[0].Pos {
			t.Errorf("flow ends at %+v, want the effect at %+v", last.Pos, f.Related[0].Pos)
		}
		return
	}
	t.Fatal("no MCP015 finding for save_note")
}
