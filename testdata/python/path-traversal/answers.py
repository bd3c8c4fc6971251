"""MCP003 fixtures: validators that answer a failed check with a value."""
import os

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("answers")
ROOT = os.path.realpath("/srv/data")


def path_problem(path: str) -> str | None:
    if not os.path.realpath(path).startswith(ROOT + os.sep):
        return "bad path"
    return None


def path_ok(path: str) -> bool:
    if not os.path.realpath(path).startswith(ROOT + os.sep):
        return False
    return True


def path_or_raise(path: str) -> bool:
    if not os.path.realpath(path).startswith(ROOT + os.sep):
        raise ValueError("bad path")
    return True


@mcp.tool()
def read_answer_ignored(path: str) -> str:
    path_problem(path)  # the answer is dropped: "../x" goes on
    return open(os.path.join(ROOT, path)).read()  # want "tool argument \"path\" reaches open without a containment check"


@mcp.tool()
def read_flag_ignored(path: str) -> str:
    path_ok(path)  # False for "../x", and nobody looks
    return open(os.path.join(ROOT, path)).read()  # want "tool argument \"path\" reaches open without a containment check"


@mcp.tool()
def read_answer_tested(path: str) -> str:
    err = path_problem(path)
    if err:
        return err
    # good: path_problem gives no value only for a path resolving inside
    # ROOT
    return open(os.path.join(ROOT, path)).read()


@mcp.tool()
def read_flag_tested(path: str) -> str:
    if not path_ok(path):
        return "denied"
    # good: path_ok is True only for a path resolving inside ROOT
    return open(os.path.join(ROOT, path)).read()


@mcp.tool()
def read_raised(path: str) -> str:
    # good: path_or_raise raises for a bad path, so its True answer need
    # not be read
    path_or_raise(path)
    return open(os.path.join(ROOT, path)).read()
