"""Clean twin: an example in the SDK's own workspace. Its "mcp" is the
workspace's source (version computed at build time), whose MCPServer
validates Host on loopback by default."""
from mcp.server.mcpserver import MCPServer

# good: the workspace's SDK protects a loopback server by default
mcp = MCPServer("example")

if __name__ == "__main__":
    mcp.run(transport="streamable-http")
