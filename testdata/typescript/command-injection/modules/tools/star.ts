import { exec } from "child_process";
export function fromStar(t: string) {
  exec("star " + t); // want "tool argument \"target\" reaches child_process.exec"
}
