// MCP002 fixtures: every default-value form keeps the argument's taint.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { execSync } from "child_process";
import { runScript } from "./scripts.js";

const low = new Server({ name: "defaults", version: "1.0.0" }, { capabilities: { tools: {} } });

low.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: input = {} } = request.params;
  if (name === "script") {
    runScript(input.script as string);
  }
  const { shell = "sh" } = request.params.arguments ?? {};
  execSync(`${shell} -c true`); // want "tool argument \"shell\" reaches child_process.execSync"
  const flag = request.params.arguments?.flag ?? "";
  execSync("ls " + flag); // want "tool argument \"flag\" reaches child_process.execSync"
  const dir = (request.params.arguments || {}).dir || ".";
  execSync("ls " + dir); // want "tool argument \"dir\" reaches child_process.execSync"
  // good: the tool name is chosen by the server's dispatch above, and the fallback is a constant
  const mode = name === "fast" ? "-1" : "-l";
  execSync("ls " + mode);
  return { content: [] };
});

const server = new McpServer({ name: "defaults", version: "1.0.0" });

async function grep(pattern = ".", [file = "a.txt"] = []) {
  execSync(`grep ${pattern} ${file}`); // want "tool argument \"pattern\" reaches child_process.execSync"
}

async function count(pattern = ".", [file = "a.txt"] = []) {
  execSync(`grep -c . ${file}`); // want "tool argument \"file\" reaches child_process.execSync"
  return pattern;
}

server.tool("grep", "Search", {}, async ({ pattern = "x", file }) => {
  await grep(pattern);
  await count("fixed", [file]);
  const [first = "", second] = [file, "b"];
  execSync("cat " + first); // want "tool argument \"file\" reaches child_process.execSync"
  // good: second is the constant "b"
  execSync("cat " + second);
  return { content: [] };
});
