// MCP005 fixes: the transport's own Host validation is turned on with the
// hosts the one loopback listener of the file is reached by
// (server.ts.golden has every fix applied).
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";

const server = new McpServer({ name: "origin", version: "1.0.0" });
const app = express();

app.post("/absent", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }); // want "streamable HTTP MCP transport is served without Host or Origin validation"
  await server.connect(transport);
});

app.post("/empty", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({}); // want "streamable HTTP MCP transport is served without Host or Origin validation"
  await server.connect(transport);
});

app.post("/off", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: false, allowedHosts: ["127.0.0.1:3000"] }); // want "DNS-rebinding protection is disabled"
  await server.connect(transport);
});

app.post("/off-no-hosts", async (req, res) => {
  // no fix: turning protection on without a host list validates nothing
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: false }); // want "DNS-rebinding protection is disabled"
  await server.connect(transport);
});

app.get("/sse", async (req, res) => {
  const transport = new SSEServerTransport("/messages", res); // want "SSE MCP transport is served without Host or Origin validation"
  await server.connect(transport);
});

app.post("/spread", async (req, res) => {
  // no fix: the spread options may set the protection themselves
  const transport = new StreamableHTTPServerTransport({ ...defaults, sessionIdGenerator: undefined }); // want "streamable HTTP MCP transport is served without Host or Origin validation"
  await server.connect(transport);
});

const defaults = {};

app.listen(3000, "127.0.0.1");
