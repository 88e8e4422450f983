"""Lexicons: data files shipped in ``quotebank/extract/lexicons``, loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable


def _lines(name: str) -> list[str]:
    raw = resources.files("quotebank.extract").joinpath("lexicons", name).read_text("utf-8")
    return [l.strip() for l in raw.splitlines() if l.strip() and not l.lstrip().startswith("#")]


# "ruled out a tax rise": no ruling (a look-ahead after a cue form: not "ruled" before "out")
# (nor "going according to plan": an idiom, no source; nor "calculated according to Monday's prices": done in
# accordance with something, no one's words)
_IN_ACCORDANCE = ("calculated adjusted priced set vary varies varied react reacts reacted ranked sorted classified "
                  "organised organized arranged determined weighted valued distributed allocated graded measured "
                  "indexed categorised categorized divided grouped assessed taxed "
                  # (and what moves with something: "will fluctuate in price according to the international price")
                  "fluctuate fluctuates fluctuated fluctuating differ differs differed price prices scaled "
                  # (and what is handled by a rule: "The issue will be dealt with according to Russia's competition
                  # law", "will select the redeemable shares by lot according to the issues' terms")
                  "handled treated selected chosen lot").split() + ["dealt with", "deal with", "dealing with"]
NOT_RULED_OUT = (r"(?!(?<=ruled)\s+out\b)(?!(?<=ccording to)\s+(?:plan|schedule|script)\b)"
                 + r"(?!(?<=according to)(?:" + "|".join(f"(?<={w} according to)" for w in _IN_ACCORDANCE) + "))"
                 # (nor "which helps explain why ...": what explains, no one explaining)
                 + r"(?!(?<=explain)(?:(?<=helps explain)|(?<=help explain)|(?<=helped explain)|(?<=helping explain)"
                   r"|(?<=help to explain)|(?<=helps to explain)|(?<=helped to explain)))"
                 # (nor "Hospitals told to prepare for ...": told, a passive with no one told, never a teller)
                 + r"(?!(?<=told)\s+to\s+(?!(?:the|a|an|his|her|their|its|my|our|your)\b)[a-z])")
# phrases that name a source before or after what it says, with no verb: "according to X", "in the words of X";
# the second credits its source with the quoted words only when it stands inside a sentence
WORDS_OF = "in the words of"
SOURCE_PHRASES = frozenset(("according to", WORDS_OF))


def source_phrase(w: str) -> bool:
    """Is this cue a source phrase ("according to", "In the words of"), not a verb?"""
    return w.lower() in SOURCE_PHRASES


def trie_regex(words) -> str:
    """One regex alternation shaped as a trie: linear scanning instead of trying
    every word at every position."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        alts, end = [], False
        for ch, sub in sorted(node.items()):
            if ch == "":
                end = True
            else:
                alts.append(re.escape(ch) + build(sub))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + ("?" if end else "")

    return build(trie)


@dataclass(frozen=True)
class Cues:
    words: frozenset[str]  # every inflected form
    indirect: frozenset[str]  # forms that introduce reported clauses (said that ...)
    that_only: frozenset[str]  # ... but only with "that" (charged that ...)
    phrases: tuple[str, ...]
    base: dict[str, str]  # form -> base verb
    rx: re.Pattern  # matches any cue word or phrase
    as_only: frozenset[str] = frozenset()  # cues only before "as" and a quotation (not in ``words``)
    comma_that: frozenset[str] = frozenset()  # cues only after a comma and before "that" (not in ``words``)
    before_that: frozenset[str] = frozenset()  # cues only right before "that" (not in ``words``)


