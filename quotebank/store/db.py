"""Engines, sessions and the migrations that build every database.

The Alembic configuration is built here in code, so no ``alembic.ini`` is
needed in the working directory, and the migration scripts are found inside
the installed package (``quotebank/_migrations`` in a wheel) or, in a source
checkout, in the top-level ``migrations/`` folder.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "QUOTEBANK_DB"

# the tables that ingest looks rows up in, and that searches read: their planner statistics
# are kept current during bulk loads (Database.refresh_statistics)
PLANNED_TABLES = ("articles", "quotes", "speakers", "speaker_aliases", "affiliations", "organizations")
ANALYZE_MIN_ROWS = 1000


class DatabaseError(Exception):
    """A database problem with a message that says how to fix it."""


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("quotebank", appauthor=False)) / "quotebank.db"


def resolve_db_url(explicit: str | None = None) -> str:
    """``--db`` value, else ``$QUOTEBANK_DB``, else a SQLite file in the user's data dir.

    A value without ``://`` is taken as the path of a SQLite file.
    """
    value = explicit or os.environ.get(ENV_VAR) or str(default_db_path())
    if "://" not in value:
        value = "sqlite:///" + str(Path(value).expanduser().absolute())
    try:
        make_url(value)
    except ArgumentError as exc:
        raise DatabaseError(
            f"{value!r} is not a database URL. Use e.g. sqlite:///quotes.db or "
            "postgresql+psycopg://user@host/dbname"
        ) from exc
    return value


def describe_url(url: str) -> str:
    """The URL with any password hidden, for display."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin
    # (see _sqlite_begin): DDL in migrations is then transactional too.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers keep reading while one process writes
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:
    # Writers take the write lock up front (IMMEDIATE), so two writers wait for
    # each other (busy_timeout) instead of failing when one upgrades its lock.
    # Readers begin DEFERRED and read a WAL snapshot: never blocked by a writer.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("qb_write") else "BEGIN")


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if u.get_backend_name() == "postgresql" and u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    try:
        return create_engine(u, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            f"the driver for {u.drivername} is not installed: "
            "pip install 'quotebank[postgres]'"
        ) from exc


# ---------------------------------------------------------------- migrations
def migrations_dir() -> Path:
    pkg = Path(__file__).resolve().parent.parent
    for candidate in (pkg / "_migrations", pkg.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise DatabaseError("quotebank's migrations are missing from the installation; reinstall it")


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return script_directory().get_current_head()


_REVISION_LINE = re.compile(r"""^(down_)?revision\b[^=]*=\s*['"]?([\w-]+|None)['"]?\s*$""", re.M)


@lru_cache(maxsize=1)
def quick_head_revision() -> str | None:
    """The head revision read off the migration files without importing Alembic (which
    costs a command ~0.15 s to start): the one revision no other revision follows. None
    when the files do not say it plainly; then the caller asks Alembic."""
    revs, downs = set(), set()
    for f in (migrations_dir() / "versions").glob("*.py"):
        found = dict((bool(m.group(1)), m.group(2)) for m in _REVISION_LINE.finditer(f.read_text("utf-8")))
        if False not in found:
            return None
        revs.add(found[False])
        downs.add(found.get(True))
    heads = revs - downs
    return heads.pop() if len(heads) == 1 else None


def quick_current_revision(engine: Engine) -> str | None:
    """The database's revision by one query, None when that cannot say (no table yet, ...)."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except Exception:
        return None
    return rows[0][0] if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.execution_options(qb_write=True).begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.execution_options(qb_write=True).begin() as conn:
        command.downgrade(alembic_config(conn), revision)


def history() -> list[dict]:
    out = []
    for rev in script_directory().walk_revisions():
        out.append(
            {"revision": rev.revision, "down_revision": rev.down_revision, "message": rev.doc}
        )
    return out


class Database:
    """An engine plus sessions, migrated to head on first use."""

    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.url = resolve_db_url(url)
        self.engine = make_engine(self.url)
        if migrate:
            self.ensure_schema()

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @cached_property
    def sessionmaker(self) -> sessionmaker[Session]:
        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def write_sessionmaker(self) -> sessionmaker[Session]:
        return sessionmaker(self.engine.execution_options(qb_write=True), expire_on_commit=False)

    def ensure_schema(self) -> None:
        """Create or upgrade the schema; refuse a database newer than this code."""
        head = quick_head_revision()
        if head is not None and quick_current_revision(self.engine) == head:
            return  # up to date: the common case, answered without Alembic
        try:
            current = current_revision(self.engine)
        except Exception as exc:  # unreachable server, bad credentials, not a database...
            raise DatabaseError(f"cannot open {describe_url(self.url)}: {exc}") from exc
        head = head_revision()
        if current == head:
            return
        known = {r["revision"] for r in history()}
        if current is not None and current not in known:
            raise DatabaseError(
                f"{describe_url(self.url)} is at schema revision {current}, which this "
                f"quotebank ({head}) does not know: upgrade quotebank to use it"
            )
        if current is None and self._has_foreign_tables():
            raise DatabaseError(
                f"{describe_url(self.url)} holds tables that are not quotebank's; "
                "use a new database file or URL"
            )
        upgrade(self.engine)

    def _has_foreign_tables(self) -> bool:
        names = set(inspect(self.engine).get_table_names())
        return bool(names - {"alembic_version"})

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on error.

        ``write=True`` for sessions that change data: on SQLite they take the
        write lock at the start; read sessions never wait for writers."""
        maker = self.write_sessionmaker if write else self.sessionmaker
        with maker() as s, s.begin():
            yield s

    def refresh_statistics(self, min_rows: int | None = None) -> list[str]:
        """PostgreSQL: ANALYZE each table changed since its last analysis by twice the rows
        it held then, and by at least ``min_rows`` (:data:`ANALYZE_MIN_ROWS`); the tables
        analyzed. Nothing on other backends.

        A bulk load outruns the server's own statistics: a table never analyzed (autovacuum
        off, or not yet come round) is planned as if nearly empty, and the speaker look-up
        of each ingest batch, planned as a nested loop over every global speaker, took 45 ms
        a batch at 20,000 articles, 20 s for a large batch, and grew with the database (7 ms
        once analyzed). Analyzing when a table has tripled keeps the plans right for two
        analyses per tenfold growth (measured over the 21,268-article bench corpus: three
        ANALYZE runs of the quotes table, 0.47 s; 0.7 s of server time for all tables)."""
        if self.backend != "postgresql":
            return []
        from sqlalchemy import text

        with self.engine.connect() as conn:
            due = list(conn.execute(text(
                "SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid "
                "WHERE s.schemaname = current_schema() AND s.relname = ANY(:tables) "
                "AND s.n_mod_since_analyze >= greatest(:min_rows, 2 * c.reltuples) ORDER BY s.relname"),
                {"tables": list(PLANNED_TABLES),
                 "min_rows": ANALYZE_MIN_ROWS if min_rows is None else min_rows}).scalars())
        done = []
        for table in due:
            try:
                with self.engine.begin() as conn:
                    # (another process analyzing the same table: leave it to that one)
                    conn.execute(text("SET LOCAL lock_timeout = '200ms'"))
                    conn.execute(text(f'ANALYZE "{table}"'))
                done.append(table)
            except Exception:  # noqa: BLE001 - statistics are an optimisation; the data is safe
                continue
        return done

    def dispose(self) -> None:
        self.engine.dispose()
