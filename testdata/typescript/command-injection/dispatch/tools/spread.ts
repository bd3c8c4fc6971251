import { execSync } from "child_process";

export const archive = {
  name: "archive",
  handler: (a: { dir: string }) => execSync("tar czf out.tgz " + a.dir), // want "tool argument \"dir\" reaches child_process.execSync"
};

export const status = {
  name: "status",
  // good: a constant command
  handler: () => execSync("git status"),
};
