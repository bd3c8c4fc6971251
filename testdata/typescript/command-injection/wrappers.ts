// MCP002 fixtures: libraries that wrap a process: simple-git (option
// injection into git's argv) and node-pty.
import { simpleGit } from "simple-git";
import * as pty from "node-pty";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const git = simpleGit("/srv/repo");
const server = new McpServer({ name: "wrappers", version: "1.0.0" });

server.tool("git_log", { ref: z.string() }, async ({ ref }) => {
  await git.raw(["log", ref]); // want "tool argument \"ref\" can inject options into git.raw"
  // good: "--" ends the options, so ref can only be a revision or path
  await git.raw(["log", "--", ref]);
  return { content: [] };
});

server.tool("git_checkout", { branch: z.string() }, async ({ branch }) => {
  await git.checkout(branch); // want "tool argument \"branch\" can inject options into git.checkout"
  return { content: [] };
});

server.tool("git_checkout_checked", { branch: z.string() }, async ({ branch }) => {
  // good: a name starting with "-" is rejected before it reaches git
  if (branch.startsWith("-")) {
    throw new Error("invalid branch");
  }
  await git.checkout(branch);
  return { content: [] };
});

server.tool("terminal", { shell: z.string() }, async ({ shell }) => {
  pty.spawn(shell, [], {}); // want "tool argument \"shell\" reaches node-pty.spawn"
  // good: a fixed program with the argument as an argv element
  pty.spawn("less", [shell], {});
  return { content: [] };
});
