"""HTML pages and URLs (served from 127.0.0.1; nothing here touches the internet), and --jobs."""

import http.server
import json
import threading

import pytest
from click.testing import CliRunner

from quotebank.cli import cli
from quotebank.ingest import InputError, ReadOptions, iter_inputs

from .conftest import SEEDS

PAGE = """<!doctype html><html><head><title>Council passes budget | The Herald</title>
<link rel="canonical" href="https://herald.example/news/budget-vote">
<meta property="og:site_name" content="The Herald">
<meta name="author" content="Jane Writer">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="ad">Buy our newsletter now! Advertisement</div>
<article><h1>Council passes budget</h1>
<p>The city council approved the budget on Tuesday after a debate that ran late into the night.</p>
<p>"We are pleased with the result and grateful to everyone who took part," said Mayor John Smith, who had argued for the plan for months.</p>
<p>Critics said the plan cut too deeply into the services that residents depend on every day.</p>
<p>"This budget leaves the libraries with nothing," said Ann Jones, a councillor for the Green Party.</p>
</article>
<section class="comments" id="comments"><h3>Comments</h3><div class="comment"><p>"Total disgrace," wrote reader99 who hates the mayor.</p></div></section>
<footer><p>Copyright 2024 The Herald. All rights reserved.</p></footer>
</body></html>"""


def test_html_reader_text_and_metadata(tmp_path):
    (tmp_path / "budget.html").write_text(PAGE, encoding="utf-8")
    [rec] = list(iter_inputs([str(tmp_path / "budget.html")]))
    assert not isinstance(rec, InputError)
    assert rec.title == "Council passes budget"
    assert rec.publication == "The Herald"
    assert rec.url == "https://herald.example/news/budget-vote"
    assert str(rec.published) == "2024-03-05"
    assert rec.authors == ["Jane Writer"]
    assert "We are pleased with the result" in rec.text
    for junk in ("Sport", "Advertisement", "Total disgrace", "All rights reserved"):
        assert junk not in rec.text


QUOTE_MARKUP_PAGE = """<html><head><title>Council votes on budget</title></head><body><article>
<h1>Council votes on budget</h1>
<p>The city council approved the budget on Tuesday after a long debate about library funding and roads.</p>
<blockquote><p>&ldquo;Libraries are not a luxury. They are where our children learn to read.&rdquo;</p>
<footer>&mdash; Councillor Amy Ng</footer></blockquote>
<p>The mayor, Rosa Diaz, said the compromise was <q>the best we could do</q> given the shortfall this year.</p>
</article><footer><p>Copyright 2024 The Herald.</p></footer></body></html>"""


def test_quotation_markup_is_read_as_quotation_marks_and_credits(tmp_path):
    (tmp_path / "page.html").write_text(QUOTE_MARKUP_PAGE, encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(tmp_path / "page.html"), "--format", "jsonl"])
    rec = json.loads(r.stdout)
    text = rec["text"]
    # <q> gives its marks and stays in its sentence; a blockquote's footer credit is kept
    assert "was \u201cthe best we could do\u201d given the shortfall" in text
    assert "\u2014 Councillor Amy Ng" in text and "Copyright" not in text
    got = [(q["kind"], q["speaker"]) for q in rec["quotes"]]
    assert got == [("direct", "Amy Ng"), ("mixed", "Rosa Diaz")]


