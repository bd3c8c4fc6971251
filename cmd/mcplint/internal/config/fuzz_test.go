package config

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// FuzzParse feeds arbitrary bytes to the configuration parser. A scanned
// repository chooses its .mcplint.yml, so the parser must never panic or
// hang, every error must carry a line and column, and a file it accepts
// must be usable: its patterns match paths without failing.
func FuzzParse(f *testing.F) {
	if ex, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "docs", "mcplint.example.yml")); err == nil {
		f.Add(ex)
	}
	for _, s := range []string{
		"enable: [MCP001, command-injection]\ndisable: MCP005\nfail-on: high\n",
		"severity:\n  MCP005: critical\n  mcp001: low\n",
		"exclude:\n  - \"**/generated/**\"\n  - vendor/\n  - ./scripts/*.py\n",
		"ignore:\n  - paths: [\"tests/**\"]\n    rules: [MCP002]\n    reason: fixtures\n",
		"ignore:\n  - paths: \"[\"\n    rules: MCP002\n    reason: bad pattern\n",
		"enabel: [MCP001]\n",
		"a: &a [*a]\n",
		"x: &x {y: *x}\nenable: *x\n",
		"- just\n- a list\n",
		"fail-on: none\nfail-on: low\n",
		"exclude: /etc/passwd\n",
		"exclude: \"a\\\\b\"\n",
		"\xef\xbb\xbfenable: MCP001\r\n",
		"enable: !!binary AAAA\n",
		"? [a, b]\n: c\n",
		"---\nenable: MCP001\n---\ndisable: MCP002\n",
		"",
		"\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		cf, err := Parse(filepath.Join(dir, ".mcplint.yml"), data)
		if err != nil {
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error is not a located Errors list: %v", err)
			}
			for _, e := range es {
				if e.Line < 1 || e.Col < 1 {
					t.Fatalf("error without a position: %v", e)
				}
			}
			return
		}
		for id := range cf.Severity {
			if _, ok := rule.ByID(id); !ok {
				t.Fatalf("accepted severity for unknown rule %q", id)
			}
		}
		for _, p := range []string{"a.py", "tests/x/y.ts", "vendor/m/z.go", "..", "../outside.py", "[", "**"} {
			path := filepath.Join(dir, p)
			cf.Excluded(path)
			for _, r := range rule.Rules {
				cf.Ignored(r.ID, path)
			}
		}
		for _, ig := range cf.Ignore {
			if ig.Reason == "" || len(ig.Rules) == 0 {
				t.Fatalf("ignore entry accepted without rules or a reason: %+v", ig)
			}
		}
	})
}
