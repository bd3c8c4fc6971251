// Conformance fixtures: TypeScript declarations that hold code or none.
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const s = new McpServer({ name: "types", version: "1.0.0" });

// case: types
enum Mode {
  Long = "-l",
  All = "-a",
}

interface Options {
  mode?: Mode;
  readonly flags: string[];
  run(x: string): void;
  [key: string]: unknown;
}

type Handler<T extends string = string> = (x: T) => T extends "a" ? Mode : keyof Options;
type Parts = [first: string, ...rest: number[]] | Array<string> | { [K in keyof Options]?: Options[K] } | `x${string}`;
declare const external: unknown;
declare function ambient(x: string): asserts x is string;
declare module "virtual" {
  export const value: string;
}

namespace Tools {
  export const prefix = "ls";
  export function run(x: string) {
    execSync(x); // want "tool argument \"v\" reaches child_process.execSync"
  }
}
module Legacy {
  export const flag = "-a";
}
import Prefix = Tools.prefix;

s.tool("types", "d", {}, async ({ v }) => {
  const opts: Options = { flags: [], run: (x) => x };
  const typed: Handler = (x) => x;
  const parts = [] as unknown as Parts;
  const isText = (x: unknown): x is string => typeof x === "string";
  let q: typeof opts | null = null;
  // good: enum members, namespace constants and typed constants are the server's own
  execSync(`ls ${Mode.Long} ${Tools.prefix} ${Legacy.flag} ${Prefix} ${q === null}`);
  Tools.run(v);
  execSync(typed(v) as string); // want "tool argument \"v\" reaches child_process.execSync"
  return { content: [String(parts), String(isText(external))] };
});