@pytest.mark.parametrize("credited", [
    "<blockquote><p>&ldquo;{q}&rdquo;</p><cite>Councillor Amy Ng</cite></blockquote>",
    "<blockquote><p>&ldquo;{q}&rdquo; &mdash; <cite>Councillor Amy Ng</cite></p></blockquote>",
    "<blockquote><p>&ldquo;{q}&rdquo;</p><footer>&mdash; <cite>Councillor Amy Ng</cite></footer></blockquote>",
    "<figure><blockquote><p>&ldquo;{q}&rdquo;</p></blockquote><figcaption>&mdash; Councillor Amy Ng</figcaption></figure>",
])
def test_a_blockquotes_credit_in_any_markup_signs_it(tmp_path, credited):
    q = "Libraries are not a luxury. They are where our children learn to read."
    page = ("<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1><p>The city "
            "council approved the budget on Tuesday after a long debate about library funding and roads.</p>"
            + credited.format(q=q) + "<p>More text follows about the roads and the budget for next year.</p>"
            "</article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    rec = json.loads(CliRunner().invoke(cli, ["extract", str(tmp_path / "page.html"), "--format", "jsonl"]).stdout)
    assert [(x["kind"], x["speaker"]) for x in rec["quotes"]] == [("direct", "Amy Ng")]
    assert "\u2014 \u2014" not in rec["text"]  # (a dash given once)


def test_an_embedded_tweet_is_its_authors_quotation(tmp_path):
    page = ("<html><head><title>Trump tweets</title></head><body><article><h1>Trump tweets</h1><p>The candidate "
            "took to social media again on Wednesday to attack the press over its coverage of his rallies.</p>"
            '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The media makes everything '
            'up! <a href="https://t.co/x">#fake</a></p>&mdash; Donald J. Trump (@realDonaldTrump) '
            '<a href="https://twitter.com/x">June 29, 2016</a></blockquote>'
            "<p>His campaign did not respond to a request for comment on the post.</p></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    rec = json.loads(CliRunner().invoke(cli, ["extract", str(tmp_path / "page.html"), "--format", "jsonl"]).stdout)
    assert [(x["kind"], x["text"], x["speaker"]) for x in rec["quotes"]] == [
        ("direct", "The media makes everything up! #fake", "Donald J. Trump")]
    assert "@realDonaldTrump" not in rec["text"] and "June 29, 2016" not in rec["text"]


INTERVIEW_PAGE = """<html><head><title>The new head of the Clean Rivers Trust</title></head><body><article>
<h1>The new head of the Clean Rivers Trust</h1>
<p>Dr Helen Marsh took over as chief executive of the Clean Rivers Trust in March. We spoke to her in Otley.</p>
<p>{q1}</p>
<p>Sewage. Water companies released untreated sewage into our rivers more than 400,000 times last year.</p>
<p>{q2}</p>
<p>No. The Environment Agency has lost half its budget in a decade.</p>
<p>We need inspectors on the riverbank, and we need them now.</p>
</article></body></html>"""


@pytest.mark.parametrize("q1,q2,answers", [
    ("<strong>What is your first priority?</strong>", "<b>Is the regulator doing its job?</b>", 3),
    ("<STRONG class='q'> What is your first priority? </STRONG>", "<b>Is the regulator doing its job?</b>", 3),
    # not questions in bold: a paragraph in plain type, bold that is no question, bold inside a sentence
    ("What is your first priority?", "Is the regulator doing its job?", 0),
    ("<strong>Her first priority.</strong>", "<strong>The regulator.</strong>", 0),
    ("She was asked <b>what her first priority is?</b>", "And <b>is the regulator doing its job?</b>", 0),
])
def test_an_interviews_questions_in_bold_on_a_web_page_credit_the_answers(tmp_path, q1, q2, answers):
    (tmp_path / "page.html").write_text(INTERVIEW_PAGE.format(q1=q1, q2=q2), encoding="utf-8")
    rec = json.loads(CliRunner().invoke(cli, ["extract", str(tmp_path / "page.html"), "--format", "jsonl"]).stdout)
    got = [(x["kind"], x["speaker"], x["text"][:8]) for x in rec["quotes"]]
    assert got == [("direct", "Helen Marsh", "Sewage. "), ("direct", "Helen Marsh", "No. The "),
                   ("direct", "Helen Marsh", "We need ")][:answers]
    assert ("**" in rec["text"]) == bool(answers)  # the emphasis kept only on a question of its own


@pytest.mark.parametrize("extra, published", [
    ("", None),  # a copyright line is no publication date
    ('<meta property="article:published_time" content="2024-03-05T10:00:00Z">', "2024-03-05"),
])
def test_an_html_pages_date_is_never_guessed_from_its_copyright(tmp_path, extra, published):
    page = (f"<html><head><title>Council votes</title>{extra}</head><body><article><h1>Council votes</h1>"
            "<p>The city council approved the budget on Tuesday after a long debate about library funding and "
            "roads, and the mayor said it was the best deal the town could get.</p></article>"
            "<footer><p>Copyright 2026 The Herald. All rights reserved.</p></footer></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [rec] = list(iter_inputs([str(tmp_path / "page.html")]))
    assert (str(rec.published) if rec.published else None) == published


def test_html_without_article_text_is_an_error(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    [err] = list(iter_inputs([str(tmp_path / "empty.html")]))
    assert isinstance(err, InputError) and "no article text" in err.reason


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        if self.path == "/budget":
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        elif self.path == "/old-address":
            self.send_response(301)
            self.send_header("Location", "/budget")
            self.end_headers()
            return
        elif self.path == "/feed.json":
            body = json.dumps({"title": "From JSON", "text": "'We agree,' said Ann Jones."}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
        elif self.path == "/huge":
            body = b"<html><body><p>" + b"x" * 3_000_000 + b"</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        else:
            body = b"not here"
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_url_html_redirect_json_404_and_size_limit(server):
    items = list(iter_inputs(
        [f"{server}/old-address", f"{server}/feed.json", f"{server}/missing", f"{server}/huge"],
        ReadOptions(max_bytes=1_000_000),
    ))
    page, feed, missing, huge = items
    assert page.title == "Council passes budget" and page.publication == "The Herald"
    assert page.source == f"{server}/budget"  # the redirect was followed
    assert feed.title == "From JSON"
    assert isinstance(missing, InputError) and "HTTP 404" in missing.reason
    assert isinstance(huge, InputError) and "too large" in huge.reason


def test_url_ingest_through_the_cli(server, sqlite_url):
    r = CliRunner().invoke(cli, ["--db", sqlite_url, "ingest", f"{server}/budget", f"{server}/missing"])
    assert r.exit_code == 1
    assert f"{server}/missing: HTTP 404" in r.stderr
    quotes = json.loads(CliRunner().invoke(cli, ["--db", sqlite_url, "quotes", "--format", "json"]).stdout)
    assert {(q["speaker"], q["publication"]) for q in quotes} >= {("John Smith", "The Herald"),
                                                                   ("Ann Jones", "The Herald")}


def test_extract_a_url_reads_the_page_as_ingest_does(server):
    r = CliRunner().invoke(cli, ["extract", f"{server}/old-address", "--format", "jsonl"])
    assert r.exit_code == 0
    rec = json.loads(r.stdout)
    assert rec["doc_id"] == f"{server}/old-address" and rec["url"] == "https://herald.example/news/budget-vote"
    assert rec["title"] == "Council passes budget" and "Advertisement" not in rec["text"]
    assert {(q["kind"], q["speaker"]) for q in rec["quotes"]} >= {("direct", "John Smith"), ("direct", "Ann Jones")}
    assert all(rec["text"][q["start"]:q["end"]] == q["text"] for q in rec["quotes"])
    assert "reader99" not in r.stdout  # (the comments are not the article)
    missing = CliRunner().invoke(cli, ["extract", f"{server}/missing", "--format", "jsonl"])
    assert missing.exit_code == 1 and f"{server}/missing: HTTP 404" in missing.stderr
    assert json.loads(missing.stdout)["quotes"] == []


def test_jobs_2_stores_the_same_as_jobs_1(tmp_path):
    results = []
    for jobs in (1, 2):
        url = f"sqlite:///{tmp_path / f'j{jobs}.db'}"
        r = CliRunner().invoke(cli, ["-q", "--db", url, "ingest", str(SEEDS), "--jobs", str(jobs)])
        assert r.exit_code == 0, r.output
        quotes = json.loads(CliRunner().invoke(cli, ["--db", url, "quotes", "--format", "json"]).stdout)
        results.append(sorted((q["article_title"], q["start"], q["end"], q["speaker"]) for q in quotes))
    assert results[0] == results[1] and len(results[0]) > 50
