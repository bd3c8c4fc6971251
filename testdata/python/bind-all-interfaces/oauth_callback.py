"""MCP001 fixture: a listener that serves no MCP tools."""
from http.server import BaseHTTPRequestHandler, HTTPServer


class CallbackHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"You can close this window.")


def receive_code(port: int) -> None:
    # good: the OAuth redirect receiver of a setup script; nothing in this
    # module (or what it imports) defines tools or serves an MCP transport,
    # so binding all interfaces exposes no tools (MCP001 is about MCP servers)
    httpd = HTTPServer(("", port), CallbackHandler)
    httpd.handle_request()
