"""A plain, ready-to-paste citation for one quote (the CSL-styled ones are in ``csl``)."""

from __future__ import annotations

from .references import adds_to_name, marked_text


def plain_citation(q: dict) -> str:
    """'"…" — John P Sullivan (senior fellow, Small Wars Journal-El Centro). In "Title",
    The Guardian, 2025-01-24. https://…'"""
    who = q.get("speaker") or "unattributed"
    role = q.get("speaker_role") if adds_to_name(q.get("speaker"), q.get("speaker_role")) else None
    head = f"{marked_text(q)} \u2014 {who}" + (f" ({role})" if role else "")
    src = []
    if q.get("article_title"):
        src.append(f"\u201c{q['article_title']}\u201d")
    if q.get("publication"):
        src.append(q["publication"])
    src.append(q.get("published") or "n.d.")
    tail = ", ".join(src)
    tail += "" if tail.endswith(".") else "."
    if q.get("url"):
        tail += f" {q['url']}"
    return f"{head}. In {tail}"
