"""Metadata from the text itself, taken only on clear evidence."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """lower-cased spelling -> canonical publication name."""
    out: dict[str, str] = {}
    raw = resources.files("quotebank.ingest").joinpath("data/publications.txt").read_text("utf-8")
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|") if n.strip()]
        for n in names:
            out[n.casefold()] = names[0]
            if n.casefold().startswith("the "):
                out[n[4:].casefold()] = names[0]
    return out


def is_publication(name: str) -> bool:
    """Is this a known news outlet ("Rolling Stone", "the new york times")?"""
    return name.casefold() in _gazetteer()


def canonical_publication(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip()
    return _gazetteer().get(name.casefold(), name)


_NAME = r"(?:[Tt]he )?(?P<name>[A-Z][\w&\u2019'-]*(?:\.?[ ][A-Z][\w&\u2019'-]*){0,4})"
# the article speaking of its own outlet: "Rolling Stone talked to", "in a statement to the Guardian"
_SELF = [
    re.compile(_NAME + r"\s+(?:talked|spoke|has spoken|has talked)\s+(?:to|with)\b"),
    re.compile(_NAME + r"\s+has (?:learned|learnt|obtained|seen|reviewed|confirmed)\b"),
    re.compile(r"\b(?:in a statement|in an email)\s+to\s+" + _NAME),
    re.compile(r"\b(?:obtained|reviewed|seen)\s+by\s+" + _NAME),  # "a memo obtained by The Associated Press"
]
# ... and words that cite other outlets as often as their own ("she told NBC News", "in an interview with
# CNN": 18 of 50 and 7 of 16 such mentions in PolNeAR's articles name the article's own outlet): evidence
# only when the same outlet is named so twice or more
_SELF_WEAK = [
    re.compile(r"\b(?:in an interview|speaking)\s+(?:to|with)\s+" + _NAME),
    re.compile(r"\b(?:told|tells|telling)\s+" + _NAME + r"\s*[:.,]"),
]
# a wire's dateline opening the story: "MOSCOW/KYIV (Reuters) - ", "AUSTIN, Texas (AP) — "
_WIRE_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'/-]{1,40}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?[ \t]+"
                            r"\((?P<name>Reuters|AP|AFP|UPI|Bloomberg|dpa)\)[ \t]+[-\u2013\u2014]", re.M)
_DATE_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
                        "january february march april may june july august september october november december".split())
_OUTLET_WORDS = frozenset("News Times Post Journal Herald Tribune Gazette Telegraph Express Mail Mirror Standard "
                          "Record Sun Star Chronicle Review Magazine Press Radio TV Online Daily Weekly".split())
_BYLINE = re.compile(r"^\s*[-\u2013\u2014]\s*(?P<name>[A-Z][\w.&'\u2019 -]{1,60})\s*$", re.M)


def guess_publication(text: str) -> str | None:
    """The publication, from a byline line ("- ITV News") or the article's own voice.

    Own-voice evidence counts only for publications in the gazetteer, and only
    when exactly one publication is named that way; anything less is no evidence.
    """
    m = _BYLINE.search(text[:2000])
    if m and (is_publication(m.group("name").strip()) or m.group("name").split()[-1] in _OUTLET_WORDS):
        return canonical_publication(m.group("name"))  # (not a writer signing: "- Amber Phillips.")
    m = _WIRE_DATELINE.search(text[:1500])
    if m:
        return canonical_publication(m.group("name"))  # the wire whose story it is
    strong, weak = _outlets_named(text, _SELF), _outlets_named(text, _SELF_WEAK)
    found = set(strong) | set(weak)
    if len(found) != 1:
        return None  # none, or two outlets named in the article's voice: no telling which it is
    name = found.pop()
    return name if strong[name] + weak[name] >= 2 or strong[name] else None


def _outlets_named(text: str, patterns) -> Counter:
    """How often each known outlet is named by ``patterns``."""
    gaz = _gazetteer()
    found: Counter = Counter()
    for rx in patterns:
        for m in rx.finditer(text):
            name = m.group("name")
            # shorten greedily-captured trailing words until a known name remains, but only
            # words of a date ("CNN Tuesday"): "BBC Radio Leeds" is another outlet than the BBC
            words = name.split()
            for n in range(len(words), 0, -1):
                cand = " ".join(words[:n]).rstrip(".").casefold()
                if cand in gaz:
                    found[gaz[cand]] += 1
                    break
                if words[n - 1].rstrip(".").casefold() not in _DATE_WORDS and not (n >= 2 and words[n - 2].endswith(".")):
                    break  # (a sentence's end inside the capture: "Associated Press. The memo")
    return found


_AUTHOR = r"[A-Z][\w.'\u2019-]*(?:[ ](?:[A-Z][\w.'\u2019-]*|de|van|von|der|da|di|la|le|bin|al)){1,4}"
# a byline on a line of its own near the top: "By Maria Lopez", "By Ann Lee and Tom Diaz"
_BY_LINE = re.compile(r"^[ \t]*(?P<em>[*_]{0,2})[Bb]y[ \t]+(?P<names>" + _AUTHOR
                      + r"(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)" + _AUTHOR + r")*)"
                      + r"(?:,[ \t]+(?P<tail>[A-Z][\w.&'\u2019-]*(?:[ \t]+[\w.&'\u2019-]+){0,5}))?(?P=em)[ \t]*$", re.M)
# (and in Markdown's emphasis: "*By Lee Park*"; and what the writer is: "By Maria Lopez, Reuters staff writer")


def guess_authors(text: str) -> list[str]:
    """The authors of a "By ..." line among the first lines after the title (none otherwise:
    "By Any Means Necessary" as the first line is a headline)."""
    lines = text.lstrip().split("\n", 8)[1:8]
    m = _BY_LINE.search("\n".join(lines)[:1500])
    if not m or m.group("tail") and not _NOT_AN_AUTHOR.intersection(m.group("tail").lower().split()):
        return []  # (a sentence: "By Friday Morning, Congress had passed it")
    return [a for a in (a.strip() for a in re.split(r",|\band\b|&", m.group("names")))
            if a and not _NOT_AN_AUTHOR.intersection(a.lower().split())]


# words of a byline's other parts: "By Priya Shah, Courts Correspondent", "By Ann Lee, BBC News"
_NOT_AN_AUTHOR = frozenset("""correspondent correspondents editor editors reporter reporters writer writers staff
    columnist critic producer contributor contributors analyst news press agency agencies reuters bureau desk
    afp ap""".split())


def first_line_title(text: str) -> tuple[str | None, str]:
    """(title, text): the first non-empty line is the title; the text keeps it."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:1000], text
    return None, text
