"""The output contract of ``quotebank extract`` (see the README): one record per document."""

from __future__ import annotations

from .quotes import extract_quotes

CONTRACT_FIELDS = (
    "start", "end", "text", "kind", "content_start", "content_end", "speaker",
    "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
    "speaker_description", "confidence",
)
EXTRA_FIELDS = ("speaker_kind", "speaker_roles", "paragraph", "fragments")


def quote_dict(q) -> dict:
    d = {f: getattr(q, f) for f in CONTRACT_FIELDS}
    d.update({f: getattr(q, f) for f in EXTRA_FIELDS})
    return d


def extract_record(doc_id, text: str) -> dict:
    return {"doc_id": doc_id, "quotes": [quote_dict(q) for q in extract_quotes(text)]}
