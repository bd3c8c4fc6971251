// MCP002 fixtures: every module form reaches the tool's helpers.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import cp = require("child_process");
import legacy from "./legacy.cjs";
import defaults from "./defaults.js";
import assigned = require("./assigned");
import * as tools from "./tools/index.js";
import { fromStar, renamed, grouped } from "./tools/index.js";

const server = new McpServer({ name: "modules", version: "1.0.0" });

server.tool("go", "Run", { target: z.string(), count: z.number() }, async ({ target, count }) => {
  cp.exec("go " + target); // want "tool argument \"target\" reaches child_process.exec"
  const { execSync } = await import("node:child_process");
  execSync("make " + target); // want "tool argument \"target\" reaches child_process.execSync"
  // good: count is a number by its schema
  execSync("sleep " + count);
  legacy(target);
  defaults.run(target);
  assigned.run(target);
  tools.viaNamespace(target);
  fromStar(target);
  renamed(target);
  grouped.deep(target);
  const lazy = await import("./tools/lazy.js");
  lazy.later(target);
  return { content: [] };
});
