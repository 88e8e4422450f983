"""Formatted citations through the Citation Style Language (citeproc-py), each followed by
the attributed quote. APA, MLA and Chicago (author-date) ship with quotebank; any other
style can be given as a .csl file."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from importlib import resources
from pathlib import Path
from typing import IO, Iterable

from .references import csl_item, quote_note

STYLES = {"apa": "apa.csl", "mla": "modern-language-association.csl", "chicago": "chicago-author-date.csl"}


class StyleError(ValueError):
    pass


def load_style(style: str = "apa", csl_path: str | None = None):
    from citeproc import CitationStylesStyle

    if csl_path:
        path = Path(csl_path)
        if not path.is_file():
            raise StyleError(f"{csl_path}: no such CSL style file")
    else:
        if style not in STYLES:
            raise StyleError(f"unknown style {style!r}; use one of {', '.join(STYLES)} or --csl FILE")
        path = resources.files("quotebank.export").joinpath("styles", STYLES[style])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return CitationStylesStyle(str(path), validate=False)
    except Exception as exc:
        raise StyleError(f"{path}: not a usable CSL style ({exc})") from exc


def format_reference(style, item: dict) -> str:
    """The bibliography entry for one CSL-JSON item, as plain text."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bib = CitationStylesBibliography(style, CiteProcJSON([item]), formatter.plain)
        bib.register(Citation([CitationItem(item["id"])]))
        text = str(bib.bibliography()[0])
    return _tidy(text, item.get("title") or "")


def _tidy(text: str, title: str) -> str:
    """Smooth over citeproc-py quirks: a title repeated where the author is missing, an
    empty 'Edition' label, doubled punctuation, and US punctuation inside quotation marks."""
    if title:
        low, t = text.lower(), title.lower()  # styles may title-case it
        first = low.find(t)
        second = low.find(t, first + len(t)) if first >= 0 else -1
        if second > 0:
            end = second + len(title)
            while end < len(text) and text[end] in "\u201d\".":
                end += 1
            start = second
            while start > 0 and text[start - 1] in "\u201c\" ":
                start -= 1
            text = (text[:start].rstrip() + " " + text[end:].lstrip()).strip()
    text = re.sub(r"[,.]?\s*Edition(?=[.,]|$)", "", text)
    text = re.sub(r"([?!])\.", r"\1", text)
    text = re.sub("\u201d([.,])", "\\1\u201d", text)
    text = re.sub(r"([.,?!])([.,])(?=\u201d|\s|$)", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text)
    return text.strip()


def write_citations(rows: Iterable[dict], out: IO[str], style: str = "apa", csl_path: str | None = None,
                    accessed: dt.date | None = None) -> int:
    st = load_style(style, csl_path)
    n = 0
    for q in rows:
        ref = format_reference(st, csl_item(q, accessed))
        out.write(f"{ref}\n    {quote_note(q)}\n\n")
        n += 1
    return n
