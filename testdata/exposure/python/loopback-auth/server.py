"""A loopback server with authentication, on an mcp release (1.23.0 or
later) whose FastMCP validates Host on loopback by default. Clean for
MCP001 (FastMCP binds 127.0.0.1 by default), MCP004 (a token verifier),
MCP005 (the SDK's default protection) and MCP014 (fixed releases only)."""
from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP


class Verifier:
    async def verify_token(self, token: str) -> AccessToken | None:
        return None


mcp = FastMCP(
    "notes",
    token_verifier=Verifier(),
    auth=AuthSettings(issuer_url="https://auth.example.com", resource_server_url="http://127.0.0.1:8000"),
)

if __name__ == "__main__":
    mcp.run(transport="streamable-http")
