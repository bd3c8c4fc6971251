// MCP002 fixtures in JavaScript: npm fastmcp and CommonJS require.
const { FastMCP } = require("fastmcp");
const { z } = require("zod");
const cp = require("child_process");
const { execSync } = require("node:child_process");

const server = new FastMCP({ name: "js", version: "1.0.0" });

server.addTool({
  name: "run",
  parameters: z.object({ cmd: z.string(), n: z.number() }),
  execute: async (args) => {
    cp.exec(args.cmd); // want "tool argument \"cmd\" reaches child_process.exec"
    // good: n is a z.number()
    execSync("sleep " + args.n);
    return "ok";
  },
});

async function listDir({ dir }) {
  return execSync(`ls -la ${dir}`).toString(); // want "tool argument \"dir\" reaches child_process.execSync"
}

server.addTool({ name: "ls", parameters: z.object({ dir: z.string() }), execute: listDir });
