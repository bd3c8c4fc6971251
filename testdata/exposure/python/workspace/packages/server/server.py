"""A loopback FastMCP server in a uv workspace member whose own pyproject
allows mcp releases before 1.23.0, while the workspace's uv.lock installs
1.25.0: the lock says what runs, so the default Host validation holds
(MCP005 clean) and no affected release is installed (MCP014 clean)."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")

if __name__ == "__main__":
    mcp.run(transport="streamable-http")
