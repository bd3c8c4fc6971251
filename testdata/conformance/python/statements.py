"""Conformance fixtures: how taint crosses each Python statement."""
import os
import os.path
from os import path as ospath
from os.path import *  # noqa: F403

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("conformance-statements")
counter = 0


# case: assignment
@mcp.tool()
def assignment(v: str) -> None:
    a = b = v
    c: str = v
    d = "ls "
    d += v
    os.system(a)  # want "tool argument \"v\" reaches os.system"
    os.system(c)  # want "tool argument \"v\" reaches os.system"
    os.system(d)  # want "tool argument \"v\" reaches os.system"
    a = "ls"
    # good: reassigned to a constant
    os.system(a)


# case: branches
@mcp.tool()
def branches(v: str, n: int) -> None:
    if n > 1:
        x = v
    elif n > 0:
        x = "pwd"
    else:
        x = "ls"
    os.system(x)  # want "tool argument \"v\" reaches os.system"
    if n:
        y = "ls"
    else:
        y = "pwd"
    # good: every branch assigns a constant
    os.system(y)


# case: loops
@mcp.tool()
def loops(v: list, n: int) -> None:
    for item in v:
        os.system(item)  # want "tool argument \"v\" reaches os.system"
        break
    else:
        pass
    while n > 0:
        n -= 1
        continue
    for i in range(3):
        # good: range gives numbers
        os.system("ls " + str(i))
    a, b = v[0], "x"
    [c, d] = [v[0], "x"]
    (e, f) = (v[0], "x")
    os.system(a + c + e)  # want "tool argument \"v\" reaches os.system"
    # good: the constant positions
    os.system(b + d + f)


# case: exceptions
@mcp.tool()
def exceptions(v: str) -> None:
    try:
        x = v
    except* ValueError:
        x = "ls"
    try:
        os.system(x)  # want "tool argument \"v\" reaches os.system"
    except (OSError, ValueError) as e:
        # good: the exception is the library's, not the argument
        os.system("echo " + type(e).__name__)
    finally:
        pass
    try:
        raise ValueError(v)
    except (OSError, ValueError) as err:
        os.system(str(err))  # want "tool argument \"v\" reaches os.system"
    try:
        raise ValueError("bad value")
    except ValueError as fixed:
        # good: what was raised is a constant
        os.system(str(fixed))
    assert v, "empty"
    if not v:
        raise ValueError("empty")


# case: with
@mcp.tool()
def with_(v: str) -> None:
    with open("/etc/hostname") as f, wrap(v) as g:
        os.system(g)  # want "tool argument \"v\" reaches os.system"
        # good: what the file holds is not the caller's
        os.system(f.read())
    with Session(v) as cmd, Session("ls").fixed() as ok:
        os.system(cmd)  # want "tool argument \"v\" reaches os.system"
        # good: this context manager's __enter__ returns a constant
        os.system(ok)


def wrap(x):
    return x


class Session:
    """A context manager whose __enter__ returns what it was built from."""

    def __init__(self, cmd):
        self.cmd = cmd

    def __enter__(self):
        return self.cmd

    def __exit__(self, *exc):
        return False

    def fixed(self):
        return Fixed()


class Fixed:
    def __enter__(self):
        return "uptime"

    def __exit__(self, *exc):
        return False


class Box:
    def __init__(self, x):
        self.x = x
        self.y = "ls"


@mcp.tool()
def with_class(v: str) -> None:
    box = Box(v)
    os.system(box.x)  # want "tool argument \"v\" reaches os.system"
    # good: an attribute set to a constant
    os.system(box.y)


# case: scopes
@mcp.tool()
def scopes(v: str) -> None:
    global counter
    import posixpath
    from posixpath import join as pjoin

    counter += 1
    total = v

    def inner():
        nonlocal total
        os.system(total)  # want "tool argument \"v\" reaches os.system"

    inner()
    del total
    # good: a constant module path
    os.system(pjoin("/bin", "ls") + posixpath.sep + ospath.sep + sep)  # noqa: F405


# case: match
@mcp.tool()
def match(v: str, cmd: dict) -> None:
    match cmd:
        case {"run": str(x)} if x:
            os.system(x)  # want "tool argument \"cmd\" reaches os.system"
        case [first, *rest]:
            os.system(first)  # want "tool argument \"cmd\" reaches os.system"
            os.system(rest[0])  # want "tool argument \"cmd\" reaches os.system"
        case {"run": str()} as whole:
            os.system(whole["run"])  # want "tool argument \"cmd\" reaches os.system"
        case Point(x=px, y=0) if px:
            os.system(px)  # want "tool argument \"cmd\" reaches os.system"
        case -1 | 1j | 2 + 3j:
            # good: a literal pattern binds nothing
            os.system("ls")
        case {"k": 1, **others}:
            os.system(str(others))  # want "tool argument \"cmd\" reaches os.system"
        case _:
            # the subject itself is still the argument
            os.system(cmd["run"])  # want "tool argument \"cmd\" reaches os.system"
    match {"run": "ls"}:
        case {"run": str(c)}:
            # good: the subject is a constant mapping
            os.system(c)


class Point:
    x: str = ""
    y: int = 0


# case: types
type Alias = list[int]


@mcp.tool()
def types(v: str, n: int = 0, *args: str, k: dict[str, int | None] = {}, **kw: str) -> None:
    os.system(v)  # want "tool argument \"v\" reaches os.system"
    # good: an int is no command
    os.system("ls " + str(n))


def generic[T: (str, bytes), *Ts](x: T, /, *, y: "os.PathLike[str]" = ".") -> T:
    return x
