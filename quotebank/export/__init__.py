"""Export: one renderer per format."""

from .formats import WRITERS, write_csv, write_json, write_jsonl

__all__ = ["WRITERS", "write_csv", "write_json", "write_jsonl"]
