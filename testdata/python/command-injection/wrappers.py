"""MCP002 fixtures: subprocess wrappers and long helper chains."""
import os

import sh
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("wrappers")


@mcp.tool()
def bash(script: str) -> str:
    return str(sh.bash("-c", script))  # want "tool argument \"script\" reaches sh.bash"


@mcp.tool()
def program(name: str) -> str:
    return str(sh.Command(name)())  # want "tool argument \"name\" names the program run by sh.Command"


@mcp.tool()
def popen(path: str) -> str:
    return os.popen("wc -l " + path).read()  # want "tool argument \"path\" reaches os.popen"


@mcp.tool()
def fixed() -> str:
    # Good: nothing the caller sends reaches the shell.
    return str(sh.bash("-c", "uptime"))


def c0(x):
    return c1(x)


def c1(x):
    return c2(x)


def c2(x):
    return c3(x)


def c3(x):
    return c4(x)


def c4(x):
    return c5(x)


def c5(x):
    return c6(x)


def c6(x):
    return c7(x)


def c7(x):
    return c8(x)


def c8(x):
    return c9(x)


def c9(x):
    return os.system(x)  # want "tool argument \"cmd\" reaches os.system"


@mcp.tool()
def deep(cmd: str) -> int:
    # ten helpers deep: call depth does not decide the result
    return c0(cmd)


@mcp.tool()
def deep_constant() -> int:
    # Good: a constant goes down the same chain.
    return c0("uptime")
