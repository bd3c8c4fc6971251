"""MCP012 fixtures: an HTTP server prints freely (stdout is no protocol stream here)."""
from mcp.server.fastmcp import FastMCP

web = FastMCP("web")


def serve() -> None:
    # good: this file serves HTTP, not stdio
    print("listening on 127.0.0.1:8000")
    web.run(transport="streamable-http")
