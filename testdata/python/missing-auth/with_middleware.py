"""MCP004 fixtures: an app whose middleware checks the Authorization header."""
import uvicorn
from mcp.server.fastmcp import FastMCP
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.routing import Mount

mcp = FastMCP("guarded")


class TokenCheck(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        if request.headers.get("Authorization") != "Bearer s3cret":
            return None
        return await call_next(request)


def main():
    # good: every request passes the Authorization check first
    app = Starlette(routes=[Mount("/", app=mcp.streamable_http_app())], middleware=[Middleware(TokenCheck)])
    uvicorn.run(app)
