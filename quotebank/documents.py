"""Extraction of many documents without a database: the engine of ``quotebank extract``.

One record out per document in, in the order they came, each extracted under the time
limit (:mod:`quotebank.timelimit`), in worker processes when asked. A document that could
not be read, or whose extraction ran out of time, still gives its record, with no quotes
and an ``error``, so that output line N always answers input line N.

Documents come from JSON Lines (a file, or a stream read as it comes), a text file, a web
page, saved or at an http(s) address (its article text, as ingest reads it; the record then
carries that ``text``, which its offsets index) or a folder of such files (``doc_id``: the
path inside the folder).
"""

from __future__ import annotations

import json
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from . import timelimit
from .ingest import InputError, ReadOptions
from .ingest.clean import looks_like_markup, markup_text
from .ingest.readers import EXTENSIONS, decode, folder_files, looks_like_html, opens_json_object, read_html, read_url

CHUNK = 32  # documents per task handed to a worker (fewer round trips, bounded memory)


@dataclass
class Doc:
    doc_id: object
    text: str | None  # None: the input could not be read (``error`` says why)
    where: str  # path, or path:line, for messages
    error: str | None = None
    extra: dict = field(default_factory=dict)  # more fields for the record (a web page's text, title)


def path_docs(path: str, *, stdin: BinaryIO | None = None, glob: str | None = None) -> Iterator[Doc]:
    """The documents at ``path``: a file, a folder (recursive: the files ingest would read,
    or those matching ``glob``), or ``-`` for standard input. Files are read one at a time;
    one that cannot be read is a Doc with its error."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        if opens_json_object(stream):
            yield from jsonl_docs(stream, path)  # (read and answered as the lines come)
            return
        try:
            text = decode(stream.read(), path)
        except ValueError as exc:  # (binary, or an encoding no detector can read)
            yield Doc(path, None, path, str(exc))
            return
        yield from _text_docs(text, path, path)
        return
    if path.startswith(("http://", "https://")):
        yield from url_docs(path)
        return
    root = Path(path)
    if not root.is_dir():
        yield from _file_docs(root, path)
        return
    for f in folder_files(root, glob):
        yield from _file_docs(f, f.relative_to(root).as_posix())


def url_docs(url: str) -> Iterator[Doc]:
    """A page fetched as ``ingest`` fetches it (redirects followed, a time-out, a size limit):
    its article text, with the title and the address it was read from."""
    for item in read_url(url, ReadOptions()):
        if isinstance(item, InputError):
            yield Doc(url, None, url, item.reason)
        else:
            yield Doc(url, item.text, url, extra={"title": item.title, "url": item.url, "text": item.text})


def _file_docs(path: Path, doc_id: str) -> Iterator[Doc]:
    name, kind = str(path), EXTENSIONS.get(path.suffix.lower())
    try:
        if kind == "jsonl":
            with open(path, "rb") as fh:  # (a line at a time: memory stays flat)
                yield from jsonl_docs(fh, name)
            return
        text = decode(path.read_bytes(), name)
    except OSError as exc:
        yield Doc(doc_id, None, name, f"cannot read: {exc.strerror or exc}")
        return
    except ValueError as exc:  # (binary, or an encoding no detector can read)
        yield Doc(doc_id, None, name, str(exc))
        return
    if kind == "json":
        yield from _json_docs(text, doc_id, name)
        return
    yield from _text_docs(text, doc_id, name, html=True if kind == "html" else None)


def _text_docs(text: str, doc_id, name: str, html: bool | None = None) -> Iterator[Doc]:
    """A text read whole: JSON Lines when it opens with an object, a web page when it looks
    like one (or ``html``), else one document, offsets into the text as given."""
    if html is None and text.lstrip("\ufeff \t\r\n").startswith("{"):
        yield from jsonl_docs(text.split("\n"), name)
    elif html or html is None and looks_like_html(text):
        yield html_doc(text, doc_id, name)
    else:
        yield Doc(doc_id, text, name)


def html_doc(html: str, doc_id, name: str) -> Doc:
    """A web page's article text, read as ``ingest`` reads it (navigation and furniture
    dropped); the record carries that text and the page's title."""
    rec = read_html(html, name)
    if isinstance(rec, InputError):
        return Doc(doc_id, None, name, rec.reason)
    return Doc(doc_id, rec.text, name, extra={"title": rec.title, "text": rec.text})


