// Conformance fixtures: functions, parameters and closures.
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const s = new McpServer({ name: "functions", version: "1.0.0" });

// case: functions
function declared(x: string, y?: string, z = "ls") {
  execSync(x); // want "tool argument \"v\" reaches child_process.execSync"
  // good: y and z are only ever constants here
  execSync((y ?? "") + z);
}

s.tool("functions", "d", {}, async ({ v }) => {
  declared(v, "a");
  const expr = function (x: string) {
    return "echo " + x;
  };
  execSync(expr(v)); // want "tool argument \"v\" reaches child_process.execSync"
  const arrow = async (x: string) => x;
  execSync(await arrow(v)); // want "tool argument \"v\" reaches child_process.execSync"
  // good: the same arrow given a constant
  execSync(await arrow("ls"));
  return { content: [] };
});

// case: generators
function* generated(x: string) {
  yield "ls";
  yield x;
}

s.tool("generators", "d", {}, async ({ v }) => {
  for (const cmd of generated(v)) {
    execSync(cmd); // want "tool argument \"v\" reaches child_process.execSync"
  }
  const gen = function* () {
    yield "ls";
  };
  for (const cmd of gen()) {
    // good: the generator yields constants only
    execSync(cmd);
  }
  return { content: [] };
});

// case: closures
s.tool("closures", "d", {}, async ({ v }) => {
  const run = () => execSync("ls " + v); // want "tool argument \"v\" reaches child_process.execSync"
  run();
  const fixed = "ls";
  const safe = () => execSync(fixed);
  // good: the closure captures a constant
  safe();
  return { content: [] };
});

// case: params
s.tool("params", "d", {}, async ({ v }) => {
  const f = (a: string, b?: string, ...rest: string[]) => execSync(rest.join(" ")); // want "tool argument \"v\" reaches child_process.execSync"
  f("x", "y", v);
  const g = ({ cmd }: { cmd: string }, [first]: string[]) => execSync(cmd + first); // want "tool argument \"v\" reaches child_process.execSync"
  g({ cmd: v }, ["x"]);
  const h = (a: string, b: string = "ls") => execSync(b);
  // good: b takes its constant default
  h(v);
  return { content: [] };
});