@lru_cache(maxsize=1)
def cues() -> Cues:
    words, indirect, that_only, phrases, base, as_only, comma_that, before_that = \
        set(), set(), set(), [], {}, set(), set(), set()
    for line in _lines("cues.txt"):
        if line.startswith("~"):
            phrase, mark, flag = line[1:].strip().partition(" !")
            phrases.append(phrase)
            if mark and flag in ("", "that"):
                indirect.add(phrase)  # "~expressed hope !that": a phrase introducing a reported clause
                if flag == "that":
                    that_only.add(phrase)
            continue
        parts = line.split()
        mark = parts[-1] if parts[-1] in ("!", "!that", "!as", "!,that", "!>that") else None
        forms = parts[:-1] if mark else parts
        head = forms[0]
        if head.startswith("(") and head.endswith(")"):
            forms = forms[1:]  # "(rule) ruled !that": the base names the verb, but is no cue itself ("will rule on")
            head = head[1:-1]
        if mark in ("!that", "!,that", "!>that"):
            that_only.update(forms)
        for f in forms:
            base[f] = head
            if mark == "!as":
                as_only.add(f)  # (a cue of its own kind, kept out of the others)
                continue
            if mark == "!,that":
                comma_that.add(f)  # (a participle after a comma only: kept out of ``words``, so that
                indirect.add(f)  # names and descriptions are not cut at it: "the ruling party")
                continue
            if mark == "!>that":
                before_that.add(f)  # (kept out of ``words`` too: no quotation's cue, no name cut at it:
                indirect.add(f)  # "a system whereby suspects are ...", "the suspected gunman")
                continue
            words.add(f)
            if mark is not None:
                indirect.add(f)
    alts = set(words) | set(phrases) | {p[:1].upper() + p[1:] for p in phrases}
    # not inside markup, a handle or a hashtag: "</tweet>", "@state", "#said"; the look-behind
    # first (it rejects the positions inside words at once), then a look-ahead on the first
    # letters: the scan skips other positions quickly (same matches, ~35% faster than neither)
    firsts = "".join(sorted({a[0] for a in alts} | {a[0] for a in as_only} | {a[0] for a in comma_that}
                            | {a[0] for a in before_that}))
    # (the `!as` forms after the others, a look-ahead on them first: their look-behinds run only where
    # one of them stands)
    rx = re.compile(r"(?<![\w'\u2019/<@#-])(?=[" + re.escape(firsts) + "])(?:(?:" + trie_regex(alts) + r")(?![\w-])"
                    + NOT_RULED_OUT + (r"|(?=" + (as_trie := trie_regex(as_only)) + r"(?![\w-]))" + _NOT_PASSIVE
                                       + "(?:" + as_trie + ")" + _AS_QUOTATION if as_only else "")
                    + (r"|(?<=,[ \t])(?:" + trie_regex(comma_that) + r")(?=[ \t]+that\b)" if comma_that else "")
                    + (r"|(?:" + trie_regex(before_that) + r")(?=[ \t]+(?:[a-z]{3,}ly[ \t]+)?that\b)"
                       if before_that else "")
                    + ")")
    return Cues(frozenset(words), frozenset(indirect), frozenset(that_only), tuple(phrases), base, rx,
                frozenset(as_only), frozenset(comma_that), frozenset(before_that))


# after a cue marked `!as`: its object, if any, then "as" and a quotation (masked to \x01 by the
# extractor), or "as" at the end of the text searched (a scan that stops at the quotation):
# 'dismissed the whole row as "absurd"'; and not in the passive ("was dismissed as")
_AS_QUOTATION = r"(?![\w-])(?=(?:[ \t]+[^.;:!?\x01\n]{0,80}?)?[ \t]+as(?:[ \t]+\x01|[ \t]*$))"
_NOT_PASSIVE = "".join(r"(?<!\b%s )" % w for w in (
    "was were is are be been being"  # the passive: the subject is what is dismissed
    " should would could will must can may might to not"  # a verb not (yet) used: "critics who say he should
).split())  # condemn terrorists as "radical Islamists"" are the critics' words


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


def _words(name: str) -> frozenset[str]:
    """Every word of a lexicon file, one or more per line."""
    return frozenset(w for line in _lines(name) for w in line.split())


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The titles, lower-cased and without their full stops ("senator", "gov")."""
    return frozenset(t.lower().rstrip(".") for t in titles())


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """Lower-cased last words of a role written before a name ("Tory leader Michael Howard")."""
    return _words("role_heads.txt")


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Lower-cased nouns for what a person or body is, beyond titles and role heads."""
    return _words("role_nouns.txt")


