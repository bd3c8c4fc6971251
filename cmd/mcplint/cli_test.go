package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/cmd/mcplint/internal/walk"
)

// pyServer is a Python MCP server with one command injection and one
// listener bound to all interfaces; Python scans take milliseconds.
const pyServer = `import subprocess

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes", host="0.0.0.0")


@mcp.tool()
def grep(pattern: str) -> str:
	return subprocess.run("grep -rn " + pattern, shell=True, capture_output=True, text=True).stdout
`

// pyProject writes a Python project (a git top level) with files.
func pyProject(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	noErr(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	noErr(t, putFile(filepath.Join(dir, "pyproject.toml"), "[project]\nname = \"notes\"\ndependencies = [\"mcp>=1.23.0\"]\n"))
	for name, body := range files {
		noErr(t, putFile(filepath.Join(dir, filepath.FromSlash(name)), body))
	}
	return dir
}

// TestFlagsAfterPaths: flags may follow the paths, as in golangci-lint,
// ruff and semgrep; "--" ends the flags so a path may start with "-".
func TestFlagsAfterPaths(t *testing.T) {
	dir := pyProject(t, map[string]string{"server.py": pyServer, "-odd/server.py": pyServer})
	stdout, stderr, code := mcplint(t, dir, ".", "-format", "json", "-enable", "MCP002")
	var rep struct{ Findings []struct{ Rule, File string } }
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("mcplint . -format json: %v (exit %d)\n%s", err, code, stderr)
	}
	if code != exitFindings || len(rep.Findings) != 2 || rep.Findings[0].Rule != "MCP002" {
		t.Errorf("exit %d, findings %+v", code, rep.Findings)
	}
	// After "--", "-odd" is a path, and "-q" is one too (which does not exist).
	stdout, _, code = mcplint(t, dir, "-format", "concise", "--", "-odd")
	if code != exitFindings || !strings.Contains(stdout, filepath.Join("-odd", "server.py")+":10:") || strings.Contains(stdout, "\nserver.py") {
		t.Errorf("-- -odd: exit %d\n%s", code, stdout)
	}
	if _, stderr, code := mcplint(t, dir, "--", "-q"); code != exitUsage || !strings.Contains(stderr, "cannot scan -q") {
		t.Errorf("-- -q: exit %d, stderr %q", code, stderr)
	}
}

// TestUsageErrors: each command-line mistake gets one line on stderr, with
// a suggestion where one is close, and exit 2.
func TestUsageErrors(t *testing.T) {
	dir := pyProject(t, map[string]string{"server.py": pyServer})
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-bogus", "."}, "mcplint: unknown flag -bogus (see mcplint -h)\n"},
		{[]string{"-formt", "json", "."}, `mcplint: unknown flag -formt (did you mean "format"?) (see mcplint -h)` + "\n"},
		{[]string{".", "-format", "xml"}, `mcplint: invalid value "xml" for flag -format: unknown format "xml" (did you mean "html"?) (want text, concise, json, github, sarif, score, html, optionally with :FILE) (see mcplint -h)` + "\n"},
		{[]string{"-format", "jsn"}, `did you mean "json"?`},
		{[]string{"-fail-on", "hgh", "."}, `mcplint: -fail-on: unknown severity "hgh" (did you mean "high"?) (want low, medium, high, critical, none)` + "\n"},
		{[]string{"-enable", "MCP02", "."}, `mcplint: -enable: unknown rule "MCP02" (did you mean "MCP002"?) (see mcplint -list-rules)` + "\n"},
		{[]string{"-disable", "comand-injection", "."}, `mcplint: -disable: unknown rule "comand-injection" (did you mean "command-injection"?) (see mcplint -list-rules)` + "\n"},
		{[]string{"-color", "sometimes", "."}, `mcplint: -color: want auto, always or never, not "sometimes" (see mcplint -h)` + "\n"},
	} {
		stdout, stderr, code := mcplint(t, dir, c.args...)
		if code != exitUsage || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q", c.args, code, stdout)
		}
		if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: stderr\n%s\nwant one line with\n%s", c.args, stderr, c.want)
		}
	}
	// -h prints the usage on stdout and succeeds.
	stdout, _, code := mcplint(t, dir, "-h")
	if code != exitClean || !strings.Contains(stdout, "usage: mcplint [flags] [paths...]") || !strings.Contains(stdout, "-color") {
		t.Errorf("-h: exit %d\n%s", code, stdout)
	}
}

