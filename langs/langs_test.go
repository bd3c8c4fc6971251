package langs

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
)

func write(t *testing.T, dir, name, src string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSupported(t *testing.T) {
	for p, want := range map[string]bool{
		"a.py": true, "a.ts": true, "a.mts": true, "a.cts": true, "a.tsx": true, "a.js": true, "a.jsx": true,
		"a.mjs": true, "a.cjs": true, "a.d.ts": false, "a.go": false, "a.pyc": false, "a.json": false,
	} {
		if got := Supported(p); got != want {
			t.Errorf("Supported(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestNoticesAndDirectives(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "server.py", "from mcp.server.fastmcp import FastMCP\n"+
		"# mcplint:ignore MCP001 -- container, published on loopback\n"+
		"mcp = FastMCP(\"x\", host=\"0.0.0.0\")\n"+
		"# mcplint:ignore MCP001\n")
	broken := write(t, dir, "broken.py", "from mcp import x\ndef f(:\n    pass\nimport os\n")
	minified := write(t, dir, "bundle.js", "var a=1;"+strings.Repeat("a=a+1;", 25000)+"\n")
	huge := write(t, dir, "huge.py", "x = 1\n"+strings.Repeat("#", 300)+"\n")
	missing := filepath.Join(dir, "missing.py")
	out := Analyze([]string{good, broken, minified, huge, missing}, Options{MaxFileSize: 200})
	notice := func(file, substr string) bool {
		for _, n := range out.Notices {
			if n.File == file && strings.Contains(n.Message, substr) {
				return true
			}
		}
		return false
	}
	if !notice(broken, "syntax") {
		t.Errorf("no syntax notice for broken.py: %v", out.Notices)
	}
	if !notice(minified, "larger than") && !notice(minified, "minified") {
		t.Errorf("no skip notice for bundle.js: %v", out.Notices)
	}
	if !notice(huge, "larger than") {
		t.Errorf("no size notice for huge.py: %v", out.Notices)
	}
	if !notice(missing, "cannot read") {
		t.Errorf("no read notice for missing.py: %v", out.Notices)
	}
	if len(out.Directives) != 2 {
		t.Fatalf("want 2 directives, got %+v", out.Directives)
	}
	if d := out.Directives[0]; d.Pos.Line != 2 || d.Problem != "" || d.IDs[0] != "MCP001" {
		t.Errorf("bad first directive %+v", d)
	}
	if d := out.Directives[1]; d.Problem == "" {
		t.Errorf("directive without reason must carry a problem: %+v", d)
	}
	if len(out.Findings) != 1 || out.Findings[0].Pos.Line != 3 {
		t.Errorf("want the MCP001 finding on line 3, got %+v", out.Findings)
	}
	if out.Files != 2 {
		t.Errorf("Files = %d, want 2 (server.py, broken.py)", out.Files)
	}
}

func TestMinifiedJS(t *testing.T) {
	dir := t.TempDir()
	long := write(t, dir, "long.js", "var a=1;"+strings.Repeat("a=a+1;", 4000)+"\n")
	out := Analyze([]string{long}, Options{})
	// Reported, but generated code skipped by policy is not a failed run.
	if len(out.Notices) != 1 || !strings.Contains(out.Notices[0].Message, "minified") || out.Notices[0].Failed {
		t.Fatalf("want one minified notice that does not fail the run, got %+v", out.Notices)
	}
}

func TestNotAnMCPProject(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "app.py", "from flask import Flask\napp = Flask(__name__)\napp.run(host=\"0.0.0.0\")\n")
	ts := write(t, dir, "web/index.ts", "import express from 'express';\nexpress().listen(3000);\n")
	write(t, dir, "web/package.json", "{}")
	out := Analyze([]string{p, ts}, Options{})
	if len(out.Findings) != 0 {
		t.Fatalf("a project without an MCP SDK import must not be reported: %+v", out.Findings)
	}
}

func TestDeterministic(t *testing.T) {
	root, _ := filepath.Abs(filepath.Join("..", "testdata"))
	var files []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && Supported(p) {
			files = append(files, p)
		}
		return nil
	})
	first := Analyze(files, Options{Workers: 1})
	for _, w := range []int{2, runtime.GOMAXPROCS(0) * 2} {
		again := Analyze(files, Options{Workers: w})
		if len(again.Findings) != len(first.Findings) {
			t.Fatalf("workers=%d: %d findings, want %d", w, len(again.Findings), len(first.Findings))
		}
		for i := range first.Findings {
			a, b := first.Findings[i], again.Findings[i]
			if a.Pos != b.Pos || a.RuleID != b.RuleID || a.Message != b.Message {
				t.Fatalf("workers=%d: finding %d differs: %+v vs %+v", w, i, a, b)
			}
		}
	}
	if len(first.Findings) == 0 {
		t.Fatal("fixtures produced no findings")
	}
}

