// MCP001 fixes: a host is added where there is none, and the literal that
// binds all interfaces becomes 127.0.0.1 (server.ts.golden has every fix
// applied).
import express from "express";
import { serve } from "@hono/node-server";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "notes", version: "1.0.0" });
server.tool("ping", {}, async () => ({ content: [{ type: "text", text: "pong" }] }));
const app = express();
const port = 3000;
app.listen(port); // want "has no host, so Node binds all interfaces"
app.listen(3001, () => console.error("up")); // want "has no host, so Node binds all interfaces"
app.listen(3002, "0.0.0.0"); // want "MCP server listens on all interfaces"
app.listen({ port: 3003 }); // want "has no host, so Node binds all interfaces"
serve({ fetch: app.fetch, port: 3004 }); // want "has no host, so Node binds all interfaces"
serve({ fetch: app.fetch, port: 3005, hostname: "0.0.0.0" }); // want "MCP server listens on all interfaces"
const HOST = "0.0.0.0";
app.listen(3006, HOST); // want "MCP server listens on all interfaces"
