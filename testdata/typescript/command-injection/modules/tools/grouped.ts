import { exec } from "child_process";
export function deep(t: string) {
  exec("grouped " + t); // want "tool argument \"target\" reaches child_process.exec"
}
