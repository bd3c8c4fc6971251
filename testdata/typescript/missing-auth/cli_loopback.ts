// MCP004 fixtures: the same server whose host option defaults to loopback.
import express from "express";
import { program } from "commander";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

program.option("--host <host>", "address to bind", "127.0.0.1").parse();
const server = new McpServer({ name: "local", version: "1.0.0" });
const app = express();

// good: loopback unless the user passes --host; a web page reaching it is MCP005's business
app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ["127.0.0.1:3000"] });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000, program.opts().host);
