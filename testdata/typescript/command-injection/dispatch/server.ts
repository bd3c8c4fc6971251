// MCP002 fixtures: handlers reached by dispatch on the tool name rather
// than by registration: switch into other modules, tables of functions,
// tables of tool objects, and registries of tool classes.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { runBuild } from "./tools/build.js";
import * as deploy from "./tools/deploy.js";
import { HANDLERS } from "./tools/table.js";
import { TOOLS } from "./tools/objects.js";
import { registry, toolList } from "./tools/registry.js";

const server = new Server({ name: "dispatch", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;
  switch (name) {
    case "build":
      return runBuild(args);
    case "deploy":
      return deploy.run(args as { target: string });
  }
  if (name in HANDLERS) {
    return HANDLERS[name](args);
  }
  const tool = TOOLS[name];
  if (tool) {
    return tool.run(args);
  }
  const found = toolList.find((t) => t.name === name);
  if (found) {
    return found.execute(args);
  }
  return registry.get(name)?.execute(args);
});
