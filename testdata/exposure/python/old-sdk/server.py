"""The loopback-default server on mcp 1.22.0, whose FastMCP validates no
Host: MCP005 reports the transport and names the upgrade; MCP014 reports
the pin at high severity, since the project serves the affected HTTP
transport."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")

if __name__ == "__main__":
    mcp.run(transport="streamable-http")
