// A documentation companion (the SDK's sync-snippets convention): each
// region is type-checked and copied into the docs, never run.
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

//#region registerTool_fetch
function registerTool_fetch(server: McpServer) {
  server.registerTool("fetch", { inputSchema: { url: z.string() } }, async ({ url }) => {
    // good: a documentation snippet's handler is never served
    const res = await fetch(url);
    return { content: [{ type: "text", text: await res.text() }] };
  });
}
//#endregion registerTool_fetch
