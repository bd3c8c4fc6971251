// MCP003 fixtures: a validator that returns the checked path or throws,
// asking a predicate in another module (the filesystem server's shape).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import { z } from "zod";
import { validatePath, validateLoosely, validateUnresolved } from "./validate.js";

const server = new McpServer({ name: "files", version: "1.0.0" });

server.tool("read", { path: z.string() }, async ({ path }) => {
  // good: validatePath resolves the path and throws unless it is inside an allowed directory
  const valid = await validatePath(path);
  return { content: [{ type: "text", text: await fs.readFile(valid, "utf8") }] };
});

server.tool("read_loose", { path: z.string() }, async ({ path }) => {
  const valid = await validateLoosely(path);
  return { content: [{ type: "text", text: await fs.readFile(valid, "utf8") }] }; // want "tool argument \"path\" reaches fs/promises.readFile without a containment check"
});

server.tool("read_unresolved", { path: z.string() }, async ({ path }) => {
  const valid = validateUnresolved(path);
  return { content: [{ type: "text", text: await fs.readFile(valid, "utf8") }] }; // want "tool argument \"path\" reaches fs/promises.readFile without a containment check \\(containment check on a path that was not resolved first\\)"
});
