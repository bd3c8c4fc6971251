// Conformance fixtures: statements.
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const s = new McpServer({ name: "statements", version: "1.0.0" });

// case: declarations
s.tool("declarations", "d", {}, async ({ v }) => {
  var a = v;
  let b = a;
  const c = b;
  execSync(c); // want "tool argument \"v\" reaches child_process.execSync"
  // good: declared from a constant
  const d = "ls";
  execSync(d);
  return { content: [] };
});

// case: if
s.tool("if", "d", {}, async ({ v }) => {
  let cmd = "ls";
  if (v.length > 3) {
    cmd = v;
  } else {
    cmd = "ls -l";
  }
  execSync(cmd); // want "tool argument \"v\" reaches child_process.execSync"
  // good: both branches assign constants
  let other = "ls";
  if (v) other = "pwd";
  else other = "id";
  execSync(other);
  return { content: [] };
});

// case: switch
s.tool("switch", "d", {}, async ({ v }) => {
  let cmd = "ls";
  switch (v) {
    case "a":
      cmd = "ls -a";
      break;
    case "raw":
      cmd = v;
      break;
    default:
      cmd = "ls";
  }
  execSync(cmd); // want "tool argument \"v\" reaches child_process.execSync"
  // good: every case chooses a constant
  let flag = "";
  switch (v) {
    case "long":
      flag = "-l";
      break;
    default:
      flag = "-1";
  }
  execSync("ls " + flag);
  return { content: [] };
});

// case: loops
s.tool("loops", "d", {}, async ({ v, list }) => {
  for (const part of v.split(",")) {
    execSync(part); // want "tool argument \"v\" reaches child_process.execSync"
  }
  for (const key in list) {
    execSync("echo " + key); // want "tool argument \"list\" reaches child_process.execSync"
  }
  let i = 0;
  let acc = "";
  while (i < 3) {
    acc += v;
    i++;
  }
  do {
    execSync(acc); // want "tool argument \"v\" reaches child_process.execSync"
  } while (false);
  for (let j = 0; j < 3; j++) {
    // good: the loop variable is a number
    execSync("echo " + j);
  }
  return { content: [] };
});

// case: try
s.tool("try", "d", {}, async ({ v }) => {
  let cmd = "ls";
  try {
    cmd = v;
  } catch (e) {
    cmd = "ls -l";
  } finally {
    execSync(cmd); // want "tool argument \"v\" reaches child_process.execSync"
  }
  try {
    JSON.parse(v);
  } catch (err) {
    // good: the error is the parser's, not the argument
    execSync("echo failed " + String(err));
  }
  try {
    throw new Error(v);
  } catch (thrown: any) {
    execSync(thrown.message); // want "tool argument \"v\" reaches child_process.execSync"
  }
  return { content: [] };
});

// case: jumps
s.tool("jumps", "d", {}, async ({ v }) => {
  outer: for (const x of [v]) {
    if (!x) continue;
    if (x === "stop") break outer;
    execSync(x); // want "tool argument \"v\" reaches child_process.execSync"
  }
  debugger;
  ;
  if (v) {
    return { content: [] };
  }
  // good: after the return only an empty v gets here
  execSync("echo");
  throw new Error("unreachable " + v);
});

// case: return
s.tool("return", "d", {}, async ({ v }) => {
  const pick = (x: string) => {
    return x;
  };
  execSync(pick(v)); // want "tool argument \"v\" reaches child_process.execSync"
  const none = (x: string) => {
    if (x) return "ls";
    return "ls -l";
  };
  // good: every return is a constant
  execSync(none(v));
  return { content: [] };
});
