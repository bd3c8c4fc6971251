"""MCP001 fixtures: bind addresses chosen by command-line option defaults."""
import click
import typer
import uvicorn
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")
app = mcp.streamable_http_app()


@click.command()
@click.option("--host", "-h", default="0.0.0.0", help="bind address")
@click.option("--port", default=8000)
def serve(host, port):
    uvicorn.run(app, host=host, port=port)  # want "by default \\(host \"0.0.0.0\" from click.option"


@click.command()
@click.option("--bind", "host", default="127.0.0.1")
def serve_local(host):
    # good: the option fills parameter host and defaults to loopback
    uvicorn.run(app, host=host, port=8000)


cli = typer.Typer()


@cli.command()
def serve_typer(host: str = typer.Option("0.0.0.0", help="bind address"), port: int = 8000):
    uvicorn.run(app, host=host, port=port)  # want "by default \\(host \"0.0.0.0\" from typer.Option"


@cli.command()
def serve_typer_local(host: str = typer.Option("127.0.0.1"), port: int = 8000):
    # good: the typer option defaults to loopback
    uvicorn.run(app, host=host, port=port)


if __name__ == "__main__":
    serve()
