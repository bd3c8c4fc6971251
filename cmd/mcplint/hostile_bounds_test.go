package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// boundsTree holds the reproductions of bounds that used to switch the
// tree-sitter engine off without a word: a long chain of pass-through
// helpers, padding files that spent the project's step budget before the
// server was reached, and a concatenation of 40,000 terms in front of a
// tool. Each directory holds one command injection that must be found.
func boundsTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	w := func(name, data string) { writeFile(t, filepath.Join(dir, name), []byte(data)) }
	const head = "import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"x\")\n\n"
	var chain strings.Builder
	chain.WriteString(head)
	for i := 0; i < 9; i++ {
		next := fmt.Sprintf("g%d(x)", i+1)
		if i == 8 {
			next = "subprocess.run(x, shell=True)"
		}
		fmt.Fprintf(&chain, "def g%d(x):\n    return %s\n\n", i, next)
	}
	chain.WriteString("@mcp.tool()\ndef run(x: str) -> str:\n    return g0(x)\n")
	w("chain/server.py", chain.String())

	var tsChain strings.Builder
	tsChain.WriteString("import { McpServer } from \"@modelcontextprotocol/sdk/server/mcp.js\";\nimport { z } from \"zod\";\nimport { execSync } from \"child_process\";\n\nconst server = new McpServer({ name: \"x\", version: \"1\" });\n\n")
	for i := 0; i < 9; i++ {
		next := fmt.Sprintf("g%d(x)", i+1)
		if i == 8 {
			next = "execSync(x)"
		}
		fmt.Fprintf(&tsChain, "function g%d(x: string) {\n  return %s;\n}\n\n", i, next)
	}
	tsChain.WriteString("server.tool(\"run\", \"Run\", { x: z.string() }, async ({ x }) => {\n  g0(x);\n  return { content: [] };\n});\n")
	w("tschain/server.ts", tsChain.String())

	pad := "from mcp.server.fastmcp import FastMCP\n" + strings.Repeat("X = ["+strings.Repeat("1,", 5000)+"1]\n", 42)
	w("pad/a_pad.py", pad)
	w("pad/b_pad.py", pad)
	w("pad/z_server.py", head+"@mcp.tool()\ndef run(x: str) -> str:\n    return subprocess.run(x, shell=True)\n")

	w("concat/server.py", head+"PAD = "+strings.TrimSuffix(strings.Repeat("\"a\" + ", 40000), " + ")+
		"\n\n@mcp.tool()\ndef run(x: str) -> str:\n    return subprocess.run(PAD + x, shell=True)\n")
	return dir
}

// TestHostileBounds: every reproduction's injection is found, with exit
// code 1. Time is taken out of the question (-file-timeout 0, so a busy
// machine cannot fail it); the engine's tests bound the time of each.
func TestHostileBounds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds files of several hundred kilobytes")
	}
	dir := boundsTree(t)
	start := time.Now()
	stdout, stderr, code := mcplint(t, dir, "-file-timeout", "0", "-format", "json", ".")
	if d := time.Since(start); d > time.Minute {
		t.Errorf("took %v", d)
	}
	var rep struct {
		Findings []struct{ Rule, File string }
		Notices  []struct{ Level, File, Message string }
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	got := map[string]bool{}
	for _, f := range rep.Findings {
		if f.Rule == "MCP002" {
			got[f.File] = true
		}
	}
	for _, want := range []string{"chain/server.py", "tschain/server.ts", "pad/z_server.py", "concat/server.py"} {
		if !got[want] {
			t.Errorf("no MCP002 finding in %s; findings %v\nstderr:\n%s", want, rep.Findings, stderr)
		}
	}
	if code != exitFindings {
		t.Errorf("exit code %d, want %d", code, exitFindings)
	}
}
