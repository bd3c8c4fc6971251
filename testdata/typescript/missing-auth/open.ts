// MCP004 fixtures: MCP transports served from web routes without authentication.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";

const server = new McpServer({ name: "open", version: "1.0.0" });
const app = express();

app.post("/mcp", async (req, res) => { // want "streamable HTTP MCP transport is served without authentication on all interfaces: put authentication in front of the route"
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableDnsRebindingProtection: true,
    allowedHosts: ["127.0.0.1:3000"],
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.get("/sse", async (req, res) => { // want "SSE MCP transport is served without authentication"
  const transport = new SSEServerTransport("/messages", res, { enableDnsRebindingProtection: true, allowedHosts: ["localhost"] });
  await server.connect(transport);
});

app.listen(3000);
