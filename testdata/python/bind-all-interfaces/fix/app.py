"""MCP001 fixes: the literal that binds all interfaces becomes 127.0.0.1
(app.py.golden has every fix applied)."""
import os

import uvicorn
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes", host="0.0.0.0")  # want "MCP server listens on all interfaces"
mcp.settings.host = '0.0.0.0'  # want "MCP server listens on all interfaces"

if __name__ == "__main__":
    uvicorn.run(mcp.streamable_http_app(), host="::", port=8000)  # want "MCP server listens on all interfaces"
    # the default of the environment lookup is the literal fixed
    uvicorn.run(mcp.sse_app(), host=os.environ.get("HOST", "0.0.0.0"), port=8001)  # want "all interfaces by default"

HOST = "0.0.0.0"


def serve_sse() -> None:
    # the literal is fixed where the variable gets it
    uvicorn.run(mcp.sse_app(), host=HOST, port=8002)  # want "MCP server listens on all interfaces"
    # no fix: the host is built by concatenation, not written as one literal
    uvicorn.run(mcp.sse_app(), host="0.0." + "0.0", port=8003)  # want "MCP server listens on all interfaces"
