"""Readers, aggregator splitting, metadata evidence and bad-input handling."""

import json
from pathlib import Path

import pytest

from quotebank.ingest import InputError, ReadOptions, content_hash, iter_inputs
from quotebank.ingest.aggregator import split_page
from quotebank.ingest.metadata import guess_publication

from .conftest import SEEDS


def records(paths, **kw):
    return list(iter_inputs([str(p) for p in paths], ReadOptions(**kw)))


def test_seeds_give_five_articles_with_titles_and_publications():
    recs = records([SEEDS])
    assert all(not isinstance(r, InputError) for r in recs)
    flat = [(r.title, r.publication) for r in recs] + [
        (c.title, c.publication) for r in recs for c in r.children
    ]
    assert sorted(flat) == sorted([
        ("What would happen if the US military went after cartels on Mexican soil?", "The Guardian"),
        ("What do locals in Scotland think of Donald Trump?", "ITV News"),
        ("Keir Starmer to raise Gaza starvation with Donald Trump during Turnberry summit", "Daily Record"),
        ("Donald Trump insists Gaza is not just \u2018US problem' as Sir Keir Starmer prepares to push him "
         "to end war", "Scottish Sun"),
        ("Here\u2019s What Trump\u2019s Mexico Invasion Plan Could Look Like", "Rolling Stone"),
    ])
    guardian = next(r for r in recs if r.publication == "The Guardian")
    # the footer and the glued-on pieces are not part of the Guardian article
    for words in ("Try Our AI Features", "Comments", "Related Articles", "Turnberry", "ITV News"):
        assert words not in guardian.text
    assert guardian.text.rstrip().endswith("said Webber.")


BODY = ("Officials met on Monday to discuss the plan, which has been debated for months. "
        '"We will see," the mayor said. ' * 5)


@pytest.mark.parametrize(
    "footer, pieces",
    [
        # furniture lines only: cut, no pieces
        ("\n\nShare this article\nAdvertisement\nSign up for our newsletter\n", []),
        # a related block with time stamps and bylines
        ("\n\nRelated stories\n\nBBC News\n3 hours ago\nFloods hit the north\nRain fell all day in the hills.\n"
         "\nSky News\n2 days ago\n- Sky News\nMarkets fall again\nShares fell sharply on Tuesday.\n",
         [("Floods hit the north", "BBC News"), ("Markets fall again", "Sky News")]),
        # dated entries, no header, after furniture
        ("\n\nComments\nNo comments yet\n\nThe Herald\n12 March 2024\nA title here\nSome body text here.\n",
         [("A title here", "The Herald")]),
    ],
)
def test_footer_variations(footer, pieces):
    page = split_page("Title of the piece\n" + BODY + footer)
    assert page.footer_start is not None
    assert page.main.rstrip().endswith("the mayor said.")
    assert [(p.title, p.publication) for p in page.pieces] == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Title\n" + BODY,  # no footer at all
        # a paragraph that mentions comments is no footer
        "Title\n" + BODY + "\nComments on the plan were mixed, the mayor added later in the day.\n" + BODY,
        # a single 'Share' word mid-article followed by prose is no footer
        "Title\n" + BODY + "\nShare\n" + BODY,
    ],
)
def test_no_false_footer(text):
    page = split_page(text)
    assert page.footer_start is None and page.pieces == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rolling Stone talked to six soldiers about the plan.", "Rolling Stone"),
        ("The officer said so in a statement to the Guardian.\nNext.", "The Guardian"),
        ("- ITV News\nA title\nBody.", "ITV News"),
        # citing another outlet's reporting is no evidence of the publication
        ("The New York Times reported that the plan was dead.", None),
        ("He went home and slept.", None),
        # two different outlets named in own voice: ambiguous, so nothing
        ("Rolling Stone talked to him. He told Reuters: no.", None),
        # a date after the outlet is read past; another outlet whose name starts with it is not it
        ("He said so in an interview with CNN Tuesday. She told CNN: no.", "CNN"),
        # an outlet told or interviewed once is as often another's as the article's own: no evidence
        ("He said so in an interview with CNN Tuesday.", None),
        ('"It sounded like a freight train," she told NBC News.', None),
        ("He told the Guardian: no. Later she told the Guardian, yes.", "The Guardian"),
        # a statement or an email to the outlet is the outlet's own
        ("'There are no troops,' said an officer in a statement to the Guardian.", "The Guardian"),
        # a writer signing off is no outlet
        ("A title\nBody.\n- Amber Phillips.\n", None),
        ("Rovers manager Gary Webb told BBC Radio Leeds: \"The lads never stopped.\"", None),
        # a wire's dateline is the wire's story
        ("Kremlin rejects truce\n\nMOSCOW/KYIV (Reuters) - The Kremlin rejected the plan.", "Reuters"),
        ("Judge blocks law\n\nAUSTIN, Texas (AP) \u2014 A judge blocked the law.", "The Associated Press"),
        ("Talks stall\n\nDUBAI, United Arab Emirates (AP) \u2014 Talks stalled.", "The Associated Press"),
        # a document "obtained by" an outlet is the outlet's own voice; with another outlet, nothing
        ("The memo was obtained by The Associated Press. The memo praised her.", "The Associated Press"),
        ("The memo was obtained by The Associated Press. The memo praised her. He told CNN.", None),
        # an agency named in a sentence is no dateline
        ("The figures (Reuters) - were wrong, she said.", None),
    ],
)
def test_publication_from_evidence(text, expected):
    assert guess_publication(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Budget passes\n\nBy Maria Lopez\n\nThe Senate passed it.", ["Maria Lopez"]),
    ("Budget passes\nBy Ann Lee and Tom Diaz\nText.", ["Ann Lee", "Tom Diaz"]),
    ("Budget passes\nBy Ann Lee, Tom Diaz & Bo Li\nText.", ["Ann Lee", "Tom Diaz", "Bo Li"]),
    ("Sonatas\nby Ludwig van Beethoven\nText.", ["Ludwig van Beethoven"]),
    ("# Budget passes\n\n*By Lee Park*\n\nText.", ["Lee Park"]),  # Markdown emphasis
    ("Budget passes\n**By Lee Park and Ann Lee**\nText.", ["Lee Park", "Ann Lee"]),
    ("Budget passes\n*By Lee Park\nText.", []),  # (emphasis opened, never closed)
    # no byline: a headline that starts with "By", a sentence, words after the name, a late line
    ("By Any Means Necessary\nThe film opens.", []),
    ("Budget passes\nBy the river the crowd waited.\n", []),
    # what the writer is, after the names, is no author
    ("Budget passes\nBy Maria Lopez, Reuters staff writer\n", ["Maria Lopez"]),
    ("Budget passes\nBy Priya Shah, Courts Correspondent\n", ["Priya Shah"]),
    ("Budget passes\nBy Ann Lee and Tom Diaz, BBC News\n", ["Ann Lee", "Tom Diaz"]),
    ("Budget passes\nBy Friday Morning, Congress had passed it\n", []),
    ("Budget passes\n" + "A line.\n" * 12 + "By Maria Lopez\n", []),
])
def test_authors_from_a_byline(text, expected):
    from quotebank.ingest.metadata import guess_authors

    assert guess_authors(text) == expected


