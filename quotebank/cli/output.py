"""The one output convention every listing command shares: --format table|json|jsonl|csv."""

from __future__ import annotations

import functools
import shutil
import sys
from typing import Iterable, Sequence

import click

from ..export import WRITERS

FORMATS = ("table", "json", "jsonl", "csv")


def output_options(func):
    """Add ``--format``; table on a terminal, json otherwise."""

    @click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                  help="Output format (default: table on a terminal, json otherwise).")
    @functools.wraps(func)
    def wrapper(*args, fmt=None, **kwargs):
        if fmt is None:
            fmt = "table" if sys.stdout.isatty() else "json"
        return func(*args, fmt=fmt, **kwargs)

    return wrapper


def _short(v, width: int) -> str:
    if v is None:
        s = ""
    elif isinstance(v, list):
        s = ", ".join(
            (x.get("role") or x.get("description") or "") if isinstance(x, dict) else str(x) for x in v
        )
    elif isinstance(v, float):
        s = f"{v:.2f}"
    else:
        s = str(v)
    s = " ".join(s.split())
    return s if len(s) <= width else s[: max(1, width - 1)] + "\u2026"


def highlight(text: str, query: str) -> str:
    """Mark the query's words in ``text`` for a terminal table (bold)."""
    import re

    words = [w.rstrip("*") for w in re.findall(r"\w+\*?", query) if len(w.rstrip("*")) > 1]
    if not words or not sys.stdout.isatty():
        return text
    rx = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.I)
    return rx.sub(lambda m: click.style(m.group(0), bold=True), text)


def render_table(rows: Sequence[dict], columns: Sequence[str], widths: dict[str, int] | None = None) -> str:
    if not rows:
        return "(no rows)"
    total = shutil.get_terminal_size((120, 20)).columns
    widths = dict(widths or {})
    for c in columns:
        natural = max(len(c), *(len(_short(r.get(c), 10_000)) for r in rows))
        widths[c] = min(widths.get(c, 60), natural)
    # shrink the widest column until the table fits
    while sum(widths.values()) + 2 * (len(columns) - 1) > total:
        widest = max(widths, key=widths.get)
        if widths[widest] <= 8:
            break
        widths[widest] -= 1
    head = "  ".join(click.style(c.ljust(widths[c]), bold=True) for c in columns)
    sep = "  ".join("-" * widths[c] for c in columns)
    lines = [head, sep]
    for r in rows:
        lines.append("  ".join(_short(r.get(c), widths[c]).ljust(widths[c]) for c in columns))
    return "\n".join(lines)


def emit(rows: Iterable[dict], fmt: str, columns: Sequence[str], widths: dict[str, int] | None = None) -> None:
    """Write rows to stdout in ``fmt``; json/jsonl/csv stream, table collects."""
    out = sys.stdout
    if fmt == "table":
        click.echo(render_table(list(rows), columns, widths))
    elif fmt == "csv":
        WRITERS["csv"](rows, out)  # every field, not only the table's columns
    else:
        WRITERS[fmt](rows, out)


class Progress:
    """A progress bar on stderr: input bytes read when the total is known, else a counter.
    Silent when disabled (``--quiet`` or stderr not a terminal)."""

    def __init__(self, enabled: bool, total_bytes: int | None = None):
        import time

        self.enabled = enabled
        self.total = total_bytes or None
        self.done = 0  # bytes of the files finished
        self.pending = 0  # size of the file being read
        self.n = 0
        self.t0 = time.monotonic()
        self.last = 0.0
        self.shown = False

    def file(self, path: str, size: int) -> None:
        self.done += self.pending
        self.pending = size
        self._draw()

    def step(self, _chars: int = 0) -> None:
        self.n += 1
        self._draw()

    def _draw(self) -> None:
        import time

        now = time.monotonic()
        if not self.enabled or now - self.last < 0.2:
            return
        self.last = now
        rate = self.n / max(now - self.t0, 1e-6)
        if self.total:
            frac = min(1.0, self.done / self.total)
            filled = int(frac * 30)
            head = f"[{'#' * filled}{'-' * (30 - filled)}] {frac * 100:3.0f}%"
        else:
            head = "[working]"
        click.echo(f"\r{head} {self.n} articles, {rate:.0f}/s ", err=True, nl=False)
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            click.echo("\r" + " " * 72 + "\r", err=True, nl=False)
            self.shown = False
