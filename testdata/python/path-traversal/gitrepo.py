"""MCP003 fixtures: repository paths from the low-level call_tool arguments."""
from pathlib import Path

import git
from mcp.server import Server
from mcp.types import TextContent

server = Server("git")
ALLOWED = Path("/srv/repos").resolve()


def validate_repo_path(repo_path: Path, allowed: Path) -> None:
    resolved = repo_path.resolve()
    try:
        resolved.relative_to(allowed)
    except ValueError:
        raise ValueError(f"{repo_path} is outside {allowed}")


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[TextContent]:
    if name == "git_status":
        # good: validated against the allowed root before use
        repo_path = Path(arguments["repo_path"])
        validate_repo_path(repo_path, ALLOWED)
        repo = git.Repo(repo_path)
        return [TextContent(type="text", text=repo.git.status())]
    if name == "git_init":
        path = arguments["path"]
        git.Repo.init(path)  # want "tool argument \"path\" reaches git.Repo.init without a containment check"
    if name == "git_add":
        repo = git.Repo(ALLOWED)
        return [TextContent(type="text", text=stage(repo, arguments["files"]))]
    if name == "git_add_cli":
        repo = git.Repo(ALLOWED)
        # good: the git command line refuses a path outside the work tree,
        # and "--" keeps a file name from being read as an option
        repo.git.add("--", *arguments["files"])
    return []


def stage(repo: git.Repo, files: list[str]) -> str:
    repo.index.add(files)  # want "tool argument \"files\" reaches repo.index.add without a containment check"
    return "staged"
