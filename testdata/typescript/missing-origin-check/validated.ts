// MCP005 fixtures: an app that validates Origin before the MCP routes.
import express from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const server = new McpServer({ name: "validated", version: "1.0.0" });
const app = express();
// good: the middleware below rejects requests from unknown origins
app.use(cors());
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && origin !== "http://localhost:6274") {
    res.status(403).end();
    return;
  }
  next();
});

app.post("/mcp", async (req, res) => {
  // good: Origin is validated by the middleware above
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});
