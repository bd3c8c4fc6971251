"""MCP003 fixtures: pydantic string constraints on tool parameters."""
import os
from typing import Annotated

from pydantic import BaseModel, Field, constr

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("constrained")
ROOT = os.path.realpath("/srv/data")


@mcp.tool()
def read_annotated(name: Annotated[str, Field(pattern=r"^[a-z0-9-]+$")]) -> str:
    # good: pydantic rejects a name with a dot or a slash before the tool runs
    return open(os.path.join(ROOT, name)).read()


@mcp.tool()
def read_annotated_dotted(name: Annotated[str, Field(pattern=r"^[a-z0-9./-]+$")]) -> str:
    return open(os.path.join(ROOT, name)).read()  # want "tool argument \"name\" reaches open without a containment check"


@mcp.tool()
def read_constr(name: constr(pattern=r"^[A-Za-z0-9_]+$")) -> str:
    # good: constr's pattern admits no dot or slash
    return open(os.path.join(ROOT, name)).read()


@mcp.tool()
def read_constr_regex(name: constr(regex=r"^[\w-]+$")) -> str:
    # good: pydantic 1's regex= is the same constraint
    return open(os.path.join(ROOT, name)).read()


@mcp.tool()
def read_constr_unanchored(name: constr(pattern=r"[a-z]+")) -> str:
    # the pattern need only match part of the value: "../x" has "x"
    return open(os.path.join(ROOT, name)).read()  # want "tool argument \"name\" reaches open without a containment check"


@mcp.tool()
def read_described(name: Annotated[str, Field(description="file name")]) -> str:
    return open(os.path.join(ROOT, name)).read()  # want "tool argument \"name\" reaches open without a containment check"


class NamedFile(BaseModel):
    name: str = Field(pattern=r"^[a-z0-9-]+$")
    folder: str = Field(description="where to look")


@mcp.tool()
def read_model(req: NamedFile) -> str:
    # good: the model rejects a name with a dot or a slash
    return open(os.path.join(ROOT, req.name)).read()


@mcp.tool()
def read_model_folder(req: NamedFile) -> str:
    return open(os.path.join(ROOT, req.folder)).read()  # want "tool argument \"folder\" reaches open without a containment check"
