"""MCP004 fixtures: HTTP transports without authentication."""
import uvicorn
from mcp.server.fastmcp import FastMCP
from starlette.applications import Starlette
from starlette.routing import Mount

mcp = FastMCP("open")


def main_sse():
    mcp.run(transport="sse")  # want "SSE MCP transport is served without authentication"


def main_http():
    mcp.run(transport="streamable-http")  # want "streamable HTTP MCP transport is served without authentication"


def main_stdio():
    # good: stdio is a local pipe, not a network transport
    mcp.run()


def main_mounted():
    app = Starlette(routes=[Mount("/", app=mcp.sse_app())])
    uvicorn.run(app, port=8000)  # want "SSE MCP transport is served without authentication"


async def main_async():
    await mcp.run_sse_async()  # want "SSE MCP transport is served without authentication"
