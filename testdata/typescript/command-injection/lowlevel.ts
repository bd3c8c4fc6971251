// MCP002 fixtures: the low-level Server with setRequestHandler dispatch.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { exec } from "child_process";
import { z } from "zod";

const Payload = z.object({ dir: z.string().optional() });

class Runner {
  // a project method named like a library one (Map.get) is still followed
  static async get({ dir }: { dir: string }) {
    exec(`ls ${dir}`); // want "tool argument \"dir\" reaches child_process.exec"
  }
}

const server = new Server({ name: "low", version: "1.0.0" }, { capabilities: { tools: {} } });

async function install(packages: string[]) {
  const list = packages.join(" ");
  exec(`pip install ${list}`); // want "tool argument \"packages\" reaches child_process.exec"
}

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  switch (request.params.name) {
    case "install": {
      const args = request.params.arguments as { packages: string[] };
      await install(args.packages);
      return { content: [] };
    }
    case "echo": {
      const { text } = request.params.arguments ?? {};
      exec("echo " + text); // want "tool argument \"text\" reaches child_process.exec"
      return { content: [] };
    }
    case "list": {
      const { dir } = Payload.parse(request.params.arguments);
      await Runner.get({ dir });
      return { content: [] };
    }
    case "name": {
      // good: the tool name is chosen by the server's own dispatch, not an argument
      exec("echo " + request.params.name);
      return { content: [] };
    }
  }
  throw new Error("unknown tool");
});
