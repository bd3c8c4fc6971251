// MCP003 fixtures: zod schema constraints read as allow-lists.
import { readFileSync } from "node:fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { LoosePathParam, NameParam, SlugParam } from "./params.js";

const server = new McpServer({ name: "zodschema", version: "1.0.0" });
const ROOT = "/srv/data";
const LocalId = z.string().regex(/^[a-z0-9_-]+$/);

server.registerTool(
  "read_report",
  { description: "Read a report", inputSchema: z.object({ slug: SlugParam.describe("The report slug.") }) },
  async ({ slug }) => {
    // good: the schema admits only letters and digits, so slug cannot leave ROOT
    return { content: [{ type: "text", text: readFileSync(`${ROOT}/${slug}.json`, "utf8") }] };
  },
);

server.tool("read_local", { id: LocalId }, async (args) => {
  // good: a local schema constant with an anchored pattern that has no "/" or "."
  return { content: [{ type: "text", text: readFileSync(ROOT + "/" + args.id, "utf8") }] };
});

server.registerTool(
  "read_many",
  { description: "Read two files", inputSchema: z.object({ a: SlugParam, b: NameParam, c: LoosePathParam }).strict() },
  async ({ a, b, c }) => {
    // good: a is a slug
    const first = readFileSync(`${ROOT}/${a}`, "utf8");
    // bad: a length limit does not keep "../" out
    const second = readFileSync(`${ROOT}/${b}`, "utf8"); // want "tool argument \"b\" reaches fs.readFileSync"
    // bad: the pattern admits "." and "/", so "../" gets through
    const third = readFileSync(`${ROOT}/${c}`, "utf8"); // want "tool argument \"c\" reaches fs.readFileSync"
    return { content: [{ type: "text", text: first + second + third }] };
  },
);

server.tool("read_inline", { name: z.string().regex(/^[a-z]+\.txt$/).describe("A file name.") }, async ({ name }) => {
  // good: an inline pattern with one dot, never two, and no separator
  return { content: [{ type: "text", text: readFileSync(`${ROOT}/${name}`, "utf8") }] };
});

server.tool("read_unanchored", { name: z.string().regex(/[a-z]+/) }, async ({ name }) => {
  // bad: the pattern is not anchored, so "../../etc/passwd" contains a match
  return { content: [{ type: "text", text: readFileSync(`${ROOT}/${name}`, "utf8") }] }; // want "tool argument \"name\" reaches fs.readFileSync"
});

// A pattern outside a registration is only a value: a helper's own schema
// does not narrow the tool argument passed to it.
const Unused = z.object({ file: SlugParam });

server.tool("read_plain", { file: z.string() }, async ({ file }) => {
  // bad: this tool's schema is a plain string; Unused is not its schema
  return { content: [{ type: "text", text: readFileSync(`${ROOT}/${file}`, "utf8") + String(Unused) }] }; // want "tool argument \"file\" reaches fs.readFileSync"
});
