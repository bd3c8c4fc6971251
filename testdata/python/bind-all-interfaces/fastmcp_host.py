"""MCP001 fixtures: FastMCP and its run() transports."""
import os

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes", host="0.0.0.0")  # want "listens on all interfaces \\(host \"0.0.0.0\"\\)"

# good: loopback only
local = FastMCP("notes", host="127.0.0.1")

# good: no host, FastMCP defaults to 127.0.0.1
default = FastMCP("notes")

HOST = "0.0.0.0"
ANY6 = "::"


@mcp.tool()
def add(a: int, b: int) -> int:
    return a + b


def serve_sse():
    mcp.run(transport="sse", host=HOST)  # want "all interfaces \\(host \"0.0.0.0\"\\)"


def serve_http():
    local.run(transport="streamable-http", host=ANY6)  # want "host \"::\""


def serve_stdio():
    # good: stdio is not a network listener, the host is ignored
    local.run(transport="stdio", host="0.0.0.0")


def serve_env():
    host = os.getenv("MCP_HOST", "0.0.0.0")
    local.run(transport="sse", host=host)  # want "all interfaces by default \\(host \"0.0.0.0\" from os.getenv"


def serve_env_or():
    local.run(transport="sse", host=os.environ.get("MCP_HOST") or "0.0.0.0")  # want "by default"


def serve_env_loopback():
    # good: the default is loopback; an operator must opt in to exposure
    local.run(transport="sse", host=os.environ.get("MCP_HOST", "127.0.0.1"))


def serve_runtime(host: str):
    # good: only known at run time, no all-interfaces default
    local.run(transport="sse", host=host)


def serve_param_default(host: str = "0.0.0.0"):
    local.run(transport="sse", host=host)  # want "by default \\(host \"0.0.0.0\" from the default of parameter host\\)"


local.settings.host = "0.0.0.0"  # want "all interfaces"

# good: settings pinned to loopback
local.settings.host = "localhost"

# good: a server on all interfaces that is only ever run over stdio binds
# nothing (its host is used by network runs only)
stdio_only = FastMCP("stdio-only", host="0.0.0.0")


def serve_stdio_only():
    stdio_only.run()
    stdio_only.run(transport="stdio")


# good: the same through the settings of a server only run over stdio
stdio_settings = FastMCP("stdio-settings")
stdio_settings.settings.host = "0.0.0.0"


def serve_stdio_settings():
    stdio_settings.run()


# a server run over stdio in one place and over a transport chosen at run
# time in another may be served: its host counts
either = FastMCP("either", host="0.0.0.0")  # want "listens on all interfaces \\(host \"0.0.0.0\"\\)"


def serve_either(transport: str):
    either.run()
    either.run(transport=transport)


def in_container() -> bool:
    return os.path.exists("/.dockerenv")


def serve_conditional():
    # all interfaces on one branch of the condition: named in the message
    host = "0.0.0.0" if in_container() else "127.0.0.1"
    local.run(transport="sse", host=host)  # want "by default \\(host \"0.0.0.0\" from \"0.0.0.0\" if in_container\\(\\) else \"127.0.0.1\"\\)"


def serve_conditional_reversed():
    host = "127.0.0.1" if not in_container() else "0.0.0.0"
    local.run(transport="sse", host=host)  # want "by default \\(host \"0.0.0.0\" from \"127.0.0.1\" if not in_container\\(\\)"


def serve_branches():
    if in_container():
        host = "0.0.0.0"
    else:
        host = "127.0.0.1"
    local.run(transport="sse", host=host)  # want "all interfaces when one of its branches runs \\(host \"0.0.0.0\"\\)"


def serve_conditional_loopback():
    # good: loopback on both branches
    host = "localhost" if in_container() else "127.0.0.1"
    local.run(transport="sse", host=host)
