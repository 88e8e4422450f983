"""The ingestion pipeline: read -> extract -> resolve -> store.

Articles go to the database in batches: a batch is checked for articles
already stored (one query), the new ones are extracted (in worker processes
with ``jobs > 1``, while this process writes the previous batch; with one job
on PostgreSQL, while a writer thread writes it), and the batch is written in
one transaction with bulk inserts. An article is never half-written: if
anything in a batch fails, the batch is rolled back and replayed one article
per transaction, so every good article still lands and the bad one is
reported. A crash loses at most the batches in flight, which a re-run ingests
again (stored articles are recognised and skipped).
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from sqlalchemy.exc import IntegrityError, OperationalError

from .. import timelimit
from ..ingest import ArticleRecord, InputError, ReadOptions, iter_inputs
from ..ingest.readers import PendingLine
from .db import Database
from .writer import Item, existing_articles, prepare, store_article, store_batch

if TYPE_CHECKING:
    from ..extract import Quote as QuoteCandidate

BATCH_ARTICLES = 400  # larger batches: fewer commits and round trips (measured best of 100/400)
BATCH_CHARS = 2_000_000


@dataclass
class Overrides:
    title: str | None = None
    publication: str | None = None
    url: str | None = None
    published: dt.date | None = None
    authors: list[str] | None = None

    def __post_init__(self) -> None:
        for f in ("title", "publication", "url"):
            v = getattr(self, f)
            if isinstance(v, str):
                setattr(self, f, v.replace("\x00", "").strip() or None)
        if self.authors:
            self.authors = [a.replace("\x00", "").strip() for a in self.authors if a.replace("\x00", "").strip()]

    def apply(self, rec: ArticleRecord) -> None:
        if self.title:
            rec.title = self.title
        if self.publication:
            rec.publication = self.publication
        if self.url:
            rec.url = self.url
        if self.published:
            rec.published = self.published
        if self.authors:
            rec.authors = list(self.authors)


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    quotes: int = 0
    speakers: int = 0
    chars: int = 0
    errors: list[InputError] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.replaced} replaced, {self.skipped} skipped, "
            f"{self.failed} failed; {_count(self.quotes, 'quote')}, {_count(self.speakers, 'new speaker')}"
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass
class _Unit:
    record: ArticleRecord
    parent: ArticleRecord | None
    hash: str = ""
    existing_id: int | None = None
    quotes: list[QuoteCandidate] | None = None
    prepared: tuple | None = None  # (text hashes, speaker keys) computed by a worker


def _units(items: Iterable, overrides: Overrides | None) -> Iterator[_Unit | InputError | PendingLine]:
    for item in items:
        if isinstance(item, (InputError, PendingLine)):
            yield item  # a pending line becomes units once a worker has parsed it
            continue
        if overrides:
            overrides.apply(item)
        yield _Unit(item, None)
        for child in item.children:
            yield _Unit(child, item)


def _batches(stream, fail) -> Iterator[list[_Unit]]:
    batch, chars = [], 0
    for unit in stream:
        if isinstance(unit, InputError):
            fail(unit)
            continue
        batch.append(unit)
        chars += len(unit.raw) if isinstance(unit, PendingLine) else len(unit.record.text)
        if len(batch) >= BATCH_ARTICLES or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


_TIMED_OUT = "timed out"  # a worker's result for an article whose extraction ran out of time


def _extract(text: str) -> list[QuoteCandidate]:
    """The article's quotes; ExtractionTimeout when the time limit in force runs out."""
    from ..extract.quotes import extract_quotes  # (imported when first needed: reading commands never are)

    return timelimit.run(extract_quotes, text)


def _timed_out(rec: ArticleRecord, seconds: float) -> InputError:
    where = rec.source or (f"article {rec.title!r}" if rec.title else "<input>")
    return InputError(where, f"extraction took over {seconds:g} s and was stopped; the article was not stored "
                             "(the rest of the batch was). Such text is usually machine output (a table, a log): "
                             "ingest it again with a larger --extract-timeout (0: no limit), and please report it")


def _extracted(text: str) -> tuple | str:
    """Quotes plus the per-quote work that needs no database (hashes, name keys); _TIMED_OUT
    when the extraction ran out of time."""
    try:
        quotes = _extract(text)
    except timelimit.ExtractionTimeout:
        return _TIMED_OUT
    return (quotes, *prepare(quotes))


