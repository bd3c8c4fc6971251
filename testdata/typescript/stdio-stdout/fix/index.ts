// MCP012 fixes: console.log, info and debug become console.error and
// process.stdout becomes process.stderr (index.ts.golden has every fix
// applied).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const server = new McpServer({ name: "notes", version: "1.0.0" });
console.log("starting"); // want "console.log writes to stdout"

server.tool("add", async ({ text }) => {
  console.info("adding", text); // want "console.info writes to stdout"
  console.debug(text); // want "console.debug writes to stdout"
  process.stdout.write(text); // want "process.stdout.write writes to stdout"
  // no fix: console.error formats a table differently
  console.table([text]); // want "console.table writes to stdout"
  return { content: [] };
});

await server.connect(new StdioServerTransport());
