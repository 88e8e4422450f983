"""The ingestion pipeline: read -> extract -> resolve -> store, one transaction an article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable

from sqlalchemy.exc import IntegrityError

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
    errors: list[InputError] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.replaced} replaced, {self.skipped} skipped, "
            f"{self.failed} failed; {self.quotes} quotes, {self.speakers} new speakers"
        )


def ingest(
    db: Database,
    paths: Iterable[str],
    *,
    options: ReadOptions | None = None,
    overrides: Overrides | None = None,
    replace: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    on_article: Callable[[ArticleRecord, str], None] | None = None,
) -> IngestReport:
    report = IngestReport()
    for item in iter_inputs(paths, options):
        if isinstance(item, InputError):
            report.failed += 1
            report.errors.append(item)
            if on_error:
                on_error(item)
            continue
        if overrides:
            overrides.apply(item)
        _ingest_one(db, item, None, replace, report, on_error, on_article)
    return report


def _ingest_one(db, rec: ArticleRecord, parent_id, replace, report, on_error, on_article) -> None:
    try:
        with db.session() as s:
            existing = find_article(s, rec)
            if existing is not None and not replace:
                status = "skipped"
                report.skipped += 1
                art = existing
            else:
                parent = s.get(Article, parent_id) if parent_id else None
                quotes = extract_quotes(rec.text)
                stored = store_article(s, rec, quotes, parent=parent, existing=existing)
                art = stored.article
                report.quotes += stored.quotes
                report.speakers += stored.new_speakers
                if existing is not None:
                    report.replaced += 1
                    status = "replaced"
                else:
                    report.added += 1
                    status = "added"
            art_id = art.id
        report.articles.append(art_id)
    except IntegrityError:
        # another writer stored the same article between our check and insert
        report.skipped += 1
        status = "skipped"
        art_id = None
    except Exception as exc:  # one bad article must not stop the batch
        err = InputError(rec.source or "<input>", f"could not store: {exc.__class__.__name__}: {exc}")
        report.failed += 1
        report.errors.append(err)
        if on_error:
            on_error(err)
        return
    if on_article:
        on_article(rec, status)
    for child in rec.children:
        _ingest_one(db, child, art_id, replace, report, on_error, on_article)
