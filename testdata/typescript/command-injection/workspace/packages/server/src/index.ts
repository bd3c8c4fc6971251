// MCP002 fixtures: a server package of a workspace imports helpers of
// another package of the same workspace by its package name.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { runShell, runArgv } from "@fixtures/shared";
import { gitLog } from "@fixtures/shared/git";

const server = new McpServer({ name: "workspace", version: "1.0.0" });

server.tool("shell", "Run a command", { command: z.string() }, async ({ command }) => {
  runShell(command);
  runArgv("ls", ["-l", command]);
  return { content: [] };
});

server.tool("log", "Git log", { ref: z.string() }, async ({ ref }) => {
  gitLog(ref);
  return { content: [] };
});
