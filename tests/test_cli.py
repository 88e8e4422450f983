"""Every command through click's CliRunner, and the README documenting them all."""

import json
import re

import pytest
from click.testing import CliRunner

from quotebank import __version__
from quotebank.cli import cli

from .conftest import ROOT, SEEDS


@pytest.fixture
def run(db_url):
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, ["--db", db_url, *args], input=input, catch_exceptions=False)

    return invoke


def test_version():
    r = CliRunner().invoke(cli, ["--version"])
    assert r.exit_code == 0 and __version__ in r.output


def test_ingest_list_info_and_db(run):
    r = run("ingest", str(SEEDS))
    assert r.exit_code == 0, r.output
    assert "5 added" in r.stderr
    arts = json.loads(run("articles", "--format", "json").stdout)
    assert len(arts) == 5
    assert set(arts[0]) == {"id", "title", "publication", "url", "authors", "published", "quote_count",
                            "parent_id"}
    again = run("ingest", str(SEEDS))
    assert again.exit_code == 0 and "0 added" in again.stderr and "5 skipped" in again.stderr
    info = json.loads(run("info", "--format", "json").stdout)[0]
    assert info["counts"]["articles"] == 5 and info["up_to_date"]
    assert run("db", "current").stdout.strip().endswith("(head)")
    hist = json.loads(run("db", "history", "--format", "json").stdout)
    assert hist[-1]["down_revision"] is None


