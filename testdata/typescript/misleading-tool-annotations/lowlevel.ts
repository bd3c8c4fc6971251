// MCP015 fixtures: a low-level server lists its tools with annotations and
// dispatches on the name.
import * as fs from "node:fs";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const server = new Server({ name: "lowlevel", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    // Good: the read branch only reads.
    { name: "read_log", inputSchema: { type: "object" }, annotations: { readOnlyHint: true } },
    // Bad: the reset branch deletes.
    { name: "reset", inputSchema: { type: "object" }, annotations: { readOnlyHint: true } }, // want `tool "reset" declares readOnlyHint: true, but its handler deletes files \(fs.rmSync\)`
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  switch (name) {
    case "read_log":
      return { content: [{ type: "text", text: fs.readFileSync("/srv/app.txt", "utf8") }] };
    case "reset":
      fs.rmSync("/srv/state", { recursive: true });
      return { content: [{ type: "text", text: "reset" }] };
  }
  throw new Error("unknown tool");
});
