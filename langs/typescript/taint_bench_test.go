package typescript_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsec/mcplint/langs/engine"
)

// BenchmarkTaintLargeFunction analyses one tool handler of about 3,000
// lines: a chain of assignments, template literals, concatenations,
// destructuring, branches and calls to a local helper, ending in a shell
// sink. It measures taint propagation (and its step budget) rather than
// parsing.
func BenchmarkTaintLargeFunction(b *testing.B) {
	var src strings.Builder
	src.WriteString("import { execSync } from \"node:child_process\";\nimport { z } from \"zod\";\n")
	src.WriteString("import { McpServer } from \"@modelcontextprotocol/sdk/server/mcp.js\";\n\n")
	src.WriteString("const server = new McpServer({ name: \"big\", version: \"1.0.0\" });\n\n")
	src.WriteString("function wrap(s: string, n: number): string {\n  return `[${n}] ${s}`;\n}\n\n")
	src.WriteString("server.tool(\"big\", { cmd: z.string(), count: z.number() }, async ({ cmd, count }) => {\n  let v0 = cmd;\n")
	const n = 600
	for i := 1; i <= n; i++ {
		p := fmt.Sprintf("v%d", i-1)
		switch i % 5 {
		case 0:
			fmt.Fprintf(&src, "  const v%d = %s + \" x\";\n", i, p)
		case 1:
			fmt.Fprintf(&src, "  const v%d = `${%s} -n ${count}`;\n", i, p)
		case 2:
			fmt.Fprintf(&src, "  let v%d: string;\n  if (count > %d) {\n    v%d = wrap(%s, count);\n  } else {\n    v%d = [%s, \"y\"].join(\" \");\n  }\n", i, i, i, p, i, p)
		case 3:
			fmt.Fprintf(&src, "  const parts%d = { a: %s, b: [count, %s] };\n  const { a: v%d } = parts%d;\n", i, p, p, i, i)
		case 4:
			fmt.Fprintf(&src, "  const v%d = %s.trim();\n", i, p)
		}
	}
	fmt.Fprintf(&src, "  return { content: [{ type: \"text\", text: execSync(v%d).toString() }] };\n});\n", n)
	dir := b.TempDir()
	p := filepath.Join(dir, "big.ts")
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
