"""The command group, its global options and the shared application state."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import click

from .. import __version__

if TYPE_CHECKING:
    from ..store.db import Database


class App:
    def __init__(self, db_url: str | None, quiet: bool):
        self._db_url = db_url
        self.quiet = quiet

    @cached_property
    def url(self) -> str:
        from ..store.db import DatabaseError, resolve_db_url  # (imported when a command needs a database)

        try:
            return resolve_db_url(self._db_url)
        except DatabaseError as exc:
            raise click.UsageError(str(exc)) from exc

    @cached_property
    def db(self) -> Database:
        """The database, created or upgraded to the current schema on first use."""
        from ..store.db import Database, DatabaseError

        try:
            return Database(self.url)
        except DatabaseError as exc:
            raise click.ClickException(str(exc)) from exc

    def database(self, migrate: bool) -> Database:
        from ..store.db import Database, DatabaseError

        if migrate:
            return self.db
        try:
            return Database(self.url, migrate=False)
        except DatabaseError as exc:
            raise click.ClickException(str(exc)) from exc

    def say(self, msg: str, err: bool = True) -> None:
        if not self.quiet:
            click.echo(msg, err=err)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--db", "db_url", metavar="URL", envvar=None,
              help="Database: any SQLAlchemy URL or a SQLite file path. "
                   "Default: $QUOTEBANK_DB, else quotebank.db in your user data folder.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary messages.")
@click.version_option(__version__, "--version", prog_name="quotebank")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None, quiet: bool) -> None:
    """quotebank: who said what, in which article, as what.

    Ingest news articles, extract every quotation with its speaker, and search,
    look up and cite them.
    """
    ctx.obj = App(db_url, quiet)


pass_app = click.make_pass_decorator(App)
