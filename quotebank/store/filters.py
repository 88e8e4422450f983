"""Quote filters shared by search, who-said and export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..resolve import org_key
from .models import Affiliation, Article, Organization, Publication, Quote


def clean_input(value: str | None) -> str | None:
    """User text bound for SQL: PostgreSQL cannot hold NUL characters in text."""
    return value.replace("\x00", "") if isinstance(value, str) else value


class FilterError(ValueError):
    """A filter that matches nothing the user could have meant (e.g. an unknown speaker)."""


@dataclass
class QuoteFilter:
    speaker: str | None = None  # name (fuzzy) or id
    org: str | None = None  # organisation name (any speaker affiliated with it)
    publication: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    kind: str | None = None
    article: int | None = None

    def __post_init__(self) -> None:
        self.speaker, self.org, self.publication = map(clean_input, (self.speaker, self.org, self.publication))

    def is_empty(self) -> bool:
        return not any((self.speaker, self.org, self.publication, self.since, self.until, self.kind, self.article))

    def speaker_ids(self, session: Session) -> list[int] | None:
        if not self.speaker:
            return None
        from .speakers import find_speakers

        if self.speaker.isdigit():
            return [int(self.speaker)]
        found = find_speakers(session, self.speaker, limit=10)
        best = [r["id"] for r in found if r["score"] >= max(85.0, found[0]["score"] - 5)] if found else []
        if not best:
            raise FilterError(f"no speaker like {self.speaker!r}; look them up with `quotebank speakers QUERY`")
        return best

    def apply(self, session: Session, stmt: Select) -> Select:
        """Add WHERE clauses to a statement that selects from ``quotes`` joined to ``articles``."""
        ids = self.speaker_ids(session)
        if ids is not None:
            stmt = stmt.where(Quote.speaker_id.in_(ids))
        if self.org:
            key = org_key(self.org)
            orgs = select(Organization.id).where(
                (Organization.name_key == key) | Organization.name_key.like(f"%{_like(key)}%", escape="\\")
            )
            speakers = select(Affiliation.speaker_id).where(Affiliation.organization_id.in_(orgs))
            stmt = stmt.where(Quote.speaker_id.in_(speakers))
        if self.publication:
            pubs = select(Publication.id).where(func.lower(Publication.name) == self.publication.lower())
            stmt = stmt.where(Article.publication_id.in_(pubs))
        if self.since:
            stmt = stmt.where(Article.published >= self.since)
        if self.until:
            stmt = stmt.where(Article.published <= self.until)
        if self.kind:
            stmt = stmt.where(Quote.kind == self.kind)
        if self.article:
            stmt = stmt.where(Quote.article_id == self.article)
        return stmt


def _like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
