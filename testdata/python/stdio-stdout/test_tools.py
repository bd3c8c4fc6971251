"""MCP012 fixtures: a test module no stdio server imports."""
from mcp.server.fastmcp import FastMCP

test_server = FastMCP("test")


@test_server.tool()
def echo(text: str) -> str:
    # good: no file that starts a stdio transport imports this one
    print(text)
    return text
