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
        # two straight apostrophes as one double mark (archives such as the NYT's)
        ("''We are here,'' he said. ''You can't change somebody's character.''",
         ["We are here,", "You can't change somebody's character."]),
        ("He called it ''the 'kingpin' strategy,'' and left.", ["the 'kingpin' strategy,"]),
        # a nested closer, a space, then the closing pair ('' after ,' with a space between)
        ("''A backlash against 'Primates of Park Avenue,'  '' Ms. Ferriss noted. ''That suggests it.''",
         ["A backlash against 'Primates of Park Avenue,'  ", "That suggests it."]),
        ("''It's the 'cartels,' '' she said.", ["It's the 'cartels,' "]),
        # (not when no pair is open: the nested closer's space does not make a pair close)
        ("He said 'it's the cartels,' ''The Wire'' is not.", ["it's the cartels,", "The Wire"]),
        # a closing mark lost before the quotation's own attribution (wire copy)
        ('"It is only the middlemen who will benefit, he said.\n"The next one," said Anna.',
         ["It is only the middlemen who will benefit,", "The next one,"]),
        ('"I see no reason to change estimates, said Frederick Meinke, analyst at Hutton.',
         ["I see no reason to change estimates,"]),
        # (but not a comma inside a quotation that goes on: "he said he was")
        ('"My father called, he said he was sick.', ["My father called, he said he was sick."]),
        # a pair opened by two apostrophes and a paragraph that re-opens it
        ("''The first part.\n\n''The second part,'' she said.", ["The first part.\n\n''The second part,"]),
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


def test_stray_straight_mark_opening_a_paragraph_of_curly_text_is_no_quotation():
    # aggregators mark excerpted paragraphs with a lone straight '"'; in text quoted with
    # curly marks it must not pair with the next paragraph's curly quotation
    text = ("\u201cHere comes Big Daddy,\u201d she said.\n\n"
            '"Kevin was snoring.\n\n'
            "\u201cHere he is, babe,\u201d she said. \u201cDonald\u2019s here, babe.\u201d")
    assert quoted(text) == ["Here comes Big Daddy,", "Here he is, babe,", "Donald\u2019s here, babe."]


def test_straight_opener_closed_by_a_curly_mark_in_its_paragraph_is_still_a_quotation():
    text = '"I don\u2019t think it\u2019s getting the attention,\u201d Grassley said.\n\u201cNext,\u201d he said.'
    assert quoted(text) == ["I don\u2019t think it\u2019s getting the attention,", "Next,"]


def test_straight_multi_paragraph_quote_in_straight_text_is_kept():
    # the rule applies only where the text's own quotation marks are curly
    text = '"First part of it.\n\n"Second part of it," she said.'
    assert quoted(text) == ["First part of it.\n\n\"Second part of it,"]


def test_a_fragment_opened_mid_clause_does_not_continue_into_the_next_paragraph():
    # a missing closing mark after a quoted fragment is a typo, not a multi-paragraph quote
    text = ("Grayson said the idea is \u201creally an amorphous position to have.\n\n"
            "\u201cWhat we do here is, we legislate,\u201d Grayson said. \u201cWe don\u2019t debate notions.\u201d")
    got = quoted(text)
    assert "What we do here is, we legislate," in got
    assert "We don\u2019t debate notions." in got
    assert not any("amorphous" in g and "legislate" in g for g in got)


def test_double_mark_after_a_nested_closing_single_and_a_space_closes():
    text = ('"She went so far as to say she\'ll be \'above the president,\' " said Khin Zaw Win. '
            '"That is not a responsible thing to say."')
    assert quoted(text) == ["She went so far as to say she'll be 'above the president,' ",
                            "That is not a responsible thing to say."]


def test_closing_mark_after_a_stray_space_before_punctuation_closes():
    text = "Someone else shouted: 'Trump Trump Trump Trump '. The sound of cheering could be heard."
    assert quoted(text) == ["Trump Trump Trump Trump "]


