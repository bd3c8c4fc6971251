"""MCP005 with mcp 1.23.0 or later: the default holds unless turned off."""
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

# good: a loopback FastMCP from mcp 1.23.0 validates Host by default
mcp = FastMCP("new")

# explicitly disabled: a finding whatever the version
off = FastMCP("off", transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False))  # want "DNS-rebinding protection is disabled"


def main():
    mcp.run(transport="streamable-http")
    off.run(transport="streamable-http")
