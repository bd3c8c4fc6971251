// Dispatch through a module namespace: every exported tool object is a
// candidate, and the method is named by its string.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import * as tools from "./tools/spread.js";

const server = new Server({ name: "namespace", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler("tools/call", async (request) => {
  const { name, arguments: args } = request.params;
  const tool = Object.values(tools).find((t) => t.name === name);
  if (tool) {
    return tool.handler(args);
  }
  return (tools as Record<string, { handler: (a: unknown) => unknown }>)[name].handler(args);
});
