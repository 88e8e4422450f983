"""Speaker look-up and human fixes: find, describe, merge, rename, set a quote's speaker.

Every fix is recorded in ``corrections`` so that re-extracting an article
(``ingest --replace``) keeps it.
"""

from __future__ import annotations

import re

from sqlalchemy import func, or_, select, text as sql
from sqlalchemy.orm import Session, aliased

from ..resolve import fuzzy_candidates, name_key, person_key
from .models import Affiliation, Article, Correction, Organization, Publication, Quote, Speaker, SpeakerAlias
from .filters import clean_input
from .queries import quoted_words, speaker_rows
from .writer import index_aliases


class NotFound(LookupError):
    pass


class Ambiguous(LookupError):
    def __init__(self, msg: str, candidates: list[dict]):
        super().__init__(msg)
        self.candidates = candidates


# ------------------------------------------------------------------ look-up
def _candidate_alias_ids(session: Session, query: str, limit: int = 400) -> dict[int, str]:
    """speaker id -> an alias, for aliases sharing a 3-letter (else 2-letter) prefix with a query word."""
    words = [w for w in re.findall(r"[^\W_]+", person_key(query) or query.casefold()) if w]
    if not words:
        return {}
    found = _prefix_candidates(session, words, 3, limit)
    if len(found) < 5:
        found.update(_prefix_candidates(session, words, 2, limit))
    return found


def _first_alias_each(rows) -> dict[int, str]:
    """speaker id -> the first of its aliases among (speaker id, alias) rows."""
    out: dict[int, str] = {}
    for sid, alias in rows:
        out.setdefault(int(sid), alias)
    return out


def _prefix_candidates(session: Session, words: list[str], n: int, limit: int) -> dict[int, str]:
    if session.bind.dialect.name == "sqlite":
        match = " OR ".join(f'"{w[:n]}"*' for w in words)
        rows = session.execute(
            sql("SELECT a.speaker_id, a.alias FROM speaker_aliases_fts f JOIN speaker_aliases a ON a.id = f.rowid "
                "WHERE speaker_aliases_fts MATCH :m LIMIT :l"),
            {"m": match, "l": limit},
        )
    else:
        tsq = " | ".join(re.sub(r"[^\w]", "", w[:n]) + ":*" for w in words)
        rows = session.execute(
            sql("SELECT speaker_id, alias FROM speaker_aliases WHERE alias_tsv @@ to_tsquery('simple', :q) LIMIT :l"),
            {"q": tsq, "l": limit},
        )
    return _first_alias_each(rows)


SPEAKER_CUTOFF = 60.0  # WRatio, 0-100: below it a name is not offered as a match


def _infix_candidates(session: Session, query: str, limit: int = 400) -> dict[int, str]:
    """speaker id -> an alias, for aliases holding two of the three-letter pieces of a query
    word after its first letter: a typo in a name's first letters ("Shumer" for "Schumer")
    shares no prefix with it. One scan of the aliases in the database (LIKE), only when the
    prefix look-up finds nothing."""
    words = [w for w in re.findall(r"[^\W_]+", person_key(query) or query.casefold()) if len(w) >= 4]
    grams = sorted({w[k:k + 3] for w in words for k in range(1, len(w) - 2)})
    if not grams:
        return {}
    hits = " + ".join(f"CASE WHEN alias_key LIKE :g{k} THEN 1 ELSE 0 END" for k in range(len(grams)))
    params = {f"g{k}": f"%{g}%" for k, g in enumerate(grams)}
    rows = session.execute(
        sql(f"SELECT speaker_id, alias FROM speaker_aliases WHERE {hits} >= :need LIMIT :l"),
        {**params, "need": min(2, len(grams)), "l": limit},
    )
    return _first_alias_each(rows)


def find_speakers(session: Session, query: str | None, limit: int = 20, offset: int = 0) -> list[dict]:
    """Speakers like ``query`` (typos allowed), best first, each with a 0-100 ``score``;
    with no query, the most quoted."""
    query = clean_input(query)
    if not query:
        return speaker_rows(session, limit=limit, offset=offset)
    cands = _candidate_alias_ids(session, query)
    scored = fuzzy_candidates(query, cands, limit=limit + offset, cutoff=SPEAKER_CUTOFF)
    if not scored:
        scored = fuzzy_candidates(query, _infix_candidates(session, query), limit=limit + offset,
                                  cutoff=SPEAKER_CUTOFF)
    ids = [sid for sid, _ in scored][offset:]
    rows = {r["id"]: r for r in speaker_rows(session, ids=ids)}
    return [dict(rows[sid], score=round(score, 1)) for sid, score in scored[offset:] if sid in rows]


