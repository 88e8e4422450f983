"""Reference-manager formats: BibTeX, RIS and CSL-JSON, one entry per quote citing its article.

Each entry is a newspaper article (title, publication as container, authors,
date, URL, access date) and carries the quote with its speaker and the
speaker's description in the field the format offers for notes. Keys are
stable and unique: ``qb`` + the quote id.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import IO, Iterable

_BIB_ESCAPE = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$", "#": r"\#",
    "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}


def cite_key(q: dict) -> str:
    return f"qb{q['id']}"


def display_text(q: dict) -> str:
    """The quote's words for display: one line, without the comma that led into 'he said'.
    A mixed quote shows only its quoted words, joined by an ellipsis."""
    words = q.get("quoted") if q.get("kind") == "mixed" else None
    text = " \u2026 ".join(words) if words else q["text"]
    return " ".join(text.split()).rstrip(",;:")


def marked_text(q: dict) -> str:
    """The words in quotation marks, or, for indirect speech, the reported clause as a
    paraphrase (never in quotation marks: they are not the speaker's words)."""
    if q.get("kind") == "indirect":
        return f"[paraphrase] {display_text(q)}"
    return f"\u201c{display_text(q)}\u201d"


def _folded(s: str) -> str:
    """Case and spacing folded, a leading article dropped: "A senior official" -> "senior official"."""
    s = " ".join(s.casefold().split())
    for art in ("a ", "an ", "the "):
        if s.startswith(art):
            return s[len(art):]
    return s


def adds_to_name(name: str | None, words: str | None) -> bool:
    """Whether a description or role says more than the speaker's name: an anonymous source
    is named by its description ("A senior White House official"), which is then not
    repeated after it."""
    return bool(words and words.strip()) and (not name or _folded(words) not in _folded(name))


def credit_description(q: dict) -> str | None:
    """The description to print after the speaker's name, when it adds to the name; a
    possessive that points back into the article is dropped, since a citation stands alone
    ("its head of protection" -> "head of protection")."""
    desc = q.get("speaker_description")
    if not adds_to_name(q.get("speaker"), desc):
        return None
    first, _, rest = desc.strip().partition(" ")
    return rest.strip() if rest.strip() and first.lower() in ("its", "their", "his", "her") else desc


def speaker_credit(q: dict) -> str:
    """'Chuck Schumer, a Democrat from New York': the speaker, and the description the
    article gives when it adds to the name."""
    who = q.get("speaker") or "unattributed"
    desc = credit_description(q)
    return f"{who}, {desc}" if desc else who


def quote_note(q: dict) -> str:
    return f"{marked_text(q)} \u2014 {speaker_credit(q)}"


def split_name(full: str) -> dict:
    """'Jane Q. Writer' -> {'family': 'Writer', 'given': 'Jane Q.'}; one word -> literal."""
    parts = full.strip().split()
    if len(parts) < 2:
        return {"literal": full.strip()}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def _date_parts(iso: str | None):
    if not iso:
        return None
    d = dt.date.fromisoformat(iso)
    return [d.year, d.month, d.day]


def _bib(v: str) -> str:
    return "".join(_BIB_ESCAPE.get(ch, ch) for ch in v)


def write_bibtex(rows: Iterable[dict], out: IO[str], accessed: dt.date | None = None) -> int:
    accessed = accessed or dt.date.today()
    n = 0
    for q in rows:
        fields = [("title", q.get("article_title") or "Untitled")]
        if q.get("authors"):
            fields.append(("author", " and ".join(q["authors"])))
        if q.get("publication"):
            fields.append(("journal", q["publication"]))
        if q.get("published"):
            y, m, d = _date_parts(q["published"])
            fields += [("year", str(y)), ("month", str(m)), ("date", q["published"])]
        if q.get("url"):
            fields.append(("url", q["url"]))
        fields.append(("urldate", accessed.isoformat()))
        fields.append(("note", quote_note(q)))
        body = ",\n".join(f"  {k} = {{{_bib(v)}}}" for k, v in fields)
        out.write(f"@article{{{cite_key(q)},\n{body}\n}}\n\n")
        n += 1
    return n


def write_ris(rows: Iterable[dict], out: IO[str], accessed: dt.date | None = None) -> int:
    accessed = accessed or dt.date.today()
    n = 0
    for q in rows:
        lines = ["TY  - NEWS", f"ID  - {cite_key(q)}", f"TI  - {_one_line(q.get('article_title') or 'Untitled')}"]
        for a in q.get("authors") or []:
            lines.append(f"AU  - {_one_line(a)}")
        if q.get("publication"):
            lines.append(f"T2  - {_one_line(q['publication'])}")
        if q.get("published"):
            y, m, d = _date_parts(q["published"])
            lines += [f"PY  - {y}", f"DA  - {y:04d}/{m:02d}/{d:02d}"]
        if q.get("url"):
            lines.append(f"UR  - {q['url']}")
        lines.append(f"Y2  - {accessed.strftime('%Y/%m/%d')}")
        lines.append(f"N1  - {_one_line(quote_note(q))}")
        lines.append("ER  - ")
        out.write("\r\n".join(lines) + "\r\n\r\n")
        n += 1
    return n


def _one_line(s: str) -> str:
    return " ".join(s.split())


def csl_item(q: dict, accessed: dt.date | None = None) -> dict:
    accessed = accessed or dt.date.today()
    item = {"id": cite_key(q), "type": "article-newspaper", "title": q.get("article_title") or "Untitled",
            "accessed": {"date-parts": [[accessed.year, accessed.month, accessed.day]]},
            "note": quote_note(q)}
    if q.get("authors"):
        item["author"] = [split_name(a) for a in q["authors"]]
    if q.get("publication"):
        item["container-title"] = q["publication"]
    if q.get("published"):
        item["issued"] = {"date-parts": [_date_parts(q["published"])]}
    if q.get("url"):
        item["URL"] = q["url"]
    return item


def write_csl_json(rows: Iterable[dict], out: IO[str], accessed: dt.date | None = None) -> int:
    n = 0
    out.write("[")
    for q in rows:
        out.write(",\n  " if n else "\n  ")
        out.write(json.dumps(csl_item(q, accessed), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n
