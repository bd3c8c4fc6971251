// MCP003 fixtures: identifiers checked by an allow-list pattern in helper
// functions, the shape of an ID parser that returns the ID or null.
import { readFileSync } from "node:fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "idpatterns", version: "1.0.0" });

// dots and a "/" inside, never "..", never a leading "/"
const PAPER_ID = /^(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/i;
// dots anywhere: ".." matches
const LOOSE_ID = new RegExp("^[\\w.-]+$");

function isPaperId(s: string): boolean {
  return Boolean(PAPER_ID.test(s));
}

function parsePaperId(raw: string): string | null {
  const v = raw.trim();
  if (!isPaperId(v)) return null;
  return v;
}

function parseLooseId(raw: string): string | null {
  const v = raw.trim();
  if (v.match(LOOSE_ID) === null) return null;
  return v;
}

server.tool("read_paper", "Read a paper", { id: z.string() }, async ({ id }) => {
  // good: the parser returns only what the anchored pattern allows
  const pid = parsePaperId(id);
  if (pid === null) return { content: [{ type: "text", text: "bad id" }] };
  return { content: [{ type: "text", text: readFileSync(`/srv/papers/${pid}.md`, "utf8") }] };
});

server.tool("read_loose", "Read a paper", { id: z.string() }, async ({ id }) => {
  const pid = parseLooseId(id);
  if (pid === null) return { content: [{ type: "text", text: "bad id" }] };
  return { content: [{ type: "text", text: readFileSync(`/srv/papers/${pid}.md`, "utf8") }] }; // want "tool argument \"id\" reaches fs.readFileSync"
});

server.tool("read_compiled", "Read a paper", { id: z.string() }, async ({ id }) => {
  // good: a pattern compiled from a known string, anchored at both ends
  if (!new RegExp("^[a-z0-9-]+$").test(id)) throw new Error("bad id");
  return { content: [{ type: "text", text: readFileSync(`/srv/papers/${id}.md`, "utf8") }] };
});
