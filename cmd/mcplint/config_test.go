package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// goServer is a Go MCP server with two plain HTTP listeners bound to all
// interfaces (MCP001, high, on lines 11 and 12) and one safe listener; the
// lines are what the tests in this file and baseline_test.go expect. No MCP
// transport is served, so transport rules (MCP004, MCP005) have nothing to
// say. The tests pass -enable MCP001 (or an enable list in the file) because
// the taint rules' analysis of net/http costs seconds per run and has nothing
// to find here.
const goServer = `package main

import (
	"net/http"

	"github.com/mark3labs/mcp-go/server"
)

func main() {
	_ = server.NewMCPServer("notes", "0.1.0")
	_ = http.ListenAndServe(":8080", nil)
	_ = http.ListenAndServe(":9090", nil)
	_ = http.ListenAndServe("127.0.0.1:9091", nil)
}
`

// moduleRoot is the repository root, taken before any test changes directory.
var moduleRoot = func() string {
	wd, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	return filepath.Clean(filepath.Join(wd, "..", ".."))
}()

// goProject writes a self-contained Go module (with the stub mcp-go SDK of the
// example servers, so no network or module cache is needed) plus files, and
// returns its directory. The directory is a git top level so that the
// configuration search stops there.
func goProject(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	stub := filepath.Join(moduleRoot, "testdata", "servers", "go", "third_party", "mcp-go")
	err := filepath.WalkDir(stub, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		r, _ := filepath.Rel(stub, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return putFile(filepath.Join(dir, "third_party", "mcp-go", r), string(data))
	})
	if err != nil {
		t.Fatal(err)
	}
	noErr(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	noErr(t, putFile(filepath.Join(dir, "go.mod"), "module example.com/srv\n\ngo 1.22\n\nrequire github.com/mark3labs/mcp-go v0.32.0\n\nreplace github.com/mark3labs/mcp-go => ./third_party/mcp-go\n"))
	for name, body := range files {
		noErr(t, putFile(filepath.Join(dir, filepath.FromSlash(name)), body))
	}
	return dir
}

func putFile(path, body string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(body), 0o644)
}

func noErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// jsonFinding is the part of the JSON output these tests read.
type jsonFinding struct {
	Rule, Severity, File, Message, Justification string
	Line                                         int
}

type jsonOut struct {
	Findings, Suppressed []jsonFinding
}

// scan runs mcplint -format json in dir and decodes the result.
func scan(t *testing.T, dir string, args ...string) (jsonOut, string, int) {
	t.Helper()
	stdout, stderr, code := mcplint(t, dir, append([]string{"-format", "json"}, args...)...)
	var out jsonOut
	if code != exitUsage {
		if err := json.Unmarshal([]byte(stdout), &out); err != nil {
			t.Fatalf("%v: %v\nstdout:\n%s\nstderr:\n%s", args, err, stdout, stderr)
		}
	}
	return out, stderr, code
}

// where lists findings as "file:line".
func where(fs []jsonFinding) string {
	var ls []string
	for _, f := range fs {
		ls = append(ls, fmt.Sprintf("%s:%d", f.File, f.Line))
	}
	return strings.Join(ls, " ")
}

// TestConfigFixture guards the fixture the other tests rest on.
func TestConfigFixture(t *testing.T) {
	dir := goProject(t, map[string]string{"main.go": goServer})
	out, stderr, code := scan(t, dir, "-enable", "MCP001", ".")
	if code != exitFindings || where(out.Findings) != "main.go:11 main.go:12" {
		t.Fatalf("want MCP001 on lines 11 and 12, exit 1; got %+v exit %d\n%s", out.Findings, code, stderr)
	}
}

