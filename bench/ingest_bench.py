#!/usr/bin/env python3
"""End-to-end ingest throughput: read, extract, resolve, store and index.

    python bench/ingest_bench.py                       # SQLite, --jobs 1 and 2, 5,000 articles
    python bench/ingest_bench.py --limit 0             # the whole shared corpus (21k articles)
    python bench/ingest_bench.py --db postgresql+psycopg://postgres@127.0.0.1/qb_ingest

Reads ../shared/bench/articles.jsonl (or generates a corpus of the same shape),
writes the chosen number of articles to a temporary JSON Lines file, and runs
`quotebank ingest` on it in a fresh process per setting, so peak RSS is that
run's own. Prints articles/s, MB/s of article text and peak RSS, and where the CPU
time went: the ingest (its worker processes included) and, on Linux, everything else
the machine ran meanwhile (a local PostgreSQL server's share is most of it). With two
cores, `--jobs 2` can be no faster than all of that CPU time shared between them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _calibrate import cpu_check_line

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "bench" / "articles.jsonl"


def corpus(limit: int, path: Path) -> tuple[int, int]:
    n = chars = 0
    with open(path, "w", encoding="utf-8") as out:
        if CORPUS.exists():
            with open(CORPUS, encoding="utf-8") as f:
                for line in f:
                    if limit and n >= limit:
                        break
                    rec = json.loads(line)
                    out.write(line)
                    n += 1
                    chars += len(rec["text"].encode("utf-8"))
        else:
            rnd = random.Random(3)
            words = "the minister said plan would not accept a deal on trade talks went on".split()
            for i in range(limit or 20000):
                paras = [f'"{" ".join(rnd.choice(words) for _ in range(25)).capitalize()}," said Jane Doe{i % 500}.'
                         for _ in range(6)]
                text = f"Story {i}\n" + "\n".join(paras)
                out.write(json.dumps({"id": i, "title": f"Story {i}", "text": text}) + "\n")
                n += 1
                chars += len(text.encode("utf-8"))
    return n, chars


def fresh(url: str | None, tmp: Path, tag: str) -> str:
    if not url:
        return f"sqlite:///{tmp / f'ingest-{tag}.db'}"
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = url.replace("postgresql://", "postgresql+psycopg://")
    target = make_url(url)
    # the benchmark database is created on first use (on the server's "postgres" database)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        if not c.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %s", (target.database,)).first():
            c.exec_driver_sql(f'CREATE DATABASE "{target.database}"')
    eng = create_engine(url)
    with eng.begin() as c:
        c.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    eng.dispose()
    # each run starts with the server's buffers written out, so that a run does not pay for
    # flushing the previous run's writes (needs a superuser or pg_checkpoint; skipped otherwise)
    try:
        with admin.connect() as c:
            c.exec_driver_sql("CHECKPOINT")
    except Exception as exc:  # noqa: BLE001 - a benchmark nicety, not a requirement
        print(f"(no CHECKPOINT before the run: {exc.__class__.__name__})")
    admin.dispose()
    return url


def _busy_seconds() -> float | None:
    """CPU seconds the whole machine has spent busy (Linux: /proc/stat), or None."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _cpu(usage) -> float:
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="PostgreSQL URL (default: SQLite files in a temp folder)")
    ap.add_argument("--limit", type=int, default=5000, help="articles (0 = all)")
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="qb-ingest-"))
    src = tmp / "articles.jsonl"
    n, chars = corpus(args.limit, src)
    print(f"machine: {os.cpu_count()} cores; corpus {'shared' if CORPUS.exists() else 'generated'}: "
          f"{n:,} articles, {chars / 1e6:.1f} MB; backend {'postgresql' if args.db else 'sqlite'}")
    print(cpu_check_line())
    qb = [sys.executable, "-m", "quotebank"]
    base = None
    for jobs in [int(j) for j in args.jobs.split(",")]:
        url = fresh(args.db, tmp, str(jobs))
        t = time.perf_counter()
        usage0, busy0 = resource.getrusage(resource.RUSAGE_CHILDREN), _busy_seconds()
        before = usage0.ru_maxrss
        r = subprocess.run(qb + ["--db", url, "ingest", str(src), "--jobs", str(jobs)],
                           capture_output=True, text=True, cwd=ROOT)
        secs = time.perf_counter() - t
        usage1, busy1 = resource.getrusage(resource.RUSAGE_CHILDREN), _busy_seconds()
        rss = usage1.ru_maxrss / 1024
        ours = _cpu(usage1) - _cpu(usage0)
        cpu = f"CPU {ours:.1f} s in the ingest"
        if busy0 is not None and busy1 is not None:
            cpu += f", {max(0.0, busy1 - busy0 - ours):.1f} s elsewhere"
        if r.returncode != 0 or " 0 failed" not in r.stderr:
            print(f"ingest failed (exit {r.returncode}):\n{r.stderr[-2000:]}")
            return 1
        summary = r.stderr.strip().splitlines()[-1]
        mbps = chars / secs / 1e6
        base = base or mbps
        note = "" if jobs == 1 else f"  ({mbps / base:.2f}x --jobs 1)"
        print(f"--jobs {jobs}: {n / secs:,.0f} articles/s, {mbps:.2f} MB/s, {secs:.1f} s; "
              f"peak RSS {rss:.0f} MB{'' if before == 0 else ' (max over runs so far)'}{note}\n"
              f"    {cpu}\n    {summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
