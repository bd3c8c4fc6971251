package main

import (
	"encoding/json"
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
	if !strings.Contains(text, "\nmcplint: security score: . B (85/100, partial: 1 of 14 rules); formula: https://github.com/mcpsec/mcplint/blob/main/docs/score.md\n") {
		t.Errorf("text output lacks the score line:\n%s", text)
	}
}

// TestScoreManifest: an MCP014 finding in the project's manifest counts
// for the Python server as hygiene, and JSON carries the breakdown.
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
	if s.Server != "." || s.Language != "python" || s.Entry != "src/x/server.py" || s.Score != 98 || s.Grade != "A" || s.Hygiene != 2 || s.Findings != 1 || strings.Join(s.Rules, ",") != "MCP014" {
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
