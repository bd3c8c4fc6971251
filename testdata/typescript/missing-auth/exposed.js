// MCP004 fixtures (JavaScript): no authentication on a server bound to every interface is critical.
const express = require("express");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");

const server = new McpServer({ name: "exposed", version: "1.0.0" });
const app = express();

app.post("/mcp", async (req, res) => { // want "served without authentication"
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ["mcp.example.com"] });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000, "0.0.0.0");
