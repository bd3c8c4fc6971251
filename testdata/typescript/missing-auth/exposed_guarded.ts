// MCP004 clean twin: a server on all interfaces with authentication and
// Host/Origin validation.
import express from "express";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "guarded", version: "1.0.0" });
const app = express();
const verifier = { verifyAccessToken: async (token: string) => ({ token, clientId: "c", scopes: [] }) };

// good: the transport validates Host and Origin against explicit lists, and the route authenticates
app.post("/mcp", requireBearerAuth({ verifier }), async (req, res) => {
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableDnsRebindingProtection: true,
    allowedHosts: ["mcp.example.com"],
    allowedOrigins: ["https://app.example.com"],
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000, "0.0.0.0");