def _extract_many(texts: list[str]) -> list[tuple]:
    """Worker: :func:`_extracted` for each text."""
    return [_extracted(t) for t in texts]


_worker_db: Database | None = None

# An ingest allocates millions of short-lived containers (quotes, rows, parameters) and frees
# them again; at the default threshold (700) the collector ran 1,400 times over the shared
# corpus and walked everything alive each time: 0.7 s of a 15 s run. Few of these objects
# form cycles, so a larger first generation collects as much for a fraction of the time.
INGEST_GC_THRESHOLD = 50_000


def _raise_gc_threshold() -> tuple[int, ...]:
    """Raise the collector's first threshold to INGEST_GC_THRESHOLD; the thresholds before."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], INGEST_GC_THRESHOLD), *before[1:])
    return before


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Raise the collector's first threshold while ingesting; restore it afterwards (also a
    decorator: each call gets its own)."""
    before = _raise_gc_threshold()
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _worker_init(url: str | None, time_limit: float = 0.0) -> None:
    """Each worker reads the database (never writes) to skip articles already stored."""
    global _worker_db
    timelimit.worker_init(time_limit)
    # what the worker inherited from the parent lives as long as the worker: keep it out of
    # the garbage collector's passes, which would otherwise walk all of it again and again
    gc.freeze()
    _raise_gc_threshold()
    _worker_db = Database(url, migrate=False) if url else None


def _parse_extract_many(lines: list[PendingLine], replace: bool) -> list[tuple]:
    """Worker: parse JSON Lines records, then extract those not stored yet.

    For each line: (InputError, None) or (record, [extraction or None for the record
    and each of its children])."""
    parsed = [ln.parse() for ln in lines]
    records = [r for item in parsed if isinstance(item, ArticleRecord) for r in (item, *item.children)]
    stored: dict = {}
    if _worker_db is not None and records and not replace:
        try:
            with _worker_db.session() as s:
                stored = existing_articles(s, records)
        except Exception:
            stored = {}  # the writer checks again in its own transaction
    out = []
    for item in parsed:
        if not isinstance(item, ArticleRecord):
            out.append((item, None))
            continue
        results = [None if stored.get(r.content_hash) or (r.url and stored.get(r.url)) else _extracted(r.text)
                   for r in (item, *item.children)]
        out.append((item, results))
    return out


