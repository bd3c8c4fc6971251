// MCP003 fixtures: archive libraries read and extract where they are told.
import AdmZip from "adm-zip";
import * as tar from "tar";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const ROOT = "/srv/archives";
const server = new McpServer({ name: "archives", version: "1.0.0" });

server.tool("unzip", { archive: z.string(), dest: z.string() }, async ({ archive, dest }) => {
  const zip = new AdmZip(archive); // want "tool argument \"archive\" reaches adm-zip without a containment check"
  zip.extractAllTo(dest, true); // want "tool argument \"dest\" reaches zip.extractAllTo without a containment check"
  return { content: [] };
});

server.tool("unzip_named", { name: z.string() }, async ({ name }) => {
  // good: basename keeps only the file name, inside ROOT
  const zip = new AdmZip(path.join(ROOT, path.basename(name)));
  zip.extractAllTo(path.join(ROOT, "out"), true);
  return { content: [] };
});

server.tool("untar", { file: z.string(), cwd: z.string() }, async ({ file, cwd }) => {
  await tar.x({ file: path.join(ROOT, path.basename(file)), cwd }); // want "tool argument \"cwd\" reaches tar.x without a containment check"
  // good: both paths are fixed by the server
  await tar.x({ file: path.join(ROOT, "fixed.tgz"), cwd: ROOT });
  return { content: [] };
});
