"""MCP004 fixtures: HTTP transports without authentication."""
import os

import uvicorn
from mcp.server.fastmcp import FastMCP
from starlette.applications import Starlette
from starlette.routing import Mount

mcp = FastMCP("open", host="0.0.0.0")


def main_sse():
    mcp.run(transport="sse")  # want "SSE MCP transport is served without authentication on all interfaces \\(\"0.0.0.0\"\\): pass auth= or token_verifier="


def main_http():
    mcp.run(transport="streamable-http")  # want "streamable HTTP MCP transport is served without authentication"


def main_stdio():
    # good: stdio is a local pipe, not a network transport
    mcp.run()


def main_mounted():
    app = Starlette(routes=[Mount("/", app=mcp.sse_app())])
    uvicorn.run(app, host=os.environ["HOST"], port=8000)  # want "SSE MCP transport is served without authentication on an address not known to be loopback"


async def main_async():
    await mcp.run_sse_async()  # want "SSE MCP transport is served without authentication"


local = FastMCP("local")


def main_local():
    # good: FastMCP binds 127.0.0.1 by default; on loopback only, a web
    # page reaching it is MCP005's business
    local.run(transport="sse")
    # good: uvicorn binds 127.0.0.1 by default
    uvicorn.run(local.sse_app(), port=8001)
