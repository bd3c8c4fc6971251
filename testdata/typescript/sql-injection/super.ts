// MCP008 fixtures: a project class extending a library database class
// calls the library's method through super.
import Database from "better-sqlite3";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

class Store extends Database {
  purge(table: string) {
    return super.exec(`DELETE FROM ${table}`); // want "tool argument \"table\" is built into SQL text passed to"
  }
  count() {
    // good: fixed SQL text
    return super.exec("SELECT count(*) FROM t");
  }
}

const server = new McpServer({ name: "super", version: "1.0.0" });

server.tool("purge", "Empty a table", { table: z.string() }, async ({ table }) => {
  const s = new Store(":memory:");
  s.purge(table);
  s.count();
  return { content: [] };
});