// TestHostileInputs feeds garbage in every supported extension; nothing
// may panic and every file must be accounted for.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	inputs := []string{
		"", "\x00\x01\x02", "def (((((", strings.Repeat("(", 5000), strings.Repeat("[", 3000) + "x",
		"import mcp\n" + strings.Repeat("x = x + '", 200), "\xff\xfe garbage \x80",
		"from mcp import *\n" + strings.Repeat("def f():\n  return f()\n", 50) + "f()\n",
		"import mcp\nclass A(A): pass\nA().x.y.z()\n", "import mcp\nx = [x for x in x if x]\nx[x][x] = x\n",
		"`${`${`${", "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nconst {a: {b}} = c; for (const [k, v] of x) {}\n",
	}
	var files []string
	for i, src := range inputs {
		for _, ext := range []string{".py", ".ts", ".tsx", ".js"} {
			files = append(files, write(t, dir, "f"+string(rune('a'+i))+ext, src))
		}
	}
	out := Analyze(files, Options{})
	for _, n := range out.Notices {
		if n.Level == rule.NoticeError {
			t.Errorf("internal error: %s", n)
		}
	}
}

// TestBoundsAreReported: a call chain of a dozen helpers is followed to
// its sink; one longer than the interpreter's stack bound is cut, and the
// cut is a warning, since a tool argument was on its way past it.
func TestBoundsAreReported(t *testing.T) {
	dir := t.TempDir()
	chain := func(n int) string {
		var b strings.Builder
		b.WriteString("import subprocess\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP(\"deep\")\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "def f%d(x):\n    return f%d(x)\n", i, i+1)
		}
		fmt.Fprintf(&b, "def f%d(x):\n    return subprocess.getoutput(x)\n", n)
		b.WriteString("@mcp.tool()\ndef deep(cmd: str) -> str:\n    return f0(cmd)\n")
		return b.String()
	}
	out := Analyze([]string{write(t, dir, "deep.py", chain(12))}, Options{})
	if len(out.Findings) != 1 || len(out.Notices) != 0 {
		t.Errorf("12 helpers: want 1 finding and no notice, got %+v %+v", out.Findings, out.Notices)
	}
	out = Analyze([]string{write(t, t.TempDir(), "deeper.py", chain(400))}, Options{})
	found := false
	for _, n := range out.Notices {
		if strings.Contains(n.Message, "call depth") && n.Level == rule.NoticeWarning && n.MayHideFinding {
			found = true
		}
	}
	if !found {
		t.Fatalf("want a call-depth warning, got %+v", out.Notices)
	}
}

func TestTestCode(t *testing.T) {
	for rel, want := range map[string]bool{
		"server.py": false, "tests/helpers.py": true, "pkg/test/util.py": true, "test_server.py": true,
		"pkg/server_test.py": true, "conftest.py": true, "testing.py": false, "attest.py": false,
		"src/index.ts": false, "src/index.test.ts": true, "src/index.spec.js": true, "src/__tests__/x.ts": true,
		"test/integration.mjs": true, "src/latest.ts": false, "src/contest/x.ts": false,
		"pkg/tests/x.go": false, "README.md": false, "tests/README.md": false,
	} {
		if got := Test(rel); got != want {
			t.Errorf("Test(%q) = %v, want %v", rel, got, want)
		}
	}
}

// Every language's tables are checked: unknown kinds and classes, empty
// or double conditions, patterns that cannot match, shadowed entries.
func TestTablesValid(t *testing.T) {
	for _, l := range Languages {
		for _, e := range engine.Validate(l) {
			t.Errorf("%s: %s", l.Name, e)
		}
	}
}
