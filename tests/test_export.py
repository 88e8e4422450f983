"""Every export format parsed back by an independent parser, with the same number of quotes."""

import csv
import io
import json

import bibtexparser
import pytest
import rispy
from click.testing import CliRunner

from quotebank.cli import cli

from .conftest import SEEDS

TRICKY = ("Tricky\n'We said \"no, never\", and meant it,' said Zoë Ðurić, a mayor.\n"
          "'The first paragraph of a long quote goes on here.\n"
          "'Still quoted; 100% {sure} & $5 #1_x ~ ^ \\\\ done,' said Zoë Ðurić.\n")


@pytest.fixture
def db(db_url, tmp_path):
    runner = CliRunner()
    (tmp_path / "tricky.txt").write_text(TRICKY, encoding="utf-8")
    for args in (["ingest", str(SEEDS)],
                 ["ingest", str(tmp_path / "tricky.txt"), "--publication", "The Herald", "--date", "2024-03-05",
                  "--author", "Ann Writer", "--url", "https://herald.example/tricky"]):
        assert runner.invoke(cli, ["-q", "--db", db_url, *args]).exit_code == 0

    def export(*args):
        r = runner.invoke(cli, ["-q", "--db", db_url, "export", *args], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        return r.stdout

    n = len(json.loads(runner.invoke(cli, ["--db", db_url, "quotes", "--format", "json"]).stdout))
    return export, n


def test_json_jsonl_csv(db):
    export, n = db
    rows = json.loads(export("--format", "json"))
    assert len(rows) == n and [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert len(export("--format", "jsonl").splitlines()) == n
    parsed = list(csv.DictReader(io.StringIO(export("--format", "csv"), newline="")))
    assert len(parsed) == n
    by_id = {int(r["id"]): r for r in parsed}
    for r in rows:  # commas, quotes, newlines and non-ASCII survive the round trip
        assert by_id[r["id"]]["text"] == r["text"]
        assert by_id[r["id"]]["speaker"] == (r["speaker"] or "")
    assert any("\n" in r["text"] and "\u00eb" in r["speaker"] for r in rows if r["speaker"])


def test_bibtex_parses_back(db):
    export, n = db
    lib = bibtexparser.loads(export("--format", "bibtex"))
    assert len(lib.entries) == n
    keys = [e["ID"] for e in lib.entries]
    assert len(set(keys)) == n
    tricky = [e for e in lib.entries if e.get("journal") == "The Herald"]
    assert tricky and all(e["author"] == "Ann Writer" and e["year"] == "2024" for e in tricky)
    assert any("100\\% \\{sure\\}" in e["note"] for e in tricky)


def test_ris_parses_back(db):
    export, n = db
    entries = rispy.loads(export("--format", "ris"))
    assert len(entries) == n
    herald = [e for e in entries if e.get("secondary_title") == "The Herald"]
    assert herald and herald[0]["authors"] == ["Ann Writer"] and herald[0]["type_of_reference"] == "NEWS"
    assert any("Zo\u00eb \u00d0uri\u0107" in e["notes"][0] for e in herald)


def test_csl_json_renders_with_citeproc(db):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    from quotebank.export.csl import load_style

    export, n = db
    items = json.loads(export("--format", "csl-json"))
    assert len(items) == n and all(i["type"] == "article-newspaper" for i in items)
    bib = CitationStylesBibliography(load_style("apa"), CiteProcJSON(items), formatter.plain)
    for i in items:
        bib.register(Citation([CitationItem(i["id"])]))
    assert len(bib.bibliography()) == n


@pytest.mark.parametrize("style", ["apa", "mla", "chicago"])
def test_citations_name_publication_title_and_speaker(db, style):
    export, n = db
    out = export("--format", "citation", "--style", style, "--speaker", "John P Sullivan")
    entries = [e for e in out.split("\n\n") if e.strip()]
    assert len(entries) == 9  # Sullivan's quotes in seed 000, counted by hand (see test_db)
    for e in entries:
        assert "The Guardian" in e and "John P Sullivan" in e
        assert "what would happen if the us military went after cartels on mexican soil" in e.lower()
    if style == "apa":
        assert "(n.d.)" in entries[0]  # no date: APA's n.d.
    dated = export("--format", "citation", "--style", style, "--publication", "The Herald")
    assert "2024" in dated and "Writer" in dated


def test_markdown_has_every_quote(db):
    export, n = db
    assert export("--format", "markdown").count("\n> \u2014 **") == n


def test_unknown_style_file_is_a_usage_error(db, tmp_path):
    r = CliRunner().invoke(cli, ["export", "--format", "citation", "--csl", str(tmp_path / "nope.csl")])
    assert r.exit_code == 2 and "no such CSL style file" in r.stderr


def test_output_file_written_whole(db, tmp_path):
    export, n = db
    target = tmp_path / "out.jsonl"
    export("--format", "jsonl", "-o", str(target))
    assert len(target.read_text(encoding="utf-8").splitlines()) == n
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".quotebank-export-")]


