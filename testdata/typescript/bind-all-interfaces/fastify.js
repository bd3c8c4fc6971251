// MCP001 fixtures in plain JavaScript (CommonJS, JSX-free).
const Fastify = require("fastify");
const { serve } = require("@hono/node-server");
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const mcp = new Server({ name: "js", version: "1.0.0" }, { capabilities: {} });
mcp.setRequestHandler(CallToolRequestSchema, async () => ({ content: [] }));
const fastify = Fastify({ logger: true });

// good: Fastify defaults to loopback
fastify.listen({ port: 3000 });

fastify.listen({ port: 3000, host: "0.0.0.0" }); // want "host \"0.0.0.0\""

serve({ fetch: honoApp.fetch, port: 8787 }); // want "has no host"

// good: Hono bound to loopback
serve({ fetch: honoApp.fetch, port: 8788, hostname: "127.0.0.1" });
