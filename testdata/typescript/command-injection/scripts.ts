// A helper module reached from a low-level handler whose arguments were
// destructured with a default (defaults.ts).
import { execSync } from "child_process";

export function runScript(script: string) {
  execSync(script); // want "tool argument \"script\" reaches child_process.execSync \\(argument of a handler in defaults.ts\\)"
}
