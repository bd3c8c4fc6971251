"""MCP002 fixtures: registration and propagation shapes."""
import os
import shlex
import subprocess
from typing import Annotated

from pydantic import BaseModel, Field

from app import mcp


@mcp.tool
def bare(cmd: str) -> str:
    return subprocess.getoutput(cmd)  # want "tool argument \"cmd\" reaches subprocess.getoutput"


def registered(cmd: str) -> str:
    return subprocess.getoutput(cmd)  # want "tool argument \"cmd\""


mcp.add_tool(registered)


@mcp.tool(name="annotated")
def annotated(cmd: Annotated[str, Field(description="a command")], n: Annotated[int, Field(ge=1)]) -> str:
    subprocess.getoutput(f"seq {n}")  # good: n is an int
    return subprocess.getoutput(cmd)  # want "tool argument \"cmd\""


class Job(BaseModel):
    script: str
    retries: int


@mcp.tool()
def job(spec: Job) -> str:
    subprocess.getoutput(f"retry {spec.retries}")  # good: an int field of the model
    return subprocess.getoutput(spec.script)  # want "tool argument \"script\""


def build(prefix: str, arg: str) -> str:
    return prefix + " " + arg


@mcp.tool()
def summary(arg: str) -> str:
    line = build("ls", arg)
    return subprocess.getoutput(line)  # want "tool argument \"arg\""


@mcp.tool()
def unpack(arg: str) -> str:
    a, b = arg, "x"
    subprocess.getoutput(b)  # good: b is the constant
    return subprocess.getoutput(a)  # want "tool argument \"arg\""


@mcp.tool()
def comprehension(names: list[str]) -> str:
    quoted = [n.strip() for n in names]
    return subprocess.getoutput("ls " + " ".join(quoted))  # want "tool argument \"names\""


@mcp.tool()
def via_dict(arg: str) -> str:
    opts = {"cmd": arg, "safe": "ls"}
    subprocess.getoutput(opts["safe"])  # good: a constant entry of the dict
    return subprocess.getoutput(opts["cmd"])  # want "tool argument \"arg\""


def loop(x: str) -> str:
    return loop(x)


@mcp.tool()
def recursive(arg: str) -> str:
    # good: recursion terminates in the analysis; nothing reaches a sink
    return loop(arg)


@mcp.tool()
def env_only(name: str) -> str:
    # good: the environment, not the argument, picks the command
    return subprocess.getoutput(os.environ.get("TOOL_CMD", "ls"))


@mcp.tool()
async def in_executor(command: str) -> str:
    import asyncio
    import shlex

    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(
        None,
        lambda: subprocess.run(shlex.split(command), capture_output=True, text=True),  # want "tool argument \"command\" reaches subprocess.run"
    )
    return result.stdout


@mcp.tool()
def nested(command: str) -> str:
    def runner() -> str:
        return subprocess.getoutput(command)  # want "tool argument \"command\" reaches subprocess.getoutput"

    return runner()


def blocking_run(cmd: str) -> str:
    return subprocess.getoutput(cmd)  # want "tool argument \"cmd\" reaches subprocess.getoutput"


@mcp.tool()
async def threaded(cmd: str) -> str:
    import asyncio

    return await asyncio.to_thread(blocking_run, cmd)


class Runner:
    @staticmethod
    def run(cmd: str, label: str = "run") -> str:
        return subprocess.getoutput(cmd)  # want "tool argument \"cmd\" reaches subprocess.getoutput"

    @staticmethod
    def describe(cmd: str, label: str) -> str:
        # good: only the constant label reaches the shell
        return subprocess.getoutput("echo " + shlex.quote(label))


@mcp.tool()
def static_call(cmd: str) -> str:
    Runner.describe(cmd, "x")
    return Runner.run(cmd)
