"""MCP002 fixtures: values merged into containers and substituted by callbacks."""
import re
import subprocess

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("containers")
DEFAULTS = {"target": "127.0.0.1", "port": "445"}


def run_shell(command: str) -> str:
    return subprocess.run(["bash", "-lc", command], capture_output=True, text=True).stdout  # want "tool argument \"env\" reaches subprocess.run"


def expand(template: str, env: dict) -> str:
    def repl(m):
        # a callback reading the enclosing function's variables
        return env.get(m.group(1), "")

    return re.sub(r"\$\{(\w+)\}", repl, template)


@mcp.tool()
def run_template(template_id: str, env: dict) -> str:
    merged = dict(DEFAULTS)
    merged.update(env)
    return run_shell(expand("nxc smb ${target} --port ${port}", merged))


@mcp.tool()
def merged_lookup(overrides: dict) -> str:
    settings = {}
    settings.update(overrides)
    subprocess.run("ping -c 1 " + settings.get("host", "localhost"), shell=True)  # want "tool argument \"overrides\" reaches subprocess.run with shell=True"
    return "ok"


@mcp.tool()
def substituted(name: str) -> str:
    subprocess.run("echo " + re.sub(r"\s+", name, "a b"), shell=True)  # want "tool argument \"name\" reaches subprocess.run with shell=True"
    return "ok"


@mcp.tool()
def fixed_merge(verbose: bool) -> str:
    # Good: only constants are merged and substituted; the argument is a
    # boolean.
    merged = dict(DEFAULTS)
    merged.update({"port": "139"})
    subprocess.run("nxc smb " + merged.get("port", ""), shell=True)
    subprocess.run(re.sub(r"\d+", lambda m: "1", "sleep 5"), shell=True)
    return "ok"
