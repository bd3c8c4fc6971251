"""Clean twin: the SDK's own middleware. Its fallback for callers that pass
no settings is library code; the projects that serve the SDK's transports
are judged where they configure them."""
from pydantic import BaseModel


class TransportSecuritySettings(BaseModel):
    enable_dns_rebinding_protection: bool = True


class TransportSecurityMiddleware:
    def __init__(self, settings=None):
        # good: the SDK's default for callers without settings, not a served transport
        self.settings = settings or TransportSecuritySettings(enable_dns_rebinding_protection=False)
