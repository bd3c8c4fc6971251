package typescript_test

import (
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
	"github.com/mcpsec/mcplint/langs/langtest"
	"github.com/mcpsec/mcplint/langs/typescript"
)

var langs = []*engine.Lang{typescript.Lang}

// TestRules runs every rule fixture directory testdata/typescript/<rule name>.
func TestRules(t *testing.T) {
	langtest.RunRules(t, filepath.Join("..", "..", "testdata"), rule.TypeScript, langs)
}

func TestServer(t *testing.T) {
	langtest.Run(t, filepath.Join("..", "..", "testdata", "servers", "typescript"), langs)
}

// TestFlow checks that a taint finding carries its path: the tool argument
// in index.ts, the call into storage.ts and the sink.
func TestFlow(t *testing.T) {
	out := langtest.Run(t, filepath.Join("..", "..", "testdata", "servers", "typescript"), langs)
	for _, f := range out.Findings {
		if f.RuleID != "MCP003" {
			continue
		}
		if len(f.Flow) < 3 {
			t.Fatalf("flow too short: %+v", f.Flow)
		}
		first, last := f.Flow[0], f.Flow[len(f.Flow)-1]
		if first.Message != `tool argument "name"` || filepath.Base(first.Pos.File) != "index.ts" {
			t.Errorf("flow starts at %+v, want the tool argument in index.ts", first)
		}
		if last.Message != "reaches fs/promises.readFile" || filepath.Base(last.Pos.File) != "storage.ts" || last.Pos != f.Pos {
			t.Errorf("flow ends at %+v, want the sink in storage.ts", last)
		}
		return
	}
	t.Fatal("no MCP003 finding in the example server")
}

// TestAuthSeverity checks that a transport without authentication is
// critical when the same file listens on every interface, high when the
// address is not known to be loopback.
func TestAuthSeverity(t *testing.T) {
	out := langtest.Run(t, filepath.Join("..", "..", "testdata", "typescript", "missing-auth"), langs, "MCP004")
	for _, f := range out.Findings {
		want := rule.High
		if b := filepath.Base(f.Pos.File); b == "exposed.js" || b == "open.ts" || b == "cli_exposed.ts" {
			want = rule.Critical
		}
		if f.Severity != want {
			t.Errorf("%s:%d: severity %v, want %v", filepath.Base(f.Pos.File), f.Pos.Line, f.Severity, want)
		}
	}
}

// TestFixes applies the fixes of MCP001, MCP005 and MCP012, compares the
// files with their .golden twins and rescans them.
func TestFixes(t *testing.T) {
	for _, c := range []struct{ dir, rule string }{
		{"bind-all-interfaces", "MCP001"}, {"missing-origin-check", "MCP005"}, {"stdio-stdout", "MCP012"},
	} {
		t.Run(c.rule, func(t *testing.T) {
			langtest.RunFixes(t, filepath.Join("..", "..", "testdata", "typescript", c.dir, "fix"), langs, c.rule)
		})
	}
}
