// MCP008 fixtures: sqlite3 and sqlite statement methods.
import sqlite3 from "sqlite3";
import { open } from "sqlite";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const db = new sqlite3.Database("app.db");
const server = new McpServer({ name: "sqlite", version: "1.0.0" });

server.tool("rows", { table: z.string(), id: z.string() }, async ({ table, id }) => {
  db.all(`SELECT * FROM ${table}`, (err, rows) => rows); // want "tool argument \"table\" is built into SQL text passed to db.all"
  // good: a bound parameter
  db.get("SELECT * FROM items WHERE id = ?", [id], (err, row) => row);
  const lite = await open({ filename: "app.db", driver: sqlite3.Database });
  await lite.run("DELETE FROM items WHERE id = " + id); // want "tool argument \"id\" is built into SQL text passed to lite.run"
  return { content: [] };
});
