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


def _run(db_url, *args):
    r = CliRunner().invoke(cli, ["--db", db_url, *args], catch_exceptions=False)
    return r


@pytest.mark.parametrize("half_remembered, speaker", [
    ("the persistant talk of unilateral military intervention is dangerous", "John P Sullivan"),  # typo
    ("intervention in Mexico is dangerous, unilateral US military talk", "John P Sullivan"),  # word order
    ("cartels may retaliate by hitting tourists", "Lucas Webber"),  # missing words
    ("we are fighting poverty not an army", "a former Marine officer who worked with special operations in Afghanistan"),
])
def test_who_said_finds_half_remembered_quotes(seeded, db_url, half_remembered, speaker):
    rows = json.loads(_run(db_url, "who-said", half_remembered, "--format", "json").stdout)
    assert rows[0]["speaker"] == speaker and rows[0]["confident"], rows[:2]
    assert 0 <= rows[0]["score"] <= 100


@pytest.mark.parametrize("never_said", [
    "bananas are the best fruit to eat for breakfast in winter",
    "the parliament approved the fishing quota after a long night",
])
def test_who_said_no_confident_match(seeded, db_url, never_said):
    rows = json.loads(_run(db_url, "who-said", never_said, "--format", "json").stdout)
    assert not any(r["confident"] for r in rows)
    table = _run(db_url, "who-said", never_said, "--format", "table").stdout
    assert table.startswith("No confident match")
    assert "quotebank search" not in table  # (enough words: no hint to search instead)


def test_who_said_with_a_word_or_two_points_to_search(seeded, db_url):
    table = _run(db_url, "who-said", "cartels", "--format", "table").stdout
    assert table.startswith("No confident match")
    assert "`quotebank search cartels` lists the quotes with these words" in table


def test_filters(seeded, db_url):
    def ids(*args):
        return {r["speaker"] for r in json.loads(_run(db_url, "search", "cartels", *args, "--format", "json").stdout)}

    assert ids("--speaker", "webber") == {"Lucas Webber"}
    assert ids("--speaker", "Lucas Weber") == {"Lucas Webber"}  # fuzzy
    assert ids("--org", "Cato Institute") == {"Brandan P. Buck"}
    assert ids("--publication", "rolling stone") and "Lucas Webber" not in ids("--publication", "Rolling Stone")
    assert all(r["kind"] == "mixed" for r in json.loads(
        _run(db_url, "search", "cartels", "--kind", "mixed", "--format", "json").stdout))
    assert ids("--since", "2030-01-01") == set()  # the seeds are undated: a date filter excludes them
    r = _run(db_url, "search", "cartels", "--speaker", "Zzyzx Qwerty")
    assert r.exit_code == 1 and "quotebank speakers" in r.stderr


def test_show_quote_with_paragraph_and_citation(seeded, db_url):
    hit = seeded("persistent talk")[0]
    q = json.loads(_run(db_url, "show", str(hit["id"]), "--format", "json").stdout)[0]
    assert q["paragraph"][q["start"] - q["paragraph_start"]: q["end"] - q["paragraph_start"]] == q["text"]
    assert q["speaker"] == "John P Sullivan" and "Small Wars Journal-El Centro" in q["speaker_role"]
    assert "The Guardian" in q["citation"] and "John P Sullivan" in q["citation"] and "n.d." in q["citation"]
    assert _run(db_url, "show", "999999").exit_code == 1


def test_every_alias_is_in_the_name_index(database):
    """Aliases written by the bulk writer and by merge/rename (migration 0008 indexes them in
    code, not by trigger) are all found by name look-up; the SQLite index checks clean."""
    from sqlalchemy import select, text

    from quotebank.store.models import Speaker, SpeakerAlias
    from quotebank.store.pipeline import ingest
    from quotebank.store.speakers import find_speakers, merge_speakers, rename_speaker

    ingest(database, [str(SEEDS)])
    with database.session(write=True) as s:
        sullivan = s.scalars(select(Speaker).where(Speaker.name == "John P Sullivan")).one()
        webber = s.scalars(select(Speaker).where(Speaker.name == "Lucas Webber")).one()
        rename_speaker(s, sullivan, "Johnny Zanzibar Sullivan")
        merge_speakers(s, webber, sullivan)
    with database.session() as s:
        aliases = s.execute(select(SpeakerAlias.speaker_id, SpeakerAlias.alias)).all()
        assert len(aliases) > 20
        assert {a for sid, a in aliases if sid == sullivan.id} >= {"John P Sullivan", "Johnny Zanzibar Sullivan",
                                                                   "Lucas Webber"}
        for sid, alias in aliases:
            assert sid in {r["id"] for r in find_speakers(s, alias, limit=500)}, alias
        assert [r["name"] for r in find_speakers(s, "Zanzibar")] == ["Johnny Zanzibar Sullivan"]
        if database.engine.dialect.name == "sqlite":
            s.execute(text("INSERT INTO speaker_aliases_fts(speaker_aliases_fts) VALUES ('integrity-check')"))
            indexed = s.execute(text("SELECT count(*) FROM speaker_aliases_fts_idx")).scalar()
            assert indexed > 0


