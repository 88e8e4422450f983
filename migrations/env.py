"""Alembic environment for quotebank.

quotebank builds the Alembic configuration in code (quotebank.store.db) and
hands the open connection in ``config.attributes["connection"]``; there is
no alembic.ini. SQLite runs in batch mode so that ALTERs work.
"""

from alembic import context

from quotebank.store.models import Base, include_object

config = context.config
target_metadata = Base.metadata


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
