package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
)

// cacheProject writes a small Python MCP server whose tool in server.py
// reaches a shell through helpers.py, plus an unrelated tool in other.py
// with its own finding.
func cacheProject(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"pyproject.toml": "[project]\nname = \"cached\"\n",
		"server.py": `from mcp.server.fastmcp import FastMCP

from helpers import run_shell

mcp = FastMCP("cached")


@mcp.tool()
def grep(pattern: str) -> str:
    return run_shell("grep -r " + pattern)
`,
		"helpers.py": `import subprocess


def run_shell(command: str) -> str:
    return subprocess.check_output(command, shell=True).decode()
`,
		"other.py": `import os

from server import mcp


@mcp.tool()
def remove(path: str) -> str:
    os.system("rm " + path)
    return "ok"
`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// cacheScan runs the CLI with JSON output and returns "file:line rule" for each
// finding, and the raw output.
func cacheScan(t *testing.T, args ...string) ([]string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"-format", "json", "-config", "none"}, args...), &stdout, &stderr)
	if code != exitClean && code != exitFindings {
		t.Fatalf("exit code %d: %s", code, stderr.String())
	}
	var doc struct {
		Findings []struct {
			RuleID string `json:"rule"`
			File   string `json:"file"`
			Line   int    `json:"line"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("%v: %s", err, stdout.String())
	}
	var got []string
	for _, f := range doc.Findings {
		got = append(got, filepath.Base(f.File)+" "+f.RuleID)
	}
	slices.Sort(got)
	return got, stdout.String()
}

func resetCacheStats() {
	cacheStats.hits.Store(0)
	cacheStats.misses.Store(0)
}

func TestCacheReusesAndInvalidates(t *testing.T) {
	dir := cacheProject(t)
	cache := t.TempDir()

	want, plain := cacheScan(t, dir)
	if len(want) != 2 {
		t.Fatalf("want findings in helpers.py and other.py, got %v", want)
	}
	resetCacheStats()
	got, first := cacheScan(t, "-cache", cache, dir)
	if first != plain {
		t.Errorf("first cached run differs from an uncached run:\n%s\nvs\n%s", first, plain)
	}
	_, second := cacheScan(t, "-cache", cache, dir)
	if second != plain {
		t.Errorf("cached re-run differs from an uncached run:\n%s\nvs\n%s", second, plain)
	}
	if h := cacheStats.hits.Load(); h != 1 {
		t.Errorf("unchanged tree: %d cache hits, want 1 (the Python result)", h)
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings %v, want %v", got, want)
	}

	// The helper becomes safe: its finding goes, though helpers.py is not
	// a handler itself; other.py's finding stays.
	safe := "import subprocess\n\n\ndef run_shell(command: str) -> str:\n    return subprocess.check_output([\"sh\", \"-c\", \"true\", command]).decode()\n"
	if err := os.WriteFile(filepath.Join(dir, "helpers.py"), []byte(safe), 0o644); err != nil {
		t.Fatal(err)
	}
	after, cachedOut := cacheScan(t, "-cache", cache, dir)
	if wantAfter := []string{"other.py MCP002"}; !slices.Equal(after, wantAfter) {
		t.Errorf("after making helpers.py safe: %v, want %v", after, wantAfter)
	}
	if _, fresh := cacheScan(t, dir); cachedOut != fresh {
		t.Errorf("cached run after an edit differs from an uncached run:\n%s\nvs\n%s", cachedOut, fresh)
	}

	// The handler stops calling the helper with its argument: the helper's
	// finding depends on server.py, so restoring helpers.py alone brings it
	// back, and editing server.py takes it away again.
	if err := os.WriteFile(filepath.Join(dir, "helpers.py"), []byte(strings.ReplaceAll(safe, "[\"sh\", \"-c\", \"true\", command]", "command, shell=True")), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := cacheScan(t, "-cache", cache, dir); !slices.Equal(got, want) {
		t.Errorf("helpers.py restored: %v, want %v", got, want)
	}
	server, _ := os.ReadFile(filepath.Join(dir, "server.py"))
	server = bytes.Replace(server, []byte(`run_shell("grep -r " + pattern)`), []byte(`run_shell("grep -r x")`), 1)
	if err := os.WriteFile(filepath.Join(dir, "server.py"), server, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := cacheScan(t, "-cache", cache, dir); !slices.Equal(got, []string{"other.py MCP002"}) {
		t.Errorf("server.py no longer passes its argument: %v, want only other.py", got)
	}

	// Different enabled rules are a different key.
	if got, _ := cacheScan(t, "-cache", cache, "-disable", "MCP002", dir); len(got) != 0 {
		t.Errorf("-disable MCP002 with a warm cache: %v", got)
	}
}

func TestCacheIgnoresCorruptEntries(t *testing.T) {
	dir := cacheProject(t)
	cache := t.TempDir()
	_, plain := cacheScan(t, dir)
	cacheScan(t, "-cache", cache, dir)
	entries, err := os.ReadDir(cache)
	if err != nil || len(entries) == 0 {
		t.Fatalf("no cache entries written: %v", err)
	}
	for i, damage := range []func([]byte) []byte{
		func(b []byte) []byte { return b[:len(b)/2] },                                                // truncated
		func(b []byte) []byte { b[len(b)-3] ^= 0x55; return b },                                      // payload flipped: checksum fails
		func(b []byte) []byte { return []byte("not a cache entry") },                                 // garbage
		func(b []byte) []byte { return bytes.Replace(b, []byte("other.py"), []byte("OTHER.PY"), 1) }, // forged finding
	} {
		for _, e := range entries {
			p := filepath.Join(cache, e.Name())
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, damage(b), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		resetCacheStats()
		if _, out := cacheScan(t, "-cache", cache, dir); out != plain {
			t.Errorf("damage %d: output differs from an uncached run:\n%s\nvs\n%s", i, out, plain)
		}
		if h := cacheStats.hits.Load(); h != 0 {
			t.Errorf("damage %d: a damaged entry was trusted (%d hits)", i, h)
		}
		// The run rewrote the entries whole; the next damage starts clean.
	}
}

func TestCacheKeyGo(t *testing.T) {
	root := t.TempDir()
	write := func(p, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, "go.mod"), "module example.com/m\n\ngo 1.22\n\nreplace example.com/dep => ./third_party/dep\n")
	write(filepath.Join(root, "cmd", "main.go"), "package main\n\nfunc main() {}\n")
	write(filepath.Join(root, "lib", "lib.go"), "package lib\n")
	cfg := &config{maxFileSize: 1 << 20}
	dirs := []string{filepath.Join(root, "cmd")}
	k1, ok := goKey(cfg, dirs)
	if !ok {
		t.Fatal("a module replacing with a directory inside it is cacheable")
	}
	// A package outside the scanned directories still feeds types in.
	write(filepath.Join(root, "lib", "lib.go"), "package lib\n\nconst X = 1\n")
	if k2, _ := goKey(cfg, dirs); k2 == k1 {
		t.Error("editing a sibling package did not change the key")
	}
	// A nested module replacing its parent, scanned with it, is in view.
	write(filepath.Join(root, "sub", "go.mod"), "module example.com/m/sub\n\ngo 1.22\n\nreplace example.com/m => ../\n")
	write(filepath.Join(root, "sub", "sub.go"), "package sub\n")
	if _, ok := goKey(cfg, append(dirs, filepath.Join(root, "sub"))); !ok {
		t.Error("a nested module replacing its scanned parent is cacheable")
	}
	if _, ok := goKey(cfg, []string{filepath.Join(root, "sub")}); ok {
		t.Error("a module replacing its parent, which is not scanned, must not be cached")
	}
	write(filepath.Join(root, "go.mod"), "module example.com/m\n\ngo 1.22\n\nreplace example.com/dep => ../dep\n")
	if _, ok := goKey(cfg, dirs); ok {
		t.Error("a module replacing with a directory outside it must not be cached")
	}
}

func TestCacheableOutputs(t *testing.T) {
	warn := rule.Output{Notices: []rule.Notice{{Level: rule.NoticeWarning, Message: "package p analysed with partial type information"}}}
	if cacheable("go", warn) {
		t.Error("a Go result with load warnings depends on the module cache; it must not be stored")
	}
	if !cacheable("python", warn) {
		t.Error("a Python warning (syntax the parser did not understand) depends only on the file")
	}
	slow := rule.Output{Notices: []rule.Notice{{Level: rule.NoticeWarning, Message: "analysis of this file stopped at its 10s time budget (-file-timeout)"}}}
	if cacheable("typescript", slow) {
		t.Error("a result cut by -file-timeout must not be stored")
	}
}

// -cache auto keeps the cache in the user's cache directory, outside the
// scanned tree (what the pre-commit hook uses).
func TestCacheAuto(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home)
	t.Setenv("HOME", home) // UserCacheDir on macOS
	t.Setenv("LocalAppData", home)
	cfg, err := parseFlags([]string{"-cache", "auto", "."}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := os.UserCacheDir()
	if want := filepath.Join(dir, "mcplint"); cfg.cacheDir != want || !strings.HasPrefix(want, home) {
		t.Errorf("-cache auto = %q, want %q under %s", cfg.cacheDir, want, home)
	}
	cfg, err = parseFlags([]string{"-cache", "./auto", "."}, io.Discard)
	if err != nil || cfg.cacheDir != "./auto" {
		t.Errorf("-cache ./auto = %q, %v", cfg.cacheDir, err)
	}
}
