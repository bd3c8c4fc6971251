"""MCP012 fixtures: a FastMCP server on stdio (run() defaults to stdio)."""
import argparse
import logging
import sys

from mcp.server.fastmcp import FastMCP

import tools  # noqa: F401  (registers more handlers)

mcp = FastMCP("notes")
print("loading notes server")  # want "print writes to stdout, and stdout carries the stdio MCP transport"
logging.basicConfig(stream=sys.stdout, level=logging.INFO)  # want "logging is configured to write to stdout"

# good: stderr does not carry the protocol
print("loading", file=sys.stderr)
logging.getLogger(__name__).addHandler(logging.StreamHandler())


@mcp.tool()
def add_note(text: str) -> str:
    print(f"adding {text}")  # want "print writes to stdout"
    sys.stdout.write(text)  # want "sys.stdout.write writes to stdout"
    # good: stderr
    sys.stderr.write(text)
    return "ok"


def export(path: str) -> None:
    # good: a helper of a CLI subcommand, not a handler and not the code
    # that starts the server
    print(f"exported to {path}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--export")
    args = parser.parse_args()
    if args.export:
        # good: this branch exits before the server starts
        print("exporting")
        export(args.export)
        return
    print("server starting")  # want "print writes to stdout"
    mcp.run()


if __name__ == "__main__":
    main()
