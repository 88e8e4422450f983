"""Full-text search and "who said that?" over quote text.

Search ranks by bm25 on SQLite FTS5 and ts_rank on PostgreSQL. User input
never reaches a query language unescaped: for FTS5 it is rebuilt from its
words ("phrases" and prefix* kept); on PostgreSQL it goes through
websearch_to_tsquery, or to_tsquery built from bare words.

who-said gathers candidates with the full-text index (every content word,
and word prefixes so that typos still find their quote) and re-ranks them
with rapidfuzz; the score is 0-100 and below ``CONFIDENT`` there is no
confident match.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process, utils
from sqlalchemy import column, func, literal_column, select, table, text as sql
from sqlalchemy.orm import Session

from .filters import QuoteFilter
from .models import Article, Quote
from .queries import quote_rows

CONFIDENT = 72.0
RANK_CAP = 5000  # PostgreSQL: matches ranked at most, for unfiltered queries
_SHORT = {1: 0.3, 2: 0.6, 3: 0.9}  # scale for queries with this many content words
_FTS = table("quotes_fts", column("rowid"))
_TOKEN = re.compile(r'"([^"]*)"|(\w+\*?)', re.UNICODE)
_STOP = frozenset(
    "a an the and or but of to in on at for with by from is are was were be been it its this that these "
    "those he she they we i you his her their our my your as if so not no do does did has have had will "
    "would can could should may might must".split()
)


def fts5_query(q: str) -> str | None:
    """A safe FTS5 MATCH expression: every word quoted, phrases and prefix* kept, AND between."""
    parts = []
    for m in _TOKEN.finditer(q):
        if m.group(1) is not None:
            words = re.findall(r"\w+", m.group(1))
            if words:
                parts.append('"' + " ".join(words) + '"')
        else:
            w = m.group(2)
            star = w.endswith("*")
            w = w.rstrip("*")
            if w:
                parts.append(f'"{w}"' + ("*" if star else ""))
    return " ".join(parts) or None


def _clean(query: str) -> str:
    return query.replace("\x00", " ")  # PostgreSQL text cannot hold NUL


def _ranked_ids(session: Session, where, rank, flt: QuoteFilter | None, limit: int,
                offset: int) -> list[tuple[int, float]]:
    """Quote ids from a full-text condition, best first (higher score better), filters applied."""
    score = rank.label("score")
    stmt = select(Quote.id, score).join(Article, Article.id == Quote.article_id)
    filtered = flt is not None and not flt.is_empty()
    if session.bind.dialect.name == "sqlite":
        stmt = stmt.join(_FTS, _FTS.c.rowid == Quote.id).where(where)
    elif filtered:
        stmt = stmt.where(where)
    else:
        # ts_rank reads every match: for a very common word, rank only the first
        # RANK_CAP matches the GIN index yields, so one word cannot take seconds
        capped = select(Quote.id).where(where).limit(RANK_CAP).scalar_subquery()
        stmt = stmt.where(Quote.id.in_(capped))
    stmt = stmt.order_by(score.desc(), Quote.id)
    if filtered:
        stmt = flt.apply(session, stmt)
    rows = session.execute(stmt.limit(limit).offset(offset))
    return [(int(i), float(s)) for i, s in rows]


def _fts5(match: str):
    return sql("quotes_fts MATCH :m").bindparams(m=match), literal_column("-bm25(quotes_fts)")


def _tsquery(fn: str, config: str, q: str):
    tsv = literal_column("quotes.text_tsv")
    tsq = getattr(func, fn)(literal_column(f"'{config}'::regconfig"), q)
    return tsv.op("@@")(tsq), func.ts_rank(tsv, tsq)


def search_ids(session: Session, query: str, limit: int = 20, offset: int = 0,
               flt: QuoteFilter | None = None) -> list[tuple[int, float]]:
    """(quote id, rank score) best first; higher score is better."""
    query = _clean(query)
    if session.bind.dialect.name == "sqlite":
        match = fts5_query(query)
        if match is None:
            return []
        return _ranked_ids(session, *_fts5(match), flt, limit, offset)
    return _ranked_ids(session, *_tsquery("websearch_to_tsquery", "english", query), flt, limit, offset)


def search(session: Session, query: str, limit: int = 20, offset: int = 0,
           flt: QuoteFilter | None = None) -> list[dict]:
    hits = search_ids(session, query, limit, offset, flt)
    if not hits:
        return []
    rows = {r["id"]: r for r in quote_rows(session, ids=[i for i, _ in hits])}
    return [dict(rows[i], score=round(s, 4)) for i, s in hits if i in rows]


def _fts_ids(session: Session, terms: list[tuple[str, bool]], op: str, flt, limit: int) -> list[int]:
    """Ids matching the terms joined by AND/OR; (term, prefix?) pairs."""
    if not terms:
        return []
    if session.bind.dialect.name == "sqlite":
        match = f" {op} ".join(f'"{t}"' + ("*" if p else "") for t, p in terms)
        hits = _ranked_ids(session, *_fts5(match), flt, limit, 0)
    else:
        joiner = " & " if op == "AND" else " | "
        tsq = joiner.join(re.sub(r"\W", "", t) + (":*" if p else "") for t, p in terms)
        hits = _ranked_ids(session, *_tsquery("to_tsquery", "english", tsq), flt, limit, 0)
    return [i for i, _ in hits]


def _candidate_ids(session: Session, text: str, flt: QuoteFilter | None, limit: int = 100,
                   enough: int = 10) -> list[int]:
    """Candidates in widening steps, each cheap because it starts from the query's longest
    (rarest) words: two of them together, then any of three, then word prefixes for typos."""
    words = sorted({w for w in re.findall(r"\w+", text.casefold()) if w not in _STOP and len(w) > 1},
                   key=lambda w: (-len(w), w))
    if not words:
        return []
    found: dict[int, None] = {}
    steps = [
        ([(w, False) for w in words[:2]], "AND"),
        ([(w, False) for w in words[:4]], "OR"),
        ([(w[:4], True) for w in words[:4] if len(w) > 5] + [(w, False) for w in words[4:6]], "OR"),
    ]
    for terms, op in steps:
        if op == "AND" and len(terms) < 2:
            continue
        for i in _fts_ids(session, terms, op, flt, limit):
            found.setdefault(i)
        if len(found) >= enough:
            break
    return list(found)[: 2 * limit]


def _content_words(processed: str) -> list[str]:
    """The words of a query (after ``utils.default_process``) that are not stop words."""
    return [w for w in processed.split() if w not in _STOP]


def too_short(query: str) -> bool:
    """Whether ``query`` has a word or two only, too few to identify a quote by itself (its
    score is scaled down below the confident mark): ``search`` finds every quote with them."""
    return len(_content_words(utils.default_process(query) or "")) <= 2


def match_score(query: str, quote: str) -> float:
    """0-100: how likely ``quote`` is what the user half-remembers as ``query``.

    Half character alignment (partial_ratio: the query found inside a longer
    quote despite typos), half word coverage (each content word of the query
    found in the quote, fuzzily, in any order). Queries of fewer than four
    content words are scaled down: a word or two cannot identify a quote.
    (Three content words can: "fighting poverty, not an army".)
    Never token_set_ratio alone (a short query would match everything).
    """
    q = utils.default_process(query)
    t = utils.default_process(quote)
    if not q or not t:
        return 0.0
    partial = fuzz.partial_ratio(q, t)
    content = _content_words(q)
    if not content:
        return round(partial * 0.25, 1)
    words = list(set(t.split()))
    found = 0.0
    for w in content:
        hit = process.extractOne(w, words, scorer=fuzz.ratio, score_cutoff=75)
        found += hit[1] / 100 if hit else 0.0
    coverage = 100 * found / len(content)
    score = 0.5 * partial + 0.5 * coverage
    return round(score * _SHORT.get(len(content), 1.0), 1)


def who_said(session: Session, text: str, limit: int = 5, flt: QuoteFilter | None = None) -> list[dict]:
    """Quotes most like ``text``, best first, each with a 0-100 ``score`` and ``confident``."""
    ids = _candidate_ids(session, _clean(text), flt)
    if not ids:
        return []
    rows = quote_rows(session, ids=ids)
    for r in rows:
        r["score"] = match_score(text, r["text"])
        r["confident"] = r["score"] >= CONFIDENT
    rows.sort(key=lambda r: (-r["score"], r["id"]))
    return rows[:limit]
