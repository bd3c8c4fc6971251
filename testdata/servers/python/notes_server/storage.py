"""Storage helpers; the taint arrives from tools in server.py."""
import os
import subprocess


def read_note(base: str, name: str) -> str:
    path = os.path.join(base, name)
    with open(path) as f:  # want "tool argument \"name\" reaches open without a containment check \\(argument of a handler in notes_server/server.py\\)"
        return f.read()


def read_note_safely(base: str, name: str) -> str:
    # good: resolved and compared with the base plus a separator
    path = os.path.realpath(os.path.join(base, name))
    if not path.startswith(base + os.sep):
        raise PermissionError(name)
    with open(path) as f:
        return f.read()


def search_notes(base: str, pattern: str) -> str:
    return subprocess.run(f"grep -rn {pattern} {base}", shell=True, capture_output=True, text=True).stdout  # want "tool argument \"pattern\" reaches subprocess.run with shell=True"