def _row(**kw):
    base = {"id": 1, "speaker": "Lucas Webber", "speaker_description": None, "article_title": "T",
            "publication": "The Guardian", "published": "2025-01-24", "url": None}
    base.update(kw)
    return base


def test_citations_quote_only_the_verbatim_words():
    from quotebank.export.citation import plain_citation
    from quotebank.export.formats import write_markdown

    mixed = _row(kind="mixed", text="that the cartels are keenly 'studying conflicts' and 'improving drones'",
                 quoted=["studying conflicts", "improving drones"])
    indirect = _row(kind="indirect", text="the cartels are studying conflicts", quoted=[])
    direct = _row(kind="direct", text="Cartels may retaliate,", quoted=["Cartels may retaliate,"])
    assert plain_citation(mixed).startswith("\u201cstudying conflicts \u2026 improving drones\u201d \u2014 Lucas Webber")
    assert plain_citation(direct).startswith("\u201cCartels may retaliate\u201d \u2014")
    # reported speech is never shown in quotation marks
    cit = plain_citation(indirect)
    assert "\u201c" not in cit.split("\u2014")[0] and cit.startswith("[paraphrase] the cartels are studying")
    out = io.StringIO()
    write_markdown([indirect, mixed], out)
    md = out.getvalue()
    assert "> *Paraphrase:* the cartels are studying conflicts" in md
    assert "> studying conflicts \u2026 improving drones" in md


def test_an_anonymous_source_is_not_described_twice():
    from quotebank.export.citation import plain_citation
    from quotebank.export.formats import write_markdown
    from quotebank.export.references import quote_note

    anon = _row(kind="indirect", text="the president would sign it", quoted=[],
                speaker="A senior White House official", speaker_description="a senior White House official",
                speaker_role="senior White House official")
    named = _row(kind="direct", text="We won.", quoted=["We won."], speaker="Chuck Schumer",
                 speaker_description="a Democrat from New York", speaker_role="Senate Majority Leader")
    assert quote_note(anon).endswith("\u2014 A senior White House official")
    assert "(senior White House official)" not in plain_citation(anon)
    out = io.StringIO()
    write_markdown([anon], out)
    assert "**A senior White House official**. *T*" in out.getvalue()
    # a description or role that adds to the name stays
    assert quote_note(named).endswith("\u2014 Chuck Schumer, a Democrat from New York")
    assert "Chuck Schumer (Senate Majority Leader)" in plain_citation(named)


@pytest.mark.parametrize("desc, credit", [
    ("its head of protection", "Carol Dunn, head of protection"),  # a citation stands alone: no "its"
    ("Their coach", "Carol Dunn, coach"),
    ("a Democrat from New York", "Carol Dunn, a Democrat from New York"),
    ("head of its protection unit", "Carol Dunn, head of its protection unit"),  # (only a leading one)
])
def test_a_credit_drops_a_possessive_that_points_into_the_article(desc, credit):
    from quotebank.export.formats import write_markdown
    from quotebank.export.references import quote_note

    q = _row(kind="direct", text="We won.", quoted=["We won."], speaker="Carol Dunn", speaker_description=desc)
    assert quote_note(q).endswith("\u2014 " + credit)
    out = io.StringIO()
    write_markdown([q], out)
    assert "**Carol Dunn**, " + credit.split(", ", 1)[1] + ". *T*" in out.getvalue()
