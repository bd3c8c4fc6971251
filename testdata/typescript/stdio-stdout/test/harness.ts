// MCP012 fixtures: a module no stdio entry point imports.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const testServer = new McpServer({ name: "test", version: "1.0.0" });
testServer.tool("echo", { text: z.string() }, async ({ text }) => {
  // good: nothing that starts a stdio transport imports this file
  console.log(text);
  return { content: [{ type: "text", text }] };
});
