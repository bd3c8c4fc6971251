import { exec, execFile } from "node:child_process";

export function runShell(command: string) {
  return exec(command); // want "tool argument \"command\" reaches child_process.exec"
}

export function runArgv(file: string, args: string[]) {
  // good: no shell; the executable is the caller's constant
  return execFile(file, args);
}
