// MCP003 fixtures: a client handed out by a factory whose declared result
// type is the only thing that names its class.
import fs from "node:fs";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const ROOT = "/srv/exports";
const server = new McpServer({ name: "exports", version: "1.0.0" });
const clients = new Map<string, unknown>();

class Exporter {
  save(target: string, data: string): void {
    fs.writeFileSync(target, data); // want "tool argument \"target\" reaches fs.writeFileSync without a containment check"
  }

  saveNamed(name: string, data: string): void {
    // good: basename keeps only the file name, inside ROOT
    fs.writeFileSync(path.join(ROOT, path.basename(name)), data);
  }
}

async function getExporter(key: string): Promise<Exporter> {
  // the body says nothing of the class: the annotation does
  return clients.get(key) as any;
}

server.tool("export", { target: z.string() }, async ({ target }) => {
  const exporter = await getExporter("default");
  exporter.save(target, "data");
  return { content: [] };
});

server.tool("export_named", { name: z.string() }, async ({ name }) => {
  const exporter = await getExporter("default");
  exporter.saveNamed(name, "data");
  return { content: [] };
});
