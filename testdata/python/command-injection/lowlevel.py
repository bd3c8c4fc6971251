"""MCP002 fixtures: the low-level Server and call_tool dispatch."""
import subprocess

import mcp.types as types
from mcp.server import Server

server = Server("lowlevel")


def do_exec(cmd: str) -> str:
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout  # want "tool argument \"cmd\" reaches subprocess.run with shell=True"


def do_list(directory: str, pattern: str = "*") -> str:
    return subprocess.getoutput(f"ls {directory}/{pattern}")  # want "tool argument \"directory\" reaches subprocess.getoutput"


def do_count(n: int) -> str:
    # good: dispatch passes a constant
    return subprocess.getoutput("seq 10")


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "exec":
        out = do_exec(arguments["cmd"])
    elif name == "run":
        script = arguments.get("script", "")
        out = subprocess.getoutput(script)  # want "tool argument \"script\" reaches subprocess.getoutput"
    elif name == "list":
        out = do_list(**arguments)
    else:
        out = do_count(3)
    return [types.TextContent(type="text", text=out)]
