package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// modelsConfig declares, per language, the project function of
// testdata/models that hides a shell sink and the one that validates a
// file name.
const modelsConfig = `models:
  - language: go
    callee: example.com/models-mcp/jobs.Submit
    sink: shell
  - language: go
    callee: example.com/models-mcp/jobs.SafeName
    validator: path
  - language: python
    callee: "*run_shell"
    sink: shell
  - language: python
    callee: "*is_safe_name"
    validator: path
  - language: typescript
    callee: "*runShell"
    sink: shell
    arg: 0
  - language: javascript
    callee: "*isSafeName"
    validator: [path]
`

// TestModels: in every language, a sink hidden in a project wrapper is
// found once declared, and a declared validator clears the finding it
// guards; without the models the opposite holds.
func TestModels(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "mcplint.yml")
	noErr(t, putFile(cfg, modelsConfig))
	for _, c := range []struct {
		lang, sink, check string // file:line of the hidden sink and of the checked read
		sinkMsg           string
	}{
		{"go", "main.go:18", "main.go:31", `tool argument "cmd" reaches jobs.Submit`},
		{"python", "server.py:25", "server.py:34", `tool argument "cmd" reaches run_shell`},
		{"typescript", "server.ts:24", "server.ts:32", `tool argument "cmd" reaches runShell`},
	} {
		t.Run(c.lang, func(t *testing.T) {
			dir := filepath.Join(moduleRoot, "testdata", "models", c.lang)
			c.sink, c.check = "testdata/models/"+c.lang+"/"+c.sink, "testdata/models/"+c.lang+"/"+c.check
			out, stderr, code := scan(t, dir, "-config", "none", "-enable", "MCP002,MCP003", ".")
			if got := where(out.Findings); code != exitFindings || got != c.check {
				t.Fatalf("without models: exit %d, findings %q; want the unchecked read %s\n%s", code, got, c.check, stderr)
			}
			out, stderr, code = scan(t, dir, "-config", cfg, "-enable", "MCP002,MCP003", ".")
			if got := where(out.Findings); code != exitFindings || got != c.sink {
				t.Fatalf("with models: exit %d, findings %q; want only the declared sink %s\n%s", code, got, c.sink, stderr)
			}
			if f := out.Findings[0]; f.Rule != "MCP002" || f.Message != c.sinkMsg || f.Severity != "critical" {
				t.Errorf("declared sink: %+v, want MCP002 critical %q", f, c.sinkMsg)
			}
			if !strings.Contains(stderr, "declares sink") {
				t.Errorf("the configuration notice does not name the models:\n%s", stderr)
			}
		})
	}
}

// TestModelsDocumented: docs/config.md names every sink kind and class a
// model may use.
func TestModelsDocumented(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(moduleRoot, "docs", "config.md"))
	noErr(t, err)
	doc := string(b)
	for _, k := range rule.KindNames() {
		if !strings.Contains(doc, "`"+k+"`") {
			t.Errorf("docs/config.md does not name sink kind %s", k)
		}
	}
	for _, c := range rule.Classes {
		if !strings.Contains(doc, "`"+string(c.Class)+"`") {
			t.Errorf("docs/config.md does not name class %s", c.Class)
		}
	}
}
