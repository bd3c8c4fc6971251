"""MCP003 fixtures: checks in helper functions."""
import os
import re
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("validators")
ROOT = os.path.realpath("/srv/data")
ALLOWED = [ROOT, "/srv/shared"]


def validate(path: str) -> None:
    real = os.path.realpath(path)
    if not real.startswith(ROOT + os.sep):
        raise PermissionError(path)


def is_safe(path: str) -> bool:
    return os.path.realpath(path).startswith(ROOT + os.sep)


def is_inside(path: str) -> bool:
    resolved = Path(path).resolve()
    return resolved.is_relative_to(ROOT)


def is_allowed(path: str) -> bool:
    real = os.path.realpath(path)
    return any(real.startswith(d) for d in ALLOWED)


def safe_join(name: str) -> str:
    full = os.path.realpath(os.path.join(ROOT, name))
    if os.path.commonpath([ROOT, full]) != ROOT:
        raise ValueError(name)
    return full


@mcp.tool()
def read_validated(path: str) -> str:
    # good: validate() raises unless the resolved path is inside ROOT
    validate(path)
    return open(path).read()


@mcp.tool()
def read_predicate(path: str) -> str:
    # good: is_safe() is a containment check on its argument
    if not is_safe(path):
        return "denied"
    return open(path).read()


@mcp.tool()
def read_predicate_positive(path: str) -> str:
    # good: the read happens where is_inside() holds
    if is_inside(path):
        return open(path).read()
    return "denied"


@mcp.tool()
def read_weak_predicate(path: str) -> str:
    if not is_allowed(path):
        raise PermissionError(path)
    return open(path).read()  # want "reaches open without a containment check \\(prefix check without separator\\)"


@mcp.tool()
def read_joined(name: str) -> str:
    # good: safe_join() returns a checked path
    return open(safe_join(name)).read()


@mcp.tool()
def read_unchecked(name: str) -> str:
    is_safe(name)  # the result is ignored
    return open(os.path.join(ROOT, name)).read()  # want "tool argument \"name\" reaches open"


class Files:
    def __init__(self) -> None:
        self.mcp = FastMCP("class-based")
        self.mcp.tool()(self.read)

    def read(self, path: str) -> str:
        return open(path).read()  # want "tool argument \"path\" reaches open"


@mcp.tool()
def read_named(name: str) -> str:
    # good: a plain name, no separators or dots
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        raise ValueError(name)
    return open(os.path.join(ROOT, name + ".txt")).read()


