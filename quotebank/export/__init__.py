"""Export: one renderer per format.

Data: json, jsonl, csv, markdown (``formats``). Reference managers: bibtex, ris,
csl-json (``references``). Styled citations through CSL (``csl``).
"""

from .formats import WRITERS, write_csv, write_json, write_jsonl, write_markdown

EXPORT_FORMATS = ("json", "jsonl", "csv", "markdown", "bibtex", "ris", "csl-json", "citation")

__all__ = ["EXPORT_FORMATS", "WRITERS", "write_csv", "write_json", "write_jsonl", "write_markdown"]
