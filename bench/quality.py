#!/usr/bin/env python3
"""Extraction quality on the annotated PolNeAR sets, scored by ../shared/eval/score.py.

    python bench/quality.py                 # dev set
    python bench/quality.py --split train   # the set to tune on
    python bench/quality.py --pred out.jsonl  # also keep the predictions

Prints end-to-end F1 for the three settings the project reports, and the
extraction speed. Skips (exit 0) with a message when ../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETTINGS = [
    ("direct", "quote", "--kinds direct"),
    ("direct,mixed", "content", "--kinds direct,mixed --span content"),
    ("all", "content", "--kinds all --span content"),
]


def load_scorer():
    spec = importlib.util.spec_from_file_location("qb_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(gold_path: Path, out_path: Path) -> tuple[int, float]:
    sys.path.insert(0, str(ROOT))
    from quotebank.extract.output import extract_record

    n_chars = 0
    t0 = time.perf_counter()
    with open(gold_path, encoding="utf-8") as fin, open(out_path, "w", encoding="utf-8") as fout:
        for line in fin:
            if not line.strip():
                continue
            rec = json.loads(line)
            n_chars += len(rec["text"].encode("utf-8"))
            fout.write(json.dumps(extract_record(rec["doc_id"], rec["text"])) + "\n")
    return n_chars, time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--pred", help="write predictions here")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    gold = EVAL / f"polnear.{args.split}.jsonl"
    if not gold.exists() or not (EVAL / "score.py").exists():
        print(f"skipped: {gold} or the scorer is absent")
        return 0
    pred = Path(args.pred) if args.pred else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    nbytes, secs = predict(gold, pred)
    score = load_scorer()
    gdocs, pdocs = score.load_jsonl(str(gold)), score.load_jsonl(str(pred))
    results = {}
    for kinds, span, label in SETTINGS:
        preds = {k: {**v, "quotes": [dict(q) for q in v["quotes"]]} for k, v in pdocs.items()}
        if span == "content":
            for doc in preds.values():
                for q in doc["quotes"]:
                    q["start"], q["end"] = q["content_start"], q["content_end"]
                    q.pop("text", None)
        ks = None if kinds == "all" else set(kinds.split(","))
        r = score.score(gdocs, preds, ks)
        results[label] = r
        e, d, a = r["end_to_end"], r["detection"], r["attribution"]
        if not args.json:
            print(f"{label:38s} e2e P {e['p']:.3f} R {e['r']:.3f} F1 {e['f1']:.3f}   "
                  f"detection F1 {d['f1']:.3f}  attribution {a['accuracy']:.3f}")
    mbps = nbytes / secs / 1e6
    if args.json:
        print(json.dumps({"split": args.split, "mb_per_s": mbps,
                          "e2e_f1": {k: v["end_to_end"]["f1"] for k, v in results.items()}}))
    else:
        print(f"speed: {nbytes / 1e6:.2f} MB in {secs:.2f} s = {mbps:.2f} MB/s (one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
