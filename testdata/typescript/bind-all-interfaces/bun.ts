// MCP001 fixtures: Bun and the SDK's Fastify app.
import { createMcpFastifyApp } from "@modelcontextprotocol/fastify";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "bun", version: "1.0.0" });
server.tool("ping", {}, async () => ({ content: [{ type: "text", text: "pong" }] }));

const app = createMcpFastifyApp();

// good: the SDK's Fastify app, and Fastify defaults to loopback
await app.listen({ port: 3000 });

Bun.serve({ port: 3001, fetch: (req: Request) => new Response("ok") }); // want "Bun.serve\\(.*\\) has no host, so Bun binds all interfaces"

// good: Bun bound to loopback
Bun.serve({ port: 3002, hostname: "127.0.0.1", fetch: (req: Request) => new Response("ok") });
