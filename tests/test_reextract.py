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


def test_worker_processes_give_what_one_process_gives(run, db_url):
    before = _quotes(run)
    r = run("reextract", "--all", "--jobs", "2")
    assert r.exit_code == 0 and "5 articles re-extracted" in r.stderr
    key = lambda q: (q["article_id"], q["start"], q["end"], q["speaker"], q["kind"], q["text"])  # noqa: E731
    assert sorted(map(key, _quotes(run))) == sorted(map(key, before))
    hits = json.loads(run("search", "unilateral military intervention", "--format", "json").stdout)
    assert len(hits) == 1  # (the index holds each quote once)


def test_extraction_holds_no_write_lock_and_a_text_changed_meanwhile_is_left_alone(run, db_url, monkeypatch):
    import quotebank.store.pipeline as pipeline
    from sqlalchemy import create_engine

    other = create_engine(db_url, connect_args={"timeout": 2} if db_url.startswith("sqlite") else {})
    new_text = 'Rewritten.\n\n"Nothing to add," said Ann Other.'
    real = pipeline._extracted

    def extract_while_another_writer_edits(text_):
        if "unilateral" in text_:  # (the first seed article) another writer changes it now, and can
            with other.begin() as c:  # (SQLite: this waits at most 2 s for a lock, then fails)
                c.execute(text("UPDATE articles SET text = :t WHERE id = 1"), {"t": new_text})
        return real(text_)

    monkeypatch.setattr(pipeline, "_extracted", extract_while_another_writer_edits)
    db = Database(db_url)
    report = reextract(db, [1, 2])
    other.dispose()
    assert report.articles == 1  # article 2 only: article 1's text is not the one extracted
    with db.session() as s:
        assert s.execute(text("SELECT text FROM articles WHERE id = 1")).scalar() == new_text
        spans = s.execute(text("SELECT start, \"end\", text FROM quotes WHERE article_id = 1")).all()
    db.dispose()
    # its quotes were not replaced by ones extracted from the old text (they are the old ones,
    # left for the re-extraction that comes with its change)
    assert spans and all(q.text != new_text[q.start:q.end] for q in spans)


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


# ------------------------------------------------------------------ ingest --replace of changed text
def _article_jsonl(path, body, title="Plan"):
    path.write_text(json.dumps({"id": 1, "url": "https://example.org/plan", "title": title, "text": body}) + "\n",
                    encoding="utf-8")
    return str(path)


def _stored(db_url):
    db = Database(db_url)
    with db.session() as s:
        art = s.execute(text("SELECT id, title, text FROM articles")).all()
        quotes = s.execute(text("SELECT start, \"end\", text, corrected FROM quotes ORDER BY start")).all()
    db.dispose()
    return art, quotes


@pytest.fixture
def bare(db_url):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--db", db_url, *args], catch_exceptions=False)


def test_replace_with_an_updated_text_stores_the_text_its_quotes_point_into(bare, db_url, tmp_path):
    v1 = '"We will win," said Jane Doe.'
    v2 = 'An update came first.\n\n"We shall lose badly," said John Roe.'
    assert bare("-q", "ingest", _article_jsonl(tmp_path / "v1.jsonl", v1)).exit_code == 0
    r = bare("ingest", "--replace", _article_jsonl(tmp_path / "v2.jsonl", v2, title="Plan, updated"))
    assert r.exit_code == 0 and "1 replaced" in r.stderr
    art, quotes = _stored(db_url)
    assert [(a.title, a.text) for a in art] == [("Plan, updated", v2)]  # one article, the new version
    assert [q.text for q in quotes] == ["We shall lose badly,"]
    assert all(art[0].text[q.start:q.end] == q.text for q in quotes)  # offsets into the stored text
    assert [q["speaker"] for q in _quotes(bare)] == ["John Roe"]


def test_replace_with_the_same_words_laid_out_otherwise_keeps_offsets_right(bare, db_url, tmp_path):
    v1 = '"We will win," said Jane Doe.'
    v2 = '\u201cWe   will  win,\u201d   said Jane Doe.'  # (one content hash: same words, other layout)
    assert bare("-q", "ingest", _article_jsonl(tmp_path / "v1.jsonl", v1)).exit_code == 0
    assert bare("-q", "ingest", "--replace", _article_jsonl(tmp_path / "v2.jsonl", v2)).exit_code == 0
    art, quotes = _stored(db_url)
    assert [a.text for a in art] == [v2]
    assert [(art[0].text[q.start:q.end], q.text) for q in quotes] == [("We   will  win,", "We   will  win,")]


def test_a_fix_follows_its_words_not_its_span_when_the_text_changes(bare, db_url, tmp_path):
    v1 = '"We will win," said Jane Doe. "It is done," said John Roe.'
    assert bare("-q", "ingest", _article_jsonl(tmp_path / "v1.jsonl", v1)).exit_code == 0
    first = next(q for q in _quotes(bare) if q["text"] == "We will win,")
    assert bare("quotes", "set-speaker", str(first["id"]), "Mary Major").exit_code == 0
    # the text changed elsewhere: the fixed words are still at their span, and the fix holds
    v2 = '"We will win," said Jane Doe. "It is over now," said John Roe.'
    assert bare("-q", "ingest", "--replace", _article_jsonl(tmp_path / "v2.jsonl", v2)).exit_code == 0
    assert {q["text"]: q["speaker"] for q in _quotes(bare)} == {"We will win,": "Mary Major",
                                                                 "It is over now,": "John Roe"}
    # other words of the same length now stand at that span: the fix is not given to them
    v3 = '"No deal yet," said Jane Doe. "It is over now," said John Roe.'
    assert bare("-q", "ingest", "--replace", _article_jsonl(tmp_path / "v3.jsonl", v3)).exit_code == 0
    assert {q["text"]: q["speaker"] for q in _quotes(bare)} == {"No deal yet,": "Jane Doe", "It is over now,": "John Roe"}
    assert [q.corrected for q in _stored(db_url)[1]] == [False, False]
