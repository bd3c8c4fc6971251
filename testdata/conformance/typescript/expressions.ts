// Conformance fixtures: how taint crosses each expression of TypeScript.
// Each `case:` comment starts a case that the conformance table names; a
// finding case is marked with want, its clean twin says why it is clean.
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const s = new McpServer({ name: "conformance", version: "1.0.0" });

// case: identifier
s.tool("identifier", "d", {}, async ({ v }) => {
  const alias = v;
  execSync(alias); // want "tool argument \"v\" reaches child_process.execSync"
  const other = "ls";
  // good: another variable holds a constant
  execSync(other);
  return { content: [] };
});

// case: literals
s.tool("literals", "d", {}, async ({ v }) => {
  // good: literals of every kind carry nothing
  execSync(`ls ${1} ${true} ${false} ${null} ${undefined} ${/ab+c/gi} \t`);
  execSync("ls \u0041 " + v); // want "tool argument \"v\" reaches child_process.execSync"
  return { content: [] };
});

// case: template
s.tool("template", "d", {}, async ({ v }) => {
  execSync(`ls ${v}`); // want "tool argument \"v\" reaches child_process.execSync"
  // good: the substitution is a constant
  execSync(`ls ${"-l"}`);
  return { content: [] };
});

// case: binary
s.tool("binary", "d", {}, async ({ v, w }) => {
  execSync("ls " + v); // want "tool argument \"v\" reaches child_process.execSync"
  execSync(w ?? "ls"); // want "tool argument \"w\" reaches child_process.execSync"
  // good: a comparison is a boolean, arithmetic a number
  execSync("echo " + (v === "a") + (v.length * 2));
  return { content: [] };
});

// case: unary
s.tool("unary", "d", {}, async ({ v }) => {
  // good: !v, typeof v, -v and v++ are booleans, type names and numbers
  let n = 0;
  execSync("echo " + !v + typeof v + -v + n++ + --n);
  execSync("echo " + v); // want "tool argument \"v\" reaches child_process.execSync"
  return { content: [] };
});

// case: ternary
s.tool("ternary", "d", {}, async ({ v }) => {
  execSync(v ? v : "ls"); // want "tool argument \"v\" reaches child_process.execSync"
  // good: the condition chooses between constants
  execSync(v ? "ls -l" : "ls");
  return { content: [] };
});

// case: wrappers
s.tool("wrappers", "d", {}, async ({ v }) => {
  execSync((v as string)!); // want "tool argument \"v\" reaches child_process.execSync"
  execSync(<string>v); // want "tool argument \"v\" reaches child_process.execSync"
  execSync(await Promise.resolve(v satisfies string)); // want "tool argument \"v\" reaches child_process.execSync"
  const id = <T,>(x: T) => x;
  execSync(id<string>(v)); // want "tool argument \"v\" reaches child_process.execSync"
  const idText = id<string>;
  execSync(idText(v)); // want "tool argument \"v\" reaches child_process.execSync"
  // good: wrapped constants
  execSync(("ls" as string)!);
  return { content: [] };
});

// case: sequence
s.tool("sequence", "d", {}, async ({ v }) => {
  execSync(("x", v)); // want "tool argument \"v\" reaches child_process.execSync"
  // good: the value of a comma expression is its last operand
  execSync((v, "ls"));
  return { content: [] };
});

// case: member
s.tool("member", "d", {}, async (args) => {
  execSync(args.v); // want "tool argument \"v\" reaches child_process.execSync"
  execSync(args?.w ?? ""); // want "tool argument \"w\" reaches child_process.execSync"
  execSync(args["x"]); // want "tool argument \"x\" reaches child_process.execSync"
  // good: a property of a constant object
  const cfg = { cmd: "ls" };
  execSync(cfg.cmd);
  return { content: [] };
});

// case: object
s.tool("object", "d", {}, async ({ v }) => {
  const key = "k";
  const o = { a: v, [key]: v, "quoted": "ls", v };
  execSync(o.a); // want "tool argument \"v\" reaches child_process.execSync"
  const copy = { ...o };
  execSync(copy.v); // want "tool argument \"v\" reaches child_process.execSync"
  // good: the constant property of the same object
  execSync(o.quoted);
  return { content: [] };
});

// case: array
s.tool("array", "d", {}, async ({ v }) => {
  const list = ["ls", v];
  execSync(list.join(" ")); // want "tool argument \"v\" reaches child_process.execSync"
  const more = [...list];
  execSync(more[1]); // want "tool argument \"v\" reaches child_process.execSync"
  // good: the constant element
  execSync(list[0]);
  return { content: [] };
});

// case: assign
s.tool("assign", "d", {}, async ({ v }) => {
  let cmd = "ls ";
  cmd += v;
  execSync(cmd); // want "tool argument \"v\" reaches child_process.execSync"
  let other;
  other = v;
  execSync(other); // want "tool argument \"v\" reaches child_process.execSync"
  // good: reassigned to a constant
  other = "ls";
  execSync(other);
  return { content: [] };
});

// case: call
s.tool("call", "d", {}, async ({ v }) => {
  const wrap = (x: string) => `ls ${x}`;
  execSync(wrap(v)); // want "tool argument \"v\" reaches child_process.execSync"
  execSync(String(v).trim()); // want "tool argument \"v\" reaches child_process.execSync"
  // good: a function whose result does not depend on its argument
  const fixed = (x: string) => (x ? "ls" : "ls -l");
  execSync(fixed(v));
  return { content: [] };
});

// case: new
s.tool("new", "d", {}, async ({ v }) => {
  class Box {
    constructor(public value: string) {}
  }
  execSync(new Box(v).value); // want "tool argument \"v\" reaches child_process.execSync"
  // good: a box of a constant
  execSync(new Box("ls").value);
  return { content: [] };
});

// case: tagged
s.tool("tagged", "d", {}, async ({ v }) => {
  const raw = (parts: TemplateStringsArray, ...vals: string[]) => parts.join("") + vals.join("");
  execSync(raw`ls ${v}`); // want "tool argument \"v\" reaches child_process.execSync"
  // good: a tagged template of constants
  execSync(raw`ls ${"-l"}`);
  return { content: [] };
});

// case: meta
s.tool("meta", "d", {}, async ({ v }) => {
  // good: import.meta and new.target are the module's own data
  function Probe(this: unknown) {
    return new.target ? "ls" : "pwd";
  }
  execSync("ls " + import.meta.url + Probe.call(null));
  execSync("ls " + v); // want "tool argument \"v\" reaches child_process.execSync"
  return { content: [] };
});
