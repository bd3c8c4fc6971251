"""Conformance fixtures: how taint crosses each Python expression.

Each `case:` comment starts a case that the conformance table names; a
finding case is marked with want, its clean twin says why it is clean.
"""
import os

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("conformance")


# case: identifier
@mcp.tool()
def identifier(v: str) -> None:
    alias = v
    os.system(alias)  # want "tool argument \"v\" reaches os.system"
    other = "ls"
    # good: another variable holds a constant
    os.system(other)


# case: literals
@mcp.tool()
def literals(v: str) -> None:
    # good: literals of every kind carry nothing
    os.system("ls %s %s %s %s %s %s" % (1, 2.5, True, False, None, ...))
    os.system("ls \x41 " + v)  # want "tool argument \"v\" reaches os.system"


# case: fstring
@mcp.tool()
def fstring(v: str) -> None:
    os.system(f"ls {v!r:>10} {{literal}}")  # want "tool argument \"v\" reaches os.system"
    # good: the interpolated value is a constant
    os.system(f"ls {'-l'}")


# case: concatenated
@mcp.tool()
def concatenated(v: str) -> None:
    os.system("ls " f"{v}")  # want "tool argument \"v\" reaches os.system"
    # good: every part is constant
    os.system("ls " "-l")


# case: binary
@mcp.tool()
def binary(v: str, w: str) -> None:
    os.system("ls " + v)  # want "tool argument \"v\" reaches os.system"
    os.system("ls %s" % w)  # want "tool argument \"w\" reaches os.system"
    # good: arithmetic gives numbers
    os.system("ls " + str(len(v) * 2 - 1))


# case: boolean
@mcp.tool()
def boolean(v: str) -> None:
    os.system(v or "ls")  # want "tool argument \"v\" reaches os.system"
    # good: a comparison and not give booleans; -x gives a number
    os.system("ls " + str(v == "a") + str(not v) + str(-len(v)))


# case: conditional
@mcp.tool()
def conditional(v: str) -> None:
    os.system(v if len(v) > 2 else "ls")  # want "tool argument \"v\" reaches os.system"
    # good: the condition does not flow into the value
    os.system("ls" if v else "pwd")


# case: wrappers
@mcp.tool()
async def wrappers(v: str) -> None:
    os.system((v))  # want "tool argument \"v\" reaches os.system"
    os.system(await echo(v))  # want "tool argument \"v\" reaches os.system"
    os.system((w := v))  # want "tool argument \"v\" reaches os.system"
    # good: parentheses around a constant
    os.system(("ls"))
    os.system(w)  # want "tool argument \"v\" reaches os.system"


async def echo(x):
    return x


# case: member
@mcp.tool()
def member(v: str, d: dict) -> None:
    os.system(v.strip())  # want "tool argument \"v\" reaches os.system"
    os.system(d["cmd"])  # want "tool argument \"d\" reaches os.system"
    os.system(v[1:])  # want "tool argument \"v\" reaches os.system"
    table = {"a": "ls", "b": "pwd"}
    # good: a constant key of a constant table
    os.system(table["a"])


# case: call
@mcp.tool()
def call(v: str, opts: dict) -> None:
    os.system(helper(v, sep=" "))  # want "tool argument \"v\" reaches os.system"
    os.system(helper(*[v]))  # want "tool argument \"v\" reaches os.system"
    os.system(helper(**opts))  # want "tool argument \"opts\" reaches os.system"
    os.system(" ".join(x for x in [v]))  # want "tool argument \"v\" reaches os.system"
    # good: the helper returns a constant whatever it is given
    os.system(constant(v))


def helper(x="", sep=""):
    return x + sep


def constant(x):
    return "ls"


# case: collections
@mcp.tool()
def collections(v: str) -> None:
    os.system(" ".join([v, "a"]))  # want "tool argument \"v\" reaches os.system"
    os.system(" ".join((v, "a")))  # want "tool argument \"v\" reaches os.system"
    os.system(" ".join({v}))  # want "tool argument \"v\" reaches os.system"
    os.system({"k": v}["k"])  # want "tool argument \"v\" reaches os.system"
    os.system(" ".join([*[v]]))  # want "tool argument \"v\" reaches os.system"
    os.system({**{"k": v}}["k"])  # want "tool argument \"v\" reaches os.system"
    # good: collections of constants
    os.system(" ".join(["ls", "-l"]) + {"k": "x"}["k"])


# case: comprehensions
@mcp.tool()
def comprehensions(v: list) -> None:
    os.system(" ".join([x for x in v if x]))  # want "tool argument \"v\" reaches os.system"
    os.system(" ".join({x for x in v}))  # want "tool argument \"v\" reaches os.system"
    os.system(" ".join({x: x for x in v}))  # want "tool argument \"v\" reaches os.system"
    # good: the comprehension builds constants
    os.system(" ".join(["ls" for _ in v]))
