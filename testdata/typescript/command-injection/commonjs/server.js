// MCP002 fixtures: a CommonJS server (require, module.exports, exports.x)
// is an MCP server like its ESM twin.
const { exec, execFile } = require("child_process");
const cp = require("node:child_process");
const execSync = require("child_process").execSync;
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");
const runAll = require("./run-all");
const { runNamed } = require("./run-named");
const tasks = require("./tasks");
const safe = require("./safe");

const server = new McpServer({ name: "cjs", version: "1.0.0" });

server.tool("ping", "Ping a host", { host: z.string() }, async (args) => {
  exec(`ping -c 1 ${args.host}`); // want "tool argument \"host\" reaches child_process.exec"
  cp.exec("ping " + args.host); // want "tool argument \"host\" reaches child_process.exec"
  execSync("ping " + args.host); // want "tool argument \"host\" reaches child_process.execSync"
  // good: execFile with an argv list runs no shell
  execFile("ping", ["-c", "1", args.host]);
  return { content: [] };
});

server.tool("run", "Run a task", { task: z.string() }, async ({ task }) => {
  runAll(task);
  runNamed(task);
  tasks.build(task);
  tasks.clean(task);
  // good: the helper module quotes the argument before the shell sees it
  safe.run(task);
  return { content: [] };
});