def test_listings_in_every_format(run):
    run("ingest", str(SEEDS))
    quotes = json.loads(run("quotes", "--format", "json").stdout)
    assert {"id", "text", "kind", "speaker", "speaker_id", "speaker_description", "cue", "article_id",
            "article_title", "publication", "published", "url", "start", "end", "confidence"} <= set(quotes[0])
    lines = run("quotes", "--format", "jsonl", "--limit", "3").stdout.splitlines()
    assert len(lines) == 3 and all(json.loads(l)["id"] for l in lines)
    csv_out = run("speakers", "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("id,name,kind,aliases,quote_count,roles")
    sp = json.loads(run("speakers", "--format", "json", "--limit", "100").stdout)
    assert {"id", "name", "kind", "aliases", "quote_count", "roles", "article_id"} <= set(sp[0])
    # a speaker shared across articles has no article; an anonymous source is its article's
    by_name = {r["name"]: r for r in sp}
    assert by_name["John P Sullivan"]["article_id"] is None
    anon = [r for r in sp if r["kind"] == "anonymous"]
    assert anon and all(isinstance(r["article_id"], int) for r in anon)
    assert "article_id" in run("speakers", "--format", "table").stdout.splitlines()[0]
    table = run("articles", "--format", "table").stdout
    assert "The Guardian" in table and "Rolling Stone" in table


def test_bad_inputs_exit_1_and_name_the_line(run, tmp_path):
    (tmp_path / "good.txt").write_text("Good title\n'We are fine,' said Jane Doe.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.jsonl").write_text('{"text": "A fine text."}\nnot json\n{"text": "Another fine text."}\n',
                                        encoding="utf-8")
    r = run("ingest", str(tmp_path))
    assert r.exit_code == 1
    assert f"{tmp_path / 'bad.jsonl'}:2: malformed JSON" in r.stderr
    assert f"{tmp_path / 'binary.txt'}: binary" in r.stderr
    assert f"{tmp_path / 'empty.txt'}: empty file" in r.stderr
    assert "3 added, 0 replaced, 0 skipped, 3 failed" in r.stderr


def test_the_summary_counts_in_words(run, tmp_path):
    (tmp_path / "one.txt").write_text("Title\n'We are fine,' said Jane Doe.\n", encoding="utf-8")
    assert "; 1 quote, 1 new speaker" in run("ingest", str(tmp_path / "one.txt")).stderr


def test_an_extract_error_record_keeps_the_documents_id(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "c-7", "body": "no text field"}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl"])
    rec = json.loads(r.stdout.splitlines()[0])
    assert r.exit_code == 1 and rec["doc_id"] == "c-7" and rec["quotes"] == [] and "'text'" in rec["error"]


def test_stdin_ingest(run):
    r = run("ingest", "-", "--title", "From stdin", "--publication", "The Herald", "--date", "2024-01-02",
            input="Whatever\n'It works,' said Jane Doe.\n")
    assert r.exit_code == 0
    arts = json.loads(run("articles", "--format", "json").stdout)
    assert [(a["title"], a["publication"], a["published"]) for a in arts] == [
        ("From stdin", "The Herald", "2024-01-02")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_lines_piped_into_ingest_stream_past_the_size_limit(tmp_path, jobs):
    # --max-size bounds each record of a stream of JSON Lines, not the stream: a corpus piped
    # in of any size is stored, and only a record over the limit is refused, by its line
    import subprocess
    import sys

    body = "It was a long day. " * 2500  # (about 47 KB a record: 30 records pass 1 MB)
    recs = [json.dumps({"id": i, "title": f"Story {i}", "text": f"Story {i}\n'We won item {i},' said Jane Doe. {body}"})
            for i in range(30)]
    recs.insert(5, json.dumps({"id": "huge", "text": "word " * 300_000}))  # (1.5 MB: over the limit)
    db = tmp_path / "q.db"
    done = subprocess.run([sys.executable, "-m", "quotebank", "--db", f"sqlite:///{db}", "ingest", "-", "--max-size", "1",
                           "--jobs", jobs], input="\n".join(recs) + "\n", capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1 and "<stdin>:6: record too large" in done.stderr
    assert "30 added, 0 replaced, 0 skipped, 1 failed; 30 quotes" in done.stderr


def test_search_and_who_said_take_unquoted_words(run):
    assert run("-q", "ingest", str(SEEDS)).exit_code == 0
    for cmd, words in (("search", ["unilateral", "military", "intervention"]),
                       ("who-said", ["cartels", "may", "retaliate", "by", "hitting", "soft", "targets"])):
        quoted = run(cmd, " ".join(words), "--format", "json")
        unquoted = run(cmd, *words, "--format", "json")
        assert quoted.exit_code == unquoted.exit_code == 0
        assert json.loads(unquoted.stdout) == json.loads(quoted.stdout) != []
    assert run("who-said", "cartels", "may", "retaliate", "--format", "json").exit_code == 0
    r = run("search")
    assert r.exit_code == 2 and "Missing argument" in r.output


def test_bad_date_option_is_a_usage_error(run):
    r = run("ingest", str(SEEDS), "--date", "yesterday-ish")
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr


def test_bad_db_url_is_a_clear_error(tmp_path):
    r = CliRunner().invoke(cli, ["--db", "postgresql+nosuchdriver://x/y", "info"])
    assert r.exit_code != 0 and "Traceback" not in r.output


def test_extract_contract(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"doc_id": "d1", "text": "'We will win,' she said. Then Jane Doe said: \"No.\""}) + "\n"
        + json.dumps({"doc_id": "d2", "text": "Nothing quoted here."}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl"])
    assert r.exit_code == 0
    out = [json.loads(l) for l in r.stdout.splitlines()]
    assert [o["doc_id"] for o in out] == ["d1", "d2"]
    assert out[1]["quotes"] == []
    q = out[0]["quotes"][0]
    for f in ("start", "end", "text", "kind", "content_start", "content_end", "speaker", "speaker_start",
              "speaker_end", "cue", "cue_start", "cue_end", "speaker_description", "confidence"):
        assert f in q
    assert q["text"] == "We will win,"


def test_extract_in_worker_processes_keeps_one_line_out_per_line_in(tmp_path):
    from quotebank import documents

    lines = []
    for i in range(3 * documents.CHUNK + 5):  # (several chunks per worker, and a short last one)
        lines.append(json.dumps({"id": f"d{i}", "text": f"'We will win round {i},' said Jane Doe."})
                     if i % 17 else "{not json")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    one = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl"])
    two = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1  # (the bad lines)
    assert two.stdout == one.stdout and two.stderr == one.stderr
    out = [json.loads(line) for line in two.stdout.splitlines()]
    assert len(out) == len(lines)
    for i, rec in enumerate(out):
        if i % 17:
            assert rec["doc_id"] == f"d{i}" and [q["text"] for q in rec["quotes"]] == [f"We will win round {i},"]
        else:
            assert rec["doc_id"] is None and rec["quotes"] == [] and "error" in rec
            assert f"{src}:{i + 1}: " in two.stderr


def test_jobs_zero_means_one_per_core_and_negative_is_refused(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": f'"Round {i}," said Jane Doe.'}) + "\n" for i in range(40)),
                   encoding="utf-8")
    one = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl"])
    every_core = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl", "-j", "0"])
    assert one.exit_code == every_core.exit_code == 0 and every_core.stdout == one.stdout
    bad = CliRunner().invoke(cli, ["extract", str(src), "-j", "-1"])
    assert bad.exit_code == 2 and "--jobs" in bad.output


def test_json_lines_piped_in_are_read_as_a_stream_with_the_same_answers(tmp_path):
    import subprocess
    import sys

    lines = "".join(json.dumps({"doc_id": i, "text": f'"Round {i}," said Jane Doe.'}) + "\n" for i in range(5))
    src = tmp_path / "in.jsonl"
    src.write_text(lines + "{broken\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "quotebank", "extract", "-", "--format", "jsonl"]
    piped = subprocess.run(cmd, input="\ufeff" + lines + "{broken\n", capture_output=True, text=True, cwd=ROOT)
    from_file = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl"])
    assert piped.returncode == from_file.exit_code == 1
    assert piped.stdout == from_file.stdout
    assert "-:6: malformed JSON" in piped.stderr  # (lines of standard input are numbered too)


def test_json_lines_piped_in_are_answered_before_the_input_ends():
    import subprocess
    import sys

    p = subprocess.Popen([sys.executable, "-m", "quotebank", "extract", "-", "--format", "jsonl"], cwd=ROOT,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        p.stdin.write(json.dumps({"doc_id": "first", "text": '"Go on," said Jane Doe.'}) + "\n")
        p.stdin.flush()
        # (the input is still open: the answer must come now, not at the end; readline would
        # wait forever on the code before, so a watchdog kills it after 60 s)
        import threading

        watchdog = threading.Timer(60, p.kill)
        watchdog.start()
        first = json.loads(p.stdout.readline())
        watchdog.cancel()
        assert first["doc_id"] == "first" and [q["text"] for q in first["quotes"]] == ["Go on,"]
        p.stdin.write(json.dumps({"doc_id": "second", "text": "No quote."}) + "\n")
        p.stdin.close()
        assert json.loads(p.stdout.readline())["doc_id"] == "second"
        assert p.wait(timeout=60) == 0
    finally:
        p.kill()


def test_extract_reads_json_lines_as_utf8_line_by_line(tmp_path):
    src = tmp_path / "in.jsonl"
    good = lambda i: json.dumps({"doc_id": i, "text": f'"Round {i}," said Jane Doe.'}).encode()  # noqa: E731
    # a byte-order mark first, a line in Latin-1 (not JSON's UTF-8) in the middle, CRLF ends
    src.write_bytes(b"\xef\xbb\xbf" + good(1) + b"\r\n" + '{"doc_id": 2, "text": "caf\u00e9"}'.encode("latin-1")
                    + b"\r\n" + good(3) + b"\r\n")
    r = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl"])
    assert r.exit_code == 1
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(o["doc_id"], [q["text"] for q in o["quotes"]]) for o in out] == [(1, ["Round 1,"]), (None, []), (3, ["Round 3,"])]
    assert f"{src}:2: not UTF-8 text" in r.stderr and "iconv" in r.stderr


PAGE = """<html><head><title>Plan fails</title></head><body><nav>Home | News | Sport</nav>
<article><h1>Plan fails</h1><p>"We will not give up on this town," said Jane Doe, the mayor of Springfield.</p>
<p>She added that the council would vote again in May.</p></article><footer>Copyright 2026</footer></body></html>
"""


def test_extract_reads_a_web_page_as_ingest_does_and_gives_the_text_its_offsets_index(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(page), "--format", "jsonl"])
    assert r.exit_code == 0
    rec = json.loads(r.stdout)
    assert rec["title"] == "Plan fails" and "<" not in rec["text"] and "Home | News" not in rec["text"]
    got = [(q["kind"], q["text"], q["speaker"]) for q in rec["quotes"]]
    assert got == [("direct", "We will not give up on this town,", "Jane Doe"),
                   ("indirect", "that the council would vote again in May", "Jane Doe")]
    assert all(rec["text"][q["start"]:q["end"]] == q["text"] for q in rec["quotes"])
    # the same page piped in is known by its markup
    piped = CliRunner().invoke(cli, ["extract", "-", "--format", "jsonl"], input=PAGE)
    assert json.loads(piped.stdout)["quotes"] == rec["quotes"]


def test_extract_a_folder_one_record_per_document_in_the_order_ingest_reads_them(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("'Up we go,' said Ann Lee.", encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b" / "more.jsonl").write_text(json.dumps({"doc_id": "j1", "text": '"Yes," said Bob Roe.'}) + "\n{bad\n",
                                               encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps([{"id": "x", "text": '"No," said Cy Twombly.'}, {"text": 3}]),
                                     encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # (not a kind of file extract reads: left out)
    r = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "jsonl"])
    assert r.exit_code == 1  # (the bad lines)
    out = [json.loads(line) for line in r.stdout.splitlines()]
    # (a folder's own files by name, then its subfolders')
    assert [(o["doc_id"], [q["speaker"] for q in o["quotes"]], "error" in o) for o in out] == [
        # (a bad object keeps the id its place gives it, as a good one without an id would have)
        ("a.txt", ["Ann Lee"], False), ("x", ["Cy Twombly"], False), ("c.json[2]", [], True),
        ("j1", ["Bob Roe"], False), (None, [], True), ("b/page.html", ["Jane Doe", "Jane Doe"], False)]
    assert f"{tmp_path / 'b' / 'more.jsonl'}:2: malformed JSON" in r.stderr
    assert f"{tmp_path / 'c.json'}[2]: expected an object" in r.stderr
    only = CliRunner().invoke(cli, ["extract", str(tmp_path), "--glob", "*.txt", "--format", "jsonl"])
    assert [json.loads(line)["doc_id"] for line in only.stdout.splitlines()] == ["a.txt"]


def test_extract_plain_text_file():
    r = CliRunner().invoke(cli, ["extract", str(SEEDS / "000_17d79881e1610f66.txt"), "--format", "json"])
    assert r.exit_code == 0
    doc = json.loads(r.stdout)[0]
    assert any(q["speaker"] == "John P Sullivan" for q in doc["quotes"])


def _commands(group, prefix=""):
    import click

    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        yield full
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, full + " ")


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands(cli) if not re.search(rf"quotebank(?: --db \S+)? {re.escape(c)}\b", readme)]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_db_upgrade_downgrade_and_bad_revision(db_url):
    runner = CliRunner()

    def run(*args):
        return runner.invoke(cli, ["--db", db_url, "db", *args], catch_exceptions=False)

    assert run("upgrade", "0002").exit_code == 0
    assert run("current").stdout.strip() == "0002"
    assert run("upgrade").exit_code == 0 and run("current").stdout.strip().endswith("(head)")
    assert run("downgrade", "base", "--yes").exit_code == 0
    assert run("current").stdout.startswith("base")
    r = run("upgrade", "no-such-revision")
    assert r.exit_code == 1 and "no-such-revision" in r.stderr and "Traceback" not in r.output


def test_reading_commands_do_not_load_the_extraction_rules(tmp_path):
    # a fresh interpreter: search and who-said start without compiling the extractor's rules
    # (a fifth of a command's start-up), which only ingest and extract need
    import subprocess
    import sys

    db = tmp_path / "q.db"
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from quotebank.cli import cli\n"
        f"for args in (['search', 'anything'], ['who-said', 'anything'], ['speakers']):\n"
        f"    r = CliRunner().invoke(cli, ['--db', 'sqlite:///{db}'] + args)\n"
        "    assert r.exit_code in (0, 1), r.output\n"
        "print('quotebank.extract.quotes' in sys.modules, 'quotebank.extract.phrases' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_extract_and_help_do_not_load_the_database_layer(tmp_path):
    # `extract` needs no database: a fresh interpreter runs it (and --help) without importing
    # SQLAlchemy, most of a database command's start-up (0.4 s -> 0.16 s for one document)
    import subprocess
    import sys

    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"doc_id": 1, "text": '"Yes," she said.'}) + "\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from quotebank.cli import cli\n"
        "assert CliRunner().invoke(cli, ['--help']).exit_code == 0\n"
        f"r = CliRunner().invoke(cli, ['extract', {str(src)!r}, '--format', 'jsonl'])\n"
        "assert r.exit_code == 0 and '\"text\": \"Yes,\"' in r.output, r.output\n"
        "print(any(m == 'sqlalchemy' or m.startswith('sqlalchemy.') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False"]
