#!/usr/bin/env node
// Conformance fixtures: JavaScript constructs (CommonJS, class fields,
// with, JSX) the TypeScript grammar does not share.
const { execSync } = require("child_process");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const helper = require("./helper");

const s = new McpServer({ name: "javascript", version: "1.0.0" });

// case: js-classes
class Job {
  prefix = "ls";
  static count = 0;
  #flags = "-l";
  run(x) {
    execSync(`${this.prefix} ${this.#flags} ${x}`); // want "tool argument \"v\" reaches child_process.execSync"
  }
  quick = (x) => execSync(`ls ${x}`); // want "tool argument \"w\" reaches child_process.execSync"
}

s.tool("js_classes", "d", {}, async ({ v, w }) => {
  new Job().run(v);
  new Job().quick(w);
  // good: the fields are constants
  execSync(new Job().prefix);
  return { content: [] };
});

// case: commonjs
s.tool("commonjs", "d", {}, async ({ v }) => {
  helper.run(v);
  // good: the helper's other export quotes nothing and runs a constant
  helper.version();
  return { content: [] };
});

// case: with
s.tool("with", "d", {}, async ({ v }) => {
  const opts = { cmd: "ls" };
  with (opts) {
    // good: names inside with are not resolved through the object; the constant object holds no argument
    execSync(cmd);
  }
  execSync("ls " + v); // want "tool argument \"v\" reaches child_process.execSync"
  return { content: [] };
});
