"""Extraction: pure functions from text to quote, speaker and affiliation candidates.

No I/O and no database here; lexicons are data files in ``lexicons/``. The rules are
imported on first use, so that commands which only read the database (``search``,
``who-said``) do not pay for compiling them.
"""

from .version import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "Quote", "Role", "Span", "extract_quotes", "find_spans", "parse_description"]

_LAZY = {"Quote": ".quotes", "extract_quotes": ".quotes", "Span": ".marks", "find_spans": ".marks",
         "Role": ".descriptions", "parse_description": ".descriptions"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
