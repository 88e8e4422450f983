"""Article records: what every reader produces and the rest of the pipeline consumes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .clean import content_hash as _content_hash


@dataclass
class ArticleRecord:
    text: str
    title: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    publication: str | None = None
    language: str | None = None
    source: str | None = None  # path or URL it was read from (with :line for JSON Lines)
    doc_id: str | None = None
    # pieces split out of this page (aggregator "related articles"), stored as
    # articles of their own with this one as their parent
    children: list[ArticleRecord] = field(default_factory=list)
    _hash: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def content_hash(self) -> str:
        """The normalised-content hash (computed once per text)."""
        if self._hash is None or self._hash[0] is not self.text:
            self._hash = (self.text, _content_hash(self.text))
        return self._hash[1]


@dataclass
class InputError:
    """A bad input: reported as ``path[:line]: reason``; the batch goes on."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


class IngestError(Exception):
    def __init__(self, error: InputError):
        super().__init__(str(error))
        self.error = error
