// Conformance fixtures: classes, fields, methods and decorators.
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const s = new McpServer({ name: "classes", version: "1.0.0" });

// case: classes
function logged(target: unknown, key: string) {
  return target;
}

abstract class Base {
  abstract run(x: string): void;
}

class Runner extends Base implements Iterable<string> {
  static prefix = "ls";
  private last = "";
  #secret = "x";
  static {
    Runner.prefix = "ls";
  }
  constructor(private readonly flags: string) {
    super();
  }
  @logged
  run(x: string) {
    this.last = x;
    execSync(`${Runner.prefix} ${this.flags} ${x}`); // want "tool argument \"v\" reaches child_process.execSync"
  }
  get lastRun(): string {
    return this.last;
  }
  *[Symbol.iterator]() {
    yield this.#secret;
  }
}

class Shell {
  constructor(protected base: string) {}
  call(x: string) {
    execSync(`${this.base} ${x}`); // want "tool argument \"v\" reaches child_process.execSync"
  }
}

class Wrapped extends Shell {
  label = "wrapped";
  constructor() {
    super("sh -c");
  }
  go = (x: string) => super.call(x);
}

s.tool("classes", "d", {}, async ({ v }) => {
  new Wrapped().go(v);
  // good: the field initialiser is a constant
  execSync(new Wrapped().label);
  const r = new Runner("-l");
  r.run(v);
  const fixed = new Runner("-a");
  // good: flags and prefix are constants; only run's argument is the client's
  execSync(`ls ${fixed.lastRun === "" ? "" : "-1"}`);
  const Anonymous = class {
    go(x: string) {
      execSync(x); // want "tool argument \"v\" reaches child_process.execSync"
    }
  };
  new Anonymous().go(v);
  return { content: [] };
});