def test_a_text_file_byline_is_stored_as_the_author(tmp_path):
    (tmp_path / "a.txt").write_text("Budget passes\n\nBy Maria Lopez\n\n" + BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Budget passes\n\n" + BODY, encoding="utf-8")
    recs = {Path(r.source).name: r for r in list(iter_inputs([str(tmp_path)]))}
    assert recs["a.txt"].authors == ["Maria Lopez"] and recs["b.txt"].authors == []


def test_bad_inputs_reported_rest_stored(tmp_path):
    (tmp_path / "good.txt").write_text("A good title\n" + BODY, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    lines = [json.dumps({"id": "a", "title": "First", "text": "First text. " + BODY}),
             '{"id": "b", "title": broken',
             json.dumps({"id": "c", "title": "Third", "body": "Third text. " + BODY})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = records([tmp_path])
    errors = [str(e) for e in got if isinstance(e, InputError)]
    good = [r.title for r in got if not isinstance(r, InputError)]
    assert sorted(good) == ["A good title", "First", "Third"]
    assert any(e.startswith(str(tmp_path / "binary.txt")) and "binary" in e for e in errors)
    assert any(e.startswith(str(tmp_path / "empty.txt")) and "empty" in e for e in errors)
    assert any(e.startswith(f"{tmp_path / 'batch.jsonl'}:2: malformed JSON") for e in errors)
    assert len(errors) == 3


def test_encodings_bom_and_crlf(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffT\u00eetle\r\nBody line one.\r\n".encode("utf-8"))
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 title\nL'\u00e9t\u00e9 est arriv\u00e9 \u00e0 Paris, "
                                          "dit-il, et la ville est calme.\n".encode("latin-1"))
    recs = {r.source.rsplit("/", 1)[-1]: r for r in records([tmp_path])}
    assert recs["bom.txt"].title == "T\u00eetle" and "\r" not in recs["bom.txt"].text
    assert recs["latin.txt"].title == "Caf\u00e9 title"


def test_json_fields_and_bad_date(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([
        {"title": "T1", "content": "Some text here.", "url": "http://x/1", "published": "2024-03-05",
         "source": "The Herald", "author": "A. Writer and B. Writer"},
        {"title": "T2", "text": "Other text.", "date": "not a date"},
    ]), encoding="utf-8")
    got = records([tmp_path / "a.json"])
    r = got[0]
    assert (r.title, r.url, str(r.published), r.publication, r.authors) == (
        "T1", "http://x/1", "2024-03-05", "The Herald", ["A. Writer", "B. Writer"])
    assert isinstance(got[1], InputError) and "unrecognised date" in got[1].reason


def test_content_hash_ignores_layout_and_quote_style():
    assert content_hash("\u201cHello,\u201d she said.\n") == content_hash('"Hello,"  she said.')
    assert content_hash("Hello world") != content_hash("Hello word")


def test_glob_and_unsupported_types(tmp_path):
    (tmp_path / "keep.txt").write_text("Kept\n'Yes,' said Jane Doe.\n", encoding="utf-8")
    (tmp_path / "skip.md").write_text("Skipped\n'No,' said John Roe.\n", encoding="utf-8")
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04 not an article")
    got = records([tmp_path], glob="*.txt")
    assert [r.title for r in got] == ["Kept"]
    # files of unknown type are left alone inside folders, but named when asked for directly
    assert all(not isinstance(r, InputError) for r in records([tmp_path]))
    [err] = records([tmp_path / "sheet.xlsx"])
    assert isinstance(err, InputError) and "unsupported file type '.xlsx'" in err.reason and "--format" in err.reason


@pytest.mark.parametrize("line", ["", "  ", "Related Articles:", " Sign\u00a0up \t now :: ", "a\u2003b\u3000c",
                                  "x\x1cy", "Comments :  ", "\u2028Share\u2029", "plain line"])
def test_furniture_line_normalising_is_the_plain_regex(line):
    """_norm joins str.split's pieces (every line of every article passes through it): it must
    equal collapsing \\s+ with the regex, for every kind of Unicode space."""
    import re

    from quotebank.ingest.aggregator import _norm

    assert _norm(line) == re.sub(r"\s+", " ", line).strip().rstrip(":").strip()


def test_furniture_line_normalising_every_code_point():
    import re

    from quotebank.ingest.aggregator import _norm

    for c in range(0x110000):
        line = f" a{chr(c)}b :"
        assert _norm(line) == re.sub(r"\s+", " ", line).strip().rstrip(":").strip(), hex(c)


@pytest.mark.parametrize("text, expected", [
    ("<p>&ldquo;We won,&rdquo; said Ann Lee.</p><p>Bob Roe <em>said</em> he would ask for a recount.</p>",
     "\u201cWe won,\u201d said Ann Lee.\nBob Roe said he would ask for a recount."),
    ("<div><h2>Vote</h2><p>He called it <q>a farce</q>.<br>Then he left.</p><script>x=1</script></div>",
     "Vote\nHe called it \u201ca farce\u201d.\nThen he left."),
])
def test_an_html_body_in_a_json_record_is_read_as_its_words(text, expected):
    from quotebank.ingest.clean import looks_like_markup, markup_text

    assert looks_like_markup(text) and markup_text(text) == expected


@pytest.mark.parametrize("text", [
    "He said the page had a <p> tag and a <br> tag in it.",  # words about tags
    'See <a href="https://x.example">the video</a> and <a href="https://y.example">this</a>.',  # stray links
    "<p>One paragraph tag, then plain text.",
])
def test_plain_text_with_tags_in_it_stays_as_given(text):
    from quotebank.ingest.clean import looks_like_markup

    assert not looks_like_markup(text)


def test_ingest_and_extract_read_an_html_body_alike(tmp_path):
    from click.testing import CliRunner

    from quotebank.cli import cli

    body = ("<p>&ldquo;We won,&rdquo; said Ann Lee, the party chair, after the count ended on Sunday.</p>"
            "<p>Her rival, Bob Roe, said he would ask for a recount in the morning.</p>")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "title": "Vote", "body": body}) + "\n"
                   + json.dumps({"id": "y", "text": body}) + "\n", encoding="utf-8")
    [rec] = [r for r in records([src]) if getattr(r, "doc_id", None) == "x"]
    assert "<p>" not in rec.text and "\u201cWe won,\u201d said Ann Lee" in rec.text
    out = CliRunner().invoke(cli, ["extract", str(src), "--format", "jsonl"]).stdout.splitlines()
    got = json.loads(out[1])  # (extract reads the "text" field)
    assert got["text"].startswith("\u201cWe won,\u201d") and [(q["kind"], q["speaker"]) for q in got["quotes"]] == [
        ("direct", "Ann Lee"), ("indirect", "Bob Roe")]
    assert all(got["text"][q["start"]:q["end"]] == q["text"] for q in got["quotes"])
