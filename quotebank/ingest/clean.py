"""Text cleaning, dates and content hashing."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Normalise line endings, drop a BOM and control characters, strip trailing spaces.

    Character content is otherwise kept as given, so offsets stay meaningful.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip("\n")


def content_hash(text: str) -> str:
    """Hash of the normalised content: the same article from any source hashes alike.

    Unicode is NFKC-folded, case and all whitespace and quote-mark styles are
    ignored, so a .txt clipping and the JSON export of one article match.
    """
    s = unicodedata.normalize("NFKC", text).casefold()
    s = s.translate(_QUOTE_FOLD)
    s = "".join(s.split())
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


_QUOTE_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-",
    }
)


def text_hash(text: str) -> str:
    """Hash of a quote's normalised words, to group one quote across articles."""
    s = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTE_FOLD)
    words = re.findall(r"\w+", s)
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:32]


_DATE_FORMATS = (
    "%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y",
    "%Y-%m-%dT%H:%M:%S", "%Y%m%d",
)


def parse_date(value) -> dt.date | None:
    """A date from ISO strings, common written forms, or date/datetime objects.

    Raises ValueError for text that is not a date, so the caller can name it.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {s!r} (use YYYY-MM-DD)")


def collapse_spaces(s: str) -> str:
    return _SPACES.sub(" ", s).strip()


# tags of an article body given as HTML in a text field (a CMS export's "body")
# (paragraph structure: a stray link in plain text, "<a href=...>...</a>", is no HTML body)
_MARKUP_TAG = re.compile(r"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|table|tr)"
                         r"\b[^<>]{0,500}>", re.I)
_BLOCK_TAGS = frozenset("p br div h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption section article "
                        "header footer table tr aside pre hr".split())
_SKIPPED_TAGS = frozenset(("script", "style", "noscript", "template"))


def looks_like_markup(text: str) -> bool:
    """Is this article text an HTML body: it opens with a block tag (a paragraph, a division,
    a heading ...) and has another? (A plain text that mentions a tag, or holds a stray link,
    is words: its offsets must index it as given.)"""
    if _MARKUP_TAG.match(text.lstrip()) is None:
        return False
    found = 0
    for _ in _MARKUP_TAG.finditer(text, 0, 20_000):
        found += 1
        if found >= 2:
            return True
    return False


def markup_text(fragment: str) -> str:
    """The words of an HTML fragment, a line per paragraph, character references decoded."""
    from html.parser import HTMLParser

    out: list[str] = []
    skipping = [0]

    class _Text(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in _SKIPPED_TAGS:
                skipping[0] += 1
            elif tag in _BLOCK_TAGS:
                out.append("\n")
            elif tag == "q":
                out.append("\u201c")

        def handle_endtag(self, tag):
            if tag in _SKIPPED_TAGS:
                skipping[0] = max(0, skipping[0] - 1)
            elif tag in _BLOCK_TAGS:
                out.append("\n")
            elif tag == "q":
                out.append("\u201d")

        def handle_data(self, data):
            if not skipping[0]:
                out.append(data)

    parser = _Text(convert_charrefs=True)
    parser.feed(fragment)
    parser.close()
    lines = (collapse_spaces(line).strip() for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)