func TestConfigFile(t *testing.T) {
	cases := []struct {
		name   string
		config string
		args   []string
		code   int
		where  string // unsuppressed findings
		sev    string // severity of the first finding, when set
	}{
		{"disable by name", "enable: [MCP001, MCP004]\ndisable: [bind-all-interfaces]\n", []string{}, exitClean, "", ""},
		{"enable another rule", "enable: [MCP004]\n", []string{}, exitClean, "", ""},
		{"flag -enable wins over file disable", "disable: [MCP001]\n", []string{"-enable", "MCP001"}, exitFindings, "cmd/other/main.go:11 main.go:11 main.go:12", ""},
		{"downgrade under fail-on", "severity: {MCP001: low}\nfail-on: medium\n", nil, exitClean, "cmd/other/main.go:11 main.go:11 main.go:12", "low"},
		{"upgrade", "severity:\n  bind-all-interfaces: critical\nfail-on: critical\n", nil, exitFindings, "cmd/other/main.go:11 main.go:11 main.go:12", "critical"},
		{"fail-on none", "fail-on: none\n", nil, exitClean, "cmd/other/main.go:11 main.go:11 main.go:12", ""},
		{"flag -fail-on wins", "fail-on: none\n", []string{"-fail-on", "high", "-enable", "MCP001"}, exitFindings, "cmd/other/main.go:11 main.go:11 main.go:12", ""},
		{"exclude a directory", "exclude: [cmd]\n", nil, exitFindings, "main.go:11 main.go:12", ""},
		{"exclude a file", "exclude:\n  - main.go\n", nil, exitFindings, "cmd/other/main.go:11", ""},
		{"exclude by glob", "exclude: ['**/*.go']\n", nil, exitClean, "", ""},
		{"ignore with reason", "ignore:\n  - paths: [main.go]\n    rules: [MCP001]\n    reason: development server, never deployed\n", nil, exitFindings, "cmd/other/main.go:11", ""},
		{"ignore another rule", "ignore:\n  - paths: [main.go]\n    rules: [MCP002]\n    reason: r\n", nil, exitFindings, "cmd/other/main.go:11 main.go:11 main.go:12", ""},
		{"config none", "fail-on: none\n", []string{"-config", "none", "-enable", "MCP001"}, exitFindings, "cmd/other/main.go:11 main.go:11 main.go:12", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := goProject(t, map[string]string{"main.go": goServer, "cmd/other/main.go": strings.Replace(goServer, ":9090", "localhost:9090", 1), ".mcplint.yml": c.config})
			args := c.args
			if args == nil {
				args = []string{"-enable", "MCP001"}
			}
			out, stderr, code := scan(t, dir, append(args, ".")...)
			if got := where(out.Findings); code != c.code || got != c.where {
				t.Fatalf("exit %d, findings %q; want exit %d, findings %q\n%s", code, got, c.code, c.where, stderr)
			}
			if c.sev != "" && out.Findings[0].Severity != c.sev {
				t.Errorf("severity %s, want %s", out.Findings[0].Severity, c.sev)
			}
		})
	}
}

// TestConfigIgnoreIsExternalSuppression: a finding silenced by the file
// stays in SARIF as a suppression of kind "external" with the reason.
func TestConfigIgnoreIsExternalSuppression(t *testing.T) {
	dir := goProject(t, map[string]string{"main.go": goServer, ".mcplint.yml": "ignore:\n  - paths: ['*.go']\n    rules: [bind-all-interfaces]\n    reason: development server, never deployed\n"})
	out, _, _ := scan(t, dir, "-enable", "MCP001", ".")
	if len(out.Suppressed) != 2 || out.Suppressed[0].Justification != "development server, never deployed" {
		t.Errorf("JSON suppressed = %+v", out.Suppressed)
	}
	stdout, stderr, code := mcplint(t, dir, "-format", "sarif", "-enable", "MCP001", ".")
	if code != exitClean {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Suppressions []struct{ Kind, Status, Justification string }
			}
		}
	}
	noErr(t, json.Unmarshal([]byte(stdout), &log))
	res := log.Runs[0].Results
	if len(res) != 2 {
		t.Fatalf("want 2 results, got %d", len(res))
	}
	for _, r := range res {
		if len(r.Suppressions) != 1 || r.Suppressions[0].Kind != "external" || r.Suppressions[0].Justification != "development server, never deployed" {
			t.Errorf("suppressions = %+v", r.Suppressions)
		}
	}
}

