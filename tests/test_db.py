"""Schema through the real migrations, on SQLite and PostgreSQL."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from quotebank.store import db as dbmod
from quotebank.store.models import Article, Base, Quote, Speaker, SpeakerAlias, include_object
from quotebank.store.pipeline import ingest

from .conftest import SEEDS


def test_models_and_migrations_agree(database):
    with database.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": _skip_version})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def _skip_version(obj, name, type_, reflected, compare_to):
    return name != "alembic_version" and include_object(obj, name, type_, reflected, compare_to)


def test_upgrade_downgrade_upgrade_keeps_working(database):
    eng = database.engine
    assert dbmod.current_revision(eng) == dbmod.head_revision()
    dbmod.downgrade(eng, "base")
    assert dbmod.current_revision(eng) is None
    assert set(inspect(eng).get_table_names()) <= {"alembic_version"}
    dbmod.upgrade(eng)
    assert dbmod.current_revision(eng) == dbmod.head_revision()
    assert {"articles", "quotes", "speakers", "corrections"} <= set(inspect(eng).get_table_names())


def test_quick_revision_checks_agree_with_alembic(database):
    # the start-up fast path reads the head off the files and the database by one query
    assert dbmod.quick_head_revision() == dbmod.head_revision()
    assert dbmod.quick_current_revision(database.engine) == dbmod.current_revision(database.engine)
    # a database one revision behind is not taken for up to date: opening it upgrades it
    prev = next(r["down_revision"] for r in dbmod.history() if r["revision"] == dbmod.head_revision())
    dbmod.downgrade(database.engine, prev)
    assert dbmod.quick_current_revision(database.engine) == prev
    dbmod.Database(database.url)
    assert dbmod.current_revision(database.engine) == dbmod.head_revision()


def test_ingest_seeds_and_dedupe(database):
    r1 = ingest(database, [str(SEEDS)])
    assert (r1.added, r1.failed) == (5, 0)
    r2 = ingest(database, [str(SEEDS)])
    assert (r2.added, r2.skipped) == (0, 5)
    with database.session() as s:
        arts = s.scalars(select(Article).order_by(Article.id)).all()
        assert len(arts) == 5
        # columns with Python-side defaults are filled on every backend's bulk path (COPY included)
        assert all(a.ingested_at is not None and a.authors is not None for a in arts)
        assert all(sp.created_at is not None for sp in s.scalars(select(Speaker)))
        guardian = next(a for a in arts if a.publication and a.publication.name == "The Guardian")
        children = [a for a in arts if a.parent_id == guardian.id]
        assert sorted(a.publication.name for a in children) == ["Daily Record", "ITV News", "Scottish Sun"]
        # no quote of a related piece is stored under the Guardian article
        for q in s.scalars(select(Quote).where(Quote.article_id == guardian.id)):
            assert guardian.text[q.start : q.end] == q.text
            assert "Trump Turnberry" not in q.text and "Scotland" not in q.text
        sullivan = s.scalars(select(Speaker).where(Speaker.name == "John P Sullivan")).all()
        assert len(sullivan) == 1
        n = s.scalar(select(text("count(*)")).select_from(Quote).where(Quote.speaker_id == sullivan[0].id))
        # by hand: 6 direct, 1 mixed ("he noted ... 'cartel actions ...'"), 2 indirect
        # ("Sullivan said that, from a legal standpoint, ...", "According to Sullivan, ...")
        assert n == 9
        # no speaker is a bare pronoun
        names = {sp.name.lower() for sp in s.scalars(select(Speaker))}
        assert not names & {"he", "she", "they", "him", "her", "it"}


def test_same_person_across_articles_is_one_speaker(database, tmp_path):
    (tmp_path / "a.txt").write_text(
        "First piece\n'Prices will rise,' said John P. Sullivan, an economist at the Fed.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Second piece\n'Rates will fall,' said John P Sullivan.\n'It is close,' said Sullivan.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Third piece\n'Nothing to add,' said Sullivan, who would not give his first name.\n", encoding="utf-8")
    ingest(database, [str(tmp_path)])
    with database.session() as s:
        full = s.scalars(select(Speaker).where(Speaker.name_key == "john p sullivan")).all()
        assert len(full) == 1
        assert s.scalar(select(text("count(*)")).select_from(Quote).where(Quote.speaker_id == full[0].id)) == 3
        # a bare surname in another article is not merged into him
        bare = s.scalars(select(Speaker).where(Speaker.name == "Sullivan")).all()
        assert len(bare) == 1 and bare[0].article_id is not None


@pytest.mark.parametrize("first, second", [("Donald J. Trump", "Donald Trump"), ("Donald Trump", "Donald J. Trump")])
def test_a_middle_initial_names_the_same_person_across_articles(database, tmp_path, first, second):
    (tmp_path / "a.txt").write_text(f"First piece\n\n'Prices will rise,' said {first}.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Second piece\n\n'Rates will fall,' said {second}.\n", encoding="utf-8")
    ingest(database, [str(tmp_path / "a.txt")])
    ingest(database, [str(tmp_path / "b.txt")])
    with database.session() as s:
        people = s.scalars(select(Speaker).where(Speaker.kind == "person")).all()
        assert [p.name for p in people] == [first]  # the name the first article gave
        assert s.scalar(select(text("count(*)")).select_from(Quote).where(Quote.speaker_id == people[0].id)) == 2
        aliases = set(s.scalars(select(SpeakerAlias.alias).where(SpeakerAlias.speaker_id == people[0].id)))
        assert {"Donald J. Trump", "Donald Trump"} <= aliases


def test_a_middle_initial_in_the_same_batch_is_one_person(database, tmp_path):
    (tmp_path / "a.txt").write_text("First piece\n\n'Prices will rise,' said Donald J. Trump.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second piece\n\n'Rates will fall,' said Donald Trump.\n", encoding="utf-8")
    ingest(database, [str(tmp_path)])
    with database.session() as s:
        people = s.scalars(select(Speaker).where(Speaker.kind == "person")).all()
        assert len(people) == 1
        assert s.scalar(select(text("count(*)")).select_from(Quote).where(Quote.speaker_id == people[0].id)) == 2


def test_different_middle_initials_stay_two_people(database, tmp_path):
    (tmp_path / "a.txt").write_text("First piece\n\n'Prices will rise,' said John P. Sullivan.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second piece\n\n'Rates will fall,' said John Q. Sullivan.\n", encoding="utf-8")
    ingest(database, [str(tmp_path / "a.txt")])
    ingest(database, [str(tmp_path / "b.txt")])
    with database.session() as s:
        names = sorted(s.scalars(select(Speaker.name).where(Speaker.kind == "person")))
    assert names == ["John P. Sullivan", "John Q. Sullivan"]


def test_an_organisation_named_for_many_is_one_speaker_per_article(database, tmp_path):
    # two countries' finance ministries, read from two wires: not one speaker; the Bank of
    # England, named alike in both, is one
    (tmp_path / "a.txt").write_text(
        "Tokyo\nThe Finance Ministry said the yen would stay stable this year.\n"
        "The Bank of England said money supply rose in March.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Brasilia\nThe Finance Ministry said the cruzado would be devalued next month.\n"
        "The Bank of England said money supply fell in April.\n", encoding="utf-8")
    ingest(database, [str(tmp_path)])
    with database.session() as s:
        ministries = s.scalars(select(Speaker).where(Speaker.name_key == "finance ministry")).all()
        assert len(ministries) == 2 and all(sp.article_id is not None for sp in ministries)
        assert len({sp.article_id for sp in ministries}) == 2
        boe = s.scalars(select(Speaker).where(Speaker.name_key == "bank of england")).all()
        assert len(boe) == 1 and boe[0].article_id is None
        assert s.scalar(select(text("count(*)")).select_from(Quote).where(Quote.speaker_id == boe[0].id)) == 2


@pytest.mark.parametrize("name, generic", [
    ("the company", True), ("Finance Ministry", True), ("Central Bank", True), ("Treasury", True),
    ("The Trade and Industry Department", True), ("Police", True),
    ("The Bank of England", False), ("Statistics Canada", False), ("Federal Reserve", False),
    ("Pentagon", False), ("World Bank", False), ("IBM", False), ("S and P", False), ("", False),
])
def test_which_organisation_names_fit_many_bodies(name, generic):
    from quotebank.resolve import is_generic_org

    assert is_generic_org(name) is generic


def test_foreign_database_refused(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("create table customers (id integer)")
    con.commit()
    con.close()
    with pytest.raises(dbmod.DatabaseError, match="not quotebank's"):
        dbmod.Database(f"sqlite:///{path}")


def test_an_article_lands_whole_or_not_at_all(database, tmp_path, monkeypatch):
    from quotebank.store import writer

    (tmp_path / "a.txt").write_text("Doomed\n'It will fail,' said Jane Doe.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fine\n'It will work,' said John Roe.\n", encoding="utf-8")
    real = writer.store_batch

    def flaky(session, items, *a, **kw):
        real(session, items, *a, **kw)  # article, speakers, quotes are written...
        if any(it.record.title == "Doomed" for it in items):
            raise RuntimeError("disk on fire")  # ...then the transaction fails

    monkeypatch.setattr("quotebank.store.pipeline.store_batch", flaky)  # the batch
    monkeypatch.setattr("quotebank.store.writer.store_batch", flaky)  # the one-by-one replay
    report = ingest(database, [str(tmp_path)])
    assert (report.added, report.failed) == (1, 1)
    assert "disk on fire" in str(report.errors[0]) and str(tmp_path / "a.txt") in str(report.errors[0])
    with database.session() as s:
        assert [a.title for a in s.scalars(select(Article))] == ["Fine"]
        assert {sp.name for sp in s.scalars(select(Speaker))} == {"John Roe"}
        assert all(q.text == "It will work," for q in s.scalars(select(Quote)))


def test_key_lookups_return_exactly_the_keys_asked(database):
    """The batch writer looks rows up by (name key, kind); PostgreSQL does it with one array
    per column, which alone would also match the cross pairs ("apple", "person")."""
    from quotebank.store.writer import _ids_by

    with database.session(write=True) as s:
        for key, kind in [("apple", "organization"), ("apple", "person"), ("jane doe", "person")]:
            s.add(Speaker(name=key.title(), name_key=key, kind=kind))
        s.flush()
        ids = {(sp.name_key, sp.kind): sp.id for sp in s.scalars(select(Speaker))}
        asked = [("apple", "organization"), ("jane doe", "person"), ("nobody", "person")]
        got = _ids_by(s, Speaker, [Speaker.name_key, Speaker.kind], asked, (Speaker.article_id.is_(None),))
    assert got == {("apple", "organization"): ids[("apple", "organization")],
                   ("jane doe", "person"): ids[("jane doe", "person")]}


def test_a_duplicate_in_a_bulk_insert_is_an_integrity_error(database):
    """The PostgreSQL bulk path (COPY) goes past SQLAlchemy: its errors must still arrive as
    SQLAlchemy's IntegrityError, which the pipeline retries when another writer stored the same
    article a moment before (it reported 'could not store' instead)."""
    from sqlalchemy.exc import IntegrityError

    from quotebank.store.writer import _bulk_rows

    row = dict(title="T", url=None, authors=[], published=None, publication_id=None, language=None,
               source="x", text="Some text.", content_hash="h" * 64, extractor_version="0", parent_id=None)
    with database.session(write=True) as s:
        _bulk_rows(s, Article, [row])
    with pytest.raises(IntegrityError):
        with database.session(write=True) as s:
            _bulk_rows(s, Article, [dict(row)])


def test_ingest_reads_by_index_on_sqlite(database, tmp_path):
    """Every look-up a batch makes searches an index: none reads a whole table, whose cost
    would grow with the database (the global-speaker and alias look-ups once read every global
    speaker on every batch, because SQLite cannot search an index with a row-value IN)."""
    if database.engine.dialect.name != "sqlite":
        pytest.skip("query plans are SQLite's; PostgreSQL plans by statistics")
    from sqlalchemy import event

    ingest(database, [str(SEEDS)])  # speakers and aliases to find
    (tmp_path / "more.txt").write_text(
        "Later piece\n'The cartels adapt,' said John P Sullivan, a security analyst.\n\n"
        "'We will not comment,' the Pentagon said.\n", encoding="utf-8")
    seen: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        if not executemany and "SELECT" in statement.upper():
            seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", grab)
    try:
        r = ingest(database, [str(tmp_path / "more.txt")])
    finally:
        event.remove(database.engine, "before_cursor_execute", grab)
    assert (r.added, r.failed) == (1, 0)
    assert any("speaker_aliases" in st and "JOIN" in st.upper() for st, _ in seen)  # the alias look-up ran
    big = {"articles", "quotes", "speakers", "speaker_aliases", "affiliations", "organizations"}
    with database.engine.connect() as conn:
        for statement, params in seen:
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
            scans = [p for p in plan if p.startswith("SCAN ") and p.split()[1] in big]
            assert not scans, (statement, plan)
            assert not any("ix_speakers_article_id" in p for p in plan if "speakers" in statement
                           and "article_id IS NULL" in statement), (statement, plan)


def test_ingest_collects_garbage_less_often_and_restores_the_threshold(database, tmp_path):
    import gc

    from quotebank.store.pipeline import INGEST_GC_THRESHOLD, reextract

    before = gc.get_threshold()
    seen = []
    ingest(database, [str(SEEDS)], on_article=lambda rec, status: seen.append(gc.get_threshold()[0]))
    assert seen and min(seen) >= INGEST_GC_THRESHOLD > before[0]
    assert gc.get_threshold() == before
    # restored after a failure too, and re-extraction runs under the same setting
    with pytest.raises(TypeError):
        ingest(database, [str(SEEDS)], on_article=lambda rec, status: 1 / "x")
    assert gc.get_threshold() == before
    reextract(database, every=True)
    assert gc.get_threshold() == before


def _reltuples(database, table):
    with database.engine.connect() as c:
        return c.execute(text("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:t)"), {"t": table}).scalar()


@pytest.mark.postgres
def test_statistics_follow_a_bulk_load_on_postgresql(pg_url):
    import time

    database = dbmod.Database(pg_url)
    assert _reltuples(database, "quotes") == -1  # never analyzed: planned as if nearly empty
    ingest(database, [str(SEEDS)])
    database.dispose()  # (a server process reports its changes when its session ends)
    done = []
    for _ in range(50):  # (reported changes show up within moments)
        done = database.refresh_statistics(min_rows=1)
        if done:
            break
        time.sleep(0.1)
    assert {"articles", "quotes", "speakers"} <= set(done)
    assert _reltuples(database, "quotes") > 0
    assert _reltuples(database, "articles") == 5
    # nothing changed since: nothing to do; and a table is not analyzed for fewer rows than asked
    assert database.refresh_statistics(min_rows=1) == []
    with database.session(write=True) as s:
        s.execute(text("UPDATE articles SET title = title"))
    database.dispose()
    time.sleep(0.5)
    assert database.refresh_statistics(min_rows=1000) == []
    database.dispose()


def test_statistics_are_postgresql_only(sqlite_url):
    database = dbmod.Database(sqlite_url)
    ingest(database, [str(SEEDS)])
    assert database.refresh_statistics(min_rows=1) == []
    with database.engine.connect() as c:  # no ANALYZE ran: SQLite plans by its own rules here
        assert c.execute(text("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")).first() is None


def test_ingest_and_reextract_keep_statistics_after_each_batch(database, monkeypatch):
    from quotebank.store import pipeline

    calls = []
    monkeypatch.setattr(dbmod.Database, "refresh_statistics", lambda self, min_rows=None: calls.append(1) or [])
    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", 2)
    ingest(database, [str(SEEDS)])
    assert len(calls) >= 3  # five articles in batches of two
    calls.clear()
    pipeline.reextract(database, every=True, batch=2)
    assert len(calls) == 3


@pytest.mark.postgres
def test_alias_look_up_searches_its_index_once_statistics_are_kept(pg_url):
    """The bad plan seen in a bulk load: with no statistics, the alias look-up of a batch
    looped over every global speaker. Once the writer's refresh has run, it searches the
    alias index for the batch's keys."""
    import time

    from sqlalchemy import event

    from quotebank.store.writer import _alias_ids

    database = dbmod.Database(pg_url)
    with database.session(write=True) as s:
        s.execute(text("INSERT INTO speakers (name, name_key, kind, created_at) "
                       "SELECT 'Person ' || i, 'person ' || i, 'person', now() FROM generate_series(1, 20000) i"))
        s.execute(text("INSERT INTO speaker_aliases (speaker_id, alias, alias_key) "
                       "SELECT id, 'P. ' || id, 'p ' || id FROM speakers"))
    database.dispose()
    for _ in range(50):
        if {"speakers", "speaker_aliases"} <= set(database.refresh_statistics()):
            break
        time.sleep(0.1)
    seen = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    keys = [(f"p {i}", "person") for i in range(5, 400, 7)]
    event.listen(database.engine, "before_cursor_execute", grab)
    try:
        with database.session() as s:
            found = _alias_ids(s, keys)
    finally:
        event.remove(database.engine, "before_cursor_execute", grab)
    assert len(found) == len(keys)
    statement, params = next((st, p) for st, p in seen if "speaker_aliases" in st)
    with database.engine.connect() as conn:
        plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, params))
    assert "ix_speaker_aliases_alias_key" in plan, plan
    assert "Seq Scan on speakers" not in plan, plan
    database.dispose()
