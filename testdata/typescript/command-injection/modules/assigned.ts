// TypeScript export = value
import { exec } from "child_process";
const api = { run: (t: string) => exec("assigned " + t) }; // want "tool argument \"target\" reaches child_process.exec"
export = api;
