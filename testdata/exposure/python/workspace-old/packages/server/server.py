"""The workspace server with uv.lock installing mcp 1.22.0: MCP005 reports
the transport, MCP014 the lock's pin (high: the transport is served) and
the member's range."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")

if __name__ == "__main__":
    mcp.run(transport="streamable-http")
