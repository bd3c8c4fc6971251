import { exec } from "child_process";
export function viaNamespace(t: string) {
  exec("namespace " + t); // want "tool argument \"target\" reaches child_process.exec"
}
