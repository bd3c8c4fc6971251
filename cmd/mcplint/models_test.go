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

// flowsConfig declares, per language, the project function of
// testdata/models/flows that returns text a client queued (a source), the
// one that quotes a line for the shell (a sanitizer for class shell only)
// and the one that accepts spool file names (a validator for class path
// only).
const flowsConfig = `models:
  - language: go
    callee: example.com/models-flows/jobs.Next
    source: true
  - language: go
    callee: example.com/models-flows/jobs.Quote
    sanitizer: shell
  - language: go
    callee: example.com/models-flows/jobs.Known
    validator: path
  - language: python
    callee: "*next_job"
    source: true
  - language: python
    callee: "*quote_line"
    sanitizer: shell
  - language: python
    callee: "*known_file"
    validator: path
  - language: typescript
    callee: "*nextJob"
    source: true
  - language: typescript
    callee: "*quoteLine"
    sanitizer: [shell]
  - language: typescript
    callee: "*isKnownFile"
    validator: [path]
`

// TestModelsSourcesSanitizers: in every language, a declared source is
// followed to a shell sink it reaches, a declared sanitizer clears the
// shell sinks its result reaches (from the source or from a tool
// argument), and only those: the path its result names is still reported.
// Likewise a declared path validator clears the file read it guards and
// not the shell line the same name reaches. Without the models, the source
// is invisible and the sanitizer and the validator are unknown functions.
func TestModelsSourcesSanitizers(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "mcplint.yml")
	noErr(t, putFile(cfg, flowsConfig))
	for _, c := range []struct {
		lang               string
		source, echo, show string // file:line of the source's sink, the quoted tool argument, the quoted path
		read, shell        string // file:line of the validated read and of the shell line of the validated name
		sourceMsg          string
	}{
		{"go", "main.go:20", "main.go:34", "main.go:41", "main.go:57", "main.go:58",
			`the value jobs.Next returns reaches exec.Command via "sh -c"`},
		{"python", "server.py:32", "server.py:46", "server.py:54", "server.py:67", "server.py:69",
			`the value next_job returns reaches subprocess.run with shell=True`},
		{"typescript", "server.ts:30", "server.ts:40", "server.ts:46", "server.ts:58", "server.ts:59",
			`the value nextJob returns reaches child_process.execSync`},
	} {
		t.Run(c.lang, func(t *testing.T) {
			dir := filepath.Join(moduleRoot, "testdata", "models", "flows", c.lang)
			prefix := "testdata/models/flows/" + c.lang + "/"
			at := func(lines ...string) string {
				for i, l := range lines {
					lines[i] = prefix + l
				}
				return strings.Join(lines, " ")
			}
			out, stderr, code := scan(t, dir, "-config", "none", "-enable", "MCP002,MCP003", ".")
			if got, want := where(out.Findings), at(c.echo, c.show, c.read, c.shell); code != exitFindings || got != want {
				t.Fatalf("without models: exit %d, findings %q; want %q\n%s", code, got, want, stderr)
			}
			out, stderr, code = scan(t, dir, "-config", cfg, "-enable", "MCP002,MCP003", ".")
			if got, want := where(out.Findings), at(c.source, c.show, c.shell); code != exitFindings || got != want {
				t.Fatalf("with models: exit %d, findings %q; want %q\n%s", code, got, want, stderr)
			}
			if f := out.Findings[0]; f.Rule != "MCP002" || f.Message != c.sourceMsg {
				t.Errorf("declared source: %+v, want MCP002 %q", f, c.sourceMsg)
			}
			if f := out.Findings[1]; f.Rule != "MCP003" {
				t.Errorf("a shell sanitizer cleared a path: %+v", f)
			}
			if f := out.Findings[2]; f.Rule != "MCP002" {
				t.Errorf("a path validator cleared a shell line: %+v", f)
			}
		})
	}
}
