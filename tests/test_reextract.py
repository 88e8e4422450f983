"""`quotebank reextract`: stored articles extracted again from the database's own text, on
SQLite and PostgreSQL, with human fixes kept and the search index consistent."""

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from quotebank.cli import cli
from quotebank.extract import EXTRACTOR_VERSION
from quotebank.store.db import Database
from quotebank.store.pipeline import outdated_articles, reextract

from .conftest import SEEDS


@pytest.fixture
def run(db_url):
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, ["--db", db_url, *args], catch_exceptions=False)

    assert invoke("-q", "ingest", str(SEEDS)).exit_code == 0
    return invoke


def _age(db_url, ids):
    """Mark articles as written by an old extractor, as after an upgrade of quotebank."""
    db = Database(db_url)
    with db.session(write=True) as s:
        s.execute(text("UPDATE articles SET extractor_version = '0.1.0' WHERE id IN (%s)" % ",".join(map(str, ids))))
    return db


def _quotes(run):
    return json.loads(run("quotes", "--format", "json").stdout)


def test_nothing_to_do_on_a_fresh_database(run):
    r = run("reextract")
    assert r.exit_code == 0 and "0 articles re-extracted" in r.stderr
    info = json.loads(run("info", "--format", "json").stdout)[0]
    assert info["extractor_version"] == EXTRACTOR_VERSION and info["articles_by_older_extractor"] == 0


def test_outdated_articles_are_extracted_again_in_place(run, db_url):
    before = _quotes(run)
    db = _age(db_url, [1, 2])
    assert outdated_articles(db) == [1, 2]
    assert json.loads(run("info", "--format", "json").stdout)[0]["articles_by_older_extractor"] == 2
    assert "2 articles by an older one" in run("info", "--format", "table").stdout
    r = run("reextract")
    assert r.exit_code == 0 and "2 articles re-extracted" in r.stderr
    after = _quotes(run)
    # the same quotes, speakers and spans: the text and the extractor did not change
    key = lambda q: (q["article_id"], q["start"], q["end"], q["speaker"], q["kind"])  # noqa: E731
    assert sorted(map(key, after)) == sorted(map(key, before))
    assert outdated_articles(db) == []
    info = json.loads(run("info", "--format", "json").stdout)[0]
    assert info["counts"]["articles"] == 5 and info["counts"]["quotes"] == len(before)
    # the full-text index holds each quote once: a search finds the quote, not a stale copy
    hits = json.loads(run("search", "unilateral military intervention", "--format", "json").stdout)
    assert len(hits) == 1 and hits[0]["speaker"] == "John P Sullivan"


def test_a_human_fix_survives_reextraction(run):
    q = next(q for q in _quotes(run) if q["text"].startswith("The persistent talk"))
    assert run("quotes", "set-speaker", str(q["id"]), "Jane Roe").exit_code == 0
    assert run("reextract", "--all").exit_code == 0
    again = next(x for x in _quotes(run) if x["text"].startswith("The persistent talk"))
    assert again["speaker"] == "Jane Roe"


def test_unknown_ids_are_reported_and_the_rest_done(run):
    r = run("reextract", "3", "999")
    assert r.exit_code == 1 and "1 article re-extracted" in r.stderr and "no article with id 999" in r.stderr


def test_ids_and_all_together_are_refused(run):
    r = run("reextract", "--all", "3")
    assert r.exit_code == 2 and "not both" in r.output


def test_the_library_call_without_click(run, db_url):
    db = _age(db_url, [3])
    report = reextract(db)
    assert (report.articles, report.missing) == (1, []) and report.quotes > 0


def test_a_shared_speaker_no_quote_names_any_more_goes(run, db_url):
    # an older extractor named a quote's speaker "Loan Association"; this one names someone else:
    # after re-extraction no speaker is left without a quote, and one still quoted elsewhere stays
    db = _age(db_url, [1])
    with db.session(write=True) as s:
        s.execute(text("INSERT INTO speakers (name, name_key, kind, created_at) "
                       "VALUES ('Loan Association', 'loan association', 'organization', CURRENT_TIMESTAMP)"))
        old = s.execute(text("SELECT id FROM speakers WHERE name_key = 'loan association'")).scalar()
        s.execute(text("UPDATE quotes SET speaker_id = :sid WHERE id = (SELECT MIN(id) FROM quotes WHERE article_id = 1)"),
                  {"sid": old})
        kept = s.execute(text("SELECT q.speaker_id FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id "
                              "WHERE q.article_id = 2 AND sp.article_id IS NULL LIMIT 1")).scalar()
    assert run("reextract").exit_code == 0
    with db.session() as s:
        assert s.execute(text("SELECT COUNT(*) FROM speakers WHERE id = :i"), {"i": old}).scalar() == 0
        assert s.execute(text("SELECT COUNT(*) FROM speakers sp WHERE NOT EXISTS "
                              "(SELECT 1 FROM quotes q WHERE q.speaker_id = sp.id)")).scalar() == 0
        assert s.execute(text("SELECT COUNT(*) FROM speakers WHERE id = :i"), {"i": kept}).scalar() == 1
