"""MCP002 fixtures: option injection through GitPython (low-level Server)."""
import git
from mcp.server import Server
from mcp.types import TextContent

server = Server("git")


def git_diff(repo: git.Repo, target: str) -> str:
    return repo.git.diff(target)  # want "tool argument \"target\" can inject options into repo.git.diff"


def git_diff_checked(repo: git.Repo, target: str) -> str:
    # good: a value starting with "-" is rejected, so it cannot be an option
    if target.startswith("-"):
        raise ValueError(f"invalid target {target}")
    return repo.git.diff(target)


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[TextContent]:
    repo = git.Repo("/srv/repo")
    if name == "git_diff":
        out = git_diff(repo, arguments["target"])
    else:
        out = git_diff_checked(repo, arguments["target"])
    return [TextContent(type="text", text=out)]


def git_checkout(repo: git.Repo, branch: str) -> str:
    if branch.startswith("-"):
        raise ValueError(branch)
    return repo.git.checkout(branch)


@server.call_tool()
async def call_tool_two(name: str, arguments: dict) -> list[TextContent]:
    repo = git.Repo("/srv/repo")
    git_checkout(repo, arguments["branch"])
    # checking "branch" says nothing about "rev"
    return [TextContent(type="text", text=repo.git.show(arguments["rev"]))]  # want "tool argument \"rev\" can inject options into repo.git.show"


def git_add(repo: git.Repo, files: list[str]) -> str:
    # good: "--" ends the options, every file is an operand
    return repo.git.add("--", *files)


def git_branch(repo: git.Repo, contains: str | None) -> str:
    # good: the value is rejected when it starts with "-"
    if contains and contains.startswith("-"):
        raise ValueError(contains)
    return repo.git.branch(contains)


@server.call_tool()
async def call_tool_three(name: str, arguments: dict) -> list[TextContent]:
    repo = git.Repo("/srv/repo")
    git_add(repo, arguments["files"])
    return [TextContent(type="text", text=git_branch(repo, arguments.get("contains")))]
