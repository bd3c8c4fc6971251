// Project functions that hide a sink and a check from the analysis until
// .mcplint.yml declares them (see cmd/mcplint/models_test.go).
import { readFileSync } from "node:fs";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import * as jobs from "job-runner";

const server = new McpServer({ name: "models", version: "0.1.0" });

// the job runner runs the line in a shell; nothing here says so
function runShell(line: string) {
  return jobs.submit(line);
}

// an allow-list kept by the job runner
function isSafeName(name: string): boolean {
  return jobs.knownNote(name);
}

// found once runShell is declared a shell sink
server.tool("run", { cmd: z.string() }, async ({ cmd }) => {
  return { content: [{ type: "text", text: String(runShell(cmd)) }] };
});

// safe once isSafeName is declared a path validator
server.tool("read", { name: z.string() }, async ({ name }) => {
  if (!isSafeName(name)) {
    throw new Error("unknown note");
  }
  const text = readFileSync(path.join("/var/lib/notes", name), "utf8");
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
