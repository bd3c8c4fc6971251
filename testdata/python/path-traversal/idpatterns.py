"""MCP003 fixtures: identifiers checked by a compiled allow-list pattern in
helper functions, the shape of an ID parser that returns the ID or None."""
import re
from typing import Optional

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("idpatterns")

# New-style "2404.18922" or old-style "hep-ph/9901234": dots and a "/" inside,
# but never "..", never a leading "/".
PAPER_ID = re.compile(r"^(\d{4}\.\d{4,5}(v\d+)?|[a-z\-]+(/[a-z\-]+)?/\d{7}(v\d+)?)$", re.IGNORECASE)
# Dots anywhere: ".." matches.
LOOSE_ID = re.compile(r"^[\w.-]+$")


def is_paper_id(stem: str) -> bool:
    return bool(PAPER_ID.match(stem))


def is_loose_id(stem: str) -> bool:
    return LOOSE_ID.match(stem) is not None


def parse_paper_id(raw: str) -> Optional[str]:
    value = raw.strip()
    if not value or not is_paper_id(value):
        return None
    return value


def parse_loose_id(raw: str) -> Optional[str]:
    value = raw.strip()
    if not value or not is_loose_id(value):
        return None
    return value


@mcp.tool()
def read_paper(paper_id: str) -> str:
    # good: the ID parser returns only what the anchored pattern allows
    pid = parse_paper_id(paper_id)
    if pid is None:
        return "not an arXiv ID"
    with open(f"/srv/papers/{pid}.md") as f:
        return f.read()


@mcp.tool()
def read_loose(paper_id: str) -> str:
    pid = parse_loose_id(paper_id)
    if pid is None:
        return "bad ID"
    with open(f"/srv/papers/{pid}.md") as f:  # want "tool argument \"paper_id\" reaches open"
        return f.read()


@mcp.tool()
def read_checked_inline(paper_id: str) -> str:
    # good: the compiled pattern checked in place
    if PAPER_ID.fullmatch(paper_id) is None:
        raise ValueError(paper_id)
    return open(f"/srv/papers/{paper_id}.md").read()


@mcp.tool()
def read_checked_wrong_way(paper_id: str) -> str:
    if PAPER_ID.fullmatch(paper_id) is not None:
        raise ValueError(paper_id)
    return open(f"/srv/papers/{paper_id}.md").read()  # want "tool argument \"paper_id\" reaches open"


MULTILINE_ID = re.compile(r"^[a-z]+$", re.MULTILINE)


@mcp.tool()
def read_multiline(name: str) -> str:
    # ^ and $ match at every line: "x\n../../etc/passwd" passes
    if not MULTILINE_ID.match(name):
        raise ValueError(name)
    return open(f"/srv/papers/{name}.md").read()  # want "tool argument \"name\" reaches open"