class _Writer:
    def __init__(self, db: Database, replace: bool, report: IngestReport, fail, on_article, time_limit: float):
        self.db, self.replace, self.report, self.fail, self.on_article = db, replace, report, fail, on_article
        self.ids: dict[int, int] = {}  # id(record) -> stored article id, for children
        self.cache: dict = {}
        self.time_limit = time_limit  # the per-article extraction limit, for the error it reports

    def fail_timed_out(self, rec: ArticleRecord) -> None:
        self.fail(_timed_out(rec, self.time_limit))

    def check(self, batch: list[_Unit]) -> list[_Unit]:
        """Mark stored articles (one read query, never waits for writers); the units to extract."""
        with self.db.session() as s:
            found = existing_articles(s, [u.record for u in batch])
        todo = []
        for u in batch:
            u.hash = u.record.content_hash
            u.existing_id = found.get(u.hash) or (found.get(u.record.url) if u.record.url else None)
            if u.existing_id is None or self.replace:
                todo.append(u)
        return todo

    def write(self, batch: list[_Unit]) -> None:
        try:
            with self.db.session(write=True) as s:
                results = self._write(s, batch)
        except Exception:
            self.cache.clear()  # ids may belong to rows another writer rolled back
            for u in batch:
                self._write_one(u)
        else:
            for u, status, art_id, nq, ns in results:
                self._done(u, status, art_id, nq, ns)
        self.db.refresh_statistics()  # (PostgreSQL: the next batch's look-ups are planned on them)

    def _write(self, s, batch):
        # look again inside the write transaction: a batch checked earlier (or another
        # process) may have stored some of these articles since
        found = existing_articles(s, [u.record for u in batch])
        for u in batch:
            u.existing_id = found.get(u.hash) or (found.get(u.record.url) if u.record.url else None)
        items: dict[int, Item] = {}  # id(record) -> item stored in this batch
        out, seen = [], {}
        for u in batch:
            if u.hash in seen and not self.replace:
                out.append((u, "skipped", None, seen[u.hash]))
                continue
            if u.existing_id is not None and not self.replace:
                out.append((u, "skipped", None, None))
                continue
            quotes = u.quotes if u.quotes is not None else _extract(u.record.text)
            parent_item = items.get(id(u.parent)) if u.parent is not None else None
            parent_id = self.ids.get(id(u.parent)) if u.parent is not None and parent_item is None else None
            it = Item(u.record, quotes, parent_id=parent_id, existing_id=u.existing_id, parent_item=parent_item)
            if u.prepared is not None and u.quotes is quotes:
                it.text_hashes, it.speaker_keys = u.prepared
            items[id(u.record)] = it
            seen[u.hash] = it
            out.append((u, "replaced" if u.existing_id else "added", it, None))
        store_batch(s, list(items.values()), self.cache)
        results = []
        for u, status, it, dup in out:
            if it is not None:
                results.append((u, status, it.article_id, it.n_quotes, it.new_speakers))
            else:
                art = dup.article_id if dup is not None else u.existing_id
                results.append((u, status, art, 0, 0))
        return results

    def _write_one(self, u: _Unit) -> None:
        rec = u.record
        for attempt in range(3):
            try:
                with self.db.session(write=True) as s:
                    found = existing_articles(s, [rec])
                    existing = found.get(rec.content_hash) or (found.get(rec.url) if rec.url else None)
                    if existing is not None and not self.replace:
                        self._done(u, "skipped", existing, 0, 0)
                        return
                    parent_id = self.ids.get(id(u.parent)) if u.parent is not None else None
                    quotes = u.quotes if u.quotes is not None else _extract(rec.text)
                    stored = store_article(s, rec, quotes, parent_id=parent_id, existing_id=existing)
                self._done(u, "replaced" if existing else "added", stored.article_id, stored.quotes,
                           stored.new_speakers)
                return
            except (IntegrityError, OperationalError) as exc:
                # another writer stored the same article, or held the lock too long: look again
                if attempt == 2:
                    self.fail(InputError(rec.source or "<input>", f"could not store after 3 tries: {exc.orig}"))
            except Exception as exc:  # one bad article must not stop the batch
                self.fail(InputError(rec.source or "<input>", f"could not store: {exc.__class__.__name__}: {exc}"))
                return

    def _done(self, u: _Unit, status: str, art_id: int | None, nq: int, ns: int) -> None:
        r = self.report
        if status == "added":
            r.added += 1
        elif status == "replaced":
            r.replaced += 1
        else:
            r.skipped += 1
        if art_id is not None:
            self.ids[id(u.record)] = art_id
            if status != "skipped":
                r.articles.append(art_id)
        r.quotes += nq
        r.speakers += ns
        r.chars += len(u.record.text)
        if self.on_article:
            self.on_article(u.record, status)


@_fewer_collections()
def ingest(
    db: Database,
    paths: Iterable[str],
    *,
    options: ReadOptions | None = None,
    overrides: Overrides | None = None,
    replace: bool = False,
    jobs: int = 1,
    on_error: Callable[[InputError], None] | None = None,
    on_article: Callable[[ArticleRecord, str], None] | None = None,
    time_limit: float = timelimit.DEFAULT_SECONDS,
) -> IngestReport:
    """Read, extract and store ``paths``. An article whose extraction takes longer than
    ``time_limit`` seconds (0: no limit) is reported through ``on_error`` and not stored."""
    with timelimit.limit(time_limit):
        return _ingest(db, paths, options, overrides, replace, jobs, on_error, on_article, time_limit)


