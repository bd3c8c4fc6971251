"""MCP011 fixtures: the client's token forwarded, or not, on outbound requests."""
import os

import httpx
import requests
from fastmcp import Context, FastMCP
from fastmcp.server.dependencies import get_access_token, get_http_headers, get_http_request
from starlette.requests import Request

mcp = FastMCP("proxy")
API = "https://api.example.com/items"
SERVICE_TOKEN = os.environ.get("SERVICE_TOKEN", "")


@mcp.tool()
def list_items() -> str:
    request = get_http_request()
    auth = request.headers.get("authorization")
    return requests.get(API, headers={"Authorization": auth}).text  # want "the Authorization header of the incoming request reaches the headers of requests.get: exchange it for a token issued to this server"


@mcp.tool()
async def search(q: str) -> str:
    token = get_access_token()
    async with httpx.AsyncClient() as client:
        r = await client.get(API, params={"q": q}, headers={"Authorization": f"Bearer {token.token}"})  # want "the access token of the incoming request reaches the headers of"
    return r.text


@mcp.tool()
def items_for(ctx: Context) -> str:
    raw = ctx.request_context.request.headers["Authorization"]
    return httpx.get(API, headers={"Authorization": raw}).text  # want "the Authorization header of the incoming request reaches the headers of"


@mcp.tool()
def items_as_service() -> str:
    # good: the server uses its own credential for the upstream API
    return requests.get(API, headers={"Authorization": f"Bearer {SERVICE_TOKEN}"}).text


@mcp.tool()
def items_with_trace() -> str:
    # good: a non-credential header is forwarded; get_http_headers() leaves
    # out the Authorization header unless include_all=True
    headers = get_http_headers()
    trace = headers.get("x-request-id", "")
    return requests.get(API, headers={"X-Request-Id": trace}).text


async def webhook(request: Request) -> str:
    # good: the client's token is checked, not forwarded
    if request.headers.get("authorization") != f"Bearer {SERVICE_TOKEN}":
        return "denied"
    return requests.post(API, json={}, headers={"Authorization": f"Bearer {SERVICE_TOKEN}"}).text


USERINFO_URL = "https://auth.example.com/oauth2/userinfo"


async def verify(request: Request) -> bool:
    # good: sending the token to the userinfo endpoint is how it is validated
    r = httpx.get(USERINFO_URL, headers={"Authorization": request.headers["authorization"]})
    return r.status_code == 200


def upstream_headers(request: Request) -> dict:
    headers = {"Accept": "application/json"}
    headers["Authorization"] = request.headers["authorization"]
    return headers


async def relay(request: Request) -> str:
    # the helper reads the client's header; the call is followed although
    # no argument carries anything yet
    return requests.get(API, headers=upstream_headers(request)).text  # want "the Authorization header of the incoming request reaches the headers of requests.get"
