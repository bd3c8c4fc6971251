"""MCP012 fixes: prints go to sys.stderr and sys.stdout becomes sys.stderr
(server.py.golden has every fix applied). The file does not import sys:
the fix adds the import after the docstring and the __future__ import."""
from __future__ import annotations

import logging

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")
print("loading notes server")  # want "print writes to stdout"
logging.basicConfig(stream=sys.stdout, level=logging.INFO)  # want "logging is configured to write to stdout"
logging.getLogger().addHandler(logging.StreamHandler(sys.stdout))  # want "a logging handler writes to stdout"


@mcp.tool()
def add_note(text: str, *parts: str) -> str:
    print()  # want "print writes to stdout"
    print(f"adding {text}", end="")  # want "print writes to stdout"
    print(*parts)  # want "print writes to stdout"
    print(text, file=sys.stdout)  # want "file=sys.stdout. writes to stdout"
    sys.stdout.write(text)  # want "sys.stdout.write writes to stdout"
    sys.stdout.buffer.write(text.encode())  # want "sys.stdout.write writes to stdout"
    # no fix: stdout is imported under another name, so the text to
    # rewrite is not sys.stdout
    out.write(text)  # want "sys.stdout.write writes to stdout"
    return "ok"


from sys import stdout as out  # noqa: E402

mcp.run()
