"""Conformance fixtures: functions, lambdas and generators."""
import os

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("conformance-functions")


# case: lambda
@mcp.tool()
def lambda_(v: str) -> None:
    f = lambda x, y="": x + y  # noqa: E731
    os.system(f(v))  # want "tool argument \"v\" reaches os.system"
    g = lambda: "ls"  # noqa: E731
    # good: the lambda returns a constant
    os.system(g())


# case: generator
@mcp.tool()
def generator(v: str) -> None:
    os.system(" ".join(gen(v)))  # want "tool argument \"v\" reaches os.system"
    # good: the generator yields constants
    os.system(" ".join(gen_const()))


def gen(x):
    yield x


def gen_const():
    yield "ls"
