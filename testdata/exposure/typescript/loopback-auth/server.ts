// A loopback server with authentication, on an SDK release (1.24.0 or
// later) whose createMcpExpressApp() validates Host for its default
// loopback host. Clean for MCP001 (loopback), MCP004 (the route checks a
// bearer token), MCP005 (the app's Host validation) and MCP014 (fixed
// releases only).
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "notes", version: "0.1.0" });
const app = createMcpExpressApp();
const verifier = { verifyAccessToken: async (token: string) => ({ token, clientId: "c", scopes: [] }) };

app.post("/mcp", requireBearerAuth({ verifier }), async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000, "127.0.0.1");