def get_speaker(session: Session, ref: str) -> Speaker:
    """A speaker by id, or by name (exact key, then alias, then a single confident fuzzy match)."""
    ref = (clean_input(ref) or "").strip()
    if not ref:
        raise NotFound("give a speaker name or id")
    if ref.isdigit():
        sp = session.get(Speaker, int(ref))
        if sp is None:
            raise NotFound(f"no speaker with id {ref}; list them with `quotebank speakers`")
        return sp
    keys = {person_key(ref), name_key(ref, "organization"), ref.casefold()}
    found = session.scalars(
        select(Speaker).outerjoin(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
        .where(or_(Speaker.name_key.in_(keys), SpeakerAlias.alias_key.in_(keys))).distinct()
    ).all()
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise Ambiguous(f"{ref!r} names {len(found)} speakers; give an id",
                        speaker_rows(session, ids=[s.id for s in found]))
    fuzzy = find_speakers(session, ref, limit=5)
    strong = [r for r in fuzzy if r["score"] >= 90]
    if len(strong) == 1:
        return session.get(Speaker, strong[0]["id"])
    if fuzzy:
        raise Ambiguous(f"no speaker is called {ref!r}; did you mean one of these? give an id", fuzzy)
    raise NotFound(f"no speaker is called {ref!r}; list them with `quotebank speakers QUERY`")


def speaker_profile(session: Session, sp: Speaker, samples: int = 5) -> dict:
    """Aliases, roles over time (each with its article), quote counts, first/last quoted, samples."""
    row = speaker_rows(session, ids=[sp.id])[0]
    org = aliased(Organization)
    roles = []
    for aff, oname, art in session.execute(
        select(Affiliation, org.name, Article)
        .outerjoin(org, org.id == Affiliation.organization_id)
        .outerjoin(Article, Article.id == Affiliation.article_id)
        .where(Affiliation.speaker_id == sp.id)
        .order_by(Article.published.is_(None), Article.published, Affiliation.id)
    ):
        roles.append({"role": aff.role, "organization": oname, "qualifier": aff.qualifier, "place": aff.place,
                      "description": aff.description, "article_id": aff.article_id,
                      "article_title": art.title if art else None,
                      "published": art.published.isoformat() if art and art.published else None})
    dates = session.execute(
        select(func.min(Article.published), func.max(Article.published))
        .join(Quote, Quote.article_id == Article.id).where(Quote.speaker_id == sp.id)
    ).one()
    sample_rows = session.execute(
        select(Quote.id, Quote.text, Quote.kind, Quote.start, Quote.fragments, Article.title, Publication.name)
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(Publication, Publication.id == Article.publication_id)
        .where(Quote.speaker_id == sp.id, Quote.kind != "indirect")
        .order_by(Quote.confidence.desc(), Quote.id).limit(samples)
    ).all()
    row.update(
        roles=roles,
        first_quoted=dates[0].isoformat() if dates[0] else None,
        last_quoted=dates[1].isoformat() if dates[1] else None,
        # "quoted": the speaker's own words (a mixed quote's fragments, not the reported clause)
        samples=[{"id": i, "text": t, "quoted": quoted_words(k, t, st, fr), "kind": k, "article_title": at,
                  "publication": p} for i, t, k, st, fr, at, p in sample_rows],
    )
    return row


def ambiguous_speakers(session: Session) -> list[dict]:
    """People stored apart because a match was not certain: a bare surname in one article
    and full names elsewhere that end with it, or full names differing only in a middle name."""
    people = session.execute(
        select(Speaker.id, Speaker.name, Speaker.name_key, Speaker.article_id).where(Speaker.kind == "person")
    ).all()
    by_last: dict[str, list] = {}
    for sid, name, key, art in people:
        toks = key.split()
        if toks:
            by_last.setdefault(toks[-1], []).append((sid, name, key, art))
    out = []
    for last, group in by_last.items():
        full = [g for g in group if len(g[2].split()) >= 2]
        bare = [g for g in group if len(g[2].split()) == 1]
        for b in bare:
            if full:
                out.append({"id": b[0], "name": b[1], "article_id": b[3],
                            "could_be": [{"id": f[0], "name": f[1]} for f in full]})
        seen = {}
        for f in full:
            t = f[2].split()
            seen.setdefault((t[0], t[-1]), []).append(f)
        for (first, _), fs in seen.items():
            if len(fs) > 1:
                out.append({"id": fs[0][0], "name": fs[0][1], "article_id": fs[0][3],
                            "could_be": [{"id": f[0], "name": f[1]} for f in fs[1:]]})
    return out


# ------------------------------------------------------------------ fixes
def _add_alias(session: Session, sp: Speaker, alias: str) -> None:
    key = name_key(alias, sp.kind) or alias.casefold()
    exists = session.scalar(select(SpeakerAlias).where(SpeakerAlias.speaker_id == sp.id, SpeakerAlias.alias == alias))
    if exists is None:
        row = SpeakerAlias(speaker_id=sp.id, alias=alias[:500], alias_key=key[:500])
        session.add(row)
        session.flush()
        index_aliases(session, alias_id=row.id)


def merge_speakers(session: Session, source: Speaker, target: Speaker) -> dict:
    """Fold ``source`` into ``target``: quotes, aliases and roles move; ``source`` goes."""
    if source.id == target.id:
        raise ValueError("a speaker cannot be merged into itself")
    moved = session.query(Quote).filter(Quote.speaker_id == source.id).update(
        {Quote.speaker_id: target.id}, synchronize_session=False)
    session.query(Affiliation).filter(Affiliation.speaker_id == source.id).update(
        {Affiliation.speaker_id: target.id}, synchronize_session=False)
    for a in session.scalars(select(SpeakerAlias).where(SpeakerAlias.speaker_id == source.id)).all():
        _add_alias(session, target, a.alias)
    _add_alias(session, target, source.name)
    session.add(Correction(article_id=None, action="merge_speaker", value={
        "from_id": source.id, "from_name": source.name, "from_key": source.name_key, "from_kind": source.kind,
        "from_article_id": source.article_id, "into": target.id}))
    session.delete(source)
    session.flush()
    return {"merged": source.name, "into": target.name, "into_id": target.id, "quotes_moved": moved}


def rename_speaker(session: Session, sp: Speaker, new_name: str) -> dict:
    new_name = clean_input(new_name).strip()
    if not new_name:
        raise ValueError("a speaker needs a name")
    old = sp.name
    _add_alias(session, sp, old)
    sp.name = new_name
    sp.name_key = name_key(new_name, sp.kind) or new_name.casefold()
    _add_alias(session, sp, new_name)
    session.add(Correction(action="rename_speaker", value={"speaker_id": sp.id, "from": old, "to": new_name}))
    session.flush()
    return {"id": sp.id, "from": old, "to": new_name}


def set_quote_speaker(session: Session, quote_id: int, name_or_id: str) -> dict:
    """Attribute a quote to a speaker (found by id/name, or created as a person)."""
    name_or_id = (clean_input(name_or_id) or "").strip()
    if not name_or_id:
        raise ValueError("give a speaker name or id")
    q = session.get(Quote, quote_id)
    if q is None:
        raise NotFound(f"no quote with id {quote_id}; find it with `quotebank search`")
    try:
        sp = get_speaker(session, name_or_id)
    except NotFound:
        if name_or_id.isdigit():
            raise
        kind = "person"
        key = name_key(name_or_id, kind)
        # a speaker a human names is kept as given, across articles and re-extraction
        sp = Speaker(name=name_or_id, name_key=key, kind=kind, article_id=None)
        session.add(sp)
        session.flush()
        _add_alias(session, sp, name_or_id)
    q.speaker_id = sp.id
    q.corrected = True
    session.add(Correction(article_id=q.article_id, quote_start=q.start, quote_end=q.end, action="set_speaker",
                           value={"speaker_id": sp.id, "name": sp.name, "quote": q.text}))
    session.flush()
    return {"quote_id": q.id, "speaker_id": sp.id, "speaker": sp.name}
