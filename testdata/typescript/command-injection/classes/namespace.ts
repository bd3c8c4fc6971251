// MCP002 fixtures: helpers declared as members of a namespace and called
// through its name.
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

namespace Shell {
  const prefix = "ls";
  export function list(dir: string) {
    return execSync(`${prefix} ${dir}`); // want "tool argument \"dir\" reaches child_process.execSync"
  }
  export function version() {
    // good: runs a fixed command; no argument reaches it
    return execSync(`${prefix} --version`);
  }
}

namespace Outer.Inner {
  export const run = (c: string) => execSync("git " + c); // want "tool argument \"sub\" reaches child_process.execSync"
}

// a second declaration of the namespace adds members to the first
namespace Shell {
  export function quoted(dir: string) {
    // good: the argument goes in argv, not through a shell
    return execSync("ls", { input: dir });
  }
}

const server = new McpServer({ name: "namespace", version: "1.0.0" });

server.tool("list", "List a directory", { dir: z.string() }, async ({ dir }) => {
  Shell.list(dir);
  Shell.version();
  Shell.quoted(dir);
  return { content: [] };
});

server.tool("git", "Run git", { sub: z.string() }, async ({ sub }) => {
  Outer.Inner.run(sub);
  return { content: [] };
});
