import os
import shutil
from enum import Enum

from mcp.server import Server
from mcp.types import TextContent, Tool, ToolAnnotations

server = Server("lowlevel")
WORK = "/srv/work"


class Tools(str, Enum):
    STATUS = "status"
    CLEAN = "clean"
    PURGE = "purge"


def clean_work() -> None:
    shutil.rmtree(WORK)


@server.list_tools()
async def list_tools() -> list[Tool]:
    return [
        # Good: the status branch only reads.
        Tool(name=Tools.STATUS, description="Status", inputSchema={}, annotations=ToolAnnotations(readOnlyHint=True)),
        # Bad: the clean branch deletes, through a helper.
        Tool(name=Tools.CLEAN, description="Clean", inputSchema={},
             annotations=ToolAnnotations(readOnlyHint=True)),  # want `tool "Tools.CLEAN" declares readOnlyHint: true, but its handler deletes files \(shutil.rmtree\)`
        # Good: a destructive tool declared destructive.
        Tool(name="purge", description="Purge", inputSchema={}, annotations=ToolAnnotations(destructiveHint=True)),
        # Bad: a non-destructive tool whose if-branch removes a file.
        Tool(name="rotate", description="Rotate", inputSchema={}, annotations={"destructiveHint": False}),  # want `tool "rotate" declares destructiveHint: false, but its handler deletes files \(os.remove\)`
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[TextContent]:
    match name:
        case Tools.STATUS:
            with open(WORK + "/status") as f:
                return [TextContent(type="text", text=f.read())]
        case Tools.CLEAN:
            clean_work()
            return [TextContent(type="text", text="cleaned")]
    if name == "purge":
        shutil.rmtree(WORK)
    elif name == "rotate":
        os.remove(WORK + "/old.log")
    return []
