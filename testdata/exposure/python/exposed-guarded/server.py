"""A server on all interfaces with authentication and explicit Host and
Origin lists. MCP001 still reports the address (anyone on the network
reaches the listener); MCP004 and MCP005 are clean."""
from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings


class Verifier:
    async def verify_token(self, token: str) -> AccessToken | None:
        return None


mcp = FastMCP(
    "notes",
    host="0.0.0.0",
    token_verifier=Verifier(),
    auth=AuthSettings(issuer_url="https://auth.example.com", resource_server_url="https://mcp.example.com"),
    transport_security=TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=["mcp.example.com"],
        allowed_origins=["https://app.example.com"],
    ),
)

if __name__ == "__main__":
    mcp.run(transport="streamable-http")
