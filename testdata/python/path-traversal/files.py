"""MCP003 fixtures: file access with and without real containment checks."""
import os
import shutil
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")
BASE = "/srv/notes"
ROOT = Path(BASE).resolve()


@mcp.tool()
def read_plain(path: str) -> str:
    with open(path) as f:  # want "tool argument \"path\" reaches open without a containment check"
        return f.read()


@mcp.tool()
def read_joined(name: str) -> str:
    full = os.path.join(BASE, name)
    return open(full).read()  # want "tool argument \"name\" reaches open without a containment check"


@mcp.tool()
def read_guarded(name: str) -> str:
    # good: resolved, then compared against the base plus a separator; the failing branch raises
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        raise ValueError("outside the notes directory")
    return open(full).read()


@mcp.tool()
def read_prefix(name: str) -> str:
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE):
        raise ValueError("outside")
    return open(full).read()  # want "without a containment check \\(prefix check without separator\\)"


@mcp.tool()
def read_unresolved(name: str) -> str:
    full = os.path.join(BASE, name)
    if not full.startswith(BASE + os.sep):
        raise ValueError("outside")
    return open(full).read()  # want "not resolved"


@mcp.tool()
def read_normpath(name: str) -> str:
    full = os.path.normpath(os.path.join(BASE, name))
    return open(full).read()  # want "reaches open"


@mcp.tool()
def read_pathlib(name: str) -> str:
    return (ROOT / name).read_text()  # want "tool argument \"name\" reaches .*read_text"


@mcp.tool()
def read_relative(name: str) -> str:
    # good: resolve() then is_relative_to(); the failing branch returns
    p = (ROOT / name).resolve()
    if not p.is_relative_to(ROOT):
        return "denied"
    return p.read_text()


@mcp.tool()
def read_commonpath(name: str) -> str:
    # good: commonpath on resolved paths
    p = os.path.abspath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, p]) != BASE:
        raise PermissionError(name)
    return open(p).read()


@mcp.tool()
def read_try(name: str) -> str:
    # good: relative_to raises ValueError outside the root, and the handler leaves
    p = (ROOT / name).resolve()
    try:
        p.relative_to(ROOT)
    except ValueError:
        return "denied"
    return p.read_text()


@mcp.tool()
def read_positive(name: str) -> str:
    # good: the access happens only inside the branch where the check holds
    p = (ROOT / name).resolve()
    if p.is_relative_to(ROOT):
        return p.read_text()
    return "denied"


@mcp.tool()
def read_basename(name: str) -> str:
    # good: basename strips every directory part
    return open(os.path.join(BASE, os.path.basename(name))).read()


@mcp.tool()
def delete(path: str) -> str:
    os.remove(path)  # want "reaches os.remove"
    return "ok"


@mcp.tool()
def copy(src: str, dst: str) -> str:
    shutil.copy(src, "/tmp/x")  # want "tool argument \"src\" reaches shutil.copy"
    return "ok"


@mcp.resource("file://{filename}")
def resource(filename: str) -> str:
    return open(f"/srv/files/{filename}").read()  # want "resource argument \"filename\" reaches open"
