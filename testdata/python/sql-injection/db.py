"""MCP008 fixtures: SQL built from tool arguments."""
import re
import sqlite3

from mcp.server.fastmcp import FastMCP
from sqlalchemy import text

mcp = FastMCP("db")
conn = sqlite3.connect("app.db")


@mcp.tool()
def find_user(name: str) -> list:
    cur = conn.cursor()
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")  # want "tool argument \"name\" is built into SQL text passed to cur.execute"
    return cur.fetchall()


@mcp.tool()
def find_percent(name: str) -> list:
    query = "SELECT * FROM users WHERE name = '%s'" % name
    return conn.execute(query).fetchall()  # want "tool argument \"name\" is built into SQL text"


@mcp.tool()
def find_format(table: str) -> list:
    return conn.execute("SELECT * FROM {}".format(table)).fetchall()  # want "tool argument \"table\""


@mcp.tool()
def find_concat(col: str) -> list:
    sql = "SELECT " + col + " FROM users"
    return conn.execute(sql).fetchall()  # want "tool argument \"col\""


@mcp.tool()
def find_param(name: str) -> list:
    # good: a parameterised query
    return conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()


@mcp.tool()
def find_sqlalchemy(session, name: str) -> list:
    return session.execute(text(f"SELECT * FROM users WHERE name = '{name}'")).all()  # want "tool argument \"name\" is built into SQL text passed to sqlalchemy.text"


@mcp.tool()
def find_sqlalchemy_bound(session, name: str) -> list:
    # good: bound parameter
    return session.execute(text("SELECT * FROM users WHERE name = :n"), {"n": name}).all()


def validate_table(table: str) -> None:
    if not re.match(r"^[A-Za-z0-9_]+$", table):
        raise ValueError(table)


@mcp.tool()
def count_rows(table: str) -> int:
    # good: the name is restricted to letters, digits and underscores
    validate_table(table)
    return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@mcp.tool()
def count_rows_loose(table: str) -> int:
    if not re.match(r"^[A-Za-z0-9_ ;']+$", table):
        raise ValueError(table)
    return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # want "tool argument \"table\" is built into SQL text"


@mcp.tool()
def count_rows_unanchored(table: str) -> int:
    if not re.search(r"[A-Za-z0-9_]+", table):
        raise ValueError(table)
    return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # want "tool argument \"table\" is built into SQL text"


def checked_identifier(name: str) -> str:
    if not re.match(r"^[a-zA-Z0-9_$]+$", name):
        raise ValueError(name)
    return name


def split_table(name: str):
    if "." in name:
        db, tbl = name.split(".", 1)
        return checked_identifier(db), checked_identifier(tbl)
    return None, checked_identifier(name)


@mcp.tool()
def read_table(table: str) -> list:
    # good: checked_identifier returns its argument only when it is made of
    # identifier characters ($ included: harmless in a quoted identifier)
    name = checked_identifier(table)
    return conn.execute(f"SELECT * FROM `{name}` LIMIT 100").fetchall()


@mcp.tool()
def read_qualified(table: str) -> list:
    # good: both parts come back from the validator
    db, tbl = split_table(table)
    return conn.execute(f"SELECT * FROM `{db}`.`{tbl}`").fetchall()


def loose_identifier(name: str) -> str:
    if not re.match(r"^[a-zA-Z0-9_ ()=]+$", name):
        raise ValueError(name)
    return name


@mcp.tool()
def read_table_loose(table: str) -> list:
    name = loose_identifier(table)
    return conn.execute(f"SELECT * FROM {name}").fetchall()  # want "tool argument \"table\" is built into SQL text"


def unchecked_identifier(name: str) -> str:
    re.match(r"^[a-zA-Z0-9_]+$", name)
    return name


@mcp.tool()
def read_table_unchecked(table: str) -> list:
    name = unchecked_identifier(table)
    return conn.execute(f"SELECT * FROM {name}").fetchall()  # want "tool argument \"table\" is built into SQL text"


@mcp.tool()
def drop_table(table: str) -> None:
    from psycopg2.extensions import quote_ident

    # good: quote_ident doubles any quote inside the name and wraps it
    conn.execute(f"DROP TABLE {quote_ident(table, conn)}")


@mcp.tool()
def run_cli(command: str) -> None:
    import shlex

    # good for SQL: shlex.split makes shell words, an argv for a sandbox
    # runner's execute, not SQL text (the command itself is MCP002's
    # business where it reaches a process)
    get_runner().execute(shlex.split("aws " + command))
    conn.execute("SELECT 1; " + " ".join(shlex.split(command)))  # want "tool argument \"command\" is built into SQL text"
