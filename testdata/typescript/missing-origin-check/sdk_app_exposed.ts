// MCP005: createMcpExpressApp({ host: "0.0.0.0" }) without allowedHosts
// turns the SDK's Host validation off (it warns and validates nothing).
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "sdk-app-exposed", version: "1.0.0" });
const app = createMcpExpressApp({ host: "0.0.0.0" });

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }); // want "streamable HTTP MCP transport is served without Origin or Host validation"
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});
