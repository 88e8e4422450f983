"""Ingestion: readers turn files, folders, stdin and URLs into article records."""

from .clean import clean_text, content_hash, parse_date, text_hash
from .readers import ReadOptions, iter_inputs, make_record, read_file
from .records import ArticleRecord, IngestError, InputError

__all__ = [
    "ArticleRecord", "IngestError", "InputError", "ReadOptions", "clean_text",
    "content_hash", "iter_inputs", "make_record", "parse_date", "read_file", "text_hash",
]
