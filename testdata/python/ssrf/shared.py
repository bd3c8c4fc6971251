"""MCP006 fixtures: one helper sink reached from a prompt and from tools."""
import httpx
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("shared")


def fetch_page(url: str) -> str:
    # One finding for this sink, led by the tool argument (a prompt argument
    # reaches it too, and a second tool: their flows are added to the same
    # finding rather than reported again).
    return httpx.get(url).text  # want "tool argument \"url\" controls the URL passed to httpx.get"


@mcp.prompt()
def summarize(url: str) -> str:
    return "Summarize: " + fetch_page(url)


@mcp.tool()
def fetch(url: str) -> str:
    return fetch_page(url)


@mcp.tool()
def fetch_again(link: str) -> str:
    return fetch_page(link)
