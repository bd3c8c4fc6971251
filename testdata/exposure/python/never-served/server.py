"""A stdio server whose module also builds an ASGI app it never serves
(a host program could mount it), and whose tests serve that app in
process (test code is not scanned): no exposure finding, nothing is
served. The constructor's host="0.0.0.0" is used only by a network run,
and this server is only ever run over stdio."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes", host="0.0.0.0")


def asgi_app():
    # for a host program to mount behind its own authentication
    return mcp.streamable_http_app()


if __name__ == "__main__":
    mcp.run()
