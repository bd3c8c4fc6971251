"""MCP003 fixtures: a check's result kept in a variable and tested later."""
import os
import re

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("lookups")
ROOT = "/srv/services"
SERVICES = {"forge": {"title": "Forge"}, "vapor": {"title": "Vapor"}}
cache = open_cache("/var/cache/docs")


@mcp.tool()
def service_doc(service: str) -> str:
    info = SERVICES.get(service)
    if not info:
        return "unknown service"
    # good: service is a key of the table
    return open(os.path.join(ROOT, service, "index.md")).read()


@mcp.tool()
def service_doc_default(service: str) -> str:
    # a default gives every name a value: the lookup checks nothing
    info = SERVICES.get(service, {"title": "Other"})
    if not info:
        return "unknown service"
    return open(os.path.join(ROOT, service, "index.md")).read()  # want "tool argument \"service\" reaches open without a containment check"


@mcp.tool()
def slug_doc(slug: str) -> str:
    m = re.fullmatch(r"[a-z0-9-]+", slug)
    if not m:
        raise ValueError("bad slug")
    # good: the slug holds only letters, digits and dashes
    return open(os.path.join(ROOT, slug + ".md")).read()


@mcp.tool()
def cached_doc(name: str) -> str:
    # the cache is no table the server wrote: a hit says nothing of name
    hit = cache.get(name)
    if not hit:
        return "miss"
    return open(os.path.join(ROOT, name)).read()  # want "tool argument \"name\" reaches open without a containment check"
