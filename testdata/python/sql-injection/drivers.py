"""MCP008 fixtures: database drivers MCP servers wrap."""
import sqlite3

import asyncpg
import clickhouse_connect
import duckdb
from mcp.server.fastmcp import FastMCP
from sqlalchemy import create_engine

mcp = FastMCP("drivers")
engine = create_engine("sqlite:///app.db")


@mcp.tool()
def run_script(script: str) -> str:
    db = sqlite3.connect("app.db")
    db.executescript(script)  # want "tool argument \"script\" is run as a script of statements by db.executescript"
    # Good: execute runs one statement, with the value bound as a parameter.
    db.execute("INSERT INTO log VALUES (?)", (script,))
    return "ok"


@mcp.tool()
def raw_sql(table: str) -> list:
    with engine.connect() as conn:
        return list(conn.exec_driver_sql(f"SELECT * FROM {table}"))  # want "tool argument \"table\" is built into SQL text passed to conn.exec_driver_sql"


@mcp.tool()
def duck(column: str) -> list:
    con = duckdb.connect()
    rows = con.sql("SELECT " + column + " FROM t").fetchall()  # want "tool argument \"column\" is built into SQL text passed to con.sql"
    # Good: a prepared statement with the value as a parameter.
    rows += con.execute("SELECT * FROM t WHERE c = ?", [column]).fetchall()
    return rows


@mcp.tool()
def clickhouse(name: str) -> list:
    client = clickhouse_connect.get_client(host="localhost")
    return client.query(f"SELECT * FROM events WHERE name = '{name}'").result_rows  # want "tool argument \"name\" is built into SQL text passed to client.query"


@mcp.tool()
async def pg(user: str) -> list:
    conn = await asyncpg.connect("postgresql://localhost/app")
    rows = await conn.fetch("SELECT * FROM users WHERE name = '" + user + "'")  # want "tool argument \"user\" is built into SQL text passed to conn.fetch"
    # Good: $1 binds the value.
    rows += await conn.fetch("SELECT * FROM users WHERE name = $1", user)
    return rows
