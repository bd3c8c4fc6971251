"""The SDK's own source, at a release before the loopback default."""


class MCPServer:
    def __init__(self, name, host="127.0.0.1", transport_security=None):
        self.transport_security = transport_security
