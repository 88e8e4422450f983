#!/usr/bin/env python3
"""Search, who-said and speaker look-up latency on a database of N quotes.

    python bench/search_bench.py                        # SQLite, 1,000,000 quotes, 100,000 speakers
    python bench/search_bench.py --n 200000
    python bench/search_bench.py --db postgresql+psycopg://postgres@127.0.0.1/qb_bench --n 1000000

The database is built through the real migrations, then filled with bulk
inserts: quote texts are sentences of ../shared/bench/articles.jsonl (or
generated text of the same shape when it is absent). Prints p50/p95 latencies
and the database size per million quotes. A fresh SQLite file is used unless
--keep is given; a PostgreSQL database must exist and is emptied first.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _calibrate import cpu_check_line

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "bench" / "articles.jsonl"
FIRST = "James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Susan Richard Jessica".split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
        "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark").split()


def sentences(n: int, rnd: random.Random):
    out = []
    if CORPUS.exists():
        with open(CORPUS, encoding="utf-8") as f:
            for line in f:
                for s in re.split(r"(?<=[.!?])\s+", json.loads(line)["text"]):
                    if 40 <= len(s) <= 300:
                        out.append(s)
                if len(out) >= n:
                    break
    words = "the minister said plan would not accept deal on trade talks markets rose fell sharply".split()
    while len(out) < min(n, 50_000):
        out.append(" ".join(rnd.choice(words) for _ in range(rnd.randint(8, 30))).capitalize() + ".")
    return out


def build(db, n_quotes: int, n_speakers: int, rnd: random.Random) -> list[str]:
    from sqlalchemy import insert

    from quotebank.ingest import text_hash
    from quotebank.resolve import person_key
    from quotebank.store.models import Article, Publication, Quote, Speaker, SpeakerAlias

    pool = sentences(n_quotes, rnd)
    per_article = 20
    n_articles = n_quotes // per_article
    t0 = time.perf_counter()
    with db.engine.begin() as c:
        c.execute(insert(Publication), [{"id": i + 1, "name": f"Publication {i}"} for i in range(50)])
        spk, ali, seen = [], [], set()
        for i in range(n_speakers):
            name = f"{rnd.choice(FIRST)} {chr(65 + i % 26)} {rnd.choice(LAST)}"
            if name in seen:  # one global speaker per person (a unique index since migration 0004)
                name = f"{name}{i}"
            seen.add(name)
            spk.append({"id": i + 1, "name": name, "name_key": person_key(name), "kind": "person"})
            ali.append({"id": i + 1, "speaker_id": i + 1, "alias": name, "alias_key": person_key(name)})
        c.execute(insert(Speaker), spk)
        c.execute(insert(SpeakerAlias), ali)
    batch = 5000
    qid = 0
    for a0 in range(0, n_articles, batch // per_article):
        arts, quotes = [], []
        for a in range(a0, min(n_articles, a0 + batch // per_article)):
            arts.append({"id": a + 1, "title": f"Article {a}", "text": "x", "content_hash": f"h{a}",
                         "authors": [], "publication_id": a % 50 + 1,
                         "published": None, "extractor_version": "bench"})
            for k in range(per_article):
                qid += 1
                t = pool[qid % len(pool)]
                if qid >= len(pool):
                    t = f"{t} ({qid})"
                quotes.append({"id": qid, "article_id": a + 1, "speaker_id": rnd.randint(1, n_speakers),
                               "text": t, "start": k * 400, "end": k * 400 + len(t), "kind": "direct",
                               "confidence": 0.9, "text_hash": text_hash(t), "corrected": False})
        with db.engine.begin() as c:
            c.execute(insert(Article), arts)
            c.execute(insert(Quote), quotes)
        done = min(n_articles, a0 + batch // per_article) * per_article
        print(f"\r  {done:,} quotes inserted ({time.perf_counter() - t0:.0f} s)", end="", file=sys.stderr)
    print(file=sys.stderr)
    if db.backend == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.exec_driver_sql("VACUUM ANALYZE")
    else:
        with db.engine.begin() as c:
            # bulk-loaded rows bypass quotebank's writer, which indexes each batch it stores
            c.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
            # and the name index, which quotebank's writer fills in the transaction that adds
            # aliases (migration 0008); without it every name look-up found nothing
            c.exec_driver_sql("INSERT INTO speaker_aliases_fts(rowid, alias_key) SELECT id, alias_key FROM speaker_aliases")
            c.exec_driver_sql("ANALYZE")
    print(f"built {qid:,} quotes, {n_speakers:,} speakers in {time.perf_counter() - t0:.0f} s")
    return pool[: min(len(pool), qid)]


def timed(fn, queries) -> tuple[list[float], int]:
    """Milliseconds per query, and how many queries had an answer (a look-up that finds
    nothing is fast for the wrong reason)."""
    out, answered = [], 0
    for q in queries:
        t = time.perf_counter()
        answered += bool(fn(q))
        out.append((time.perf_counter() - t) * 1000)
    return out, answered


def report(name: str, timings: tuple[list[float], int], target: str) -> None:
    ms, answered = timings
    ms = sorted(ms)
    p50 = statistics.median(ms)
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
    print(f"{name:16s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   ({len(ms)} queries, {answered} answered; "
          f"target {target})")


def typo(s: str, rnd: random.Random) -> str:
    i = rnd.randrange(1, max(2, len(s) - 1))
    return s[:i] + s[i + 1:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="SQLAlchemy URL (default: a new SQLite file in a temp folder)")
    ap.add_argument("--n", type=int, default=1_000_000, help="quotes (default 1,000,000)")
    ap.add_argument("--speakers", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--keep", action="store_true", help="reuse an already built database")
    args = ap.parse_args()

    from sqlalchemy import func, select, text

    from quotebank.store import db as dbmod
    from quotebank.store.models import Quote
    from quotebank.store.search import search, who_said
    from quotebank.store.speakers import find_speakers

    rnd = random.Random(7)
    url = args.db or f"sqlite:///{Path(tempfile.gettempdir()) / 'quotebank-bench.db'}"
    if not args.keep:
        if url.startswith("sqlite:///"):
            for suf in ("", "-wal", "-shm"):
                Path(url[10:] + suf).unlink(missing_ok=True)
        else:
            eng = dbmod.make_engine(url)
            with eng.begin() as c:
                c.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            eng.dispose()
    db = dbmod.Database(url)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}; "
          f"backend {db.backend}")
    print(cpu_check_line())
    if args.keep:
        with db.session() as s:
            pool = list(s.scalars(select(Quote.text).limit(50_000)))
    else:
        pool = build(db, args.n, args.speakers, rnd)
    with db.session() as s:
        n = s.scalar(select(func.count()).select_from(Quote))
    if db.backend == "sqlite":
        size = Path(url[10:]).stat().st_size
    else:
        with db.engine.connect() as c:
            size = c.execute(text("SELECT pg_database_size(current_database())")).scalar()
    print(f"database: {n:,} quotes, {size / 1e6:,.0f} MB = {size / 1e6 / max(n, 1) * 1e6:,.0f} MB per million quotes")

    words = [w for s_ in pool[:5000] for w in re.findall(r"[A-Za-z]{5,}", s_)]
    search_q = []
    for i in range(args.queries):
        k = i % 3
        if k == 0:
            search_q.append(rnd.choice(words))
        elif k == 1:
            search_q.append(f"{rnd.choice(words)} {rnd.choice(words)}")
        else:
            ws = re.findall(r"\w+", rnd.choice(pool))
            j = rnd.randrange(max(1, len(ws) - 2))
            search_q.append('"' + " ".join(ws[j:j + 2]) + '"')
    who_q = []
    for _ in range(args.queries // 2):
        ws = rnd.choice(pool).split()
        j = rnd.randrange(max(1, len(ws) - 8))
        frag = ws[j:j + 8]
        frag[rnd.randrange(len(frag))] = typo(frag[rnd.randrange(len(frag))], rnd)
        who_q.append(" ".join(frag))
    spk_q = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"[:-1] for _ in range(args.queries // 2)]
    # a typo in the first letter ("Qmith"): no name shares its prefix, so the aliases are
    # scanned for its three-letter pieces
    scan_q = ["Q" + rnd.choice(LAST)[1:] for _ in range(max(5, args.queries // 20))]

    with db.session() as s:
        search(s, "warm up")
        report("search", timed(lambda q: search(s, q, limit=20), search_q), "p50 <= 20 ms, p95 <= 100 ms")
        report("who-said", timed(lambda q: who_said(s, q, limit=5), who_q), "p50 <= 50 ms")
        report("speakers QUERY", timed(lambda q: find_speakers(s, q, limit=20), spk_q), "p50 <= 20 ms")
        report("speakers QUERY, typo in the first letter",
               timed(lambda q: find_speakers(s, q, limit=20), scan_q), "p50 <= 100 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
