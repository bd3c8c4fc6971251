"""MCP006 fixtures: outbound requests."""
import os
import urllib.request
import uuid
from urllib.parse import quote_plus, urlparse

import httpx
import requests
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("fetch")
API = "https://api.example.com/"


@mcp.tool()
def fetch(url: str) -> str:
    return requests.get(url, timeout=10).text  # want "tool argument \"url\" controls the URL passed to requests.get"


@mcp.tool()
async def fetch_async(url: str) -> str:
    async with httpx.AsyncClient() as client:
        r = await client.get(url)  # want "tool argument \"url\" controls the URL passed to"
        return r.text


@mcp.tool()
def fetch_urllib(target: str) -> str:
    return urllib.request.urlopen(target).read().decode()  # want "tool argument \"target\" controls the URL passed to urllib.request.urlopen"


@mcp.tool()
def fetch_host(host: str) -> str:
    return requests.get(f"http://{host}/status").text  # want "tool argument \"host\""


@mcp.tool()
def fetch_item(item_id: str) -> str:
    # good: scheme and host are fixed; the argument only picks a path
    return requests.get(f"https://api.example.com/items/{item_id}").text


@mcp.tool()
def fetch_api(path: str) -> str:
    # good: a constant base URL with a host and path
    return requests.get(API + path).text


@mcp.tool()
def search(query: str) -> str:
    # good: the argument is a query parameter
    return requests.get("https://search.example.com/", params={"q": query}).text


BASE_URL = os.environ["API_URL"]


@mcp.tool()
def fetch_configured(item_id: str) -> str:
    # good: the configured base URL fixes scheme and host
    return requests.get(f"{BASE_URL}/items/{item_id}").text


@mcp.tool()
def fetch_glued(suffix: str) -> str:
    return requests.get(BASE_URL + suffix).text  # want "tool argument \"suffix\" controls the URL passed to requests.get"


SEARCH = "https://search.example.com/search"


@mcp.tool()
def search_intent(intent: str) -> str:
    # good: the argument is added to the query string of a fixed URL
    url = f"{SEARCH}?session={uuid.uuid4()}"
    url = f"{url}&intent={quote_plus(intent)}"
    return requests.get(url).text


ALLOWED_HOSTS = {"api.example.com", "docs.example.com"}


@mcp.tool()
def fetch_allowed(url: str) -> str:
    # good: the host must be on the allow-list
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    return requests.get(url).text


@mcp.tool()
def fetch_scheme_checked(url: str) -> str:
    if urlparse(url).scheme not in ("http", "https"):
        raise ValueError("bad scheme")
    return requests.get(url).text  # want "tool argument \"url\" controls the URL passed to requests.get"


def _local_get(endpoint: str) -> str:
    return requests.get("http://localhost" + endpoint).text


def _local_get_raw(endpoint: str) -> str:
    return requests.get("http://localhost" + endpoint).text  # want "tool argument \"name\" controls the URL passed to requests.get"


@mcp.tool()
def app_status(name: str) -> str:
    # good: the endpoint starts with "/", so after the helper's
    # "http://localhost" the argument only fills the path
    return _local_get(f"/apps/{name}/status")


@mcp.tool()
def app_status_raw(name: str) -> str:
    # bad: nothing separates the argument from the host ("@evil.example/")
    return _local_get_raw(name)


GITHUB = "https://api.github.example"
TOKEN = os.environ.get("GITHUB_TOKEN", "")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@mcp.tool()
def get_repo(name: str) -> str:
    # bad: "../" in name reaches other endpoints of the API with the token
    return requests.get(f"{GITHUB}/repos/{name}", headers=AUTH).text  # want "tool argument \"name\" fills an unencoded path segment of the URL passed to requests.get with this server's credentials"


@mcp.tool()
def get_repo_encoded(name: str) -> str:
    from urllib.parse import quote

    # good: quote(..., safe="") encodes "/", so name stays one segment
    return requests.get(f"{GITHUB}/repos/{quote(name, safe='')}", headers=AUTH).text


@mcp.tool()
def get_repo_default_quote(name: str) -> str:
    from urllib.parse import quote

    # bad: quote() keeps "/" by default, so "../" still climbs
    return requests.get(f"{GITHUB}/repos/{quote(name)}", headers=AUTH).text  # want "fills an unencoded path segment"


@mcp.tool()
def get_public(name: str) -> str:
    # good: no credentials go with the request: other endpoints of a
    # public API are public anyway
    return requests.get(f"{GITHUB}/repos/{name}").text


@mcp.tool()
def search_repos(q: str) -> str:
    # good: the argument is in the query string, not the path
    return requests.get(f"{GITHUB}/search?q={q}", headers=AUTH).text


@mcp.tool()
def get_repo_checked(name: str) -> str:
    # good: "owner/repo" by an anchored pattern: no "..", "?", "#" or "%"
    if not re.fullmatch(r"[A-Za-z0-9_-]+/[A-Za-z0-9_-]+", name):
        raise ValueError(name)
    return requests.get(f"{GITHUB}/repos/{name}", headers=AUTH).text


@mcp.tool()
def get_repo_checked_dots(name: str) -> str:
    # bad: dots allowed, so "../.." climbs out of /repos/ with the token
    if not re.fullmatch(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+", name):
        raise ValueError(name)
    return requests.get(f"{GITHUB}/repos/{name}", headers=AUTH).text  # want "fills an unencoded path segment"
