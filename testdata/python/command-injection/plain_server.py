"""MCP002 fixtures: tools registered on a Server object by name."""
import subprocess

from mcp import Server

server = Server("shell-exec")


@server.tool("run_command")
def run_command(command: str) -> str:
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout  # want "tool argument \"command\" reaches subprocess.run with shell=True"
