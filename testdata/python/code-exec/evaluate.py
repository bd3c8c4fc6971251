"""MCP007 fixtures: dynamic code."""
import importlib
import pickle
import subprocess

import yaml
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("calc")


@mcp.tool()
def calculate(expression: str) -> str:
    return str(eval(expression))  # want "tool argument \"expression\" reaches eval"


@mcp.tool()
def run_code(code: str) -> str:
    exec(code)  # want "tool argument \"code\" reaches exec"
    return "ok"


@mcp.tool()
def load_state(blob: str) -> str:
    return str(pickle.loads(bytes.fromhex(blob)))  # want "reaches pickle.loads"


@mcp.tool()
def load_yaml(doc: str) -> str:
    return str(yaml.load(doc))  # want "reaches yaml.load"


@mcp.tool()
def load_yaml_safe(doc: str) -> str:
    # good: safe_load and SafeLoader build plain data only
    return str(yaml.safe_load(doc)) + str(yaml.load(doc, Loader=yaml.SafeLoader))


@mcp.tool()
def python_c(snippet: str) -> str:
    return subprocess.run(["python3", "-c", snippet], capture_output=True, text=True).stdout  # want "tool argument \"snippet\" reaches subprocess.run"


@mcp.tool()
def python_script(arg: str) -> str:
    # good: a fixed script gets the argument as data
    return subprocess.run(["python3", "report.py", arg], capture_output=True, text=True).stdout


@mcp.tool()
def plugin(name: str) -> str:
    return str(importlib.import_module(name))  # want "reaches importlib.import_module"


@mcp.tool()
def safe_math(a: float, b: float) -> str:
    # good: numbers cannot carry code
    return str(eval(f"{a} + {b}"))


@mcp.tool()
def same_python(snippet: str) -> str:
    import sys

    return subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True).stdout  # want "tool argument \"snippet\" reaches subprocess.run"