// TestOutputFileFailsFast: an output file that cannot be written is a
// usage error before the scan starts (no notice of the scan is printed);
// a run that fails leaves an existing report alone and creates none.
func TestOutputFileFailsFast(t *testing.T) {
	dir := pyProject(t, map[string]string{"server.py": pyServer, "broken.py": "def (:\n"})
	for _, path := range []string{filepath.Join(dir, "no", "such", "dir", "out.sarif"), dir} {
		stdout, stderr, code := mcplint(t, dir, "-format", "sarif:"+path, ".")
		if code != exitUsage || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "mcplint: -format sarif:"+path+": ") {
			t.Errorf("%s: exit %d\nstdout %q\nstderr %q", path, code, stdout, stderr)
		}
	}
	old := filepath.Join(dir, "old.json")
	noErr(t, os.WriteFile(old, []byte("previous report"), 0o644))
	fresh := filepath.Join(dir, "fresh.json")
	if _, _, code := mcplint(t, dir, "-format", "json:"+old, "-format", "sarif:"+fresh, "no-such-path"); code != exitUsage {
		t.Fatalf("exit %d", code)
	}
	if b, _ := os.ReadFile(old); string(b) != "previous report" {
		t.Errorf("a failed run changed an existing report: %q", b)
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("a failed run left %s behind (%v)", fresh, err)
	}
	// A successful run replaces the whole file.
	noErr(t, os.WriteFile(old, []byte(strings.Repeat("x", 1<<16)), 0o644))
	if _, _, code := mcplint(t, dir, "-format", "json:"+old, "."); code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	var rep map[string]any
	b, _ := os.ReadFile(old)
	noErr(t, json.Unmarshal(b, &rep))
	if _, _, code := mcplint(t, dir, "-format", "json:out.json", "-format", "sarif:./out.json", "."); code != exitUsage {
		t.Errorf("two formats to one file: exit %d", code)
	}
}

// TestNoticeMessagesRelative: machine paths inside notice messages (loader
// and file-system errors quote them) become paths relative to the root.
func TestNoticeMessagesRelative(t *testing.T) {
	root := filepath.Join(string(filepath.Separator), "home", "u", "proj")
	ns := []rule.Notice{
		{Message: "open " + filepath.Join(root, "a", "b.py") + ": permission denied"},
		{Message: "nothing to change"},
	}
	relativeNotices(ns, root)
	if want := "open " + filepath.Join("a", "b.py") + ": permission denied"; ns[0].Message != want || ns[1].Message != "nothing to change" {
		t.Errorf("got %q, %q", ns[0].Message, ns[1].Message)
	}
	// End to end: a go.mod the go command rejects; its error names the file.
	dir := pyProject(t, map[string]string{"server.py": pyServer})
	noErr(t, putFile(filepath.Join(dir, "svc", "go.mod"), "module x\n\nbogus 1.22\n"))
	noErr(t, putFile(filepath.Join(dir, "svc", "main.go"), "package main\n\nfunc main() {}\n"))
	sarif := filepath.Join(t.TempDir(), "out.sarif")
	_, stderr, code := mcplint(t, dir, "-format", "json", "-format", "sarif:"+sarif, ".")
	if code != exitFailure || !strings.Contains(stderr, "unknown directive: bogus") {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	log, err := os.ReadFile(sarif)
	noErr(t, err)
	var doc struct {
		Runs []struct {
			Invocations []struct {
				ToolExecutionNotifications []struct{ Message struct{ Text string } }
			}
		}
	}
	noErr(t, json.Unmarshal(log, &doc))
	for _, n := range doc.Runs[0].Invocations[0].ToolExecutionNotifications {
		if strings.Contains(n.Message.Text, dir) {
			t.Errorf("notification carries the machine path: %q", n.Message.Text)
		}
	}
}

// TestUnreadableFileIsError: a file that cannot be read is an error notice
// and exit 3 (the README's table of hostile input says so). Root reads any
// file, so the file disappears between the walk and the read instead.
func TestUnreadableFileIsError(t *testing.T) {
	dir := t.TempDir()
	gone := filepath.Join(dir, "gone.py")
	out := analyze(&config{maxFileSize: 1 << 20}, &walk.Targets{Files: []string{gone}}, nil, newTimings(false))
	if len(out.Notices) != 1 || out.Notices[0].Level != rule.NoticeError || !out.Notices[0].Failed || !strings.Contains(out.Notices[0].Message, "cannot read file") {
		t.Errorf("notices = %+v", out.Notices)
	}
}

// TestREADMETextOutput: the README shows the real text output of the
// command it names.
func TestREADMETextOutput(t *testing.T) {
	root := repoRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	noErr(t, err)
	const open = "<!-- text-output: mcplint "
	_, rest, ok := strings.Cut(string(readme), open)
	if !ok {
		t.Fatal("README has no text-output block")
	}
	args, rest, _ := strings.Cut(rest, " -->\n```\n")
	block, _, ok := strings.Cut(rest, "```\n<!-- end text-output -->")
	if !ok {
		t.Fatal("text-output block not closed")
	}
	stdout, stderr, _ := mcplint(t, root, strings.Fields(args)...)
	if stdout != block {
		t.Errorf("README's output of mcplint %s is stale; now:\n%s\n%s", args, stdout, stderr)
	}
}
