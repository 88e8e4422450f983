"""Full-text search over quote text: bm25 on SQLite FTS5, ts_rank on PostgreSQL.

User input never reaches the query language unescaped: on SQLite it is
rebuilt from its words ("phrases" and prefix* kept), on PostgreSQL it goes
through websearch_to_tsquery.
"""

from __future__ import annotations

import re

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from .queries import quote_rows

_TOKEN = re.compile(r'"([^"]*)"|(\w+\*?)', re.UNICODE)


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


def search_ids(session: Session, query: str, limit: int = 20, offset: int = 0) -> list[tuple[int, float]]:
    """(quote id, rank score) best first; higher score is better."""
    query = query.replace("\x00", " ")  # PostgreSQL text cannot hold NUL
    if session.bind.dialect.name == "sqlite":
        match = fts5_query(query)
        if match is None:
            return []
        rows = session.execute(
            sql("SELECT rowid, -bm25(quotes_fts) AS score FROM quotes_fts WHERE quotes_fts MATCH :m "
                "ORDER BY bm25(quotes_fts) LIMIT :l OFFSET :o"),
            {"m": match, "l": limit, "o": offset},
        )
    else:
        rows = session.execute(
            sql("SELECT id, ts_rank(text_tsv, websearch_to_tsquery('english', :q)) AS score FROM quotes "
                "WHERE text_tsv @@ websearch_to_tsquery('english', :q) ORDER BY score DESC, id LIMIT :l OFFSET :o"),
            {"q": query, "l": limit, "o": offset},
        )
    return [(int(i), float(s)) for i, s in rows]


def search(session: Session, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
    hits = search_ids(session, query, limit, offset)
    if not hits:
        return []
    rows = {r["id"]: r for r in quote_rows(session, ids=[i for i, _ in hits])}
    return [dict(rows[i], score=round(s, 4)) for i, s in hits if i in rows]
