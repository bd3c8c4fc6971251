"""MCP003 fixtures: a client made of mixins, handed out by a factory whose
declared result type is the only thing that names its class."""
import os
from typing import Optional

from mcp.server.fastmcp import Context, FastMCP

mcp = FastMCP("attachments")
_clients: dict = {}


class BaseClient:
    def __init__(self, url: str) -> None:
        self.url = url


class SearchMixin(BaseClient):
    def search(self, query: str) -> list:
        return [self.url, query]


class DownloadMixin(BaseClient):
    def save_all(self, target_dir: str) -> None:
        os.makedirs(target_dir, exist_ok=True)  # want "tool argument \"target_dir\" reaches os.makedirs without a containment check"

    def save_checked(self, target_dir: str) -> None:
        base = os.path.realpath(os.getcwd())
        full = os.path.realpath(target_dir)
        if not full.startswith(base + os.sep):
            raise ValueError("outside the working directory")
        # good: resolved and checked against the base before use
        os.makedirs(full, exist_ok=True)


class Fetcher(SearchMixin, DownloadMixin):
    """Its methods come from both bases."""


async def get_fetcher(ctx: Context) -> Fetcher:
    # the body says nothing of the class: the annotation does
    return _clients[id(ctx)]


def find_fetcher(name: str) -> Optional[Fetcher]:
    return _clients.get(name)


@mcp.tool()
async def download(ctx: Context, target_dir: str) -> str:
    fetcher = await get_fetcher(ctx)
    fetcher.save_all(target_dir)
    return "saved"


@mcp.tool()
async def download_checked(ctx: Context, target_dir: str) -> str:
    fetcher = await get_fetcher(ctx)
    fetcher.save_checked(target_dir)
    return "saved"


@mcp.tool()
def download_named(name: str, target_dir: str) -> str:
    fetcher = find_fetcher("default")
    if fetcher is not None:
        fetcher.save_all(target_dir)
    return "saved"
