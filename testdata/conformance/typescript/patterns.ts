// Conformance fixtures: destructuring patterns.
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const s = new McpServer({ name: "patterns", version: "1.0.0" });

// case: object-pattern
s.tool("object_pattern", "d", {}, async (args) => {
  const { v, w: renamed, x = "ls", ...rest } = args;
  execSync(v); // want "tool argument \"v\" reaches child_process.execSync"
  execSync(renamed); // want "tool argument \"w\" reaches child_process.execSync"
  execSync(x); // want "tool argument \"x\" reaches child_process.execSync"
  execSync(rest.y); // want "tool argument \"y\" reaches child_process.execSync"
  // good: a pattern over a constant object
  const { cmd, opt = "-l" } = { cmd: "ls", opt: undefined };
  execSync(cmd + opt);
  return { content: [] };
});

// case: array-pattern
s.tool("array_pattern", "d", {}, async ({ v }) => {
  const [first, second = "x", ...others] = [v, "ls", v];
  execSync(first); // want "tool argument \"v\" reaches child_process.execSync"
  execSync(others.join(" ")); // want "tool argument \"v\" reaches child_process.execSync"
  // good: the element at that position is a constant
  execSync(second);
  return { content: [] };
});

// case: assignment-patterns
s.tool("assignment_patterns", "d", {}, async ({ v }) => {
  let a = "ls";
  let b = "ls";
  [a, b] = [v, "ls"];
  execSync(a); // want "tool argument \"v\" reaches child_process.execSync"
  ({ a, b } = { a: "ls", b: v });
  execSync(b); // want "tool argument \"v\" reaches child_process.execSync"
  // good: a was reassigned from a constant
  execSync(a);
  return { content: [] };
});
