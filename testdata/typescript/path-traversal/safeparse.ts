// MCP003 fixtures: arguments validated with zod's safeParse and read from
// its data: each argument is its own source, so a check of one says
// nothing about another.
import * as path from "path";
import { promises as fs } from "fs";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";

const ROOT = path.resolve("/srv/data");
const CopyArgs = z.object({ source: z.string(), target: z.string() });

const server = new Server({ name: "safeparse", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const parsed = CopyArgs.safeParse(request.params.arguments);
  if (!parsed.success) {
    return { content: [{ type: "text", text: parsed.error.message }], isError: true };
  }
  const { source, target } = parsed.data;
  const from = path.resolve(ROOT, source);
  if (!from.startsWith(ROOT + path.sep)) {
    throw new Error("source outside the data directory");
  }
  // good: source was resolved and checked against the root
  const text = await fs.readFile(from, "utf-8");
  await fs.writeFile(target, text); // want "tool argument \"target\" reaches fs.promises.writeFile without a containment check"
  return { content: [] };
});
