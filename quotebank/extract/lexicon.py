"""Lexicons: data files shipped in ``quotebank/extract/lexicons``, loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files("quotebank.extract").joinpath("lexicons", name).read_text("utf-8")
    return [l.strip() for l in raw.splitlines() if l.strip() and not l.lstrip().startswith("#")]


@dataclass(frozen=True)
class Cues:
    words: frozenset[str]  # every inflected form
    indirect: frozenset[str]  # forms that introduce reported clauses (said that ...)
    phrases: tuple[str, ...]
    base: dict[str, str]  # form -> base verb
    rx: re.Pattern  # matches any cue word or phrase


@lru_cache(maxsize=1)
def cues() -> Cues:
    words, indirect, phrases, base = set(), set(), [], {}
    for line in _lines("cues.txt"):
        if line.startswith("~"):
            phrases.append(line[1:].strip())
            continue
        parts = line.split()
        is_indirect = parts[-1] == "!"
        forms = [p for p in parts if p != "!"]
        for f in forms:
            words.add(f)
            base[f] = forms[0]
            if is_indirect:
                indirect.add(f)
    alts = sorted(words | set(phrases), key=len, reverse=True)
    rx = re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w-])", re.I)
    return Cues(frozenset(words), frozenset(indirect), tuple(phrases), base, rx)


@lru_cache(maxsize=1)
def pronouns() -> dict[str, tuple[str, str]]:
    out = {}
    for line in _lines("pronouns.txt"):
        word, gender, kind = line.split()
        out[word] = (gender, kind)
    return out


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    out = set()
    for line in _lines("titles.txt"):
        out.update(line.split())
    return frozenset(out)


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """lower-cased given name -> 'male' | 'female' (names on both lists are left out)."""
    f = {w for l in _lines("female_names.txt") for w in l.split()}
    m = {w for l in _lines("male_names.txt") for w in l.split()}
    out = {w: "female" for w in f - m}
    out.update({w: "male" for w in m - f})
    return out
