import os
import shutil
import sqlite3
import subprocess

import atlassian
import httpx
import requests
from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

mcp = FastMCP("demo")
CACHE_DIR = "/var/lib/demo/cache"
db = sqlite3.connect("/var/lib/demo/app.db")


# Bad: a read-only tool deletes a fixed directory; no argument is needed.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))  # want `tool "clear_cache" declares readOnlyHint: true, but its handler deletes files \(shutil.rmtree\)`
def clear_cache() -> str:
    shutil.rmtree(CACHE_DIR)
    return "cleared"


# Bad: the dict form; the write happens in a helper.
@mcp.tool(annotations={"title": "Save", "destructiveHint": False})  # want `tool "save_note" declares destructiveHint: false, but its handler writes files \(open\)`
def save_note(text: str) -> str:
    _write(text)
    return "saved"


def _write(text: str) -> None:
    with open(os.path.join(CACHE_DIR, "note.txt"), "w") as f:
        f.write(text)


# Bad: a read-only tool runs a process.
@mcp.tool(name="report", annotations=ToolAnnotations(title="Report", readOnlyHint=True))  # want `tool "report" declares readOnlyHint: true, but its handler runs a process \(subprocess.run\)`
def make_report() -> str:
    return subprocess.run(["make", "report"], capture_output=True, text=True).stdout


# Bad: SQL that deletes, in a tool that claims to read.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))  # want `tool "purge" declares readOnlyHint: true, but its handler runs SQL that deletes data \(db.execute\)`
def purge() -> str:
    db.execute("DELETE FROM items WHERE expired = 1")
    return "ok"


# Bad: a POST is not a read.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))  # want `tool "notify" declares readOnlyHint: true, but its handler sends a POST request \(requests.post\)`
def notify(message: str) -> str:
    return requests.post("https://hooks.example.com/notify", json={"m": message}).text


# Bad: a closed-world tool fetches the URL its argument names.
@mcp.tool(annotations=ToolAnnotations(openWorldHint=False))  # want `tool "preview" declares openWorldHint: false, but its handler fetches a URL its arguments control \(httpx.get\)`
def preview(url: str) -> str:
    return httpx.get(url).text  # also MCP006


# Bad: registered by call, with the annotations as a keyword.
def drop_all() -> str:
    db.execute("DROP TABLE items")
    return "dropped"


mcp.add_tool(drop_all, annotations=ToolAnnotations(destructiveHint=False))  # want `tool "drop_all" declares destructiveHint: false, but its handler runs SQL that deletes data \(db.execute\)`


# Good: a true read-only tool: it reads a file and runs a SELECT.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=False))
def read_items() -> str:
    with open(os.path.join(CACHE_DIR, "items.txt")) as f:
        head = f.read()
    rows = db.execute("SELECT name, deleted_at FROM items").fetchall()
    return head + str(rows)


# Good: a destructive tool declared destructive (and not read-only).
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True))
def wipe() -> str:
    shutil.rmtree(CACHE_DIR)
    return "wiped"


# Good: a read-only tool that only sends GET requests (and queries sent in a
# POST body to a search endpoint only read).
@mcp.tool(annotations={"readOnlyHint": True})
def status() -> str:
    found = requests.post("https://search.example.com/api/_search", json={"q": "x"}).text
    return requests.get("https://status.example.com/").text + found


# Good: a read-only tool may run a command that only reads.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def repo_status() -> str:
    return subprocess.run(["git", "status", "--short"], capture_output=True, text=True).stdout


# Good: creating a directory is no destructive change.
@mcp.tool(annotations=ToolAnnotations(destructiveHint=False))
def make_dir(name: str) -> str:
    os.makedirs(os.path.join(CACHE_DIR, "new"), exist_ok=True)
    return "made"


# Good: a tool named as a read that asks a service by POST: suggestion and
# search APIs take their query in a POST body, and the name says this one
# reads.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def suggest_commands(text: str) -> str:
    return requests.post("https://suggest.example.com/v1/complete", json={"q": text}).text


# Bad: a PUT changes a resource whatever the tool is called.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))  # want `tool "get_settings" declares readOnlyHint: true, but its handler sends a request that changes a remote resource \(requests.put\)`
def get_settings() -> str:
    return requests.put("https://api.example.com/settings", json={"seen": True}).text


def _tunnel(key: str, remote: str) -> subprocess.Popen:
    return subprocess.Popen(["ssh", "-i", key, "-N", "-L", "3330:localhost:3306", remote])


# Good: the database is reached through an SSH tunnel: ssh -N forwards a
# port and runs no remote command.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def table_rows(table: str) -> str:
    _tunnel(os.environ["SSH_KEY"], os.environ["SSH_HOST"])
    return str(db.execute("SELECT * FROM items LIMIT 5").fetchall())


# Bad: ssh running a remote command is a process like any other.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))  # want `tool "host_report" declares readOnlyHint: true, but its handler runs a process \(subprocess.run\)`
def host_report() -> str:
    return subprocess.run(["ssh", os.environ["SSH_HOST"], "make", "report"], capture_output=True, text=True).stdout


# Bad: an API client's method whose name says it changes the issue.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))  # want `tool "touch_issue" declares readOnlyHint: true, but its handler changes a remote resource \(jira.update_issue_field\)`
def touch_issue(key: str) -> str:
    jira = atlassian.Jira(url="https://jira.example.com")
    jira.update_issue_field(key, {"labels": ["seen"]})
    return "ok"


# Good: updating the client's own session settings (a private member) is
# configuration, not a call of its API.
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def read_issue(key: str) -> str:
    jira = atlassian.Jira(url="https://jira.example.com")
    jira._session.proxies.update({"https": "http://proxy.example.com:3128"})
    return str(jira.issue(key))
