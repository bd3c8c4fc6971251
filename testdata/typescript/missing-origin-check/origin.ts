// MCP005 fixtures: DNS-rebinding protection and CORS in front of MCP transports.
import express from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";

const server = new McpServer({ name: "origin", version: "1.0.0" });
const app = express();
app.use(cors()); // want "CORS allows every origin \\(cors\\(\\) without options\\)"
app.use(cors({ origin: "*" })); // want "origin: \"\\*\""
app.use(requireBearerAuth({ verifier: { verifyAccessToken: async () => ({ token: "", clientId: "", scopes: [] }) } }));

app.post("/off", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: false }); // want "DNS-rebinding protection is disabled"
  await server.connect(transport);
});

app.post("/absent", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }); // want "streamable HTTP MCP transport is served without Origin or Host validation, so a web page can drive it through DNS rebinding: create the app with createMcpExpressApp"
  await server.connect(transport);
});

app.post("/on", async (req, res) => {
  // good: protection on with an explicit host list
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ["127.0.0.1:3000"] });
  await server.connect(transport);
});

app.get("/sse", async (req, res) => {
  const transport = new SSEServerTransport("/messages", res); // want "SSE MCP transport is served without Origin or Host validation"
  await server.connect(transport);
});

app.listen(3000, "127.0.0.1");

export function makeTransport(options: { enableDnsRebindingProtection?: boolean }) {
  // good: the caller's options are forwarded; what they hold is not known here
  return new StreamableHTTPServerTransport(options);
}
