"""MCP005 clean twin: a server on all interfaces with authentication and
explicit Host/Origin validation."""
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

from verifier import MyVerifier

security = TransportSecuritySettings(
    enable_dns_rebinding_protection=True,
    allowed_hosts=["mcp.example.com"],
    allowed_origins=["https://app.example.com"],
)

# good: token verification and explicit Host/Origin lists
mcp = FastMCP(
    "guarded",
    host="0.0.0.0",
    token_verifier=MyVerifier(),
    auth=AuthSettings(issuer_url="https://auth.example.com", resource_server_url="https://mcp.example.com"),
    transport_security=security,
)

if __name__ == "__main__":
    mcp.run(transport="streamable-http")
