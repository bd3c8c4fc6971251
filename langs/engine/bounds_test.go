package engine_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcpsec/mcplint/analyzers/rule"
	"github.com/mcpsec/mcplint/langs/engine"
	"github.com/mcpsec/mcplint/langs/python"
	"github.com/mcpsec/mcplint/langs/typescript"
)

// pyChain is a tool whose argument passes through n helpers before it
// reaches a shell.
func pyChain(n int) string {
	var b strings.Builder
	b.WriteString("import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"x\")\n\n")
	for i := 0; i < n; i++ {
		next := fmt.Sprintf("g%d(x)", i+1)
		if i == n-1 {
			next = "subprocess.run(x, shell=True)"
		}
		fmt.Fprintf(&b, "def g%d(x):\n    return %s\n\n", i, next)
	}
	b.WriteString("@mcp.tool()\ndef run(x: str) -> str:\n    return g0(x)\n")
	return b.String()
}

func tsChain(n int) string {
	var b strings.Builder
	b.WriteString("import { McpServer } from \"@modelcontextprotocol/sdk/server/mcp.js\";\nimport { z } from \"zod\";\nimport { execSync } from \"child_process\";\n\nconst server = new McpServer({ name: \"x\", version: \"1\" });\n\n")
	for i := 0; i < n; i++ {
		next := fmt.Sprintf("g%d(x)", i+1)
		if i == n-1 {
			next = "execSync(x)"
		}
		fmt.Fprintf(&b, "function g%d(x: string) {\n  return %s;\n}\n\n", i, next)
	}
	b.WriteString("server.tool(\"run\", \"Run\", { x: z.string() }, async ({ x }) => {\n  g0(x);\n  return { content: [] };\n});\n")
	return b.String()
}

func findings(out rule.Output, id string) []rule.Finding {
	var fs []rule.Finding
	for _, f := range out.Findings {
		if f.RuleID == id {
			fs = append(fs, f)
		}
	}
	return fs
}

// TestCallDepthIsNoOffSwitch: a chain of pass-through helpers of any
// length found in real code is followed to the sink, in both languages
// of the engine, and a helper reached along many paths is interpreted
// once per source, not once per path.
func TestCallDepthIsNoOffSwitch(t *testing.T) {
	for _, n := range []int{9, 30, 100} {
		for _, c := range []struct {
			lang *engine.Lang
			name string
			src  string
		}{
			{python.Lang, "server.py", pyChain(n)},
			{typescript.Lang, "server.ts", tsChain(n)},
		} {
			dir := t.TempDir()
			p := filepath.Join(dir, c.name)
			writeTemp(t, p, c.src)
			out := engine.Run([]string{p}, []*engine.Lang{c.lang}, engine.Options{Workers: 1})
			if got := findings(out, "MCP002"); len(got) != 1 {
				t.Errorf("%s with %d helpers: %d MCP002 findings, want 1; notices %v", c.name, n, len(got), out.Notices)
			}
		}
	}
}

