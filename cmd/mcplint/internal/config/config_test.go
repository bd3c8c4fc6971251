package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

const full = `# every key
enable: [MCP001, command-injection, mcp003]
disable: ssrf
severity:
  MCP005: high
  bind-all-interfaces: low
exclude:
  - examples/**
  - "**/*_gen.py"
  - ./scripts/
ignore:
  - paths: [tools/dev_server.py]
    rules: MCP001
    reason: development only, never deployed
fail-on: medium
`

func TestParseFull(t *testing.T) {
	f, err := Parse("/repo/.mcplint.yml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(f.Enable, ","); got != "MCP001,MCP002,MCP003" {
		t.Errorf("enable = %s", got)
	}
	if got := strings.Join(f.Disable, ","); got != "MCP006" {
		t.Errorf("disable = %s", got)
	}
	if f.Severity["MCP005"] != rule.High || f.Severity["MCP001"] != rule.Low {
		t.Errorf("severity = %v", f.Severity)
	}
	if !f.FailOnSet || f.FailOn != rule.Medium {
		t.Errorf("fail-on = %v %v", f.FailOn, f.FailOnSet)
	}
	if len(f.Ignore) != 1 || f.Ignore[0].Reason != "development only, never deployed" || f.Ignore[0].Line != 12 {
		t.Errorf("ignore = %+v", f.Ignore)
	}
	for path, want := range map[string]bool{
		"/repo/examples/a/b.py":      true,
		"/repo/examples":             true,
		"/repo/src/examples/a.py":    false,
		"/repo/src/x_gen.py":         true,
		"/repo/x_gen.py":             true,
		"/repo/scripts/run.sh":       true,
		"/repo/src/server.py":        false,
		"/elsewhere/examples/a.py":   false,
		"/repo/../repo2/examples/ab": false,
	} {
		if got := f.Excluded(path); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", path, got, want)
		}
	}
	if _, ok := f.Ignored("MCP001", "/repo/tools/dev_server.py"); !ok {
		t.Error("MCP001 in tools/dev_server.py not ignored")
	}
	if _, ok := f.Ignored("MCP002", "/repo/tools/dev_server.py"); ok {
		t.Error("MCP002 ignored though the entry names only MCP001")
	}
	if _, ok := f.Ignored("MCP001", "/repo/tools/other.py"); ok {
		t.Error("MCP001 ignored in a file the entry does not name")
	}
}

func TestParseEmpty(t *testing.T) {
	for _, s := range []string{"", "# nothing\n"} {
		f, err := Parse("/r/.mcplint.yml", []byte(s))
		if err != nil || f.FailOnSet || len(f.Enable) > 0 {
			t.Errorf("%q: %+v, %v", s, f, err)
		}
	}
	f, err := Parse("/r/.mcplint.yml", []byte("fail-on: none\n"))
	if err != nil || !f.FailOnSet || f.FailOn != 0 {
		t.Errorf("fail-on none: %+v, %v", f, err)
	}
}

