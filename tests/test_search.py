"""Full-text search on SQLite (FTS5) and PostgreSQL (tsvector), including hostile queries."""

import json

import pytest
from click.testing import CliRunner

from quotebank.cli import cli
from quotebank.store.search import fts5_query

from .conftest import SEEDS


@pytest.fixture
def seeded(db_url):
    runner = CliRunner()
    assert runner.invoke(cli, ["-q", "--db", db_url, "ingest", str(SEEDS)]).exit_code == 0

    def search(*args):
        r = runner.invoke(cli, ["--db", db_url, "search", *args, "--format", "json"], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        return json.loads(r.stdout)

    return search


def test_finds_words_and_ranks(seeded):
    hits = seeded("unilateral military intervention")
    assert hits and hits[0]["speaker"] == "John P Sullivan"
    assert "unilateral US military intervention" in hits[0]["text"]


def test_phrase_and_prefix(seeded):
    assert any("drone capabilities" in h["text"] for h in seeded('"drone capabilities"'))
    assert seeded('"capabilities drone"') == [] or all("drone" in h["text"] for h in seeded('"capabilities drone"'))


def test_nothing_for_absent_words(seeded):
    assert seeded("zebra quantum marmalade") == []


@pytest.mark.parametrize("q", ['"', "'", "(", "AND OR NOT", "*", "x' OR 1=1; DROP TABLE quotes; --",
                               "NEAR(a b", "\u0000", "col:thing", "^start"])
def test_malformed_queries_do_not_break(seeded, q):
    seeded(q)  # exit code 0, valid JSON
    assert seeded("cartels")  # and the table is still there


@pytest.mark.parametrize("q, expected", [
    ("drone capabilities", '"drone" "capabilities"'),
    ('"kill lists" operat*', '"kill lists" "operat"*'),
    ('x" OR 1=1 --', '"x" "OR" "1" "1"'),
    ("", None),
])
def test_fts5_query_escaping(q, expected):
    assert fts5_query(q) == expected