def test_stray_straight_mark_before_balanced_curly_quotes_is_no_quotation():
    text = ("\u201cHere he is, babe,\u201d she said.\n\n"
            '"Trump walked onto the stage, chanting \u201cU-S-A! U-S-A!\u201d\n\n'
            "\u201cThat\u2019s right, Donald,\u201d Melanie said.")
    assert quoted(text) == ["Here he is, babe,", "U-S-A! U-S-A!", "That\u2019s right, Donald,"]


def test_curly_opening_mark_followed_by_a_space_still_opens():
    text = "\u201cNever mind doing better,\u201d Henry said. \u201c You know, so that broken sense of the future.\u201d"
    assert quoted(text) == ["Never mind doing better,", " You know, so that broken sense of the future."]


@pytest.mark.parametrize("text, expected", [
    # a new sentence re-opening a double quotation that was never closed (a multi-paragraph
    # quotation whose paragraph break was lost) ends the first part at its sentence's end
    ('Williams said. "I have kept up my fitness. "I feel quite fresh." Williams says he is ready.',
     ["I have kept up my fitness.", "I feel quite fresh."]),
    ('"It was a great night. "The players ran hard," said Benitez.', ["It was a great night.", "The players ran hard,"]),
    # not a quotation inside a quotation, nor a mark mid-sentence
    ('"I told him, "Go home," and he did," she said.', ['I told him, "Go home," and he did,']),
    ('She said "yes" and "no" to me.', ["yes", "no"]),
])
def test_reopened_without_closing(text, expected):
    assert quoted(text) == expected


def test_a_stray_spaced_closing_mark_after_a_nested_closer_closes():
    text = ("\"Clinton has to maintain her support. Sanders has to do the 'Carolina two-step' \" - increasing "
            "his name recognition.")
    assert quoted(text) == ["Clinton has to maintain her support. Sanders has to do the 'Carolina two-step' "]


@pytest.mark.parametrize("text, expected", [
    # a space lost after a straight mark: it closes what is open, else opens
    ('"Voters can trust him,"Katie Packer said in a statement.', ["Voters can trust him,"]),
    ('"These are lies," said one owner."We got deceived."', ["These are lies,", "We got deceived."]),
    ('"Indeed, they go the other way,"Carlucci said. "It is clear."', ["Indeed, they go the other way,", "It is clear."]),
    # but not a mark between two letters, nor one before a space
    ('He wrote 5"wide and 3" deep.', []),
])
def test_a_straight_mark_glued_to_a_word_after_punctuation(text, expected):
    assert quoted(text) == expected


def test_the_apostrophe_of_a_dutch_t_is_no_quotation_mark():
    text = "\"Europe is disintegrating,\" said Sophie in 't Veld, a member. \"It's a risk everywhere.\""
    assert quoted(text) == ["Europe is disintegrating,", "It's a risk everywhere."]


@pytest.mark.parametrize("text, expected", [
    # a mark of either glyph that begins a paragraph, a space before its words, opens it
    ("Cruz was favored.\n\n\u201d \u2026 the Cruz train has left the station,\u201d wrote Time magazine.",
     [" \u2026 the Cruz train has left the station,"]),
    ('" Nothing here is wrong," he said.', [" Nothing here is wrong,"]),
    # not one standing alone mid-paragraph, nor one before no words
    ("He paused \u201d and left, \u201cfor good,\u201d he said.", ["for good,"]),
    ("\u201d \u201d", []),
])
def test_a_spaced_mark_opening_a_paragraph(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a curly closer typed with a space before it still closes what is open (PolNeAR, Politico)
    ("\u201cI regret having listened to that advice, \u201d he said.\n\n\u201cI mean, it was not on my radar,\u201d "
     "Murphy said.", ["I regret having listened to that advice, ", "I mean, it was not on my radar,"]),
    ("\u201cThis is how they view Ted Cruz today. \u201d Bozell adds.", ["This is how they view Ted Cruz today. "]),
    # with nothing open it closes nothing
    ("He paused, \u201d and left.", []),
    ("It ended. \u201d Then \u201cnothing,\u201d he said.", ["nothing,"]),
])
def test_a_spaced_curly_closer_after_punctuation(text, expected):
    assert quoted(text) == expected
