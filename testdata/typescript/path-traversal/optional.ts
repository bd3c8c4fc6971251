// MCP003 fixtures: a validator that checks containment only when a root is
// configured, and returns without checking otherwise.
import * as path from "path";
import { promises as fs } from "fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const ALLOWED_ROOT = process.env.ALLOWED_ROOT;

function assertAllowed(p: string): void {
  if (!ALLOWED_ROOT) return; // no restriction configured
  const root = path.resolve(ALLOWED_ROOT);
  const full = path.resolve(p);
  if (!full.startsWith(root + path.sep)) {
    throw new Error("outside the allowed root");
  }
}

function assertInside(p: string): void {
  if (!ALLOWED_ROOT) {
    throw new Error("no root configured");
  }
  const root = path.resolve(ALLOWED_ROOT);
  const full = path.resolve(p);
  if (!full.startsWith(root + path.sep)) {
    throw new Error("outside the allowed root");
  }
}

const server = new McpServer({ name: "optional", version: "1.0.0" });

server.tool("read_optional", "Read a file", { file: z.string() }, async ({ file }) => {
  assertAllowed(file);
  return { content: [{ type: "text", text: await fs.readFile(file, "utf-8") }] }; // want "tool argument \"file\" reaches fs.promises.readFile without a containment check"
});

server.tool("read_required", "Read a file", { name: z.string() }, async ({ name }) => {
  assertInside(name);
  // good: assertInside throws unless the resolved path lies under the configured root
  return { content: [{ type: "text", text: await fs.readFile(name, "utf-8") }] };
});
