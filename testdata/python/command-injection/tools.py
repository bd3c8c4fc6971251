"""MCP002 fixtures: FastMCP tools that run processes."""
import asyncio
import os
import shlex
import subprocess
from enum import Enum
from typing import Literal

from mcp.server.fastmcp import Context, FastMCP

from helpers import run_shell

mcp = FastMCP("shell")


@mcp.tool()
def ping(host: str, count: int = 4) -> str:
    command = f"ping -c {count} {host}"
    return subprocess.check_output(command, shell=True).decode()  # want "tool argument \"host\" reaches subprocess.check_output with shell=True"


@mcp.tool()
def ping_quoted(host: str) -> str:
    # good: shlex.quote makes the argument one shell word
    return subprocess.check_output(f"ping -c 1 {shlex.quote(host)}", shell=True).decode()


@mcp.tool()
def ping_argv(host: str) -> str:
    # good: argv list without a shell; the argument is an argument, not a program
    return subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True).stdout


@mcp.tool()
def run_program(program: str, arg: str) -> str:
    return subprocess.run([program, arg], capture_output=True).stdout  # want "tool argument \"program\" reaches subprocess.run"


@mcp.tool()
def sh_c(script: str) -> str:
    return subprocess.run(["bash", "-c", script], capture_output=True).stdout  # want "tool argument \"script\" reaches subprocess.run"


@mcp.tool()
def system(cmd: str) -> int:
    full = "echo start; " + cmd
    return os.system(full)  # want "tool argument \"cmd\" reaches os.system"


@mcp.tool()
def popen(cmd: str) -> str:
    parts = ["ls", cmd]
    line = " ".join(parts)
    return os.popen(line).read()  # want "tool argument \"cmd\" reaches os.popen"


@mcp.tool()
async def async_shell(cmd: str) -> str:
    proc = await asyncio.create_subprocess_shell(cmd)  # want "reaches asyncio.create_subprocess_shell"
    return str(await proc.wait())


@mcp.tool()
async def async_exec(cmd: str) -> str:
    proc = await asyncio.create_subprocess_exec("sh", "-c", cmd)  # want "reaches asyncio.create_subprocess_exec"
    return str(await proc.wait())


@mcp.tool()
def via_helper(pattern: str) -> str:
    return run_shell("grep -r " + pattern)


@mcp.tool()
def with_context(ctx: Context, count: int) -> str:
    # good: ctx is injected by the SDK and count is an int
    return subprocess.check_output(f"seq {count} {ctx.request_id}", shell=True).decode()


class Level(Enum):
    LOW = "low"
    HIGH = "high"


@mcp.tool()
def literal_mode(mode: Literal["fast", "slow"], level: Level) -> str:
    # good: a Literal and an Enum can only be one of the listed values
    return subprocess.check_output(f"run --mode {mode} --level {level}", shell=True).decode()


@mcp.tool()
def augmented(extra: str) -> str:
    cmd = "ls "
    cmd += extra
    return subprocess.check_output(cmd, shell=True).decode()  # want "tool argument \"extra\""


@mcp.tool()
def formatted(name: str) -> str:
    cmd = "echo {}".format(name)
    return subprocess.getoutput(cmd)  # want "tool argument \"name\" reaches subprocess.getoutput"


@mcp.tool()
def percent(name: str) -> str:
    return subprocess.getoutput("echo %s" % name)  # want "tool argument \"name\""


def not_a_tool(cmd: str) -> str:
    # good: not an MCP handler, and nothing calls it from one
    return subprocess.check_output(cmd, shell=True).decode()


@mcp.tool()
def git_log(rev: str, author: str, path: str) -> str:
    subprocess.run(["git", "log", f"--author={author}"], capture_output=True)  # good: the argument is an option's value
    subprocess.run(["git", "log", "--", path], capture_output=True)  # good: after "--" it is an operand
    return subprocess.run(["git", "log", rev], capture_output=True, text=True).stdout  # want "tool argument \"rev\" can inject options into subprocess.run"


@mcp.tool()
async def find_files(pattern: str) -> str:
    proc = await asyncio.create_subprocess_exec("find", ".", "-name", pattern)  # good: the value of -name
    await proc.wait()
    proc = await asyncio.create_subprocess_exec("find", pattern)  # want "tool argument \"pattern\" can inject options into asyncio.create_subprocess_exec"
    return str(await proc.wait())


ALLOWED_COMMANDS = ["uptime", "df -h", "free -m"]


@mcp.tool()
def run_allowed(cmd: str) -> str:
    # good: only an allow-listed command line runs
    if cmd not in ALLOWED_COMMANDS:
        raise ValueError("not allowed")
    return subprocess.check_output(cmd, shell=True).decode()


@mcp.tool()
def run_substring(cmd: str) -> str:
    if cmd not in "uptime df free":
        raise ValueError("not allowed")
    return subprocess.check_output(cmd, shell=True).decode()  # want "tool argument \"cmd\" reaches subprocess.check_output with shell=True"


def check_exists(path: str) -> None:
    if not os.path.exists(path):
        raise FileNotFoundError(f"no such file: {path}")


@mcp.tool()
def report_missing(path: str) -> str:
    try:
        check_exists(path)
    except FileNotFoundError as err:
        # the message carries the argument, raised in a helper
        return subprocess.run(f"logger {err}", shell=True, capture_output=True).stdout  # want "tool argument \"path\" reaches subprocess.run with shell=True"
    return "ok"


@mcp.tool()
def report_invalid(path: str) -> str:
    try:
        raise ValueError(path)
    except ValueError as e:
        return subprocess.run(str(e), shell=True, capture_output=True).stdout  # want "tool argument \"path\" reaches subprocess.run with shell=True"


@mcp.tool()
def report_invalid_constant(path: str) -> str:
    try:
        if not path:
            raise ValueError("empty path")
    except ValueError as e:
        # good: the raised message is a constant, not the argument
        return subprocess.run(str(e), shell=True, capture_output=True).stdout
    return "ok"
