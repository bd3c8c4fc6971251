// MCP012 fixtures: a stdio server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { registerTools } from "./tools.js";

const server = new McpServer({ name: "notes", version: "1.0.0" });
console.log("loading notes server"); // want "console.log writes to stdout, and stdout carries the stdio MCP transport"

server.tool("add_note", { text: z.string() }, async ({ text }) => {
  console.info(`adding ${text}`); // want "console.info writes to stdout"
  process.stdout.write(text); // want "process.stdout.write writes to stdout"
  // good: stderr
  console.error(`added ${text}`);
  return { content: [{ type: "text", text: "ok" }] };
});

registerTools(server);

function printHelp() {
  // good: a CLI helper, not a handler and not the code that starts the server
  console.log("usage: notes [--help]");
}

async function main() {
  if (process.argv.includes("--help")) {
    // good: this branch exits before the server starts
    console.log("usage: notes");
    printHelp();
    return;
  }
  console.log("starting"); // want "console.log writes to stdout"
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // good: stderr
  console.error("notes MCP server running on stdio");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
