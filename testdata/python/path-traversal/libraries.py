"""MCP003 fixtures: libraries that open the path they are given."""
import os

import openpyxl
from docx import Document
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("office")
ROOT = os.path.realpath("/srv/office")


def excel_path(filename: str) -> str:
    if os.path.isabs(filename):
        return filename
    return os.path.join(ROOT, filename)


@mcp.tool()
def read_sheet(filename: str) -> str:
    wb = openpyxl.load_workbook(excel_path(filename))  # want "tool argument \"filename\" reaches openpyxl.load_workbook without a containment check"
    wb.save(excel_path(filename))  # want "reaches wb.save"
    return str(wb.sheetnames)


@mcp.tool()
def read_doc(filename: str) -> str:
    # good: resolved and checked with a separator before use
    path = os.path.realpath(os.path.join(ROOT, filename))
    if not path.startswith(ROOT + os.sep):
        raise ValueError("outside the office directory")
    return str(Document(path).paragraphs)
