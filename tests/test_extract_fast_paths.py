"""The extractor's faster rewrites of slow regex scans find exactly what the plain
patterns they replace find (the plain patterns are kept here as the reference)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotebank.extract import clauses, quotes, reported, speakers

# text made of the pieces the patterns care about: breaks, spaces, capitals, word characters
_PIECES = st.sampled_from(["\n", ".", "!", "?", ",", " ", "\t", "  ", "A", "Bo", "Smith", "Jane Roe", "said",
                           "the", "But ", "x", "-", "'", "\u2019", "_", "\u00e9", "1", "\r", "governor "])
_TEXT = st.lists(_PIECES, max_size=25).map("".join)

_BODY = r"(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*)(?=[ \t]+[a-z]|,)"


def _names(matches):
    return [(m.start("name"), m.group("name")) for m in matches]


@pytest.mark.parametrize("comma", [False, True])
@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
def test_after_break_finds_what_the_plain_pattern_finds(comma, text):
    head = r"(?:^|[.!?][ \t]+|\n|,[ \t]+)" if comma else r"(?:^|[.!?][ \t]+|\n)"
    plain = re.compile(head + _BODY, re.M)
    assert _names(speakers._AfterBreak(_BODY, comma=comma).finditer(text)) == _names(plain.finditer(text))


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe said it", [(0, "Jane Roe")]),  # the text's start
    ("it. Jane Roe said", [(4, "Jane Roe")]),
    ("it\nJane Roe said", [(3, "Jane Roe")]),
    ("it\n  Jane Roe said", []),  # a newline is followed directly by the name, not by spaces
    ("it, Jane Roe said", []),  # no comma without comma=True
    ("itJane Roe said", []),
])
def test_after_break_examples(text, expected):
    assert _names(speakers._AfterBreak(_BODY).finditer(text)) == expected


_PREV_PLAIN = re.compile(r"([\w'\u2019.-]+)[ \t]*$")


@settings(max_examples=600, deadline=None)
@given(text=_TEXT, data=st.data())
def test_prev_word_is_the_plain_backward_search(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    m = _PREV_PLAIN.search(text, lo, hi)
    assert clauses.prev_word(text, lo, hi) == ((m.start(1), m.group(1)) if m else None)


@pytest.mark.parametrize("text, lo, hi, expected", [
    ("the company then said", 0, 17, (12, "then")),
    ("the company's  ", 0, 15, (4, "company's")),
    ("Mr. Smith,", 0, 10, None),  # a comma ends no word
    ("said\n", 0, 5, (0, "said")),  # "$" also matches before a final newline
    ("abc def", 2, 7, (4, "def")),
    ("abc", 1, 3, (1, "bc")),  # not past the window's start
])
def test_prev_word_examples(text, lo, hi, expected):
    assert clauses.prev_word(text, lo, hi) == expected


@pytest.mark.parametrize("left, scare", [
    ("the so-called ", True),
    ("what he dubbed\n", True),
    ("a sign Reading ", True),  # any case, as before
    ("He said ", False),
    ("the book club said ", False),
])
def test_scare_words_before_marks(left, scare):
    assert quotes._scare_word_before(left) is scare


# (capitals and small letters with accents in the name's words: "François Bayrou"; a title word before it plain)
_UP = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0141]"
_LOW = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_HYPHENATED = "(?:(?<=-)[A-Z\u00c0-\u00d6\u00d8-\u00de]" + _LOW + r"'\u2019-]+)*"  # ("Jean-Pierre")
_FULLNAME_PLAIN = re.compile(
    r"(?=[A-Z\u00c0-\u00d6\u00d8-\u00de\u0141])(?<![\w'\u2019-])(?:(?:[A-Z][a-z]{1,3}\.|[A-Z][a-z]+)[ \t\u00a0]+)?"
    + _UP + _LOW + r"'\u2019-]+" + _HYPHENATED +
    r"(?:[ \t\u00a0]+(?:[A-Z]\.?|" + _UP + _LOW + r"'\u2019-]+" + _HYPHENATED
    + r"|van|von|der|de|la|bin|al))*[ \t\u00a0]+(?:" + _UP + _LOW + r"][\w'\u2019-]*|[OD]['\u2019][A-Z][a-z]+)")
_NAME_PIECES = st.sampled_from(["A", "Bo", "Mr.", "Sen.", "Smith", "Jo-Ann", "Jean-", "-", "Pierre", "O'Neil", "J.", "van", "de", " ", "  ",
                                "\t", "\u00a0", "\n", "'", "x", "\u00c9", "\u00e9", ",", "said "])


@pytest.mark.parametrize("text", [
    "Mr. \u00c9said Bo",  # a title word before an accented capital (found by the property below)
    "Sen. \u00c9mile Zola said",
])
def test_full_name_scan_examples(text):
    got = [(m.start(), m.group()) for m in speakers._FULLNAME.finditer(text)]
    assert got == [(m.start(), m.group()) for m in _FULLNAME_PLAIN.finditer(text)] and got[0][0] == 0


@settings(max_examples=600, deadline=None)
@given(text=st.lists(_NAME_PIECES, max_size=16).map("".join))
def test_full_name_scan_is_the_plain_pattern(text):
    got = [(m.start(), m.group()) for m in speakers._FULLNAME.finditer(text)]
    assert got == [(m.start(), m.group()) for m in _FULLNAME_PLAIN.finditer(text)]


@pytest.mark.parametrize("text, names", [
    ("Sen. Marco Rubio said", ["Sen. Marco Rubio"]),  # an abbreviated title is kept; callers trim it
    ("McDonald's Ronald McDonald", ["Ronald McDonald"]),
    ("xJohn Smith", []),  # not inside a word
    ("John\nSmith", []),  # within a line
    ("Jean-Pierre Raffarin said", ["Jean-Pierre Raffarin"]),  # a hyphenated given name whole
    ("Premier Jean-Pierre Raffarin said", ["Premier Jean-Pierre Raffarin"]),
    ("Hans-Olaf Henkel and Mary-Kate Olsen", ["Hans-Olaf Henkel", "Mary-Kate Olsen"]),
    ("Jo-ann Smith", ["Jo-ann Smith"]),
    ("ex-Senator Bob Dole", ["Bob Dole"]),  # no name starts after a hyphen
    ("anti-Trump Republicans", []),
])
def test_full_name_examples(text, names):
    assert [m.group() for m in speakers._FULLNAME.finditer(text)] == names


@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
def test_word_count_pattern_is_the_plain_pattern(text):
    assert clauses.WORDS.findall(text) == re.findall(r"[\w'\u2019-]+", text)


_CLAUSE_PIECES = st.sampled_from([" ", "  ", "\n", ",", ", ", " and ", " but ", " while ", "and", "but", "he ", "she ",
                                  "also ", "said", "says", "added", "warned", "adding", "Clinton ", "Jane Roe ",
                                  "three ", "of ", "them ", "the plan ", "quickly ", "state", "x"])


@settings(max_examples=500, deadline=None)
@given(text=st.lists(_CLAUSE_PIECES, max_size=20).map("".join))
def test_coordinated_cue_gate_changes_no_match(text):
    # the look-ahead in front of the branches only skips positions where no branch can match
    rx = clauses.coordinated_cue()
    gate = r"(?=,\s|\s+(?:and|but)\b)"
    assert gate in rx.pattern
    plain = re.compile(rx.pattern.replace(gate, "", 1))
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text, found", [
    ("the plan failed and warned", " and warned"),
    ("the plan failed, Clinton said", ", Clinton said"),
    ("the plan failed, and three of them said", ", and three of them said"),
    ("federal and state law", None),  # "state" is mostly a noun after "and"
    ("the plan failed and the", None),
])
def test_coordinated_cue_examples(text, found):
    m = clauses.coordinated_cue().search(text)
    assert (m.group() if m else None) == found


_STOP_PIECES = st.sampled_from([" ", "  ", "\n", ",", ", ", ";", "; ", ":", ": ", " - ", " -- ", " \u2014 ", "-",
                                " on condition of ", " under ", "condition ", " and ", " and how ", " and what ",
                                "which ", "who ", "he ", "said", "the plan ", "as ", "saying ", "adding ",
                                "according to ", "spending ", "Clinton ", " but ", ", but ", "declined ",
                                "would not ", "say ", "x"])


@pytest.mark.parametrize("module, pattern", [(clauses, "CLAUSE_STOP"), (reported, "_report_stop"),
                                             (quotes, "_mixed_stop")])
@settings(max_examples=400, deadline=None)
@given(text=st.lists(_STOP_PIECES, max_size=20).map("".join))
def test_clause_stop_gates_change_no_match(module, pattern, text):
    rx = getattr(module, pattern)
    rx = rx() if callable(rx) and not isinstance(rx, re.Pattern) else rx
    plain = re.sub(r"\(\?=" + re.escape(clauses.STOPS_GATE) + r"(?:\|[^()]*)?\)", "", rx.pattern, count=1)
    assert plain != rx.pattern
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in re.finditer(plain, text)]


@pytest.mark.parametrize("k", [2, 3, 4])
@settings(max_examples=300, deadline=None)
@given(text=_TEXT, data=st.data())
def test_has_words_is_a_word_count_of_at_least_k(k, text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert reported._has_words(text, lo, hi, k) == (len(clauses.WORDS.findall(text[lo:hi])) >= k)


@pytest.mark.parametrize("text, k, expected", [
    ("it's a-b", 2, True),  # apostrophes and hyphens stay inside their words
    ("it's a-b", 3, False),
    ("abcdef", 2, False),  # one long word is never counted as two
    ("-- x ' y", 4, True),  # a dash and a lone apostrophe are words, as WORDS counts them
    ("", 2, False),
])
def test_has_words_examples(text, k, expected):
    assert reported._has_words(text, 0, len(text), k) is expected


def test_remembered_subject_phrase_is_a_fresh_copy_each_time():
    """np_backward keeps its answers for the text read last; a caller that fills in the mention
    it got (a description, a relative) must not change what the next caller is given."""
    from quotebank.extract.phrases import np_backward

    text = "The plan was new. Jane Roe, a nurse at the clinic, said it would work."
    cue = text.index(" said")
    first = np_backward(text, cue, 18)
    assert first is not None and first.text.startswith("Jane Roe")
    first.desc_start = first.desc_end = None
    first.kind = "pronoun"
    second = np_backward(text, cue, 18)
    assert second is not first
    assert second.kind == "name" and second.desc_start is not None
    # another text, same offsets: its own answer, not the remembered one
    other = "The plan was new. Acme Corp, the maker of widgets, said it would work."
    assert np_backward(other, other.index(" said"), 18).text.startswith("Acme Corp")


# the plain forms of this session's rewrites
_INTRODUCED_AFTER_BE_PLAIN = re.compile(r"(?<![\w'\u2019-])(?:was|is)[ \t]+(?P<name>[A-Z][a-z'\u2019-]+(?:[ \t]+"
                                        r"[A-Z][a-z'\u2019-]+){0,2}),[ \t]+(?:a|an|the)[ \t]+[a-z]")
_BE_PIECES = st.sampled_from([" ", "\t", "was", "is", "wis", "-", "'", "x", "Garcia", "Ann Roe", ",", " the ",
                              " a ", "worker", "\n", "w", "i", "s", "as"])


@settings(max_examples=600, deadline=None)
@given(text=st.lists(_BE_PIECES, max_size=20).map("".join))
def test_introduced_after_be_is_the_plain_pattern(text):
    assert _names(speakers._INTRODUCED_AFTER_BE.finditer(text)) == _names(_INTRODUCED_AFTER_BE_PLAIN.finditer(text))


_BLANKS = st.sampled_from([" ", "  ", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\u00a0", "\u2003", "a", "\n"])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(_BLANKS, max_size=160).map("".join))
def test_no_long_blank_is_missed_by_the_quick_check(text):
    # the check may say "maybe" wrongly, never "no" wrongly
    if quotes._LONG_BLANK.search(text):
        assert quotes._may_hold_long_blank(text)


def test_long_blank_quick_check_examples():
    assert not quotes._may_hold_long_blank("A plain text. With single spaces only.")
    assert quotes._may_hold_long_blank("Two  spaces.") and quotes._may_hold_long_blank("a\tb")
    assert quotes._may_hold_long_blank(" \r" * 60)  # no two spaces together, yet a run of 120 blanks


@settings(max_examples=600, deadline=None)
@given(text=_TEXT, data=st.data())
def test_restrictive_who_is_the_plain_search(text, data):
    text = text.replace("x", " who ").replace("_", " that ")
    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, hi))
    assert reported._restrictive_who(text, lo, hi) == (reported._RESTRICTIVE_WHO.search(text, lo, hi) is not None)


_CONTACT_PIECES = st.sampled_from([" ", "I", "we", "'ve", " have", "spoke", "spoken", "talked", "met", "worked", "dealt",
                                   "consulted", "corresponded", " with", " to", " over the past two weeks", "x", "said"])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(_CONTACT_PIECES, max_size=14).map("".join))
def test_contact_relative_is_never_missed_by_the_quick_check(text):
    from quotebank.extract import phrases
    if phrases.CONTACT_RELATIVE.search(text):
        assert phrases._contact_verb_in(text, 0, len(text))
