"""SQLAlchemy 2.0 models: the relational shape of quotebank.

Every constraint has a stable name (see ``NAMING``) so that migrations can
refer to it on SQLite (batch mode) and PostgreSQL alike. ON DELETE rules are
deliberate:

* deleting an article deletes its quotes, the affiliations it states, its
  corrections and the anonymous speakers local to it (CASCADE); pieces split
  out of it keep existing but lose the link (SET NULL);
* deleting a speaker keeps the quotes, which become unattributed (SET NULL);
* deleting a publication or organization keeps what referred to it (SET NULL).

The schema is created and changed only by the Alembic migrations in
``migrations/``; these models must agree with them (a test checks).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SPEAKER_KINDS = ("person", "organization", "anonymous", "group")
QUOTE_KINDS = ("direct", "mixed", "indirect")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Publication(Base):
    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    domain: Mapped[str | None] = mapped_column(String(255))

    articles: Mapped[list[Article]] = relationship(back_populates="publication")


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2048), unique=True)
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    publication_id: Mapped[int | None] = mapped_column(
        ForeignKey("publications.id", ondelete="SET NULL"), index=True
    )
    language: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )

    publication: Mapped[Publication | None] = relationship(back_populates="articles")
    quotes: Mapped[list[Quote]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    parent: Mapped[Article | None] = relationship(remote_side=[id])


class Speaker(Base):
    __tablename__ = "speakers"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('person', 'organization', 'anonymous', 'group')", name="kind"
        ),
        # one global record per person/organisation; article-local ones may repeat
        Index("uq_speakers_global_name_key_kind", "name_key", "kind", unique=True,
              sqlite_where=text("article_id IS NULL"), postgresql_where=text("article_id IS NULL")),
        # only article-local speakers (migration 0009): global ones are found by the index
        # above, and SQLite would otherwise read them all through this one
        Index("ix_speakers_article_id", "article_id",
              sqlite_where=text("article_id IS NOT NULL"), postgresql_where=text("article_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    # normalised name used for matching across articles (see quotebank.resolve)
    name_key: Mapped[str] = mapped_column(String(500), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="person")
    # anonymous sources are local to the article that describes them
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )
    quotes: Mapped[list[Quote]] = relationship(back_populates="speaker")


class SpeakerAlias(Base):
    __tablename__ = "speaker_aliases"
    __table_args__ = (UniqueConstraint("speaker_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(500))
    alias_key: Mapped[str] = mapped_column(String(500), index=True)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    name_key: Mapped[str] = mapped_column(String(500), unique=True)


class Affiliation(Base):
    __tablename__ = "affiliations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(500))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    qualifier: Mapped[str | None] = mapped_column(String(32))
    place: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)

    speaker: Mapped[Speaker] = relationship(back_populates="affiliations")
    organization: Mapped[Organization | None] = relationship()


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "start", "end"),
        CheckConstraint("kind IN ('direct', 'mixed', 'indirect')", name="kind"),
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence"),
        Index("ix_quotes_speaker_article", "speaker_id", "article_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # look-ups by article use the unique (article_id, start, end) index
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL")
    )
    speaker_mention: Mapped[str | None] = mapped_column(String(500))
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    speaker_description: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(String(200))
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    content_start: Mapped[int | None] = mapped_column(Integer)
    content_end: Mapped[int | None] = mapped_column(Integer)
    # a mixed quote spans its reported clause; these are its quoted words,
    # [[start, end], ...] in article offsets (migration 0007). None for other kinds.
    fragments: Mapped[list | None] = mapped_column(JSON)
    kind: Mapped[str] = mapped_column(String(10), index=True)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    paragraph: Mapped[int | None] = mapped_column(Integer)
    # hash of the normalised quoted words (a mixed quote's fragments): groups the same
    # quote across articles
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    corrected: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    article: Mapped[Article] = relationship(back_populates="quotes")
    speaker: Mapped[Speaker | None] = relationship(back_populates="quotes")


class Correction(Base):
    """A human edit. Quote-level edits locate their quote by article and span,
    so they survive re-extraction of the article (``ingest --replace``)."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    quote_start: Mapped[int | None] = mapped_column(Integer)
    quote_end: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


# Search indexes that migrations manage outside these models (FTS5 tables on
# SQLite, generated tsvector columns on PostgreSQL): schema comparison skips them.
MIGRATION_ONLY_TABLES = ("quotes_fts", "speaker_aliases_fts")
MIGRATION_ONLY_NAMES = frozenset(("text_tsv", "ix_quotes_text_tsv", "alias_tsv", "ix_speaker_aliases_alias_tsv"))


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic filter: what the models describe, less the migration-only search indexes."""
    if type_ == "table" and name and (name.startswith(MIGRATION_ONLY_TABLES) or name == "sqlite_stat1"):
        return False
    if type_ in ("column", "index") and name in MIGRATION_ONLY_NAMES:
        return False
    return True
