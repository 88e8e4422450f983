"""Alembic environment for quotebank.

quotebank builds the Alembic configuration in code (quotebank.store.db) and
hands the open connection in ``config.attributes["connection"]``; there is
no alembic.ini. SQLite runs in batch mode so that ALTERs work.
"""

from alembic import context

from quotebank.store.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    # the full-text index tables are managed by migrations, not by the models
    if type_ == "table" and name and (name.startswith("quotes_fts") or name == "sqlite_stat1"):
        return False
    if type_ in ("column", "index") and name in ("text_tsv", "ix_quotes_text_tsv"):
        return False
    return True


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "quotebank's migrations run through quotebank: use `quotebank db upgrade`"
        )
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) mode is not supported")
run_migrations_online()
