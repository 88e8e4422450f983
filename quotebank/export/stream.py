"""Streaming quote rows for export: constant memory, stable order (by quote id)."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.filters import QuoteFilter
from ..store.models import Article, Publication, Quote, Speaker
from ..store.queries import quoted_words

FIELDS = ("id", "text", "quoted", "kind", "speaker", "speaker_id", "speaker_description", "cue", "article_id",
          "article_title", "publication", "published", "url", "start", "end", "confidence")
EXTRA = ("authors",)


def iter_quotes(session: Session, flt: QuoteFilter | None = None, *, limit: int | None = None,
                offset: int = 0, batch: int = 5000) -> Iterator[dict]:
    """Quote dicts (the CLI's quote fields plus ``authors``), ordered by id, fetched in batches."""
    stmt = (
        select(Quote.id, Quote.text, Quote.fragments, Quote.kind, Speaker.name, Quote.speaker_id, Quote.speaker_description,
               Quote.cue, Quote.article_id, Article.title, Publication.name, Article.published, Article.url,
               Quote.start, Quote.end, Quote.confidence, Article.authors)
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(Speaker, Speaker.id == Quote.speaker_id)
        .outerjoin(Publication, Publication.id == Article.publication_id)
        .order_by(Quote.id)
    )
    if flt is not None and not flt.is_empty():
        stmt = flt.apply(session, stmt)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    names = FIELDS + EXTRA
    result = session.execute(stmt.execution_options(yield_per=batch))
    for row in result:
        d = dict(zip(names, row))
        pub = d["published"]
        d["published"] = pub.isoformat() if isinstance(pub, dt.date) else pub
        d["authors"] = list(d["authors"] or [])
        d["quoted"] = quoted_words(d["kind"], d["text"], d["start"], d["quoted"])
        yield d
