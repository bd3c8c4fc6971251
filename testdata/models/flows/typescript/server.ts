// Project functions that make a source, a sanitizer and a validator the
// analysis cannot see until .mcplint.yml declares them (see cmd/mcplint/models_test.go).
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import * as queue from "job-queue";

const server = new McpServer({ name: "models-flows", version: "0.1.0" });

// the next command line clients queued over the HTTP API
function nextJob(): string {
  return queue.pop();
}

// quotes for the worker's shell; job-queue keeps the rules
function quoteLine(line: string): string {
  return queue.quote(line);
}

// whether name is a file of the spool directory; job-queue keeps the list
function isKnownFile(name: string): boolean {
  return queue.known(name);
}

// found once nextJob is declared a source
server.tool("run_next", {}, async () => {
  return { content: [{ type: "text", text: execSync(nextJob()).toString() }] };
});

// safe once quoteLine is declared a shell sanitizer
server.tool("run_next_quoted", {}, async () => {
  return { content: [{ type: "text", text: execSync("echo " + quoteLine(nextJob())).toString() }] };
});

// safe once quoteLine is declared a shell sanitizer
server.tool("echo", { msg: z.string() }, async ({ msg }) => {
  return { content: [{ type: "text", text: execSync("echo " + quoteLine(msg)).toString() }] };
});

// a path traversal with the models too: shell quoting says nothing about
// where a path points
server.tool("show", { name: z.string() }, async ({ name }) => {
  const text = readFileSync(path.join("/srv/files", quoteLine(name)), "utf8");
  return { content: [{ type: "text", text }] };
});

// once isKnownFile is declared a path validator, the read is safe (the name
// is a spool file) but the shell line stays a command injection: a spool
// file may be called "x; rm -rf ~", and a path check says nothing about
// shell syntax
server.tool("cat", { name: z.string() }, async ({ name }) => {
  if (!isKnownFile(name)) {
    throw new Error("unknown file");
  }
  const text = readFileSync(path.join("/srv/spool", name), "utf8");
  return { content: [{ type: "text", text: text + execSync("wc -c /srv/spool/" + name).toString() }] };
});

await server.connect(new StdioServerTransport());
