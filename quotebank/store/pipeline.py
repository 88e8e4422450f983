"""The ingestion pipeline: read -> extract -> resolve -> store, one transaction an article.

With ``jobs > 1`` extraction runs in worker processes while this process
writes, in input order, so the database sees one writer and results are
deterministic. At most a few articles per worker are in flight, so memory
stays flat whatever the batch size.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from sqlalchemy.exc import IntegrityError

from ..extract import Quote as QuoteCandidate
from ..extract import extract_quotes
from ..ingest import ArticleRecord, InputError, ReadOptions, iter_inputs
from .db import Database
from .models import Article
from .writer import find_article, store_article


@dataclass
class Overrides:
    title: str | None = None
    publication: str | None = None
    url: str | None = None
    published: dt.date | None = None
    authors: list[str] | None = None

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
    bytes: int = 0
    errors: list[InputError] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.replaced} replaced, {self.skipped} skipped, "
            f"{self.failed} failed; {self.quotes} quotes, {self.speakers} new speakers"
        )


@dataclass
class _Unit:
    record: ArticleRecord
    parent: ArticleRecord | None
    existing_id: int | None = None
    quotes: list[QuoteCandidate] | None = None


def _units(items: Iterable, overrides: Overrides | None) -> Iterator[_Unit | InputError]:
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        if overrides:
            overrides.apply(item)
        yield _Unit(item, None)
        for child in item.children:
            yield _Unit(child, item)


def _extract(text: str) -> list[QuoteCandidate]:
    return extract_quotes(text)


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
) -> IngestReport:
    report = IngestReport()
    ids: dict[int, int] = {}  # id(parent record) -> stored article id

    def fail(err: InputError) -> None:
        report.failed += 1
        report.errors.append(err)
        if on_error:
            on_error(err)

    def write(unit: _Unit) -> None:
        parent_id = ids.get(id(unit.parent)) if unit.parent is not None else None
        status, art_id = _store(db, unit, parent_id, replace, report, fail)
        if art_id is not None:
            ids[id(unit.record)] = art_id
        report.bytes += len(unit.record.text)
        if on_article and status:
            on_article(unit.record, status)

    stream = _units(iter_inputs(paths, options), overrides)
    if jobs <= 1:
        for unit in stream:
            if isinstance(unit, InputError):
                fail(unit)
                continue
            if _needs_extraction(db, unit, replace):
                unit.quotes = _extract(unit.record.text)
            write(unit)
        return report

    from concurrent.futures import ProcessPoolExecutor

    window: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for unit in stream:
            if isinstance(unit, InputError):
                fail(unit)
                continue
            fut = pool.submit(_extract, unit.record.text) if _needs_extraction(db, unit, replace) else None
            window.append((unit, fut))
            while len(window) > 4 * jobs:
                _drain_one(window, write)
        while window:
            _drain_one(window, write)
    return report


def _drain_one(window: deque, write) -> None:
    unit, fut = window.popleft()
    if fut is not None:
        unit.quotes = fut.result()
    write(unit)


def _needs_extraction(db: Database, unit: _Unit, replace: bool) -> bool:
    with db.session() as s:
        art = find_article(s, unit.record)
        unit.existing_id = art.id if art is not None else None
    return unit.existing_id is None or replace


def _store(db: Database, unit: _Unit, parent_id, replace, report, fail) -> tuple[str | None, int | None]:
    rec = unit.record
    try:
        with db.session() as s:
            existing = find_article(s, rec)
            if existing is not None and not replace:
                report.skipped += 1
                return "skipped", existing.id
            quotes = unit.quotes if unit.quotes is not None else _extract(rec.text)
            parent = s.get(Article, parent_id) if parent_id else None
            stored = store_article(s, rec, quotes, parent=parent, existing=existing)
            art_id = stored.article.id
        report.quotes += stored.quotes
        report.speakers += stored.new_speakers
        if existing is not None:
            report.replaced += 1
            status = "replaced"
        else:
            report.added += 1
            status = "added"
        report.articles.append(art_id)
        return status, art_id
    except IntegrityError:
        # another writer stored the same article between our check and our insert
        report.skipped += 1
        return "skipped", None
    except Exception as exc:  # one bad article must not stop the batch
        fail(InputError(rec.source or "<input>", f"could not store: {exc.__class__.__name__}: {exc}"))
        return None, None
