"""MCP004 fixtures: a FastMCP server with a token verifier."""
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP

from verifier import MyVerifier

# good: the server authenticates callers with a token verifier
mcp = FastMCP("guarded", token_verifier=MyVerifier(), auth=AuthSettings(issuer_url="https://auth.example.com", resource_server_url="http://localhost:8000"))


def main():
    mcp.run(transport="streamable-http")


async def main_async():
    # good: the same authenticated server over SSE
    await mcp.run_sse_async()