def _json_docs(text: str, doc_id, name: str) -> Iterator[Doc]:
    """A JSON file: one object with a ``text`` string, or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Doc(doc_id, None, name, f"malformed JSON ({exc.msg} at line {exc.lineno})")
        return
    if not isinstance(data, list):
        yield _object_doc(data, name, doc_id)
        return
    for i, obj in enumerate(data, 1):
        yield _object_doc(obj, f"{name}[{i}]", f"{doc_id}[{i}]")


def _object_doc(obj, where: str, default_id=None) -> Doc:
    """A document given as a JSON object with a ``text`` string (``doc_id`` or ``id``)."""
    if not isinstance(obj, dict):
        return Doc(None, None, where, "expected an object with a 'text' string")
    if not isinstance(obj.get("text"), str):  # (the record keeps its id: a script can match it up)
        return Doc(obj.get("doc_id", obj.get("id", default_id)), None, where, "expected an object with a 'text' string")
    doc_id = obj.get("doc_id", obj.get("id", default_id))
    if looks_like_markup(obj["text"]):
        # an HTML body: extracted from its words, which the record carries (its offsets index them)
        text = markup_text(obj["text"])
        return Doc(doc_id, text, where, extra={"text": text})
    return Doc(doc_id, obj["text"], where)


def jsonl_docs(lines: Iterable[str | bytes], name: str) -> Iterator[Doc]:
    """The documents of JSON Lines, given line by line (a file, or ``text.split("\\n")``):
    objects with a ``text`` string and a ``doc_id`` (or ``id``). Lines as bytes are read as
    UTF-8, as JSON requires. Blank lines are skipped; a bad line is a Doc with its error."""
    for n, line in enumerate(lines, 1):
        where = f"{name}:{n}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Doc(None, None, where, f"not UTF-8 text at byte {exc.start} (JSON Lines must be UTF-8: "
                                             "convert the file, e.g. with iconv -t UTF-8)")
                continue
        if n == 1:
            line = line.lstrip("\ufeff")  # (a byte-order mark)
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Doc(None, None, where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        yield _object_doc(obj, where)


def _timeout_error(seconds: float) -> str:
    return (f"extraction took over {seconds:g} s and was stopped; run it again with a larger "
            "--extract-timeout (0: no limit), and please report the document")


def _extract_one(doc_id, text: str) -> dict | None:
    """The record, or None when the time limit in force ran out."""
    from .extract.output import extract_record

    try:
        return timelimit.run(lambda t: extract_record(doc_id, t), text)
    except timelimit.ExtractionTimeout:
        return None


def _extract_chunk(docs: list[tuple[object, str]]) -> list[dict | None]:
    """Worker: :func:`_extract_one` for each (doc_id, text)."""
    return [_extract_one(doc_id, text) for doc_id, text in docs]


def extract_docs(docs: Iterable[Doc], *, jobs: int = 1,
                 time_limit: float = timelimit.DEFAULT_SECONDS) -> Iterator[tuple[dict, str | None]]:
    """(record, error) for each document, in order: ``{"doc_id", "quotes"}``, or with
    ``"error"`` too, and then ``error`` is the message for the user (``where: reason``)."""
    def settle(doc: Doc, rec: dict | None) -> tuple[dict, str | None]:
        if doc.error is not None:
            return {"doc_id": doc.doc_id, "quotes": [], "error": doc.error}, f"{doc.where}: {doc.error}"
        if rec is None:
            error = _timeout_error(time_limit)
            return {"doc_id": doc.doc_id, "quotes": [], "error": error}, f"{doc.where}: {error}"
        return ({**rec, **doc.extra} if doc.extra else rec), None

    if jobs <= 1:
        with timelimit.limit(time_limit):
            for doc in docs:
                yield settle(doc, None if doc.error is not None else _extract_one(doc.doc_id, doc.text))
        return

    from concurrent.futures import ProcessPoolExecutor

    def chunks() -> Iterator[list[Doc]]:
        chunk: list[Doc] = []
        for doc in docs:
            chunk.append(doc)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    inflight: deque = deque()  # (a few chunks per worker ahead, no more: memory stays flat)
    with ProcessPoolExecutor(max_workers=jobs, initializer=timelimit.worker_init, initargs=(time_limit,)) as pool:
        def drain_one() -> Iterator[tuple[dict, str | None]]:
            chunk, fut = inflight.popleft()
            got = iter(fut.result())
            for doc in chunk:
                yield settle(doc, None if doc.error is not None else next(got))

        for chunk in chunks():
            todo = [(d.doc_id, d.text) for d in chunk if d.error is None]
            inflight.append((chunk, pool.submit(_extract_chunk, todo)))
            while len(inflight) > 4 * jobs:
                yield from drain_one()
        while inflight:
            yield from drain_one()
