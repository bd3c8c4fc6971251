"""MCP002 fixtures: commands run on a remote host over SSH."""
import paramiko
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("ssh")


@mcp.tool()
def remote_ls(host: str, directory: str) -> str:
    client = paramiko.SSHClient()
    client.connect(host)
    _, out, _ = client.exec_command(f"ls -la {directory}")  # want "tool argument \"directory\" reaches client.exec_command"
    return out.read().decode()


@mcp.tool()
def remote_uptime(host: str) -> str:
    # good: a fixed command; the argument only picks the host
    client = paramiko.SSHClient()
    client.connect(host)
    _, out, _ = client.exec_command("uptime")
    return out.read().decode()
