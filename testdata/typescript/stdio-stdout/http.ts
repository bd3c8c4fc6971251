// MCP012 fixtures: an HTTP server may print to stdout.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { randomUUID } from "node:crypto";

const web = new McpServer({ name: "web", version: "1.0.0" });

export async function serve() {
  // good: this file serves HTTP, not stdio
  console.log("listening");
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await web.connect(transport);
}
