// MCP002 fixtures: arrow functions held in class fields, used as tool
// handlers and as helpers called through this.
import { exec } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

class ShellTools {
  private server = new McpServer({ name: "fields", version: "1.0.0" });
  private binary = "/usr/bin/git";
  private run = (cmd: string) => exec(cmd); // want "tool argument \"cmd\" reaches child_process.exec"
  private runGit = (args: string[]) => {
    // good: the command is the field's constant; arguments are passed without a shell
    return exec(this.binary);
  };
  static quote = (s: string) => exec("echo " + s); // want "tool argument \"text\" reaches child_process.exec"

  private handleRun = async (args: { cmd: string }) => {
    this.run(args.cmd);
    return { content: [] };
  };

  private handleGit = async (args: { ref: string }) => {
    this.runGit([args.ref]);
    return { content: [] };
  };

  register() {
    this.server.tool("run", "Run a command", { cmd: z.string() }, this.handleRun);
    this.server.tool("git", "Run git", { ref: z.string() }, this.handleGit);
    this.server.tool("echo", "Echo text", { text: z.string() }, async ({ text }) => {
      ShellTools.quote(text);
      return { content: [] };
    });
  }
}

new ShellTools().register();
