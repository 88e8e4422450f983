"""The two seed articles, checked against attributions written by hand from reading them.

Seed 000 (The Guardian) uses straight single quotes as quotation marks next to
apostrophes; seed 004 (Rolling Stone) has anonymous sources, pronouns and a
nickname in quotes. Every quotation must be found and given to the right
person by full name; nothing else may be emitted as a direct or mixed quote.
"""

import pytest

from quotebank.extract import extract_quotes
from quotebank.ingest import iter_inputs

from .conftest import SEEDS

SULLIVAN = "John P Sullivan"
WEBBER = "Lucas Webber"
MARINE = "a former Marine officer who worked with special operations in Afghanistan"
GREEN_BERET = "A former Green Beret who worked with the CIA"

GUARDIAN = [  # (start of the quoted words, speaker, kind)
    ("If we declare war on the cartel", "Hafer", "direct"),
    ("JD [Vance] or Trump had said something", "Hafer", "direct"),
    ("Yes, that is a real thing", "Hafer", "direct"),
    ("The persistent talk of unilateral", SULLIVAN, "direct"),
    ("cartel actions and immigration as an invasion", SULLIVAN, "mixed"),
    ("could happen", "Donald Trump", "mixed"),
    ("While targeting cartel leadership in 'kingpin'", SULLIVAN, "direct"),
    ("Often, the displacement of capos", SULLIVAN, "direct"),
    ("There are no SOCOM troops", "a public affairs officer at Socom", "direct"),
    ("There is certainly a possibility", WEBBER, "direct"),
    ("Cartels may retaliate", WEBBER, "direct"),
    ("studying conflicts in Ukraine [and] Syria", WEBBER, "mixed"),
    ("This further indicates", WEBBER, "direct"),
    ("It is clear that Mexican cartels", SULLIVAN, "direct"),
    ("Such actions directed against American tourists", SULLIVAN, "direct"),
    ("While cartels and gangs usually avoid", SULLIVAN, "direct"),
    ("Cartels are using a number of social media", WEBBER, "direct"),
]

ROLLING_STONE = [
    ("soft invasion", "Rolling Stone", "mixed"),
    ("believes it\u2019s necessary", "One Trump adviser", "mixed"),
    ("war footing", "Dan Crenshaw", "mixed"),
    ("You have to go back", "Carolyn Gallaher", "direct"),
    ("And going and killing capos", "Carolyn Gallaher", "direct"),
    ("invasion", "Mexico", "mixed"),
    ("entirely a movie", "Claudia Sheinbaum", "mixed"),
    ("I think that it\u2019s not beyond", GREEN_BERET, "direct"),
    ("I think that\u2019s the only way", GREEN_BERET, "direct"),
    ("That sounds a whole lot like", MARINE, "direct"),
    ("Who doesn\u2019t want to throw", MARINE, "direct"),
    ("That\u2019s super-sexy stuff", MARINE, "direct"),
    ("Directing American special operations", "Brandan P. Buck", "direct"),
    ("Such a move would not just", "Brandan P. Buck", "direct"),
    ("there is cooperation", "Marco Rubio", "mixed"),
    ("Let me make this abundantly clear", "All Source News", "direct"),
    ("Cartel members are not even near peers", "All Source News", "direct"),
    ("The cartels will make money", "All Source News", "direct"),
    ("For example, in Michoac\u00e1n", "All Source News", "direct"),
    ("If it\u2019s to kill the cartel", MARINE, "direct"),
    ("What\u2019s the metric", MARINE, "direct"),
]


def _article(name):
    recs = [r for r in iter_inputs([str(SEEDS / name)])]
    return recs[0]


@pytest.fixture(scope="module")
def guardian():
    rec = _article("000_17d79881e1610f66.txt")
    return rec.text, extract_quotes(rec.text)


@pytest.fixture(scope="module")
def rolling_stone():
    rec = _article("004_0b0baf32be7f6fcd.txt")
    return rec.text, extract_quotes(rec.text)


def _words(text, q):
    """The quoted words: a direct quote's span, a mixed quote's first fragment."""
    s, e = q.fragments[0]
    return text[s:e].lstrip("'\"\u201c\u2018 ")


def _check(article, expected):
    text, quotes = article
    quoted = [q for q in quotes if q.kind in ("direct", "mixed")]
    problems = []
    for prefix, speaker, kind in expected:
        hits = [q for q in quoted if _words(text, q).startswith(prefix)]
        if not hits:
            problems.append(f"missing: {prefix!r}")
            continue
        q = hits[0]
        if q.speaker != speaker:
            problems.append(f"{prefix!r}: speaker {q.speaker!r}, expected {speaker!r}")
        if q.kind != kind:
            problems.append(f"{prefix!r}: kind {q.kind!r}, expected {kind!r}")
    extra = [_words(text, q)[:50] for q in quoted if not any(_words(text, q).startswith(p) for p, _, _ in expected)]
    if extra:
        problems.append(f"not quotations, or not expected: {extra}")
    assert not problems, "\n".join(problems)


