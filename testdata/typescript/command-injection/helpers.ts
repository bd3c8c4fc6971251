// A helper module: the taint arrives from a tool in tools.ts.
import { execSync } from "child_process";

export async function runShell(pattern: string): Promise<string> {
  const cmd = `grep -rn ${pattern} /srv`;
  return execSync(cmd).toString(); // want "tool argument \"pattern\" reaches child_process.execSync \\(argument of a handler in tools.ts\\)"
}
