// MCP002 fixtures: a helper that runs the command inside a function passed
// to a library call with no model (a Promise executor), called from a
// handler that a registration function registers.
import { spawn } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

function runShell(command: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, [], { shell: true }); // want "tool argument \"command\" reaches child_process.spawn with shell: true"
    child.on("close", resolve);
  });
}

function runFixed(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    // good: a fixed executable; the arguments are argv, without a shell
    const child = spawn("ls", args);
    child.on("close", resolve);
  });
}

export function registerTools(server: McpServer) {
  server.tool("shell", "Run a command", { command: z.string() }, async ({ command }) => {
    await runShell(command);
    await runFixed(["-l", command]);
    return { content: [] };
  });
}

registerTools(new McpServer({ name: "callbacks", version: "1.0.0" }));
