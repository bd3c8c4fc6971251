"""Project functions that make a source, a sanitizer and a validator the
analysis cannot see until .mcplint.yml declares them (see cmd/mcplint/models_test.go)."""
import os
import subprocess

import jobqueue
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("models-flows")


def next_job():
    # the next command line clients queued over the HTTP API
    return jobqueue.pop()


def quote_line(line):
    # quotes for the worker's shell; jobqueue keeps the rules
    return jobqueue.quote(line)



def known_file(name):
    # whether name is a file of the spool directory; jobqueue keeps the list
    return jobqueue.known(name)


@mcp.tool()
def run_next() -> str:
    """Run the next queued job."""
    # found once next_job is declared a source
    return subprocess.run(next_job(), shell=True, capture_output=True, text=True).stdout


@mcp.tool()
def run_next_quoted() -> str:
    """Echo the next queued job."""
    # safe once quote_line is declared a shell sanitizer
    return subprocess.run("echo " + quote_line(next_job()), shell=True, capture_output=True, text=True).stdout


@mcp.tool()
def echo(msg: str) -> str:
    """Echo a message."""
    # safe once quote_line is declared a shell sanitizer
    return subprocess.run("echo " + quote_line(msg), shell=True, capture_output=True, text=True).stdout


@mcp.tool()
def show(name: str) -> str:
    """Show a file."""
    # a path traversal with the models too: shell quoting says nothing
    # about where a path points
    with open(os.path.join("/srv/files", quote_line(name))) as f:
        return f.read()


@mcp.tool()
def cat(name: str) -> str:
    """Show a spool file and its size."""
    # once known_file is declared a path validator, the read is safe (the
    # name is a spool file) but the shell line stays a command injection: a
    # spool file may be called "x; rm -rf ~", and a path check says nothing
    # about shell syntax
    if not known_file(name):
        raise ValueError("unknown file")
    with open(os.path.join("/srv/spool", name)) as f:
        text = f.read()
    return text + subprocess.run("wc -c /srv/spool/" + name, shell=True, capture_output=True, text=True).stdout
