import { execSync, execFileSync } from "child_process";

abstract class Tool {
  abstract name: string;
  abstract execute(args: any): unknown;
}

class GitTool extends Tool {
  name = "git";
  execute(args: any) {
    return execSync("git log " + args.ref); // want "tool argument \"ref\" reaches child_process.execSync"
  }
}

class ListTool extends Tool {
  name = "ls";
  async execute({ dir }: { dir: string }) {
    return execSync("ls " + dir); // want "tool argument \"dir\" reaches child_process.execSync"
  }
}

class SafeTool extends Tool {
  name = "safe";
  execute(args: any) {
    // good: an argv list runs no shell
    return execFileSync("ls", [args.dir]);
  }
}

class PingTool extends Tool {
  name = "ping";
  execute(args: any) {
    return execSync("ping -c 1 " + args.host); // want "tool argument \"host\" reaches child_process.execSync"
  }
}

export const toolList: Tool[] = [new GitTool(), new ListTool(), new SafeTool()];
export const registry = new Map(toolList.map((t) => [t.name, t]));
registry.set("ping", new PingTool());