// TestParseErrors: every mistake names the file, line and column, and a
// suggestion where one is close.
func TestParseErrors(t *testing.T) {
	cases := []struct{ yaml, want string }{
		{"enabel: [MCP001]\n", `/r/.mcplint.yml:1:1: unknown key "enabel" (did you mean "enable"?)`},
		{"failon: high\n", `:1:1: unknown key "failon" (did you mean "fail-on"?)`},
		{"enable:\n  - MCP001\n  - comand-injection\n", `:3:5: unknown rule "comand-injection" (did you mean "command-injection"?)`},
		{"disable: MCP0002\n", `:1:10: unknown rule "MCP0002" (did you mean "MCP002"?)`},
		{"severity:\n  MCP001: hihg\n", `:2:11: unknown severity "hihg" (did you mean "high"?)`},
		{"severity: high\n", `:1:11: severity: want a mapping of rule to severity`},
		{"fail-on: nnoe\n", `:1:10: unknown severity "nnoe" (did you mean "none"?)`},
		{"exclude: [\"/abs/**\"]\n", `must be relative`},
		{"exclude: [\"a/[b\"]\n", `malformed path pattern "a/[b"`},
		{"ignore:\n  - paths: [a.py]\n    rules: [MCP001]\n", `:2:5: ignore entry needs a reason`},
		{"ignore:\n  - path: a.py\n    rules: [MCP001]\n    reason: x\n", `:2:5: unknown key "path" in ignore entry (did you mean "paths"?)`},
		{"ignore:\n  - rules: [MCP001]\n    reason: '  '\n", `ignore entry needs paths and a reason`},
		{"ignore: {paths: a}\n", `ignore: want a list`},
		{"ignore:\n  - paths: a.py\n    rules:\n    reason: x\n", `:3:11: rules: name at least one rule`},
		{"ignore:\n  - paths: []\n    rules: [MCP001]\n    reason: x\n", `:2:12: paths: name at least one path pattern`},
		{"enable: [MCP001]\nenable: [MCP002]\n", `:2:1: "enable" is given twice`},
		{"- MCP001\n", `must be a mapping`},
		{"enable: [MCP001\n", `/r/.mcplint.yml:`},
		{"enable: {a: b}\n", `want a string or a list of strings`},
		{"models:\n  - language: python\n    callee: run_shell\n    sink: shel\n", `:4:11: unknown sink kind "shel" (did you mean "shell"?)`},
		{"models:\n  - language: pyhton\n    callee: f\n    source: true\n", `:2:15: unknown language "pyhton" (did you mean "python"?)`},
		{"models:\n  - language: go\n    callee: f\n    sink: shell\n", `:3:13: callee "f": name a Go function as package path and name`},
		{"models:\n  - language: go\n    callee: example.com/x.F\n    sink: shell\n    arg: cmd\n", `:5:10: arg "cmd": a Go argument is a position from 0`},
		{"models:\n  - language: typescript\n    callee: \"run shell\"\n    sink: shell\n", `:3:13: callee "run shell" cannot match any call`},
		{"models:\n  - language: python\n    callee: f\n    sink: shell\n    validator: path\n", `:2:5: models entry says sink and validator: give one role per entry`},
		{"models:\n  - language: python\n    callee: f\n", `:2:5: models entry needs one of source, sink, sanitizer, validator`},
		{"models:\n  - language: python\n    callee: f\n    sanitizer: [shel]\n", `:4:17: unknown class "shel" (did you mean "shell"?)`},
		{"models:\n  - language: python\n    callee: f\n    sanitizer: shell\n    arg: 1\n", `arg is read only by sink and validator entries`},
		{"models:\n  - langauge: python\n", `:2:5: unknown key "langauge" in models entry (did you mean "language"?)`},
		{"models:\n  - language: python\n    callee: f\n    source: yes\n", `source: want true`},
		{"models: {a: b}\n", `models: want a list`},
	}
	for _, c := range cases {
		_, err := Parse("/r/.mcplint.yml", []byte(c.yaml))
		if err == nil {
			t.Errorf("%q: no error, want %s", c.yaml, c.want)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "/r/.mcplint.yml:") {
			t.Errorf("%q:\n got  %s\n want %s", c.yaml, err, c.want)
		}
	}
}

func TestAllErrorsReported(t *testing.T) {
	_, err := Parse("/r/.mcplint.yml", []byte("enabel: x\nfail-on: hgh\n"))
	es, ok := err.(Errors)
	if !ok || len(es) != 2 || es[0].Line != 1 || es[1].Line != 2 {
		t.Fatalf("want two errors on lines 1 and 2, got %v", err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	deep := filepath.Join(repo, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(deep); got != "" {
		t.Errorf("Find with no file = %q", got)
	}
	// A file above the repository top level is not the project's.
	must(t, os.WriteFile(filepath.Join(root, ".mcplint.yml"), nil, 0o644))
	must(t, os.Mkdir(filepath.Join(repo, ".git"), 0o755))
	if got := Find(deep); got != "" {
		t.Errorf("Find crossed the repository top level: %q", got)
	}
	must(t, os.WriteFile(filepath.Join(repo, ".mcplint.yaml"), nil, 0o644))
	if got := Find(deep); got != filepath.Join(repo, ".mcplint.yaml") {
		t.Errorf("Find = %q", got)
	}
	must(t, os.WriteFile(filepath.Join(deep, "..", ".mcplint.yml"), nil, 0o644))
	if got := Find(deep); got != filepath.Join(repo, "a", ".mcplint.yml") {
		t.Errorf("Find = %q, want the nearest file", got)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
