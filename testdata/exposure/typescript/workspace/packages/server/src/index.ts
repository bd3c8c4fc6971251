// A loopback server in an npm workspace member whose own package.json
// allows SDK releases before 1.24.0, while the workspace's
// package-lock.json installs 1.25.0 (packages["node_modules/@modelcontextprotocol/sdk"]):
// the lock says what runs, so MCP014 is clean; createMcpExpressApp()
// validates Host (MCP005 clean).
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "notes", version: "0.1.0" });
const app = createMcpExpressApp();

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000, "127.0.0.1");