// TestDiamondCallsAreLinear: every helper calls the next one twice, so
// there are 2^40 call paths; summaries per source make it cheap.
func TestDiamondCallsAreLinear(t *testing.T) {
	var b strings.Builder
	b.WriteString("import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"x\")\n\n")
	const n = 40
	for i := 0; i < n; i++ {
		if i == n-1 {
			fmt.Fprintf(&b, "def g%d(x):\n    return subprocess.run(x, shell=True)\n\n", i)
			continue
		}
		fmt.Fprintf(&b, "def g%d(x):\n    a = g%d(x)\n    b = g%d(x + \"-\")\n    return a\n\n", i, i+1, i+1)
	}
	b.WriteString("@mcp.tool()\ndef run(x: str) -> str:\n    return g0(x)\n")
	dir := t.TempDir()
	p := filepath.Join(dir, "server.py")
	writeTemp(t, p, b.String())
	start := time.Now()
	out := engine.Run([]string{p}, []*engine.Lang{python.Lang}, engine.Options{Workers: 1})
	if got := findings(out, "MCP002"); len(got) != 1 {
		t.Errorf("%d MCP002 findings, want 1; notices %v", len(got), out.Notices)
	}
	for _, nt := range out.Notices {
		t.Errorf("unexpected notice: %v", nt)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestPaddingCannotDrainBudget: two files that spend far more than a
// project budget's worth of steps leave the server beside them its own
// budget, and their cut is reported.
func TestPaddingCannotDrainBudget(t *testing.T) {
	dir := t.TempDir()
	line := "X = [" + strings.Repeat("1,", 5000) + "1]\n"
	var files []string
	for _, name := range []string{"a_pad.py", "b_pad.py"} {
		p := filepath.Join(dir, name)
		writeTemp(t, p, "from mcp.server.fastmcp import FastMCP\n"+strings.Repeat(line, 42))
		files = append(files, p)
	}
	server := filepath.Join(dir, "z_server.py")
	writeTemp(t, server, "import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"x\")\n\n@mcp.tool()\ndef run(x: str) -> str:\n    return subprocess.run(x, shell=True)\n")
	files = append(files, server)
	out := engine.Run(files, []*engine.Lang{python.Lang}, engine.Options{Workers: 1})
	if got := findings(out, "MCP002"); len(got) != 1 {
		t.Errorf("%d MCP002 findings, want 1; notices %v", len(got), out.Notices)
	}
	cut := map[string]bool{}
	for _, n := range out.Notices {
		if strings.Contains(n.Message, "steps") {
			cut[filepath.Base(n.File)] = true
		}
	}
	if !cut["a_pad.py"] || !cut["b_pad.py"] || cut["z_server.py"] {
		t.Errorf("budget notices for %v, want the two padding files only", cut)
	}
}

// TestLongConcatenationIsLinear: a 40,000-term concatenation is analysed
// in well under a second (it was quadratic), and the tool after it is
// still checked.
func TestLongConcatenationIsLinear(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "server.py")
	writeTemp(t, p, "import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"x\")\nPAD = "+
		strings.TrimSuffix(strings.Repeat("\"a\" + ", 40000), " + ")+
		"\n\n@mcp.tool()\ndef run(x: str) -> str:\n    return subprocess.run(PAD + x, shell=True)\n")
	out, analysis := engine.AnalysisTime([]string{p}, []*engine.Lang{python.Lang}, engine.Options{Workers: 1})
	if got := findings(out, "MCP002"); len(got) != 1 {
		t.Errorf("%d MCP002 findings, want 1; notices %v", len(got), out.Notices)
	}
	if analysis > time.Second {
		t.Errorf("analysis took %v", analysis)
	}
}

// TestKnownTextIsBounded: doubling a constant does not build a string
// of gigabytes; past the bound the value is unknown.
func TestKnownTextIsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("from mcp.server.fastmcp import FastMCP\n\nc0 = \"0.0.0.0:\"\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "c%d = c%d + c%d\n", i, i-1, i-1)
	}
	b.WriteString("mcp = FastMCP(\"x\", host=c40)\n")
	dir := t.TempDir()
	p := filepath.Join(dir, "server.py")
	writeTemp(t, p, b.String())
	start := time.Now()
	engine.Run([]string{p}, []*engine.Lang{python.Lang}, engine.Options{Workers: 1})
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// nestedCalls is g(x, g(x, ... x)) nested n deep: more than one token a
// byte, the shape whose trees took about 500 times the file's size.
func nestedCalls(n int) string {
	return strings.Repeat("g(x, ", n) + "x" + strings.Repeat(")", n)
}

// TestDenseFileIsSkippedBeforeParsing: a file holding more tokens than a
// file within -max-file-size may hold is reported as skipped, a failure
// like an oversize file, and is never parsed; the server beside it is
// still analysed.
func TestDenseFileIsSkippedBeforeParsing(t *testing.T) {
	for _, tc := range []struct {
		lang       *engine.Lang
		dense, srv string
		server     string
	}{
		{python.Lang, "dense.py", "server.py", pyChain(1)},
		{typescript.Lang, "dense.ts", "server.ts", tsChain(1)},
	} {
		dir := t.TempDir()
		dense, srv := filepath.Join(dir, tc.dense), filepath.Join(dir, tc.srv)
		writeTemp(t, dense, "y = "+nestedCalls(3000)+"\n") // about 15,000 tokens in 18,000 bytes
		writeTemp(t, srv, tc.server)
		out := engine.Run([]string{dense, srv}, []*engine.Lang{tc.lang}, engine.Options{Workers: 2, MaxFileSize: 20000})
		var skipped bool
		for _, n := range out.Notices {
			if n.File == dense && n.Failed && strings.Contains(n.Message, "tokens is more than the 10000") {
				skipped = true
			}
		}
		if !skipped {
			t.Errorf("%s: dense file not reported as skipped: %v", tc.dense, out.Notices)
		}
		if out.Files != 1 {
			t.Errorf("%s: %d files parsed, want only the server", tc.dense, out.Files)
		}
		if got := findings(out, "MCP002"); len(got) != 1 {
			t.Errorf("%s: %d MCP002 findings beside it, want 1", tc.dense, len(got))
		}
	}
}

// TestDeepNestingIsBounded: code nested deeper than the interpreter
// follows (real code nests a few dozen levels) is analysed up to the
// bound, with a notice, in bounded time and stack, and the tool after it
// is still checked.
func TestDeepNestingIsBounded(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "server.py")
	writeTemp(t, p, "import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"x\")\n\ndef g(a, b):\n    return b\n\nPAD = "+
		nestedCalls(5000)+"\n\n@mcp.tool()\ndef run(x: str) -> str:\n    return subprocess.run(x, shell=True)\n")
	out, analysis := engine.AnalysisTime([]string{p}, []*engine.Lang{python.Lang}, engine.Options{Workers: 1})
	if got := findings(out, "MCP002"); len(got) != 1 {
		t.Errorf("%d MCP002 findings, want 1; notices %v", len(got), out.Notices)
	}
	var noted bool
	for _, n := range out.Notices {
		noted = noted || strings.Contains(n.Message, "nested deeper than")
	}
	if !noted {
		t.Errorf("no notice of the nesting bound: %v", out.Notices)
	}
	if analysis > 5*time.Second {
		t.Errorf("analysis took %v", analysis)
	}
}
