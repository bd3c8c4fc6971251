// MCP008 fixtures: SQL text built from tool arguments.
import { Pool } from "pg";
import { ident } from "pg-format";
import Database from "better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const pool = new Pool();
const db = new Database("app.db");
const prisma = new PrismaClient();
const server = new McpServer({ name: "db", version: "1.0.0" });

server.tool("find_user", { name: z.string() }, async ({ name }) => {
  const res = await pool.query(`SELECT * FROM users WHERE name = '${name}'`); // want "tool argument \"name\" is built into SQL text passed to pool.query"
  return { content: [{ type: "text", text: JSON.stringify(res.rows) }] };
});

server.tool("find_user_safely", { name: z.string() }, async ({ name }) => {
  // good: a parameterised query; the argument is a bound value
  const res = await pool.query("SELECT * FROM users WHERE name = $1", [name]);
  return { content: [{ type: "text", text: JSON.stringify(res.rows) }] };
});

server.tool("sqlite", { table: z.string() }, async ({ table }) => {
  const rows = db.prepare("SELECT * FROM " + table).all(); // want "tool argument \"table\" is built into SQL text passed to db.prepare"
  db.exec(`DELETE FROM ${table}`); // want "is built into SQL text passed to db.exec"
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("prisma", { id: z.string() }, async ({ id }) => {
  await prisma.$queryRawUnsafe(`SELECT * FROM t WHERE id = ${id}`); // want "reaches|is built into SQL text passed to prisma.\\$queryRawUnsafe"
  // good: the tagged template sends id as a parameter
  await prisma.$queryRaw`SELECT * FROM t WHERE id = ${id}`;
  return { content: [] };
});

function checkedIdentifier(name: string): string {
  if (!/^[A-Za-z0-9_$]+$/.test(name)) {
    throw new Error(`bad identifier ${name}`);
  }
  return name;
}

server.tool("read_table", { table: z.string() }, async ({ table }) => {
  // good: checkedIdentifier returns its argument only when it is made of
  // identifier characters ($ included: harmless in a quoted identifier)
  const name = checkedIdentifier(table);
  const res = await pool.query(`SELECT * FROM "${name}" LIMIT 100`);
  return { content: [{ type: "text", text: JSON.stringify(res.rows) }] };
});

function looseIdentifier(name: string): string {
  if (!/^[A-Za-z0-9_()=]+$/.test(name)) {
    throw new Error(`bad identifier ${name}`);
  }
  return name;
}

server.tool("read_table_loose", { table: z.string() }, async ({ table }) => {
  const name = looseIdentifier(table);
  const res = await pool.query(`SELECT * FROM ${name}`); // want "tool argument \"table\" is built into SQL text passed to pool.query"
  return { content: [{ type: "text", text: JSON.stringify(res.rows) }] };
});

server.tool("drop_table", { table: z.string() }, async ({ table }) => {
  // good: pg-format's ident doubles any quote inside the name and wraps it
  await pool.query(`DROP TABLE ${ident(table)}`);
  return { content: [] };
});
