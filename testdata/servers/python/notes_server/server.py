"""A small notes MCP server: vulnerable and safe code side by side."""
import os
import subprocess

from mcp.server.fastmcp import Context, FastMCP

from notes_server.storage import read_note, read_note_safely, search_notes

mcp = FastMCP("notes")

NOTES_DIR = os.path.realpath(os.path.expanduser("~/notes"))


@mcp.tool()
def list_notes(ctx: Context) -> list[str]:
    """List the notes."""
    return sorted(os.listdir(NOTES_DIR))


@mcp.tool()
def get_note(name: str) -> str:
    """Read a note (vulnerable: the helper does not check the path)."""
    return read_note(NOTES_DIR, name)


@mcp.tool()
def get_note_safely(name: str) -> str:
    """Read a note (safe: the helper resolves and checks the path)."""
    return read_note_safely(NOTES_DIR, name)


@mcp.tool()
def grep(pattern: str) -> str:
    """Search the notes (vulnerable: a shell command line)."""
    return search_notes(NOTES_DIR, pattern)


@mcp.tool()
def word_count(name: str) -> str:
    """Count words (safe: argv list, the argument is a plain argument)."""
    return subprocess.run(["wc", "-w", "--", name], cwd=NOTES_DIR, capture_output=True, text=True).stdout


@mcp.tool()
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


def main() -> None:
    host = os.environ.get("NOTES_HOST", "0.0.0.0")
    mcp.run(transport="sse", host=host)  # want "MCP server listens on all interfaces by default" "SSE MCP transport is served without authentication on all interfaces" "SSE MCP transport is served without Origin or Host validation"


def main_local() -> None:
    # loopback only, so no MCP004; but mcp>=1.9 allows releases before
    # 1.23.0, whose FastMCP validates no Host: a web page can reach it
    mcp.run(transport="sse", host="127.0.0.1")  # want "SSE MCP transport is served without Origin or Host validation.*or upgrade mcp to 1.23.0"


if __name__ == "__main__":
    main()
