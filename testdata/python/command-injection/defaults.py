"""MCP002 fixtures: default values, closures and regex allow-lists."""
import re
import subprocess

from mcp.server import Server
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("defaults")
low = Server("defaults-low")


@low.call_tool()
async def call(name, arguments):
    args = arguments or {}
    host = args.get("host", "localhost")
    subprocess.run(f"ping -c 1 {host}", shell=True)  # want "tool argument \"host\" reaches subprocess.run with shell=True"
    # Good: the fallback is a constant and the argument is not read.
    subprocess.run("ping -c 1 " + ({} or {"h": "localhost"})["h"], shell=True)
    return []


def run_in(cmd, cwd="/tmp", shell=True):
    return subprocess.run(cmd, cwd=cwd, shell=shell)  # want "tool argument \"cmd\" reaches subprocess.run with shell=True"


@mcp.tool()
def with_defaults(cmd: str = "ls") -> str:
    run_in(cmd)
    return ""


@mcp.tool()
def closure(target: str) -> str:
    def ping():
        return subprocess.getoutput("ping -c 1 " + target)  # want "tool argument \"target\" reaches subprocess.getoutput"

    return ping()


@mcp.tool()
def allow_listed(branch: str) -> str:
    if not re.fullmatch(r"[\w.-]+", branch):
        raise ValueError("bad branch name")
    # Good: a branch name of word characters, dots and dashes holds no
    # shell syntax.
    return subprocess.getoutput("git log --oneline " + branch)


@mcp.tool()
def allow_listed_wrong(branch: str) -> str:
    if not re.fullmatch(r"[\w .;-]+", branch):
        raise ValueError("bad branch name")
    # The pattern allows spaces and ";": a second command fits.
    return subprocess.getoutput("git log --oneline " + branch)  # want "tool argument \"branch\" reaches subprocess.getoutput"
