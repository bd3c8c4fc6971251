// MCP002 fixtures: calls through super into project base classes: a
// method, and the constructor that stores its argument on the instance.
// (A library base class is in sql-injection/super.ts.)
import { exec } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

class Runner {
  constructor(protected command: string) {}
  run(args: string) {
    exec(`${this.command} ${args}`); // want "tool argument \"pattern\" reaches child_process.exec"
  }
  help() {
    exec(`${this.command} --help`); // want "tool argument \"tool\" reaches child_process.exec"
  }
  version() {
    // good: only the constructor's argument, a constant for Fixed below
    exec(`${this.command} --version`);
  }
}

class Grep extends Runner {
  constructor(tool: string) {
    super(tool);
  }
  run(pattern: string) {
    super.run(`-r ${pattern}`);
  }
}

class Fixed extends Runner {
  constructor() {
    super("grep");
  }
}

const server = new McpServer({ name: "super", version: "1.0.0" });

server.tool("grep", "Search", { pattern: z.string() }, async ({ pattern }) => {
  new Grep("grep").run(pattern);
  return { content: [] };
});

server.tool("version", "Tool version", { tool: z.string() }, async ({ tool }) => {
  new Grep(tool).help();
  new Fixed().version();
  return { content: [] };
});

