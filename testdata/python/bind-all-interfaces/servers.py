"""MCP001 fixtures: web servers and sockets inside an MCP server project."""
import argparse
import socket

import uvicorn
from aiohttp import web
from flask import Flask
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")
app = mcp.sse_app()

parser = argparse.ArgumentParser()
parser.add_argument("--host", default="0.0.0.0")
parser.add_argument("--bind", default="127.0.0.1")
parser.add_argument("--port", type=int, default=8000)
args = parser.parse_args()


def main():
    uvicorn.run(app, host="0.0.0.0", port=8000)  # want "host \"0.0.0.0\""


def main_flag():
    uvicorn.run(app, host=args.host, port=args.port)  # want "by default \\(host \"0.0.0.0\" from parser.add_argument"


def main_flag_loopback():
    # good: the flag defaults to loopback
    uvicorn.run(app, host=args.bind, port=args.port)


def main_config():
    config = uvicorn.Config(app, host="::", port=8000)  # want "host \"::\""
    return config


def main_loopback():
    # good: loopback
    uvicorn.run(app, host="127.0.0.1", port=8000)


def main_default():
    # good: uvicorn defaults to 127.0.0.1
    uvicorn.run(app, port=8000)


def raw_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("", 9000))  # want "host \"\""
    s2 = socket.socket()
    s2.bind(("0.0.0.0", 9001))  # want "0.0.0.0"
    s3 = socket.socket()
    # good: loopback
    s3.bind(("127.0.0.1", 9002))


def aio():
    wapp = web.Application()
    web.run_app(wapp, host="0.0.0.0", port=8080)  # want "0.0.0.0"


flask_app = Flask(__name__)


def run_flask():
    flask_app.run(host="0.0.0.0", port=5000)  # want "0.0.0.0"


def run_flask_local():
    # good: Flask defaults to 127.0.0.1
    flask_app.run(port=5000)


if __name__ == "__main__":
    main()
