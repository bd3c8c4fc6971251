"""The SDK's own source, at a release whose MCPServer validates Host on
loopback by default."""
from mcp.server.transport_security import TransportSecuritySettings


class MCPServer:
    def __init__(self, name, host="127.0.0.1", transport_security=None):
        if transport_security is None and host in ("127.0.0.1", "localhost", "::1"):
            transport_security = TransportSecuritySettings(allowed_hosts=["127.0.0.1:*", "localhost:*", "[::1]:*"])
        self.transport_security = transport_security
