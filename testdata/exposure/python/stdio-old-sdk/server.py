"""A stdio server on mcp 1.22.0: MCP014 still asks for the upgrade, at low
severity, since the flaw is in the HTTP transports this project does not
serve."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")

if __name__ == "__main__":
    mcp.run()