// TestConfigSearch: the file is found above the scan root, -config picks
// another file, and a missing -config file is a usage error.
func TestConfigSearch(t *testing.T) {
	dir := goProject(t, map[string]string{"srv/main.go": goServer, ".mcplint.yml": "enable: [MCP004]\n", "strict.yml": "enable: [MCP001]\nfail-on: high\n"})
	if _, stderr, code := scan(t, filepath.Join(dir, "srv"), "."); code != exitClean {
		t.Errorf("config in the parent directory not applied: exit %d\n%s", code, stderr)
	}
	if _, stderr, code := scan(t, dir, "srv/..."); code != exitClean {
		t.Errorf("config not applied for srv/...: exit %d\n%s", code, stderr)
	}
	if _, stderr, code := scan(t, dir, "-config", "strict.yml", "srv"); code != exitFindings {
		t.Errorf("-config strict.yml: exit %d\n%s", code, stderr)
	}
	if _, stderr, code := scan(t, dir, "-config", "missing.yml", "srv"); code != exitUsage || !strings.Contains(stderr, "missing.yml") {
		t.Errorf("-config missing.yml: exit %d\n%s", code, stderr)
	}
}

// TestConfigErrors: mistakes exit 2 and name file, line and a suggestion.
func TestConfigErrors(t *testing.T) {
	for _, c := range []struct{ config, want string }{
		{"enabel: [MCP001]\n", `.mcplint.yml:1:1: unknown key "enabel" (did you mean "enable"?)`},
		{"fail-on: high\nseverity:\n  MCP001: urgent\n", `.mcplint.yml:3:11: unknown severity "urgent"`},
		{"disable: [bind-all-interface]\n", `.mcplint.yml:1:11: unknown rule "bind-all-interface" (did you mean "bind-all-interfaces"?)`},
		{"ignore:\n  - paths: [main.go]\n    rules: [MCP001]\n", `.mcplint.yml:2:5: ignore entry needs a reason`},
		{"exclude: '[unclosed'\n", `.mcplint.yml:1:10: malformed path pattern`},
	} {
		dir := goProject(t, map[string]string{"main.go": goServer, ".mcplint.yml": c.config})
		_, stderr, code := mcplint(t, dir, ".")
		if code != exitUsage || !strings.Contains(stderr, "mcplint: "+c.want) {
			t.Errorf("%q: exit %d, stderr:\n%s\nwant exit 2 and %s", c.config, code, stderr, c.want)
		}
	}
}

// TestExampleConfig: the documented example file is valid.
func TestExampleConfig(t *testing.T) {
	example := filepath.Join(moduleRoot, "docs", "mcplint.example.yml")
	dir := goProject(t, map[string]string{"main.go": goServer})
	if _, stderr, code := scan(t, dir, "-config", example, "-enable", "MCP001", "."); code == exitUsage {
		t.Fatalf("docs/mcplint.example.yml is rejected:\n%s", stderr)
	}
}

// TestConfigSeverityInSARIF: an override reaches the SARIF rule descriptor,
// whose security-severity is what code scanning ranks alerts by, and the
// results' level; other rules keep the catalog's.
func TestConfigSeverityInSARIF(t *testing.T) {
	dir := goProject(t, map[string]string{"main.go": goServer, ".mcplint.yml": "severity: {bind-all-interfaces: low}\n"})
	stdout, stderr, _ := mcplint(t, dir, "-format", "sarif", "-enable", "MCP001", ".")
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID                   string
						DefaultConfiguration struct{ Level string } `json:"defaultConfiguration"`
						Properties           map[string]any
					}
				}
			}
			Results []struct{ Level string }
		}
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	run := log.Runs[0]
	for _, r := range run.Tool.Driver.Rules {
		want, level := "3.0", "note"
		if r.ID != "MCP001" {
			ru, _ := rule.ByID(r.ID)
			want, level = ru.Severity.SecurityScore(), ru.Severity.SARIFLevel()
		}
		if r.Properties["security-severity"] != want || r.DefaultConfiguration.Level != level {
			t.Errorf("%s: security-severity %v, level %s; want %s, %s", r.ID, r.Properties["security-severity"], r.DefaultConfiguration.Level, want, level)
		}
	}
	if len(run.Results) != 2 || run.Results[0].Level != "note" {
		t.Errorf("results = %+v, want two at level note", run.Results)
	}
	if rule.Rules[0].Severity != rule.High {
		t.Error("the override changed the shared catalog")
	}
}
