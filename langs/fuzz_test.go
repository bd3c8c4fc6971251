package langs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The fuzz targets analyse arbitrary bytes as one file of a project whose
// companion file imports the MCP SDK, registers a tool and hands its
// argument to functions the fuzzed file may define, so the whole engine
// (parse, imports, interpretation, taint, checks) runs on the input. They
// fail on any internal error (the engine recovers panics into notices), on
// a finding outside the file's lines, and on a run that takes more than a
// minute (the per-file budget is 5 s; the margin absorbs loaded machines).

const pyCompanion = `from mcp.server.fastmcp import FastMCP
from target import *
import target

mcp = FastMCP("fuzz", host="0.0.0.0")

@mcp.tool()
def tool(arg: str) -> str:
    handler(arg)
    return target.run(arg)
`

const tsCompanion = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { handler, run } from "./target";

const server = new McpServer({ name: "fuzz", version: "1.0.0" });
server.tool("tool", { arg: z.string() }, async ({ arg }) => {
  handler(arg);
  return run(arg);
});
`

var fuzzSeeds = map[string][]string{
	".py": {
		"import subprocess\ndef handler(x):\n    subprocess.run(x, shell=True)\n",
		"import os\ndef run(p):\n    return open(os.path.join('/srv', p)).read()\n",
		"def handler(x):\n    eval(f\"{x}\")\n    exec('%s' % x)\n    return '{}'.format(x)\n",
		"class C:\n    def __init__(self, a):\n        self.a = a\n    def run(self):\n        return self.a\nrun = C(1).run\n",
		"def handler(x):\n    return handler(x)\n",
		"async def run(x):\n    async with a as b:\n        yield [y async for y in x if (z := y)]\n",
		"def handler(x, /, *a, k=1, **kw):\n    lambda: x\n    match x:\n        case {'a': [1, *r]}: pass\n",
		"@decorator\n@mcp.tool()\ndef handler(x):\n    try:\n        raise x\n    except* E as e:\n        pass\n",
		"def handler(:\n  return ((\nclass\n",
		"x = '\xff\xfe'\n\x00\x01",
		"\xef\xbb\xbfdef handler(x):\r\n    return x\r\n",
		"",
	},
	".ts": {
		"import { exec } from 'child_process';\nexport function handler(x: string) { exec(`ls ${x}`); }\n",
		"import * as fs from 'fs';\nexport const run = (p: string) => fs.readFileSync(path.join('/srv', p));\n",
		"export class A<T extends keyof U> { #p = 1; constructor(private x: T) {} run() { return this.x as unknown as never; } }\n",
		"export function handler({ a: [b, ...c] = [], ...d }: any) { return eval(b + c); }\n",
		"export async function* run(x) { for await (const y of x) yield* y; }\n",
		"export type * from './x';\nexport const handler = (x) => x satisfies Y;\n",
		"const x = <T,>(a: T) => a;\nexport default x;\nenum E { A = 1 }\ndeclare module 'm' {}\n",
		"export function handler(x) { return handler(handler(x)); }\n",
		"export function handler(x) { app.listen(x); fetch(x); db.query(`SELECT ${x}`); }\n",
		"function (\n{{{\n",
		"const a = 1;\x00\x00const b = 2;\n",
		"",
	},
	".js": {
		"const { exec } = require('child_process');\nexports.handler = function (x) { exec('ls ' + x); };\n",
		"module.exports.run = async (p) => (await import('fs')).readFileSync(p);\n",
		"export function handler(x) { new Function(x)(); setTimeout(x); }\n",
		"var a=1;a=a+1;a=a+1;a=a+1;\n",
		"/* unterminated",
		"`${`${`${x}`}`}`\n",
		"",
	},
}

func fuzzEngine(f *testing.F, ext string) {
	for _, s := range fuzzSeeds[ext] {
		f.Add([]byte(s))
	}
	// The rule fixtures are realistic MCP servers: mutations of them reach
	// deep into handler discovery and taint.
	fixtures := filepath.Join("..", "testdata", "typescript")
	if ext == ".py" {
		fixtures = filepath.Join("..", "testdata", "python")
	}
	filepath.WalkDir(fixtures, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (filepath.Ext(p) == ext || ext == ".js" && filepath.Ext(p) == ".ts") {
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				f.Add(b)
			}
		}
		return nil
	})
	companion, name := pyCompanion, "server.py"
	if ext != ".py" {
		companion, name = tsCompanion, "server"+ext
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		dir := t.TempDir()
		target := filepath.Join(dir, "target"+ext)
		server := filepath.Join(dir, name)
		if err := os.WriteFile(target, src, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(server, []byte(companion), 0o644); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		out := Analyze([]string{server, target}, Options{Workers: 1, FileTimeout: 5 * time.Second})
		if d := time.Since(start); d > time.Minute {
			t.Fatalf("analysis took %v", d)
		}
		for _, n := range out.Notices {
			if strings.Contains(n.Message, "internal error") {
				t.Fatalf("engine failed: %s: %s", filepath.Base(n.File), n.Message)
			}
		}
		lines := strings.Count(string(src), "\n") + 1
		for _, fd := range out.Findings {
			if fd.Pos.File != target {
				continue
			}
			if fd.Pos.Line < 1 || fd.Pos.Line > lines || fd.Pos.Col < 1 || fd.End.Line < fd.Pos.Line {
				t.Fatalf("finding outside the file (%d lines): %+v", lines, fd)
			}
		}
	})
}

func FuzzPython(f *testing.F)     { fuzzEngine(f, ".py") }
func FuzzTypeScript(f *testing.F) { fuzzEngine(f, ".ts") }
func FuzzJavaScript(f *testing.F) { fuzzEngine(f, ".js") }
