"""The ``quotebank`` command: parse arguments, call the library, render. Nothing else."""

from __future__ import annotations

import sys

import click

from .. import __version__
from .app import App, cli  # noqa: F401  (the group)
from . import commands  # noqa: F401  (registers the commands)


def main() -> None:
    """Entry point: never a traceback for the user unless QUOTEBANK_DEBUG is set."""
    import os

    try:
        cli(prog_name="quotebank", standalone_mode=True)
    except Exception as exc:  # click handles its own errors; this is everything else
        if os.environ.get("QUOTEBANK_DEBUG"):
            raise
        click.echo(f"Error: {exc.__class__.__name__}: {exc}", err=True)
        click.echo("Set QUOTEBANK_DEBUG=1 to see the traceback, and please report it.", err=True)
        sys.exit(2)


__all__ = ["App", "cli", "main", "__version__"]
