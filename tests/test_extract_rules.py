"""Each attribution rule with positive and negative cases, on sentences written for them."""

import re

import pytest

from quotebank.extract import extract_quotes, parse_description
from quotebank.extract.descriptions import parse_title


def q_of(text, words, kind=None):
    hits = [q for q in extract_quotes(text) if words in q.text and (kind is None or q.kind == kind)]
    assert hits, f"no quote with {words!r} in {[q.text for q in extract_quotes(text)]}"
    return hits[0]


def q_starting(text, clause):
    """The quote whose content (the whole reported clause) starts with ``clause``."""
    qs = extract_quotes(text)
    hits = [q for q in qs if text[q.content_start:q.content_end].startswith(clause)]
    assert hits, f"no quote starting {clause!r} in {[text[q.content_start:q.content_end] for q in qs]}"
    return hits[0]


@pytest.mark.parametrize("text, words, speaker, cue", [
    ('"We will win this race," said Jane Doe.', "win this race", "Jane Doe", "said"),
    ("\u201cWe will win this race,\u201d Jane Doe said.", "win this race", "Jane Doe", "said"),
    ("'We will win this race,' Jane Doe told reporters.", "win this race", "Jane Doe", "told"),
    ('Jane Doe continued: "We will win this race and the next one."', "win this race", "Jane Doe", "continued"),
    ('Jane Doe, a senior adviser at Acme, said: "We will win this race."', "win this race", "Jane Doe", "said"),
    ('"We will win this race," warned Jane Doe, a senior adviser at Acme.', "win this race", "Jane Doe", "warned"),
    ('"We will win this race," the Pentagon said in a statement.', "win this race", "Pentagon", "said"),
    ('\u00abNous allons gagner cette course\u00bb, said Jean Dupont.', "gagner", "Jean Dupont", "said"),
    ('\u201eWir werden dieses Rennen gewinnen\u201c, said Jan Schmidt.', "gewinnen", "Jan Schmidt", "said"),
    # a party tag between the name and the cue
    ('"We will win this race," Sen. Jane Doe (D-Md.) said.', "win this race", "Jane Doe", "said"),
    ('"We will win this race," Rep. John Roe (R-Utah) said on Friday.', "win this race", "John Roe", "said"),
    ('"We will win this race," Rep. Jim Roe (R-Ohio), a panel member, said.', "win this race", "Jim Roe", "said"),
    # a description with its own prepositional phrase, right after the quotation
    ('"Why did he not pay his taxes?" a narrator in the campaign ad asks.', "pay his taxes",
     "a narrator in the campaign ad", "asks"),
    # a signed quotation: the name after a dash, alone at the paragraph's end
    ("\u201cWe can build a wall around him.\u201d \u2015 Steve Quinlan.", "build a wall", "Steve Quinlan", "\u2015"),
    ('"We will win this race." \u2014 Jane Doe', "win this race", "Jane Doe", "\u2014"),
    # ... and what the signer is, after a comma (a pull quote's credit)
    ('"We will win this race." \u2014 Jane Doe, mayor of Springfield', "win this race", "Jane Doe", "\u2014"),
    # a cue word used as a noun inside the appositive is read past
    ('"It is an invasion of our domain," Scott Roe, the attorney general of one of the states suing the EPA, '
     'said.', "an invasion", "Scott Roe", "said"),
    # a number before the description: "9/11 widow"
    ('"They are 100 percent wrong," said 9/11 widow Terry Strada.', "100 percent wrong", "Terry Strada", "said"),
    ("\u201cWe can build a wall around him.\u201d \u2015\u00a0Steve Quinlan", "build a wall", "Steve Quinlan",
     "\u2015"),
    # the next sentence only attributes a quotation that ends in ! or ?
    ('"What a year!" Jane Doe, the party chair, shouted to the crowd.', "What a year", "Jane Doe", "shouted"),
    # signed on the next line
    ('"The whole idea is something we hear about all the time, and it must stop."\n\n-Jane Doe, Philadelphia.',
     "The whole idea", "Jane Doe", "-"),
    # "written" after an article is an adjective, not the cue
    ("Jane Doe told the Post in a written statement, \u201cI do not want his endorsement at all.\u201d",
     "his endorsement", "Jane Doe", "told"),
    ('"You got it wrong on every count," remembered Jane Doe, the former chair.', "every count", "Jane Doe",
     "remembered"),
])
def test_direct_attribution(text, words, speaker, cue):
    q = q_of(text, words)
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, cue)
    assert text[q.start : q.end] == q.text


def test_a_signed_quotation_keeps_what_the_signer_is():
    q = q_of('"We will win this race." \u2014 Jane Doe, mayor of Springfield\n\nThe vote is on Tuesday.', "win this race")
    assert (q.speaker, q.speaker_description) == ("Jane Doe", "mayor of Springfield")
    assert [r["role"].lower() for r in q.speaker_roles] == ["mayor"]
    # not a sentence going on after the name
    assert [q.speaker for q in extract_quotes('"We will win." \u2014 Jane Doe, I think, may run.')] in ([], [None])


@pytest.mark.parametrize("text, speaker, mention", [
    # a reply owned by its speaker, alone before the colon
    ('Jane Doe\'s response: "We will win."', "Jane Doe", "Jane Doe"),
    ('Jane Doe spoke after the vote. Her reply: "We will win."', "Jane Doe", "Her"),
    ('Trump\'s blunt answer: "No."', "Trump", "Trump"),
    # with "was" or "is" before the colon
    ("Hillary Clinton got the news in December.\n\nClinton\u2019s response was: \u201cIs Dalton Brody off Conn or "
     "Wisconsin?\u201d", "Hillary Clinton", "Clinton"),
    ('Jane Doe spoke after the vote. Her answer is: "We will win."', "Jane Doe", "Her"),
])
def test_an_owners_reply_before_a_colon_speaks(text, speaker, mention):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_mention, q.kind) == (speaker, mention, "direct")


def test_a_reply_with_no_owner_gives_no_speaker():
    assert extract_quotes('The response: "We will win."') == []
    assert extract_quotes('The response was: "We will win."') == []


@pytest.mark.parametrize("text", [
    '> "Libraries are not a luxury," said Councillor Amy Ng.',  # a quoted line (Markdown, e-mail)
    '* "Libraries are not a luxury," said Councillor Amy Ng.',  # a list item
    '\u2022 "Libraries are not a luxury," said Councillor Amy Ng.',
])
def test_a_line_marker_before_a_quotation_is_no_reported_clause(text):
    q = extract_quotes(text)[0]
    assert (q.kind, q.text, q.speaker) == ("direct", "Libraries are not a luxury,", "Amy Ng")


def test_words_before_a_marker_still_make_a_mixed_quote():
    assert extract_quotes('x > "Libraries are not a luxury," said Councillor Amy Ng.')[0].kind == "mixed"


def test_organisations_can_speak():
    q = q_of('"We will win this race," the Pentagon said in a statement.', "win this race")
    assert q.speaker_kind == "organization"


def test_split_quote_gives_both_parts_one_speaker():
    text = '"We will win this race," Jane Doe said. "And then we will win the next one."'
    a, b = q_of(text, "win this race"), q_of(text, "the next one")
    assert a.speaker == b.speaker == "Jane Doe"


def test_quote_only_paragraph_continues_the_previous_speaker():
    text = ('"We will win this race," said Jane Doe, the campaign manager.\n'
            '"And after that we will win the one after it as well."')
    assert q_of(text, "the one after it").speaker == "Jane Doe"


def test_short_second_half_of_a_split_quote():
    text = "\u201cI would,\u201d Jane Doe said to the TV. \u201cI would, Donald.\u201d"
    assert q_of(text, "I would, Donald").speaker == "Jane Doe"
    # a narrative sentence in between: a short quotation is not given to her
    text = "\u201cI would,\u201d Jane Doe said to the TV. The crowd cheered. \u201cSure thing.\u201d"
    assert not [q for q in extract_quotes(text) if "Sure thing" in q.text]


def test_no_signature_or_attribution_sentence():
    # a line that is no name
    text = '"Another quotation long enough to count as one."\n\n- Budget, 2016.'
    assert not [q for q in extract_quotes(text) if q.kind == "direct"]
    # no name after the dash: not signed
    assert not [q for q in extract_quotes('"We will win this race." \u2014 and then they lost it anyway.')
                if q.kind == "direct"]
    # the next sentence reports something of its own: it does not attribute the quotation
    text = '"What a year!" Jane Doe said that the count was wrong and the vote must be held again.'
    assert not [q for q in extract_quotes(text) if "What a year" in q.text]


def test_quote_after_reported_speech_continues_its_speaker():
    text = ('The council may delay the vote until spring, Jane Doe said. '
            '"The other factor is the budget, which nobody has read yet."')
    assert q_of(text, "The other factor", "direct").speaker == "Jane Doe"
    # a quotation with its own cue keeps it
    text = ('The council may delay the vote until spring, Jane Doe said. '
            '"The other factor is the budget, which nobody has read yet," John Roe said.')
    assert q_of(text, "The other factor", "direct").speaker == "John Roe"
    # no reported speech before it: no speaker is guessed
    text = 'The council met on Tuesday. "The other factor is the budget, which nobody has read yet."'
    assert not [q for q in extract_quotes(text) if "other factor" in q.text]


def test_no_continuation_across_a_narrative_paragraph():
    text = ('"We will win this race," said Jane Doe.\n'
            "The council met on Tuesday and discussed the budget for the coming year in detail.\n"
            '"Nobody expected this outcome at all, not even the organisers themselves."')
    assert not any("Nobody expected" in q.text and q.speaker == "Jane Doe" for q in extract_quotes(text))


def test_pronouns_resolve_to_a_compatible_named_speaker():
    text = ('"Taxes will rise next year," said Maria Lopez, an economist.\n'
            'John Smith disagreed with the forecast entirely.\n'
            '"They will fall, and quickly," he said.\n'
            '"I stand by my numbers completely," she said.')
    assert q_of(text, "They will fall").speaker == "John Smith"
    assert q_of(text, "stand by my numbers").speaker == "Maria Lopez"


def test_anonymous_source_is_one_source():
    text = ('"That sounds like what we did in Afghanistan," says a former Marine officer who served there.\n'
            'The former Marine officer says the plan is attractive to politicians.\n'
            '"Who does not want to look tough on television these days?" the former Marine officer says.')
    a, b = q_of(text, "Afghanistan"), q_of(text, "look tough")
    assert a.speaker == b.speaker == "a former Marine officer who served there"
    assert a.speaker_kind == "anonymous"


def test_mixed_quote_spans():
    text = "Webber added that the cartels are keenly 'studying conflicts in Ukraine and Syria' these days."
    q = q_of(text, "studying conflicts", "mixed")
    # the span is the reported clause, as annotated news marks it; the quoted words are its fragment
    assert q.speaker == "Webber"
    assert q.text == "that the cartels are keenly 'studying conflicts in Ukraine and Syria' these days"
    assert (q.start, q.end) == (q.content_start, q.content_end) and text[q.start : q.end] == q.text
    assert [text[s:e] for s, e in q.fragments] == ["studying conflicts in Ukraine and Syria"]


def test_mixed_quote_with_two_fragments_is_one_quote():
    text = 'Jane Doe said the plan was "a total disaster" and "a waste of money" for the city.'
    (q,) = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert q.kind == "mixed" and q.speaker == "Jane Doe"
    assert [text[s:e] for s, e in q.fragments] == ["a total disaster", "a waste of money"]
    assert q.text.startswith("the plan was") and q.text.endswith("for the city")


def test_direct_quote_fragment_is_its_span():
    text = '"We will win this race," said Jane Doe.'
    (q,) = extract_quotes(text)
    assert q.fragments == [(q.start, q.end)] and q.text == "We will win this race,"


@pytest.mark.parametrize("text, clause, speaker", [
    ("Jane Doe said that the plan would cost more than expected.", "that the plan would cost more", "Jane Doe"),
    ("Jane Doe said the plan would cost more than expected.", "the plan would cost more", "Jane Doe"),
    ("According to Jane Doe, the plan will cost more than anyone expected.", "the plan will cost more", "Jane Doe"),
    ("Jane Doe told reporters the plan would cost more than expected.", "the plan would cost more", "Jane Doe"),
    ("The plan will cost more than anyone expected, Jane Doe says.", "The plan will cost more", "Jane Doe"),
    ("Over the years, Jane Doe said, the plan has cost more than anyone expected.", "the plan has cost more",
     "Jane Doe"),
    ("Jane Doe charged that the council had hidden the true cost of the plan.", "that the council had hidden",
     "Jane Doe"),
    # a parenthetical cue: the clause before it, unless that is only a fronted adverbial
    ("Things have changed a lot over the years, Jane Doe says, especially online.", "Things have changed",
     "Jane Doe"),
    # a name right after the cue is the clause's subject when the cue has its own subject (here
    # two people, who speak together)
    ("Jane Doe and John Roe say Marco Rubio, the senator, has not been tested.", "Marco Rubio",
     "Jane Doe and John Roe"),
    ("The plan will cost more than anyone expected, the spokesman said.", "The plan will cost more", "the spokesman"),
    # whatever follows "according to" is the source, and a parenthesis may open the sentence
    ("The plan will cost more than anyone expected, according to people familiar with the matter.",
     "The plan will cost more", "people familiar with the matter"),
    ("The plan failed in the end, according to experts.", "The plan failed", "experts"),
    ("(According to Jane Doe, the plan will cost more than anyone expected.)", "the plan will cost more", "Jane Doe"),
    # when and where between the cue and "that"
    ("Jane Doe said on Friday that the plan would cost more than expected.", "that the plan would", "Jane Doe"),
    ("Jane Doe told reporters Wednesday night that the plan would cost more.", "that the plan would", "Jane Doe"),
    ("Jane Doe said in a statement that the plan would cost more than expected.", "that the plan would",
     "Jane Doe"),
])
def test_indirect_speech(text, clause, speaker):
    q = q_of(text, clause, "indirect")
    assert q.speaker == speaker and q.text.startswith(clause)


def test_full_name_never_runs_across_a_line():
    text = ('"Nobody wants to bus their kids to a magnet school," said Hester.\n'
            "Michael Mulgrew leads the teachers union in the city.\n"
            '"Let us get back to saying our schools are something we support," said Mulgrew.')
    assert q_of(text, "Let us get back").speaker == "Michael Mulgrew"


def test_calling_something_a_name_is_a_mixed_quote():
    q = q_of('Jane Doe called the plan "a total disaster for the country."', "a total disaster", "mixed")
    assert q.speaker == "Jane Doe" and q.cue == "called"
    # a name for a thing is not speech
    assert not [q for q in extract_quotes('The hackers used a technique called "spear phishing" to get in.')
                if q.kind in ("direct", "mixed")]


def test_a_noun_or_infinitive_is_not_the_cue():
    # "state" is a noun here; the speaker is the one who told
    text = 'Jane Doe told reporters he is looking ahead to his home state because he will have "a lot of delegates."'
    q = q_of(text, "a lot of delegates")
    assert q.cue == "told" and q.speaker == "Jane Doe"
    text = 'John Roe quashed rumours he would write a book by tweeting that "I am under a strict agreement."'
    assert not [q for q in extract_quotes(text) if "strict agreement" in q.text and q.cue == "write"]


def test_report_in_a_subordinate_or_relative_clause_ends_at_its_comma():
    q = q_of("While Jane Doe said that the plan would cost more, the mayor disagreed with her.",
             "that the plan", "indirect")
    assert q.text == "that the plan would cost more"
    q = q_of("Jane Doe, who said the plan would cost more, voted for it on Tuesday.", "the plan", "indirect")
    assert q.text == "the plan would cost more"


def test_two_reports_in_one_sentence():
    text = "Jane Doe said the council was not involved and said the mayor had known for months."
    got = {q.text: q.speaker for q in extract_quotes(text) if q.kind == "indirect"}
    assert got == {"the council was not involved": "Jane Doe", "the mayor had known for months": "Jane Doe"}


def test_participle_report_takes_the_main_subject():
    text = '"That could cause problems," the party chair said, adding that small donors may stay away.'
    q = q_of(text, "that small donors", "indirect")
    assert q.speaker_mention == "the party chair" and q.cue == "adding"
    # no subject to take: nothing reported
    assert [q for q in extract_quotes("Rain fell all day, adding that the roads would close.")
            if q.kind == "indirect"] == []


def test_coordinated_verb_takes_the_clause_subject_not_an_opening_word():
    text = "Days later, the Pentagon followed up and announced the deployment of 1,500 troops to the border."
    q = q_of(text, "the deployment", "indirect")
    assert q.speaker == "Pentagon" and q.speaker_kind == "organization"


def test_asked_whether_is_reported_content():
    q = q_of("A reporter asked Jane Doe whether she would run for the Senate again.", "whether she would", "indirect")
    assert q.speaker == "A reporter"
    q = q_of("The mayor asked the council to delay the vote until next spring.", "to delay the vote", "indirect")
    assert q.speaker == "mayor" or q.speaker.endswith("mayor")
    # no named asker, or no question: nothing reported
    assert [q for q in extract_quotes("When asked whether he would run again, he smiled.") if q.kind == "indirect"] == []
    assert [q for q in extract_quotes("Jane Doe asked for a glass of water at the end.") if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, clause, speaker", [
    # the sentence's subject asks at the end of a chain of verbs joined by "and"
    ("Bernie Sanders spoke in Reno. He shook hands and posed for photos and asked workers if they planned to attend "
     "the caucuses.", "if they planned", "Bernie Sanders"),
    ("Senate Majority Leader Mitch McConnell says he spoke to Donald Trump and asked him to condemn violence.",
     "to condemn violence", "Mitch McConnell"),
    ("Lib Dem MP Lembit Opik said ministers had invented a new category and asked how police were supposed to "
     "interpret the rules.", "how police were", "Lembit Opik"),
])
def test_asker_at_the_end_of_a_chain_of_verbs(text, clause, speaker):
    q = q_starting(text, clause)
    assert q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text, clause", [
    # a relative or subordinate clause's chain: its subject is not the sentence's
    ("Pelosi told a story about a young boy who stared at a painting of Bill Clinton and asked who he was.", "who he was"),
    ("The Louisville crowd cheered when Trump spotted a sign in the crowd and asked it to be fetched for him.",
     "to be fetched"),
    # the subject after a fronted clause is no chain's subject read from the sentence's start
    ("Just before the flight took off, the pilot needed to balance the jet and asked for volunteers to move to the "
     "back.", "to move to the back"),
    # a capitalised first word the text never writes inside a sentence is no name
    ("Mine owners in Malaysia have welcomed the export curb and asked the government not to issue new licences.",
     "not to issue"),
    # "when asked": a question put to the speaker, its asker not named
    ("Sam Nunberg, a former aide, said when asked how Trump digests major news events that he reads everything.",
     "how Trump digests"),
])
def test_no_asker_read_from_another_clause(text, clause):
    assert [q for q in extract_quotes(text) if text[q.content_start:q.content_end].startswith(clause)] == []


@pytest.mark.parametrize("text", [
    "Jane Doe said goodbye to the staff on Friday afternoon.",  # no reported clause
    "Jane Doe said in a statement on Friday afternoon.",
    "The United States declares war on them, and that changes everything.",
    "Several states have passed laws on the matter this year.",  # 'states' is a noun here
    "It is the estimated cost of the plan that worries the council.",
    "Jane Doe said on Friday that.",  # no clause after "that"
    "In a speech in Denver last July, the former governor said.",  # a fronted adverbial, not a clause
    "Turnout was low across the districts, he sounded a cautious note.",  # 'note' is a noun
    # verbs whose bare object is a noun phrase report only with "that"
    "Police had last month charged John Roe after reviewing the video recording.",
    "Jane Doe has maintained support among voters with a college degree.",
    "Jane Doe thought the matter over for several long weeks.",
    # markup, handles and hashtags are no cues
    "Nothing to see here \u2014 Jane Doe (@janedoe) June 29, 2016</tweet> the plan is dead for now.",
])
def test_not_indirect_speech(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text", [
    'After Ismael "El Mayo" Zambada was taken into custody, rival factions clashed.',  # nickname
    "US intelligence compiled the so-called 'kill lists' of targets.",  # scare quotes
    'She reread the novel "Pride and Prejudice" on the train home.',  # title of a work
    'He wore a "Make America Great Again" hat to the rally on Friday.',  # slogan
    'Jane Doe appeared on NBC\'s "Meet the Press." She left early.',  # a programme after a possessive outlet
    'Jane Doe talked on the podcast "Here\'s the Thing." She left early.',  # ... or after its kind
    "It's the cartels' problem, not Mexico's, and the '90s are long gone.",  # apostrophes only
])
def test_not_quotations(text):
    assert [q for q in extract_quotes(text) if q.kind in ("direct", "mixed")] == []


def test_confidences_are_in_range_and_rounded():
    text = ('Over the years, he said, the plan has cost more than anyone expected.\n'
            '"We will win this race," said Jane Doe. "And the next one," she added.')
    qs = extract_quotes(text)
    assert qs and all(0 <= q.confidence <= 1 and q.confidence == round(q.confidence, 2) for q in qs)


def test_pronoun_finds_a_subject_introduced_with_an_appositive():
    text = ("But Carolyn Gallaher, a professor at American University, calls the idea folly. She studied "
            "the police in the 2000s and says one lesson was that it was a mistake to target leaders.")
    q = q_of(text, "one lesson was", "indirect")
    assert q.speaker_mention == "She" and q.speaker == "Carolyn Gallaher"


@pytest.mark.parametrize("text, speaker", [
    # a name between commas after a description, with the sentence's own verb after it
    ('Her deputy, Tom Reyes, struck a different tone. "We have enough sandbags," he said.', "Tom Reyes"),
    ("The shadow foreign secretary, Michael Ancram, welcomed the return. But he said there were "
     '"serious questions" left.', "Michael Ancram"),
])
def test_pronoun_finds_a_name_in_apposition_before_its_verb(text, speaker):
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker


def test_a_name_in_apposition_among_objects_is_no_subject():
    # "met her deputy, Tom Reyes, and the mayor, Ann Cole": no verb of theirs after the names
    q = extract_quotes('The governor met her deputy, Tom Reyes, and the mayor, Ann Cole. "It went well," she said.')[-1]
    assert q.speaker not in ("Tom Reyes", "Ann Cole")


def test_plural_nouns_joined_by_and_are_one_group():
    q = q_of("Former soldiers and officers argued the best course would be working with the police.",
             "the best course", "indirect")
    assert q.speaker == "Former soldiers and officers"
    # a singular noun before "and" is not part of the subject
    q = q_of("Voters rejected the plan and critics argued the city would pay for it for years.",
             "the city would pay", "indirect")
    assert q.speaker == "critics"


def test_a_determiner_is_not_a_description():
    q = q_of("Days later, the Pentagon announced the deployment of 1,500 troops to the border.",
             "the deployment", "indirect")
    assert q.speaker == "Pentagon" and q.speaker_description is None


@pytest.mark.parametrize("text, words, speaker, cue", [
    ('Ohio officials pushed back. Kasich resisted: "Ohio governors do not have the power to do that."',
     "Ohio governors", "Kasich", "resisted"),
    ("When Trump suggested that Cuba would sue, Rubio fired back forcefully: \u201cIf they sue us in Miami, "
     "they\u2019re going to lose,\u201d referencing the Cuban immigrants.", "If they sue us", "Rubio", "fired back"),
    ("Hoff\u2019s letter makes a libertarian-style case: \"Followers of radical Islam hate what we stand for.\"",
     "Followers of radical Islam", "Hoff\u2019s letter", "makes"),
    ('Surveying the desolation upstate, Williamson concludes: "Nobody did this to them. They failed."',
     "Nobody did this", "Williamson", "concludes"),
    ('The letter continues: "As a former prosecutor, please explain your understanding of the law."',
     "As a former prosecutor", "The letter", "continues"),
    ("After Jerry Brown criticized him in a debate, Hillary shot back, \u201cI suppose I could have "
     "chosen to bake cookies.\u201d", "I suppose", "Hillary", "shot"),
    ("According to the newspaper, \u201cAmerica\u2019s porous gun laws empower dealers to sell weapons.\u201d",
     "porous gun laws", "the newspaper", "According to"),
    # a colon after reported speech, and the quotation's own cue after it
    ('Trump asserted that France had lost its identity: "France is no longer France," Trump said.',
     "France is no longer", "Trump", "said"),
    # words in marks inside the phrase before the colon hold no speech
    ("Asked about the \u201ctop secret\u201d email chains, a source agreed, with a caveat: \u201cThe person in "
     "question is one of the participants,\u201d the source said.", "The person in question", "the source", "said"),
])
def test_clause_before_a_colon_or_comma_introduces_a_quotation(text, words, speaker, cue):
    q = q_of(text, words, "direct")
    assert (q.speaker, q.cue) == (speaker, cue)


def test_a_sentence_after_a_colon_quotation_does_not_attribute_it():
    text = ("Cardinal O'Connor claimed Labour had \"developed\" the notion that it was the natural party of Catholics, "
            "but he said: \"We are not going to suggest people support one particular party.\" The Family Planning "
            "Association says a reduction would affect young women.")
    q = q_of(text, "We are not going", "direct")
    assert (q.speaker, q.cue) == ("Cardinal O'Connor", "said")


@pytest.mark.parametrize("text", [
    'The plan has three parts: "build, repair and maintain roads across the state."',
    'In 2010, Smith moved to Ohio, "the best place to live in the whole country."',
    'The sign on the door read: "No entry after dark for visitors."',
])
def test_a_colon_or_comma_without_a_speech_act_introduces_nothing(text):
    assert [q for q in extract_quotes(text) if q.kind == "direct"] == []


@pytest.mark.parametrize("text, clause, speaker", [
    ("The race will be tight in the state, said Dan Gerstein, director of Gotham Ghostwriters.",
     "The race will be tight", "Dan Gerstein"),
    ("Rashad Robinson, Color of Change's executive director, said his group will press companies to stay away.",
     "his group will press", "Rashad Robinson"),
])
def test_appositives_and_inverted_cues_around_reported_speech(text, clause, speaker):
    q = q_of(text, clause, "indirect")
    assert q.speaker == speaker and q.text.startswith(clause)
    assert speaker not in q.text


def test_a_state_party_tag_is_read_past():
    q = q_of('"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the convention.', "Perpetual", "direct")
    assert q.speaker == "Glenn Thompson"


@pytest.mark.parametrize("text, clause, kind, speaker", [
    # a party and a state in a capitalised aside (the New York Times' style)
    ("Senator Dianne Feinstein, Democrat of California, said the program has sent a terrible message.",
     "the program has sent", "indirect", "Dianne Feinstein"),
    ("''It is hard to be the grown-up,'' Representative Steve Cohen, Democrat of Tennessee, told him.",
     "It is hard", "direct", "Steve Cohen"),
    ("Lindsey Graham, Republican of South Carolina, who ran for president, said the party was split.",
     "the party was split", "indirect", "Lindsey Graham"),
])
def test_a_party_and_state_aside_is_read_past(text, clause, kind, speaker):
    q = q_of(text, clause, kind)
    assert q.speaker == speaker
    assert all("Democrat of" not in (x.speaker or "") and "Republican of" not in (x.speaker or "")
               for x in extract_quotes(text))


@pytest.mark.parametrize("text, clause", [
    ("Police said no one was injured in the blast.", "no one was injured in the blast"),
    ("The company said no decision had been made on the plant.", "no decision had been made on the plant"),
    ("Officials said no charges would be filed against the officer.", "no charges would be filed against the officer"),
    ("He said nothing had changed since May.", "nothing had changed since May"),
])
def test_a_clause_opening_with_no_or_nothing_is_reported(text, clause):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [clause]


@pytest.mark.parametrize("text, clause", [
    # an occasion between the cue and the clause's subject
    ("Trump said after the convention he would not accept the endorsement.", "he would not accept the endorsement"),
    ("Oracle said after the offering it will have about 28.5 mln shares outstanding.",
     "it will have about 28.5 mln shares outstanding"),
    ("It said following the transaction the caisse will hold about 19.3 pct of the unit.",
     "the caisse will hold about 19.3 pct of the unit"),
])
def test_an_occasion_after_the_cue_is_not_the_report(text, clause):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [clause]


def test_an_occasion_phrase_stops_at_its_preposition():
    # "after the meeting with the board": the occasion's noun takes no preposition, so "the
    # board the company would ..." is not read as a subject after an occasion
    assert all(not q.text.startswith(("the company", "the board the company"))
               for q in extract_quotes("He said after the meeting with the board the company would sell the unit."))


def test_a_report_ends_before_a_linked_quotation_with_its_own_cue():
    text = ('She said fathers would not be eligible for the leave, and when pressed on why the plan leaves out '
            'dads, she replied, "It is a start."')
    got = [(q.kind, q.text) for q in extract_quotes(text)]
    assert ("indirect", "fathers would not be eligible for the leave") in got
    assert ("direct", "It is a start.") in got
    # with no cue of its own after the link, the quotation is the report's: a mixed quote
    got = [(q.kind, q.content_start) for q in extract_quotes('He said the plan was good, and "we will support it."')]
    assert got == [("mixed", 8)]


@pytest.mark.parametrize("text, speaker, clause", [
    # plurals without -s before a present-tense cue
    ("Police say the man fled on foot.", "Police", "the man fled on foot"),
    ("The women say officers will scrutinize the area.", "The women", "officers will scrutinize the area"),
    ("Many people say the plan is bad.", "Many people", "the plan is bad"),
    # people of an age
    ("Those over 60 say they feel that way by 2-1.", "Those over 60", "they feel that way by 2-1"),
    ("Voters under 30 said they would stay home.", "Voters under 30", "they would stay home"),
])
def test_unmarked_plurals_and_people_of_an_age_report(text, speaker, clause):
    assert [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"] == [(speaker, clause)]


@pytest.mark.parametrize("text", [
    "Comments such as his will make a lot of people believe that they are governed by tyrants.",  # made to believe
    "How dare people suggest we are lazy for taking these jobs?",
    "The panel considered an OECD staff report that forecasts a large surplus.",  # a noun compound
    "Prices over 60 cents say little about the market.",  # no people
])
def test_no_report_from_causatives_compounds_or_things(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, speaker, clause, description", [
    # a cue after an aside: its clause may open with a possessive or a gerund
    ("Fields, along with reporter Ben Terris, say Trump's campaign manager yanked her.", "Fields",
     "Trump's campaign manager yanked her", None),
    ("Democratic economists, like their Republican counterparts, say taxing consumption encourages savings.",
     "Democratic economists", "taxing consumption encourages savings", "Democratic economists"),
    # a share restated as a percentage is an aside, not the speaker
    ("Just over a quarter, 26 percent, say they will vote for someone else.", "a quarter",
     "they will vote for someone else", "a quarter"),
    # who stands with the speaker describes no one: a group's own words are its description, as above
    ("Proponents, including the United States Conference of Mayors, have urged Congress to leave the program "
     "intact.", "Proponents", "Congress to leave the program intact", "Proponents"),
])
def test_asides_of_company_and_share_before_a_cue(text, speaker, clause, description):
    got = [(q.speaker, q.text, q.speaker_description) for q in extract_quotes(text) if q.kind == "indirect"]
    assert got == [(speaker, clause, description)]


def test_say_as_for_instance_is_no_cue():
    assert extract_quotes("A small share, say, ten percent, would be enough for the fund.") == []


@pytest.mark.parametrize("text, speaker", [
    # an abbreviation after the organisation's name is the organisation
    ("Standard and Poor's Corp said it cut the ratings of the bank. S and P said the debt is weak.",
     "Standard and Poor's Corp"),
    ("General Motors Corp said it will close a plant. GM said the plant employs 3,000 people.", "General Motors Corp"),
    ("Exports rose sharply last month, the U.S. Department of Agriculture said. The USDA said prices would fall.",
     "U.S. Department of Agriculture"),
    # and before it: the name given later is the organisation's, for the quotes before too
    ("PARIS, April 10 - The IEA said oil demand rose by two pct this year.\n\nDemand rose 2.3 pct in 1986, the "
     "International Energy Agency said.\n\nThe IEA said stocks fell by 1.2 mln bpd in the first quarter.",
     "International Energy Agency"),
])
def test_an_abbreviation_and_its_organisation_are_one_speaker(text, speaker):
    quotes = extract_quotes(text)
    assert len(quotes) >= 2 and {q.speaker for q in quotes} == {speaker}


@pytest.mark.parametrize("text, speakers", [
    # initials that are not the organisation's, or a person's
    ("General Electric Co said it will close a plant. GM said the plant employs 3,000 people.",
     {"General Electric Co", "GM"}),
    ("Gary Morris said the plan would work for everyone. GM said the plant employs 3,000 people.",
     {"Gary Morris", "GM"}),
])
def test_initials_of_another_name_or_a_person_stay_apart(text, speakers):
    assert {q.speaker for q in extract_quotes(text)} == speakers


@pytest.mark.parametrize("text, clause", [
    # the sentence's own attribution at its end is no part of the report inside it
    ("The company estimated sales at 207,000 cars in 1986, down 5.2 pct from a year earlier, the spokesman said.",
     "sales at 207,000 cars in 1986, down 5.2 pct from a year earlier"),
    ("Ward said Guinness had made a transparent attempt to belittle his services, the PA reported.",
     "Guinness had made a transparent attempt to belittle his services"),
    # but a clause's own words are kept: "something that Trump mocked" has no cue of its own here
    ("Carson said that his knife was stopped by the belt buckle, something that Trump mocked.",
     "that his knife was stopped by the belt buckle, something that Trump mocked"),
    # a city's state after a comma leaves the subject whole
    ("Cray Research Inc said Los Alamos National Laboratory in Los Alamos, N.M. installed a supercomputer.",
     "Los Alamos National Laboratory in Los Alamos, N.M. installed a supercomputer"),
])
def test_where_a_report_inside_a_sentence_ends(text, clause):
    assert clause in [q.text for q in extract_quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize("text, speaker", [
    # a body's name with "for" (and "and") is one name
    ("Australia faces a major adjustment to reduce its debt, the Organisation for Economic Cooperation and "
     "Development said.", "Organisation for Economic Cooperation and Development"),
    ("Prices will rise sharply this year, the Institute for Fiscal Studies said.", "Institute for Fiscal Studies"),
    ("Prices will rise sharply this year, the Center for Strategic and International Studies said.",
     "Center for Strategic and International Studies"),
    # a person "of the" body is the person
    ("Prices will rise sharply this year, Jeffrey Lewis of the Brookings Institution said.", "Jeffrey Lewis"),
    ("Prices will rise sharply this year, John Smith of the Center for Strategic and International Studies said.",
     "John Smith"),
    # a hyphened title before the name is no part of it
    ("The loopholes must be closed step by step, Swiss National Bank Vice-President Markus Lusser said.",
     "Markus Lusser"),
    # but "for" before a person's name ends the body's: no "Campaign for John"
    ("Prices will rise sharply this year, the Bank of England said.", "Bank of England"),
])
def test_bodies_named_with_for_and_people_of_them(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_he_is_never_a_body_opening_a_sentence():
    text = ("Campaign for Trump says he'll recast image; \nIncendiary style amounts to an act, top aide implies to "
            "Republican leaders.\n\nThe chief, Paul Manafort, suggested that the candidate's incendiary style "
            "amounted to an act.\n\nAddressing the committee, Mr. Manafort said the image was going to change."
            "\n\nOn Thursday night, Mr. Trump won again.\n\n''The negatives are going to come down,'' he added.")
    q = next(q for q in extract_quotes(text) if q.text.startswith("The negatives"))
    assert q.speaker == "Paul Manafort"


@pytest.mark.parametrize("text", [
    "Many conservatives said the plan was bad for the party. He said it was good for the country.",
    "Some staunch defenders of globalization say the benefits are large. He said they were ten times the losses.",
])
def test_he_is_never_a_group(text):
    q = next(q for q in extract_quotes(text) if q.speaker_mention == "He")
    assert q.speaker is None or q.speaker_kind == "person"


@pytest.mark.parametrize("text, speaker, clause", [
    # ", however," between the cue (or its recipient) and "that"
    ("Sources told POLITICO, however, that she did chime in and the conversation flowed both ways.", "Sources",
     "that she did chime in and the conversation flowed both ways"),
    ("The company said, however, that the sale will generate substantial cash flow.", "The company",
     "that the sale will generate substantial cash flow"),
    # a quotation before a cue with a "that" clause of its own is no report of it
    ("Citing \u201cobligations in Tennessee,\u201d the former vice president\u2019s spokeswoman told POLITICO that "
     "Gore plans to skip the festivities in Philadelphia.", "the former vice president\u2019s spokeswoman",
     "that Gore plans to skip the festivities in Philadelphia"),
])
def test_that_clauses_after_an_aside_or_a_recipient(text, speaker, clause):
    assert [(q.speaker_mention, q.text) for q in extract_quotes(text) if q.kind == "indirect"] == [(speaker, clause)]


@pytest.mark.parametrize("text, speaker", [
    # two roles of one person under one determiner
    ('"North Korea is a paranoid, isolated nation," the independent Vermont senator and Democratic presidential '
     'candidate told ABC.', "the independent Vermont senator and Democratic presidential candidate"),
    ("The party will win in the autumn, the former governor and presidential candidate said.",
     "the former governor and presidential candidate"),
])
def test_two_roles_joined_by_and_are_one_speaker(text, speaker):
    assert [q.speaker_mention for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a firm's or a place's possessive before a surname: the person the article named in full
    ('"Rates will go up," said Charles Ryavec of Salomon Brothers.\n\n"They will rise further," said Salomon\'s '
     'Ryavec.', "Charles Ryavec"),
    ('"He played well," said Switzerland\'s Federer.', "Federer"),
    # a family name with lower-case particles after the possessive
    ('"Rates will go up," added Robert di Clemente of Salomon Brothers Inc.\n\n"Fed funds will be under pressure," '
     'said Salomon\'s di Clemente.', "Robert di Clemente"),
    ("Rabobank's van der Berg said rates would fall.", "van der Berg"),
    # but a name that goes on after the possessive, or a paper, stays whole
    ("Prices will rise sharply this year, People's Daily said.", "People's Daily"),
    ("Sales will rise sharply this year, Hudson's Bay said.", "Hudson's Bay"),
])
def test_a_surname_after_a_possessive_is_the_person(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_given_names_of_either_gender_are_people():
    # "Robin", "Beryl": given names of no one gender; the person is never an "it", and "he" may be him
    text = ('"Rates will not fall soon," said Chase Manhattan Securities economist Robin Marshall.\n\n'
            "It also counters the optimistic forecasts of last week that a cut was imminent.\n\n"
            '"The economy is strong," said Beryl Sprinkel, chairman of the Council of Economic Advisers.\n\n'
            "He said that interest rates would stay where they were for the rest of the year.")
    quotes = extract_quotes(text)
    assert all(q.speaker != "Robin Marshall" for q in quotes if q.speaker_mention == "It")
    assert next(q for q in quotes if q.speaker_mention == "He").speaker == "Beryl Sprinkel"
    assert next(q for q in quotes if q.text.startswith("Rates")).speaker_kind == "person"


def test_a_quotation_before_a_plain_cue_keeps_it():
    # "that day" is no clause, nor ", adding that ...": the quotation is the cue's
    for text in ('"We will win," she told reporters that day.', '"We will win," he said, adding that the polls were wrong.'):
        assert [q.kind for q in extract_quotes(text)][0] == "direct"


def test_a_sentence_with_its_own_attribution_holds_the_report_inside_it():
    text = ("AMSTERDAM, March 27 - Three Dutch computer leasing firms are charging the Dutch unit of IBM with "
            "unfair trading practices, saying its prices undercut the leasing market, a court spokesman said.\n\n"
            "He said the three firms started summary proceedings in the Amsterdam district court yesterday.")
    got = {(q.speaker, q.text[:30]) for q in extract_quotes(text)}
    # the firms' report, the spokesman's report holding it, and "he" is the spokesman
    assert ("Three Dutch computer leasing firms", "its prices undercut the leasin") in got
    assert ("a court spokesman", "Three Dutch computer leasing f") in got
    assert ("a court spokesman", "the three firms started summar") in got


@pytest.mark.parametrize("text", [
    "He said no to the offer from the rival bidder.",
    "She said no.",
    "He said no, and left the room without another word.",
    "He said nothing about the plan that was announced on Monday.",
    "The minister said nothing at all to the reporters outside.",
])
def test_saying_no_or_nothing_reports_no_clause(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text", [
    "After the deal, the subpoena was withdrawn and Clinton testified voluntarily in 1998.",
    "Iron Mike Tyson was not asked to speak at the Convention though he would do a good job.",
    "But dumping Trump is easier said than done in New York City these days.",
    "This is not about me, President Obama told his closest advisers as he labored over the address.",
])
def test_no_reported_clause(text):
    # (the words before "told" are a report, as PolNeAR annotates them; none follows the cue)
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] in ([], ["This is not about me"])


@pytest.mark.parametrize("text, words, speaker", [
    # the second half of a split quote after an inverted cue with a long appositive
    ('"This used to be their back yard," said Raffaello Pantucci, director of International Security Studies '
     'at the Royal United Services Institute in London, "but it is increasingly coming into China\'s thrall."',
     "but it is increasingly", "Raffaello Pantucci"),
    # the sentence goes on with the speaker's next act
    ("Canova wrote to his 20,000 Twitter followers, \u201cIt\u2019s time to end her political career for good,\u201d "
     "and shared a link to his fundraising page.", "time to end her", "Canova"),
    # a long lead-in that ends in a colon
    ("On June 3, Trump continued his attacks against Curiel with the above statement, followed swiftly by: "
     "\u201cI am going to do very well with the Hispanics.\u201d", "I am going to do", "Trump"),
])
def test_direct_despite_words_between_cue_and_quotation(text, words, speaker):
    q = q_of(text, words)
    assert q.kind == "direct" and q.speaker == speaker


def test_words_after_the_quotation_that_are_no_new_act_keep_it_mixed():
    q = q_of('Jane Doe described the plan as "a total disaster for everyone" in her speech on Monday.',
             "a total disaster")
    assert q.kind == "mixed"


@pytest.mark.parametrize("text, words, speaker, cue", [
    ("At the final debate, Cruz hinted at Trump by mentioning the need for a wall on the border and adding, "
     "\"I've got an idea of who should build it.\"", "I've got an idea", "Cruz", "adding"),
    ("Speaking in his real voice again, Glenn Beck recited a passage from the Bible, saying: "
     "\u201cIn those days the perilous times shall come.\u201d", "perilous times", "Glenn Beck", "saying"),
])
def test_a_participle_takes_the_subject_of_its_clause(text, words, speaker, cue):
    q = q_of(text, words, "direct")
    assert (q.speaker, q.cue) == (speaker, cue)


@pytest.mark.parametrize("text, clause, not_in", [
    # a short fronted adverbial before the attribution: the report follows it
    ("But the next day, according to Roffman, Trump made further demands on the firm.",
     "Trump made further demands", "the next day"),
    # a whole clause before it: that is the report
    ("Only one person was killed by a gun last year in Japan, according to the National Police Agency.",
     "Only one person was killed", "Police"),
    # a long source phrase at the start
    ("According to early results of exit polls conducted for The Associated Press and television networks "
     "by Edison Research, at least 8 in 10 voters feel down on the government.", "at least 8 in 10", "Edison"),
])
def test_according_to_in_the_middle_or_with_a_long_source(text, clause, not_in):
    q = q_of(text, clause, "indirect")
    assert q.text.startswith(clause) and not_in not in q.text


@pytest.mark.parametrize("text, words, speaker", [
    # time phrases and adverbs between the subject and the cue are no speakers
    ("Trump, who has been feuding with party leaders, on Friday described his intent to lead "
     "a \u201cbig tent\u201d party.", "big tent", "Trump"),
    ("The State Department less than two weeks ago said for the first time that \u201ctop secret\u201d "
     "material had passed through the server.", "top secret", "The State Department"),
    ("Gore's close friends have in the past said he was staying quiet about the race.",
     "staying quiet", "Gore's close friends"),
    ('Clinton, exasperated, famously responded: "What difference does it make?"', "What difference", "Clinton"),
    ("Paul Ryan on Thursday night declared that he cannot currently support the nominee.",
     "cannot currently support", "Paul Ryan"),
    # a person "of" a place is the person; an organisation "of" a place is the whole name
    ("Gov. John Kasich of Ohio, a Republican, said the family deserved better.", "deserved better",
     "John Kasich"),
    ('"I want Bernie in the fold," said Sen. Sherrod Brown of Ohio.', "in the fold", "Sherrod Brown"),
    ("The University of Michigan said it would close the laboratory for a month.", "close the laboratory",
     "The University of Michigan"),
    # a capitalised title word before a lower-case one, then the name
    ('"The math is daunting," explained Democratic strategist Simon Rosenberg.', "math is daunting",
     "Simon Rosenberg"),
    ('"It is over," said Obama adviser David Axelrod.', "It is over", "David Axelrod"),
    ('"We will win," said Republican officials.', "We will win", "Republican officials"),
    # the subject of a chain of verbs runs to the first verb
    ("The retired neurosurgeon has provided no details, saying only that he was refining some practices.",
     "refining some practices", "The retired neurosurgeon"),
    ("Democratic candidate Sen. Bernie Sanders (I-Vt.) on Saturday criticized the accord, saying the "
     "agreement goes nowhere near far enough.", "nowhere near", "Bernie Sanders"),
    ("The judge rubbed his chin, and then said the motion was denied for now.", "motion was denied",
     "The judge"),
    ("Republican officials met on Monday, and later said the vote would go ahead.", "vote would go ahead",
     "Republican officials"),
])
def test_speaker_phrase_boundaries(text, words, speaker):
    assert q_of(text, words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a sentence-opening preposition is not part of a name the article introduces
    ("For Hillary Clinton, the night was a test. Clinton said the economy was getting better for families.",
     "economy was getting better", "Hillary Clinton"),
    ("Since Donald Trump took office, much has changed. Trump said the economy was booming across the land.",
     "economy was booming", "Donald Trump"),
    # the -ly noun and the day name that are subjects stay subjects
    ("The family said they would appeal the verdict next week.", "appeal the verdict", "The family"),
])
def test_names_and_subjects_without_openers(text, words, speaker):
    assert q_of(text, words).speaker == speaker


@pytest.mark.parametrize("text", [
    "Rain fell all day, adding to the misery of the marchers on the long road.",
    "On Friday, the storm moved east, saying nothing of its path to the forecasters.",
])
def test_no_subject_for_a_participle_without_a_speaker(text):
    assert [q.speaker for q in extract_quotes(text)] == []


def test_a_participle_after_a_quotation_introduces_content_not_a_speaker():
    text = ('Donald Trump has delivered a defense of "New York values," saying the city embodied the '
            '"bravery, heart and soul of America."')
    qs = extract_quotes(text)
    assert all(q.speaker != "the city embodied the" for q in qs)
    q = q_of(text, "bravery, heart", kind="mixed")
    assert q.speaker == "Donald Trump" and q.cue == "saying"
    assert q.text.startswith("the city embodied")


def test_a_plural_possessive_appositive_is_read_past():
    text = ("\u201cWe need bold change in every state capitol,\u201d Jeff Weaver, Sanders\u2019 campaign manager, "
            "said in a statement. \u201cThe leaders we raise money for are tomorrow\u2019s senators.\u201d")
    assert [(q.speaker, q.kind) for q in extract_quotes(text)] == [("Jeff Weaver", "direct")] * 2
    assert q_of(text, "bold change").speaker_description == "Sanders\u2019 campaign manager"


@pytest.mark.parametrize("text, clause", [
    # a new subject after ", and" / ", but" starts a new clause
    ("Yellen said she would cut rates, and the market did next to nothing for a week.", "she would cut rates"),
    ("Protest groups say the rules are meant to hide them, but the city has denied it for weeks.",
     "the rules are meant to hide them"),
    # an adverbial or an appositive after a comma is not part of the report
    ("Lewandowski said he does not do them publicly, as was the case with the news conference.",
     "he does not do them publicly"),
    ("HP announced it would slash up to 30,000 jobs, a mass layoff rivalling the cuts of 2002.",
     "it would slash up to 30,000 jobs"),
    # a new subject's own report ends the first one and is found too (an open question not said is no
    # report: "has not said whether ...", test_what_was_not_said_is_no_report)
    ("Sanders has not said he will quit the race, and he insisted on Wednesday that he can still "
     "win the nomination.", "he will quit the race"),
])
def test_reported_clause_ends_where_a_new_clause_begins(text, clause):
    assert clause in [q.text for q in extract_quotes(text)]


@pytest.mark.parametrize("text, clause", [
    # but a clause that goes on with the same subject's "but that" or a list keeps going
    ("Hamermesh predicted that base wages would fall over time, but that overtime pay would offset the loss.",
     "that base wages would fall over time, but that overtime pay would offset the loss"),
    ("The governor said the plan would cut taxes, spending and the deficit within four years.",
     "the plan would cut taxes, spending and the deficit within four years"),
])
def test_reported_clause_keeps_its_own_continuations(text, clause):
    assert clause in [q.text for q in extract_quotes(text)]


@pytest.mark.parametrize("text, clause, speaker", [
    # a statement's where and when between the cue and a clause opened by a pronoun or "the"
    ("United Gun Group said in a statement Thursday night they pulled the listing from the site.",
     "they pulled the listing from the site", "United Gun Group"),
    ("The campaign said on Monday the rally would go ahead as planned.", "the rally would go ahead as planned",
     "The campaign"),
    # "Some say", and a plural subject with a long appositive before "say"
    ("Some say they hear echoes of a painful past in the recent comments.",
     "they hear echoes of a painful past in the recent comments", "Some"),
    ("Khizr and Ghazala Khan, the parents whose speech created a firestorm, say they felt compelled to speak "
     "out.", "they felt compelled to speak out", "Ghazala Khan"),
    # a department is part of the title, not of the name
    ("Secretary of State John F. Kerry said the United States would act.", "the United States would act",
     "John F. Kerry"),
    ("The Secretary of State said the talks would resume soon.", "the talks would resume soon",
     "The Secretary of State"),
])
def test_more_reported_speech_forms(text, clause, speaker):
    q = q_of(text, clause, kind="indirect")
    assert (q.text, q.speaker) == (clause, speaker)


@pytest.mark.parametrize("text", [
    "Initially, state regulators did not consider Mr. Clarke a realistic option.",
    "It is a country like, say, France or Spain in its size and wealth.",
    "The firm said in a statement on Monday.",
])
def test_no_report_from_a_noun_or_an_aside(text):
    assert [q.text for q in extract_quotes(text)] == []


def test_a_news_outlet_that_speaks_is_an_organisation_but_a_person_of_that_name_is_not():
    q = q_of("Rolling Stone reported in November that the administration is weighing an invasion.",
             "weighing an invasion")
    assert (q.speaker, q.speaker_kind) == ("Rolling Stone", "organization")
    q = q_of("Michael Bloomberg, the former mayor, spoke on Monday. Bloomberg said the plan would fail "
             "within a year.", "the plan would fail")
    assert (q.speaker, q.speaker_kind) == ("Michael Bloomberg", "person")


TRANSCRIPT = (
    "Indiana Gov. Mike Pence appeared on Fox News Sunday with Chris Wallace.\n\n"
    "Partial transcript as follows:\n\n"
    "WALLACE: Will Gennifer Flowers actually be there tomorrow night?\n\n"
    "PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n"
    "But the truth is that Donald Trump has a unique way of communicating.\n\n"
    "(CROSSTALK.)\n\n"
    "WALLACE: Governor, I don't want to interrupt, but I want to try to get in one more.\n\n"
    "PENCE: And that's why Donald Trump is on his way to the White House.\n\n"
    '"Follow Pam Key on Twitter."\n'
)


def test_transcript_turns_are_direct_quotes_of_the_labelled_speaker():
    got = [(q.text, q.speaker, q.kind, q.cue) for q in extract_quotes(TRANSCRIPT)]
    assert got == [
        ("Will Gennifer Flowers actually be there tomorrow night?", "Chris Wallace", "direct", ":"),
        ("Gennifer Flowers will not be attending the debate tomorrow night.", "Mike Pence", "direct", ":"),
        # a paragraph between two turns continues the turn before it
        ("But the truth is that Donald Trump has a unique way of communicating.", "Mike Pence", "direct", ":"),
        ("Governor, I don't want to interrupt, but I want to try to get in one more.", "Chris Wallace",
         "direct", ":"),
        ("And that's why Donald Trump is on his way to the White House.", "Mike Pence", "direct", ":"),
    ]
    q = extract_quotes(TRANSCRIPT)[0]
    assert TRANSCRIPT[q.speaker_start:q.speaker_end] == "WALLACE"


def test_transcript_labels_with_full_names_and_stray_excerpt_marks():
    text = ("Oklahoma Gov. Mary Fallin spoke on CNN\u2019s \u201cState of the Union.\u201d\n\n"
            '"JAKE TAPPER: Do you think the nation needs to work together?\n\n'
            '"FALLIN: Well, I think the whole nation needs to work together.\n\n'
            '"TAPPER: Thank you, Governor.\n')
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got == [
        ("Do you think the nation needs to work together?", "Jake Tapper"),
        ("Well, I think the whole nation needs to work together.", "Mary Fallin"),
        ("Thank you, Governor.", "Jake Tapper"),
    ]


@pytest.mark.parametrize("text", [
    # editorial labels, newsletter rubrics and headlines are no speakers
    "CORRECTION: An earlier version of this article misspelled a name.\n\nBYLINE: Amber Phillips.\n",
    "STAT OF THE WEEK: $43 million in subsidies.\n\nSHORT READS: Five things to know today.\n",
    "BOOM: Trump Just Fired A Missile At Hillary.\n\nLOOK: Shocking Photos Of The Rally.\n",
    # one labelled paragraph is no transcript
    "Sen. John Roe spoke on Sunday.\n\nROE: We will win this race.\n\nThe polls closed at eight.\n",
])
def test_not_transcripts(text):
    assert extract_quotes(text) == []


def test_a_dialogue_of_labels_is_a_transcript_even_when_the_names_are_not_given():
    text = ("Partial transcript as follows:\n\n"
            "RAMOS: Did you lie to them?\n\n"
            "CLINTON: I feel a great deal of sympathy for the families.\n\n"
            "\u2026.\n\n"
            "RAMOS: Thank you.\n")
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got == [("Did you lie to them?", "Ramos"),
                   ("I feel a great deal of sympathy for the families.", "Clinton"),
                   ("Thank you.", "Ramos")]


@pytest.mark.parametrize("text, words, speaker", [
    ("In 2009, when President Barack Obama offered states billions of dollars through his grant program, "
     "\u201cstates were hemorrhaging money. They needed it,\u201d Ron DeSantis said. "
     "\u201cAnd he conditioned that funding on adopting things like Common Core.\u201d",
     "hemorrhaging money", "Ron DeSantis"),
    # the second half of the split quote follows the first
    ("In 2009, when President Barack Obama offered states billions of dollars through his grant program, "
     "\u201cstates were hemorrhaging money. They needed it,\u201d Ron DeSantis said. "
     "\u201cAnd he conditioned that funding on adopting things like Common Core.\u201d",
     "he conditioned that funding", "Ron DeSantis"),
    ("If Russia is attacking the party \u2014 as many researchers believe \u2014 \u201cwhy wouldn\u2019t you "
     "want to raise the potential?\u201d asked Anita Dunn, a consultant.", "raise the potential", "Anita Dunn"),
])
def test_a_cue_after_the_quotation_beats_a_verb_in_a_fronted_clause(text, words, speaker):
    q = q_of(text, words)
    assert (q.kind, q.speaker) == ("direct", speaker)


def test_a_cue_before_a_quotation_still_makes_a_mixed_quote_without_a_cue_after_it():
    q = q_of('Sanders said the plan was "a total disaster, a catastrophe," in Iowa on Friday.', "disaster")
    assert (q.kind, q.speaker) == ("mixed", "Sanders")


@pytest.mark.parametrize("text, speaker", [
    # a cue word used as a noun earlier in the clause ("the remark", "a comment") is not a verb
    # whose subject the participle takes
    ("Howard Dean later appeared on MSNBC.\n\nHe then defended the remark, saying, "
     "\u201cI don\u2019t think this is a ridiculous idea at all.\u201d", "Howard Dean"),
    ("Hillary Clinton immediately posted a Twitter comment of her own, saying, "
     "\u201cWe\u2019re so excited to meet our second grandchild!\u201d", "Hillary Clinton"),
])
def test_participle_takes_the_clause_subject_past_a_cue_word_used_as_a_noun(text, speaker):
    q = extract_quotes(text)[-1]
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, "saying")


@pytest.mark.parametrize("text, speaker", [
    # the speaker is the head of a noun phrase with a prepositional modifier, never its object
    ("A source familiar with the matter said, \u201cThe agents are investigating the intersection.\u201d",
     "A source familiar with the matter"),
    ("An official speaking on condition of anonymity said, \u201cThe agents are investigating it now.\u201d",
     "An official speaking on condition of anonymity"),
    ("Another intelligence source speaking to Fox News said, \u201cThe agents are investigating it now.\u201d",
     "Another intelligence source speaking to Fox News"),
    ("\u201cWe will not comment on the matter,\u201d a spokesman for the senator said.",
     "a spokesman for the senator"),
    # a name before the preposition is not swallowed into a phrase
    ("In an interview with Fox News, Jane Doe said, \u201cWe will win this race and the next.\u201d", "Jane Doe"),
])
def test_speaker_phrase_with_a_prepositional_modifier(text, speaker):
    q = extract_quotes(text)[0]
    assert (q.kind, q.speaker) == ("direct", speaker)


@pytest.mark.parametrize("text, speaker, cue", [
    # a progressive verb ends the clause that a colon closes
    ("Worried about a lack of passion among young voters, President Obama is rolling out a new "
     "campaign message: \"It's about me and my legacy.\"", "Obama", "rolling"),
    # a name right before a participle is its subject
    ("The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I 50 points ahead, you might ask?\u201d",
     "Hillary Clinton", "asking"),
    # a subject phrase runs past its titles and modifiers to the verb
    ("Republican Presidential hopeful Sen. Ted Cruz was also critical of the stance, telling reporters: "
     "\u201cThe comments today are typical of his administration.\u201d", "Ted Cruz", "telling"),
    ("The Vermont senator emailed supporters saying: \u201cWe will win this race and the next one.\u201d",
     "The Vermont senator", "saying"),
])
def test_clause_subjects_of_colon_and_participle_cues(text, speaker, cue):
    q = extract_quotes(text)[0]
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, cue)


@pytest.mark.parametrize("text", [
    "The plan is simple: \"We will win this race and the next one.\"",
    # (but a person and how that person stood: "The senator was adamant:" is the senator's, since 0.6.666,
    # as "Kim was blunt:" is Kim's; test_plain_speaking_then_a_colon)
])
def test_a_copula_before_a_colon_is_no_speech_act(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, words, mention, cue", [
    # "it" speaks for an organisation or a publication named before
    ("The Times-Picayune ran an editorial on Sunday.\n\n"
     "\u201cBut the crisis should be a call to conscience and compassion,\u201d it added.",
     "call to conscience", "it", "added"),
    ("\u201cWhat sport is he talking about, and who? Is Obama profiling?\u201d reacted Donald Trump.",
     "What sport", "Donald Trump", "reacted"),
    # a cue word that ends the sentence after a quotation is a verb, not a noun ("the ad states")
    ("\u201cThey know she is the only one strong enough to stop Wall Street abuses,\u201d "
     "a voice-over in the ad states.", "strong enough", "a voice-over in the ad", "states"),
])
def test_more_speakers_after_a_quotation(text, words, mention, cue):
    q = q_of(text, words)
    assert (q.kind, q.speaker_mention, q.cue) == ("direct", mention, cue)


@pytest.mark.parametrize("text", [
    # "it" as a dummy subject and "states" as a noun are not attributions
    "\u201cWe will win this race and the next one,\u201d it is said in the southern states of the union.",
    "Voters backed \u201cthe plan for the southern states\u201d in the border states.",
])
def test_not_attributed_to_it_or_to_a_noun(text):
    assert [q for q in extract_quotes(text) if q.kind == "direct"] == []


def test_multi_paragraph_quote_attributed_in_its_last_paragraph():
    text = ('Residents spoke after the vote.\n\n'
            '"Whether it is income or wealth, he has been a transformative leader.\n\n'
            '"And he is a very beautiful man," Sanders continued. "When you meet him, you see something '
            'very special in his face."')
    got = [(q.text, q.speaker, q.kind) for q in extract_quotes(text)]
    assert got == [
        ("Whether it is income or wealth, he has been a transformative leader.\n\n\"And he is a very beautiful man,",
         "Sanders", "direct"),
        ("When you meet him, you see something very special in his face.", "Sanders", "direct"),
    ]


def test_multi_paragraph_quote_keeps_its_cue_before_it():
    text = ('Obama said: "There\'s no magic to the phrase. It\'s not a strategy.\n\n'
            '"Calling a threat by a different name does not make it go away," he added. '
            '"Not once has an adviser of mine said so."')
    got = [(q.text[:20], q.speaker, q.cue) for q in extract_quotes(text)]
    assert got[0] == ("There's no magic to ", "Obama", "said")
    assert got[-1] == ("Not once has an advi", "Obama", "added")


@pytest.mark.parametrize("text, words, speaker, cue", [
    # the description before the name, as an appositive
    ('"We need him because life is very hard in Romania," his wife, Gabriela Violeta Lazar, wrote in a letter.',
     "life is very hard", "Gabriela Violeta Lazar", "wrote"),
    ("\u201cPositions are gonna soften on Donald Trump, whether it\u2019s now or later,\u201d California Rep. Duncan "
     "Hunter\u2019s chief of staff, Joe Kasper, told reporters.", "gonna soften", "Joe Kasper", "told"),
    # any determiner opens a description
    ('"Mexicans are just beyond reproach, spectacular," this Trump look-alike declared in Mexico City.',
     "beyond reproach", "this Trump look-alike", "declared"),
    # verbs of the lexicon: exhorted, opined, sings
    ('"It\'s about time that we had a woman running this country," exhorted actress Jamie Lee Curtis.',
     "about time", "Jamie Lee Curtis", "exhorted"),
    ('"Gun owners should leave their weapons at home," opined The Plain Dealer.', "weapons at home",
     "The Plain Dealer", "opined"),
    ('In one of his songs, Billy Joel sings, "Don\'t go changing to try and please me."', "go changing",
     "Billy Joel", "sings"),
    # a verb in -s that is rarely a noun, with a place between it and the quotation
    ("Bernie Sanders asks at Western High School, \u201cAny questions I can answer for you?\u201d", "questions",
     "Bernie Sanders", "asks"),
    # an inverted speaker with a title before and a place after
    ('"I don\'t know exactly where he stands on that," said undecided Republican voter Stephanie Hooton of '
     'Derry, N.H., before the barn event.', "where he stands", "Stephanie Hooton", "said"),
])
def test_post_and_pre_cue_speaker_forms(text, words, speaker, cue):
    q = q_of(text, words)
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, cue)


@pytest.mark.parametrize("text", [
    # a clause before the name is not a description of it
    '"We will win this race and the next one," and then the crowd, Jane Doe, said nothing at all.',
    # a noun in -s before a quotation is no cue
    "The state reports in May, \u201cwere never published in full by the department,\u201d a clerk noted.",
])
def test_no_speaker_from_a_clause_or_a_noun(text):
    assert all(q.speaker not in ("Jane Doe", "The state") for q in extract_quotes(text))


def test_a_relative_pronoun_after_a_quotation_is_no_description():
    text = ('Sanders rallied young people with his calls to end the "rigged economy" that he says is '
            'maintained by a corrupt campaign-finance system.')
    assert all(q.speaker_mention != "that he" for q in extract_quotes(text))


@pytest.mark.parametrize("text, words, kind, speaker", [
    # a quotation whose sentence ends with its attribution is a mixed quote of that speaker ...
    ('"People were celebrating" before the incident, Sara Violet said. "And it was so peaceful. It was a '
     'festivity vibe."', "People were celebrating", "mixed", "Sara Violet"),
    # ... and the split quote after it continues that speaker
    ('"People were celebrating" before the incident, Sara Violet said. "And it was so peaceful. It was a '
     'festivity vibe."', "so peaceful", "direct", "Sara Violet"),
    ('Obama "felt a moral obligation to do something about" climate change, David Axelrod said. "This is not '
     'just a cosmetic item on his list."', "cosmetic item", "direct", "David Axelrod"),
    # "It added," before a quotation: an organisation named before
    ('The company wrote in its statement that it had no role.\n\nIt added, "We want no part in the listing '
     'on our web site or in any of the publicity."', "no part in the listing", "direct", "The company"),
    # a paragraph ending in a colon introduces the next one's quotation
    ("When Wallace died in 1998, President Bill Clinton released the following statement:\n\n"
     "\u201cHillary and I offer our condolences to the family and friends of George Wallace.\u201d",
     "offer our condolences", "direct", "Bill Clinton"),
])
def test_attribution_at_a_distance(text, words, kind, speaker):
    q = q_of(text, words)
    assert (q.kind, q.speaker) == (kind, speaker)


@pytest.mark.parametrize("text", [
    # a clause with its own subject after the comma reports something else
    '"People were celebrating" before the incident, and the mayor said nothing about it.',
    # a paragraph ending in a colon that is no clause with a subject and a verb
    "Statement of the day:\n\n\u201cHillary and I offer our condolences to the family and friends.\u201d",
])
def test_no_attribution_at_a_distance(text):
    assert [q for q in extract_quotes(text) if q.kind in ("direct", "mixed")] == []


@pytest.mark.parametrize("text, speaker", [
    ('"That was more her constituency than his," said Ohio State University professor Paul Beck.', "Paul Beck"),
    ('"That was more her constituency than his," said Obama adviser David Axelrod.', "David Axelrod"),
    # a name followed by its place or its appositive keeps the name
    ('"That was more her constituency than his," said John Kasich of Ohio.', "John Kasich"),
    ('"That was more her constituency than his," said Jane Doe, a professor at Ohio State University.',
     "Jane Doe"),
])
def test_inverted_speaker_after_an_organisation_title(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text", [
    # "states" after a regional adjective is a noun
    "Most Southern states that will hold nominating contests March 1 have sizable minority populations.",
    "The race now moves to Western states this week that Sanders is counting on winning.",
    # an object pronoun after the cue is no clause
    "He tried to walk back his comments a day after he said them, but not after some damage was done.",
])
def test_no_report_from_a_noun_or_an_object_pronoun(text):
    assert extract_quotes(text) == []


def test_inverted_speaker_with_a_coordinated_title_is_no_clause():
    text = ("The firm handled gaming and tax issues related to the hotels in New York and Florida, said "
            "lobbyist and GOP strategist Charlie Black, a former business partner.")
    got = [(q.kind, q.speaker) for q in extract_quotes(text)]
    assert got == [("indirect", "Charlie Black")]


@pytest.mark.parametrize("text, clause, speaker", [
    # a party tag after the name; the clause after the cue is no inverted speaker
    ("Committee Chairman Rep. Jason Chaffetz, R-Utah, said the questioning will start with Comey, but not "
     "end there.", "the questioning will start with Comey", "Jason Chaffetz"),
    # "It said" for an organisation
    ("Twitter suspended 125,000 accounts. It also said it had expanded the teams that review reports.",
     "it had expanded the teams that review reports", None),
    # a report inside a relative clause
    ("The governor vetoed a bill, which critics said was discriminatory against transgender students.",
     "was discriminatory against transgender students", "critics"),
    ("Roffman signed a letter of apology that he said was drafted by the firm.", "was drafted by the firm", None),
    # paired qualifiers in the subject of a sentence-final attribution
    ("As the FBI looks to wrap up its investigation, agents are likely to want to interview Clinton and her "
     "aides, current and former officials said.", "agents are likely to want to interview", "current and former officials"),
])
def test_more_indirect_speech_forms(text, clause, speaker):
    hits = [q for q in extract_quotes(text) if clause in q.text and q.kind == "indirect"]
    assert hits, [(q.kind, q.speaker, q.text) for q in extract_quotes(text)]
    if speaker is not None:
        assert hits[0].speaker == speaker


@pytest.mark.parametrize("text", [
    # a description that holds a verb is a clause, not an inverted speaker
    "The deal is done, said the reporter who was there.",
    # a relative clause without a speech act
    "The governor vetoed a bill, which critics opposed because it was discriminatory.",
])
def test_inverted_and_relative_negatives(text):
    got = [(q.speaker, q.text) for q in extract_quotes(text)]
    assert all("was there" not in t and "because it was" not in t for _, t in got)


@pytest.mark.parametrize("text, mention", [
    ("Roffman signed a letter of apology that he said was drafted by the firm.", "he"),
    ("He cited a Yale Daily News article that Carson said was written about the incident.", "Carson"),
])
def test_the_subject_of_a_relative_report_speaks(text, mention):
    q = [q for q in extract_quotes(text) if q.kind == "indirect" and q.cue == "said"][0]
    assert q.speaker_mention == mention


def test_according_to_then_a_clause_with_a_fragment_is_mixed():
    text = ("According to Trump, he was once part of the so-called establishment, but is now "
            "\u201cthe worst thing that ever happened to the establishment.\u201d")
    q = q_of(text, "worst thing")
    assert (q.kind, q.speaker) == ("mixed", "Trump")
    assert q.text.startswith("he was once part")


@pytest.mark.parametrize("text", [
    # a cue that attributes the quotation before it reports nothing more
    "\u201cShe just made it up,\u201d he said of the claim during a call to ABC\u2019s \u201cThis Week.\u201d",
    '"We ought to start surveillance up again," the candidate said in a Thursday interview with Sirius XM\'s '
    '"Breitbart News Daily."',
    "\u201cOur power is to ask questions,\u201d said Ramos, whose new book features interviews with "
    "\u201crebellious\u201d people.",
])
def test_no_mixed_quote_from_titles_labels_or_asides(text):
    assert [q for q in extract_quotes(text) if q.kind == "mixed"] == []


@pytest.mark.parametrize("text, words", [
    # still mixed: a fragment in the clause a cue reports
    ('Sanders said the plan was "a total disaster" for working families.', "total disaster"),
    ('"It was shameful," she said, adding that the lines were "extraordinarily long" in Phoenix.', "extraordinarily"),
    # a preposition after the cue: the report follows ("called on leaders", "said in a statement that")
    ('He called on leaders "not to feed that dark impulse inside of us."', "dark impulse"),
    ('Jane Roe said in a written statement in March that the allegations had "no substance."', "no substance"),
])
def test_mixed_quotes_kept(text, words):
    assert q_of(text, words).kind == "mixed"


@pytest.mark.parametrize("text, words", [
    # the earlier quotation is a title inside the sentence: the cue reports the clause
    ('On ABC News\'s "This Week," Marco Rubio said that Democrats are "saying we weren\'t at war" then.',
     "at war"),
    # the report goes on after the cue and a comma
    ('"This deal must come with vigorous enforcement," she said, and "clear consequences for any violations."',
     "clear consequences"),
])
def test_mixed_quote_after_a_title_or_a_continued_report(text, words):
    assert q_of(text, words).kind == "mixed"


@pytest.mark.parametrize("text, speaker", [
    # a description right before a participle is its subject
    ("The new ad features a narrator saying: \u201cAmnesty for illegal immigrants. Big money for himself.\u201d",
     "a narrator"),
    ("The campaign released a video of a veteran saying, \u201cI served this country and I will vote for her.\u201d",
     "a veteran"),
    # a person holding a sign is who says it
    ("Lori Bernstein held up a sign saying \u201cJews Against Trump - Because We\u2019ve Seen This Before.\u201d",
     "Lori Bernstein"),
    # the subject of the main clause, not of a fronted subordinate clause
    ("As the crowd began to chant, Sarah Silverman was joined on stage by Sen. Al Franken and joked, "
     "\u201cBernie or Bust people, you\u2019re being ridiculous.\u201d", "Sarah Silverman"),
])
def test_participle_and_coordinated_cue_subjects(text, speaker):
    q = [q for q in extract_quotes(text) if q.kind == "direct"][0]
    assert q.speaker == speaker


def test_they_without_a_group_speaker_before_is_the_nearest_group_of_people():
    text = ("The magazine talked to a dozen retired police officers in Ohio. They said the plan would fail.")
    q = extract_quotes(text)[0]
    assert (q.speaker_mention, q.speaker) == ("They", "a dozen retired police officers")


def test_they_is_not_a_group_of_things():
    text = "The council approved new budgets and tax plans on Monday. They said the city would grow."
    assert extract_quotes(text)[0].speaker is None


def test_they_after_two_named_people_is_that_pair():
    text = ("More than 1,000 people camped out at the airport. Samuel Ackroyd and James Swan were among those "
            "who waited more than eight hours. They told ITV News: 'I like Trump, but it's mainly about seeing "
            "Air Force One.'")
    q = extract_quotes(text)[0]
    assert (q.speaker_mention, q.speaker) == ("They", "Samuel Ackroyd and James Swan")


def test_a_participle_is_never_the_speaker():
    text = "A female well-wisher could be heard repeatedly shouting 'we love you Trump' and 'thank you'."
    assert all(q.speaker != "heard" for q in extract_quotes(text))


def test_they_is_not_a_list_of_victims_named_before():
    text = ("Some of the victims, such as Walter Scott, Eric Garner and Tamir Rice, have become familiar names. "
            "But the protesters also paid tribute to others.\n\nAs they made their way down Broad Street, they "
            "chanted \"stop killing black people\" and \"no justice, no peace.\"")
    q = extract_quotes(text)[0]
    assert q.speaker == "the protesters"


@pytest.mark.parametrize("text", [
    "Donald Trump yesterday insisted Gaza is not just a 'US problem' as Starmer prepared to push him.",
    "DONALD Trump today insisted Gaza is not just a 'US problem' as Starmer prepared to push him.",
])
def test_a_day_word_between_subject_and_cue_is_read_past(text):
    q = extract_quotes(text)[0]
    assert q.speaker == "Donald Trump"


@pytest.mark.parametrize("text, speaker, kind", [
    ("Mexico said it will not accept an \u201cinvasion\u201d by U.S. forces.", "Mexico", "organization"),
    ("North Korea said the test was a success and would be repeated.", "North Korea", "organization"),
    # states of the archive's years and territories: the 1987 wires are full of them
    ("West Germany said it would not cut interest rates this year.", "West Germany", "organization"),
    ("Hong Kong said exports rose sharply in March.", "Hong Kong", "organization"),
    # a person named like a place stays a person
    ("Georgia Smith said the test was a success and would be repeated.", "Georgia Smith", "person"),
])
def test_countries_speak_as_organisations(text, speaker, kind):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_an_age_is_no_role_and_a_title_does_not_cross_a_sentence():
    text = ("The crowd interacted with the President. Tom English, 37, who made the journey with other "
            "supporters, said: \u201cWe rushed up here hoping to get a glimpse of him.\u201d")
    q = extract_quotes(text)[0]
    assert q.speaker == "Tom English"
    assert q.speaker_roles == []


def test_a_subject_with_a_participle_phrase_runs_to_its_verb():
    text = "Protesters carrying placards stood in the dunes, urging the president: 'Don't trust Starmer.'"
    q = extract_quotes(text)[0]
    assert q.speaker == "Protesters carrying placards"


@pytest.mark.parametrize("text, speaker", [
    ('"This is a big year for our potential United States senator, Bobby Scott!" shouted state Del. '
     'Marcia "Cia" Price.', "Marcia Price"),
    ('"We will win this race and the next one," said Ismael "El Mayo" Zambada.', "Ismael Zambada"),
])
def test_a_nickname_inside_the_speakers_name(text, speaker):
    got = [(q.kind, q.speaker) for q in extract_quotes(text)]
    assert got == [("direct", speaker)]


QA = ("Q&A with Vice President Joe Biden.\n\n"
      "Vice President Joe Biden spent Thursday in St. Paul, where he spoke with reporters.\n\n"
      "Q: You've been talking about how the country is on the upswing. Why?\n\n"
      "A: It's a big mistake. Everybody's making it.\n\n"
      "And I just saw that new Rubio ad, with a tugboat.\n\n"
      "Q: Are you surprised that's the whole focus?\n\n"
      "A: I am surprised. Take a look at all the campaigns in the last cycle.\n")


def test_a_question_and_answer_interview_quotes_the_interviewee():
    got = [(q.text, q.speaker, q.kind) for q in extract_quotes(QA)]
    assert got == [
        ("It's a big mistake. Everybody's making it.", "Joe Biden", "direct"),
        ("And I just saw that new Rubio ad, with a tugboat.", "Joe Biden", "direct"),
        ("I am surprised. Take a look at all the campaigns in the last cycle.", "Joe Biden", "direct"),
    ]


def test_one_answer_label_is_no_interview():
    text = "Jane Roe spoke on Monday.\n\nQ: Why?\n\nA: Because we will win this race.\n"
    assert [q for q in extract_quotes(text) if q.kind == "direct"] == []


QA_BYLINE = ("Hospital chief warns of a hard winter\n\nBy Amy Lee\n\n"
             "Dr. Ruth Okafor, chief executive of St Mary's Hospital, spoke to us about the winter ahead.\n\n"
             "Q: How bad is it this winter?\n\n"
             "A: It's the worst I have seen in a generation.\n\n"
             "Q: What would you ask the health secretary for?\n\n"
             "Okafor: More nurses, not more managers.\n\n"
             "Q: Do you regret taking the job?\n\n"
             "Okafor: Never. Some days are hard.\n")


@pytest.mark.parametrize("text", [QA_BYLINE, QA_BYLINE.replace("Okafor: ", "A: ")])
def test_an_interview_answer_labelled_by_the_interviewees_name_is_hers_and_the_byline_is_not_her(text):
    got = [(q.text, q.speaker, q.kind) for q in extract_quotes(text) if q.paragraph > 0]
    assert got == [
        ("It's the worst I have seen in a generation.", "Ruth Okafor", "direct"),
        ("More nurses, not more managers.", "Ruth Okafor", "direct"),
        ("Never. Some days are hard.", "Ruth Okafor", "direct"),
    ]


def test_a_label_with_another_name_is_no_answer_of_the_interviewee():
    text = QA_BYLINE.replace("Okafor: Never.", "Smith: Never.")
    got = [(q.text, q.speaker) for q in extract_quotes(text) if q.kind == "direct"]
    assert ("Never. Some days are hard.", "Ruth Okafor") not in got


@pytest.mark.parametrize("text, speaker", [
    ("The newspaper ran an editorial on Sunday about the flood.\n\n"
     "\u201cBut the crisis should be a call to conscience and compassion,\u201d it added.", "The newspaper"),
    ("Thursday's memo from the panel seemed aimed at bolstering the investigation. "
     '"So far, 59 of the 75 witnesses had never before been interviewed by Congress," it stated.',
     "Thursday's memo from the panel"),
])
def test_it_is_the_organisation_or_document_named_before(text, speaker):
    q = [q for q in extract_quotes(text) if q.kind == "direct"][0]
    assert (q.speaker_mention, q.speaker) == ("it", speaker)


def test_it_is_not_a_person():
    text = "Jane Roe ran for mayor last year.\n\n\u201cWe will win this race and the next,\u201d it added."
    assert [q for q in extract_quotes(text) if q.kind == "direct"][0].speaker is None


def test_attribution_after_a_question_mark_with_a_long_participle_aside():
    text = ('"Grizzly Adams?" Rachel Maddow repeated.\n\n'
            '"I\u2019m not sure you know Leo DiCaprio is available, but we\u2019ll see, right?" Hillary Clinton '
            'remarked, alluding to the Oscar-nominated actor\'s latest turn as a rugged frontiersman in "The Revenant."')
    q = q_of(text, "DiCaprio")
    assert (q.speaker, q.cue) == ("Hillary Clinton", "remarked")


def test_the_subject_of_a_passive_cue_is_not_the_speaker():
    text = ("In an interview with the magazine, Donald Trump was asked, "
            "\u201cWhat\u2019s the most dangerous place in the world you\u2019ve been to?\u201d")
    assert all(q.speaker != "Donald Trump" for q in extract_quotes(text))


def test_the_agent_of_a_passive_cue_speaks():
    text = ("Bernie Sanders was asked by host Bill Maher, \u201cNow, you famously said in one of the first "
            "debates that you were tired of hearing about the emails?\u201d")
    q = q_of(text, "famously said")
    assert q.speaker == "Bill Maher"


def test_a_hyphenated_manner_adverb_after_the_cue_is_no_clause():
    text = "Bill Eastland said matter-of-factly as confetti fluttered down around him."
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, words, speaker", [
    ('"People are afraid of wasting their votes," he surmised.', "wasting their votes", None),
    ("Asked which county was his favorite, Ted Cruz demurred: \u201cWhichever one I\u2019m in at the moment.\u201d",
     "Whichever one", "Ted Cruz"),
    # a surname that is also a modal verb, right before its cue
    ("\u201cThe eruption of war in the capital of a NATO ally is a reminder,\u201d Will wrote.", "eruption of war", "Will"),
    ("\u201cWe will leave the European Union and make a success of it,\u201d May said on Monday.", "success of it", "May"),
])
def test_more_cue_verbs_and_names(text, words, speaker):
    q = q_of(text, words)
    assert q.kind == "direct"
    if speaker is not None:
        assert q.speaker == speaker


def test_will_and_may_as_verbs_are_no_speakers():
    text = "\u201cWe will win this race and the next one,\u201d the senator said. Will it happen? May be."
    assert [q.speaker for q in extract_quotes(text)] == ["the senator"]


@pytest.mark.parametrize("text, words, speaker, mention", [
    # the relative pronoun is the mention next to the cue; the name before it is who speaks
    ("Charles Barkley, who said he typically votes Democratic, backed the mayor.", "typically votes",
     "Charles Barkley", "who"),
    ('Glenn Beck, who has in the past described Trump as "a narcissistic sociopath," spoke on Monday.',
     "narcissistic sociopath", "Glenn Beck", "who"),
    # no relative pronoun: the name itself
    ("Charles Barkley said he typically votes Democratic.", "typically votes", "Charles Barkley",
     "Charles Barkley"),
])
def test_a_relative_pronoun_is_the_speakers_mention(text, words, speaker, mention):
    q = q_of(text, words)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)
    assert text[q.speaker_start : q.speaker_end] == mention


@pytest.mark.parametrize("text, clause", [
    # the quotation's own comma or full stop ends the reported clause
    ('Trump said the Ohio Republican was "doing the right thing," suggesting he might pick Kasich.',
     'the Ohio Republican was "doing the right thing,"'),
    ('Rajoy said that his party was "still the No. 1 force in Spain." --Kim Hjelmgaard',
     'that his party was "still the No. 1 force in Spain."'),
    ('Pew said that the surveys they studied aren\u2019t \u201cmonolithic,\u201d with some performing better.',
     'that the surveys they studied aren\u2019t \u201cmonolithic,\u201d'),
    # a quotation inside the clause that does not end it: the clause runs on
    ('Sanders said his staff "did the wrong thing" by looking at the data.',
     'his staff "did the wrong thing" by looking at the data'),
    ('Ayotte said she would "support the nominee, of course" but not endorse anyone.',
     'she would "support the nominee, of course" but not endorse anyone'),
])
def test_a_mixed_clause_ends_where_its_quotation_ends_it(text, clause):
    q = q_of(text, clause.split('"')[0].split("\u201c")[0].strip() or clause[:10], kind="mixed")
    assert text[q.content_start : q.content_end] == clause


@pytest.mark.parametrize("text, words, speaker", [
    ('Japan labeled North Korea an "outlaw nation in the neighborhood."', "outlaw nation", "Japan"),
    ('South Korea accused the North\'s leader of "fanatic recklessness."', "fanatic recklessness", "South Korea"),
    ('Hollande denounced Trump\'s remarks as "hurtful and humiliating" on Tuesday.', "hurtful", "Hollande"),
    # a naming verb with its object is a speech act, whoever the subject is
    ('One lawmaker called Trump "the orange prince of American self-publicity."', "orange prince", "One lawmaker"),
    ('Many commentators called him "the grownup on the stage" amid the food fight.', "grownup", "Many commentators"),
])
def test_verbs_of_judging_attribute_the_words_they_quote(text, words, speaker):
    q = q_of(text, words)
    assert (q.kind, q.speaker) == ("mixed", speaker)


@pytest.mark.parametrize("text, words", [
    # a thing's name, not speech
    ('Police arrested members of a gang called the "Midnight Crew" on Monday.', "Midnight Crew"),
    ('Hackers used a technique called "spear phishing" to get in.', "spear phishing"),
    # passive: nobody in the sentence says the quoted words
    ("Jay Roe said little. The troubles could be blamed on their focus on ''the business of selling houses.''",
     "selling houses"),
])
def test_no_speaker_for_names_and_passive_judging_verbs(text, words):
    hits = [q for q in extract_quotes(text) if words in q.text]
    assert all(q.speaker is None or q.kind == "direct" and q.speaker == "Jay Roe" for q in hits), \
        [(q.kind, q.speaker) for q in hits]
    assert not any(q.kind == "mixed" and q.speaker for q in hits)


def test_a_contracted_pronoun_subject_speaks():
    q = q_of("Jane Roe spoke first. She\u2019s argued that the plan will fail in the Senate.", "plan will fail")
    assert (q.kind, q.speaker, q.speaker_mention) == ("indirect", "Jane Roe", "She")


@pytest.mark.parametrize("text, clause", [
    # a report runs on through a participle phrase and a colon
    ("Jane Roe said the plan failed, leaving thousands of families without coverage.",
     "the plan failed, leaving thousands of families without coverage"),
    ("Jane Roe said there was only one answer to the crisis: a new election.",
     "there was only one answer to the crisis: a new election"),
    # but a participle that is a cue starts a report of its own
    ("Jane Roe said the plan failed, adding that it must be replaced soon.", "the plan failed"),
])
def test_where_an_indirect_report_ends(text, clause):
    q = q_of(text, clause.split(",")[0].split(":")[0], kind="indirect")
    assert text[q.content_start : q.content_end] == clause


def test_a_cue_participle_after_a_report_reports_again():
    qs = [q for q in extract_quotes("Jane Roe said the plan failed, adding that it must be replaced soon.")
          if q.kind == "indirect"]
    assert [(q.text, q.cue, q.speaker) for q in qs] == [
        ("the plan failed", "said", "Jane Roe"), ("that it must be replaced soon", "adding", "Jane Roe")]


@pytest.mark.parametrize("text, words, speaker", [
    # a document or a carrier of words with a verb in -s
    ("The ad claims \u201cJeb is the conservative you can trust.\u201d", "conservative you can trust", "The ad"),
    # phrase cues after their subject
    ('A paper from the Brookings Institution had this to say about the plan: "Families from the top half '
     'would receive 24% more."', "Families from the top half", "Brookings Institution"),
    ("Jane Roe went on to say, \u201cFrom the bottom of my soul, I know this to be true.\u201d",
     "bottom of my soul", "Jane Roe"),
    ("As RealClearPolitics\u2019 David Byler pointed out in December, \u201cThe delegates will have many "
     "chances to change it.\u201d", "delegates will have", "David Byler"),
    # a short quotation inside the speaker's appositive is read past
    ("\u201cWe\u2019ve had more successful conventions than this one,\u201d Texas delegate Bill Eastland, "
     "wearing a cowboy hat and \u201cTed Cruz\u201d campaign pins, said matter-of-factly.",
     "successful conventions", "Bill Eastland"),
])
def test_documents_phrase_cues_and_asides(text, words, speaker):
    q = q_of(text, words)
    assert q.kind == "direct" and speaker in (q.speaker or ""), (q.kind, q.speaker)


@pytest.mark.parametrize("text", [
    # infinitive and noun uses of phrase cues are no attribution
    'He wanted to point out the problem. "It is a disaster," the manager said.',
    '"It is a disaster." Several reports went on and on.',
])
def test_phrase_cues_need_a_subject(text):
    for q in extract_quotes(text):
        assert q.cue in ("said",) or q.speaker is None, (q.text, q.cue, q.speaker)


def test_a_coordinated_participle_cue_ends_a_mixed_clause():
    text = ("Carter went on TV, declaring a ''moral equivalent of war'' against dependence on foreign oil, "
            "and telling Americans that ''we need to shift to plentiful coal.''")
    q = q_of(text, "moral equivalent", kind="mixed")
    assert text[q.content_start : q.content_end] == \
        "a ''moral equivalent of war'' against dependence on foreign oil"


@pytest.mark.parametrize("text, clause, speaker", [
    ("But according to reports in the news media, he could not convince the family.",
     "he could not convince the family", "reports in the news media"),
    ("The plant is old, but it is under pressure from imports, said the company's chief executive, "
     "John J. Ferriola.", "The plant is old, but it is under pressure from imports", "John J. Ferriola"),
    # (the person the role introduces speaks, since 0.6.747)
])
def test_according_to_after_an_opener_and_an_inverted_cue_after_a_comma(text, clause, speaker):
    q = q_of(text, clause, kind="indirect")
    assert (q.text, q.speaker) == (clause, speaker)


@pytest.mark.parametrize("text, not_clause", [
    ("That\u2019s according to early results of exit polls for the Associated Press.", "That\u2019s"),
    ("But according to reports in the news media, he could not convince the family.", "But"),
    ("The plant is old, said the company's chief executive, John J. Ferriola.", "the company's chief executive"),
])
def test_no_report_made_of_an_opener_or_a_speakers_description(text, not_clause):
    assert not_clause not in [q.text for q in extract_quotes(text)]


def test_a_participle_after_a_parenthetical_cue_is_what_the_speaker_did():
    qs = extract_quotes("Jane Roe sold hats. Sales were great, she said, wiping sweat off her face.")
    assert [(q.kind, q.text, q.speaker) for q in qs] == [("indirect", "Sales were great", "Jane Roe")]


@pytest.mark.parametrize("text, words", [
    ("\u201cHe\u2019s supposed to be a cheerleader,\u201d Trump said. Instead, \u201che just acts like a "
     "defeated man.\u201d", "Instead, \u201che just acts like a defeated man.\u201d"),
    ("''We'll see,'' Jock Finlayson said. Now, ''the business community says this is O.K.''",
     "Now, ''the business community says this is O.K.''"),
])
def test_a_quotation_after_an_opener_continues_the_speaker(text, words):
    q = q_of(text, words)
    assert (q.kind, q.text, q.cue) == ("mixed", words, "said")
    assert q.speaker in ("Trump", "Jock Finlayson")


def test_an_opener_quotation_without_a_speaker_before_is_not_attributed():
    assert extract_quotes('The rally ended. Instead, "he just acts like a defeated man."') == []


@pytest.mark.parametrize("text, name", [
    ("Ben Carson posted the \u201cPerception\u201d syllabus on his Facebook page.", "Perception"),
    ("Since cresting, his ''Feel the Bern'' wave has receded, aides said.", "Feel the Bern"),
    ("Mr. Rubio said in his 2012 book, ''An American Son.''", "An American Son"),
])
def test_names_in_marks_are_no_quotations(text, name):
    assert not [q for q in extract_quotes(text) if q.kind != "indirect" and name in q.text]


def test_a_report_reads_through_a_name_in_marks():
    q = q_of("As the \u201cNever Trump\u201d movement grew, Cruz said the race was over.", "the race was over")
    assert (q.kind, q.speaker) == ("indirect", "Cruz")
    q = q_of("Since cresting, his ''Feel the Bern'' wave has receded, aides said.", "wave has receded")
    assert (q.kind, q.speaker) == ("indirect", "aides")


def test_a_quoted_word_before_a_participle_is_still_quoted():
    # "sponsored" is a verb, not the noun a name would modify
    q = q_of('Clinton spoke at a "Commander-in-Chief Forum" sponsored by NBC News, she said.', "Commander")
    assert q.kind == "mixed"


def test_a_quotation_in_an_inverted_speakers_description_is_not_their_report():
    text = ('"It was truly shameful," said Leslie Feldman, 34, a plaintiff who waited in an '
            '"extraordinarily long line snaking around" a Phoenix church for hours.')
    assert [(q.kind, q.text) for q in extract_quotes(text)] == [("direct", "It was truly shameful,")]


def test_according_to_and_a_participle_still_report_quoted_words():
    q = q_of("According to radio host Rush Limbaugh, the move reeks of \u201cfear\u201d and desperation.",
             "reeks of")
    assert (q.kind, q.speaker) == ("mixed", "Rush Limbaugh")


def test_a_colon_clause_whose_subject_has_an_appositive():
    q = q_of('Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: '
             '"It is time to quit attacking various people and get on message."', "quit attacking")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Mitch McConnell", "delivered")


def test_a_colon_clause_without_a_subject_attributes_nothing():
    text = 'In 2010, after the long vote, moved to the capital: "We are here now and forever."'
    assert all(q.speaker is None for q in extract_quotes(text))


def test_a_relative_pronoun_introducing_a_quotation_speaks_for_its_antecedent():
    q = q_of("Pence linked to the Associated Press report, which notes, \u201cMore than half the people who met "
             "with Clinton gave money to the foundation.\u201d", "More than half")
    assert (q.kind, q.speaker, q.cue, q.speaker_mention) == ("direct", "the Associated Press report", "notes", "which")


def test_which_before_a_plural_noun_is_no_speaker():
    assert extract_quotes("Voters in which states said nothing were at stake?") == [] or all(
        q.speaker != "which" for q in extract_quotes("Voters in which states said nothing were at stake?"))


@pytest.mark.parametrize("text, words, speaker", [
    ("Fans held signs above their heads. Some chanted \u201cUSA! USA!\u201d", "USA! USA!", "Some"),
    ("Many feared that he might fail to turn out his supporters.", "he might fail", "Many"),
])
def test_a_quantifier_subject_with_a_past_tense_cue(text, words, speaker):
    q = q_of(text, words)
    assert q.speaker == speaker


def test_a_quantifier_before_a_plural_noun_is_a_determiner():
    assert extract_quotes("Some states said nothing about the plan.") == [] or all(
        q.speaker != "Some" for q in extract_quotes("Some states said nothing about the plan."))


def test_an_adverb_between_a_subject_and_a_cue_in_s():
    q = q_of("The campaign\u2019s statement then declares \u201cthe matter is now concluded.\u201d", "matter is now")
    assert (q.kind, q.speaker, q.cue) == ("direct", "The campaign\u2019s statement", "declares")
    q = q_of("O\u2019Malley also notes that he was the first to put out a plan.", "he was the first")
    assert q.speaker == "O\u2019Malley"


def test_from_the_document_colon_and_a_leading_participle():
    q = q_of("Not all panels are equal. From the report: \u201cIn general, samples with more elaborate "
             "weighting produced more accurate results.\u201d", "In general")
    assert (q.kind, q.speaker) == ("direct", "the report")
    q = q_of("The report \u201cwasn\u2019t good,\u201d Bill Maher said. Adding, \u201cNow, what they actually do "
             "is never that bad.\u201d", "what they actually do")
    assert (q.kind, q.speaker) == ("direct", "Bill Maher")


def test_a_leading_participle_alone_attributes_nothing():
    assert extract_quotes("Adding, \u201cNow, what they actually do is never that bad.\u201d") == []


@pytest.mark.parametrize("text, words, speaker", [
    # a surname with its finite verb is the subject of a participle cue after the clause
    ("Ryan endorsed Trump in early June, but only after deliberating over it, telling reporters in May "
     "that he was \u201cnot quite there yet.\u201d", "not quite there", "Ryan"),
    # a dateline and a party tag before the subject
    ("DECATUR, Ill. \u2014 Sen. Ted Cruz (R-Texas) weighed in on the allegations, calling the behavior a "
     "\u201cfireable offense.\u201d", "fireable offense", "Ted Cruz"),
    # a fronted phrase of time or circumstance before the subject
    ("Earlier this week, Todd pressed Reince Priebus on the subject, insisting that Trump should hold the "
     "\u201chigher ground\u201d against Clinton.", "higher ground", "Todd"),
    ("Amid responses from some to create websites that would identify those blacklisted, Matt Walsh gave a "
     "justification, saying it is necessary to \u201cidentify the traitors.\u201d", "identify the traitors",
     "Matt Walsh"),
])
def test_the_subject_of_a_participle_cue_past_datelines_and_fronted_phrases(text, words, speaker):
    assert q_of(text, words).speaker == speaker


def test_a_number_of_people_is_a_group_not_he():
    text = ("Matt Walsh wrote a column. A number of writers agreed with it. \u201cWe are warned about "
            "false prophets,\u201d he wrote.")
    assert q_of(text, "false prophets").speaker == "Matt Walsh"


@pytest.mark.parametrize("text, speaker", [
    ('"Many would consider that an embarrassment for Clinton" if she did not win by a wide margin, said David '
     'Wasserman, an elections analyst at the Cook Political Report.', "David Wasserman"),
    ('"They do not have a choice" but to take the lead in advertising, says Evan Tracey, a media consultant.',
     "Evan Tracey"),
])
def test_a_sentence_final_inverted_attribution_with_a_description(text, speaker):
    q = extract_quotes(text)[0]
    assert (q.kind, q.speaker) == ("mixed", speaker)
    assert text[q.content_start : q.content_end].endswith(("wide margin", "in advertising"))


def test_a_split_attribution_with_the_speakers_title_first_is_no_mixed_report():
    text = ("''That program is worth a close look,'' the White House spokesman, Josh Earnest, said.")
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("direct", "Josh Earnest")]


@pytest.mark.parametrize("text, clause, speaker", [
    ("Mr. Ryan has long said that he will support the party's nominee.", "he will support", "Ryan"),
    ("Domestic and international critics have in particular noted the campaign material used by the party.",
     "the campaign material", "Domestic and international critics"),
    ("The company said little on Tuesday, warning that it could default on some of its debt.",
     "it could default", "The company"),
])
def test_circumstances_before_a_cue_are_no_speakers(text, clause, speaker):
    assert speaker in q_of(text, clause).speaker


def test_a_fronted_participle_phrase_before_the_subject():
    text = ("Speaking to MSNBC\u2019s Morning Joe on Monday in New Hampshire, which hosts the next contest, Bush "
            "referred to Rubio as \u201ca bright leader\u201d but described his skills as a \u201cwork in progress.\u201d")
    q = q_of(text, "work in progress", kind="mixed")
    assert q.speaker == "Bush"


def test_the_object_of_a_coordinated_cue_is_never_its_speaker():
    text = ("TALLAHASSEE \u2014 Democratic U.S. Rep. Gwen Graham on Friday pummeled Donald Trump as divisive while "
            "praising Hillary Clinton as a \"work horse, not a show horse.\"")
    assert all(q.speaker != "Hillary Clinton" for q in extract_quotes(text))


@pytest.mark.parametrize("text, words, speaker, cue", [
    ('Nine people were killed. Said Comey, "The thought that an error on our part is connected is painful."',
     "an error on our part", "Comey", "Said"),
    ("He spoke on the radio.\n\nStated Stone:\n\n\u201cI think that the stakes are so high that they would do "
     "anything.\u201d", "stakes are so high", "Stone", "Stated"),
])
def test_an_inverted_cue_opening_the_sentence(text, words, speaker, cue):
    q = q_of(text, words)
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, cue)


def test_a_capitalised_cue_word_is_not_part_of_a_name():
    q = q_of('James Comey testified. Said Comey, "It is painful to us."', "painful")
    assert q.speaker == "James Comey"


@pytest.mark.parametrize("text, clause, speaker", [
    ("Democrats clashed with Republicans, and the meeting deteriorated from there, said one GOP source in the room.",
     "Democrats clashed with Republicans, and the meeting deteriorated from there", "one GOP source in the room"),
    ("The plan is dead, said a senior official familiar with the talks.", "The plan is dead",
     "a senior official familiar with the talks"),
])
def test_a_sentence_final_inverted_cue_with_a_description(text, clause, speaker):
    qs = extract_quotes(text)
    assert [(q.kind, q.text, q.speaker) for q in qs] == [("indirect", clause, speaker)]


@pytest.mark.parametrize("text, clause", [
    # a finite clause after the cue is the report, even after a comma
    ("Gov. John Kasich, a Republican, said the family deserved better.", "the family deserved better"),
    ("The nurse later sued, claiming the quarantine violated her rights.", "the quarantine violated her rights"),
])
def test_a_clause_after_a_comma_and_a_cue_is_still_reported(text, clause):
    assert clause in [q.text for q in extract_quotes(text)]


def test_a_section_heading_in_marks_is_no_quotation():
    text = "\"It is going to be disruptive,\" Obama said.\n\n'All Bets Are Off.\n\nThe talks went on."
    assert [q.text for q in extract_quotes(text)] == ["It is going to be disruptive,"]


def test_a_chant_alone_in_its_paragraph_is_still_a_quotation():
    text = "The crowd roared, the governor said.\n\n\u201cBuild The Wall!\u201d the crowd chanted."
    assert "Build The Wall!" in [q.text for q in extract_quotes(text)]


@pytest.mark.parametrize("text, words", [
    ('She urges her husband to come out and repeatedly says, "Don\'t you do it," until gunshots are heard.',
     "Don't you do it,"),
    ('As Trump attacked Clinton, the attendees chanted, "Lock her up!" as they had for previous speakers.',
     "Lock her up!"),
    ('Protesters marching through the streets chanted "What curfew?" and kept going until 2 a.m.', "What curfew?"),
])
def test_a_quotation_after_its_cue_with_a_circumstance_after_it_is_direct(text, words):
    q = q_of(text, words)
    assert (q.kind, q.text) == ("direct", words)


def test_a_mixed_report_starts_at_that_after_a_circumstance():
    q = q_of("Trump tweeted in the early morning hours that Machado was \u201cdisgusting\u201d and \u201ca con.\u201d",
             "disgusting", kind="mixed")
    assert q.text == "that Machado was \u201cdisgusting\u201d and \u201ca con.\u201d"


def test_a_quotation_after_a_spaced_hyphen_with_its_own_cue_is_direct():
    text = ('Hillary Clinton spoke in Iowa. Clinton suggested that the plan was unserious - "Again, we need to get '
            'into the details," she said.')
    q = q_of(text, "get into the details")
    assert (q.kind, q.text, q.speaker) == ("direct", "Again, we need to get into the details,", "Hillary Clinton")


def test_a_show_told_something_is_a_title():
    assert not [q for q in extract_quotes('The presumptive nominee told "Fox and Friends" on Monday.')
                if "Fox and Friends" in q.text]


@pytest.mark.parametrize("text, clause", [
    ("Bernie Sanders told MSNBC's \"Morning Joe\" that nobody would question her intelligence.",
     "that nobody would question her intelligence"),
    ("Trump told ABC\u2019s \u201cGood Morning America\u201d on Monday the tone of the interview was cordial.",
     "the tone of the interview was cordial"),
])
def test_told_an_outlets_show_then_the_report(text, clause):
    qs = extract_quotes(text)
    assert [(q.kind, q.text) for q in qs] == [("indirect", clause)]


@pytest.mark.parametrize("text, words, speaker", [
    ('Her chief policy aide, Jake Sullivan, calls her record a "blueprint" for how she would create jobs.',
     "blueprint", "Jake Sullivan"),
    ('Yang Shu, director of the institute, calls Horgos "a mistake" because so few people live nearby.',
     "a mistake", "Yang Shu"),
])
def test_a_verb_in_s_after_the_subjects_appositive(text, words, speaker):
    q = q_of(text, words)
    assert (q.kind, q.speaker) == ("mixed", speaker)


def test_a_plural_noun_after_a_comma_is_no_cue():
    assert extract_quotes("In the states, calls for reform grew louder.") == []


def test_a_quotation_inside_a_that_clause_is_mixed():
    q = q_of("Flynn said Wednesday night that under President Barack Obama, \u201cthe generals have been reduced "
             "to rubble.\u201d", "reduced to rubble")
    assert q.kind == "mixed" and q.text.startswith("that under")


def test_a_quotation_after_a_relative_that_and_a_colon_is_direct():
    q = q_of("Sanders used a line that could have come from Trump himself: \u201cDo not moan to me about "
             "Hillary Clinton\u2019s problems.\u201d", "Do not moan")
    assert q.kind == "direct"


def test_a_short_single_quoted_paragraph_in_a_text_quoting_with_double_apostrophes_is_a_heading():
    text = ("''That's not what happened,'' Mr. Autor said.\n\n'Pretty cool working there.'\n\n"
            "On a rainy Thursday, a dozen workers gathered at a bar.")
    assert [q.text for q in extract_quotes(text)] == ["That's not what happened,"]


def test_a_short_single_quoted_paragraph_in_a_text_quoting_with_single_marks_is_a_quotation():
    text = "'We will see,' Jane Roe said.\n\n'It is not over yet.'\n\nThe talks went on."
    assert "It is not over yet." in [q.text for q in extract_quotes(text)]


@pytest.mark.parametrize("text", [
    "Democrats would need to win back GOP-dominated state legislative chambers to have more influence.",
    "The bill would have repealed state exchanges as set up through the ACA.",
])
def test_state_after_an_adjective_is_a_noun(text):
    assert extract_quotes(text) == []


def test_state_after_a_plural_subject_is_a_verb():
    q = q_of("The officials state that the plan will fail.", "the plan will fail")
    assert (q.kind, q.speaker) == ("indirect", "The officials")


def test_and_state_inside_a_report_is_a_noun():
    q = q_of("Jane Roe says the campaign violated federal and state law by using the images.", "violated federal")
    assert q.text == "the campaign violated federal and state law by using the images"


def test_a_horizontal_bar_ends_a_report():
    q = q_of("When Clinton noted that Trump has not paid income taxes \u2015 as was true for a few years \u2015 "
             "Trump boasted.", "Trump has not paid")
    assert q.text == "that Trump has not paid income taxes"


def test_a_report_ends_before_a_coordinated_question_word():
    q = q_of("The gap between what Trump says his tax plan would do and how experts say it would work has endured.",
             "his tax plan")
    assert q.text == "his tax plan would do"


def test_no_white_space_at_a_reports_edges():
    text = "The bank said profits rose.\u00a0The 40-year-old, who lived in London, worked as a teller, the bank said."
    for q in extract_quotes(text):
        assert q.text == q.text.strip() and text[q.content_start : q.content_end].strip() == \
            text[q.content_start : q.content_end]


@pytest.mark.parametrize("text, clause", [
    ("A few weeks after Jane Roe announced that the war would not end on her watch, troops bombed a hospital.",
     "that the war would not end on her watch"),
    ("Years after John Roe claimed that the era of big government was over, his rival won the nomination.",
     "that the era of big government was over"),
])
def test_a_report_in_a_fronted_time_clause_ends_at_its_comma(text, clause):
    assert q_of(text, "that the").text == clause


def test_a_report_without_a_fronted_time_clause_runs_on():
    q = q_of("Jane Roe announced that the war would not end on her watch, leaving the troops in place.",
             "that the war")
    assert q.text == "that the war would not end on her watch, leaving the troops in place"


def test_former_is_not_part_of_a_name():
    text = "Former Obama spokesman Robert Gibbs derided the professional left. Obama said that the war would end."
    assert q_of(text, "the war").speaker == "Obama"


@pytest.mark.parametrize("text, speaker", [
    ("Former Pennsylvania governor Ed Rendell, one of Clinton's supporters, was resolute.\n\n"
     "\"Absolutely not,\" he said.", "Ed Rendell"),
    ("Trump campaign chairman Paul Manafort disagreed with them.\n\n\"We think the message will resonate,\" he said.",
     "Paul Manafort"),
])
def test_a_subject_described_before_the_name_is_a_pronouns_antecedent(text, speaker):
    assert q_of(text, "").speaker == speaker


def test_a_name_after_for_is_not_a_described_subject():
    text = ("Mr. Roe criticized the deal. Gary Hufbauer is a fellow at the G. Peterson Institute for International "
            "Economics in Washington.\n\n\"It will pass,\" he said.")
    assert q_of(text, "It will pass").speaker != "International Economics"


@pytest.mark.parametrize("text, clause", [
    ("Jane Roe said that Mrs. Clinton, who has had a similar emphasis, did better among young voters.",
     "that Mrs. Clinton, who has had a similar emphasis, did better among young voters"),
    ("Jane Roe said that regular troop strength - around 166,000 in April - already lags the target.",
     "that regular troop strength - around 166,000 in April - already lags the target"),
    ("The aide said that the two men, and Mr. Cruz in particular, must do more for the party.",
     "that the two men, and Mr. Cruz in particular, must do more for the party"),
])
def test_a_report_reads_past_an_aside_after_its_bare_subject(text, clause):
    assert q_of(text, "that").text == clause


@pytest.mark.parametrize("text, clause", [
    # the clause has its verb before the aside: the aside ends it
    ("Jane Roe said that the plan failed, which surprised nobody, her aides recalled.", "that the plan failed"),
    # a pronoun subject is no bare noun phrase
    ("Jane Roe said she'd sell the house, which pleased him, eventually.", "she'd sell the house"),
    # what follows the aside does not continue the clause
    ("Jane Roe said that the New York billionaire, who is now the nominee, Trump himself, agreed.",
     "that the New York billionaire"),
])
def test_an_aside_after_a_clause_with_its_verb_ends_it(text, clause):
    hits = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in hits] in ([clause], [])


@pytest.mark.parametrize("text, clause", [
    ("Jane Roe said the polling station never shut its doors, however.", "the polling station never shut its doors"),
    ("Jane Roe said that waterboarding constitutes torture, however, citing an old memo.",
     "that waterboarding constitutes torture"),
    ("Two aides said the senator would skip the vote on condition of anonymity because they could not speak.",
     "the senator would skip the vote"),
    ("Half the voters said Clinton is honest and trustworthy, and three-quarters said the same of Sanders.",
     "Clinton is honest and trustworthy"),
    ("Jane Roe said she had many talks with the agency, but officials said those talks came later.",
     "she had many talks with the agency"),
])
def test_a_report_ends_before_however_a_condition_or_another_subjects_report(text, clause):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"][0] == clause


def test_another_subjects_report_after_and_is_its_own():
    text = "Jane Roe said she had many talks with the agency, but officials said those talks came later."
    assert [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"] == [
        ("Jane Roe", "she had many talks with the agency"), ("officials", "those talks came later")]


@pytest.mark.parametrize("text", [
    "Together they created a backdrop of anger and anxiety, stoking fears about the future.",
    "The sitting justice least friendly to business is Sonia Sotomayor, Republicans claim in several ads.",
])
def test_a_cue_word_used_as_a_noun_after_a_comma_reports_nothing(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, speaker", [
    ("The movement plans to protest the debate in support of the policy, the Daily Caller reports.", "Daily Caller"),
    ("Secrecy is not a stranger to her health issues, the candidate's former doctor maintains.",
     "the candidate's former doctor"),
    ("The tax plan would cost trillions over a decade, critics argue.", "critics"),
])
def test_a_sentence_final_attribution_after_a_comma(text, speaker):
    [q] = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert speaker in q.speaker and q.text == text[: text.rindex(",")]


def test_a_dashed_aside_between_the_cue_and_that():
    text = "His campaign chairman Paul Manafort said \u2014 on Twitter, as it happens \u2014 that Trump raised $4 million."
    q = q_of(text, "that Trump")
    assert (q.kind, q.speaker, q.text) == ("indirect", "Paul Manafort", "that Trump raised $4 million")


@pytest.mark.parametrize("text, speaker, kind", [
    ("Her husband Bill Clinton said that the war was lost for good.", "Bill Clinton", "person"),
    ("A former Green Beret said that the war was lost for good.", "A former Green Beret", "anonymous"),
])
def test_a_name_after_a_possessive_description_is_the_speaker(text, speaker, kind):
    q = q_of(text, "the war")
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_a_shared_surname_goes_to_the_person_not_introduced_as_a_relative():
    text = ("Donald Trump spoke first. His daughter Ivanka Trump said that he supports equal pay for women. "
            "Trump said that the wall would be built soon.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "indirect"] == ["Ivanka Trump", "Donald Trump"]


def test_a_shared_surname_of_two_unrelated_people_is_not_guessed():
    text = ("Jane Roe said that the tax would rise next year. John Roe said that he supports equal pay for women. "
            "Roe said that the wall would be built soon.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "indirect"] == ["Jane Roe", "John Roe", "Roe"]


@pytest.mark.parametrize("text, clause", [
    ("Republican candidate Marco Rubio says, win or lose in Tuesday's primary, he's staying in the race.",
     "win or lose in Tuesday's primary, he's staying in the race"),
    ("Jane Roe said, in an interview on Monday, that the plan had failed badly.", "that the plan had failed badly"),
])
def test_a_comma_aside_after_the_subjects_cue_then_the_clause(text, clause):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [clause]


def test_a_comma_aside_after_a_parenthetical_cue_is_no_clause():
    text = "The plan had failed, Jane Roe said, in an interview on Monday, the aide recalled."
    assert all(not q.text.startswith("in an interview") for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker", [
    ("Labor Secretary Thomas Perez said the rule would help workers.", "Thomas Perez"),
    ("Massachusetts Secretary of State William Galvin said the polling place never closed its doors.",
     "William Galvin"),
    ("Maricopa County Recorder Helen Purcell said the county did not have enough money.", "Helen Purcell"),
    ("MSNBC's Chris Matthews said the plan would not pay for tuition at public colleges.", "Chris Matthews"),
    ("Democrat Hillary Clinton said the plan would not pay for tuition at public colleges.", "Hillary Clinton"),
    # first and middle names stay, known or not
    ("Rafael Edward Cruz said the plan would not pay for tuition at public colleges.", "Rafael Edward Cruz"),
    ("J. Gerald Hebert said the plan would not pay for tuition at public colleges.", "J. Gerald Hebert"),
    ("Hillary Rodham Clinton said the plan would not pay for tuition at public colleges.", "Hillary Rodham Clinton"),
    # the last word of an office or body, a hyphenated title, a possessive plural, an age, a church's
    # title or a people's name before the given name: no part of the name
    ("Director of the Office of Management and Budget James Miller said the deficit would fall.", "James Miller"),
    ("Chief Executive Michael Jenkins said the plan would not pay for tuition at public colleges.",
     "Michael Jenkins"),
    ("Vice-President Dick Cheney said the plan would not pay for tuition at public colleges.", "Dick Cheney"),
    ("Ladbrokes' Warren Lush said the plan would not pay for tuition at public colleges.", "Warren Lush"),
    ("Fifteen-year-old Donald Young said the plan would not pay for tuition at public colleges.", "Donald Young"),
    ("Archbishop Desmond Tutu said the plan would not pay for tuition at public colleges.", "Desmond Tutu"),
    ("Spaniard Guillermo Garcia-Lopez said the plan would not pay for tuition at public colleges.",
     "Guillermo Garcia-Lopez"),
    # but two given names stay, and a body's name is no person's
    ("Hanns Christian Schroeder-Hohenwarth said the plan would not pay for tuition at public colleges.",
     "Hanns Christian Schroeder-Hohenwarth"),
])
def test_a_speakers_name_starts_at_the_given_name_after_a_title_or_role(text, speaker):
    assert q_of(text, "the").speaker == speaker


def test_a_surname_resolves_to_the_name_without_its_title():
    text = ("Massachusetts Secretary of State William Galvin spoke on Tuesday. Galvin said the polling place "
            "never closed its doors.")
    assert q_of(text, "polling").speaker == "William Galvin"


@pytest.mark.parametrize("text, speaker", [
    ("But six in 10 said they want the next president to continue those policies.", "six in 10"),
    ("Almost half agreed, compared with four in 10 who said they preferred someone with experience.", "four in 10"),
])
def test_a_share_of_people_is_the_speaker(text, speaker):
    q = q_of(text, "they")
    assert (q.speaker, q.speaker_kind) == (speaker, "group")


def test_a_second_share_with_its_own_report_ends_the_first():
    text = "Two in three said the party does not care very much and one in four said the party is hostile."
    assert [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"] == [
        ("Two in three", "the party does not care very much"), ("one in four", "the party is hostile")]


@pytest.mark.parametrize("text, clause", [
    ("Jorge Ramos spoke. He crossed the border years ago after, according to him, the network censured his report.",
     "the network censured his report"),
    ("The company lost money on the deal last year, according to filings, and the stock fell sharply.",
     "The company lost money on the deal last year"),
])
def test_according_to_after_a_subordinator_reports_what_follows(text, clause):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect" and q.cue == "according to"] == [clause]


@pytest.mark.parametrize("text, kind", [
    ("According to F.A.A. records, the Boeing has flown about 333 hours since June.", "organization"),
    ("The FEC said the campaign had raised $19 million by the end of March.", "organization"),
    ("Trump said the campaign had raised $19 million by the end of March.", "person"),
])
def test_an_acronym_speaks_as_an_organisation(text, kind):
    assert q_of(text, "the").speaker_kind == kind


@pytest.mark.parametrize("text, clause", [
    ("Officials said they recently discovered those old - and previously unreported - postings on the site.",
     "they recently discovered those old - and previously unreported - postings on the site"),
    ("Jane Roe said that the party's standard-bearers -- Mitt Romney and John McCain -- all plan to skip it.",
     "that the party's standard-bearers -- Mitt Romney and John McCain -- all plan to skip it"),
])
def test_a_report_reads_past_a_paired_dash_aside(text, clause):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [clause]


@pytest.mark.parametrize("text, clause", [
    # one dash: the writer's comment, not the report
    ("Jane Roe said that he does not want to kill the families of terrorists \u2014 a proposal he has raised often.",
     "that he does not want to kill the families of terrorists"),
    # the second dash is followed by a new sentence part in capitals
    ("Jane Roe said the vote was close - closer than expected - Roe herself had doubts.", "the vote was close"),
])
def test_a_single_dash_or_an_aside_without_continuation_ends_a_report(text, clause):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [clause]


def test_a_mixed_clause_ends_before_a_cue_participle():
    text = 'Jane Roe said he was "outraged" to even hear about it, arguing that "it would be discriminatory."'
    q = q_of(text, "outraged", kind="mixed")
    assert text[q.content_start : q.content_end] == 'he was "outraged" to even hear about it'


def test_a_mixed_clause_ends_before_any_participle_phrase():
    text = 'Jane Roe said the plan was "a disaster" for the town, leaving many without jobs.'
    q = q_of(text, "a disaster", kind="mixed")
    assert text[q.content_start : q.content_end].endswith("for the town")


@pytest.mark.parametrize("text, speaker", [
    ('Protesters marching through the streets chanted "What curfew?" and kept going.',
     "Protesters marching through the streets"),
    ("Residents living near the plant said the water was brown.", "Residents living near the plant"),
])
def test_a_plural_subject_with_a_participle_phrase_speaks(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_participle_phrase_after_a_singular_name_is_not_read_as_a_group():
    # the rule is for bare plural nouns only ("Thomas" ends in s but is no plural)
    q = extract_quotes("Thomas walking through the streets said the water was brown.")[0]
    assert not q.speaker_mention.startswith("Thomas")


@pytest.mark.parametrize("text, pieces", [
    ("Many of the closures, he said, have involved public and semi-private courses.",
     ["Many of the closures", "have involved public and semi-private courses"]),
    # the words before the attribution are the report's first piece, as annotators read it
    # ("In his state, Christie said, ..." in PolNeAR), but not a time, a connective or a link word
    ("In several cases, tech executives say, they have been asked to keep the content online.",
     ["In several cases", "they have been asked to keep the content online"]),
    ("In his state, Christie said, nonviolent first-time drug offenders are sent to treatment.",
     ["In his state", "nonviolent first-time drug offenders are sent to treatment"]),
    ("China had resisted such deals, but the pollution had become so bad, Mr. Obama noted, that the top "
     "page was the air-quality monitor.",
     ["the pollution had become so bad", "that the top page was the air-quality monitor"]),
    ("Six months ago, the senator said, the media considered him a fringe candidate.",
     ["the media considered him a fringe candidate"]),
    ("Of course, she said, the deal will close in May.", ["the deal will close in May"]),
    ("But, he said, tax rises would come to the floor only with Republican support.",
     ["tax rises would come to the floor only with Republican support"]),
    ("Politico reported, according to sources in the meetings, Clinton tried to calm the bankers.",
     ["Clinton tried to calm the bankers"]),
    # what follows is no part of the report: a participle, a circumstance (a clause linked by "and" is,
    # since 0.6.297: PolNeAR annotates "..., he said, and they could find it difficult ..." as the report's)
    ("The plan had failed badly, Jane Roe said, and the town was angry.",
     ["The plan had failed badly", "the town was angry"]),
    ("Sales were really great, he said, wiping sweat off his face.", ["Sales were really great"]),
    ("The delegates were unhappy, an aide said, on condition of anonymity to speak freely.",
     ["The delegates were unhappy"]),
    # a phrase with no verb, then the attribution, then a whole clause: the clause is the report
    ("But underneath the criticism, Democratic sources said, Axelrod still has respect for her.",
     ["underneath the criticism", "Axelrod still has respect for her"]),
    ("Within the next 12 to 18 months, he said, Wang will announce a more powerful machine.",
     ["Within the next 12 to 18 months", "Wang will announce a more powerful machine"]),
    # but a subject and its predicate either side stay two pieces, and a clause before stays the report
    ("The museum, Mr. Obama said, still needs money from donors.", ["The museum", "still needs money from donors"]),
    ("The emails were on many topics, the Times said, including speeches and meetings.",
     ["The emails were on many topics"]),
])
def test_a_report_around_a_parenthetical_attribution_is_in_pieces(text, pieces):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == pieces


def test_the_piece_before_a_parenthetical_attribution_has_the_quotations_speaker():
    qs = extract_quotes('Jeb Bush spoke in Ohio. If Clinton is elected, he said, "she might be going back '
                        'and forth between the White House and jail."')
    assert [(q.kind, q.text, q.speaker, q.cue) for q in qs] == [
        ("indirect", "If Clinton is elected", "Jeb Bush", "said"),
        ("direct", "she might be going back and forth between the White House and jail.", "Jeb Bush", "said")]


@pytest.mark.parametrize("text", [
    # a quotation that is a sentence of its own: what comes before is the occasion, not words said
    'In a statement, the spokesman said, "We are not going to comment on this matter at all."',
    'Less than 30 minutes later, Trump wrote, "I hear the show is pushing hard for a third party."',
    # the question put to the speaker, and a link word, are no piece of the answer
    'Asked about the plan, the governor said, "it is a good plan that will work."',
    'But, he said, "there is a line between disagreement and attacks on judges."',
])
def test_no_piece_before_a_parenthetical_attribution_of_an_occasion_or_a_question(text):
    assert [q.kind for q in extract_quotes(text)] == ["direct"]


HEADLINES = ("Obama: Americans Will Say No to a Politics of Fear\n\n"
             "The Latest: Cruz to give away an engraved shotgun at the rally.\n\n"
             "BOOM: Trump Just Fired A Missile Directly At Hillary Clinton.\n\n"
             "Grandkids: It was not so long ago that news groups could laugh.\n\n"
             "Ted Cruz: Just hang on\n\n"
             "President Barack Obama spoke in Ohio on Tuesday. Senator Ted Cruz was in Iowa.")


def test_a_headline_label_naming_a_person_of_the_story_attributes_the_line():
    hits = [q for q in extract_quotes(HEADLINES) if q.cue == ":"]
    assert [(q.kind, q.speaker, q.text) for q in hits] == [
        ("indirect", "Barack Obama", "Americans Will Say No to a Politics of Fear")]


@pytest.mark.parametrize("headline, expected", [
    ("Bernie Sanders Says He\u2019s Already Started Writing His Inaugural Address.",
     [("indirect", "He\u2019s Already Started Writing His Inaugural Address", "Bernie Sanders", "Says")]),
    ("Trump Says He Never Pledged To Kill Family Members Of Terrorists",
     [("indirect", "He Never Pledged To Kill Family Members Of Terrorists", "Donald Trump", "Says")]),
    # a question, a label the story does not name that is no role or body: none
    ("How Paul Ryan Thinks About Donald Trump.", []),
    ("Weather Says Little About The Harvest This Year.", []),
])
def test_a_title_case_headline_saying_what_someone_says_is_a_report(headline, expected):
    story = (f"{headline}\n\nBernie Sanders and Donald Trump spoke in Iowa on Monday. Paul Ryan and "
             "Hillary Clinton did not.")
    assert [(q.kind, q.text, q.speaker, q.cue) for q in extract_quotes(story) if q.paragraph == 0] == expected


def test_editorial_labels_and_short_summaries_are_no_attributions():
    texts = {q.text for q in extract_quotes(HEADLINES)}
    assert not any(t.startswith(("Cruz to give", "Trump Just Fired", "It was not so long", "Just hang on"))
                   for t in texts)


def test_they_after_two_people_named_since_the_last_group_spoke():
    text = ("Some experts said the visit would cost millions.\n\n"
            "Samuel Ackroyd and James Swan were among those who waited eight hours. "
            "They told ITV News: 'I like Trump, but it is mainly about seeing Air Force One.'")
    assert q_of(text, "Air Force One").speaker == "Samuel Ackroyd and James Swan"


def test_they_is_still_the_group_that_spoke_when_only_a_plural_noun_came_between():
    text = ("His advisers say that neither candidate can achieve the 2,383 delegates needed, and they say "
            "that would leave the issue in the hands of the super delegates.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "indirect"][-1] == "His advisers"


@pytest.mark.parametrize("text, pieces", [
    ("The Greater Wisconsin Committee, according to filings, spent at least $345,430 on TV ads in the race.",
     ["The Greater Wisconsin Committee", "spent at least $345,430 on TV ads in the race"]),
    # a fronted circumstance or a cue before the attribution is no piece of the report
    ("But the next day, according to Roffman, Trump made further demands on the staff.",
     ["Trump made further demands on the staff"]),
    ("Politico reported, according to sources in the meetings, that the plan was dead.",
     ["that the plan was dead"]),
])
def test_a_report_around_according_to_is_in_pieces(text, pieces):
    got = [q.text for q in extract_quotes(text) if q.kind == "indirect" and q.cue == "according to"]
    assert got == pieces


@pytest.mark.parametrize("text, speaker, words", [
    ('As one analyst put it, "This is a disaster for the party."', "one analyst", "a disaster"),
    ("It shielded him, as The New Yorker put it in a long profile, \u201cthe operator.\u201d", "The New Yorker",
     "the operator"),
    ('Jane Roe put it bluntly: "We lost the vote."', "Jane Roe", "We lost"),
    ('Another critic, Laurence H. Tribe, likened the rules to "burning the Constitution."', "Laurence H. Tribe",
     "burning the Constitution"),
])
def test_put_it_and_liken_attribute_quotations(text, speaker, words):
    assert q_of(text, words).speaker == speaker


@pytest.mark.parametrize("text", [
    'He put it on the table, "just in case" it rained.',
    'The law was likened to "burning the Constitution" by its critics.',
])
def test_put_it_without_as_and_a_passive_liken_attribute_nothing(text):
    assert [q for q in extract_quotes(text) if q.speaker] == []


@pytest.mark.parametrize("text", [
    '"This is a big year for our senator!" Scott\'s niece, Marcia Price, shouted to the crowd.',
    '"This is a big year for our senator," Scott\'s niece, Marcia Price, said.',
])
def test_a_possessive_description_before_the_name_after_a_quotation(text):
    assert q_of(text, "big year").speaker == "Marcia Price"


@pytest.mark.parametrize("text, content", [
    ('Trump called the system \u201crigged\u201d in a tweet on Tuesday.', 'the system \u201crigged\u201d'),
    ('Jane Roe called Clinton a \u201cdisgrace\u201d Wednesday on a radio show.', 'Clinton a \u201cdisgrace\u201d'),
    ('Jane Roe described the incident as a \u201cterrible situation,\u201d but stopped short of blaming him.',
     'the incident as a \u201cterrible situation,\u201d'),
    # what follows belongs to the naming: it runs on
    ('Jane Roe called the agreement \u201can historic step\u201d in global efforts to address climate change.',
     'the agreement \u201can historic step\u201d in global efforts to address climate change'),
])
def test_a_naming_ends_with_its_quoted_words_before_a_circumstance(text, content):
    q = q_of(text, "", kind="mixed")
    assert text[q.content_start : q.content_end] == content


@pytest.mark.parametrize("text, speaker", [
    ("\u201cEvery time you say that, you give them ammunition,\u201d Sens. Jon Tester said.", "Jon Tester"),
    # a short form of a given name tells the gender: "she" is not Jeff Merkley
    ("\u201cThat is not accepting responsibility,\u201d said Jeff Merkley.\n\n"
     "\u201cIt should be broken up,\u201d she said.", None),
])
def test_plural_titles_and_short_given_names(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, words", [
    ('"We must see how precarious our position is," the report stated. "Whites will be 47 percent by 2050."',
     "the report", "Whites will be"),
    ('Trump gestured to stop the ruckus, then leaned in and boomed: "Let\'s defeat her in November."',
     "Trump", "defeat her"),
    ('Jared Potts, 17, echoed: "He speaks his mind, and that might be what the country needs."',
     "Jared Potts", "speaks his mind"),
])
def test_a_document_noun_that_is_a_cue_word_and_new_speech_verbs(text, speaker, words):
    assert q_of(text, words).speaker == speaker


@pytest.mark.parametrize("text", [
    'The economy boomed in the 1990s, as "Clinton" said.',
    'The hall echoed with the strains of "New York, New York."',
])
def test_boom_and_echo_are_cues_only_right_before_a_quotation(text):
    assert [q for q in extract_quotes(text) if q.cue in ("boomed", "echoed")] == []


def test_heres_name_colon_introduces_the_quotation():
    text = "Bill Clinton ran in 1992. Here\u2019s Clinton in December 1992: \u201cOur new direction must rest on facts.\u201d"
    q = q_of(text, "new direction")
    assert (q.kind, q.speaker) == ("direct", "Bill Clinton")


def test_here_is_a_statement_names_no_speaker():
    assert extract_quotes("Here is the full statement: \u201cWe will win this race.\u201d") == []


@pytest.mark.parametrize("text, clause", [
    ("Trump's team thinks she doesn't understand the mood of the electorate.",
     "she doesn't understand the mood of the electorate"),
    ("Matthew Yglesias thinks Trump will cause long-term damage to the party.",
     "Trump will cause long-term damage to the party"),
])
def test_thinks_reports_a_clause_with_its_own_subject(text, clause):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [clause]


@pytest.mark.parametrize("text", [
    "I think the plan will fail badly in the end.",   # the writer's own view
    "Do you think a socialist can win a general election?",
    "Jane Roe thinks highly of the new plan for the town.",  # no clause after it
    "He thought the plan would fail badly in the end.",  # thought: only with 'that'
])
def test_think_without_a_clause_or_in_first_person_reports_nothing(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, speaker", [
    ("Democrats trying to regain control of the Senate in November say they have a new weapon.",
     "Democrats trying to regain control of the Senate in November"),
    ("Officials speaking on background said the talks had stalled.", "Officials speaking on background"),
])
def test_a_plural_subject_with_its_participle_phrase_reports(text, speaker):
    [q] = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert (q.speaker, q.speaker_kind) == (speaker, "group")


def test_a_name_with_a_participle_phrase_is_not_a_plural_subject():
    qs = extract_quotes("James walking in the park in June said he was tired.")
    # nor is the month: no report is better than one by "June"
    assert all(not q.speaker_mention.startswith("James walking") and q.speaker != "June" for q in qs)


@pytest.mark.parametrize("text, speaker, clause", [
    ("Sanders gained on other measures, too. Six in 10 say he is at least somewhat decisive.", "Six in 10",
     "he is at least somewhat decisive"),
    ("Most support the ban, but majorities in all five say they want a path to stay.", "majorities in all five",
     "they want a path to stay"),
    ("She has said little, and people familiar with her thinking say she now sees it as harder.",
     "people familiar with her thinking", "she now sees it as harder"),
    ("Partisans on both sides argue that the other candidate would imperil the nation.", "Partisans on both sides",
     "that the other candidate would imperil the nation"),
])
def test_plural_and_share_subjects_of_say_with_a_pronoun_clause(text, speaker, clause):
    [q] = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert (q.speaker, q.text) == (speaker, clause)


@pytest.mark.parametrize("text", [
    "It is hard to say he was wrong about the plan.",
    "Let me say it was a long night for the team.",
])
def test_say_after_to_or_let_me_reports_nothing(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_name_with_its_place_of_work_between_commas_is_the_speaker():
    text = ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made "
            "more than 150 calls.\n\n''Find your polling place and get there,'' he tells parishioners.")
    assert [q.speaker for q in extract_quotes(text)] == ["Darran Whiting", "Darran Whiting"]


def test_a_lower_case_phrase_between_commas_is_still_no_name():
    text = "The plan, a mix of tax cuts and spending, said nothing about the deficit."
    assert all(q.speaker != "a mix" for q in extract_quotes(text))


def test_a_subject_with_an_appositive_speaks_through_a_coordinated_cue():
    text = "Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward Trump."
    q = q_of(text, "leaning")
    assert (q.speaker, q.text) == ("Gary Emineth", "he is leaning toward Trump")


def test_a_coordinated_cue_without_a_named_subject_keeps_no_speaker():
    text = "Rain fell all night, and said nothing good about the harvest, the farmers thought."
    assert all(q.speaker != "Rain" for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker", [
    ('The senator is Ted Cruz. Cruz made a call for an end to sugar subsidies, calling them "corporate welfare."',
     "Ted Cruz"),
    ("I met Carly Fiorina. Fiorina made her case in Iowa, saying conservatives need to band together to stop him.",
     "Carly Fiorina"),
])
def test_a_surname_with_an_irregular_past_verb_is_the_participles_subject(text, speaker):
    # the surname stands inside a sentence elsewhere: a name, not a capitalised first word
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_rain_with_a_participle_still_has_no_speaker():
    assert [q.speaker for q in extract_quotes("Rain fell all night, adding that the harvest was lost.")] in ([], [None])


@pytest.mark.parametrize("text, speaker, clause", [
    ("Richard Trumka told members of the AFL-CIO executive council that the body will not vote.", "Richard Trumka",
     "that the body will not vote"),
    ("Bill Clinton told foundation employees on Thursday that the group would stop taking foreign money.",
     "Bill Clinton", "that the group would stop taking foreign money"),
    # an outlet with its city, then a time, then the clause without "that"
    ("Christine Todd Whitman told The Star-Ledger of Newark last week she would rather vote for Clinton.",
     "Christine Todd Whitman", "she would rather vote for Clinton"),
])
def test_told_any_recipient_that(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"] == [(speaker, clause)]


def test_told_a_story_that_is_a_relative_clause():
    assert extract_quotes("Jane Roe told the story that her father told her.") == []


def test_a_cue_word_after_a_possessive_heads_the_speakers_phrase():
    text = "Another source familiar with Cruz\u2019s thinking said, \u201cWe will win this one.\u201d"
    assert q_of(text, "win this one").speaker == "Another source familiar with Cruz\u2019s thinking"


@pytest.mark.parametrize("text, speaker", [
    ("Immediately after the attacks, Trump issued a statement, \u201cLast night, our nation was attacked.\u201d", "Trump"),
    ('American Bridge President Jessica Mackler released a statement saying his comment "has no place here."',
     "Jessica Mackler"),
])
def test_issued_or_released_a_statement_attributes_the_quotation(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker, content", [
    ("The town released a statement Wednesday saying Trump\u2019s comments \u201care based on his opinion\u201d.",
     "The town", "Trump\u2019s comments \u201care based on his opinion\u201d"),
    ("His office put out a statement saying the U.S. \u201cdoes not have the capacity to vet every refugee.\u201d",
     "His office", "the U.S. \u201cdoes not have the capacity to vet every refugee.\u201d"),
])
def test_what_a_statement_says_starts_after_saying(text, speaker, content):
    q = extract_quotes(text)[0]
    assert (q.speaker, text[q.content_start:q.content_end]) == (speaker, content)


def test_a_statement_without_a_quotation_is_nothing():
    assert extract_quotes("Trump issued a statement on Friday about the attacks.") == []


@pytest.mark.parametrize("text", [
    "The agency answered with the lawsuit Lynch announced that same day against the state.",
    "Shortly after my sentence, Eric Holder announced his resignation.",  # the verb has its own object
    "Democratic Party elites should not celebrate. They should be very, very worried.",  # an adjective
])
def test_no_report_where_the_cue_reports_nothing(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("Loretta Lynch announced that same day that the department would sue.", "Loretta Lynch",
     "that the department would sue"),
    ("Jane Roe said that day was the worst of her life.", "Jane Roe", "that day was the worst of her life"),
    ("The plan will fail, Jane Roe told her supporters.", "Jane Roe", "The plan will fail"),
    ("The plan will fail, Jane Roe said in a statement.", "Jane Roe", "The plan will fail"),
])
def test_that_as_a_determiner_and_a_recipient_after_the_cue(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"] == [(speaker, clause)]


@pytest.mark.parametrize("text, speaker, description", [
    # a name the given-name list does not know, after a possessive and its role
    ("\u201cShe is a mother of three,\u201d her friend Mariam Emara told CNN.", "Mariam Emara", "her friend"),
    ("Its president Rilwanu Lukman said output would rise.", "Rilwanu Lukman", "Its president"),
    # 'another' or 'one' opening the description before the name
    ("\u201cShe is a mother of three,\u201d another friend, Mariam Emara, told CNN.", "Mariam Emara", "another friend"),
    ("\u201cShe is a mother of three,\u201d one neighbor, Jane Roe, said.", "Jane Roe", "one neighbor"),
])
def test_a_name_after_its_description_is_the_person(text, speaker, description):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_kind, q.speaker_description) == (speaker, "person", description)


@pytest.mark.parametrize("text, not_a_person", [
    # a title with a plural last word: "Financial Market Trends" is a report
    ("The OECD said in its latest Financial Market Trends report the 34 pct rise was accompanied by major "
     "changes.", "Financial Market Trends"),
    # more than a role between the possessive and the capitals
    ("Geoff Garin, a Democratic pollster, said his focus groups and other research show that Clinton's positions "
     "against Citizens United, in support of a surtax, and backing a crackdown on banks resonate with voters.",
     "Citizens United"),
])
def test_capitals_after_a_possessive_are_not_always_a_person(text, not_a_person):
    assert not [q for q in extract_quotes(text) if q.speaker == not_a_person]


@pytest.mark.parametrize("text, speaker", [
    # a US state after a place is the place's, not a name
    ("Cory James, 22, of Flint, Mich., said he hadn't given up hope that Sanders could win.", "Cory James"),
    ("Clinton, during a town hall meeting in Columbus, Ohio, said she was \"going to put coal miners out of "
     "business.\"", "Clinton"),
    ("\"We need jobs,\" said Cory James, 22, of Flint, Mich.", "Cory James"),
    # and so before a relative clause: the state is no name of its own
    ("\"Both Trump and Cruz scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an "
     "interview.", "Harry Bond"),
    ("Paul Porter, 58, of Ames, Iowa, who drives a truck, said he already received time and a half.", "Paul Porter"),
    # a state or a country after a place one went to, inside a relative clause with more after it
    ("Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday to promote the new "
     "rules, said they touched on a core issue for Mr. Obama.", "Joseph R. Biden Jr."),
    ("The mayor, who flew to Paris, France, last week, said the deal was done.", "The mayor"),
    ("Asea Group, the diversified industrial concern based in Vasteras, Sweden, said it expects earnings to be "
     "flat.", "Asea Group"),
    # (a name after the place is still a name: the person the appositive describes)
    ("A lawyer who flew to Paris, Jane Roe, said the deal was done.", "Jane Roe"),
    # a contracted pronoun is the subject ("he'd asked"), an adverb between subject and cue is not a name
    ("Donald Trump spoke. He\u2019d asked his \u201cpeople\u201d to \u201clook into\u201d paying the fees.", "Donald Trump"),
    ("Hillary Clinton first testified before Congress that she \"took responsibility.\"", "Hillary Clinton"),
    # the subject right before a comma aside, not the object of a verb before it
    ("Bernie Sanders won. He pledged to enact judicial reform, fix the nation\u2019s \u201cbroken\u201d system and he, "
     "once again, pledged a \u201cpolitical revolution.\u201d", "Bernie Sanders"),
    # "put out a statement saying ..." like "issued a statement"
    ("The White House put out a statement saying the U.S. \u201cdoes not have the capacity to vet every refugee.\u201d",
     "The White House"),
])
def test_speaker_phrases_not_taken_for_names(text, speaker):
    assert {q.speaker for q in extract_quotes(text)} == {speaker}


def test_a_place_before_a_name_is_not_dropped():
    """Only a US state after "in/of <Place>," is the place's: a name after "The mayor of Flint," stays."""
    q = extract_quotes("The mayor of Flint, Karen Weaver, said the water was safe now.")[0]
    assert (q.speaker, q.speaker_description) == ("Karen Weaver", "The mayor of Flint")


@pytest.mark.parametrize("text, speaker, clause", [
    ("Bernie Sanders is pledging to \u201cwin many hundreds of delegates\u201d on Super Tuesday.", "Bernie Sanders",
     "to \u201cwin many hundreds of delegates\u201d on Super Tuesday"),
    ("Critics are warning that the plan will fail.", "Critics", "that the plan will fail"),
    ("Democrats have been arguing that the plan will fail.", "Democrats", "that the plan will fail"),
])
def test_progressive_cues_report(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text, speaker, clause", [
    ("About 200 people are feared dead, officials said.", "officials", "About 200 people are feared dead"),
    ("Feed prices were reported 35 pct higher, the department said.", "the department",
     "Feed prices were reported 35 pct higher"),
    ("Pan Am said costs would fall.", "Pan Am", "costs would fall"),  # "Am" is no "am"
    ("The Mexican government is worried that the rhetoric could hurt tourism.", "The Mexican government",
     "that the rhetoric could hurt tourism"),
])
def test_a_passive_cue_reports_nothing_of_its_own(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


def test_said_without_a_clause_reports_nothing():
    assert [q.text for q in extract_quotes("Expenses will be cut, it said without offering details.")
            if q.text.startswith("without")] == []


def test_asked_in_the_passive_keeps_its_agent():
    text = "Sanders was asked by host Bill Maher, \u201cDo you still think the emails do not matter?\u201d"
    assert extract_quotes(text)[0].speaker == "Bill Maher"


@pytest.mark.parametrize("text", [
    "Trump was asked, \u201cWill you run?\u201d",  # passive: who asks is not named
    "The building is housing refugees now.",
    "His writing is warning enough.",
])
def test_a_passive_or_a_noun_is_no_progressive_cue(text):
    assert [q.speaker for q in extract_quotes(text) if q.speaker] == []


@pytest.mark.parametrize("text, speaker", [
    # a company keeps the title-like words of its name
    ("General Motors Corp said it would recall 10,000 cars.", "General Motors Corp"),
    ("Telcom General Corp, which stopped operating a month ago, said its president has resigned.",
     "Telcom General Corp"),
    # a time phrase before the subject is not part of it
    ("Earlier this week the company said it received approval for the drug.", "the company"),
    ("At noon the bank had estimated the shortfall would be 500 mln stg.", "the bank"),
    ("U.K. clearing banks this afternoon announced cuts in their base lending rates.", "U.K. clearing banks"),
    # "at least one", shares "of those surveyed", a subject before a participle aside
    ("Some analysts put the value at 35 dlrs, but at least one said it would be worth 42 dlrs.", "at least one"),
    ("Some 56 percent of those surveyed said the group should keep its funding.",
     "Some 56 percent of those surveyed"),
    ("Analysts, contacted on Sunday said the statement does little to clarify matters.", "Analysts"),
    ("Local businessmen feared the plan would fail.", "Local businessmen"),
])
def test_subject_phrases_whole_and_no_more(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "indirect"][-1] == speaker


@pytest.mark.parametrize("text", [
    "ILC has filed a civil action against him to recover alleged improper disbursements of company funds.",
    "Proponents maintain there are large estimated cost savings of such a bill.",
])
def test_a_participle_before_a_noun_reports_nothing(text):
    assert [q.speaker for q in extract_quotes(text)] == []


def test_a_whole_phrase_speaks_when_the_cue_has_no_subject_of_its_own():
    text = '"We will close," a spokesman for Credit Lyonnais who declined to be named said.'
    assert extract_quotes(text)[0].speaker == "a spokesman for Credit Lyonnais who declined to be named"


@pytest.mark.parametrize("text, speaker", [
    ("Analysts who follow the industry say the merger will fail.", "Analysts who follow the industry"),
    ("Voters who backed Trump in 2016 say they will vote again.", "Voters who backed Trump in 2016"),
    # the head of a relative clause speaks, not a name inside the clause
    ("Republicans who oppose the plan in Congress said it would fail.", "Republicans who oppose the plan in Congress"),
    ("Former officials who spoke with The Huffington Post said the committee had become a shell.",
     "Former officials who spoke with The Huffington Post"),
    # but a 'that' clause with its own subject keeps that subject
    ("It happened on the same day that the Washington Post said the subpoenas had been issued.", "Washington Post"),
])
def test_a_plural_head_with_its_relative_clause_speaks(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "indirect"] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # a state's abbreviation ends the sentence before the next quotation
    ('"It will create jobs," says Gavin Hamilton, 23, a student from Fresno, Calif. "I think it\'d offer more '
     'jobs in areas we are not seeing now."', ["Gavin Hamilton", "Gavin Hamilton"]),
    ('"It will create jobs," said Sen. Jane Doe, D-Calif. "I think so, and I say it often."', ["Jane Doe", "Jane Doe"]),
    # an aside between the name and the cue
    ("\u201cHe had a lot of Missouri supporters,\u201d Blunt, after a long pause, said of Cruz.", ["Blunt"]),
    # manner verbs of speech
    ('"Go back to Univision," Trump barked and a security guard escorted Ramos out.', ["Trump"]),
    ('"We will see about that," Jane Roe scoffed.', ["Jane Roe"]),
])
def test_more_attributions_found(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


def test_a_title_abbreviation_still_opens_a_name():
    """Only a state after a comma or a party letter ends a sentence: 'Sen.' before a quotation does not."""
    text = '"We will win," said the Sen. "It is certain."'
    assert all(q.speaker != "Sen" for q in extract_quotes(text))


def test_the_dog_barked_is_no_speech():
    assert extract_quotes("The dog barked all night and the neighbours complained.") == []


def test_a_possessive_description_is_the_participles_subject():
    text = ("In response to Donald Trump\u2019s proposal to bar Muslims from entering the United States, Hillary "
            "Clinton\u2019s right-hand woman rallied supporters, saying: \u201cWe have to be ready to stop him.\u201d")
    assert [q.speaker for q in extract_quotes(text)] == ["Hillary Clinton\u2019s right-hand woman"]


def test_a_bare_noun_is_still_no_participles_subject():
    assert [q.speaker for q in extract_quotes("Rain fell all night, adding that the harvest was lost.")] in ([], [None])


@pytest.mark.parametrize("text, speaker", [
    # the participle follows a subordinate clause: its subject is that clause's
    ("The first incident came during a speech in Purchase, when Sanders protesters interrupted her speech, "
     "shouting \u201cshe wins, we lose!\u201d", "Sanders protesters"),
    # without the comma before "when", the main clause's subject still speaks
    ("The senator left the room when reporters arrived, saying \u201cNo comment at all today.\u201d", "The senator"),
    ("Trump spoke for an hour on Tuesday, saying \u201cWe will win this state.\u201d", "Trump"),
])
def test_a_participles_subject_is_the_nearest_clauses(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_phrase_only_holding_a_possessive_opens_no_clause():
    text = ("Some of Dome's group of 56 major creditors might move to block such a sale, arguing they have a "
            "claim on company assets.")
    assert all(q.speaker != "Some of Dome's group of 56 major" for q in extract_quotes(text))


@pytest.mark.parametrize("text", [
    "Bernie Sanders won the Minnesota caucus, claiming his third victory in the string of contests.",
    "Meanwhile, Rubio claimed the prize for exceeding expectations.",
    "Tenney took down Steve Wells in the primary, claiming 41 percent of the vote.",
])
def test_claiming_a_win_is_no_report(text):
    assert [q for q in extract_quotes(text) if q.cue.startswith("claim")] == []


@pytest.mark.parametrize("text, clause", [
    ("Rubio claimed the election was rigged against him.", "the election was rigged against him"),
    ("Rubio claimed his lead would hold until the end.", "his lead would hold until the end"),
])
def test_claim_with_a_clause_still_reports(text, clause):
    assert [q.text for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize("text", [
    "Evangelicals, which in a caucus state like Iowa are important in turning out voters, backed him.",
    "Voters went to the polls in Illinois and Ohio, Rust Belt states that have suffered from the loss of jobs.",
])
def test_state_as_a_noun_reports_nothing(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("The report states that the economy grew.", "The report"),
    ("Documents state that he lied to investigators.", "Documents"),
])
def test_state_as_a_verb_reports(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, clause", [
    ("Aides said more than 1 million donors made more than 2.5 million contributions.",
     "more than 1 million donors made more than 2.5 million contributions"),
    ("Officials said less than $5 million was spent on the program.", "less than $5 million was spent on the program"),
])
def test_a_clause_may_open_with_more_than_a_number(text, clause):
    assert [q.text for q in extract_quotes(text)] == [clause]


def test_said_more_about_is_no_clause():
    assert extract_quotes("He said more about the plan on Tuesday.") == []


@pytest.mark.parametrize("text, speaker, cue", [
    # "state" opening the speaker's phrase after a quotation: the verb after the phrase is the cue
    ('"We will not be silenced!" state Del. Marcia "Cia" Price (D-Newport News), shouted from the floor.',
     "Marcia Price", "shouted"),
    ('"We will win this fight," state Sen. Jason Holsman said.', "Jason Holsman", "said"),
    ('"We will win this fight," state officials said.', "state officials", "said"),
    # but a plural subject's "state" is the verb
    ('"The kingdom leads the fight," the Saudis state in the white paper.', "Saudis", "state"),
])
def test_state_before_a_speakers_phrase(text, speaker, cue):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.cue) == (speaker, cue)


def test_a_subject_with_an_aside_is_a_pronouns_antecedent():
    text = ("Donald Trump's brother Freddy loved flying. Freddy once said, \u201cI love flying.\u201d\n\n"
            "And Donald, then in college, did not approve.\n\n"
            "\u201cI was too young; I didn't realize,\u201d he said.")
    assert [q.speaker for q in extract_quotes(text)][-1] in ("Donald", "Donald Trump")


def test_a_name_after_a_title_in_an_appositive_is_no_antecedent():
    text = ("Juan Zarate, a top terrorism adviser to then-President George W. Bush, also questioned the plan.\n\n"
            "\u201cThere is no question that you have to deny them sanctuary,\u201d he said.")
    assert extract_quotes(text)[0].speaker == "Juan Zarate"


@pytest.mark.parametrize("text, speaker", [
    ("Among the undecided, 27 percent of those who named a candidate said they could be persuaded.",
     "27 percent of those who named a candidate"),
    ("Those who attended said the speech was long.", "Those who attended"),
    ("Some 56 percent of those surveyed said the group should keep its funding.", "Some 56 percent of those surveyed"),
])
def test_those_who_speak_as_a_group(text, speaker):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_kind) == (speaker, "group")


@pytest.mark.parametrize("text, speaker", [
    # a relative pronoun with its own subject: the subject speaks
    ("It criticized George Shultz, who the report suggests was more interested in keeping his skirts clean.",
     "the report"),
    # "last" between subject and cue is an adverb (and since 0.6.296 the firm the appositive describes speaks)
    ("The deal was worked out with Mason Best Co, a Texas investment firm, which last reported it held 9.5 pct "
     "of the stock.", "Mason Best Co"),
])
def test_more_subjects_found(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "The standards are part of the recently announced convergence agreement between the two countries.",
    # a possessive before the adverb, as a determiner: "Viner's previously reported legal action"
    "The filing could affect Viner's previously reported legal action against the chain.",
    "The candidate's currently stated policy positions are solidly conservative.",
])
def test_a_cue_after_a_determiner_and_adverb_is_an_adjective(text):
    assert extract_quotes(text) == []


def test_a_pronouns_contraction_before_an_adverb_still_speaks():
    assert [q.text for q in extract_quotes("He's repeatedly said the plan would fail.")] == ["the plan would fail"]


@pytest.mark.parametrize("text", [
    # an object after the cue, with a noun in -s after a preposition: no verb, no clause
    "Countrywide Credit Industries Inc reported 4.5 billion dlrs in its loan servicing portfolio for the last year.",
    "Fairchild Industries Inc reported a 73.6 mln dlr fourth quarter loss mainly due to charges for the plant closing.",
    "Slutsky admitted accepting 165,000 dlrs in bribes from the contractors.",
    "Cruz, who has argued a number of cases before the Supreme Court, will do well in judicial appointments.",
    "Islamic State claimed responsibility for the attack on the club in Orlando.",
    # goods recalled by their maker: no memory told
    "Porsche is recalling about 30,000 Taycan electric cars worldwide because of a battery fault.",
    "Ford recalled 1.2 million vehicles on Monday over a faulty latch.",
    "Porsche recalls 30,000 cars over fire risk",
    "He says so himself as he recalls the car accident which occurred nine days before his wedding.",
])
def test_an_object_of_a_cue_is_no_report(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, report", [
    # a list of subjects, their nouns in -s no verbs
    ("The Federal Reserve said output from factories, mines and utilities rose 0.3% in November.",
     "output from factories, mines and utilities rose 0.3% in November"),
    # a long subject, a stray comma, then its verb
    ("Mellon Bank Corp said a number of actions taken in the quarter including a cut in its staff, are expected "
     "to improve its earnings.",
     "a number of actions taken in the quarter including a cut in its staff, are expected to improve its earnings"),
    # a verb first in the clause after a relative's gap
    ("They blamed the drawdown of troops, a decision they say allowed terrorist activity to multiply.",
     "allowed terrorist activity to multiply"),
    # what is claimed beside a claim of responsibility is reported still
    ("Islamic State claimed responsibility for the attack but U.S. officials have said they do not believe it.",
     "they do not believe it"),
])
def test_reports_with_nouns_in_s_and_odd_commas(text, report):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [report]


@pytest.mark.parametrize("text, kind, report", [
    # what a speaker hails as something: the object and what it is called
    ('Thierry Breton hailed the deal as "historic".', "mixed", 'the deal as "historic"'),
    ("Thierry Breton hailed the deal as a breakthrough for Europe.", "indirect", "the deal as a breakthrough for Europe"),
])
def test_hailed_as(text, kind, report):
    assert [(q.kind, q.text) for q in extract_quotes(text)] == [(kind, report)]


@pytest.mark.parametrize("text", [
    # negative: no "as", no naming; hail the weather is no cue
    "He hailed a taxi outside the hotel.",
    "The striker was hailed as a hero by fans.",
])
def test_hailed_without_a_naming_is_no_report(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, report", [
    # a plural's verb in the present, no ending to mark it, after a place phrase too
    ("The charity says around 900,000 people in the UK live with dementia.",
     "around 900,000 people in the UK live with dementia"),
    ("The charity says 900 people live in tents.", "900 people live in tents"),
    ("The union says women in Britain work longer hours than men.", "women in Britain work longer hours than men"),
])
def test_plural_subjects_with_bare_present_verbs_report(text, report):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [report]


@pytest.mark.parametrize("text", [
    # negative: "in work" is a noun after its preposition, no verb
    "The institutes predicted a rise in the number of people in work of about 200,000.",
    "Officials predicted more people in work by 1988.",
])
def test_a_noun_after_a_place_phrase_is_no_verb(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, report", [
    # what was recalled is still a clause with its verb
    ("She recalled the day was cold and the cars would not start.", "the day was cold and the cars would not start"),
    ("Smith recalled his father would drive old cars.", "his father would drive old cars"),
    ("She recalled that the cars were old.", "that the cars were old"),
])
def test_recalled_memories_are_reports(text, report):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [report]


def test_a_noun_in_ly_before_a_cue_still_speaks():
    text = "Manafort was there when a member of the family suggested they tweet a picture of the lunch."
    assert [q.speaker for q in extract_quotes(text)] == ["a member of the family"]


@pytest.mark.parametrize("text, speaker", [
    # "alleged" before a noun is an adjective: the report is the one before it
    ("Paul Channon spoke in London.\n\nHe said other conflicts are already in sight - alleged European subsidies "
     "of Airbus and \"unfair\" practices.", "Paul Channon"),
    ("Schneiderman alleged in the suit that Trump personally earned $5 million.", "Schneiderman"),
])
def test_alleged_as_an_adjective(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


# a date, a year or a bare number is when, never who
@pytest.mark.parametrize("text, words, speaker", [
    # a relative pronoun's antecedent speaks across the time phrase
    ("Republicans listened to Mitch McConnell, who in 2010 said the GOP's most important goal was to make Obama "
     "a \"one-term president.\"", "most important goal", "Mitch McConnell"),
    ("Republicans listened to Mitch McConnell, who in 2010 said the goal was to make Obama a one-term president.",
     "the goal was", "Mitch McConnell"),
    ("Mitch McConnell in 2010 said the goal was to make Obama a one-term president.", "the goal was",
     "Mitch McConnell"),
    # a share in per cent speaks as a group, with its sign
    ("On economic issues, 42% say they are liberal, 34% conservative.", "they are liberal", "42%"),
])
def test_a_time_phrase_before_the_cue_is_no_speaker(text, words, speaker):
    assert q_of(text, words).speaker == speaker


@pytest.mark.parametrize("text", [
    # the participle belongs to the comments, not to a year or to the sentence's subject
    "Democrats highlighted comments Trump made in 2006 saying he \u201csort of hopes\u201d the housing bubble "
    "would burst.",
    # no person before the time phrase: a relative clause about a document, no report
    "The State Department withheld a key Benghazi email in 2014 that would have revealed Hillary Clinton's use "
    "of a private email server months before.",
    "Coca Cola's funding dropped from 660,000 dollars four years ago to just 75,000 pledged for this year.",
])
def test_no_report_by_a_date_or_number(text):
    for q in extract_quotes(text):
        assert q.speaker is not None and not re.fullmatch(r"[\d,.%]+|\d{4}|[A-Z][a-z]+ \d{1,2}", q.speaker), q
        assert q.speaker != "Democrats", q  # who highlighted the comments did not say them


@pytest.mark.parametrize("text, speaker", [
    # an office keeps the title-like word of its name
    ("The Justice Department in January said it would block the merger on anti-trust grounds.",
     "Justice Department"),
    ("The Justice Department said it would block the merger on anti-trust grounds.", "Justice Department"),
    ("Officials at the Attorney General's Office said the inquiry would go on.", None),
])
def test_an_office_keeps_its_name(text, speaker):
    qs = extract_quotes(text)
    if speaker is None:
        assert all(q.speaker not in ("Office", "General's Office") for q in qs)
    else:
        assert qs and qs[0].speaker == speaker and qs[0].speaker_kind == "organization"


def test_a_title_before_a_name_is_still_dropped():
    q = extract_quotes("Sen. John Smith said the plan would fail in the Senate.")[0]
    assert q.speaker == "John Smith"


@pytest.mark.parametrize("text, content", [
    # the recipient of "tell" stands before the report, however long
    ("Donald Trump is telling supporters after his victory in the South Carolina Republican primary that "
     "\u201cwhen you win, it\u2019s beautiful.\u201d", "that \u201cwhen you win, it\u2019s beautiful.\u201d"),
    ("Cruz reminded the crowd of several hundred evangelical voters in Des Moines on Sunday night that the party "
     "\u201cneeds a real conservative.\u201d", "that the party \u201cneeds a real conservative.\u201d"),
    # without a recipient, a long stretch before "that" stays in the report
    ("Cruz said the crowd of several hundred evangelical voters in Des Moines on Sunday night knew that the party "
     "\u201cneeds a real conservative.\u201d",
     "the crowd of several hundred evangelical voters in Des Moines on Sunday night knew that the party "
     "\u201cneeds a real conservative.\u201d"),
])
def test_a_mixed_report_after_a_recipient(text, content):
    q = next(q for q in extract_quotes(text) if q.kind == "mixed")
    assert text[q.content_start:q.content_end] == content


@pytest.mark.parametrize("text, speaker", [
    # a wire dateline's date is no part of the subject after it
    ("STOCKHOLM, March 2 - Esselte Business Systems Inc's Esselte Meto division said it would cut 200 jobs.",
     "Esselte Business Systems Inc's Esselte Meto division"),
    ("WASHINGTON, March 4 - A senior Treasury official said the dollar had fallen far enough.",
     "A senior Treasury official"),
    ("Sales rose 2 - 3 percent, analysts said on Monday.", "analysts"),  # a range, no dateline
    # one name across "of"
    ("LONDON, March 9 - Bank of Ireland said it has mandated Barclays to arrange the facility.", "Bank of Ireland"),
    ("Bank of Ireland said it has mandated Barclays to arrange the facility.", "Bank of Ireland"),
    ("The University of Michigan said it would appeal the ruling.", "University of Michigan"),
    # a person of a place is the person
    ("Kasich of Ohio said the plan would fail in the Senate.", "Kasich"),
    ("Rep. Tim Ryan of Ohio said the plan would fail in the Senate.", "Tim Ryan"),
    # but a name cut at "and" is not a person of the country
    ("Meantime, Nippon Telegraph and Telephone of Japan said it has built a 16-megabyte chip.", "Japan"),
    # a relative clause with its own subject: that subject speaks
    ("The central bank recommended a change in the ownership of commercial banks that bankers said would "
     "lead to takeovers of small banks.", "bankers"),
    ("Workers protested against a plan that the union said would cost 500 jobs at the plant.", "union"),
    ("Workers protested against a plan that officials said would cost 500 jobs at the plant.", "officials"),
])
def test_subjects_after_datelines_of_and_relatives(text, speaker):
    qs = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert qs and qs[-1].speaker.removeprefix("The ").removeprefix("the ") == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    # "that" after a cue opens the reported clause; it is no relative pronoun of the subject
    ("But the U.S. Embassy replied that Chinese figures showing 13 years of trade deficits are inaccurate and said "
     "Peking itself would have to persuade Congress to change laws.", "said", "U.S. Embassy"),
    ("Several Japanese officials agreed that the real obstacle is the fiscal policy pursued by the Finance Ministry "
     "and said they welcomed the shift in U.S. policy.", "said", "Several Japanese officials"),
    # ", and NAME, APPOSITIVE, said": a new subject after "and", not an aside of the clause before
    ("The White House contends that it is still on track to meet those targets, and Brian Deese, the White House "
     "climate change adviser, said he and his staff were preparing models.", "said", "Brian Deese"),
    ("Hillary Clinton and Bernie Sanders, and Democratic Gov. Jay Nixon, said they approved of the filibuster.",
     "said", "Jay Nixon"),
    # an aside in lower case is still an aside
    ("Bernie Sanders, after a long pause, said he would stay in the race.", "said", "Bernie Sanders"),
])
def test_coordinated_subjects_and_complement_that(text, cue, speaker):
    q = next(q for q in extract_quotes(text) if q.cue == cue)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, second", [
    # another speaker takes over after the attribution
    ("\u201cTell her I promised you a picture,\u201d Ebeling said, and her husband cut in. \u201cDon\u2019t forget "
     "Betsy\u2019s husband Tom.\u201d", "her husband"),
    ("\"We will win,\" Smith said, and Jones shot back: \"Not this year.\"", "Jones"),
    # no new speaker: the split quotation continues
    ("\u201cTell her I promised you a picture,\u201d Ebeling said. \u201cDon\u2019t forget Betsy\u2019s husband "
     "Tom.\u201d", "Ebeling"),
    ("\"We will win,\" Smith said, and smiled. \"Not this year, but next.\"", "Smith"),
])
def test_a_second_speaker_takes_over_after_the_attribution(text, second):
    qs = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert len(qs) == 2 and qs[1].speaker == second


@pytest.mark.parametrize("text, speaker, description", [
    # an appositive whose closing comma is missing still describes the person before it
    ("People were asked to donate. Patricia Sanders, spokeswoman for the Disaster Emergency Committee said it was "
     "aware of the site.", "Patricia Sanders", "spokeswoman for the Disaster Emergency Committee"),
    ("\"Now we are seeing real people,\" said one user. Paul Goosens, head of Preventon told the BBC the trend "
     "would go on.", "Paul Goosens", "head of Preventon"),
    # initials or an honorific stand for the given name
    ("JF Sullivan, spokesman for e-mail software firm Sendmail said many firms were starting to realise it.",
     "JF Sullivan", "spokesman for e-mail software firm Sendmail"),
    ("Mr Jones, head of the local council said the plan would fail.", "Jones", "head of the local council"),
    # not a person's name before the comma: the phrase before the cue speaks
    ("The NHS, head of the local council said the plan would fail.", "head of the local council",
     "head of the local council"),
    ("In London, officials of the ministry said the plan would fail.", "officials of the ministry",
     "officials of the ministry"),
    ("Meanwhile, the head of the agency said the plan would fail.", "the head of the agency", "the head of the agency"),
    # a relative clause after a determined noun marks the description too
    ("Polls moved. Nate Silver, the polling guru who founded the site tweeted that the race was close.",
     "Nate Silver", "the polling guru who founded the site"),
    # ... but not one after a bare noun
    ("Polls moved. Nate Silver, polling guru who founded the site tweeted that the race was close.", None, None),
])
def test_an_appositive_without_its_closing_comma(text, speaker, description):
    q = [q for q in extract_quotes(text) if q.kind == "indirect"]
    if speaker is None:
        assert not q or q[-1].speaker != "Nate Silver"
        return
    assert q[-1].speaker == speaker and q[-1].speaker_description == description


@pytest.mark.parametrize("text, speaker", [
    # "the 36-year-old" is the person just named
    ("Robbie Williams has topped the chart again.\n\n\"I am delighted,\" the 30-year-old said.", "Robbie Williams"),
    ("Marcel Desailly will retire in May. The 36-year-old defender said he would stay in Qatar.",
     "Marcel Desailly"),
    # no one named before: the description stays
    ("A man was arrested in Leeds on Monday.\n\n\"It was a shock,\" the 30-year-old said.", "the 30-year-old"),
])
def test_an_age_refers_to_the_person_named(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a person's name between commas before the verb is a sentence's subject, for a later pronoun
    ("The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out at critics of the bill.\n\n"
     "She told the Guardian newspaper there would be no super-casinos.", "Tessa Jowell"),
    ("Computer specialist at the IAEA, Peter Smith, would like to add new tools.\n\n"
     "\"The commercials you now see have people moving around in a virtual world,\" he said.", "Peter Smith"),
])
def test_a_name_between_commas_is_an_antecedent(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_an_organisation_between_commas_is_no_antecedent():
    text = ("Bernie Sanders spoke in Vermont. One of the groups he will launch, Our Revolution, will help recruit "
            "candidates.\n\n\"We keep the movement alive,\" he told me.")
    assert extract_quotes(text)[-1].speaker == "Bernie Sanders"


@pytest.mark.parametrize("text, speaker", [
    # "he" is a person: not an organisation spoken of as "The government"
    ("The new President, Viktor Yushchenko, has said a list of companies is being drawn up. The government says "
     "many firms were sold to allies of the last administration.\n\n\"The list will be limited,\" he said.",
     "Viktor Yushchenko"),
    # but a person described by an organisation is a person
    ("Reince Priebus spoke first. The head of the RNC's powerful rules committee said the vote would be held.\n\n"
     "\"It will be fair,\" he said.", "The head of the RNC's powerful rules committee"),
])
def test_he_is_no_organisation(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a capitalised role before a name is no part of it
    ("\"We were poor,\" Boss Graeme Souness said after the match.", "Graeme Souness"),
    ("\"The bill is flawed,\" Tory Dominic Grieve said on Tuesday.", "Dominic Grieve"),
    ("\"It was a special win,\" Fly-half Charlie Hodgson said.", "Charlie Hodgson"),
    ("\"I loved the script,\" Actor Keanu Reeves said.", "Keanu Reeves"),
    # three-word names stay whole
    ("\"I paint every day,\" Shani Rhys James said.", "Shani Rhys James"),
    ("\"I will play on,\" Juan Carlos Ferrero said.", "Juan Carlos Ferrero"),
])
def test_a_role_word_before_a_name(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "it" is an organisation named in words when no named one spoke
    ("The Association of British insurers warned that travel insurance does not cover cutting short a holiday. "
     "It said policies would be reviewed.", "The Association of British insurers"),
    # BBC style: an appositive without an article still makes its name a sentence's subject
    ("Mike Trainor, chief mobile technology evangelist for chip giant Intel, spoke at the show.\n\n\"For most of "
     "the 90s battery life was stuck.\" But now, he said, laptops can last much longer.", "Mike Trainor"),
    # but a clause after a name's comma is no appositive of it
    ("Mark Cuban wrote a blog post. Cuban said that in a race between Trump and Texas Sen. Ted Cruz, he would "
     "support the former. He went on to say Cruz was \"the worst politician in Texas.\"", "Mark Cuban"),
])
def test_it_and_bare_appositives(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a name with a capital inside opens a sentence as any other: an antecedent for "he"
    ("David McLetchie has resigned from his post at a legal firm.\n\nThe party had backed him. But on Friday he "
     "said: \"I have done nothing wrong.\"", "David McLetchie"),
    ("Colin MacIntyre, of Mull Historical Society, was playing another gig that day. He said: \"It is a great "
     "cause.\"", "Colin MacIntyre"),
    # a subject with a title and an outlet before the person: the person
    ("PolitiFact Executive Director Aaron Sharockman responded to the study on Monday.\n\n\u201cWe\u2019re not just "
     "validating numbers,\u201d he told InsideSources.", "Aaron Sharockman"),
    # an acronym is no name
    ("NATO has warned Russia. \"We will respond,\" he said.", None),
])
def test_names_with_inner_capitals_and_titles_before(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # the speaker of an inverted cue in the same paragraph is an antecedent for "he" after it
    ("Adam Curry started podcasting. Eric Rice has won sponsorship from Warner Bros.\n\nThe creative forces behind "
     "radio are elated, says Curry. For now, he tunes out the negative comments. \"I should be knighted for "
     "this,\" he adds.", "Adam Curry"),
    # "he said Ryan.": Ryan is what was said, not who said it
    ("Donald Trump eased his tone. Asked on Fox News who leads the party, he said Ryan. \"I would say Paul for the "
     "time being,\" he added.", "Donald Trump"),
])
def test_inverted_cue_speakers_are_antecedents(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, kind", [
    # "it" after a company named without an organisation word: the company, now known as one
    ("Winn-Dixie has filed for bankruptcy protection.\n\nWinn-Dixie, once among the most profitable of US grocers, "
     "said the protection would help it restructure. It said it would keep its stores open.", "Winn-Dixie",
     "organization"),
    # a name written after Mr is a person's: no "it"
    ("Mr Brown spoke at length. Brown said the plan would work. It said nothing about tax.", "Brown", "person"),
    # names of companies and offices kept whole
    ("GM is due to report. General Motors said it expects to meet its targets. It said it would pay a dividend.",
     "General Motors", "organization"),
    ("In a statement, the Department of Trade and Industry said the new policy meant fewer shipments.",
     "Department of Trade and Industry", "organization"),
    ("General Petraeus said the surge had worked.", "Petraeus", "person"),  # a general
])
def test_companies_and_it(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_and_between_an_institution_and_a_person_joins_nothing():
    q = extract_quotes("Economists at the University of Chicago and Professor Knittel said a carbon tax would work.")[-1]
    assert "University" not in q.speaker


@pytest.mark.parametrize("text, words, speaker", [
    # "And although ..., he ..., saying": the participle's subject is the main clause's, after the
    # fronted clause ("And"/"But" before the conjunction)
    ("Donald Trump spoke last. And although he thanked the evangelical community for supporting him, he sounded "
     "a rare note of self-deprecation, saying, \"I'm not sure I really deserve it.\"", "deserve it", "Donald Trump"),
    ("Donald Trump spoke last. But when he thanked the crowd, he struck a rare note, saying, \"I'm not sure I "
     "really deserve it.\"", "deserve it", "Donald Trump"),
    # a title of three words before a name of two: the phrase runs to the name
    ("Cleveland Police Chief Calvin Williams lobbied to suspend open-carry rights downtown, saying, \"The fewer "
     "guns, the better.\"", "fewer guns", "Calvin Williams"),
])
def test_participle_subjects_after_fronted_clauses_and_long_titles(text, words, speaker):
    assert q_of(text, words).speaker == speaker


def test_participle_after_a_fronted_clause_with_its_own_subject():
    # the fronted clause's subject is not the main clause's: "Sanders" in the fronted clause does
    # not say the words of "the crowd"
    q = q_of("Jane Roe spoke. And although Bernie Sanders had left, the crowd chanted, saying, \"We want "
             "Bernie back now.\"", "Bernie back")
    assert q.speaker == "the crowd"


@pytest.mark.parametrize("text, second, speaker", [
    # a quotation standing alone after the attribution sentence continues it, even after a long
    # one, when it is a whole sentence of its own
    ('"Am I going to change?" Trump asked reporters rhetorically during a news conference late last month. '
     '"I\'m not changing."', "not changing", "Trump"),
    # told or asked whom, then when and where: the attribution, not a new clause
    # (a quotation ending in "?" or "!" is cut from what follows unless an attribution follows:
    # it had continued the previous paragraph's speaker)
    ('"We will not bow," said David Cameron.\n\n\u201cIt looks like we\u2019re not going to have a good '
     'relationship, who knows?\u201d Trump told Britain\u2019s ITV television station in an interview aired on '
     'Monday when asked how ties would fare if he won the election.', "who knows", "Trump"),
])
def test_a_whole_sentence_after_a_long_attribution_continues_it(text, second, speaker):
    assert q_of(text, second).speaker == speaker


@pytest.mark.parametrize("text, words", [
    # a short phrase in quotation marks is no continuation when the gap is long
    ('"Am I going to change?" Trump asked reporters rhetorically during a news conference late last month. '
     'It was "not changing" week.', "not changing"),
    # "He said Clinton would ...": a new clause after the cue, so the quotation ends its sentence
    ('Clinton said the plans were strong, to which O\'Malley interjected: "It\'s just not true." He said Clinton '
     'would not go far enough to punish financial institutions.', "just not true"),
])
def test_no_continuation_or_attribution_through_a_new_clause(text, words):
    hits = [q for q in extract_quotes(text) if words in q.text]
    if words == "not changing":
        assert not hits
    else:
        assert hits and hits[0].speaker == "O'Malley"


def test_told_whom_that_is_a_report_not_an_attribution():
    qs = extract_quotes("Meanwhile, the Liberal Democrats' President Simon Hughes said: \"New Labour has lost people's "
                        "confidence in a way Old Labour never did!\" Mr Milburn told Today that Labour wanted policies "
                        "which encouraged increased social mobility in Britain.")
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "Simon Hughes"), ("indirect", "Milburn")]


@pytest.mark.parametrize("text, words, speaker", [
    ("\u201cThis is fantastic!\u201d beamed Donald Hartley of Madison, Alabama.", "fantastic", "Donald Hartley"),
    ("\u201cWould it be negotiable?\u201d Hannity pressed.", "negotiable", "Hannity"),
    ('"Not bad at all," Jane Roe smiled.', "Not bad", "Jane Roe"),
])
def test_manner_cues(text, words, speaker):
    assert q_of(text, words).speaker == speaker


@pytest.mark.parametrize("text", [
    # the noun forms are no cues: "press secretary", "with a smile", "the reason"
    '"We will wait," White House press secretary Josh Earnest said.',
    '"We will wait," Josh Earnest said with a smile.',
])
def test_manner_cue_nouns_are_no_cues(text):
    q = q_of(text, "We will wait")
    assert (q.speaker, q.cue) == ("Josh Earnest", "said")


@pytest.mark.parametrize("text", [
    # a reporting verb with a noun phrase for object reports no speech (without "that")
    "Bernie Sanders is conceding the race in Nevada in a phone call with Hillary Clinton.",
    "Shell reported an annual profit of $17.5bn for the year.",
    "The company announced a two-for-one stock split last week.",
    "On Wednesday night, he acknowledged the appeal of the fractious Republican race in one breath.",
    "The company last reported holding 9.5 pct of the stock.",  # a gerund: a disclosure, not speech
])
def test_a_noun_phrase_object_is_no_report(text):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, clause", [
    # clauses whose verb is a modal, a contraction, a base form after a pronoun, or "is" after "this"
    ("Voters said they think she could win a general election.", "they think she could win a general election"),
    ("Luther Pate said he'd support Hillary Clinton over Donald Trump.", "he'd support Hillary Clinton"),
    ("Others said this is just a rough patch for the party.", "this is just a rough patch"),
    ("The Bank of England said it forecast a shortage of around 800 mln stg.", "it forecast a shortage"),
    ("Hillary Clinton acknowledged people may not like the answer.", "people may not like the answer"),
])
def test_clauses_without_that_are_reports(text, clause):
    assert any(clause in q.text for q in extract_quotes(text) if q.kind == "indirect"), extract_quotes(text)


@pytest.mark.parametrize("text, clause", [
    # a report inside a contrastive clause ends where the main clause takes over
    ("However, while the RNC says they are well on their way to reaching their goal, they are not receiving help "
     "from many companies.", "they are well on their way to reaching their goal"),
    ("The support of McCain is crucial, and while he said he'd hold a hearing, it's unlikely to win his support.",
     "he'd hold a hearing"),
    # no contrast: the clause runs on past its commas
    ("Frank Roe, a billionaire, said it took him months to find a supporter, highlighting the disconnect.",
     "it took him months to find a supporter, highlighting the disconnect"),
])
def test_reports_inside_contrast_clauses(text, clause):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [clause]


@pytest.mark.parametrize("text, speaker", [
    # "always", "long" between the auxiliary and the cue are adverbs, not the subject
    ("Yukos has always insisted the auction was state-sponsored theft.", "Yukos"),
    ("Mr Ebbers, 63, has always insisted that he was unaware of any hidden shortfalls.", "Ebbers"),
    ("Clinton has long maintained that the server was secure.", "Clinton"),
])
def test_adverbs_after_the_auxiliary(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, words", [
    # a lone function word or verb form is nobody: the quotation stays, without a speaker
    ("In May, the FSA was widely reported as having asked firms to pay up to 350m in compensation.", "to pay up"),
    ("\u201cCall the roll,\u201d came shouts from the floor.", "Call the roll"),
])
def test_no_speaker_rather_than_a_function_word(text, words):
    hits = [q for q in extract_quotes(text) if words in q.text]
    assert hits and all(q.speaker is None for q in hits)


@pytest.mark.parametrize("text, speaker", [
    # a subordinator opening a sentence is no part of the name after it
    ("Anthony Weiner resigned in 2011. Although Weiner admitted to the newspaper that he and the woman had been "
     "friends, he claimed they had never met. \"Being a dad, that's my job,\" Weiner said.", "Anthony Weiner"),
    ("Tim Kaine spoke. Though Kaine opposes abortion personally, he backs Roe. \"I have a traditional Catholic "
     "position,\" Kaine told CNN.", "Tim Kaine"),
    # the subject of a fronted "If" clause is not the main clause's "he"
    ("Jim Bennett voted for Obama. If Trump doesn't become the Republican nominee, he said he would settle for one "
     "of the rivals.", "Jim Bennett"),
])
def test_subordinators_are_no_names_and_their_subjects_no_antecedents(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # "Having said that": an idiom, no report
    ("Having said that, Burnley are yet to concede a goal in this Cup run.", []),
    ("But having said that, Mark is looking in much better shape.", []),
    # "Having announced that A, X proceeded": X announced A, and A ends at the comma
    ("Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
     [("that he would not send me to prison", "Berman")]),
    # a request for anonymity is no question; the adverb before the subject is no speaker
    ("However, one dealer, who asked not to be named, told Reuters the seasonal sales performance was poor.",
     [("the seasonal sales performance was poor", "one dealer")]),
])
def test_having_said_that_and_anonymity(text, expected):
    assert [(q.text, q.speaker) for q in extract_quotes(text) if q.kind == "indirect"] == expected


@pytest.mark.parametrize("text, speaker", [
    # a party or a member's abbreviation before the name is no part of it (the role keeps it)
    ("Conservative Michael Fallon said the Treasury had leaned on the ONS.", "Michael Fallon"),
    ("Labour MP Jean Corston said each death in custody was one too many.", "Jean Corston"),
    ("Former Liberal Democrat MP Jackie Ballard said the remarks were a disgrace.", "Jackie Ballard"),
    ("Analyst Thomas O'Grady said the plan would fail.", "Thomas O'Grady"),
    # a wire's stock ticker is no part of a company's name
    ("E.F. Hutton Group Inc <EFH> said it would sell the unit.", "E.F. Hutton Group Inc"),
    ("American Express Co <AXP said it is studying ways to improve access to capital.", "American Express Co"),
    # names that only look like it stay whole
    ("Andrew Green said the plan would fail.", "Andrew Green"),
    ("Kathleen Kennedy Townsend said the plan would fail.", "Kathleen Kennedy Townsend"),
])
def test_party_prefixes_and_tickers_leave_the_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a hyphen standing alone is a dash: an aside between the subject and the cue
    ("Mr Schroeder - a staunch supporter of the pact when it was set up in the 1990s - said exemptions were now "
     "needed.", "Schroeder"),
    ("Florian Hamm spoke. Fund manager Florian Hamm - Borussia Dortmund's largest investor - said he would only "
     "invest more money if he got a greater say.", "Florian Hamm"),
    # ... and a wire dateline ends before the subject
    ("WASHINGTON, Feb 26 - The Panama Canal Commission, a U.S. government agency, said that there was a backlog "
     "of 39 ships.", "The Panama Canal Commission"),
    ("NEWARK, N.J., March 2 - Supermarkets General Corp said sales rose 7.2 pct in the four weeks.",
     "Supermarkets General Corp"),
    ("MONTREAL, Feb 26 - (Ivaco Inc) said price pressure on steel products would cut its earnings.", "Ivaco Inc"),
    # a number with thousands separators is one word
    ("More than half of 2,000 people surveyed said they had privacy worries about the tags.",
     "half of 2,000 people surveyed"),
    ("DJ Norman Cook said dance music was not dead.", "Norman Cook"),
    # a party tag in parentheses after a name is still left out
    ("Sen. Mitch McConnell (R-Ky.) said the bill would pass.", "Mitch McConnell"),
])
def test_dashes_datelines_and_numbers_in_subjects(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, title", [
    # a book's title with its subtitle, after "author of": a name, not a quotation
    ("''We have to err on the side of caution,'' said James Andrew Miller, a co-author of ''Those Guys Have All the "
     "Fun: Inside the World of ESPN.''", "Those Guys Have All the Fun"),
    # a report's name after "of the"
    ("\u201cWe have to engage them,\u201d wrote the authors of the \u201cGrowth and Opportunity Project,\u201d a "
     "report.", "Growth and Opportunity Project"),
])
def test_long_titles_and_titles_after_of_the_are_no_quotes(text, title):
    qs = extract_quotes(text)
    assert qs and not any(title in q.text for q in qs)


@pytest.mark.parametrize("text, speaker, starts", [
    # the cue nearest the quoted words is inside an earlier report: the report is the outer speaker's
    ("Wasserman Schultz said in her opening remarks that the platform should reiterate the party\u2019s support "
     "for the United States\u2019 \u201cstalwart allies,\u201d specifically naming Israel.", "Wasserman Schultz",
     "that the platform"),
    ("At the Maine rally, Trump said that Romney begged him for an endorsement in 2012 and \"would have dropped to "
     "his knees\" if Trump had asked him to do so.", "Trump", "that Romney begged"),
    ("Donald Trump spoke next. After the debate, Donald Trump told reporters he thought Fields had \u201cmade up the "
     "story.\u201d", "Donald Trump", "he thought"),  # (the report starts after the recipient)
    # not across a clause of its own ("while Cruz said", ", and Ms. Acosta said"), nor past a participle
    # that starts the same speaker's next report
    ("Marco Rubio said that someone who doesn't answer questions can't be president, while Cruz said that the "
     "\"stakes in this election are too high\" for Trump.", "Cruz", "that the"),
    ("Puerto Rico has said that it is running out of cash, and Ms. Acosta said the ''extraordinary measures'' she "
     "had been using were unsustainable.", "Acosta", "the ''extraordinary"),
    ("Bernie Sanders said he would release his information for 2014 on Friday, calling them \u201cvery boring tax "
     "returns.\u201d", "Bernie Sanders", "them"),
    # nor across a clause of when or why it was said
    ("\"I never said that,\" Trump said, after CNBC's Becky Quick said the front-runner had referred to Rubio as the "
     "\"personal senator\" of Mark Zuckerberg.", "Becky Quick", "the front-runner"),
    ("In 2010, he warned the Fed against buying bonds, because he thought it \"risks higher inflation.\"", "he",
     "it \"risks"),
    # but a clause inside the report is the report's
    ("She went on to say that, because Comey testified that her comments were \"truthful,\" it is also an "
     "indication that her statements were truthful.", "She", "that, because"),
])
def test_mixed_quotes_inside_an_outer_report(text, speaker, starts):
    q = [q for q in extract_quotes(text) if q.kind == "mixed"][-1]
    assert speaker in (q.speaker, q.speaker_mention) and text[q.content_start:].startswith(starts), (q.speaker, q.text)


@pytest.mark.parametrize("text, not_speaker", [
    # what follows a naming verb is what it names, never who speaks
    ("President Barack Obama also is reported to have called the Saudis \u201cfree riders\u201d who rely too much "
     "on U.S. military aid.", "Saudis"),
    ("He expressed amusement that Mr. Rubio had at last described his views on immigration \u201cnot only on "
     "Spanish-language television but on English-language television,\u201d echoing some commentators.",
     "his views on immigration"),
])
def test_the_object_of_a_naming_verb_is_no_speaker(text, not_speaker):
    assert all(q.speaker != not_speaker for q in extract_quotes(text))


def test_an_inverted_cue_before_a_quotation_still_names_its_speaker():
    q = extract_quotes('Said Sullivan: "We are done here."')[0]
    assert q.speaker == "Sullivan"


@pytest.mark.parametrize("text", [
    # an object, then a comma: the words after the comma are no verb of a clause
    "The Islamic State asserted responsibility for that attack, the worst bloodshed on French soil since World War II.",
    "The online retail giant reported a profit of $1.78 per share, well above the $1.11 a share that analysts "
    "expected.",
    # a wh-word with an infinitive is no clause either
    "The editorials told readers how to vote in November.",
    # an object, a comma, then another clause or verb phrase of the sentence's own
    "Basketball legend LeBron James announced his return to the Cavaliers, Cleveland felt it had its mojo back.",
    "On Wednesday night, he acknowledged the appeal of the race in one breath, then eviscerated its candidates.",
    "Wipro reported a 60% rise in profit, topping market expectations.",
])
def test_an_object_before_a_comma_is_no_report(text):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, clause", [
    # the verb after an aside that follows the subject, or after a fronted phrase
    ("Democratic leaders said the meeting, requested by Sanders, would be a moment of catharsis for the party.",
     "the meeting, requested by Sanders, would be a moment of catharsis"),
    ("Clinton said despite all that, Obama wasn't influenced by those factors when he signed the law.",
     "despite all that, Obama wasn't influenced"),
    ("Florent Groberg said the email scandal, while troublesome, was dealt with appropriately.",
     "the email scandal, while troublesome, was dealt with"),
    ("Luay Sami explained how on his first trip from the airport, all he saw was a dark highway.",
     "how on his first trip"),
    ("The party said 34,570 U.S. citizens living abroad cast votes by Internet and mail.", "34,570 U.S. citizens"),
    # a list of subjects before the verb
    ("The company said the offer, proration period and withdrawal rights will expire April 1.",
     "the offer, proration period and withdrawal rights will expire"),
    ("Officials said French, Jordanian and Nigerian nationals would be the first seafarers to get the card.",
     "French, Jordanian and Nigerian nationals would be"),
    ("Officials said Egypt, Zambia, Djibouti, Zaire, Uganda and Mali would be represented.",
     "Egypt, Zambia, Djibouti"),
])
def test_clauses_with_asides_are_reports(text, clause):
    assert any(clause in q.text for q in extract_quotes(text) if q.kind == "indirect"), extract_quotes(text)


@pytest.mark.parametrize("text, speaker", [
    # "X and former Y" under one determiner is one person's description
    ("Jim Roe, a banker and former Reagan administration official, said the aides were making money.", "Jim Roe"),
    ("Politics moved on. A banker and former Reagan administration official said the aides were making money.",
     "A banker and former Reagan administration official"),
    # two people stay two: the later name speaks
    ("Hillary Clinton and former President Bill Clinton said they would attend.", "Bill Clinton"),
])
def test_and_former_in_one_description(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "indirect"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "state" after "of" is a noun, not the cue "state"
    ("The former secretary of state said the plan would fail.", "The former secretary of state"),
    ("The Democratic presidential front-runner and former secretary of state said the U.S. \u201cclearly\u201d "
     "needed a more robust air campaign.", "The Democratic presidential front-runner and former secretary of state"),
    # "state" as a verb still attributes
    ('"The plan will fail," the report states.', "the report"),
])
def test_secretary_of_state(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # an infinitive cue right before the quotation: the clause's subject says it
    ("Tim Grieve interrupted me in mid-sentence to announce, \u201cAnd there goes the franchise.\u201d", "Tim Grieve"),
    ("Trump went on to say, \u201cThere are places in America that are dangerous.\u201d", "Trump"),
])
def test_infinitive_cues_before_a_quotation(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # not when nothing was said: wanting, trying, being hard to say
    'He wanted to say, "thank you" but could not.',
    'It is hard to say, "yes" to that.',
])
def test_infinitive_cues_that_say_nothing(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    # a definite description that repeats the stated role of one person named before is that person
    ("Former Secretary of State Hillary Clinton said the plan was sound. The former secretary of state said the "
     "plan would fail.", "Hillary Clinton"),
    ("Mike Pence, the governor, said he was neutral. The governor said he plans to support the nominee.",
     "Mike Pence"),
    # no one named with that role: the one person named just before, when the office is one a
    # named person holds (0.6.326: 87 of 88 such changes on the corpora were right) ...
    ("Mike Pence said he was neutral. The governor said he plans to support the nominee.", "Mike Pence"),
    # ... and not when someone else is named there too
    ("Mike Pence said he was neutral. Andrew Cuomo disagreed. The governor said he plans to support the nominee.",
     "The governor"),
    # two people with that role: no guess
    ("Mike Pence, the governor, said he was neutral. Andrew Cuomo, the governor, said he disagreed with it. The governor said he "
     "plans to support the nominee.", "The governor"),
])
def test_a_description_repeating_a_stated_role(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    # amounts in plural units are no verbs: a result reported is no report
    "In 1986 the company reported a loss of 6,565,000 dlrs or 91 cts a share.",
    "Zenith reported a loss of 3,451,000 dlrs or 16 cts per share.",
    "Thailand's Commerce Ministry announced a new tapioca export quota of 737,987 tonnes for the European Community.",
])
def test_reported_amounts_are_no_reports(text):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, clause", [
    ("The company said sales rose 12 pct.", "sales rose 12 pct"),
    ("The company said over the next six months, it will use its best efforts to raise capital.",
     "over the next six months, it will use"),
])
def test_clauses_about_amounts_are_reports(text, clause):
    assert any(clause in q.text for q in extract_quotes(text) if q.kind == "indirect")


@pytest.mark.parametrize("text, speaker, kind", [
    # after an article, "X of Y" is one organisation's name
    ("The British Chambers of Commerce said the plan would fail.", "The British Chambers of Commerce", "organization"),
    ("Prices rose sharply last month, said the Royal Society of Chemistry.", "Royal Society of Chemistry",
     "organization"),
    ("The Church of England said the plan would fail.", "The Church of England", "organization"),
    # without one, a person of a place, as before
    ("Gov. John Kasich of Ohio said the plan would fail.", "John Kasich", "person"),
    ("John Chambers of Cisco said the plan would fail.", "John Chambers", "person"),
    # a title and a given name after "The": a person, named without the article
    ("The Rev. Jesse Jackson said the plan would fail.", "Jesse Jackson", "person"),
    ("The Rev. Jesse Jackson of Chicago said the plan would fail.", "Jesse Jackson", "person"),
    ("The General Assembly said the plan would fail.", "The General Assembly", "organization"),
])
def test_of_names_after_an_article(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speakers", [
    # the head of an organisation's name stands for it: its first word or the word before "of"
    ("The Bank of England said rates would stay on hold. The Bank said inflation would fall this year.",
     ["The Bank of England", "The Bank of England"]),
    ("The U.S. Chamber of Commerce said the bill was bad. Later the Chamber said it would fight the bill.",
     ["The U.S. Chamber of Commerce", "The U.S. Chamber of Commerce"]),
    # a company's first word, with or without "the"
    ("Avon Products Inc said its profit rose 10 pct. Avon said sales in Europe were strong.",
     ["Avon Products Inc", "Avon Products Inc"]),
    # not when a person who spoke has a name ending in the word: the person, as before
    ("Lieberman Enterprises Inc said it was sold. Chairman David Lieberman said the price was fair. Lieberman "
     "said the deal was good.", ["Lieberman Enterprises Inc", "David Lieberman", "David Lieberman"]),
    # not a word inside a possessive name ("the FDA" is not "FDA's Office of Drug Safety")
    ("FDA's Office of Drug Safety said the drug was safe. The FDA said it would review the data.",
     ["FDA's Office of Drug Safety", "The FDA"]),
])
def test_an_organisations_head_word_stands_for_it(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker, kind", [
    # a company's legal ending, a stock ticker or a description headed by an organisation word
    ("Consumers Power Co said it has 56 mln dlrs available.", "Consumers Power Co", "organization"),
    ("Merrill Lynch and Co <MER> said the head of its mergers department was suspended.", "Merrill Lynch and Co",
     "organization"),
    ("The Blue Cross Blue Shield Association, a coordinating body for the plans, said it had no policy.",
     "The Blue Cross Blue Shield Association", "organization"),
    ("Acme, a London-based charity, said it had no policy.", "Acme", "organization"),
    # people, whatever organisation words their descriptions hold
    ("John Smith, a former union official, said it had no policy.", "John Smith", "person"),
    ("Jo Flaherty, a senior broadcaster with the CBS network, said it had no policy.", "Jo Flaherty", "person"),
    ("Sarah House, a spokeswoman for the council, said it had no policy.", "Sarah House", "person"),
    ("Commerzbank AG <CBKG.F> management board chairman Walter Seipp said rates would fall.", "Walter Seipp",
     "person"),
    # "and" inside a firm's name
    ("A.T. Brod and Co Inc, an investment banking firm, said Michael Brod was named president.",
     "A.T. Brod and Co Inc", "organization"),
    ("Firestone Tire and Rubber Co said it will close a plant.", "Firestone Tire and Rubber Co", "organization"),
    ("Workers and Ford Motor Co said they will close a plant.", "Ford Motor Co", "organization"),
    ("Lazard Freres and Co and Salomon Brothers Inc said the offer was fair.", "Salomon Brothers Inc",
     "organization"),
    # a field of business, "and", and a body's name: one name (the second half alone is no speaker)
    ("Valley Federal Savings and Loan Association said it appointed Joseph Biafora to the post.",
     "Valley Federal Savings and Loan Association", "organization"),
    ("The Securities and Exchange Commission said it would review the filing.",
     "The Securities and Exchange Commission", "organization"),
    ("The Department of Health and Human Services said the rule would stand.",
     "Department of Health and Human Services", "organization"),
    # one name each side of "and", neither a field, are two speakers (the nearer one speaks, as before)
    ("Obama and Justice Department officials said the law was clear.", "Justice Department officials", "group"),
    # a wire's lower-case "co" or "group" inside a firm's name: the firm, not "Inc"
    ("Jacobs Engineering group Inc said its shareholders approved reincorporation.",
     "Jacobs Engineering group Inc", "organization"),
    ("NEW YORK, March 5 - J.C. Penney co Inc said sales for the four weeks rose.", "J.C. Penney co Inc",
     "organization"),
    # the person before "of" a company speaks, not the company
    ("Analyst Jack Kirnan of Kidder Peabody Inc said the plan would fail.", "Jack Kirnan", "person"),
    ("The plan would fail over time, analyst Jack Kirnan of Kidder Peabody and Co said.", "Jack Kirnan", "person"),
])
def test_companies_and_their_people(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speakers", [
    # any word of a company's name stands for it when no one's name ends in it
    ("Eastman Kodak Co said it will build a plant. Kodak said it will not shut any capacity.",
     ["Eastman Kodak Co", "Eastman Kodak Co"]),
    ("Walt Disney Co <DIS> said its profit rose. Disney said theme parks did well.",
     ["Walt Disney Co", "Walt Disney Co"]),
])
def test_a_word_of_a_company_name_stands_for_it(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker, roles", [
    # a person "of" a firm works there: the firm is the affiliation, the word before the name the role
    ("Analyst Jack Kirnan of Kidder Peabody Inc said the plan would fail.", "Jack Kirnan",
     [("analyst", "Kidder Peabody Inc")]),
    ("Bill Sullivan of Dean Witter Reynolds Inc. said rates would rise.", "Bill Sullivan",
     [(None, "Dean Witter Reynolds Inc")]),
    # a company "of" a country is one company, with no affiliation
    ("General Motors of Canada Ltd said it will recall cars.", "General Motors of Canada Ltd", []),
    ("Peugeot Motors of America Inc said it will recall cars.", "Peugeot Motors of America Inc", []),
    # a place after a person's name is no firm
    ("Gov. John Kasich of Ohio said the plan would fail.", "John Kasich", [("Governor", None)]),
])
def test_people_of_firms(text, speaker, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, speaker, kind", [
    # a plural noun for people opening a sentence is a group, capital or not
    ("Officials have confirmed climate change was discussed at length.", "Officials", "group"),
    ("Farmers said they had planned to bring their cows.", "Farmers", "group"),
    ("Prices fell sharply this week, dealers said.", "dealers", "group"),
    # "the Office of the X": one name, not the title at its end
    ("UK house prices dipped slightly in November, the Office of the Deputy Prime Minister has said.",
     "Office of the Deputy Prime Minister", "organization"),
    ("The Department of the Treasury said the plan would fail.", "Department of the Treasury", "organization"),
])
def test_groups_and_offices(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speaker, kind", [
    # a title word last in a name is a surname or the office itself
    ("Bank of England governor Mervyn King said rates would stay on hold.", "Mervyn King", "person"),
    ("State Commerce Secretary Claude Pope said the plan would fail badly.", "Claude Pope", "person"),
    ("Mr. King said the plan would fail badly.", "King", "person"),
    ("The Treasury Secretary said the plan would fail badly.", "Treasury Secretary", "person"),
    ("Deputy Assistant Secretary John Roe said the plan would fail.", "John Roe", "person"),
    # Standard and Poor's, capitals and parties speak as organisations
    ("S and P said PACCAR has experienced earnings declines.", "S and P", "organization"),
    ("Washington said it would retaliate against Tokyo.", "Washington", "organization"),
    ("Denzel Washington said the plan would fail.", "Denzel Washington", "person"),
    ("Democrats said the plan would fail badly.", "Democrats", "organization"),
    ("The plan would fail badly, the Conservatives said.", "Conservatives", "organization"),
    ("The plan would fail, female MPs said in a letter.", "female MPs", "group"),
])
def test_titles_capitals_and_parties(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_attribution_with_an_adjunct_and_a_subordinate_clause_after_a_question():
    # the sentence after a quotation ending in "?" attributes it, even with an adjunct and a
    # "when ..." clause after the cue (the quotation went to the previous paragraph's speaker)
    text = ('"I love Oreos," Trump said after Nabisco announced it was laying off 600 bakery workers.\n\n'
            '"Who do they think they are?" Trump said of Apple in February, when the company balked at hacking '
            'an iPhone used by one of the two people.')
    last = extract_quotes(text)[-1]
    assert (last.text, last.speaker, last.cue_start) == ("Who do they think they are?", "Trump", text.rindex("said"))


@pytest.mark.parametrize("text, roles", [
    # an honorific is no role; a title is
    ("David Blunkett said the plan would fail. Mr Blunkett said it was bad news for everyone.", []),
    ("Dr Jakob Nielsen said the plan would fail badly.", []),
    ("Sen. Marco Rubio said the plan would fail.", [("Senator", None)]),
    ("Mr. Steven Dowell, a criminalist, said the plan would fail.", [("criminalist", None)]),
])
def test_honorifics_are_no_roles(text, roles):
    assert [(r["role"], r["organization"]) for r in extract_quotes(text)[-1].speaker_roles] == roles


@pytest.mark.parametrize("text, roles", [
    # a role that only repeats an organisation's, a group's or a document's own name is dropped
    ("The company said profits rose sharply in the quarter.", []),
    ("Prices fell sharply this week, dealers said.", []),
    # kept with an organisation, or when it names a person
    ("A Nippon Steel spokesman said profits rose sharply in the quarter.", [("spokesman", "Nippon Steel")]),
    ("A government minister said the plan would fail badly.", [("government minister", None)]),
])
def test_roles_that_only_repeat_a_name(text, roles):
    assert [(r["role"], r["organization"]) for r in extract_quotes(text)[-1].speaker_roles] == roles


@pytest.mark.parametrize("text, speakers", [
    # given names tell people from titles and firms, and women from men
    ("Darwin Beck of First Boston Corp said rates would rise this year.", ["Darwin Beck"]),
    ("Finance Secretary Jaime Ongpin said the plan would fail. Ongpin said the debt talks would go on.",
     ["Jaime Ongpin", "Jaime Ongpin"]),
    ("Caroline Spelman said the plan was bad. Then Charles Kennedy spoke. \"It will fail,\" he said.",
     ["Caroline Spelman", "Charles Kennedy"]),
    # a firm named after a person stays a firm when no given name opens it
    ("Morgan Stanley International said the bonds were priced at par.", ["Morgan Stanley International"]),
])
def test_given_names(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker, role", [
    # a capitalised post set off after a person's name is the person's, not the speaker
    ('"Project implementation is very slow," Gunther Schulz, ADB Vice-President in charge of projects, said.',
     "Gunther Schulz", "ADB Vice-President in charge of projects"),
    ("George Gould, Under Secretary of the Treasury, told the committee the figures were bad.",
     "George Gould", "Under Secretary of the Treasury"),  # (one office with its portfolio since 0.6.499)
    ("Peter Myers, Deputy Agriculture Secretary, said the figures were bad.", "Peter Myers", None),
    ("Koichi Kane, Executive Vice President of Nomura Securities International, said the figures were bad.",
     "Koichi Kane", "Executive Vice President"),
    ("Peter Fellner, U.K. Economist at stockbrokers James Capel and Co, said the figures were bad.",
     "Peter Fellner", None),
    ("The figures were bad, said Tian Yinong, Vice Minister of Finance.", "Tian Yinong", "Vice Minister of Finance"),
    # but a title before a name belongs to the name, and a name after a description is the speaker
    ("In Washington, Treasury Secretary James Baker said the figures were bad.", "James Baker", None),
    ("Authenti-corp's CEO, Cynthia Musselman, told the BBC the figures were bad.", "Cynthia Musselman", None),
])
def test_posts_set_off_after_a_name(text, speaker, role):
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker and q.speaker_kind == "person"
    if role is not None:
        assert role in [r["role"] for r in q.speaker_roles]


@pytest.mark.parametrize("text, speaker, kind, organization", [
    # a person named after an organisation's possessive is the person, of that organisation
    ("However, the Congressional Budget Office's Rudolph Penner argued that the tax cut was misguided. "
     "Penner said the deficit would stay high.", "Rudolph Penner", "person", "Congressional Budget Office"),
    ("The Post's Dana Milbank said the senators were unmoved by the nomination.", "Dana Milbank", "person", "Post"),
    ("Sotheby's John Marion said the sale went very well indeed.", "John Marion", "person", None),
    # not a company's unit, nor a name that opens with a possessive
    ("AMR Corp's American Airlines said it will buy 40 long-range jet aircraft.",
     "AMR Corp's American Airlines", "organization", None),
    ("Kenner Parker Toys Inc's Parker Brothers said it obtained injunctions in two states.",
     "Kenner Parker Toys Inc's Parker Brothers", "organization", None),
    ("Moody's Investors Service said the bonds were cut to junk status.", "Moody's Investors Service",
     "organization", None),
    ("According to the department's Export Sales Report, wheat sales rose sharply in the week.",
     "Export Sales Report", "organization", None),
])
def test_people_after_an_organisations_possessive(text, speaker, kind, organization):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)
    if organization is not None:
        assert organization in [r["organization"] for r in q.speaker_roles]


@pytest.mark.parametrize("text, speakers", [
    # "the company", "the department", "the paper" stand for the organisation of that sort that spoke before
    ("ROSLYN, N.Y., March 16 - Cheyenne Software Inc said it is in talks to buy F.A. Components Inc.\n\n"
     "The company said F.A. had sales of 43 mln dlrs.", ["Cheyenne Software Inc", "Cheyenne Software Inc"]),
    ("U.S. housing starts fell 2.7 pct in May, the Commerce Department said.\n\n"
     "The department said starts fell 3.8 pct in April.", ["Commerce Department", "Commerce Department"]),
    ("The Observer reported on Sunday that 3,000 jobs could go. The paper said that officials believe cuts are needed.",
     ["The Observer", "The Observer"]),
    ("Westbank AG said gold demand rose. Speculative demand slowed in March, the bank said.",
     ["Westbank AG", "Westbank AG"]),
    # not an organisation of another sort, nor a group's or nobody's
    ("Cheyenne Software Inc said sales rose sharply. The bank said the loan was repaid in full.",
     ["Cheyenne Software Inc", "The bank"]),
    ("Analysts said the market was weak. The company said profits would fall sharply.",
     ["Analysts", "The company"]),
    ("An investor group said it holds 9.8 pct of Cheyenne Software Inc stock. The group said it may buy more shares in the company.",
     ["An investor group", "An investor group"]),
])
def test_the_company_is_the_company_named_before(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a name ending in a word only firms end in is a firm's, and its first word stands for it
    ("Trans World Airlines said its load factor rose sharply in March.", [("Trans World Airlines", "organization")]),
    ("Wang Laboratories said sales rose in the quarter. Wang said it would hire more staff this year.",
     [("Wang Laboratories", "organization"), ("Wang Laboratories", "organization")]),
    ("Warburg Securities said the shares were cheap at current prices.", [("Warburg Securities", "organization")]),
    # but not surnames that are also firm words, nor people
    ("Cidatel Broadcasting said the show had become an advert for a rival.", [("Cidatel Broadcasting", "organization")]),
    ("Silicon Valley Bancshares said its earnings rose in the quarter.",
     [("Silicon Valley Bancshares", "organization")]),
    ("Samantha Power said the vote would be close this time.", [("Samantha Power", "person")]),
    ("Lawyer David Steel said the case would go to appeal next month.", [("David Steel", "person")]),
])
def test_firm_last_words(text, speakers):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a day or a month before a surname is no given name
    ('Rock singer Pete Doherty was in a fight. On Monday Doherty faced charges in court. Doherty appealed '
     'to fans, saying: "There\'s a few people getting hurt down the front."', ["Pete Doherty"]),
    ("Scott Sullivan spoke at length. On Monday Mr Sullivan said his former boss knew more about accounting.",
     ["Scott Sullivan"]),
    # but April, May, June and August are given names too
    ("April Ryan asked the question. Ryan said the answer was not good enough for anyone.", ["April Ryan"]),
])
def test_dates_are_no_given_names(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


def test_reopened_quotation_parts_keep_their_speaker():
    text = ('"Initially it was a case of getting fit," Williams told BBC Sport Wales. "I haven\'t started a game '
            'since January and I have kept up my fitness. "I feel quite fresh and I can\'t wait to play again." '
            'Williams says he expects a torrid time.')
    got = [(q.kind, q.text, q.speaker) for q in extract_quotes(text) if q.kind == "direct"]
    assert got == [("direct", "Initially it was a case of getting fit,", "Williams"),
                   ("direct", "I haven't started a game since January and I have kept up my fitness.", "Williams"),
                   ("direct", "I feel quite fresh and I can't wait to play again.", "Williams")]


def test_a_name_set_off_before_a_cue_is_the_next_pronouns_antecedent():
    # the reported speech is attributed after the quotation in its paragraph; "he" still finds Caborn
    text = ('Tessa Jowell announced the plans. Ms Jowell\'s deputy, Richard Caborn, said the government had been '
            'cautious. "Limiting the number of casinos is a cautious move," he said.')
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Richard Caborn"]


@pytest.mark.parametrize("text, speakers", [
    # a title inside a run of capitals heads the name after it; a nationality before a given name
    # is no part of the name
    ("Brazilian Finance Minister Dilson Funaro met the bankers. Funaro said the talks would go on.",
     ["Dilson Funaro"]),
    ("Japanese Prime Minister Yasuhiro Nakasone arrived on Monday. Nakasone said the yen was too strong.",
     ["Yasuhiro Nakasone"]),
    ('American Lindsay Davenport won in two sets. "It\'s hard to get it right," said Davenport.',
     ["Lindsay Davenport"]),
    ("Judiciary Committee Chairman Chuck Grassley spoke with Garland. But he said there would be no hearing.",
     ["Chuck Grassley"]),
    # not a firm's name after "General"
    ("General Motors Corp said prices would fall. General Motors said sales rose in March.",
     ["General Motors Corp", "General Motors Corp"]),
])
def test_names_after_titles_and_nationalities(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # the office's words and a day left before a name are no part of it
    ("Secretary of Defence Caspar Weinberger flew in. Weinberger said the talks had gone well.",
     ["Caspar Weinberger"]),
    ("Agriculture Undersecretary Daniel Amstutz said the subsidy would stay in place.", ["Daniel Amstutz"]),
    ("Indonesia's Energy Minister Subroto arrived. Subroto said output would not rise this year.", ["Subroto"]),
    ("Ronald Reagan met the press. On Friday Reagan said trade talks were going well. He said they would go on.",
     ["Ronald Reagan", "Ronald Reagan"]),
    # but not a firm's
    ("State Street Bank said its profits rose in the quarter.", ["State Street Bank"]),
    ("Home Depot said its profits rose in the quarter.", ["Home Depot"]),
])
def test_office_words_and_days_before_names(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a sentence end inside a run of capitals, a firm's name before a person's, a possessive
    # subject, a place before a plural of people
    ("Charles Kennedy will campaign before the election on 5 May. On Tuesday Mr Kennedy will visit "
     "Leicester. Kennedy said the party would win there.", [("Charles Kennedy", "person")]),
    ("Oil stocks will rise this year, senior analyst for Merrill Lynch Capital Markets Mario Balletto said. "
     "Balletto told a conference the stocks would fall later.", [("Mario Balletto", "person")]),
    ('Bill Conti\'s job as musical director is not for the faint-hearted. "It is a madhouse," he said.',
     [("Bill Conti", "person")]),
    ("George Shultz is likely to visit Moscow soon for talks, U.S. Officials said.", [("U.S. Officials", "group")]),
    # not a firm or a country's people taken for a group by their capitals alone
    ("Royal Trust said profits rose sharply this year.", [("Royal Trust", "organization")]),
])
def test_runs_of_capitals_and_groups(text, speakers):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a one-word name the article writes as a firm's elsewhere is an organisation
    ("Pennzoil won its case against Texaco Inc in 1985. Texaco said it would appeal the ruling.",
     [("Texaco", "organization")]),
    ("Russian oil firm Yukos has filed for bankruptcy. Yukos said its assets had been seized.",
     [("Yukos", "organization")]),
    ('"The market will grow," said analysts Gartner. Gartner said sales would double.',
     [("Gartner", "organization"), ("Gartner", "organization")]),
    # but not a person of that name, nor one the article never writes as a firm
    ("Mr Brown of Brown Inc spoke at the meeting. Mr Brown said the plan would fail.", [("Brown", "person")]),
    ("Sanders told the crowd the plan would fail. Sanders said the vote would be close.",
     [("Sanders", "person"), ("Sanders", "person")]),
])
def test_one_word_firms(text, speakers):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # "the Dutch company", "the Houston-based company", "the oil company" stand for the company
    # named before, as "the company" does; a date before "the company" is no part of it
    ("Akzo NV said sales rose sharply in the quarter. The Dutch company said profits would rise too.", ["Akzo NV", "Akzo NV"]),
    ("Pennzoil Co said it had won the case. The Houston-based company said it would seek damages.", ["Pennzoil Co", "Pennzoil Co"]),
    ("HealthWays Inc said it had settled the case. On February 2 the company said a tentative deal had been signed.",
     ["HealthWays Inc", "HealthWays Inc"]),
    # not a company in another relation to it
    ("Pennzoil Co said it had won the case. The parent company said it would seek damages.", ["Pennzoil Co", "The parent company"]),
])
def test_described_companies(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a wire story's opening company is what "the company" stands for, though it did not speak there
    ("NEW YORK, March 3 - Borden Inc called for redemption on March 23 of all its debentures.\n\n"
     "The company said the redemption will be paid in cash.", [("Borden Inc", "organization")]),
    ("NEW YORK, March 25 - <Fiduciary Trust Co International> approved a five-for-one split.\n\n"
     "The company said the split would increase the number of shares.",
     [("Fiduciary Trust Co International", "organization")]),
    # but not a company the story does not open with
    ("Prices rose sharply on Monday as Borden Inc called its debentures.\n\n"
     "The company said the redemption will be paid in cash.", [("The company", "anonymous")]),
])
def test_the_company_a_wire_story_opens_with(text, speakers):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # "the company" after an organisation without a legal form in its name, or after a one-word
    # name taken for a person, is that company
    ("ATT said it will redeem its preferred shares in May. The company said the cost would be small.",
     [("ATT", "organization"), ("ATT", "organization")]),
    ("Microsoft has said it will replace 14 million power cables. The company said the move was a precaution.",
     [("Microsoft", "organization"), ("Microsoft", "organization")]),
    # not a person of two names, nor a public body
    ("Elton Yates said sales would rise this year. The company said its plants were full.",
     [("Elton Yates", "person"), ("The company", "anonymous")]),
    ("The Labor Department said prices rose in May. The company said its plants were full.",
     [("The Labor Department", "organization"), ("The company", "anonymous")]),
])
def test_the_company_after_a_firm_without_legal_form(text, speakers):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a family name written first stands for the full name later
    ("Ho Kian Fah, deputy manager of the bank, told reporters rates would rise. Ho said the bank would lend more.",
     ["Ho Kian Fah", "Ho Kian Fah"]),
    ("Kim Dae-jung told the crowd the vote was rigged. Kim said he would appeal to the court.",
     ["Kim Dae-jung", "Kim Dae-jung"]),
    # but not a firm or a Western name sharing its first word
    ("Lee Iacocca said sales would rise sharply. Lee said the plan would work.", ["Lee Iacocca", "Lee"]),
    # a phrase of time before the subject is no speaker; a chamber is an organisation
    ("Late last year, marketing company Doubleclick, one of the leading providers of online advertising, "
     "warned that some of its business would have to be sold.", ["Doubleclick"]),
    ("The American Chamber of Commerce said the accord would help business.", ["The American Chamber of Commerce"]),
])
def test_family_names_first_time_phrases_and_chambers(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker, kind, roles", [
    # a name after "a" and a role is the speaker; "the American" is the person just spoken of (an
    # epithet, since 0.6.467; an unnamed person before), and with no one to be an unnamed person; a day
    # before a name is no part of the person's description
    ('"We played well," said a proud coach Mike Ruddock.', "Mike Ruddock", "person", None),
    ('Andy Roddick won in four sets. "I am happy," said the American after the match.',
     "Andy Roddick", "person", None),
    ('"I am happy," said the American after the match.', "the American", "anonymous", None),
    ("Tony Blair spoke. On Thursday Mr Blair said the plan would fail badly.", "Tony Blair", "person", []),
    # but the spokeswoman for someone speaks, not the someone
    ('"We are fine," said a spokeswoman for Hillary Clinton.', "a spokeswoman for Hillary Clinton", "anonymous",
     [("spokeswoman", "Hillary Clinton")]),
])
def test_names_after_roles_nationals_and_days(text, speaker, kind, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)
    if roles is not None:
        assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speakers", [
    # an honorific picks, of the people sharing a surname, the one of its gender, even when the
    # other was named last
    ("Donald J. Trump owns three jets. The seats were chosen by Ivanka Trump. "
     "''It's like a new plane,'' Mr. Trump said.", ["Donald J. Trump"]),
    ("Bill Clinton said that the deal was fair. Hillary Clinton said that the vote was close. "
     "\"We will win,\" Mr. Clinton said. \"We will see,\" Mrs. Clinton said.",
     ["Bill Clinton", "Hillary Clinton", "Bill Clinton", "Hillary Clinton"]),
    ("Jane Roe said that the tax would rise next year. John Roe said that he supports equal pay for women. "
     "Mr. Roe said that the wall would be built soon.", ["Jane Roe", "John Roe", "John Roe"]),
    # a pronoun's gender does the same for the name it goes back to
    ("Hillary Clinton said that the deal was fair. Bill Clinton said that the vote was close. "
     "Clinton spoke again on Monday. \"We will see,\" she said.",
     ["Hillary Clinton", "Bill Clinton", "Hillary Clinton"]),
    # but one person with the surname stays that person, whatever the given-name list says of the
    # given name ("Sandy" is listed as a woman's)
    ("Sandy Walkington will now work on the manifesto. Mr Walkington said that the party was ready.",
     ["Sandy Walkington"]),
])
def test_honorifics_and_pronouns_pick_among_people_sharing_a_surname(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


def test_a_quotation_closed_by_two_apostrophes_ends_its_sentence():
    text = ("Mr. Bush tells voters that he ''wasn't brought up that way.'' He feels ''the looming "
            "presence of Barbara Bush,'' his mother.")
    q = extract_quotes(text)[0]
    assert q.content_end == text.index("way.''") + len("way.''")


@pytest.mark.parametrize("text, report, speaker", [
    # after the cue of "CLAUSE, X said", where, when and to whom it was said
    ("The plan will fail badly, the president said in an interview with CNN on Monday.",
     "The plan will fail badly", "the president"),
    ("The plan will fail badly, the president told reporters at the White House on Monday.",
     "The plan will fail badly", "the president"),
    ("The plan will fail badly, Jane Roe said Monday at a news conference in Washington.",
     "The plan will fail badly", "Jane Roe"),
    ("The plan will fail badly, Jane Roe told The Washington Post in an interview.",
     "The plan will fail badly", "Jane Roe"),
    # a wire story's dateline is no part of the report
    ("JAKARTA, March 2 - Indonesia's raw sugar output is likely to be 1.8 mln tonnes in calendar 1987, "
     "the U.S. Embassy said in its agricultural outlook for 1987.",
     "Indonesia's raw sugar output is likely to be 1.8 mln tonnes in calendar 1987", "U.S. Embassy"),
    ("DECATUR, Ill. \u2014 The plan will fail badly, Sen. Ted Cruz said on Monday.",
     "The plan will fail badly", "Ted Cruz"),
    # a quantifier opens no name: "he" goes back to the person named before
    ("Clayton Yeutter spoke in Chicago. Many Congressional proposals are protectionist, yet their effect "
     "would be bad, he said in remarks prepared for an address.",
     "Many Congressional proposals are protectionist, yet their effect would be bad", "Clayton Yeutter"),
])
def test_a_report_before_its_attribution_and_the_circumstances_after_it(text, report, speaker):
    assert [(q.kind, q.text, q.speaker) for q in extract_quotes(text)] == [("indirect", report, speaker)]


@pytest.mark.parametrize("text", [
    # a verb with its own complement, an object, or the comma of a number: no report before it
    "He needs to keep speaking to crowds 15,000 strong who believe in a better political system.",
    "In the speech, which prompted a standing ovation, he also promised to end teenage unemployment within years.",
    "The attorney general resigned today, Eric Holder announced his resignation at noon.",
    "The OECD outlook did not take account of the 6,000 billion yen package announced last month to help.",
    # a clause after the cue is the report, not the words before
    "The vote was close, Jane Roe said in a statement that the count was wrong.",
])
def test_no_report_before_a_cue_with_its_own_complement(text):
    # (what follows the cue may be one: "that the count was wrong", "to end teenage unemployment")
    assert [q.text for q in extract_quotes(text) if not q.text.startswith(("that ", "to "))] == []


def test_a_mixed_report_starts_after_a_wire_dateline():
    text = ('WASHINGTON, Oct 19 - President Reagan and his advisers discussed the fall at a previously '
            'scheduled "issues lunch," the White House said.')
    q = extract_quotes(text)[0]
    assert (q.kind, q.content_start, q.speaker) == ("mixed", text.index("President"), "White House")


@pytest.mark.parametrize("text, report", [
    # "said about" a quantity opens the report; "said about" a topic does not
    ("The budget office said about half of the adjustment reflected revenue losses.",
     "about half of the adjustment reflected revenue losses"),
    ("Officials said about 40 percent of the vote had been counted.", "about 40 percent of the vote had been counted"),
    ("Smith said about a dozen people were hurt in the blast.", "about a dozen people were hurt in the blast"),
    ("He said about the plan that it was bad.", None),
])
def test_said_about_a_quantity(text, report):
    got = [q.text for q in extract_quotes(text) if q.kind == "indirect" and q.text.startswith("about")]
    assert got == ([report] if report else [])


@pytest.mark.parametrize("text, speaker", [
    # where or how it was said, between the subject and the cue, is no speaker
    ("The company in a statement said it would close the plant next year.", "The company"),
    ('Jane Roe in an interview with CNN said: "The plan will fail."', "Jane Roe"),
    ('Jane Roe at a news conference said the plan "will fail badly."', "Jane Roe"),
    ("Jeb Bush in a Medium post said he would put more conservative judges on the bench.", "Jeb Bush"),
    ("A spokesman in a statement said the plant would close next year.", "A spokesman"),
    # but a description keeps the gathering that places its person, and a fronted phrase
    # of occasion leaves the subject after it
    ('"They knew it was no talk," a source at the meeting said.', "a source at the meeting"),
    ("In an interview with CNN, Jane Roe said the plan would fail.", "Jane Roe"),
])
def test_a_phrase_of_occasion_before_the_cue_is_no_speaker(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_fronted_phrase_of_occasion_leaves_the_pronoun_its_subject():
    text = ("Trump praised Putin. A few days ago in an interview with RT he blasted the media for being "
            "\u201cunbelievably dishonest.\u201d")
    # (an earlier version took "the media for being" for the speaker of a direct quote)
    assert all(q.speaker is None or "media" not in q.speaker for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker", [
    # a plural noun with its modifiers and a participle phrase is the subject
    ("But Republican activists clamoring to block Donald Trump from the GOP nomination say they're "
     "suddenly in the midst of a bump.", "Republican activists clamoring to block Donald Trump from the GOP nomination"),
    ("Western diplomats specialising in Soviet economic affairs said the protocols were not binding.",
     "Western diplomats specialising in Soviet economic affairs"),
    # but not a name and a verb ("Baker was responding to ..."), nor a noun in -ing ("meeting")
    ("Baker was responding to a questioner who said the plan had failed.", "a questioner"),
    ("At an analysts meeting here the company said it will earn about 73 mln dlrs.", "the company"),
])
def test_a_plural_subject_with_a_participle_phrase(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, report", [
    # a semicolon after the attribution ends the sentence for it
    ("Candidates need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney "
     "stumbled with 27 percent.", "Candidates need about 40 percent of the Hispanic vote"),
    ("She did receive some emails with classified markings, he said; his agents found them.",
     "She did receive some emails with classified markings"),
    # a semicolon inside the report stays in it
    ("The vote was close; the count took days, officials said.", "The vote was close; the count took days"),
])
def test_a_report_before_its_attribution_and_a_semicolon(text, report):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [report]


@pytest.mark.parametrize("text, report", [
    # a report opening with "But", "And" or "This" is still a report (without the conjunction)
    ("Jane Roe spoke. But the plan will fail badly, she said.", "the plan will fail badly"),
    ("Jane Roe spoke. And the plan will fail badly, she said.", "the plan will fail badly"),
    ("This has been a persistent concern for Democrats this year, Elleithee said.",
     "This has been a persistent concern for Democrats this year"),
    # a fronted phrase of time or place alone is no report, but with a clause of its own it opens one
    ("This week in a statement on Monday, he said.", None),
    ("This week the plan will fail badly, he said.", "This week the plan will fail badly"),
    ("This is not about me, President Obama told his closest advisers.", "This is not about me"),
    ("But in the end, he said, the plan will fail.", "the plan will fail"),
])
def test_reports_opening_with_but_and_this(text, report):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == ([report] if report else [])


@pytest.mark.parametrize("text, report", [
    # a capitalised plural before "say" is its subject, whatever follows ("say" is never a noun)
    ("Democrats say movement over the past week is instructive.", "movement over the past week is instructive"),
    ("Analysts say growth will slow next year.", "growth will slow next year"),
    # but a noun compound stays one ("Jobs report gives ...")
    ("Jobs report gives markets a lift.", None),
])
def test_plural_subject_say_and_a_bare_noun_clause(text, report):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == ([report] if report else [])


@pytest.mark.parametrize("text, speaker, kind", [
    # "now", "even", "just" between a subject and its cue
    ('"This is your movement," the website now says.', "the website", "direct"),
    ('"This is your movement," Jane Roe now says.', "Jane Roe", "direct"),
    ("Jane Roe now says the plan failed badly.", "Jane Roe", "indirect"),
    ("Jane Roe just said the plan failed badly.", "Jane Roe", "indirect"),
])
def test_an_adverb_between_the_subject_and_the_cue(text, speaker, kind):
    assert [(q.speaker, q.kind) for q in extract_quotes(text)] == [(speaker, kind)]


@pytest.mark.parametrize("text", [
    # but not before a verb that takes an object, nor "never" (no report)
    "VW has now announced a deal with Toyota to build trucks in Hanover.",
    "Sen. Ted Cruz never mentioned the man who was likely to beat him.",
])
def test_no_report_after_now_announced_or_never(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, speaker, roles", [
    # letters after a person's name are a post, not part of the name
    ('"We will appeal," said Paul Boateng MP.', "Paul Boateng", [("MP", None)]),
    ('"We will appeal," said Michael Mansfield QC.', "Michael Mansfield", [("QC", None)]),
    ("Frank Field MP said the plan would fail. Mr Field added that it was costly.", "Frank Field", [("MP", None)]),
    # but not after a constituency or a party
    ('"We will appeal," said Ealing North MP.', "Ealing North MP", None),
])
def test_post_nominal_letters(text, speaker, roles):
    qs = extract_quotes(text)
    assert {q.speaker for q in qs} == {speaker}
    if roles is not None:
        assert [(r["role"], r["organization"]) for r in qs[-1].speaker_roles] == roles


@pytest.mark.parametrize("text, speaker", [
    # a role after the cue, then the person's name: the person speaks, the role describes
    ('"We will appeal," said a spokesman, John Smith.', "John Smith"),
    ('"We will appeal," said the company\'s chief executive, John Roe.', "John Roe"),
    # but not a place or a participle after the comma
    ('"We will appeal," said a spokesman for the group, Paris.', "a spokesman for the group"),
    ('"We will appeal," said a spokesman, adding that the firm was ready.', "a spokesman"),
])
def test_a_role_then_a_name_after_the_cue(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, kind, report", [
    # a word only mentioned in marks is no quotation: the report around it is indirect speech
    ('Ted Cruz spoke first. Cruz said his use of the term "Palestine" was incorrect.', "indirect",
     'his use of the term "Palestine" was incorrect'),
    ('Officials said the so-called "kill lists" were drawn up in secret.', "indirect",
     'the so-called "kill lists" were drawn up in secret'),
    # quoted words are still a mixed quote
    ('Officials said the plan was "a disaster" for Israel.', "mixed", 'the plan was "a disaster" for Israel'),
])
def test_a_report_around_a_word_only_mentioned(text, kind, report):
    assert [(q.kind, q.text) for q in extract_quotes(text) if q.kind != "direct"] == [(kind, report)]


def test_a_reopened_paragraph_with_its_own_attribution_is_a_new_quotation():
    text = ("\u201cTrump says what people want to say,\u201d Rubio said. \u201cBut presidents can\u2019t say "
            "anything they want. It has consequences.\n\n\u201cI am not interested in being politically correct,"
            "\u201d he continued.")
    assert [q.text for q in extract_quotes(text)] == [
        "Trump says what people want to say,", "But presidents can\u2019t say anything they want. It has consequences.",
        "I am not interested in being politically correct,"]


def test_a_quotation_running_on_over_paragraphs_without_attribution_stays_one():
    text = ('Rubio said: "Presidents cannot say anything they want. It has consequences.\n\n'
            '"We have to work together, and we will."\n\nThe crowd cheered.')
    qs = extract_quotes(text)
    assert len(qs) == 1 and qs[0].text.startswith("Presidents") and qs[0].text.endswith("we will.")


@pytest.mark.parametrize("text, report", [
    # what the speaker would not say is the speaker's own second verb, not part of the report
    ("His campaign confirmed that Trump would meet top officials but would not offer details.",
     "that Trump would meet top officials"),
    ("The company said it was seeking acquisitions, but declined to elaborate.", "it was seeking acquisitions"),
    ("IMI said a convertible issue was being considered, but gave no details of the amount.",
     "a convertible issue was being considered"),
    # but a report's own "but" stays in it
    ("Officials said prices rose but fell later in the day.", "prices rose but fell later in the day"),
])
def test_a_report_ends_before_what_the_speaker_would_not_say(text, report):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == [report]


@pytest.mark.parametrize("text, speaker", [
    # an adjective capitalised at a sentence's start is no part of the name after it
    ("Rival Hillary Clinton said the plan would fail.", "Hillary Clinton"),
    ("Embattled Theresa Roe said the plan would fail.", "Theresa Roe"),
    # and before a surname alone (0.6.487: a two-word "Rival Clinton" was kept whole)
    ("Rival Clinton said the plan would fail.", "Clinton"),
])
def test_a_capitalised_adjective_before_a_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "The Redstone offer", "The Harkin plan": a surname as a modifier is no full name "The Redstone"
    ("Sumner Redstone spoke. The Redstone offer was made through Arsenal. Redstone said the offer was final.",
     "Sumner Redstone"),
    ("The Redstone offer was made through Arsenal. Redstone said the offer was final.", "Redstone"),
])
def test_a_surname_as_a_modifier_after_the_is_no_full_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker, kind", [
    # firms whose names read like people's are organisations ...
    ('"Rates will rise," said Merrill Lynch Capital Markets.', "Merrill Lynch Capital Markets", "organization"),
    ("Statistics Canada said retail sales rose 1.9 pct in February.", "Statistics Canada", "organization"),
    ("Morgan Stanley said it expects profits to rise.", "Morgan Stanley", "organization"),
    # ... and a person "of" one of them speaks, not the firm
    ('"Rates will rise," said Ward McCarthy of Merrill Lynch Capital Markets.', "Ward McCarthy", "person"),
    ('"Rates will rise," said Hargreaves of Hoare Govett.', "Hargreaves", "person"),
    # people of a firm speak as a group of their own, the firm their organisation
    ('"Rates will rise," said economists of Morgan Stanley.', "economists of Morgan Stanley", "group"),
])
def test_firms_that_read_like_people(text, speaker, kind):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)] == [(speaker, kind)]


@pytest.mark.parametrize("text, speaker", [
    # a role noun capitalised at a sentence's start is no part of the name after it
    ("Spokesman Marlin Fitzwater said the plan would fail.", "Marlin Fitzwater"),
    ("Economist Colen Garrow said the budget would stimulate growth.", "Colen Garrow"),
    # but not in an organisation's name
    ("Economist Intelligence Unit said the plan would fail.", "Economist Intelligence Unit"),
])
def test_a_capitalised_role_before_a_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "the Treasury Secretary" after "Treasury Secretary James Baker" is Baker
    ('Treasury Secretary James Baker spoke. "This is a start," the Treasury Secretary said.', "James Baker"),
    ('President Reagan spoke on Monday. "This is a start," the President said.', "Reagan"),
    # with no holder of the office named before, the office speaks
    ('"This is a start," the President said.', "the President"),  # (an office no one was named to: the office)
    ('"This is a start," the President said. President Reagan left.', "the President"),
])
def test_the_office_is_the_person_named_with_it(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "the president", "the senator": the person last named with that title
    ('President Barack Obama spoke on Monday. "This is a start," the president said.', "Barack Obama"),
    ('Gov. John Kasich of Ohio spoke. "This is a start," the governor said.', "John Kasich"),
    ("Prime Minister Zeid al-Rifa'i spoke. The prime minister said he hoped the next summit would act.",
     "Zeid al-Rifa'i"),
    # but not a deputy's, and not when another person was named since
    ('Deputy Prime Minister John Prescott spoke. "This is a start," the prime minister said.', "the prime minister"),
    ('Sen. John McCain spoke. Then Jane Roe attacked him. "We will win," the senator said.', "the senator"),
    ('"This is a start," the president said.', "the president"),
])
def test_the_title_is_the_person_last_named_with_it(text, speaker):
    assert [q.speaker for q in extract_quotes(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker, kind", [
    # hospitals, colleges, museums, academies and schools are organisations
    ("Hereford County Hospital had earlier said that patients would be taken off waiting lists.",
     "Hereford County Hospital", "organization"),
    ("Birkbeck College said the survey was fair.", "Birkbeck College", "organization"),
])
def test_institutions_are_organisations(text, speaker, kind):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)] == [(speaker, kind)]


@pytest.mark.parametrize("text, speaker, kind", [
    # a company named by one word the firm list knows is an organisation, and "he" is not it
    ("Sony has said it wanted to launch the PSP in Europe at the same time as the US.", "Sony", "organization"),
    ('"We are happy," said Lufthansa.', "Lufthansa", "organization"),
    ("Rory Armes spoke for EA. Microsoft delivered kits, but he said the firm still waited for Sony.",
     "Rory Armes", "person"),
])
def test_one_word_companies_the_firm_list_knows(text, speaker, kind):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)][-1] == (speaker, kind)


def test_a_party_tag_after_a_subject_keeps_it_the_pronouns_antecedent():
    text = ("Sen. Claire McCaskill (D-Mo.) scolded him: \u201cThe scientific community is against you,\u201d "
            "she said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Claire McCaskill"]


@pytest.mark.parametrize("text, speaker, report", [
    # a dateline with the wire's name, or the month in capitals, before the story
    ('WASHINGTON, Dec. 8 (UPI) \u2014 Responding to the proposal, Hillary Clinton\'s aide rallied supporters, '
     'saying: "We have to be ready to stop him."', "Hillary Clinton's aide", "We have to be ready to stop him."),
    ("NEW YORK, MARCH 20 - The stock of McDonald's Corp rose sharply this morning, traders said.",
     "traders", "The stock of McDonald's Corp rose sharply this morning"),
])
def test_datelines_with_a_wire_or_a_capitalised_month(text, speaker, report):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.text) == (speaker, report)


def test_a_naming_participle_before_a_title_is_no_verb_of_the_clause():
    text = ("Later on Sunday, Carson shared a syllabus for a psychology class called \u201cPerception\u201d on his "
            "Facebook page, writing \u201cAllow me to do the research for the reporter.\u201d")
    assert [q.speaker for q in extract_quotes(text)] == ["Carson"]


@pytest.mark.parametrize("text, speaker, roles", [
    # a plural outlet's possessive, more titles, a firm the list knows before a person
    ('"We will win," said Fox News\u2019 Sean Hannity.', "Sean Hannity", [(None, "Fox News")]),
    ('"We will win," said EPA Administrator Lee Thomas.', "Lee Thomas", [("Administrator", "EPA")]),
    ('"We will win," said FNSEA Secretary-General Luc Guyau.', "Luc Guyau", [("Secretary-General", "FNSEA")]),
    ('"We will win," said Credit Suisse Paul Hofer.', "Paul Hofer", None),
    # but a firm's own name stays whole
    ('"The dollar should be free," said Morgan Guaranty Trust Co.', "Morgan Guaranty Trust Co", None),
    ("Commodore International Ltd said it repaid the loan.", "Commodore International Ltd", None),
    ('"We will win," said Lawyers\' Christian Fellowship.', "Lawyers' Christian Fellowship", None),
])
def test_more_names_after_outlets_titles_and_firms(text, speaker, roles):
    q = extract_quotes(text)[0]
    assert q.speaker == speaker
    if roles is not None:
        assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


def test_single_quotations_reopened_at_each_sentence_do_not_swallow_the_article():
    # an aggregator's paragraph breaks lost: each sentence re-opens the quotation with "'"
    text = ("Samuel Ackroyd and James Swan waited for hours. They told ITV News: 'I like Trump, but it's "
            "mainly about Air Force One. 'This is a big bucket list item for us. 'It's a great privilege "
            "to see him land here.' On Saturday morning, Trump was out on the golf course. The man said: "
            "'We support him.'")
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("I like Trump, but it's mainly about Air Force One.", "Samuel Ackroyd and James Swan"),
        ("This is a big bucket list item for us.", "Samuel Ackroyd and James Swan"),
        ("It's a great privilege to see him land here.", "Samuel Ackroyd and James Swan"),
        ("We support him.", "The man"),
    ]


@pytest.mark.parametrize("text, speaker", [
    # an unnamed speaker is the one described with the same head word, whole words only
    ("A woman said: 'I like it.' The man said: 'We support him.'", "The man"),
    ("Some dealers said the dollar was weak. \"It is hard to tell,\" said one dealer.", "one dealer"),
])
def test_unnamed_speakers_match_by_whole_head_words(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_the_paper_is_the_newspaper():
    text = "The newspaper said the plan failed. \"It is over,\" the paper said."
    assert len({q.speaker_key for q in extract_quotes(text)}) == 1


def test_a_cue_after_the_quotation_is_the_sentences_own_when_a_cue_before_it_is_inside_the_report():
    # the senator says that nothing the president said will assuage fears
    q, = extract_quotes('Sen. Marco Rubio spoke on Fox News. Nothing the president said "will assuage '
                        'people\'s fears," the Florida senator said.')
    assert (q.kind, q.speaker_mention, q.cue_start) == ("mixed", "the Florida senator", 114)
    assert q.content_start == 36 and q.fragments == [(64, 92)]  # "will ... fears," inside its marks


def test_a_cue_before_a_whole_quoted_sentence_keeps_it():
    q, = extract_quotes('Obama said "We will win this fight," and left the room.')
    assert (q.kind, q.speaker, q.text) == ("direct", "Obama", "We will win this fight,")


@pytest.mark.parametrize("text, speaker", [
    ("Tory leader Michael Howard has gone on the offensive. The Tory leader said his front bench "
     "had reached a decision.", "Michael Howard"),
    ("Tony Blair is to join Home Secretary David Blunkett in Sheffield. The home secretary has "
     "admitted he was wrong to give the tickets.", "David Blunkett"),
    ("England coach Sven-Goran Eriksson named his squad. The England coach said the team was ready.",
     "Sven-Goran Eriksson"),
    # a shadow minister holds no office; a title no one was named with stays a description
    ("Shadow home secretary David Davis spoke first. The home secretary said he was wrong.", "The home secretary"),
    ("The Chelsea striker Didier Drogba scored twice. The England coach said the team was ready.",
     "The England coach"),
])
def test_a_title_written_before_a_name_names_a_later_description(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, expected", [
    ("For the first time, a poll shows Sen. Bernie Sanders leading Hillary Clinton nationally.",
     ("Sen. Bernie Sanders leading Hillary Clinton nationally", "a poll", "shows")),
    ("But the poll also finds that Clinton maintains a variety of advantages over Sanders.",
     ("that Clinton maintains a variety of advantages over Sanders", "the poll", "finds")),
    ("Surveys have consistently shown that voters trust the party on the economy.",
     ("that voters trust the party on the economy", "Surveys", "shown")),
    # a finding runs on through its figures, not past a contrast
    ("The April survey found Clinton leading Sanders by seven points, with 17 percent undecided.",
     ("Clinton leading Sanders by seven points, with 17 percent undecided", "The April survey", "found")),
    ("Instant polls showed Clinton was the winner of the debate, but such polls are no measure of votes.",
     ("Clinton was the winner of the debate", "Instant polls", "showed")),
])
def test_a_poll_or_a_study_reports_its_findings(text, expected):
    q, = extract_quotes(text)
    assert (q.text, q.speaker, q.cue) == expected and q.kind == "indirect"


@pytest.mark.parametrize("text", [
    "The body was found in a river near the town on Sunday morning.",  # a passive: no finding
    "Police found the car abandoned near the border on Friday.",  # people find things
    "He doubted the polls showing President Obama leading Mitt Romney in 2012.",  # inside another clause
    "He pointed to the Wall Street Journal poll that shows him beating Trump in a two-man race.",
    "But if the emails show that he mishandled sensitive information, he could face scrutiny.",  # supposed
    "The film was shown in cinemas across the country last year.",
])
def test_no_finding_without_a_poll_or_study_reporting_it(text):
    assert extract_quotes(text) == []


def test_a_survey_is_no_antecedent_of_he_or_she():
    qs = extract_quotes("The officer travelled through the region. A survey found that output fell sharply "
                        "in March.\n\nStands in these fields were thin and recovery looked unlikely, he said.")
    assert [q.speaker for q in qs] == ["A survey", None]


@pytest.mark.parametrize("text, speaker", [
    ("Turnout was high, according to figures released by the state on Monday.",
     "figures released by the state on Monday"),
    ("Retail sales rose sharply, according to a report published in May.", "a report published in May"),
    ("Turnout was high, according to Theresa May.", "Theresa May"),  # a name, not a month
])
def test_a_day_or_a_month_at_the_end_of_a_source_is_no_name(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Aides to Clinton say she is shifting her tack toward Bernie Sanders.", "Aides to Clinton"),
    ("Lawyers for Pennzoil said they believed the company would prevail in court appeals.", "Lawyers for Pennzoil"),
    ("Advisers to Hillary Clinton said the case was weak and would fail.", "Advisers to Hillary Clinton"),
    ("People close to Trump said the case was weak and would fail.", "People close to Trump"),
    # the person's own words stay the person's
    ("Hillary Clinton said the case was weak and would fail.", "Hillary Clinton"),
    ("A spokesman for Hillary Clinton said the case was weak and would fail.", "A spokesman for Hillary Clinton"),
])
def test_someones_aides_or_lawyers_speak_for_themselves_not_as_that_person(text, speaker):
    q = extract_quotes(text)[0]
    assert q.speaker == speaker and (q.speaker_kind != "person" or speaker == "Hillary Clinton")


@pytest.mark.parametrize("text, speaker", [
    ("Residents whose homes were flooded say the city has done nothing to help them.",
     "Residents whose homes were flooded"),
    ("The state officials whose laws have been invalidated say the real change came in the courts.",
     "The state officials whose laws have been invalidated"),
    ("Smith, whose company was sold last year, said the deal was fair to everyone.", "Smith"),
])
def test_a_whose_clause_belongs_to_the_subject_before_it(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_naming_verb_after_a_parenthetical_attribution_is_part_of_that_report():
    qs = extract_quotes('Cruz spoke. CNN, Cruz said, called the announcement "highly significant."')
    assert [(q.kind, q.text, q.speaker, q.cue) for q in qs] == [
        ("indirect", "CNN", "Cruz", "said"),
        ("mixed", 'called the announcement "highly significant."', "Cruz", "said")]


@pytest.mark.parametrize("text, expected", [
    ("Trump vowed to build a wall along the southern border.",
     ("to build a wall along the southern border", "Trump", "vowed")),
    ("Donald Trump entered the race in June, vowing to make Mexico pay for a massive border wall.",
     ("to make Mexico pay for a massive border wall", "Donald Trump", "vowing")),
    ("Clinton has vowed to keep abortion legal and celebrated the ruling Monday.",
     ("to keep abortion legal", "Clinton", "vowed")),
    ("Mr Bush has promised to halve the massive budget deficit within five years.",
     ("to halve the massive budget deficit within five years", "Bush", "promised")),
])
def test_a_persons_promise_or_vow_is_reported_as_its_infinitive(text, expected):
    q, = extract_quotes(text)
    assert (q.text, q.speaker, q.cue) == expected and q.kind == "indirect"


@pytest.mark.parametrize("text", [
    "The company pledged 5 million dollars to the charity this year.",  # an object, no commitment said
    "Looming baby boomer retirements promise to swell Social Security expenses.",  # not a person
    "The city met the emissions target it pledged to reach at the climate talks.",  # the relative's object
    "His oft-stated promise to build a border wall drew cheers.",  # a noun
    # a threat is no speech cue: "threatened to" is as often said of things as of people
    "Sanders threatened to take the fight to the convention floor.",
    # the sentence's attribution reports the pledge
    "Japan has pledged to increase its purchases of car parts, the Commerce Department said.",
])
def test_no_promise_report_without_someone_committing(text):
    assert [q.text for q in extract_quotes(text) if q.text.startswith("to ")] == []


@pytest.mark.parametrize("text, speaker, kind", [
    ("Voters in Iowa say the economy is their top concern this year.", "Voters in Iowa", "group"),
    ("Residents of the town say the water is brown.", "Residents of the town", "group"),
    ("Analysts at Goldman Sachs said the stock would fall.", "Analysts at Goldman Sachs", "group"),
    ("Officials in the room said the meeting was tense and unproductive.", "Officials in the room", "group"),
    ("Officials with the company said the plan would fail soon.", "Officials with the company", "group"),
    ("A police spokesman in the western Kyushu city of Miyazaki said the quake was strong.",
     "A police spokesman in the western Kyushu city of Miyazaki", "anonymous"),
    ("A senior Arab banker in the area said the response was measured.", "A senior Arab banker in the area",
     "anonymous"),
    ("However, a planner at another major oil company said supplies would tighten.",
     "a planner at another major oil company", "anonymous"),
    ("The man in the red hat said the plan was a disaster for everyone.", "The man in the red hat", "anonymous"),
    # a name after the role is the speaker; an organisation's name after "the" is not a person's
    ("USPCI vice president of finance Larry Shelton said the deal was done.", "Larry Shelton", "person"),
    ("The president of the Export-Import Bank said the deal was done.", "The president of the Export-Import Bank",
     "anonymous"),
])
def test_people_somewhere_speak_not_the_place(text, speaker, kind):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_a_description_is_matched_by_who_it_names_not_where():
    qs = extract_quotes('Military sources in the area said the attack was limited.\n\nA senior Arab banker in '
                        'the area said after the news broke: "This was a good, measured response."')
    assert [q.speaker for q in qs] == ["Military sources in the area", "A senior Arab banker in the area"]


def test_a_second_verb_after_a_that_clause_keeps_the_sentences_subject():
    qs = extract_quotes("Ginsburg said last week that she did not want to think about the possibility that Trump "
                        "would be president and predicted that Democrats would win the Senate.")
    assert [(q.speaker, q.cue) for q in qs] == [("Ginsburg", "said"), ("Ginsburg", "predicted")]


def test_a_linking_verb_before_the_cue_is_no_part_of_the_subject():
    q, = extract_quotes("Top officials of leading nations appear deeply worried that markets have ignored them.")
    assert q.speaker == "Top officials of leading nations"


@pytest.mark.parametrize("text, speaker", [
    ("Doctors Without Borders said the clinic was hit twice.", "Doctors Without Borders"),
    ("Friends of the Earth said the plan would harm the coast.", "Friends of the Earth"),
    # a role and a name after a listed firm stay a person
    ("Merrill Lynch analyst Matt Aizawa said rates would rise.", "Matt Aizawa"),
])
def test_organisations_named_like_people_speak_whole(text, speaker):
    q = extract_quotes(text)[0]
    assert q.speaker == speaker and q.speaker_kind == ("person" if speaker == "Matt Aizawa" else "organization")


@pytest.mark.parametrize("text, speaker", [
    ("Merrill Lynch in London said any further comment would be premature.", "Merrill Lynch"),
    # (and the spokesman for the firm in the city is the one who speaks)
    ("A spokesman for the Albanian embassy in London said it was the first it had heard of it.",
     "A spokesman for the Albanian embassy"),
    ("Julius Maldutis of Salomon Brothers in New York said the plan would fail.", "Julius Maldutis"),
    # people in a place stay people in it
    ("Traders in Tokyo said the yen would rise further.", "Traders in Tokyo"),
])
def test_a_firm_or_person_in_a_city_speaks_not_the_city(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_it_said_the_quoted_words_is_the_organisations_mixed_report_not_the_articles():
    qs = extract_quotes('Ohio Edison Co said it would sell bonds.\n\nOhio Edison did not detail the lease payments, '
                        'but it said the "payments will reduce the amount of revenue the company will need."')
    q = qs[-1]
    assert (q.kind, q.speaker_mention, q.speaker) == ("mixed", "it", "Ohio Edison Co")
    assert q.text.startswith('the "payments')


def test_no_article_is_a_speaker():
    assert [q.speaker_mention for q in extract_quotes('"We will win the vote on Tuesday," said the.')] in ([], [None])


def test_a_single_quoted_subheading_in_a_text_quoting_with_double_marks_is_no_quotation():
    text = ('"In today\'s climate, I think change overwhelms safe," Fred Davis said. "Advantage Donald."\n\n'
            "'There's so much anger.'\n\n"
            'At her headquarters, advisers are "grappling" with the results, an aide said.')
    assert "There's so much anger." not in [q.text for q in extract_quotes(text)]


def test_a_single_quoted_paragraph_in_a_text_quoting_with_single_marks_is_a_quotation():
    text = ("The former officer spoke on Monday.\n\n'There is so much anger in the ranks,' he said.\n\n"
            "'We are going to war with the cartels,' he added.")
    assert "There is so much anger in the ranks," in [q.text for q in extract_quotes(text)]


@pytest.mark.parametrize("text, speaker", [
    ("Dealers here said the Bundesbank had not been in the market all morning.", "Dealers"),
    ("Political observers there said the offensive was timed to coincide with the anniversary.",
     "Political observers"),
    ('Rates rose. "A major loophole has been closed today," a senior U.S. official here commented.',
     "a senior U.S. official"),
    # a phrase with a participle before "here" is no subject
    ("A Boeing statement made here said the work would involve 12,500 man-hours per machine.", None),
])
def test_here_or_there_after_a_subject_is_no_part_of_it(text, speaker):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speaker", [
    ("One trader at a major U.S. Bank said that the Fed had phoned banks in London.",
     "One trader at a major U.S. Bank"),
    ("The chairman of Goodyear Tire and Rubber Co, a concern that survived a takeover bid, charged that "
     "raiders are undermining industry.", "The chairman of Goodyear Tire and Rubber Co"),
    # a person's name after a common noun stays the person
    ("The chairman of both companies Li Ka-shing said the deal was done.", "Li Ka-shing"),
])
def test_a_name_ending_in_a_firm_word_is_no_persons(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, clause", [
    ("John Smith spoke.\n\nHe said his friends feel the same way.", "his friends feel the same way"),
    ("Smith said people want change now.", "people want change now"),
])
def test_a_plurals_present_tense_verb_makes_a_reported_clause(text, clause):
    assert [q.text for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize("text", [
    "Downing Street has stressed Mr Blair's support for the home secretary.",  # a possessive, then a noun
    "Salomon intervened, claiming ownership of more than 30 mln dlrs face amount of the debenture.",
    "Pataki announced his support for the Ohio governor on Thursday night.",
])
def test_a_noun_after_a_possessive_or_an_amount_makes_no_clause(text):
    assert [q.kind for q in extract_quotes(text)] == []


@pytest.mark.parametrize("text, speaker", [
    ("Many predict success. One in five say that won't be true.", "One in five"),
    ("Many predict success. Six in 10 say that it won't be true.", "Six in 10"),
    ("Many predict success. About 67 percent say the economy is bad.", "67 percent"),
    ("A majority say the economy is bad.", "A majority"),
])
def test_a_polls_share_of_people_reports_what_they_say(text, speaker):
    q, = extract_quotes(text)
    assert q.kind == "indirect" and q.speaker == speaker


def test_a_share_needs_a_subject_to_report():
    assert extract_quotes("He had to say the economy is bad.") == []


@pytest.mark.parametrize("text, speaker", [
    ("Voters who backed Trump say their priority is jobs.", "Voters who backed Trump"),
    ("Supporters who have heard directly from the Rubio campaign say their priority is to finish ahead of "
     "Christie.", "Supporters who have heard directly from the Rubio campaign"),
    ("Farmers who had expected a near-record wheat crop now say this year will see large losses.",
     "Farmers who had expected a near-record wheat crop"),
    ("But bankers who attended the meeting with Gros said it was inconclusive.",
     "bankers who attended the meeting with Gros"),
    # the name is the subject when it comes right after "who", or after "who" and a title
    ("Much of his ire was directed at Bannon, who Beck on Wednesday called \"a horrible human being.\"", "Beck"),
])
def test_people_described_by_a_who_clause_speak_not_the_name_in_it(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_who_and_an_honorific_then_a_name_is_that_persons_clause():
    text = "Frederick Forsyth wrote on Monday.\n\nThe people who Mr Forsyth labels the new \"threat\" are few."
    assert "Frederick Forsyth" in [q.speaker for q in extract_quotes(text)]


def test_according_to_after_a_colon_opens_the_report():
    q, = extract_quotes("And it hasn't gone unnoticed: According to recent polls, Trump holds only 14 percent "
                        "of the Latino vote.")
    assert (q.text, q.speaker) == ("Trump holds only 14 percent of the Latino vote", "recent polls")


@pytest.mark.parametrize("text, speaker, clause", [
    ("Women vote, and as many as three-fourths of them tell pollsters they have a negative view of him.",
     "three-fourths of them", "they have a negative view of him"),
    ("Only 42% of them say that saving money is the main consideration.", "42% of them",
     "that saving money is the main consideration"),
])
def test_a_share_of_them_reports(text, speaker, clause):
    q, = extract_quotes(text)
    assert (q.speaker, q.text) == (speaker, clause)


@pytest.mark.parametrize("text, pieces", [
    # the time before the attribution is no piece of its own
    ("Every Friday, the executive said, Fiorina would lead a meeting on real estate.",
     ["Fiorina would lead a meeting on real estate"]),
    ("And yet every Friday, the former HP executive said, Fiorina would lead a committee meeting.",
     ["Fiorina would lead a committee meeting"]),
    # "told" and whom it was told, between commas, is a parenthetical attribution too
    ("And yet every Friday, the former HP executive told The Washington Post, Fiorina would lead a meeting.",
     ["Fiorina would lead a meeting"]),
    ("The solution, the partner told them, was simple and cheap for all.",
     ["The solution", "was simple and cheap for all"]),
    ("The plan, Smith said recently, was simple and cheap for all.", ["The plan", "was simple and cheap for all"]),
])
def test_a_parenthetical_attribution_splits_the_report(text, pieces):
    assert [q.text for q in extract_quotes(text)] == pieces


@pytest.mark.parametrize("text, speaker", [
    ("Signs were there.\n\nRED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: \u201cGallup\u2019s "
     "analysis finds more red states.\u201d [Gallup]", "Jeffrey M. Jones"),
    ("What that means for this year\u2019s election - More from the report: \u201cThe partisanship of the state is "
     "a starting point.\u201d", "the report"),
    # the source after the dash, not a verb in the headline before it
    ("Media shares blame in Iowa poll overhype - HuffPollster: \u201cPollsters are taking a lot of heat.\u201d",
     "HuffPollster"),
])
def test_a_digests_source_after_a_dash_and_before_a_colon_says_the_quotation(text, speaker):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, ":")


def test_a_dash_before_a_colon_without_a_source_names_no_one():
    text = "John Smith spoke. He said it again - twice: \u201cWe will win.\u201d"
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [("John Smith", "said")]


@pytest.mark.parametrize("text, speaker, cue", [
    ('Hillary Clinton was there. Clinton has since apologized for what happened: "Yes, I should have used two '
     'email addresses."', "Hillary Clinton", "apologized"),
    ('Donald Trump was in Mexico. But back on American soil, he returned to his familiar lines: "It\'s called '
     'America First! There will be no amnesty!"', "Donald Trump", "returned"),
])
def test_a_perfect_tense_or_a_pronoun_subject_introduces_a_quotation_after_a_colon(text, speaker, cue):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, cue)


def test_have_with_an_object_before_a_colon_introduces_no_quotation():
    assert extract_quotes('The plan has three parts: "one, two and three of them."') == []


def test_a_quotation_after_a_split_quote_is_not_the_next_sentences_own_quotations_speaker():
    text = ('England lost. Charlie Hodgson missed the kick. "It wasn\'t a good strike," he added. "I felt as soon as '
            'it hit my boot it had missed." Andy Robinson said he would "keep working on the kicking" with his squad.')
    qs = extract_quotes(text)
    assert [(q.text, q.speaker) for q in qs if q.kind == "direct"] == [
        ("It wasn't a good strike,", "Charlie Hodgson"), ("I felt as soon as it hit my boot it had missed.",
                                                          "Charlie Hodgson")]


def test_a_bare_attribution_sentence_after_a_question_still_names_its_speaker():
    text = ('The lawyer Reid Weingarten asked David Myers about Ebbers. "Not that I am aware of," Mr Myers replied. '
            '"Did you ever know Mr Ebbers to make an accounting entry?" Mr Weingarten pressed.')
    assert [q.speaker for q in extract_quotes(text)] == ["David Myers", "Reid Weingarten"]


@pytest.mark.parametrize("text, speaker", [
    ('"They failed to do what is necessary," said Craig Robinson, an editor.\n\nIowa State University\'s Dianne '
     'Bystrom agreed. "Mainstream Republicans are running out of time to find an alternative."', "Dianne Bystrom"),
    ('"They failed," said Craig Robinson, an editor.\n\nBut Dianne Bystrom disagreed strongly. "Mainstream '
     'Republicans are running out of time."', "Dianne Bystrom"),
    # "said in a statement.": where it was said may end the sentence (not the report before it)
    ("Both candidates said it was no big deal. Sam Lau, the party's communications director, said in a statement. "
     "\u201cThere are no paper ballots to recount.\u201d", "Sam Lau"),
    ("Both candidates said it was no big deal. Sam Lau wrote on Facebook on Monday. \u201cThere are no paper "
     "ballots to recount.\u201d", "Sam Lau"),
    # no sentence starts after an initial: the quotation before goes on
    ('"It is high," industry analyst Peter Appert of C.J. Lawrence said. "Their saving grace is deep pockets."',
     "Peter Appert"),
])
def test_a_sentence_of_only_a_subject_and_its_cue_attributes_the_quotation_after_it(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_passive_before_a_quotation_names_no_speaker():
    text = ('"They failed," said Craig Robinson, an editor.\n\nThe plan was agreed. "Mainstream Republicans are '
            'running out of time."')
    assert "The plan" not in [q.speaker for q in extract_quotes(text)]


def test_a_next_sentence_introducing_its_own_quotation_does_not_attribute_the_one_before():
    text = ('Lindsay Davenport spoke to the press. Asked about the chairman, the American said: "I think it is '
            'insulting. "Somebody said they won\'t have money for flowers." A club spokesperson denied the remark, '
            'insisting: "He definitely didn\'t say it."')
    # ("the American" is Lindsay Davenport, the subject of the sentence before: an epithet since 0.6.467)
    assert [q.speaker for q in extract_quotes(text)] == ["Lindsay Davenport"] * 2 + ["A club spokesperson"]


@pytest.mark.parametrize("text, speaker", [
    ("Piedmont has an offer from Norfolk Southern Corp.\n\nNorfolk Southern declined comment, but said it stuck "
     "with its offer for Piedmont.", "Norfolk Southern"),
    ("WASHINGTON, March 17 - A White House-ordered report said that growing U.S. reliance on foreign oil could "
     "have damaging implications.", "A White House-ordered report"),
    # an adjective in -ed before a noun, but people after "those", and "the accused" is someone
    ("Again, those surveyed said Trump was best able to handle the issue.", "those surveyed"),
    ("The accused said he was innocent of all charges.", "The accused"),
])
def test_a_cue_word_as_an_object_or_after_an_adjective_is_a_noun(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "HONG KONG, March 13 - The proposed note issuance facility for Elders IXL Ltd has been reduced to 100 mln dlrs.",
    "DETROIT, March 16 - The United Auto Workers denied a published report it is expected to pick Ford Motor Co.",
    'The proposed question for the referendum is: "Should the United Kingdom approve the Treaty establishing a '
    'Constitution for the European Union?"',
])
def test_a_participle_adjective_and_its_noun_make_no_report(text):
    assert [q.speaker for q in extract_quotes(text) if q.speaker] == []


@pytest.mark.parametrize("text, speaker, cue", [
    ("TORONTO, April 13 - Nova chief executive Robert Blair expressed hope that Dome Petroleum remains under "
     "Canadian ownership.", "Robert Blair", "expressed hope"),
    ("Government officials have expressed concern that the sale could reduce the competitiveness of chip makers.",
     "Government officials", "expressed concern"),
])
def test_expressing_hope_or_concern_reports_a_that_clause(text, speaker, cue):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.cue) == ("indirect", speaker, cue)
    assert q.text.startswith("that ")


def test_voicing_concern_about_a_topic_attributes_no_quotation_before_it():
    text = ('Duncan Bannatyne spoke. Mr Bannatyne said: "Disunity has a corrosive effect. "Gordon Brown is a great '
            'chancellor." The businessman also voiced concern about the ongoing violence in Iraq.')
    assert [q.speaker for q in extract_quotes(text)] == ["Duncan Bannatyne", "Duncan Bannatyne"]


def test_phrase_cues_carry_their_marks():
    from quotebank.extract.lexicon import cues

    c = cues()
    assert "expressed hope" in c.phrases and "expressed hope" in c.indirect and "expressed hope" in c.that_only
    assert "according to" in c.phrases and "according to" not in c.indirect  # (handled on its own)
    assert "pointed out" in c.phrases and "pointed out" in c.indirect and "pointed out" in c.that_only
    assert "shot back" in c.phrases and "shot back" not in c.indirect and "shot back" not in c.that_only


def test_as_only_cues_are_marked_and_kept_apart():
    from quotebank.extract.lexicon import cues

    c = cues()
    assert {"dismissed", "defended", "characterised", "slamming"} <= c.as_only
    assert not c.as_only & c.words and not c.as_only & c.indirect  # (no cue of any other kind)
    assert c.base["dismissed"] == "dismiss"
    masked = "He dismissed the row as \x01\x01\x01. She dismissed the story, \x01\x01. It was dismissed as \x01\x01."
    assert [m.start() for m in c.rx.finditer(masked)] == [3]


@pytest.mark.parametrize("text, speaker, cue", [
    ('Campaign chair Paul Manafort dismissed the whole kerfuffle as "absurd."', "Paul Manafort", "dismissed"),
    ('Trump later defended his comments as "sarcastic."', "Trump", "defended"),
    ('Pinola characterized his acquisition strategy as "opportunistic."', "Pinola", "characterized"),
    ('Clinton slammed the proposal as "reprehensible, prejudiced and divisive."', "Clinton", "slammed"),
    ('Speaker Mike Johnson defended it as "the best we could get with a divided government."', "Mike Johnson",
     "defended"),
])
def test_a_verb_of_judging_before_as_and_a_quotation_attributes_it(text, speaker, cue):
    assert [(q.kind, q.speaker, q.cue) for q in extract_quotes(text)] == [("mixed", speaker, cue)]


@pytest.mark.parametrize("text", [
    # no "as" before the quotation: the object is no speaker, and the verb no cue
    'Bill Maher has previously dismissed the story about the emails, "Now, you said you were tired of it."',
    # the passive: what is dismissed does not speak
    'The plan was dismissed as "absurd" by critics.',
])
def test_a_verb_of_judging_without_as_attributes_nothing(text):
    got = extract_quotes(text)
    assert not any(q.cue == "dismissed" or "story" in (q.speaker or "") or "plan" in (q.speaker or "") for q in got)


@pytest.mark.parametrize("text, speaker, mention", [
    ('Clinton handled emails in a way FBI Director James Comey described as "extremely careless."', "James Comey",
     "FBI Director James Comey"),
    ('It was the kind of deal Senator John Smith called "a disaster."', "John Smith", "Senator John Smith"),
    # negative: a description before the name stays ("The former President": no relative clause)
    ("The former President Bill Clinton said the plan would work.", "Bill Clinton", "The former President Bill Clinton"),
])
def test_a_name_after_a_noun_with_no_that_is_the_relative_s_subject(text, speaker, mention):
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [(speaker, mention)]


@pytest.mark.parametrize("text, speaker", [
    # what a firm is, opening a headline before its name, is no given name of a full name
    ("Chipmaker Arm beats forecasts\n\nRevenue rose 47% to $824m in the three months to December, Arm said.", "Arm"),
    ("Carmaker Nissan beats forecasts\n\nRevenue rose 47% to $824m in the three months to December, Nissan said.",
     "Nissan"),
    # negative: a person's full name in a headline still names the surname after it
    ("Jane Haas beats forecasts\n\nRevenue rose 47% to $824m in the three months to December, Haas said.",
     "Jane Haas"),
])
def test_a_firm_s_kind_before_its_name_is_no_full_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a text that lost its full stop: the next sentence is no part of the source
    ("Consumers are thought to be responsible for a 26% increase in phones sold, according to analysts Gartner More "
     "than 167 million handsets were sold between July and September.", "Gartner"),
    # negative: "The" opening a source's name after "to" stays
    ("The deal collapsed after months of talks, according to The New York Times.", "The New York Times"),
])
def test_a_glued_sentence_is_no_part_of_an_according_to_source(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a nationality before a person's names goes when the given name is known (names added to the lists)
    ("American Serena Williams said the final would be hard.", "Serena Williams"),
    ("Belgian Willy de Clercq said the plan would fail.", "Willy de Clercq"),
    # negative: a firm's name that opens with a nationality stays whole
    ("American Express said the plan would fail.", "American Express"),
])
def test_a_nationality_before_a_known_given_name_is_no_part_of_the_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_she_is_not_a_man_the_list_now_knows():
    # "Hazel" is a woman's name: "He said" after her is the spokesman's
    text = ('"It is fierce," said Hazel Gilbert of the Royal Ballet.\n\nBut a spokesman for the English National '
            'Ballet told BBC News that the company had many British dancers. He said competition at open '
            'auditions in London was "fierce" between dancers.')
    assert extract_quotes(text)[-1].speaker == "a spokesman for the English National Ballet"


@pytest.mark.parametrize("text, speaker", [
    # pronouns follow the gender of given names the lists now hold
    ("Shelley Taylor, an analyst, said the locks were there to make money. Apple's iTunes was a perfect example "
     "of this, she said.", "Shelley Taylor"),
    ("A government spokeswoman said the accord would go to the cabinet, and Prime Minister Wilfried Martens would "
     "announce it on Monday.\n\nShe said no details would be made public before then.", "A government spokeswoman"),
])
def test_a_pronoun_follows_the_gender_of_a_given_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, description", [
    # a role after a name with no comma between: the person speaks, the role describes him
    ("Yutaka Hashimoto general manager of Nippon Life Insurance Co told a conference that rates would fall.",
     "Yutaka Hashimoto", "general manager of Nippon Life Insurance Co"),
    ("John Smith chief economist at Nomura said rates would fall.", "John Smith", "chief economist at Nomura"),
    # negative: with commas, as before
    ("John Smith, general manager of Nippon Life Insurance Co, told a conference that rates would fall.",
     "John Smith", "general manager of Nippon Life Insurance Co"),
])
def test_a_role_after_a_name_with_no_comma(text, speaker, description):
    assert [(q.speaker, q.speaker_description) for q in extract_quotes(text)] == [(speaker, description)]


@pytest.mark.parametrize("text, expected", [
    # a thing named by a participle speaks no words
    ('On her discharge papers, in a box labeled "medical problem," a doctor had typed "homicidal ideation."', []),
    ('Congressmen favor a smaller mobile missile dubbed "Midgetman."', []),
    # negative: a person labelling something speaks
    ('Trump labeled Clinton "crooked" at a rally.', [("mixed", "Trump")]),
    ('A lawyer labelled the court "illegal."', [("mixed", "A lawyer")]),
])
def test_a_thing_labeled_or_dubbed_is_no_speaker(text, expected):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a circumstance before the comma, then a role and a person's name, then a relative in commas: the person
    ("Following Mr Straw's announcement, lawyer Louise Christian, who represents Mr Abbasi, said: \"The men must "
     "be freed.\"", "Louise Christian"),
    ("Before the formal session had begun, chairman Yousef Shirawi, Bahrain's Industry Minister, told reporters "
     "the gathering was a follow-up to earlier talks.", "Yousef Shirawi"),
    # negative: a subject phrase after the circumstance is read as before
    ("After the hearing, a neighbour of the family, who lives next door, said the boy was quiet.",
     "a neighbour of the family"),
])
def test_a_named_person_after_a_fronted_circumstance_speaks(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("However, a company statement issued at the same time said a management buy-out was one of several options.",
     "a company statement"),
    # negative: "at the time" went before, and a person before "at the same time" stays
    ("The minister at the same time said the plan would go ahead.", "The minister"),
])
def test_at_the_same_time_is_no_speaker(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("General Partners said it began a 100 dlrs a share tender offer for all shares.", "General Partners"),
    ("General Colin Powell said the war was going well.", "Colin Powell"),  # negative: a general
])
def test_general_partners_is_a_firm_not_a_general(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker, cue", [
    ('Mayor Karen Bass spoke.\n\nAsked whether the plan would survive a court challenge, she was blunt: "It will. '
     'Our lawyers have looked at every line."', "Karen Bass", ":"),
    ('John Smith spoke.\n\nHe was more emphatic: "It will work, and it will work soon."', "John Smith", ":"),
])
def test_how_someone_put_it_before_a_colon_is_a_cue(text, speaker, cue):
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [(speaker, cue)]


@pytest.mark.parametrize("text", [
    'The message was: "Go home and stay there."',  # no manner of saying
    'The reply was blunt: "No, and never again."',  # a thing, no speaker
    'It was blunt: "No, and never again."',
])
def test_was_before_a_colon_without_a_speaker_attributes_nothing(text):
    assert all(q.speaker is None for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker, cue", [
    # "it" opening its sentence (or after a fronted phrase) names what it accused or called: the body before
    ('Apple said it would appeal. In a statement, it accused Spotify, which filed the original complaint in 2019, of '
     'wanting "to use the App Store without paying for it".', "Apple", "accused"),
    ('Apple said it would appeal. It called the ruling "a disgrace to the rule of law".', "Apple", "called"),
])
def test_it_opening_its_sentence_before_a_naming_verb(text, speaker, cue):
    assert [(q.speaker, q.cue) for q in extract_quotes(text)][-1] == (speaker, cue)


@pytest.mark.parametrize("text", [
    'IBM announced what it called a "patent commons" on Monday.',  # a name given inside a clause
    'The plan failed. It was called "Project Fear" by critics.',  # the passive
])
def test_it_inside_a_clause_or_in_the_passive_names_nothing(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("para, speaker", [
    # a person of a body opening the sentence with "said" (and a relative in commas) is the next "he"
    ('Independent experts urged caution. Prof Oliver Jones of RMIT University, who was not involved in the study, '
     'said the sample size was small. "It is an interesting paper, but we should not panic," he said.', "Oliver Jones"),
    ('Julius Maldutis of Salomon Brothers Inc said the deal will give AMR stability. "AMR is using the makers\' '
     'balance sheets to finance these airplanes," he said.', "Julius Maldutis"),
    # negative: a body (or its people) of a place saying something is no "he"
    ('The University of Oxford said the sample size was small. "It is an interesting paper, but we should not '
     'panic," he said.', "Matthew Campen"),
])
def test_a_person_of_a_body_saying_something_is_the_next_he(para, speaker):
    text = '"The levels were shocking," said lead author Matthew Campen, a professor.\n\n' + para
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_verb_of_judging_after_a_modal_leaves_the_quotation_to_the_report():
    text = ('President Obama rebuked critics who say he should condemn terrorists as "radical Islamists," saying '
            'another name will do nothing.')
    got = extract_quotes(text)
    assert [(q.kind, q.cue) for q in got] == [("mixed", "say"), ("indirect", "saying")]


@pytest.mark.parametrize("text, speaker", [
    ("The plan failed after a long fight in the courts, the New York Times reported.", "New York Times"),
    ("England will protest to the rugby board about the referee's performance, reports the Daily Mail.",
     "Daily Mail"),
    ("Pop Idol mogul Simon Fuller has seen his wealth plummet, according to the Sunday Times. Joss Stone was new.",
     "Sunday Times"),
    ("Britain's ruling Conservatives have a nine point lead, according to an opinion poll published in the Sunday "
     "Times.", "an opinion poll published in the Sunday Times"),
])
def test_a_paper_reporting_after_the_report_is_its_source(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "NEW YORK, June 18 - Halcyon Investments, a New York firm, reported a 6.9 pct stake in Research-Cottrell Inc.",
    "Growers all face serious losses unless rains arrive in time to break the droughts, offical reports, showed.",
])
def test_reported_with_an_object_or_reports_as_a_noun_attributes_nothing(text):
    assert extract_quotes(text) == []


def test_a_share_of_those_polled_starts_at_the_share():
    survey, q = extract_quotes("A survey by the broadcaster three weeks ago showed 70 pct of those polled said they "
                               "would take the tax into consideration.")
    assert q.speaker == "70 pct of those polled"
    # and the survey's finding holds that report
    assert (survey.speaker, survey.text) == ("A survey by the broadcaster three weeks ago",
                                             "70 pct of those polled said they would take the tax into consideration")


def test_an_earlier_announced_agreement_is_no_report():
    assert extract_quotes("The reduction resulted from completion of an earlier announced agreement by Peabody to "
                          "sell a 15.01 pct interest in the company.") == []


@pytest.mark.parametrize("text, speaker", [
    ("Dart Group offered to buy Supermarkets General Corp.\n\nEarlier Supermarkets General said an unsolicited "
     "third party had made the offer.", "Supermarkets General"),
    ("Singapore's Finance Minister Richard Hu spoke.\n\nLast March Hu said he planned to set up collecting "
     "machinery for the tax.", "Richard Hu"),
    ("Lock Danny Grewcock was banned. Last June Grewcock said the clash had been accidental.", "Danny Grewcock"),
])
def test_a_time_word_opening_a_sentence_is_no_part_of_a_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker, mention", [
    # a day or a month after "on", "in", "last" with no comma is a date, not part of the name
    ("In a statement issued on Wednesday Lord Woolf said the change would work.", "Lord Woolf", "Lord Woolf"),
    ("Broadband overtook dial-up, and in December BT announced that it was making new connections.", "BT", "BT"),
    ("Ecuador stopped paying. In March Ecuador said it would suspend interest payments.", "Ecuador", "Ecuador"),
    ("Earlier on Tuesday congressional leaders called for an economic summit.", "congressional leaders",
     "congressional leaders"),
    ("IBM Deutschland chairman Hans Henkel said sales fell.\n\nIn January Henkel said the market would grow.",
     "Hans Henkel", "Henkel"),
    ("Newbery Corp said it was short of cash.\n\nOn May four Newbery said it would receive supplemental funding.",
     "Newbery Corp", "Newbery"),
    # a month with the day's number is always a date, in a wire's dateline too
    ("On February 17 Baker said it had signed an agreement to sell a unit.", "Baker", "Baker"),
    ("OTTAWA, Apr 7- The Bank of Canada said the U.S. dollar rose.", "The Bank of Canada", "The Bank of Canada"),
    # negative cases: given names and surnames that are months or days, and a paper's name, stay
    ("June Page said the plan would work.", "June Page", "June Page"),
    ("Rugby coach Mike Friday was pleased. \"We won,\" said Friday.", "Mike Friday", "Friday"),
    ("On Friday night exporters said the cargoes had been sold.", "exporters", "exporters"),
])
def test_a_date_before_a_subject_is_no_part_of_it(text, speaker, mention):
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)][-1:] == [(speaker, mention)]


@pytest.mark.parametrize("text, speaker", [
    ("Barrie Deas runs the federation.\n\nLast month Deas wrote to Prime Minister Rishi Sunak urging him not "
     "to trade away access to UK waters.", "Barrie Deas"),
    ("Nicola Sturgeon wrote to Mr McConnell on Tuesday accusing him of an error of judgement.", "Nicola Sturgeon"),
    ("Deas sent a letter to the prime minister urging him not to trade away access.", "Deas"),
    ("The archbishop spoke to the miners urging them to return to work.", "The archbishop"),
])
def test_a_participle_after_writing_to_someone_is_the_writer_s(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # negative cases: listening to people, or speaking about them, leaves the urging to them
    ("The mayor listened to residents urging him to act.", "residents"),
    ("The mayor spoke about the residents urging him to act.", "the residents"),
])
def test_a_participle_after_other_objects_stays_theirs(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker, cue", [
    ('"We will read the text line by line," a French diplomat, who asked not to be named, said.',
     "a French diplomat", "said"),
    ('"He opposes it," one of the Pentagon officials, who asked not to be identified, told Reuters.',
     "one of the Pentagon officials", "told"),
    ('"We will read the text line by line," John Smith, who asked not to be named, said.', "John Smith", "said"),
    ('"We will read it," a man, who told reporters he was a veteran, said.', "a man", "said"),
])
def test_a_cue_inside_a_relative_in_commas_is_not_the_quotation_s(text, speaker, cue):
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [(q.speaker, q.cue) for q in direct] == [(speaker, cue)]


def test_a_relative_in_commas_with_no_cue_after_attributes_nothing():
    # no verb after the relative: the quotation has no cue of its own here (the relative's report stays)
    got = extract_quotes('"We will read it," a man, who told reporters he was a veteran.')
    assert [q.kind for q in got] == ["indirect"] and got[0].text == "he was a veteran"


@pytest.mark.parametrize("text, speaker", [
    # a hyphenated given name is the whole given name, also for a person introduced without speaking
    ("The firm is run by Jean-Pierre Raffarin.\n\nRaffarin said the market would grow.", "Jean-Pierre Raffarin"),
    ("Hans-Peter Bartels, a lawmaker, visited the base. Bartels said the army was too small.", "Hans-Peter Bartels"),
    ("Jeanne-Marie Gescher runs the lab.\n\n\"It works,\" said Gescher.", "Jeanne-Marie Gescher"),
    # a title with hyphens is no given name (the match once started after its hyphen: "Chief Martin Baron")
    ("In a statement released by Post Editor-in-Chief Martin Baron, the details were discussed.\n\n"
     "\"Trump is unlike any candidate,\" said Baron.", "Martin Baron"),
    ("Chief of Staff Rear-Admiral Augustus Aikhomu spoke.\n\nAikhomu said the plan would work.", "Augustus Aikhomu"),
])
def test_a_hyphenated_given_name_is_whole(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_verb_after_a_day_is_no_subject():
    # "A private meeting on Monday saw MPs warn ...": the meeting saw; "saw normally loyal MPs" is no speaker
    assert all(not (q.speaker or "").startswith("saw") for q in extract_quotes(
        "A private meeting on Monday saw normally loyal MPs warn that feuding could jeopardise their chances."))


@pytest.mark.parametrize("text, speaker", [
    ("PARK RIDGE, ILL., March 6 - An American Farm Bureau Federation (AFBF) official said that U.S. farm programs "
     "benefit all foreign producers.", "An American Farm Bureau Federation (AFBF) official"),
    ("LONDON, March 2 - Sony (U.K.) Ltd said it would be doubling capacity at its Bridgend factory.",
     "Sony (U.K.) Ltd"),
    ("BRUSSELS, March 19 - The European Community (EC) Commission said government aid for the program was "
     "justified.", "The European Community (EC) Commission"),
])
def test_an_acronym_in_parentheses_inside_a_subject_is_part_of_it(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_neither_before_a_cue_is_no_subject_and_nor_opens_no_report():
    assert extract_quotes("The firm has neither admitted nor denied wrongdoing in the settlement.") == []


def test_a_verb_before_a_quantified_subject_is_no_part_of_it():
    qs = extract_quotes("The report said the government should consider fines, but accepted many experts said it "
                        "would be an expensive system.")
    assert [q.speaker for q in qs] == ["The report", "many experts"]


@pytest.mark.parametrize("text, speaker", [
    ('Damian Hockney said the law worked in the same way. "The Greater London Act is clear," he said.',
     "Damian Hockney"),
    ('Mr Hockney said the law worked in the same way. "The Greater London Act is clear," he said.', "Hockney"),
    ("Ms Detakats said she was a collector. \"If you like something, you don't count it,\" she said.", "Detakats"),
    # the pronoun's gender still decides: no "she" for a man
    ('Mr Hockney said the law worked in the same way. "The Greater London Act is clear," she said.', None),
])
def test_a_report_before_a_quotation_in_the_same_paragraph_gives_its_pronoun_an_antecedent(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, role", [
    ("Roy Garofalo, Woolworth vice president, told Reuters that income from its specialty stores rose 52 pct.",
     "Roy Garofalo", "Woolworth vice president"),
    ("Winston Wallin, Medtronic chairman, said the company will improve market share in fiscal 1988.",
     "Winston Wallin", "Medtronic chairman"),
])
def test_a_firms_post_in_lower_case_between_commas_is_an_appositive(text, speaker, role):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_description) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    ("India's raw cotton export quota has been raised to 600,000 bales, Minister of State for Textiles R.N. Mirdha "
     "said.", "R.N. Mirdha", "Minister of State for Textiles"),
    ("Tanzania will need about 1.2 billion dlrs of hard currency investment, Minister of State for Finance Damas "
     "Mbogoro said.", "Damas Mbogoro", "Minister of State for Finance"),
    ("TOKYO, March 5 - U.S. Undersecretary of State for Economic Affairs Allen Wallis said he had urged Japan to do "
     "much more.", "Allen Wallis", "U.S. Undersecretary of State for Economic Affairs"),
])
def test_a_minister_of_state_for_a_portfolio_is_a_title_before_the_name(text, speaker, role):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_description) == (speaker, role)


def test_a_stray_space_before_a_closing_mark_still_closes_the_quotation():
    text = ('"Voice-over broadband is a key trend across Europe, " Eric Abensur, Wanadoo\'s chief executive told the '
            'BBC News website.')
    q, = extract_quotes(text)
    assert (q.text, q.speaker, q.speaker_description) == (
        "Voice-over broadband is a key trend across Europe,", "Eric Abensur", "Wanadoo's chief executive")


def test_a_stray_spaced_mark_with_nothing_open_opens_nothing():
    assert extract_quotes('He said, " We will win, " and left.') == []


def test_a_pronoun_speaker_is_not_someone_the_quotation_names():
    text = ("Paul Sculthorpe said the world would understand. Sean Long, Sculthorpe's team-mate, has expressed doubts "
            "about his future. \"I think Sean's situation is to do with the number of games we're playing,\" he said.")
    assert extract_quotes(text)[-1].speaker == "Paul Sculthorpe"


def test_a_name_with_a_possessive_appositive_opens_a_sentence_as_an_antecedent():
    text = ("Palaniappan Chidambaram, India's finance minister, argued that these organisations must change. He said "
            "the issue is not globalisation but \"the terms of engagement in globalisation\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Palaniappan Chidambaram"] * 2


def test_a_named_body_before_its_appositive_is_what_it_says():
    text = ("The Commission, the EC's executive authority, two weeks ago cut its forecast for economic growth.\n\n"
            "It said economic prospects had been less promising over the past few months.")
    assert extract_quotes(text)[-1].speaker == "The Commission"


@pytest.mark.parametrize("text, speaker", [
    ('A Cyclops spokeswoman said the company had no details of the new proposal and could not comment. "We have '
     'nothing in hand," she said.', "A Cyclops spokeswoman"),
    ("Ireland coach Eddie O'Sullivan says his side should not underestimate the visitors. \"Had they kicked their "
     "points they would have beaten France,\" he said.", "Eddie O'Sullivan"),
    # never across genders, nor to a group
    ('A Cyclops spokeswoman said the company had no details of the new proposal and could not comment. "We have '
     'nothing in hand," he said.', None),
    ('Deputies from three provinces said Zhao was not forceful enough. "This is incompatible with the place of '
     'farming," he said.', None),
])
def test_an_unresolved_he_or_she_is_the_most_recent_compatible_speaker(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, clause", [
    ("WASHINGTON, April 29 - Robert Ortner, under secretary of commerce, said last month's 0.4 pct rise in the "
     "Index was consistent with growth of 3.0 pct this year.",
     "last month's 0.4 pct rise in the Index was consistent with growth of 3.0 pct this year"),
    ("Robert Ortner said Monday's vote was a disgrace.", "Monday's vote was a disgrace"),
])
def test_a_times_possessive_after_the_cue_opens_the_reported_clause(text, clause):
    assert [q.text for q in extract_quotes(text)] == [clause]


def test_a_time_after_the_cue_is_still_no_clause():
    assert extract_quotes("Robert Ortner said last week.") == []


@pytest.mark.parametrize("text, speaker, role", [
    ("Greece aims to reduce foreign borrowing to 1.6 billion dlrs this year, the Governor of the Bank of Greece, "
     "Dimitris Halikias, said.", "Dimitris Halikias", "the Governor of the Bank of Greece"),
    ("A tremor hit northern Chile early today but there were no reports of victims, the National Bureau for "
     "Emergencies, ONEMI, said.", "ONEMI", "the National Bureau for Emergencies"),
])
def test_a_report_before_a_subject_and_its_appositive_between_commas(text, speaker, role):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_description) == (speaker, role)
    assert q.text.endswith(("this year", "victims"))


def test_said_on_a_date_then_a_clause():
    q, = extract_quotes("Lufthansa said on April 1 it will start nonstop service between Washington and Frankfurt.")
    assert (q.speaker, q.text) == ("Lufthansa", "it will start nonstop service between Washington and Frankfurt")


@pytest.mark.parametrize("text, speaker", [
    ("The companies said the merger has been approved by the board. They said the revenues will be over 600 mln "
     "dlrs.", "The companies"),
    ("HOUSTON, June 19 - Coastal Corp's Coastal Limited Ventures Inc subsidiary said its offering of 14,000 units "
     "has been extended to July two.\n\nIt said about eight mln dlrs in units had been sold as of yesterday.",
     "Coastal Corp's Coastal Limited Ventures Inc subsidiary"),
    # "it" is no person, "they" no single one
    ("Jane Smith said the offering has been extended to July two.\n\nIt said about eight mln dlrs in units had "
     "been sold.", None),
    ("Jane Smith said the offering has been extended to July two.\n\nThey said about eight mln dlrs in units had "
     "been sold.", None),
])
def test_an_unresolved_it_or_they_is_the_most_recent_organisation_or_group_that_spoke(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_the_first_subject_after_a_wire_dateline_is_an_antecedent():
    text = ("NEW YORK, Oct 20 - Ford Motor Co Chairman Donald Petersen still expects slightly more than 15 mln cars "
            "will be sold, he told reporters.\n\nThis is down from the 16.1 mln vehicles sold last year, he added.")
    assert [q.speaker for q in extract_quotes(text)] == ["Donald Petersen", "Donald Petersen"]


def test_a_two_word_name_before_a_post_with_of_is_a_person():
    text = ('"A total of 500 mln lira is on sale today," Osman Erk, deputy general-manager of Yapi ve Kredi Bankasi '
            'told Reuters.\n\nHe said the paper has an annual yield.')
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("direct", "Osman Erk"), ("indirect", "Osman Erk")]


@pytest.mark.parametrize("text, speaker", [
    ("Brazilian Finance Minister Dilson Funaro last night said the country would pay its debts.", "Dilson Funaro"),
    ("After a tense meeting, the party leadership late last night said early elections were likely.",
     "the party leadership"),
    ("European Community commissioner Willy de Clercq meanwhile told reporters the EC would not bow to pressure.",
     "Willy de Clercq"),
])
def test_last_night_or_meanwhile_between_subject_and_cue_is_no_part_of_the_subject(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # a bare singular noun after a preposition is that preposition's object, not the subject
    "The survey said more than half of the 767 voters polled by telephone believed she had improved the prospects.",
    "The legal team for two suspects being held without trial told a court the men did not want bail.",
    # "live" is how he tweeted
    "Dan Gross, president of the Brady Campaign, live tweeted as Obama spoke from the White House East Room.",
    # a verb in a list, its object no speaker
    "He also hosts a Sunday talk show, writes a weekly column and, since 2013, leads \"America with Jorge Ramos\" "
    "on Fusion.",
    # a participle after a thing announced describes the clause
    "The government will keep screening people in El Salvador for eligibility to come to the U.S. as refugees, "
    "a plan announced earlier this year.",
    # claiming a nomination is no claim that something is so
    "With his campaign appearing in disarray after his wife, Melania, delivered a speech cribbed in part from one "
    "given by Michelle Obama, Mr. Trump officially claimed the nomination on Tuesday.",
])
def test_no_speaker_from_a_prepositions_object_a_list_or_a_participle(text):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == []


@pytest.mark.parametrize("text, speaker", [
    ("Cash machine networks could soon be more susceptible to computer viruses, a security firm has warned.",
     "a security firm"),
    ("The company will cut 500 jobs in its French plants by next year, a spokesman announced on Tuesday.",
     "a spokesman"),
    ("The vote was rigged from the start, Mr. Trump claimed on Tuesday.", "Trump"),
    ("One e-mail came from someone who claimed that he had lost his parents in the disaster.", "someone"),
    ("The system itself has so far predicted losses for all of 1987 will reach only 1.1 billion dlrs.",
     "The system"),  # (the intensifying "itself" no part of it, 0.6.521)
])
def test_speakers_next_to_those_objects_and_participles_still_speak(text, speaker):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize("text, first, second", [
    ("Many prominent Republicans have said they will not attend the convention and others have said they are "
     "not interested in speaking.", "they will not attend the convention", "they are not interested in speaking"),
    ("Canada Post said it presented its striking letter carriers with a new contract offer but both sides said "
     "there was little indication the offer would end the strike.",
     "it presented its striking letter carriers with a new contract offer",
     "there was little indication the offer would end the strike"),
])
def test_a_second_subjects_report_after_and_ends_the_first(text, first, second):
    assert [q.text for q in extract_quotes(text)] == [first, second]


def test_a_new_clause_after_comma_and_both_ends_the_report():
    q, = extract_quotes("Both Democrats and Republicans have argued that we need to reform the tax system, and "
                        "both sides actually aren't that far apart.")
    assert q.text == "that we need to reform the tax system"


@pytest.mark.parametrize("text, clause", [
    # "and" inside the next subject's name or a pair of subjects: the report runs on
    ("The exchange said it took the steps after the Securities and Investments Board said legal tussles had to end.",
     "it took the steps after the Securities and Investments Board said legal tussles had to end"),
    ("Both Blocher and the SVP have long complained that the political class does not heed the will of the "
     "people and that said will should be the first and last arbiter of legislation.",
     "that the political class does not heed the will of the people and that said will should be the first and "
     "last arbiter of legislation"),
])
def test_and_inside_a_name_or_before_that_said_does_not_end_the_report(text, clause):
    assert clause in [q.text for q in extract_quotes(text)]


@pytest.mark.parametrize("text, speaker", [
    ("\u201cThey have to decide whether to feed themselves,\u201d Fight for $15 organizing director Kendall Fells "
     "told Fox News 6 in Milwaukee.", "Kendall Fells"),
    ("\"From Day One, I made climate change the top priority,\" the bespectacled, 71-year-old diplomat said in a "
     "wide-ranging interview.", "the bespectacled, 71-year-old diplomat"),
    ("\"Governor Hassan, let me help you out - the answer's no,\" the Republican vice-presidential nominee riffed on "
     "Hassan's non-answer.", "the Republican vice-presidential nominee"),
    ("\"The circumstances are changed when you go through a depression,\" From said.", "From"),
])
def test_speakers_after_a_quotation_with_figures_adjectives_or_a_preposition_for_a_name(text, speaker):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker) == ("direct", speaker)


def test_a_time_before_a_comma_is_no_adjective_of_the_speaker():
    text = ("Since 1974, it added, more than 30 cement plants have closed. \"In our opinion, the capacity is less "
            "than 80 mln tons\" a year, it added.")
    assert all(q.speaker != "a year, it" for q in extract_quotes(text))


def test_an_unclosed_second_part_after_its_attribution_runs_to_the_paragraph_end():
    text = ("\u201cDonald Trump is a presidential candidate unlike any we\u2019ve ever seen,\u201d said Baron. "
            "\u201cHis candidacy has defied all conventions. His life deserves to be explored in depth.\n\n"
            "He continued, \u201cThat\u2019s what we intend to do.\u201d")
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got == [("Donald Trump is a presidential candidate unlike any we\u2019ve ever seen,", "Baron"),
                   ("His candidacy has defied all conventions. His life deserves to be explored in depth.", "Baron"),
                   ("That\u2019s what we intend to do.", "Baron")]


@pytest.mark.parametrize("text", [
    # its own attribution inside: the closer was lost before ", he said"
    "\"In the first six months we have had black numbers,\" Herke said. \"As far as we can see, we will conclude "
    "the year with a profit, he said.",
    # another mark after it: not one quotation to the paragraph's end
    "\"He should stay for the same time,\" O'Leary said on Thursday. \"Someone has to put Villa back where they "
    "belong.\"Earlier in December, there were rumours O'Leary would quit.",
])
def test_an_unclosed_mark_after_an_attribution_is_not_stretched_over_an_attribution_or_another_mark(text):
    assert all("said" not in q.text and "rumours" not in q.text for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker", [
    ("Clinton spoke down the street from the Trump Taj Mahal, where about 50 protesters had gathered on Wednesday "
     "morning, chanting \"no contract, no peace\" after the union failed to reach a contract.", "about 50 protesters"),
    ("The senator was rallying for an academic named Eric Kingson, who is running for Congress and who worked the "
     "crowd, praising \"Bernie's genuineness and indisputable integrity\" as he promised to defend Social Security.",
     "Eric Kingson"),
])
def test_a_participle_after_a_relative_or_where_clause_is_that_clauses_subjects(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_an_amount_opening_a_where_clause_is_no_speaker():
    q, = extract_quotes("The union met at the exchange, where 50 shares had changed hands by noon, chanting "
                        "\"no contract, no peace\" after talks failed.")
    assert q.speaker != "50 shares"


def test_a_participle_naming_its_object_after_a_comma_is_the_subjects_speech():
    qs = extract_quotes("In December, the prince called for Trump to drop out of the race, calling him \"a disgrace "
                        "not only to the GOP but to all America.\"")
    assert [(q.kind, q.speaker, q.cue) for q in qs if q.kind != "indirect"] == [("mixed", "the prince", "calling")]
    # (and what he called for is his report too)
    assert [(q.speaker, q.text) for q in qs if q.kind == "indirect"] == [("the prince", "Trump to drop out of the race")]


@pytest.mark.parametrize("text", [
    "He joined a movement calling itself \"The Resistance\" in 2017.",
    "Investigators traced the emails to a technique called \"spear phishing\" by experts.",
])
def test_a_naming_participle_without_a_comma_or_object_names_a_thing(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("headline, speaker, clause", [
    ("Former Clinton Pollster Says Clinton Is In Trouble In California Primaries.", "Former Clinton Pollster",
     "Clinton Is In Trouble In California Primaries"),
    ("Trump\u2019s Son Says The Battle Against Hillary Will Be Unprecedented.", "Trump\u2019s Son",
     "The Battle Against Hillary Will Be Unprecedented"),
    ("Newspaper Says Clinton Needs To Quit Political Calculations.", "Newspaper",
     "Clinton Needs To Quit Political Calculations"),
])
def test_a_title_case_headline_role_or_body_says_what_follows(headline, speaker, clause):
    text = headline + "\n\nThe race tightened on Tuesday as both campaigns went west."
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.text) == ("indirect", speaker, clause)


@pytest.mark.parametrize("headline", [
    "Nobody Says Goodbye Anymore In The Age Of Texting.",
    "Weather Says Little About The Harvest This Year.",
])
def test_a_title_case_headline_whose_subject_is_no_role_or_body_reports_nothing(headline):
    assert extract_quotes(headline + "\n\nThe race tightened on Tuesday as both campaigns went west.") == []


@pytest.mark.parametrize("text, speaker", [
    ("People familiar with the matter say that the governor has revealed almost nothing.",
     "People familiar with the matter"),
    ("Officials briefed on the talks said the governor has revealed almost nothing.", "Officials briefed on the talks"),
    ("Kenya has signed an agreement to establish a shipping line, sources close to the deal said.",
     "sources close to the deal"),
    ("U.S. officials familiar with the probe said the governor has revealed almost nothing.",
     "U.S. officials familiar with the probe"),
])
def test_people_and_how_they_know_are_one_anonymous_source(text, speaker):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker) == ("indirect", speaker)


def test_a_thing_familiar_or_close_to_something_does_not_say():
    assert extract_quotes("The rules for the matter say nothing about it.") == []
    assert extract_quotes("Paintings close to the entrance say more about the owner than the rest.") == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("Both parents stiffened their denunciation of Mr. Trump, saying that he lacked the moral character to be "
     "president.", "Both parents", "that he lacked the moral character to be president"),
    ("He says tonight he's a step closer to being the next president.", None,
     "he's a step closer to being the next president"),
])
def test_a_quantified_subject_and_a_time_word_after_the_cue(text, speaker, clause):
    q, = extract_quotes(text)
    assert (q.speaker, q.text) == (speaker, clause)


def test_a_quantified_thing_before_a_participle_is_no_speaker():
    assert extract_quotes("Temperatures average one to four degrees above normal throughout all grain areas, "
                          "stressing corn in areas receiving the lightest rainfall.") == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("Rubio basically ducked, pointing to his record in the Florida Legislature and saying that productive "
     "senators are overrated.", "Rubio", "that productive senators are overrated"),
    ("Many voters shrugged off the decision, with three in 10 saying a running mate would have no effect on their "
     "vote.", "three in 10", "a running mate would have no effect on their vote"),
    ("The cost still needs to be factored in, with analysts saying the deficit could end up a further $100bn in the "
     "red.", "analysts", "the deficit could end up a further $100bn in the red"),
    ("The news comes despite Mr Flight's allies saying they had enough support to hold a meeting.",
     "Mr Flight's allies", "they had enough support to hold a meeting"),
    ("The ruling set off a wave of alarm among legal experts, who worry that the candidate signals a disregard for "
     "judicial independence.", "legal experts", "that the candidate signals a disregard for judicial independence"),
])
def test_participles_of_people_a_share_or_a_chain_report(text, speaker, clause):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.text) == ("indirect", speaker, clause)


@pytest.mark.parametrize("text", [
    "Comments Trump made in 2006 saying he would win are back.",
    "The company issued a statement on Monday and a press release saying nothing new.",
])
def test_a_participle_after_a_thing_or_without_a_clause_reports_nothing(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("The candidate claims his net worth is in excess of $10 billion.", "The candidate",
     "his net worth is in excess of $10 billion"),
    ("The Air Force veteran also believes that Cruz passes the commander-in-chief test.", "The Air Force veteran",
     "that Cruz passes the commander-in-chief test"),
    ("The Pantherella board estimates the company will show a 1986 pretax profit of about 690,000 stg.",
     "The Pantherella board", "the company will show a 1986 pretax profit of about 690,000 stg"),
    ("She met with immigration attorneys; one suggested she marry an American to help solve the problem.", "one",
     "she marry an American to help solve the problem"),
    ("Gordon Humphrey doesn't believe the effort requires a settled alternative.",
     "Gordon Humphrey", "the effort requires a settled alternative"),
])
def test_a_noun_or_one_as_subject_and_a_negated_belief_report(text, speaker, clause):
    assert (speaker, clause) in [(q.speaker, q.text) for q in extract_quotes(text)]


def test_one_says_while_another_says_gives_two_reports():
    got = [(q.speaker, q.text) for q in extract_quotes(
        "One says China has the most billionaires, while another says the United States has twice as many.")]
    assert got == [("One", "China has the most billionaires"), ("another", "the United States has twice as many")]


def test_a_parenthetical_they_believe_attributes_the_rest():
    q = extract_quotes("Such efforts, they believe, will render his long-term play for New York and California moot.")[-1]
    assert (q.cue, q.text) == ("believe", "will render his long-term play for New York and California moot")


@pytest.mark.parametrize("text", [
    "The company declined to comment on press reports that Moulinex recorded a loss.",
    "He dismissed news reports that Germany would increase a proposed tax cut.",
    "He didn't mention his own potential impact on her prospects, and there were none of the hecklers.",
    "The firm sold one said product to the army.",
])
def test_press_reports_a_thing_not_mentioned_and_said_as_an_adjective_report_nothing(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("As The Atlantic recently noted, trust in government is collapsing around the world.", "The Atlantic",
     "trust in government is collapsing around the world"),
    ("As Liberal Democrat leader Charles Kennedy claimed, for most families the distinction is meaningless.",
     "Charles Kennedy", "for most families the distinction is meaningless"),
])
def test_a_source_in_a_fronted_as_clause_reports_what_follows_its_comma(text, speaker, clause):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.text) == ("indirect", speaker, clause)


@pytest.mark.parametrize("text", [
    "As expected, the company reported a loss for the quarter.",
    "As the crowd chanted, the candidate waved from the stage.",
    "As her campaign sent out pitches highlighting Mr. Sanders's remarks, Mrs. Clinton made light of the dispute.",
])
def test_a_fronted_as_clause_without_a_source_reports_nothing(text):
    assert [q for q in extract_quotes(text) if q.cue_start is not None and q.cue_start < text.index(",")] == []


@pytest.mark.parametrize("text, clause", [
    ("He did tell CNN that during his conversations with Fox officials he received an apology.",
     "that during his conversations with Fox officials he received an apology"),
    ("On Sunday, she disclosed for the first time that after the rape, Bill Clinton called her to get together again.",
     "that after the rape, Bill Clinton called her to get together again"),
    ("Some activists even insist that Sanders may yet win California.", "that Sanders may yet win California"),
    ("HRE Properties said its board cut the quarterly dividend to 45 cts per share from 57 cts.",
     "its board cut the quarterly dividend to 45 cts per share from 57 cts"),
    ("Citizens said its secondary reserve balance as of December 31, 1986 was 694,000 dlrs.",
     "its secondary reserve balance as of December 31, 1986 was 694,000 dlrs"),
    ("The company said the purchases increase its industrial inventory by about 252,000 square feet.",
     "the purchases increase its industrial inventory by about 252,000 square feet"),
])
def test_clauses_after_auxiliaries_adverbs_dates_and_bare_verbs(text, clause):
    assert clause in [q.text for q in extract_quotes(text)]


def test_a_negated_cue_with_a_possessive_object_reports_nothing():
    got = [(q.cue, q.text) for q in extract_quotes(
        "BuzzFeed, which does not disclose its finances, denied the report, saying this year will meet expectations.")]
    assert got == [("saying", "this year will meet expectations")]


@pytest.mark.parametrize("text, speaker, clause", [
    ("Trump was quick to add that the negotiation does not include nixing the idea altogether.", "Trump",
     "that the negotiation does not include nixing the idea altogether"),
    ("The Bank of England kept rates on hold, leading some commentators to argue that rates may have peaked.",
     "some commentators", "that rates may have peaked"),
    ("Democratic presidential candidate Bernie Sanders promised Monday to begin taking executive action on "
     "immigration.", "Bernie Sanders", "to begin taking executive action on immigration"),
    ("His cost estimates have varied, but he has said from the start that he will ensure that Mexico pays for the "
     "wall.", None, "that he will ensure that Mexico pays for the wall"),
])
def test_an_infinitive_cue_with_that_a_time_before_to_and_from_the_start(text, speaker, clause):
    assert (speaker, clause) in [(q.speaker, q.text) for q in extract_quotes(text)]


@pytest.mark.parametrize("text", [
    "It is difficult to believe that while efforts are made to solve the problem, nothing changes.",
    "The plan is to announce that the company will close.",
    "He wants to say that he is sorry.",
    "The reorganization has caused some bad feelings and charges that promotions have been based on personality.",
])
def test_no_one_reports_through_a_dummy_a_plan_a_wish_or_a_noun_after_and(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_restrictive_relatives_cue_is_not_the_clause_subjects_before_a_participle():
    text = ("Trump was similarly defensive when forced to defend not paying an architect who said he was stiffed "
            "after he designed a clubhouse, saying, \u201cMaybe he didn\u2019t do a good job.\u201d")
    q = [q for q in extract_quotes(text) if q.kind == "direct"][0]
    assert (q.speaker, q.cue) == ("Trump", "saying")


def test_a_non_restrictive_relatives_own_chain_keeps_its_antecedent():
    q, = extract_quotes("Tom told Annette Guessford, who answered her door on Sunday and said she planned to caucus "
                        "for Clinton.")
    assert q.speaker == "Annette Guessford"


@pytest.mark.parametrize("text, speaker, clause", [
    ("Argentina is aiming at four pct growth in 1987 and has said this target is not negotiable.", "Argentina",
     "this target is not negotiable"),
    ("Privately, some Democratic officials think Wasserman Schultz is at risk of losing her primary.",
     "some Democratic officials", "Wasserman Schultz is at risk of losing her primary"),
    ("A YouGov poll of American voters has, however, revealed that the President does not speak for them.",
     "A YouGov poll of American voters", "that the President does not speak for them"),
    ("Marco Rubio did it sideways, acknowledging that Trump had tapped into a vein but warning that his style would "
     "have repercussions.", "Marco Rubio", "that his style would have repercussions"),
    ("House Democrats, looking for a way to shake up the debate, seized the floor on Wednesday and said they would "
     "refuse to leave.", "House Democrats", "they would refuse to leave"),
])
def test_chained_verbs_asides_and_names_after_think(text, speaker, clause):
    assert (speaker, clause) in [(q.speaker, q.text) for q in extract_quotes(text)]


@pytest.mark.parametrize("text, speaker, clause", [
    ("But President Lula became a defender of the reforms, arguing that the country's lending margins were high.",
     "Lula", "that the country's lending margins were high"),
    ("But the U.S. Court of Appeals for the 6th Circuit overruled and said Ohio already provided more early voting.",
     "U.S. Court of Appeals", "Ohio already provided more early voting"),  # (its name with "of" since 0.6.437)
])
def test_a_link_word_opening_the_sentence_is_no_part_of_the_chain_subject(text, speaker, clause):
    assert (speaker, clause) in [(q.speaker, q.text) for q in extract_quotes(text)]


def test_a_fronted_clause_after_a_link_word_is_still_skipped_for_the_subject():
    text = ("And although he thanked the evangelical community for supporting him, Donald Trump sounded a rare note of "
            "self-deprecation, saying, \"I'm not sure I really deserve it.\"")
    q, = extract_quotes(text)
    assert (q.kind, q.speaker) == ("direct", "Donald Trump")


def test_a_participle_right_after_a_quotation_that_ends_in_its_own_comma_is_after_a_break():
    text = ("''I wish him well,'' Mr. Trump told the MSNBC hosts of ''Morning Joe,'' adding that his son Eric is "
            "friendly with one of Mr. Bush's sons.")
    assert ("Trump", "adding", "that his son Eric is friendly with one of Mr. Bush's sons") in [
        (q.speaker, q.cue, q.text) for q in extract_quotes(text)]


@pytest.mark.parametrize("text, speaker, clause", [
    ("Even after the complaint was filed, Lewandowski continued to say he had never touched Fields.", "Lewandowski",
     "he had never touched Fields"),
    ("\"I will get used to it,\" Trump added, while also saying that he expects to do well with female voters.",
     "Trump", "that he expects to do well with female voters"),
])
def test_continued_to_say_and_while_saying_report(text, speaker, clause):
    assert (speaker, clause) in [(q.speaker, q.text) for q in extract_quotes(text)]


def test_a_wish_after_want_to_reports_nothing():
    assert extract_quotes("He wants to say he is sorry.") == []


def test_an_object_verb_after_continue_to_is_no_cue_of_its_own():
    q, = extract_quotes("Affandi said the government would continue to maintain production targets for "
                        "\"strategic commodities\" such as rice and sugar.")
    assert (q.kind, q.cue) == ("mixed", "said")


@pytest.mark.parametrize("text, speaker, clause", [
    ("In one ad, a narrator reminds viewers that Sanders marched on Washington in 1963.", "a narrator",
     "that Sanders marched on Washington in 1963"),
    ("Reagan warned Congress that such action would undercut his ability to negotiate.", "Reagan",
     "that such action would undercut his ability to negotiate"),
    ("Donald Trump joked about stereotypes and told his audience they wouldn't back him.", "Donald Trump",
     "they wouldn't back him"),
    ("More than half of the respondents said   the nation needs more than two parties.", None,
     "the nation needs more than two parties"),
])
def test_a_recipient_before_that_and_spaces_after_the_cue(text, speaker, clause):
    got = [(q.speaker, q.text) for q in extract_quotes(text)]
    assert clause in [c for _, c in got] and (speaker is None or (speaker, clause) in got)


@pytest.mark.parametrize("text", [
    "China warned North Korea to refrain from further actions that would worsen the situation.",
    "Security firms are warning about several mobile phone viruses that can spread much faster than similar bugs.",
])
def test_a_relative_that_after_an_infinitive_or_a_preposition_is_no_recipients_clause(text):
    assert all(not q.text.startswith("that") for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker, clause", [
    ("Chris Covert, South Carolina director for Sanders, said the campaign has just opened its 11th field office.",
     "Chris Covert", "the campaign has just opened its 11th field office"),
    ("Ross Walker, UK economist at Royal Bank of Scotland, said he was surprised by the vote.", "Ross Walker",
     "he was surprised by the vote"),
    ("Mrs. Clinton's campaign has said for months that it sees no reason to break with Mr. Obama.",
     "Mrs. Clinton's campaign", "that it sees no reason to break with Mr. Obama"),
])
def test_a_post_for_or_at_a_body_is_an_appositive_and_for_months_precedes_that(text, speaker, clause):
    assert (speaker, clause) in [(q.speaker, q.text) for q in extract_quotes(text)]


@pytest.mark.parametrize("text, speaker, clause", [
    ("North Carolina RNC member Ada Fisher believes Donald Trump will do well with minority voters.", "Ada Fisher",
     "Donald Trump will do well with minority voters"),
    ("But former Arsenal keeper David Seaman believes Lehmann has been harshly treated.", "David Seaman",
     "Lehmann has been harshly treated"),
])
def test_an_opinion_verb_in_s_before_a_named_subject_and_its_verb_reports(text, speaker, clause):
    assert (speaker, clause) in [(q.speaker, q.text) for q in extract_quotes(text)]


def test_an_opinion_noun_in_s_before_a_name_is_no_report():
    assert extract_quotes("His fears Trump Tower would fall proved wrong.") == []


@pytest.mark.parametrize("text, mention", [
    ('Last month, when I asked Bernie Sanders about it, he looked straight into my camera and said, '
     '"I\'m gonna endorse YOU!"', "he"),
    ('In March, after the vote failed, she stood up and said, "We will try again."', "she"),
])
def test_a_fronted_clause_after_a_fronted_time_is_no_part_of_the_chain_subject(text, mention):
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker_mention for q in direct] == [mention]


@pytest.mark.parametrize("text, speaker, clause", [
    ("When an NBC reporter later asked Trump if having Muslims register in a database would be any different, "
     "Trump deflected.", "an NBC reporter", "if having Muslims register in a database would be any different"),
    ("But when Mr. Hurt asked Norton to republish the book this year, it declined.", "Hurt",
     "to republish the book this year"),
    # not fronted: the question runs on past an aside's commas
    ("Trump asked whether Clinton, who voted for the war, should be trusted.", "Trump",
     "whether Clinton, who voted for the war, should be trusted"),
])
def test_a_question_asked_in_a_fronted_clause_ends_with_that_clause(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"] == [(speaker, clause)]


@pytest.mark.parametrize("text, mention, clause", [
    # the poll or study word is the head; what follows it up to the verb modifies it
    ("A national poll released Sunday by The Washington Post and ABC News shows the New York billionaire "
     "maintaining his lead.", "A national poll released Sunday by The Washington Post and ABC News",
     "the New York billionaire maintaining his lead"),
    ("Exit polls from the New Hampshire primary, which Mr. Trump won decisively, showed that 65 percent of "
     "Republicans supported his call for a ban.", "Exit polls from the New Hampshire primary, which Mr. Trump won "
     "decisively", "that 65 percent of Republicans supported his call for a ban"),
    # the finding before its source
    ("Mrs. Clinton has support from 52 percent of Democratic primary voters, the poll found.", "the poll",
     "Mrs. Clinton has support from 52 percent of Democratic primary voters"),
    # a fronted clause holding the finding ends at its comma
    ("While a Marquette Law School poll released last week showed Clinton poised to carry the state, the race was "
     "close among less-educated voters.", "a Marquette Law School poll",  # (0.6.366: no "released last week")
     "Clinton poised to carry the state"),
    ("Recent polling shows that Bill Clinton is popular among African-Americans.", "Recent polling",
     "that Bill Clinton is popular among African-Americans"),
    # the poll word after another noun with its own modifier ("University of ..."), and a time
    # as the modifier; a dash and "but" end the finding
    ("A University of New Hampshire poll out this week shows Clinton with an 8-point lead over Trump in a "
     "hypothetical matchup \u2014 but there are some warning signs for Clinton.",
     "A University of New Hampshire poll out this week",
     "Clinton with an 8-point lead over Trump in a hypothetical matchup"),
    ("A CNN poll Tuesday showed Clinton with a big lead over Trump in the state.", "A CNN poll",
     "Clinton with a big lead over Trump in the state"),
])
def test_a_poll_with_its_modifiers_or_after_its_finding_reports_it(text, mention, clause):
    assert [(q.speaker_mention, q.text) for q in extract_quotes(text)] == [(mention, clause)]


@pytest.mark.parametrize("text", [
    "Large numbers of voters found the debate dull and long.",  # the voters, not numbers
    "The head of the polling firm showed reporters around the new office.",  # a person, no study
    "He said that a poll released Sunday by the party shows the race tightening.",  # inside his report
    "A member of the panel out this week found the door locked.",  # a member, no poll after it
])
def test_no_finding_of_its_own_from_people_or_inside_another_report(text):
    assert all(not (q.speaker_mention or "").lower().endswith(("numbers of voters", "firm", "the party", "this week"))
               for q in extract_quotes(text))
    assert all(q.speaker_mention != "a poll released Sunday by the party" for q in extract_quotes(text))


@pytest.mark.parametrize("middle, figures", [
    ("Exports rose 3 pct in January, official figures show.", "official figures"),
    ("Official figures show that exports rose 3 pct in January.", "Official figures"),
])
def test_an_official_is_not_official_figures(middle, figures):
    qs = extract_quotes(f"Trade fell 5 pct in January, a government official said.\n\n{middle}\n\n"
                        "Imports will recover in the spring, the official added.")
    assert [q.speaker for q in qs] == ["a government official", figures, "a government official"]


def test_a_surname_alone_signs_a_fact_checked_quotation_for_someone_named_before():
    text = ('Bernie Sanders and Hillary Clinton debated on Thursday.\n\n'
            '"Boeing and GE and other multinationals . . . pay zero taxes."\n\n- Sanders.\n\n'
            'This is a complex issue.')
    assert [(q.kind, q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [
        ("direct", "Bernie Sanders", "Sanders")]


@pytest.mark.parametrize("sign", ["- Reuters", "- Clinton."])  # no one of that name before
def test_a_single_word_signature_names_no_one_new(sign):
    text = f'Bernie Sanders debated on Thursday.\n\n"We will win this race."\n\n{sign}\n\nThe vote is Tuesday.'
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] in ([], [None])


def test_a_headline_report_with_quoted_words_is_mixed():
    text = ("Graham: Trump\u2019s \u2018Incredibly Hateful Rhetoric\u2019 Destroying GOP\u2019s Chance to Win.\n\n"
            "Thursday at the Republican Jewish Coalition conference, Sen. Lindsey Graham spoke about Donald Trump.")
    [q] = [q for q in extract_quotes(text) if q.paragraph == 0]
    assert (q.kind, q.speaker, q.text) == (
        "mixed", "Lindsey Graham", "Trump\u2019s \u2018Incredibly Hateful Rhetoric\u2019 Destroying GOP\u2019s Chance to Win")
    assert [text[s:e] for s, e in q.fragments] == ["Incredibly Hateful Rhetoric"]


def test_a_headline_report_counts_its_quoted_words_among_its_words():
    # three words outside the marks: short, but the quoted words make it a report of five and more
    text = ("Sanders: Endorsements prove Clinton 'candidate of the establishment.'\n\n"
            "Hillary Clinton has 31 endorsements in the Senate. Bernie Sanders said that speaks volumes.")
    [q] = [q for q in extract_quotes(text) if q.paragraph == 0]
    assert (q.kind, q.speaker) == ("mixed", "Bernie Sanders")
    assert q.text.startswith("Endorsements prove Clinton 'candidate")
    # ... and a label alone is still no report: "Sanders: 'Yes.'"
    assert [q for q in extract_quotes("Sanders: Yes, absolutely.\n\nBernie Sanders spoke.") if q.paragraph == 0] == []


@pytest.mark.parametrize("headline, speaker", [
    ("Poll: Clinton and Trump in dead heat heading into first debate.", "Poll"),
    ("IG report: State was inaccurate on Clinton email questions.", "IG report"),
    ("Economists: Trump tariffs would hurt growth in the coming year.", "Economists"),
])
def test_a_headline_label_that_is_a_poll_or_report_attributes_the_line(headline, speaker):
    [q] = extract_quotes(headline + "\n\nThe race is close.")
    assert (q.kind, q.speaker, q.cue) == ("indirect", speaker, ":")


@pytest.mark.parametrize("headline", [
    "Breaking: Clinton and Trump in dead heat heading into first debate.",
    "Bombshell: State was inaccurate on Clinton email questions for years.",
    "Poll workers: we need more of them at the booths this year.",
    "Photos: Trump rallies in five states across the country this week.",
])
def test_a_headline_label_that_is_no_source_attributes_nothing(headline):
    assert extract_quotes(headline + "\n\nThe race is close.") == []


def test_a_headline_label_no_one_in_the_article_bears_reports_nothing_even_with_quoted_words():
    text = ("Grandkids: Trump\u2019s \u2018Incredibly Hateful Rhetoric\u2019 Is Destroying the Chance to Win.\n\n"
            "Thursday at the conference, Sen. Lindsey Graham spoke about Donald Trump.")
    assert [q for q in extract_quotes(text) if q.paragraph == 0 and q.kind != "direct"] == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("Alastair Osman called him a kind, loving and admirable person.", "Alastair Osman",
     "him a kind, loving and admirable person"),
    ("Sanders calls himself a democratic socialist.", "Sanders", "himself a democratic socialist"),
    ("Critics call it the enforcement of political correctness, raising the question of what constitutes hate speech.",
     "Critics", "it the enforcement of political correctness"),
    ("USAir rejected the offer yesterday, calling it a last-minute attempt to interfere with its takeover.", "USAir",
     "it a last-minute attempt to interfere with its takeover"),
])
def test_calling_someone_something_is_reported(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text", [
    "He called him a day later to apologize.",  # a call made
    "The senator called it a night after the vote.",  # an idiom
    "Mrs. Clinton called Mr. Trump a week ago.",
    "The song is called Gonna Have a No 1 This Christmas.",  # a name given, passive
    "President Reagan vetoed a mass transit bill calling it a budget buster.",  # a bill says nothing
])
def test_calls_and_names_given_are_no_reports(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("Sanders accused Clinton of dragging her feet in opposing the Keystone pipeline.", "Sanders",
     "Clinton of dragging her feet in opposing the Keystone pipeline"),
    ("Republicans quickly accused the president of politicizing the Orlando tragedy.", "Republicans",
     "the president of politicizing the Orlando tragedy"),
    ("Lawmakers accused each other of playing politics while doctors warned of an outbreak.", "Lawmakers",
     "each other of playing politics"),
])
def test_accusing_someone_of_something_is_reported(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text", [
    "He was accused of fraud by two former partners.",  # passive: who accused is elsewhere
    "The women who have accused the former president of sexual assault spoke on Monday.",  # who they are
])
def test_an_accusation_in_the_passive_or_a_restrictive_relative_is_no_report(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("The newspaper urged Clinton to make a decision on a basis other than its impact.", "The newspaper",
     "Clinton to make a decision on a basis other than its impact"),
    ("Police urged people not to spread rumors or broadcast shocking videos of the scene.", "Police",
     "people not to spread rumors or broadcast shocking videos of the scene"),
    ("In a tweet, the city of Nice urged people to seek shelter that way, and the hashtag was soon trending.",
     "Nice", "people to seek shelter that way"),
])
def test_urging_someone_to_do_something_is_reported(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text, speaker, clause", [
    # the sentence's own attribution holds the object verb's report: one report, the spokesman's
    ("The U.S. group also urged Japan to open its bond markets to foreign firms, a Finance Ministry spokesman said.",
     "a Finance Ministry spokesman", "The U.S. group also urged Japan to open its bond markets to foreign firms"),
    ("Billiton also urged Heidweiler to improve the safety of its employees, the spokesman said.", "the spokesman",
     "Billiton also urged Heidweiler to improve the safety of its employees"),
])
def test_an_object_verbs_report_gives_way_to_the_sentences_attribution(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


def test_an_object_verbs_report_after_the_attribution_is_a_second_report():
    text = "This is the record Mr Blair will have to defend, he said, urging voters to hold him to account."
    assert [(q.speaker_mention, q.text) for q in extract_quotes(text)] == [
        ("he", "This is the record Mr Blair will have to defend"), ("he", "voters to hold him to account")]


def test_urged_in_the_passive_is_no_report():
    assert extract_quotes("He was urged to resign by his colleagues.") == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("Jeb Bush criticized Marco Rubio for opposing legal abortion in cases of rape and incest.", "Jeb Bush",
     "Marco Rubio for opposing legal abortion in cases of rape and incest"),
    ("Obama has described the dinner as Washington celebrating itself.", "Obama",
     "the dinner as Washington celebrating itself"),
    ("Trump called for a ban on Muslims entering the United States following the shooting in California.", "Trump",
     "a ban on Muslims entering the United States"),
    ("She praised Fields for pursuing charges in the case but stopped short of more.", None,
     "Fields for pursuing charges in the case"),
    ("He blamed George W. Bush for the housing bust.", None, "George W. Bush for the housing bust"),
])
def test_describing_criticizing_praising_blaming_and_calling_for_are_reported(text, speaker, clause):
    got = [(q.speaker, q.text) for q in extract_quotes(text)]
    assert [c for _, c in got] == [clause] and (speaker is None or got[0][0] == speaker)


@pytest.mark.parametrize("text", [
    "Republicans renewed Democratic calls for a special prosecutor.",  # a noun, no verb
    "The measure, as called for by the treaty, passed easily.",
    "He was described as a quiet man by his neighbours.",  # passive
])
def test_calls_as_nouns_and_passives_are_no_object_reports(text):
    assert extract_quotes(text) == []


def test_a_speech_that_calls_for_something_is_no_he():
    text = ("Mr Bell's speech called for a much greater effort in all types of schools to teach citizenship. "
            "In a speech to the Hansard Society, he warned that it was failing.")
    assert [(q.speaker_mention, q.speaker) for q in extract_quotes(text)][-1] == ("he", "Bell")  # its owner


def test_a_speech_is_no_he():
    text = ("The speech warned that schools were failing their pupils badly.\n\n"
            "He said that more effort was needed in every school.")
    assert [(q.speaker_mention, q.speaker) for q in extract_quotes(text)] == [
        ("The speech", "The speech"), ("He", None)]


@pytest.mark.parametrize("text, clause", [
    ("At the same time, the tax has not made the U.K. less attractive to financial firms: London was the "
     "financial capital of the world in 2015, according to one global index.",
     "London was the financial capital of the world in 2015"),
    ("He cited his claim that African Americans killed 81 percent of white homicide victims (the actual number is "
     "closer to 15 percent, according to Factcheck.org). He defended it.", "the actual number is closer to 15 percent"),
    # no colon or parenthesis: the whole sentence before the attribution
    ("London was the financial capital of the world in 2015, according to one global index.",
     "London was the financial capital of the world in 2015"),
])
def test_a_report_before_according_to_starts_after_a_colon_or_an_open_parenthesis(text, clause):
    assert [q.text for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize("text, speaker, clause", [
    ("Wilson told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot for Rubio.",
     "Wilson", "that he cast his ballot for Rubio"),
    ("Mr Bakrie told the Bisnis Indonesia newspaper that a $1.7bn aid package made the moratorium unnecessary.",
     "Bakrie", "that a $1.7bn aid package made the moratorium unnecessary"),
    # a recipient the object pattern reads whole keeps its clause
    ("Trump told reporters the plan would be ready by June.", "Trump", "the plan would be ready by June"),
])
def test_a_recipient_that_goes_on_past_the_object_pattern_still_reaches_that(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text", [
    "Democrats \u2014 and some Republicans \u2014 say that the rule will hurt them.",
    "Democrats \u2013 and some Republicans \u2013 say that the rule will hurt them.",
])
def test_a_dashed_aside_before_say_leaves_it_a_verb(text):
    assert [(q.speaker_mention, q.text) for q in extract_quotes(text)] == [("Democrats", "that the rule will hurt them")]


@pytest.mark.parametrize("text, speaker, clause", [
    # a participle has no subject after it, whatever the capitals of its clause
    ("A judge sided with the Democrats, saying the law violated the Constitution.", "A judge",
     "the law violated the Constitution"),
    # "one" and a person noun, its head before the prepositional phrase, opens a chain
    ("One employee at a software firm declined to speak on the record, saying it would be a bad career move.",
     "One employee at a software firm", "it would be a bad career move"),
])
def test_a_participle_report_after_a_capitalised_clause_or_one_person(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


def test_an_inverted_speaker_after_said_still_is_no_clause():
    text = '"We will win," said Dan Gerstein, director of the group.'
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("direct", "Dan Gerstein")]


@pytest.mark.parametrize("text, speaker, clause", [
    ("Washington (AFP) \u2013 Democrat Hillary Clinton has taken a swipe at Donald Trump, saying that the comments "
     "do more harm than good.", "Hillary Clinton", "that the comments do more harm than good"),
    ("CAMBRIDGE, Mass., Dec. 11 (UPI) \u2014 Young democrats are gravitating toward Sen. Bernie Sanders, a new poll "
     "says.", "a new poll", "Young democrats are gravitating toward Sen. Bernie Sanders"),
])
def test_datelines_naming_their_wire_are_no_part_of_subject_or_report(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text, clause", [
    ("Clinton strategists think women are likely to be the key to a general-election victory.",
     "women are likely to be the key to a general-election victory"),
    ("Many analysts think prices will rise again next year.", "prices will rise again next year"),
])
def test_think_before_a_plain_noun_and_an_auxiliary_reports(text, clause):
    assert [q.text for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize("text", [
    "Analysts think about prices will matter.",  # no clause: "about" is no subject
    "Voters think so are the candidates.",
])
def test_think_before_a_preposition_or_so_reports_nothing(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("The self-described democratic socialist has vowed to soldier on and amass as many delegates as possible.",
     "The self-described democratic socialist", "to soldier on and amass as many delegates as possible"),
    ("Prime Minister Yasuhiro Nakasone, who has vowed to push through the tax reforms, told reporters nothing.",
     "Yasuhiro Nakasone", "to push through the tax reforms"),
])
def test_a_promise_of_a_person_described_or_a_non_restrictive_who_is_reported(text, speaker, clause):
    assert (speaker, clause) in [(q.speaker, q.text) for q in extract_quotes(text)]


@pytest.mark.parametrize("text", [
    "Looming baby boomer retirements promise to swell the ranks of the unemployed this year.",
    "Industries that oppose the new rule have vowed to block it during the review.",  # industries, no person
])
def test_things_that_promise_report_nothing(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("Just a few weeks ago, as Western Journalism reported, Thor and Beck were discussing a hypothetical situation.",
     "Western Journalism", "Thor and Beck were discussing a hypothetical situation"),
    ("In the old Soviet Union, as Hedrick Smith reported in his The Russians, the communist big shots had lavish "
     "country houses.", "Hedrick Smith", "the communist big shots had lavish country houses"),
    ("As reported by Western Journalism, investigators found over 2,200 emails containing classified information.",
     "Western Journalism", "investigators found over 2,200 emails containing classified information"),
])
def test_an_as_clause_after_a_fronted_phrase_with_a_place_or_in_the_passive_is_the_source(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text", [
    "As expected, the senator won the vote easily in the end.",
    "As a result bankers agreed to give Argentina the same margin as Mexico, 13/16 pct, on the debt.",
])
def test_as_phrases_without_a_source_report_nothing(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker, clause", [
    ("Trump called on her to resign from her post.", "Trump", "her to resign from her post"),
    ("That pact, agreed last year, calls on Japan to stop selling cut-price chips in world markets.", "pact",
     "Japan to stop selling cut-price chips in world markets"),
    ("Biden, echoing Erdogan, called on Kurds not to cross the Euphrates, and turned a blind eye to the bid.",
     "Biden", "Kurds not to cross the Euphrates"),
])
def test_calling_on_someone_to_do_something_is_reported(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


def test_called_on_a_day_is_no_report():
    assert extract_quotes("He called on Tuesday to complain about the noise.") == []


def test_a_participle_report_after_a_call_on_stands_of_its_own():
    text = ("Leigh-Pemberton also called on companies to improve ties with institutional investors, suggesting "
            "representatives of those institutions be granted seats on boards.")
    assert [q.text for q in extract_quotes(text)] == [
        "companies to improve ties with institutional investors",
        "representatives of those institutions be granted seats on boards"]


@pytest.mark.parametrize("text, clause", [
    ("On Monday, the Lib Dems also called for a delay.", "a delay"),  # two words are a report here
    ("It said this was unacceptable and called for his reinstatement.", "his reinstatement"),
])
def test_a_short_thing_called_for_is_reported(text, clause):
    assert clause in [q.text for q in extract_quotes(text)]


def test_a_community_is_no_he_but_a_spokesman_for_an_industry_is():
    text = ("Advocates in the transgender community called for his dismissal.\n\n"
            "\"Let's make one thing clear right upfront,\" he wrote on his blog.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [None]
    text = ("A spokesman for the British Phonographic Industry said the chart was due within the year.\n\n"
            "\"Work is under way,\" he said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [
        "A spokesman for the British Phonographic Industry"]


def test_put_alone_is_no_report_but_put_it_is():
    text = 'Voters put a priority on choosing a candidate who would "tell it like it is" in the primary.'
    assert [q.cue for q in extract_quotes(text)] == []
    text = 'As one analyst put it, "It is a mess and it will get worse."'
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [("one analyst", "put it")]


@pytest.mark.parametrize("text, clause", [
    ('Ricart told Reuters his first aim is to put the "house in order" by having a new pact.',
     'his first aim is to put the "house in order" by having a new pact'),
    ('Sanders told them Clinton "has a number of super PACs" behind her.',
     'Clinton "has a number of super PACs" behind her'),
    # only a whole recipient is passed over: not 'a Sydney radio' of 'a Sydney radio station'
    ('Hawke told a Sydney radio station the deficit "may turn out at four billion."',
     'a Sydney radio station the deficit "may turn out at four billion."'),
    # an order, not a clause after the recipient: as it was
    ('Lee told them to "work up the corporate ladder" first.', 'them to "work up the corporate ladder" first'),
])
def test_a_mixed_report_after_told_starts_after_its_recipient(text, clause):
    q = q_of(text, '"', kind="mixed")
    assert (q.speaker, text[q.content_start:q.content_end]) == (text.split()[0], clause)


@pytest.mark.parametrize("text, clause", [
    ("According to The Federalist, the men were wearing shirts that read \u201cSettle for Hillary.\u201d "
     "They were noticed.", "the men were wearing shirts that read \u201cSettle for Hillary.\u201d"),
    ('Jones said the so-called "kill lists" were real.', 'the so-called "kill lists" were real'),
    ('Jones said Ismael "El Mayo" Zambada had fled.', 'Ismael "El Mayo" Zambada had fled'),
])
def test_words_only_mentioned_may_stand_in_a_reported_clause(text, clause):
    assert [(q.kind, q.text) for q in extract_quotes(text)] == [("indirect", clause)]


@pytest.mark.parametrize("text", [
    # spoken words in the clause: a mixed quote, not indirect speech
    'Jones said the plan was "dead on arrival" in the Senate.',
    # a quotation passed over for another reason is no mention inside someone's report
    '"We want the Arabs to buy the debt," the official, who asked not to be named, told Reuters.',
])
def test_spoken_words_never_stand_in_an_indirect_clause(text):
    assert all(q.kind != "indirect" or '"' not in q.text for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker, clause", [
    ("Huckabee called for denying entry to travelers from those countries.", "Huckabee",
     "denying entry to travelers from those countries"),
    ("In December, the prince called for Trump to drop out of the race.", "the prince", "Trump to drop out of the race"),
    ("Mr. Clinton had called for stricter control of water consumption.", "Clinton",
     "stricter control of water consumption"),
    ("Sanders has called for $1 trillion in new spending.", "Sanders", "$1 trillion in new spending"),
])
def test_what_is_called_for_may_open_without_a_determiner(text, speaker, clause):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, clause)]


@pytest.mark.parametrize("text", [
    "She called for help when the fire started.",
    "The senator had called for years for a new road.",
    "He was called for questioning on Monday.",
    "He called for comment but got no answer.",
])
def test_a_call_for_help_a_time_or_a_passive_reports_nothing(text):
    assert extract_quotes(text) == []


def test_a_report_asked_about_is_no_report():
    text = ("Mr. Trump has called for eliminating the tax treatment of carried interest. "
            "But has he called for changing any of the provisions that benefit him?\n\n"
            "Did Trump say that Mexico will pay for the wall?")
    assert [q.text for q in extract_quotes(text)] == ["eliminating the tax treatment of carried interest"]


def test_a_question_auxiliary_is_no_part_of_a_name():
    text = "Did Trump say that Mexico will pay for the wall?\n\nHe said he will win."
    assert [q.speaker for q in extract_quotes(text)] == [None]
    text = "Will Rogers said the show was over.\n\nHe said he was tired."
    assert [q.speaker for q in extract_quotes(text)] == ["Will Rogers", "Will Rogers"]


def test_whos_is_a_relative_pronoun_before_a_report():
    text = "It is a campaign issue, with Hillary Clinton \u2014 who\u2019s called for big tax hikes on the rich \u2014 lambasting the plan."
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Hillary Clinton", "big tax hikes on the rich")]


@pytest.mark.parametrize("text", [
    "For instance, domestic considerations call for low ones.",
    "The February 22 Louvre accord called for efforts to stabilize currencies.",
    "The bill called for transit projects totalling 17.8 billion dlrs.",
])
def test_what_a_thing_calls_for_is_no_report(text):
    assert extract_quotes(text) == []


def test_what_people_call_for_is_reported_and_their_words_follow():
    text = ("Ministers called for urgent reforms.\n\n"
            "The Russian turned his ankle and called for treatment immediately.\n\n"
            "Safin said he was trying to keep his temper under control.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Ministers", "urgent reforms"), ("Safin", "he was trying to keep his temper under control")]


@pytest.mark.parametrize("text, speaker, clause", [
    ("Prosecutors said a stern sentence could deter others. They cited the case of Guccifer 2.0 as a warning.",
     "Prosecutors", "the case of Guccifer 2.0 as a warning"),
    ("Salix Pharmaceuticals terminated a reverse merger, citing changes in the political environment.",
     "Salix Pharmaceuticals", "changes in the political environment"),
    ("Judge Cacheris cited problems in the Middle East, China and elsewhere, which he blamed on the policies.",
     "Cacheris", "problems in the Middle East, China and elsewhere"),
    ("The agency cited Ecolab's agreement to acquire ChemLawn for 370 mln dlrs.", "The agency",
     "Ecolab's agreement to acquire ChemLawn for 370 mln dlrs"),
])
def test_what_someone_cites_is_reported(text, speaker, clause):
    assert (speaker, clause) in [(q.speaker, q.text) for q in extract_quotes(text) if q.cue.startswith("cit")]


@pytest.mark.parametrize("text", [
    "The phrase Grassley cited on Wednesday has appeared in speeches.",
    "The study, as cited by the paper, was old.",
    "The four loopholes he cited are real estate losses and depreciation.",
    "The first-quarter loss cited a sharp deterioration in asset quality.",
])
def test_a_citation_with_no_object_or_no_person_citing_is_no_report(text):
    assert [q for q in extract_quotes(text) if q.cue and q.cue.startswith("cit")] == []


def test_what_is_cited_ends_before_the_verb_of_an_aside_and_a_document_citing_yields():
    text = "The Journal, citing internal documents, reported that the campaign is spending more than it takes in."
    assert [(q.cue, q.text) for q in extract_quotes(text)] == [
        ("citing", "internal documents"), ("reported", "that the campaign is spending more than it takes in")]
    text = "The letter cited an April summit where Thomas Frieden said caring for a child can cost at least $10 million."
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Thomas Frieden", "caring for a child can cost at least $10 million")]


@pytest.mark.parametrize("text, speaker", [
    ("Even India has more cultural resonance through Bollywood films, says political scientist Dossym Satpayev "
     "in Almaty.", "Dossym Satpayev"),
    ("The plan will fail within a year, said John Smith in Washington, who opposed it.", "John Smith"),
])
def test_an_inverted_speaker_may_be_placed_after_the_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_quotation_glued_to_the_full_stop_before_it_opens_a_sentence():
    text = '"These are all lies," said one shop owner who declined to be named."We got deceived into coming here."'
    qs = extract_quotes(text)
    assert [(q.kind, q.text, q.speaker) for q in qs] == [
        ("direct", "These are all lies,", "one shop owner who declined to be named"),
        ("direct", "We got deceived into coming here.", "one shop owner who declined to be named"),
    ]


def test_a_bodys_name_with_a_plural_possessive_is_not_cut_at_a_given_name():
    from quotebank.extract.speakers import _from_given_name

    assert _from_given_name("Lawyers' Christian Fellowship") == "Lawyers' Christian Fellowship"
    assert _from_given_name("Ladbrokes' Warren Lush") == "Warren Lush"


@pytest.mark.parametrize("text, speaker", [
    # a possessive's kin or role opens the clause whose participle reports
    ("When his family moved back to rural Tennessee, his mother refused to teach him Japanese, insisting that "
     "her son was 100 percent American.", "his mother"),
    ("Her husband stayed home, saying the trip was too long.", "Her husband"),
])
def test_a_participles_subject_may_be_a_possessives_kin(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_he_is_not_a_person_described_as_a_wife():
    text = ('Donald Trump spoke in Detroit. Trump took the stage with a tight smile and a wave. His wife had '
            'warned him not to get too nasty in his attacks, to act "presidential," but Trump said he responded: '
            '"When you have incoming, you can\'t be too presidential."')
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("mixed", "His wife"), ("direct", "Donald Trump")]


@pytest.mark.parametrize("text, speaker", [
    # a cue word after a determiner and an adjective is a noun, the head of the speaking phrase
    ("Hackers compromised 12 workstations and 10 servers, the congressional report said.", "the congressional report"),
    ("Sales of the grain rose 12 pct in the year to June, a government report said.", "a government report"),
    # and a surname before the cue still speaks ("the company reports" needs the determiner)
    ("Sales of the grain rose 12 pct in the year to June, John Report said.", "John Report"),
])
def test_a_cue_word_after_an_adjective_heads_the_speaker(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # "the company" in a wire story whose first speaker is named without a legal form: that company
    ("LOS ANGELES, March 9 - Flying Tigers said it has expanded its air cargo routes to Asia.\n\n"
     "The company also said it is launching a jetfreighter service to Milan, Italy.",
     ["Flying Tigers", "Flying Tigers"]),
    ("HUNTINGTON BEACH, Calif., Oct 20 - McDonnell Douglas said it signed an agreement with a Chinese firm.\n\n"
     "The company said the pact will serve as the basis for all future projects.",
     ["McDonnell Douglas", "McDonnell Douglas"]),
    # never a person who leads the story
    ("WASHINGTON, March 2 - Treasury Secretary James Baker said the dollar would fall further.\n\n"
     "The company said it would not cut its prices this year.", ["James Baker", "The company"]),
    ("NEW YORK, April 2 - Investor Paul Bilzerian said he would raise his stake in the retailer.\n\n"
     "The company said it would study the offer. Bilzerian said he had no plans for a bid.",
     ["Paul Bilzerian", "The company", "Paul Bilzerian"]),
])
def test_the_company_of_a_wire_story_is_its_first_speaker(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # "the minister" is the portfolio's holder named before; never the prime minister
    ('Justice Minister Cathy Jamieson has decided to drop the plans. She will announce the move on Monday. '
     'The minister said: "Better joint working will help prisons and councils."', "Cathy Jamieson"),
    ("Prime Minister Tony Blair spoke in London. The minister said the plan would go ahead in May.", "The minister"),
])
def test_the_minister_is_the_portfolios_holder(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speakers", [
    # two people named in full and joined by "and" speak together, with any description before them
    ('"Tritium would enable new designs," nuclear experts David Albright and Serena Kelleher-Vergantini wrote '
     'in September. "Whether North Korea can make such weapons is unknown."',
     ["nuclear experts David Albright and Serena Kelleher-Vergantini"] * 2),
    ("Two objectors, Lawrence Joyce and William Graham, had challenged the bid with the board, contending that "
     "his name should not appear on the ballot.", ["Lawrence Joyce and William Graham"]),
    # not two surnames, not two bodies, not a person and a firm
    ("Clinton and Sanders said the debate had been fair and open.", ["Sanders"]),
    ("Texas Air Corp and Eastern Airlines said the merger had closed on time.", ["Eastern Airlines"]),
    ("Virginia Federal and Montrose Capital said the merger had closed on time.", ["Montrose Capital"]),
])
def test_two_people_named_together_speak_together(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


def test_a_he_is_not_a_pair_of_people():
    text = ("Republican hopefuls Jeb Bush and Chris Christie say Marco Rubio has not been tested. Rubio spoke in "
            "Manchester. He dismissed the critique of his debate, saying it was his best night yet.")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Marco Rubio"


@pytest.mark.parametrize("text, mention, description", [
    # the words before a name that end a phrase of occasion are no description of the speaker
    ('Abortions rose. In the Cosmopolitan interview Mr Howard said: "Abortion should be available to everyone."',
     "Howard", None),
    ("During today's hearing Paul Gonson, a lawyer for the agency, told the judge that the case was closed.",
     "Paul Gonson", "a lawyer for the agency"),
    # but a body named after "from" stays whole
    ("And a projection from the Cook Political Report shows that number could fall to under one-third.",
     "the Cook Political Report", "the Cook Political Report"),
])
def test_an_occasion_before_a_name_is_no_description(text, mention, description):
    q = extract_quotes(text)[-1]
    assert (q.speaker_mention, q.speaker_description) == (mention, description)


@pytest.mark.parametrize("text, speaker, description, roles", [
    # a title the title scan does not read is read as a description: whole, up to the name
    ("LONDON, March 2 - U.K. Chancellor of the Exchequer Nigel Lawson said the pound was stable.",
     "Nigel Lawson", "U.K. Chancellor of the Exchequer", [("U.K. Chancellor", "Exchequer")]),
    ("Secretary of State George Shultz said the talks would go on.", "George Shultz", "Secretary of State",
     [("Secretary of State", None)]),
    ("Chief Executive Michael Jenkins said the plan would work.", "Michael Jenkins", "Chief Executive",
     [("Chief Executive", None)]),
    # an honorific right before the name is no part of the role, nor (0.6.295) of the description
    ("NAO head Sir John Bourn said the report was clear.", "John Bourn", "NAO head", [("head", "NAO")]),
    # and words not headed by a role word give none (an aggregator's sign-up line, seed 000),
    # nor (0.6.324) a description when they end in a count
    ("Sign up for Scottish Sun newsletter Sign up 2 Donald Trump said Gaza is not just a US problem.",
     "Donald Trump", None, []),
])
def test_a_title_before_the_name_gives_the_role(text, speaker, description, roles):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_description) == (speaker, description)
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speaker, roles", [
    # an appositive describes the speaker, and the title before the name is a role too
    ('"We kept the lights on," said Senate Majority Leader Chuck Schumer, a Democrat from New York.',
     "Chuck Schumer", [("Senate Majority Leader", None), ("Democrat", "Democratic Party")]),
    ('Senate Majority Leader Chuck Schumer, a Democrat from New York, said: "We won."',
     "Chuck Schumer", [("Senate Majority Leader", None), ("Democrat", "Democratic Party")]),
    ('Chancellor of the Exchequer Rachel Reeves, who took office in July, said: "We will rebuild."',
     "Rachel Reeves", [("Chancellor", "Exchequer")]),
    # a name with no description at all
    ('Archbishop Desmond Tutu has called for the release. "It is wrong," Tutu said.',
     "Desmond Tutu", [("Archbishop", None)]),
    # the title after "and", not the other person's name before it
    ('He met President Xi Jinping and Secretary of State John Kerry. "Talks went well," Kerry said.',
     "John Kerry", [("Secretary of State", None)]),
    # ... but "and" inside a title keeps it whole
    ('Minister of International Trade and Industry Hajime Tamura said: "Exports will rise."',
     "Hajime Tamura", [("Minister of International Trade and Industry", None)]),
    # a single name right after its title
    ("President Obama said the deal was good.", "Obama", [("President", None)]),
    ("Indonesian Energy Minister Subroto said prices would rise.", "Subroto", [("Energy Minister", None)]),
    # no role word: a given name before a surname read alone, a plural, a date word
    ('Osman Abu-Laban said: "We came for work."', "Osman Abu-Laban", []),
    ('Senators Mitch McConnell and Chuck Schumer met. "We agreed," McConnell said.', "Mitch McConnell", []),
    ('On Monday Chuck Schumer, a Democrat, said: "We won."', "Chuck Schumer", [("Democrat", "Democratic Party")]),
])
def test_a_capitalised_title_before_a_described_name_is_a_role(text, speaker, roles):
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speaker, description, roles", [
    # a description in apposition before the name, headed by a word for a role
    ('The mayor, Rosa Diaz, on Monday backed the plan. "We waited thirty years," Diaz said.',
     "Rosa Diaz", "The mayor", [("Mayor", None)]),
    ("Britain's finance minister, Rachel Reeves, said: \"We won.\"",
     "Rachel Reeves", "Britain's finance minister", [("finance minister", "Britain")]),
    ('Her deputy, Tom Reyes, struck a different tone. "We have enough sandbags," he said.',
     "Tom Reyes", "Her deputy", [("deputy", None)]),
    ("And Florida's attorney general, Pam Bondi, said: \"We won.\"",
     "Pam Bondi", "Florida's attorney general", [("attorney general", "Florida")]),
    ("In mitigation, Platt's barrister, Simon Hale, said: \"He is deeply ashamed.\"",
     "Simon Hale", "Platt's barrister", [("barrister", "Platt")]),
    # not a phrase that names no role, nor one across a sentence's end
    ('On the other hand, John Smith said: "We won."', "John Smith", None, []),
    ("She welcomed the announcement. Ms Jowell's deputy, Richard Caborn, said: \"We won.\"",
     "Richard Caborn", "Ms Jowell's deputy", [("Ms Jowell's deputy", None)]),  # (a person's deputy: no body)
])
def test_a_description_in_apposition_before_the_name(text, speaker, description, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_description) == (speaker, description)
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speaker, description", [
    # an aside of the occasion between the name and the cue is no description
    ('Shah, asked about the timing, said: "Soon."', "Shah", None),
    ('Sir Roy, writing in The Times, said the plan was "a mistake".', "Roy", None),
    ('Shah, responding to the report, said: "It is wrong."', "Shah", None),
    # an appositive is
    ('Shah, a Democrat, said: "Soon."', "Shah", "a Democrat"),
])
def test_an_aside_of_the_occasion_is_no_description(text, speaker, description):
    q = extract_quotes(text)[-1]
    assert speaker in q.speaker and q.speaker_description == description


@pytest.mark.parametrize("text, speaker", [
    # "Now" inside a body's name
    ("Shelter Now said the policy could help 40,000 families.", "Shelter Now"),
    ('The group Peace Now said in a statement that the settlement "must stop".', "Peace Now"),
])
def test_now_inside_a_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_an_interview_set_up_in_the_paragraph_before_gives_the_speaker():
    text = ("Housing Minister Priya Shah spoke to the Herald this week.\n\n"
            "\"We inherited a broken system. Rents have doubled in ten years.\n\n"
            "\"Young people cannot buy. That has to change.\"")
    qs = extract_quotes(text)
    assert [(q.speaker, q.kind) for q in qs] == [("Priya Shah", "direct")]
    assert qs[0].text.endswith("That has to change.")  # one quotation over both paragraphs
    # no speech event before: nobody's
    assert extract_quotes('The committee met on Monday.\n\n"We inherited a broken system."') == []


@pytest.mark.parametrize("text, speaker", [
    # after an inverted cue, an owner's name and the role it owns: the role speaks, not the owner
    ('"No comment," said Trump\'s campaign manager.', "Trump's campaign manager"),
    ('"No comment," said Smith\'s lawyer on Monday.', "Smith's lawyer"),
    ("The plan failed, according to Axelrod's memoir.", "Axelrod's memoir"),
    # and a name in apposition after it is the speaker's
    ('"No comment," said John Smith\'s lawyer, Ann Cole.', "Ann Cole"),
    # not a clause after "said" that opens with an owner
    ("Jane Doe said China's economic reforms definitely will go on.", "Jane Doe"),
    ("Jane Doe said China's economy grew 5 percent.", "Jane Doe"),
])
def test_an_owners_role_after_an_inverted_cue_speaks(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_role_given_twice_is_listed_once():
    text = ('FBI Director James Comey spoke on Monday. "We will look at it," said Comey, the FBI Director.')
    q = extract_quotes(text)[-1]
    assert q.speaker == "James Comey"
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == [("Director", "FBI")]  # (the FBI's director, 0.6.544)


def _reports(text):
    return [(text[q.content_start:q.content_end], q.speaker) for q in extract_quotes(text) if q.kind != "direct"]


@pytest.mark.parametrize("text, expected", [
    # a subject and its appositive before the cue are no report with the clause as its speaker
    ("In a statement, one of the family's attorneys, Justin Bamberg, said the videos show Scott calmly "
     "leaving his car.", [("the videos show Scott calmly leaving his car", "Justin Bamberg")]),
    ("One of the family's attorneys, Justin Bamberg, said the videos show Scott calmly leaving his car.",
     [("the videos show Scott calmly leaving his car", "Justin Bamberg")]),
    # but a report before an inverted cue stays one
    ("The plan will not work in the long run, said the videos expert Tom Smith.",
     [("The plan will not work in the long run", "Tom Smith")]),
    ("Technically, most currency futures are poised for another rise, said Craig Sloane.",
     [("Technically, most currency futures are poised for another rise", "Craig Sloane")]),
])
def test_a_subject_with_its_appositive_is_no_inverted_report(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a request inside a relative clause ends with it; the sentence's own attribution holds the rest
    ("Scott's relatives, who asked authorities to show them video of the shooting, watched it on Thursday, "
     "attorneys for the family said.",
     [("Scott's relatives, who asked authorities to show them video of the shooting, watched it on Thursday",
       "attorneys for the family"), ("to show them video of the shooting", "Scott's relatives")]),
    # a list's comma does not close it
    ("Several members, who asked the government to diversify reserves into mark, yen, Swiss franc or gold, "
     "met on Monday.", [("to diversify reserves into mark, yen, Swiss franc or gold", "Several members")]),
    # asking not to be named, to remain anonymous or for anonymity is no request to report
    ("One official, who asked to remain anonymous, told Reuters a draft agreement would cut the interest.",
     [("a draft agreement would cut the interest", "One official")]),
])
def test_a_request_in_a_relative_clause_ends_with_it(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an object after the cue of "CLAUSE, X VERB ..." makes it no attribution
    ("In her 2003 book, Living History, Clinton noted the clot's existence.", []),
    ("Campaigning against Mitt Romney in 2012, he barely mentioned climate change.", []),
    ("He took over obligations from Walter Energy, another mining company that had declared bankruptcy.", []),
    # but the circumstances of saying, an adverb or a recipient after it are no object
    ("The plan will fail, analysts said privately.", [("The plan will fail", "analysts")]),
    ("The plan will fail, analysts said on Monday.", [("The plan will fail", "analysts")]),
    ("The plan will fail, Smith told CNN.", [("The plan will fail", "Smith")]),
    ("The plan will fail, an analyst who asked not to be named said.",
     [("The plan will fail", "an analyst who asked not to be named")]),
])
def test_a_cue_with_its_own_object_attributes_nothing_before_it(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "without saying" is no report, nor a recipient's time clause, nor "compared with" after a parenthesis
    ('The Tax Policy Center estimates that taxes will rise. It goes without saying that raising taxes on the '
     'rich is "anathema" to Republicans.', [("that taxes will rise", "The Tax Policy Center")]),
    ("Shelby later said she suspected drugs - something a 911 caller also told a dispatcher before police "
     "arrived on scene.", [("she suspected drugs", "Shelby")]),
    ("The top 1 percent would see an average tax cut of $275,000, the group said, compared with $2,700 for "
     "those in the middle.", [("The top 1 percent would see an average tax cut of $275,000", "the group")]),
    # while a report's second piece after the attribution stands
    ("Many of the closures, he said, have involved public courses in the state.",
     [("Many of the closures", None), ("have involved public courses in the state", None)]),
])
def test_idioms_and_time_clauses_after_a_cue_report_nothing(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare plural is the sentence's own attribution, holding a report inside it
    ("Tokyo dealers predict the dollar is unlikely to fall sharply, brokers said.",
     [("Tokyo dealers predict the dollar is unlikely to fall sharply", "brokers"),
      ("the dollar is unlikely to fall sharply", "Tokyo dealers")]),
    # not "as" before a plural: the words are no attribution of their own
    ("Tokyo dealers predict the dollar will fall sharply, as economists said.",
     [("the dollar will fall sharply", "Tokyo dealers")]),
])
def test_a_bare_plural_attribution_holds_the_report_inside(text, expected):
    assert sorted(_reports(text)) == sorted(expected)


@pytest.mark.parametrize("story, expected", [
    # a headline label the story names again: a person, an outlet, a group
    ("Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump Reeks of Fear.\n\nRush Limbaugh spoke on his "
     "show on Monday.", [("Hillary Asking Moderator To Fact Check Trump Reeks of Fear", "Rush Limbaugh", ":")]),
    ("Politifact: Donald Trump Is Right About Shootings in Chicago this Year.\n\nPolitiFact rated the claim on "
     "Tuesday.", [("Donald Trump Is Right About Shootings in Chicago this Year", "Politifact", ":")]),
    # a label that is part of a name the story gives in full takes that name
    ("De Blasio: Trust Bratton on security, not Trump.\n\nMayor Bill de Blasio spoke on WOR710 on Monday.",
     [("Trust Bratton on security, not Trump", "Bill de Blasio", ":")]),
    # a label the story does not name again, or one opening with an article, or a label below the
    # headline (a team sheet's "Replacements:"), reports nothing
    ("Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted.\n\nShe was tired.", []),
    ("The Ninth Circle: The Hellish View from Inside the Beltway Again.\n\nThe Ninth Circle is a column.", []),
    # a title-case headline whose attribution comes last
    ("Clinton Hid Past Health Problems From Public, Former White House Doctor Says.\n\nThe race is close.",
     [("Clinton Hid Past Health Problems From Public", "Former White House Doctor", "Says")]),
    ("Trump Could Address Clean Energy, Lindsey Graham Says.\n\nSen. Lindsey Graham spoke on Monday.",
     [("Trump Could Address Clean Energy", "Lindsey Graham", "Says")]),
    # not a sentence that ends so
    ("The plan will fail. It will cost jobs, Lindsey Graham Says.\n\nSen. Lindsey Graham spoke on Monday.", []),
    # a poll's finding; not what a person shows
    ("New Poll Shows Minor Post-Debate Bump For Clinton.\n\nThe race is close.",
     [("Minor Post-Debate Bump For Clinton", "New Poll", "Shows")]),
    ("Trump Shows Restraint In Final Debate With Clinton.\n\nDonald Trump said little.", []),
])
def test_headline_labels_named_again_and_attributions_last_report_the_line(story, expected):
    assert [(q.text, q.speaker, q.cue) for q in extract_quotes(story) if q.paragraph == 0] == expected


def test_a_label_below_the_headline_named_again_reports_nothing():
    story = ("Leeds won.\n\nReplacements: Peel, Wilson, Thompson, Parling, Sititi, Charlton, Shaw.\n\n"
             "Replacements were not used.")
    assert extract_quotes(story) == []


def test_a_title_case_headline_with_quoted_words_is_a_mixed_report():
    story = "Obama Says African-American Museum Will Tell of 'Suffering and Delight.'\n\nBarack Obama spoke."
    [q] = [q for q in extract_quotes(story) if q.paragraph == 0]
    assert (q.kind, q.text, q.speaker) == ("mixed", "African-American Museum Will Tell of 'Suffering and Delight",
                                           "Barack Obama")


@pytest.mark.parametrize("text, expected", [
    # "according to" inside a that-clause is a source within the report, not the sentence's attribution
    ("Win Htein said that according to its analysis, the NLD has won 82 percent of the vote.",
     [("that according to its analysis, the NLD has won 82 percent of the vote", "Win Htein")]),
    ('Win Htein said that according to its analysis, the NLD has won 82 percent, but "we are still counting."',
     [('that according to its analysis, the NLD has won 82 percent, but "we are still counting."', "Win Htein")]),
    ("The figures show that according to the agreement, the new rate will be retroactive to April 1.",
     [("that according to the agreement, the new rate will be retroactive to April 1", "The figures")]),
    # while a sentence opening with it is its source's
    ("According to its analysis, the NLD has won 82 percent of the vote.",
     [("the NLD has won 82 percent of the vote", "its analysis")]),
])
def test_according_to_inside_a_that_clause_is_part_of_the_report(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a subject and its appositive between commas mid-sentence, the sentence going on after the cue
    ("Facebook created the tool to help in times of crisis, a spokeswoman, Anna White, said on Saturday, and "
     "it has used it five times.", [("Facebook created the tool to help in times of crisis", "Anna White")]),
    # but a name after the cue is the inverted speaker, not an appositive before it
    ("Facebook created the tool to help in times of crisis, said Anna White, a spokeswoman, on Saturday.",
     [("Facebook created the tool to help in times of crisis", "Anna White")]),
])
def test_an_attribution_with_an_appositive_inside_a_sentence(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, speaker", [
    # people quoted as interviewed, surveyed or gathered somewhere are the people, not the place
    ("Voters interviewed at rallies said they had no problem.", "Voters interviewed at rallies"),
    ("Residents surveyed in the state said they had no problem.", "Residents surveyed in the state"),
    ("Demonstrators gathered outside the hall said they had no problem.", "Demonstrators gathered outside the hall"),
    # and people somewhere, or a firm's analysts, as before
    ("Analysts at Goldman Sachs said the dollar would fall.", "Analysts at Goldman Sachs"),
])
def test_people_quoted_where_they_were_interviewed_are_the_speaker(text, speaker):
    got = _reports(text)
    assert (got[0][1] if got else None) == speaker


@pytest.mark.parametrize("text, expected", [
    # a participle after the attribution adds a report of its own; the one before the attribution stays
    ("Trump's excesses are sickening, Hollande said Tuesday in Paris, noting the nominee is rude.",
     [("Trump's excesses are sickening", "Hollande"), ("the nominee is rude", "Hollande")]),
    ('Trump\'s "excesses" are sickening, Hollande said Tuesday in Paris, noting the nominee "makes you retch."',
     [('Trump\'s "excesses" are sickening', "Hollande"), ('the nominee "makes you retch."', "Hollande")]),
    ("Prices rose sharply on Monday, analysts said, citing strong demand.",
     [("Prices rose sharply on Monday", "analysts"), ("strong demand", "analysts")]),
    # with no attribution before the participle, what the subject did is no report (what it cites is its
    # own, whichever past tense: "cut" as "lowered")
    ("The company cut its forecast on Monday, citing weak demand in Europe.",
     [("weak demand in Europe", "The company")]),
    ("The company lowered its forecast on Monday, citing weak demand in Europe.",
     [("weak demand in Europe", "The company")]),
])
def test_a_participle_after_an_attribution_leaves_the_report_before_it(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "too much", "much" opening a clause with its verb are a report; alone they are what was said
    ("Mike Pence says too much is made of Donald Trump's tweets.",
     [("too much is made of Donald Trump's tweets", "Mike Pence")]),
    ("Mike Pence said much was at stake in the race.", [("much was at stake in the race", "Mike Pence")]),
    ("Mike Pence said too much in the debate.", []),
    ("Mike Pence said much to the crowd.", []),
])
def test_too_much_with_its_verb_opens_a_reported_clause(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, speaker", [
    # people at two places, or at a place and another, are one group
    ("Political observers in Virginia and around the country say Scott deserves the seat.",
     "Political observers in Virginia and around the country"),
    ("Voters in Iowa and New Hampshire say Scott deserves the seat.", "Voters in Iowa and New Hampshire"),
    # people of a firm and a firm of two names stay as they were
    ("Chris Tinker, an analyst at brokers Phillips and Drew, said the rise would not last.", "Chris Tinker"),
    ("Clinton and Trump said the debate was fair.", "Trump"),
    # "those" close to someone, around someone or somewhere are the group
    ("Those close to him say Scott deserves the seat.", "Those close to him"),
    ("Even in good health, those around him acknowledge that a bid seems improbable.", "those around him"),
    # but not "those of" a person: the person who speaks in the relative clause
    ("His comments contrasted with those of Prime Minister Yasuhiro Nakasone, who said Tokyo wanted talks.",
     "Yasuhiro Nakasone"),
])
def test_groups_of_people_at_places_and_close_to_someone(text, speaker):
    assert _reports(text)[0][1] == speaker


@pytest.mark.parametrize("text, expected", [
    # the recipient of "told" may be a meeting of people, with or without "that"
    ("Obama told a meeting of Pacific Island leaders that few people understood the stakes.",
     [("that few people understood the stakes", "Obama")]),
    ("Salim told a conference of Saudi businessmen the government had taken a bold step.",
     [("the government had taken a bold step", "Salim")]),
    # and after a time between the recipient and the clause (0.6.282; this case had no report before)
    ("Rha told the U.S. Chamber of Commerce earlier this month a sudden revaluation could hurt exports.",
     [("a sudden revaluation could hurt exports", "Rha")]),
    # not a noun phrase that only looks like a clause after a time
    ("Rha told the U.S. Chamber of Commerce earlier this month a story about exports.", []),
])
def test_a_meeting_of_people_is_told(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a present-tense cue after any phrase for a group of people is a verb
    ("Analysts in Virginia and around the country say Scott deserves the seat.",
     [("Scott deserves the seat", "Analysts in Virginia and around the country")]),
    ("Analysts, however, say prices will fall further.", [("prices will fall further", "Analysts")]),
    # but not after "to", nor after a causative verb
    ("How dare people suggest we are lazy for taking these jobs?", []),
    ("But to have people believe in you, and to believe that you can bring people together, is an honor.", []),
])
def test_a_groups_present_tense_cue_is_a_verb(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural subject's verb after an adverb, a verb in -s after "this": clauses
    ("Even though skating is allowed in the park, the women say officers still scrutinize the area.",
     [("officers still scrutinize the area", "the women")]),
    ("Economists believe this provides an incentive for employers.",
     [("this provides an incentive for employers", "Economists")]),
    # "that" with a fronted clause of its own runs past that clause's comma
    ("Critics argue that, while the tax may lower premiums, workers won't see the savings.",
     [("that, while the tax may lower premiums, workers won't see the savings", "Critics")]),
    # but a list of things believed is no clause
    ("Economists believe in free markets, low taxes and open borders.", []),
])
def test_clauses_after_opinion_verbs(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # insist, argue, warn, contend inside a sentence attribute the report around them
    ("There is no chance of that level of violence, officials in both cities insist, because policing has "
     "evolved.", [("There is no chance of that level of violence", "officials in both cities"),
                  ("because policing has evolved", "officials in both cities")]),
    ("If this argument fails, Mr. Jorge Castaneda argues, there are other tools in the toolbox.",
     [("If this argument fails", "Jorge Castaneda"), ("there are other tools in the toolbox", "Jorge Castaneda")]),
    # a dash after the attribution ends it
    ("Such a move could alienate his backers, Clinton allies believe \u2014 backers she will need in November.",
     [("Such a move could alienate his backers", "Clinton allies")]),
    # "Even then", "Even so" before the attribution are no piece of the report
    ("Even then, others insist, the show will be hard to eclipse.", [("the show will be hard to eclipse", "others")]),
])
def test_opinion_verbs_inside_a_sentence_attribute_it(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "As X noted, CLAUSE": the clause is X's report
    ("As another Pew study from 2011 noted, the average age of Latinos born in California was 18.",
     [("the average age of Latinos born in California was 18", "another Pew study")]),
    ("But as a Politico reporter noted, he didn't even fill the stadium.",
     [("he didn't even fill the stadium", "a Politico reporter")]),
    # not "as expected", nor "As a result"
    ("As expected, the deal collapsed on Monday.", []),
    ("As a result, the deal collapsed on Monday.", []),
])
def test_as_someone_noted_attributes_the_clause(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report ends where ", to which X replied" starts the next turn
    ("She said that experts had found her plans strong, to which O'Malley interjected: \"It's not true.\"",
     [("that experts had found her plans strong", None)]),
    # but a relative clause "to which" inside the report is part of it
    ("Duffy said the Cairns Group, to which Australia belongs, has emerged as a third force.",
     [("the Cairns Group, to which Australia belongs, has emerged as a third force", "Duffy")]),
    # a parenthetical group with its determiner, and a short second piece
    ("Mrs. Clinton, these people said, would be open to other measures.",
     [("would be open to other measures", "people")]),
    ("That, RNC Chief of Staff Katie Walsh explained, is by design.", [("is by design", "Katie Walsh")]),
])
def test_report_ends_and_pieces_around_an_attribution(text, expected):
    assert _reports(text) == expected


def test_a_parenthetical_attribution_holds_the_report_with_its_own_cue():
    text = "Instead, she said, her boss told her he had booked a room for them."
    assert _reports(text) == [("her boss told her he had booked a room for them", None),
                              ("he had booked a room for them", "her boss")]


@pytest.mark.parametrize("text, expected", [
    # where or when it was said, with its own commas, before "that"
    ("Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.",
     [("that it means Trump never paid", "Clinton")]),
    ("Henley Group said in a 10-K filing with the Securities and Exchange Commission that it has 7.9 mln shares.",
     [("that it has 7.9 mln shares", "Henley Group")]),
    # not for a noun that only looks like a cue
    ("The senator made a similar charge in the closing days that the race was lost.", []),
    # a subordinate clause after the attribution is no part of it
    ("Trump's obsession is an insult to all Americans, top black lawmakers said Friday, as they bristled at "
     "the questions.", [("Trump's obsession is an insult to all Americans", "top black lawmakers")]),
    # a dateline with a horizontal bar is no part of the report or the speaker
    ("WASHINGTON \u2015 Trump's obsession is an insult to all Americans, top black lawmakers said Friday.",
     [("Trump's obsession is an insult to all Americans", "top black lawmakers")]),
    # a gerund subject after a parenthetical attribution is the report's second piece; a participle is not
    ("Though that transition was seamless, he said, replacing Clinton would be much more acrimonious.",
     [("Though that transition was seamless", None), ("replacing Clinton would be much more acrimonious", None)]),
    # (the participle is a report of its own: "adding" with its clause)
    ("The stock was acquired for investment purposes, the group said, adding it may sell shares in the future.",
     [("The stock was acquired for investment purposes", "the group"),
      ("it may sell shares in the future", "the group")]),
])
def test_circumstances_subordinate_clauses_and_datelines_around_attributions(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # whom it was written, reported or complained to, before "that"
    ("The American Legion wrote to Sanders' Senate office that it did not have permission.",
     [("that it did not have permission", "The American Legion")]),
    ("Pakistan complained to the United Nations that planes attacked its villages.",
     [("that planes attacked its villages", "Pakistan")]),
    # not what was agreed to, nor an infinitive
    ("The company agreed to the terms that were offered.", []),
    ("The company said to expect losses that would hurt.", []),
])
def test_a_recipient_with_to_before_that(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share of people after a finding's "that" is the inner report's speaker, and the finding holds it
    ("The survey showed that 54 percent of military personnel said they would vote for Trump.",
     [("that 54 percent of military personnel said they would vote for Trump", "The survey"),
      ("they would vote for Trump", "54 percent of military personnel")]),
    ("A new poll released Friday found that 70 percent of Latino voters said they would vote for Clinton.",
     [("that 70 percent of Latino voters said they would vote for Clinton", "A new poll"),
      ("they would vote for Clinton", "70 percent of Latino voters")]),
    # a finding after the report is no holder of it
    ("Voters said they would vote for Clinton, and polls show the race is close.",
     [("they would vote for Clinton", "Voters")]),
])
def test_a_finding_holds_a_share_of_peoples_report(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("story, expected", [
    # a headline label before a quotation: words partly quoted are a mixed report, a whole quotation direct
    ("Ryan: \u2018Anti-Semitic Images\u2019 Have \u2018No Place In A Presidential Campaign.\u2019\n\n"
     "House Speaker Paul Ryan spoke on Tuesday.",
     [("mixed", "\u2018Anti-Semitic Images\u2019 Have \u2018No Place In A Presidential Campaign", "Paul Ryan")]),
    ("Reid: 'Never, ever, ever underestimate Trump.'\n\nSenate Minority Leader Harry Reid spoke on Wednesday.",
     [("direct", "Never, ever, ever underestimate Trump.", "Harry Reid")]),
])
def test_a_headline_label_before_quoted_words(story, expected):
    assert [(q.kind, q.text, q.speaker) for q in extract_quotes(story) if q.paragraph == 0] == expected


def test_labels_with_quotations_below_the_headline_are_turns_not_one_report():
    text = ("Jeb Bush and Hillary Clinton reject the term.\n\nClinton: \"Our goal is not to contain ISIS, but to "
            "destroy ISIS.\" Bush: \"The mission is to destroy ISIS.\"")
    got = [(q.kind, q.text) for q in extract_quotes(text) if q.paragraph == 1]
    assert got == [("direct", "Our goal is not to contain ISIS, but to destroy ISIS."),
                   ("direct", "The mission is to destroy ISIS.")]


@pytest.mark.parametrize("text, speaker", [
    # a job title written in capitals before a name is no part of the name
    ("Former Clinton Senior Adviser Sidney Blumenthal said that he has no idea.", "Sidney Blumenthal"),
    ("Clinton Campaign Manager Robby Mook said the plan was fine.", "Robby Mook"),
    ("Spokesman Marlin Fitzwater said the talks would go on.", "Marlin Fitzwater"),
    # and a name that only holds such a word stays whole
    ("Mark Manager said the plan was fine.", "Mark Manager"),
])
def test_capitalised_job_titles_before_a_name_are_no_part_of_it(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # a report opening with its own fronted clause or phrase
    ("The mayor said when he arrived, the building was empty.", [("when he arrived, the building was empty", "The mayor")]),
    ("Pence said in politics it takes time to develop those relationships.",
     [("in politics it takes time to develop those relationships", "Pence")]),
    # where it was said is no part of the report
    ("Kraft Inc said in its annual report it expects capital spending to rise.",
     [("it expects capital spending to rise", "Kraft Inc")]),
    # not what was not said, nor a phrase with a verb of its own
    ("MTI did not say when the devaluation would become effective, but it was expected.", []),
    ("The mayor said in the end.", []),
])
def test_a_report_may_open_with_its_own_fronted_phrase(text, expected):
    assert _reports(text) == expected


def test_a_participle_after_a_clause_is_no_attribution_of_a_quotation_before_it():
    text = ("Chrabaszcz was among the party's \u201cbasement dwellers\u201d \u2015 a group of data engineers who "
            "seldom met strategists \u2015 but relished his brushes with big names, posting photos of himself.")
    assert [q for q in extract_quotes(text) if q.kind != "indirect"] == []
    # while a participle right after the quotation's speaker still attributes it
    q, = extract_quotes('"We will win," Jane Doe said, adding that the vote was close.')[:1]
    assert (q.kind, q.speaker) == ("direct", "Jane Doe")


@pytest.mark.parametrize("text, expected", [
    # claimed, suggested, stressed, predicted inside a sentence attribute the report around them
    ("This sort of opining, CNN claimed, violates its code of journalistic practices.",
     [("This sort of opining", "CNN"), ("violates its code of journalistic practices", "CNN")]),
    ("The Paris agreement was not an attempt to set up target zones for exchange rates, Leonhard Gleske stressed.",
     [("The Paris agreement was not an attempt to set up target zones for exchange rates", "Leonhard Gleske")]),
    # but they take objects: never a speaker after them
    ("Peter Pietsch, an economist with Commerzbank AG, predicted a trade surplus of 100 billion marks.", []),
    ("Noon hardly covered himself in glory, conceded a penalty at the breakdown and missed a tackle.", []),
    # where it was explained through someone
    ("Mr. Chagoury explained through a spokesman that he had simply wanted to provide insights.",
     [("that he had simply wanted to provide insights", "Chagoury")]),
])
def test_transitive_verbs_of_saying_inside_a_sentence(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, clause, speaker", [
    # a participle after two clauses joined by "and"/"but" goes with the clause next to it
    ("Over the past two weeks, prosecutors charged the officer with murder and Emanuel fired his police chief, "
     "Garry F. McCarthy, acknowledging that segments of the city have lost trust in the force.",
     "that segments of the city", "Emanuel"),
    ("The rules are strict, and the American Civil Liberties Union of Ohio has already sued the city over the "
     "rules, saying they violate free-speech rights.", "they violate", "American Civil Liberties Union of Ohio"),
    # but not a name with "and" in it, nor a clause inside a report, nor a plural noun taken for a verb
    ("Analysts were cautious, but S and P affirmed the current ratings, noting that Grace intends to sell its "
     "business.", "that Grace intends", "S and P"),
    ("Ryan and Trump will meet sometime next week, Spicer said, adding that they need to sit down.",
     "that they need to sit down", "Spicer"),
    ("Many people privately worry about the questions, the ones about her server and the inside dealings of her "
     "foundation, believing that they pose the greatest danger.", "that they pose", "Many people"),
    # "... but said": the first clause's subject, past a clause inside it
    ("Sullivan put off deciding whether Judicial Watch could question Clinton but said the group could come back "
     "later.", "the group could come back", "Sullivan"),
    ("Stoltenberg noted that Brazil had agreed in January to work with the banks but said this pledge had not "
     "yet been fulfilled.", "this pledge had not", "Stoltenberg"),
    ("A senior banker also said that banks are responding positively and said all the waivers could be obtained "
     "within two months.", "all the waivers", "A senior banker"),
    # but "noted that Sanders has criticized ... and called": the clause inside goes on
    ("She noted that Sanders has criticized the president for accepting contributions and called the president "
     "\"weak\" and \"disappointing.\"", "the president \"weak\"", "Sanders"),
])
def test_the_subject_of_a_verb_after_two_clauses(text, clause, speaker):
    q = q_starting(text, clause)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, clause, speaker", [
    # a subordinate clause's own subject, its appositive after it: "while Mike Huckabee, the former governor, said"
    ("Bobby Jindal moved to block the refugees, while Mike Huckabee, the former Arkansas governor, said House "
     "Speaker Paul Ryan should resign.", "House Speaker Paul Ryan", "Mike Huckabee"),
    ("The party was shaken, the analyst said, when the Press, a Christchurch daily, said on April 2 the party was "
     "\"on the verge of flying apart.\"", "on April 2", "Press"),
])
def test_a_subordinate_clause_keeps_its_subject_before_an_appositive(text, clause, speaker):
    q = q_starting(text, clause)
    assert q.speaker == speaker


def test_a_fronted_clause_before_the_subject_is_no_subject():
    """"Even if Clinton can't catapult over Sanders in New Hampshire, insiders ... said": not Sanders."""
    text = ("Even if Clinton can\u2019t catapult over Sanders in New Hampshire, insiders in the next two states \u2014 "
            "Nevada and South Carolina \u2014 said it\u2019s important that she close the gap somewhat.")
    assert all(q.speaker not in ("Sanders", "Bernie Sanders", "Clinton") for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker", [
    # a cue word counted is a plural noun ("states", "reports"), the end of the subject, not its verb
    ("Officials in both states said the gap is important.", "Officials in both states"),
    ("Voters in the three early states say the race is close.", "Voters in the three early states"),
    ("Some newspaper reports said the losses were incurred because of a failure to hedge.", "Some newspaper reports"),
    # but not a singular subject's verb
    ("The company states that profits rose.", "The company"),
])
def test_a_counted_cue_word_is_a_noun(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, n", [
    # the writer's gloss after a dash does not stop a quotation from going on with the speaker before
    ('"The key demographic is women," said Jaime Harrison. "Sanders has to do the two-step" - increasing his name '
     'recognition and convincing voters.', 2),
    # but a quotation with words of the writer's before it is no continuation
    ('"The key demographic is women," said Jaime Harrison. Sanders has to do "the two-step" - increasing his name '
     'recognition.', 1),
])
def test_a_gloss_after_a_dash_keeps_a_continued_quotation(text, n):
    qs = extract_quotes(text)
    assert len(qs) == n and all(q.speaker == "Jaime Harrison" for q in qs)


@pytest.mark.parametrize("text, clause", [
    # "said much of the ... was": a clause whose subject is a share of something
    ("Adelson said much of his discussion with Trump was about Israel.", "much of his discussion"),
    ("The company said much of the investment will be used to build a paint complex.", "much of the investment"),
    # but "said much" alone or "much of substance" is no clause
    ("He did not say much of substance.", None),
    ("He has not said much since the vote.", None),
])
def test_much_of_opens_a_reported_clause(text, clause):
    got = [text[q.content_start:q.content_end] for q in extract_quotes(text)]
    assert (got[0].startswith(clause) if clause else got == []), got


@pytest.mark.parametrize("text, clause, speaker", [
    # a long aside in parentheses between the subject and the cue
    ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was "
     "unfocused after being elected.", "he was unfocused", "Chris Murphy"),
    # where it was said, with a word about the place, before "that"
    ("Corey Lewandowski said on CNN, where he is now a paid contributor, that Manafort should be held to account.",
     "that Manafort should", "Corey Lewandowski"),
])
def test_asides_between_subject_cue_and_clause(text, clause, speaker):
    q = q_starting(text, clause)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, clause", [
    # a clause of its own between the cue and "that": the report starts with it
    ("Smith said on Monday he is sure that the plan will pass.", "he is sure"),
    ("Dealers said this tended to confirm the impression that the dollar had a floor.", "this tended"),
    ("A spokesman said on Sunday it had no evidence that Paulsmeier had lined up finance.", "it had no evidence"),
    # but when and where it was said stay out of it
    ("The bank said in a statement on its 1986 results that bad debt provisions stood at 545 mln stg.",
     "that bad debt"),
    ("Reagan said during a nationally televised news conference that oil imports are a problem.", "that oil"),
])
def test_a_clause_of_its_own_before_that_is_no_circumstance(text, clause):
    q = extract_quotes(text)[0]
    assert text[q.content_start:q.content_end].startswith(clause)


@pytest.mark.parametrize("text, clause, speaker", [
    # a condition fronted before a mid-sentence attribution: the main clause after it is reported
    ("If the law conflicts with God's orders, Rubio said, Christians must ignore the law.",
     "Christians must ignore the law", "Rubio"),
    ("If the deal goes ahead, the statement said, shareholders will receive Chrysler shares.",
     "shareholders will receive", "the statement"),
])
def test_a_fronted_condition_before_a_mid_sentence_attribution(text, clause, speaker):
    q = q_starting(text, clause)
    assert speaker in (q.speaker, q.speaker_mention)


def test_a_fronted_condition_before_a_final_attribution_stays_in_the_report():
    text = "If Congress approves the plan later in the year, sign-up would have to be reopened, sources said."
    q = extract_quotes(text)[0]
    assert text[q.content_start:q.content_end].startswith("If Congress approves")


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f"])
def test_a_no_break_space_is_a_space_to_the_rules(space):
    text = f"The video shows his hands in the air, but Shelby said{space}he refused to follow her commands."
    q = q_starting(text, "he refused")
    assert q.speaker == "Shelby" and q.text == text[q.start:q.end] == "he refused to follow her commands"


def test_a_no_break_space_inside_a_name_keeps_offsets():
    text = "\u201cWe will win,\u201d said Sen.\u00a0Bernie Sanders on Monday."
    q = extract_quotes(text)[0]
    assert q.speaker == "Bernie Sanders" and text[q.speaker_start:q.speaker_end].endswith("Sanders")


@pytest.mark.parametrize("text", [
    '"This is a big year for our senator!" Scott\'s niece, state Del. Marcia Price, shouted to the crowd.',
    "Scott's niece, state Del. Marcia Price, said the nation was watching Virginia.",
])
def test_state_and_a_title_after_a_description_read_on_to_the_name(text):
    """"Scott's niece, state Del. Marcia Price, shouted": "state" is no cue, and the titled name after it
    is the speaker, her description before it."""
    q = extract_quotes(text)[0]
    assert (q.speaker, q.cue[:4]) == ("Marcia Price", text.split("Price, ")[1][:4])


def test_a_participle_after_a_subordinate_clause_set_off_by_dashes():
    text = ('Clinton spoke down the street from the Trump Taj Mahal \u2014 now owned by investor Carl Icahn \u2014 where '
            'about 50 protesters had gathered on Wednesday morning, chanting "no contract, no peace" after the talks '
            'failed.')
    assert extract_quotes(text)[0].speaker == "about 50 protesters"


@pytest.mark.parametrize("text, words", [
    # a quotation opening an aside in parentheses, with its cue after it, is direct: the words before the
    # parenthesis are the writer's
    ('The endorsements prompted some blowback from members ("I want my dues back," wrote Edward Nelson, a '
     'technician, on Facebook), and the next one will too.', "I want my dues back"),
    ('The crowd booed. ("I don\u2019t want to have fisticuffs," said one party activist.)', "I don\u2019t want"),
])
def test_a_quotation_opening_a_parenthesis_is_direct(text, words):
    q = q_of(text, words)
    assert q.kind == "direct" and q.text.startswith(words)


@pytest.mark.parametrize("text, words", [
    # a participle right after a quotation that ends in its own comma starts the next report
    ("Sanders said the convention could be \u201cmessy,\u201d adding, \u201cDemocracy is messy.\u201d",
     "Democracy is messy"),
    ('Pacad said it "has reached an agreement with Okamoto," adding "we expect our condom sales to begin within '
     '30 days."', "we expect our condom sales"),
])
def test_a_participle_after_a_quotation_ending_in_a_comma_reports_again(text, words):
    q = q_of(text, words)
    assert (q.kind, q.cue) == ("direct", "adding") and q.text.startswith(words)


def test_a_participle_after_a_finite_verb_without_a_quotation_is_no_new_report():
    text = "Thiel wrote a long essay on Tuesday explaining why he backed the candidate."
    assert [q.cue for q in extract_quotes(text)] in ([], ["wrote"])


@pytest.mark.parametrize("text, clause, speaker, cue", [
    # a cue phrase that needs its "that" may follow an appositive's closing comma
    ("But in an interview, the union's president, Mary Kay Henry, expressed concern that even some of her "
     "members could find Mr. Trump appealing.", "that even some of her members", "Mary Kay Henry",
     "expressed concern"),
    ("Conable, who is here to meet government and business leaders, expressed confidence that Japan will make "
     "increasing use of its trade surplus.", "that Japan will make", "Conable", "expressed confidence"),
])
def test_a_that_phrase_cue_after_an_appositive(text, clause, speaker, cue):
    q = q_starting(text, clause)
    assert (q.kind, q.cue) == ("indirect", cue) and q.speaker.endswith(speaker)


def test_a_that_phrase_cue_after_a_comma_still_needs_its_that():
    text = "After the vote, the union's president, Mary Kay Henry, expressed concern about the members."
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    # "privy to" and "involved in" qualify the people who speak, like "familiar with" (and "allied
    # with", read before): the speaker is the whole phrase, not the thing they are privy to
    ("Sources privy to the negotiations say the Democratic leaders have insisted on acting now.",
     "Sources privy to the negotiations"),
    ("Sources privy to negotiations say the Democratic leaders have insisted on acting now.",
     "Sources privy to negotiations"),
    ("The employers have made no offer, but sources involved in the negotiations say that they are working on "
     "a half-hour reduction.", "sources involved in the negotiations"),
    ("A super PAC allied with Cruz said it would spend heavily in Iowa.", "A super PAC allied with Cruz"),
    ("Two groups aligned with the campaign said the ads would run through November.",
     "Two groups aligned with the campaign"),
])
def test_people_privy_to_or_involved_in_speak_as_a_whole(text, speaker):
    q = extract_quotes(text)[0]
    assert q.kind == "indirect" and q.speaker == speaker


def test_involved_in_after_a_finite_verb_is_no_part_of_the_speaker():
    text = "Two banks were involved in the sale, the ministry said."
    q = extract_quotes(text)[0]
    assert q.speaker == "the ministry" and q.text.startswith("Two banks were involved")


def test_a_headline_name_on_a_topic_speaks_its_quotation():
    # "NAME on TOPIC: 'QUOTE'": the name before "on" speaks, not the topic (and the headline's
    # surname is the full name the story gives below)
    text = ("Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: \u2018I Think She Will.\u2019\n\n"
            "Friday on CNN\u2019s \u201cNew Day,\u201d Sen. Kristen Gillibrand (D-NY) said she thinks Clinton "
            "will release them.")
    q = q_of(text, "I Think She Will")
    assert (q.kind, q.cue, q.speaker) == ("direct", ":", "Kristen Gillibrand")
    assert text[q.speaker_start:q.speaker_end] == "Gillibrand"


@pytest.mark.parametrize("text, speaker", [
    ('Obama on Trump: "He is unfit to serve."', "Obama"),
    # an opener and a day before "on" are no name
    ('And on Thursday Mr Blair is saying: "I want to talk about the central purpose of this."', "Blair"),
])
def test_name_on_topic_colon_speakers(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Sanders says his private meeting with Pope Francis is not an endorsement\n\n"
     "Bernie Sanders met the pope on Saturday.", "Bernie Sanders"),
    ("The Latest: Trump urges supporters to monitor polling places\n\n"
     "Donald Trump spoke in Colorado on Friday.", "Donald Trump"),
])
def test_a_headline_surname_is_the_full_name_the_story_gives_below(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a wire story's lead is no headline, and a description makes the name no headline's either
    ("Ford, the US car company, reported higher fourth quarter profits on Thursday boosted by its loans unit.\n\n"
     "Bill Ford, the chairman, was pleased.", "Ford"),
    ("WASHINGTON, Feb 26 - Baker said the dollar should stabilise.\n\nJames Baker spoke to reporters.", "Baker"),
    # below the headline, a surname is only the full name introduced before it
    ("Budget talks go on\n\nSanders said the budget must change.\n\nBernie Sanders spoke on Friday.", "Sanders"),
])
def test_a_surname_outside_a_headline_is_not_completed_from_below(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_participle_joined_to_one_with_its_own_subject_after_with_shares_it():
    text = ('Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster" for Clinton '
            'and asking, "How can someone with such bad judgement be our next president?"')
    q = q_of(text, "How can someone")
    assert (q.kind, q.cue, q.speaker) == ("direct", "asking", "Donald Trump")


def test_a_participle_joined_to_one_without_a_with_subject_keeps_the_clause_subject():
    text = ('The senator stood up, pointing to his record and asking, "How can anyone doubt me?"')
    q = q_of(text, "How can anyone")
    assert q.speaker == "The senator"


@pytest.mark.parametrize("text, clause", [
    # a quotation that ends its sentence inside a parenthesis closes the aside and the sentence (and
    # the report, opened inside the parenthesis, ends before its closing mark)
    ("Axelrod knows the team. (His close friend is Joel Benenson, whom one Obama insider described as \u201chis "
     "brother.\u201d) And some "
     "interpret Axelrod\u2019s commentary as somewhat self-serving.", "as \u201chis brother.\u201d"),
    ('It is not clear how long Mr Brown will stay (he once said there are two types of chancellor: "those who '
     'fail and those who get out in time.") There are rumours he will be moved.',
     'there are two types of chancellor: "those who fail and those who get out in time."'),
])
def test_a_quotation_ending_a_sentence_in_parentheses_ends_the_report(text, clause):
    q = q_of(text, clause.split()[1])
    assert text[q.content_start:q.content_end] == clause


def test_a_quotation_in_parentheses_ending_without_a_period_runs_on():
    text = 'Brown said the plan (a "fair deal") would pass easily in the spring.'
    q = q_of(text, "fair deal")
    assert text[q.content_start:q.content_end].endswith("would pass easily in the spring")


@pytest.mark.parametrize("text, speaker", [
    # a title before a lone surname opening a sentence makes it a person a later "he" can be
    ("Hillary Clinton spoke on Monday.\n\nMrs. Clinton has always maintained that the server was secure. "
     "President Obama backed her up in an interview last October. ''I don't think it posed a national "
     "security problem,'' he said.", "Obama"),
    ('The dollar fell on Friday. President Reagan met his advisers. "We believe that the Soviet Union has '
     'gone beyond the treaty," he said.', "Reagan"),
])
def test_a_titled_surname_opening_a_sentence_is_a_pronouns_antecedent(text, speaker):
    q = [q for q in extract_quotes(text) if q.kind == "direct"][-1]
    assert q.speaker == speaker


def test_an_untitled_unknown_capitalised_subject_is_still_no_antecedent():
    text = 'The dollar fell on Friday. Treasury met its advisers. "We believe the dollar is too low," he said.'
    assert extract_quotes(text)[-1].speaker is None


@pytest.mark.parametrize("text", [
    # a participle right after its noun, with its agent after "by", modifies the noun: no one's report
    'It had a resonant issue (the anti-Washington feeling proclaimed by George Wallace in 1968) or a regional '
    'base (the South for "Dixiecrat" Strom Thurmond in 1948).',
])
def test_a_participle_with_by_after_its_noun_is_no_cue(text):
    assert extract_quotes(text) == []


def test_a_quotation_after_a_participle_with_by_goes_to_the_next_cue():
    text = ("Bellamy's claim that Souness had lied about the bust-up was strongly denied by Shepherd, who accused "
            'the striker of "cheating" the club.')
    q = q_of(text, "cheating")
    assert (q.kind, q.cue, q.speaker) == ("mixed", "accused", "Shepherd")


@pytest.mark.parametrize("text, speaker, cue", [
    # a passive with its agent, and a participle after "as" or a dash, still attribute
    ('Trump was asked by host Bill Maher, "Would you run again?"', "Bill Maher", "asked"),
])
def test_a_passive_cue_with_by_keeps_its_agent(text, speaker, cue):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.cue) == (speaker, cue)


def test_a_title_before_a_noun_with_a_participle_and_by_is_no_quotation():
    text = ("Later that month, Scribner is set to publish ''Trump Revealed,'' a biography written by the "
            "Washington Post editor Marc Fisher.")
    assert extract_quotes(text) == []


def test_a_cue_before_a_participle_with_by_still_attributes():
    text = '"We will win this race," wrote the senator in a letter signed by 40 colleagues.'
    q = extract_quotes(text)[0]
    assert (q.kind, q.cue, q.speaker) == ("direct", "wrote", "the senator")


@pytest.mark.parametrize("text, clause", [
    # a report that starts inside a parenthesis ends where the parenthesis closes
    ("The history (Bill Clinton said the state was special) makes this a contest that Sanders must win.",
     "the state was special"),
    ('The history (Bill Clinton called himself the "comeback kid") makes this a contest that Sanders must win.',
     'himself the "comeback kid"'),
    ("First, Ellen Kullman was shown the door. (She claimed to ''retire.'') Then DuPont announced plans to merge.",
     "to ''retire.''"),
    ("Dow's chief executive, Andrew Liveris, of course, said that the timing was unrelated.) The deal went on.",
     "that the timing was unrelated"),
])
def test_a_report_inside_a_parenthesis_ends_where_it_closes(text, clause):
    q = q_starting(text, clause.split()[0])
    assert text[q.content_start:q.content_end] == clause


@pytest.mark.parametrize("text, clause", [
    # parentheses opened and closed inside the report, or a quotation in parentheses within it, keep it whole
    ('Tom Giancola explained how canvassers would rank the voters they met from 1 ("Oh, I\'m definitely voting '
     'for Eric") to 6 ("They\'re probably voting for Trump").',
     'how canvassers would rank the voters they met from 1 ("Oh, I\'m definitely voting for Eric") to 6 '
     '("They\'re probably voting for Trump")'),
    ("Sanders said the plan (which costs $5 billion) would pass this year.",
     "the plan (which costs $5 billion) would pass this year"),
])
def test_parentheses_inside_a_report_keep_it_whole(text, clause):
    q = q_starting(text, clause.split()[0])
    assert text[q.content_start:q.content_end] == clause


@pytest.mark.parametrize("text, clause", [
    # "at least"/"at most" and a number open a clause after the cue, unlike "said at the meeting"
    ("Police said at least 40 people were hurt.", "at least 40 people were hurt"),
    ("Friday morning, as the Rose Bowl parade rolled through Pasadena, CNN reported at least six skywriting "
     "planes filled the skies with anti-Trump messages.", "at least six skywriting planes filled the skies"),
    ("The state-run Philippine News Agency said at least 18 rebels died in the clash.", "at least 18 rebels died"),
])
def test_at_least_opens_a_reported_clause(text, clause):
    q = q_starting(text, clause)
    assert q.kind == "indirect" and text[q.content_start:q.content_end].startswith(clause)


def test_at_the_place_after_a_cue_is_still_no_clause():
    text = "She said at the meeting that the plan was dead."
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == ["that the plan was dead"]


@pytest.mark.parametrize("text, clause", [
    # a recipient before a comma: the mixed report starts after it
    ("Instead, Trump told CNN, his policy would merely be \u201cto go after them\u201d if he wins the White House.",
     "his policy would merely be"),
    ("The person who plays Trump in the mock debates, several people in Clinton\u2019s orbit told POLITICO, has "
     "already been chosen, and is an \u201coutsider.\u201d", "has already been chosen"),
])
def test_a_mixed_report_starts_after_a_recipient_and_its_comma(text, clause):
    q = q_starting(text, clause)
    assert q.kind == "mixed" and q.cue == "told"


@pytest.mark.parametrize("text, speaker, clause", [
    # a firm named in the possessive form speaks with a verb that is never a noun
    ("BOISE, Idaho, March 2 - Albertson's said it plans to open 33 to 35 new stores during 1987.",
     "Albertson's", "it plans to open"),
    ("Moody's said the action completes a review of the company's debt.", "Moody's", "the action completes"),
    ("However, Moody's noted that the company intends to repurchase existing debt.", "Moody's",
     "that the company intends"),
    # and after the report, at the end of the sentence (the wire's most common shape)
    ("This business changes with the construction cycle and so increases Gypsum's cash flow vulnerability, "
     "Moody's said.", "Moody's", "This business changes"),
    ("Net proceeds will be used primarily to retire outstanding bank debt, Chili's said.", "Chili's",
     "Net proceeds will be used"),
    ("Strong Japanese insurers can accumulate cash to ward off shocks, Standard and Poor's said.",
     "Standard and Poor's", "Strong Japanese insurers"),
])
def test_a_firm_named_in_the_possessive_speaks(text, speaker, clause):
    q = q_starting(text, clause)
    assert q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text", [
    # but after an owner, "claims", "report" and an adjective "reported" are nouns' words
    "Trump's claims about the wall were false, and nobody believed them.",
    "Nearly 60 percent of Mrs. Clinton's reported contributions have come from women.",
    "The wall would be paid for by Mexico, as in Trump's claims.",
    "The plan failed badly in the end, despite the mayor's claims.",
])
def test_an_owner_before_a_cue_noun_is_no_speaker(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, kind, speaker, cue", [
    # "goes" right before quoted words is going somewhere; "goes," or "went even further:" speaks
    ("But despite the kind words, Trump says he goes \u201cback to war tomorrow.\u201d", "mixed", "Trump", "says"),
    ("In a Fox interview later that day, Trump went even further: \u201cIf he goes forward and loses, it\u2019s "
     "the end of his career.\u201d", "direct", "Trump", "went"),
])
def test_go_speaks_only_before_a_comma_or_colon(text, kind, speaker, cue):
    q = extract_quotes(text)[0]
    assert (q.kind, q.speaker, q.cue) == (kind, speaker, cue)


def test_went_before_a_place_word_is_no_report():
    text = "Four of the 1905 All Blacks went over to the newly formed 'All Golds' rugby league side soon after the tour."
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    # a modal's word inside a firm's name: "Continental Can", "Heekin Can Inc"
    ("Continental Can said it would supply Nestle's can requirements under a long-term agreement.",
     "Continental Can"),
    ("CINCINNATI, March 12 - Heekin Can Inc said it plans to build a seven mln dlr Columbus, Ohio, plant.",
     "Heekin Can Inc"),
])
def test_can_inside_a_firms_name(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a share owned by another firm, between a firm and its cue, is an aside
    ("PanCanadian, 87 pct-owned by Canadian Pacific Ltd <CP>, said it would receive 1.7 mln British pounds cash.",
     "PanCanadian"),
    ("TORONTO, June 18 - Nabisco Brands Ltd, 80 pct-owned by RJR Nabisco Inc <RJR>, said it named R. Edward "
     "Glover as chief executive.", "Nabisco Brands Ltd"),
])
def test_a_percent_owned_aside_before_the_cue(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, clauses", [
    # a cue after "although"/"though" and its subject is a report of its own, not part of the first one
    ('Netanyahu said late Wednesday that he would go ahead with the Trump meeting, although he tweeted that he '
     '"rejects Donald Trump\'s latest comments about Muslims."',
     ["that he would go ahead with the Trump meeting", 'that he "rejects Donald Trump\'s latest comments about Muslims."']),
    ('All three band members stressed that the break up was amicable, although Bourne admitted he was '
     '"devastated" to hear of the departure.',
     ["that the break up was amicable", 'he was "devastated" to hear of the departure']),
])
def test_a_concessive_clause_with_its_own_cue_is_a_report_of_its_own(text, clauses):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == clauses


def test_a_cue_inside_a_report_without_a_subordinator_stays_in_it():
    text = 'Trump said that Romney begged him for an endorsement and "would have dropped to his knees."'
    qs = extract_quotes(text)
    assert len(qs) == 1 and qs[0].cue == "said" and qs[0].speaker == "Trump"


@pytest.mark.parametrize("text, clause", [
    # irregular past forms are finite verbs of a reported clause
    ("In a filing with the Securities and Exchange Commission, Soros said his group bought a net 498,800 King "
     "World common shares.", "his group bought a net 498,800"),
    ("Tokyo dealers said the Japanese central bank bought dollars in Tokyo earlier today.",
     "the Japanese central bank bought dollars"),
    ("Ferguson believes Henry deliberately caught Heinze on the head with his knee.", "Henry deliberately caught"),
    ("And he said a U.S. Court of Appeals upheld the bank's commercial paper business.", "a U.S. Court of Appeals upheld"),
])
def test_irregular_past_verbs_make_a_clause(text, clause):
    assert q_starting(text, clause).kind == "indirect"


def test_a_cue_before_goodbye_is_still_no_clause():
    assert extract_quotes("Officials said goodbye to the shares the group bought.") == []


@pytest.mark.parametrize("text, clause, speaker", [
    # "CLAUSE, it said.": the firm or body that spoke before
    ("WAPPINGERS FALLS, N.Y., April 13 - Command Airways Inc said its March load factor rose to 44.6 pct.\n\n"
     "Year-to-date load factor rose to 41 pct from 38.4 pct, it said.", "Year-to-date load factor rose",
     "Command Airways Inc"),
    ("TOKYO, March 9 - The Bank of Japan said money supply rose 8.8 pct.\n\nThe rise was the largest in two "
     "years, it added.", "The rise was the largest", "The Bank of Japan"),
])
def test_a_final_it_said_attributes_to_the_body_named_before(text, clause, speaker):
    q = q_starting(text, clause)
    assert (q.kind, q.speaker) == ("indirect", speaker)


def test_a_final_it_said_with_no_body_before_has_no_speaker():
    text = "The exact amount of the swap will be determined later, it said."
    q = q_starting(text, "The exact amount")
    assert q.speaker is None and text[q.speaker_start:q.speaker_end] == "it"


@pytest.mark.parametrize("text, speaker", [
    # a company named for its state or country: the place is part of the name
    ("ALBUQUERQUE, N.M., March 4 - Public Service Co of New Mexico said it is evaluating a partnership.",
     "Public Service Co of New Mexico"),
    ("PITTSBURGH, March 4 - Aluminum Co of America said it will close a smelter.", "Aluminum Co of America"),
    # but a legal form before "of" ends the name: where the firm is
    ("LEVERKUSEN, March 4 - Bayer AG of West Germany said it will build a plant.", "Bayer AG"),
    ("Gov. John Kasich of Ohio said he would sign the bill into law next week.", "John Kasich"),
])
def test_a_company_of_a_state_or_country(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # people named by whom they serve or who asked them speak, not that person or pollster
    ("An aide to the senator said the plan would be delayed until June.", "An aide to the senator"),
    ("An aide to Sen. James Exon said the senator had not ruled out the plan.", "An aide to Sen. James Exon"),
    ("Economists polled by Reuters said M-1 would be anywhere from unchanged to up five billion dlrs.",
     "Economists polled by Reuters"),
    ("The sale may hurt the ability of banks to lend abroad, analysts polled by Reuters said.",
     "analysts polled by Reuters"),
    ("A Fiat spokesman contacted by Reuters said the report was a rumour.", "A Fiat spokesman contacted by Reuters"),
])
def test_an_aide_to_or_people_polled_by_someone_speak_themselves(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # but a letter to someone, or a report by someone, is no person of theirs
    ("Officials close to Trump said the plan would be delayed until June.", "Officials close to Trump"),
    ("Reuters said the plan would be delayed until June.", "Reuters"),
])
def test_other_links_keep_their_speakers(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, clause", [
    # a place or time before a clause of its own is part of a final attribution's report
    ("At January 31 Wickes had 239 mln shares outstanding, the company also said.", "At January 31 Wickes had"),
    ("In 1986 Moniterm earned 5.3 mln dlrs on sales of 40 mln dlrs, the company said.", "In 1986 Moniterm earned"),
])
def test_a_fronted_place_or_time_with_its_clause_is_reported(text, clause):
    assert q_starting(text, clause).kind == "indirect"


@pytest.mark.parametrize("text", [
    "In a statement released on Monday, the company said.",
    "In an interview with reporters on Friday after the vote, Smith said.",
])
def test_a_fronted_phrase_alone_is_no_report(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, clause", [
    # "added" with a clause of its own (a subject and an auxiliary), no "that" needed
    ("But he added the industry could not wait for legislation to pass.", "the industry could not wait"),
    ("The company added the bonds were sold at par.", "the bonds were sold at par"),
    ('"It was personal," he said, adding he would never vote for Clinton.', "he would never vote for Clinton"),
])
def test_added_with_a_clause_without_that(text, clause):
    assert q_starting(text, clause).kind == "indirect"


@pytest.mark.parametrize("text", [
    # "added" with an object is no report
    "Barry Everitt added the conversion to become the fourth player to reach 1,000 points.",
    "Gardener added the Olympic relay crown to his World Indoor title.",
])
def test_added_with_an_object_is_no_report(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, clause", [
    # a recipient's name with "and" or "of" in it
    ("Polycast Technology Corp told the Securities and Exchange Commission it sold off 119,800 of its shares.",
     "it sold off 119,800"),
    ("Carney told the House of Commons she will soon announce an amendment to the Export Act.",
     "she will soon announce"),
])
def test_told_a_recipient_with_and_or_of_in_its_name(text, clause):
    q = q_starting(text, clause)
    assert (q.kind, q.cue) == ("indirect", "told")


@pytest.mark.parametrize("text, clause", [
    # "it is time to ..." is a clause like any other
    ("Prime Minister Tony Blair said it was time to draw a line under the controversy.", "it was time to draw"),
    ("But the prime minister says it is time for Mr Livingstone to say sorry.", "it is time for Mr Livingstone"),
])
def test_it_is_time_after_a_cue_is_a_report(text, clause):
    assert q_starting(text, clause).kind == "indirect"


@pytest.mark.parametrize("text, clause", [
    # where or when it was said, then a clause without "that" whose subject is a name or a determiner's noun
    ("Pechiney said in a statement one accord was to set up joint ventures.", "one accord was"),
    ("Baldrige said in his testimony Japan had a closed supercomputer market.", "Japan had a closed"),
    ("Brentwood said in the suit the evaluations were misleading.", "the evaluations were misleading"),
    ("BAGHDAD, March 11 - Iraq said today its forces had crushed an Iranian attack.", "its forces had crushed"),
    ("The Times newspaper also reported last month Cameron had ordered diplomats to repair relations.",
     "Cameron had ordered"),
])
def test_a_circumstance_then_a_clause_without_that(text, clause):
    assert q_starting(text, clause).kind == "indirect"


@pytest.mark.parametrize("text", [
    # a name after an occasion or a comma is no clause's subject there
    "The Clinton Foundation acknowledged after the Washington Post asked about them in February.",
    "Under the agreement announced last month, Ferruzzi acquired all the equity of the company.",
])
def test_no_name_subject_after_an_occasion_or_a_comma(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, clause", [
    # a place, then a day, between the cue (and its recipient) and a clause without "that"
    ("Poehl told a conference in Frankfurt on Tuesday the central bank has no interest in higher rates.",
     "the central bank has no interest"),
    ("Skapin told reporters in Brussels yesterday the requested loan accounted for only 10 pct of the funds.",
     "the requested loan accounted"),
])
def test_a_place_and_a_day_before_a_clause_without_that(text, clause):
    assert q_starting(text, clause).kind == "indirect"


def test_a_place_alone_before_a_name_is_no_circumstance():
    text = "The party won in Ohio and Pennsylvania last year."
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, clause", [
    # a news agency told, then a clause whose subject is a name
    ("Nancy Tackett, his staff assistant, told Reuters Kampelman was doing well.", "Kampelman was doing well"),
    ("USDA's Foreign Agricultural Service Administrator Thomas Kay told Reuters DOT could owe USDA as much as "
     "20 mln dlrs.", "DOT could owe USDA"),
])
def test_told_a_news_agency_then_a_named_subject(text, clause):
    q = q_starting(text, clause)
    assert (q.kind, q.cue) == ("indirect", "told")


def test_told_bbc_news_is_one_recipient():
    text = "Mr Lammy told BBC News Labour MPs would not get a free vote."
    assert not any(text[q.content_start:q.content_end].startswith("News") for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker, clause", [
    # a document named by an acronym speaks like "the report"
    ("The USDA report said that so far the El Nino has not had an overall negative impact.", "The USDA report",
     "that so far the El Nino"),
    ("But the SEC report said the possibility of a market collapse was remote.", "the SEC report",
     "the possibility of a market collapse"),
    # "that year-to-date ..." is "that" and a clause, not "that year"
    ("AMC added that year-to-date its domestic car sales retreated 60 pct.", "AMC", "that year-to-date its"),
])
def test_acronym_reports_and_that_year_to_date(text, speaker, clause):
    q = q_starting(text, clause)
    assert (q.kind, q.speaker) == ("indirect", speaker)


def test_that_year_is_still_no_that_clause():
    text = "He announced that year a plan to cut taxes."
    assert all(not text[q.content_start:q.content_end].startswith("that year") for q in extract_quotes(text))


@pytest.mark.parametrize("text, clause", [
    # "as many as" and a number open a clause; "as part of ...", "as a result of ...", "as previously
    # announced" are circumstances before one
    ("Prime Minister Yulia Tymoshenko said as many as 3,000 firms could be included on the list.",
     "as many as 3,000 firms"),
    ("Ziering said as a result of the new tax laws he expected the company's taxes to decrease.",
     "he expected the company's taxes"),
    ("Webcor said as previously announced it has failed to make payments to the bank.", "it has failed to make"),
    ("It said as part of the contract it will build a new type of horizontal stabilizer.", "it will build a new"),
])
def test_as_many_as_and_as_part_of_before_a_clause(text, clause):
    assert q_starting(text, clause).kind == "indirect"


@pytest.mark.parametrize("text", ["She said as much in an interview.", "He said as expected, the plan failed."])
def test_as_after_a_cue_is_still_mostly_no_clause(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    # a firm's name goes on past "and Co" after an inverted cue; a post and a name after it are its person
    ("The notes have an 8-1/8 pct coupon, said lead manager Morgan Stanley and Co Inc.", "Morgan Stanley and Co Inc"),
    ('"Kodak perceives that these businesses will be its bread and butter," said Wertheim and Co analyst '
     'Michael Ellman.', "Michael Ellman"),
    # a person "of" the firm stays the speaker
    ('"The Fed is faced with a large seasonal adding requirement," said Ward McCarthy of Merrill Lynch and Co Inc.',
     "Ward McCarthy"),
])
def test_an_inverted_speaker_and_co(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "state" before a noun is a modifier of the speaker's phrase, not the verb
    ("The trip is set for April 6-8, the state department said.", "the state department"),
    ("The government will take emergency measures, state radio said.", "state radio"),
])
def test_state_as_a_modifier_before_the_cue(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_state_as_the_verb_after_a_plural_subject_is_no_report_here():
    assert extract_quotes("The trip is set for April 6-8, the officials state.") == []


@pytest.mark.parametrize("text, speaker", [
    # two groups of people joined by "and", or a plural of people with two modifiers
    ("The crop will be as low as 123 mln boxes, analysts and industry sources said.", "analysts and industry sources"),
    ("A market could be set up this year, Congressional and financial sources said.",
     "Congressional and financial sources"),
    ("Nothing was damaged in the storm, crop and weather experts said.", "crop and weather experts"),
])
def test_groups_joined_by_and_before_a_final_cue(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # but a time noun or a coordination before "and" is no part of the speaker
    ("Prices rose this week and industry analysts said the rise would last.", "industry analysts"),
    ("Trump and his aides said the plan was dead.", "his aides"),
])
def test_no_pair_with_a_time_or_a_name_before_and(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, clause", [
    # "here" or "there" after the people who speak says where they are
    ("LONDON, March 5 - Turkey is holding a buying tender for 100,000 tonnes of white sugar on March 24, "
     "traders here said.", "traders", "Turkey is holding"),
    ("The dollar is likely to fall further against the yen this week, senior dealers here believe.",
     "senior dealers", "The dollar is likely"),
    ("The talks would resume on Monday after a pause of two weeks, diplomats there said.", "diplomats",
     "The talks would resume"),
])
def test_where_the_speakers_are_is_not_part_of_them(text, speaker, clause):
    q = q_starting(text, clause)
    assert q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text, not_speaker", [
    # but after other words "here" is where something goes or happens: no speaker made of it
    ("Coffee prices dipped sharply yesterday when the lack of debate at ICO talks here confirmed expectations "
     "that quotas would not be revived, traders said.", "ICO talks"),
])
def test_here_after_a_thing_is_no_speakers_place(text, not_speaker):
    assert all(q.speaker != not_speaker for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker, clause", [
    # "said in CIRCUMSTANCE CLAUSE" with no "that": an interview or statement with its adjectives,
    # statements in the plural, a month, a year, "in the past"
    ("Lawson said in a television interview the dispute had fanned fears of a breakdown.", "Lawson",
     "the dispute had fanned"),
    ("The leaders of two business groups said in separate statements the accord is of deep concern to Japan.",
     "The leaders of two business groups", "the accord is of deep concern"),
    ("Societe Generale President Marc Vienot said in December he expected group profits to rise.",
     "Marc Vienot", "he expected group profits"),
    ("Kim said in the past the government had pressed banks to give soft loans.", "Kim",
     "the government had pressed"),
    ("The dealer house said in its annual review the industry withdrew 20 mln ounces.", "The dealer house",
     "the industry withdrew"),
])
def test_said_in_a_circumstance_then_a_clause(text, speaker, clause):
    q = q_starting(text, clause)
    assert q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text, clause", [
    # "in the past two years" belongs to the report, and "announced in 1986, the minister added" is
    # an attribution of its own, not a clause after a circumstance
    ("Baker said in the past two years he has worked to promote greater coordination of policies.",
     "in the past two years he has worked"),
    ("Exports rose 12 pct after the producer price rises announced in December, the minister added.",
     "Exports rose 12 pct"),
])
def test_a_circumstance_that_belongs_to_the_report_stays_in_it(text, clause):
    q = q_starting(text, clause)
    assert q.kind == "indirect"


@pytest.mark.parametrize("text, expected", [
    # "X, which said CLAUSE": a firm or body speaks through its relative pronoun, as a person does with "who"
    ("Vaskevitch was suspended by Merrill, which said it was cooperating with the probe.",
     [("it was cooperating with the probe", "Merrill")]),
    # the relative's antecedent is the noun phrase before it, not the clause that holds it
    ("But Costa Rica joined the splinter group, which said it would agree to objective criteria.",
     [("it would agree to objective criteria", "the splinter group")]),
    # "It has also said": an auxiliary between "it" and the cue
    ("Harris said its dealings were on behalf of clients. It has also said it has no intention of seeking control.",
     [("its dealings were on behalf of clients", "Harris"), ("it has no intention of seeking control", "Harris")]),
    # the sentence's own attribution after a relative's report: both stand
    ("The Tower report, which says Reagan was ignorant about the deal, ends his prospects of regaining "
     "dominance, political analysts said.",
     [("The Tower report, which says Reagan was ignorant about the deal, ends his prospects of regaining dominance",
       "political analysts"), ("Reagan was ignorant about the deal", "The Tower report")]),
    ("Rilwanu Lukman said output was falling. Iraq, which said it would not honour its quota, had produced "
     "less than anticipated, he said.",
     [("output was falling", "Rilwanu Lukman"),
      ("Iraq, which said it would not honour its quota, had produced less than anticipated", "Rilwanu Lukman"),
      ("it would not honour its quota", "Iraq")]),
    # but "X said A, they said." only repeats the sentence's speaker: one report
    ("Ministry officials said the decline was due to bad weather, which cut output, they said.",
     [("the decline was due to bad weather", "Ministry officials")]),
])
def test_which_said_and_the_sentences_own_attribution(text, expected):
    assert sorted(_reports(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # "which" before a cue that can be a noun is no speaker ("which claims", "which states")
    "It is still unclear which states will vote first in the primaries this year.",
    "The court must decide which claims the company can still pursue against the bank.",
])
def test_which_before_a_cue_noun_is_no_speaker(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker, clause", [
    # a hyphenated post after a firm's name is an appositive, as "vice president" was
    ("But Robert Lutz, Chrysler executive vice-president, said the weak dollar would now help Chrysler.",
     "Robert Lutz", "the weak dollar would"),
    ("Liam Fox, Tory co-chairman, said the return of Mr Campbell was a sign of new tactics by Labour.",
     "Liam Fox", "the return of Mr Campbell"),
    # "United" ending a firm's name before a verb that is never a noun
    ("Utilicorp United said the Iowa Utilities Board has ordered its division to reduce its rates.",
     "Utilicorp United", "the Iowa Utilities Board"),
    ("Manchester United said they had received a preliminary approach from the American tycoon.",
     "Manchester United", "they had received"),
])
def test_hyphenated_posts_and_united(text, speaker, clause):
    q = q_starting(text, clause)
    assert q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text", [
    # but "united states" is no speaker's verb, and a hyphenated word that is no post is no appositive
    "The united states of the federation will vote on the budget next week.",
    "Robert Lutz, Chrysler well-wisher, praised the plan and the weak dollar would help it too.",
])
def test_united_states_and_other_hyphens_are_no_speaker(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker, clause", [
    # "said last night CLAUSE", "said last Thursday CLAUSE": when, then the report
    ("Miodrag Lazarevic, a union leader, said last night the government would be responsible for the law.",
     "Miodrag Lazarevic", "the government would be"),
    ("Gerhard Stoltenberg said last Thursday he was looking for other ways to finance the reform.",
     "Gerhard Stoltenberg", "he was looking"),
    # "said more X would ...": "more" opens a subject when a verb follows it
    ("Colorocs Corp said more details would follow shortly.", "Colorocs Corp", "more details would follow"),
    ("Japanese bankers said more and more Japanese banks are on the way.", "Japanese bankers",
     "more and more Japanese banks"),
])
def test_said_last_night_and_said_more(text, speaker, clause):
    q = q_starting(text, clause)
    assert q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text", [
    # but "said more about ..." is how much was said, and "announced this weekend, the Globe and
    # Mail said" is the paper's attribution, not the clause of "announced"
    "Perhaps it said more about how people were beginning to see the technology.",
    "However, the spokesman indicated that the sale could be finalized and announced this weekend, "
    "the Globe and Mail said.",
])
def test_more_about_and_a_time_before_a_comma(text):
    assert all(not text[q.content_start:q.content_end].startswith(("more about", "the Globe"))
               for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker, clause", [
    # a recipient of two words stops before the clause's own first word
    ("On Monday, the legal team for two Algerian suspects told a court the men did not want bail.",
     "the legal team for two Algerian suspects", "the men did not want bail"),
    # fronted circumstances after the cue: "as of", a meeting, the end of a period, someone's request
    ("Mobex Corp said as of late yesterday it had accepted about 2.3 mln shares.", "Mobex Corp",
     "it had accepted"),
    ("Diplomatic sources said at today's meeting the Spanish delegation also expressed strong reservations.",
     "Diplomatic sources", "the Spanish delegation"),
    ("The Banking Commission said at the end of last year it wanted a drastic reduction.",
     "The Banking Commission", "it wanted a drastic reduction"),
    ("Brown-Forman Inc said at the suggestion of the American Stock Exchange it has changed the record date.",
     "Brown-Forman Inc", "it has changed the record date"),
    ("McGrath RentCorp said as a result of its December acquisition of Space Co, it expects higher earnings.",
     "McGrath RentCorp", "it expects higher earnings"),
])
def test_fronted_circumstances_after_the_cue(text, speaker, clause):
    q = q_starting(text, clause)
    assert q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text, bad_start", [
    # "at the time it bought Enron" is a time clause, and a relative clause is no part of the circumstance
    ("National Distillers said at the time it bought Enron it would sell the spirits businesses.",
     "it bought Enron"),
    ("Woolworth said as a result of the tender offer and options which it has exercised to purchase Armel "
     "stock, its unit expects to own about 91 pct of Armel.", "it has exercised"),
])
def test_circumstances_that_hold_a_clause_are_not_skipped(text, bad_start):
    assert all(not text[q.content_start:q.content_end].startswith(bad_start) for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker, clause", [
    # a subject joined by "and" after the report's comma is the whole phrase, not its last part
    ("The change reflects the company's improvement in retiring debt, Duff and Phelps said.", "Duff and Phelps",
     "The change reflects"),
    ("The mere reaffirmation will not stop a further decline of the dollar, Japanese currency and bond "
     "traders said.", "Japanese currency and bond traders", "The mere reaffirmation"),
    ("The buildings will be leased back to Greenery for seven years, Health and Rehabilitation Properties said.",
     "Health and Rehabilitation Properties", "The buildings will be leased"),
    ("Westinghouse's chief mission at Hanford is to produce plutonium, company and DOE officials said.",
     "company and DOE officials", "Westinghouse's chief mission"),
])
def test_a_joined_subject_after_the_report(text, speaker, clause):
    q = q_starting(text, clause)
    assert q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text, bad_speaker", [
    # but not when the report's comma is inside the subject, nor before a passive or another verb
    ("Swiss wholesale prices fell by 0.3 pct in February, the Federal Office of Industry, Trade and Labour said.",
     "Trade and Labour"),
    ("LTV began talks with the union, the steel, aerospace and energy concern said.", "aerospace and energy concern"),
    ("Terms of the agreement between Profit Technology, the author and the publisher Tab Books Inc were not "
     "disclosed.", "the author and the publisher Tab Books Inc"),
    ("Balfour Beatty managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Sean Fugill and "
     "Keith Lea all face individual charges.", "Sean Fugill and Keith Lea"),
])
def test_no_joined_subject_across_a_comma_inside_it(text, bad_speaker):
    assert all(q.speaker != bad_speaker for q in extract_quotes(text))


def test_an_appositive_of_two_posts_joined_by_and():
    text = ('"We expect significant increases in earnings and revenues in 1987," Steven Rales, Danaher chairman '
            'and chief executive officer, said.')
    q = q_of(text, "significant increases")
    assert (q.kind, q.speaker) == ("direct", "Steven Rales")


@pytest.mark.parametrize("text, speaker, clause", [
    # a person "in" or "at" a place speaks, not the place
    ("The seamen had accepted a 120 pct pay offer from the companies, a union spokesman in Rio de Janeiro said.",
     "a union spokesman in Rio de Janeiro", "The seamen had accepted"),
    # "begin" before an action is no cue: the sentence's own attribution speaks
    ("OTTAWA, March 26 - Canada may begin monitoring steel to see if it is being \"trans-shipped\" to the U.S., "
     "senior government trade officials said.", "senior government trade officials", "Canada may begin"),
    # a contracted negative between the subject and the cue is no part of the subject
    ("Sanders hasn't said he has a strategy for changing the focus of his campaign.", "Sanders",
     "he has a strategy"),
])
def test_place_of_a_speaker_begin_and_contracted_negatives(text, speaker, clause):
    q = q_starting(text, clause)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, cue", [
    # but "began talking about" and "began to say" are words
    ('Bernie Sanders began talking about what will happen "if we do not win."', "began"),
    ("Mr. Trump began: \u201cWe are going to win so much.\u201d", "began"),
])
def test_begin_before_speech_is_still_a_cue(text, cue):
    assert any(q.cue == cue for q in extract_quotes(text))


def test_the_place_after_a_thing_is_still_no_speaker():
    text = "Officials said the plane crash in Moscow killed 40 people on Tuesday."
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == [
        ("Officials", "the plane crash in Moscow killed 40 people on Tuesday")]


@pytest.mark.parametrize("text, kind, speaker, content", [
    # "only" between a subject and its cue is no part of the subject, and "would only say:" speaks
    ('Bernie Sanders said the race was close. He only said: "No comment on that."', "direct", "Bernie Sanders",
     "No comment on that."),
    ('Bob Jones said the race was close. He would only say: "No comment on that."', "direct", "Bob Jones",
     "No comment on that."),
    # a report with its own attribution before ", but" and another report after it: both
    ("The Finance Ministry is expected to allow local banks to use overseas markets from this month, bond "
     "market sources said, but officials would only say the issue was under study.", "indirect",
     "bond market sources", "The Finance Ministry is expected to allow local banks to use overseas markets "
     "from this month"),
    ("The Finance Ministry is expected to allow local banks to use overseas markets from this month, bond "
     "market sources said, but officials would only say the issue was under study.", "indirect",
     "officials", "the issue was under study"),
])
def test_only_before_a_cue_and_a_report_before_but(text, kind, speaker, content):
    assert any((q.kind, q.speaker, text[q.content_start:q.content_end]) == (kind, speaker, content)
               for q in extract_quotes(text)), [(q.kind, q.speaker, text[q.content_start:q.content_end])
                                                for q in extract_quotes(text)]


def test_only_opening_a_subject_stays_in_it():
    text = "Only Trump said the plan would fail."
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == [
        ("Only Trump", "the plan would fail")]


@pytest.mark.parametrize("text, speaker", [
    # a firm's post in lower-case words after a name is an appositive
    ("A bonus of 43.25 dlrs per tonne was awarded to Cam USA Inc, Melvin Sims, USDA general sales manager, said.",
     "Melvin Sims"),
    ("The exchange will rule on the petition on Wednesday, Leo Melamed, CME executive committee chairman, said.",
     "Leo Melamed"),
])
def test_a_firms_post_in_lower_case_words(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "a spokesman for X in PLACE": the place is passed over, and the person keeps his head noun
    ("The central bank would not be represented, a spokesman for the Bundesbank in Frankfurt said.",
     "a spokesman for the Bundesbank"),
    ("The demand was not so good this week, a dealer for a German bank in London said.",
     "a dealer for a German bank"),
])
def test_a_head_before_a_passed_over_place(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_relatives_antecedent_keeps_to_the_name_it_describes():
    # the description in a name's appositive, before "who said", is no speaker of its own: the
    # later "she" is still Elizabeth Arnold
    text = ("''You are going to see a variety of tactics,'' said Elizabeth Arnold, 32, a former staff member for the "
            "Sanders campaign in Philadelphia who said she planned to demonstrate. She said that other leaders "
            "''should worry about what is going to happen.''")
    assert "a former staff member for the Sanders campaign" not in {q.speaker for q in extract_quotes(text)}


@pytest.mark.parametrize("text, speaker", [
    # after a quotation, the place between the speaker and the cue is where the speaker is
    ('"The demand wasn\'t so good," a dealer for a German bank in London said.', "a dealer for a German bank"),
    ('"There is no formal plan yet," one representative of the German Banking Association in Cologne said.',
     "one representative of the German Banking Association"),
])
def test_a_place_between_the_speaker_and_the_cue_after_a_quotation(text, speaker):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("direct", speaker)]


def test_other_words_between_the_speaker_and_the_cue_still_stop_it():
    # ("in a huff" is no place: the quotation keeps no speaker rather than a wrong one)
    assert all(q.speaker != "Smith" for q in extract_quotes('"The demand wasn\'t so good," Smith in a huff said.'))


def test_a_paragraph_opened_by_a_spaced_closing_glyph_is_a_quotation():
    text = ("Patti Davis was critical of all the candidates.\n\n\u201d \u2026 they are so not like him,\u201d she said in "
            "December. \u201cMy father would be so appalled at what\u2019s going on.\u201d")
    assert [(q.kind, q.text.strip(" ,.\u2026"), q.speaker) for q in extract_quotes(text)] == [
        ("direct", "they are so not like him", "Patti Davis"),
        ("direct", "My father would be so appalled at what\u2019s going on", "Patti Davis")]


@pytest.mark.parametrize("text, speaker", [
    # a bare surname is not the relative named last ("his wife, Jane Sanders") but the one before
    ("The last time Bernie Sanders came to this city, the crowd was big.\n\nAt the urging of his wife, Jane "
     "Sanders, he has been talking to his allies.\n\n\"We really can win,\" said Sanders as he closed out.",
     "Bernie Sanders"),
    # but an honorific of her gender is her, and with no one else of that surname she is the one
    ("The last time Bernie Sanders came to this city, the crowd was big.\n\nAt the urging of his wife, Jane "
     "Sanders, he has been talking to his allies.\n\n\"We really can win,\" said Mrs. Sanders.", "Jane Sanders"),
    ("At the urging of his wife, Jane Sanders, he has been talking to his allies.\n\n\"We really can win,\" "
     "said Sanders.", "Jane Sanders"),
])
def test_a_surname_after_a_relative_named_with_it(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a document after its owner and an adjective or two speaks (the cue word "report" is its noun)
    ("The company's annual report said the choice of measures was a key political task.",
     "The company's annual report"),
    ("The Bank's latest inflation report said the choice of measures was a key political task.",
     "The Bank's latest inflation report"),
    # a firm's name with "of" before a post, in an appositive
    ("Michael Seibel, Bank of America vice-president, said the negotiations were proceeding well.", "Michael Seibel"),
    ("Michael Seibel, Bank of America vice president and regional manager, said the negotiations were going well.",
     "Michael Seibel"),
    # not people after a possessive, whose verb "report" stays a verb
    ("Jones's team members report that the choice of measures was a key political task.", "Jones's team members"),
])
def test_owned_documents_and_posts_at_firms_named_with_of(text, speaker):
    assert [(q.kind, q.speaker) for q in extract_quotes("The market was calm.\n\n" + text)] == [("indirect", speaker)]


@pytest.mark.parametrize("text, expected", [
    # "it" before a cue inside another report: the outer report is the speaker's
    ('Wedge said it believes the plan would be "highly desirable."', [("mixed", "Wedge")]),
    # "told" is never inverted: its object is the recipient, not the speaker
    # (and "It" is the firm that opened the sentence before: 0.6.379)
    ('Wedge Group filed with the SEC. It told Triton it "may acquire 50 pct or more."', [("mixed", "Wedge Group")]),
    ('The Triton board met. The company said it also told Triton it "may acquire 50 pct or more."',
     [("mixed", "The company")]),
])
def test_it_before_a_cue_inside_a_report_or_before_a_recipient(text, expected):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == expected


def test_it_before_a_naming_verb_is_still_no_speaker():
    assert extract_quotes('IBM is a firm. It is what it called a "patent commons."') == []


@pytest.mark.parametrize("text, expected", [
    # "said in <a document> CLAUSE": more kinds of document, titled ones, and more subjects after them
    ("The bank said in a telex message the key three month rate was reduced by 0.05 points.",
     [("The bank", "the key three month rate was reduced by 0.05 points")]),
    ("The embassy said in its annual Agriculture Report there were growing signs that output is falling.",
     [("The embassy", "there were growing signs that output is falling")]),
    ("The OECD said in its latest Financial Market Trends report the 34 pct rise was a record.",
     [("The OECD", "the 34 pct rise was a record")]),
    ("The group said in a statement today seven airlines have responded positively to these letters.",
     [("The group", "seven airlines have responded positively to these letters")]),
    # not a document's words when no subject follows it
    ("He said in a statement to the board the plan is dead.", []),
])
def test_said_in_a_document_then_a_clause(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a capitalised title after a possessive makes "report" its noun; a plural subject keeps the verb
    ("The Democrats report that turnout was high.", "The Democrats"),
    ("The latest Gallup polls report that turnout was high.", "The latest Gallup polls"),
])
def test_report_stays_a_verb_after_plural_subjects(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # a report opening with its own prepositional phrase and a comma: the phrase is part of it
    ("Hospital Corp said in addition to the cash payment, it will also receive preferred stock.",
     [("Hospital Corp", "in addition to the cash payment, it will also receive preferred stock")]),
    ("Analysts said with seven billion dlrs in assets, Citicorp Savings is still not a major force.",
     [("Analysts", "with seven billion dlrs in assets, Citicorp Savings is still not a major force")]),
    # where it was said is no part of it; nor is a work it was said in
    ("Smith said in a statement, the company will fight the ruling.", [("Smith", "the company will fight the ruling")]),
    ("As Hedrick Smith reported in his The Russians, the communist big shots had lavish country houses.",
     [("Hedrick Smith", "the communist big shots had lavish country houses")]),
])
def test_a_fronted_phrase_and_comma_after_the_cue(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Ed Balls is an adviser.\n\nThe decision was a "sensible thing to do", since he was talking about skills at '
     'the time, Mr Balls told the BBC.', "Ed Balls"),
    # a trailing "told <recipient>" after the quotation's clause attributes it as "said" does
    ('The talks could result in an acquisition worth "some hundreds of billions of lire" in the European '
     'sector, a company spokesman told Reuters.', "a company spokesman"),
])
def test_a_trailing_told_reuters_after_a_quotations_clause(text, speaker):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("mixed", speaker)]


def test_a_trailing_told_with_its_own_clause_is_a_report_of_its_own():
    text = ('The talks could result in a deal worth "some hundreds of billions of lire" in the sector, he '
            'told Reuters the deal was off.')
    assert [q.kind for q in extract_quotes(text)] == ["indirect"]


@pytest.mark.parametrize("text", ['"It is fine," Mr Balls said.', '"It is fine," Mrs. Smith said.',
                                  '"It is fine," Dr Jones said.'])
def test_an_honorific_alone_is_no_description(text):
    assert [(q.speaker_description, q.speaker_roles) for q in extract_quotes(text)] == [(None, [])]


@pytest.mark.parametrize("text, expected", [
    # an inverted attribution inside a report: both pieces, the speaker's name no description of the second
    ("The tone of the campaign, said Mr Milburn, would be more conversational than rhetorical.",
     [("The tone of the campaign", "Milburn"), ("would be more conversational than rhetorical", "Milburn")]),
    # after a short fronted phrase the report is what follows it (the phrase its own piece, as after "he said")
    ("Often, said Mr Pearson, this sensitive information was invisible because it got deleted.",
     [("this sensitive information was invisible because it got deleted", "Pearson"), ("Often", "Pearson")]),
])
def test_an_inverted_attribution_inside_a_report(text, expected):
    assert {(text[q.content_start:q.content_end], q.speaker) for q in extract_quotes(text)} == set(expected)


@pytest.mark.parametrize("text, description", [
    # what follows the speaker's name is a description only when it is no clause
    ('"It is fine," said Jim Hart, who was fired last year.', "who was fired last year"),
    ('"It is fine," said Jim Hart, a lawyer.', "a lawyer"),
    ('"It is fine," said Jim Hart, but the company is not.', None),
])
def test_a_clause_after_the_name_is_no_description(text, description):
    assert [q.speaker_description for q in extract_quotes(text)] == [description]


@pytest.mark.parametrize("text, expected", [
    # a clause after a time or an occasion may open with "this", "a", "new": "told reporters today this was ..."
    ("Yalim Eralp told reporters today this was unacceptable.", [("Yalim Eralp", "this was unacceptable")]),
    ("Presidential aides told reporters after the luncheon an official statement was likely to be issued.",
     [("Presidential aides", "an official statement was likely to be issued")]),
    ("Dilson Funaro told reporters last week new measures would be announced within a month.",
     [("Dilson Funaro", "new measures would be announced within a month")]),
    # not a bare noun phrase with no verb
    ("He said today a dog.", []),
])
def test_a_clause_after_a_time_opening_with_a_determiner(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # "in <city>" after a body or its site is where the speaker is, city names with particles too
    ("A spokesman for the strike committee in Rio de Janeiro said the strike would go on.",
     "A spokesman for the strike committee"),
    ("A spokesman at the strike headquarters in Rio said the strike would go on.",
     "A spokesman at the strike headquarters"),
    ("Bank analyst Michael Walsh at First Marathon Securities Ltd said the strike would go on.", "Michael Walsh"),
    # but a place that is the subject's own name stays
    ("Merrill Lynch in London said the strike would go on.", "Merrill Lynch"),
])
def test_a_city_with_particles_after_a_body_is_no_speaker(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, clause", [
    # an adverb of time or manner between the cue and its clause is no part of the report
    ("BP said earlier it planned a tender offer.", "it planned a tender offer"),
    ("BP said earlier today it planned a tender offer.", "it planned a tender offer"),
    ("Oldsmobile said separately its cash rebates were continued.", "its cash rebates were continued"),
    ("The IMF said previously Sri Lanka must reduce its budget deficit.", "Sri Lanka must reduce its budget deficit"),
    ("BP said earlier that it planned a tender offer.", "that it planned a tender offer"),
])
def test_an_adverb_of_time_between_the_cue_and_its_clause(text, clause):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == [clause]


def test_it_opening_the_sentence_says_the_quoted_fragments_it_reports():
    # "It" right before the cue at the sentence's start is the subject of a mixed report too
    text = ('U.S. Shoe also said it expects results to improve.\n\nIt said that initial orders for spring were down '
            '"moderately," but reorder activity was "excellent" within its line.')
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("indirect", "U.S. Shoe"), ("mixed", "U.S. Shoe")]


def test_the_subject_of_a_clause_after_it_said_is_no_speaker():
    # 'It said the officials "reaffirmed ..."' was the officials' quotation; it is the report's
    text = ('The Bundesbank said on Monday it would keep rates.\n\nIt said the officials "reaffirmed the view that '
            'their currencies are within ranges broadly consistent with economic fundamentals."')
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("indirect", "The Bundesbank"),
                                                                    ("mixed", "The Bundesbank")]


@pytest.mark.parametrize("text, expected", [
    # a trailing "X told <a long recipient>." attributes the clause before it
    ("Reform will be the top priority at the Venice summit, Secretary of State George Shultz told a group of "
     "American farm leaders.", [("Reform will be the top priority at the Venice summit", "George Shultz")]),
    ("The sectors had been most affected, Buchanan Smith told the House of Commons energy committee.",
     [("The sectors had been most affected", "Buchanan Smith")]),
    # but a recipient with a clause of its own is another report
    ("The plan is dead, Shultz told a group of leaders the talks had failed.", [("the talks had failed", "Shultz")]),
])
def test_a_trailing_told_with_a_long_recipient(text, expected):
    assert [(text[q.content_start:q.content_end], q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, clause", [
    # "at present", "at the moment", "at 1230 local time" between the cue and its clause
    ("The Reserve Bank said at 1230 local time it was offering to buy securities.", "it was offering to buy securities"),
    ("He said at present Belgian and Italian banks were the most restricted in the EC.",
     "Belgian and Italian banks were the most restricted in the EC"),
    # an occasion stays part of the report: "after the liability problems are settled, he will ..."
    ("Gary Rittle said after the liability problems are settled, he will examine the question.",
     "after the liability problems are settled, he will examine the question"),
])
def test_at_present_and_at_a_time_before_the_clause(text, clause):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize("text, clause", [
    # after "It said", a name and its appositive open the clause: no inverted "said X, DESC"
    ("Bally Mfg Co said it would reorganise.\n\nIt said Tom Little, a vice president, was named president.",
     "Tom Little, a vice president, was named president"),
    ("Acme Corp said it would buy back shares.\n\nIt said the buyback offer expires April Eight, unless extended.",
     "the buyback offer expires April Eight, unless extended"),
    # "do not" and more irregular pasts are finite verbs
    ("Acme Corp said it would buy back shares.\n\nThe company said the deposits do not affect the plant.",
     "the deposits do not affect the plant"),
    ("Acme Corp said it would buy back shares.\n\nIt said the plant recently underwent a 16-week conversion.",
     "the plant recently underwent a 16-week conversion"),
])
def test_it_said_then_a_name_or_a_verb_without_ed(text, clause):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)][1:] == [clause]


def test_said_then_a_name_at_the_sentence_end_is_still_inverted():
    assert [(q.kind, q.speaker) for q in extract_quotes('"We will win," said Acme Corp.')] == [("direct", "Acme Corp")]


@pytest.mark.parametrize("text, expected", [
    # a gathering told, then the clause without "that"
    ("Jerome Meyer also told the press conference the company was profitable.",
     [("the company was profitable", "Jerome Meyer")]),
    ("Armin Dassler told the annual shareholders' meeting parent company turnover was expected to fall.",
     [("parent company turnover was expected to fall", "Armin Dassler")]),
    ("David Steel told the tribunal it appeared no attempt was made to close the doors.",
     [("it appeared no attempt was made to close the doors", "David Steel")]),
    # nothing reported to the gathering, no report
    ("He told the meeting.", []),
])
def test_a_gathering_told_a_clause(text, expected):
    assert [(text[q.content_start:q.content_end], q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a cue word right before the reporting verb is the speaker's noun: "a food ministry report said"
    ("Prices rose by at least 25 pct in March, a food ministry report said.", "a food ministry report"),
    ("The agency plans to decide by June, press reports said.", "press reports"),
    # "the state oil company" is a company of the state
    ("Exploration will be lower this year than last, the state oil company Pertamina said.", "Pertamina"),
    # a fronted phrase with the sentence's own verb after it is part of the report
    ("From GE's point of view the package looks like a good deal for several reasons, Heymann said.", "Heymann"),
])
def test_trailing_attributions_after_nouns_that_are_cue_words(text, speaker):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("indirect", speaker)]


def test_a_fronted_phrase_alone_before_the_attribution_is_no_report():
    assert extract_quotes("In a statement, Heymann said.") == []


def test_a_long_fronted_phrase_with_a_participle_is_no_report():
    assert extract_quotes("In a statement released on Tuesday by the company's lawyers, Heymann said.") == []


def test_a_subject_joined_by_and_before_has_said():
    text = "Violent video games should carry larger warnings, the trade and industry secretary has said."
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("indirect", "the trade and industry secretary")]


@pytest.mark.parametrize("text, expected", [
    # who owns a firm, in an appositive between the firm and its cue
    ("Newmont Gold, 95 pct owned by Newmont Mining Corp, said it expects more gold sales.",
     [("indirect", "Newmont Gold")]),
    # "But it said it still believes ... "..."": the inner "it still" inside the outer report
    ('TWA said it would not buy more stock. But it said it still believes a combination would "create certain '
     'synergies."', [("indirect", "TWA"), ("mixed", "TWA")]),
])
def test_owned_firms_and_it_still_believes(text, expected):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "only" opening the reported clause, its verb a few words on
    ("The Commission says only 20 pct of these are open to competition.",
     [("The Commission", "only 20 pct of these are open to competition")]),
    ("John Crow said only zero inflation would be acceptable.", [("John Crow", "only zero inflation would be acceptable")]),
    # but no clause after "only": nothing reported
    ("He said only a few words.", []),
])
def test_only_opening_a_reported_clause(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


def test_a_description_before_the_name_may_hold_an_acronym_in_parentheses():
    text = ('"We have hardly started," the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter, '
            'says.')
    assert [(q.kind, q.speaker, q.speaker_description) for q in extract_quotes(text)] == [
        ("direct", "Brian Carpenter", "the new chair of the Internet Engineering Task Force (IETF)")]


@pytest.mark.parametrize("text, expected", [
    # people by their trade, and the paper, as recipients of "told" before a clause without "that"
    ("A group of companies told government authorities it may support a buyout of Cardis Corp.",
     [("A group of companies", "it may support a buyout of Cardis Corp")]),
    ("John Kaiser told securities analysts business in the current quarter is good.",
     [("John Kaiser", "business in the current quarter is good")]),
    ("William Hague told the paper he hopes to remain MP for Richmond.",
     [("William Hague", "he hopes to remain MP for Richmond")]),
    # a gathering with a participle after it is where it was said, the clause before it the report
    ("Those rights are being challenged by the EC's policies, Michael Samuels told a conference sponsored by the "
     "American Soybean Association.", [("Michael Samuels", "Those rights are being challenged by the EC's policies")]),
    # people of somewhere are no recipient that a clause follows
    ("Brian Mulroney told delegates to a wildlife conference that he has not been pleased.",
     [("Brian Mulroney", "that he has not been pleased")]),
])
def test_people_and_papers_told_a_clause(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, clause", [
    ("The company said to date it has received proceeds of about 90 mln dlrs.", "it has received proceeds of about 90 mln dlrs"),
    ("The company said so far it has sold three units.", "it has sold three units"),
])
def test_to_date_and_so_far_before_the_clause(text, clause):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == [clause]


def test_to_date_alone_is_no_report():
    assert extract_quotes("He said to date.") == []


def test_an_aside_on_the_saying_after_an_exclamation_keeps_its_attribution():
    # the sentence after '!"' attributes the quotation even when an appositive on the saying runs long
    text = ('"And I\'m not being paid!" LeVell declared, a point he likes to make after a recent appearance on an '
            'urban radio station during which callers asked how much money he was getting. "I make my own money."')
    got = [(q.text, q.speaker, q.cue) for q in extract_quotes(text) if q.kind == "direct"]
    assert got == [("And I'm not being paid!", "LeVell", "declared"), ("I make my own money.", "LeVell", "declared")]


@pytest.mark.parametrize("text, attributed", [
    # the sentence after '?"' attributes the quotation though a clause of time and a participle with a
    # quotation of its own run on after the cue
    ("\u201cWho can remember how many states I\u2019ve lost in a row? Is it two? Three?\u201d Clinton asks as a "
     "maintenance guy walks in front of her, saying he\u2019s \u201chere to fix the seven holes in your wall.\u201d",
     True),
    # but not a cue whose own clause runs on to another quotation ("lamented two years in which ...,
    # including ..."): the quotation before is no one's there
    ("\u201cI came from Brixton. We worked for everything.\u201d Ozzy also lamented two years in which the family had "
     "problems, including \u201ca burglary.\u201d", False),
])
def test_a_clause_of_time_after_the_cue_keeps_the_attribution(text, attributed):
    got = [(q.speaker, q.cue) for q in extract_quotes(text) if q.kind == "direct" and q.text.startswith(("Who", "I came"))]
    assert got == ([("Clinton", "asks")] if attributed else [])


@pytest.mark.parametrize("text, owner, words", [
    # a clause joined on by "and" has its own speaker: the quotation before it is not theirs
    ("Ted Cruz accuses Obama of \u201cleading from behind\u201d and Donald Trump says he\u2019s \u201closing the war on "
     "terrorism,\u201d part of a verbal lashing.", "Donald Trump", "leading from behind"),
    ("The Audit Commission found the whole system was \"fundamentally flawed\" and all three of the main parties have "
     "said the system has to change.", "all three of the main parties", "fundamentally flawed"),
])
def test_the_speaker_of_a_clause_joined_by_and_does_not_say_the_quotation_before(text, owner, words):
    assert [q for q in extract_quotes(text) if words in q.text and q.speaker == owner] == []


def test_a_firm_named_with_and_still_says_the_quotation_before():
    got = [(q.kind, q.speaker) for q in extract_quotes('"We will appeal the ruling," Procter and Gamble said on Monday.')]
    assert got == [("direct", "Procter and Gamble")]


@pytest.mark.parametrize("text, speaker", [
    # "in a statement" before the cue says where, not who: after "and", the clause's subject speaks
    ("Dottie Deans, the chairwoman of the Vermont Democratic Party, is supporting Sanders and in a statement "
     "credited him for \"an exciting and inspiring campaign.\"", "Dottie Deans"),
    ("The mayor toured the site on Monday and in a statement said that the city would recover quickly.", "The mayor"),
    # and not a medium that speaks on its own, nor one the cue follows in its sentence
    ("A statement from the White House said that the talks would resume on Friday.", "A statement from the White House"),
    ("In a statement, the mayor said that the city would recover quickly from the storm.", "the mayor"),
])
def test_the_medium_before_the_cue_is_no_speaker(text, speaker):
    got = [q.speaker for q in extract_quotes(text) if q.kind in ("mixed", "indirect")]
    assert got and all(g is not None and g.lower().endswith(speaker.lower().split()[-1]) for g in got), got
    assert not any(g.lower() in ("a statement", "statement") for g in got)


@pytest.mark.parametrize("text, speaker", [
    # someone's writing before a participle of saying speaks, not the sentence's subject
    ("President Barack Obama was on vacation. Obama did visit the state, but not until the week after the "
     "newspaper\u2019s editorial telling him to leave his \u201cplayground for the posh.\u201d",
     "the newspaper\u2019s editorial"),
    # not a carrier (a sign's holder speaks), nor a phrase with a verb inside ("issued the statement")
    ("Protesters marched. One man held up a sign saying \u201cTrump must go now.\u201d", "One man"),
    ("Obama spoke. The senator later issued the statement saying he was \u201cdeeply saddened by the loss.\u201d",
     "The senator"),
])
def test_an_owned_writing_before_a_participle_speaks(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind in ("direct", "mixed")] == [speaker]


@pytest.mark.parametrize("text, words", [
    # a naming verb in the present, a pronoun named: the subject's words
    ('Ted Cruz spoke. On the campaign trail, Cruz describes himself as "a consistent conservative."',
     "a consistent conservative"),
    ('Ted Cruz spoke. Cruz calls him "a liar and a fraud."', "a liar and a fraud"),
    ("PBS describes itself as a \"trusted community resource\" serving nearly 100 million people.",
     "trusted community resource"),
])
def test_a_pronoun_named_in_the_present(text, words):
    got = [(q.kind, q.speaker) for q in extract_quotes(text) if words in q.text]
    assert got and got[0][0] == "mixed" and got[0][1] in ("Ted Cruz", "PBS")


@pytest.mark.parametrize("text, speaker", [
    # a body that names a name's thing: "called AP's report a '...'" is a speech act, as "called the report" is
    ("Sanders\u2019 campaign called AP\u2019s report a \u201crush to judgment.\u201d", "Sanders\u2019 campaign"),
    ("The Sanders campaign called the report a \u201crush to judgment.\u201d", "The Sanders campaign"),
])
def test_a_body_names_a_possessed_thing(text, speaker):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("mixed", speaker)]


def test_a_thing_called_a_name_after_a_possessive_is_still_no_speech():
    # "a technique called ..." stays a name for a thing: the possessive object needs a naming subject
    assert [q for q in extract_quotes("He used Google\u2019s technique called \u201cspear phishing\u201d often.")
            if q.kind != "term"] == []


@pytest.mark.parametrize("text, kind, speaker", [
    # hinting reports a clause after "that"; chiding, scolding, teasing and taunting attribute quotations
    ("Ben Carson spoke on Wednesday. Carson hinted that personnel changes could come within days.", "indirect",
     "Ben Carson"),
    ('Jane Doe met the press. "You should have read the report first," she chided.', "direct", "Jane Doe"),
    ('Jane Doe met the press. "Nobody reads those," she teased.', "direct", "Jane Doe"),
    ('Reince Priebus spoke. Priebus scolded Romney for suggesting that immigrants should "self-deport."', "mixed",
     "Reince Priebus"),
])
def test_hinting_chiding_and_teasing_are_cues(text, kind, speaker):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [(kind, speaker)]


@pytest.mark.parametrize("text", [
    "Brown, the governor, hinted at that in a news conference Monday.",  # "that" the preposition's object
    "Brown, the governor, insisted on that in a news conference Monday.",
    "He shrugged off the rebuke from party leaders.",  # a noun
])
def test_no_report_after_a_preposition_that_or_from_a_noun(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    # a span of time between the subject and the cue is when, not who
    ("Disquiet has grown as speeches made by Ofcom in recent months hinted that regulation might be an option.",
     "Ofcom"),
    ("Italy has over recent months announced a series of deregulation moves, the ministry said.", None),
    ("The third High Command communique issued during the day said the Iranians launched a major assault.",
     "The third High Command communique"),
    ("Officials over the past two weeks said that regulation might be an option.", "Officials"),
])
def test_a_span_of_time_before_the_cue_is_no_speaker(text, speaker):
    got = [q.speaker for q in extract_quotes(text) if q.kind == "indirect"]
    assert not any(g and g.lower().endswith(("months", "weeks", "day")) for g in got), got
    if speaker is not None:
        assert speaker in got


@pytest.mark.parametrize("text, wrong", [
    # a preposition opening the sentence is no name's first word: no antecedent "To Dr Carpenter" for "he"
    ("Brian Carpenter, the new chair of the task force, spoke. To Dr Carpenter, the solution is education. "
     "\"People have to be educated,\" he says.", "To Dr Carpenter"),
    ("Richard Green, Utilicorp's president, spoke. Of Utilicorp's revenues, about half came from gas. "
     "\"We expect growth,\" he said.", "Of Utilicorp"),
])
def test_a_preposition_opens_no_antecedent(text, wrong):
    got = [q.speaker for q in extract_quotes(text)]
    assert got and wrong not in got and got[-1] in ("Brian Carpenter", "Richard Green")


@pytest.mark.parametrize("text, kind, speaker", [
    # a thing that carries words, then "saying that": who posted, issued, held or sent it says it
    ("Obama spoke. Obama posted a video saying that he was deeply saddened by the loss.", "indirect", "Obama"),
    ("Obama spoke. Obama released his statement saying that he was deeply saddened by the loss.", "indirect", "Obama"),
    ("Protesters marched. One man held up a sign saying that Trump must go.", "indirect", "One man"),
    # and a quotation after such a phrase read across the verb: the clause's subject, not the whole phrase
    ("Obama spoke. Obama later released his statement saying he was \u201cdeeply saddened by the loss.\u201d",
     "mixed", "Obama"),
])
def test_the_holder_of_a_carrier_says_what_it_says(text, kind, speaker):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [(kind, speaker)]


def test_a_carrier_with_no_holder_says_nothing():
    assert extract_quotes("A sign saying that Trump must go was seen near the hall.") == []


@pytest.mark.parametrize("text, speaker", [
    # a relative clause with no "who", its preposition last: the whole phrase speaks
    ("Several people I've spoken with said Mr. Hannity had peppered Mr. Trump with suggestions.",
     "Several people I've spoken with"),
    ("Democrats I talked to said they would back the nominee.", "Democrats I talked to"),
    ("Every activist I spoke to said they were proud of what Labour had achieved.", "Every activist I spoke to"),
    # a span of time after the clause is when, no part of the speaker
    ("Several people I've spoken with over the last couple of weeks said Mr. Hannity had peppered Mr. Trump with "
     "suggestions.", "Several people I've spoken with"),
])
def test_a_relative_clause_without_who_before_the_cue(text, speaker):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("indirect", speaker)]


@pytest.mark.parametrize("text", [
    "A ministry official, who he declined to say whether it was aimed at the dollar, left.",  # an infinitive
    "He declined to say whether the plan was aimed at the dollar.",
])
def test_declined_to_say_is_no_relative_clause(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_long_appositive_between_the_speaker_and_the_cue():
    text = ("Donald Trump praised the reporter. \u201cVery good reporter, very good reporter this guy,\u201d Trump, the 2016 "
            "GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide margin after "
            "winning the New Hampshire primaries, said when Boyle asked him a question.")
    assert [(q.kind, q.speaker, q.cue) for q in extract_quotes(text)] == [("direct", "Donald Trump", "said")]


@pytest.mark.parametrize("text, kind", [
    # a longer circumstance between the cue and the quotation, no verb in it: the quotation is said directly
    ("Ron Johnson spoke. Johnson said in an op-ed piece before a 2014 Senate Benghazi hearing, \u201cThe State "
     "Department not only failed to honor repeated requests for additional security.\u201d", "direct"),
    # but a slogan named after an object is no direct quotation of the subject's
    ("Many reporters noted on Twitter the change from the usual campaign slogan, \u201cMake America Great Again.\u201d",
     "not direct"),
])
def test_a_long_circumstance_before_a_quotation(text, kind):
    kinds = [q.kind for q in extract_quotes(text)]
    assert ("direct" in kinds) == (kind == "direct")


@pytest.mark.parametrize("text, title", [
    # a title in capitals after "of" or "from" and an outlet's possessive names a programme, no one's words
    ("Blumenthal said he would have told Clinton not to use a personal server on Wednesday\u2019s broadcast of "
     "CNN\u2019s \u201cNew Day.\u201d", "New Day"),
    ("The senator was shown in a clip from Fox\u2019s \u201cHannity Tonight\u201d on Monday.", "Hannity Tonight"),
])
def test_a_programme_after_an_outlets_possessive_is_no_quotation(text, title):
    assert [q for q in extract_quotes(text) if title in q.text and q.kind in ("direct", "mixed")] == []


@pytest.mark.parametrize("text, label", [
    # a label after its noun is no one's speech, whatever its case
    ('"I have never been prouder," Slaughter wrote to Clinton in a March 19, 2011 message bearing the subject line '
     '"bravo!" and sent two days after the vote.', "bravo"),
    ("That only escalated the fight. The Post responded with a second critical piece, entitled \u201cBernie "
     "Sanders\u2019s ideas are not too bold. They are too facile.\u201d", "too facile"),
    ('Anyone questioning her lead of 3 million votes can find solace in a CounterPunch article titled "Clinton Does '
     'Best Where Voting Machines Flunk Hacking Tests."', "Voting Machines"),
])
def test_a_label_after_its_noun_is_no_quotation(text, label):
    assert [q for q in extract_quotes(text) if label in q.text] == []


def test_a_quotation_after_a_label_word_used_otherwise_stays():
    # "titled" as a verb of its own sentence does not make the next sentence's quotation a label
    text = 'The report was titled. "We will appeal the ruling," Jane Doe said on Monday.'
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("direct", "Jane Doe")]


def test_what_we_call_is_no_quotation():
    text = 'The Whigs favored government-funded improvements of what we call "infrastructure." But they differed.'
    assert extract_quotes(text) == []


def test_what_someone_called_stays_their_words():
    text = 'Donald Trump spoke in Ohio. Trump attacked what he called "a rigged system" on Monday.'
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("mixed", "Donald Trump")]


def test_a_clause_after_the_cue_is_no_aside_on_the_saying():
    # "admitted his side were beaten, a result which ...": a report of its own, not an aside
    text = ('"They will be better next time." Ferguson admitted his side were well-beaten by the Turks, '
            'a result which meant they finished second.')
    reports = [(text[q.content_start:q.content_end], q.speaker) for q in extract_quotes(text) if q.kind == "indirect"]
    assert reports == [("his side were well-beaten by the Turks", "Ferguson")]


@pytest.mark.parametrize("text, description", [
    ("Manchester United manager Sir Alex Ferguson said the team played well.", "Manchester United manager"),
    ("Forensic pathologist Dr Patricia McFeeley said the wounds were recent.", "Forensic pathologist"),
    ("The Lord Chancellor Lord Falconer said the bill would pass.", "The Lord Chancellor"),
    ("Deputy prime minister Mr John Prescott said the plan would work.", "Deputy prime minister"),
    # a title of office before the name is a description of its own
    ("Texas Sen. Ted Cruz said the plan would fail.", "Texas Sen."),
])
def test_an_honorific_before_the_name_is_no_part_of_the_description(text, description):
    assert [q.speaker_description for q in extract_quotes(text)] == [description]


def test_a_report_before_an_attribution_that_a_relative_clause_goes_on_from():
    text = ("But that is not good enough, said Howard Rubel, a senior analyst at Jefferies, who notes that the "
            "company has vowed to cut costs.")
    assert _reports(text) == [("that is not good enough", "Howard Rubel"),
                              ("that the company has vowed to cut costs", "Howard Rubel")]


@pytest.mark.parametrize("text, speaker", [
    # a relative clause after a name and its appositive is the named person's
    ("Officials met with Jane Smith, a lawyer in Boston, who said the court would decide.", "Jane Smith"),
    ("Clinton's position was supported Friday by Sen. Dianne Feinstein of California, the ranking Democrat on the "
     "Senate Intelligence Committee, who said none of the emails originated with Clinton.", "Dianne Feinstein"),
    # not a place before a clause, nor a group with no name before it
    ("At a town hall meeting in New Hampshire, a young woman asked Mrs. Clinton about several women who said "
     "they were harassed by Mr. Clinton.", "several women"),
    ("Costa Rica joined the splinter group, which said the plan would fail.", "the splinter group"),
])
def test_a_relative_clause_after_an_appositive_speaks_for_the_name(text, speaker):
    assert [s for _clause, s in _reports(text)] == [speaker]


@pytest.mark.parametrize("text, description", [
    # a relative clause that reports is no part of the description
    ("''It is hard,'' said Alfonso Aguilar, the executive director of the Latino Partnership, who also said that "
     "the two men must do more.", "the executive director of the Latino Partnership"),
    # one that describes stays, and a title's full stop ends no description
    ('"Bill Maher is great," said Jane Doe, a comedian who is supporting Sanders.', "a comedian who is supporting Sanders"),
    ('"We are realists," said Gov. Phil Bryant, a former backer of Sen. Ted Cruz.', "a former backer of Sen. Ted Cruz"),
])
def test_the_description_after_an_inverted_cue(text, description):
    assert extract_quotes(text)[0].speaker_description == description


@pytest.mark.parametrize("text, expected", [
    # a report goes on after its attribution, in a clause of its own linked by "and" or "but"
    ("She gave Reagan feedback on his speeches, Anthony says, and she felt free to contradict his conclusions.",
     [("She gave Reagan feedback on his speeches", "Anthony"), ("she felt free to contradict his conclusions", "Anthony")]),
    ("The plan will fail, said Jane Smith, a lawyer, but the court will decide in May.",
     [("The plan will fail", "Jane Smith"), ("the court will decide in May", "Jane Smith")]),
    # a verb sharing the speaker's subject is what the speaker did; another cue reports on its own
    ("The plan will fail, Tom Jones said, and walked out of the room.", [("The plan will fail", "Tom Jones")]),
    ("The plan will fail, Tom Jones said, and Jane Smith added that the vote was lost.",
     [("The plan will fail", "Tom Jones"), ("that the vote was lost", "Jane Smith")]),
    # and after "according to X" the writer goes on
    ("Trump so far has won 758 pledged delegates, compared to 538 for Cruz, according to a CNN tally, but his path "
     "to victory is narrowing.", [("Trump so far has won 758 pledged delegates, compared to 538 for Cruz", "a CNN tally")]),
])
def test_a_report_linked_on_after_its_attribution(text, expected):
    assert _reports(text) == expected


def test_a_relative_clause_going_on_with_but_stays_in_the_description():
    text = ('Sanders was asked by host Bill Maher, who is supporting Sanders, but has dismissed the story, '
            '"Are you tired of the emails?"')
    assert [(q.kind, q.speaker, q.speaker_description) for q in extract_quotes(text)] == [
        ("direct", "Bill Maher", "who is supporting Sanders, but has dismissed the story")]


@pytest.mark.parametrize("text, expected", [
    # the wire's passive attribution, either side of the report or quotation
    ("Xie was quoted as saying the yuan would stay stable.", [("indirect", "Xie", "the yuan would stay stable")]),
    ("The talks were concrete, open and frank, a senior Polish banker was quoted as saying.",
     [("indirect", "a senior Polish banker", "The talks were concrete, open and frank")]),
    ('"I am happy to be working with them," Iacocca was quoted as saying.',
     [("direct", "Iacocca", "I am happy to be working with them,")]),
    ("A senior official was also quoted as saying the talks had failed.",
     [("indirect", "A senior official", "the talks had failed")]),
    # "quoted" alone attributes nothing
    ("The figures quoted in the report were wrong.", []),
])
def test_quoted_as_saying(text, expected):
    assert [(q.kind, q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a medium quoted someone: the person quoted speaks, not the medium
    ("The spokesman quoted Wallis as saying drastic measures would be needed.",
     [("indirect", "Wallis", "drastic measures would be needed")]),
    ("Nazer was quoted by the SPA as saying Saudi Arabia's adherence to the accord was total.",
     [("indirect", "Nazer", "Saudi Arabia's adherence to the accord was total")]),
    ("Poland faces a difficult economic position, PAP quoted Baka as saying.",
     [("indirect", "Baka", "Poland faces a difficult economic position")]),
    ('"We face a difficult economic position," PAP quoted Baka as saying.',
     [("direct", "Baka", "We face a difficult economic position,")]),
    ("The situation is difficult, a Chinese bank official was quoted by the China Daily as saying.",
     [("indirect", "a Chinese bank official", "The situation is difficult")]),
    # "quoted ... as" with no saying, and a participle after its own clause, attribute nothing
    ("The figures quoted by the ministry as evidence were wrong.", []),
    ("The prices were quoted as firm, leaving traders unsure.", []),
])
def test_quoted_someone_as_saying(text, expected):
    assert [(q.kind, q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a firm's name with its branch in parentheses is one name
    ("The bond is priced at 103-3/8, Nikko Securities Co (Europe) Ltd said.", "Nikko Securities Co (Europe) Ltd"),
    ("Union Bank of Switzerland (Securities) Ltd said the bond is priced at par.",
     "Union Bank of Switzerland (Securities) Ltd"),
    ("Andrew Barrett of Citicorp Investment Bank (Switzerland) AG said the warrants were popular.", "Andrew Barrett"),
    # a party tag in parentheses stays out of the name
    ("Sen. Mitch McConnell (R-Ky.) said the bill would pass.", "Mitch McConnell"),
])
def test_a_firm_with_its_branch_in_parentheses(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # "it" in a parenthetical attribution speaks for the firm, as "he" does for a person
    ("Acme Corp said it made an offer. The rest, it said, is being offered through an underwriting group.",
     [("The rest", "Acme Corp"), ("is being offered through an underwriting group", "Acme Corp")]),
    ("Acme Corp said it made an offer. Because of these acquisitions, it said, first quarter sales will be higher.",
     [("Because of these acquisitions", "Acme Corp"), ("first quarter sales will be higher", "Acme Corp")]),
    # "without elaborating" after the attribution is the writer's note, no piece of the report
    ("Acme Corp said it made an offer. Sales will rise this year, it said, without giving figures.",
     [("Sales will rise this year", "Acme Corp")]),
    ("Prices will rise this year, Tom Jones said, without elaborating.", [("Prices will rise this year", "Tom Jones")]),
])
def test_it_in_a_parenthetical_attribution(text, expected):
    assert [r for r in _reports(text) if r[0] != "it made an offer"] == expected


@pytest.mark.parametrize("text, expected", [
    # a participle's phrase fronted in the report, then its clause
    ("Tom Jones said after taking into account operations with the IMF, the figure rose sharply.",
     [("after taking into account operations with the IMF, the figure rose sharply", "Tom Jones")]),
    ("Tom Jones said excluding special items, profit rose 12 pct.", [("excluding special items, profit rose 12 pct", "Tom Jones")]),
])
def test_a_participle_phrase_fronted_in_the_report(text, expected):
    assert _reports(text) == expected


def test_a_participle_phrase_then_a_conjunction_is_no_report_of_its_own():
    # the phrase only says when it was said; "because he said ..." is the report
    text = ("Outright victory is vital, Chris Collins said after meeting Thursday with Trump aides, because he said "
            "party leaders appear determined to block him.")
    assert ("party leaders appear determined to block him", "Chris Collins") in _reports(text)
    assert not [c for c, _s in _reports(text) if c.startswith("after meeting")]


@pytest.mark.parametrize("text, speaker", [
    # "Today" inside a name is no time
    ("USA Today said it carried a total of 957 paid advertising pages.", "USA Today"),
    ("USA TODAY reported last month that the movement has funded more than 200 trips.", "USA TODAY"),
    # but "today" between a subject and its cue is
    ("Tom Jones today said the plan was dead.", "Tom Jones"),
])
def test_today_inside_a_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, clause", [
    # where or how it was told, between the recipient and "that"
    ("The spokesman told Reuters by telephone from Brasilia that Seixas had offered to resign.",
     "that Seixas had offered to resign"),
    ("The spokesman told Reuters from Brasilia that Seixas had offered to resign.", "that Seixas had offered to resign"),
    ("Subroto told a press conference in Jakarta at the end of a meeting that he saw prices stabilizing.",
     "that he saw prices stabilizing"),
])
def test_told_a_recipient_somewhere_that(text, clause):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == [clause]


def test_told_the_story_that_is_no_report():
    assert extract_quotes("He told the story that his father told him.") == []


@pytest.mark.parametrize("text, clause", [
    # a fronted phrase and its comma after the cue, then a clause opening with a bare noun or a month
    ("Ford said in addition, extrusion dies cost 1,000 to 12,000 dlrs each.",
     "in addition, extrusion dies cost 1,000 to 12,000 dlrs each"),
    ("The company said in March 1986, sales were helped by Easter shopping.",
     "in March 1986, sales were helped by Easter shopping"),
    # an abbreviation inside where it was said, before "that"
    ("Baker said in a U.S. Television interview on Sunday that Washington would reexamine the accord.",
     "that Washington would reexamine the accord"),
])
def test_a_fronted_phrase_then_a_bare_noun(text, clause):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize("text", [
    # a verb after the comma: the participle's phrase is no report
    "Szilard Nemeth, recalled in place of Joseph-Desire Job, was twice denied his chance.",
    "The push that captured the town and reported in the American press this weekend, was not a major offensive.",
    "The company said in its annual report, mailed to shareholders today.",
])
def test_a_fronted_phrase_then_a_verb_is_no_report(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, expected", [
    # bodies and groups addressed by "told", then the clause
    ("John Dawkins told the reporters bilateral retaliation was no way to solve trade problems.",
     [("John Dawkins", "bilateral retaliation was no way to solve trade problems")]),
    ("Giovanni Goria told the cabinet on Monday he was worried about the tension in the Gulf.",
     [("Giovanni Goria", "he was worried about the tension in the Gulf")]),
    ("The company told the task force the new distribution company would cost less.",
     [("The company", "the new distribution company would cost less")]),
    # but the group's own phrase goes on: no clause
    ("He told the board members of the club.", []),
    ("She told the players who had lost to go home.", []),
])
def test_told_a_body_or_group_a_clause(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, clause", [
    # an aside between the cue and its clause: "however", and the firm's "It said, ..."
    ("Tom Jones said, however, there is support for his offer.", "however, there is support for his offer"),
    ("The firm said it was not the target. It said, instead, that the SEC initiated an informal inquiry.",
     "that the SEC initiated an informal inquiry"),
])
def test_an_aside_after_the_cue(text, clause):
    assert clause in [text[q.content_start:q.content_end] for q in extract_quotes(text)]


def test_an_aside_after_the_cue_needs_the_sentences_own_subject():
    # "win or lose" opens no report whose subject is inside another clause
    text = "The vote, which Rubio says, win or lose, will decide it, is on Tuesday."
    assert not [q for q in extract_quotes(text) if text[q.content_start:q.content_end].startswith("win or lose")]


@pytest.mark.parametrize("text, clause", [
    # the clause runs on past the fronted phrase's comma, a name after it or not
    ("The company said under the terms, Great Western has agreed not to acquire any voting securities.",
     "under the terms, Great Western has agreed not to acquire any voting securities"),
    ("The company said if the note principal were paid in stock, a noteholder would receive 625 shares.",
     "if the note principal were paid in stock, a noteholder would receive 625 shares"),
])
def test_a_fronted_phrase_then_the_clause_runs_on(text, clause):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == [clause]


def test_a_cue_noun_before_a_fronted_phrase_reports_nothing():
    # "earnings report" is a noun; Google said what follows
    text = ("In its first earnings report since floating on the stock market, Google said it made a net profit "
            "of $52m.")
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == [
        ("Google", "it made a net profit of $52m")]


@pytest.mark.parametrize("text, expected", [
    # "supply and demand" is a noun phrase, not a second report ("and demanded ...")
    ("Lone Star said the gap between supply and demand is widening.",
     [("Lone Star", "the gap between supply and demand is widening")]),
    ("Analysts said the euphoria was simply a reflection of supply and demand.",
     [("Analysts", "the euphoria was simply a reflection of supply and demand")]),
    # but a speaker's second verb still ends the report
    ("The union said the offer was too low and demanded a new vote.",
     [("The union", "the offer was too low")]),
])
def test_supply_and_demand_is_no_second_cue(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a subject with "too many" and its verb, "tonight's", "afterwards" and "at present" before the clause
    ("The report said too many parties were involved in decision-making.",
     [("The report", "too many parties were involved in decision-making")]),
    ("Senator Robert Dole said tonight's speech might be Reagan's last chance.",
     [("Robert Dole", "tonight's speech might be Reagan's last chance")]),
    ("Officials said afterwards the three men had reaffirmed their commitment to the accord.",
     [("Officials", "the three men had reaffirmed their commitment to the accord")]),
    ("Jeffrey Miller said at present people can only guess how much insurance is in use.",
     [("Jeffrey Miller", "people can only guess how much insurance is in use")]),
    # no clause: "too many times", "said tonight" and a place
    ("The minister said too many times that he would resign.", []),
    ("Officials said afterwards.", []),
])
def test_a_time_or_quantity_before_the_clause(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a relative aside after the clause's subject holds a place and its state: the clause reads on
    ("The company said the plant, which is located in Niagara Falls, New York, will begin operations in "
     "December.",
     [("The company", "the plant, which is located in Niagara Falls, New York, will begin operations in December")]),
    ("The company said the plant, which is located in Dallas, employs 300 people.",
     [("The company", "the plant, which is located in Dallas, employs 300 people")]),
])
def test_a_place_and_its_state_inside_a_subject_aside(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a wire's stock ticker after the firm's name: the whole name speaks, not what follows "of"
    ("NEW YORK, Oct 20 - The Bank of New York Corp <BK> said it reaffirmed the terms of its offer.",
     "Bank of New York Corp"),
    ("JOHANNESBURG, April 2 - Anglo American Corp of South Africa Ltd <ANGL.J> said 8,000 miners returned.",
     "Anglo American Corp of South Africa Ltd"),
    ("SEABROOK, N.H., June 1 - Public Service Co of New Hampshire <PNH> said the owners approved a campaign.",
     "Public Service Co of New Hampshire"),
    # a firm named for its state or region, then its legal form
    ("HOUSTON, June 18 - First City Bancorp of Texas Inc said it was talking with several parties.",
     "First City Bancorp of Texas Inc"),
    ("LANHAM, Md., April 3 - Range Rover of North America Inc said it sold 79 vehicles in March.",
     "Range Rover of North America Inc"),
    # a person of a firm named by more than a place, whatever the given name
    ("The dollar fell. Keita Konishi of Sumitomo Life Insurance Co said the market was weak.", "Keita Konishi"),
    ("The dollar fell. Lesley Nickolds of County Securities Asia Ltd said she saw no writeoffs.", "Lesley Nickolds"),
    ("The dollar fell. Analyst Elliot Levine of Ladenburg Thalmann Co said the market was weak.", "Elliot Levine"),
    # but a firm's division is no person
    ("The dollar fell. Dodge Division of McGraw-Hill Information Systems Co said the contracts fell in May.",
     "McGraw-Hill Information Systems Co"),
])
def test_firms_with_places_tickers_and_their_people(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # "that," then a fronted phrase, after where it was said
    ("The bank fell. San Paolo said in a statement that, subject to official authorization, it would merge "
     "Valley National.",
     [("San Paolo", "that, subject to official authorization, it would merge Valley National")]),
    # an industry told, then when, then the clause
    ("The dollar fell. Indonesia told the oil industry on Tuesday it will extend contracts on producing blocks.",
     [("Indonesia", "it will extend contracts on producing blocks")]),
    # "no one" and its verb
    ("The dollar fell. The police said no one on the coaches accepted responsibility for the items.",
     [("The police", "no one on the coaches accepted responsibility for the items")]),
    # a plural subject's present verb
    ("The dollar fell. Wang said the measures aim at helping reduce Taiwan's trade surplus.",
     [("Wang", "the measures aim at helping reduce Taiwan's trade surplus")]),
    ("The dollar fell. The company said the notes mature in March 1990.",
     [("The company", "the notes mature in March 1990")]),
    ("The dollar fell. The company said the sales account for most of it.",
     [("The company", "the sales account for most of it")]),
    # but no clause: a refusal, an industry's own phrase
    ("The dollar fell. The minister said no to the plan.", []),
    ("The dollar fell. He told the oil industry of his plans.", []),
])
def test_wire_clause_openings(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "added" then a clause without "that": a name, "no ...", a bare plural, a noun phrase's verb
    ("The dollar fell. Santos Alvite added Ecuador is finalizing details for a program.",
     [("Santos Alvite", "Ecuador is finalizing details for a program")]),
    ("The dollar fell. Lukman added no extraordinary OPEC conference was planned.",
     [("Lukman", "no extraordinary OPEC conference was planned")]),
    ("The dollar fell. The source added producers still expected more from the Commission.",
     [("The source", "producers still expected more from the Commission")]),
    ("The dollar fell. The bank added environmental considerations would play a larger role.",
     [("The bank", "environmental considerations would play a larger role")]),
    ("The dollar fell. The report added the council believed a change of policy is not needed.",
     [("The report", "the council believed a change of policy is not needed")]),
    # but what was added is no report
    ("The dollar fell. Jones added four conversions as Wales won.", []),
    ("The dollar fell. The bank added money market liquidity repeatedly.", []),
    ("The dollar fell. The upgrade added features that made it easier to use.", []),
])
def test_added_a_clause_without_that(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # an appositive whose closing comma is missing: "a ... spokesman", "from the ..."
    ('The talks failed.\n\n"We are doing research," Michael Lamberty, a Lufthansa spokesman told the BBC. '
     '"We are checking."', "Michael Lamberty"),
    ('The talks failed.\n\n"It is about personalisation," Jeff Joseph, from the Consumer Electronics Association '
     'told the BBC News website.', "Jeff Joseph"),
    # a fronted phrase before a comma is no name
    ("The talks failed.\n\nIn Washington, a State Department spokesman told reporters the talks had failed.",
     "a State Department spokesman"),
    ("The talks failed.\n\nOn Friday, analyst Daniel Lee of Drexel Burnham Lambert Inc said the stock was "
     "cheap.", "Daniel Lee"),
])
def test_an_unclosed_appositive_after_a_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)][:1] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # told reporters or a conference, then when or where, then the clause
    ("The talks failed. Kato told reporters after a cabinet meeting all topics of concern to the U.S. will be "
     "discussed.", [("Kato", "all topics of concern to the U.S. will be discussed")]),
    ("The talks failed. Affandi told reporters after meeting President Suharto the gains will come from higher "
     "yields.", [("Affandi", "the gains will come from higher yields")]),
    ("The talks failed. Strenger told a news conference at the Hanover trade fair the main dangers were "
     "stagnation and the lower dollar.", [("Strenger", "the main dangers were stagnation and the lower dollar")]),
    ("The talks failed. Lim Keng Yaik told Reuters in Kuala Lumpur his country decides its participation case "
     "by case.", [("Lim Keng Yaik", "his country decides its participation case by case")]),
    # a name's own report after "but" ends the one before
    ("The talks failed. The company said the NASD has alleged that Blinder no longer meets the criteria but "
     "Blinder said it feels it can resolve the issues.",
     [("The company", "the NASD has alleged that Blinder no longer meets the criteria"),
      ("Blinder", "it feels it can resolve the issues")]),
    # no clause after the occasion
    ("The talks failed. Kato told reporters after a cabinet meeting.", []),
])
def test_told_then_an_occasion_then_the_clause(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted time without its comma before the subject of "... and said"
    ("The talks failed. Earlier this month Caesars World rejected the bid and said it is considering "
     "alternatives.", [("Caesars World", "it is considering alternatives")]),
    # a document or a time, then a bare plural subject
    ("The talks failed. Chairman Francis Tombs said in the prospectus special arrangements were being made.",
     [("Francis Tombs", "special arrangements were being made")]),
    ("The talks failed. VW said last month computer programs were erased and documents faked.",
     [("VW", "computer programs were erased and documents faked")]),
    # where it was said: a session, remarks published, a reply to a question
    ("The talks failed. Kiichi Miyazawa said in the same session Japan should use fiscal funds.",
     [("Kiichi Miyazawa", "Japan should use fiscal funds")]),
    ("The talks failed. A senior oil official said in remarks published today the emirate was selling its oil.",
     [("A senior oil official", "the emirate was selling its oil")]),
    ("The talks failed. Jim Wright told reporters in response to a question he will not dictate a solution.",
     [("Jim Wright", "he will not dictate a solution")]),
    # a clause opening with a pound sign or "after-tax"
    ("The talks failed. Gordon Brown said \u00a32bn savings had already been made.",
     [("Gordon Brown", "\u00a32bn savings had already been made")]),
    ("The talks failed. Du Pont said after-tax operating income rose 55 pct.",
     [("Du Pont", "after-tax operating income rose 55 pct")]),
    # but an occasion before a bare plural opens no clause
    ("The talks failed. He said after the liability problems are settled.", []),
])
def test_circumstances_and_openings_of_a_wire_clause(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a capitalised particle opening a name is the name's ("Du Pont", "El Paso", "Der Spiegel", "Al Breach")
    ("The talks failed. Du Pont Co said the plant would be sold.", "Du Pont Co"),
    ("The talks failed. El Paso Electric Co said it plans to redeem its bonds.", "El Paso Electric Co"),
    ("The talks failed. The German magazine Der Spiegel said Kohl would have preferred another man.", "Der Spiegel"),
    ('The talks failed.\n\n"It is not good," said Al Breach, an economist at UBS.', "Al Breach"),
    # a surname with its particle is the full name introduced before
    ('Valls spoke after an endorsement by Marine Le Pen, leader of the Front National.\n'
     '"I would choose Donald Trump," said Le Pen.', "Marine Le Pen"),
    # a lower-case particle after a title stays the name's too
    ("The talks failed. President F.W. de Klerk said the talks would go on.", "F.W. de Klerk"),
])
def test_particles_that_open_a_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # a firm's legal form after a comma, and a number inside a firm's name
    ("The talks failed. George Unzelman, president of HyOx, Inc., said the proposals will hurt refiners.",
     ["George Unzelman"]),
    ("The talks failed. Sumner Redstone, president of National Amusements, Inc, predicted he can win approval.",
     ["Sumner Redstone"]),
    ("The talks failed. Cargill, Inc. said the talks would go on.", ["Cargill, Inc"]),
    ("The talks failed. 3Com Corp said it introduced a new workstation. The company also said it plans to "
     "begin shipments.", ["3Com Corp", "3Com Corp"]),
    ("The talks failed. Spectrum 2000 Inc said the Army had ordered more.", ["Spectrum 2000 Inc"]),
    # a year, a month or a day before "the ..." is no part of the speaker's phrase
    ("The talks failed. In 1986 the company said it would grow.", ["the company"]),
    ("The talks failed. In March the company said it would grow.", ["the company"]),
    ("The talks failed. On Friday the two groups said they had agreed to merge.", ["the two groups"]),
])
def test_firm_names_with_commas_and_numbers(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a person of a state after a long title: the names before "of"
    ("The talks failed. Senate Republican Leader Robert Dole of Kansas said Greenspan would be a good choice.",
     ["Robert Dole"]),
    ("The talks failed. House Speaker Paul D. Ryan of Wisconsin said the campaign was disheartened.",
     ["Paul D. Ryan"]),
    # a stray comma after a whole name opening the sentence
    ("The talks failed. Assistant House Republican Leader Trent Lott of Mississippi, said he believed Reagan "
     "was right.", ["Trent Lott"]),
    # a wire's ticker in square brackets
    ("TREVISO, Italy, March 2 - Benetton Group Spa [BTOM.MI] said it reached agreement on a joint venture.",
     ["Benetton Group Spa"]),
    # but not the words after a quotation, nor a clause before a participle
    ('The treaty was rejected.\n\n"This will be a challenge" for Clinton, said Kunin.', ["Kunin"]),
    ('The treaty was rejected.\n\nThe rejection signals "the beginning of the end" for the EU, said Geert '
     'Wilders, founder of the Party for Freedom.', ["Geert Wilders"]),
])
def test_people_of_states_and_stray_commas(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # a firm named for its partners, a comma inside, in the speaker's appositive
    ("NEW YORK, March 5 - Kurt Wulff, oil analyst at Donaldson, Lufkin and Jenrette Securities, said he has "
     "retired from the firm.", "Kurt Wulff"),
    ("The shares rose. Robert Reitzes, analyst at Mabon, Nugent and Co, said the wine business was worth more.",
     "Robert Reitzes"),
    # a place and its state before "-based" inside a relative clause or an appositive
    ("The shares rose. Treybig, who founded the Cupertino, Calif.-based company, said he has seen a rebound.",
     "Treybig"),
    ("JACKSON, Miss., June 29 - SunRiver Corp, a Jackson, Miss.-based computer products company, said it "
     "introduced a new line.", "SunRiver Corp"),
])
def test_commas_inside_an_appositive(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # an issue's manager after an inverted cue, a firm named for its partners
    ("The notes rose. The company is offering notes due 1995 with an eight pct coupon, said lead manager Stifel, "
     "Nicolaus and Co Inc.",
     [("Stifel, Nicolaus and Co Inc", "The company is offering notes due 1995 with an eight pct coupon")]),
    # a bare plural of people after an inverted cue
    ("The notes rose. The airline will cancel many flights this week, said industry officials.",
     [("industry officials", "The airline will cancel many flights this week")]),
    # "only" and "no" opening a long subject
    ("The notes rose. Figueras said only 500,000 hectares of the area now flooded had been planted.",
     [("Figueras", "only 500,000 hectares of the area now flooded had been planted")]),
    ("The notes rose. Delegates said no solution to the question of how to implement quotas was in sight.",
     [("Delegates", "no solution to the question of how to implement quotas was in sight")]),
    # but "according to" a firm after its description keeps the firm
    ("The net grew. Just over 54 million people are hooked up, according to market analysts "
     "Nielsen/NetRatings.", [("Nielsen/NetRatings", "Just over 54 million people are hooked up")]),
    ("The notes rose. He said only a few words.", []),
])
def test_inverted_managers_people_and_long_subjects(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted phrase opening the report: a bare plural's clause, "as of", "as a", "through", a period ended
    ("The shares rose. Merrell Dow said after plaintiffs had completed their case, Judge Selikoff granted the "
     "motion.", [("Merrell Dow", "after plaintiffs had completed their case, Judge Selikoff granted the motion")]),
    ("The shares rose. Hutton said as of the end of the day yesterday, about 880,000 shares had been tendered.",
     [("Hutton", "as of the end of the day yesterday, about 880,000 shares had been tendered")]),
    ("The shares rose. Beryllium said as a 49 pct owner of the venture it would be contributing the mine.",
     [("Beryllium", "as a 49 pct owner of the venture it would be contributing the mine")]),
    ("The shares rose. The company said through Friday it had received 302,669 of the shares.",
     [("The company", "through Friday it had received 302,669 of the shares")]),
    ("The shares rose. The company said for the two months ended April 4, sales totaled 85 mln dlrs.",
     [("The company", "for the two months ended April 4, sales totaled 85 mln dlrs")]),
])
def test_fronted_phrases_of_wire_reports(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, verb", [
    # an amount after the verb is its object, no attribution of what comes before
    ("The shares rose. Detroit Edison said with interest and other charges running about 1.0 mln dlrs a day, "
     "the delay will add 50 mln dlrs.", "add"),
    ("Fuel prices rose. The chancellor did not raise duty that year, but despite threats of more protests in "
     "2003, he added 1.28p per litre.", "added"),
])
def test_an_amount_after_the_verb_is_its_object(text, verb):
    assert not [q for q in extract_quotes(text) if q.cue == verb]


@pytest.mark.parametrize("text, expected", [
    # commas right after the cue: a discourse aside, "however" after a recipient, a stray comma
    ("The shares rose. Herrington said, for example, a 10 dlr tariff on oil imports would cut output.",
     [("Herrington", "a 10 dlr tariff on oil imports would cut output")]),
    ("The shares rose. Cornelissen told shareholders, however, that Royal Trust would continue to compete.",
     [("Cornelissen", "that Royal Trust would continue to compete")]),
    ("The shares rose. The committee said, despite four years of preparations, some local authorities were not "
     "ready.", [("The committee", "despite four years of preparations, some local authorities were not ready")]),
    ("The shares rose. Yochum also said, capital expenditures should be about 400 mln dlrs in 1987.",
     [("Yochum", "capital expenditures should be about 400 mln dlrs in 1987")]),
    # but a subordinate clause or a participle after the comma is no stray one
    ("The price was not disclosed, though it was widely reported that Mr. Trump paid $100 million.", []),
])
def test_commas_right_after_the_cue(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a body's acronym with a plural verb, as British copy writes it
    ("The figures rose. The MDA say the figures for the quarter are a rapid increase.",
     [("The MDA", "the figures for the quarter are a rapid increase")]),
    # not a noun after an acronym, nor another verb
    ("The figures rose. Eyskens wanted to give nuances to the IMF report that would be constructive.", []),
    ("The figures rose. Lyng rejected suggestions the U.S. and EC agree a freeze in export subsidies.", []),
    # what is revealed or disclosed is no report; a clause after the verb still is
    ("The figures rose. Roffman won't reveal the terms of the settlement he reached with Trump.", []),
    ("The figures rose. The company did not disclose details of the sale of Mid South Repro.", []),
    ("The figures rose. The company revealed the plan would cost 5 mln dlrs.",
     [("The company", "the plan would cost 5 mln dlrs")]),
])
def test_acronym_plural_verbs_and_disclosed_things(text, expected):
    assert [(q.speaker, text[q.content_start:q.content_end]) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, clause", [
    # a report inside a non-restrictive relative ends at the relative's closing comma
    ("The vote came. Her Iraq war vote, which she has repeatedly said was a mistake, was a major factor in "
     "her defeat.", "was a mistake"),
    ("The rate fell. But, unlike a similar action in September, which investment bankers said disrupted the "
     "financing, the agency's cut had no effect.", "disrupted the financing"),
])
def test_a_report_inside_a_relative_ends_at_its_comma(text, clause):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize("text, speakers", [
    # a definite role speaks before the article names the one person who holds it: that person
    ('"Growth will be gentle," the economy minister said.\n\n'
     '"It will recover," said economy minister Heizo Takenaka.', ["Heizo Takenaka", "Heizo Takenaka"]),
    ('The mayor said the plan was dead. "We will not pay," said Mayor Rosa Diaz.', ["Rosa Diaz", "Rosa Diaz"]),
    ('"We will not pay," the spokeswoman said.\n\n'
     '"Nor will we apologise," said Jane Doe, a spokeswoman for the council.', ["Jane Doe", "Jane Doe"]),
    # not an indefinite role: "a spokeswoman" is someone else
    ('"We will not pay," a spokeswoman said.\n\n'
     '"Nor will we apologise," said Jane Doe, a spokeswoman for the council.', ["a spokeswoman", "Jane Doe"]),
    # not when two people hold it, nor a role that only shares its head ("the minister", "finance minister")
    ('"We will not pay," the spokeswoman said.\n\n"No," said Jane Doe, a spokeswoman for the council. '
     '"Yes," said Ann Lee, a spokeswoman for the union.', ["the spokeswoman", "Jane Doe", "Ann Lee"]),
    ('"We will not pay," the minister said.\n\n"Nor will we," said Jane Doe, the finance minister.',
     ["the minister", "Jane Doe"]),
    # not a role with a place or a qualifier: "the president" is not Mexico's
    ('"We will act," the president said.\n\n"We will respond," said Mexican President Claudia Sheinbaum.',
     ["the president", "Claudia Sheinbaum"]),
    ('"We were right," the chancellor said.\n\n"We were not," said former chancellor Ken Clarke.',
     ["the chancellor", "Ken Clarke"]),
    # not when someone was named before the role: mostly that one, named without the title
    ('Chris Christie spoke next. The governor said crime had gone down 20 percent.\n\n'
     '"We must act," said Governor John Kasich.', ["The governor", "John Kasich"]),
    # a headline's or a byline's names are not the story's people
    ('Japan growth slows\nBy Amy Lee\n\n"Growth will be gentle," the economy minister said.\n\n'
     '"It will recover," said economy minister Heizo Takenaka.', ["Heizo Takenaka", "Heizo Takenaka"]),
    # but a wire story's first line is its lead: a person named there counts
    ('TOKYO, Oct 19 - John Smith met officials today.\n\n"We agree," the minister said.\n\n'
     '"We do," said minister Jane Doe.', ["the minister", "Jane Doe"]),
    # not a name far later
    ('"We will not pay," the mayor said.\n\n' + "The council met for hours. " * 120 +
     '\n\n"No," said Mayor Rosa Diaz.', ["the mayor", "Rosa Diaz"]),
])
def test_a_role_that_speaks_before_its_holder_is_named(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("description, role", [
    # a UK opposition spokesman's title is the role, not an organisation called "Shadow"
    ("Shadow home secretary", ("Shadow home secretary", None)),
    ("shadow chancellor", ("shadow chancellor", None)),
    ("Shadow Foreign Secretary", ("Shadow Foreign Secretary", None)),
    ("Conservative shadow chancellor", ("shadow chancellor", "Conservative")),
    # nor is the opposition one
    ("Opposition leader", ("Opposition leader", None)),
])
def test_shadow_is_part_of_the_title(description, role):
    (r,) = parse_description(description)
    assert (r.role, r.organization) == role


@pytest.mark.parametrize("text, speakers", [
    # an office right after one person was named without the title is that person
    ('Mr Gordon Brown said the rules would hold, he told MPs.\n\n'
     'The chancellor said the pact would force a surplus.', ["Gordon Brown", "Gordon Brown"]),
    ('Ronald Glantz, who follows the car makers, said the deal was done.\n\n'
     '"It\'s a reasonable deal for both sides," the analyst told Reuters.', ["Ronald Glantz", "Ronald Glantz"]),
    ('Marco Rubio said the plan would fail.\n\n"We will win," the Florida senator said.',
     ["Marco Rubio", "Marco Rubio"]),
    # not a role that is mostly someone else in the story
    ('John Smith said he was innocent.\n\n"He will be charged," the prosecutor said.',
     ["John Smith", "the prosecutor"]),
    ('John Smith said he was innocent.\n\n"We have no comment," the spokesman said.',
     ["John Smith", "the spokesman"]),
    # not an indefinite role, nor when someone else is named there too
    ('Marco Rubio said the plan would fail.\n\n"We will win," a senator said.', ["Marco Rubio", "a senator"]),
    ('Marco Rubio said the plan would fail. Ted Cruz disagreed.\n\n"We will win," the senator said.',
     ["Marco Rubio", "the senator"]),
    ('Barack Obama said the war was over.\n\nHillary Clinton said the plan would fail.\n\n'
     'Obama defended the process. "We got a UN mandate," the president said.',
     ["Barack Obama", "Hillary Clinton", "the president"]),
    # not when the article gives the person another office
    ('Ted Cruz, a senator from Texas, said the plan would fail.\n\n"We will win," the governor said.',
     ["Ted Cruz", "the governor"]),
    # not a person named further back than the paragraph before
    ('Marco Rubio said the plan would fail.\n\nThe vote was close.\n\n"We will win," the senator said.',
     ["Marco Rubio", "the senator"]),
])
def test_an_office_after_a_person_named_without_it_is_that_person(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a country speaks as an organisation, and is no "he": the name before it is
    ('ABIDJAN, March 4 - Ivory Coast today predicted that the price crash would not last.',
     [("Ivory Coast", "organization")]),
    ('John Smith, the finance minister, spoke on Monday. Sri Lanka expects growth to slow this year. '
     '"The deficit will narrow," he said.', [("John Smith", "person")]),
    ('John Smith, the finance minister, spoke on Monday.\n\nSri Lanka expects growth to slow this year, '
     'the central bank said.\n\n"The deficit will narrow," he said.',
     [("the central bank", "anonymous"), ("John Smith", "person")]),
])
def test_a_country_is_an_organisation_and_no_he(text, speakers):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a name opening a sentence with a role and no article after its comma is an antecedent
    ('NATO Secretary General Jens Stoltenberg said the test was a breach.\n\n'
     'Yukiya Amano, director general of the International Atomic Energy Agency, said in a statement that '
     'North Korea is violating resolutions.\n\n"I strongly urge them to comply," he said.',
     ["Jens Stoltenberg", "Yukiya Amano", "Yukiya Amano"]),
    ('"We will act," said Jane Doe, a senator.\n\nBrazil\'s Funaro criticised the panels on Monday.\n\n'
     'Hannes Androsch, chairman of Creditanstalt, said there was some truth to it. '
     '"Sentiment is growing," he told reporters.', ["Jane Doe", "Hannes Androsch", "Hannes Androsch"]),
    # not any lower-case word after the comma
    ('"We will act," said Jane Doe, a senator.\n\nJohn Roe, meanwhile, called for calm.\n\n'
     '"It will pass," she said.', ["Jane Doe", "Jane Doe"]),
])
def test_a_subject_with_a_bare_role_after_its_comma(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, description, roles", [
    # a participle of a verb of saying after a name goes on with the speaker's words: no description
    ('"It will recover," said economy minister Heizo Takenaka, adding that exports would pick up.',
     "economy minister", ["economy minister"]),
    ('"It will recover," said Heizo Takenaka, the economy minister, adding that exports would pick up.',
     "the economy minister", ["economy minister"]),
    ('"It will recover," said Heizo Takenaka, noting that exports rose.', None, []),
    ('"Rates will fall," said Jane Doe, an analyst with E.F. Hutton, citing the latest data.',
     "an analyst with E.F. Hutton", ["analyst"]),
    # nor is an age alone
    ('"The rigs won\'t go back to work," said Pickens, 58, adding he did not expect more.', None, []),
    # a participle inside the phrase is the phrase's
    ('"It will recover," said John Smith, managing director of Acme.', "managing director of Acme",
     ["managing director"]),
])
def test_a_participle_of_saying_after_a_name_is_no_description(text, description, roles):
    (q,) = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert q.speaker_description == description
    assert [r["role"] for r in q.speaker_roles] == roles


@pytest.mark.parametrize("description, role", [
    # the kind of body before its name is neither the role's nor the organisation's
    ("director of the nonprofit Homes First", ("director", "Homes First")),
    ("a spokesman for the advocacy group Common Cause", ("spokesman", "Common Cause")),
    ("an analyst at research firm Informa Media", ("analyst", "Informa Media")),
    ("executive director of the nonprofit group Homes First", ("executive director", "Homes First")),
    ("a lawyer at the law firm Baker McKenzie", ("lawyer", "Baker McKenzie")),
    # unchanged without one
    ("a senior fellow at the Brookings Institution", ("senior fellow", "Brookings Institution")),
    ("director of Homes First", ("director", "Homes First")),
    # an age before the description is no part of it; a landlord is a role
    ("52, a landlord in the Eastside district", ("landlord in the Eastside district", None)),
])
def test_the_kind_of_body_before_its_name(description, role):
    (r,) = parse_description(description)
    assert (r.role, r.organization) == role


@pytest.mark.parametrize("text, description, roles", [
    # an age after a name is no description; the aside after it is, and a home town (no role)
    ('"Nobody came," said Joan Price, 67, of Riverside.', "of Riverside", []),
    ('"Nobody came," said Joan Price, 67, a retired teacher.', "a retired teacher", ["teacher"]),
    ('"It works," said Jane Doe, 45.', None, []),
    ("Tom Reyes, 52, a landlord in the Eastside district, said the plan would drive up taxes.",
     "a landlord in the Eastside district", ["landlord in the Eastside district"]),
    ("Tom Reyes, 52, said the plan would drive up taxes.", None, []),
])
def test_an_age_after_a_name_is_no_description(text, description, roles):
    (q,) = extract_quotes(text)
    assert q.speaker_description == description
    assert [r["role"] for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speakers", [
    # the company a story opens with is "the company", after a headline and a byline too
    ("Acme cuts forecast as demand slows\nBy Lee Park\n\nAcme Corp cut its profit forecast on Thursday.\n\n"
     "The company said in a statement that costs would reach $120 million.", [("Acme Corp", "organization")]),
    ("Acme cuts forecast as demand slows\n\nAcme Corp cut its profit forecast on Thursday.\n\n"
     "The company said in a statement that costs would reach $120 million.", [("Acme Corp", "organization")]),
    # else the company the headline opens with
    ("Acme Corp in trouble\nBy Lee Park\n\nShares fell on Thursday.\n\n"
     "The company said in a statement that costs would reach $120 million.", [("Acme Corp", "organization")]),
    # not a byline's name
    ("Profits fall\nBy Lee Park\n\nShares fell on Thursday.\n\n"
     "The company said in a statement that costs would reach $120 million.", [("The company", "anonymous")]),
])
def test_the_lead_company_after_a_headline_and_byline(text, speakers):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker, kind", [
    # one person of a place, whatever the lexicons know of the noun: the whole phrase speaks
    ("One driver from Leeds, who did not want to be named, said the offer was bad.", "One driver from Leeds",
     "anonymous"),
    ("A driver from Leeds said the offer was bad.", "A driver from Leeds", "anonymous"),
    ("Reuters spoke to an insider in the talks. An insider in the talks said the deal was close.",
     "An insider in the talks", "anonymous"),
    # not a thing that ends like a doer: the one it comes from speaks
    ("A letter from Trade Representative Clayton Yeutter said the talks would go on.", "Clayton Yeutter",
     "person"),
    # nor a person named after the preposition
    ("John Smith of Leeds, who did not want to be named, said the offer was bad.", "John Smith", "person"),
])
def test_one_person_of_a_place(text, speaker, kind):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(text)][-1] == (speaker, kind)


@pytest.mark.parametrize("text, expected", [
    # a headline that opens with a quotation and names its speaker after a colon or a dash
    ("'We need more nurses, not more managers': an interview with Dr. Ruth Okafor\n\n"
     "Dr. Ruth Okafor has run the Northside clinic for a decade.",
     [("direct", "Ruth Okafor", ":", "We need more nurses, not more managers")]),
    ("'We are not giving up': Starmer defiant after defeat\n\nKeir Starmer spoke on Monday.",
     [("direct", "Keir Starmer", ":", "We are not giving up")]),
    ("'We will win' \u2014 Jane Doe on her campaign\n\nJane Doe spoke to us.",
     [("direct", "Jane Doe", "\u2014", "We will win")]),
    # not a headline that names no person, nor a surname the article never gives in full
    ("'Chaos': The week Washington stood still\n\nIt was a long week.", []),
    ("'No': Smith defiant after defeat\n\nThe council met on Monday.", []),
    # nor a quotation that does not open the headline
    ("Why 'normal' is over: Jane Doe on the new economy\n\nJane Doe spoke to us.", []),
])
def test_a_headline_that_opens_with_a_quotation(text, expected):
    assert [(q.kind, q.speaker, q.cue, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a name and its age opening a sentence is a subject, so a later pronoun's antecedent
    ("Manchester United have sacked manager Erik Vos.\n\nVos, 54, had been under pressure for weeks. "
     'After the match he told the BBC: "I take full responsibility."', "Erik Vos"),
    ("Donald Trump spoke at the plant.\n\nMark Weddle, 55, started work at Carrier 24 years ago. "
     '"I have two brothers-in-law from Mexico," he said.', "Mark Weddle"),
    # and without an age, as before
    ("Donald Trump spoke at the plant.\n\nMark Weddle started work at Carrier 24 years ago. "
     '"I have two brothers-in-law from Mexico," he said.', "Mark Weddle"),
])
def test_a_subject_with_an_age_is_an_antecedent(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # a name, how that person stood, a colon, then the quotation: that person's words
    ('Michael Torres spoke next.\n\nTorres was unmoved: "Buses don\'t fix a broken promise."',
     [("direct", "Michael Torres", ":", "Buses don't fix a broken promise.")]),
    ('Mayor Rosa Diaz spoke last.\n\nDiaz was blunt: "We will not pay for a plan that does not work."',
     [("direct", "Rosa Diaz", ":", "We will not pay for a plan that does not work.")]),
    # not where someone was (the name before the colon is no speaker then), nor a place, nor a
    # phrase that is no sentence
    ('Michael Torres spoke next.\n\nTorres was in Leeds: "Buses don\'t fix a broken promise."', []),
    ('Texas was quiet: "Nothing moves on the roads and nobody goes out."', []),
    ('Michael Torres spoke next.\n\nTorres was unmoved: "nonsense".', []),
])
def test_a_stance_then_a_colon_before_a_quotation(text, expected):
    assert [(q.kind, q.speaker, q.cue, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a name alone before a colon speaks, after a title or a phrase without a verb too
    ("A lesson from Loretta Lynch: 'Be the voice that people hear.'\n\nShe spoke in May.", "Loretta Lynch"),
    ('Former secretary of state Hillary Rodham Clinton: "We learned that from the State Department."',
     "Hillary Rodham Clinton"),
])
def test_a_name_before_a_colon(text, speaker):
    assert [q.speaker for q in extract_quotes(text)][:1] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a role noun opening the sentence before a full name is no part of the name
    ("Parent Michael Torres said the plan was bad.", "Michael Torres"),
    ("Resident Jane Doe said the plan was bad.", "Jane Doe"),
    ("Student Jane Doe, 19, said the plan was bad.", "Jane Doe"),
    # a name whose first word is no role noun keeps it
    ("Rafael Edward Cruz said the plan was bad.", "Rafael Edward Cruz"),
])
def test_a_role_noun_before_a_name_is_no_part_of_it(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker, roles", [
    # and it is stored as the speaker's role, as it is written in lower case ("parent Michael Torres")
    ("Parent Jo Evans said she would move her son.", "Jo Evans", ["parent"]),
    ("Headteacher Sarah Boyd said the roof leaks.", "Sarah Boyd", ["headteacher"]),
    ("Investor Paul Bilzerian said he may seek control.", "Paul Bilzerian", ["investor"]),
    ("Archbishop Desmond Tutu said the vote was fair.", "Desmond Tutu", ["Archbishop"]),  # a style keeps its capital
    ("Chairman John Hall said profits rose sharply last year.", "John Hall", ["Chairman"]),  # a title, as before
    # a workplace before the role is part of it, not an organisation; "Cllr" is a title
    ("Shop owner Tom Reyes said he lost everything.", "Tom Reyes", ["shop owner"]),
    ("Conservative backbencher Sir Roger Gale said the homes were wrong.", "Roger Gale", ["backbencher"]),
    ("Cllr Jane Scott said the council would help.", "Jane Scott", ["Councillor"]),  # (written out since 0.6.527, as "Sen." is "Senator")
    # a party is no role, and a given name no role noun
    ("Conservative Graham Brady said the vote was fair.", "Graham Brady", []),
    ("Hunter Biden Smith said the vote was fair.", "Hunter Biden Smith", []),
])
def test_a_role_noun_before_a_name_is_the_speakers_role(text, speaker, roles):
    q = extract_quotes(text)[0]
    assert (q.speaker, [r["role"] for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, speaker", [
    # "the club" is the sports club the story named before it, even one that has not spoken
    ("Manchester United's board met on Monday.\n\nThe club said it would consider the offer from the American.",
     "Manchester United"),
    ("Shares in German football club Borussia Dortmund slipped.\n\nThe club said it had agreed a rescue plan.",
     "Borussia Dortmund"),
    ("Riverside Rovers FC won again.\n\nThe club said the new stand would open in May next year.",
     "Riverside Rovers FC"),
    # the last club named; no club named as one, or only after: the club stays unnamed
    ("Leeds United lost to Burnley Football Club on Sunday.\n\nThe club said the manager would stay in his job.",
     "Burnley Football Club"),
    ("The golf club in the village won a prize.\n\nThe club said it would hold a party for its members.",
     "The club"),
    ("The club said it would offer its grounds for a new school. Riverside Rovers FC has played there since 1921.",
     "The club"),
])
def test_the_club_is_the_sports_club_named_before(text, speaker):
    assert [q.speaker for q in extract_quotes(text)][:1] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "he" right after a described reporter in the same paragraph is that reporter, not the
    # person named paragraphs before (the paragraph's reports are attributed after its quotations)
    ("Jacques Chirac said on Monday that France would veto any resolution.\n\n"
     'But the spokesman said the decision was not final. "We are still talking to our partners," he said.',
     "the spokesman"),
    ("An Investment Ministry official has told Reuters that the bank will be sold. The official said the "
     'method was not decided. "The most important thing is the method," he said.',
     "An Investment Ministry official"),  # the source as introduced, not a second one
    # but not when a name reports in between, nor when the description is no person
    ("Jacques Chirac spoke on Monday.\n\nThe spokesman said the decision was not final, and Chirac said "
     'more talks would follow. "We are still talking to our partners," he said.', "Jacques Chirac"),
    ("Jacques Chirac spoke on Monday.\n\nThe unit said the decision was not final. "
     '"We are still talking to our partners," he said.', "Jacques Chirac"),
    ("Jacques Chirac spoke on Monday.\n\nThe spokeswoman said the decision was not final. "
     '"We are still talking to our partners," he said.', "Jacques Chirac"),
    # an indefinite description opening the sentence, with a relative clause before its verb, too
    ('A Barclays spokeswoman said: "The branch will reopen." \n\nOne witness, who did not want to be named, said '
     'she saw the man run. "He was shouting and waving something," she said.', "One witness"),
    ('Jacques Chirac spoke on Monday.\n\nA spokesman said the decision was not final. "It is too early," he said.',
     "A spokesman"),
    # and with a participle's aside before its verb (but an aside makes no reporter of a thing: "The unit")
    ("Priya Raman said she was disappointed.\n\nA city traffic engineer, speaking on condition of anonymity because "
     'she was not authorized to discuss the plan, said the design had been revised twice. "It is a good design," '
     'she said.', "A city traffic engineer"),
    ("Jacques Chirac spoke on Monday.\n\nThe unit, citing new data, said the decision was not final. "
     '"We are still talking to our partners," he said.', "Jacques Chirac"),
    ('Jacques Chirac spoke on Monday.\n\nA Labour Party spokesman told the BBC the party avoided them. "When we ask '
     'which party they will vote for, that is not marketing," he said.', "A Labour Party spokesman"),
    # but a capitalised definite one is a role whose holder was named ("But the Tory leader argued")
    ("Michael Howard has backed stem cell research.\n\nBut the Tory leader argued there was a moral case. "
     '"I believe we have a duty to offer hope," he said.', "Michael Howard"),
    # but a definite one with a relative clause is an office whose holder was named ("The trade minister, who
    # is also chairman of the BOI, said")
    ("Jose Concepcion, the minister, spoke on Monday.\n\nThe trade minister, who is also chairman of the board, "
     'said the plan was good. "It will keep prices down," he said.', "Jose Concepcion"),
])
def test_he_after_a_described_reporter_in_the_paragraph(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"][-1:] == [speaker]


@pytest.mark.parametrize("text, roles", [
    # "its" or "their" before a role is the body that is the subject of a sentence just before
    ("Greater Manchester Fire and Rescue Service welcomed the sentence. \"Landlords who ignore the law will "
     "be prosecuted,\" said its head of protection, Carol Dunn.",
     [("head of protection", "Greater Manchester Fire and Rescue Service")]),
    ("The Bank of England does not favour new rules against hostile takeovers, its governor, Robin "
     "Leigh-Pemberton, said.", [("Governor", "Bank of England")]),
    # not a body the subject deals with, nor a subject that is no body
    ("Deutsche Boerse bosses held talks with the London Stock Exchange (LSE), its chief, Werner Seifert, "
     "said on Monday.", [("chief", None)]),
    ("Britain will not sign the treaty this year, its finance minister, Rachel Reeves, said.",
     [("finance minister", None)]),
])
def test_its_role_is_the_bodys_that_opens_the_sentence_before(text, roles):
    q = [q for q in extract_quotes(text) if q.speaker_roles][-1]
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speakers", [
    # a legal form in lower case ends a firm's name, which "the company" then stands for
    ("Acme Foods plc said on Tuesday it would close its Leeds bakery by March.\n\n"
     "The company said the decision was painful but could not be avoided.",
     ["Acme Foods plc", "Acme Foods plc"]),
    # but a lower-case word after a name is no legal form
    ("Acme Foods chiefs said on Tuesday they would close the Leeds bakery by March.", ["Acme Foods chiefs"]),
])
def test_a_firm_with_its_legal_form_in_lower_case(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a relative named by a given name opening a sentence is a pronoun's antecedent
    ("Rosa Bellini, 71, runs the bakery. \"It's hard on the knees,\" she says.\n\n"
     "Her son Marco, who now runs the shop with her, is less sure. \"Mum will never retire,\" he says.",
     ["Rosa Bellini", "Marco"]),
    ("Ozzy Osbourne said the show was over. His wife Sharon, who also appears in it, agreed. "
     "\"He's done it, he's been there,\" she said.", ["Sharon"]),
    # a word after the relative that is no given name is no antecedent; the person named before is
    ("Rosa Bellini runs the bakery.\n\nHer son Rover, a dog, sleeps by the door. \"He is lazy,\" she says.",
     ["Rosa Bellini"]),
    # a linking word before a name is read past, not taken for the name
    ("Richard Caborn said the plan was sound. Earlier Tony Blair defended the plans.\n\n"
     "\"We should come down hard on those who abuse that freedom,\" he told MPs.", ["Tony Blair"]),
])
def test_a_relative_named_by_a_given_name_is_an_antecedent(text, speakers):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == speakers


@pytest.mark.parametrize("text, speaker", [
    # "the company" stands for the firm that is the subject of the story's first sentence
    ("Rail firm apologises\n\nNorthern Rail has apologised to passengers after 400 trains were cancelled.\n\n"
     '"We are deeply sorry," the company said in a statement.', "Northern Rail"),
    ("Rail firm apologises\n\nThe Co-operative Bank has apologised to its customers.\n\n"
     '"We are deeply sorry," the company said in a statement.', "Co-operative Bank"),
    # not a person, a public body or a word that opens sentences
    ("Rail boss quits\n\nJohn Smith has resigned as head of the rail firm.\n\n"
     '"We thank him," the company said in a statement.', "the company"),
    ("Rail cuts\n\nThe Department for Transport has cut the rail budget.\n\n"
     '"We are deeply sorry," the company said in a statement.', "the company"),
    ("Rail cuts\n\nThat is the view of the rail firm after a bad week.\n\n"
     '"We are deeply sorry," the company said in a statement.', "the company"),
    # after a wire's dateline, with its date or its agency: "CITY, Month Day -", "CITY, State (Reuters) -"
    ("Apple unveils iPhone\n\nCUPERTINO, California (Reuters) - Apple Inc on Tuesday unveiled a phone.\n\n"
     "The company said it would go on sale on Friday.", "Apple Inc"),
    ("Apple unveils iPhone\n\nWASHINGTON (AP) \u2014 Apple Inc on Tuesday unveiled a phone.\n\n"
     "The company said it would go on sale on Friday.", "Apple Inc"),
    ("Apple unveils iPhone\n\nLONDON, Sept 9 (Reuters) - Apple Inc on Tuesday unveiled a phone.\n\n"
     "The company said it would go on sale on Friday.", "Apple Inc"),
    ("NEW YORK, March 3 - Borden Inc raised its quarterly dividend by half.\n\n"
     "The company said it would pay 1,000 dlrs a note.", "Borden Inc"),
    # a place and a dash with neither is no dateline: a person spoke first
    ("Apple unveils iPhone\n\nIn Cupertino - a city in California - Jane Smith on Tuesday unveiled a phone.\n\n"
     "The company said it would go on sale on Friday.", "The company"),
])
def test_the_company_is_the_firm_the_story_opens_with(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, roles", [
    # the title before a name is read within its paragraph: not from the one before
    ("Rovers won with a late header from captain Danny Cole.\n\nRovers manager Gary Webb told BBC Radio Leeds: "
     '"The lads never stopped believing."', [("manager", "Rovers")]),
    ("The talks were held at the World Bank.\n\nFinance Minister Gustavo Petricioli said: \"We are pleased.\"",
     [("Finance Minister", None)]),
])
def test_a_title_is_read_within_the_names_paragraph(text, roles):
    q = extract_quotes(text)[-1]
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speaker", [
    # a sentence opening with a role before a name ("Hill Town boss Sue Harper") has her as its subject
    ('Hill Town boss Sue Harper was furious with the referee. "That was never a free-kick," she said.',
     "Sue Harper"),
    ("Rovers won again.\n\nChelsea chief executive Peter Kenyon has played down reports of a deal.\n\n"
     '"He has been responding well to treatment," he told BBC Sport.', "Peter Kenyon"),
    # and not the body before the role
    ('Hill Town boss Sue Harper was furious. "That was never a free-kick," she said.', "Sue Harper"),
])
def test_a_role_before_a_name_opening_a_sentence_makes_the_person_its_subject(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a playing position right after the one player quoted in the paragraph is that player
    ('Rovers manager Gary Webb was pleased. "The lads never stopped," he said.\n\n'
     'Cole, 29, said the goal was the best feeling. "I just closed my eyes," the defender added.', "Cole"),
    # not when two people speak in the paragraph, nor when the one who spoke is no player
    ('Cole said the goal was the best feeling, and Smith said it was luck. "I just closed my eyes," '
     "the defender added.", "the defender"),
    ('Rovers manager Gary Webb said the win was deserved. "I just closed my eyes," the defender added.',
     "the defender"),
])
def test_a_playing_position_is_the_player_quoted_just_before(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"][-1] == speaker


@pytest.mark.parametrize("text, speaker, description, report", [
    # after "according to X," comes the report, not a description of X ...
    ("According to the Department for Transport, the number of cars on British roads rose by 9% in a decade.",
     "Department for Transport", None, "the number of cars on British roads rose by 9% in a decade"),
    # ... unless an appositive closed by a comma comes first: a role, or a relative clause
    ("According to Pat Ferguson, President of AMBO, work on the pipeline will begin in 2005.",
     "Pat Ferguson", "President of AMBO", "work on the pipeline will begin in 2005"),
    ("According to Standard & Poor's, which has upgraded Mexico's rating, the rise in remittances helps the economy.",
     "Standard & Poor's", "which has upgraded Mexico's rating", "the rise in remittances helps the economy"),
    # a list is no appositive
    ("According to Mark Boyar, the licensing division, Playboy mansion and artwork alone make the firm worth more.",
     "Mark Boyar", None, "the licensing division, Playboy mansion and artwork alone make the firm worth more"),
])
def test_the_report_after_according_to(text, speaker, description, report):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_description, q.text) == (speaker, description, report)


@pytest.mark.parametrize("text, speaker, roles", [
    # a surname that is also a title, after a given name, is part of the name
    ("Even the AA's president, Edmund King, has admitted that more roads simply mean more traffic.",
     "Edmund King", [("President", "AA")]),
    ("Former prime minister John Major said the party would lose the next election.", "John Major",
     [("prime minister", None)]),
])
def test_a_surname_that_is_a_title(text, speaker, roles):
    q = extract_quotes(text)[0]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, description", [
    # after an age, the home town describes the speaker; it is no role
    ('"I have waited 14 months," said Margaret Hill, 74, from Stoke.', "from Stoke"),
    ("Amadou Magassa, 27, of Philadelphia sold water on Broad Street. \"It was hot,\" he said.", "of Philadelphia"),
    ('"I have waited," said Melissa Roloson, 41, of Sodus in Upstate New York.', "of Sodus in Upstate New York"),
    # an age alone is still no description
    ('"I have waited 14 months," said Margaret Hill, 74.', None),
])
def test_a_home_town_after_an_age(text, description):
    q = extract_quotes(text)[-1]
    assert (q.speaker_description, q.speaker_roles) == (description, [])


@pytest.mark.parametrize("text, speakers", [
    # a family name written first, alone later, is the person named in full before
    ("Premier Zhao Ziyang said China would cut its budget deficit this year.\n\n"
     "Zhao said spending on construction would be curbed.", ["Zhao Ziyang", "Zhao Ziyang"]),
    ("SHANGHAI, March 11 - Shanghai will rely on soft loans, Mayor Jiang Zemin said.\n\n"
     "Jiang said work would start within two years.\n\nThe mayor said foreign firms would be invited.",
     ["Jiang Zemin", "Jiang Zemin", "Jiang Zemin"]),
    # not after a Western name whose first word is also a family name of the lexicon
    ("Singer Kim Jones said the tour would go ahead this year.\n\nKim said the tickets would go on sale.",
     ["Kim Jones", "Kim"]),
])
def test_a_family_name_written_first(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, kinds", [
    # a quotation's own full stop ends its sentence: a report in the next sentence leaves it direct
    ('Jane Smith said: "The world needs more trade, not less." She added that Brazil would propose a forum.',
     ["direct", "indirect"]),
    ('Jane Smith said: "The world needs more trade, not less."', ["direct"]),
    # but words after a quotation that carry on its sentence make it part of a report
    ('Jane Smith said the world needs "more trade, not less" this year.', ["mixed"]),
])
def test_a_quotation_after_a_colon_before_another_sentence(text, kinds):
    assert [q.kind for q in extract_quotes(text)] == kinds


@pytest.mark.parametrize("text, description, roles", [
    # an appositive with no article, a role before its body, closed by its comma
    ("Dr. Ruth Okafor, chief executive of St Mary's Hospital, said the winter would be hard.",
     "chief executive of St Mary's Hospital", [("chief executive", "St Mary's Hospital")]),
    ("Robbin Johnson, vice president of Cargill, said exports would rise.",
     "vice president of Cargill", [("vice president", "Cargill")]),
    ("Dr. Ruth Okafor, chief executive of St Mary's Hospital, spoke to us.\n\n\"We are full,\" Okafor said.",
     "chief executive of St Mary's Hospital", [("chief executive", "St Mary's Hospital")]),
    # not words that name no role, nor a role the sentence runs on from
    ("Dr. Ruth Okafor, mother of three, spoke to us.\n\n\"We are full,\" Okafor said.", None, []),
    ("Dr. Ruth Okafor, chief executive of St Mary's Hospital spoke to us.\n\n\"We are full,\" Okafor said.",
     None, []),
])
def test_a_role_without_an_article_after_a_name(text, description, roles):
    q = extract_quotes(text)[0]
    assert q.speaker_description == description
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speaker, roles", [
    # British police ranks, abbreviated without full stops, are titles
    ('Det Insp Claire Holmes said: "This was a frightening incident."', "Claire Holmes", ["Detective Inspector"]),
    ('Detective Superintendent Tom Reid said: "We will find them."', "Tom Reid", ["Detective Superintendent"]),
    ('DCI Sam Lee said: "We will find them."', "Sam Lee", ["Detective Chief Inspector"]),
    # a name that is no title keeps its words
    ('Detroit Jones said: "We will find them."', "Detroit Jones", []),
])
def test_police_ranks_are_titles(text, speaker, roles):
    (q,) = extract_quotes(text)
    assert (q.speaker, [r["role"] for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, speakers", [
    # "one" or "another" alone is one of the people the paragraph named just before
    ('Workers leaving the plant were angry. "Twenty years I have given them," said one, who did not '
     'want to be named.', ["one of the workers"]),
    ('Analysts were split on the deal. "It is a small price to pay," said one, a banker in London.',
     ["one of the analysts"]),
    # and stays one person: "he" may be that person
    ('Delegates from three provinces spoke. One said the state had cut spending on farms to three percent. '
     '"This is incompatible with the place of agriculture," he said.', ["One of the delegates"] * 2),
    # with no people named before, "one" stays as it was
    ('The plant closed on Friday. "Twenty years I have given them," said one, who did not want to be named.',
     ["one"]),
])
def test_one_of_the_people_named_before(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # "said one." or "said he." ending the sentence: the full stop is no part of the speaker
    ('"Twenty years I have given them," said one.', ["one"]),
    ('Analysts were split. "It is a small price to pay," said one.', ["one of the analysts"]),
    ('Workers held a vigil. "We will stay out here as long as it takes," said one. "So will I," said another.',
     ["one of the workers", "another of the workers"]),
])
def test_an_inverted_speaker_that_ends_the_sentence(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


BOLD_QA = ("# Five questions for the new head of the Arts Council\n\n*By Lee Park*\n\n"
           "**Jane Mbeki** took over as chair of Arts Council England in October.\n\n"
           "**What is your first priority?**\n\nMoney for the regions.\n\nToo much of it still goes to London.\n\n"
           "**Will theatres close?**\n\nSome will, and I won't pretend otherwise.\n")


def test_an_interview_with_its_questions_in_bold_quotes_the_interviewee():
    got = [(q.text, q.speaker, q.kind, q.cue) for q in extract_quotes(BOLD_QA)]
    assert got == [
        ("Money for the regions.", "Jane Mbeki", "direct", "?"),
        ("Too much of it still goes to London.", "Jane Mbeki", "direct", "?"),
        ("Some will, and I won't pretend otherwise.", "Jane Mbeki", "direct", "?"),
    ]


def test_a_titled_interviewees_mention_is_her_whole_name():
    # the name's span starts after the title ("Dr Jane Mbeki"): not "Dr Jane Mbe"
    text = BOLD_QA.replace("**Jane Mbeki** took over", "Dr Jane Mbeki took over")
    got = {text[q.speaker_start:q.speaker_end] for q in extract_quotes(text)}
    assert got == {"Jane Mbeki"}


@pytest.mark.parametrize("text", [
    BOLD_QA.replace("**Will theatres close?**", "Will theatres close?"),  # one bold question is no interview
    BOLD_QA.replace("**Jane Mbeki** took over", "The new chair took over"),  # no one named: no interviewee
])
def test_no_bold_question_interview(text):
    assert [q for q in extract_quotes(text) if q.kind == "direct"] == []


@pytest.mark.parametrize("text, speaker", [
    # a report's participle whose time phrase was read off is no part of the source
    ("Coffee is linked to a longer life, according to a study of half a million people published on Tuesday.",
     "a study of half a million people"),
    ("A CBS poll released Tuesday found that most voters back the plan for new roads.", "A CBS poll"),
    ("A company statement issued on Monday said the plant would close in May.", "A company statement"),
    # but not a report still to come, nor what people released
    ("According to a report to be released on Friday, the economy will shrink by two percent.",
     "a report to be released"),
    ("A fact sheet lawmakers released Tuesday said the plan would cost billions of dollars.",
     "A fact sheet lawmakers released"),
])
def test_a_reports_participle_is_no_part_of_its_source(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # given names beyond the English-speaking world's are known: "he" after "Rui Costa" is him, not a
    # man named a paragraph earlier
    ('Rovers chairman Alan Brooks called the deal "a statement of intent".\n\nBenfica\'s sporting director, Rui '
     'Costa, said the club had been reluctant to sell. "We did not want to lose him," he told Record.',
     ["Alan Brooks", "Rui Costa", "Rui Costa"]),
    ('"We make no secret of our tactics," said one leader of the land reform movement, Joao Pedro.', ["Joao Pedro"]),
    # and a role word before one is a role, not part of the name
    ("Prosecutor Nadia Rahman told the court the thefts had gone on for six years.", ["Nadia Rahman"]),
    ("Headteacher Sandeep Kaur said the school would reopen on Monday.", ["Sandeep Kaur"]),
    ("Councillor Aoife Byrne said the plan was dead.", ["Aoife Byrne"]),
    # a name given to women and men says nothing of "he": "Priya Ranjan Dasmunsi ... he said"
    ("Minister of State for Commerce Priya Ranjan Dasmunsi told Parliament exports would rise. Output fell in 1986, "
     "he said.", ["Priya Ranjan Dasmunsi", "Priya Ranjan Dasmunsi"]),
    # a city is no given name: "A spokesman for the commission in Santiago confirmed" is the spokesman's
    ("A spokesman for the state Chilean Copper Commission in Santiago said there had been no damage.",
     ["A spokesman for the state Chilean Copper Commission"]),
])
def test_international_given_names_are_names(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # "Mrs. X" after her husband spoke is not him, but the other person of that surname the text named
    ("Mr. Obama called Naghmeh Abedini. \"I am free,\" said Saeed Abedini.\n\n"
     "\"I could see his love and compassion,\" Mrs. Abedini wrote on Facebook.", "Naghmeh Abedini"),
    # not a relative introduced as one ("her son, Humayun Khan"), and "Mr. X" stays the man
    ("Khizr Khan spoke at the convention. \"Vote for unity,\" Mr. Khan said.\n\nShe talked about her son, "
     "Humayun Khan. \"I am a Gold Star mother,\" Mr. Khan wrote.", "Khizr Khan"),
])
def test_an_honorific_of_the_other_gender_is_the_other_person_of_the_surname(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_relative_named_since_the_office_holder_is_no_other_holder():
    # "the president" is the President Obama named before; "Her husband, Saeed Abedini" is no president
    text = ("When President Obama flew to Boise, he met the wife of a pastor held in Iran.\n\nA year later, "
            "Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, was free and would soon be coming "
            "home, the president told her.")
    assert [q.speaker for q in extract_quotes(text)] == ["Obama"]


@pytest.mark.parametrize("text, speakers", [
    # a relative named after an owner's possessive opens the sentence: "Telfer's wife, Jean," is "she"
    ("When Alan Telfer started work in 1968, there were eleven shepherds.\n\nTelfer's wife, Jean, is less "
     'sentimental. "He\'ll be up there till they carry him down," she says.', ["Jean"]),
    ("Clinton's husband, Bill, hurled the kitchen sink at Sanders in a speech.\n\n"
     '"I have to be careful what I say," he said.', ["Bill"]),
    # with no other antecedent, the subject of a fronted clause in the paragraph or the one before
    ("When Alan Telfer started work on the hills in 1968, there were eleven shepherds. Today there is one.\n\n"
     '"My father told me the sheep would always need a man," he says.', ["Alan Telfer"]),
    # but not when a sentence's subject is there, nor from further back
    ("When Alan Telfer started work on the hills in 1968, there were eleven shepherds. John Hall disagrees.\n\n"
     '"My father told me the sheep would always need a man," he says.', ["John Hall"]),
    ("When Alan Telfer started work on the hills in 1968, there were eleven shepherds.\n\nToday there is one.\n\n"
     "The hills are empty now.\n\n"
     '"My father told me the sheep would always need a man," he says.', [None]),
])
def test_kin_after_a_possessive_and_fronted_subjects_as_antecedents(text, speakers):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == speakers


@pytest.mark.parametrize("text, roles", [
    # "the association's chief executive": the association the text named before
    ("Shepherds vanish\n\nThe National Sheep Association says shepherds have halved since 1990.\n\n"
     '"It\'s a crisis nobody in London sees," said Phil Stocker, the association\'s chief executive.',
     [("chief executive", "National Sheep Association")]),
    ("New drug trial\n\nThe US Institute of Mental Health funds the work.\n\n\"It is early days,\" said Jane Doe, the institute's "
     "scientific director.", [("scientific director", "US Institute of Mental Health")]),
    # none named: no organisation (0.6.490; a common noun had been stored as one, "association", which
    # would join every unnamed association in the database); a headline's title case is no name
    ('"It\'s a crisis nobody sees," said Phil Stocker, the association\'s chief executive.',
     [("chief executive", None)]),
    ("Leadership Announces Dissolution Of Secret Club\n\n\"We are done,\" said Jane Doe, the club's executive "
     "director.", [("executive director", None)]),
])
def test_an_owners_common_noun_is_the_body_named_before(text, roles):
    q = [q for q in extract_quotes(text) if q.kind == "direct"][-1]
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speaker, kind", [
    # a firm named by a utility's or a carrier's word is an organisation
    ("Water bills\n\nNorthgate Water today announced a programme to upgrade 300 storm overflows by 2030.",
     "Northgate Water", "organization"),
    ("Rail news\n\nNetwork Rail said the line would reopen on Monday after the repairs were finished.",
     "Network Rail", "organization"),
    # one word described as a body, with "the": an organisation
    ("Water bills\n\nOfwat, the water regulator, said it would scrutinise the plans very closely.", "Ofwat",
     "organization"),
    # but a person's name stays a person's ("Samantha Power"), and so does one described as a person
    ("Envoy speaks\n\nSamantha Power said the council would meet again on Monday to discuss it.", "Samantha Power",
     "person"),
    ("Water bills\n\nOkafor, the water minister, said she would scrutinise the plans very closely.", "Okafor",
     "person"),
])
def test_utilities_and_described_bodies_are_organisations(text, speaker, kind):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_its_after_a_passives_agent_is_that_body():
    text = ('Plan welcomed\n\nThe programme was welcomed by the Rivers Trust. Its director, Mark Lloyd, said: "This is '
            'a step in the right direction."')
    q = extract_quotes(text)[0]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (
        "Mark Lloyd", [("director", "Rivers Trust")])


@pytest.mark.parametrize("text, speaker, kind", [
    # a seat of government speaks for it, as a capital does
    ("Blair row\n\nThe Tories said she broke a convention. But Downing Street said she was speaking as a lawyer. "
     "It said she was not expressing political opinions.", "Downing Street", "organization"),
    ("Starmer visit\n\nNo10 said the prime minister would raise the matter with the President.", "No10",
     "organization"),
])
def test_a_seat_of_government_is_an_organisation(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speakers", [
    # a sentence that opens right after a quotation has its subject too: "...here." Wolves chief executive ...
    ('Hoddle joins Wolves\n\n"I\'m delighted to be here," said Glenn Hoddle. "I saw the potential. I love the club." '
     'Wolves chief executive Jez Moxey defended the decision. "We hope it will work out for both parties," he said.',
     ["Glenn Hoddle", "Glenn Hoddle", "Jez Moxey"]),
    # a first name alone as the subject is the person named in full before
    ('Murdoch essay\n\nJames Murdoch runs the company. "We will act," said Kathryn Smith. James has led the work on '
     'carbon. "Science is united," he wrote.', ["Kathryn Smith", "James Murdoch"]),
    # the subject of a clause joined by "and" or "but" with a verb of saying
    ('Bank provisions\n\nLloyds chairman Alan Moore spoke to reporters on Monday.\n\nLloyds has said it is reviewing '
     'the situation and Moore denied that the action had any connection. "It is totally unrelated," he said.',
     ["Alan Moore"]),
    # but not a pronoun's partner ("he and Manafort introduced"), nor a place or a firm in a list
    ('Lobbying\n\nRick Gates spoke to the AP.\n\nGates told the AP that he and Manafort introduced the firms. '
     '"It was lawful," he said.', ["Rick Gates"]),
])
def test_subjects_after_quotations_first_names_and_coordinated_clauses(text, speakers):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == speakers


def test_an_organisation_subject_is_no_he():
    # "Downing Street cited ...": an organisation, no antecedent for "he"
    text = ("Brown row\n\nMr Brown later told reporters he trusted the prime minister. Downing Street cited that comment "
            "when reporters said Gordon Brown had once told Mr Blair: \"There is nothing you could ever say to me now.\"")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] != ["Downing Street"]


@pytest.mark.parametrize("text, speakers", [
    # a quotation opening a paragraph, then a sentence of narrative, then another's quotation with its cue:
    # the first goes on from the paragraph before, not with the cue after the narrative
    ('Federer wins\n\nFederer beat Ljubicic. "I really wanted a good start," Federer said.\n\n"That took me all the '
     'way. But he came back." Ljubicic was at a loss to explain his poor showing. "I didn\'t start badly," he said.',
     ["Roger Federer", "Roger Federer", "Ivan Ljubicic"]),
    # a report earlier in the paragraph does not take over from a quotation after it
    ('Wi-fi safety\n\nBT Openzone told the BBC News website that it made every effort to make its wi-fi secure. '
     '"Naturally, people may have security concerns," said Chris Clark, chief executive.\n\n"But wi-fi networks are no '
     'more vulnerable than any other means of accessing the internet."', ["Chris Clark", "Chris Clark"]),
    # nor does a share of people ("80% said they ...")
    ('Passwords\n\nSteve Ash, from Activcard, said there are two parts to the process. A survey found 80% of people '
     'said they were fed up with passwords.\n\n"The end solution is to combine something the user knows with '
     'something they have."', ["Steve Ash"]),
])
def test_a_paragraphs_opening_quotation_goes_on_from_the_last_speaker(text, speakers):
    text = text.replace("Federer beat Ljubicic.", "Roger Federer beat Ivan Ljubicic.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == speakers


def test_a_report_after_a_multi_paragraph_quotation_is_no_attribution_of_it():
    # '"A," he said. "B ...\n\n"... C." X said that ...': B-C goes on with "he"; X's "said that" is a report of X's
    text = ('Callaghan dies\n\nFormer cabinet colleague Lord Hattersley said his first reaction was "immense sadness".'
            '\n\n"It was not a surprise," '
            'he said. "He was a decent kindly man.\n\n"The party will be poorer without him." Conservative peer Lord '
            'Heseltine said that despite their differences, the two became friends.')
    got = [(q.kind, q.speaker) for q in extract_quotes(text)]
    assert got == [("mixed", "Lord Hattersley"), ("direct", "Lord Hattersley"), ("direct", "Lord Hattersley"),
                   ("indirect", "Lord Heseltine")]  # (a peer by title and name since 0.6.491)


@pytest.mark.parametrize("text, speaker", [
    # a peer's or a knight's title and one name as a subject is someone: the antecedent of "he"
    ("Callaghan dies\n\nLiberal Democrat leader Charles Kennedy said: \"He was always full of warmth.\"\n\nLord "
     "Callaghan became a clerk at the Inland Revenue. When he refused to support Harold Wilson in 1968, he said: "
     "\"I am not going to resign.\"", "Lord Callaghan"),  # (a peer as named, since 0.6.562, as 0.6.491 names them)
    ("Concert\n\nElton John played in Paris. \"It was wonderful,\" said Bernard Lavilliers.\n\nSir Elton played hits "
     "from his back catalogue. He told the crowd: \"I have done a lot of concerts.\"", "Elton John"),
])
def test_a_titled_single_name_is_an_antecedent(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speakers", [
    # "it" with no organisation that spoke: the firm that opened a sentence in the paragraph or the one before
    ("Mitsubishi deal\n\nIn January, Mitsubishi Motors issued its third profits warning. Last month it said it was "
     "looking for a further 540bn yen in fresh financial backing.", ["Mitsubishi Motors"]),
    # "he" is no plural description ("The firms"), and a title in capitals opens a described subject
    ('Bank merger\n\nThe firms denied that they are about to link up.\n\nSMFG President Yoshifumi Nishikawa said that '
     'the companies needed to bolster their businesses. "Both companies need to strengthen retail," he said.',
     ["The firms", "Yoshifumi Nishikawa", "Yoshifumi Nishikawa"]),
    # but not a possessive ("Prime Minister Tony Blair's official spokesman said ... He added"), nor after an
    # abbreviation's full stop ("between U.S. Treasury Secretary James Baker, ...")
    ('Ivory Coast\n\nPrime Minister Tony Blair\'s official spokesman said: "We are making the usual contingency '
     'plans." He added the situation would be monitored carefully in case of an evacuation.',
     ["Prime Minister Tony Blair's official spokesman", "Prime Minister Tony Blair's official spokesman"]),
])
def test_it_as_a_firm_and_he_as_no_group(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # a body's acronym in commas after its name is no speaker
    ("Regulations would strap U.S. exchanges, an official of the Chicago Board of Trade, CBT, said.",
     "an official of the Chicago Board of Trade"),
    ("The plan would fail, Leo Melamed, president of the Chicago Mercantile Exchange, CME, said on Monday.",
     "Leo Melamed"),
    # "Association of ..." with three words or more after "of" is one body's name
    ("The plan would fail, the Association of International Bond Dealers said on Monday.",
     "Association of International Bond Dealers"),
    # but a person after a body's name stays the person, and an acronym of other letters is a name
    ("The plan would fail, Bank of Japan Governor Satoshi Sumita said on Monday.", "Satoshi Sumita"),
    ("The plan would fail, the head of the agency, BT, said on Monday.", "BT"),
])
def test_acronyms_in_commas_and_bodies_named_with_of(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # an inverted subject with a role before the name is an antecedent
    ('Sun launch\n\nA Sun spokesman spoke. Sun Grid costs users $1. Sun likened grid computing to electricity.\n\n'
     'The system could mature in the same way, said Sun\'s chief operating officer Jonathan Schwartz. '
     '"Why build your own grid when you can use ours?" he asked.', ["Jonathan Schwartz", "Jonathan Schwartz"]),
    # a family name written first needs a person's mark to be a person's full name ("Sun Grid" is a product)
    ("Sun launch\n\nSun Microsystems launched a service. Sun Grid costs users $1 an hour. Sun said some customers "
     "want to book more than 5,000 processors each.", ["Sun"]),
    ("China bank\n\nThe paper said Chen Muhua, president of the People's Bank of China, visited Tokyo.\n\n"
     "Chen said the bank would lend more to farmers this year.", ["The paper", "Chen Muhua"]),
])
def test_inverted_subjects_with_roles_and_family_names_first(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, expected", [
    # a participle aside's report ends where the main clause's verb comes; the main clause is a report too
    ("CFTC Chairman Susan Phillips, acknowledging that the proposal was controversial, said the commission would "
     "consider revising the proposals.",
     [("that the proposal was controversial", "acknowledging"), ("the commission would consider revising the proposals", "said")]),
    ("General Mills Inc, reporting stronger results for the third quarter, said it expects the momentum to continue.",
     [("stronger results for the third quarter", "reporting"), ("it expects the momentum to continue", "said")]),
])
def test_a_participle_asides_report_ends_at_the_main_verb(text, expected):
    assert [(q.text, q.cue) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a word or three in marks right after the cue, then a noun of the clause: mixed, not that word alone
    ('Greer quits\n\nShe said "superior" bullying tactics, like making housemates cold, could encourage bullying.',
     [("mixed", '"superior" bullying tactics, like making housemates cold, could encourage bullying')]),
    # but a participle after a whole sentence in marks is the speaker's circumstance, as before
    ('Baker testifies\n\nBaker told a questioner, "I disagree with your crisis characterization" regarding Brazil.',
     [("direct", "I disagree with your crisis characterization")]),
])
def test_a_short_quotation_then_a_noun_is_mixed(text, expected):
    assert [(q.kind, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # two roles under one article, joined by "and", are one person's
    ("Greer quits\n\nGermaine Greer left the show.\n\nThe feminist writer and broadcaster said the show had behaved "
     "like a child.", "The feminist writer and broadcaster"),
    # not when the second has its own article: two phrases
    ("Refinery fire\n\nThe fire damaged the central part of the hydrocracker and the spokesman said it was out.",
     "the spokesman"),
])
def test_two_roles_under_one_article(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, clause", [
    # an outlet's programme is the recipient: the report starts after it
    ("Blair visit\n\nMr Blair told BBC Radio 4's Today programme he would not resign over the matter.",
     "he would not resign over the matter"),
    ("Blair visit\n\nMr Blair told the BBC's Breakfast with Frost show the money for Africa would not be touched.",
     "the money for Africa would not be touched"),
    ("Blair visit\n\nMr Blair told the BBC he would not resign over the matter.", "he would not resign over the matter"),
])
def test_an_outlets_programme_is_the_recipient(text, clause):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == [clause]


def test_a_quotation_run_over_paragraphs_ends_its_sentence_in_the_last():
    # the closing paragraph's sentence after the quotation is read apart: its report is found, and the
    # quotation before an attribution of the next sentence is still the speaker's
    text = ('Mr Blair told the Today programme: "I don\'t think this is a situation.\n\n'
            '"I think they feel shock." The important thing was action and not words, he said, adding that only six '
            'million had been spent.')
    assert [(q.kind, q.text) for q in extract_quotes(text)] == [
        ("direct", 'I don\'t think this is a situation.\n\n"I think they feel shock.'),
        ("indirect", "The important thing was action and not words"),
        ("indirect", "that only six million had been spent")]
    text = ('Serena Williams said she was fine. "I had the same injury.\n\n'
            '"If I had torn it, I would not be here. "She played a player that just played out of her mind." '
            'Serena also said people forgot the family\'s loss.')
    assert [(q.kind, q.speaker) for q in extract_quotes(text)][-1] == ("direct", "Serena")


@pytest.mark.parametrize("text, expected", [
    # a person named before "of" and a body is the person, with "of the" or without
    ("Bonds rallied.\n\n\"The numbers were a little disappointing,\" said Bob Bannon of Security Pacific National Bank.",
     ["Bob Bannon"]),
    ("Bonds rallied.\n\nThe target is now too ambitious, Morris Goldstein of the International Monetary Fund said.",
     ["Morris Goldstein"]),
    ("Bonds rallied.\n\n\"Nothing has changed,\" said Meenakshi Ganguly of Human Rights Watch.", ["Meenakshi Ganguly"]),
    # and the "he" after is the person, not the bank
    ("Bonds rallied.\n\n\"Miyazawa can talk all day,\" said Alan Rose of First Interstate Bank in Los Angeles.\n\n"
     "\"The key question is the administration's view,\" he added.", ["Alan Rose", "Alan Rose"]),
    # a body whose name has "of" in it is still the body
    ("Bonds rallied.\n\nThe economy is slowing, the Royal Bank of Canada said.", ["Royal Bank of Canada"]),
    ("Bonds rallied.\n\nThe economy is slowing, the National Bank of Hungary said on Monday.", ["National Bank of Hungary"]),
    # a person of a place, as before
    ("Bonds rallied.\n\nThe economy is slowing, Gov. John Kasich of Ohio said.", ["John Kasich"]),
])
def test_a_person_of_a_body_speaks_not_the_body(text, expected):
    assert [q.speaker for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "N that/which SUBJECT said VERB ...": the relative's own subject speaks, the verb phrase is the report
    ("The union is ending a weeks-long strike that company executives said could ultimately affect earnings.",
     [("company executives", "could ultimately affect earnings")]),
    ("It is the kind of job that many economists say is disappearing from the Midwest.",
     [("many economists", "is disappearing from the Midwest")]),
    ("The plan is part of a deal that aides to the governor said would be signed next week.",
     [("aides to the governor", "would be signed next week")]),
    ("The deal rests on a memo that officials at that agency said was never sent to the board.",
     [("officials at that agency", "was never sent to the board")]),
    ("The plan set a target that Morris Goldstein of the International Monetary Fund said is now optimistic.",
     [("Morris Goldstein", "is now optimistic")]),
    # a demonstrative after a preposition is no relative pronoun
    ("Officials at that company said the plant would close next year.",
     [("Officials at that company", "the plant would close next year")]),
    # a relative clause with its own verb is part of the subject, as before
    ("Voters who backed Democratic candidates said they were angry about the result.",
     [("Voters who backed Democratic candidates", "they were angry about the result")]),
])
def test_a_relative_clauses_own_subject_speaks(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # "in any case", "in fact" and the like are asides, no part of the subject
    ("Markets fell.\n\nBut in any case Miller argued that index futures do not initiate market trends.", "Miller"),
    ("Markets fell.\n\nIn fact Jones said the plan would fail badly.", "Jones"),
    ("Markets fell.\n\nVoters in fact said it was time to go.", "Voters"),
    ("Markets fell.\n\nThe company in turn said it would cut jobs.", "The company"),
    # "in" with a place stays in the subject
    ("Markets fell.\n\nVoters in Iowa said it was time to go.", "Voters in Iowa"),
])
def test_in_asides_are_no_part_of_the_subject(text, speaker):
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [(speaker, speaker)]


def test_a_parenthetical_report_stands_beside_a_later_relative_report():
    text = ("Finance Minister Kiichi Miyazawa spoke on Monday. The Bank of Japan was making efforts to do this, he "
            "said, adding the U.S. had not asked for a cut in the rate, a move which Sumita said was not under "
            "consideration.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Kiichi Miyazawa", "The Bank of Japan was making efforts to do this"), ("Sumita", "was not under consideration")]
    # a piece with no verb of its own is a circumstance of the clause after the attribution (0.6.512), and
    # that clause ends where the relative opening the analysts' report begins
    text = ("Wang Laboratories said it was upbeat. Within the next 12 to 18 months, he said, Wang will announce a more "
            "powerful machine, a move which analysts said was long overdue.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Wang Laboratories", "it was upbeat"), (None, "Within the next 12 to 18 months"),
        (None, "Wang will announce a more powerful machine"), ("analysts", "was long overdue")]


@pytest.mark.parametrize("text, speaker", [
    # a source described with the body it speaks for, who reported just before, is the next "she"
    ('Ofgem fines firm\n\nOfgem has fined Northern Power Ltd after customers were overcharged, the regulator said on '
     'Tuesday.\n\nA spokeswoman for Northern Power said the firm accepted the findings. "We have overhauled our '
     'billing systems," she said.', "A spokeswoman for Northern Power"),
    ('Rates\n\nThe Treasury said rates would rise. Mary Smith agreed.\n\nA spokesman for the Treasury declined to '
     'comment. "We have nothing to add," he said.', "A spokesman for the Treasury"),
    # not of the other sex
    ('Ofgem fines firm\n\nOfgem has fined Northern Power Ltd, the regulator said on Tuesday.\n\nA spokesman for '
     'Northern Power said the firm accepted the findings. "We have overhauled our systems," she said.', "the regulator"),
    # a name in commas after a role, then the subject's own verb, or a role "general" before the name
    ('Tributes\n\nFormer colleague Sir Trevor Banks described her as a pioneer. He recalled the night well.\n\n'
     'The director general, Tim Davie, paid tribute. "Margaret was a pioneer," he said in a statement.', "Tim Davie"),
    ('Tributes\n\nFormer colleague Sir Trevor Banks described her as a pioneer. He recalled the night well.\n\n'
     'The BBC director general Tim Davie paid tribute. "Margaret was a pioneer," he said in a statement.', "Tim Davie"),
])
def test_sources_just_introduced_are_the_next_pronoun(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # a past tense that is never a participle makes a clause after the cue, not an inverted speaker
    ("Floods\n\nHis neighbour, Karen Whitby, said the warnings came too late.",
     [("Karen Whitby", "the warnings came too late")]),
    ("Floods\n\nHer lawyer, John Smith, said the charges came as a shock.",
     [("John Smith", "the charges came as a shock")]),
    # but inside a relative clause on the speaker it is the speaker's, as before
    ("The plan came too late, said the man who wrote the report.",
     [("the man who wrote the report", "The plan came too late")]),
])
def test_a_simple_past_after_the_cue_opens_a_clause(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a role and a name after a fronted participle's phrase open the sentence: the next pronoun's antecedent
    ('Sanctions\n\nThe measures would target four lenders, one of the officials said. Another official cautioned that '
     'no decision had been made.\n\nAsked about the reports on Tuesday, White House press secretary Karine '
     'Jean-Pierre declined to discuss specifics. "We have been very clear," she told reporters.', "Karine Jean-Pierre"),
    ('Hacking\n\n"There are management issues," Shook said.\n\nSpeaking in Beijing, Chinese Foreign Ministry '
     'spokesman Lu Kang repeated that China opposed hacking. "This is extremely irresponsible," he told reporters.',
     "Lu Kang"),
    # not a role and a name in a list after a comma
    ('Hacking\n\n"There are management issues," Shook said, citing Chinese Foreign Ministry spokesman Lu Kang, '
     'who had denied it. "This is extremely irresponsible," he told reporters.', "Shook"),
])
def test_a_role_and_name_after_a_fronted_participle_open_the_sentence(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # the company a story's lead is about ("Shares in Halden Retail fell") is what "the clothing chain" and "it" are
    ("Halden warning\n\nLONDON (Reuters) - Shares in Halden Retail fell 18 percent on Thursday after the clothing "
     "chain warned that annual profit would come in well below expectations.\n\nThe company now expects a lower "
     "profit for the year, it said in a trading update.",
     ["Halden Retail", "Halden Retail"]),
    # a maker, a retailer, a brewer ... is the company that spoke last, as "the company" is
    ("Ford output\n\nDETROIT, April 1 - Ford Motor Co said it built 120,000 cars in March.\n\nThe automaker said "
     "its truck output rose 8 pct.", ["Ford Motor Co", "Ford Motor Co"]),
    # a country's shares are no company
    ("Markets\n\nShares in Japan fell on Monday after the central bank warned that growth would slow.\n\n"
     "The company said profit would fall.", ["the central bank", "The company"]),
])
def test_a_leads_company_and_its_trade_nouns(text, expected):
    assert [q.speaker for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # an irregular past of the subject's own before a participle's report: "cut", "quit", "let", ...
    ("James Grzinic cut his rating on the stock, saying he saw no recovery.", "James Grzinic"),
    ("The senator quit the committee last week, saying it had become a talking shop.", "The senator"),
])
def test_irregular_pasts_before_a_participles_report(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a person named right after a body's name, with no title between, is the person
    ("PARIS, April 2 - France has sold wheat flour to China, the Director General of France's Cereal Intervention "
     "Board (ONIC) Bernard Vieux said.", "Bernard Vieux"),
    ("WASHINGTON, April 8 - Securities and Exchange Commission John Shad said he wanted a better definition.",
     "John Shad"),
    # the body alone stays the body
    ("PARIS, April 2 - France has sold wheat flour to China, the Cereal Intervention Board said.",
     "Cereal Intervention Board"),
    # a place a description ends on does not speak
    ('Immigration fight\n\nRick Santorum turned his sights on Cruz, with the campaign of the former senator from '
     'Pennsylvania saying Cruz was "not a real conservative on immigration."',
     "the campaign of the former senator from Pennsylvania"),
    ("SINGAPORE, March 9 - Singapore's money supply rose 3.7 pct in December, the Monetary authority of Singapore "
     "said.", "the Monetary authority of Singapore"),
    ("The University of Texas said fees would rise.", "The University of Texas"),
])
def test_people_after_bodies_and_places_after_descriptions(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # "two-year notes" are bonds, no verb of saying
    ("The financing will begin with the monthly auction on Tuesday, March 24 of 10 billion dlrs of two-year notes. "
     "That will be followed on Wednesday by sales of 7.75 billion dlrs of four-year notes.", []),
    # the recipient of "told" before a clause's pronoun is no inverted speaker
    ("WASHINGTON, March 9 - A group of investment firms led by FMR Corp, told the Securities and Exchange "
     "Commission it raised its stake in McGill Manufacturing Co Inc to 9.5 pct.", []),
    # "according to" after "said", then a clause with its pronoun: the company's report, as before
    ("Chambers said it expects the deal to make money.\n\nThe company said according to the agreement it will "
     "accept municipal waste for five years.",
     [("Chambers", "it expects the deal to make money"),
      ("Chambers", "according to the agreement it will accept municipal waste for five years")]),
])
def test_bonds_and_recipients_are_no_speakers(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a firm named before "of" and its country is the firm, not the country
    ("SYDNEY, March 3 - News Corp Ltd of Australia said it would buy the paper for 40 mln dlrs.", "News Corp Ltd"),
    ("SYDNEY, March 3 - Hooker Corp Ltd of Australia said it would sell its stores in the U.S.", "Hooker Corp Ltd"),
    # a description ending on a place is the description
    ("Health\n\nThe new health minister for Wales said waiting lists would fall next year.",
     "The new health minister for Wales"),
    ("Prices will rise this year, according to estimates from India.", "estimates from India"),
    # a person of a place, as before
    ("Gov. John Kasich of Ohio said the plan was dead.", "John Kasich"),
])
def test_a_place_after_of_or_from_does_not_speak(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a source described with a place may be quoted speaking of that place: only a name is not its own topic
    ("Philippines debt\n\nBut the source close to the Philippines said Ongpin's anger goes beyond the dollars.\n\n"
     "Ongpin has not said the country will pay less, the source said.\n\n"
     '"The Philippines really means business on this," he said.', "the source close to the Philippines"),
    # a plural with no article is no "he"
    ("Rates\n\nBuilding societies have said a cut would have to exceed half a point.\n\n"
     "Gustave Rambaud said the issue was meant to boost capital.\n\n"
     '"Building societies will wait," he said.', "Gustave Rambaud"),
])
def test_pronouns_and_descriptions_with_places_or_plurals(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a sentence opens after an abbreviation's full stop when a capitalised article follows
    ("Agreement was reached last September when President Corazon Aquino visited the U.S. The sources said the "
     "loan was held up by delays.", "The sources"),
    # a finding's verb ends the subject of the people it found
    ("The ABC-Washington Post poll, taken after the close of trading on Monday, showed 58 pct did not believe the "
     "slide in stock prices foretold a downturn.", "58 pct"),
    # a relative clause on organisations is part of the subject
    ("But progressive organizations that have endorsed him say they believe superdelegates should choose the "
     "winner.", "progressive organizations that have endorsed him"),
    # "am" inside a name is no verb
    ("NEW YORK, March 3 - Pan Am Corp said it would cut fares on its Atlantic routes.", "Pan Am Corp"),
])
def test_subjects_end_at_a_new_sentence_or_a_findings_verb(text, speaker):
    assert [q.speaker for q in extract_quotes(text)][-1] == speaker


def test_i_am_is_the_writer_not_a_speaker():
    text = "Ideally we would want to secure his future. I am hoping he doesn't walk out of the club like Owen did."
    assert all(q.speaker != "I am" for q in extract_quotes(text))


@pytest.mark.parametrize("text, expected", [
    # a name, a comma and a capitalised post with "of" before the cue: the person, though the appositive's
    # closing comma is missing
    ('Oil\n\n"Reserves exceed 500 billion barrels," Juan Chacin Guzman, President of Petroleos de Venezuela told '
     'the World Petroleum Congress.\n\n"And this resource is a prime example," he added.',
     ["Juan Chacin Guzman", "Juan Chacin Guzman"]),
    ("In Washington, John Smith, director of the Acme Institute told reporters the plan would fail.", ["John Smith"]),
    # plural people named with no article are a group "they" goes back to
    ("Airports\n\nBAA plans are opposed. Opponents say the cost of the new runway could not be met. They said this "
     "is illegal under current rules.", ["Opponents", "Opponents"]),
])
def test_unclosed_capitalised_posts_and_plural_groups(text, expected):
    assert [q.speaker for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # what someone would not say is no report of theirs: a question left open after a negated cue
    ("Elon Musk spoke on Tuesday. He did not say how much the fee would be.", []),
    ("The spokesman would not say whether the board is planning to vote on the deal.", []),
    ("Two others have not said who they would vote for.", []),
    # a negated cue before a clause with its own subject and verb is still reported, as before
    ("Elon Musk spoke on Tuesday. He did not say the fee would rise.", [("Elon Musk", "the fee would rise")]),
    # and an open question said is a report
    ("He said how much the fee would be was still being decided.",
     [(None, "how much the fee would be was still being decided")]),
])
def test_what_was_not_said_is_no_report(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker, description", [
    # a relative clause that reports is the speaker's words, no description of the speaker: the title
    # before his name describes him
    ("Reagan resignation\n\nThe letter was given to White House Chief of Staff Howard Baker, who said the "
     "President had accepted it with great regret. \"It is a sad day,\" Baker said.", "Howard Baker",
     "White House Chief of Staff"),
    ("Reagan resignation\n\nThe letter was given to Howard Baker, who said the "
     "President had accepted it with great regret. \"It is a sad day,\" Baker said.", "Howard Baker", None),
    # a circumstance after the name is no description either
    ('Rivals\n\nMike Huckabee, for his part, said the party was divided. "We need unity," Huckabee said.',
     "Mike Huckabee", None),
    # a relative clause that describes stays
    ('Rivals\n\nJohn Roe, who runs a bakery in Leeds, said trade was slow. "It is hard," Roe said.', "John Roe",
     "who runs a bakery in Leeds"),
])
def test_reports_and_circumstances_are_no_descriptions(text, speaker, description):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_description) == (speaker, description)


@pytest.mark.parametrize("text, speaker", [
    # a name, then its post with modifiers before the role word ("deputy chief economist at"), opens a sentence
    ('Retail\n\nSales rose by 1.1%. Parul Jain, deputy chief economist at Nomura Securities International, said '
     'spending would continue to rise. "Consumers continue to retain their strength," he said.', "Parul Jain"),
    ('Patents\n\nHugo Lueders, European director for public policy at CompTIA, an umbrella organization, said only '
     'when property was protected would inventors prosper. He said the benefits had been overlooked.',
     "Hugo Lueders"),
    # a person from a firm is the person
    ("Cattle\n\nWilliam Arndt from Dean Witter noted that the steers were at 94 pct of a year ago. However, steers "
     "at 119 pct will weigh on August, he said.", "William Arndt"),
    ('Schools\n\n"Pupils love it," said Matthew Herren from EduVision.', "Matthew Herren"),  # (a one-word firm)
    # a source who would not comment is the next "he"
    ("Texaco\n\nPennzoil fell four to 78-7/8. A Pennzoil attorney would not comment. He said the SEC rule is part "
     "of the case.", "A Pennzoil attorney"),
    # a wire's ticker is no pronoun
    ("NEW YORK, June 18 - Lead underwriters Kidder, Peabody and Co Inc and Shearson Lehman Brothers Holdings Inc "
     "<SHE> said an initial public offering of 2.5 mln shares was priced at 12 dlrs.",
     "Shearson Lehman Brothers Holdings Inc"),
])
def test_posts_with_modifiers_people_from_firms_and_tickers(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # an acronym before a title and a name opens a sentence for pronouns
    ("Brown pledges vaccine cash\n\nUK Chancellor Gordon Brown has offered £960m over 15 years to a scheme.\n\n"
     "In a speech, he said action was needed to reach the goals.", "Gordon Brown"),
    ('Oil\n\nNazer was quoted by the SPA as saying the accord held.\n\nIn Jamaica, OPEC President Rilwanu Lukman '
     'said the group planned to stick with the agreement.\n\n"We are aware of the negative forces," he said.',
     "Rilwanu Lukman"),
    # not an acronym that opens a firm's name: no "he"
    ("Steel\n\nRice said the problems forced BHP Steel to import steel.\n\nBHP Steel International has cut jobs.\n\n"
     "The new plant is past its teething problems, he said.", "Rice"),
])
def test_an_acronym_before_a_title_opens_a_subject(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # two posts joined by "and" before a name describe the person named
    ("WASHINGTON, March 3 - The World Bank will borrow more in the first half of 1987, World Bank vice president "
     "and treasurer Eugene Rotberg said.\n\nHe told a news conference that rates were near their lows.",
     "Eugene Rotberg"),
    ("SYDNEY, March 3 - The group will sell its hotels this year, chairman and chief executive Kevan Gosper said.",
     "Kevan Gosper"),
    # not a description of its own before two bodies
    ("AMSTERDAM, March 3 - The strike will go on, a spokesman for the port and transport union FNV said.",
     "a spokesman for the port and transport union FNV"),
])
def test_two_posts_before_a_name_describe_it(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a body's name with "of" in it before a post and a name opens a sentence for pronouns
    ('TOKYO, March 3 - Growth will slow. Industrial Bank of Japan Ltd senior economist Susumu Taketomi agreed. '
     '"It is in the offing," he said.', "Susumu Taketomi"),
    # not two people joined by "and": the one who spoke last is "he"
    ('Embargo\n\nGerman Chancellor Gerhard Schroeder and French President Jacques Chirac have called for the '
     'embargo to be lifted. But on Wednesday Mr Straw said he also wanted it to end. "I have long understood '
     'the argument," he told the committee.', "Straw"),
])
def test_a_bodys_name_with_of_before_a_post_and_a_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "Sir" or "Dame" and a given name is the knighted person named in full before
    ('McCartney for Super Bowl\n\nSir Paul McCartney will perform at the half-time show, the NFL has said.\n\n'
     'Sir Paul said: "There is nothing bigger than being asked to perform at the Super Bowl."', "Paul McCartney"),
    ('Audit\n\nSir John Bourn published the report on Monday.\n\nSir John said: "The money was not well spent."',
     "John Bourn"),
    # with no full name before, the given name stays as written
    ('Audit\n\nSir John said: "The money was not well spent."', "John"),
])
def test_a_knighted_given_name_is_the_full_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, mentions", [
    # a verb phrase after a modal is no subject; a name after the verb is
    ("England squad\n\nWhen asked if Brown and Carragher would start Eriksson replied: \"I could tell you yes.\"",
     ["Eriksson"]),
    ("Lycos attack\n\nMany sites were knocked offline. The downing of the sites could dent Lycos claims that the "
     "campaign was a success.", ["Lycos"]),
    ("China prices\n\nThose who say prices should reflect production costs believe the issue is vital to the "
     "economy.", []),
])
def test_a_verb_phrase_after_a_modal_is_no_subject(text, mentions):
    assert [q.speaker_mention for q in extract_quotes(text)] == mentions


def test_a_role_run_keeps_an_ampersand_word():
    text = 'Keys to open Super Bowl\n\nR&B star Alicia Keys is to open the Super Bowl. Keys said she was "very excited".'
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_description) == ("Alicia Keys", "R&B star")


@pytest.mark.parametrize("text, speaker", [
    # a body's word in capitals before a plural of people (a wire's style) still names a group "they" is
    ("TOKYO, June 18 - Toshiba Corp decided to maintain exports of computers at last year's levels, Company "
     "spokesmen told Reuters.\n\nThey said the voluntary restraints were aimed at averting EC action.",
     "Company spokesmen"),
    # not a body named with "of"
    ("Union vote\n\nThe American Federation of Teachers said the vote was a victory for members.",
     "The American Federation of Teachers"),
])
def test_a_bodys_word_in_capitals_before_people(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, description, roles", [
    # the title before the name where the article introduced it describes a speaker quoted later as
    # "he" or by surname, as it does one it attributes at once ("said President Barack Obama")
    ('Summit\n\nPresident Barack Obama arrived on Tuesday. "We are ready," he said.',
     "Barack Obama", "President", ["President"]),
    ('Vote\n\nThe bill passed.\n\nSenate Majority Leader Chuck Schumer spoke first. "It is time," he said.',
     "Chuck Schumer", "Senate Majority Leader", ["Senate Majority Leader"]),  # (a line break before the title)
    ('Derby\n\nRovers won.\n\nManager Joey Barton was less effusive. "What pressure?" he said.',
     "Joey Barton", "Manager", ["manager"]),
    # playing positions are roles, and no part of the name
    ('Derby\n\nRovers won. Substitute Jamie Reid scored twice. "I just wanted to play," Reid said.',
     "Jamie Reid", "Substitute", ["substitute"]),
    ('Derby\n\nRovers won. Goalkeeper Tom Cole saved a penalty. "I guessed right," he said.',
     "Tom Cole", "Goalkeeper", ["goalkeeper"]),
    ('Derby\n\nRovers won with two goals from substitute Jamie Reid. "I just wanted to play," Reid said.',
     "Jamie Reid", "substitute", ["substitute"]),
    # a sentence's opening word, a preposition or a verb before the title is none of it
    ('Budget talks\n\nAfter Deputy Secretary Anne Cole left the room, the talks stalled. "We are close," Cole said.',
     "Anne Cole", "Deputy Secretary", ["Deputy Secretary"]),
    ("Row\n\nSpain's football federation has opened disciplinary action against national coach Luis Aragones. "
     '"I never intended to offend anyone," Aragones said.', "Luis Aragones", "national coach", ["national coach"]),
    ('Rugby\n\nWasps are set to offer Matt Dawson a new deal. "Rugby is still my priority," Dawson said.',
     "Matt Dawson", None, []),
    # no title, no description
    ('Derby\n\nRovers won. Jamie Reid scored twice. "I just wanted to play," Reid said.', "Jamie Reid", None, []),
    ('Summit\n\nBarack Obama arrived on Tuesday. "We are ready," he said.', "Barack Obama", None, []),
])
def test_a_title_before_the_name_describes_the_speaker(text, speaker, description, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_description, [r["role"] for r in q.speaker_roles]) == (speaker, description, roles)


@pytest.mark.parametrize("text, speaker, roles", [
    # a person of a firm whose kind is said before its name: the person speaks, the firm is the affiliation
    ("Rates\n\nAnalyst Jane Doe of the brokerage Nesbitt Thomson said rates would fall.",
     "Jane Doe", [("analyst", "Nesbitt Thomson")]),
    ("Oil\n\nAnalyst Paul Spedding of brokers Kleinwort Grieveson noted that any effect on the sale would depend "
     "on the markets.", "Paul Spedding", [("analyst", "Kleinwort Grieveson")]),
    ("Rates\n\nJohn Roe, an analyst at the brokerage Nesbitt Thomson, said rates would fall.",
     "John Roe", [("analyst", "Nesbitt Thomson")]),
    ("Rates\n\nEconomist Jane Doe of the Brookings Institution said that the sale would depend on the markets.",
     "Jane Doe", [("economist", "Brookings Institution")]),
    # one role, whatever its capitals ("Economist ... of the brokerage" gave "Economist" and "economist")
    ("Rates\n\nEconomist Wendy Smith Cork of the brokerage Nesbitt Thomson Deacon Ltd said rates would fall.",
     "Wendy Smith Cork", [("economist", "Nesbitt Thomson Deacon Ltd")]),
    # the firm itself still speaks
    ("Rates\n\nThe brokerage Nesbitt Thomson said rates would fall.", "Nesbitt Thomson", []),
])
def test_a_person_of_a_firm_named_with_its_kind(text, speaker, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, speaker, roles", [
    # "its" after a body named with its kind after the name ("the Unia union") is that body
    ("Job cuts\n\nThe Unia union condemned the decision. Its spokesman, Marc Frei, said workers had learned of "
     "the cuts from the press.", "Marc Frei", [("spokesman", "Unia")]),
    # not a capitalised word opening the sentence before a kind ("Local union leaders ...")
    ("Job cuts\n\nLocal union leaders condemned the decision. Its spokesman, Marc Frei, said workers had learned "
     "of the cuts from the press.", "Marc Frei", [("spokesman", None)]),
    # an author, a researcher, a lawyer: roles
    ('Moon ice\n\n"This changes the economics of going back to the Moon," said lead author Dr Priya Nair.',
     "Priya Nair", [("lead author", None)]),
])
def test_roles_of_unions_and_authors(text, speaker, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, expected", [
    # the subject's relative clause in commas holds no verb of the main clause ("whose complaint started")
    ('Fine\n\nPrivacy campaigner Max Schrems, whose complaint started the case, welcomed the fine but said it '
     'was "small compared to the profits".', [("Max Schrems", "Privacy campaigner Max Schrems")]),
    ("Breakfast\n\nPriebus, who has been in daily contact with the Trump campaign for months, arrived at a Tuesday "
     'breakfast with reporters with no clear explanation and acknowledged that he had only "read the passages '
     'real quickly."', [("Priebus", "Priebus")]),
    # and as before, with no relative clause or one with no verb of its own in the way
    ("Fine\n\nMax Schrems, who started the case, welcomed the fine but said it was small compared to the profits.",
     [("Max Schrems", "Max Schrems")]),
])
def test_a_relative_clause_in_the_subject_is_read_past(text, expected):
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # two people, each with an appositive, say it together: the first named speaks for both
    ('Appeal\n\n"This decision is flawed, unjustified and sets a dangerous precedent," Nick Clegg, the company\'s '
     "president of global affairs, and Jennifer Newstead, its chief legal officer, said in a joint statement.",
     [("Nick Clegg", "the company's president of global affairs")]),
    ('Results\n\n"We have made steady progress," William Schreyer, chairman and chief executive officer, and '
     "Daniel Tully, president and chief operating officer, said.",
     [("William Schreyer", "chairman and chief executive officer")]),
    # not a body's name before "and": no person named first, no attribution read
    ('Appeal\n\n"This decision is flawed," Meta, the social media company, and Jennifer Newstead, its chief legal '
     "officer, said in a joint statement.", []),
])
def test_two_speakers_with_appositives(text, expected):
    assert [(q.speaker, q.speaker_description) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speakers", [
    # an epithet for the subject of this sentence or the one before is that person
    ('Votes\n\nSen. Ted Cruz warned against a brokered convention. "I think that would be an absolute disaster," '
     "the Texas senator said.", ["Ted Cruz"]),
    ("Voting rights\n\nMinority Leader Mitch McConnell called the measure a power grab. Speaking on the Senate "
     "floor, the Kentucky Republican said states, not Washington, should run elections.",
     ["Mitch McConnell"]),
    ('Trade\n\nHouse Speaker Jim Wright criticised the plan.\n\n"That is utterly ridiculous," the Texas Democrat '
     "said.", ["Jim Wright"]),
    # not someone named further back, nor when another person is named between in the same sentence
    ("Meeting\n\nObama will endorse Clinton on Thursday.\n\nDemocratic leaders hoped the meeting would help.\n\n"
     'Yet it was unclear whether Sanders was ready. The Vermont senator said: "The struggle continues."',
     ["Democratic leaders", "The Vermont senator"]),
    ("Putin\n\nMr. Trump took on Hillary Clinton on Sunday after the Democratic front-runner had said that he was "
     "becoming the best recruiter of the Islamic State.", ["the Democratic front-runner"]),
    # a party's member alone is an epithet too, with the same two readings
    ("Border\n\nCalifornia Gov. Gavin Newsom dismissed the demand as a stunt. The Democrat said Abbott was playing "
     "politics.", ["Gavin Newsom"]),
    ("Border\n\nThe bill passed on Tuesday. The Republican said it was a mistake.", ["The Republican"]),
])
def test_an_epithet_is_the_person_just_spoken_of(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, expected", [
    # a stray comma between a role-and-name subject and its cue
    ("Trade\n\nState secretary for foreign trade Franz Blankart, said it is inconceivable that the talks would fail.",
     [("Franz Blankart", "State secretary for foreign trade")]),
    ("Court\n\nThe men's solicitor Matthew Knight, said that at no time had it occurred to the men that they were "
     "committing a crime.", [("Matthew Knight", "The men's solicitor")]),
    # not a body's name before the comma, nor a participle aside after it
    ("Debt\n\nCiticorp <CCI> the largest U.S. Bank, said last week that it might have to reclassify its loans.", []),
    ("Markets\n\nOfficials in Hong Kong, fearing that the market would go wild, suspended trading.", []),
])
def test_a_stray_comma_after_a_titled_name(text, expected):
    assert [(q.speaker, q.speaker_description) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name with its small words opens a participle chain's clause
    ("Rates\n\nThe Bank of England has held interest rates at 5.25%, saying inflation was still too high.",
     [("The Bank of England", "inflation was still too high")]),
    ("Safety\n\nThe Center for Auto Safety has petitioned regulators, saying that a defect causes the buses to "
     "split open.", [("Center for Auto Safety", "that a defect causes the buses to split open")]),
    # as before: no name with small words, the subject as it was
    ("Rates\n\nThe central bank has held interest rates at 5.25%, saying inflation was still too high.",
     [("The central bank", "inflation was still too high")]),
])
def test_a_bodys_name_with_small_words_opens_a_chain(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a story's kind before a colon is no speaker
    ("Interview: 'I never planned to be a chef'\n\nTom Kerridge talks about fame.", []),
    ("Analysis: 'A lost decade'\n\nThe economy has stalled.", []),
    # a name is, and a poll reports its finding as before
    ("Starmer: 'We will not give up'\n\nThe Labour leader spoke in Leeds.", [("Starmer", "We will not give up")]),
    ("Poll: Clinton and Trump in dead heat heading into first debate\n\nThe race is tied.",
     [("Poll", "Clinton and Trump in dead heat heading into first debate")]),
])
def test_a_label_before_a_colon_is_no_speaker(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speakers", [
    # a body named with its kind after the name is that body, later by its name or its kind
    ('Strike\n\nBus drivers will strike next month, the Unite union said on Monday.\n\nUnite said the offer was '
     '"an insult". The union said 600 drivers would walk out.', ["Unite", "Unite", "Unite"]),
    # one named in full before is the same body
    ("Forecast\n\nGrowth will be three pct this year, Kiel University's Institute for World Economy said.\n\n"
     "In a report the Kiel institute said the export outlook has not deteriorated.",
     ["Kiel University's Institute for World Economy", "Kiel University's Institute for World Economy"]),
    # "the college" and "the trust" are the college and the trust named before
    ("Nurses\n\nNurses have voted to strike, the Royal College of Nursing said. The college said strikes would "
     "begin before Christmas.", ["Royal College of Nursing", "Royal College of Nursing"]),
    # a person's name before the kind is no body's name
    ("Stake\n\nMario Gabelli said he bought the shares. The Gabelli group said it may buy more stock.",
     ["Mario Gabelli", "The Gabelli group"]),
])
def test_a_body_named_with_its_kind(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # a body named with its kind, though it has not spoken, is what "the union" stands for later
    ("A strike was called off after the RMT union and operators reached a deal.\n\nMembers will vote on the deal "
     "over the next three weeks, the union said.", "RMT"),
    ('"The tax is no profit-based tax," the APEA council said. The council said the government missed a chance.',
     "APEA"),
    # negative: an adjective with a hyphen is no body's name, nor is an unnamed union
    ("The Democratic-controlled committee met on Monday. The committee said the policy cost exports dearly.",
     "The committee"),
    ("A strike was called off after the union and operators reached a deal.\n\nMembers will vote on the deal "
     "over the next three weeks, the union said.", "the union"),
])
def test_a_body_named_with_its_kind_before_it_spoke(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, roles", [
    # a role "at the agency" is of the agency named before by a name ending in that word
    ("Measles\n\nThe UK Health Security Agency said cases had risen. Dr Vanessa Saliba, a consultant "
     "epidemiologist at the agency, said parents should check their children's records.",
     "Vanessa Saliba", [("consultant epidemiologist", "UK Health Security Agency")]),
    # and of none where no such name was written ("company" is no organisation's name)
    ("Results\n\nJohn Roe, president of the company, said he expects a loss for the first quarter.",
     "John Roe", [("president", None)]),
    # a person after a firm's possessive
    ("Phones\n\nCounterpoint Research's Tarun Pathak said the new model could help in China.",
     "Tarun Pathak", [(None, "Counterpoint Research")]),
    # not a firm's division after its parent's possessive
    ("Prices\n\nGeneral Motors Corp's Pontiac Division said it is introducing a summer lease program.",
     "General Motors Corp's Pontiac Division", []),
])
def test_roles_at_the_body_named_before_and_people_of_firms(text, speaker, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, speakers", [
    # a sentence opening with a person described by who they are is an antecedent for "she"
    ('Fires\n\nPrime Minister Kyriakos Mitsotakis said the country was at war. "We will get through this," he '
     'said.\n\nLocal resident Maria Papadopoulou, 67, said she had left with only her passport. "I didn\'t even '
     'have time to take my medicine," she told Reuters.',
     ["Kyriakos Mitsotakis", "Kyriakos Mitsotakis", "Maria Papadopoulou", "Maria Papadopoulou"]),
    # a family name's particles belong to the name before "of" its firm
    ("BA\n\nAviation analyst Nick Van den Brul of BNP Paribas described the results as \"pretty modest\". "
     '"It is quite good on the revenue side," he said.', ["Nick Van den Brul", "Nick Van den Brul"]),
])
def test_described_subjects_and_particles(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("title, role, organization", [
    # a field of work capitalised at a sentence's start is the role's, no organisation
    ("Aviation analyst", "aviation analyst", None),
    ("Privacy campaigner", "privacy campaigner", None),
    ("Sports psychologist", "sports psychologist", None),
    # a title keeps its capitals, and a name before a role is its organisation
    ("Energy Minister", "Energy Minister", None),
    ("Vontobel analyst", "analyst", "Vontobel"),
])
def test_a_field_of_work_opens_a_role(title, role, organization):
    r, = parse_title(title)
    assert (r.role, r.organization) == (role, organization)


@pytest.mark.parametrize("text, roles", [
    # "for the company" in a role is the company that spoke last
    ("Stake\n\nMemory Metals Inc said it had sold its stake. A spokesman for the company said the sale would "
     "close in May.", [("spokesman", "Memory Metals Inc")]),
    # none, where no company spoke
    ("Stake\n\nA spokesman for the company said the sale would close in May.", [("spokesman", None)]),
])
def test_a_role_for_the_company_that_spoke(text, roles):
    q = extract_quotes(text)[-1]
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speakers", [
    # a word for what someone does in public life, for the person just spoken of
    ('Stage\n\nDame Judi Dench, 89, will return to the West End next spring. The actress said she had been '
     '"longing to get back in front of a live audience".', ["Judi Dench"]),
    ('Derby\n\nSol Campbell was booked in the first half. "There\'s an edge," said the defender.', ["Sol Campbell"]),
    # an anonymous source of that word who spoke before stays that source
    ("Stage\n\nAn actress who asked not to be named said the theatre was cold. Dame Judi Dench will return next "
     "spring. The actress said rehearsals had been hard.",
     ["An actress who asked not to be named", "An actress who asked not to be named"]),
    # not an age: the actor named further back is as likely
    ("Film\n\nActor Michael Douglas is to star in a new film. Aishwarya Rai is the studio's choice. The "
     "60-year-old actor said he hoped to start shooting next year.", ["The 60-year-old actor"]),
])
def test_an_occupation_epithet(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # the given name after a role opening the sentence says whom "he" or "she" can be
    # (the man she named, as the one man named in full nearby, since 0.6.482; no one's before)
    ('Threats\n\nProsecutor Jane Hill said Daniel Pike had sent more than 40 messages. In one, he wrote: "You will '
     'regret this."', ["Jane Hill", "Daniel Pike"]),
    ('Threats\n\nProsecutor Jane Hill said Daniel Pike had sent more than 40 messages. "He showed no remorse," she '
     "added.", ["Jane Hill", "Jane Hill"]),
    ('Budget\n\nChancellor Nigel Lawson said the budget was balanced.\n\nHe said he supported an early election.',
     ["Nigel Lawson", "Nigel Lawson"]),
])
def test_a_role_before_a_given_name_keeps_its_gender(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a family or a team that spoke is no "he"
    ('Obituary\n\nSir Magdi Yacoub, the heart surgeon, has died aged 91, his family said.\n\nBorn in Egypt in 1935, '
     'he moved to Britain in 1962. "I came for a year and stayed a lifetime," he once told the Guardian.',
     ["his family", "Magdi Yacoub"]),
    # a person of the family is
    ('Obituary\n\nHis daughter, Sophie Yacoub, said her father had worked until the end. "He never stopped," she '
     "said.", ["Sophie Yacoub", "Sophie Yacoub"]),
])
def test_a_family_is_no_he(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a name after ", but" with a verb is a subject "he" may stand for
    ('Primaries\n\nSimon Rosenberg said the race was close.\n\nIt is a big if, but Bernie Sanders was in San Diego '
     'on Tuesday night. "If there is a large turnout, we will win here in California," he said.',
     ["Simon Rosenberg", "Bernie Sanders"]),
    # not after "and" with such a verb ("... and Smith was there" is a list's, as often as a subject's)
    ('Primaries\n\nSimon Rosenberg said the race was close and Bernie Sanders was in San Diego. "If there is a '
     'large turnout, we will win here in California," he said.', ["Simon Rosenberg", "Simon Rosenberg"]),
])
def test_a_subject_after_but(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a surname alone opening a sentence has the gender of the full name the text gave it: "he" is not
    # Hillary Clinton's, "She" not Bernie Sanders's
    ("Debate\n\nSen. Bernie Sanders spoke.\n\nHillary Clinton prosecuted Sanders at a debate. Sanders hit back. "
     'She accused him of being soft on guns.\n\nClinton said the plan would work. "We will win," he said.',
     ["Hillary Clinton", "Hillary Clinton", "Bernie Sanders"]),
    # (no antecedent by subject: the one man named in full nearby, since 0.6.482; None before)
    ("Debate\n\nDemocratic front-runner Hillary Clinton prosecuted Sen. Bernie Sanders at a debate.\n\nClinton put "
     "Sanders on the defensive, but a hoarse-voiced Sanders got in numerous digs. He accused Clinton of being too "
     "cozy with Wall Street.", ["Bernie Sanders"]),
    # and is unknown when two full names with that surname differ ("Bill Clinton", "Hillary Clinton")
    ("Harlem\n\nHe recalled Bill Clinton's years in office.\n\nHillary Clinton spoke in Harlem. Clinton proposed new "
     'rules. "You can\'t just show up at election time," she said.', ["Hillary Clinton"]),
    # people in the plural opening a sentence are no "he"
    ("Endorsement\n\nBernie Sanders joked about it. Friends offered to vote for me.\n\n"
     '"I\'ve ruined your good reputation, huh?" he responded.', ["Bernie Sanders"]),
])
def test_pronoun_gender_from_the_full_name(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, expected", [
    # "you" in a report is anyone: no report
    ("TV\n\nIf you believe the hype, then HDTV will so wow you that you will never want to go back.", []),
    ("TV\n\nYou might think that the last thing on their minds would be a television set.", []),
    # an aside adverb between a relative's antecedent and "who" is no antecedent
    ("Wendy's\n\nThere are analysts, however, who believe Wendy's may be vulnerable to a takeover.",
     [("analysts", "Wendy's may be vulnerable to a takeover")]),
])
def test_you_and_asides_are_no_speakers(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speakers", [
    # a firm's initials after "of" end no sentence: the subject is the person before them
    ("Wendy's\n\nJames Murren of C.J. Lawrence said the shares could be worth 15 dlrs.\n\nCaroline Levy of E.F. "
     'Hutton also believes something could be going on. "My gut feeling is something\'s going to happen," she said.',
     ["James Murren", "Caroline Levy"]),
])
def test_initials_after_of_end_no_sentence(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, clause", [
    # the market's answer after a report is the writer's words
    ("Fares\n\nRyanair on Monday warned that summer fares would be lower than expected, sending its shares down 8%.",
     "that summer fares would be lower than expected"),
    # a participle phrase of the report's own runs on as before
    ("Storm\n\nThe company said the storm had damaged the line, leaving thousands without power.",
     "the storm had damaged the line, leaving thousands without power"),
])
def test_the_markets_answer_ends_a_report(text, clause):
    assert [q.text for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize("text, speakers", [
    # portfolios joined by "and" are one title, the person named after it the subject
    ("JAKARTA, March 16 - Indonesia will build a palm oil terminal on Batam island, south of Singapore, Research and "
     "Technology Minister Yusuf Habibie said.\n\nThe terminal will handle 2.1 mln tonnes, he said.",
     ["Yusuf Habibie", "Yusuf Habibie"]),
    # not two people joined by "and"
    ("Talks\n\nObama and Defense Secretary Ash Carter met on Tuesday, officials said.", ["officials"]),
])
def test_portfolios_joined_by_and(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("title, role, place", [
    ("Mines and Energy Minister", "Mines and Energy Minister", None),
    ("Indonesian Mines and Energy Minister", "Mines and Energy Minister", "Indonesian"),
    ("British Trade and Industry Secretary", "Trade and Industry Secretary", "British"),
    ("Economic Planning Minister", "Economic Planning Minister", None),
])
def test_portfolio_titles(title, role, place):
    r, = parse_title(title)
    assert (r.role, r.organization, r.place) == (role, None, place)


@pytest.mark.parametrize("text, speakers", [
    # a surname that is also a title, after an honorific, is the person named before
    ('Security\n\n"Net firms are realising it," said Paul King, chief security architect at Cisco. Mr King said '
     "the only way was with intelligent systems.", ["Paul King", "Paul King"]),
    ('Web\n\n"It is risky," said Matthew Prince, chief executive of CloudFlare. Mr. Prince said the firms were not '
     "certified.", ["Matthew Prince", "Matthew Prince"]),
    # a title alone is no one named before
    ('Palace\n\n"We are delighted," said Paul King, a spokesman. The King said he was pleased.',
     ["Paul King", "The King"]),
])
def test_a_surname_that_is_a_title_after_an_honorific(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a paragraph's break is one sentence end: the plural subject of the paragraph before is "they"
    ("Wheat\n\nSome Yugoslav agriculture officials are concerned about the warm weather, the report said.\n\n"
     "Cold temperatures over the next month could cause damage, they said.",
     ["the report", "Some Yugoslav agriculture officials"]),
    # and not one further back
    ("Wheat\n\nSome Yugoslav agriculture officials are concerned about the warm weather.\n\nThe rain came late. "
     "The crop was small.\n\nCold temperatures could cause damage, they said.", [None]),
])
def test_they_after_a_paragraph_break(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # "it" after a wire's lead whose subject is a body with "The" before its name
    ("WASHINGTON, April 2 - The Environmental Protection Agency proposed rules to shield water supplies from "
     "leaking tanks.\n\nIt said the rules would require owners to install leak detection systems.",
     ["Environmental Protection Agency"]),
    ("WASHINGTON, March 25 - The Hartford Fire Insurance Co, a unit of ITT Corp, filed for the sale of 210 mln dlrs "
     "of stock.\n\nIt said proceeds would be used to redeem class A stock.", ["Hartford Fire Insurance Co"]),
    # not a newspaper or a party opening the lead
    ("LONDON, March 2 - The Sunday Times printed the letter in full.\n\nIt said the minister would resign.", [None]),
])
def test_it_after_a_lead_body(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # two firms, each named with its legal form, say it together: the pair, and "They" after
    ("MAYNARD, Mass., March 31 - Digital Equipment Corp and Systems Industries Inc <SYSM> said they settled all "
     "pending litigation.\n\nThey said Digital's patent suit was dismissed.",
     ["Digital Equipment Corp and Systems Industries Inc", "Digital Equipment Corp and Systems Industries Inc"]),
    # each firm is known by its full name after ("Pacific Trans-Ocean said"); wire brackets leave the names
    ("TORONTO, March 30 - <Canamax Resources Inc> and <Pacific Trans-Ocean Resources Ltd> said the mine would "
     "open in May.\n\nPacific Trans-Ocean said it would raise the money.",
     ["Canamax Resources Inc and Pacific Trans-Ocean Resources Ltd", "Pacific Trans-Ocean Resources Ltd"]),
    # not a firm named with "and" inside, before another ("Kidder, Peabody and Co Inc and ...")
    ("NEW YORK, June 18 - Lead underwriters Kidder, Peabody and Co Inc and Shearson Lehman Brothers Holdings Inc "
     "<SHE> said the offering was priced at 20 dlrs.", ["Shearson Lehman Brothers Holdings Inc"]),
])
def test_two_firms_say_it_together(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a manager, a coach, a captain: the person just spoken of
    ("Anfield\n\nJurgen Klopp said the comeback was special. 'I have never seen anything like it,' said the "
     "Liverpool manager.", ["Jurgen Klopp", "Jurgen Klopp"]),
    # not another club's: the organisation before the word differs from the one the person is of
    ('Derby\n\nRovers manager Gary Webb was pleased with the win. "It was deserved," the Exeter manager said.',
     ["the Exeter manager"]),
])
def test_a_manager_epithet(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # an office with "and" in it is its holder named before, or the office as written
    ("Steel\n\nTrade and Industry Secretary Patricia Hewitt visited the plant. The Trade and Industry Secretary said "
     "the jobs would be saved.", ["Patricia Hewitt"]),
    ("Steel\n\nThe plant will close. The Trade and Industry Secretary said the jobs would be saved.",
     ["The Trade and Industry Secretary"]),
])
def test_an_office_with_and(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, role, organization", [
    # a title's organisation of five words or more before the name keeps all its words
    ('UN\n\n"We are running out of time," World Food Programme executive director Cindy McCain told reporters.',
     "executive director", "World Food Programme"),
    ('Markets\n\n"It was a bad day," New York Stock Exchange chairman John Phelan said.',
     "chairman", "New York Stock Exchange"),
    # but not back over another person before "and"
    ("Talks\n\nThe meeting brought together Paul Volcker and Japanese Finance Minister Kiichi Miyazawa. "
     '"We agreed on much," Miyazawa said.', "Finance Minister", None),
])
def test_long_organisation_names_before_a_title(text, role, organization):
    q = extract_quotes(text)[-1]
    assert [(r["role"], r["organization"]) for r in q.speaker_roles][:1] == [(role, organization)]


@pytest.mark.parametrize("text, expected", [
    # a report before a trailing attribution, and the participle's own after it
    ("GENEVA (Reuters) - More than 25 million people in Sudan face acute hunger, the United Nations said on Tuesday, "
     "warning that parts of the country could slip into famine.",
     [("said", "More than 25 million people in Sudan face acute hunger"),
      ("warning", "that parts of the country could slip into famine")]),
    # a day between a one-word subject and its verb
    ("OpenAI on Monday released a new version of its chatbot, saying it could reason through complex problems.",
     [("saying", "it could reason through complex problems")]),
])
def test_participles_after_trailing_attributions_and_days(text, expected):
    assert [(q.cue, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speakers, roles", [
    # "its" before a role in apposition is the body named before
    ('Storm\n\nThe Met Office issued a rare red warning. Its chief meteorologist, Paul Gundersen, said the storm was '
     '"one of the most intense for November".', ["Paul Gundersen"], [("chief meteorologist", "Met Office")]),
    # "the council" is the council named before, though it has not spoken
    ("Storm\n\nCornwall Council leader Linda Taylor urged people to stay at home. The council said 12 schools would "
     "remain closed.", ["Linda Taylor", "Cornwall Council"], []),
])
def test_its_role_and_the_council(text, speakers, roles):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert [(r["role"], r["organization"]) for r in qs[-1].speaker_roles] == roles


@pytest.mark.parametrize("text, speakers, kind, roles", [
    # "The <noun for a person> <given name> <surname>" is a person, described by the noun
    ("The lawyer John Smith said the scheme would bring 800 homes.", ["John Smith"], "person", [("lawyer", None)]),
    ("Towers\n\nThe real estate developer Marcus Hale told the committee the scheme would bring 800 homes.",
     ["Marcus Hale"], "person", [("real estate developer", None)]),
    # with a relative clause after the name: the words before it still say what the person is
    ("The real estate developer Marcus Hale, whose firm Halewood Estates has built three blocks, told the committee "
     'the scheme would bring 800 homes. "We have listened," he said.',
     ["Marcus Hale", "Marcus Hale"], "person", [("real estate developer", None)]),
    ("Rap\n\nThe rapper's lawyer Ron Rakosky said he was fooled into letting the cameras in.",
     ["Ron Rakosky"], "person", [("lawyer", None)]),
    # not a firm's noun before a firm's name
    ("Sales\n\nThe retailer John Lewis said sales had fallen by a fifth over the Christmas period.",
     ["John Lewis"], "organization", []),
])
def test_a_noun_for_a_person_before_a_given_name(text, speakers, kind, roles):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert qs[0].speaker_kind == kind
    assert [(r["role"], r["organization"]) for r in qs[0].speaker_roles] == roles


@pytest.mark.parametrize("title, roles", [
    # a word that opens a role is no organisation, capitalised at the sentence's start or not
    ("Real estate developer", [("real estate developer", None)]),
    ("Veteran lawyer", [("veteran lawyer", None)]),
    ("Jailed tycoon", [("jailed tycoon", None)]),
    ("Grain analyst", [("grain analyst", None)]),
    # an executive is a role, of the body before it
    ("Tesla chief executive", [("chief executive", "Tesla")]),
    # two roles joined by "and": both, of one body when both are offices in it
    ("Qantas chairman and chief executive", [("chairman", "Qantas"), ("chief executive", "Qantas")]),
    ("Exxon director and senior vice-president", [("director", "Exxon"), ("senior vice-president", "Exxon")]),
    ("chairman and chief executive", [("chairman", None), ("chief executive", None)]),
    ("Premiership footballer and record company boss",
     [("footballer", "Premiership"), ("record company boss", None)]),
    ("Fellow speaker and classical composer", [("Speaker", None), ("classical composer", None)]),
    # not names before "and": other people
    ("Hillary Clinton and Sen.", [("Senator", None)]),
])
def test_role_openers_executives_and_two_roles(title, roles):
    assert [(r.role, r.organization) for r in parse_title(title)] == roles


def test_a_firm_s_legal_form_cut_from_its_name_is_no_organisation():
    # the words before the name are read up to six: "Corp" is the end of a name read only in part
    q, = extract_quotes("NEW YORK, March 2 - Diagnostic Products Corp president and chief executive officer "
                        "Sigi Ziering said he expects to maintain the growth.")
    assert q.speaker == "Sigi Ziering"
    # (not "Corp"; since 0.6.525 the firm's officer is of the company the story opens with, named whole)
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == [
        ("President", None), ("chief executive officer", "Diagnostic Products Corp")]


@pytest.mark.parametrize("text, speakers", [
    # "the <head>" is the one person named with a role of that head
    ('Storm\n\n"It\'s the worst I\'ve seen in 30 years," said sheep farmer Alun Jones, 64. The farmer said his barn '
     "roof had been torn off.", ["Alun Jones", "Alun Jones"]),
    ("Towers\n\nThe real estate developer Marcus Hale, whose firm has built three blocks in the city, told the "
     "committee the scheme would bring 800 homes.\n\nLocal campaigner Priya Nair said the towers would cast a shadow "
     "over the park. The developer disputed that, saying daylight studies showed little impact.",
     ["Marcus Hale", "Priya Nair", "Marcus Hale"]),
    # not a role's complement ("head of the committee working out the plan" is no "plan")
    ("Trade\n\nJunichiro Koizumi, head of the committee working out the plan, said it was nearly done.\n\n"
     "The plan said Japan would buy more foreign goods.", ["Junichiro Koizumi", "The plan"]),
    # not two people of one head
    ("Farm\n\nSheep farmer Alun Jones and dairy farmer Gwen Evans met the minister. The farmer said prices were "
     "too low.", ["The farmer"]),
    # not where an anonymous source of that head spoke
    ("Farm\n\nSheep farmer Alun Jones lost his barn. A farmer from the next valley said the storm was the worst "
     "in memory. The farmer said prices were too low.", ["A farmer from the next valley", "A farmer from the next valley"]),
])
def test_the_head_of_a_persons_role(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers, kinds", [
    # an MP's epithet is the person spoken of, as a senator's is
    ("NHS\n\nShadow health secretary Victoria Atkins said the government had no plan at all. The Conservative MP "
     "said ministers were making excuses.", ["Victoria Atkins", "Victoria Atkins"], ["person", "person"]),
    # with no one to be, an epithet is an anonymous source, not an organisation
    ("NHS\n\nThe Conservative MP said ministers were making excuses.", ["The Conservative MP"], ["anonymous"]),
    ("Border\n\nThe Texas Republican said ministers were making excuses.", ["The Texas Republican"], ["anonymous"]),
    # and no antecedent of a pronoun after it: the person named before is
    ('Terror\n\nHazel Blears warned of a threat from extremists. Her comments were criticised by campaigners.\n\n'
     '"The threat is real," the Salford MP told the committee.\n\n"Our action will be targeted," she added.',
     ["the Salford MP", "Hazel Blears"], ["anonymous", "person"]),
    # "the <role> for <name>" is the person, not the place or the body at its end
    ("Crime\n\nThe Labour MP for Bristol said ministers were making excuses.", ["The Labour MP for Bristol"],
     ["anonymous"]),
    ("Court\n\nEarlier, the attorney for Pennzoil said Texaco had suggested a smaller bond.",
     ["the attorney for Pennzoil"], ["anonymous"]),
    # but a name before "of" or "for" that is no role speaks as before
    ("Oil\n\nNews Corp Ltd of Australia said it would buy the paper.", ["News Corp Ltd"], ["organization"]),
])
def test_mp_epithets_and_roles_for_a_name(text, speakers, kinds):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert [q.speaker_kind for q in qs] == kinds


@pytest.mark.parametrize("text, speakers", [
    # a name in apposition after role words and an age is the sentence's subject, what "she" stands for
    ('NHS\n\nDr Sarah Clarke, president of the Royal College of Physicians, said the figures were worrying.\n\n'
     'One patient, 72-year-old retired teacher Margaret Owen, has waited 14 months for a hip operation. "I can '
     'barely walk to the shops," she said.', ["Sarah Clarke", "Margaret Owen"]),
    # not a firm after "of" in the apposition: the person before it is the subject
    ("Budget\n\nPeter Fellner, of brokers James Capel, cautioned that six billion looks high.\n\n"
     '"Something like 4.5 billion is still more realistic," he said.', ["Peter Fellner", "Peter Fellner"]),
])
def test_an_appositive_name_after_role_words(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, roles", [
    # "of" a name written with an acronym or initials is the person's organisation
    ("Phones\n\nBen Wood of CCS Insight said the price cut might hurt margins.", [(None, "CCS Insight")]),
    ("Stocks\n\nCaroline Levy of E.F. Hutton said the price was too low.", [(None, "E.F. Hutton")]),
    # the kind of body before its name may be an acronym too
    ('Calls\n\n"Customers want an always available society," says Cara Diemont of IT firm Dimension Data.',
     [(None, "Dimension Data")]),
    # not a place's abbreviation
    ("Trade\n\nJohn Smith of the U.S. said the price cut might hurt margins.", []),
])
def test_of_a_name_in_letters(text, roles):
    q, = extract_quotes(text)
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speakers, kinds", [
    # bodies known by one word, acronyms written as words, are organisations ("it" is theirs)
    ("Moon\n\nNasa said it would study the results. It added that a lander would follow.",
     ["Nasa", "Nasa"], ["organization", "organization"]),
    ("Summit\n\nNato said the talks would go on.", ["Nato"], ["organization"]),
    # not a person's given name and surname
    ("Moon\n\nNasir Hussain said the results were exciting.", ["Nasir Hussain"], ["person"]),
])
def test_bodies_known_by_one_word(text, speakers, kinds):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert [q.speaker_kind for q in qs] == kinds


@pytest.mark.parametrize("text, speakers", [
    # "the company" after a firm that reported in the paragraph (its report is read after the quotation)
    ("Terror\n\nFacebook regularly discloses the number of government requests it has received.\n\n"
     'Twitter acknowledged that the issue remained tricky. "We have always sought to strike a balance," the '
     "company said.", ["Facebook", "Twitter", "Twitter"]),
    # not a firm that is the subject of the company's own words
    ("NEW YORK, March 2 - Cincinnati Bell Inc said it would sell 40 mln dlrs of debentures.\n\n"
     "Shearson Lehman Brothers Inc will lead the underwriting group, the company said.",
     ["Cincinnati Bell Inc", "Cincinnati Bell Inc"]),
])
def test_the_company_after_a_firm_reporting_in_the_paragraph(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker, description", [
    # a county or country after a home town, in commas of its own, belongs to the town
    ("Fraud\n\nGraham Pryce, of Chelmsford, Essex, admitted that he had stolen the money.",
     "Graham Pryce", "of Chelmsford, Essex"),
    ("Camp\n\nMartin Mubanga, from Wembley, London, said he was interrogated at the camp.",
     "Martin Mubanga", "from Wembley, London"),
    # a US state as before
    ("Water\n\nCory James, 22, of Flint, Mich., said the water was brown.", "Cory James", "of Flint, Mich."),
    # not a name after a body in commas: that is the subject
    ("Talks\n\nThe chairman of Acme, John Smith, said the talks had failed.", "John Smith", "The chairman of Acme"),
])
def test_a_county_after_a_home_town(text, speaker, description):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_description) == (speaker, description)


@pytest.mark.parametrize("text, speakers", [
    # a police rank before the name: "the officer", "the detective" later is that person
    ('Court\n\nDetective Inspector Amir Khan, of the Metropolitan Police, said outside court: "This sentence sends '
     'a clear message." The officer added that more victims might come forward.', ["Amir Khan", "Amir Khan"]),
    # not an officer no one named
    ("Court\n\nThe police said more victims might come forward. The officer added that the case was closed.",
     ["The police", "The officer"]),
    # a scientist's field as an epithet, when no anonymous source of it spoke
    ('Moon\n\nDr Luis Ortega, who was not involved in the research, called the findings "exciting but '
     'preliminary". "We need a lander to confirm it," the Madrid-based geologist said.', ["Luis Ortega", "Luis Ortega"]),
    ("Moon\n\nA geologist at the university said the ice was real. Dr Luis Ortega disagreed. The geologist "
     "said the data were too thin.", ["A geologist at the university", "A geologist at the university"]),
])
def test_police_ranks_and_scientists_as_epithets(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a noun for a person of a nation is the person just spoken of
    ('Derby\n\n"It was a crazy game," City manager Pep Guardiola told Sky Sports. The Spaniard added that his side '
     'had suffered in the second half.', ["Pep Guardiola", "Pep Guardiola"]),
    ('Tennis\n\nAmerican Sofia Kenin beat the top seed. "I played my best," the American said.', ["Sofia Kenin"]),
    # not a contrast with the subject of its sentence ("but the Kiwi"): someone else, unnamed
    ("Rugby\n\nThe try was ruled out by Scottish referee John Dallas. Dallas said that Deans was tackled short, but "
     "the Kiwi said he was dragged back.", ["John Dallas", "the Kiwi"]),
])
def test_nouns_for_a_person_of_a_nation(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("phrase, epithet", [
    ("the Spaniard", True), ("The Frenchwoman", True), ("the Norwegian", True), ("the Argentine", True),
    # not a region's adjective ("for Latin America and the Caribbean" is a body's name), nor a word alone
    ("the Caribbean", False), ("the European", False), ("Spaniard", False),
])
def test_demonym_epithets(phrase, epithet):
    from quotebank.extract.speakers import _demonym_epithet

    assert (_demonym_epithet().fullmatch(phrase) is not None) == epithet


@pytest.mark.parametrize("text, speakers", [
    # a wire story's first speaker after what the firm is, or named with "&" or "and", is "the company"
    ("LONDON (Reuters) - British retailer Marks & Spencer reported a 12% fall in first-half profit on Wednesday."
     "\n\nThe company said it expected full-year profit to be in line.", ["Marks & Spencer"]),
    ("NEW YORK, March 24 - Bull and Bear Group A said it lowered its monthly dividends on three of its funds.\n\n"
     "The company said the dividends are payable March 31.", ["Bull and Bear Group A"]),
    # not a person with a title
    ("LONDON (Reuters) - Treasury Secretary James Baker said profits fell sharply in the year.\n\nThe company said "
     "it expected full-year profit to be in line.", ["The company"]),
])
def test_a_wire_lead_firm_after_its_kind(text, speakers):
    assert [q.speaker for q in extract_quotes(text)][-1:] == speakers


@pytest.mark.parametrize("text, speakers, roles", [
    # what an anonymous source knows is no part of its role, and "the diplomat" after it is that source
    ('Talks\n\nA senior Western diplomat briefed on the talks said the main obstacle remained. "Everyone knows what '
     'the deal looks like," the diplomat said.', ["A senior Western diplomat briefed on the talks"] * 2,
     [("senior Western diplomat", None)]),
    ("Deal\n\nAn official familiar with the matter said the deal would be signed on Friday.",
     ["An official familiar with the matter"], [("official", None)]),
    # not a newspaper quoting its sources: no role (and an outlet with "and" in its name is one name)
    ("Bid\n\nThe Toronto Globe and Mail, quoting sources close to the negotiations, today said Dome broke off "
     "talks last night.", ["Toronto Globe and Mail"], []),
    ("Bid\n\nThe sale of Dome could be finalized and announced this week, the Globe and Mail said.",
     ["Globe and Mail"], []),
    # "the secretary-general" is the one named with that title
    ('War\n\nUN Secretary-General Antonio Guterres urged restraint. The secretary-general said in a statement that '
     'civilians "must be protected at all times".', ["Antonio Guterres"], [("Secretary-General", "UN")]),
])
def test_anonymous_sources_tails_and_the_secretary_general(text, speakers, roles):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert [(r["role"], r["organization"]) for r in qs[-1].speaker_roles] == roles


@pytest.mark.parametrize("text, speakers, roles", [
    # "the charity", "the organisation" is the body that spoke before, when it is no firm, outlet or government
    ("Aid\n\nOxfam said it would close the office. A spokesman for the charity said the decision saved money.",
     ["Oxfam", "A spokesman for the charity"], [("spokesman", "Oxfam")]),
    ("Press\n\nReporters Without Borders said the sentence was harsh. The organisation said bloggers were at risk.",
     ["Reporters Without Borders", "Reporters Without Borders"], []),
    # not a firm with a legal form for "the charity"
    ("Oil\n\nBP Plc said it would close the office. A spokesman for the charity said the decision saved money.",
     ["BP Plc", "A spokesman for the charity"], [("spokesman", None)]),
])
def test_the_charity_and_the_organisation(text, speakers, roles):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert [(r["role"], r["organization"]) for r in qs[-1].speaker_roles] == roles


@pytest.mark.parametrize("text, speakers", [
    # a name in apposition before a verb in the present tense is the sentence's subject
    ('Light\n\nHis daughter, Ellen Pascoe, remembers the storms. "Dad would be up all night," she says.',
     ["Ellen Pascoe"]),
    ("Radio\n\nBut one prominent conservative, syndicated radio host Dennis Prager, disagrees with their position "
     "and is letting them know he believes they are wrong.", ["Dennis Prager"]),
    # not a list of names: no verb after the name (and "he" then no one's: Tom is no full name)
    ('Light\n\nHis daughter, Ellen Pascoe, Tom and the others met at the harbour. "It was cold," he says.', [None]),
])
def test_an_appositive_name_before_a_present_tense_verb(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # "the <body> <head word>" is the one person named with a role heading that body, by name or initials
    ("Budget\n\nPaul Johnson, director of the Institute for Fiscal Studies, told the BBC the numbers did not add "
     "up. The IFS chief said borrowing would be higher than forecast.", ["Paul Johnson", "Paul Johnson"]),
    ("Budget\n\nPaul Nowak, general secretary of the TUC, said workers had been let down again. The TUC leader "
     "said the plan would fail.", ["Paul Nowak", "Paul Nowak"]),
    # not a body no one was named at, nor another body's
    ("Budget\n\nPaul Nowak, general secretary of the TUC, said workers had been let down again. The CBI chief "
     "said the plan would work.", ["Paul Nowak", "The CBI chief"]),
    # not two people heading it
    ("Budget\n\nPaul Nowak, general secretary of the TUC, said workers had been let down. Frances O'Grady, "
     "president of the TUC, said pay was too low. The TUC leader said the plan would fail.", ["The TUC leader"]),
])
def test_the_leader_of_a_body_named_before(text, speakers):
    assert [q.speaker for q in extract_quotes(text)][-len(speakers):] == speakers


@pytest.mark.parametrize("text, clause", [
    # people told, by their part in public life, then the clause without "that"
    ("Hearing\n\nLinda Yaccarino told senators the platform had suspended millions of accounts.",
     "the platform had suspended millions of accounts"),
    ("Budget\n\nCharles Kennedy told voters his party would offer them an honest choice.",
     "his party would offer them an honest choice"),
    # when and where between the one told and "that" are no part of the report
    ("Rubio\n\nMr. Rubio told reporters here Sunday that he would continue hammering at the leadership.",
     "that he would continue hammering at the leadership"),
    # not "this" with a verb: the report's own subject
    ("Dollar\n\nDealers said this tended to confirm the impression that the dollar had a floor.",
     "this tended to confirm the impression that the dollar had a floor"),
])
def test_people_told_and_when_before_that(text, clause):
    assert [q.text for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize("text, speakers", [
    # a party tag in commas after the name leaves it the sentence's subject: the epithet after is that person
    ("Hearing\n\nSen. Dick Durbin, D-Ill., said Congress had failed to act. The Illinois Democrat said the act must "
     "pass this year.", ["Dick Durbin", "Dick Durbin"]),
    ('Veto\n\n"The veto will be overridden," Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.\n\n'
     'House Speaker Paul Ryan, R-Wis., despite his concerns, does believe McConnell is correct about the override.'
     '\n\n"I do think the votes are there for the override," he said.', ["Mitch McConnell", "Paul Ryan", "Paul Ryan"]),
])
def test_a_party_tag_after_a_subject(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("desc, roles", [
    # a party tag before an appositive is no part of the role
    ("D-Okla., chairman of the Senate Agriculture Committee", [("chairman", "Senate Agriculture Committee")]),
    ("D-Iowa, sponsor of the bill", [("sponsor of the bill", None)]),
    # an age as before
    ("37, a teacher", [("teacher", None)]),
])
def test_a_party_tag_before_an_appositive(desc, roles):
    assert [(r.role, r.organization) for r in parse_description(desc)] == roles


@pytest.mark.parametrize("text, roles", [
    # a person's possessive before a role is no organisation when the person was named
    ('Trial\n\nA jury convicted former mayor Daniel Ortiz of bribery. Ortiz\'s defense attorney, Mark Feldman, said '
     'his client would appeal.', [("defense attorney", None)]),
    # a firm's is (no person of that name)
    ("Trial\n\nKeystone Builders paid the bribes. Keystone's owner, Vincent Russo, said he had paid in cash.",
     [("owner", "Keystone")]),
    # "Assistant U.S. Attorney" is one title
    ('Trial\n\n"This was a betrayal of the public trust," Assistant U.S. Attorney Rachel Kim told jurors.',
     [("Assistant U.S. Attorney", None)]),
])
def test_a_persons_possessive_and_assistant_attorneys(text, roles):
    q = extract_quotes(text)[-1]
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speaker, kind", [
    # a title with "of" before a given name and surname, after "The": a person
    ("Trade\n\nThe U.S. Secretary of Commerce Malcolm Baldrige said exports would rise sharply this year.",
     "Malcolm Baldrige", "person"),
    # lower-case words after "the" that name no body, read into the phrase: still the person
    ("Memory\n\nThe memory Gordon Brown said the plan would fail badly.", "Gordon Brown", "person"),
])
def test_the_words_before_a_given_name_and_surname(text, speaker, kind):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speakers, kinds", [
    # a name with a body's word or a legal form inside is an organisation, whatever its appositive says
    ("NEW YORK, Oct 20 - Chase Manhattan Bank, a unit of Chase Manhattan Corp, said it acquired a portfolio of "
     "loans.\n\nThe bank said the portfolio was worth 1.1 billion dlrs.",
     ["Chase Manhattan Bank", "Chase Manhattan Bank"], ["organization", "organization"]),
    ("PITTSBURGH, March 2 - Aluminum Co of America said it would raise prices by 2 cts a pound.",
     ["Aluminum Co of America"], ["organization"]),
    # not a person whose given name comes first
    ('Radio\n\nJo Flaherty, a senior broadcaster, said the station would close.', ["Jo Flaherty"], ["person"]),
])
def test_a_bodys_word_inside_its_name(text, speakers, kinds):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert [q.speaker_kind for q in qs] == kinds


@pytest.mark.parametrize("text, speakers, roles", [
    # a possessive written with the apostrophe alone, after a name not ending in "s"
    ('Oil\n\nAdrian Lajous, Pemex\' executive vice president of international trade, said output was near the '
     'level. "Production is surging," he said.', ["Adrian Lajous", "Adrian Lajous"],
     [("executive vice president of international trade", "Pemex")]),
    # not an apostrophe inside a body's name before a capital ("Workers' Union")
    ("Docks\n\nTom Kerr, Harbour Employees Workers' Union spokesman, said the strike would go on.", ["Tom Kerr"],
     [("spokesman", "Harbour Employees Workers' Union")]),
])
def test_a_bare_apostrophe_possessive(text, speakers, roles):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert [(r["role"], r["organization"]) for r in qs[-1].speaker_roles] == roles


@pytest.mark.parametrize("text, speakers", [
    # a name with a suffix is a full name: the surname, "he", the title later are that person
    ("China\n\nAdm. Harry B. Harris Jr., who leads the Pacific Command, makes no apologies for accusing the "
     "Chinese.\n\nHe has said China is provocative.", ["Harry B. Harris"]),
    ('Campaign\n\nVice President Joseph R. Biden Jr. spoke in Ohio. "The middle class is getting clobbered," Biden '
     'said.', ["Joseph R. Biden"]),
])
def test_a_full_name_with_a_suffix(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a "he" with no antecedent at all: the one man named in full in its paragraph or the one before
    ("Oil\n\nFollowing the comments by acting secretary general John Smith, US light crude fell 32 cents. He said "
     "that high prices meant Opec was unlikely to cut output.", ["John Smith"]),
    # not where two people who may be men are named there ("Leonardo DiCaprio": a given name the list lacks)
    ("Awards\n\nLeonardo DiCaprio and Richard Gere attended the awards. The biggest cheer was for DiCaprio's "
     "arrival. He said the welcome was amazing.", [None]),
    # not a woman for "he"
    ("Awards\n\nThe biggest cheer was for Cate Blanchett's arrival. He said the welcome was amazing.", [None]),
])
def test_a_pronoun_of_no_antecedent_and_the_one_person_named(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker, kind, description", [
    # what a firm is, opening the sentence before its name, is its description, not part of a person's name
    ("Fire\n\nUtility Southern California Edison said it was investigating whether its equipment played a role.",
     "Southern California Edison", "organization", "Utility"),
    ("Cars\n\nThe fire spread. Carmaker Toyota said it was investigating whether its parts played a role.",
     "Toyota", "organization", "Carmaker"),
])
def test_what_a_firm_is_opening_the_sentence(text, speaker, kind, description):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind, q.speaker_description) == (speaker, kind, description)


def test_a_firm_kind_inside_a_bodys_name_is_no_description():
    # "Airline" inside "The Brotherhood of Railway and Airline Clerks" does not open its sentence
    q, = extract_quotes("MINNEAPOLIS, April 8 - The Brotherhood of Railway and Airline Clerks said more than 5,500 "
                        "former workers will receive payments.")
    assert q.speaker != "Clerks"


@pytest.mark.parametrize("text, roles", [
    # a role word opening the line before the name, the appositive after it an age
    ("Fire\n\nResident Sandra Lopez, 52, said she grabbed her dog and her photographs.", [("resident", None)]),
    # not a headline's word: the role the story gives later stands
    ("Billionaire Mark Cuban Revealed Who He'd Pick\n\nEight years after backing Barack Obama, billionaire Dallas "
     "Mavericks owner Mark Cuban is sizing up the field.\n\nCuban said he sees someone without the ideas.",
     [("owner", "Dallas Mavericks")]),
])
def test_a_role_word_opening_the_line_before_an_aged_name(text, roles):
    q = extract_quotes(text)[-1]
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speakers, roles", [
    # an occupation capitalised before a name whose given name the list lacks is no part of the name,
    # and the role is the occupation in lower case
    ("Budget\n\nUnemployment remains high. Economist Colen Garrow said the budget looked as if it would "
     "stimulate growth. \"It's pleasant to see the cut,\" he said.",
     ["Colen Garrow", "Colen Garrow"], [("economist", None)]),
    ("Rigs\n\nHuisman is moving east. \"In the US growth is something like 6%,\" said Boss Henk Addink.",
     ["Henk Addink"], [("boss", None)]),
    ("Awards\n\nThe show went on. Actress Amandla Stenberg was also honored. \"My blackness does not inhibit "
     "me,\" Stenberg said.", ["Amandla Stenberg"], [("actress", None)]),
    # a surname alone after the occupation
    ("Shares\n\nThe stock is cheap. Analyst Lee said \"the new salads should boost sales.\"", ["Lee"],
     [("analyst", None)]),
    # an epithet, not a role: "Rival Sony"
    ("Consoles\n\nNintendo sold 2.8 million. Rival Sony has said it will launch its console in March.", ["Sony"],
     []),
    # not a title that is capitalised before names as a matter of course, nor a firm's first word
    ("Court\n\nThe case went on. Attorney Gloria Allred said the women would testify.", ["Gloria Allred"],
     [("Attorney", None)]),
    ("Engines\n\nThe test ended. General Electric said its engine lived up to expectations.", ["General Electric"],
     []),
    ("Polls\n\nThe vote is near. Conservative Republicans said the bill would lead to war.",
     ["Conservative Republicans"], []),
])
def test_an_occupation_capitalised_before_a_name(text, speakers, roles):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert [(r["role"], r["organization"]) for r in qs[0].speaker_roles] == roles


def test_a_title_of_several_words_before_a_known_given_name_is_cut_whole():
    # "Chief Executive Officer Laura Chen": not "Officer Laura Chen" (the occupation rule above cuts one word)
    q, = extract_quotes('Chips\n\n"Demand is weak," Chief Executive Officer Laura Chen said on a call.')
    assert q.speaker == "Laura Chen"


def test_dozens_of_people_are_no_he():
    text = ("Bus lane\n\nThe plan was approved despite objections from dozens of shopkeepers who say it will "
            "drive customers away.\n\nCouncillor Mark Ellison, cabinet member for transport, told the meeting the "
            "scheme would cut journey times. \"We cannot keep asking people to sit in traffic,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == ["dozens of shopkeepers", "Mark Ellison", "Mark Ellison"]


@pytest.mark.parametrize("text, speaker, description", [
    # a described subject, then an appositive of role words and a name: the person named speaks
    ("Marathon\n\nHis coach, former world champion Moses Tanui, said Kiprono had trained at altitude.",
     "Moses Tanui", "His coach, former world champion"),
    ("Tech\n\nThe company's founder, billionaire Jack Ma, said the case was weak.", "Jack Ma",
     "The company's founder, billionaire"),
    # not a name after no role words, nor a subject that is no role
    ("Marathon\n\nHis coach, along with Moses Tanui, said the case was weak.", "His coach", "His coach"),
    ("Tech\n\nThe company, rival of Jack Ma, said the case was weak.", "The company", "The company"),
])
def test_a_role_then_a_name_in_the_appositive(text, speaker, description):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_description) == (speaker, description)


@pytest.mark.parametrize("text, n", [
    # a paper's section or a sport before a headline's colon is no speaker
    ("Marathon: Kiprono breaks course record in Berlin\n\nKenya's Daniel Kiprono broke the Berlin Marathon "
     "course record on Sunday.", 0),
    ("Business: Verant cuts forecast\n\nVerant Semiconductor Inc cut its forecast.", 0),
    # a person's name is
    ("Trump: Mexico will pay for the wall\n\nDonald Trump spoke on Sunday.", 1),
])
def test_a_section_label_before_a_headlines_colon(text, n):
    assert len(extract_quotes(text)) == n


@pytest.mark.parametrize("text, speaker", [
    # a sports epithet after the person the sentence before is about: that person
    ("Athletics\n\nKelly Holmes has been forced out of the championships. The double Olympic champion said: "
     "\"I am very disappointed.\"", "Kelly Holmes"),
    ("Marathon\n\nEthiopia's Tigist Assefa won the women's race. The two-time champion said she had been "
     "\"suffering since 30K\" but was proud.", "Tigist Assefa"),
    ("Football\n\n\"No one knows what he will bring,\" said Ferdinand. The central defender added: \"We will wait "
     "and see.\"", "Ferdinand"),
    # not when the person was named paragraphs back and another since
    ("Athletics\n\nKelly Holmes has been forced out.\n\nThe meeting went ahead. Paula Radcliffe ran well and Mo "
     "Farah won. The promoters were pleased.\n\nThe double Olympic champion said: \"I am very disappointed.\"",
     "The double Olympic champion"),
])
def test_a_sports_epithet_is_the_person_just_named(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, kind", [
    # a capital inside one word is a brand's, not a person's
    ("Tech\n\nThe company has raised $210 million, according to PitchBook.", "PitchBook", "organization"),
    ("Claims\n\nPolitiFact said the claim was false.", "PolitiFact", "organization"),
    ("Claims\n\nBuzzFeed reported that the claim was false.", "BuzzFeed", "organization"),
    # not a surname with a prefix
    ("Claims\n\nMcCall said the claim was false.", "McCall", "person"),
    ("Claims\n\nDeSantis said the claim was false.", "DeSantis", "person"),
    ("Claims\n\nMacAlpine said the claim was false.", "MacAlpine", "person"),
])
def test_a_capital_inside_one_word_names_a_body(text, speaker, kind):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, reports", [
    # a number's plural noun before "of" is what was admitted, no clause
    ("Court\n\nGraham Whitlock, 58, of Harrogate, admitted 14 counts of fraud at Leeds Crown Court.", []),
    ("Football\n\nThe 23-year-old has admitted two charges of improper conduct.", []),
    # but a number of people before a verb is a clause's subject
    ("Court\n\nWhitlock admitted 14 people had lost money.", ["14 people had lost money"]),
    ("Vote\n\nThe chairman said 14 members of the council voted against.", ["14 members of the council voted against"]),
])
def test_a_counted_noun_after_the_cue_is_no_clause(text, reports):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == reports


@pytest.mark.parametrize("text, speakers", [
    # "another" after a source introduced as one: another source of that kind, not the same one
    ('Housing\n\nA government source said the rebellion was small. Another said ministers would not back down.',
     ["A government source", "another government source"]),
    ('Stocks\n\nThe drop will not dent confidence, one government economist said. "There will be some impact," '
     'said another. Later a government economist said prices would fall.',
     ["one government economist", "another government economist", "one government economist"]),
    # "one" and "another" of people named as a plural stay as they were
    ('Plant\n\nWorkers leaving the plant were angry. "It is a disgrace," said one. Another said the managers had lied.',
     ["one of the workers", "Another of the workers"]),
    # no source of that kind before: left as written
    ("Housing\n\nJane Smith said the rebellion was small. Another said ministers would not back down.",
     ["Jane Smith", "Another"]),
])
def test_another_source_of_the_kind_before(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("description, roles", [
    # an office "for" a portfolio is one role, no organisation
    ("Minister of State for Finance", [("Minister of State for Finance", None, None)]),
    ("Secretary of State for Health", [("Secretary of State for Health", None, None)]),
    ("Minister for Europe", [("Minister for Europe", None, None)]),
    ("minister for trade and industry", [("minister for trade and industry", None, None)]),
    # a member "for" a seat: the party is the organisation
    ("Labour MP for Stroud", [("MP for Stroud", "Labour", None)]),
    ("the MP for Grantham and Stamford", [("MP for Grantham and Stamford", None, None)]),
    # not a body after "for"
    ("spokesman for the Department for International Development",
     [("spokesman", "Department for International Development", None)]),
])
def test_an_office_for_a_portfolio_or_seat(description, roles):
    assert [(r.role, r.organization, r.place) for r in parse_description(description)] == roles


@pytest.mark.parametrize("text, speaker, roles", [
    ("Housing\n\nLabour MP for Stroud Simon Opher said many of his constituents felt ignored.", "Simon Opher",
     [("MP for Stroud", "Labour")]),
    ("Housing\n\nMinister for Europe Stephen Doughty said the plan would work.", "Stephen Doughty",
     [("Minister for Europe", None)]),
    ("Housing\n\nBut Labour MP for Stroud, Simon Opher, said the plan would work.", "Simon Opher",
     [("MP for Stroud", "Labour")]),
    # a county after the seat is the seat's
    ("Row\n\nBoris Johnson, MP for Henley-on-Thames, Oxfordshire, said Labour was trying to reassure voters.",
     "Boris Johnson", [("MP for Henley-on-Thames, Oxfordshire", None)]),
    # not a name run after "for" that is no office's
    ("Vote\n\nThe people who voted for Stephen Doughty said the plan would work.", "The people who voted for "
     "Stephen Doughty", []),
])
def test_a_speaker_named_after_an_office_for_a_seat(text, speaker, roles):
    q, = extract_quotes(text)
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


def test_what_someone_believes_after_a_quotation_is_no_attribution_of_it():
    text = ('Migration\n\nSir Andrew Green, chairman of the organisation, spoke.\n\nHe said: "For example, one household '
            'in three will be due to immigration. "We are already more overcrowded than India." Ms Roche, Labour MP '
            'for Hornsey and Wood Green, believes legal migration is something we should welcome.')
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Andrew Green", "Andrew Green"]


@pytest.mark.parametrize("text, org", [
    # "the company's co-founder": the company named before, else none (no organisation called "company")
    ('Tech\n\n"It can be done," said Anika Rao, the company\'s co-founder.', None),
    ('Tech\n\nVoltrix Inc said it would grow. "It can be done," said Anika Rao, the company\'s co-founder.',
     "Voltrix Inc"),
])
def test_the_company_s_role_is_of_the_company_named(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles] == [org]


@pytest.mark.parametrize("text, speaker", [
    # a described subject after an opener, a long relative clause in commas: it speaks, the clause after is the report
    ("Trump\n\nBut two people close to the campaign, who requested anonymity because they were not authorized to "
     "speak publicly, said the decision followed weeks of frustration.", "two people close to the campaign"),
    ("Trump\n\nBut two people close to the campaign, who requested anonymity because they were not authorized to "
     "speak, said the decision followed weeks of frustration.", "two people close to the campaign"),
    # an inverted attribution: the people close to something, whole (the scan had stopped at "close")
    ("Trump\n\nThe decision followed weeks of frustration, said two people close to the campaign.",
     "two people close to the campaign"),
    ("Deal\n\nThe deal could be announced next week, said a source close to the talks.", "a source close to the talks"),
    ("Deal\n\nThe deal was a mistake, a spokesman said to the paper.", "a spokesman"),
])
def test_an_opener_before_a_described_subject(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a peer is named by the title and name, with the place of the peerage or without
    ("Law\n\nBut Lord Walker of Gestingthorpe, the one law lord to oppose the appeal, said the laws contained "
     "safeguards.", "Lord Walker"),
    ("Law\n\nLord Falconer said the laws contained safeguards.", "Lord Falconer"),
    ("Law\n\nBaroness Hale of Richmond said the laws contained safeguards.", "Baroness Hale"),
    # not a given name after the title: the person's name
    ("Law\n\nLord Peter Mandelson said the laws contained safeguards.", "Peter Mandelson"),
])
def test_a_peer_by_title_and_name(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, roles", [
    # an occupation capitalised before a title is a role of its own, no organisation
    ("Ice\n\nCo-author Prof Martin Siegert of Imperial College London said the system acts like a lubricant.",
     [("co-author", None), ("Professor", "Imperial College London")]),
    ("Ice\n\nActivist lawyer Jane Roe said the system acts like a lubricant.", [("activist lawyer", None)]),
    # what the role is in ("Study co-author"): no organisation "Study"
    ("Ice\n\nStudy co-author Martin Siegert said the system acts like a lubricant.", [("study co-author", None)]),
    # a party before a role still is its organisation
    ("Ice\n\nRepublican strategist Jane Roe said the system acts like a lubricant.",
     [("strategist", "Republican Party")]),
])
def test_an_occupation_before_a_title_is_no_organisation(text, roles):
    q, = extract_quotes(text)
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speakers", [
    # "she" after a source introduced as one who did something, in the same paragraph: her
    ('Flood\n\nMayor Linda Park spoke. "I take full responsibility," Park said.\n\nSeveral residents shouted her down. '
     'One woman, who gave her name only as Maria, held up a photograph of her flooded kitchen. "Where were you?" she '
     'asked.', ["Linda Park", "One woman"]),
    ('Ratings\n\nThe agency cut its rating. A spokesman for Zenith criticized the action. "The downgrade is '
     'unwarranted," he said.', ["A spokesman for Zenith"]),
    # not a definite description's act: "the woman" is someone named before
    ('Flood\n\nMayor Linda Park spoke. "I take full responsibility," Park said. The woman held up a photograph. '
     '"Where were you?" she asked.', ["Linda Park", "Linda Park"]),
])
def test_a_pronoun_after_a_source_introduced_as_one(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("description, roles", [
    # "from" a place: where the person is from, no organisation; an age is no part of the role
    ("a 34-year-old nurse from Flint", [("nurse", None, "Flint")]),
    ("a student from New Mexico", [("student", None, "New Mexico")]),
    ("a retired teacher from Ohio", [("teacher", None, "Ohio")]),
    ("a 78-year-old president and general manager", [("president and general manager", None, None)]),
    # a body's employee "from" a body, or a body by its name's words: the organisation
    ("an official from Daewoo Motor Co Ltd", [("official", "Daewoo Motor Co Ltd", None)]),
    ("a spokesperson from Icstis", [("spokesperson", "Icstis", None)]),
    ("researchers from Leeds University", [("researchers", "Leeds University", None)]),
    ("a lawmaker from Germany's Green Party", [("lawmaker", "Germany's Green Party", None)]),
    # an age alone is no role
    ("a 40-year-old", []),
])
def test_from_a_place_or_a_body(description, roles):
    assert [(r.role, r.organization, r.place) for r in parse_description(description)] == roles


@pytest.mark.parametrize("text, reports", [
    # a clause of two words, a subject and its verb in the past, is a report
    ("Sales\n\nThe company reported results. It said sales fell.", ["sales fell"]),
    ("Chips\n\nMr Templeton said he agreed.", ["he agreed"]),
    # not a modal alone, nor two words of no clause
    ("Chips\n\nMr Templeton said he would.", []),
    ("Chips\n\nMr Templeton said good things.", []),
])
def test_a_two_word_clause(text, reports):
    assert [q.text for q in extract_quotes(text) if q.kind == "indirect"] == reports


@pytest.mark.parametrize("text, speaker", [
    # a relative named by a word that is a given name too, after the relative's noun
    ('Light\n\nAlan Crewe spoke. "People think it was lonely," he says.\n\nHis wife, June, is less romantic about '
     'it. "He was married to that light," she says.', "June"),
    # not the month
    ('Light\n\nAlan Crewe spoke in June. "It is quiet," she says.', None),
])
def test_a_relative_named_by_a_word_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, org", [
    # "a spokesman for the organisation": the body the sentences before are about, though it has not spoken
    ("Light\n\nTrinity House, which runs Britain's lighthouses, automated Skerry Point in 1998. A spokesman for the "
     "organisation says automation saved \"millions\".", "Trinity House"),
    ("Rubber\n\nA Council meeting of the International Natural Rubber Organization (INRO) has been adjourned, "
     "officials of the organisation said.", "International Natural Rubber Organization"),
    # none named: none
    ("Light\n\nA spokesman for the organisation says automation saved \"millions\".", None),
])
def test_the_organisation_a_source_speaks_for(text, org):
    q, = extract_quotes(text)
    assert [r["organization"] for r in q.speaker_roles][:1] == [org]


@pytest.mark.parametrize("text, description, reports", [
    # a circumstance after a speaker's description in commas is no part of it, and no report either
    ('Fed\n\n"Every month they wait, the risk grows," wrote Claudia Sahm, a former Fed economist, in a note to clients.',
     "a former Fed economist", 1),
    ("Gold\n\nGold could rise as high as 500 dlrs per ounce later this year, said Peter Witte, director of the "
     "bank's trading division, after a presentation by the U.S. Mint.", "director of the bank's trading division", 1),
    ('Debt\n\n"I suppose (the debt) will be unavoidable" in talks, said Juan Carlos Pugliese, speaker of the lower '
     "house, before the meeting.", "speaker of the lower house", 1),
    # an aside inside a relative clause is left as it is
    ('Film\n\n"It was fun," said Kevin Spacey, who, as Darin, sings all 18 songs on the soundtrack.',
     "who, as Darin, sings all 18 songs on the soundtrack", 1),
])
def test_a_circumstance_after_a_speakers_description(text, description, reports):
    qs = extract_quotes(text)
    assert len(qs) == reports and qs[0].speaker_description == description


@pytest.mark.parametrize("text, description", [
    # a post in capitals to its end, after the name: the speaker's description
    ('Q\n\n"We enter 2025 with strong momentum," added Raj Patel, Chief Financial Officer.', "Chief Financial Officer"),
    ('Q\n\n"We enter 2025 with strong momentum," added Raj Patel, Chief Executive.', "Chief Executive"),
    # not a second person named after a title
    ('Q\n\n"We enter 2025 with strong momentum," said Raj Patel, Treasury Secretary James Baker.', None),
])
def test_a_capitalised_post_after_the_name(text, description):
    q, = extract_quotes(text)
    assert q.speaker_description == description


@pytest.mark.parametrize("text, n", [
    # a judgement on a work after "called the book": what it was called, a report
    ('Book\n\nThe New York Times called the book "a furious, funny elegy for attention."', 1),
    ('Film\n\nHe called the film "pornographic and sensational".', 1),
    # but a work's title after its noun is no quotation
    ('Book\n\nShe wrote the book "The Quiet Feed" in a year.', 0),
    ('Book\n\nCritics called the book "The Quiet Feed" a triumph.', 0),
])
def test_what_a_work_was_called(text, n):
    assert len(extract_quotes(text)) == n


@pytest.mark.parametrize("description, roles", [
    # an office "of" a portfolio is one role, as one "for" it
    ("Secretary of State", [("Secretary of State", None, None)]),
    ("the Secretary of Health and Human Services", [("Secretary of Health and Human Services", None, None)]),
    ("Secretary of the Treasury", [("Secretary of the Treasury", None, None)]),
    ("Under Secretary of the Treasury", [("Under Secretary of the Treasury", None, None)]),
    ("Minister of Finance", [("Minister of Finance", None, None)]),
    # a body after "of" stays the organisation
    ("Secretary of the Navy", [("Secretary", "Navy", None)]),
    ("Governor of the Bank of England", [("Governor", "Bank of England", None)]),
    # a seat with "of" in its name
    ("the MP for the Isle of Wight", [("MP for the Isle of Wight", None, None)]),
])
def test_an_office_of_a_portfolio(description, roles):
    assert [(r.role, r.organization, r.place) for r in parse_description(description)] == roles


@pytest.mark.parametrize("text, speakers", [
    # "Another diplomat" after "A senior European diplomat": a source of its own
    ('Talks\n\nA senior European diplomat involved in the talks said the gap remained "enormous." Another diplomat '
     'said there had been "small but real" progress.',
     ["A senior European diplomat involved in the talks", "Another diplomat"]),
    ('Markets\n\n"Prices will fall," one trader said. "They will rise," said another trader.',
     ["one trader", "another trader"]),
    # a definite description after both: the first source, as before
    ('Talks\n\nA diplomat said the gap was "enormous." Another diplomat said progress was "real." The diplomat '
     'said talks would go on.', ["A diplomat", "Another diplomat", "A diplomat"]),
])
def test_another_source_is_a_new_one(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("title, roles", [
    # a service before a chief's title: one role as written, no organisation
    ("Police Chief", [("Police Chief", None)]),
    ("Fire Chief", [("Fire Chief", None)]),
    ("police chief", [("police chief", None)]),
    # a body before a title is still its organisation
    ("Tesla chief", [("chief", "Tesla")]),
])
def test_a_service_before_a_chief(title, roles):
    assert [(r.role, r.organization) for r in parse_title(title)] == roles


@pytest.mark.parametrize("text, speakers", [
    # a party's member word before a full name is no part of the name
    ('Arizona\n\nThe race between Democrat Ruben Gallego and Republican Kari Lake has narrowed. "He voted to let them '
     'in," Lake told supporters. Gallego called the attack "a lie."', ["Kari Lake", "Ruben Gallego"]),
    # not a body named with the word
    ("Vote\n\nThe Republican National Committee said the plan would fail.", ["The Republican National Committee"]),
    ("Vote\n\nRepublican Party leaders said the plan would fail.", ["Republican Party leaders"]),
])
def test_a_party_word_before_a_full_name(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, description", [
    # no description where the person was introduced: the appositive after a later mention of the surname
    ('Arizona\n\nThe race between Democrat Ruben Gallego and Republican Kari Lake has narrowed.\n\nLake, a former '
     'television news anchor, has sought to tie Gallego to the border. "He voted to let them in," she said.',
     "a former television news anchor"),
    # not a clause after the surname's comma, nor another person's title and name
    ('Race\n\nJane Doe spoke first.\n\nDoe, the campaign has said, will not debate. "I am ready," she said.', None),
    ('Race\n\nJane Doe spoke first.\n\nDoe, former Colorado Rep. Pat Schroeder and others met. "I am ready," she said.',
     None),
    # not where two people share the surname
    ('Race\n\nBill Clinton and Hillary Clinton spoke.\n\nClinton, a former senator, will not debate. "I am ready," '
     'she said.', None),
])
def test_a_description_from_a_later_mention(text, description):
    assert extract_quotes(text)[-1].speaker_description == description


@pytest.mark.parametrize("text, n", [
    # a thing posted or written with a term in marks is no report
    ('T\n\nZaid Khan posted a clip explaining "quiet quitting" to his followers.', 0),
    ('T\n\nZaid Khan wrote a post about "quiet quitting" last year.', 0),
    # a report with its words in marks still is
    ('T\n\nTrump said the plan "would fail" in court.', 1),
    ('T\n\nTrump promised voters "a big, beautiful wall" at the rally.', 1),
])
def test_a_term_in_a_thing_posted(text, n):
    assert len(extract_quotes(text)) == n


def test_a_person_described_then_named():
    qs = extract_quotes('T\n\nIn July, a 24-year-old engineer named Zaid Khan said the job was enough. "I do my work," '
                        'Khan said.')
    assert [(q.speaker, q.speaker_kind, q.speaker_description) for q in qs] == [
        ("Zaid Khan", "person", "a 24-year-old engineer")] * 2


@pytest.mark.parametrize("text, kind", [
    # a name with no given name or title whose report's "it" acts is a firm
    ("Rates\n\nMoody's said it would assess the likely financial consequences of the merger.", "organization"),
    ("Retail\n\nSears said it will set up a nationwide network of seven regions.", "organization"),
    # not the writer's "it" after a person, nor a person by given name or role
    ("Israel\n\nYaccobi said it would still be possible to achieve economic independence by 1993.", "person"),
    ("UK\n\nTony Blair said it would be wrong to wait for an attack.", "person"),
    ("Trade\n\nAgriculture Ministry official Masaji Yamamoto said it will press for a compromise.", "person"),
])
def test_a_firm_by_what_it_does(text, kind):
    q, = extract_quotes(text)
    assert q.speaker_kind == kind


def test_the_company_after_its_report_in_the_paragraph():
    # the paragraph's quotation is attributed before its report; "the company" is the firm the report named
    qs = extract_quotes('Tech\n\nBRUSSELS (AP) - The EU fined Orbitek 1.8 billion euros.\n\nOrbitek said it would '
                        'appeal. "The decision ignores the realities of the market," the company said in a statement.')
    assert [(q.speaker, q.speaker_kind) for q in qs] == [("Orbitek", "organization")] * 2


@pytest.mark.parametrize("text, speaker", [
    # a headline's quotation said again in the story is the story's speaker's
    ("Pop star opens up about burnout: 'I couldn't get out of bed'\n\nSinger Mia Torres told the magazine: \"I "
     "couldn't get out of bed. I'd just cry.\"", "Mia Torres"),
    # not words the story does not repeat
    ("Pop star opens up about burnout: 'I couldn't get out of bed'\n\nSinger Mia Torres told the magazine: \"I "
     "was tired.\"", "Pop star"),
])
def test_a_headline_quotation_said_again(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, mentions", [
    # an urging or adding verb joined by "and" to a report: the speaker goes on
    ("T\n\nShe said the government had offered a fair deal and urged the union to return to talks.",
     ["She", "She"]),
    ("T\n\nFunaro said the commercial banks agreed on the need for a solution and added that creditors were aware "
     "of the problem.", ["Funaro", "Funaro"]),
    # not the reported clause's own verb of the same form: its subject goes on
    ("T\n\nA World Bank statement said the group meeting noted with satisfaction a marked recovery and urged it to "
     "continue recent adjustment efforts.", ["A World Bank statement", "the group meeting"]),
])
def test_a_verb_after_and_in_a_report(text, mentions):
    assert [q.speaker_mention for q in extract_quotes(text)] == mentions


@pytest.mark.parametrize("text, speaker", [
    # a name in commas after a person's role, opening the sentence, is its subject: the antecedent of "she",
    # though the given name is one the list lacks
    ('Farm\n\nA spokeswoman added: "We know how hard this is."\n\nThe union\'s president, Minette Batters, called for '
     'emergency support. "We can\'t keep asking farmers," she said.', "Minette Batters"),
    ("Asia\n\nKazakhstan's foreign minister, Erlan Idrissov, plays down concerns. \"We should get on board that "
     "train,\" he said.", "Erlan Idrissov"),
    # not a firm's part ("subsidiary")
    ('Oil\n\nENI president Franco Reviglio spoke. Another ENI subsidiary, Agip Carbone, will sign a letter of intent '
     'tomorrow, he said.', "Franco Reviglio"),
])
def test_a_name_after_a_role_in_commas_is_the_subject(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_fronted_place_before_a_described_subject():
    # "At Gatwick Airport," is where; the person after it speaks
    q, = extract_quotes("Air\n\nAt Gatwick Airport, passenger Jenny Ashworth, 41, said she had been waiting for nine "
                        "hours.")
    assert (q.speaker, q.speaker_description) == ("Jenny Ashworth", "passenger")


@pytest.mark.parametrize("text, speaker", [
    # "the airline", "the utility" is the firm the story opens with, though its name does not say so
    ("CHICAGO, April 2 - UAL Inc said its traffic rose in March.\n\nThe airline said scheduled capacity for the month "
     "rose 27.7 pct.", "UAL Inc"),
    ("NEW YORK, April 2 - Brooklyn Union Gas Co said it signed a contract.\n\nThe utility said Transcontinental will "
     "transport the gas.", "Brooklyn Union Gas Co"),
])
def test_the_airline_is_the_firm_the_story_opens_with(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, mention", [
    # a body's noun after a fronted phrase is the subject of the verbs the cue is chained to
    ("Air\n\nIn a statement, the company apologised and said it was working to fix the problem.", "the company"),
    ("Crown\n\nBut the government refused to back the bill, saying it was too complex.", "the government"),
])
def test_a_bodys_noun_after_a_fronted_phrase_chains_the_cue(text, mention):
    q, = extract_quotes(text)
    assert q.speaker_mention == mention


@pytest.mark.parametrize("text, roles", [
    # a later appositive of a body's possessive and a role describes the person introduced without one
    ('Feud\n\nElon Musk and Sam Altman traded insults.\n\nAltman, OpenAI\'s chief executive, replied within minutes. '
     '"I wish Elon well," he posted.', [("chief executive", "OpenAI")]),
    # not a person's possessive
    ('Feud\n\nElon Musk and Sam Altman traded insults.\n\nAltman, Musk\'s longtime rival, replied within minutes. '
     '"I wish Elon well," he posted.', []),
])
def test_a_later_possessive_appositive(text, roles):
    q = extract_quotes(text)[-1]
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, kind", [
    # a speaker whose name is the organisation of another speaker's role is that organisation
    ('Fire\n\nThe fire had burned 12,000 acres, according to Cal Fire.\n\n"The winds are pushing it," Cal Fire Capt. '
     'Richard Cordova told reporters.', "organization"),
    # not a person whose staff speak ("Obama spokesman")
    ('White House\n\nObama said the deal was good. "We are pleased," Obama spokesman Josh Earnest said.', "person"),
])
def test_a_body_named_in_a_role_is_a_body(text, kind):
    assert extract_quotes(text)[0].speaker_kind == kind


@pytest.mark.parametrize("title, roles", [
    # a chief officer's title is one role, with the body before it
    ("Chief Financial Officer", [("Chief Financial Officer", None, None)]),
    ("Unilever chief operating officer", [("chief operating officer", "Unilever", None)]),
    ("former Chief Financial Officer", [("Chief Financial Officer", None, "former")]),
    # not another title
    ("Police Chief", [("Police Chief", None, None)]),
])
def test_a_chief_officers_title(title, roles):
    assert [(r.role, r.organization, r.qualifier) for r in parse_title(title)] == roles


@pytest.mark.parametrize("title, roles", [
    # a whip is a parliamentary office (in capitals, "Senate Majority Whip", read by the speaker rules)
    ("Republican whip", [("whip", "Republican Party", None)]),
    # a party word after a chamber or a state: the party is the organisation, the state a place
    ("Senate Republican whip", [("Senate whip", "Republican Party", None)]),
    ("Senate Democratic leader", [("Senate leader", "Democratic Party", None)]),
    ("Iowa Republican Sen.", [("Senator", "Republican Party", "Iowa")]),
    ("New York Democratic Rep.", [("Representative", "Democratic Party", "New York")]),
    # not a state party's own officer, nor a body that merely opens with the party's chamber
    ("Wyoming GOP chairman", [("chairman", "Wyoming GOP", None)]),
    ("Senate Republican Conference chairman", [("chairman", "Senate Republican Conference", None)]),
])
def test_a_party_title_before_a_name(title, roles):
    assert [(r.role, r.organization, r.place) for r in parse_title(title)] == roles


@pytest.mark.parametrize("text, speaker, roles", [
    ("Senate Majority Whip John Thune said the bill was dead.", "John Thune", [("Senate Majority Whip", None)]),
    ("The Republican whip, John Thune, said the bill was dead.", "John Thune", [("whip", "Republican Party")]),
])
def test_a_whip_speaks_under_his_office(text, speaker, roles):
    q, = extract_quotes(text)
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, roles", [
    # a party member, before the name or after it, is of the party
    ("Democrat Ruben Gallego said the bill was dead.", [("Democrat", "Democratic Party", None)]),
    ("Former Republican Jon Huntsman said the bill was dead.", [("Republican", "Republican Party", None)]),
    ("Jon Husted, a Republican, said the bill was dead.", [("Republican", "Republican Party", None)]),
    # the party tag between commas, as between brackets: the party and the state
    ("Sen. Chuck Schumer, D-N.Y., said the bill was dead.", [("Senator", None, None), (None, "Democratic Party", "N.Y.")]),
    ("Rep. Tim Ryan (D-Ohio) said the bill was dead.", [("Representative", None, None), (None, "Democratic Party", "Ohio")]),
    # not a lone "independent", nor a party word inside a longer phrase before the name
    ("Jane Roe, an independent, said the bill was dead.", [("independent", None, None)]),
])
def test_a_party_member_is_of_the_party(text, roles):
    q, = extract_quotes(text)
    assert [(r["role"], r["organization"], r["place"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speaker, roles", [
    # a firm's officer in capitals before the name: the title ends the name, the firm is the organisation
    ("Tesla CEO Elon Musk said the plan would work.", "Elon Musk", [("CEO", "Tesla", None)]),
    ("Former Twitter CEO Jack Dorsey said the plan would work.", "Jack Dorsey", [("CEO", "Twitter", "former")]),
    ("Ford CFO John Lawler said the plan would work.", "John Lawler", [("CFO", "Ford", None)]),
    ("Fed Chair Jerome Powell said the plan would work.", "Jerome Powell", [("Chair", "Fed", None)]),
    ("Google Chairman Eric Schmidt said the plan would work.", "Eric Schmidt", [("Chairman", "Google", None)]),
    # "Co" ends the firm's name, no co-chairman
    ("Pennzoil Co Chairman Hugh Liedtke said the deal was fair.", "Hugh Liedtke", [("Chairman", "Pennzoil Co", None)]),
    # "and" inside a body's name, or joining another person to it
    ("House Ways and Means Committee Chairman Dan Rostenkowski said taxes would rise.", "Dan Rostenkowski",
     [("Chairman", "House Ways and Means Committee", None)]),
    ("Treasury Secretary James Baker and Federal Reserve Board Chairman Paul Volcker met. Volcker said rates would "
     "stay low.", "Paul Volcker", [("Chairman", "Federal Reserve Board", None)]),
    ("Republicans and House Budget Committee Chairman William Gray agreed. Gray said the deal was done.",
     "William Gray", [("Chairman", "House Budget Committee", None)]),
    # a body's common noun before the title: the body of that kind named before
    ("Budget talks\n\nThe House Budget Committee met on Monday.\n\nCommittee Chairman William Gray said the deal was done.",
     "William Gray", [("Chairman", "House Budget Committee", None)]),
    # a lower-case chairman keeps its case
    ("Acme committee chairman Jane Roe said the deal was done.", "Jane Roe", [("committee chairman", "Acme", None)]),
    # a sentence's last word before the title is no part of the body's name (an abbreviation is)
    ('It was adapted with an Americanised Bond. MGM Vice Chairman Chris McGurk said: "We are thrilled."',
     "Chris McGurk", [("Vice Chairman", "MGM", None)]),
    ("U.S. State Dept. undersecretary Allen Wallis said quotas would wait.", "Allen Wallis",
     [("undersecretary", "U.S. State Dept.", None)]),
])
def test_an_officers_title_in_capitals_before_the_name(text, speaker, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, [(r["role"], r["organization"], r["qualifier"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, n", [
    # the platform X is no initial: the sentence ends there, and the quotation after it is the speaker's
    ('"This is not the end," Abbott posted on X. "We will take this all the way."', 2),
    # an initial in a name still is
    ('Malcolm X. Little spoke. "We will take this all the way," he said.', 1),
])
def test_posted_on_x_ends_the_sentence(text, n):
    qs = extract_quotes(text)
    assert len(qs) == n and all(q.speaker in ("Abbott", "Malcolm X. Little") for q in qs)


@pytest.mark.parametrize("text, speaker", [
    # a plural name after "the" is a team or a band, no person a later "he" could be
    ('Chiefs win\n\nThe Kansas City Chiefs beat the Buffalo Bills 27-24 on Sunday night.\n\nChiefs tight end Travis '
     'Kelce was asked whether this was the best win. "Ask me in February," he said with a grin.', "Travis Kelce"),
    # not a person's name with a possessive before it, nor a given name and surname
    ("The Office's Ricky Gervais is writing an episode. Gervais said it was a dream.", "Ricky Gervais"),
    ("The Chancellor Nigel Lawson spoke on Monday. Lawson said rates would fall.", "Nigel Lawson"),
])
def test_a_team_after_the_is_no_person(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("title, roles", [
    # a playing position before the name is a role, of the team before it
    ("Bills quarterback", [("quarterback", "Bills", None)]),
    ("England forward", [("forward", "England", None)]),
    # a hyphened adjective opening the words is no body's name; "-based" says where
    ("Florida-based Republican strategist", [("strategist", "Republican Party", "Florida")]),
    ("London-based sugar operator", [("sugar operator", None, "London")]),
    ("Under-pressure coach", [("coach", None, None)]),
    # a body's name with a hyphen keeps it
    ("Coca-Cola spokesman", [("spokesman", "Coca-Cola", None)]),
])
def test_a_position_and_a_hyphened_adjective_before_a_name(title, roles):
    assert [(r.role, r.organization, r.place) for r in parse_title(title)] == roles


@pytest.mark.parametrize("text, org", [
    # "the company's" officer: the company the story is about, though it has not spoken
    ("AI\n\nREDMOND, Wash. - Microsoft on Tuesday unveiled a new assistant.\n\nYusuf Mehdi, the company's chief "
     "marketing officer, said the feature would roll out first in the U.S.", "Microsoft"),
    ("AI\n\nAcme Corp on Tuesday unveiled a new assistant.\n\nJane Roe, the company's chief marketing officer, said "
     "the feature would roll out first in the U.S.", "Acme Corp"),
    # no company named: none (no organisation called "company")
    ("AI\n\nA new assistant was unveiled on Tuesday.\n\nJane Roe, the company's chief marketing officer, said the "
     "feature would roll out first in the U.S.", None),
])
def test_the_companys_officer_when_the_company_has_not_spoken(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles] == [org]


@pytest.mark.parametrize("text, speaker, roles", [
    # a portfolio joined by "and" is one office, and its holder opens the sentence for a later "she"
    ('Benefits\n\nRachael Maskell said the cuts would hurt. "I cannot vote for this," she told BBC Radio 4.\n\n'
     'Work and Pensions Secretary Liz Kendall said the government was listening. She told MPs: "We will protect '
     'those who cannot work."', "Liz Kendall", [("Work and Pensions Secretary", None)]),
    ("Northern Ireland Secretary Hilary Benn said the talks were going well.", "Hilary Benn",
     [("Northern Ireland Secretary", None)]),
    # not two people joined by "and"
    ('Talks\n\nJane Roe and Home Secretary Liz Kendall met. "It went well," she said.', "Liz Kendall",
     [("Home Secretary", None)]),
])
def test_a_portfolio_with_and_before_its_holder(text, speaker, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, speaker", [
    # an intensifying "himself" after the subject is no part of the speaker's name
    ("Donald Trump spoke on Monday. Trump himself said the operation was a mess.", "Donald Trump"),
    ("Acme Corp cut jobs. The company itself said the cuts were needed.", "Acme Corp"),
])
def test_himself_after_a_subject(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, kind", [
    # a name with a "which" relative after it is a thing's, not a person's
    ('Strike\n\nAllina Health, which operates two of the hospitals, said that the demands "would force us to close '
     'beds."', "organization"),
    # "who" is a person's
    ('Strike\n\nAllina Jones, who runs two of the hospitals, said that the demands "would force us to close beds."',
     "person"),
])
def test_which_after_a_name_is_a_things(text, kind):
    assert extract_quotes(text)[0].speaker_kind == kind


@pytest.mark.parametrize("desc, roles", [
    # what the speaker was doing, after a comma, is no part of the role
    ("president of the Minnesota Nurses Association, addressing a rally outside the hospital",
     [("president", "Minnesota Nurses Association")]),
    ("regional manager, rescheduling unit, at Lloyds Bank Plc", [("regional manager,", "Lloyds Bank Plc")]),
])
def test_a_participle_after_a_role(desc, roles):
    assert [(r.role, r.organization) for r in parse_description(desc)] == roles


@pytest.mark.parametrize("text, roles", [
    # a city council's titles
    ("Ald. Brendan Reilly, whose ward includes the area, said residents had complained.", [("Alderman", None)]),
    ("Councilmember Jane Roe said residents had complained.", [("Councilmember", None)]),
])
def test_a_city_councils_titles(text, roles):
    assert [(r["role"], r["organization"]) for r in extract_quotes(text)[0].speaker_roles] == roles


def test_a_dateline_with_a_slash():
    # "MOSCOW/KYIV (Reuters) - " is a dateline: the lead's subject after it speaks
    q, = extract_quotes("Kremlin rejects ceasefire\n\nMOSCOW/KYIV (Reuters) - The Kremlin on Monday rejected a "
                        "U.S.-backed proposal for a ceasefire, saying it would only allow Kyiv to rearm.")
    assert (q.speaker, q.text) == ("The Kremlin", "it would only allow Kyiv to rearm")


@pytest.mark.parametrize("title, roles", [
    # a country's possessive before a portfolio: the country, without the possessive
    ("Russia's Foreign Minister", [("Foreign Minister", "Russia")]),
    ("Brazil's Finance Minister", [("Finance Minister", "Brazil")]),
])
def test_a_countrys_minister(title, roles):
    assert [(r.role, r.organization) for r in parse_title(title)] == roles


@pytest.mark.parametrize("text, org", [
    # a firm's officer with no body named: the company the story opens with
    ('Nike falls\n\nNike Inc shares fell 12% on Friday.\n\n"We are not satisfied," Chief Executive John Donahoe told '
     'analysts.', "Nike Inc"),
    ("TOKYO, March 18 - Sony Corp group net income will fall, managing director Tsunao Hashimoto told a press "
     "conference.", "Sony Corp"),
    # not where no company opens the story (a government's office or a firm the story does not name)
    ('Strike\n\nNurses walked out on Friday.\n\n"We are not satisfied," Chief Executive John Donahoe told reporters.',
     None),
])
def test_a_firms_officer_of_the_company_the_story_opens_with(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles] == [org]


@pytest.mark.parametrize("text, desc, roles", [
    # a firm's officer in apposition before the name describes the speaker
    ("Meta's chief technology officer, Andrew Bosworth, said that X had become a cesspool.",
     "Meta's chief technology officer", [("chief technology officer", "Meta")]),
    # but not the clause before it: only the words after "after" or "when"
    ("The exchange began after Meta's chief technology officer, Andrew Bosworth, said that X had become a cesspool.",
     "Meta's chief technology officer", [("chief technology officer", "Meta")]),
])
def test_an_officer_in_apposition_before_the_name(text, desc, roles):
    q, = extract_quotes(text)
    assert (q.speaker_description, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (desc, roles)


@pytest.mark.parametrize("text, speaker", [
    # a one-word fronted place ("Outside,", "Elsewhere,") is no speaker, the described name after it is
    ("Outside, campaigner Sarah Okafor, 38, said families were already struggling.", "Sarah Okafor"),
    ("Elsewhere, campaigner Sarah Okafor, 38, said families were already struggling.", "Sarah Okafor"),
])
def test_a_fronted_place_adverb_is_no_speaker(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_cllr_is_a_councillor():
    q, = extract_quotes("Opposition leader Cllr Alan Lamb said the council had wasted money.")
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == [("Councillor", None)]


@pytest.mark.parametrize("text, speaker, cue", [
    # a cue word in -ing after an owner's possessive is a noun ("Warren's thinking")
    ('A person familiar with Warren\'s thinking said the senator was "frustrated" by the plan.',
     "A person familiar with Warren's thinking", "said"),
    # but after a pronoun's contraction it is the verb ("she's saying")
    ('Jane Roe spoke. She\'s saying "no" to the plan.', "Jane Roe", "saying"),
])
def test_an_owners_ing_word_is_no_cue(text, speaker, cue):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.cue) == (speaker, cue)


@pytest.mark.parametrize("text, kind", [
    # a body's acronym opening a name of two or more words: a body
    ("According to NHS England, more than 300,000 appointments were rescheduled.", "organization"),
    ("TAP Air Portugal said the flights would resume.", "organization"),
    # not a person's initials, nor a person named after a body's acronym
    ("JD Vance said the flights would resume.", "person"),
    ("AJ Lee said the flights would resume.", "person"),
])
def test_a_name_opening_with_an_acronym(text, kind):
    assert extract_quotes(text)[0].speaker_kind == kind


@pytest.mark.parametrize("text, speaker", [
    # "the carrier", "the airline" after a lead whose firm acts (a name of two words and a past tense)
    ("Outage\n\nSouthwest Airlines canceled more than 1,200 flights on Thursday.\n\nThe Dallas-based carrier said the "
     "problem was caused by a failed update.", "Southwest Airlines"),
    # not a single word ("Sales rose ... the company said": no firm called Sales)
    ("Results\n\nSales rose 5 pct in the quarter.\n\nThe company said the problem was caused by a failed update.",
     "The company"),
    # a fronted place with a possessive and a lower-case noun, then the described speaker
    ("At Chicago's Midway airport, passenger Diane Kowalski, 62, said she had been waiting since dawn.",
     "Diane Kowalski"),
])
def test_a_lead_firms_act_and_a_fronted_airport(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # "CLAUSE, X said, PARTICIPLE ...": the report before the attribution, whatever the participle adds
    ("Teachers voted to strike, the union said Monday, setting up a showdown with the city.",
     [("the union", "Teachers voted to strike")]),
    # but only a clause: no fronted place or participle phrase
    ("In U.S. District Court in Alexandria, Va., Lazar said little, offering only short answers.", []),
    ("Weighing in on the discussion, Mike Huckabee agreed, praising his former opponent.", []),
])
def test_a_report_before_an_attribution_and_a_participle(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(text) if q.kind == "indirect"] == expected


def test_a_chairman_of_the_company_the_story_opens_with():
    q = extract_quotes("TORONTO, June 2 - Hollinger Inc will pay about 50 mln dlrs cash for Unimedia Inc, chairman "
                       "Conrad Black told reporters after the annual meeting, confirming a published report.")[0]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (
        "Conrad Black", [("chairman", "Hollinger Inc")])


@pytest.mark.parametrize("text, expected", [
    # what a statement says is the report of whoever issued it
    ("The White House issued a statement saying the president would veto the bill.",
     [("The White House", "the president would veto the bill")]),
    ("Acme released a statement Tuesday saying it would appeal.", [("Acme", "it would appeal")]),
    # an owner's body issues it too
    ("The mayor's office released a statement saying the city had offered raises.",
     [("The mayor's office", "the city had offered raises")]),
    # a statement and nothing said: no report
    ("The company issued a statement on Tuesday.", []),
])
def test_a_statement_saying(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == expected


def test_a_player_by_position_opens_a_sentence_for_a_later_he():
    # "Chiefs tight end Travis Kelce, who ..., was asked ...": the player is the subject a later "he" is
    text = ('Chiefs win\n\nBuffalo coach Sean McDermott defended his decision. "I trust our defense," he said.\n\n'
            'Chiefs tight end Travis Kelce, who caught nine passes, was asked whether this was the best win of the '
            'season. "Ask me in February," he said with a grin.')
    assert extract_quotes(text)[-1].speaker == "Travis Kelce"


@pytest.mark.parametrize("text, speaker, roles", [
    # "Chief Executive" in capitals with the body before it
    ('Deal\n\n"This combination works," Chevron Chief Executive Mike Wirth said.', "Mike Wirth",
     [("Chief Executive", "Chevron")]),
    # a CEO by name opens a sentence for a later "he", not the chief quoted before
    ('Deal\n\n"This works," Chevron Chief Executive Mike Wirth said.\n\nHess CEO John Hess, whose father founded the '
     'company, will join the board. He said the deal was "the right step."', "John Hess", [("CEO", "Hess")]),
])
def test_a_chief_executive_in_capitals(text, speaker, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("title, roles", [
    # "District" belongs to the title that follows it
    ("Manhattan District Attorney", [("District Attorney", "Manhattan")]),
    ("U.S. District Judge", [("District Judge", "U.S.")]),
    # not an office of a body named "District"
    ("District Attorney", [("District Attorney", None)]),
])
def test_a_district_title(title, roles):
    assert [(r.role, r.organization) for r in parse_title(title)] == roles


@pytest.mark.parametrize("text, speaker", [
    # where a body is based opens its mention, no part of its name
    ("Solar\n\nThe developer, Chicago-based Apex Clean Energy, says the project will power 50,000 homes.",
     "Apex Clean Energy"),
    ("Sugar\n\nThe London-based International Sugar Organization said output would fall.", "International Sugar Organization"),
])
def test_a_bodys_base_is_no_part_of_its_name(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, org", [
    # big firms the list now knows: "the iPhone maker" after Apple spoke
    ('Fine\n\nApple said it would appeal. In a statement, the iPhone maker said the Commission had "failed to uncover '
     'any credible evidence."', "Apple", None),
    # "the company's" officer after a firm opened the paragraph (not the firm that spoke before)
    ('Fine\n\nApple said it would appeal.\n\nSpotify welcomed the decision. "This sends a powerful message," said '
     "Daniel Ek, the company's chief executive.", "Daniel Ek", "Spotify"),
])
def test_known_big_firms_and_the_companys_officer(text, speaker, org):
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker and [r["organization"] for r in q.speaker_roles if r["role"]] == ([org] if org else [])


@pytest.mark.parametrize("text, n", [
    # "agreed to a ceasefire that ...": the relative clause of what was agreed to, no report
    ("Israel and Hamas agreed on Wednesday to a ceasefire that would pause the fighting.", 0),
    ("The union agreed to a deal that raises pay by 5 percent.", 0),
    # "agreed that CLAUSE" is a report
    ("Israel agreed on Wednesday that the fighting would pause.", 1),
])
def test_agreed_to_something_that(text, n):
    assert len(extract_quotes(text)) == n



def test_an_executive_without_chief_is_no_capitalised_title():
    # only "Chief Executive" takes the body before it: "Administrative Executive" is one role
    q, = extract_quotes("Administrative Executive Robin Taylor said the plan would work.")
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == [("Administrative Executive", None)]


@pytest.mark.parametrize("text, speaker", [
    # the question put first, then how the speaker stood and a colon
    ('Mikel Arteta spoke after the game.\n\nAsked whether the title race was slipping away, Arteta was defiant: '
     '"No. There are 20 games left."', "Mikel Arteta"),
    ('Mikel Arteta spoke after the game. When pressed on his future, Arteta was calm: "I am happy here."',
     "Mikel Arteta"),
    ('Mikel Arteta spoke after the game. But Arteta was defiant: "We will go again next week."', "Mikel Arteta"),
])
def test_a_stance_colon_after_the_question(text, speaker):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, ":")


def test_a_stance_colon_needs_a_person_as_subject():
    # a thing's state before a colon speaks for no one
    assert extract_quotes('Asked about the weather, the forecast was clear: "Rain all week."') == []


ARSENAL = ('Arsenal held to draw\n\nArsenal were held to a 1-1 draw by Brentford on Saturday, and Mikel Arteta '
           'admitted afterwards that the loss of Bukayo Saka to a hamstring injury had "changed everything".\n\n'
           '"We were in control, and then we lose Bukayo and the rhythm goes," the Arsenal manager told reporters.')


def test_an_epithet_after_a_report_in_the_paragraph_before():
    # the person named in the paragraph before ("Bukayo Saka" named between is in another sentence)
    first, second = extract_quotes(ARSENAL)
    assert (first.speaker, second.speaker, second.speaker_mention) == ("Mikel Arteta", "Mikel Arteta",
                                                                      "the Arsenal manager")
    # and what the epithet says of him is his role, on every quotation of his
    assert [(r["role"], r["organization"]) for r in first.speaker_roles] == [("manager", "Arsenal")]
    assert [(r["role"], r["organization"]) for r in second.speaker_roles] == [("manager", "Arsenal")]


@pytest.mark.parametrize("text, roles", [
    # the roles the article gave where it named them stand
    ('Brentford boss Thomas Frank was delighted. "It is massive for us," the Dane said.', [("boss", "Brentford")]),
    # an epithet with no role gives none
    ('Thomas Frank was delighted. "It is massive for us," the Dane said.', []),
    # another person named between, in the same sentence: no link, so no role either
    ('Thomas Frank praised Ben Mee after the Brentford captain said the team "never gave up".', None),
])
def test_roles_from_an_epithet_only_when_none_were_given(text, roles):
    q = extract_quotes(text)[-1]
    if roles is None:
        assert q.speaker != "Thomas Frank"
    else:
        assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == ("Thomas Frank", roles)


@pytest.mark.parametrize("text, speaker, kind", [
    # given names of people in today's news: the name opens a sentence a later "he" or epithet stands for
    ("BOGOTA, April 7 - Colombia is arranging two loans, director of public credit Mauricio Cabrera said.\n\n"
     "He told journalists he expects the first loan to close next month.", "Mauricio Cabrera", "person"),
    ("Abuse\n\nLabour's Yvette Cooper said she found it hard to be heard.", "Yvette Cooper", "person"),
    # not a firm whose name is a given name elsewhere: "Enzo" is Enzo Biochem's
    ("Enzo Biochem Inc said it would appeal. Enzo said the contract remains in force.", "Enzo Biochem Inc",
     "organization"),
])
def test_given_names_of_the_2020s(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("desc, role", [
    # a state or a country before a word for people it places: where, no employer
    ("a New York businessman", ("businessman", None, "New York")),
    ("the Florida investor", ("investor", None, "Florida")),
    ("a Texas lawyer", ("lawyer", None, "Texas")),
    # an office of the state and a country's team keep it as their body
    ("the Texas senator", ("Senator", "Texas", None)),
    ("the England coach", ("coach", "England", None)),
    ("the Ohio governor", ("Governor", "Ohio", None)),
    # a body's name that is no place stays the employer
    ("a Goldman Sachs investor", ("investor", "Goldman Sachs", None)),
])
def test_a_place_before_a_word_for_people(desc, role):
    assert [(r.role, r.organization, r.place) for r in parse_description(desc)] == [role]


@pytest.mark.parametrize("text, speaker", [
    # "the agency": the government body named before, though it has not spoken, "and" in its name
    ("Recall\n\nThe Food and Drug Administration on Thursday expanded a recall of infant formula.\n\n"
     "The agency said it was investigating four reports of illness.", "Food and Drug Administration"),
    ("Storm\n\nThe National Weather Service issued a warning for the coast. The agency said winds could reach "
     "90 mph.", "National Weather Service"),
    # or the organisation of that sort that spoke (a ratings firm named "... Service Inc")
    ("NEW YORK, March 12 - Moody's Investors Service Inc said it confirmed the ratings of Public Service Co "
     "of New Mexico.\n\nThe agency said the utility's finances were strong.", "Moody's Investors Service Inc"),
    # not a firm whose name goes on past the word, nor a public body for "the rating agency"
    ("Utility\n\nPublic Service Co of New Mexico raised prices on Monday. The agency said the rise was too steep.",
     "The agency"),
    ("Ratings\n\nThe Securities and Exchange Commission approved the rule. The rating agency said the bonds were "
     "safe.", "The rating agency"),
])
def test_the_agency(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_contrast_after_according_to_is_a_report_of_its_own():
    text = ("Two of the infants died, according to the FDA, though officials said it was not yet clear whether "
            "the formula caused their illnesses.")
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("Two of the infants died", "FDA"),
        ("it was not yet clear whether the formula caused their illnesses", "officials")]


def test_a_reason_after_according_to_stays_the_report():
    # "because ..." goes on with what the source says
    text = "It has value, according to IBM, because it helps humans work out extremely complex problems."
    assert [q.text for q in extract_quotes(text)] == [
        "It has value", "because it helps humans work out extremely complex problems"]


@pytest.mark.parametrize("title, roles", [
    # a capitalised Director or Commissioner takes the body before it
    ("FBI Director", [("Director", "FBI")]),
    ("FDA Commissioner", [("Commissioner", "FDA")]),
    ("former CIA Director", [("Director", "CIA")]),
    # what a director is of is no body
    ("IMF Managing Director", [("Managing Director", "IMF")]),
    ("White House Communications Director", [("Communications Director", "White House")]),
    ("Finance director", [("Finance director", None)]),
    # a lower-case director stays as written; a spokesman's body is no director's word
    ("director", [("director", None)]),
    ("Ministry of Finance spokesman", [("spokesman", "Ministry of Finance")]),
    ("American Medical spokesman", [("spokesman", "American Medical")]),
])
def test_director_and_commissioner_titles(title, roles):
    assert [(r.role, r.organization) for r in parse_title(title)] == roles


@pytest.mark.parametrize("text, speaker", [
    # who the person is, before the name, then how they stood and a colon
    ('Her neighbour, retired miner Alan Reid, was blunter: "It is a shed full of computers."', "Alan Reid"),
    ('His lawyer, John Smith, was unmoved: "We will appeal this ruling in full."', "John Smith"),
])
def test_a_stance_colon_after_a_described_name(text, speaker):
    q, = extract_quotes(text)
    assert (q.speaker, q.cue) == (speaker, ":")


@pytest.mark.parametrize("text, report", [
    # a clause after a semicolon is another's: "the CGT put the figure at ..."
    ("According to the interior ministry, 1.08 million people marched across France on Tuesday; the CGT put the "
     "figure at 3.5 million.", "1.08 million people marched across France on Tuesday"),
    # a list goes on past its semicolons
    ("According to the schedule, Thiel will speak on Thursday along with Tim Tebow; Rep. Marsha Blackburn, "
     "R-Tenn.; and Ivanka Trump.",
     "Thiel will speak on Thursday along with Tim Tebow; Rep. Marsha Blackburn, R-Tenn.; and Ivanka Trump"),
])
def test_according_to_up_to_a_semicolon(text, report):
    assert extract_quotes(text)[0].text == report


@pytest.mark.parametrize("text, speaker", [
    # "and" inside a body's name: two words for bodies, a couple's given names
    ("The Ronald Reagan Presidential Foundation and Institute said the advert was false.",
     "The Ronald Reagan Presidential Foundation and Institute"),
    ("The Bill and Melinda Gates Foundation said the grant was approved.", "The Bill and Melinda Gates Foundation"),
    # two people stay two people, not a body: a couple speaking together since 0.6.676
    ("John and Mary Smith said the house was sold.", "John and Mary Smith"),
])
def test_and_inside_a_bodys_name(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, report", [
    # the speaker's own next act after ", but" ends the report
    ("Ontario Premier Doug Ford said on X that the province would pause the campaign, but defended the ad.",
     "that the province would pause the campaign"),
    # not a "but" inside the report
    ("Ford said the province would pause the campaign but the ad would run again in spring.",
     "the province would pause the campaign but the ad would run again in spring"),
])
def test_but_and_the_speakers_own_act(text, report):
    assert extract_quotes(text)[0].text == report


@pytest.mark.parametrize("text, org", [
    # an unnamed spokesperson right after a body's report speaks for that body
    ('Strike\n\nThe Scottish government said it was "disappointed" by the result. A spokesperson said ministers '
     "remained committed to reducing class contact time.", "Scottish government"),
    ("Broadband\n\nAOL backed the price cuts but said regulation was still needed. A spokesman said BT could change "
     "the market at will.", "AOL"),
    # not a common noun, nor a paper the source talked to, nor a body another named before
    ("Shares\n\nThe company said it sold 2 mln shares. A spokesman said the price was fair.", None),
    ("Sugar\n\nSowing is early this year, a trader told Reuters. A spokesman said the crop looked good.", None),
    ("Talks\n\nThe union said talks had failed. A spokesman for the Confederation of British Industry said the "
     "offer stood.", "Confederation of British Industry"),
])
def test_a_spokesperson_after_a_bodys_report(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles if r["role"] in ("spokesman", "spokesperson")] == [org]


@pytest.mark.parametrize("text, report", [
    # a mixed report ending with its quoted words keeps their closing mark, as annotated news does
    ('The plan is "dead", the minister said.', 'The plan is "dead"'),
    ("Webber added that the cartels are keenly \u2018studying conflicts in Ukraine\u2019.",
     "that the cartels are keenly \u2018studying conflicts in Ukraine\u2019"),
    # words after the quotation stay outside it
    ('The plan is "dead" for now, the minister said.', 'The plan is "dead" for now'),
])
def test_a_mixed_report_keeps_its_closing_mark(text, report):
    q, = extract_quotes(text)
    assert (q.kind, q.text) == ("mixed", report)


@pytest.mark.parametrize("text, speaker", [
    # the auxiliary before a trailing cue is no part of the speaker
    ('Deaths in custody have reached "shocking" levels, a committee of MPs and peers has warned.',
     "a committee of MPs and peers"),
    ('The myth needs to be "exploded", the work and pensions minister has said.', "the work and pensions minister"),
    # a quantifier after a noun is a relative clause's subject
    ("It's a strategy some believe he could replicate in his bid.", "some"),
    ("The rules are strict, and some say they go too far.", "some"),
])
def test_speaker_phrase_edges(text, speaker):
    assert extract_quotes(text)[-1].speaker_mention == speaker


def test_a_contracted_pronoun_opens_a_chain_of_verbs():
    text = ("Former Florida Gov. Jeb Bush panned the measures on Tuesday.\n\nHe\u2019s comparing the gun actions to "
            "Obama\u2019s action on immigration and says Obama is flouting the process.")
    q = extract_quotes(text)[-1]
    assert (q.speaker_mention, q.speaker, q.text) == ("He", "Jeb Bush", "Obama is flouting the process")


@pytest.mark.parametrize("text, speaker, report", [
    # no comma after the source: the report starts at "there was", "there were"
    ("According to the revised data there were 94,000 jobless in February.", "the revised data",
     "there were 94,000 jobless in February"),
    ("The method changed and according to current knowledge there was now no danger of infection.",
     "current knowledge", "there was now no danger of infection"),
    # "there" after the source is where it is
    ("According to officials there, the road was closed.", "officials there", "the road was closed"),
])
def test_according_to_without_a_comma_before_there_was(text, speaker, report):
    q = extract_quotes(text)[-1]
    assert (q.speaker_mention, q.text) == (speaker, report)


@pytest.mark.parametrize("text, speaker, kind", [
    # a ratings firm named like two people
    ("CHICAGO, June 19 - Duff and Phelps said it lowered its ratings on senior debt.", "Duff and Phelps",
     "organization"),
    # a legal form, then where the firm is: the firm's name
    ("Guy F. Atkinson Co of California said it won a contract.", "Guy F. Atkinson Co of California", "organization"),
    # a person "of" a place stays a person
    ("John Smith of California said the deal was fine.", "John Smith", "person"),
])
def test_firms_named_like_people(text, speaker, kind):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speakers", [
    # a family name written first, alone later: the person named in full
    ("Chinese President Xi Jinping told leaders that trade mattered.\n\nXi said relations were at a juncture. "
     "He said talks would go on.", ["Xi Jinping"] * 3),
    # "Kim" after "Kim Jones" is a given name, not a family name written first
    ("Kim Jones said the plan worked.\n\nKim said it was fine.", ["Kim Jones", "Kim"]),
])
def test_family_names_written_first(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


def test_a_family_name_first_keeps_the_given_names_gender():
    # "Xi Jinping" is a man by the given name written last: no "she" of his
    text = ('Chinese President Xi Jinping told Japanese Prime Minister Sanae Takaichi on Friday that Tokyo should '
            '"reflect on history" after she suggested Japan could respond militarily to an attack on Taiwan.')
    first, second = extract_quotes(text)
    assert first.speaker == "Xi Jinping" and second.speaker_mention == "she" and second.speaker != "Xi Jinping"


@pytest.mark.parametrize("text, speaker, description", [
    # a particle joined to an Arabic family name is part of the name
    ("Abdulaziz al-Sager, chairman of the Gulf Research Center, said the visits showed that Gulf states saw Trump "
     "as a partner.", "Abdulaziz al-Sager", "chairman of the Gulf Research Center"),
    ("Egyptian President Abdel Fattah el-Sisi said the talks were useful.", "Abdel Fattah el-Sisi", "Egyptian President"),
    # a particle opening a surname mentioned alone is no description
    ('Saudi Crown Prince Mohammed bin Salman promised on Tuesday to invest.\n\n"We are going to build a great '
     'relationship together," bin Salman told reporters.', "Mohammed bin Salman", "Saudi Crown Prince"),
    # a lower-case word before a name that is no particle still describes
    ("The de facto leader said the plan failed.", "The de facto leader", "The de facto leader"),
])
def test_particles_in_names(text, speaker, description):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_description) == (speaker, description)


@pytest.mark.parametrize("title, roles", [
    # a field opening the sentence, capitalised: part of the role, no body
    ("Political analyst", [("political analyst", None)]),
    ("Oil analyst", [("oil analyst", None)]),
    # a body or a party before the role stays its organisation
    ("Goldman Sachs analyst", [("analyst", "Goldman Sachs")]),
    ("Labour strategist", [("strategist", "Labour")]),
    # a capitalised title keeps its words
    ("Defence Secretary", [("Defence Secretary", None)]),
])
def test_a_field_before_a_role(title, roles):
    assert [(r.role, r.organization) for r in parse_title(title)] == roles


ROUBINI = ("Q&A: The economist who called the crash on what comes next\n\n"
           "Nouriel Roubini warned of the 2008 financial crisis. We spoke to him about inflation and AI.\n\n"
           "Are we heading for a recession?\n\nNot this year. The US economy is remarkably resilient.\n\n"
           "What worries you most?\n\nStagflation. That is the nightmare scenario.\n\n"
           "Is AI a bubble?\n\nParts of it, yes. But the technology is real.\n\n"
           "This interview has been edited for length and clarity.")


def test_plain_questions_of_an_interview():
    answers = [q for q in extract_quotes(ROUBINI) if q.kind == "direct"]
    assert [(q.speaker, q.text) for q in answers] == [
        ("Nouriel Roubini", "Not this year. The US economy is remarkably resilient."),
        ("Nouriel Roubini", "Stagflation. That is the nightmare scenario."),
        ("Nouriel Roubini", "Parts of it, yes. But the technology is real.")]


LIGHTHOUSE = ('Q&A: The author who spent ten years in a lighthouse\n\n'
              'Novelist Tomas Eriksen\'s new book, "The Keeper\'s Year", was written on a rock in the North Sea. We '
              'asked him about isolation and storms.\n\nWhy a lighthouse?\n\n"Honestly? I couldn\'t afford anywhere '
              'else," Eriksen laughs. "The rent was nothing."\n\nDid you ever feel lonely?\n\n"Every day. But '
              'loneliness is useful for a writer."\n\nWhat did you miss most?\n\n"Oranges," he says. "And arguing '
              'in pubs."\n\nHis publisher, Anna Lind of Nordhavn Press, said the book had sold 50,000 copies. '
              '"Readers can feel the weather in every page," she said.')


def test_an_interview_whose_answers_are_quoted_reads_its_quotations():
    # the writer's words around quoted answers are no answer, and the paragraph after the last
    # answer is another speaker's; an answer that is a quotation alone is the interviewee's
    assert [(q.kind, q.text, q.speaker) for q in extract_quotes(LIGHTHOUSE)] == [
        ("direct", "Honestly? I couldn't afford anywhere else,", "Tomas Eriksen"),
        ("direct", "The rent was nothing.", "Tomas Eriksen"),
        ("direct", "Every day. But loneliness is useful for a writer.", "Tomas Eriksen"),
        ("direct", "Oranges,", "Tomas Eriksen"),
        ("direct", "And arguing in pubs.", "Tomas Eriksen"),
        ("indirect", "the book had sold 50,000 copies", "Anna Lind"),
        ("direct", "Readers can feel the weather in every page,", "Anna Lind")]


@pytest.mark.parametrize("text", [
    # questions in an article that does not say it is an interview: the writer's own
    ROUBINI.replace("Q&A: ", "").replace("We spoke to him about", "He has views on"),
    # questions one after another, no answers between: a list of what is asked
    "Interview season\n\nJane Smith runs the panel.\n\nWho will win?\n\nWhen will it end?\n\nWhat does it cost?\n\n"
    "Nobody knows yet.",
])
def test_plain_questions_that_are_no_interview(text):
    assert [q for q in extract_quotes(text) if q.kind == "direct"] == []


@pytest.mark.parametrize("text, speaker, description", [
    # a quotation opening its paragraph, signed after it: a vox pop, a pull quote
    ('Voices\n\n"I love this job, but I cannot afford to live near it." \u2014 Priya Sharma, 29, intensive care nurse',
     "Priya Sharma", "intensive care nurse"),
    ('Voices\n\n"We are short-staffed every single shift." -- Tom Okafor, ward manager', "Tom Okafor", "ward manager"),
    ('Voices\n\n"My daughter wanted to be a nurse. I told her not to." (Linda Evans, 58, midwife)', "Linda Evans",
     "midwife"),
    ('Voices\n\n"We will be back next week." \u2014 Sam Hill', "Sam Hill", None),
])
def test_a_quotation_signed_after_it(text, speaker, description):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.speaker_description) == ("direct", speaker, description)


@pytest.mark.parametrize("text", [
    # a title and its publisher after a dash: no one signs it
    'Reading list\n\n"The Great Gatsby" \u2014 Penguin Classics, 2000',
    'Reading list\n\n"The Road" (Picador Books, 2006)',
])
def test_no_signature_after_a_quotation(text):
    assert [q for q in extract_quotes(text) if q.speaker] == []


@pytest.mark.parametrize("text, org", [
    # a firm's officer with no body named: of the firm the firm list knows that opens the story
    ('LONDON (Reuters) - Unilever is exploring a sale of some of its ice cream brands.\n\n"We are confident," '
     "Chief Executive Fernando Fernandez told investors.", "Unilever"),
    # not a firm named later in the lead, and not a president (a head of state's title too)
    ('LONDON (Reuters) - Investors cheered as Unilever explored a sale.\n\n"We are confident," Chief Executive '
     "Fernando Fernandez told investors.", None),
    ('MOSCOW (Reuters) - Yukos faces a new tax claim.\n\n"The law is the law," President Vladimir Putin said.', None),
])
def test_an_officer_of_a_known_firm_opening_the_story(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles] == [org]


@pytest.mark.parametrize("text, speaker", [
    # a first name alone, described after a comma, opens the sentence a later "she" stands for
    ("Longbridge\n\nMaria, a line supervisor who asked that her surname not be used, has found work at a warehouse. "
     '"It is half the money," she says.', "Maria"),
    ("Longbridge\n\nMaria, 44, a line supervisor, has found work at a warehouse. "
     '"It is half the money," she says.', "Maria"),
    # a man's first name is no "she"
    ("Longbridge\n\nMark, a line supervisor, has found work at a warehouse. "
     '"It is half the money," she says.', None),
])
def test_a_described_first_name_as_antecedent(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "it" after a fronted phrase, before a quotation in the report
    ('Acme Ltd closed the plant.\n\nIn a statement, it said the decision was "painful but unavoidable".', "Acme Ltd"),
    ('Acme Ltd closed the plant.\n\nOn Monday, it said the decision was "painful but unavoidable".', "Acme Ltd"),
    ('Longbridge\n\nThe company blames the cost of energy. In a statement, it said the decision was "painful but '
     'unavoidable".', "The company"),
])
def test_it_after_a_fronted_phrase(text, speaker):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.speaker_mention) == ("mixed", speaker, "it")


@pytest.mark.parametrize("text, org", [
    # a place run as a body, by its word before a role: the one named before
    ("Two hikers were rescued in Zion National Park on Sunday. Park spokeswoman Amy Gaskill said the park had "
     "issued a warning.", "Zion National Park"),
    ("A painting was stolen from the Tate Museum. Museum director Jane Hill said security was reviewed.",
     "Tate Museum"),
    # none named before: the word as written
    ("Park spokeswoman Amy Gaskill said the park had issued a warning.", "Park"),
])
def test_a_place_run_as_a_body_before_a_role(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles] == [org]


@pytest.mark.parametrize("text, report", [
    # a plural noun before "that" after the cue: the report's subject and its relative clause
    ('Minister Anika Wells said platforms that failed to take "reasonable steps" faced fines.',
     'platforms that failed to take "reasonable steps" faced fines'),
    ('Roach said fears that bank shareholders would impose a "bank culture" were unfounded.',
     'fears that bank shareholders would impose a "bank culture" were unfounded'),
    # a time word, an adverb or a recipient before "that": the report starts at "that"
    ('Wells said yesterday that platforms faced "big fines".', 'that platforms faced "big fines"'),
    ('Kennedy said afterwards that the Prime Minister had offered some "movement".',
     'that the Prime Minister had offered some "movement"'),
    ('Wells told reporters that platforms faced "big fines".', 'that platforms faced "big fines"'),
])
def test_a_noun_before_that_after_the_cue(text, report):
    assert extract_quotes(text)[-1].text == report


@pytest.mark.parametrize("text, roles", [
    # one name, described after it, keeps the title before it
    ('Fed\n\nPresident Trump, who has repeatedly called for lower rates, criticized the decision, calling Powell '
     '"Too Late".', [("President", None)]),
    ("Deal\n\nBarca midfielder Deco, who scored twice, said the team was ready.", [("midfielder", "Barca")]),
])
def test_the_title_of_one_name_described_after_it(text, roles):
    q = extract_quotes(text)[-1]
    assert [(r["role"], r["organization"]) for r in q.speaker_roles] == roles


@pytest.mark.parametrize("text, speakers", [
    # a peer's party and "peer" before the name: the peer opens the sentence a later "He" stands for
    ("Terror\n\nBut Liberal Democrat peer Lord Carlile, the government's independent reviewer of anti-terrorism "
     'laws, said some detainees could be released. He said the ruling was an "embarrassment" for the government.',
     ["Lord Carlile", "Lord Carlile"]),
    # an MP the same way
    ('Law\n\nLabour MP Diane Abbott, who chairs the committee, said the law was clear. She said it was "a disgrace".',
     ["Diane Abbott", "Diane Abbott"]),
])
def test_a_peer_or_mp_opening_a_sentence(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("desc, org", [
    # a particle inside a body's name goes on to its next word
    ("head of emergency medicine at Virgen del Roc\u00edo hospital in Seville", "Virgen del Roc\u00edo"),
    ("president of Volkswagen do Brasil", "Volkswagen do Brasil"),
    ("an economist with Vickers da Costa", "Vickers da Costa"),
    # not a particle ending the name
    ("a director at Acme la company", "Acme"),
])
def test_particles_inside_a_bodys_name(desc, org):
    assert [r.organization for r in parse_description(desc)] == [org]


@pytest.mark.parametrize("text, org", [
    # "its" after a body named after its description, which spoke
    ('Heat\n\nThe state weather agency Aemet said the heat would persist until at least Thursday. Its spokesman, '
     'Ruben del Campo, told reporters the episode was "exceptional for June".', "Aemet"),
    # not a body the subject dealt with
    ("Talks\n\nThe broker held talks with the LSE on Monday. Its chief, John Hill, said the talks went well.", None),
])
def test_its_after_a_described_body(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles if r["role"]] == [org]


def test_a_chair_of_the_company_the_story_opens_with():
    # "Chair", as "Chairman", is a firm's office: of the company the story opens with
    q = extract_quotes('NEW YORK, March 3 - Borden Inc said it would sell its pasta unit.\n\n"It is the right time," '
                       "Chair Jane Roe said.")[-1]
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == ("Jane Roe", [("Chair", "Borden Inc")])


@pytest.mark.parametrize("text, speaker, description", [
    # a post with "and" in it, then the person named: the post describes the person
    ("FRANKFURT, March 4 - Latin American debtor nations are still willing to negotiate on their debts, World Bank "
     "director for Latin America and the Caribbean Rainer Steckhan said.", "Rainer Steckhan",
     "World Bank director for Latin America and the Caribbean"),
    # a firm named like two people stays the firm
    ("CHICAGO, June 19 - The utility's ratings were lowered because of the rate order, Duff and Phelps said.",
     "Duff and Phelps", None),
])
def test_a_post_with_and_before_a_person(text, speaker, description):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_description) == (speaker, description)


def test_a_described_name_after_the_comma():
    # "CLAUSE, the dealer house Handy and Harman said": the name after its description
    q, = extract_quotes("NEW YORK, March 3 - Gold prices rose to 400 dlrs an ounce, the dealer house Handy and Harman said.")
    assert (q.speaker, q.speaker_description, q.speaker_kind) == ("Handy and Harman", "the dealer house", "organization")


@pytest.mark.parametrize("words, name", [
    # a nationality, an office, then one name: the name
    ("Indonesian Energy Minister Subroto", ["Subroto"]),
    ("Indonesia's Energy Minister Subroto", ["Subroto"]),
    # a nationality alone before the words of a name: the whole name
    ("American Stock Exchange", ["American", "Stock", "Exchange"]),
    # a firm the list knows, then a person's name: the person
    ("Credit Suisse Paul Hofer", ["Paul", "Hofer"]),
    ("Goldman Sachs Group", ["Goldman", "Sachs", "Group"]),
])
def test_the_name_after_a_nationality_and_an_office(words, name):
    from quotebank.extract.speakers import _after_title
    assert _after_title(words.split()) == name


@pytest.mark.parametrize("name, person", [
    # two words or more that are no given names before a given name and a surname: the person
    ("Public Credit Mauricio Cabrera", "Mauricio Cabrera"),
    ("Top-seeded Americans Andy Roddick", "Andy Roddick"),
    # a given name before: one person's whole name; a firm's name of given names stays
    ("Rafael Edward Cruz", "Rafael Edward Cruz"),
    ("Morgan Stanley Dean Witter", "Morgan Stanley Dean Witter"),
])
def test_a_name_starts_at_its_given_name(name, person):
    from quotebank.extract.speakers import _from_given_name
    assert _from_given_name(name) == person


@pytest.mark.parametrize("text, speaker, cue", [
    # a sentence that is only a person and a gesture gives the quotation after it its speaker
    ('Gwen Pritchard, 84, lives alone. Asked whether the compensation was enough, Ms Pritchard laughed. '
     '"What\'s 150 pounds going to do? I want my lights on."', "Gwen Pritchard", "laughed"),
    ('Gwen Pritchard, 84, lives alone. Ms. Pritchard shrugged. "I want my lights on."', "Gwen Pritchard", "shrugged"),
    ('John Smith spoke after the vote. Asked about the deal, he shook his head slowly. "It is over."',
     "John Smith", "shook his head"),
])
def test_a_gesture_before_the_quotation(text, speaker, cue):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, cue)


@pytest.mark.parametrize("text", [
    'The crowd laughed. "I want my lights on."',  # a group: no one in particular
    'John Smith spoke. I laughed. "I want my lights on."',  # the writer
    'John Smith spoke. It paused. "I want my lights on."',  # a thing
    'John Smith laughed and left. "I want my lights on."',  # more than a gesture: no attribution
])
def test_no_speaker_from_a_gesture_of_no_one(text):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == []


def test_he_after_a_kinsman_described_in_an_appositive():
    # "Her son, a farmer in Usk, said ...": the "he" that follows is the son, not a man named earlier
    text = ("Its chief meteorologist, Matthew Lehnert, said temperatures could fall.\n\nGwen Pritchard has been "
            "without heating since Saturday. Her son, a farmer in Usk, said the family had been told nothing. "
            '"They keep saying tomorrow, tomorrow," he said.')
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == ("Her son", "anonymous")


@pytest.mark.parametrize("text, speaker, kind", [
    # a name that opens with such an adjective and holds no given name is a body's
    ('Storm\n\nNational Grid said engineers were working "around the clock" to restore supplies.',
     "National Grid", "organization"),
    ("Chips\n\nWestern Digital said the redemption resulted in the issuance of new shares.", "Western Digital",
     "organization"),
    # not a person named after a nationality, nor an office
    ("Tennis\n\nAmerican Serena Williams said the crowd had been fantastic all week.", None, "person"),
])
def test_a_bodys_name_opening_with_an_adjective(text, speaker, kind):
    q, = extract_quotes(text)
    assert q.speaker_kind == kind
    if speaker:
        assert q.speaker == speaker


def test_she_is_no_body_named_with_an_adjective():
    # the sentence's subject before is a body's name: no antecedent for "she"
    text = ("United Technologies' board cut the bonus of its chief executive. Back in Indiana, bonuses are the "
            "last thing state Representative Karlee Macer wants to hear about. Her district includes the plant, "
            "she said.")
    q, = extract_quotes(text)
    assert q.speaker is None


@pytest.mark.parametrize("text, quotes", [
    # a story's subject before a headline's colon is no speaker, even when the story names it again
    ("Storm Darragh: thousands still without power as Met Office issues fresh warning\n\nMore than 40,000 homes "
     "were without power after Storm Darragh.", 0),
    ("Ukraine war: talks to resume in Geneva as allies meet\n\nThe Ukraine war has entered its fourth year.", 0),
    # a person's still is
    ("Starmer: we will not raise taxes on working people\n\nKeir Starmer spoke in Leeds.", 1),
])
def test_a_storys_subject_before_the_headlines_colon(text, quotes):
    assert len(extract_quotes(text)) == quotes


@pytest.mark.parametrize("text, speaker, kind", [
    # a possessive, a body's or a show's name, a role, then a person's name: the person
    ("Her Downton co-star Hugh Bonneville said she was a legend.", "Hugh Bonneville", "person"),
    ("His Arsenal teammate Bukayo Saka said he was a legend.", "Bukayo Saka", "person"),
    # without the name of a person after it, a description
    ("His Arsenal teammates said he was a legend.", "His Arsenal teammates", None),
])
def test_a_possessive_role_with_a_name_in_it_before_a_person(text, speaker, kind):
    q, = extract_quotes(text)
    assert q.speaker == speaker
    assert q.speaker_kind == kind if kind else q.speaker_kind != "person"


@pytest.mark.parametrize("text, speaker, kind", [
    # a capitalised article opening the sentence before a party and a role in capitals: a source, no name
    ('One MP, who did not want to be named, said: "We promised not to raise taxes."', "One MP", "anonymous"),
    ("A Tory MP said the plan was bad.", "A Tory MP", "anonymous"),
    ("Another MP said the plan was bad.", "Another MP", "anonymous"),
    # a person named after the role still is that person
    ("A Labour councillor, John Smith, said the plan was bad.", "John Smith", "person"),
    # a firm's name with "and" after the letter, and a name inside a sentence, stay names
    ("A and W Brands Inc said it would use the proceeds to repay its debt.", "A and W Brands Inc", "organization"),
])
def test_a_capitalised_article_before_a_role_in_capitals(text, speaker, kind):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speaker", [
    # a time or a circumstance before the comma, then the subject with its appositive: the subject
    ('Speaking after the hearing, a neighbour of the Hussein family, who gave his name only as Tariq, said: '
     '"The whole street is in mourning."', "a neighbour of the Hussein family"),
    ('After the hearing, the neighbour, who gave his name only as Tariq, said: "The whole street is in mourning."',
     "the neighbour"),
    ("Responding to the plans, the chairman of the Police Federation, which represents officers, said it was "
     "essential that independence was kept.", "the chairman of the Police Federation"),
    # a name after the circumstance with no comma between stays the subject
    ("During today's hearing Paul Gonson, a Washington lawyer, told Judge Knapp that the agency was concerned.",
     "Paul Gonson"),
])
def test_a_fronted_circumstance_is_no_subject(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("prefix, role, org", [
    # an honorific before "Justice" is a judge's title, no body
    ("Mrs Justice", "Mrs Justice", None),
    ("Lord Justice", "Lord Justice", None),
    # a court before it is the body
    ("Supreme Court Justice", "Justice", "Supreme Court"),
    # a possessive with an honorific still names whose role it is
    ("Mr. Obama's deputy national security adviser", "deputy national security adviser", "Mr. Obama"),
])
def test_a_judges_title_after_an_honorific(prefix, role, org):
    r, = parse_description(prefix)
    assert (r.role, r.organization) == (role, org)


def test_it_after_another_body_in_its_paragraph():
    # the quotation's "it" is the body that reported just before it in the paragraph, not one of
    # the paragraph before
    text = ("Lloyds of London told the Financial Times it expected its exposure to be limited.\n\n"
            "Allianz, a leading German insurer, said it did not know yet what its exposure would be. However, it "
            'said the tidal waves were unlikely to have a "significant" impact on its business.')
    q = extract_quotes(text)[-1]
    assert (q.kind, q.speaker_mention, q.speaker) == ("mixed", "it", "Allianz")


def test_it_stays_with_a_body_named_again_by_its_initials():
    # "the SEC said" after "the Securities and Exchange Commission": one body, whichever spoke last
    text = ("The Securities and Exchange Commission said the firm had manipulated the stock.\n\n"
            'The payment was made later, the SEC said. The payment was recorded as "other income," it said.')
    q = extract_quotes(text)[-1]
    assert (q.speaker_mention, q.speaker) == ("it", "The Securities and Exchange Commission")


@pytest.mark.parametrize("text, speaker", [
    # two firms the firm list knows, joined by "and": both speak
    ("Munich Re and Swiss Re, the world's two biggest reinsurers, have said exposure will be less.",
     "Munich Re and Swiss Re"),
    ("Goldman Sachs and Morgan Stanley said the deal was off.", "Goldman Sachs and Morgan Stanley"),
    # one the list does not know: the one it knows, as before
    ("Allianz and Swiss Re said exposure will be less.", "Swiss Re"),
    # a firm with a place in its name
    ("Lloyds of London told the Financial Times it expected its exposure to be limited.", "Lloyds of London"),
])
def test_two_known_firms_joined_by_and(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speakers", [
    # a brand written with a capital inside, opening the lead: what "it" and "the company" say
    ("SAN FRANCISCO, Dec 4 (Reuters) - OpenAI on Wednesday released a smaller model that it says costs a fifth "
     "as much to run.\n\nThe company said the model matched its larger sibling.", ["OpenAI", "OpenAI"]),
    ("OpenAI on Wednesday released a smaller model. It said the model costs a fifth as much to run.", ["OpenAI"]),
    # not a one-word name the article gives no sign of being a firm's
    ("Bellamy on Monday released a report. It said demand had slowed.", [None]),
])
def test_it_after_a_one_word_firm_opening_a_sentence(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


BOEING_LEAD = ("Boeing whistleblower speaks\n\nWASHINGTON (Reuters) - A Boeing quality engineer told a Senate "
               "subcommittee on Wednesday that he was threatened after raising safety concerns.\n\n"
               "Sam Salehpour, who has worked at Boeing for more than a decade, said gaps in the assembly could lead "
               "to premature fatigue.")


@pytest.mark.parametrize("text, speakers", [
    # the lead's indefinite source is the person whose name opens the next paragraph
    (BOEING_LEAD, ["Sam Salehpour", "Sam Salehpour"]),
    ("NEW YORK, March 9 - A top Treasury official said he does not expect reform until after the election.\n\n"
     'George Gould, Under Secretary of the Treasury, told a luncheon, "legislation is not going to happen."',
     ["George Gould", "George Gould"]),
    # a spokesman is named as one, not as the minister he speaks for
    ("BONN, March 3 - A spokesman for the Finance Ministry said the sale would go ahead.\n\n"
     "Finance Minister Gerhard Stoltenberg has said the sale would raise funds.",
     ["A spokesman for the Finance Ministry", "Gerhard Stoltenberg"]),
    # a document is no person
    ("MADRID, March 3 - A ministry statement said the price would rise.\n\n"
     "Fernando Santos Alvite told a television interviewer that it could rise further.",
     ["A ministry statement", "Fernando Santos Alvite"]),
    # genders that differ
    ("LONDON, March 3 - A senior businesswoman said the rules would hurt trade.\n\n"
     "John Medlin, president of First Wachovia, said the rules were sound.",
     ["A senior businesswoman", "John Medlin"]),
])
def test_the_leads_source_named_in_the_next_paragraph(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


def test_a_gesture_by_an_epithet_before_the_quotation():
    # "the Liverpool head coach smiled." gives the quotation after it its speaker: the head coach
    # named before (a modifier "head" before the role word, as "assistant", "interim")
    text = ('Arne Slot praised the team.\n\n"He is doing well," Slot told Sky Sports.\n\nAsked about the future, '
            'the Liverpool head coach smiled. "That is a question for the club, not for me."')
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_mention, q.cue) == ("Arne Slot", "the Liverpool head coach", "smiled")


def test_a_gesture_by_a_thing_gives_no_speaker():
    text = 'Arne Slot praised the team.\n\nThe company paused. "That is a question for the club."'
    assert [q for q in extract_quotes(text) if q.cue == "paused"] == []


@pytest.mark.parametrize("text, speaker, kind", [
    # a rating agency by its short name, news agencies and papers the outlet list knows
    ("NEW YORK, March 3 - Moody's said it may downgrade the bank's debt.", "Moody's", "organization"),
    ("BELGRADE, March 3 - Tanjug said over 19,000 products will be affected.", "Tanjug", "organization"),
    ("MOSCOW, March 3 - Pravda said the plan had failed.", "Pravda", "organization"),
    # traders' plurals, capitalised at the sentence's start: people
    ("Arbitragers speculated another overnight messenger service might bid.", "Arbitragers", "group"),
    # a surname ending in -ers stays a person
    ("Rogers speculated another overnight messenger service might bid.", "Rogers", "person"),
])
def test_agencies_outlets_and_plural_trades(text, speaker, kind):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_they_after_a_plural_trade():
    text = ("Rain fell in Buenos Aires.\n\nGrowers said it was still too early to tell whether the rains had "
            "damaged crops, though they said maize and sunflower crops may have suffered.")
    assert [q.speaker for q in extract_quotes(text)] == ["Growers", "Growers"]


@pytest.mark.parametrize("text, speaker", [
    # where a person works or comes from, before the name, is no part of it
    ("Texas-based Matt Mackowiak said the plan would fail.", "Matt Mackowiak"),
    ("South Korean-born Monte Haines said the plan was good.", "Monte Haines"),
    ("MSNBC's Ayman Mohyeldin said the talks had stalled.", "Ayman Mohyeldin"),
    ("Britain's Rod Stewart said the tour was off.", "Rod Stewart"),
    # a firm's own possessive, or a word alone after one, stays
    ("Dreyer's Grand Ice Cream said sales rose.", "Dreyer's Grand Ice Cream"),
    ("Lloyd's Register said the ship was sound.", "Lloyd's Register"),
])
def test_an_owner_or_origin_before_a_persons_name(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker, kind", [
    # a name, no comma, then the subject with its article: the subject
    ("In a letter to Treasury Secretary James Baker the group said sanctions should be imposed.", "the group",
     "anonymous"),
    # a share keeps the word before it
    ("Almost a quarter said they would vote for him.", "Almost a quarter", None),
    # a brand that opens with a digit
    ("Proceeds will be added to working capital, 3Com said.", "3Com", "organization"),
])
def test_a_subject_after_a_name_and_a_brand_with_a_digit(text, speaker, kind):
    q, = extract_quotes(text)
    assert q.speaker == speaker
    if kind:
        assert q.speaker_kind == kind


@pytest.mark.parametrize("text", [
    # "thousands of" people opening a sentence are who "they" are in it and the next
    "Thousands of farmers drove tractors into London to protest against the changes, which they say will force "
    "families to sell land.",
    "Thousands of farmers drove tractors into London. They say the changes will force families to sell land.",
])
def test_they_after_thousands_of_people(text):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind) == ("Thousands of farmers", "group")


@pytest.mark.parametrize("prefix, role, place", [
    # a title with "-elect" after it is that title, elected and not yet in office
    ("President-elect", "President-elect", None),
    ("Brazilian President-elect", "President-elect", "Brazilian"),
    ("chairman-elect", "chairman-elect", None),
])
def test_a_title_elect(prefix, role, place):
    r, = parse_title(prefix)
    assert (r.role.lower(), r.place) == (role.lower(), place)


def test_not_elect_alone():
    # "-elect" after no title names no role
    assert parse_title("widely-elect") == []


@pytest.mark.parametrize("text, speaker", [
    # "one of them" after a counted group that spoke: one of that group, by its words
    ("Two defense officials, speaking on condition of anonymity, said senior officers had been caught off guard. "
     'One of them said the choice had "sent shock waves" through the building.', "One of the defense officials"),
    # with no group before, as written
    ('One of them said the choice had "sent shock waves" through the building.', "One of them"),
])
def test_one_of_them_after_a_counted_group(text, speaker):
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker


@pytest.mark.parametrize("text, org", [
    # the head of the central bank the story opens with, by the bank's titles
    ('Fed holds rates steady\n\nThe Federal Reserve held interest rates steady on Wednesday.\n\n"We are well '
     'positioned to wait," Chair Jerome Powell told reporters.', "Federal Reserve"),
    ('LONDON (Reuters) - The Bank of England held interest rates steady on Thursday.\n\n"We are well positioned '
     'to wait," Governor Andrew Bailey told reporters.', "Bank of England"),
    # not a head of state, nor when the story opens with something else
    ('The Federal Reserve held interest rates steady on Wednesday.\n\n"We are well positioned to wait," '
     'President Joe Biden told reporters.', None),
    ('Stocks rose on Wednesday.\n\n"We are well positioned to wait," Governor Gavin Newsom told reporters.', None),
])
def test_the_head_of_the_central_bank_the_story_opens_with(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles] == [org]


@pytest.mark.parametrize("text, speaker, report", [
    # a person by role, after a fronted adverb, who did something else first "but said" a clause
    ("There, the district GOP Chairman Chuck Williams declined to name the three delegates but said one was an "
     "avowed Trump supporter.", "Chuck Williams", "one was an avowed Trump supporter"),
    ("There, the chairman declined to name the delegates but said the first was an avowed Trump supporter.",
     "the chairman", "the first was an avowed Trump supporter"),
])
def test_but_said_after_a_fronted_adverb_and_a_role(text, speaker, report):
    q, = extract_quotes(text)
    assert (q.speaker, text[q.content_start:q.content_end]) == (speaker, report)


def test_no_role_subject_from_an_appositive_after_a_name():
    # "John Cordisco, the Democratic chairman of ..., referenced ..., recalling": the name's, not the appositive's
    text = ("John Cordisco, the Democratic chairman of Bucks County, referenced his ties to the Clintons, recalling "
            "details of a visit Bill Clinton made to the area in 2006.")
    assert [q.speaker for q in extract_quotes(text)] in ([], ["John Cordisco"])


@pytest.mark.parametrize("text, kind, content", [
    # a reported clause, a colon, then the quotation: one mixed quotation (as PolNeAR annotates it)
    ('Smith said the plan would fail: "It is doomed."', "mixed", 'the plan would fail: "It is doomed."'),
    ('Another minister says she was told: "Who have you been sleeping with?"', "mixed",
     'she was told: "Who have you been sleeping with?"'),
    # no clause before the colon: direct
    ('He told reporters on Monday at the White House: "I have a lot going on."', "direct", "I have a lot going on."),
    ('Smith said: "It is doomed."', "direct", "It is doomed."),
    # a participle brings in the quotation
    ('He insisted there was no plan for an invasion, saying: "Sometimes people say so."', "direct",
     "Sometimes people say so."),
])
def test_a_reported_clause_then_a_colon_and_a_quotation(text, kind, content):
    q = [q for q in extract_quotes(text) if q.kind != "indirect"][-1]
    assert (q.kind, text[q.content_start:q.content_end]) == (kind, content)


@pytest.mark.parametrize("text, speaker, report", [
    # a court's ruling, with its "that", is its report (after a vote's tally or "unanimously" too)
    ("The Supreme Court ruled 6-3 that the law was unconstitutional.", "The Supreme Court",
     "that the law was unconstitutional"),
    ("The appeals court ruled unanimously that the practices could remove eligible voters.", "The appeals court",
     "that the practices could remove eligible voters"),
])
def test_ruled_that(text, speaker, report):
    q, = extract_quotes(text)
    assert (q.speaker, text[q.content_start:q.content_end]) == (speaker, report)


@pytest.mark.parametrize("text, reports", [
    # "ruled out" is no ruling, nor does it end the report before it
    ("He ruled out a tax rise, but said the budget would be tight.", ["the budget would be tight"]),
    ("Henderson said that more acquisitions may be made this year but he ruled out a big purchase.",
     ["that more acquisitions may be made this year but he ruled out a big purchase"]),
    # "rule" and "ruling" are no cues: "will rule on", "the ruling party"
    ("Leo Melamed said directors will rule on the petition on Wednesday.",
     ["directors will rule on the petition on Wednesday"]),
    ("An official of the ruling party said the plans were on hold.", ["the plans were on hold"]),
])
def test_no_ruling_from_ruled_out_rule_or_ruling(text, reports):
    assert [text[q.content_start:q.content_end] for q in extract_quotes(text)] == reports


def test_its_after_a_brand_named_body():
    # "its" after a one-word body written as a brand ("NetChoice") is that body's
    text = ("NetChoice, a trade group whose members include Meta and Google, brought the lawsuit. Chris Marchese, its "
            'litigation director, called the ruling "a victory for free speech online".')
    q, = extract_quotes(text)
    assert (q.speaker, [r["organization"] for r in q.speaker_roles]) == ("Chris Marchese", ["NetChoice"])


@pytest.mark.parametrize("text, speaker", [
    # "the firm"/"the company" with no company spoken before: the name described as one in an appositive
    ("SYDNEY (Reuters) - Hackers have stolen the details of up to 10 million customers of Optus, Australia's "
     "second-largest telecoms company, the firm said on Thursday.", "Optus"),
    ("Shares in Cairn Energy, a UK oil firm, have closed down 18%.\n\nThe company said tests had shown no "
     "significant finds.", "Cairn Energy"),
    # not a person described as working at one
    ("John Smith, a lawyer at the firm, left. The company said it was sad.", "The company"),
])
def test_the_company_described_in_an_appositive(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


def test_a_surname_after_a_full_name_with_accents():
    # "François Bayrou" named in full (an accented given name), then "Bayrou"
    text = "Macron on Friday named centrist ally François Bayrou as prime minister.\n\nBayrou told reporters that he was ready."
    q, = extract_quotes(text)
    assert q.speaker == "François Bayrou"


@pytest.mark.parametrize("text, org", [
    # "its" after "The ADJECTIVE NAME party" opening the sentence before
    ("The leftist France Unbowed party was less conciliatory. Its coordinator, Manuel Bompard, said the party "
     'would table a motion "as soon as possible".', "France Unbowed"),
    # not a body the sentence's subject dealt with
    ("Voters backed the leftist France Unbowed party. Its coordinator, Manuel Bompard, said the party would table "
     'a motion "as soon as possible".', None),
])
def test_its_after_an_adjective_before_a_bodys_name(text, org):
    q, = extract_quotes(text)
    assert [r["organization"] for r in q.speaker_roles if r["role"]] == [org]


@pytest.mark.parametrize("text, speaker", [
    # a body's numbered branch is part of its name, and a body's
    ("The International Association of Machinists and Aerospace Workers (IAM) District 751 said 59% of members "
     "voted in favour.", "International Association of Machinists and Aerospace Workers (IAM) District 751"),
    ("Teamsters Local 727 said the strike would go on.", "Teamsters Local 727"),
])
def test_a_bodys_numbered_branch(text, speaker):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind) == (speaker, "organization")


def test_a_unions_branch_is_no_company():
    text = ("Chicago, March 16 - The United Food and Commercial Workers union, Local 222 said its members voted to "
            "strike.\n\nThe company said it submitted its latest offer to the union.")
    assert extract_quotes(text)[-1].speaker != "Local 222"


@pytest.mark.parametrize("text, speaker", [
    # "the club" after a team written with a plural verb, as the British press writes one
    ("Liverpool agree deal\n\nLiverpool have agreed a British record fee with Bayer Leverkusen for Florian Wirtz. "
     'In a statement, the club said it was "delighted" to have reached an agreement.', "Liverpool"),
    # not a body of people: "Police have ..."
    ("Police have arrested two men. In a statement, the club said it was \"shocked\" by the arrests.", "the club"),
])
def test_the_club_after_a_team_with_a_plural_verb(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # after a fronted phrase, a person by a noun for people and a verb in the past: the participle's subject
    ('In three separate interviews, the justice sounded off on Trump, saying she didn\'t "want to contemplate" '
     "the effects.", "the justice"),
    ("In three separate interviews, the economist criticised the plan, saying it would fail.", "the economist"),
])
def test_participle_after_a_person_by_noun_behind_a_fronted_phrase(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("clause, subject", [
    ("In three separate interviews, the justice sounded off on Trump, saying", "the justice"),
    # a noun for no person, or no verb in the past after it: no subject by this rule
    ("In three separate interviews, the mood soured, saying", None),
    ("In three separate interviews, the justice system remains, saying", None),
])
def test_clause_subject_a_person_by_noun(clause, subject):
    from quotebank.extract.clauses import clause_subject

    men = clause_subject(clause, 0, clause.rindex(" saying"))
    assert (men.text if men else None) == subject


@pytest.mark.parametrize("text, speaker", [
    # "as" and a person's full name, an aside, then the verb: that person speaks
    ("The bickering began even before he left, as Enrique Pena Nieto, contradicting Trump, said he had told Trump "
     "that Mexico would not pay for a wall.", "Enrique Pena Nieto"),
    ("Or, as Tom Ridge, a former secretary of homeland security, put it: \"The barbarians are no longer at the "
     "gate.\"", "Tom Ridge"),
    # a capacity after "as", or a clause of its own: the name before speaks
    ("Jane Roe, as chairman of the panel, said the report would be published.", "Jane Roe"),
    ("John Smith, as Mary Jones had urged, said he would sign.", "John Smith"),
])
def test_as_and_a_full_name_opens_a_clause(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "As X, an appositive in commas, put it ..., '...'": the person named speaks, not the object of a
    # participle in between
    ("As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees explaining the deal, "
     "\"Imagine a world where we're no longer looking up at tech titans.\"", "Jeff Weiner"),
    ("As one analyst put it, \"This is a mess.\"", "one analyst"),
])
def test_as_x_put_it_across_an_appositive(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, not_speaker", [
    # what a participle takes after it is its object or whom it addresses, never the speaker
    ("\"It is time,\" said Joe Biden, urging those calling for Sanders' withdrawal to \"give him time.\"",
     "those calling for Sanders' withdrawal to"),
    ("Trump has had choice words for future debate moderators, telling O'Reilly that \"I'm not okay with "
     "Anderson Cooper.\"", "O'Reilly"),
])
def test_a_participles_object_is_no_speaker(text, not_speaker):
    assert not_speaker not in {q.speaker for q in extract_quotes(text)}


def test_a_pronoun_after_while_saying_still_speaks():
    text = ("Robert Jackson defected on Saturday. While saying he admired Mr Blair's \"courageous\" leadership, he "
            "bitterly criticised the Conservatives.")
    assert [q.speaker for q in extract_quotes(text) if q.cue == "saying"] == ["Robert Jackson"]


@pytest.mark.parametrize("text, speaker", [
    # a name in commas inside a "whose" relative is the relative's own appositive, not the speaker
    ("Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump "
     "was a candidate very much in the spirit of Silicon Valley.", "Slinker"),
    ("John Smith, whose brother, Tom, is a senator, said the tariffs would hurt.", "John Smith"),
    ("Jane Roe, whose company makes widgets, said the tariffs would hurt.", "Jane Roe"),
    # (and a name in commas after an appositive that is no relative still speaks)
    ("Her lawyer, Tom Hart, said the tariffs would hurt.", "Tom Hart"),
])
def test_an_appositive_inside_a_whose_relative(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a town's state is no speaker: right before the cue with no comma after it
    ("Stacy Baker of Columbia, South Carolina says she really thinks Cruz can pull off a win.", "Stacy Baker"),
    ("An investor group led by Robert Bass of Fort Worth, Texas said it owns 786,800 shares.", "Robert Bass"),
    # nor in commas before the noun it qualifies
    ("Roland International Corp, a Coconut Grove, Fla., real estate development company, said it cut its stake.",
     "Roland International Corp"),
    ("James Stuckert, a Louisville, Ky., businessman, told the Securities and Exchange Commission he has acquired "
     "380,000 shares.", "James Stuckert"),
    # (a fronted place with its state: the subject after it)
    ("Since the first drug tunnel was discovered in 1990 in Douglas, Ariz., border officials say they have found "
     "nearly 200 more.", "border officials"),
    # (and a state that speaks after another place, no town before it, is the state)
    ("Unlike Michigan, Ohio said it would appeal.", "Ohio"),
    # an "and" between capitals inside an appositive is a firm's name, no second subject
    ("Gary Chapmann, a cash livestock trader for Chapmann and Graham in Sioux City, Iowa said he believed the trend "
     "is to lighter weight placements.", "Gary Chapmann"),
])
def test_a_towns_state_is_no_speaker(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a list of places after "in", "from", "of" qualifies the people before it
    ("Officials in Mexico, Guatemala and Ecuador said a continued rise in prices would stimulate production.",
     "Officials in Mexico, Guatemala and Ecuador"),
    ("Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed.",
     "Most Republican voters in Alabama, Georgia and Virginia"),
    ("Diplomats from France and Germany said the talks would resume.", "Diplomats from France and Germany"),
    # (one place: as before)
    ("Officials in Mexico said prices would rise.", "Officials in Mexico"),
])
def test_a_list_of_places_qualifies_the_people_before_it(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # two countries that open the phrase speak together
    ("France and Germany said the talks would resume.", "France and Germany"),
    ("The United States and China said they had reached a deal.", "The United States and China"),
    ("In a statement, Russia and Ukraine said they would swap prisoners.", "Russia and Ukraine"),
    # not the end of a longer list (as before: the last one named), nor a preposition's objects
    ("On February 22, the United States, Japan, West Germany, France, Britain and Canada agreed that currencies "
     "were stable.", "Canada"),
    ("Trade between Britain and France, officials said, would rise.", "officials"),
])
def test_two_countries_speak_together(text, speaker):
    assert {q.speaker for q in extract_quotes(text)} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # a phrase of time or place opens the sentence with no comma: the name before the cue speaks
    ("During his 49 minute speech Mr Brown told MPs he had defied the pundits.", "Brown"),
    ("After the vote Dr Jane Roe told reporters the count was fair.", "Jane Roe"),
    ("Gordon Brown spoke. In a speech Mr Brown said growth was strong.", "Gordon Brown"),
    # a period "for the year ended ..." is the document's, no subject of its own
    ("The white paper on agriculture for the year ended March 31 said farm trade rules were vital.",
     "The white paper on agriculture for the year ended March 31"),
    ("The company's report for the quarter ended March 31 said sales rose.",
     "The company's report for the quarter ended March 31"),
])
def test_fronted_phrases_and_periods_are_no_speakers(text, speaker):
    assert {q.speaker for q in extract_quotes(text) if q.cue in ("said", "told")} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # "N in 10 X" is one share of people: its whole phrase speaks
    ("Nine in 10 Democratic registered voters say they think she could win a general election.",
     "Nine in 10 Democratic registered voters"),
    ("Nearly eight in 10 Democratic voters overall said they have made up their mind.",
     "Nearly eight in 10 Democratic voters overall"),
    # (a count of places is no share: "Voters in 10 states")
    ("Voters in 10 states said they were angry.", "Voters in 10 states"),
])
def test_a_share_of_n_in_10(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "credit" is a noun unless someone is credited with or for something
    ("Mario Brodersohn spoke. He said Argentina was seeking 2.15 billion dlrs credit to meet the targets, adding "
     "that the banks' attitude had improved.", "Mario Brodersohn"),
    ("Analysts credit the plan with saving \"thousands of jobs.\"", "Analysts"),
])
def test_credit_as_a_noun_is_no_cue(text, speaker):
    assert {q.speaker for q in extract_quotes(text)} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # a body of two places after the cue, as before it (0.6.608): one name
    ("Two men were arrested on Friday night, according to Avon and Somerset Police.", "Avon and Somerset Police"),
    ("The plan for the tower was approved on Monday, said Kensington and Chelsea Council.",
     "Kensington and Chelsea Council"),
    ("Prices rose sharply in March, according to Devon and Cornwall Police.", "Devon and Cornwall Police"),
])
def test_a_body_of_two_places_after_the_cue(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_two_places_without_a_bodys_head_are_no_body():
    q, = extract_quotes("The plan for the tower was approved on Monday, according to Westminster and Chelsea residents.")
    assert not q.speaker.startswith("Westminster and Chelsea")


@pytest.mark.parametrize("text, speaker", [
    # people named before, by their number, speak together
    ("Three men were charged on Monday. The three said they would appeal the ruling.", "The three"),
    ("Tom Hart and Jane Roe were charged. But both said they would appeal.", "both"),
])
def test_people_by_their_number(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_number_after_a_preposition_is_no_speaker():
    quotes = extract_quotes("Trump and Ryan met. The statement by the two suggested both are invested in unity.")
    assert "the two" not in {q.speaker for q in quotes}


def test_both_after_its_subject_is_no_speaker():
    quotes = extract_quotes("The player himself and his captain Jason Robinson have both said that the clash was "
                            "accidental.")
    assert "both" not in {q.speaker for q in quotes}


def test_a_counted_group_is_no_later_we():
    text = ("The two admit that instituting these goals will not be easy.\n\nTWITTER.\n\nWe asked what our "
            "followers thought about the win.")
    assert [q.speaker for q in extract_quotes(text) if q.cue == "asked"] in ([], [None])


@pytest.mark.parametrize("text, speaker", [
    # a person by a role or a noun for people, then a colon and a quotation
    ('Climate scientist: "We have run out of time"\n\nThe ice is melting faster than forecast.', "Climate scientist"),
    ('The polls opened at seven.\n\nOne voter: "I will not vote for either of them."', "One voter"),
])
def test_a_person_by_a_noun_before_a_colon(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # a thing before the colon, or an inverted cue: no speaker by this rule
    'The question: "Who pays?"',
    'Commented another diplomat: "It is over."',
])
def test_a_thing_or_a_cue_before_a_colon_is_no_described_speaker(text):
    assert not [q for q in extract_quotes(text) if q.speaker and q.speaker.split()[0] in ("The", "Commented")]


@pytest.mark.parametrize("text, org", [
    # a one-word name that did something, then "Its" opening the next sentence: the body's
    ("Ticketmaster apologised on Monday. Its chief executive, Michael Rapino, said the fault had been fixed.",
     "Ticketmaster"),
    # not a country ("Britain ... its prime minister": as before), nor a person named before
    ("Britain apologised on Monday. Its prime minister, Keir Starmer, said the fault had been fixed.", None),
    ("Jane Rapp runs the firm. Rapp apologised on Monday. Its chief executive, Tom Hart, said the fault had been "
     "fixed.", None),
])
def test_its_after_a_one_word_body(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles if r["role"]] == [org]


@pytest.mark.parametrize("text, speaker", [
    # "the charity" after a charity named only in a speaker's role: that charity
    ("Dementia drug hailed\n\n\"This is a breakthrough,\" said Kate Lee, chief executive of the Alzheimer's Society."
     "\n\nThe charity says around 900,000 people in the UK live with dementia.", "Alzheimer's Society"),
    # no charity named by a charity's word: as written (not "the Band Aid 20 single")
    ("Charity single\n\nRead said the song was a slow ballad, unlike the Band Aid 20 single. Read said all the funds "
     "would go to the DEC.\n\nThe charity welcomed the news and said money raised would help its agencies.",
     "The charity"),
])
def test_the_charity_named_in_a_role(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a role in lower case after a fronted phrase, then a name: the antecedent of the next "he"
    ('"We are working hard," said Matt Kent, the regional director.\n\nIn Monmouthshire, farmer Gwyn Price said he '
     'had lost three barns. "I\'ve never seen anything like it," he told the BBC.', "Gwyn Price"),
    ("Mr Myers has pleaded guilty.\n\nOn Monday, defence lawyer Reid Weingarten tried to distance his client from "
     "the allegations. During cross examination, he asked Mr Myers if he ever knew Mr Ebbers to \"make an "
     "accounting decision\".", "Reid Weingarten"),
])
def test_a_role_after_a_fronted_phrase_names_the_next_he(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_nationality_after_a_fronted_phrase_is_no_antecedent():
    text = ("Trevor Manuel spoke first.\n\nOn Friday night, former South African president Nelson Mandela backed the "
            "plan when he urged the finance chiefs to write off African debt.")
    assert extract_quotes(text)[-1].speaker != "South African"


@pytest.mark.parametrize("text, org", [
    # a body named after its kind opening the sentence before "Its": that body's
    ("Consumer group BEUC called the decision \"a big win for consumers\". Its director general, Monique Goyens, said "
     "users had paid too much for years.", "BEUC"),
    # (the sentence before ends inside a quotation too)
    ("Consumer group BEUC called the decision \"a big win for consumers.\" Its director general, Monique Goyens, said "
     "users had paid too much for years.", "BEUC"),
    # not a body two sentences back
    ("Consumer group BEUC called the decision a win. Prices fell in March. Its director general, Monique Goyens, "
     "said users had paid too much for years.", None),
])
def test_its_after_a_body_named_after_its_kind(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles if r["role"]] == [org]


@pytest.mark.parametrize("description, role, org", [
    # a portfolio before "chief" is an office, no body
    ("Competition chief", "Competition chief", None),
    ("Planning chief", "Planning chief", None),
    # a body, or a party, stays the body
    ("Acme chief", "chief", "Acme"),
    ("Labour election chief", "election chief", "Labour"),
    ("Labour chief", "chief", "Labour"),
])
def test_a_portfolio_before_chief_is_an_office(description, role, org):
    assert [(r.role, r.organization) for r in parse_description(description)] == [(role, org)]


@pytest.mark.parametrize("text, speaker, content", [
    # "what X called '...'": X names it, the object being "what"
    ("The trial exposed what prosecutors called \"a pay-to-play machine\" at City Hall.", "prosecutors",
     "\"a pay-to-play machine\" at City Hall"),
    # the name given ends before the main clause's verb; a noun phrase going on reads on
    ("The battle over whether the school is what former employees have called a \"fraudulent scheme\" took an even "
     "uglier turn.", "former employees", "a \"fraudulent scheme\""),
    ("Barack Obama spoke. The president denounced what he called the \"deeply pessimistic\" vision of America.",
     "Barack Obama", "the \"deeply pessimistic\" vision of America"),
])
def test_what_x_called(text, speaker, content):
    q, = [q for q in extract_quotes(text) if q.cue == "called"]
    assert (q.speaker, text[q.content_start:q.content_end]) == (speaker, content)


def test_a_thing_called_is_still_no_quotation():
    assert not extract_quotes("They use a technique called \"spear phishing\" to steal passwords.")


@pytest.mark.parametrize("description, role", [
    # a common noun that is also a title keeps its case
    ("His attorney", "attorney"),
    ("Trump's attorney", "attorney"),
    ("her secretary", "secretary"),
    # the titles stay titles
    ("Attorney General", "Attorney General"),
    ("U.S. Attorney", "Attorney"),
    ("Home Secretary", "Home Secretary"),
])
def test_a_common_noun_title_keeps_its_case(description, role):
    assert [r.role for r in parse_description(description)] == [role]


@pytest.mark.parametrize("text, speaker", [
    # a body's role and a name after a fronted phrase of time: the next "he" is that person's
    ("Murray Auchincloss has promised to cut costs.\n\nLast month, Shell chief executive Wael Sawan told investors "
     "the priority was buybacks. \"We don't need to do M&A,\" he said at the time.", "Wael Sawan"),
    ("Bernie Sanders won.\n\nIn a memo released as polls closed, Clinton campaign manager Robby Mook acknowledged "
     "the split, which is an outcome, he said, \"we've long anticipated.\"", "Robby Mook"),
    # not a person doing something to another
    ("Corbett spoke first.\n\nIn an interview in January, Victoria Wood slated comedian Sacha Baron Cohen for his "
     "humour.\n\n\"It's a shame people can't just write a script,\" she said.", "Victoria Wood"),
])
def test_a_bodys_role_after_a_fronted_phrase_names_the_next_he(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, org", [
    # an acronym, or a possessive with its noun and verb, opening the sentence before "Its"
    ("BP's shares rose 4% in early trading. Its chief executive, Murray Auchincloss, said costs would fall.", "BP"),
    ("IBM reported higher profits. Its chief executive, Arvind Krishna, said demand was strong.", "IBM"),
])
def test_its_after_an_acronym_or_an_owner(text, org):
    q = extract_quotes(text)[-1]
    assert [r["organization"] for r in q.speaker_roles if r["role"]] == [org]


@pytest.mark.parametrize("text, speaker", [
    # a person named as a source or a concern opening the sentence is the next "he"
    ('"We are working hard," said Matt Kent, the regional director.\n\nAccording to Gwyn Price, the storm destroyed '
     'three barns. "I have never seen anything like it," he told the BBC.', "Gwyn Price"),
    ('"It is much more akin to wandering through the gallery," said Jemima Rellie. For Richard Tateson, who worked '
     'on the project, the need grew out of frustration. "I went to an online store," he said.', "Richard Tateson"),
    # not a body
    ('"We are working hard," said Matt Kent, the regional director.\n\nFor General Motors, the storm was a '
     'disaster. "I have never seen anything like it," he told the BBC.', "Matt Kent"),
])
def test_a_source_opening_the_sentence_is_the_next_he(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # an owner's possessive before a name is no part of the person's full name
    ("Henman drew Saulnier, while world number one Roger Federer faces Fabrice Santoro.\n\nSwitzerland's Federer, "
     "seeded one, is the favourite. \"It's a tricky match,\" Federer said.", "Roger Federer"),
    ("Clinton gains support\n\nMayor Marty Walsh has ties to Joe Biden. But on Sunday Boston's Walsh endorsed "
     "Clinton. \"We need someone who is battle tested,\" Walsh said.", "Marty Walsh"),
])
def test_an_owner_before_a_name_is_no_part_of_it(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("headline", [
    # a headline's surname with an owner or a title before it: the person the story names in full below
    "Fed's Waller says rate cuts still likely",
    "Fed Governor Waller says rate cuts still likely",
    "Waller says rate cuts still likely",
])
def test_a_headlines_surname_with_an_owner_or_title(headline):
    text = (headline + "\n\nWASHINGTON (Reuters) - Federal Reserve Governor Christopher Waller said on Thursday he "
            "still expects the central bank to cut rates.")
    assert extract_quotes(text)[0].speaker == "Christopher Waller"


@pytest.mark.parametrize("text, speaker", [
    # a span of time between the subject and its cue, or opening the sentence, is no part of the subject
    ("Carly Fiorina spoke. When Fiorina a month later announced 6,000 layoffs, staff were stunned.", "Carly Fiorina"),
    ("Two days later the company said profits had doubled.", "the company"),
    ("A week ago Volkswagen AG said it may have lost 480 mln marks.", "Volkswagen AG"),
    ("Less than two months later VW announced a sharp fall in interim profits.", "VW"),
])
def test_a_span_of_time_is_no_part_of_the_subject(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a long post with a place after the name, no verb in it: the named person speaks
    ("Chen Zuyuan, Communist Party secretary of a village in the eastern province of Zhejiang, said the government "
     "listened too much to the demands of \"selfish city people\".", "Chen Zuyuan"),
    # an inverted speaker's firm ends its sentence: the next quotation is the same speaker's
    ("\"The wash-out was far greater,\" said Bill Sullivan of Dean Witter Reynolds Inc. \"The economy has a "
     "weakening bent to it.\"", "Bill Sullivan"),
    ("\"I am very positive on GM,\" said Jack Kirnan of Kidder Peabody and Co. \"They are clearly committed to "
     "enhancing shareholder value.\"", "Jack Kirnan"),
])
def test_posts_and_firms_around_the_speakers_name(text, speaker):
    assert {q.speaker for q in extract_quotes(text)} == {speaker}


def test_a_clause_after_the_cue_is_no_inverted_speaker():
    text = ("Some officials argue otherwise. Mr Chen, who runs a village, said the government listened too much to "
            "the demands of \"selfish city people\" and could raise prices.")
    assert "the government listened too much" not in {q.speaker for q in extract_quotes(text)}


def test_the_firm_after_an_inverted_speaker_is_no_content():
    text = ("\"I am very positive on GM,\" said Jack Kirnan of Kidder Peabody and Co. \"They are clearly committed to "
            "enhancing shareholder value.\"")
    assert [q.kind for q in extract_quotes(text)] == ["direct", "direct"]


def test_an_owners_adjective_and_noun_is_no_verb():
    # "Papandreou's renewed offer": a noun after an owner's adjective, no verb "offer" whose subject
    # would be the words before it
    text = ("Turkish Prime Minister Turgut Ozal spoke to reporters. He did not say whether he was taking up "
            "Papandreou's renewed offer to go to the International Court of Justice but said such a move was not the "
            "only way to a solution.")
    assert [q.speaker for q in extract_quotes(text) if q.cue == "said"] == ["Turgut Ozal"]


@pytest.mark.parametrize("text, not_speaker, speaker", [
    # a relative pronoun before an aside ends the subject scan: the antecedent, not the clause before it
    ("But Mr. Sanders showed no sign of backing down, releasing a statement that, while condemning violence, accused "
     "the leadership of using \"its power to prevent a fair process.\"", "Mr. Sanders showed no sign of backing down",
     "a statement"),
    # (a relative alone between commas: the name before it, as before)
    ("Then there was the host Charlie Sykes, who, in an interview, lamented that \"we have spent 20 years demonizing "
     "the media.\"", None, "Charlie Sykes"),
])
def test_a_relative_before_an_aside(text, not_speaker, speaker):
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers == [speaker] and not_speaker not in speakers


@pytest.mark.parametrize("text", [
    # an appositive with no closing comma after a titled name, with or without a party tag
    "Friday on CNN, Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton's 2016 bid for the presidency "
    "told host Chris Cuomo she believed that Clinton would release a transcript.",
    "Sen. Kristen Gillibrand, a supporter of Hillary Clinton's bid for the presidency told host Chris Cuomo she "
    "believed that Clinton would release a transcript.",
])
def test_an_unclosed_appositive_after_a_titled_name(text):
    assert [q.speaker for q in extract_quotes(text)] == ["Kristen Gillibrand"]


@pytest.mark.parametrize("text, n", [
    # "wherever she went" is where she went, no saying
    ("Hillary Clinton used a private server. She took her BlackBerry everywhere she went, \"sending and receiving "
     "work-related emails in the territory of sophisticated adversaries.\"", 0),
    # (but "he goes," as speech, stays)
    ("And then he goes, \"I'm not doing that.\"", 1),
])
def test_where_someone_went_is_no_cue(text, n):
    assert len([q for q in extract_quotes(text) if q.cue in ("went", "goes")]) == n


def test_a_cue_noun_after_an_article_an_adverb_and_an_adjective():
    # "a personally signed tweet": a noun, no verb "tweet" whose subject would speak
    text = ("Hillary Clinton reacted. Clinton began Sunday with a personally signed tweet that drew no conclusions "
            "about the incident. \"Woke up to hear the devastating news,\" she wrote.")
    assert [q.speaker for q in extract_quotes(text)] == ["Hillary Clinton"]


@pytest.mark.parametrize("text, speaker", [
    # "the people" after "two people familiar with the matter": the same sources
    ("Nvidia is developing a chip, according to two people familiar with the matter.\n\nThe chip would be less "
     "powerful, the people said.", "two people familiar with the matter"),
    ("Three sources said talks had stalled.\n\nThe deal is off, the sources said.", "Three sources"),
    # not another head
    ("Three officials said talks had stalled.\n\nThe deal is off, the sources said.", "the sources"),
])
def test_a_definite_group_after_a_counted_one(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a body's name with "and" inside it, its head word plural ("Centers for ...") or two adjectives
    # either side of "and"
    ("The Centers for Disease Control and Prevention said the virus was spreading.",
     "Centers for Disease Control and Prevention"),
    ("Officials at the Centers for Disease Control and Prevention said the virus was spreading.",
     "Officials at the Centers for Disease Control and Prevention"),
    ("The Centers for Medicare and Medicaid Services said the rule would change.",
     "Centers for Medicare and Medicaid Services"),
    ("The National Oceanic and Atmospheric Administration said the storm would strengthen.",
     "The National Oceanic and Atmospheric Administration"),
    ("Smith and Wesson said sales rose.", "Smith and Wesson"),
    # the person of such a body, not the body
    ("Frank Smith of the Securities and Exchange Commission said funding would rise.", "Frank Smith"),
    ("Dr. Anne Schuchat of the Centers for Disease Control and Prevention said the virus was spreading.",
     "Anne Schuchat"),
    ("Frank Smith of the Medical and Dental Association said fees would rise.", "Frank Smith"),
    # (not two people, nor a person and a body: the "and" still parts them)
    ("Obama and Federal Reserve officials said rates would rise.", "Federal Reserve officials"),
    ("Eric and Atlantic Council officials said rates would rise.", "Atlantic Council officials"),
])
def test_a_body_named_with_and(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, org", [
    ('"It is worse," said Tom Frieden of the Centers for Disease Control and Prevention.',
     "Centers for Disease Control and Prevention"),
    ('"It is worse," said Tom Frieden of the National Institutes of Health.', "National Institutes of Health"),
    # (a plural that is no body's word: no body)
    ('"It is worse," said Tom Frieden of Acme Widgets.', None),
])
def test_a_plural_body_word_after_a_name(text, org):
    from quotebank.extract.output import extract_record
    (q,) = extract_record("d", text)["quotes"]
    assert q["speaker"] == "Tom Frieden"
    assert [r["organization"] for r in q["speaker_roles"]] == ([org] if org else [])


@pytest.mark.parametrize("text, n", [
    # a participle after "so"/"too" (and an adverb) is an adjective of degree, its "that" a result clause
    ("The record on Benghazi, an attack that even three years later remains so politically charged that Sen. Ted "
     "Cruz made it the center of his campaign.", 0),
    ("The issue was too charged to settle that year.", 0),
    # (the verb itself, after an adverb that is no degree word, as before)
    ("The senator charged that the plan would fail.", 1),
    ("Critics have long charged that the plan would fail.", 1),
])
def test_a_participle_of_degree_is_no_cue(text, n):
    assert len([q for q in extract_quotes(text) if q.cue == "charged"]) == n


@pytest.mark.parametrize("text, speaker", [
    # the speaker after the cue, then when or as he spoke: a clause of time, not part of the speaker
    ('"It was chaos," said the minister as he left the building.', "the minister"),
    ('"It was chaos," said the minister when he left the building.', "the minister"),
    ('"It was chaos," said a spokesman for the ministry after she left.', "a spokesman for the ministry"),
])
def test_a_clause_of_time_after_an_inverted_description(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # (a reported clause after the cue keeps its own "as"/"when" clause inside it)
    "He said the economy as it stood was weak.",
    "He said the plan when it was announced was weak.",
])
def test_a_clause_of_time_inside_a_report(text):
    (q,) = extract_quotes(text)
    assert q.kind == "indirect" and q.text.startswith("the ") and q.text.endswith("was weak")


@pytest.mark.parametrize("text, speaker", [
    # a person named by "known as": the name speaks, and "he" after it is that person
    ('"There never was an order," said the base chief known as Bob. "I thought I would regret it," he said.', "Bob"),
    ('"There never was an order," the base chief known as Bob said. "I thought I would regret it," he said.', "Bob"),
    # (a body so named stays a body, and "it" is it)
    ('"We will appeal," said the firm known as Acme. "It is unfair," it said.', "Acme"),
])
def test_a_speaker_known_as_a_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker, speaker]


@pytest.mark.parametrize("text, speaker, kind", [
    # a promise in the present tense, its infinitive the report (as in the past tense)
    ("Starmer vows to end the chaos by spring.", "Starmer", "indirect"),
    ("The minister pledges to cut taxes before the election.", "The minister", "indirect"),
    ('Starmer vows to "fix the foundations" of the economy.', "Starmer", "mixed"),
    ('Starmer vows to "fix the foundations"', "Starmer", "mixed"),  # (a headline)
])
def test_a_promise_in_the_present_tense(text, speaker, kind):
    assert [(q.speaker, q.kind) for q in extract_quotes(text)] == [(speaker, kind)]


@pytest.mark.parametrize("text", [
    # the noun: whose promises, to whom, or a nationality's or a party's
    "Trump's promises to voters were broken.",
    "Her vows to the church were renewed.",
    "Europe feels cheated by Japanese promises to switch from export to domestic-led growth.",
    "Dr Fox also underlined Tory promises to cut tax by 4bn pounds.",
])
def test_promises_as_a_noun(text):
    assert extract_quotes(text) == []


def test_an_outlet_is_no_he():
    # "The newspaper said ...", then "She said": not the newspaper, the person before it
    text = ('"U.S. law requires it," the spokeswoman added.\n\nThe newspaper said that Air Atlanta is making '
            'losses.\n\nShe said KLM had started talks with Vendex.')
    assert [q.speaker for q in extract_quotes(text)] == ["the spokeswoman", "The newspaper", "the spokeswoman"]


@pytest.mark.parametrize("text, speaker", [
    # a body's or place's name ending in -ing after "a spokesman for": a name, not a participle
    ('A spokesman for Downing Street said: "The Prime Minister has full confidence."', "A spokesman for Downing Street"),
    ("The MP for Ealing North said the law would fail.", "The MP for Ealing North"),
    # (as other names were)
    ("A spokesman for Wall Street said the law would fail.", "A spokesman for Wall Street"),
])
def test_a_name_ending_in_ing_after_a_head(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the words, then "is how X described it": X said them
    ('"Reckless" is how one senior official described the plan.', "one senior official"),
    ('The plan was rejected. "Reckless" was how Tom Baker put it.', "Tom Baker"),
    # (not a title and how someone is known or did something)
    ('"The Crown" is how most people know her.', None),
    ('The show, "Breaking Bad," is how he made his name.', None),
])
def test_how_someone_described_it(text, speaker):
    got = [q.speaker for q in extract_quotes(text)]
    assert got == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speaker", [
    # a person's plain speaking, or a message for someone, then a colon and the quotation
    ('Mayor Jane Roe did not mince her words: "This is a scandal and you all know it."', "Jane Roe"),
    ('Boris Johnson had a message for his critics: "Back off now, all of you."', "Boris Johnson"),
    # a person described, not named, before how they stood
    ('The mayor did not mince her words: "This is a scandal and you all know it."', "The mayor"),
    ('The former president was blunt: "I will not go quietly."', "The former president"),
    ('The senator was adamant: "We will win this race and the next one."', "The senator"),
    # (a thing is no speaker: "The answer was simple:")
    ('The answer was simple: "No more tax rises this year."', None),
    ('The new rules were strict: "No phones in the chamber."', None),
])
def test_plain_speaking_then_a_colon(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, n", [
    # a possessive in -'s is no verb: what was tweeted or told is an object, no clause
    ("Not long after Trump tweeted the famed fascist's quote, NBC asked him about it.", 0),
    # (a contraction of "is" is one: "it's", "that's")
    ("She said it's important to get the facts straight.", 1),
    ("He said that's the plan.", 1),
    # "this" and a past tense with its complement: a clause
    ("Industry sources said this represented under one month's consumption.", 1),
    ("He said this proposed rule would fail.", 1),
])
def test_a_possessive_is_no_verb_of_a_report(text, n):
    assert len([q for q in extract_quotes(text) if q.kind == "indirect"]) == n


def test_a_programme_after_told_is_no_report():
    text = ("It suited the union to suggest there were two agendas battling each other, Mr Brown told BBC Radio 4's "
            "Today programme.")
    assert not any("Today programme" in q.text for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker, mention", [
    # an office "of" two portfolios joined by "and", then the holder's name: the name after both
    ("Minister of Mines and Energy Subroto said oil output would rise.", "Subroto",
     "Minister of Mines and Energy Subroto"),
    ("Turkish Minister of Industry and Trade Cahit Aral said Turkey would export sugar.", "Cahit Aral",
     "Turkish Minister of Industry and Trade Cahit Aral"),
    ("Minister of Health and Welfare Jane Roe said the plan would work.", "Jane Roe",
     "Minister of Health and Welfare Jane Roe"),
    # the office with no name after it: the office speaks
    ("The Minister of Foreign Affairs and Trade said the deal was signed.",
     "The Minister of Foreign Affairs and Trade", "The Minister of Foreign Affairs and Trade"),
    # (not two people: a name, "and", an office and its holder)
    ("Bob Smith and Energy Minister Jane Roe said the deal was signed.", "Jane Roe", "Energy Minister Jane Roe"),
])
def test_an_office_of_two_portfolios(text, speaker, mention):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize("text, first", [
    # a source whose appositive says what it is: the later definite description of that is the same source
    ('One of the officials, a Western diplomat who spoke on condition of anonymity, said the talks had stalled. '
     '"Nobody is willing to move first," the diplomat said.', "One of the officials"),
    ("The team investigator, a Japanese Transport Ministry official who declined to be identified, said inspectors "
     "failed to check the repairs.\n\nThe Ministry official told Reuters that a report should be released in May.",
     "The team investigator"),
])
def test_a_definite_source_after_an_appositive(text, first):
    assert [q.speaker for q in extract_quotes(text)] == [first, first]


def test_a_definite_source_with_no_appositive_of_its_head():
    # (no appositive naming a diplomat: "the diplomat" stays apart from "one of the officials")
    text = 'One of the officials said the talks had stalled. "Nobody is willing to move first," the diplomat said.'
    assert [q.speaker for q in extract_quotes(text)] == ["One of the officials", "the diplomat"]


@pytest.mark.parametrize("text, speaker, report", [
    # "what X said was Y": X's report is the verb phrase after the cue, as after "which"
    ("The sailors were released, displaying what many analysts said was a sign of improving relations.",
     "many analysts", "was a sign of improving relations"),
    ("Apple sued a website after it published what it said were specifications for the new computer.",
     "Apple", "were specifications for the new computer"),
])
def test_what_someone_said_was(text, speaker, report):
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, report)]


@pytest.mark.parametrize("text", [
    # (not a pseudo-cleft of the listener's, nor a hope with its own auxiliary)
    "So, what you're saying is that any music that has black heritage is not allowed.",
    "In what the party had hoped would be perceived as a show of unity, he lined up.",
])
def test_what_someone_said_was_not(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, expected", [
    # "in the words of X" names the source as "according to X" does: a quotation after or before it, a
    # report after it when it opens the sentence
    ('It is, in the words of one analyst, "a complete mess."', [("direct", "one analyst", "a complete mess.")]),
    ('"It is a complete mess," in the words of one analyst.', [("direct", "one analyst", "It is a complete mess,")]),
    ("In the words of one analyst, the plan is a complete mess.",
     [("indirect", "one analyst", "the plan is a complete mess")]),
    ('In the words of the minister, the plan was "dead in the water."',
     [("mixed", "the minister", 'the plan was "dead in the water."')]),
    # (but inside a sentence the source's words are the quotation only, not the clause around it)
    ("Mrs. Clinton was, in the words of a senior adviser, ''the torchbearer'' of his legacy.",
     [("mixed", "a senior adviser", "''the torchbearer'' of his legacy")]),
    ("The plan is a complete mess, in the words of one analyst.", []),
    # (and words of a song read aloud are no source phrase)
    ("He repeated the words of the song at the rally.", []),
])
def test_in_the_words_of(text, expected):
    assert [(q.kind, q.speaker, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, quoted", [
    # a mixed quotation written with two apostrophes for each mark ('', the New York Times's style): the span
    # holds both apostrophes at either edge, not one of each
    ("The tax cut plans are ''profoundly irresponsible,'' the senator said.", "''profoundly irresponsible,''"),
    ("Not paying taxes ''makes me smart,'' Mr. Trump said.", "''makes me smart,''"),
])
def test_a_mixed_span_keeps_both_apostrophes(text, quoted):
    (q,) = [q for q in extract_quotes(text) if q.kind == "mixed"]
    assert q.text.endswith(quoted) and q.text.count("''") == 2


@pytest.mark.parametrize("text, speaker", [
    # the words, then whose words, message or warning they were
    ('"We are not going to back down" \u2014 those were the words of union leader Sharon Graham on Monday.',
     "Sharon Graham"),
    ('"Enough is enough": that was the message from the protesters.', "the protesters"),
    ('"Stay at home" - that was the stark warning from the police.', "the police"),
    # (not a title someone sang or quoted)
    ('He quoted "Yesterday" - those were the words of the song he loved most.', None),
])
def test_those_were_the_words_of(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, cue, report", [
    # "before"/"after" and a participle with its "that" or a quotation: the participle is the cue, its
    # subject the clause's, and the report starts after it
    ("Swinney praised the vote before adding that much work remained to be done.", "adding",
     "that much work remained to be done"),
    ('Swinney praised the vote before adding that "much work remains."', "adding", 'that "much work remains."'),
    ('"It is a great day," Swinney said - before adding that "much work remains."', "adding",
     'that "much work remains."'),
    ('"There is great danger," Trump told reporters, before insisting he had a "great relationship" with Latinos.',
     "insisting", 'he had a "great relationship" with Latinos'),
])
def test_a_participle_after_before(text, cue, report):
    q = extract_quotes(text)[-1]
    assert (q.cue, q.text) == (cue, report)


def test_a_participle_after_before_with_an_object_only():
    # (an object, no clause: nothing reported)
    assert extract_quotes("Officials met the families before announcing any new measures.") == []


@pytest.mark.parametrize("text, speaker", [
    # a cue word right before "said" is a noun: the document speaks, not the body before it
    ('"We need more data," the DOT report said.', "the DOT report"),
    ('"We need more data," the Pentagon report stated.', "the Pentagon report"),
    # (a cue verb alone, as before)
    ('"We need more data," Reuters reported.', "Reuters"),
])
def test_a_report_before_said(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_body_with_its_acronym_opens_the_sentence_before_it():
    text = ("The DOT report said the ban was under review. The National Academy of Sciences (NAS) had studied the "
            "issue under a DOT grant. It concluded that tobacco smoke posed health hazards.")
    assert extract_quotes(text)[-1].speaker == "National Academy of Sciences"


@pytest.mark.parametrize("text, speaker", [
    # a hedged attribution: the subject of "is said to have" (understood, believed, reported) said it
    ("Putin is said to have told aides that the war would end soon.", "Putin"),
    ("The minister is understood to have said that the plan would fail.", "The minister"),
    ("The prime minister is reported to have warned colleagues that the party faced defeat.", "The prime minister"),
    # (no cue after the hedge: nothing said)
    ("The plan is said to have failed.", None),
])
def test_a_hedged_attribution(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speaker", [
    # a role, then the name and an age: the name speaks
    ('"I want justice," said the mother, Ana Rivera, 42.', "Ana Rivera"),
    # a couple by their two given names and one surname: both speak
    ("Ana and Luis Rivera said they would sue.", "Ana and Luis Rivera"),
    ("Bill and Hillary Clinton said they were delighted.", "Bill and Hillary Clinton"),
    # (a surname alone before "and" is no couple)
    ("Trump and Mike Pence said they were delighted.", "Mike Pence"),
])
def test_a_name_after_its_role_and_a_couple(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # researchers, scientists, investigators, authors who "found that": their finding, reported as a study's
    ("Researchers at Stanford University found that the drug reduced symptoms by 40%.",
     "Researchers at Stanford University"),
    ("The investigators found that the pilot had been drinking.", "The investigators"),
    # (what they found with their hands, no clause: nothing reported; nor a person's "found that")
    ("Investigators found the body on Tuesday.", None),
    ("Scientists found the drug in the water supply.", None),
    ("Smith found that the drug worked.", None),
])
def test_researchers_found_that(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, n", [
    # a place or a medal claimed with no article: won, not said
    ("Argentina claimed top spot in Group A with three wins from three matches.", 0),
    ("Britain claimed gold in the relay with a record time of three minutes.", 0),
    # (a clause after "claimed" whose subject is such a word stays a report)
    ("He claimed first place was his.", 1),
    ("He claimed gold prices would rise.", 1),
])
def test_a_place_claimed(text, n):
    assert len(extract_quotes(text)) == n


@pytest.mark.parametrize("text, report", [
    # a capitalised word before the people told is part of the recipient, not the recipient itself
    ("Mr Mittal told US investors that the company would cut jobs.", "that the company would cut jobs"),
    ("He told FBI agents that he had not made the changes.", "that he had not made the changes"),
    # (an outlet told, then a clause whose subject is people or a plural: as before)
    ("She told CNN officials had lied about the figures.", "officials had lied about the figures"),
    ("Industry sources told Reuters reports that the licences had been suspended were incorrect.",
     "reports that the licences had been suspended were incorrect"),
])
def test_a_recipient_with_a_capitalised_modifier(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


@pytest.mark.parametrize("text, n", [
    # figures announced or reported "of" an amount: the verb's object, no clause
    ("City recently announced debts of 62m pounds.", 0),
    ("Dow Chemical Co reported earnings of 330 mln dlrs, or 1.72 dlrs a share.", 0),
    ("The airline reported net profits of 400m euros.", 0),
    # (a clause whose subject is such a word stays a report)
    ("The company reported profit for the first quarter fell to 114 mln dlrs.", 1),
    ("The company announced profits would fall.", 1),
])
def test_figures_reported_of_an_amount(text, n):
    assert len(extract_quotes(text)) == n


@pytest.mark.parametrize("text, report", [
    # the people assured, reminded, warned or promised, then a clause with no "that": the clause is the report
    ("He assured voters he would force Mexico to pay for the wall.", "he would force Mexico to pay for the wall"),
    ("Mr. Netanyahu assured him it was done without his knowledge.", "it was done without his knowledge"),
    ("She warned colleagues the party faced defeat.", "the party faced defeat"),
    ("He promised supporters he would win.", "he would win"),
    # (with "that", as before; and no recipient)
    ("He assured voters that he would force Mexico to pay.", "that he would force Mexico to pay"),
    ("She warned the party faced defeat.", "the party faced defeat"),
])
def test_a_recipient_then_a_clause_without_that(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


@pytest.mark.parametrize("text, speaker", [
    # a title sent "to" or "for" somewhere, then the holder's name: the name after the whole title
    ("U.S. Ambassador to the United Nations Linda Thomas-Greenfield said the vote would fail.",
     "Linda Thomas-Greenfield"),
    ("Ambassador to China Nicholas Burns said the vote would fail.", "Nicholas Burns"),
    ("Special Envoy for Climate John Kerry said the vote would fail.", "John Kerry"),
    # the person sent, unnamed: the person, not where to
    ("The U.S. ambassador to the United Nations said the vote would fail.",
     "The U.S. ambassador to the United Nations"),
    ("The Japanese delegation to the GATT talks said they are making efforts.",
     "The Japanese delegation to the GATT talks"),
    # (an aide to a named person is not that person; people of someone's stay a group)
    ("An adviser to President Biden said the vote would fail.", "An adviser to President Biden"),
    ("Aides to Clinton said the vote would fail.", "Aides to Clinton"),
])
def test_a_title_sent_to_somewhere(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # an owner before a head sent "to" somewhere: the whole phrase, not the place
    ("His ambassador to Israel said the embassy would move.", "His ambassador to Israel"),
    ("Britain's ambassador to the UN said the vote would fail.", "Britain's ambassador to the UN"),
    # (not across other links: "their publication with election coordinator Alan Milburn" stays Milburn)
    ("Howard attacked their publication with election coordinator Alan Milburn, who said the plan was a fraud.",
     "Alan Milburn"),
])
def test_an_owner_before_a_head_sent_to_somewhere(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, report", [
    # a relative clause in commas after the report's subject, then the report's verb: the report goes on
    ("Hollande said France would ramp up its efforts and that the state of emergency, which had been imposed in "
     "November, would be extended.", "France would ramp up its efforts and that the state of emergency, which had "
                                     "been imposed in November, would be extended"),
    ("The campaign is pleased that Pagliano, who invoked his Fifth Amendment rights in September, is now "
     "cooperating with prosecutors, a spokesman said.", "The campaign is pleased that Pagliano, who invoked his Fifth "
                                                        "Amendment rights in September, is now cooperating with "
                                                        "prosecutors"),
    # (a relative at the clause's end, then something else: it ends there, as before)
    ("He said it agreed to buy Acme, which makes chips, and expects the deal to close soon.", "it agreed to buy Acme"),
    ("She said she met Smith, who is a lawyer, and his wife.", "she met Smith"),
])
def test_a_report_runs_past_a_relative_on_its_subject(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


@pytest.mark.parametrize("text, speaker", [
    # candidates and boosters are people somewhere, as supporters are
    ("Clinton's biggest boosters in New Hampshire insisted it was a temporary dip.",
     "Clinton's biggest boosters in New Hampshire"),
    ("Some candidates in the race called for ground forces to fight the Islamic State.", "Some candidates in the race"),
    # (a place alone after "in" still does not speak for people not named)
    ("Her supporters in New Hampshire insisted it was a temporary dip.", "Her supporters in New Hampshire"),
])
def test_candidates_and_boosters_are_people(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, mention", [
    # capitals ending in a hyphened adjective, then a noun: one source phrase, not a name cut at the hyphen
    ("According to Cold War-era documents, the plan was abandoned.", "Cold War-era documents"),
    ("According to Kremlin-controlled media, the plan was abandoned.", "Kremlin-controlled media"),
    # (after an inverted cue too)
    ('"It failed," said a London-based analyst.', "a London-based analyst"),
])
def test_a_capital_compound_before_a_noun(text, mention):
    assert [q.speaker_mention for q in extract_quotes(text)] == [mention]


@pytest.mark.parametrize("text, speaker", [
    # two posts joined by "and" in an appositive that no comma closes: the person named before it
    ('Anthony Anton, president and CEO of Washington Restaurant Association stated, "It is a math problem."',
     "Anthony Anton"),
    ("Jane Roe, chairman and chief executive of Acme Corp said profits rose.", "Jane Roe"),
    # (an "and" that joins another person stays the last person's, as before)
    ("Jane Roe, a lawyer and Tom Smith said prices rose.", "Tom Smith"),
])
def test_two_posts_in_an_unclosed_appositive(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, content", [
    # a mixed quotation's clause ends before the sentence's own trailing attribution
    ('He called the plan "dead in the water," aides said.', 'the plan "dead in the water,"'),
    ('Clinton handled the emails in a way Comey described as "extremely careless," aides said.',
     'as "extremely careless,"'),
    ('He said Shearson\'s earnings reflected "the diversity of its revenues," the company said.',
     'Shearson\'s earnings reflected "the diversity of its revenues,"'),
    # (a coordinated verb after the comma ends it too, as before)
    ('He called the plan "dead in the water," and walked out.', 'the plan "dead in the water,"'),
])
def test_a_mixed_clause_ends_before_a_trailing_attribution(text, content):
    (q,) = [q for q in extract_quotes(text) if q.kind == "mixed"]
    assert q.text == content


@pytest.mark.parametrize("text, speakers", [
    # one "Q:"/"A:" pair in an article that says it is an interview: the answer is the interviewee's
    ("We spoke to Dr. Amara Okafor about her book.\n\nQ: Why did you write it?\n\nA: Because the technology is "
     "moving faster than our ability to understand it.", ["Amara Okafor"]),
    # (one pair with no word of an interview, a list of questions and answers: no one's)
    ("Dr. Amara Okafor published a book.\n\nQ: Why did you write it?\n\nA: Because the technology is moving faster "
     "than our ability to understand it.", []),
    ("FAQ about the new rules.\n\nQ: When do the rules start?\n\nA: In January.", []),
])
def test_a_single_question_and_answer(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, n", [
    # a deal agreed is the verb's object, no report
    ("EU and UK agree fishing deal after all-night talks", 0),
    ("The EU and UK agreed a fishing deal after all-night talks.", 0),
    ("They agreed a ceasefire.", 0),
    # (a clause agreed stays a report, also whose subject is a deal)
    ("He agreed the deal was fair.", 1),
    ("Both sides agreed that the ceasefire would hold.", 1),
])
def test_a_deal_agreed_is_no_report(text, n):
    assert len(extract_quotes(text)) == n


@pytest.mark.parametrize("text, speaker, mention", [
    # a title of two portfolios, one of them two words, before the name: one title
    ("Health and Human Services Secretary Alex Azar said the plan would work.", "Alex Azar",
     "Health and Human Services Secretary Alex Azar"),
    ("Housing and Urban Development Secretary Ben Carson said the plan would work.", "Ben Carson",
     "Housing and Urban Development Secretary Ben Carson"),
    ("Secretary of Health and Human Services Alex Azar said the plan would work.", "Alex Azar",
     "Secretary of Health and Human Services Alex Azar"),
    # (one word each, as before)
    ("Research and Technology Minister Yusuf Habibie said the plan would work.", "Yusuf Habibie",
     "Research and Technology Minister Yusuf Habibie"),
])
def test_a_title_of_two_portfolios_before_a_name(text, speaker, mention):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize("text, report", [
    # a longer recipient before "that", whose last word is people (lower case, plural): the report starts at "that"
    ("Ruddock warned his RBS 6 Nations Championship rivals that his team can improve.", "that his team can improve"),
    # a team or side warned, then the clause with no "that"
    ("Kirwan warned his side they must eradicate the errors that blighted their loss to Wales.",
     "they must eradicate the errors that blighted their loss to Wales"),
    # (an infinitive after the one warned: the object report, as before)
    ("He warned North Korea to refrain from further actions that would provoke the region.",
     "North Korea to refrain from further actions that would provoke the region"),
])
def test_a_longer_recipient_before_the_report(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


@pytest.mark.parametrize("text, speakers", [
    # people by a plural noun opening a sentence are a group, no later "she"
    ("Margaret Ellison died Tuesday.\n\nClassmates recalled that she studied in the stairwell.\n\n"
     "She told an interviewer: \"Every day. You go anyway.\"", ["Classmates", "Margaret Ellison"]),
    ("Margaret Ellison died Tuesday.\n\nTeammates said she never missed a game.\n\n"
     "She told an interviewer: \"Every day.\"", ["Teammates", "Margaret Ellison"]),
    ("Margaret Ellison died Tuesday.\n\nMourners said she was kind.\n\n"
     "She told an interviewer: \"Every day.\"", ["Mourners", "Margaret Ellison"]),
])
def test_people_by_a_plural_noun_are_no_she(text, speakers):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert qs[0].speaker_kind == "group"


@pytest.mark.parametrize("text, reports", [
    # a restrictive relative clause on the subject, whose object runs into the sentence's own verb of saying:
    # the report is the main verb's
    ("The lawyer who argued the appeal said the ruling was fair.",
     [("the ruling was fair", "The lawyer who argued the appeal")]),
    ("The senator who announced the bill said it would pass.", [("it would pass", "The senator who announced the bill")]),
    ("The lawyer who argued the appeal said nothing.", []),
    # the relative clause's report ends where the sentence's own verb comes, and that verb reports too
    ("The aide who argued that the plan was flawed said he would resign.",
     [("that the plan was flawed", "The aide"), ("he would resign", "The aide")]),
    ("The aide who argued the plan was flawed has resigned.", [("the plan was flawed", "The aide")]),
    # (not a verb of the clause's own: after its subject, or after a comma, an attribution of its own)
    ("Voters who say the economy is weak have turned to Trump.", [("the economy is weak", "Voters")]),
    ("The rumours prompted a wary response from dealers who said they saw no confirmation, market sources said.",
     [("The rumours prompted a wary response from dealers who said they saw no confirmation", "market sources"),
      ("they saw no confirmation", "dealers")]),
    # (a relative clause in commas, as before)
    ("Ellison, who argued the law was unjust, died Tuesday.", [("the law was unjust", "Ellison")]),
])
def test_a_relative_clause_before_the_verb_of_saying(text, reports):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == reports


@pytest.mark.parametrize("text, report", [
    # the police told, then the clause with no "that"
    ("He told police he saw smoke.", "he saw smoke"),
    ("A witness told the police the car was stolen.", "the car was stolen"),
    ("He told police officers he was lost.", "he was lost"),
    # (not the police chief as the clause's subject)
    ("He told the police chief she lied.", None),
])
def test_told_police_then_the_clause(text, report):
    assert [q.text for q in extract_quotes(text)] == ([report] if report else [])


@pytest.mark.parametrize("text, speaker", [
    # a participle of the courts after the head ("accused of", "charged with"): the head speaks, not the
    # name or thing in its phrase
    ("The man accused of killing his neighbor told reporters he was innocent.", "The man accused of killing his neighbor"),
    ("The woman accused of driving onto the sidewalk along the Las Vegas Strip told police she was stressed.",
     "The woman accused of driving onto the sidewalk along the Las Vegas Strip"),
    ("A teenager charged with arson in the Paradise fire said he was sorry.",
     "A teenager charged with arson in the Paradise fire"),
    ("The company accused of fraud said it would appeal.", "The company accused of fraud"),
    # (a thing accused is not the head: "the plan" is no person or body; nor a name with an appositive)
    ("Former aide Jane Roe, accused of leaking documents to the Times, said she was innocent.", "Jane Roe"),
])
def test_a_person_charged_speaks(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # an everyday job is a role: the clerk who just spoke is the "she" after her report
    ("Sandra Kim said her client would plead not guilty.\n\nA store clerk said the robber seemed nervous. "
     "\"His hands were shaking,\" she said.", "A store clerk"),
    ("Tom Hill said his client would plead not guilty.\n\nA cashier said the robber seemed nervous. "
     "\"His hands were shaking,\" he said.", "A cashier"),
    # (a named person of that gender and no description in between: her, as before)
    ("Sandra Kim said her client would plead not guilty. \"His hands were shaking,\" she said.", "Sandra Kim"),
])
def test_a_described_worker_is_the_pronoun_after_her_report(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, report", [
    # a list of names with their ages, the second of two words, is no new clause at ", and"
    ("Bianco said the suspects, Marcus Hill, 24, and Devon Ruiz, 19, were arrested later.",
     "the suspects, Marcus Hill, 24, and Devon Ruiz, 19, were arrested later"),
    # (a new subject after ", and" still ends the report)
    ("Bianco said prices rose, and Devon Ruiz said they fell.", "prices rose"),
])
def test_names_with_ages_in_a_reported_clause(text, report):
    assert extract_quotes(text)[0].text == report


@pytest.mark.parametrize("text, report", [
    # the speaker's refusal to say more ends the report
    ("A spokesperson said the company was cooperating fully and declined to comment further.",
     "the company was cooperating fully"),
    ("The mayor said the budget was fine but refused to say more.", "the budget was fine"),
    ("He said the deal was done, and declined to give details.", "the deal was done"),
    # (a refusal inside the clause, by its own subject, is what was said)
    ("He said the board declined to comment.", "the board declined to comment"),
])
def test_declined_to_comment_ends_the_report(text, report):
    assert extract_quotes(text)[0].text == report


@pytest.mark.parametrize("text, speaker, kind", [
    # a body's name with "on" in it is one name, as with "for"
    ("The Council on Foreign Relations said taxes rose.", "Council on Foreign Relations", "organization"),
    ("The National Institute on Aging, which funds research, said the study was good.", "National Institute on Aging",
     "organization"),
    ("The Center on Budget and Policy Priorities said taxes rose.", "Center on Budget and Policy Priorities",
     "organization"),
    ("The Senate Committee on Finance said taxes rose.", "Senate Committee on Finance", "organization"),
    # (a titled person after the body's name is the speaker, with "for" too)
    ("The Institute for Fiscal Studies Director Paul Johnson said taxes rose.", "Paul Johnson", "person"),
    ("The Council on American-Islamic Relations National Executive Director Nihad Awad says that taxes rose.",
     "Nihad Awad", "person"),
    # (a day after "on" is when: "The Council on Monday said")
    ("The Council on Monday said taxes rose.", "The Council", None),
])
def test_a_body_named_with_on(text, speaker, kind):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker
    if kind:
        assert q.speaker_kind == kind


@pytest.mark.parametrize("text, speaker", [
    ("According to the Electoral Commission on Wednesday, taxes rose.", "Electoral Commission"),
    ("According to figures revealed by the Electoral Commission on Wednesday, taxes rose.",
     "figures revealed by the Electoral Commission on Wednesday"),
])
def test_a_day_after_a_body_is_no_part_of_its_name(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "as far as" is a measure, no clause opening before the subject's name
    ("Fans who had traveled from as far as Australia described the atmosphere as electric.",
     "Fans who had traveled from as far as Australia"),
    ("Fans who had traveled from as far as Australia said the atmosphere was electric.",
     "Fans who had traveled from as far as Australia"),
    ("Supporters who drove from as far as Ohio said the rally was full.", "Supporters who drove from as far as Ohio"),
])
def test_as_far_as_opens_no_clause(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a body's person by a possessive ("The Guardian's critic") speaking is the "he" after it
    ("\"I cried,\" said Priya Nair, 27.\n\nThe Guardian's critic said the show was long, though he conceded that "
     "Swift \"never once coasts.\"", "The Guardian's critic"),
    ("\"I cried,\" said Priya Nair, 27.\n\nThe Guardian's critic called the show \"exhausting,\" though he conceded "
     "that Swift \"never once coasts.\"", "The Guardian's critic"),
    # (an office in capitals is someone named before, as before: "the Tory leader")
    ("Tory leader Michael Howard spoke first.\n\nBut the Tory leader argued the plan was flawed. \"It will fail,\" "
     "he said.", "Michael Howard"),
])
def test_a_bodys_person_by_a_possessive_is_the_pronoun(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, quote", [
    # a person or a body by description naming a thing after its determiner: a speech act
    ("The senator called the plan \"reckless and dangerous.\"", "the plan \"reckless and dangerous.\""),
    ("Critics called the show \"exhausting.\"", "the show \"exhausting.\""),
    ("The company called the report \"inaccurate.\"", "the report \"inaccurate.\""),
    # (a thing named by a participle, or by a document, is no one's words)
    ("They use a technique called \"spear phishing.\"", None),
    ("The company launched a program called the \"Freedom Initiative.\"", None),
])
def test_a_description_calling_a_thing(text, quote):
    got = [q for q in extract_quotes(text) if q.cue == "called"]
    assert [text[q.content_start:q.content_end] for q in got] == ([quote] if quote else [])


@pytest.mark.parametrize("text, n", [
    # a plural noun right after a preposition is no verb: a person warned and a phrase, no clause
    ("Beijing warns Taipei after drills near island", 0),
    ("Local bankers warn against expectations of a sudden outflow of capital.", 0),
    # (a clause after the preposition's phrase keeps its verb)
    ("Gros said after talks with the banks that it could not pay.", 1),
    ("He warned that after drills near the island tensions rise.", 1),
])
def test_a_plural_after_a_preposition_is_no_verb(text, n):
    assert len(extract_quotes(text)) == n


@pytest.mark.parametrize("text, speaker, description, role", [
    # a given name alone after a relative: the relative is the speaker's description
    ("MacLeod's wife, Morag, remembers the day. 'He was lost,' she says.", "Morag", "MacLeod's wife", "wife"),
    ("His wife, Morag, said he was lost.", "Morag", "His wife", "wife"),
    ("His son, Marco, said he was lost.", "Marco", "His son", "son"),
    # (a name with no relative before it has none; a full name, as before)
    ("Morag said he was lost.", "Morag", None, None),
    ("Her lawyer, Sandra Kim, said he was lost.", "Sandra Kim", "Her lawyer", "lawyer"),
])
def test_a_relative_by_given_name_keeps_the_relation(text, speaker, description, role):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_description) == (speaker, description)
    assert [r["role"] for r in q.speaker_roles] == ([role] if role else [])


@pytest.mark.parametrize("text, report", [
    # a two-word clause of a noun or a name and a past verb is a report
    ("Apple said revenue fell.", "revenue fell"),
    ("Apple, however, said revenue fell.", "revenue fell"),
    ("The company, in a statement, said revenue fell.", "revenue fell"),
    ("He said Trump won.", "Trump won"),
    # (an auxiliary and a participle after a relative's cue is no clause of two words; nor a day)
    ("It sought a loan, which he said was approved.", None),
    ("He said Tuesday ended.", None),
])
def test_a_two_word_clause_with_a_noun_or_name_subject(text, report):
    assert [q.text for q in extract_quotes(text)] == ([report] if report else [])


@pytest.mark.parametrize("text, speaker", [
    # a person in a mood: "a"/"an", words for the mood, then the name
    ("\"It is over,\" a tearful Jones said.", "Jones"),
    ("\"It is over,\" a visibly emotional Jones said.", "Jones"),
    ("Barack Obama spoke first.\n\nA smiling Obama said the deal was done.", "Barack Obama"),
    # (a nationality, a role or a party after the mood is no name)
    ("\"We won,\" a young American said.", "a young American"),
    ("\"We won,\" a former Marine said.", "a former Marine"),
    ("\"We won,\" a visiting Republican said.", "a visiting Republican"),
])
def test_a_person_in_a_mood(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, mention", [
    # a reply owned by a possessive pronoun: the pronoun's person (no crash on "His" or "Their")
    ("Tom Hill spoke. His reply: \"No way.\"", "Tom Hill", "His"),
    ("Jane Roe spoke. Her reply: \"No way.\"", "Jane Roe", "Her"),
    ("His reply: \"No.\"", None, "His"),
    ("Their answer: \"No way.\"", None, "Their"),
    ("Jane Roe's response: \"Money is the problem.\"", "Jane Roe", "Jane Roe"),
])
def test_a_reply_owned_by_its_speaker(text, speaker, mention):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)
    assert text[q.cue_start:q.cue_end] == ":"  # the colon itself (was the space after it)


@pytest.mark.parametrize("text", [
    # a body's head and "on" with nothing after them ends the text: no name, no crash
    "Sen. Roe said The Council on",
    "The Council on said",
    "Jane Roe said the Institute for",
])
def test_a_body_head_and_its_preposition_at_the_end(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, report", [
    # "pointed out that ..." reports its clause (the phrase only attributed quotations)
    ("She pointed out that the deck was unsafe.", "that the deck was unsafe"),
    ("He points out that the deck is unsafe.", "that the deck is unsafe"),
    ("\"The deck is unsafe,\" she pointed out.", "The deck is unsafe,"),
    # (what is pointed out with no "that" is a thing, no report)
    ("She pointed out the flaws in the deck.", None),
    ("She pointed to a study of the deck.", None),
])
def test_pointed_out_that(text, report):
    assert [q.text for q in extract_quotes(text)] == ([report] if report else [])


@pytest.mark.parametrize("text, report", [
    # verbs of replying, commenting, objecting and demanding report a clause after an explicit "that"
    ("He replied that the budget was balanced.", "that the budget was balanced"),
    ("The mayor responded that the bridge was safe.", "that the bridge was safe"),
    ("Protesters demanded that police release the video.", "that police release the video"),
    ("The panel recommended that the plant be closed.", "that the plant be closed"),
    ("Critics objected that the plan ignored the poor.", "that the plan ignored the poor"),
    # (with no "that" they attribute quotations only; "repeat that mistake", "answered that question": a determiner)
    ("He replied the budget was balanced.", None),
    ("They did not repeat that mistake and established a new policy.", None),
    ("Nobody answers that question, which has troubled voters.", None),
])
def test_replying_verbs_report_after_that(text, report):
    assert [q.text for q in extract_quotes(text)] == ([report] if report else [])


@pytest.mark.parametrize("text, reports", [
    # a participle aside between the subject and its verb: the subject's report, ending at the main verb
    ("The mayor, saying that the deck was unsafe, closed it.", [("that the deck was unsafe", "The mayor")]),
    ("Phillips, saying that the deck was unsafe, ordered the bridge closed.", [("that the deck was unsafe", "Phillips")]),
    ("Officials, pointing out that the deck was unsafe, closed it.", [("that the deck was unsafe", "Officials")]),
    ("The mayor, noting that the deck was unsafe, has ordered the bridge closed.", [("that the deck was unsafe", "The mayor")]),
    # (a comma inside the report closes an appositive or a relative clause, no main verb's; and an aside
    # with no "that" is no report of the subject's)
    ("He left, adding that Steve Fraidin, the vice chairman, joined the board last week.",
     [("that Steve Fraidin, the vice chairman, joined the board last week", None)]),
    ("The mayor, saying goodbye, closed the meeting.", []),
])
def test_a_participle_aside_on_the_subject(text, reports):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == reports


@pytest.mark.parametrize("text, report", [
    # a person by a possessive and a noun is the one accused, praised or blamed
    ("Fowler accused her counterpart of exaggerating the danger.", "her counterpart of exaggerating the danger"),
    ("Tony Blair praised his chancellor for his role in creating economic stability.",
     "his chancellor for his role in creating economic stability"),
    ("She blamed her husband for the crash.", "her husband for the crash"),
    # (as before: a name, a pronoun)
    ("Sanders accused Clinton of dragging her feet.", "Clinton of dragging her feet"),
])
def test_a_possessive_object_of_accusing(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


@pytest.mark.parametrize("text, speaker", [
    # a subject with a participle's aside after it is the "she" or "he" of the next quotation
    ("Coco Gauff beat Emma Navarro on Monday.\n\n\"I told myself to stay in it,\" Gauff said.\n\nNavarro, playing in "
     "her second Wimbledon, was philosophical. \"I will take a lot from this,\" she told reporters.", "Emma Navarro"),
    ("The CFDT's leader, Edmond Maire, met Alain Marais on Monday.\n\nMaire, meeting with Chirac today, renewed union "
     "demands. \"The policies are unjust,\" he said.", "Edmond Maire"),
])
def test_a_subject_with_a_participle_aside_is_an_antecedent(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, reports", [
    # a sentence's own attribution at its end, its cue followed by the circumstances of saying, holds a
    # report with a cue of its own: the inner report ends before it, the outer one is the source's
    ("A small study suggests honeybees can count, researchers reported Wednesday in the journal Science Advances.",
     [("A small study suggests honeybees can count", "researchers"), ("honeybees can count", "A small study")]),
    ("Japan warned the United States it may take retaliatory measures, a senior government official told Reuters "
     "on Monday.", [("Japan warned the United States it may take retaliatory measures", "a senior government official"),
                    ("it may take retaliatory measures", "Japan")]),
    # (as with the cue last)
    ("A small study suggests honeybees can count, researchers reported.",
     [("A small study suggests honeybees can count", "researchers"), ("honeybees can count", "A small study")]),
    # but not a cue word that is a noun ("periodic reports"), nor a verb with an object of its own
    ("It said following the registration, Accugraph will file periodic reports with the SEC required by law.",
     [("following the registration, Accugraph will file periodic reports with the SEC required by law", None)]),
    ("The firm said sales fell, the company announced its results on Monday.",
     [("sales fell, the company announced its results on Monday", "The firm")]),
])
def test_a_trailing_attribution_with_circumstances_holds_an_inner_report(text, reports):
    assert sorted((q.text, q.speaker) for q in extract_quotes(text)) == sorted(reports)


@pytest.mark.parametrize("text, reports", [
    # a cue phrase after a noun phrase headed by a person noun of more than one word is a verb
    ("The city engineer pointed out that the deck was unsafe.", [("that the deck was unsafe", "The city engineer")]),
    ("A city engineer pointed out that the deck was unsafe.", [("that the deck was unsafe", "A city engineer")]),
    ("The town manager expressed concern that the deck was unsafe.", [("that the deck was unsafe", "The town manager")]),
    # (as with one word before it)
    ("The engineer pointed out that the deck was unsafe.", [("that the deck was unsafe", "The engineer")]),
    # but not after a thing
    ("The steel bridge pointed out that the deck was unsafe.", []),
])
def test_a_cue_phrase_after_a_described_person_is_a_verb(text, reports):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == reports


@pytest.mark.parametrize("text, reports", [
    # a source in an as-clause between a sentence's subject and its predicate: two pieces, either side
    # of it, as with "he said" there
    ("The bridge, as the city engineer pointed out, needs new bearings.",
     [("The bridge", "the city engineer"), ("needs new bearings", "the city engineer")]),
    ("The bridge, as Dana Reyes noted, needs new bearings.", [("The bridge", "Dana Reyes"), ("needs new bearings", "Dana Reyes")]),
    # and at a sentence's end: the clause before it (after a colon, the words after it)
    ("Turnout fell in every district, as the election board has acknowledged.",
     [("Turnout fell in every district", "the election board")]),
    ("A reminder: the levy would double, as the Herald has noted before.", [("the levy would double", "Herald")]),
    # not "as expected", "as it turned out", "as he said he would", nor a bare predicate of two words
    ("He resigned, as he said he would.", []),
    ("Prices rose sharply, as expected.", []),
    ("The bridge, as it turned out, needed new bearings.", []),
    ("The bridge, as Dana Reyes noted, is unsafe.", []),
])
def test_a_source_in_an_as_clause_after_the_subject_or_at_the_end(text, reports):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == reports


@pytest.mark.parametrize("text, report", [
    # "under" a condition between the cue and "that": the circumstance of saying, not the report's
    ("Chris Hu testified under a cooperation agreement that he paid Sun.", "that he paid Sun"),
    ("Chris Hu said under oath that he paid Sun.", "that he paid Sun"),
    # but a relative "that" after it stays in the report ("the merger that would follow ...")
    ("Sosnoff said under the merger that would follow his tender, each share would be converted into stock.",
     "under the merger that would follow his tender, each share would be converted into stock"),
])
def test_under_before_that_is_a_circumstance_of_saying(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


@pytest.mark.parametrize("text, role", [
    # local offices' titles before a name are the speaker's role (US spellings and offices too)
    ("Councilor Priya Raman said she was disappointed.", "Councilor"),
    ("City Councilor Priya Raman said she was disappointed.", "City Councilor"),
    ("Supervisor Aaron Peskin said the plan was flawed.", "Supervisor"),
    ("Selectwoman Ann Howe said the plan was flawed.", "Selectwoman"),
    # (as before: the British spelling)
    ("Councillor Ann Howe said the plan was flawed.", "Councillor"),
])
def test_local_office_titles_are_roles(text, role):
    assert [r["role"] for r in extract_quotes(text)[0].speaker_roles] == [role]


@pytest.mark.parametrize("name", ["Keisha Brown", "Latoya Hill", "Olena Kovalenko", "Kavya Rao", "Deepika Nair",
                                  "Chiamaka Obi"])
def test_given_names_keep_he_off_a_woman(name):
    # a woman named by a given name the lists know is no "he": the man named before is
    text = f'Tom Reed, the mayor, spoke first.\n\n{name} said the school was closed. "We will reopen soon," he said.'
    assert extract_quotes(text)[-1].speaker == "Tom Reed"


@pytest.mark.parametrize("text, speaker", [
    # a role in -ian after a capitalised word opens the sentence with its holder: she is the "she" after
    ('Anne Moss spoke first. "Go," she says.\n\nTown historian Gloria Haines remembers the night in 1978. '
     '"Walt was out there," she says.', "Gloria Haines"),
    ('Anne Moss spoke first. "Go," she says.\n\nCounty pediatrician Gloria Haines treats the children. '
     '"They were scared," she says.', "Gloria Haines"),
    # a gesture in a feature's present tense before a quotation: the one who makes it speaks
    ('Asked whether he ever gets lonely, Walt Pelletier shrugs. "The gulls talk plenty."', "Walt Pelletier"),
    ('Walt Pelletier smiles. "The gulls talk plenty."', "Walt Pelletier"),
])
def test_roles_in_ian_and_gestures_in_the_present(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_crowd_laughing_speaks_no_quotation():
    assert extract_quotes('The crowd laughs. "The gulls talk plenty."') == []


@pytest.mark.parametrize("text, report", [
    # what a source is, in commas after "according to X,": no part of the report
    ("According to Layoffs.fyi, a website that tracks job cuts, more than 150,000 workers have lost jobs.",
     "more than 150,000 workers have lost jobs"),
    ("According to Layoffs.fyi, a website tracking job cuts, more than 150,000 workers have lost jobs.",
     "more than 150,000 workers have lost jobs"),
    ("According to Pew, a research group, most voters were unhappy.", "most voters were unhappy"),
    # but a share of people, or a clause of its own, is the report
    ("According to Gallup, a third of voters, mostly women, were unhappy.", "a third of voters, mostly women, were unhappy"),
    ("According to The Guardian, an email was sent from the director, Jeremy Boreing, to the members.",
     "an email was sent from the director, Jeremy Boreing, to the members"),
])
def test_what_a_source_is_after_according_to(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


@pytest.mark.parametrize("text, reports", [
    # "posted that ...": a report, as "wrote that" is (the noun "post" stays none)
    ("Marcus Webb posted that he had learned of the layoff when his laptop stopped working.",
     [("that he had learned of the layoff when his laptop stopped working", "Marcus Webb")]),
    ("She posted on Facebook that the store would close.", [("that the store would close", None)]),
    ("Canevi was promoted to Under-secretary for the Treasury, a key economic management post.", []),
    ("He posted a video that showed the crash.", []),
])
def test_posted_that_reports(text, reports):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == reports


@pytest.mark.parametrize("text, speaker, desc", [
    # "Another" or "One of them", then a role and a name in commas: the person named, the role his description
    ("Another, engineer Marcus Webb, said he had learned of the layoff.", "Marcus Webb", "engineer"),
    ("One of them, engineer Marcus Webb, said he had learned of the layoff.", "Marcus Webb", "engineer"),
    ("Another CBT official, executive vice president George Sladoje, said the issue would be discussed.",
     "George Sladoje", "Another CBT official, executive vice president"),
    # (as before: "His coach, former world champion Moses Tanui"; and a bare "One" with a firm stays as it is)
    ("His coach, former world champion Moses Tanui, said he was tired.", "Moses Tanui", "His coach, former world champion"),
    ("One, rival Acme Corp, said the plan failed.", "One", "One"),
])
def test_another_then_a_role_and_a_name(text, speaker, desc):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.speaker_description) == (speaker, desc)


@pytest.mark.parametrize("text, speaker", [
    # an age epithet after a sentence opened by a manager whose given name the lists now know
    ('"We controlled it," Mikel Arteta told Sky Sports.\n\nBrighton manager Fabian Hurzeler was delighted with his '
     'side. "To come here and take a point is good," the 31-year-old said.', "Fabian Hurzeler"),
    # a player's position as an epithet for the subject of the sentence before
    ('Kai Havertz scored first. "We controlled it," Mikel Arteta told Sky Sports.\n\nHavertz, who has now scored in '
     'four straight matches, was less diplomatic. "It was a goal," the German forward said.', "Kai Havertz"),
    ('Josh Allen threw three touchdowns. "We kept going," coach Sean McDermott said.\n\nAllen was asked about the '
     'last drive. "We trusted the plan," the quarterback said.', "Josh Allen"),
])
def test_sports_epithets_for_the_subject_before(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, report", [
    # when or where between a commitment's verb and its infinitive: the promise is still reported
    ("Shigeru Ishiba pledged on Tuesday to raise real wages and revitalise rural areas.",
     "to raise real wages and revitalise rural areas"),
    ("He promised at the rally to cut taxes.", "to cut taxes"),
    ("Japan pledged in Paris last month to take action to boost demand.", "to take action to boost demand"),
    # (as before: a day alone)
    ("Shigeru Ishiba pledged Tuesday to raise real wages.", "to raise real wages"),
    # a circumstance with a "to" of its own, before its audience: the infinitive comes after it
    ("The chancellor vowed in his first speech to parliament since the summer break to cut energy bills.",
     "to cut energy bills"),
    ("She promised at a rally to supporters in Ohio to raise the minimum wage.", "to raise the minimum wage"),
    ("He vowed in an address to the nation on Sunday to protect every job.", "to protect every job"),
    ("The senator pledged in a letter to Congress to block the nomination.", "to block the nomination"),
])
def test_a_commitment_with_a_circumstance_before_its_infinitive(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


def test_a_pledge_of_a_thing_is_no_report():
    assert extract_quotes("She pledged her support to the candidate.") == []


@pytest.mark.parametrize("text, report", [
    # a named recipient of a warning or an assurance, then the clause with no "that": not the report's
    ("Japan warned the United States it may take retaliatory measures.", "it may take retaliatory measures"),
    ("Tony Blair assured Gordon Brown he would stand down before the next election.",
     "he would stand down before the next election"),
    ("Her agent warned Bath they have until next week to improve their offer.",
     "they have until next week to improve their offer"),
    # (as before: the people told)
    ("He assured voters he would force Mexico to pay.", "he would force Mexico to pay"),
])
def test_a_named_recipient_before_a_clause(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


@pytest.mark.parametrize("text, reports", [
    # a short subject before a mid-sentence "as X points out" (read as a fronted phrase before): two pieces
    ("And that, as the mayor points out, is quite a bit right now.",
     [("that", "the mayor"), ("is quite a bit right now", "the mayor")]),
    ("But the real problem, as Paul Krugman has pointed out, is that wages have stagnated.",
     [("the real problem", "Paul Krugman"), ("is that wages have stagnated", "Paul Krugman")]),
    # and "point out" at a sentence's end, after a plural source
    ("But ignoring the progress also carries risks, as Clinton supporters point out.",
     [("ignoring the progress also carries risks", "Clinton supporters")]),
    # but a fronted link word or phrase keeps its clause whole (a subject in -s is no predicate)
    ("However, as Reuters has reported, cases that have led to charges included aggravating circumstances.",
     [("cases that have led to charges included aggravating circumstances", "Reuters")]),
    ("Just a few weeks ago, as Reuters reported, Thor and Beck were discussing a hypothetical situation.",
     [("Thor and Beck were discussing a hypothetical situation", "Reuters")]),
])
def test_an_as_aside_after_a_short_subject(text, reports):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == reports


@pytest.mark.parametrize("text, kind", [
    # an office alone as a headline's speaker is a description, not a person called "Minister"
    ("Minister says 'no plans' to raise fuel duty\n\nTransport Secretary Louise Haigh said so.", "anonymous"),
    ("Chancellor says 'no return to austerity'\n\nRachel Reeves said so.", "anonymous"),
    # but a bare capitalised word in the body is a surname ("King said"), as before
    ("Rep. Peter King spoke.\n\nKing said the testimony differed from earlier accounts.", "person"),
])
def test_an_office_alone_in_a_headline_is_a_description(text, kind):
    assert extract_quotes(text)[0].speaker_kind == kind


@pytest.mark.parametrize("text, report, speaker", [
    # a court's participle after a comma: ", ruling that ..." reports what it ruled
    ("A federal judge on Friday blocked the state's new absentee ballot rules, ruling that they were likely "
     "unconstitutional.", "that they were likely unconstitutional", "A federal judge"),
    # a body's name with "of" and a noun in -s before its verb is the whole name
    ("Earlier this year, a Texas court of appeals upheld the claim against the company, ruling that the company "
     "unlawfully interfered with the merger.", "that the company unlawfully interfered with the merger",
     "a Texas court of appeals"),
    ("Earlier this year, a Texas court of appeals upheld the claim against the company, saying that the company "
     "unlawfully interfered with the merger.", "that the company unlawfully interfered with the merger",
     "a Texas court of appeals"),
    # the main clause's chain after the participle's report is not part of it
    ("But a U.S. Court of Appeals last July vacated the award, ruling that the government was entitled to immunity, "
     "and dismissed the lawsuit.", "that the government was entitled to immunity", "a U.S. Court of Appeals"),
])
def test_a_ruling_participle_after_a_comma(text, report, speaker):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [(report, speaker)]


@pytest.mark.parametrize("text, expected", [
    # "ruling" is no cue elsewhere: not before a party's name, not a noun
    ("Japan's ruling Liberal Democratic Party said it would cut taxes.",
     [("it would cut taxes", "Liberal Democratic Party")]),
    ("The court's ruling that the law was valid angered activists.", []),
    ("The ruling was a blow to the governor, who said he would appeal.", [("he would appeal", "the governor")]),
])
def test_ruling_is_no_cue_outside_a_participle_after_a_comma(text, expected):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, description", [
    # an office in commas before the name, a relative clause after it: the office describes the speaker
    ("The First Minister, Eluned Morgan, who visited the town on Sunday, said the government would help.",
     "The First Minister"),
    ("A former Republican presidential candidate -- John McCain, who lost the 2008 election -- said the plan "
     "would fail.", "A former Republican presidential candidate"),
    # (as before: the relative clause, when no appositive stands before the name)
    ("Raphael Lemkin, who coined the word genocide, once said the world had forgotten.", "who coined the word genocide"),
    # nor when the words before the name are a clause of their own, not an appositive
    ("Historians recognize this calamity for what it is (Raphael Lemkin, who coined the word genocide, once said "
     "the world had forgotten).", "who coined the word genocide"),
])
def test_an_office_before_the_name_beats_a_relative_clause_after_it(text, description):
    assert [q.speaker_description for q in extract_quotes(text)] == [description]


@pytest.mark.parametrize("text, speaker", [
    # a name opening its sentence, then ", whose ...": the subject a later "she" or "he" goes back to,
    # though the lists do not know the given name's gender (a known woman named before is not her)
    ('"Mothers were blamed," Ms Ockenden told a press conference.\n\nTaryn Davies, whose daughter died in 2009, '
     'said she had waited years for an apology. "They called us liars," she said.', "Taryn Davies"),
    ('"It was a fine film," Mr Strauss said. Mr Karger, whose favourite film of the year was Vera Drake, stayed '
     'upbeat. "I hope this is the year for small films," he said.', "Karger"),
    # (as before: a known woman named just before, with no sentence of her own)
    ('"Mothers were blamed," Ms Ockenden told a press conference.\n\nShe added: "It has to end."', "Ockenden"),
])
def test_a_name_before_whose_is_the_subject_a_pronoun_goes_back_to(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_welsh_given_names_are_women():
    # (so a "he" after her goes back to the man before)
    text = ('"Mothers were blamed," Mr Jones told a press conference.\n\nRhiannon Davies said it was true. '
            '"They called us liars," he said.')
    assert extract_quotes(text)[-1].speaker == "Jones"


@pytest.mark.parametrize("text, description", [
    # a calling before the name where the article introduces it, when nothing else describes the speaker
    ('The review, led by senior midwife Donna Ockenden, said the trust had failed. "Mothers were blamed," '
     'Ms Ockenden told a press conference.', "senior midwife"),
    ('The film starred Hollywood legend Kirk Douglas. "It was fun," Douglas said.', "Hollywood legend"),
    # (as before: a role word of the lists)
    ('The show starred veteran comedian Jack Dee. "It was fun," Dee said.', "veteran comedian"),
    # not how someone stands to another ("his rival", "a friend"): no description
    ('He attacked his rival Bernie Sanders on Monday. "That is false," Sanders said.', None),
    ('She met her friend Tom Reyes. "It was fun," Reyes said.', None),
])
def test_a_calling_before_a_name_describes_the_speaker(text, description):
    assert extract_quotes(text)[-1].speaker_description == description


@pytest.mark.parametrize("text, speaker", [
    # a surname with an apostrophe after O or D is a full name's last word: a later "she" and the
    # surname alone go back to it
    ('"I was scared," Jane Doe told NBC News.\n\nMayor Kathy O\'Nan said the tower had been destroyed. '
     '"We need help," she said.', "Kathy O'Nan"),
    ('Aston Villa boss David O\'Leary signed a new contract on Thursday. "I am delighted," O\'Leary said.',
     "David O'Leary"),
    ('Author Dinesh D\u2019Souza spoke on Monday. "I would bet on Hillary," D\u2019Souza said.', "Dinesh D\u2019Souza"),
])
def test_irish_and_french_surnames_with_an_apostrophe(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a person named mid-sentence reporting earlier in the paragraph is who a pronoun after it is
    ('"We are thrilled," O\'Leary said.\n\nO\'Leary\'s future was in question, but Villa chairman Doug Ellis said '
     'he was happy to secure the deal. "David\'s record is excellent," he told the club\'s website.', "Doug Ellis"),
    ('"We won," Alex Salmond said. However, Labour MP George Foulkes said the campaigners would make no difference. '
     '"A serving soldier knows that Labour is right," he said.', "George Foulkes"),
    # not a firm named after a person, of whom someone is ("an analyst with Dean Witter said")
    ('Thom Brown said the market was weak. Bill Smith, an analyst with Dean Witter said prices would fall. '
     '"It is not clear," he said.', "Bill Smith"),
    # (as before: a quotation by someone else between them keeps the pronoun on that speaker)
    ('Doug Ellis said he was happy. "We are thrilled," said Tom Price. "It is a fine deal," he added.', "Tom Price"),
])
def test_a_person_reporting_mid_paragraph_is_the_pronouns_antecedent(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, expected", [
    # an attribution in commas, then a participle of saying: the clause before is the attribution's
    # report, the participle's words its own (not a second piece of the first)
    ("At least 70 people were killed in Kentucky, Gov. Andy Beshear said, noting that the toll would rise.",
     [("At least 70 people were killed in Kentucky", "said", "Andy Beshear"),
      ("that the toll would rise", "noting", "Andy Beshear")]),
    ('At least 70 people were killed in Kentucky, Gov. Andy Beshear said, calling it "the worst event in our '
     'history."', [("At least 70 people were killed in Kentucky", "said", "Andy Beshear"),
                   ('it "the worst event in our history."', "calling", "Andy Beshear")]),
    # the participle's subject is the attribution's, not the clause's last words
    ('"The task is hard," Izvestia said.\n\nThe cold has affected large parts of the country and has caused '
     'fieldwork to stop in the Ukraine, it said, adding that temperatures fell to minus 30.',
     [("The task is hard,", "said", "Izvestia"),
      ("The cold has affected large parts of the country and has caused fieldwork to stop in the Ukraine", "said",
       "Izvestia"),
      ("that temperatures fell to minus 30", "adding", "Izvestia")]),
])
def test_an_attribution_in_commas_before_a_participle_of_saying(text, expected):
    assert [(q.text, q.cue, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # (as before: a fronted phrase of time or place before the attribution, the clause after it)
    ("At the time, he said, the bank was solvent.", [("the bank was solvent", "said")]),
])
def test_a_fronted_phrase_before_a_mid_sentence_attribution(text, expected):
    assert [(q.text, q.cue) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a dateline of a place in capitals, its state and a hyphen: the lead's subject after it is a person
    # an epithet goes back to
    ('Tornado rips through town\n\nMAYFIELD, Ky. - Jennifer Bryant was in her basement when the tornado hit.\n\n'
     '"It sounded like a freight train," the 42-year-old nurse said Saturday.', "Jennifer Bryant"),
    ('Tornado rips through town\n\nMAYFIELD -- Jennifer Bryant was in her basement when the tornado hit.\n\n'
     '"It sounded like a freight train," the 42-year-old said Saturday.', "Jennifer Bryant"),
])
def test_a_dateline_with_a_hyphen_before_the_leads_subject(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_an_age_epithet_with_a_calling_gives_the_named_person_a_role():
    text = ('Jennifer Bryant was in her basement when the tornado hit.\n\n'
            '"It sounded like a freight train," the 42-year-old nurse said Saturday.')
    q, = extract_quotes(text)
    assert (q.speaker, [r["role"] for r in q.speaker_roles]) == ("Jennifer Bryant", ["nurse"])


@pytest.mark.parametrize("text, org", [
    # "its" after a body named after its kind with no article ("Parents' group Connect")
    ("Parents' group Connect said families would be worried. Its chief executive, Eileen Prior, said: "
     "'Children have been through enough.'", "Connect"),
    # (as before: with its article)
    ("The state weather agency Aemet said the heat would last. Its spokesman, Ruben del Campo, told reporters: "
     "'Stay indoors.'", "Aemet"),
])
def test_its_officer_after_a_body_described_before_its_name(text, org):
    assert extract_quotes(text)[-1].speaker_roles[0]["organization"] == org


@pytest.mark.parametrize("desc, roles", [
    # how long someone has done it is no part of the role
    ("a mechanic with 17 years at the company", [("mechanic", "company", "a mechanic with 17 years at the company")]),
    ("a nurse with 20 years of experience", [("nurse", None, "a nurse")]),
    ("a pilot with more than 30 years experience at Delta",
     [("pilot", "Delta", "a pilot with more than 30 years experience at Delta")]),
    # (as before: "with" a firm is where one works)
    ("an analyst with Dean Witter", [("analyst", "Dean Witter", "an analyst with Dean Witter")]),
])
def test_tenure_is_no_part_of_a_role(desc, roles):
    assert [(r.role, r.organization, r.description) for r in parse_description(desc)] == roles


@pytest.mark.parametrize("text, speaker, kind", [
    # a name described as a provider or a supplier of something is a company's: "the company" after it is it
    ("Acme Robotics, a provider of robots for warehouses, today announced it has closed a funding round.\n\n"
     "The company said it would use the funds to expand.", "Acme Robotics", "organization"),
    ("Zenith Parts, a supplier of brakes to carmakers, said sales rose. The company said margins fell.",
     "Zenith Parts", "organization"),
    # (a person described by what they do stays a person)
    ("Jo Flaherty, a senior broadcaster, said the show would end. She said it was sad.", "Jo Flaherty", "person"),
])
def test_a_name_described_as_a_provider_is_a_company(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speaker, kind", [
    # a developer's or builder's name after the word for it: the firm, not "Developer Harlow Homes"
    ("Developer Harlow Homes said it would appeal.", "Harlow Homes", "organization"),
    ("Housebuilder Persimmon said sales had slowed.", "Persimmon", "organization"),
    # (a person after it stays a person)
    ("Developer John Smith said he would appeal.", "John Smith", "person"),
])
def test_a_developer_named_after_its_kind(text, speaker, kind):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, description, roles", [
    # a role in commas before the name, the person named later with an honorific: still the description
    ('Her barrister, Anna Cole, said her client was ashamed. Ms Cole said she had sought treatment.',
     "Her barrister", ["barrister"]),
    ('"It is over," said its chief executive, Sir Howard Newby. Sir Howard said more.', "its chief executive",
     ["chief executive"]),
    # no apposition: a fronted phrase holding a role word, a clause, two sentences
    ("In her pursuit of the Democratic nomination for president, Hillary Rodham Clinton has emphasized her "
     "experience. Mrs. Clinton said it mattered.", None, []),
    ("Bush will change as he begins his second term as US President, Tony Blair has said. Mr Blair said so again.",
     None, []),
    ("It could come from ITV and the BBC. Head of the division, Andrew Burke, spoke about it. Mr Burke said it "
     "would grow.", None, []),
])
def test_a_role_in_apposition_before_a_name_named_again_with_an_honorific(text, description, roles):
    q = extract_quotes(text)[-1]
    assert (q.speaker_description, [r["role"] for r in q.speaker_roles]) == (description, roles)


@pytest.mark.parametrize("text, expected", [
    # "as X put it" attributes the clause it opens or closes, quoted words in it or not
    ("Bailey spoke. As he put it, the Bank is not yet at the point where it can cut.",
     [("indirect", "the Bank is not yet at the point where it can cut")]),
    ('Bailey spoke. As the analyst put it in a note on Friday, the Bank is "not yet at the point" where it can cut.',
     [("mixed", 'the Bank is "not yet at the point" where it can cut')]),
    ('Bailey spoke. The Bank is "not yet at the point" where it can cut, as Bailey put it.',
     [("mixed", 'The Bank is "not yet at the point" where it can cut')]),
    # mid-sentence, the words put end where the sentence's own verb comes
    ('Yanukovych, who owed his election to, as a diplomat put it, an "extreme makeover" that Manafort oversaw, '
     'bolted the country.', [("mixed", 'an "extreme makeover" that Manafort oversaw')]),
    # not putting a thing somewhere
    ("Bailey spoke. As he put it down, the phone rang loudly in the hall.", []),
    ("He put it on the table.", []),
])
def test_as_someone_put_it(text, expected):
    assert [(q.kind, q.text if q.kind == "indirect" else text[q.content_start:q.content_end])
            for q in extract_quotes(text)] == expected


SHELL = ("Exclusive: Shell weighs sale of Nigerian onshore assets, sources say\n\n"
         "LONDON (Reuters) - Shell is considering selling its remaining onshore oil assets in Nigeria, two sources "
         "familiar with the matter said.\n\nThe sale could fetch more than $2 billion, one of the sources said. The "
         "other said talks were at an early stage.\n\nA Shell spokesperson declined to comment. The company has said it "
         "wants to focus on deep-water projects.")


def test_a_wire_exclusive_with_two_sources():
    assert [(q.text, q.speaker) for q in extract_quotes(SHELL)] == [
        # the story's label is no part of the headline's report
        ("Shell weighs sale of Nigerian onshore assets", "sources"),
        ("Shell is considering selling its remaining onshore oil assets in Nigeria",
         "two sources familiar with the matter"),
        ("The sale could fetch more than $2 billion", "one of the sources"),
        # "the other" of two sources speaks
        ("talks were at an early stage", "The other of the sources"),
        # "the company" is the firm the story opens with, after the wire's dateline
        ("it wants to focus on deep-water projects", "Shell")]


@pytest.mark.parametrize("text, report", [
    # a recipient that is an outlet named by its kind ("a local radio station", "the BBC News website"): all
    # of it before the clause
    ("Police Chief Raymond Cole told a local radio station that the figures were misleading.",
     "that the figures were misleading"),
    ("Cole told a local TV station the figures were misleading.", "the figures were misleading"),
    ("A Labour Party spokesman told the BBC News website the party avoided those on TPS lists.",
     "the party avoided those on TPS lists"),
    ("Negroponte told the BBC World Service programme Go Digital he hoped it would become an education tool.",
     "he hoped it would become an education tool"),
    # (as before: a recipient of one word)
    ("Cole told reporters the figures were misleading.", "the figures were misleading"),
])
def test_a_recipient_outlet_named_by_its_kind(text, report):
    assert [q.text for q in extract_quotes(text)] == [report]


@pytest.mark.parametrize("text, speaker", [
    # a source described with a body in lower case (and in apposition) opens the sentence before "he said"
    ('"It is French ATC," Michael O\'Leary said.\n\nA spokesman for the French civil aviation authority, the DGAC, '
     'rejected the claims. He said staff shortages were being addressed.', "A spokesman for the French civil "
                                                                          "aviation authority"),
    ('Kistler said the order froze the accounts.\n\nA spokesman for the bank said he was aware of the order. "Now we '
     'have to find out what is on the accounts," he said.', "A spokesman for the bank"),
    # an adverb after a new source before its verb
    ('"It is incorrect," the minister said.\n\nA spokesman for the Indonesian Importers Association also denied '
     'knowledge of the plan. He said importers would know.', "A spokesman for the Indonesian Importers Association"),
    # (but not after an epithet for the person named before: he stays that person)
    ('Liverpool legend Phil Thompson has pleaded with Steve Gerrard to stay.\n\nThe ex-Reds assistant boss also warned '
     'that any honours would be cheapened. He told BBC Radio Five Live: "It will all be down to Steve."',
     "Phil Thompson"),
])
def test_a_source_described_with_its_body_before_he_said(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a body with a restrictive relative clause speaks, not the clause's last words: after a place, or with "which"
    ("A secondary school in Kent that banned mobile phones six months ago says results have improved.",
     "A secondary school in Kent that banned mobile phones"),
    ("A firm which makes chips says sales fell.", "A firm which makes chips"),
    # (the relative's own subject speaks: "a move which Governor Sumita said was not under consideration")
    ("The bank bought dollars, a move which Bank of Japan Governor Satoshi Sumita said was not under consideration.",
     "Satoshi Sumita"),
    # ("of which" opens no relative of a speaker)
    ("Mr Yushchenko became president after two elections, the first of which was annulled amid massive street "
     "protests.", None),
])
def test_a_body_with_a_restrictive_relative_clause_speaks(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speaker, roles", [
    # a capitalised "Head" before a role word is part of the role, no organisation
    ("Head teacher Sarah Quinn said the change had been good.", "Sarah Quinn", [("head teacher", None)]),
    # a hyphenated epithet before the name is no part of it
    ("Mother-of-two Claire Dobson said she worried.", "Claire Dobson", []),
    ("Man-of-the-match Stephen Jones said it was special.", "Stephen Jones", []),
])
def test_words_before_a_name_that_are_no_part_of_it(text, speaker, roles):
    q, = extract_quotes(text)
    assert (q.speaker, [(r["role"], r["organization"]) for r in q.speaker_roles]) == (speaker, roles)


@pytest.mark.parametrize("text, org", [
    # "the union's" officer: the body that spoke before, though its name has no "union" in it
    ('Nurses voted to accept the deal, the Royal College of Nursing said on Friday.\n\nThe union\'s general '
     'secretary, Pat Cullen, said members had made a "difficult decision".', "Royal College of Nursing"),
    # (and one whose name says it: "the Unite union")
    ('Workers at the plant will strike next week, the Unite union said.\n\nThe union\'s general secretary, '
     'Sharon Graham, said members were angry.', "Unite"),
])
def test_the_unions_officer_is_of_the_body_that_spoke(text, org):
    assert extract_quotes(text)[-1].speaker_roles[0]["organization"] == org


@pytest.mark.parametrize("text, speaker", [
    # a firm's rank, country or trade before its noun is still the company that spoke ("the No. 2 U.S. automaker")
    ("DETROIT, April 1 - Ford Motor Co said it built 120,000 cars in March.\n\nThe number two U.S. automaker said its "
     "truck output rose 8 pct.", "Ford Motor Co"),
    ("DETROIT, April 1 - Ford Motor Co said it built 120,000 cars in March.\n\nThe No. 2 U.S. automaker said its "
     "truck output rose 8 pct.", "Ford Motor Co"),
    ("LONDON, May 2 - Rio Tinto Plc said shipments fell.\n\nThe world's second-biggest miner said prices would "
     "recover.", "Rio Tinto Plc"),
    ("LONDON, May 2 - Tesco Plc said sales rose.\n\nBritain's biggest retailer said prices would fall.", "Tesco Plc"),
    # a trade's "group" or "giant" is a company too
    ("AMSTERDAM, May 2 - Philips NV said profit rose.\n\nThe Dutch electronics group said demand was strong in Asia.",
     "Philips NV"),
    ("BASLE, May 2 - Ciba-Geigy Ltd said it formed a new unit.\n\nThe Swiss-based pharmaceutical giant said sales rose.",
     "Ciba-Geigy Ltd"),
    # "the bank" after a bank whose name does not say so
    ("CHICAGO, April 9 - Northern Trust Corp said its earnings were reduced.\n\nThe bank said it expects a recovery.",
     "Northern Trust Corp"),
    # not a rank owned by a person, nor a group with no trade, nor rank words alone before no firm noun
    ("DETROIT, April 1 - Ford Motor Co said it built 120,000 cars in March.\n\nThe Smith's biggest retailer said "
     "prices would fall.", "The Smith's biggest retailer"),
    ("DETROIT, April 1 - Ford Motor Co said it built 120,000 cars in March.\n\nThe Dutch group said prices would "
     "fall.", "The Dutch group"),
    ("DETROIT, April 1 - Ford Motor Co said it built 120,000 cars in March.\n\nThe world's biggest fan said prices "
     "would fall.", "The world's biggest fan"),
])
def test_a_firm_named_by_its_rank_country_or_trade(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, report", [
    # a three-word clause (subject, auxiliary, verb) before a trailing attribution is a report
    ("Workers will strike, the Unite union said.", "Workers will strike"),
    ("Talks have collapsed, officials said.", "Talks have collapsed"),
    ("He will resign, she said.", "He will resign"),
    # but not a fronted phrase, a participle's clause or a negation's first words
    ("In the morning, he said.", None),
    ("Asked about it, he said no.", None),
    ("Workers will not, the union said.", None),
])
def test_a_short_clause_before_its_attribution(text, report):
    assert [q.text for q in extract_quotes(text)] == ([report] if report else [])


@pytest.mark.parametrize("text, speaker", [
    # a reported clause's inverted source: the person a role introduces, as for a quotation
    ("Costs are soaring across the sector, said the chief executive, Anna Lee.", "Anna Lee"),
    ("Costs are soaring across the sector, said a spokesman, Ana Rivera, 42.", "Ana Rivera"),
    # (no person: a firm's name after the role, or a place)
    ("Costs are soaring across the sector, said the spokesman, General Motors.", "the spokesman"),
    ("Costs are soaring across the sector, said the mayor, New York.", "the mayor"),
])
def test_a_reports_inverted_role_then_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "one" before a participle after a comma or "with" is its own subject: one of the group named before
    ('Fans reacted with delight on social media, one writing: "This is the best news of the year."', "one of the fans"),
    ('Fans reacted with delight on social media, with one writing: "This is the best news of the year."',
     "one of the fans"),
    # (not "no one" doing something while the subject speaks)
    ('The senator spoke for an hour with no one interrupting him, saying: "We will win."', "The senator"),
])
def test_one_of_a_group_as_a_participles_subject(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a capitalised word, then a plural noun and its verb: the whole phrase is the chain's subject
    ("Abortion providers welcomed the ruling but warned that clinics might close.", "Abortion providers"),
    ("Abortion rights groups welcomed the ruling but warned that clinics might close.", "Abortion rights groups"),
    ("Tory delegates gathered in Brighton and said that the party would win.", "Tory delegates"),
    # (not a verb in -s after a name, nor "has")
    ("Smith thinks tax cuts would help, but warned that the deficit might grow.", "Smith"),
])
def test_a_capitalised_word_and_a_plural_noun_open_a_chain(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a hyphenated role ("co-chairman", "vice-president") before a name opens a sentence as a plain one does
    ('Tory co-chairman Liam Fox opened proceedings with a speech criticising Tony Blair. "It is bad," he said.',
     "Liam Fox"),
    ('Party vice-president Anna Berg opened proceedings with a speech criticising Tony Blair. "It is bad," she said.',
     "Anna Berg"),
])
def test_a_hyphenated_role_before_a_name_opens_a_sentence(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "the agency", "the paper", "the regulator" after a body introduced as one ("the weather agency Aemet said")
    ("Spain has recorded its highest temperature, the weather agency Aemet said. The agency said the heat would ease.",
     "Aemet"),
    ("Ofcom fined the broadcaster, the media regulator Ofcom said. The regulator said it had received 500 complaints.",
     "Ofcom"),
    ("Car output fell 5 pct in March, the trade paper Automotive News said. The paper said April looked better.",
     "Automotive News"),
    # (not a body introduced as something else, nor "the company" by a description's last word alone)
    ("Spain has recorded its highest temperature, the weather service Aemet said. The agency said the heat would "
     "ease.", "The agency"),
])
def test_a_body_introduced_by_its_kind_is_what_that_kind_stands_for(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, report, speaker", [
    # an absolute "with" and its subject before a participle of saying: the subject reports
    ("Spain has recorded its highest temperature, with the weather agency Aemet saying thermometers in Cordoba "
     "reached 47.6C.", "thermometers in Cordoba reached 47.6C", "Aemet"),
    ("Prices rose 3 percent, with the central bank warning that inflation would persist.",
     "that inflation would persist", "the central bank"),
    ("The law faces a stiff test this weekend, with the Countryside Alliance saying many hunts will be out in force.",
     "many hunts will be out in force", "Countryside Alliance"),
    # (not a noun in -ing after "with": "the weather warning issued", "a storm warning of gales")
    ("The storm hit the coast, with the weather warning issued on Friday.", None, None),
    ("Ships stayed in port, with a storm warning of gales in force.", None, None),
])
def test_with_and_its_subject_before_a_participle(text, report, speaker):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == ([(report, speaker)] if report else [])


@pytest.mark.parametrize("text, report", [
    # money claimed is no claim made: "claimed thousands of pounds in expenses"
    ("The minister resigned after reports that she claimed thousands of pounds in expenses for a second home she "
     "rarely used.", None),
    ("Yukos is claiming more than $20bn in damages after Yugansk was sold in December to settle back taxes.", None),
    # (a claim with its clause stays one, an amount in it too)
    ("He claimed 5,000 people had marched.", "5,000 people had marched"),
    ("He claimed the council had failed him.", "the council had failed him"),
])
def test_money_claimed_is_no_report(text, report):
    assert [q.text for q in extract_quotes(text)] == ([report] if report else [])


@pytest.mark.parametrize("text, org", [
    # "of"/"at" a firm whose name ends in a word no place or person ends in: the speaker's organisation
    ("Gene Munster of Deepwater Asset Management said the phone was cheap.", "Deepwater Asset Management"),
    ("Harriet Cole of Fenwick Books said pre-orders were strong.", "Fenwick Books"),
    ("Ian Shepherdson at Clearview Economics said growth would slow.", "Clearview Economics"),
    # (not a place, nor one word)
    ("Harriet Cole of North Yorkshire said pre-orders were strong.", None),
    ("Harriet Cole of Leeds said pre-orders were strong.", None),
])
def test_a_firm_named_after_of_by_its_last_word(text, org):
    q, = extract_quotes(text)
    assert [r["organization"] for r in q.speaker_roles][:1] == ([org] if org else [])


@pytest.mark.parametrize("text, speaker", [
    # a fronted participle's phrase ending in a day or a month is no name before an appositive
    ("Speaking at Manchester Crown Court on Wednesday, the woman, who cannot be named, said she woke up.", "the woman"),
    ("Giving evidence at Manchester Crown Court on Wednesday, the 34-year-old, who cannot be named for legal reasons, "
     "said she woke to find a man standing over her bed.", "the 34-year-old"),
    # (a name after the phrase, no comma between, still speaks)
    ("During today's hearing Paul Gonson, a lawyer, told the court the case was weak.", "Paul Gonson"),
])
def test_a_fronted_phrase_ending_in_a_day_then_the_subject(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # people by a plural noun, capitalised at the sentence's start, are a participle's subject
    ("Analysts at Goldman Sachs raised their Brent forecast to $95 a barrel, saying the cut would tighten supply.",
     "Analysts at Goldman Sachs"),
    ("Analysts raised their forecast, saying the cut would tighten supply.", "Analysts"),
    # (no people: nothing speaks)
    ("Prices rose on Monday, saying the cut would tighten supply.", None),
    ("Storms hit the coast, adding that the cut would tighten supply.", None),
])
def test_people_by_a_plural_noun_as_a_participles_subject(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speakers", [
    # "they" after "the family" or "the couple" said: that one source
    ('The family said she died peacefully. "We are devastated," they said.', ["The family", "The family"]),
    ('Her family said she died peacefully. They asked for privacy "at this difficult time".',
     ["Her family", "Her family"]),
    # (not a family that did not speak, mentioned after a preposition)
    ('The jury heard from the family of the victim. "We are devastated," they said.', [None]),
])
def test_they_after_a_family(text, speakers):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert len({q.speaker_key for q in qs}) == 1


@pytest.mark.parametrize("text, desc", [
    # a description in apposition before the name, headed by a role with "co-", "vice-", "ex-" or by a tie
    ("Her former co-presenter, Nicholas Grant, said he was heartbroken.", "Her former co-presenter"),
    ("Her former colleague, Nicholas Grant, said he was heartbroken.", "Her former colleague"),
    ("His ex-wife's neighbour, Nicholas Grant, said he was heartbroken.", "His ex-wife's neighbour"),
    # (no description: a fronted phrase)
    ("In the end, Nicholas Grant said he was heartbroken.", None),
])
def test_a_tie_or_prefixed_role_in_apposition_before_a_name(text, desc):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_description) == ("Nicholas Grant", desc)


@pytest.mark.parametrize("text, report, speaker", [
    # a name opening the sentence, an appositive after it in commas, then the cue: no inverted cue after a report
    ("Shop owner Gareth Price, 58, told us the storm ripped the roof off his garage in Porthcawl.",
     "the storm ripped the roof off his garage in Porthcawl", "Gareth Price"),
    ("Munson, a wholesale electric utility, said the financing consists of a credit agreement with a division of "
     "Foster Oilfield Co of Houston.", "the financing consists of a credit agreement with a division of Foster "
                                      "Oilfield Co of Houston", "Munson"),
    # (an inverted cue after a report still is one)
    ("Technically, most currency futures are poised for another rise, said Craig Sloane, an analyst.",
     "Technically, most currency futures are poised for another rise", "Craig Sloane"),
])
def test_a_subject_then_its_appositive_before_the_cue(text, report, speaker):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [(report, speaker)]


@pytest.mark.parametrize("text, speaker", [
    # a crowd, an audience, protesters are no "he"
    ('Trump seized on the numbers at a rally. "We are winning," he told the crowd, which chanted "Lock her up." He said '
     'the polls were "rigged" against him.', "Donald Trump"),
    ('Donald Trump spoke for an hour. The audience cheered "Four more years!" "Thank you," he said.', "Donald Trump"),
])
def test_a_crowd_is_no_he(text, speaker):
    text = "Donald Trump held a rally in Tampa. " + text
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a person introduced after "was" with an appositive is what a later "he" stands for
    ('The rally drew a crowd of workers, among them Luis Garcia. Donald Trump spoke in Ohio on Monday. Yet there in the '
     'back was Garcia, the grocery store worker. He was not feeling it. "This is a cheerleading contest," he said.',
     "Luis Garcia"),
    ('Donald Trump spoke in Ohio on Monday. Among those listening was Luis Garcia, a grocery store worker. He was not '
     'feeling it. "This is a cheerleading contest," he said.', "Luis Garcia"),
    # (no person: a day or a place after "was")
    ('Donald Trump spoke in Ohio. The best day was Monday, the last of the tour. "It was great," he said.',
     "Donald Trump"),
    ('Donald Trump spoke in Ohio. His first stop was Toledo, a city he loves. "It was great," he said.',
     "Donald Trump"),
])
def test_a_person_introduced_after_was(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "the chancellor" after its holder, by surname, opened the sentence before, though another man spoke since
    ('Speaking alongside German Chancellor Olaf Scholz, Macron said Europe had to act. "We cannot wait," he said.\n\n'
     'Scholz agreed that Europe must do more. "Germany will meet its commitments," the chancellor said.', "Olaf Scholz"),
    # (not when the sentence before is another's: "the chancellor" may be another chancellor)
    ('Speaking alongside German Chancellor Olaf Scholz, Macron said Europe had to act. "We cannot wait," he said.\n\n'
     'Macron added that Europe must do more. "Germany will meet its commitments," the chancellor said.',
     "the chancellor"),
])
def test_an_office_holder_who_opened_the_sentence_before(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a journal that "spoke" (a source after "according to") is no charity
    ("A drug slowed decline, according to results published in the New England Journal of Medicine.\n\nDr Susan "
     "Kohlhaas, director of research at Alzheimer's Research UK, called the results encouraging. The charity said it "
     "hoped the drug would be approved.", "The charity"),
    # (a body that spoke and is no firm, outlet or publication still is)
    ("Oxfam said the figures were shocking.\n\nThe charity said more aid was needed.", "Oxfam"),
])
def test_a_publication_is_no_charity(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "the force" after a police force spoke
    ("Officers were called at 02:30, West Midlands Police said.\n\nThe force said there would be extra patrols.",
     "West Midlands Police"),
    ("Officers were called at 02:30, Avon and Somerset Constabulary said.\n\nThe force said there would be extra patrols.",
     "Avon and Somerset Constabulary"),
    # (no police spoke: anonymous)
    ("Officers were called at 02:30, the council said.\n\nThe force said there would be extra patrols.", "The force"),
])
def test_the_force_is_the_police_that_spoke(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("description, role, org", [
    # a body's unit in capitals, then the body: the unit is part of the role
    ("director of the Asia program at the German Marshall Fund", "director of the Asia program", "German Marshall Fund"),
    ("head of the Gulf desk at the Soviet Foreign Ministry", "head of the Gulf desk", "Soviet Foreign Ministry"),
    # (as a unit in lower case already was; and a body after "of" alone stays the organisation)
    ("director of the climate program at the Brookings Institution", "director of the climate program",
     "Brookings Institution"),
    ("president of the Council on Foreign Relations", "president", "Council on Foreign Relations"),
])
def test_a_units_name_before_its_body(description, role, org):
    r, = parse_description(description)
    assert (r.role, r.organization) == (role, org)


@pytest.mark.parametrize("text, report", [
    # whom a warning is to and what about, no clause: no report
    ("China warns US over Taiwan arms sale", None),
    ("China warned Washington over its arms sales to Taiwan.", None),
    ("The minister warned investors against panic.", None),
    ("Weinberger warned Iran of even stronger countermeasures if the escalation continued.", None),
    # (a warning with its clause is one)
    ("He warned prices of food would rise.", "prices of food would rise"),
    ("China warned that the sale would harm ties.", "that the sale would harm ties"),
])
def test_a_warning_to_someone_about_something_is_no_report(text, report):
    assert [q.text for q in extract_quotes(text)] == ([report] if report else [])


@pytest.mark.parametrize("text, desc", [
    # kin in apposition before the name describes the person
    ("Andy Murray retired. His mother, Judy, told the BBC she was proud.", "His mother"),
    ("Jeb Bush spoke. His older brother, George W. Bush, said he was proud.", "His older brother"),
    # (not a phrase with kin after a preposition: "the death of his mother")
    ("Seitchi was returning to Chad to mourn the death of his mother, Chantal. He said he was proud.", None),
])
def test_kin_in_apposition_before_a_name(text, desc):
    assert extract_quotes(text)[-1].speaker_description == desc


@pytest.mark.parametrize("description, orgs", [
    # what a body runs, leads or founded is no body it belongs to
    ("which runs England's lighthouses", []),
    ("which runs the central computer network for the New York and American Stock Exchanges", []),
    # (a person who runs or works for a body is of it)
    ("who runs the Acme Trust", ["Acme Trust"]),
    ("which works with the Acme Trust", ["Acme Trust"]),
])
def test_what_a_body_runs_is_not_its_organisation(description, orgs):
    assert [r.organization for r in parse_description(description)] == orgs


@pytest.mark.parametrize("text, speaker, kind", [
    # a role in capitals after lower-case words is no organisation called "MP"
    ("The local MP said voters had spoken.", "The local MP", "anonymous"),
    # (a party's MP after its party's name is still read as that party's)
    ("Michael Shanks won the seat. The Labour MP said voters had spoken.", "Michael Shanks", "person"),
])
def test_a_role_in_capitals_is_no_name(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speaker", [
    # "the new MP" is the person the sentence before is about, as "the new manager" is
    ("Michael Shanks took 17,845 votes, more than double the SNP candidate. Speaking after the count, the new MP said "
     "voters had spoken.", "Michael Shanks"),
    # (not a person the article gave another role: a resident is no MP)
    ("Jane Doe, a resident, complained about the road. The new MP said it would be fixed.", "The new MP"),
])
def test_the_new_mp_is_the_person_before(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("prefix, role, org, place", [
    # a country's office before a name: the office, the country its organisation (as parse_description reads it)
    ("Wales's First Minister", "First Minister", "Wales", None),
    # a title of birth after the office is no part of it
    ("Saudi Energy Minister Prince", "Energy Minister", None, "Saudi"),
    ("Kuwaiti Oil Minister Sheikh", "Oil Minister", None, "Kuwaiti"),
    # (an owner before more than a title keeps the title alone)
    ("Boston's historic Faneuil Hall with Mayor", "Mayor", None, None),
])
def test_titles_with_an_owner_or_a_title_of_birth(prefix, role, org, place):
    r = parse_title(prefix)[-1]
    assert (r.role, r.organization, r.place) == (role, org, place)


@pytest.mark.parametrize("text, speakers", [
    # an office is not the one person named just before when a pronoun of the other gender speaks for it
    ("Sir Keir Starmer and Kemi Badenoch clashed over the NHS.\n\nMrs Badenoch told MPs that waiting lists had risen.\n\n"
     "The prime minister hit back, saying the Conservatives had failed. He told the Commons: \"We are cleaning up.\"",
     ["Kemi Badenoch", "The prime minister", "The prime minister"]),
    # (with no such pronoun, the office is still the person named before without it)
    ("Mr Brown said growth would slow.\n\nThe chancellor said taxes would not rise.", ["Brown", "Brown"]),
])
def test_an_office_and_a_pronoun_of_the_other_gender(text, speakers):
    assert [q.speaker for q in extract_quotes(text)] == speakers


@pytest.mark.parametrize("text, kind", [
    # policymakers are a group of people, as lawmakers are, not a person called "Policymakers"
    ("Policymakers said in a statement that inflation remained elevated.", "group"),
    ("Lawmakers said in a statement that inflation remained elevated.", "group"),
])
def test_policymakers_are_a_group(text, kind):
    assert [q.speaker_kind for q in extract_quotes(text)] == [kind]


@pytest.mark.parametrize("text, speaker, kind", [
    # an evidence plural opening a sentence is no one's name
    ("The deal was signed. Reports said CNPC had been offered a fifth of Yugansk.", "Reports", "anonymous"),
    ("Exports fell. Figures said imports rose 5 pct.", "Figures", "anonymous"),
    # a nationality before evidence words is the country's figures, no person called "Chinese"
    ("Trade rose 32 pct last year, according to Chinese statistics.", "Chinese statistics", "anonymous"),
    ("Trade rose 32 pct, according to Swedish customs figures.", "Swedish customs figures", "anonymous"),
    # people of a trade somewhere, not the place
    ("Car makers in Europe said sales fell.", "Car makers in Europe", "group"),
    ("Businessmen said the minister's remarks were a rare admission.", "Businessmen", "group"),
    # but a firm's singular short name stays the firm, and a people-less phrase keeps its name
    ("Video Jukebox Network Inc said it lost money.\n\nVideo said sales rose.", "Video Jukebox Network Inc", "organization"),
    ("Sources said the deal was off.", "Sources", "group"),
    ("Prices will rise, said British Airways.", "British Airways", "organization"),
])
def test_common_nouns_and_places_at_a_subject_s_edge_are_no_names(text, speaker, kind):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speaker", [
    # people somewhere who name a thing after its determiner speak, as one person does
    ('Officials in Germany called the plan "reckless".', "Officials in Germany"),
    ('Policy makers in Europe have called the slide "brutal" and have blamed the euro.', "Policy makers in Europe"),
    ('The senator called the plan "reckless".', "The senator"),
])
def test_people_somewhere_who_call_a_thing_something_are_its_speakers(text, speaker):
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("mixed", speaker)]


def test_a_thing_called_something_has_no_speaker():
    assert extract_quotes('The firm sells a technique called "spear phishing" to banks in Germany.') == []


@pytest.mark.parametrize("text, speaker, mention", [
    # a nationality, then lower-case words: the whole phrase, no person called "American"
    ("The White House is considering a base, according to American military officials.",
     "American military officials", "American military officials"),
    ('"It is always a problem," said Spanish teenager Nadal.', "Nadal", "Spanish teenager Nadal"),
    ("According to Russian newspaper Vedomosti, the credits would pay off loans.", "Vedomosti",
     "Russian newspaper Vedomosti"),
    # but a nationality that opens a name stays in it
    ('"We will win," said British Airways.', "British Airways", "British Airways"),
])
def test_a_nationality_before_lower_case_words_opens_a_description(text, speaker, mention):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


def test_a_newspaper_named_after_its_nationality_is_an_organisation():
    q, = extract_quotes("According to Russian newspaper Izvestia, the deal was off.")
    assert q.speaker_kind == "organization"


@pytest.mark.parametrize("text, speaker, clause", [
    # whom one tells follows "told": never who speaks, and the name before it is no part of the report
    ("Indonesia expects palm oil prices to rise sharply this year, Hasrul Harahap, junior minister for tree "
     "crops, told Indonesian reporters.", "Hasrul Harahap",
     "Indonesia expects palm oil prices to rise sharply this year"),
    ("Japan appears resolved to encourage domestic demand, Jean-Claude Paye, the OECD's secretary-general, told "
     "a news conference.", "Jean-Claude Paye", "Japan appears resolved to encourage domestic demand"),
    ("The Japanese banks have an unfair advantage, Paul Hofer, head of the Foreign Bankers Association of Japan, "
     "told Reuters.", "Paul Hofer", "The Japanese banks have an unfair advantage"),
])
def test_the_one_told_after_a_trailing_attribution_is_no_speaker(text, speaker, clause):
    q, = extract_quotes(text)
    assert (q.speaker, q.text) == (speaker, clause)


@pytest.mark.parametrize("text, speaker, clause", [
    # a description with an aside of its own after the report's comma is the subject
    ("It would take about 100 mln dlrs to repair the pipeline, the official, who did not want to be named, "
     "told Reuters.", "the official", "It would take about 100 mln dlrs to repair the pipeline"),
    ("Half of the crop is already in the ground, a spokesman for Suiker Unie, the largest sugar processor, said.",
     "a spokesman for Suiker Unie", "Half of the crop is already in the ground"),
    # as a name with one is
    ("Half of the crop is already in the ground, John Smith, who farms near Delft, said.", "John Smith",
     "Half of the crop is already in the ground"),
])
def test_a_described_subject_with_an_aside_ends_the_report(text, speaker, clause):
    q, = extract_quotes(text)
    assert (q.speaker_mention, q.text) == (speaker, clause)


@pytest.mark.parametrize("text, speaker, clause", [
    # a subject that opens the sentence keeps its reading, its report after the cue
    ("The man who was arrested on Monday, a former teacher, said he was innocent.",
     "The man who was arrested on Monday", "he was innocent"),
    ("The plan that was approved on Monday, a three-year freeze, will cut costs, the official said.", "the official",
     "The plan that was approved on Monday, a three-year freeze, will cut costs"),
])
def test_a_described_subject_opening_the_sentence_reports_after_its_cue(text, speaker, clause):
    q, = extract_quotes(text)
    assert (q.speaker_mention, q.text) == (speaker, clause)


@pytest.mark.parametrize("text, speaker", [
    # a fronted participle phrase ending on a place or an outlet after its preposition: the subject follows
    ("Speaking in Paris, the official, who did not want to be named, said prices would rise.", "the official"),
    ("Writing in The Guardian, the novelist, who lives in Kent, said the book was late.", "the novelist"),
    # but a name right after the circumstance, with no comma, is the subject
    ("During the hearing Paul Gonson, a lawyer, told the court the firm was solvent.", "Paul Gonson"),
])
def test_a_fronted_participle_ending_on_a_place_is_no_subject(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker_mention == speaker


@pytest.mark.parametrize("text, mention", [
    # a title-case headline: its subject ends before its verb
    ("Trump Addresses Munich Attack: \u2018This Cannot Continue.\u2019\n\nAt least nine people were killed in Munich.",
     "Trump"),
    ("Donald Trump Praises Washington Editor Matthew Boyle: \u2018Very Good Reporter.\u2019\n\nThe billionaire spoke "
     "at a press conference.", "Donald Trump"),
    # but a name whose last word ends in -s is no verb, nor is a topic after "on" the speaker
    ("Serena Williams: \u2018I am not done yet.\u2019\n\nSerena Williams spoke after the final.", "Serena Williams"),
])
def test_a_title_case_headline_s_subject_ends_before_its_verb(text, mention):
    q = extract_quotes(text)[0]
    assert q.speaker_mention == mention


@pytest.mark.parametrize("text, speaker, clause", [
    # a trailing attribution whose appositive lacks its closing comma: the name before the post speaks
    ("General Motors hopes to sell 8,000 vehicles in Europe this year, a five-fold rise, James Fry, vice-president "
     "of GM Overseas Distribution Corporation told a news briefing.", "James Fry",
     "General Motors hopes to sell 8,000 vehicles in Europe this year, a five-fold rise"),
    ("The African Development Bank plans to raise 200 mln dlrs via a bond this year, Milan Kerno, vice president "
     "of finance said.", "Milan Kerno", "The African Development Bank plans to raise 200 mln dlrs via a bond this year"),
    # a post after the report's comma with no name before it stays the speaker
    ("Sales rose 5 pct in the quarter, vice president of finance Milan Kerno said.", "Milan Kerno",
     "Sales rose 5 pct in the quarter"),
])
def test_a_name_before_an_unclosed_appositive_speaks(text, speaker, clause):
    q, = extract_quotes(text)
    assert (q.speaker, q.text) == (speaker, clause)


@pytest.mark.parametrize("text, speaker", [
    # a firm's first word in French, Spanish or Italian, or "Capital Markets" last, after a role: a firm
    ("The EC is issuing a 600 mln franc bond, lead manager Banque Nationale de Paris said.",
     "Banque Nationale de Paris"),
    ("Merrill Lynch is issuing a 100 mln Ecu eurobond due 1990, lead manager Banque Paribas Capital Markets said.",
     "Banque Paribas Capital Markets"),
    ("The issue is priced at par, lead manager County Natwest Capital Markets said.", "County Natwest Capital Markets"),
])
def test_a_lead_manager_named_as_a_firm_is_an_organisation(text, speaker):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind) == (speaker, "organization")


def test_a_lead_manager_named_as_a_person_stays_a_person():
    q, = extract_quotes("The issue is priced at par, lead manager John Banks said.")
    assert (q.speaker, q.speaker_kind) == ("John Banks", "person")


@pytest.mark.parametrize("text, speaker", [
    # a wire's lower-case legal form ends a firm's name, as "plc" does, and "the company" is that firm
    ("CAMBRIDGE, Mass., March 2 - Cambridge Medical Technology corp said it signed a letter of intent.\n\n"
     "The company said it will market the test worldwide.", "Cambridge Medical Technology corp"),
    ("PARSIPPANY, N.J., March 3 - General Public Utilities corp said it will restart its reactor.",
     "General Public Utilities corp"),
    ("Freymiller Trucking inc said it expects higher earnings.", "Freymiller Trucking inc"),
    ("Acme Foods plc said sales rose.", "Acme Foods plc"),
])
def test_a_lower_case_legal_form_ends_a_firm_s_name(text, speaker):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, "organization")


@pytest.mark.parametrize("text, speaker, clause", [
    # "according to plan" is an idiom, no source: the report around it is the speaker's
    ("But he said SEAT was developing according to plan and added that the losses were lower.", "he",
     "SEAT was developing according to plan"),
    ("The project is going according to plan, the minister said.", "the minister",
     "The project is going according to plan"),
    # but a source named after "according to" that starts with "plan" words is one
    ("Prices rose 5 pct, according to the plan's authors.", "the plan's authors", "Prices rose 5 pct"),
])
def test_according_to_plan_is_no_source(text, speaker, clause):
    q = extract_quotes(text)[0]
    assert (q.speaker_mention, q.text) == (speaker, clause)


@pytest.mark.parametrize("text, speaker", [
    # two people named in full speak together, with initials in their names or a body after the second
    ("Stephen S. Cohen and J. Bradford DeLong suggest that it was the fault of policy choices.",
     "Stephen S. Cohen and J. Bradford DeLong"),
    ("David Albright and Serena Kelleher-Vergantini of the Institute for Science wrote that Iran had cheated.",
     "David Albright and Serena Kelleher-Vergantini of the Institute for Science"),
    # but one person after a thing joined by "and" speaks alone
    ("Exports to Britain and Serena Smith of the bank said that it was wrong.", "Serena Smith"),
])
def test_two_people_named_in_full_speak_together(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


def test_a_digest_s_ellipsis_before_a_capital_ends_the_item():
    text = ("Pakistan has offered 50,000 tonnes of rice as emergency aid, Bangladesh commerce ministry officials told "
            "reporters...Honduras will tender April 13 for vessels to deliver 52,500 tonnes of wheat, an agent for "
            "Honduras said.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Bangladesh commerce ministry officials", "Pakistan has offered 50,000 tonnes of rice as emergency aid"),
        ("an agent for Honduras", "Honduras will tender April 13 for vessels to deliver 52,500 tonnes of wheat")]


def test_an_ellipsis_inside_a_sentence_ends_nothing():
    # "... and then ... he said": a pause, lower case after it
    q, = extract_quotes("The talks stalled...and nobody knew why, he said.")
    assert q.text == "The talks stalled...and nobody knew why"


@pytest.mark.parametrize("text", [
    # lives claimed are no words claimed
    "South Africa is under a state of emergency because of violence that has claimed over 2,400 lives.",
    "The virus claimed his life in March.",
    # and "you" thinking something with a quoted phrase in it is anyone, no report
    'What do you think of Carson privately saying "pray for him" in response?',
    'You might think that the plan is "dead on arrival," but it is not.',
])
def test_no_report_of_lives_claimed_or_of_you(text):
    assert extract_quotes(text) == []


def test_a_claim_about_lives_with_its_verb_is_a_report():
    q, = extract_quotes("She claimed the lives of her patients were at risk.")
    assert q.text == "the lives of her patients were at risk"


@pytest.mark.parametrize("text, speaker", [
    # more legal forms end a firm's name: LP, LLP, GmbH, BV, Pty, Bhd
    ("WASHINGTON, Oct 19 - Gary Associates LP, which said previously it may seek control of Gull Inc, said it "
     "increased its stake.", "Gary Associates LP"),
    ("ESSEN, March 3 - Krupp GmbH said it would cut 2,000 jobs.\n\nKrupp said the cuts would come next year.",
     "Krupp GmbH"),
    ("TENERA LP said it had won a contract.\n\nTENERA said the contract was worth 2 mln dlrs.", "TENERA LP"),
    ("STOCKHOLM, March 3 - Saab-Scania AB said profits rose.\n\nThe company said sales would rise.", "Saab-Scania AB"),
    ("STOCKHOLM, March 3 - Asea AB said it won an order.\n\nAsea said the order was its largest.", "Asea AB"),
])
def test_more_legal_forms_end_a_firm_s_name(text, speaker):
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_kind) == (speaker, "organization")


@pytest.mark.parametrize("text, speaker", [
    # a firm of two words or more in a plural possessive, then one surname: the person the story named
    ("Kasuhiza Okamoto, Nikko Securities' top analyst, said rates would fall.\n\n\"It is over,\" said Nikko "
     "Securities' Okamoto.", "Kasuhiza Okamoto"),
    ('"Rates will rise," said Data Resources\' Wyss.', "Wyss"),
    # but a body's own name after its possessive stays whole
    ("Prices will rise, the Music Managers' Forum said.", "Music Managers' Forum"),
])
def test_a_surname_after_a_firm_s_plural_possessive_is_the_person(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_body_s_acronym_in_commas_is_no_legal_form():
    q, = extract_quotes("WASHINGTON, March 5 - Soybean loans must change soon, the president of the American Soybean "
                        "Association, ASA, said.")
    assert q.speaker_mention.startswith("the president")


@pytest.mark.parametrize("text, speaker, clause", [
    # "calculated according to", "priced according to": in accordance with something, no source
    ("The redemption rate will be calculated according to a complex formula tied to the index.", None, None),
    ("Handelsbanken said the two made the losses, calculated according to Monday's bourse prices, when they "
     "carried out deals.", "Handelsbanken",
     "the two made the losses, calculated according to Monday's bourse prices, when they carried out deals"),
    # but a source after "according to" elsewhere stays one
    ("The redemption rate rose 5 pct, according to the bank.", "the bank", "The redemption rate rose 5 pct"),
])
def test_according_to_after_a_participle_of_measure_is_no_source(text, speaker, clause):
    got = [(q.speaker, q.text) for q in extract_quotes(text)]
    assert got == ([] if speaker is None else [(speaker, clause)])


@pytest.mark.parametrize("text, speaker", [
    # two bodies the firm list knows, after a fronted phrase's comma, speak together
    ('In a joint statement, Greenpeace and Friends of the Earth urged world leaders to "stop pretending".',
     "Greenpeace and Friends of the Earth"),
    ("In July last year, Motorola and Apple said they would launch a music phone.", "Motorola and Apple"),
    # but the last two of a list are no pair
    ("Shares of Microsoft, Apple and Google said nothing; Apple and Google said they would appeal.",
     "Apple and Google"),
])
def test_two_known_bodies_after_a_fronted_phrase_speak_together(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_day_after_an_article_is_no_circumstance():
    q, = extract_quotes('"There are invertebrates with more spine than Sen. Charles Grassley," reads a Wednesday '
                        'editorial in The Des Moines Register.')
    assert q.speaker == "a Wednesday editorial in The Des Moines Register"


@pytest.mark.parametrize("text, n", [
    # what helps explain something explains nothing aloud
    ("Considered politically toxic - which helps explain why neither candidate invokes the name - VAT is rare.", 0),
    ("The increase in lighter-weight cattle entering feedlots, helps explain the jump in feedlot placements last "
     "month from February, 1986.", 0),
    # but someone who explained speaks
    ("The minister explained that the plan would fail.", 1),
])
def test_helps_explain_is_no_cue(text, n):
    assert len(extract_quotes(text)) == n


@pytest.mark.parametrize("text, speaker", [
    # a second clause's plural subject after "and" speaks, not the first clause's relative subject
    ("BANGKOK, March 24 - A drought that began seven weeks ago is hurting orchards in Thailand and officials said it "
     "could last until May.", "officials"),
    # but a relative's subject phrase with its own pair stays whole
    ("The farmers who lost their crops and their neighbours said the rules were unfair.",
     "The farmers who lost their crops and their neighbours"),
])
def test_people_after_and_ending_a_relative_clause_speak(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker_mention == speaker


@pytest.mark.parametrize("text, speaker", [
    # a clause running on after "according to X" with no comma is no source's name
    ("According to an agreement in principle between the two companies CGEE ALSTHOM could take a majority stake in "
     "the future, he added.", None),
    # but a relative clause inside the source is the source's
    ("Prices will rise, according to people who have seen the plan.", "people who have seen the plan"),
])
def test_a_clause_after_according_to_is_no_source(text, speaker):
    assert [q.speaker_mention for q in extract_quotes(text) if q.cue.lower() == "according to"] == \
        ([] if speaker is None else [speaker])


def test_a_relative_clause_is_no_speaker_with_auxiliaries_before_the_cue():
    # "... rumors that it was experiencing problems and officials have never denied that ...": no speaker of the
    # whole first clause
    text = ("Lloyds has long been the subject of rumors that it was experiencing problems with its gilt operations "
            "and officials have never denied that the early stages were unprofitable.")
    assert all(not (q.speaker_mention or "").startswith("the subject of rumors") for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker, kind", [
    # a name the lists do not know before an evidence word: the evidence, no person
    ("The yield fell 3 basis points, according to Tradeweb data.", "Tradeweb data", "anonymous"),
    ("Sales rose 5 pct, according to Nielsen estimates.", "Nielsen estimates", "anonymous"),
    # but a body the lists know, or an acronym, stays the source
    ("Sales rose 5 pct, according to Commerce Department figures.", "Commerce Department", "organization"),
    ("Exports rose 5 pct, according to USDA data.", "USDA", "organization"),
])
def test_an_unknown_name_before_evidence_is_the_evidence(text, speaker, kind):
    q, = extract_quotes(text)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speaker", [
    # a naming verb takes the quotation as its subject's mixed quote, but a cue after its comma makes the
    # sentence another speaker's report: a quotation-only paragraph after it goes on with that speaker
    ("Her liberal friends have mocked the campaign, calling Trump \u201can orange buffoon,\u201d Susan said as she "
     "turned around.\n\n\u201cBut he\u2019s our orange buffoon, and we love him!\u201d", "Susan"),
    ("Critics called the plan \u201ca disaster,\u201d Mayor Ann Lee said on Monday.\n\n"
     "\u201cThey are wrong about the costs and they know it.\u201d", "Ann Lee"),
    # with no cue after the quotation, the naming verb's subject goes on
    ("Her liberal friends have mocked the campaign, calling Trump \u201can orange buffoon\u201d on Facebook.\n\n"
     "\u201cBut he\u2019s our orange buffoon, and we love him!\u201d", "Her liberal friends"),
])
def test_a_cue_after_a_named_quotation_s_comma_goes_on_in_the_next_paragraph(text, speaker):
    qs = extract_quotes(text)
    assert qs[0].kind == "mixed" and qs[0].speaker_mention != "Susan"
    assert qs[-1].kind == "direct" and qs[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, quote", [
    # a firm's legal form ends the attribution's sentence before a quotation of its own
    ('"Now\'s a good time," said Joe Levy of International Data Corp. "The personal computer industry has bottomed '
     'out and is on the way up again," he said.', "Joe Levy",
     "The personal computer industry has bottomed out and is on the way up again,"),
    ('"The data are weak," said a broker at Sanyo Securities Co Ltd. "There is a lot of confusion in the market," '
     'he added.', "a broker at Sanyo Securities Co Ltd", "There is a lot of confusion in the market,"),
    # and a country's initials before a quotation with a cue of its own
    ('She also denied reports that the company was considering an issue of bonds in the U.S. "We\'re not thinking '
     'of issuing bonds," she said.', "she", "We're not thinking of issuing bonds,"),
])
def test_an_abbreviation_before_a_sentence_in_quotation_marks_ends_the_sentence(text, speaker, quote):
    q = next(q for q in extract_quotes(text) if q.text == quote)
    assert q.kind == "direct" and q.content_start == q.start
    assert speaker in (q.speaker, q.speaker_mention)


@pytest.mark.parametrize("text, quote", [
    # no quotation before it and none of its own cue after: the words are the sentence's speaker's
    ('Weinberger said in a television interview in the U.S. "We are fully prepared to do what\'s necessary to keep '
     'the shipping going."', "We are fully prepared to do what's necessary to keep the shipping going."),
])
def test_an_abbreviation_before_a_quotation_of_the_sentence_s_speaker_ends_nothing(text, quote):
    qs = [q for q in extract_quotes(text) if quote in q.text]
    assert qs and all(q.speaker == "Weinberger" for q in qs)


def test_a_name_in_marks_after_initials_stays_in_its_sentence():
    text = 'Officials said British firms were frozen out of the U.S. "Star Wars" project, the report said.'
    assert not any(q.text == "Star Wars" for q in extract_quotes(text))


@pytest.mark.parametrize("text, mention", [
    # a pronoun right after the cue opens the report, with no inverted speaker's tail after it: the sentence's
    # subject says it (the pronoun was the speaker's mention, inside the quoted clause)
    ('Another Muslim who worshiped at the Islamic Center here and who did not want to be named said he heard Mateen '
     'talk of "immorality" in the United States.', "Another Muslim"),
])
def test_a_pronoun_opening_a_mixed_report_is_not_its_speaker(text, mention):
    q, = extract_quotes(text)
    assert q.kind == "mixed" and q.speaker_mention == mention and q.speaker_start < q.content_start


@pytest.mark.parametrize("text, speaker, role", [
    # letters after a name in commas are an appositive, not the speaker
    ("John Smith, MP, said he was disillusioned with the party.", "John Smith", None),
    ("Jane Roe, QC, said the ruling would be appealed.", "Jane Roe", None),
    # a seat with its county after "in"
    ("Robert Jackson, MP for Wantage in Oxfordshire, said he was disillusioned with the party.", "Robert Jackson",
     ("MP for Wantage", "Oxfordshire")),
])
def test_post_nominal_letters_and_a_seat_s_county_in_an_appositive(text, speaker, role):
    q, = extract_quotes(text)
    assert q.speaker == speaker
    if role is not None:
        assert [(r["role"], r["place"]) for r in q.speaker_roles] == [role]


def test_a_pronoun_opening_a_mixed_report_after_a_seat_s_appositive_is_not_its_speaker():
    text = ('Robert Jackson, 58, MP for Wantage in Oxfordshire, said he was disillusioned with the leadership and its '
            '"dangerous" views on Europe.')
    q, = extract_quotes(text)
    assert q.kind == "mixed" and q.speaker_mention == "Robert Jackson"


@pytest.mark.parametrize("text", [
    # "according to" before "whether", "how", "when" ... is a measure, no source
    "Brokers were rewarded according to how much business they brought to an insurer.",
    "The character will put on or lose weight according to how long he spends in the gym.",
])
def test_according_to_a_wh_clause_is_no_source(text):
    assert extract_quotes(text) == []


def test_according_to_a_wh_clause_leaves_the_sentence_s_own_report():
    text = ("A CPS spokesperson said the figures were not definitive because prosecutions are not listed according "
            "to whether they were committed by a householder.")
    q, = extract_quotes(text)
    assert (q.speaker, q.cue) == ("A CPS spokesperson", "said")


def test_according_to_what_someone_hears_is_a_source():
    text = "Business conditions seem to be getting better according to what he hears from a broad range of companies."
    q, = extract_quotes(text)
    assert q.cue.lower() == "according to" and q.text == "Business conditions seem to be getting better"


def test_a_dash_closes_the_source_of_according_to_in_an_aside():
    text = ("Clinton publicly blamed the attack on a video while \u2014 according to emails unearthed in the "
            "investigation \u2014 knowing the video had no connection to the attack.")
    q = next(q for q in extract_quotes(text) if q.cue.lower() == "according to")
    assert q.speaker_mention == "emails unearthed in the investigation"


@pytest.mark.parametrize("text, speaker", [
    # a word of saying after an owner and an adjective is a noun; the owner says it
    ('Ronald Reagan was known for his hatred of what he called the Soviet "Evil Empire," voiced in his famous demand '
     'in Berlin in 1987: "Mr. Gorbachev, tear down this wall!"', "Ronald Reagan"),
    ('Ronald Reagan went to Berlin in 1987. He made his famous demand at the Brandenburg Gate: "Mr. Gorbachev, tear '
     'down this wall!"', "Ronald Reagan"),
])
def test_an_owned_speech_noun_is_its_owner_s_words(text, speaker):
    q = next(q for q in extract_quotes(text) if q.text.startswith("Mr. Gorbachev"))
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, "demand")


@pytest.mark.parametrize("text", [
    # not a noun that is no speech ("his recent reads": books), nor a verb after a noun ("His workers demand")
    "One of his recent reads, ''This Kind of War,'' by T.R. Fehrenbach, drove that point home.",
    'His workers demand "a fair deal" from the board.',
])
def test_an_owned_word_that_is_no_speech_noun_is_not_its_owner_s(text):
    assert all(q.speaker_mention not in ("his", "His") for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker", [
    # a quotation with no cue after a sentence in which a person, by name, does something in words
    ('Fostering Network executive director Robert Tapsfield criticised the existing system. "There is just no logic '
     'to a system which values children differently depending on where they live."', "Robert Tapsfield"),
    ('Subroto, attending a conference, blamed recent rapid spot price changes on unbalanced supply and demand. "If we '
     'stick to the production limitation, the third quarter will be in better balance."', "Subroto"),
])
def test_a_quotation_after_a_named_person_s_speech_act_is_theirs(text, speaker):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, q.confidence) == ("direct", speaker, 0.6)


@pytest.mark.parametrize("text", [
    # not after a verb that speaks only before its words, nor after a description, nor after a quotation
    'Playbook won\u2019t go that far, but Sherman wants a fact check. \u201cI think we will impose the skepticism in '
    'real time, because we know the town.\u201d',
    'The minister criticised the existing system. "There is just no logic to a system which values children '
    'differently depending on where they live."',
    'The plan was criticised by Smith. "There is just no logic to a system which values children differently '
    'depending on where they live."',
])
def test_no_speech_act_before_leaves_a_quotation_unattributed(text):
    assert [q for q in extract_quotes(text) if q.kind == "direct"] == []


@pytest.mark.parametrize("text, speaker", [
    # a plural subject with a capitalised modifier and no determiner is what a later "they" stands for
    ("Iranian authorities have arrested about 20 online journalists. They accused Mr Sigarchi of a string of crimes.",
     "Iranian authorities"),
    ("Industry analysts expected little adverse effect on earnings.\n\nBut if the problem is not resolved this "
     "winter, high cost of gas could cut into the profit, they said.", "Industry analysts"),
    ("Hog runs are light.\n\nTraders anticipate carryover demand. Hog runs are light as farmers are starting spring "
     "fieldwork, they noted.", "Traders"),
    # and after a wire's dateline, without its date
    ("WASHINGTON, March 16 - Congressional investigators have found a memo.\n\nThey said the memo showed the plan was "
     "approved.", "Congressional investigators"),
])
def test_they_stands_for_a_plural_subject_with_a_capitalised_modifier(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


def test_a_dateline_s_dash_is_no_modifier_of_a_group():
    text = ("CHICAGO, March 13 - 40 grain traders met on Friday.\n\nThey said the market would open higher.")
    assert all(not (q.speaker or "").startswith(("13", "-")) for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker", [
    # a party named by its members in the plural is what "they" may stand for
    ("The Tories say people fleeing persecution will not be denied sanctuary.\n\nThey claim government figures show "
     "that TB has increased.", "The Tories"),
    ("The Lib Dems said the plan was flawed.\n\nThey argue that taxes must rise.", "The Lib Dems"),
    # but a plural subject named after it, nearer, comes first
    ("The Tories say the council tax should stay.\n\nThe Liberal Democrats want to do away with the council tax "
     "altogether. They say the council tax is the most unfair tax in Britain.", "The Liberal Democrats"),
])
def test_they_stands_for_a_party_named_by_its_members(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_firm_named_in_the_plural_is_no_they():
    text = "General Motors said sales fell.\n\nThey said the market was weak."
    assert extract_quotes(text)[-1].speaker != "General Motors"


@pytest.mark.parametrize("text, kind", [
    # a noun in -ics is no verb: the circumstance before the quotation has no clause, which stays direct
    ('Trump lamented in an interview with the Business Insider politics editor Oliver Darcy, "They treat me very '
     'unfairly and it is a disgrace."', "direct"),
])
def test_a_noun_in_ics_is_no_verb(text, kind):
    q, = extract_quotes(text)
    assert q.kind == kind and q.text.startswith("They treat")


@pytest.mark.parametrize("text", [
    "Donald Trump on Sunday tweeted a chart of wildly inaccurate crime statistics.",
])
def test_an_object_in_ics_is_no_reported_clause(text):
    assert not any(q.text.endswith(("statistics", "chemical business")) for q in extract_quotes(text))


def test_a_verb_in_ics_still_makes_a_clause():
    q, = extract_quotes("The analyst said the market panics whenever rates rise.")
    assert q.text == "the market panics whenever rates rise"


@pytest.mark.parametrize("text, content", [
    # a mixed report inside a relative clause in commas ends where the main clause's verb comes
    ('Mr. Trump, who said last week that a judge was "biased" against him because of his heritage, issued a '
     'statement Tuesday.', 'that a judge was "biased" against him because of his heritage'),
    # also at a comma inside the closing marks
    ('Roffman, who estimates that his legal costs were "in the seven figures," described the emotional impact as '
     'painful.', 'that his legal costs were "in the seven figures,"'),
])
def test_a_mixed_report_in_a_relative_clause_ends_before_the_main_verb(text, content):
    q, = [q for q in extract_quotes(text) if q.kind == "mixed"]
    assert text[q.content_start:q.content_end] == content


def test_a_mixed_report_with_no_relative_clause_reads_on():
    # (no "who" before the cue: the rule leaves the clause's end to the clause reader)
    text = 'Mr. Trump said last week that a judge was "biased" against him, angered many lawyers and left.'
    q, = [q for q in extract_quotes(text) if q.kind == "mixed"]
    assert text[q.content_start:q.content_end].endswith("and left")


def test_what_was_posted_after_a_quotation_is_no_speaker():
    text = ("Serafinowicz, who\u2019s starred in \u201cParks and Recreation\u201d and \u201cGuardians of the Galaxy,\u201d "
            "posted the clip to YouTube on Thursday.")
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    # but a writing after a verb of saying speaks
    ('"The present situation of wasting land resources is serious," said an article in the official press.',
     "an article in the official press"),
    ('"Did you see what I did?" posted a user on the forum.', "a user on the forum"),
])
def test_a_writing_or_a_poster_after_a_quotation_speaks(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    # a generic "one" with a modal is anyone: no report
    "By some standards one could say immigrants to the United States integrate poorly.",
    "Being that this is his own backyard, one might think the senator would fill the stadium.",
    "One might argue that immigrants integrate poorly.",
])
def test_a_generic_one_with_a_modal_reports_nothing(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("One official said immigrants integrate poorly.", "One official"),
    ("One said immigrants integrate poorly.", "One"),
    ("One of them could say only that the talks had failed.", "One of them"),
])
def test_one_with_no_modal_or_a_noun_is_someone(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, report", [
    # a form of "be" after a restrictive relative clause's report whose own verb is one: the main clause's
    ("Voters who say the economy is most important in their vote decision were evenly divided between the "
     "candidates.", "the economy is most important in their vote decision"),
    ("The voters who said the economy is most important were evenly divided.", "the economy is most important"),
])
def test_be_after_a_relative_clause_s_report_is_the_main_verb(text, report):
    q, = extract_quotes(text)
    assert q.text == report


def test_be_after_a_report_with_another_verb_stays_in_the_report():
    q, = extract_quotes("The lawyer who said the plan he proposed was flawed left the room.")
    assert q.text.startswith("the plan he proposed was flawed")


@pytest.mark.parametrize("text, report", [
    # an adverb and a participle after a comma end a clause, as a participle alone does
    ("According to Woodward, \u201cThe New York real estate world is more complex than the CIA,\u201d presumably "
     "meaning this will be a focal point.", None),
    ('The senator said the plan was "doomed to fail" in the end, apparently meaning the budget.',
     'the plan was "doomed to fail" in the end'),
])
def test_an_adverb_and_a_participle_after_a_comma_end_the_report(text, report):
    q, = extract_quotes(text)
    if report is None:  # the source's words, direct, without the writer's gloss
        assert (q.kind, q.speaker, q.text) == ("direct", "Woodward",
                                               "The New York real estate world is more complex than the CIA,")
    else:
        assert q.text == report


def test_an_adverb_before_a_noun_in_ing_ends_nothing():
    text = 'The senator said the plan would cut "wasteful" spending, mostly housing and training.'
    q, = extract_quotes(text)
    assert text[q.content_start:q.content_end].endswith("mostly housing and training")


@pytest.mark.parametrize("text, content_start", [
    # a subordinate clause of the report before the quoted words makes it one mixed report
    ('Swers said because Obama is popular with Democratic voters, "he is a very good campaign surrogate for her."',
     "because Obama"),
    ('He said if a textile bill was enacted, "we will impose taxes on a lot of American products."', "if a textile"),
])
def test_a_subordinate_clause_before_the_quoted_words_makes_a_mixed_report(text, content_start):
    q, = extract_quotes(text)
    assert q.kind == "mixed" and text[q.content_start:].startswith(content_start)


def test_a_circumstance_with_no_verb_before_the_quotation_stays_direct():
    q, = extract_quotes('Swers said in an interview, "He is a very good campaign surrogate for her."')
    assert q.kind == "direct"


@pytest.mark.parametrize("text, speaker, description", [
    # a work's title whose comma, inside the closing mark, closes the phrase around it: the speaker before it speaks
    ('Yeutter, on the NBC program "Today," said the United States did not want to end the agreement.', "Yeutter",
     None),
    ('Grain analyst Gail Martell, author of the EF Hutton publication "Global Crop News," said the Soviets may import '
     'more grain.', "Gail Martell", 'author of the EF Hutton publication "Global Crop News,"'),
    ('Casey-Werner Co, producer of "The Cosby Show," said it filed suit against Viacom.', "Casey-Werner Co",
     'producer of "The Cosby Show,"'),
    ('Sam Solovey, a contestant on Trump\'s reality TV show, "The Apprentice," who went on to work alongside Trump, said '
     'his boss was "always kind and generous and charming."', "Sam Solovey", None),
])
def test_a_title_with_its_comma_inside_the_marks_closes_the_appositive(text, speaker, description):
    q, = extract_quotes(text)
    assert q.speaker == speaker
    if description is not None:
        assert q.speaker_description == description


def test_a_title_before_which_stays_in_the_report():
    text = ('He said tax cuts should be expanded by implementation of the "Stability Law," which allows tax cuts of up '
            'to 10 pct.')
    q, = extract_quotes(text)
    assert "Stability Law" in q.text


@pytest.mark.parametrize("text, speaker, report", [
    # a participle after an inverted attribution's name: the person named after the cue goes on speaking
    ('"I don\'t see a big infusion of federal bucks," said Moos, adding that guarantees were more likely.', "Moos",
     "that guarantees were more likely"),
    ('"It is valuable," said Skelly, explaining he worked closely with Chrabaszcz.', "Skelly",
     "he worked closely with Chrabaszcz"),
    ("'This is good,' said Peter Rice, chairman of Fox Networks Group, noting that ratings rose.", "Peter Rice",
     "that ratings rose"),
    ("Prices will rise, said Mr Jolin, adding that supply was short.", "Jolin", "that supply was short"),
])
def test_a_participle_after_an_inverted_attribution_is_the_named_speaker_s(text, speaker, report):
    q = next(q for q in extract_quotes(text) if q.kind == "indirect" and q.text == report)
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    '"We will win," said Tuesday, adding that the polls were wrong.',  # a day is no speaker
    '"We will win," said Smith, looking tired.',  # no participle of saying
])
def test_no_participle_report_from_a_day_or_a_gesture_after_an_inverted_cue(text):
    assert [(q.kind, q.speaker) for q in extract_quotes(text) if q.kind == "indirect" and q.speaker is not None] == []


@pytest.mark.parametrize("text, speaker", [
    # people of a body from a place: all of it is the subject, not the place
    ("Several members of Congress from Iowa said farmers should not lose their payments.",
     "Several members of Congress from Iowa"),
    ("Members of Parliament from Scotland said they would vote against it.", "Members of Parliament from Scotland"),
])
def test_people_of_a_body_from_a_place_speak(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


def test_a_participle_of_the_main_clause_after_a_relative_clause_s_report_brings_in_the_quotation():
    # "who said ... that CLAUSE" ends at the main clause's verb; the participle after it brings in the quotation
    text = ("Mr. Smith, who said last week that the judge was biased against him, issued a statement Tuesday "
            "saying, ''I do not feel that heritage makes anyone partial.''")
    kinds = sorted((q.kind, q.cue, q.text) for q in extract_quotes(text))
    assert kinds == [("direct", "saying", "I do not feel that heritage makes anyone partial."),
                     ("indirect", "said", "that the judge was biased against him")]


def test_a_participle_after_a_finite_verb_with_no_relative_clause_stays_the_verb_s():
    q, = extract_quotes('Thiel wrote a long essay explaining why "freedom and democracy are no longer compatible."')
    assert q.cue == "wrote"


@pytest.mark.parametrize("text, kind, content", [
    # "told X that ..., '...'": the recipient, then "that": the quotation ends the reported clause, as after "said that"
    ('Greg Abbott told the President that if he wants our guns, "come and take it."', "mixed",
     'that if he wants our guns, "come and take it."'),
    ('Ali told a news conference that including Iraq, "output will be nearly 18 mln bpd."', "mixed",
     'that including Iraq, "output will be nearly 18 mln bpd."'),
    # no "that": the words are the quotation's own
    ('Greg Abbott told reporters, "come and take it."', "direct", "come and take it."),
    ('Greg Abbott told the President: "come and take it."', "direct", "come and take it."),
])
def test_told_someone_that_then_a_quotation_is_a_mixed_report(text, kind, content):
    q, = extract_quotes(text)
    assert (q.kind, text[q.content_start:q.content_end]) == (kind, content)


@pytest.mark.parametrize("text, mention", [
    # a time phrase opening the sentence with no comma: the subject is after it
    ("Following lower sugar crops in the past two years analysts said Turkey needs to import sugar now.", "analysts"),
    ("In the first quarter the bank reported earnings per share of 1.51 dlr.", "the bank"),
    ("Over the past five years Ziering said the company has had growth of 32 pct.", "Ziering"),
    ("And last week US Treasury Secretary John Snow told an audience in the UK that the policy remained unaltered.",
     "US Treasury Secretary John Snow"),
])
def test_a_fronted_time_phrase_with_no_comma_is_no_part_of_the_subject(text, mention):
    q, = extract_quotes(text)
    assert q.speaker_mention == mention


@pytest.mark.parametrize("text, speaker", [
    # the period as the subject itself, or a possessive: no subject after it to read
    ("The past two years have been hard, Smith said.", "Smith"),
    ("The last three years have shown that growth is possible, the minister said.", "the minister"),
])
def test_a_period_that_is_the_sentence_s_subject_stays(text, speaker):
    q, = extract_quotes(text)
    assert q.speaker == speaker


def test_a_participle_s_subject_runs_past_an_adjective_after_of_and_a_noun_before_an_auxiliary():
    text = ("A group of limited partners has filed suit in U.S. District Court in New York against Ivan F. Boesky, "
            "alleging that Boesky deceived them.")
    q, = extract_quotes(text)
    assert q.speaker == "A group of limited partners"


@pytest.mark.parametrize("text", [
    # no cut phrase for a subject: the noun after "of" is no verb, and a subordinate clause opens no subject
    "Santander's board of governors strongly reject the charges against their chairman, saying the payouts were legal.",
    "More directly, once software patents are granted then any programmer will have to worry that the code they are "
    "writing is infringing a patent.",
])
def test_no_subject_cut_at_a_noun_after_of_or_opened_by_a_subordinator(text):
    assert not [q.speaker for q in extract_quotes(text)
                if q.speaker and (q.speaker.endswith(" of") or q.speaker.lower().startswith("once"))]


@pytest.mark.parametrize("text, speakers", [
    # a verb form in -ed between a measure and its noun is an adjective: no cue, no speaker of its own
    ('His lawyer David Oblon called the nine-year recommended term "outrageous" and said his client was innocent.',
     {"David Oblon"}),
    # but a person or a body by a hyphened noun still speaks
    ("The 31-year-old admitted interest in the tour was immense.", {"The 31-year-old"}),
    ("Last year the co-op reported income of 17.4 mln dlrs and patronage refunds of 17.0 mln dlrs.", {"the co-op"}),
])
def test_a_verb_form_between_a_measure_and_its_noun_is_no_cue(text, speakers):
    assert {q.speaker for q in extract_quotes(text)} == speakers


@pytest.mark.parametrize("text, speaker, content", [
    # words in marks inside a sentence whose attribution ends it, "told" and a gathering or a paper after the name
    ('Philips expects turnover to show "a satisfactory increase" in the first quarter, chairman Cor van der Klugt told '
     'the annual shareholders meeting.', "Cor van der Klugt",
     'Philips expects turnover to show "a satisfactory increase" in the first quarter'),
    ('Exports have "not been affected" by the war, Chairman Abdul Fattah al-Bader told a Kuwaiti newspaper.',
     "Abdul Fattah al-Bader", 'Exports have "not been affected" by the war'),
])
def test_a_mixed_sentence_attributed_at_its_end_to_someone_telling_a_gathering(text, speaker, content):
    q, = extract_quotes(text)
    assert (q.kind, q.speaker, text[q.content_start:q.content_end]) == ("mixed", speaker, content)


def test_told_a_gathering_then_a_clause_is_a_report_of_its_own():
    text = 'Turnover will show "a satisfactory increase" in the first quarter, Smith told the meeting that the plan was dead.'
    assert [(q.kind, q.text) for q in extract_quotes(text)] == [("indirect", "that the plan was dead")]


@pytest.mark.parametrize("text, speakers", [
    # a wire's lower-case "co" ends a firm's name, as "plc" and "corp" do: the firm speaks, and "it" is the firm
    ("Vista Chemical co said it expects earnings to be up. It said it is looking at options.",
     ["Vista Chemical co", "Vista Chemical co"]),
    ("Boeing co said it has started the tender offer. The offer is not conditioned on any minimum, Boeing said.",
     ["Boeing co", "Boeing co"]),
])
def test_a_lower_case_co_ends_a_firm_s_name(text, speakers):
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == speakers
    assert {q.speaker_kind for q in qs} == {"organization"}
