import { execSync } from "child_process";
export function run({ target }: { target: string }) {
  return execSync("deploy " + target); // want "tool argument \"target\" reaches child_process.execSync"
}
