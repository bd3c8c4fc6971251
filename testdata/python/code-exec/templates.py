"""MCP007 fixtures: template engines and deserialisers that run code."""
import jinja2
import joblib
import numpy
import torch
from flask import render_template_string
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("templates")
env = jinja2.Environment()


@mcp.tool()
def render(template: str, name: str) -> str:
    out = jinja2.Template(template).render(name=name)  # want "tool argument \"template\" is compiled as a template by jinja2.Template"
    out += env.from_string(template).render()  # want "tool argument \"template\" is compiled as a template by env.from_string"
    out += render_template_string(template)  # want "tool argument \"template\" is compiled as a template by flask.render_template_string"
    # Good: the template is the server's; the argument is only a value in it.
    out += jinja2.Template("Hello {{ name }}").render(name=name)
    return out


@mcp.tool()
def load_model(path: str) -> str:
    joblib.load(path)  # want "tool argument \"path\" reaches joblib.load"
    torch.load(path)  # want "tool argument \"path\" reaches torch.load"
    # Good: weights only, no pickled code; no pickles allowed.
    torch.load(path, weights_only=True)
    numpy.load(path, allow_pickle=False)
    return "ok"
