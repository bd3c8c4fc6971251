package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScoreFormat: -format score rates the server of a project, the exit
// code is the one text output gives, and the text summary carries the same
// score.
func TestScoreFormat(t *testing.T) {
	dir := goProject(t, map[string]string{"main.go": goServer})
	stdout, stderr, code := mcplint(t, dir, "-format", "score", "-enable", "MCP001", ".")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s", code, exitFindings, stderr)
	}
	// Two MCP001 findings and nothing else: exposure 15, reachability 1.3.
	for _, want := range []string{"SERVER", ".  ", "go", "B", "85/100", "-15", "x1.3", "anyone on the network who passes its authentication (MCP001)", "exposure MCP001", "docs/score.md"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("score output lacks %q:\n%s", want, stdout)
		}
	}
	text, _, textCode := mcplint(t, dir, "-enable", "MCP001", ".")
	if textCode != code {
		t.Errorf("text exit %d, score exit %d: the exit code must not depend on the format", textCode, code)
	}
	// Only one rule ran: the grade says so.
	if !strings.Contains(text, "\nmcplint: security score: . B (85/100, partial: 1 of 15 rules); formula: https://github.com/mcpsec/mcplint/blob/main/docs/score.md\n") {
		t.Errorf("text output lacks the score line:\n%s", text)
	}
}

// TestScoreManifest: an MCP014 finding in the project's manifest counts
// for the Python server as hygiene, and JSON carries the breakdown. The
// server is stdio-only, so the finding is low (the transport flaw is not
// exposed today).
func TestScoreManifest(t *testing.T) {
	dir := t.TempDir()
	noErr(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	noErr(t, putFile(filepath.Join(dir, "pyproject.toml"), "[project]\nname = \"x\"\ndependencies = [\"mcp>=1.9\"]\n"))
	noErr(t, putFile(filepath.Join(dir, "src", "x", "server.py"), "from mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"x\")\n\nif __name__ == \"__main__\":\n    mcp.run()\n"))
	stdout, stderr, _ := mcplint(t, dir, "-format", "json", "-enable", "MCP014", ".")
	var rep struct {
		Score struct {
			Servers []struct {
				Server, Language, Entry, Grade string
				Score, Hygiene, Findings       int
				Rules                          []string
			}
		}
	}
	noErr(t, json.Unmarshal([]byte(stdout), &rep))
	if len(rep.Score.Servers) != 1 {
		t.Fatalf("servers = %+v\n%s", rep.Score.Servers, stderr)
	}
	s := rep.Score.Servers[0]
	if s.Server != "." || s.Language != "python" || s.Entry != "src/x/server.py" || s.Score != 99 || s.Grade != "A" || s.Hygiene != 1 || s.Findings != 1 || strings.Join(s.Rules, ",") != "MCP014" {
		t.Errorf("score = %+v", s)
	}
}

// TestScoreNoServer: a scan without any MCP server says so and adds no
// summary line.
func TestScoreNoServer(t *testing.T) {
	dir := t.TempDir()
	noErr(t, putFile(filepath.Join(dir, "util.py"), "import os\n"))
	stdout, _, _ := mcplint(t, dir, "-format", "score", ".")
	if !strings.Contains(stdout, "no MCP server found") {
		t.Errorf("got %q", stdout)
	}
	text, _, _ := mcplint(t, dir, ".")
	if strings.Contains(text, "security score") {
		t.Errorf("text output names a score without a server:\n%s", text)
	}
}

// TestScoreCaveats: a score says what it leaves out, next to the grade, in
// text, score and JSON output: rules not run, a module not analysed, and
// findings a baseline hides (which still count).
func TestScoreCaveats(t *testing.T) {
	dir := pyProject(t, map[string]string{"server.py": pyServer})
	type jsonRep struct {
		Score struct {
			Servers []struct {
				Score, Findings, Baselined, RulesRun, RulesTotal, NotAnalysed int
				Caveats                                                       []string
			}
		}
	}
	scoreOf := func(args ...string) (jsonRep, string) {
		t.Helper()
		stdout, stderr, _ := mcplint(t, dir, append([]string{"-format", "json"}, args...)...)
		var rep jsonRep
		noErr(t, json.Unmarshal([]byte(stdout), &rep))
		if len(rep.Score.Servers) != 1 {
			t.Fatalf("servers: %+v\n%s", rep.Score.Servers, stderr)
		}
		return rep, stderr
	}
	full, _ := scoreOf(".")
	s := full.Score.Servers[0]
	if len(s.Caveats) != 0 || s.RulesRun != s.RulesTotal || s.RulesTotal < 10 {
		t.Fatalf("complete scan: %+v", s)
	}

	// A partial rule set.
	rep, _ := scoreOf("-enable", "MCP002", ".")
	if c := rep.Score.Servers[0].Caveats; len(c) != 1 || c[0] != fmt.Sprintf("partial: 1 of %d rules", s.RulesTotal) {
		t.Errorf("-enable MCP002: caveats %q", c)
	}
	text, _, _ := mcplint(t, dir, "-enable", "MCP002", ".")
	if !strings.Contains(text, fmt.Sprintf("security score: . C (70/100, partial: 1 of %d rules)", s.RulesTotal)) {
		t.Errorf("text summary:\n%s", text)
	}
	sc, _, _ := mcplint(t, dir, "-format", "score", "-enable", "MCP002", ".")
	if !strings.Contains(sc, fmt.Sprintf("partial: 1 of %d rules", s.RulesTotal)) || !strings.Contains(sc, "COVERAGE") {
		t.Errorf("score format:\n%s", sc)
	}

	// Baselined findings are hidden from the report but still count.
	base := filepath.Join(dir, "baseline.json")
	_, stderr, code := mcplint(t, dir, "-write-baseline", base, "-format", "json", ".")
	if code != exitClean {
		t.Fatalf("write baseline: exit %d\n%s", code, stderr)
	}
	rep, _ = scoreOf("-baseline", base, ".")
	b := rep.Score.Servers[0]
	if b.Score != s.Score || b.Findings != s.Findings || b.Baselined != s.Findings || len(b.Caveats) != 1 || !strings.HasPrefix(b.Caveats[0], "counts ") {
		t.Errorf("baselined: %+v; full scan %+v", b, s)
	}

	// A file that cannot be analysed (over -max-file-size) leaves the score
	// incomplete.
	noErr(t, putFile(filepath.Join(dir, "big.py"), strings.Repeat("x = 1\n", 200)))
	rep, _ = scoreOf("-max-file-size", "1000", ".")
	if i := rep.Score.Servers[0]; i.NotAnalysed != 1 || len(i.Caveats) != 1 || i.Caveats[0] != "incomplete: 1 file not analysed" {
		t.Errorf("file not analysed: %+v", i)
	}
}

// TestScoreModuleNotAnalysed: a Go server whose module needs a newer Go
// (exit 3) does not score a plain A.
func TestScoreModuleNotAnalysed(t *testing.T) {
	dir := goProject(t, map[string]string{"main.go": goServer})
	noErr(t, putFile(filepath.Join(dir, "go.mod"), "module example.com/srv\n\ngo 1.999\n\nrequire github.com/mark3labs/mcp-go v0.32.0\n\nreplace github.com/mark3labs/mcp-go => ./third_party/mcp-go\n"))
	stdout, stderr, code := mcplint(t, dir, ".")
	if code != exitFailure {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "security score: . A (100/100, incomplete: 1 module not analysed)") {
		t.Errorf("text:\n%s", stdout)
	}
}
