// MCP003 fixtures: a validator that returns a result object ({ ok })
// after finding the allowed root the path lies under, through a predicate
// that compares the normalised path with each root.
import * as path from "path";
import { realpathSync, promises as fs } from "fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const ROOTS = ["/srv/packages", "/srv/custom"];

function normalise(p: string): string {
  if (!p) return "";
  let abs = path.resolve(p);
  try {
    abs = realpathSync(abs);
  } catch {
    // may not exist yet
  }
  return abs.replace(/\\/g, "/").replace(/\/+$/, "");
}

function isUnder(child: string, parent: string): boolean {
  if (!parent) return false;
  const c = normalise(child).toLowerCase();
  const p = normalise(parent).toLowerCase();
  return c === p || c.startsWith(p + "/");
}

function mentions(child: string, parent: string): boolean {
  return child.includes(parent);
}

async function checkPath(filePath: string): Promise<{ ok: boolean; reason?: string }> {
  const canonical = normalise(filePath);
  const root = ROOTS.find((r) => isUnder(canonical, r));
  if (!root) {
    return { ok: false, reason: `outside ${ROOTS.join(", ")}` };
  }
  return { ok: true };
}

async function checkLoosely(filePath: string): Promise<{ ok: boolean }> {
  const root = ROOTS.find((r) => mentions(filePath, r));
  if (!root) {
    return { ok: false };
  }
  return { ok: true };
}

const server = new McpServer({ name: "okresult", version: "1.0.0" });

server.tool("read_checked", "Read a package file", { filePath: z.string() }, async ({ filePath }) => {
  const check = await checkPath(filePath);
  if (!check.ok) {
    return { content: [{ type: "text", text: check.reason ?? "" }], isError: true };
  }
  // good: checkPath found the root the resolved path lies under
  return { content: [{ type: "text", text: await fs.readFile(filePath, "utf-8") }] };
});

server.tool("read_loose", "Read a package file", { target: z.string() }, async ({ target }) => {
  const check = await checkLoosely(target);
  if (!check.ok) {
    return { content: [], isError: true };
  }
  return { content: [{ type: "text", text: await fs.readFile(target, "utf-8") }] }; // want "tool argument \"target\" reaches fs.promises.readFile without a containment check"
});
