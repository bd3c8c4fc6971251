"""A small notes MCP server: vulnerable and safe code side by side."""
import os

from mcp.server.fastmcp import Context, FastMCP

mcp = FastMCP("notes")

NOTES_DIR = os.path.realpath(os.path.expanduser("~/notes"))


@mcp.tool()
def list_notes(ctx: Context) -> list[str]:
    """List the notes."""
    return sorted(os.listdir(NOTES_DIR))


@mcp.tool()
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


def main() -> None:
    host = os.environ.get("NOTES_HOST", "0.0.0.0")
    mcp.run(transport="sse", host=host)  # want "MCP server listens on all interfaces by default"


def main_local() -> None:
    # good: loopback
    mcp.run(transport="sse", host="127.0.0.1")


if __name__ == "__main__":
    main()
