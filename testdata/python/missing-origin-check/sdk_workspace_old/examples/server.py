"""An example in the workspace of an SDK release before the loopback
default: nothing validates Host."""
from mcp.server.mcpserver import MCPServer

mcp = MCPServer("example")

if __name__ == "__main__":
    mcp.run(transport="streamable-http")  # want "served without Host or Origin validation"
