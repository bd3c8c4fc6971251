# The server whose manifests sit in bad/ and good/. MCP014 reads the
# manifests, not this file; it is here because every fixture directory of a
# language holds that language's source.
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")


@mcp.tool()
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


if __name__ == "__main__":
    mcp.run()  # stdio
