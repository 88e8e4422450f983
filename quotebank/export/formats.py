"""Streaming writers for the data formats: json (one array), jsonl, csv (RFC 4180).

Each takes an iterable of dicts and a text stream and writes as it goes, so
memory stays flat however many rows there are.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable, Sequence

from .references import credit_description, display_text


def _cell(v):
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return "" if v is None else v


def write_json(rows: Iterable[dict], out: IO[str]) -> int:
    n = 0
    out.write("[")
    for row in rows:
        out.write(",\n  " if n else "\n  ")
        out.write(json.dumps(row, ensure_ascii=False, default=str))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str))
        out.write("\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict], out: IO[str], columns: Sequence[str] | None = None) -> int:
    it = iter(rows)
    first = next(it, None)
    cols = list(columns or (first.keys() if first else []))
    w = csv.writer(out, lineterminator="\r\n")
    if cols:
        w.writerow(cols)
    n = 0
    if first is not None:
        w.writerow([_cell(first.get(c)) for c in cols])
        n = 1
    for row in it:
        w.writerow([_cell(row.get(c)) for c in cols])
        n += 1
    return n


def write_markdown(rows: Iterable[dict], out: IO[str]) -> int:
    """Each quote as a block quote with its speaker and source underneath."""
    n = 0
    for q in rows:
        text = _md(display_text(q))
        if q.get("kind") == "indirect":  # not the speaker's words: never shown as a quotation
            text = "*Paraphrase:* " + text
        who = q.get("speaker") or "unattributed"
        desc = credit_description(q)
        src = ", ".join(x for x in (f"*{_md(q['article_title'])}*" if q.get("article_title") else None,
                                    _md(q.get("publication") or ""), q.get("published") or "n.d.") if x)
        link = f" <{q['url']}>" if q.get("url") else ""
        end = "" if src.endswith(".") else "."
        out.write(f"> {text}\n>\n> \u2014 **{_md(who)}**" + (f", {_md(desc)}" if desc else "")
                  + f". {src}{end}{link} (quote {q['id']}, {q['kind']})\n\n")
        n += 1
    return n


def _md(s: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>|#" else ch for ch in s)


WRITERS = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv}
