"""Quotation-mark pairing: apostrophes, nesting, multi-paragraph, unbalanced marks."""

import pytest

from quotebank.extract.marks import find_spans


def quoted(text):
    return [text[s.start : s.end] for s in find_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # straight and curly double quotes
        ('He said "we will win" today.', ["we will win"]),
        ("He said \u201cwe will win\u201d today.", ["we will win"]),
        # single quotes as quotation marks next to apostrophes and possessives
        ("'Mexico's cartels are strong,' he said.", ["Mexico's cartels are strong,"]),
        ("The cartels' leaders met. 'It is over,' she said.", ["It is over,"]),
        # a plural possessive inside a quotation does not close it
        ("'The cartels' leaders are violent,' he said.", ["The cartels' leaders are violent,"]),
        # an elision is not an opening mark
        ("In the '90s it was 'different,' he said.", ["different,"]),
        # nested single quotes (seed 000)
        ("'While targeting leaders in 'kingpin' operations is attractive, it is precarious,' said Sullivan.",
         ["While targeting leaders in 'kingpin' operations is attractive, it is precarious,"]),
        # a quotation ending in two marks (seed 000)
        ("'JD had said, like: 'We're going to mobilize units against the cartel.''",
         ["JD had said, like: 'We're going to mobilize units against the cartel.'"]),
        # guillemets and low-high quotes
        ("Er sagte \u201eWir gewinnen\u201c heute.", ["Wir gewinnen"]),
        ("Il a dit \u00abnous gagnerons\u00bb hier.", ["nous gagnerons"]),
        # no quotation at all
        ("Don't panic; it's the cartels' problem, not Mexico's.", []),
        ("", []),
    ],
)
def test_pairs(text, expected):
    assert quoted(text) == expected


def test_multi_paragraph_quote_reopened_at_each_paragraph():
    text = '"First part of it.\n"Second part of it.\n"Third and last," she said.\nNext paragraph.'
    spans = find_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end].startswith("First part")
    assert text[spans[0].start : spans[0].end].endswith("Third and last,")


def test_unclosed_mark_does_not_swallow_the_article():
    text = 'He said "this never closes and goes on.\nThe next paragraph is narrative.\n"A real quote," she said.'
    got = quoted(text)
    assert "A real quote," in got
    assert not any("narrative" in g for g in got)


def test_paragraph_of_noise_is_skipped_quickly():
    text = "'" * 100_000 + "\n" + '"A real quote," she said.'
    assert quoted(text) == ["A real quote,"]
