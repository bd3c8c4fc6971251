"""MCP012 fixtures: handlers in a module the stdio server imports."""
from mcp.server.fastmcp import FastMCP

tools = FastMCP("tools")


@tools.tool()
def shout(text: str) -> str:
    print(text.upper())  # want "print writes to stdout"
    return text.upper()
