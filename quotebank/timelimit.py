"""A time limit per article, for the commands that extract many articles in a row.

Real articles take milliseconds, but machine output (tables, logs) could once make a
regular expression backtrack for hours, and one such article must not stop a batch. The
limit is a timer signal: the regex engine checks for signals as it runs, so even a
pattern gone exponential stops and raises :class:`ExtractionTimeout`. Signals reach only
a process's main thread, and only Unix has the timer; elsewhere there is no limit.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

DEFAULT_SECONDS = 60.0  # the --extract-timeout default
T = TypeVar("T")


class ExtractionTimeout(Exception):
    """An article's extraction ran past the time limit."""


_seconds = 0.0  # the limit in force in this process (0: none)


def _on_alarm(signum, frame) -> None:
    raise ExtractionTimeout()


def install(seconds: float) -> bool:
    """Arm the limit for the rest of this process (worker processes); True when armed."""
    global _seconds
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    signal.signal(signal.SIGALRM, _on_alarm)
    _seconds = seconds
    return True


def worker_init(seconds: float) -> None:
    """Set up an extraction worker process: the limit armed, and Ctrl-C left to the parent
    (it reaches the whole process group; the parent stops handing out work and says what
    was kept, while each worker finishes its task quietly)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    install(seconds)


@contextmanager
def limit(seconds: float) -> Iterator[None]:
    """Arm the limit for the duration; the signal handler before is put back afterwards."""
    global _seconds
    handler = signal.getsignal(signal.SIGALRM) if hasattr(signal, "SIGALRM") else None
    before = _seconds
    armed = install(seconds)
    try:
        yield
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, handler)
            _seconds = before


def run(fn: Callable[[str], T], text: str) -> T:
    """``fn(text)`` under the limit in force; ExtractionTimeout when it runs out."""
    if not _seconds:
        return fn(text)
    signal.setitimer(signal.ITIMER_REAL, _seconds)
    try:
        return fn(text)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
