// MCP003 fixtures: file access with and without real containment checks.
import fs from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { z } from "zod";
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { safeJoin, weakJoin } from "./validate.js";

const ROOT = path.resolve("/srv/notes");
const server = new McpServer({ name: "files", version: "1.0.0" });

server.tool("read_plain", { file: z.string() }, async ({ file }) => {
  const text = fs.readFileSync(file, "utf8"); // want "tool argument \"file\" reaches fs.readFileSync without a containment check"
  return { content: [{ type: "text", text }] };
});

server.tool("read_joined", { name: z.string() }, async ({ name }) => {
  const full = path.join(ROOT, name);
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] }; // want "tool argument \"name\" reaches fs/promises.readFile"
});

server.tool("read_guarded", { name: z.string() }, async ({ name }) => {
  // good: resolved, then compared against the root plus a separator; the failing branch throws
  const full = path.resolve(ROOT, name);
  if (!full.startsWith(ROOT + path.sep)) {
    throw new Error("outside the notes directory");
  }
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] };
});

server.tool("read_prefix", { name: z.string() }, async ({ name }) => {
  const full = path.resolve(ROOT, name);
  if (!full.startsWith(ROOT)) {
    throw new Error("outside");
  }
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] }; // want "without a containment check \\(prefix check without separator\\)"
});

server.tool("read_unresolved", { name: z.string() }, async ({ name }) => {
  const full = "/srv/notes/" + name;
  if (!full.startsWith("/srv/notes/")) {
    return { content: [] };
  }
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] }; // want "not resolved"
});

server.tool("read_helper", { name: z.string() }, async ({ name }) => {
  // good: safeJoin resolves and checks the path, and throws outside the root
  const full = safeJoin(ROOT, name);
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] };
});

server.tool("read_weak_helper", { name: z.string() }, async ({ name }) => {
  const full = weakJoin(ROOT, name);
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] }; // want "reaches fs/promises.readFile"
});

server.tool("read_basename", { name: z.string() }, async ({ name }) => {
  // good: basename strips every directory part
  return { content: [{ type: "text", text: await readFile(path.join(ROOT, path.basename(name)), "utf8") }] };
});

server.tool("write", { dest: z.string(), body: z.string() }, async ({ dest, body }) => {
  await writeFile(dest, body); // want "tool argument \"dest\" reaches fs/promises.writeFile"
  fs.rmSync(`/tmp/${dest}`, { recursive: true }); // want "reaches fs.rmSync"
  return { content: [] };
});

server.resource("note", new ResourceTemplate("notes://{name}", { list: undefined }), async (uri, { name }) => ({
  contents: [{ uri: uri.href, text: fs.readFileSync(`/srv/notes/${name}`, "utf8") }], // want "resource argument \"name\" reaches fs.readFileSync"
}));

server.tool("read_relative", { name: z.string() }, async ({ name }) => {
  // good: path.relative from the root, checked for ".." and absolute results; the failing branch throws
  const full = path.resolve(ROOT, name);
  const rel = path.relative(ROOT, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error("outside the notes directory");
  }
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] };
});

server.tool("read_relative_sep", { name: z.string() }, async ({ name }) => {
  // good: the parent step is written with the platform separator, `..${path.sep}`
  const full = path.resolve(ROOT, name);
  const rel = path.relative(ROOT, full);
  if (rel.startsWith(`..${path.sep}`)) {
    throw new Error("outside the notes directory");
  }
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] };
});

server.tool("read_relative_dotdir", { name: z.string() }, async ({ name }) => {
  const full = path.resolve(ROOT, name);
  const rel = path.relative(ROOT, full);
  // bad: only a "..x" directory followed by a separator is rejected
  if (rel.startsWith(`..x${path.sep}`)) {
    throw new Error("outside the notes directory");
  }
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] }; // want "reaches fs/promises.readFile"
});

server.tool("read_relative_chosen_root", { root: z.string(), name: z.string() }, async ({ root, name }) => {
  const full = path.resolve(root, name);
  const rel = path.relative(root, full);
  // bad: the root is the caller's too, so "contained in root" says nothing
  if (rel.startsWith("..")) {
    throw new Error("outside the root");
  }
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] }; // want "tool argument \"root\" reaches fs/promises.readFile"
});

server.tool("read_no_leading_dots", { name: z.string() }, async ({ name }) => {
  // bad: "notes/../../etc/passwd" does not start with ".."
  if (name.startsWith("..")) {
    throw new Error("no parent directories");
  }
  return { content: [{ type: "text", text: await readFile(path.join(ROOT, name), "utf8") }] }; // want "tool argument \"name\" reaches fs/promises.readFile without a containment check \\(only a leading \"..\" is rejected"
});

function inside(base: string, candidate: string): boolean {
  const rel = path.relative(base, candidate);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

server.tool("read_predicate", { name: z.string() }, async ({ name }) => {
  // good: a predicate measuring from the fixed root
  const full = path.resolve(ROOT, name);
  if (!inside(ROOT, full)) throw new Error("outside the notes directory");
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] };
});

server.tool("read_predicate_chosen_root", { root: z.string(), name: z.string() }, async ({ root, name }) => {
  // bad: the same predicate, measuring from a root the caller chose
  const full = path.resolve(root, name);
  if (!inside(root, full)) throw new Error("outside the root");
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] }; // want "tool argument \"root\" reaches fs/promises.readFile"
});

server.tool("read_relative_unchecked", { name: z.string() }, async ({ name }) => {
  const full = path.resolve(ROOT, name);
  const rel = path.relative(ROOT, full);
  console.log(rel);
  return { content: [{ type: "text", text: await readFile(full, "utf8") }] }; // want "reaches fs/promises.readFile"
});

const ROOT = path.resolve("/srv/data");

function assertInside(p: string): void {
  const real = path.resolve(p);
  if (!real.startsWith(ROOT + path.sep)) {
    throw new Error(`outside ${ROOT}`);
  }
}

function readText(p: string): string {
  return fs.readFileSync(p, "utf8");
}

function readTextUnchecked(p: string): string {
  return fs.readFileSync(p, "utf8"); // want "tool argument \"file\" reaches fs.readFileSync without a containment check"
}

server.tool("read_checked_then_helper", { file: z.string() }, async ({ file }) => {
  // good: the handler checks the path before the helper that reads it
  assertInside(file);
  return { content: [{ type: "text", text: readText(file) }] };
});

server.tool("read_checked_again", { file: z.string() }, async ({ file }) => {
  // good: the same check in a second handler (its result is remembered)
  assertInside(file);
  return { content: [{ type: "text", text: readText(file) }] };
});

server.tool("read_helper_unchecked", { file: z.string() }, async ({ file }) => {
  return { content: [{ type: "text", text: readTextUnchecked(file) }] };
});
