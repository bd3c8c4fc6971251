"""Project functions that hide a sink and a check from the analysis until
.mcplint.yml declares them (see cmd/mcplint/models_test.go)."""
import os

import jobrunner
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("models")
NOTES = "/var/lib/notes"


def run_shell(line):
    # the job runner runs the line in a shell; nothing here says so
    return jobrunner.submit(line)


def is_safe_name(name):
    # an allow-list kept by the job runner
    return jobrunner.known_note(name)


@mcp.tool()
def run(cmd: str) -> str:
    """Run a command."""
    return run_shell(cmd)  # found once run_shell is declared a shell sink


@mcp.tool()
def read(name: str) -> str:
    """Read a note."""
    # safe once is_safe_name is declared a path validator
    if not is_safe_name(name):
        raise ValueError("unknown note")
    with open(os.path.join(NOTES, name)) as f:
        return f.read()
