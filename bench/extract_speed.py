#!/usr/bin/env python3
"""Extraction throughput (MB of article text per second, one core) and linearity.

    python bench/extract_speed.py [--limit N]

Uses ../shared/bench/articles.jsonl when present, else a generated corpus of
the same shape. Also times 1 MB of nothing but quote marks and apostrophes.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from pathlib import Path

from _calibrate import cpu_check_line

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "bench" / "articles.jsonl"


def texts(limit: int):
    if CORPUS.exists():
        with open(CORPUS, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if n >= limit:
                    break
                yield json.loads(line)["text"]
    else:
        rnd = random.Random(1)
        words = "the plan said minister would not accept a deal on trade and talks went on".split()
        for _ in range(limit):
            paras = []
            for _ in range(8):
                s = " ".join(rnd.choice(words) for _ in range(30))
                paras.append(f'"{s.capitalize()}," said Jane Doe, a spokeswoman. {s}.')
            yield "\n\n".join(paras)


def main() -> int:
    from quotebank.extract import extract_quotes

    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3,
                    help="passes over the corpus; the best and the median are printed (shared VMs vary)")
    args = ap.parse_args()
    docs = list(texts(args.limit))
    nbytes = sum(len(t.encode("utf-8")) for t in docs)
    times = []
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        nq = sum(len(extract_quotes(t)) for t in docs)
        times.append(time.perf_counter() - t0)
    times.sort()
    best, median = times[0], times[len(times) // 2]
    print(f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}")
    print(cpu_check_line())
    print(f"corpus: {'shared bench' if CORPUS.exists() else 'generated'}, {len(docs)} articles, "
          f"{nbytes / 1e6:.2f} MB, {nq} quotes")
    print(f"extract, {len(times)} passes: best {best:.2f} s = {nbytes / best / 1e6:.2f} MB/s, "
          f"median {median:.2f} s = {nbytes / median / 1e6:.2f} MB/s (one core)")
    for name, unit in (("quote marks", "'\"\u2019 "), ("apostrophes", "it's cartels' '90s ")):
        adv = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        t0 = time.perf_counter()
        extract_quotes(adv)
        print(f"1 MB of {name}: {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
