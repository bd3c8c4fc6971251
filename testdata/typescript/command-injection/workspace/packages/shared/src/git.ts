import { execSync } from "node:child_process";

export function gitLog(ref: string) {
  return execSync(`git log ${ref}`); // want "tool argument \"ref\" reaches child_process.execSync"
}
