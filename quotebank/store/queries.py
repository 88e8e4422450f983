"""Read queries behind the listing commands; they return plain dicts in the
field shapes of the CLI conventions (see the README)."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from ..extract.version import EXTRACTOR_VERSION
from ..extract.lexicon import nationalities
from .db import Database, current_revision, describe_url, head_revision
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

COUNTED = (
    ("publications", Publication), ("articles", Article), ("speakers", Speaker),
    ("speaker_aliases", SpeakerAlias), ("organizations", Organization),
    ("affiliations", Affiliation), ("quotes", Quote), ("corrections", Correction),
)


def by_older_extractor():
    """Articles whose quotes an older extractor (or none) wrote."""
    return or_(Article.extractor_version.is_(None), Article.extractor_version != EXTRACTOR_VERSION)


def info(db: Database) -> dict:
    with db.session() as s:
        counts = {name: s.scalar(select(func.count()).select_from(model)) for name, model in COUNTED}
        outdated = s.scalar(select(func.count()).select_from(Article).where(by_older_extractor()))
    rev = current_revision(db.engine)
    return {
        "database": describe_url(db.url),
        "backend": db.backend,
        "schema_revision": rev,
        "schema_head": head_revision(),
        "up_to_date": rev == head_revision(),
        "extractor_version": EXTRACTOR_VERSION,
        "articles_by_older_extractor": outdated,  # `quotebank reextract` brings them up to date
        "counts": counts,
    }


def article_rows(session: Session, *, publication: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[dict]:
    qc = (
        select(Quote.article_id, func.count().label("n")).group_by(Quote.article_id).subquery()
    )
    stmt = (
        select(Article, Publication.name, func.coalesce(qc.c.n, 0))
        .outerjoin(Publication, Publication.id == Article.publication_id)
        .outerjoin(qc, qc.c.article_id == Article.id)
        .order_by(Article.id)
        .offset(offset)
    )
    if publication:
        stmt = stmt.where(func.lower(Publication.name) == publication.replace("\x00", "").lower())
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for art, pub, n in session.execute(stmt):
        out.append({
            "id": art.id, "title": art.title, "publication": pub, "url": art.url,
            "authors": list(art.authors or []),
            "published": art.published.isoformat() if art.published else None,
            "quote_count": n, "parent_id": art.parent_id,
        })
    return out


def quote_rows(session: Session, *, article_id: int | None = None, speaker_id: int | None = None,
               kind: str | None = None, limit: int | None = None, offset: int = 0,
               ids: list[int] | None = None, flt=None) -> list[dict]:
    """Stored quotes in article order, with speaker and article; ``flt``: a
    :class:`~quotebank.store.filters.QuoteFilter` (speaker, organisation, publication, dates)."""
    stmt = (
        select(Quote, Speaker.name, Article.title, Publication.name, Article.published, Article.url)
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(Speaker, Speaker.id == Quote.speaker_id)
        .outerjoin(Publication, Publication.id == Article.publication_id)
        .order_by(Quote.article_id, Quote.start)
        .offset(offset)
    )
    if article_id is not None:
        stmt = stmt.where(Quote.article_id == article_id)
    if speaker_id is not None:
        stmt = stmt.where(Quote.speaker_id == speaker_id)
    if kind:
        stmt = stmt.where(Quote.kind == kind)
    if ids is not None:
        stmt = stmt.where(Quote.id.in_(ids))
    if flt is not None:
        stmt = flt.apply(session, stmt)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [quote_dict(*row) for row in session.execute(stmt)]


def quote_detail(session: Session, quote_id: int) -> dict | None:
    """One quote with its paragraph, the speaker's latest role and the article's metadata."""
    rows = quote_rows(session, ids=[quote_id])
    if not rows:
        return None
    row = rows[0]
    q = session.get(Quote, quote_id)
    art = session.get(Article, q.article_id)
    text = art.text
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    pe = len(text) if pe < 0 else pe
    role = None
    if q.speaker_id:
        org = aliased(Organization)
        aff = session.execute(
            select(Affiliation, org.name).outerjoin(org, org.id == Affiliation.organization_id)
            .where(Affiliation.speaker_id == q.speaker_id)
            .order_by(Affiliation.article_id == q.article_id, Affiliation.id)  # this article's roles last
        ).all()
        role = latest_role([{"qualifier": a.qualifier, "role": a.role, "organization": oname, "place": a.place,
                             "article_id": a.article_id} for a, oname in aff])
    row.update(
        paragraph=text[ps:pe], paragraph_start=ps, speaker_mention=q.speaker_mention, speaker_role=role,
        authors=list(art.authors or []), content_start=q.content_start, content_end=q.content_end,
        corrected=q.corrected,
    )
    return row


def role_text(r: dict) -> str:
    """'former law enforcement officer in Los Angeles, LAPD', 'Mexican President', 'formerly CIA'
    from a role dict; '' when it says nothing."""
    role, place = r.get("role"), r.get("place")
    if not role and not r.get("organization"):
        return ""  # "former" alone says nothing
    if not role and r.get("qualifier") == "former":
        return "formerly " + r["organization"]  # "who served in the CIA": not "former, CIA"
    if role and place:  # "Mexican President", "law enforcement officer in Los Angeles"
        role = f"{place} {role}" if place.split()[-1] in nationalities() else f"{role} in {place}"
    what = " ".join(x for x in (r.get("qualifier"), role) if x)
    return ", ".join(x for x in (what, r.get("organization")) if x)


def latest_role(roles: list[dict]) -> str | None:
    """The role the latest article gives (lists run oldest to newest): the first of its roles
    that says something and is not a former one, so a title before the name comes before a
    later appositive ("Senate Majority Leader", not "Democrat in New York"), and "a former
    officer ... and a senior fellow at X" is a senior fellow. Roles without an ``article_id``:
    the last that says something."""
    said = [r for r in roles or [] if role_text(r)]
    if not said:
        return None
    if "article_id" not in said[-1]:
        return role_text(said[-1])
    latest = [r for r in said if r.get("article_id") == said[-1]["article_id"]]
    return role_text(next((r for r in latest if r.get("qualifier") != "former"), latest[0]))


def quoted_words(kind: str, text: str, start: int, fragments: list | None) -> list[str]:
    """The verbatim words of a quote: a direct quote's text, a mixed quote's fragments
    (its text is the whole reported clause), none for indirect speech."""
    if kind == "indirect":
        return []
    if kind == "mixed" and fragments:
        return [text[s - start : e - start] for s, e in fragments]
    return [text]


def quote_dict(q: Quote, speaker, title, pub, published, url) -> dict:
    return {
        "id": q.id, "text": q.text, "quoted": quoted_words(q.kind, q.text, q.start, q.fragments),
        "kind": q.kind, "speaker": speaker, "speaker_id": q.speaker_id,
        "speaker_description": q.speaker_description, "cue": q.cue, "article_id": q.article_id,
        "article_title": title, "publication": pub,
        "published": published.isoformat() if published else None, "url": url,
        "start": q.start, "end": q.end, "confidence": q.confidence,
    }


def speaker_rows(session: Session, *, limit: int | None = None, offset: int = 0,
                 ids: list[int] | None = None) -> list[dict]:
    counted = select(Quote.speaker_id, func.count().label("n"))
    if ids is not None:
        counted = counted.where(Quote.speaker_id.in_(ids))  # count only what is asked for
    qc = counted.group_by(Quote.speaker_id).subquery()
    stmt = (
        select(Speaker, func.coalesce(qc.c.n, 0))
        .outerjoin(qc, qc.c.speaker_id == Speaker.id)
        .order_by(func.coalesce(qc.c.n, 0).desc(), Speaker.id)
        .offset(offset)
    )
    if ids is not None:
        stmt = stmt.where(Speaker.id.in_(ids))
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    sids = [sp.id for sp, _ in rows]
    aliases: dict[int, list[str]] = {i: [] for i in sids}
    roles: dict[int, list[dict]] = {i: [] for i in sids}
    if sids:
        for a in session.scalars(select(SpeakerAlias).where(SpeakerAlias.speaker_id.in_(sids))):
            aliases[a.speaker_id].append(a.alias)
        org = aliased(Organization)
        for aff, oname in session.execute(
            select(Affiliation, org.name).outerjoin(org, org.id == Affiliation.organization_id)
            .where(Affiliation.speaker_id.in_(sids)).order_by(Affiliation.id)
        ):
            roles[aff.speaker_id].append({
                "role": aff.role, "organization": oname, "qualifier": aff.qualifier, "place": aff.place,
                "description": aff.description, "article_id": aff.article_id,
            })
    return [
        {"id": sp.id, "name": sp.name, "kind": sp.kind, "aliases": aliases[sp.id],
         "quote_count": n, "roles": roles[sp.id],
         # the article a local speaker belongs to (an anonymous source, a bare surname, "Finance
         # Ministry"), which tells apart speakers of one name; null for those shared by all
         "article_id": sp.article_id}
        for sp, n in rows
    ]
