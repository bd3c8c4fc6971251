// MCP005 clean twin: createMcpExpressApp() with a host chosen by the
// caller validates Host whenever that host is loopback (the usual default);
// a host known to be every interface is reported (sdk_app_exposed.ts).
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "sdk-app-host", version: "1.0.0" });

export function startAt(host: string) {
  const app = createMcpExpressApp({ host });
  app.post("/mcp", async (req, res) => {
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  app.listen(3001, host);
}
