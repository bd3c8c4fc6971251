// MCP002 fixtures: McpServer tools that run processes.
import { exec, execSync, execFile, spawn } from "node:child_process";
import * as cp from "child_process";
import { promisify } from "node:util";
import util from "util";
import { exec as run } from "child_process";
import { z } from "zod";
import { quote } from "shell-quote";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { runShell } from "./helpers.js";

const server = new McpServer({ name: "shell", version: "1.0.0" });
const execAsync = promisify(exec);
const cpExec = util.promisify(cp.exec);

server.tool("ping", "Ping a host", { host: z.string() }, async ({ host }) => {
  const out = execSync(`ping -c 1 ${host}`); // want "tool argument \"host\" reaches child_process.execSync"
  return { content: [{ type: "text", text: out.toString() }] };
});

server.tool("ping_argv", { host: z.string() }, async ({ host }) => {
  // good: execFile passes the argument as one argv element, no shell
  execFile("ping", ["-c", "1", host]);
  return { content: [] };
});

server.tool("ping_quoted", { host: z.string() }, async ({ host }) => {
  // good: shell-quote makes the argument one shell word
  exec(`ping -c 1 ${quote([host])}`);
  return { content: [] };
});

server.registerTool(
  "grep",
  { description: "grep", inputSchema: { pattern: z.string(), count: z.number() } },
  async ({ pattern, count }) => {
    const { stdout } = await execAsync("grep -r " + pattern + " ."); // want "tool argument \"pattern\" reaches child_process.exec"
    // good: count is a z.number()
    await execAsync(`seq ${count}`);
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.tool("util_promisify", { dir: z.string() }, async (args) => {
  await cpExec(`ls ${args.dir}`); // want "tool argument \"dir\" reaches child_process.exec"
  return { content: [] };
});

server.tool("aliased", { target: z.string() }, async ({ target: t }) => {
  run("make " + t); // want "tool argument \"target\" reaches child_process.exec"
  return { content: [] };
});

server.tool("spawn_shell", { script: z.string() }, async ({ script }) => {
  spawn(script, { shell: true }); // want "tool argument \"script\" reaches child_process.spawn with shell: true"
  spawn("bash", ["-c", script]); // want "tool argument \"script\" reaches child_process.spawn"
  return { content: [] };
});

server.tool("program", { program: z.string(), arg: z.string() }, async ({ program, arg }) => {
  spawn(program, [arg]); // want "tool argument \"program\" reaches child_process.spawn"
  // good: the argument is an argument, not a program or a shell string
  spawn("git", ["log", arg]);
  return { content: [] };
});

server.tool("mode", { mode: z.enum(["fast", "slow"]), level: z.literal("x") }, async ({ mode, level }) => {
  // good: z.enum and z.literal narrow the values to fixed strings
  execSync(`run --mode ${mode} --level ${level}`);
  return { content: [] };
});

server.tool("helper", { pattern: z.string() }, async ({ pattern }) => {
  return { content: [{ type: "text", text: await runShell(pattern) }] };
});

server.tool("spread", { name: z.string() }, async (args) => {
  const opts = { ...args };
  const parts = ["echo", opts.name];
  execSync(parts.join(" ")); // want "tool argument \"name\" reaches child_process.execSync"
  return { content: [] };
});

server.tool("then", { file: z.string() }, async ({ file }) => {
  Promise.resolve(file).then((f) => execSync("cat " + f)); // want "reaches child_process.execSync"
  return { content: [] };
});

function notATool(cmd: string) {
  // good: not an MCP handler, and nothing calls it from one
  execSync(cmd);
}
