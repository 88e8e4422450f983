#!/usr/bin/env python3
"""Export throughput and memory: quotes/s and peak RSS for jsonl and csv.

    python bench/search_bench.py --n 1000000      # builds /tmp/quotebank-bench.db first
    python bench/export_bench.py [--db URL]

Each format runs in a fresh process so peak RSS is its own. Output goes to /dev/null.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _calibrate import cpu_check_line

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import resource, sys, time
sys.path.insert(0, {root!r})
from quotebank.store.db import Database
from quotebank.export.stream import iter_quotes
from quotebank.export.formats import write_csv, write_jsonl
db = Database({url!r})
writer = {{"jsonl": write_jsonl, "csv": write_csv}}[{fmt!r}]
with db.session() as s, open(os.devnull, "w", encoding="utf-8", newline="") as out:
    t = time.perf_counter()
    n = writer(iter_quotes(s), out)
    secs = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{n}} {{secs}} {{rss}}")
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=f"sqlite:///{Path(tempfile.gettempdir()) / 'quotebank-bench.db'}")
    args = ap.parse_args()
    if args.db.startswith("sqlite:///") and not Path(args.db[10:]).exists():
        print(f"skipped: {args.db} does not exist; run bench/search_bench.py first")
        return 0
    print(f"machine: {os.cpu_count()} cores; database {args.db}")
    print(cpu_check_line())
    for fmt in ("jsonl", "csv"):
        code = "import os\n" + CHILD.format(root=str(ROOT), url=args.db, fmt=fmt)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        n, secs, rss = out.split()
        n, secs, rss = int(n), float(secs), float(rss)
        print(f"{fmt:6s} {n:,} quotes in {secs:.1f} s = {n / secs:,.0f} quotes/s; peak RSS {rss:.0f} MB "
              f"(target >= 50,000 quotes/s, flat memory)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
