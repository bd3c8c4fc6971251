// MCP004 fixtures: middleware that reads the Authorization header and rejects.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "token", version: "1.0.0" });
const app = express();

app.use((req, res, next) => {
  if (req.headers.authorization !== `Bearer ${process.env.TOKEN}`) {
    res.status(401).end();
    return;
  }
  next();
});

// good: the middleware above authenticates every request
app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ["localhost:3000"] });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3000, "127.0.0.1");
