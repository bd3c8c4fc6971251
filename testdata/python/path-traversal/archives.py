"""MCP003 fixtures: archive extraction."""
import os
import tarfile
import zipfile

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("archives")
ARCHIVES = "/srv/archives/"


@mcp.tool()
def unpack(name: str) -> str:
    with tarfile.open("/srv/archives/current.tar") as tf:
        tf.extractall(name)  # want "tool argument \"name\" reaches tf.extractall without a containment check"
    return "ok"


@mcp.tool()
def unpack_tar(archive: str) -> str:
    with tarfile.open(ARCHIVES + archive) as tf:  # want "tool argument \"archive\" reaches tarfile.open without a containment check"
        tf.extractall("/tmp/out")  # want "tool argument \"archive\" selects the archive extracted by tf.extractall without filter=\"data\""
    return "ok"


@mcp.tool()
def unpack_zip(dest: str) -> str:
    zipfile.ZipFile("/srv/archives/a.zip").extractall(dest)  # want "tool argument \"dest\" reaches extractall without a containment check"
    return "ok"


@mcp.tool()
def unpack_filtered(index: int) -> str:
    # Good: filter="data" refuses members outside the destination, links
    # out of it and special files; the caller picks only a number.
    with tarfile.open(f"/srv/archives/{index}.tar") as tf:
        tf.extractall("/tmp/out", filter="data")
    return "ok"


@mcp.tool()
def extract_member(member: str, dest: str) -> str:
    zf = zipfile.ZipFile("/srv/archives/a.zip")
    zf.extract(member, dest)  # want "tool argument \"dest\" reaches zf.extract without a containment check"
    # Good: the argument only names which member to take; zipfile strips
    # ".." and leading slashes from member names, and the destination is
    # fixed.
    zf.extract(member, "/tmp/out")
    return "ok"


@mcp.tool()
def registrable(host: str) -> str:
    import tldextract

    # Good: tldextract.extract parses a host name; it is not an archive.
    return tldextract.extract(host).domain


@mcp.tool()
def unzip_by_hand(archive: str) -> str:
    dest = "/srv/extracted"
    with zipfile.ZipFile(archive) as zf:  # want "tool argument \"archive\" reaches zipfile.ZipFile without a containment check"
        for name in zf.namelist():
            # zip slip: the archive the caller names chooses the names
            with open(os.path.join(dest, name), "wb") as out:  # want "tool argument \"archive\" reaches open without a containment check"
                out.write(zf.read(name))
    return "ok"


@mcp.tool()
def unzip_by_hand_checked(archive: str) -> str:
    dest = "/srv/extracted"
    with zipfile.ZipFile(archive) as zf:  # want "tool argument \"archive\" reaches zipfile.ZipFile without a containment check"
        for info in zf.infolist():
            # Good: each member is resolved and must stay under the
            # destination plus a separator
            target = os.path.realpath(os.path.join(dest, info.filename))
            if not target.startswith(dest + os.sep):
                raise ValueError("member escapes the destination")
            with open(target, "wb") as out:
                out.write(zf.read(info))
    return "ok"
