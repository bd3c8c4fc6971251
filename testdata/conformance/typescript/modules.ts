// Conformance fixtures: module forms.
// case: modules
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fallback, { named as renamed, safe } from "./helper.js";
import * as ns from "./helper.js";
import cp = require("child_process");
export { renamed as again };
export * from "./helper.js";
export * as all from "./helper.js";

const s = new McpServer({ name: "modules", version: "1.0.0" });

s.tool("modules", "d", {}, async ({ v }) => {
  renamed(v);
  fallback(v);
  cp.execSync("ls " + v); // want "tool argument \"v\" reaches child_process.execSync"
  const lazy = await import("./helper.js");
  lazy.named(v);
  // good: the helper passes only the length
  safe(v);
  ns.safe(v);
  return { content: [] };
});
