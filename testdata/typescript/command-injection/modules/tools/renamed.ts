import { exec } from "child_process";
export const original = (t: string) => exec("renamed " + t); // want "tool argument \"target\" reaches child_process.exec"
