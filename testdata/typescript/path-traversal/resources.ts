// MCP003 fixtures: a low-level resource handler that splits the URI and
// compares one part with a constant: the comparison says nothing of the
// other parts.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ReadResourceRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { readFile } from "fs/promises";
import { join } from "path";

const server = new Server({ name: "logs", version: "1.0.0" }, { capabilities: { resources: {} } });

server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
  const { uri } = request.params;
  const [scheme, rest] = uri.split("://", 2);
  const [dir, query] = rest.split("?", 2);
  const params = new URLSearchParams(query);
  if (scheme === "logs") {
    const file = params.get("file") ?? "latest.log";
    const text = await readFile(join("/var/log/app", dir, file), "utf8"); // want "resource argument \"uri\" reaches fs/promises.readFile without a containment check"
    return { contents: [{ uri, text }] };
  }
  if (dir === "readme") {
    // good: dir is exactly "readme" here
    const text = await readFile(join("/srv/docs", dir), "utf8");
    return { contents: [{ uri, text }] };
  }
  throw new Error("unknown resource");
});