def _ingest(db, paths, options, overrides, replace, jobs, on_error, on_article, time_limit) -> IngestReport:
    report = IngestReport()

    lock = threading.Lock()  # (the writer thread reports too)

    def fail(err: InputError) -> None:
        with lock:
            report.failed += 1
            report.errors.append(err)
            if on_error:
                on_error(err)

    writer = _Writer(db, replace, report, fail, on_article, time_limit)
    if jobs > 1:
        # JSON Lines are parsed and cleaned in the workers too: the writing process
        # is the pipeline's bottleneck and should only write
        from dataclasses import replace as _replace

        options = _replace(options or ReadOptions(), defer_jsonl=True)
    batches = _batches(_units(iter_inputs(paths, options), overrides), fail)
    if jobs <= 1:
        # on PostgreSQL this thread extracts while a second one writes the batch before: the
        # server's work runs in its own process while the writer waits without the interpreter
        # lock (7% faster, measured). Not on SQLite: its share that could overlap is small and
        # the two threads' turns at the lock cost more (3-5% slower)
        with _writing_behind(writer, background=db.backend == "postgresql") as write:
            for batch in batches:
                failed = set()
                for u in writer.check(batch):
                    try:
                        u.quotes = _extract(u.record.text)
                    except timelimit.ExtractionTimeout:
                        writer.fail_timed_out(u.record)
                        failed.add(id(u))
                write([u for u in batch if id(u) not in failed] if failed else batch)
        return report

    from concurrent.futures import ProcessPoolExecutor

    url = db.url if _shared_db(db) else None
    inflight: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(url, time_limit)) as pool:
        for batch in batches:
            units = [u for u in batch if isinstance(u, _Unit)]
            lines = [u for u in batch if isinstance(u, PendingLine)]
            todo = writer.check(units) if units else []
            # split the batch's parsing and extraction across the workers
            futs = [(chunk, pool.submit(_extract_many, [u.record.text for u in chunk]))
                    for chunk in (todo[i::jobs] for i in range(jobs)) if chunk]
            line_futs = [(chunk, pool.submit(_parse_extract_many, chunk, replace))
                         for chunk in (lines[i::jobs] for i in range(jobs)) if chunk]
            inflight.append((batch, futs, line_futs))
            while len(inflight) > 2:
                _finish(writer, inflight.popleft(), overrides)
        while inflight:
            _finish(writer, inflight.popleft(), overrides)
    return report


@contextmanager
def _writing_behind(writer: _Writer, background: bool) -> Iterator[Callable[[list[_Unit]], None]]:
    """``write(batch)``: hands the batch to a writer thread, which writes the batches in
    order while the caller extracts the next (at most one batch waits). Leaving the block
    waits for every batch handed over to be written; an error the thread met is raised
    here. ``background=False`` (SQLite, where the second thread measured slower):
    ``writer.write`` itself, in the caller's thread."""
    if not background:
        yield writer.write
        return
    import queue

    pending: queue.Queue = queue.Queue(maxsize=1)
    errors: list[BaseException] = []

    def run() -> None:
        while (batch := pending.get()) is not None:
            if errors:
                continue  # (stopped: the rest is dropped, never half-written)
            try:
                writer.write(batch)
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
                errors.append(exc)

    def write(batch: list[_Unit]) -> None:
        if errors:
            raise errors[0]
        pending.put(batch)

    thread = threading.Thread(target=run, name="quotebank-writer", daemon=True)
    thread.start()
    try:
        yield write
    finally:
        pending.put(None)  # (after the batches handed over: each is written, whole, first)
        thread.join()
    if errors:
        raise errors[0]


def _shared_db(db: Database) -> bool:
    """Can worker processes open this database too? (Not an in-memory SQLite one.)"""
    url = db.engine.url
    return not (url.get_backend_name() == "sqlite" and (url.database or ":memory:") == ":memory:")


def _finish(writer: _Writer, item, overrides: Overrides | None) -> None:
    batch, futs, line_futs = item
    failed = set()
    for chunk, fut in futs:
        for u, res in zip(chunk, fut.result()):
            if res == _TIMED_OUT:
                writer.fail_timed_out(u.record)
                failed.add(id(u))
                continue
            u.quotes, u.prepared = res[0], (res[1], res[2])
    parsed: dict[int, tuple] = {}
    for chunk, fut in line_futs:
        for ln, res in zip(chunk, fut.result()):
            parsed[id(ln)] = res
    units: list[_Unit] = []
    for u in batch:
        if isinstance(u, _Unit):
            if id(u) not in failed:
                units.append(u)
            continue
        rec, results = parsed[id(u)]
        if isinstance(rec, InputError):
            writer.fail(rec)
            continue
        if overrides:
            overrides.apply(rec)
        for r, res in zip((rec, *rec.children), results):
            if res == _TIMED_OUT:
                writer.fail_timed_out(r)
                continue
            unit = _Unit(r, rec if r is not rec else None, hash=r.content_hash)
            if res is not None:
                unit.quotes, unit.prepared = res[0], (res[1], res[2])
            units.append(unit)
    if units:
        writer.write(units)


