"""Writing one article with its quotes, speakers and affiliations.

Everything for one article happens in the caller's transaction: it lands
whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..extract import EXTRACTOR_VERSION, Quote as QuoteCandidate
from ..ingest import ArticleRecord, content_hash, text_hash
from ..resolve import is_full_name, name_key, org_key
from .models import (
    Affiliation,
    Article,
    Correction,
    Organization,
    Publication,
    Quote,
    Speaker,
    SpeakerAlias,
)

_KINDS = {"person", "organization", "anonymous", "group"}


@dataclass
class Stored:
    article: Article
    quotes: int
    new_speakers: int


def get_publication(session: Session, name: str | None) -> Publication | None:
    if not name:
        return None
    pub = session.scalar(select(Publication).where(Publication.name == name))
    if pub is None:
        pub = Publication(name=name)
        session.add(pub)
        session.flush()
    return pub


def get_organization(session: Session, name: str) -> Organization:
    key = org_key(name)
    org = session.scalar(select(Organization).where(Organization.name_key == key))
    if org is None:
        org = Organization(name=name, name_key=key)
        session.add(org)
        session.flush()
    return org


def find_article(session: Session, record: ArticleRecord) -> Article | None:
    h = content_hash(record.text)
    art = session.scalar(select(Article).where(Article.content_hash == h))
    if art is None and record.url:
        art = session.scalar(select(Article).where(Article.url == record.url))
    return art


def _speaker_for(session: Session, q: QuoteCandidate, article: Article, cache: dict) -> tuple[Speaker | None, bool]:
    """The stored speaker for an extracted quote's speaker; (speaker, created)."""
    if not q.speaker or q.speaker_key is None:
        return None, False
    if q.speaker_key in cache:
        return cache[q.speaker_key], False
    kind = q.speaker_kind if q.speaker_kind in _KINDS else "person"
    key = name_key(q.speaker, kind)
    local = kind in ("anonymous", "group") or (kind == "person" and not is_full_name(q.speaker))
    sp = None
    if not local and key:
        sp = session.scalar(
            select(Speaker)
            .where(Speaker.name_key == key, Speaker.kind == kind, Speaker.article_id.is_(None))
            .order_by(Speaker.id)
            .limit(1)
        )
        if sp is None:
            sp = session.scalar(
                select(Speaker)
                .join(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
                .where(SpeakerAlias.alias_key == key, Speaker.kind == kind, Speaker.article_id.is_(None))
                .order_by(Speaker.id)
                .limit(1)
            )
    created = False
    if sp is None:
        merged_into = cache.get(("merge", key, kind, article.id if local else None))
        if merged_into is None:
            merged_into = cache.get(("merge", key, kind, None))
        sp = session.get(Speaker, merged_into) if merged_into else None
    if sp is None:
        sp = Speaker(name=q.speaker, name_key=key or q.speaker.casefold(), kind=kind,
                     article_id=article.id if local else None)
        session.add(sp)
        session.flush()
        session.add(SpeakerAlias(speaker_id=sp.id, alias=q.speaker[:500], alias_key=(key or q.speaker.casefold())[:500]))
        created = True
    cache[q.speaker_key] = sp
    return sp, created


def store_article(
    session: Session,
    record: ArticleRecord,
    quotes: list[QuoteCandidate],
    *,
    parent: Article | None = None,
    existing: Article | None = None,
) -> Stored:
    """Insert (or, with ``existing``, re-extract in place) one article and its quotes."""
    pub = get_publication(session, record.publication)
    if existing is not None:
        art = existing
        session.query(Quote).filter(Quote.article_id == art.id).delete(synchronize_session=False)
        session.query(Affiliation).filter(Affiliation.article_id == art.id).delete(synchronize_session=False)
        session.query(Speaker).filter(Speaker.article_id == art.id).delete(synchronize_session=False)
        art.extractor_version = EXTRACTOR_VERSION
    else:
        art = Article(
            title=record.title,
            url=record.url,
            authors=list(record.authors or []),
            published=record.published,
            publication_id=pub.id if pub else None,
            language=record.language,
            source=record.source,
            text=record.text,
            content_hash=content_hash(record.text),
            extractor_version=EXTRACTOR_VERSION,
            parent_id=parent.id if parent else None,
        )
        session.add(art)
    session.flush()

    cache: dict = {}
    # speakers a human merged away: re-created mentions go to the speaker they were merged into
    for c in session.scalars(select(Correction).where(Correction.action == "merge_speaker")):
        v = c.value or {}
        if v.get("from_article_id") in (None, art.id):
            cache[("merge", v.get("from_key"), v.get("from_kind"), v.get("from_article_id"))] = v.get("into")
    new_speakers = 0
    described: set = set()
    seen_spans = set()
    n = 0
    for q in quotes:
        if (q.start, q.end) in seen_spans:
            continue
        seen_spans.add((q.start, q.end))
        sp, created = _speaker_for(session, q, art, cache)
        new_speakers += created
        if sp is not None and q.speaker_key not in described and q.speaker_roles:
            described.add(q.speaker_key)
            for r in q.speaker_roles:
                org = get_organization(session, r["organization"]) if r.get("organization") else None
                session.add(Affiliation(
                    speaker_id=sp.id, role=r.get("role"), organization_id=org.id if org else None,
                    qualifier=r.get("qualifier"), place=r.get("place"), description=r.get("description"),
                    article_id=art.id, start=r.get("start"), end=r.get("end"),
                ))
        session.add(Quote(
            article_id=art.id, speaker_id=sp.id if sp else None,
            speaker_mention=(q.speaker_mention or None) and q.speaker_mention[:500],
            speaker_start=q.speaker_start, speaker_end=q.speaker_end,
            speaker_description=q.speaker_description, cue=(q.cue or None) and q.cue[:200],
            cue_start=q.cue_start, cue_end=q.cue_end, text=q.text, start=q.start, end=q.end,
            content_start=q.content_start, content_end=q.content_end, kind=q.kind,
            confidence=float(q.confidence), paragraph=q.paragraph, text_hash=text_hash(q.text),
        ))
        n += 1
    session.flush()
    if existing is not None:
        apply_corrections(session, art)
    return Stored(art, n, new_speakers)


def apply_corrections(session: Session, article: Article) -> None:
    """Re-apply human fixes recorded for this article after re-extraction."""
    fixes = session.scalars(
        select(Correction).where(Correction.article_id == article.id).order_by(Correction.id)
    ).all()
    for c in fixes:
        if c.action != "set_speaker":
            continue
        q = session.scalar(
            select(Quote).where(Quote.article_id == article.id, Quote.start == c.quote_start,
                                Quote.end == c.quote_end)
        )
        sp = session.get(Speaker, c.value.get("speaker_id")) if c.value else None
        if q is not None and sp is not None:
            q.speaker_id = sp.id
            q.corrected = True
