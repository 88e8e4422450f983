"""Readers: paths, folders, stdin (and later URLs) -> article records.

Every reader yields :class:`ArticleRecord` objects or :class:`InputError`
values; a bad input never stops the batch, it is reported and skipped.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from .aggregator import split_page
from .clean import clean_text, looks_like_markup, markup_text, parse_date
from .metadata import canonical_publication, first_line_title, guess_authors, guess_publication
from .records import ArticleRecord, InputError

FORMATS = ("txt", "json", "jsonl", "html")
EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html",
}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Item = ArticleRecord | InputError


@dataclass
class ReadOptions:
    format: str | None = None  # force a reader instead of choosing by extension
    glob: str | None = None  # filter for files inside folders
    max_bytes: int = DEFAULT_MAX_BYTES
    on_file: "Callable[[str, int], None] | None" = None  # told of each file as it is opened
    # JSON Lines records come out as PendingLine, to be parsed where they are extracted
    # (in the ingest workers, so the writing process only writes)
    defer_jsonl: bool = False


@dataclass
class PendingLine:
    """One JSON Lines record, not parsed yet; ``parse()`` gives its record or error."""

    name: str
    line: int
    raw: bytes

    def parse(self) -> "Item":
        return parse_jsonl_line(self.raw, self.name, self.line)


Read = Item | PendingLine  # what the readers yield: a JSON Lines record may come unparsed


def iter_inputs(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Read]:
    """Records and errors from every path: files, folders (recursive) or ``-`` (stdin)."""
    options = options or ReadOptions()
    for p in paths:
        if p == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", options)
        elif p.startswith(("http://", "https://")):
            yield from read_url(p, options)
        elif os.path.isdir(p):
            yield from _read_dir(Path(p), options)
        elif os.path.exists(p):
            yield from read_file(Path(p), options)
        else:
            yield InputError(p, "no such file or folder")


def input_size(paths: Iterable[str], options: ReadOptions | None = None) -> int | None:
    """Bytes of all input files, for a progress bar; None when a URL or stdin is among them."""
    options = options or ReadOptions()
    total = 0
    for p in paths:
        if p == "-" or p.startswith(("http://", "https://")):
            return None
        if os.path.isdir(p):
            total += sum(f.stat().st_size for f in _dir_files(Path(p), options))
        elif os.path.exists(p):
            total += os.path.getsize(p)
    return total


def _dir_files(root: Path, options: ReadOptions) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if options.glob:
                rel = str(path.relative_to(root))
                if not (fnmatch.fnmatch(name, options.glob) or fnmatch.fnmatch(rel, options.glob)):
                    continue
            elif not options.format and path.suffix.lower() not in EXTENSIONS:
                continue  # folders hold other files too; only named files must be readable
            yield path


def _read_dir(root: Path, options: ReadOptions) -> Iterator[Read]:
    for path in _dir_files(root, options):
        yield from read_file(path, options)


def read_file(path: Path, options: ReadOptions) -> Iterator[Read]:
    fmt = options.format or EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        yield InputError(
            str(path),
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"use --format {'|'.join(FORMATS)} to read it anyway",
        )
        return
    try:
        size = path.stat().st_size
        if options.on_file:
            options.on_file(str(path), size)
        if fmt == "jsonl":
            yield from _stream_jsonl(path, options)  # any size: the limit applies to each record
            return
        if size > options.max_bytes:
            yield InputError(
                str(path),
                f"too large ({size:,} bytes > {options.max_bytes:,}); raise --max-size or split it",
            )
            return
        with open(path, "rb") as fh:
            data = fh.read(options.max_bytes + 1)
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, str(path), fmt, options)


def opens_json_object(stream: BinaryIO) -> bool:
    """Do the bytes waiting on ``stream`` open a JSON object (JSON Lines, most likely)? Looks
    without consuming them; False when the stream cannot tell (no ``peek``)."""
    peek = getattr(stream, "peek", None)
    return peek is not None and peek(1)[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def read_stream(stream: BinaryIO, name: str, options: ReadOptions) -> Iterator[Read]:
    """A stream (standard input): JSON Lines are read a line at a time, as from a file (any
    size; the limit applies to each record); anything else whole, up to the limit."""
    fmt = options.format
    if fmt is None and opens_json_object(stream):
        fmt = "jsonl"
    if fmt == "jsonl":
        yield from _jsonl_records(stream, name, options.max_bytes, options.defer_jsonl)
        return
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield InputError(name, f"too large (> {options.max_bytes:,} bytes); raise --max-size")
        return
    fmt = options.format
    if fmt is None:
        head = data.lstrip()[:1]
        fmt = "json" if head == b"[" else "jsonl" if head == b"{" else "txt"
    yield from _read_bytes(data, name, fmt, options)


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) first, then a detector.

    Raises :class:`ValueError` for binary data.
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("binary or undecodable file, not text")
    return str(best)


def _read_bytes(data: bytes, name: str, fmt: str, options: ReadOptions) -> Iterator[Read]:
    if not data.strip():
        yield InputError(name, "empty file")
        return
    if fmt == "jsonl":  # stdin, URLs: the same line reader as for files
        yield from _jsonl_records(data.splitlines(keepends=True), name, options.max_bytes, options.defer_jsonl)
        return
    try:
        text = decode(data, name)
    except ValueError as exc:
        yield InputError(name, str(exc))
        return
    if fmt == "txt":
        yield from _from_txt(text, name)
    elif fmt == "json":
        yield from _from_json(text, name)
    elif fmt == "html":
        yield from _from_html(text, name)
    else:
        yield InputError(name, f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


_Q_OPEN = re.compile(r"<q(?:\s[^>]*)?>", re.I)
_Q_CLOSE = re.compile(r"</q\s*>", re.I)
_BLOCKQUOTE = re.compile(r"<blockquote\b.*?</blockquote\s*>", re.I | re.S)
_QUOTE_FIGURE = re.compile(r"<figure\b(?:(?!</figure).)*?<blockquote\b.*?</figure\s*>", re.I | re.S)
_CREDIT_TAG = re.compile(r"<(/?)(?:footer|figcaption|figure)\b", re.I)
# Twitter's embed: <blockquote class="twitter-tweet"><p>words</p>&mdash; Name (@handle) <a>date</a></blockquote>
_TWEET = re.compile(r"(?P<open><blockquote\b[^>]*\btwitter-tweet\b[^>]*>)\s*<p\b[^>]*>(?P<words>.*?)</p>\s*"
                    r"(?:&mdash;|\u2014|&#8212;)\s*(?P<name>[^<(]{2,80}?)\s*\(@\w{1,30}\)\s*(?:<a\b[^>]*>[^<]*</a>\s*)?"
                    r"</blockquote\s*>", re.I | re.S)
# an interview's question set in bold as a paragraph of its own: "<p><strong>Why now?</strong></p>"
_BOLD_QUESTION_P = re.compile(r"(<p\b[^>]*>)\s*<(strong|b)\b[^>]*>([^<>*]{3,300}\?)\s*</\2\s*>\s*(</p\s*>)", re.I)
# a credit in <cite> with no dash before it: given one, on a line of its own
_BARE_CITE = re.compile(r"(?<![\u2014\u2013-])(?<!&mdash;)(?<!&ndash;)(?<![\u2014\u2013-]\s)(?<!&mdash;\s)"
                        r"<cite\b[^>]*>(.*?)</cite\s*>", re.I | re.S)


def quote_markup(html: str) -> str:
    """Quotation markup made text before the page is read: ``<q>`` becomes curly quotation
    marks (the reader drops the element's implied marks and breaks the line after it), and a
    blockquote's ``<footer>``, ``<cite>`` or figure caption credit ("— Councillor Amy Ng") a
    paragraph of its own (the reader drops footers as page furniture and runs figures and
    citations into the text around them). A paragraph that is nothing but a question in bold
    keeps its emphasis as ``**...**``, as a Markdown interview has it: the reader would drop
    it, and the extractor tells an interview's questions from its answers by it."""
    html = _BOLD_QUESTION_P.sub(lambda m: f"{m.group(1)}**{m.group(3).strip()}**{m.group(4)}", html)
    if "<q" in html or "<Q" in html:
        html = _Q_CLOSE.sub("\u201d", _Q_OPEN.sub("\u201c", html))
    if "<blockquote" in html.lower():
        def credits(m: re.Match) -> str:
            block = m.group(0)
            if (tweet := _TWEET.match(block)) is not None:
                # an embedded tweet: its words quoted, its author's name as the credit
                return (f"{tweet.group('open')}<p>\u201c{tweet.group('words')}\u201d</p>"
                        f"<p>\u2014 {tweet.group('name').strip()}</p></blockquote>")
            block = _CREDIT_TAG.sub(lambda t: f"<{t.group(1)}p", block)
            return _BARE_CITE.sub(lambda c: f"<p>\u2014 {c.group(1)}</p>", block)
        html = _QUOTE_FIGURE.sub(credits, html)  # (a figure's caption credits the quotation inside it)
        html = _BLOCKQUOTE.sub(credits, html)
    return html


def _from_html(html: str, name: str, url: str | None = None) -> Iterator[Item]:
    """Main text and metadata of a web page (trafilatura): navigation, ads and comments dropped."""
    import trafilatura

    try:
        # dates only from markup and precise patterns, the first publication's: no guess from a
        # copyright line ("© 2026" made every undated page published on 1 January)
        doc = trafilatura.bare_extraction(quote_markup(html), url=url, with_metadata=True, include_comments=False,
                                          include_tables=False,
                                          date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # a parser failure on one page must not stop the batch
        yield InputError(name, f"could not read the HTML: {exc}")
        return
    d = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    text = (d.get("text") or "").strip()
    if len(text.split()) < MIN_HTML_WORDS:
        yield InputError(name, "no article text found in the HTML page (only navigation or furniture)")
        return
    title = (d.get("title") or "").strip() or None
    if title and not text.startswith(title):
        text = title + "\n" + text
    try:
        published = parse_date(d.get("date"))
    except ValueError:
        published = None
    authors = [a.strip() for a in (d.get("author") or "").split(";") if a.strip()]
    yield make_record(
        text, source=name, title=title, url=d.get("url") or url, authors=authors,
        published=published, publication=d.get("sitename") or None, language=d.get("language"),
    )


def read_html(html: str, name: str, url: str | None = None) -> Item:
    """A web page's article as ingest reads it (see :func:`_from_html`), or the error why not."""
    return next(_from_html(html, name, url))


def looks_like_html(text: str) -> bool:
    """Is this text a web page rather than an article's words? (Its start says so.)"""
    head = text.lstrip("\ufeff \t\r\n")[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or head.startswith("<") and ("<body" in head or "<head" in head)


def folder_files(root: Path, glob: str | None = None) -> Iterator[Path]:
    """The files of a folder that ingest would read (by extension, or those matching ``glob``)."""
    return _dir_files(root, ReadOptions(glob=glob))


MIN_HTML_WORDS = 12  # fewer words than this is a menu or an error page, not an article
USER_AGENT = "quotebank (+https://pypi.org/project/quotebank/)"
URL_TIMEOUT = 20


def read_url(url: str, options: ReadOptions) -> Iterator[Read]:
    """Fetch a page (redirects followed, time-out, size limit) and read it by its content type."""
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(req, timeout=URL_TIMEOUT) as resp:
            final = resp.geturl()
            ctype = (resp.headers.get("Content-Type") or "").lower()
            data = resp.read(options.max_bytes + 1)
    except urllib.error.HTTPError as exc:
        yield InputError(url, f"HTTP {exc.code} {exc.reason}; check the address")
        return
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        yield InputError(url, f"cannot fetch: {reason}")
        return
    if len(data) > options.max_bytes:
        yield InputError(url, f"too large (> {options.max_bytes:,} bytes); raise --max-size")
        return
    fmt = options.format
    if fmt is None:
        fmt = "json" if "json" in ctype else "txt" if "text/plain" in ctype else "html"
    if fmt == "html":
        try:
            text = decode(data, url)
        except ValueError as exc:
            yield InputError(url, str(exc))
            return
        yield from _from_html(text, final, url=final)
    else:
        yield from _read_bytes(data, final, fmt, options)


def _from_txt(text: str, name: str) -> Iterator[Item]:
    text = clean_text(text)
    if not text.strip():
        yield InputError(name, "empty file")
        return
    yield make_record(text, source=name)


def make_record(text: str, *, source: str, title: str | None = None, **meta) -> ArticleRecord:
    """A record for one page's text: footer and related pieces split off, title and
    publication filled from the text where the input gave none."""
    page = split_page(clean_text(text))
    if title is None:
        title, _ = first_line_title(page.main)
    publication = canonical_publication(meta.pop("publication", None)) or guess_publication(page.main)
    if not meta.get("authors"):
        meta["authors"] = guess_authors(page.main)
    rec = ArticleRecord(text=page.main, title=title, publication=publication, source=source, **meta)
    for piece in page.pieces:
        rec.children.append(
            ArticleRecord(
                text=piece.text,
                title=piece.title,
                publication=canonical_publication(piece.publication),
                source=source,
                published=rec.published,
            )
        )
    return rec


_TEXT_KEYS = ("text", "body", "content")


def record_from_mapping(obj, name: str, line: int | None = None) -> Item:
    if not isinstance(obj, dict):
        return InputError(name, f"expected a JSON object, got {type(obj).__name__}", line)
    text = next((obj[k] for k in _TEXT_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if text is None:
        return InputError(name, "no article text (give a 'text', 'body' or 'content' field)", line)
    if looks_like_markup(text):
        text = markup_text(text)  # a CMS export's HTML body: its words, a line per paragraph
    try:
        published = parse_date(obj.get("date") or obj.get("published") or obj.get("publication_date"))
    except ValueError as exc:
        return InputError(name, str(exc), line)
    authors = obj.get("authors", obj.get("author"))
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(" and ", ",").split(",") if a.strip()]
    elif not isinstance(authors, list):
        authors = []
    source = f"{name}:{line}" if line else name
    doc_id = obj.get("id", obj.get("doc_id"))
    title = obj.get("title")
    return make_record(
        text,
        source=source,
        title=str(title).strip() if title else None,
        url=(obj.get("url") or None),
        authors=[str(a) for a in authors],
        published=published,
        publication=obj.get("publication") or obj.get("source") or obj.get("publisher"),
        language=obj.get("language") or obj.get("lang"),
        doc_id=None if doc_id is None else str(doc_id),
    )


def _stream_jsonl(path: Path, options: ReadOptions) -> Iterator[Read]:
    """JSON Lines read a line at a time, so memory stays flat for exports of any size."""
    with open(path, "rb") as fh:
        yield from _jsonl_records(fh, str(path), options.max_bytes, options.defer_jsonl)


def _jsonl_records(lines: Iterable[bytes], name: str, max_bytes: int, defer: bool = False) -> Iterator[Read]:
    """One record (or error naming the line) per non-empty line; the size limit is per record."""
    any_line = False
    for n, raw in enumerate(lines, 1):
        if n == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        any_line = True
        if len(raw) > max_bytes:
            yield InputError(name, f"record too large ({len(raw):,} bytes); raise --max-size", n)
            continue
        yield PendingLine(name, n, raw) if defer else parse_jsonl_line(raw, name, n)
    if not any_line:
        yield InputError(name, "empty file")


def parse_jsonl_line(raw: bytes, name: str, n: int) -> Item:
    try:
        obj = json.loads(raw)
    except UnicodeDecodeError:
        return InputError(name, "not UTF-8 text (JSON Lines must be UTF-8)", n)
    except json.JSONDecodeError as exc:
        return InputError(name, f"malformed JSON ({exc.msg} at column {exc.colno})", n)
    return record_from_mapping(obj, name, n)


def _from_json(text: str, name: str) -> Iterator[Item]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(name, f"malformed JSON ({exc.msg} at column {exc.colno})", exc.lineno)
        return
    items = obj if isinstance(obj, list) else [obj]
    for item in items:
        yield record_from_mapping(item, name)
