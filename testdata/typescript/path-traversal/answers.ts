// MCP003 fixtures: validators that answer a failed check with a value.
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const ROOT = path.resolve("/srv/notes");
const server = new McpServer({ name: "answers", version: "1.0.0" });

function nameOk(name: string): boolean {
  const full = path.resolve(ROOT, name);
  if (!full.startsWith(ROOT + path.sep)) {
    return false;
  }
  return true;
}

function nameProblem(name: string): string | null {
  const full = path.resolve(ROOT, name);
  if (!full.startsWith(ROOT + path.sep)) {
    return "bad name";
  }
  return null;
}

function nameOrThrow(name: string): boolean {
  const full = path.resolve(ROOT, name);
  if (!full.startsWith(ROOT + path.sep)) {
    throw new Error("bad name");
  }
  return true;
}

server.tool("read_flag_ignored", { name: z.string() }, async ({ name }) => {
  nameOk(name); // false for "../x", and nobody looks
  return { content: [{ type: "text", text: await readFile(path.join(ROOT, name), "utf8") }] }; // want "tool argument \"name\" reaches fs/promises.readFile without a containment check"
});

server.tool("read_answer_ignored", { name: z.string() }, async ({ name }) => {
  nameProblem(name); // the answer is dropped
  return { content: [{ type: "text", text: await readFile(path.join(ROOT, name), "utf8") }] }; // want "tool argument \"name\" reaches fs/promises.readFile without a containment check"
});

server.tool("read_flag_tested", { name: z.string() }, async ({ name }) => {
  if (!nameOk(name)) {
    return { content: [] };
  }
  // good: nameOk is true only for a name resolving inside ROOT
  return { content: [{ type: "text", text: await readFile(path.join(ROOT, name), "utf8") }] };
});

server.tool("read_answer_tested", { name: z.string() }, async ({ name }) => {
  const err = nameProblem(name);
  if (err) {
    return { content: [{ type: "text", text: err }] };
  }
  // good: nameProblem gives null only for a name resolving inside ROOT
  return { content: [{ type: "text", text: await readFile(path.join(ROOT, name), "utf8") }] };
});

server.tool("read_thrown", { name: z.string() }, async ({ name }) => {
  // good: nameOrThrow throws for a name resolving outside ROOT, so its
  // true answer need not be read
  nameOrThrow(name);
  return { content: [{ type: "text", text: await readFile(path.join(ROOT, name), "utf8") }] };
});
