// A loopback server without authentication, on an SDK release (1.24.0 or
// later) whose createMcpExpressApp() validates Host for its default
// loopback host. Clean: MCP001 and MCP004 leave loopback alone (a web page
// reaching it through the browser is MCP005's business), and MCP005 finds
// the app's Host validation.
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
