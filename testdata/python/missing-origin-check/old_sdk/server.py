"""MCP005: a loopback FastMCP on an mcp release before 1.23.0 validates no Host."""
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

mcp = FastMCP("old")
guarded = FastMCP("guarded", transport_security=TransportSecuritySettings(allowed_hosts=["127.0.0.1:8000"], allowed_origins=["http://127.0.0.1:8000"]))


def main():
    mcp.run(transport="streamable-http")  # want "streamable HTTP MCP transport is served without Origin or Host validation.*or upgrade mcp to 1.23.0 or later"
    # good: explicit transport_security
    guarded.run(transport="streamable-http")
