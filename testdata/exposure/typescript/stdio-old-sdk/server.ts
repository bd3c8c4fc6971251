// A stdio server on SDK 1.23.0: MCP014 still asks for the upgrade, at low
// severity, since the flaw is in the HTTP transports this project does not
// serve.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const server = new McpServer({ name: "notes", version: "0.1.0" });
await server.connect(new StdioServerTransport());
