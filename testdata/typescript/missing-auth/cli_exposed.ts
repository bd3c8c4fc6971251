// MCP004 fixtures: reachability decided by a command-line option default.
import express from "express";
import { program } from "commander";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

program.option("--host <host>", "address to bind", "0.0.0.0").parse();
const server = new McpServer({ name: "exposed", version: "1.0.0" });
const app = express();

app.post("/mcp", async (req, res) => { // want "served without authentication on all interfaces"
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ["mcp.example.com"] });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000, program.opts().host);
