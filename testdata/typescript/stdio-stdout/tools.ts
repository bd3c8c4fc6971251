// MCP012 fixtures: handlers in a module the stdio entry point imports.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

export function registerTools(server: McpServer) {
  server.tool("shout", { text: z.string() }, async ({ text }) => {
    console.log(text.toUpperCase()); // want "console.log writes to stdout"
    return { content: [{ type: "text", text: text.toUpperCase() }] };
  });
}
