"""The record the extractor gives for each quotation: :class:`Quote`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | mixed | indirect
    content_start: int
    content_end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_description: str | None = None
    confidence: float = 0.5
    paragraph: int = 0
    speaker_kind: str | None = None  # person | organization | anonymous | group
    speaker_mention: str | None = None
    speaker_roles: list[dict] = field(default_factory=list)
    speaker_key: int | None = None  # same number = same speaker within this text
    # the quoted words of a mixed quote, each (start, end) without its marks; for a
    # direct quote the one span start..end, for indirect speech none
    fragments: list[tuple[int, int]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)
