"""Clean twin: the SDK's own source. It defines FastMCP, so the transport its
run method starts is library code that its users serve, not this project."""
import uvicorn
from mcp.server.fastmcp import FastMCP as _Base


class FastMCP(_Base):
    def run_sse(self, host: str = "127.0.0.1"):
        # good: the SDK's implementation, served only by its users
        uvicorn.run(self.sse_app(), host=host)
