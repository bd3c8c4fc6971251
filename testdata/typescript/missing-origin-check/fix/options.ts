// MCP005 without a fix: the options come from a variable, and the file's
// listener port is known only at run time, so no exact host list exists.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "options", version: "1.0.0" });
const app = express();

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }); // want "streamable HTTP MCP transport is served without Host or Origin validation"
  await server.connect(transport);
});

app.listen(Number(process.env.PORT), "127.0.0.1");
