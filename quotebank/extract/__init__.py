"""Extraction: pure functions from text to quote, speaker and affiliation candidates.

No I/O and no database here; lexicons are data files in ``lexicons/``.
"""

from .descriptions import Role, parse_description
from .marks import Span, find_spans
from .quotes import EXTRACTOR_VERSION, Quote, extract_quotes

__all__ = ["EXTRACTOR_VERSION", "Quote", "Role", "Span", "extract_quotes", "find_spans", "parse_description"]