# ------------------------------------------------------------------ re-extraction
@dataclass
class ReextractReport:
    articles: int = 0
    quotes: int = 0
    missing: list[int] = field(default_factory=list)
    timed_out: list[int] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.articles} article{'' if self.articles == 1 else 's'} re-extracted; {self.quotes} quotes"
        if self.missing:
            text += f"; no article with id {', '.join(map(str, self.missing))}"
        if self.timed_out:
            text += (f"; extraction ran out of time on {', '.join(map(str, self.timed_out))} (kept as they were;"
                     " a larger --extract-timeout, or 0 for none, lets them finish)")
        return text


def outdated_articles(db: Database) -> list[int]:
    """Ids of stored articles that an older extractor (or none) wrote."""
    from sqlalchemy import select

    from .models import Article
    from .queries import by_older_extractor

    with db.session() as s:
        return list(s.scalars(select(Article.id).where(by_older_extractor()).order_by(Article.id)))


@_fewer_collections()
def reextract(db: Database, article_ids: Iterable[int] | None = None, *, every: bool = False,
              batch: int = 200, time_limit: float = timelimit.DEFAULT_SECONDS, jobs: int = 1) -> ReextractReport:
    """Run the current extractor again on stored articles, in place, from the text the
    database holds: the articles given, or all of them with ``every``, else every article
    an older extractor wrote. Each batch is one transaction, taken only to write (the
    extraction runs before it, in ``jobs`` worker processes when more than one); an article
    whose text changed meanwhile (``ingest --replace``) is left to that re-extraction. Human
    corrections (set-speaker, merges) are applied again, as with ``ingest --replace``. An
    article whose extraction takes longer than ``time_limit`` seconds (0: none) keeps its
    quotes and is listed in the report's ``timed_out``."""
    with timelimit.limit(time_limit):
        return _reextract(db, article_ids, every, batch, jobs, time_limit)


def _reextract(db: Database, article_ids: Iterable[int] | None, every: bool, batch: int, jobs: int,
               time_limit: float) -> ReextractReport:
    from sqlalchemy import select

    from .models import Article

    report = ReextractReport()
    if every:
        with db.session() as s:
            ids = list(s.scalars(select(Article.id).order_by(Article.id)))
    elif article_ids is None:
        ids = outdated_articles(db)
    else:
        ids = list(dict.fromkeys(article_ids))

    def read(chunk: list[int]) -> list[tuple[int, str]]:
        with db.session() as s:
            rows = s.execute(select(Article.id, Article.text).where(Article.id.in_(chunk)).order_by(Article.id)).all()
        found = {aid for aid, _ in rows}
        report.missing.extend(aid for aid in chunk if aid not in found)
        return [tuple(r) for r in rows]

    def write(rows: list[tuple[int, str]], results: list) -> None:
        with db.session(write=True) as s:
            now = dict(s.execute(select(Article.id, Article.text).where(Article.id.in_([a for a, _ in rows]))).all())
            items = []
            for (aid, text), res in zip(rows, results):
                if res == _TIMED_OUT:
                    report.timed_out.append(aid)
                elif now.get(aid) == text:  # (else replaced or gone since it was read)
                    it = Item(ArticleRecord(text=text), res[0], existing_id=aid)
                    it.text_hashes, it.speaker_keys = res[1], res[2]
                    items.append(it)
            store_batch(s, items, {})
        report.articles += len(items)
        report.quotes += sum(it.n_quotes for it in items)
        db.refresh_statistics()

    chunks = (ids[i : i + batch] for i in range(0, len(ids), batch))
    if jobs <= 1:
        for chunk in chunks:
            rows = read(chunk)
            write(rows, [_extracted(text) for _, text in rows])
        return report

    from concurrent.futures import ProcessPoolExecutor

    def finish(parts: list[list[tuple[int, str]]], futs: list) -> None:
        write([r for part in parts for r in part], [x for f in futs for x in f.result()])

    inflight: deque = deque()  # (the workers extract the next batches while this process writes)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(None, time_limit)) as pool:
        for chunk in chunks:
            rows = read(chunk)
            parts = [rows[i::jobs] for i in range(jobs)]
            inflight.append((parts, [pool.submit(_extract_many, [t for _, t in part]) for part in parts]))
            while len(inflight) > 2:
                finish(*inflight.popleft())
        while inflight:
            finish(*inflight.popleft())
    return report
