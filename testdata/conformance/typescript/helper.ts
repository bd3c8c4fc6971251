// Conformance helper module: reached through every import form.
import { execSync } from "child_process";

export function named(x: string) {
  execSync("named " + x); // want "tool argument \"v\" reaches child_process.execSync"
}

export default function fallback(x: string) {
  execSync("default " + x); // want "tool argument \"v\" reaches child_process.execSync"
}

export const safe = (x: string) => execSync("echo " + JSON.stringify(x.length));
