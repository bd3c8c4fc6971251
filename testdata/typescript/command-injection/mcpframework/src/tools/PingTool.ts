// MCP002 fixtures: mcp-framework tools, whose execute method gets the
// tool's arguments.
import { MCPTool } from "mcp-framework";
import { z } from "zod";
import { exec, execFile } from "child_process";

interface PingInput {
  host: string;
}

class PingTool extends MCPTool<PingInput> {
  name = "ping";
  description = "Ping a host";
  schema = { host: { type: z.string(), description: "Host name" } };

  async execute(input: PingInput) {
    exec(`ping -c 1 ${input.host}`); // want "tool argument \"host\" reaches child_process.exec"
    return "sent";
  }
}

class TraceTool extends MCPTool<PingInput> {
  name = "trace";
  description = "Trace the route to a host";
  schema = { host: { type: z.string(), description: "Host name" } };

  async execute(input: PingInput) {
    // good: the host is one argv entry of a fixed program, without a shell
    execFile("traceroute", ["--", input.host]);
    return "sent";
  }
}

export { PingTool, TraceTool };
