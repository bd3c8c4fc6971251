// A stdio server. Its documentation companion (server.examples.ts) shows
// an HTTP setup that is never run, and its tests serve the app in process
// (test code is not scanned): no exposure finding, nothing is served.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

export const server = new McpServer({ name: "notes", version: "0.1.0" });
await server.connect(new StdioServerTransport());
