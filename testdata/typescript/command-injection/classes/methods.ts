// MCP002 fixtures: a low-level handler that dispatches to a method named
// by the tool (this[name](args)).
import { exec } from "child_process";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";

class Tools {
  ping(args: { host: string }) {
    return exec(`ping -c 1 ${args.host}`); // want "tool argument \"host\" reaches child_process.exec"
  }
  uptime(args: { verbose: boolean }) {
    // good: a fixed command; the argument only picks a flag
    return exec(args.verbose ? "uptime -p" : "uptime");
  }
  call(name: string, args: unknown) {
    return (this as any)[name](args);
  }
}

const tools = new Tools();
const server = new Server({ name: "methods", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  return tools.call(request.params.name, request.params.arguments);
});
