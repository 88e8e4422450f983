"""Extraction of many documents without a database: the engine of ``quotebank extract``.

One record out per document in, in the order they came, each extracted under the time
limit (:mod:`quotebank.timelimit`), in worker processes when asked. A document that could
not be read, or whose extraction ran out of time, still gives its record, with no quotes
and an ``error``, so that output line N always answers input line N.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

from . import timelimit

CHUNK = 32  # documents per task handed to a worker (fewer round trips, bounded memory)


@dataclass
class Doc:
    doc_id: object
    text: str | None  # None: the input could not be read (``error`` says why)
    where: str  # path, or path:line, for messages
    error: str | None = None


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
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield Doc(None, None, where, "expected an object with a 'text' string")
            continue
        yield Doc(obj.get("doc_id", obj.get("id")), obj["text"], where)


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


def _worker_init(seconds: float) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # (Ctrl-C is the parent's to handle)
    timelimit.install(seconds)


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
        return rec, None

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
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(time_limit,)) as pool:
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