@lru_cache(maxsize=1)
def evidence_sources() -> frozenset[str]:
    """Lower-cased head words of things that report findings ("poll", "study")."""
    return _words("evidence.txt")


@lru_cache(maxsize=1)
def given_names() -> dict[str, str | None]:
    """lower-cased given name -> 'male' | 'female', or None for a name on both lists ("Robin",
    "Dana", "Leslie": a given name, of no one gender)."""
    f = _words("female_names.txt")
    m = _words("male_names.txt")
    out: dict[str, str | None] = {w: None for w in f & m}
    out.update({w: "female" for w in f - m})
    out.update({w: "male" for w in m - f})
    return out



@lru_cache(maxsize=1)
def family_names_first() -> frozenset[str]:
    """Family names of names written family name first ("Ho" of "Ho Kian Fah"), as written."""
    return _words("family_names_first.txt")


@lru_cache(maxsize=1)
def offices() -> frozenset[str]:
    """Lower-cased offices a later definite mention of which is the person named before it."""
    return _words("offices.txt")


@lru_cache(maxsize=1)
def positions() -> frozenset[str]:
    """Lower-cased playing positions a later definite mention of which is the player quoted before it."""
    return _words("positions.txt")


@lru_cache(maxsize=1)
def workplaces() -> frozenset[str]:
    """Lower-cased kinds of workplace, common nouns before a role ("shop owner", "bank manager")."""
    return _words("workplaces.txt")


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-cased names of countries: a speaker so named is an organisation ("Mexico said")."""
    return frozenset(l.lower() for l in _lines("countries.txt"))


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """US states and their newspaper abbreviations, as written ("Ohio", "Mich.")."""
    return frozenset(_lines("us_states.txt"))


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    """Nationality adjectives as written ("Mexican", "Saudi"): where a title holder is from."""
    return _words("nationalities.txt")


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Nouns for a person of a nation beyond the adjectives ("Spaniard", "Frenchman")."""
    return _words("demonyms.txt")


@lru_cache(maxsize=1)
def portfolios() -> frozenset[str]:
    """Lower-cased government portfolios ("finance", "foreign affairs"): "Finance Minister" is an office."""
    return frozenset(l.lower() for l in _lines("portfolios.txt"))


@lru_cache(maxsize=1)
def firm_names() -> tuple[str, ...]:
    """Organisations whose names read like people's ("Merrill Lynch", "Statistics Canada")."""
    return tuple(_lines("firms.txt"))


@lru_cache(maxsize=2)
def _firms_by_word(index: int) -> dict[str, tuple[str, ...]]:
    """The listed firms by their first (``index`` 0) or last (-1) word."""
    out: dict[str, list[str]] = {}
    for f in firm_names():
        out.setdefault(f.split()[index], []).append(f)
    return {k: tuple(v) for k, v in out.items()}


def known_firm_ending(text: str, end: int, last_word: str) -> int | None:
    """Where a listed firm whose name ends at ``end`` (with ``last_word``) starts in ``text``,
    or None: "Doctors Without Borders said" for the "Borders" a subject scan stops at."""
    for f in _firms_by_word(-1).get(last_word, ()):
        start = end - len(f)
        if start >= 0 and text.startswith(f, start) and (start == 0 or not text[start - 1].isalnum()):
            return start
    return None


def is_known_firm(name: str) -> bool:
    """Does the name start with one of :func:`firm_names` ("Merrill Lynch Capital Markets")?"""
    cands = _firms_by_word(0).get(name.split(" ", 1)[0])
    return cands is not None and any(name == f or name.startswith(f + " ") for f in cands)


def is_outlet(name: str) -> bool:
    """A known news outlet ("rolling stone"): a speaker that is an organisation. The list is
    the ingest package's publication list (upstream), imported when first needed so that
    importing the extractor stays light."""
    global _is_publication
    if _is_publication is None:
        from ..ingest.metadata import is_publication as _is_publication
    return _is_publication(name)


_is_publication: Callable[[str], bool] | None = None
