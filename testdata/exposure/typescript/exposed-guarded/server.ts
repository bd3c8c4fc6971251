// A server on all interfaces with authentication and Host and Origin
// validation. MCP001 still reports the address (anyone on the network
// reaches the listener); MCP004 and MCP005 are clean.
import express from "express";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "notes", version: "0.1.0" });
const app = express();
app.use(express.json());
const verifier = { verifyAccessToken: async (token: string) => ({ token, clientId: "c", scopes: [] }) };

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
