"""MCP005 fixtures: DNS-rebinding protection and Origin checks."""
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from starlette.middleware.cors import CORSMiddleware
from fastapi import FastAPI

off = TransportSecuritySettings(enable_dns_rebinding_protection=False)  # want "DNS-rebinding protection is disabled"

anyorigin = TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_origins=["*"])  # want "accepts any Origin"

# good: protection on with explicit hosts and origins
strict = TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["localhost:8000"], allowed_origins=["http://localhost:8000"])

exposed = FastMCP("exposed", host="0.0.0.0")

# good: an explicit transport_security on a server bound to all interfaces
guarded = FastMCP("guarded", host="0.0.0.0", transport_security=strict)

# good: mcp 1.23.0 or later (pyproject.toml here) gives a loopback FastMCP
# DNS-rebinding protection by default
local = FastMCP("local")

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"])  # want "CORS allows every origin"


def main():
    exposed.run(transport="sse")  # want "SSE MCP transport is served without Origin or Host validation, so a web page can drive it through DNS rebinding: pass transport_security=.* \\(FastMCP validates Host by default only on loopback\\)"
    guarded.run(transport="sse")
    local.run(transport="sse")


settable = FastMCP("settable")
settable.settings.host = "0.0.0.0"


def main_settings():
    settable.run(transport="streamable-http")  # want "streamable HTTP MCP transport is served without Origin or Host validation"
