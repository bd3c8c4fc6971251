import { execSync, execFileSync } from "child_process";
export const HANDLERS: Record<string, (a: any) => unknown> = {
  lint: (a) => execSync("eslint " + a.file), // want "tool argument \"file\" reaches child_process.execSync"
  fmt: async ({ file }) => execSync(`prettier ${file}`), // want "tool argument \"file\" reaches child_process.execSync"
  // good: argv list, no shell
  test: ({ file }) => execFileSync("vitest", [file]),
};