@pytest.mark.parametrize("typed, name", [
    ("Vebber", "Lucas Webber"),  # a typo in the first letters shares no prefix with the name
    ("Lucas Webber", "Lucas Webber"),  # (and the prefix look-up still answers first)
])
def test_a_speaker_is_found_despite_a_typo_in_the_first_letters(database, typed, name):
    from quotebank.store.pipeline import ingest
    from quotebank.store.speakers import find_speakers

    ingest(database, [str(SEEDS)])
    with database.session() as s:
        found = find_speakers(s, typed)
        assert found and found[0]["name"] == name, found[:3]
        # the scan over every alias offers no weak partial hits ("mer" of "The mother")
        assert all(r["score"] >= 75 for r in found) or typed == name
        assert find_speakers(s, "Xyzzq") == []


def test_the_latest_role_is_the_first_the_latest_article_gives():
    from quotebank.store.queries import latest_role

    roles = [{"role": "Senator", "article_id": 1},
             {"role": "Senate Majority Leader", "article_id": 2},
             {"role": "Democrat", "place": "New York", "article_id": 2}]
    assert latest_role(roles) == "Senate Majority Leader"
    assert latest_role(roles[:1] + roles[2:]) == "Democrat in New York"
    assert latest_role([{"role": "officer", "qualifier": "former", "article_id": 1},
                        {"role": "senior fellow", "organization": "X", "article_id": 1}]) == "senior fellow, X"
    assert latest_role([{"role": "officer", "qualifier": "former", "article_id": 1}]) == "former officer"
    assert latest_role([{"role": None, "qualifier": "former", "article_id": 1}]) is None  # says nothing
    assert latest_role([{"role": "analyst"}, {"role": "professor"}]) == "professor"  # no articles: the last


def test_speakers_show_the_title_before_the_name_as_the_latest_role(db_url):
    text = '"We kept the lights on," said Senate Majority Leader Chuck Schumer, a Democrat from New York.\n'
    r = CliRunner().invoke(cli, ["--db", db_url, "-q", "ingest", "-", "--title", "Budget"], input=text)
    assert r.exit_code == 0, r.output
    rows = json.loads(_run(db_url, "speakers", "--format", "json").stdout)
    assert [(r["name"], r["latest_role"]) for r in rows] == [("Chuck Schumer", "Senate Majority Leader")]


def test_quotes_take_the_search_filters(seeded, db_url):
    def rows(*args):
        r = _run(db_url, "quotes", *args, "--format", "json")
        assert r.exit_code == 0, r.output
        return json.loads(r.stdout)

    everything = rows()
    webber = rows("--speaker", "Lucas Weber")  # typos allowed, as for search
    assert webber and {r["speaker"] for r in webber} == {"Lucas Webber"}
    assert len(webber) == sum(r["speaker"] == "Lucas Webber" for r in everything)
    direct = rows("--speaker", "Lucas Webber", "--kind", "direct")
    assert direct and all(r["kind"] == "direct" for r in direct) and len(direct) < len(webber)
    assert {r["publication"] for r in rows("--publication", "Rolling Stone")} == {"Rolling Stone"}
    assert rows("--since", "2030-01-01") == []  # (the seeds are undated)
    bad = _run(db_url, "quotes", "--speaker", "Zzyzx Qwerty")
    assert bad.exit_code == 1 and "quotebank speakers" in bad.stderr


def test_a_speakers_samples_quote_only_their_words(seeded, database):
    from sqlalchemy import select

    from quotebank.store.models import Speaker
    from quotebank.store.speakers import speaker_profile

    with database.session() as s:
        webber = s.scalars(select(Speaker).where(Speaker.name == "Lucas Webber")).one()
        samples = speaker_profile(s, webber, samples=50)["samples"]
    mixed = [q for q in samples if q["kind"] == "mixed"]
    assert mixed, samples
    for q in mixed:  # the quoted fragments, each inside the reported clause, not the clause itself
        assert q["quoted"] and all(f in q["text"] and f != q["text"] for f in q["quoted"])
    assert any("studying conflicts" in f for q in mixed for f in q["quoted"])
