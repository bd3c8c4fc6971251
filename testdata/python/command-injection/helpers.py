"""A helper module: the taint arrives from a tool in tools.py."""
import subprocess


def run_shell(command: str) -> str:
    return subprocess.check_output(command, shell=True).decode()  # want "tool argument \"pattern\" reaches subprocess.check_output with shell=True \\(argument of a handler in tools.py\\)"
