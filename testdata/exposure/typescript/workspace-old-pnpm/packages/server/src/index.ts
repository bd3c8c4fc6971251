// The old-sdk server in a workspace member whose package.json allows SDK
// releases before 1.24.0, with the workspace lock file (pnpm-lock.yaml) installing
// 1.23.0: MCP005 reports the transport, MCP014 the lock's pin (high: the
// transport is served) and the member's range.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "notes", version: "0.1.0" });
const app = express();
app.use(express.json());

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000, "127.0.0.1");
