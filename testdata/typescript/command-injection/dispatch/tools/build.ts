import { execSync } from "child_process";
export function runBuild(args: Record<string, unknown>) {
  return execSync("make " + args.target); // want "tool argument \"target\" reaches child_process.execSync"
}
