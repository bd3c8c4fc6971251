import { exec, execFile } from "child_process";
export function later(t: string) {
  exec("lazy " + t); // want "tool argument \"target\" reaches child_process.exec"
  // good: no shell
  execFile("lazy", [t]);
}
