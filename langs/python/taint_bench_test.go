package python_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/langs/engine"
)

// BenchmarkTaintLargeFunction analyses one tool handler of about 3,000
// lines: a chain of assignments, f-strings, concatenations, branches and
// calls to a local helper, ending in a shell sink. It measures taint
// propagation (and its step budget) rather than parsing.
func BenchmarkTaintLargeFunction(b *testing.B) {
	var src strings.Builder
	src.WriteString("import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"big\")\n\n\n")
	src.WriteString("def wrap(s, n):\n    return f\"[{n}] {s}\"\n\n\n")
	src.WriteString("@mcp.tool()\ndef big(cmd: str, count: int) -> str:\n    v0 = cmd\n")
	const n = 600
	for i := 1; i <= n; i++ {
		p := fmt.Sprintf("v%d", i-1)
		switch i % 5 {
		case 0:
			fmt.Fprintf(&src, "    v%d = %s + \" x\"\n", i, p)
		case 1:
			fmt.Fprintf(&src, "    v%d = f\"{%s} -n {count}\"\n", i, p)
		case 2:
			fmt.Fprintf(&src, "    if count > %d:\n        v%d = wrap(%s, count)\n    else:\n        v%d = \" \".join([%s, \"y\"])\n", i, i, p, i, p)
		case 3:
			fmt.Fprintf(&src, "    parts%d = {\"a\": %s, \"b\": [count, %s]}\n    v%d = parts%d[\"a\"]\n", i, p, p, i, i)
		case 4:
			fmt.Fprintf(&src, "    v%d = \"%%s z\" %% %s\n", i, p)
		}
	}
	fmt.Fprintf(&src, "    return subprocess.run(v%d, shell=True, capture_output=True).stdout\n", n)
	dir := b.TempDir()
	p := filepath.Join(dir, "big.py")
	if err := os.WriteFile(p, []byte(src.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(src.Len()))
	b.ReportAllocs()
	for b.Loop() {
		out := engine.Run([]string{p}, langs, engine.Options{Workers: 1})
		if len(out.Findings) == 0 {
			b.Fatalf("no finding; notices: %v", out.Notices)
		}
	}
}