@mcp.tool()
def read_dotted(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
        raise ValueError(name)
    return open(os.path.join(ROOT, name)).read()  # want "tool argument \"name\" reaches open"


def inside_lexically(path: Path) -> bool:
    return ROOT_PATH in path.absolute().parents


def inside(path: Path) -> bool:
    return ROOT_PATH in path.resolve().parents


ROOT_PATH = Path(ROOT)


@mcp.tool()
def read_parents_weak(name: str) -> str:
    p = ROOT_PATH / name
    if not inside_lexically(p):
        return "denied"
    return p.read_text()  # want "without a containment check \\(containment check on a path that was not resolved first\\)"


@mcp.tool()
def read_parents(name: str) -> str:
    # good: resolved, then checked against the root's descendants
    p = ROOT_PATH / name
    if not inside(p):
        return "denied"
    return p.read_text()


SYSTEM_ACCESS = False


def is_path_allowed(path: Path) -> bool:
    if SYSTEM_ACCESS:
        return True
    try:
        path.resolve().relative_to(Path(ROOT).resolve())
        return True
    except ValueError:
        return False


def looks_allowed(path: Path) -> bool:
    try:
        Path(ROOT).resolve().relative_to(Path("/srv"))
        return True
    except ValueError:
        return False


@mcp.tool()
def read_checked(file_path: str) -> str:
    path = Path(ROOT) / file_path
    # good: the predicate returns True only after relative_to, which raises
    # when the resolved path is outside ROOT (or when the operator opted out)
    if not is_path_allowed(path):
        return "denied"
    return path.read_text()


@mcp.tool()
def read_unchecked(file_path: str) -> str:
    path = Path(ROOT) / file_path
    if not looks_allowed(path):
        return "denied"
    return path.read_text()  # want "tool argument \"file_path\" reaches path.read_text"


def _read_file(path: str) -> str:
    return open(path).read()


def _read_file_unchecked(path: str) -> str:
    return open(path).read()  # want "tool argument \"path\" reaches open without a containment check"


@mcp.tool()
def read_via_helper(path: str) -> str:
    # good: the handler checks the path before the helper that reads it
    if not is_safe(path):
        return "denied"
    return _read_file(path)


@mcp.tool()
def read_via_helper_validated(path: str) -> str:
    # good: validate() raises before the helper is called
    validate(path)
    return _read_file(path)


@mcp.tool()
def read_via_helper_unchecked(path: str) -> str:
    return _read_file_unchecked(path)


ALLOWED_PROGRAMS = {"git", "ls", "cat"}


def _run_argv(argv: list) -> str:
    import subprocess

    return subprocess.run(argv, capture_output=True, text=True).stdout


def _check_program(program: str) -> None:
    if program not in ALLOWED_PROGRAMS:
        raise PermissionError(program)


@mcp.tool()
def run_allowed(program: str, arg: str) -> str:
    # good: the program is checked against an allow-list in the handler
    # before the helper runs it (arguments are passed as argv, no shell)
    _check_program(program)
    return _run_argv([program, "--", arg])


def checked_or_base(path: str) -> str:
    base = os.path.realpath(os.environ.get("UPLOAD_DIR", os.getcwd()))
    resolved = os.path.realpath(path)
    if not resolved.startswith(base + os.sep) and resolved != base:
        raise ValueError(f"{path} is outside {base}")
    return resolved


def checked_when_strict(path: str, strict: bool) -> str:
    base = os.path.realpath(os.getcwd())
    resolved = os.path.realpath(path)
    if not resolved.startswith(base + os.sep) and strict:
        raise ValueError(f"{path} is outside {base}")
    return resolved


@mcp.tool()
def upload_all(file_paths: list[str]) -> str:
    out = []
    for path in file_paths:
        path = checked_or_base(path)
        # good: the validator raises unless the resolved path is the base
        # or inside it
        with open(path, "rb") as f:
            out.append(f.read())
    return str(len(out))


@mcp.tool()
def upload_lenient(path: str) -> str:
    # the check raises only in strict mode
    with open(checked_when_strict(path, False), "rb") as f:  # want "tool argument \"path\" reaches open without a containment check"
        return str(len(f.read()))


VERSIONS = load_versions()


def version_error(version: str | None) -> str | None:
    if version is not None and version not in VERSIONS:
        return f"unsupported version {version}"
    return None


def version_error_loose(version: str) -> str | None:
    if version.startswith("latest"):
        return None
    if version not in VERSIONS:
        return f"unsupported version {version}"
    return None


@mcp.tool()
def list_version(version: str) -> str:
    err = version_error(version)
    if err:
        return err
    # good: version_error gives no value only for an allowed version
    return str(os.listdir(os.path.join(ROOT, version)))


@mcp.tool()
def list_version_loose(version: str) -> str:
    err = version_error_loose(version)
    if err:
        return err
    # "latest../../etc" passes: one path returns None without the check
    return str(os.listdir(os.path.join(ROOT, version)))  # want "tool argument \"version\" reaches os.listdir without a containment check"


def is_within(base: Path, target: Path) -> bool:
    try:
        return Path(target).resolve().is_relative_to(Path(base).resolve())
    except Exception:
        return False


@mcp.tool()
def read_joined_checked(name: str) -> str:
    if not is_within(Path(ROOT), Path(ROOT) / name):
        return "outside"
    # good: the path joined onto the fixed root was resolved and checked
    return (Path(ROOT) / name).read_text()


@mcp.tool()
def read_joined_other_base(name: str, base: str) -> str:
    # the checked path joins name onto a base the caller chose
    if not is_within(Path(ROOT), Path(base) / name):
        return "outside"
    return (Path(ROOT) / name).read_text()  # want "tool argument \"name\" reaches .*read_text without a containment check"


def subdirectory_ok(base_dir: Path, name: str) -> bool:
    candidate = base_dir / name
    return is_within(base_dir, candidate) and candidate.is_dir()


@mcp.tool()
def list_source(source: str) -> str:
    if not subdirectory_ok(Path(ROOT), source):
        return "unknown source"
    # good: the predicate checks base_dir / name against base_dir, which
    # is a check of name
    return str(list((Path(ROOT) / source).glob("*.md")))


@mcp.tool()
def list_base(base: str) -> str:
    # the predicate says nothing of base itself
    if not subdirectory_ok(Path(base), "docs"):
        return "no docs"
    return str(list(Path(base).glob("*.md")))  # want "tool argument \"base\" reaches .*glob without a containment check"


@mcp.tool()
def list_sources(sources: list[str]) -> str:
    invalid = [s for s in sources if not subdirectory_ok(Path(ROOT), s)]
    if invalid:
        return f"unknown sources: {invalid}"
    # good: every source passed the check, or the tool returned
    return str([list((Path(ROOT) / s).glob("*.md")) for s in sources])


@mcp.tool()
def list_sources_kept(sources: list[str]) -> str:
    kept = [s for s in sources if subdirectory_ok(Path(ROOT), s)]
    if kept:
        # a non-empty list of valid sources says nothing of the others
        return str([list((Path(ROOT) / s).glob("*.md")) for s in sources])  # want "tool argument \"sources\" reaches .*glob without a containment check"
    return "none"
