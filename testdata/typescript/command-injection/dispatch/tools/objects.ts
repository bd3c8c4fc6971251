import { exec } from "child_process";
export const TOOLS = {
  grep: { description: "search", run: (a: any) => exec("grep -r " + a.pattern) }, // want "tool argument \"pattern\" reaches child_process.exec"
  count: {
    description: "count lines",
    async run(a: any) {
      exec("wc -l " + a.path); // want "tool argument \"path\" reaches child_process.exec"
    },
  },
  // good: the command is a constant
  uptime: { description: "uptime", run: () => exec("uptime") },
};
