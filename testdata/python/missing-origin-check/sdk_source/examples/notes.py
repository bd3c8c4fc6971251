"""A runnable example beside the SDK's source: it is served when run."""
from starlette.applications import Starlette
from starlette.routing import Mount

from mcp.server.sse import SseServerTransport

sse = SseServerTransport("/messages/")
app = Starlette(routes=[Mount("/messages/", app=sse.handle_post_message)])


def main():
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=8000)  # want "SSE MCP transport is served without Host or Origin validation"
