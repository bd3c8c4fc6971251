"""The server object lives here; tools are registered in shapes.py."""
from fastmcp import FastMCP

mcp = FastMCP("shapes")
