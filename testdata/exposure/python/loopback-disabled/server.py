"""The loopback-default server with the SDK's protection turned off: MCP005
reports the opt-out whatever the version."""
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

mcp = FastMCP("notes", transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False))

if __name__ == "__main__":
    mcp.run(transport="streamable-http")
