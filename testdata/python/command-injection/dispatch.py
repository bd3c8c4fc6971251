"""MCP002 fixtures: low-level servers that reach their tools by dispatch."""
import subprocess

from mcp.server import Server


class App:
    """The decorator applied by hand to a bound method."""

    def __init__(self):
        self.server = Server("app")
        self.server.call_tool()(self.call_tool)

    async def call_tool(self, name, arguments):
        arguments = arguments or {}
        cmd = arguments.get("cmd", "")
        if name == "run":
            return subprocess.run(cmd, shell=True)  # want "tool argument \"cmd\" reaches subprocess.run with shell=True"
        # Good: an argv list without a shell; the argument is one word.
        return subprocess.run(["echo", cmd])


class BaseTool:
    name = ""

    def execute(self, args):
        raise NotImplementedError


class ShellTool(BaseTool):
    name = "shell"

    def execute(self, args):
        return subprocess.check_output(args["script"], shell=True)  # want "tool argument \"script\" reaches subprocess.check_output with shell=True"


class EchoTool(BaseTool):
    name = "echo"

    def execute(self, args):
        # Good: the argument is one argv element of a fixed program.
        return subprocess.check_output(["echo", args["text"]])


REGISTRY = {}


def register(tool):
    REGISTRY[tool.name] = tool


register(ShellTool())
register(EchoTool())

registry_server = Server("registry")


@registry_server.call_tool()
async def registry_call(name, arguments):
    tool = REGISTRY[name]
    return tool.execute(arguments)


class ListTool:
    def run(self, args):
        return subprocess.getoutput("du -sh " + args["dir"])  # want "tool argument \"dir\" reaches subprocess.getoutput"


TOOL_LIST = []
TOOL_LIST.append(ListTool())

list_server = Server("list")


@list_server.call_tool()
async def list_call(name, arguments):
    for tool in TOOL_LIST:
        return tool.run(arguments)
