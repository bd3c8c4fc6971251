"""A loopback server without authentication, on an mcp release (1.23.0 or
later) whose FastMCP validates Host on loopback by default. Clean: MCP001
and MCP004 leave loopback alone (a web page reaching it through the
browser is MCP005's business), and MCP005 finds the default in force."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")

if __name__ == "__main__":
    mcp.run(transport="streamable-http")