def test_guardian_every_quotation_attributed(guardian):
    _check(guardian, GUARDIAN)


def test_rolling_stone_every_quotation_attributed(rolling_stone):
    _check(rolling_stone, ROLLING_STONE)


@pytest.mark.parametrize("words", ["kill lists", "kingpin", "El Mayo"])
def test_nicknames_and_scare_quotes_are_not_quotes(guardian, rolling_stone, words):
    for _, quotes in (guardian, rolling_stone):
        assert not any(q.text.strip("'\"\u201c\u201d\u2018\u2019 ,.") == words for q in quotes)


def test_offsets_index_the_text(guardian, rolling_stone):
    for text, quotes in (guardian, rolling_stone):
        for q in quotes:
            assert text[q.start : q.end] == q.text
            assert 0 <= q.content_start <= q.start < q.end <= q.content_end <= len(text)
            if q.speaker_start is not None:
                assert text[q.speaker_start : q.speaker_end].strip()
            assert 0.0 <= q.confidence <= 1.0


def test_pronoun_mention_kept_with_resolved_name(guardian):
    text, quotes = guardian
    q = next(q for q in quotes if q.text.startswith("Yes, that is a real thing"))
    assert text[q.speaker_start : q.speaker_end] == "he"
    assert q.speaker == "Hafer"
    assert text[q.cue_start : q.cue_end] == "said"


def test_descriptions_of_named_speakers(guardian):
    _, quotes = guardian
    q = next(q for q in quotes if q.text.startswith("The persistent talk"))
    assert q.speaker_description == (
        "a former law enforcement officer in Los Angeles and a senior fellow at the Small Wars Journal-El Centro"
    )
    roles = [(r["role"], r["organization"], r["qualifier"], r["place"]) for r in q.speaker_roles]
    assert roles == [
        ("law enforcement officer", None, "former", "Los Angeles"),
        ("senior fellow", "Small Wars Journal-El Centro", None, None),
    ]


def test_anonymous_sources_keep_their_roles(rolling_stone):
    # "A former Green Beret who worked with the CIA", "a former Marine officer who worked with
    # special operations in Afghanistan": what each is, without a name
    _, quotes = rolling_stone
    roles = {(r["role"], r["qualifier"]) for q in quotes if q.speaker == GREEN_BERET for r in q.speaker_roles}
    assert ("Green Beret", "former") in roles
    roles = {(r["role"], r["qualifier"]) for q in quotes if (q.speaker or "").startswith("a former Marine officer")
             for r in q.speaker_roles}
    assert ("Marine officer", "former") in roles


def test_they_is_never_the_outlet_that_talked_to_them(rolling_stone):
    # "Rolling Stone talked to half a dozen former special operations soldiers and intelligence
    # agents ... On paper, they argued it was an easy operation": "they" are the soldiers and agents
    text, quotes = rolling_stone
    q = next(q for q in quotes if q.text.startswith("it was an easy operation"))
    assert q.kind == "indirect" and q.speaker_mention == "they"
    assert q.speaker != "Rolling Stone"
    assert q.speaker == "half a dozen former special operations soldiers and intelligence agents"
    assert q.speaker_kind == "group"
    # "To a man, all said they'd volunteer for the mission": the same group
    q2 = next(q for q in quotes if q.text.startswith("they’d volunteer"))
    assert q2.speaker == q.speaker


def test_the_tier_one_operator_speaks_and_he_continues(rolling_stone):
    # "..., a former tier-one operator who performed missions like the scenario above in Iraq tells me.
    # He says the vehicle interdiction mission would lead to follow-on raids ..."
    text, quotes = rolling_stone
    q = next(q for q in quotes if q.text.startswith("the vehicle interdiction mission"))
    assert q.speaker_mention == "He"
    assert q.speaker.startswith("a former tier-one operator who performed missions")


def test_rolling_stone_report_before_its_attribution(rolling_stone):
    # "But the bigger danger could be to the estimated 1.6 million U.S. citizens living in
    # Mexico, All Source News tells me.": a report, its attribution after it, without the "But"
    text, quotes = rolling_stone
    got = [(q.text, q.speaker) for q in quotes if q.kind == "indirect" and "1.6 million" in q.text]
    assert got == [("the bigger danger could be to the estimated 1.6 million U.S. citizens living in Mexico",
                    "All Source News")]
