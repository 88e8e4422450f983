"""Reported speech without quotation marks: indirect quotes.

``X said (that) CLAUSE``, ``according to X, CLAUSE``, ``CLAUSE, he says``, ``X told Y
CLAUSE``, what a poll or a study found; a sentence may hold several. Precision first: a
cue word that is not used as a verb, a question asked or an idiom (``having said that``)
reports nothing. Pure functions over the masked text of one paragraph; no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .lexicon import (NOT_RULED_OUT, WORDS_OF, countries, cues, evidence_sources, given_names, role_nouns, source_phrase,
                      titles, us_states)
from .phrases import (
    person_named_after_role,
    COMPANY_ENDS,
    DAYS,
    DOCUMENT_WORDS,
    WHEN_OUT,
    FIRM_PARTS,
    MASK,
    ORG_WORDS,
    PEOPLE_PLURAL_ENDS,
    RELATIVE,
    SIMPLE_PASTS,
    STOP_BACK,
    Mention,
    circumstance_tail,
    classify,
    np_backward,
    np_forward,
    without_report_participle,
    person_noun,
    strip_trailing_period,
    word_tokens,
)
from .record import Quote
from .descriptions import is_role_like, parse_description
from .speakers import (INVERTED_CUES, QUANTITY_HEADS, WIRE_DATELINE, evidence_head, names_in_report, org_description,
                       phrase_head, place_name)
from .clauses import (
    ASIDE_ADVERB_BEFORE,
    AUXILIARIES,
    BE,
    CARRIERS,
    CLAUSE_AFTER,
    CLAUSE_BREAK,
    CLAUSE_QUICK,
    COORD,
    DATELINE,
    ENDS_PHRASE,
    EVIDENCE_VERB,
    FINITE,
    FRONTED_PARTICIPLE,
    FRONTED_TIME,
    IRREGULAR_PAST,
    IT_BEFORE,
    LEAD_CONJUNCTION,
    OBJECT,
    PASSIVE_BEFORE,
    PUT_IT,
    RECIPIENT_THAT_CUES,
    SAYING_VERBS,
    STATEMENT_SAYING,
    STOPS_GATE,
    STOPS_SHARED,
    TELL_THAT,
    THAT,
    THAT_BEFORE,
    THAT_DETERMINER,
    THINK_CLAUSE,
    TIME_LEAD_BEFORE,
    TIME_OR_NUMBER,
    TO_BEFORE,
    TOLD_OBJECT,
    WORDS,
    before_adverb,
    capitalised_post,
    first_verb,
    clause_end,
    clause_subject,
    coordinated_subject,
    cue_participles,
    has_finite_verb,
    it_subject,
    medium_before_cue,
    name_before_unclosed_post,
    named_mid_sentence,
    named_pair,
    noun_use,
    only_opener,
    only_terms,
    participle_chain,
    person_before_time,
    plural_participle_subject,
    prev_word,
    quoted_as,
    subordinate_subject,
    that_after,
    verb_use,
)


# at least k words (as WORDS counts them) in a span: the scan stops at the k-th, where a
# count would read the whole span (the quantifiers are possessive: no word is split in two)
_AT_LEAST_WORDS = {k: re.compile(r"(?:[^\w'\u2019-]*+[\w'\u2019-]++){%d}" % k) for k in (2, 3, 4)}


def _has_words(s: str, lo: int, hi: int, k: int) -> bool:
    """Whether ``s[lo:hi]`` holds at least ``k`` words: ``len(WORDS.findall(s[lo:hi])) >= k``."""
    return _AT_LEAST_WORDS[k].match(s, lo, hi) is not None


@lru_cache(maxsize=1)
def _report_stop() -> re.Pattern:
    """Where an indirect report ends: as :data:`CLAUSE_STOP`, but a report runs on through
    a colon and a participle phrase ("said the plan failed, leaving ...: ...") unless the
    participle is a cue of its own (", adding that ...")."""
    participles = cue_participles()
    return re.compile(
        r"(?=[\s,;])(?=" + STOPS_GATE + r"|\s+and\s|\s+but\s)(?:" + STOPS_SHARED + r"|,\s+(?:according to|" + participles + r")\b"
        r"|,?\s+and\s+(?:how|what)\s"  # "what Trump says his plan would do and how experts say ..."
        # the market's answer, the writer's words: "warned that fares would be lower, sending its shares down 8%"
        r"|,\s+(?:sending|pushing|driving|knocking|dragging|lifting)\s+(?:its|the|their|[A-Z][\w.&'\u2019-]*['\u2019]s)\s+"
        r"(?:shares|stock|stocks|share\s+price|bonds)\b"
        # "confirmed that Trump would meet them but would not offer details": what the speaker
        # did not say is the speaker's own second verb, not the report's
        r"|,?\s+but\s+(?:(?:would|did|could|will)\s+not|wouldn't|didn't|couldn't|won't)\s+(?:say|elaborate|offer|"
        r"give|provide|comment|disclose|specify|identify|name|discuss|answer|confirm|detail|explain)\b"
        r"|,?\s+but\s+(?:declined|refused|gave\s+no|offered\s+no|provided\s+no)\b"
        # "said the province would pause the campaign, but defended the ad": the speaker's own next act
        r"|,\s+but\s+(?:defended|insisted|stressed|added|warned|said|acknowledged|admitted|conceded|noted|praised|"
        r"criticised|criticized|welcomed|rejected|denied|dismissed|urged)\b)"
    )


def _people_phrase(men: Mention) -> bool:
    """A description or a group whose head is a person or people ("the self-described
    democratic socialist", "Industries that oppose the rule" are not: industries)."""
    if named_pair(men):
        return True  # "Hillary Clinton and Donald Trump": two people named
    if men.kind not in ("description", "group") or not (head := phrase_head(men.text)):
        return False
    return person_noun(head) or head.endswith(PEOPLE_PLURAL_ENDS + ("ist",)) and not head.endswith("ments")


def _org_phrase(men: Mention) -> bool:
    """A description headed by a body that acts ("the task force", "the commission")."""
    head = phrase_head(men.text)
    return head in ORG_WORDS or head.endswith("s") and head[:-1] in ORG_WORDS \
        or head.endswith("ies") and head[:-3] + "y" in ORG_WORDS  # ("banks", "the companies")


# not a thousands separator, nor a date's year, nor the comma before a city's state ("in Los Alamos,
# N.M. installed")
_CLAUSE_COMMA = re.compile(r",(?!\d{3})(?!\s+(?:19|20)\d\d\b)(?!\s+(?:" + "|".join(
    re.escape(a) for a in sorted((a for a in us_states() if a.endswith(".")), key=len, reverse=True)) + r")\s+[a-z])")


_GERUND_OBJECT = re.compile(r"[a-z]{3,}ing\s+(?:its|the|a|an|his|her|their|our|my|your|this|these|those)\s")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|to|shall|must|should)\s+$")
_AUX_OR_PAST = re.compile(r"\b(?:is|was|are|were|will|would|could|can|should|may|might|must|has|have|had|does|did|do|"
                          r"[a-z]{2,}ed)\b")


def _clause_verb(masked: str, lo: int, hi: int) -> bool:
    """Does the report [lo, hi) read as a clause? Its verb comes before its first comma, or after
    a fronted phrase's comma ("despite all that, Obama wasn't"), or after a later comma that
    closes an aside or a list after the subject ("the meeting, requested by Sanders, would be",
    "Egypt, Zambia, ... and Mali would be"). An object and one comma is no clause: "responsibility
    for that attack, the worst bloodshed on French soil", "his return to the Cavaliers, Cleveland
    felt ...", "the appeal of the race in one breath, then eviscerated its candidates"."""
    commas = [m.start() for m in _CLAUSE_COMMA.finditer(masked, lo, hi)]
    if has_finite_verb(masked, lo, commas[0] if commas else hi):
        return True
    if not commas:
        return False
    if _FRONTED_PHRASE.match(masked, lo, hi) or _ADVERB_BEFORE_COMMA.search(masked, lo, commas[0]):
        return has_finite_verb(masked, commas[0] + 1, hi)
    if len(commas) >= 2:
        return has_finite_verb(masked, commas[1] + 1, hi)
    if _AUX_NEXT.match(masked, commas[0] + 1, hi):
        return True  # "actions taken in the quarter including a cut in staff, are expected to": a long
        # subject, a stray comma, its verb
    # "the offer, proration period and withdrawal rights will expire", "output from factories, mines
    # and utilities rose": a list of subjects (whose nouns in -s are no verbs)
    am = _LIST_AND.search(masked, commas[0] + 1, hi)
    return am is not None and not CLAUSE_QUICK.search(masked, commas[0] + 1, am.start()) \
        and has_finite_verb(masked, am.end(), hi)


_AUX_NEXT = re.compile(r"\s*(?:is|was|are|were|has|had|have|will|would|could|should|may|might|must)\s")


_LIST_AND = re.compile(r"\sand\s")
_ADVERB_BEFORE_COMMA = re.compile(r"\b(?:however|meanwhile|though|too|also|instead|therefore)\s*$", re.I)
_FRONTED_PHRASE = re.compile(r"\s*(?:despite|in|on|at|after|before|while|although|though|if|when|as|because|since|"
                             r"unlike|like|with|without|for|by|during|under|among|amid|following|over|within|until|through|throughout|"
                             r"ahead of|win or lose|however|still|now|then)\b",
                             re.I)


# "He added the industry could not wait", "she added the company had no timetable": a clause
# with its subject and an auxiliary, not "added the conversion to become ..." (an object)
_ADDED_CLAUSE = re.compile(r"\s+(?:(?:he|she|they|it|we|there)\s+(?:is|was|are|were|has|had|have|will|would|could|can|"
                           r"should|may|might|must|did|does|expects?|expected|believes?|believed)\b|"
                           r"(?:the|its|his|her|their|this|these|those|no)\s+(?:[a-zA-Z][\w'\u2019-]*\s+){1,5}?"
                           r"(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does|"
                           r"believed|expected|felt|thought|wanted|said)\s|"
                           # a name or a bare plural and its verb: "added Ecuador is finalizing details",
                           # "added producers still expected more", "added environmental considerations would"
                           r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|(?:[a-z]+\s+)?[a-z]{3,}[^s\W]s)\s+(?:still\s+|also\s+)?"
                           r"(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|expected|believed)\s)")
# ("think Wasserman Schultz is at risk", "think women are likely to be the key")
_FIRST_SECOND = re.compile(r"\b(?:I|you|You|we|We)\s+$")
# the people one tells, assures or warns, by the plural that names them ("told US investors that ...",
# "assured voters he would ...")
_PEOPLE_TOLD = ("voters supporters colleagues members lawmakers legislators investors shareholders reporters journalists "
                "analysts officials allies donors workers staff employees customers residents delegates senators MPs "
                "listeners viewers readers fans parents students families Americans Britons citizens people leaders "
                "executives aides side team squad players troops rivals opponents diplomats farmers bankers traders "
                "agents investigators prosecutors").split()
# the kinds of outlet a recipient of "told" may end with ("told the AFP news agency", "told a Sydney radio station")
OUTLET_NOUNS = "station|channel|network|website|programme|program|show|podcast|newspaper|magazine|news\\s+agency|agency"
_OUTLET_NOUN_NEXT = re.compile(r"\s+(?:" + OUTLET_NOUNS + r")\b"
                               # and its name: "told the BBC's programme Go Digital he hoped ...", "told the newspaper
                               # Clarin it would not ..."
                               r"(?:\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
                               r"(?=\s+(?:he|she|it|they|we|I|there|the|a|an|his|her|its|their)\b))?")
_OBJECT_GOES_ON = re.compile(r"\s+(?:and|&|of|radio|television|TV|editorial|audience|crowd|gathering|" + OUTLET_NOUNS + r")\b"
                             # (a capitalised modifier of the people told: "told US investors that", "told UK
                             # lawmakers the company would ...")
                             r"|\s+(?:(?:" + "|".join(_PEOPLE_TOLD) + r")"
                             r"\s+(?:that|the|a|an|he|she|it|they|we|there|his|her|its|their)\b)")  # (not "told CNN
# officials had lied": the people are the clause's subject)
# where or when it was said, then "that": "at a campaign stop in Toledo, Ohio, that ..."
_WHEN_WHERE = (r"here|there|today|yesterday|tonight|earlier|later|recently|privately|publicly|"
               r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|"
               r"(?:last|this|next)\s+(?:week|month|year|morning|afternoon|evening|night|weekend)")
_CIRCUMSTANCE_THAT = re.compile(r"\s+(?:[a-z]{3,}ly\s+(?=(?:at|in|on|during|after|before|from|to)\s))?"
                                # (an adverb first: "said separately in Riyadh that")
                                r"(?:(?:at|in|on|during|after|before|from|while|outside|inside|through|via|by|under|"
                                # and whom it was written or reported to: "wrote to Sanders' Senate office that"
                                # (full stops inside the sentence: "in a U.S. Television interview")
                                r"to(?=\s+(?:the|a|an|his|her|their|its|me|us|him|them|reporters|[A-Z])))\s[^;:!?\x01\n]{2,100}?"
                                # or when and where, with no preposition: "told voters here Sunday that"
                                r"|(?:" + _WHEN_WHERE + r")(?:\s+(?:" + _WHEN_WHERE + r"|in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?))*),?"
                                r"\s(?P<that>that)\s+(?!(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have)\s)(?=[\w\u2019'$\"\u201c])")
_PARTICIPLE_BEFORE_THAT = re.compile(r",\s+[a-z]+ing\s+$")  # "said on Tuesday, warning that"
_RELATIVE_ASIDE = re.compile(r",\s+(?:where|who|which|when)\b[^,\x01]{1,80},")


def _finite_outside_aside(masked: str, lo: int, hi: int) -> bool:
    """A finite verb in ``masked[lo:hi]`` but for a relative clause set off by commas ("said on CNN,
    where he is now a paid contributor, that ...": where it was said, and a word about the place)."""
    rel = _RELATIVE_ASIDE.search(masked, lo, hi)
    if rel is None:
        return has_finite_verb(masked, lo, hi)
    return has_finite_verb(masked, lo, rel.start()) or has_finite_verb(masked, rel.end(), hi)


# a report's own fronted phrase right after the cue, then its clause: "said when he arrived, the
# building was empty", "said in politics it takes time"
_WHERE_SAID = re.compile(r"\b(?:statement|statements|report|reports|filing|filings|letter|interview|release|speech|"
                         r"forecast|bulletin|suit|referendum|survey|poll|study|prospectus|document|documents|"
                         r"communique|memo|notice|conference|meeting|briefing|testimony|address|advertisement|"
                         r"complaint|article|column|editorial|newsletter|website)\b", re.I)
_FRONTED_IN_REPORT = re.compile(
    r"\s+(?P<lead>(?P<sub>(?:when|while|after|before|once|until|since|if|because|although|though)\s+(?:he|she|they|we|I|it|"
    r"the|a|an|his|her|their|its|[A-Z]|[a-z]{3,}[^s\W]s\s)[^,;:.!?\x01\n]{2,80}?,\s+"  # (and a bare plural: "after plaintiffs had")
    # or a participle's phrase: "said after taking into account ..., the figure rose", "said assuming approval, it ..."
    r"|(?:(?:when|while|after|before|since)\s+[a-z]+ing\b|assuming\s|barring\s|excluding\s)[^,;:.!?\x01\n]{2,80}?,\s+"
    r"(?!(?:because|but|and|or|so|as|which|who|while|although|though|since|if|when)\b))"
    r"|(?P<pp>(?:in|for|under|among|across|within|through|until|as\s+(?=(?:a|an|the)\s))\s*(?:[a-z\d]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[^,;:.!?\x01\n]{0,40}?)\s+"
    r"(?=(?:it|he|she|they|we|I|there)\s)"
    # and before a comma, then the clause's subject: "said in current conditions, cost cutting ...",
    # "said in addition to beef, the U.S. will press ..."
    r"|(?P<ppc>(?:in|for|under|among|across|within|besides|despite|with|as\s+(?=(?:a|an|the|consideration|of)\s))\s*"
    r"(?!(?:his|her|its|their)\s+[A-Z])"
    r"(?:[a-z]|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)"
    r"[^,;:.!?\x01\n]{1,60}?),\s+"  # (not a work: "reported in his The Russians, ...")
    r"(?=(?:the|a|an|its|his|her|their|this|these|those|it|he|she|they|we|I|there|most|many|some|all|both|"
    r"several|about|nearly|almost|over|only|[A-Z][\w.'\u2019-]*|\d[\d,.]*)\s"
    # or a bare noun, when a finite verb follows ("said in addition, extrusion dies cost ...")
    r"|(?!(?:and|but|or|which|who|whose|where|when|while|as|after|before|because|although|though|since|if|"
    r"according|including|was|were|is|are|has|have|had|will|would|can|could|may|might|should|must|did|does|do|"
    r"[a-z]+ing|[a-z]+ly|[a-z]+ed)\b)[a-z]))"  # (not a verb: "recalled in place of Job, was twice denied")
    r"(?P<rest>(?=\w))")
# a period "ended" on a date is no verb of the fronted phrase: "for the two months ended April 4, sales ..."
_PERIOD_ENDED = re.compile(r"\b(?:months?|weeks?|years?|quarters?|period|half)\s+end(?:ed|ing)\s+[A-Z\d][\w.,]*(?:\s+\d[\d,]*)?$")


def _fronted_report(masked: str, cm, after: int, ss: int, se: int) -> tuple[int, int] | None:
    """Where a report opening with its own fronted phrase starts, and where the phrase ends: "said
    when he arrived, the building was empty", "said in politics it takes time" (the clause follows
    the phrase); the report starts after the phrase when it only says where it was said ("said in
    its annual report it expects ..."). None without such a phrase, or after "did not say"."""
    fr = _FRONTED_IN_REPORT.match(masked, after, se)
    pp = "pp" if fr is not None and fr.group("pp") else "ppc"
    if fr is None or not has_finite_verb(masked, fr.end(), min(se, fr.end() + 60)) \
            or fr.group(pp) and has_finite_verb(masked, fr.start(pp), fr.end(pp)) \
            and not _PERIOD_ENDED.search(masked, fr.start(pp), fr.end(pp)) \
            or _NEGATED_BEFORE.search(masked, max(ss, cm.start() - 12), cm.start()):
        return None
    if fr.group(pp) and _WHERE_SAID.search(masked, fr.start(pp), fr.end(pp)):
        return fr.end(), fr.end()
    return fr.start("lead"), fr.end()


_OF_PEOPLE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:[a-z]+[a-hj-rt-z]s|[a-z]*(?:people|men))(?=\s)")
_TOLD_THING = re.compile(r"\b(?:story|stories|tale|tales|joke|jokes|lie|lies|truth|anecdote|version|account|"
                         r"something|anything|nothing|everything)\b")


_STRAY_COMMA_CLAUSE = re.compile(r",\s+(?!(?:and|but|or|so|yet|though|although|while|because|since|if|when|as|which|who|"
                                 r"whose|where|according|[a-z]+ing|[a-z]+ly)\b)"
                                 r"(?:[a-z]+\s+){1,3}(?:should|would|will|could|can|may|might|must|is|are|was|were|"
                                 r"has|have|had)\s+[a-z]")
_DISCOURSE_ASIDE = re.compile(r"for\s+(?:example|instance)|in\s+(?:particular|addition)|moreover|furthermore")
# an aside between commas right after the cue, then the clause: "says, win or lose on Tuesday, he's staying"
_COMMA_ASIDE_CLAUSE = re.compile(
    r",\s+(?P<aside>(?!(?:and|but|or|according|who|which|with|adding|saying|noting)\b|as\s+(?!(?:its|his|her|their|the|a|an)\s)"
    r"|['\"\u2018\u201c])"
    r"[^,;:\x01\n]{3,80}),\s+(?:(?P<that>that)|he|she|they|it|we|I|there|the|this|a|an|some|many|most|no|its|his|"
    r"her|their|[A-Z][a-z]+)\b"
    r"(?=\S*(?:\s+\S+){2})")
_PREP_FIRST = re.compile(r"\s+(?:about|of|for|on|in|against|over|at|with)\b")  # "warning about viruses that"
# a news agency told, then a clause whose subject is a name: "told Reuters Pakistan had suspended the
# licences" (not the recipient "Reuters Pakistan")
_OUTLET_THEN_NAMED_CLAUSE = re.compile(
    r"\s*(?:Reuters|AP|AFP|UPI|CNN|NBC|CBS|ABC|BBC|Bloomberg|Xinhua|Tass|Kyodo|Politico|POLITICO|the\s+BBC|the\s+AP)"
    r"(?!\s+(?:News|Radio|World|Television|TV|Online|Breakfast|One|Two|Four|Five|Sport|Business)\b)"  # ("BBC News")
    r"(?=\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s+(?:had|has|was|were|is|are|will|would|could|can|may|"
    r"might|must|should|did|does|[a-z]+ed)\b)")
_AUX_WORDS = "(?:was|were|is|are|had|has|have|would|will|could|can|should|might|may|did|does|do)"
_CLAUSE_START = re.compile(
    # a time's possessive opens a subject ("said last month's rise was ...", "said Monday's vote")
    r"\s+(?:(?=(?:last|next|this)\s+\w+['\u2019]s\b|(?:yesterday|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)['\u2019]s\b)|"
    r"(?!(?:so|too(?!\s+(?:much|many|few|little)(?:\s+(?!(?:times|that|to)\b)[\w'\u2019-]+){0,3}?\s+" + _AUX_WORDS + r"\b)|very|more(?!\s+than\s+[\d$])(?!(?!\s+(?:about|of|to|on|in|for|with|than)\b)(?:\s+[\w'\u2019-]+){1,4}?\s+"
    + _AUX_WORDS + r"\b)|less(?!\s+than\s+[\d$])|just|only(?!(?:\s+(?!that\b)[\w'\u2019.%,-]+){1,9}?\s+" + _AUX_WORDS + r"\b)|"
    r"also|not|never|again|yes|"  # ("said only 20 pct of these are open": a clause; "said only that" none)
    # "said no" is a refusal, "said no one was hurt", "said nothing had changed" a clause
    r"no(?!\s+one\s+(?:[\w'\u2019-]+\s+){0,3}?(?:[a-z]+ed\b|" + _AUX_WORDS + r"\b))"  # ("said no one on the coaches accepted")
    r"(?!(?!\s+to\b)(?:\s+[\w'\u2019-]+){1,10}?\s+" + _AUX_WORDS + r"\b)|nothing(?!\s+" + _AUX_WORDS + r"\b)|"
    r"goodbye|hello|thanks|something|anything|little|much(?!\s+" + _AUX_WORDS + r"\b|\s+of\s+(?:the|his|her|its|their|this|that)\b)|otherwise|publicly|privately|repeatedly|recently|"
    r"earlier|later|today|yesterday|tomorrow|last|next|this\s+week|previously|afterward|afterwards|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|overnight|"
    r"will|would|be|been|being|is|are|was|were|has|have|had|can|could|may|might|must|should|"
    r"after(?!-)|before|during|while|when|until|since|via|through|without|"
    + THAT_DETERMINER + r")\b))[\w\u2019'$\"\u201c\u00a3\u20ac\u00a5]",
    re.I
)
# calling someone something: "called him a political opportunist", "calls Trump a fascist",
# "calling it the mark of a desperate candidate" (not "called him a day later", "call it a night")
_NAMING_REPORT = re.compile(
    r"[ \t]+(?P<obj>him|her|them|it|himself|herself|themselves|itself|[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3})"
    r"[ \t]+(?:(?:an?|the|one[ \t]+of)[ \t]+(?!(?:few|couple|day|week|month|year|night|morning|evening|second|minute|"
    r"hour|number|lot|bit|time|while|moment|dozen)\b)(?=[\w\x01])"
    # or a noun of someone's ("Lynch calls North Carolina her home state", "She called him her hero")
    r"|(?:his|her|their|our|my)[ \t]+(?=[a-z\x01])(?!own\b)"
    # or a judging adjective ("Sanders called him divisive", "Sanders calls Clinton unqualified", "64 percent call him
    # competent"; not "called him back", "called it off")
    r"|(?=(?:un|in|im|ir|dis)?[a-z]{2,}(?:ous|ive|ful|less|ent|ant|ical|ic|able|ible|ified|ist|ized|ised)\b"
    r"(?![ \t]+(?:to|that)\b)))")
# accusing someone of something: "Sanders accused Clinton of dragging her feet", "accused him of
# sexism"; and so describing ... as, criticizing or blaming ... for, praising ... for or as
_OBJECT_PERSON = (r"him|her|them|it|himself|herself|themselves|itself|each[ \t]+other|one[ \t]+another"
                  r"|[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3}|the[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3}"
                  r"|(?:his|her|their|its|our|my)[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}")  # ("accused her counterpart
# of ...", "described the most engaged rally-goers as ...")


def _object_then(words: str, appositive: str = "") -> re.Pattern:
    return re.compile(r"[ \t]+(?P<obj>" + _OBJECT_PERSON + r")" + appositive + r"[ \t]+(?:" + words + r")[ \t]+(?=[\w\x01])")


# (an appositive between the accused and "of": "accused Christian Lindner, leader of the Free Democrats, of blocking")
_ACCUSING_REPORT = _object_then("of", r"(?:,[ \t]+[^,;:\x01\n]{3,80}?,)?")
# what is called for, described, praised, criticized or blamed is a phrase: it ends at a comma or
# before what says when ("a ban on Muslims entering the United States following the shooting")
_THING_STOP = re.compile(r"[;:,]\s|\s(?:[\u2014\u2013]|--?)\s|\s+(?:following|after|before|when|while|but|"
                         r"in\s+(?:a|an|his|her|their)\s+(?:statement|interview|speech|letter|tweet)|on\s+[A-Z][a-z]+day)\b")
# calling for something: "Trump called for a special prosecutor to investigate ...": what is called for
# ("calls for credit score reform", "called for tripling ...", "$1 trillion in new spending", "Trump to drop
# out", "him to resign"; not help, comment or questioning, nor a time: "calls for years")
_CALLING_FOR = re.compile(
    r"[ \t]+for[ \t]+(?P<obj>(?:a|an|the|more|his|her|their|its|an[ \t]+end)\b|(?:him|her|them|us|me)[ \t]+to\b|"
    r"(?!(?:help|comment|comments|questioning|years|decades|months|weeks|days|hours|minutes|now|today|tonight|"
    r"that|this|it|him|her|them|us|me|you|what|which|who|whom|some|one|two|all|each|both|long|once|so|too|example|"
    r"instance|free|sale|hire|rent|office|reelection|re-election|president|governor|mayor|senator|"
    r"redemption|prepayment)\b)"  # ("Borden Inc called for redemption ... all its debentures": a bond's call)
    r"(?:[a-z][a-z-]+|\$\d|\d|[A-Z][\w'\u2019.-]*(?=[ \t]+to[ \t]+[a-z]|['\u2019]s?[ \t]+[a-z])))")
# a restrictive relative before the verb: "the women who have accused him of assault" say who
# they are, not what they said
_RESTRICTIVE_WHO = re.compile(r"[\w'\u2019]\s+(?:who|that)\s+(?:(?:has|have|had|also|once|later|publicly)\s+)*$")


def _restrictive_who(masked: str, lo: int, hi: int) -> bool:
    """Does a restrictive "who" or "that" end ``masked[lo:hi]`` ("The lawyer who said")? (Found by str.find first:
    the pattern, anchored at the end, is tried at every position.)"""
    return (masked.find("who", lo, hi) >= 0 or masked.find("that", lo, hi) >= 0) \
        and _RESTRICTIVE_WHO.search(masked, lo, hi) is not None
# the sentence's own verb after a restrictive relative clause on its subject ("The lawyer who argued the appeal said")
_MAIN_SAYING = frozenset(("say", "tell", "add"))
_MAIN_VERBS = "said|says|told|tells|added|adds|has|have|had"
_MAIN_VERB = re.compile(r"[ \t]+(?:" + _MAIN_VERBS + r")\b")
_MAIN_VERB_OR_BE = re.compile(r"[ \t]+(?:" + _MAIN_VERBS + r"|was|were|is|are)\b")
_BE_FORMS = frozenset(("is", "was", "are", "were"))
# words after which such a verb is the clause's own ("that the plan he said was flawed", "and has")
_OWN_VERB_AFTER = frozenset("he she they we i it you and or but not also".split()) | RELATIVE


def _main_verb_after_relative(masked: str, cs: int, ce: int) -> int | None:
    """Where the sentence's verb of saying (or its auxiliary) starts inside the report of a
    restrictive relative clause on the subject, after the report's own finite verb ("the plan was
    flawed said ..."); None if there is none."""
    v = first_verb(masked, cs, ce)
    if v is None:
        return None
    # (and a form of "be" after a report whose own verb is one: "Voters who say the economy is most important were
    # evenly divided"; not after another verb: "who said the plan he proposed was flawed" is one report)
    main_rx = _MAIN_VERB_OR_BE if masked[v:v + 5].split(None, 1)[0] in _BE_FORMS else _MAIN_VERB
    for mm in main_rx.finditer(masked, masked.find(" ", v) + 1 or ce, ce):
        if "," in masked[v:mm.start()]:
            return None  # ("who said they saw no confirmation, market sources said": an attribution of its own)
        pw = prev_word(masked, max(cs, mm.start() - 30), mm.start())
        if pw is not None and pw[1].islower() and pw[1].isalpha() and pw[1] not in _OWN_VERB_AFTER \
                and not pw[1].endswith("ly"):
            return mm.start()
    return None
# urging someone to do something: "urged Clinton to make a decision", "urged people not to spread rumors"
_URGING_REPORT = re.compile(
    r"[ \t]+(?P<obj>him|her|them|it|us|me|you|each[ \t]+other|[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3}"
    r"|[a-z]+(?:[ \t]+[a-z]+){0,3})[ \t]+(?:not[ \t]+)?to[ \t]+(?=[a-z])")
# appealing to someone to do something: "He appealed to citizens to stay indoors", "Police appealed for witnesses to come forward"
_APPEALING_TO = re.compile(r"[ \t]+(?:to|for)[ \t]+(?P<obj>" + _OBJECT_PERSON + r"|[a-z]+s|the[ \t]+public)"
                           r"[ \t]+(?:not[ \t]+)?to[ \t]+(?=[a-z\x01])")
# calling on someone to do something: "Trump called on her to resign from her post"
_CALLING_ON = re.compile(r"[ \t]+on[ \t]+(?!(?:" + DAYS + r"|January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b)(?P<obj>" + _OBJECT_PERSON + r"|[a-z]+s|U\.S\.)[ \t]+(?:not[ \t]+)?to[ \t]+"
                         r"(?=[a-z\x01])")  # (not "called on Tuesday to complain": a day)
# ... which ends before a participle with its own object ("it the enforcement of political
# correctness, raising the question ..."), not at a list of adjectives ("a kind, loving and ...")
_NAMING_STOP = re.compile(r"[;:]\s|,\s+(?:but|where|although|though|while|which|after|before|when|because|and\s+(?:the|a|an)\s|and\s+[a-z]+ed\s"
                          r"|(?:adding|saying|suggesting|noting|arguing|warning|claiming|insisting|stressing)\b)\b|\s+while\s"
                          r"|\s(?:[\u2014\u2013]|--?)\s"
                          r"|,\s+(?:and\s+)?[a-z]{3,}ing\s+(?:the|a|an|his|her|their|its|to|that|up|on|in|at|for|with|him|them)\b")


# citing something: "He cited reports of escalating cyberattacks", "citing changes in the political
# environment": what is cited (not "as cited by", "the phrase Grassley cited on Wednesday")
_CITING = re.compile(
    r"[ \t]+(?P<obj>(?!(?:as|by|in|on|at|for|to|it|or|and|but|with|from|during|last|this|earlier|later|yesterday|"
    r"today|previously|repeatedly|often|also|again|above|below|here|there|"
    r"is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b)[\w$\u201c\u2018\"'\x01])")
# ("The four loopholes he cited are ...": a relative clause, whose object is the noun before it)


# ... which runs on past a plain comma ("problems in the Middle East, China and elsewhere") but not
# into a clause of time, manner or cause after one ("the 2000 election in Florida, when the state ...")
_CITE_STOP = re.compile(_NAMING_STOP.pattern + r"|,\s+(?:as|when|where|who|after|before|because|since|further|then|"
                        r"said|says|told|tells|wrote|writes|[a-z]+ed)\b")  # (", citing internal documents, reported")


class _ObjectReport(NamedTuple):
    """A verb whose report is its object and what it says of it: the pattern after the verb
    (its group ``obj`` opens the report), where the report ends, and whether that object makes
    the word a verb ("Sanders calls himself ...": not "Democratic calls for ...")."""

    rx: re.Pattern
    stop: re.Pattern
    object_makes_verb: bool = True


_OBJECT_REPORTS = {
    "call": (_ObjectReport(_NAMING_REPORT, _NAMING_STOP), _ObjectReport(_CALLING_FOR, _THING_STOP, False),
             _ObjectReport(_CALLING_ON, _NAMING_STOP)),
    "accuse": (_ObjectReport(_ACCUSING_REPORT, _NAMING_STOP),),
    "urge": (_ObjectReport(_URGING_REPORT, _NAMING_STOP),),
    "appeal": (_ObjectReport(_APPEALING_TO, _NAMING_STOP),),  # "He appealed to citizens to stay indoors"
    "describe": (_ObjectReport(_object_then("as"), _THING_STOP),),
    "criticize": (_ObjectReport(_object_then("for"), _THING_STOP),),
    "blame": (_ObjectReport(_object_then("for"), _THING_STOP),),
    "praise": (_ObjectReport(_object_then("for|as"), _THING_STOP),),
    "hail": (_ObjectReport(_object_then("as"), _THING_STOP),),  # "hailed the deal as 'historic'"
    "cite": (_ObjectReport(_CITING, _CITE_STOP),),
}


# "claimed a victory", "claiming 41 percent of the vote": a thing won, not a clause
_WIN_OR_OBJECT = frozenset(("claim",))
# what is revealed or disclosed, the verb's object: "will reveal details of a loan", "did not disclose the
# terms" (not "revealed the plan would ...": a clause; and "announced plans to ..." stays a report)
_DISCLOSING = frozenset("reveal disclose".split())
# the people assured, reminded or warned, then a clause with its subject and no "that"
_RECIPIENT_THEN_CLAUSE = re.compile(
    r"\s+(?P<recipient>him|her|them|us|me|(?:(?:the|his|her|their|its|our|fellow)\s+)?(?:[a-z-]+\s+)?"
    r"(?:" + "|".join(_PEOPLE_TOLD) + r")"
    # or one named: "warned the United States it may take ...", "assured Tokyo it would ..."
    r"|(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"(?=\s+(?:he|she|they|we|it|I|there|the|his|her|their|its|this|these|those)\s)")
# a deal agreed, the verb's object: "EU and UK agree fishing deal after all-night talks", "agreed a ceasefire"
# (not "agreed the deal was fair": a clause)
_AGREED_THING = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|our|new|final|fresh|draft|interim|landmark|"
                           r"[a-z]+-[a-z]+)\s+){0,2}(?:[a-z]+\s+)?(?:deal|pact|accord|ceasefire|truce|settlement|terms|"
                           r"contract|merger|budget|agreement|treaty|framework|package|compromise|sale|takeover|swap)s?\b"
                           r"(?!\s+(?:is|was|were|are|would|will|had|has|could|should|might|must|can)\b)")
# figures announced or reported, the verb's object: "announced debts of 62m pounds", "reported pre-tax profits of ...",
# "announced losses of ..." (not "announced profits would fall", "reported profit for the quarter fell": clauses)
_FIGURE_VERBS = frozenset("announce report post unveil".split())
_FIGURES_OBJECT = re.compile(r"\s+(?:(?:record|pre-tax|pretax|net|annual|full-year|half-year|quarterly|operating|"
                             r"first-half|first-quarter|second-quarter|third-quarter|fourth-quarter|higher|lower|big|"
                             r"heavy|huge|further|more|fresh)\s+){0,2}"
                             r"(?:profits?|losses|debts|sales|revenues?|earnings|job\s+cuts|cuts|results|figures)"
                             r"\s+(?:of|totalling|totaling|worth)\b")
_DISCLOSED_THING = re.compile(r"\s+(?:(?:a|an|the|its|his|her|their|few|no|any|some|more|further|new|full)\s+)?"
                              r"(?:details?|terms|figures|results|names?|identity|amount|size|price|cost|value|"
                              r"contents?|findings)\b(?!\s+(?:would|will|was|were|is|are|had|has|have|could|should|"
                              r"might|may|must)\b)")
# goods a maker recalls, the verb's object: "is recalling about 30,000 Taycan electric cars", "recalled 1.2 million
# vehicles" (not "recalled the day was cold", "recalled 1979 was a hard year": a clause with its verb)
_RECALLED_GOODS = re.compile(r"\s+(?:(?:about|some|nearly|almost|more\s+than|over|up\s+to|around|roughly|another|an\s+extra|"
                             r"all|its|their|the|a|an|certain)\s+)*(?:\d[\d.,]*\s*(?:mln|million|bn|billion|m|k)?\s+)?"
                             r"(?:[\w-]+\s+){0,4}?(?:cars?|vehicles?|trucks?|vans?|models?|products?|devices?|phones?|units|"
                             r"batteries|laptops?|tablets?|pills|jars|bottles|packs|packets|bags|toys|airbags|tyres|tires|"
                             r"chargers|appliances|machines|kits|doses|batches|foods?|cans|boxes)\b"
                             r"(?!\s+(?:would|will|was|were|is|are|had|has|have|could|did)\b)")
_NP_OBJECT = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|our|my)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                        r"(?:victory|victories|win|wins|prize|title|seat|seats|lead|share|credit|mantle|spot|place|nomination|crown)\b"
                        r"(?!\s+(?:would|will|was|were|is|are|had|has|have|could|should|might|may|must|did|does)\b)"
                        r"|\d[\d.,]*\s*(?:percent|%|pct|delegates|votes|seats)\b"
                        r"|(?:responsibility|credit)\s+(?:for|of)\b"  # "claimed responsibility for the attack"
                        # (a place or medal won, no article: "claimed top spot in Group A with three wins")
                        r"|(?:(?:top|first|second|third|pole)\s+(?:spot|place|position)|gold|silver|bronze|victory)"
                        r"(?=\s+(?:in|at|on|for|with|after|from|over|against|by|ahead)\b|\s*[,.;]|\s*$))")
_BAD_AFTER_CUE = re.compile(
    r"\s*(?:(?:in|on|at(?!\s+(?:least|most)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s))|during|of|to|"
    r"for|with|by|from|about(?!\s+(?:\d|(?:half|a\s+(?:third|quarter|dozen)|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+(?:hundred|thousand|million|billion))\b))|"
    r"as(?!\s+(?:many|much)\s+as\s+[\d$])|so|and|or|nor|but|before|after(?!-)|until|war|victory|bankruptcy|"
    r"independence|goodbye|hello|grace)\b|,|:|\.|;|$)", re.I)
# a subject pronoun: a clause of its own, no recipient ("warned his side they must eradicate the errors that ...")
_SUBJECT_PRONOUN_WORD = re.compile(r"\b(?:he|she|they|we|it|I|there)\b")


def _short_recipient(masked: str, lo: int, that: int) -> bool:
    """Are the words between a cue and its "that" the people told: five words at most, or up to eight
    ending on a plural in lower case with no clause among them ("warned his RBS 6 Nations Championship
    rivals that ...")?"""
    n = len(WORDS.findall(masked, lo, that))
    if n <= 5:
        return True
    last = masked[lo:that].split()[-1]
    return n <= 8 and last.islower() and last.endswith("s") and not last.endswith("ss") \
        and _SUBJECT_PRONOUN_WORD.search(masked, lo, that) is None
# a hedge on who said something, right before the cue: "X is said to have told", "X is understood to have said"
_HEDGED_BEFORE = re.compile(r"\s+(?:is|are|was|were)\s+(?:said|believed|understood|reported|thought|alleged|known)\s+"
                            r"to\s+have\s+$")
_REL_BEFORE_CUE = re.compile(r"\b(?:which|that|who)\s+(?:[\w'\u2019.-]+\s+){1,8}$"
                             # (or "what" and a subject with no verb of its own: "displaying what many analysts said
                             # was a sign of ...", not "what you're saying is", "what the party had hoped would be")
                             r"|\bwhat\s+(?:(?!(?:is|are|was|were|had|has|have|would|will|could|might|may|should|"
                             r"[\w]+['\u2019](?:re|s|d|ve))\s)[\w'\u2019.-]+\s+){1,6}$")
_AUX_AFTER = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|could|can|should|might|may|must)\b")
_OBJECT_PRONOUN = re.compile(r"\s+(?:them|him|us|me)\b")  # "after he said them, but ...": no clause
# a clause of two words: a pronoun or a plural noun and a verb in the past ("sales fell", "he agreed")
_TWO_WORD_CLAUSE = re.compile(r"(?:that\s+)?(?:he|she|they|it|we|I|(?!(?:was|were|are|has|have|had|been|being|not|also|then|later|never)\b)[a-z]{3,}"
                              r"|[A-Z][a-z]{2,})\s+(?:[a-z]{2,}ed|fell|rose|grew|won|"
                              r"lost|knew|understood|forgot|agreed|disagreed)")  # (not a modal alone: "he said he would";
# a noun or a name for the subject: "Apple said revenue fell", "said sales rose", "said Trump won")


# verbs of urging and adding after "and" that go on with the speaker of the report before them
_SPEAKERS_NEXT_VERBS = frozenset("urge call add warn insist vow promise accuse pledge appeal".split())
_AUX_IN_CLAUSE = re.compile(r"\b(?:had|has|have|would|will|was|were|is|are|could|should)\b")
_AND_BEFORE_CUE = re.compile(r"[,\x01]?\s+and\s+(?:(?:also|then|later)\s+)?$")


def _speaker_of_report_before(masked: str, ss: int, cm: re.Match, sent_hits, C) -> Mention | None:
    """The subject of a verb of saying earlier in the sentence, when this urging or adding verb is
    joined to that report by "and" ("She said the government had offered a deal and urged the union
    to return"): the speaker goes on, not the reported clause's subject."""
    if C.base.get(cm.group(0)) not in _SPEAKERS_NEXT_VERBS or not _AND_BEFORE_CUE.search(masked, ss, cm.start()):
        return None
    said = [h for h in sent_hits if h.end() <= cm.start() - 5 and C.base.get(h.group(0)) in ("say", "tell")
            and not h.group(0).endswith("ing")]
    if not said or C.base.get(cm.group(0)) != "add" \
            and not _AUX_IN_CLAUSE.search(masked, said[-1].end(), cm.start()):
        return None  # (not "said the meeting ... noted with satisfaction ... and urged it to ...": the clause's own
        # subject goes on in a verb of the same form; "added" is the speaker's whatever the clause)
    men = np_backward(masked, said[-1].start(), ss)
    return men if men is not None and men.kind in ("name", "pronoun", "description") \
        and not masked[ss:men.start].strip(" ,") else None


def _opens_sentence(men: Mention | None, ss: int, masked: str = "") -> bool:
    """Does the phrase open its sentence (after an opener: "But two people close to the campaign")?"""
    return men is not None and (men.start <= ss + 2 or bool(masked) and only_opener(masked[ss:men.start]))


# ", said one GOP source in the room.": a phrase for a person to the sentence's end, with no verb
_INVERTED_NP = re.compile(r"\s*(?:one|a|an|the|another|two|three|several)\s(?:(?!\b(?:would|will|is|was|are|were|has|"
                          r"had|have|can|could|should|did|does|do|may|might|must|" + "|".join(sorted(SIMPLE_PASTS)) +
                          r")\b)[^,.;:\x01\n]){0,70}\.?\s*$")
_NAME_TAIL = re.compile(r",\s+(?:[A-Z][\w.'\u2019-]*\s*){1,4}\.?\s*$")  # "..., the chief executive, John Roe."
_CAP_BEFORE_PUNCT = re.compile(r"[^,.;:A-Z\x01\n]*[A-Z]")
# "testified voluntarily in 1998", "easier said than done": no reported clause
_MANNER_AFTER = re.compile(r"\s+(?:[\w-]+ly(?:\s+(?:in|on|at|to|for|before|after|during|with|about|as|when|while|because|until)\b|\s*[,.;]|\s*$)|than\b)")
_DAY = "(?:" + DAYS + ")"
_OCCASION_WORD = r"(?!(?:with|of|in|on|at|for|by|to|from|about|the|a|an|and|or|that|which)\b)[\w'\u2019-]+"
_CIRCUMSTANCE_THEN_SUBJECT = re.compile(
    # "in a statement", "in a television interview", "in separate statements", "in its annual review"
    r"((?:\s+(?:in\s+(?:(?:a|an|his|her|its|their|the)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,4}?|(?:separate|joint)\s+|"
    r"(?=(?:remarks|comments|testimony)\b))"
    r"(?:statements?|interviews?|e-?mails?|letters?|speech|post|tweet|video|release|filing|testimony|report|suit|lawsuit|"
    r"complaint|article|memo|note|column|affidavit|prospectus|review|comment|remarks|briefing|message|telex|cable|"
    r"circular|bulletin|newsletter|announcement|notice|submission|session|debate|hearing)"
    r"(?:\s+(?:published|broadcast|released|issued|made)(?=\s+(?:today|yesterday|on|last|this|by)\b))?|"  # ("in remarks
    # published today")
    r"in\s+(?:response|reply)\s+to\s+(?:a|an|the)\s+(?:[\w'\u2019]+\s+){0,3}?questions?|"
    # "in December", "in 1986", "during 1987", "in the past", "in recent months": when
    # (not "in the past two years": the report starts at "in"; nor before a comma: "announced in 1986,
    # the minister added" is an attribution of its own)
    r"(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|"
    r"the\s+past(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d|year|month|week|decade))|"
    r"recent\s+(?:days|weeks|months|years))(?!,)|"
    r"on\s+(?:Twitter|Facebook|" + _DAY + r")|" + _DAY + r"|(?:last|this)\s+(?:week|month|year|night|weekend|" + DAYS + r")(?!,)|"
    r"in\s+(?!The\b|A\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,?\s+(?:on|last|this|yesterday|today|" + _DAY + r")\b)|"  # "in Frankfurt on Tuesday"
    # "said as part of the settlement, Otari must ...", "said as previously announced it has ..."
    r"as\s+(?:part|a\s+result)\s+of\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!(?:which|that|who)\b)[\w'\u2019-]+\s+){0,5}?"
    r"(?!(?:which|that|who)\b)[\w-]+,?|"  # (not into a relative clause: "as a result of the offer and options
    # which it has exercised")
    # "said as of late yesterday it had ...", "said at today's meeting the delegation ...", "said at
    # the end of last year it wanted ...", "said at the request of the Government five mln dlrs ..."
    # (not "at the time": "said at the time it bought Enron it would ..." is a time clause)
    r"as\s+of\s+(?:late\s+)?(?:yesterday|today|" + DAYS + r"|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2})|"
    r"at\s+(?:present|the\s+moment|this\s+(?:time|stage|point)|\d{1,2}[.:]?\d{2}(?:\s+(?:local\s+time|GMT|EST|EDT|BST))?|"
    r"the\s+end\s+of\s+(?:last|this|the)\s+\w+|"
    r"the\s+(?:suggestion|request|invitation)\s+of\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}|"
    r"(?:the|today's|yesterday's|its|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:meeting|conference|hearing|session|briefing|rally|"
    r"fair|show|exhibition|summit|convention))|"  # ("told a news conference at the Hanover trade fair the ...")
    r"as\s+previously\s+(?:announced|reported|disclosed),?|"
    r"on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|"
    r"Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|"  # "said on April 1 it will start ..."
    r"(?:morning|afternoon|evening|night)|yesterday|today|tonight|earlier|later|afterwards?|recently|previously|separately|"
    r"to\s+date|so\s+far|"
    # "said after the convention he would not accept": an occasion
    r"(?:after|before|during|following)\s+(?:the|a|an|his|her|their|its|this|last)\s+(?:" + _OCCASION_WORD + r"\s+){0,2}?"
    + _OCCASION_WORD + r"|"
    # "told reporters after meeting President Suharto the gains will ...": an occasion with a person
    r"(?:after|before)\s+(?:meeting|meeting\s+with|talks\s+with|talking\s+to|visiting)\s+"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*|"
    # "told Reuters in Kuala Lumpur his country ...": where, then a possessive's subject
    r"in\s+(?!The\b|A\b|An\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+(?:his|her|its|their)\s)"
    r"),?)+)"
    r"\s+(?=(?:he|she|they|it|we|I|the|its|his|her|their|people|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s|['\u2019])|"
    r"there\s+(?:is|are|was|were|will|would|had|has|have)\b|"  # "said in its report there were growing signs"
    # "told reporters today this was unacceptable", "after the luncheon an official statement was ..."
    r"(?:this|these|those|an?|some|many|most|no|new|further|all|both|several|such)\s+(?:[\w.'\u2019-]+\s+){0,7}?(?:[a-z]+ed|had|has|was|were|"
    r"is|are|will|would|could|can|may|might|must|should|did|does)\b|"
    # a plural subject after adjectives of nationality: "at present Belgian and Italian banks were"
    # (not a bare plural: "said after the liability problems are settled" is an occasion)
    r"(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3}[a-z]+[a-rt-z]s\s+(?:are|were|have|had|will|would|could|can|may|might|"
    r"must|should|appear|seem|expect|remain|see)\b|"
    # or a name and its verb: "said in his testimony Japan had", "in a statement Ferrado and Insele will be"
    r"[A-Z][\w.'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w.'\u2019-]*){0,3}\s+(?:[a-z]+ed|had|has|was|were|is|are|will|"
    r"would|could|can|may|might|must|should|did|does|saw|made|took|gave|got|felt|knew|found|kept|held|paid|sold|"
    r"bought|rose|fell|grew|won|lost)\b)")


def circumstance_then_subject(masked: str, pos: int, end: int) -> re.Match | None:
    """:data:`_CIRCUMSTANCE_THEN_SUBJECT` at ``pos``, but a capitalised subject only right after a
    statement, a day or a time (not after an occasion or a comma: "acknowledged after the
    Washington Post asked", "Under the agreement announced last month, Ferruzzi acquired")."""
    m = _CIRCUMSTANCE_THEN_SUBJECT.match(masked, pos, end) or _CIRCUMSTANCE_THEN_PLURAL.match(masked, pos, end)
    if m is not None and masked[m.end():m.end() + 1].isupper() and not _SUBJECT_WORD.match(masked, m.end()) \
            and (masked[m.start(1):m.end(1)].rstrip().endswith(",") or _OCCASION_LEAD.search(masked, m.start(1), m.end(1))):
        return None
    return m


_SUBJECT_WORD = re.compile(r"(?:He|She|They|It|We|I|The|Its|His|Her|Their)\b")
# a document or a time, then a bare plural subject and its verb: "said in the prospectus special
# arrangements were being made", "said last month computer programs were erased" (not after an
# occasion: "said after the liability problems are settled")
_CIRCUMSTANCE_THEN_PLURAL = re.compile(
    r"((?:\s+(?:in\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z]+\s+){0,2}?(?:prospectus|statement|report|letter|filing|"
    r"interview|speech|review|study|survey)|(?:last|this)\s+(?:week|month|year)|yesterday|today|earlier|" + _DAY + r"))+)"
    r"\s+(?=[a-z]+\s+[a-z]{3,}[^s\W]s\s+(?:are|were|have|had|will|would|could|can|may|might|must|should)\b)")
_OCCASION_LEAD = re.compile(r"\b(?:after|before|during|following)\s")
_ACCORDING = re.compile(r"(?:^|(?<=[\s,(\u2014]))(?:[Aa]ccording to" + NOT_RULED_OUT  # (no source in "according to plan", "calculated according to")
                        + r"|[Ii]n the words of)\s+")
# an object after a trailing cue (", Eric Holder announced his resignation"): no attribution of what went before
_OBJECT_NP = re.compile(r"\s+(?:his|her|their|its|my|our|your|a|an)\s")


def _according_end(am: re.Match) -> int:
    """Where the source phrase of an ``_ACCORDING`` match ends ("according to", "in the words of")."""
    return am.start() + len(am.group().rstrip())


def _evidence_verbs(masked: str) -> list[re.Match]:
    """The evidence verbs of a text in order: each stem found by ``str.find`` (a few per
    article), then matched in place; a regex scan of the whole text cost 4% of extraction."""
    hits = []
    for stem in ("show", "found", "find", "indicat"):
        i = masked.find(stem)
        while i >= 0:
            if (m := EVIDENCE_VERB.match(masked, i)) is not None:
                hits.append(m)
            i = masked.find(stem, i + 4)
    hits.sort(key=re.Match.start)
    return hits
# what may stand between a poll and its verb: "the poll also finds", "surveys have consistently shown"
_EVIDENCE_GAP = re.compile(r"(?:\s+(?:also|again|now|still|consistently|clearly|repeatedly|previously|recently|already|"
                           r"actually|has|have|had|is|are|(?:seem|appear)(?:s|ed)?\s+to))*\s*$")
_EVIDENCE_STOP = re.compile(r"[;:]\s|,\s+(?:but|where|although|though|[a-z]{3,}ing)\b"
                            r"|\s[\u2014\u2013-]{1,2}\s+(?:but|although|though|while)\b")
_ATTRIBUTION_LAST = re.compile(r",\s+(?:[\w'\u2019.-]+\s+){1,4}(?:said|says|say|added|adds|noted|notes|argued|argue|"
                               r"reported|reports|wrote|writes|believe|believes|think|thinks)\s*$")
_POSTMODIFIERS = r"(?:of|from|by|in|on|at|for|among|conducted|released|published|taken|commissioned|compiled|obtained|" \
                 r"reviewed|filed|issued|carried\s+out|out|(?:this|last)\s+(?:week|month|year)|" + _DAY + r")\b"
_POSTMODIFIED_EVIDENCE = re.compile(
    r"(?<![\w'\u2019-])(?P<head>[A-Za-z]+)(?P<post>\s+" + _POSTMODIFIERS +
    r"(?:[^,;:.!?\x01\n]|\.(?=\S)|,\s+(?:which|who|where)\b[^,;:\x01\n]{1,100},){0,140}?)\s*$")


def _postmodified_evidence(masked: str, ss: int, end: int) -> Mention | None:
    """A poll or a study with what follows its head word up to the verb ("A poll released
    Sunday by The Washington Post", "FEC records from the 2008 cycle"), as a description;
    the leftmost such head in the clause is the subject's."""
    pos = ss
    while (m := _POSTMODIFIED_EVIDENCE.search(masked, pos, end)) is not None:
        head = m.group("head").lower()
        if head not in evidence_sources() or head in QUANTITY_HEADS and m.group("post").lstrip().startswith("of "):
            # (not "Large numbers of voters found ...": the voters); a later head may be the
            # poll: "A University of New Hampshire poll out this week shows"
            pos = m.end("head")
            continue
        if _CUE_OR_VERB_IN_POST.search(m.group("post")):
            return None  # "the poll he said was rigged": a clause, not a modifier
        he = m.end("head")
        nb = np_backward(masked, he, ss)
        s = nb.start if nb is not None and nb.end == he else m.start("head")
        e = m.end("post")
        while masked[e - 1] in " ,":
            e -= 1  # ("Exit polls from the primary, which Trump won, showed")
        return Mention(s, e, masked[s:e], "description")
    return None


_CUE_OR_VERB_IN_POST = re.compile(r"\b(?:said|says|say|told|argued|claimed|is|are|was|were|has|have|had|will|would|"
                                  r"did|does|do|not|can|could|may|might|should|must|that|but)\b|n['\u2019]t\b")


# people whose findings are reported as a study's are: "Researchers at Stanford found that ...", "The
# investigators found that ...", "A team of scientists found that ..."
_FINDERS = re.compile(r"(?:[Tt]he\s+|[Aa]\s+team\s+of\s+)?(?:[A-Z][\w.'\u2019-]*\s+)?(?:[a-z]+\s+)?"
                      r"(?:[Rr]esearchers|[Ss]cientists|[Ii]nvestigators|[Aa]uditors|[Ii]nspectors|[Aa]uthors|[Ee]conomists)\b")


_THAT_CLAUSE_NEXT = re.compile(r"\s+that\s")
# descriptions of those whose findings are reported beyond people and bodies ("A Texas jury found that ...")
_FINDER_HEADS = frozenset("jury team inquiry panel tests percent many most some others trustees".split())
_OBJECT_OF = frozenset("of to in on at by for from with since about".split())


def _finder_agent(masked: str, ss: int, men: Mention) -> bool:
    """Is ``men`` the subject, someone who finds or indicates, not a thing ("A reading above 50 pct
    indicates", "Other factors indicate") nor a preposition's object ("indicators released since the last
    meeting of EPAC in December indicate", "an email relating to Benghazi finds")?"""
    if (pw := prev_word(masked, max(ss, men.start - 12), men.start)) is not None and pw[1].lower() in _OBJECT_OF:
        return False
    if men.kind in ("name", "pronoun") or named_pair(men):
        return True
    return men.kind in ("description", "group") and (
        person_noun(head := phrase_head(men.text)) or head in _FINDER_HEADS or _org_phrase(men))


# when a finding came out, right after its verb: "official figures showed on Thursday", "a survey found last week"
_EVIDENCE_WHEN = re.compile(r"[ \t]+" + WHEN_OUT + r"\b")
# a clause of the writer's after that: ", as nurses' leaders warned ...", ", while ...", ", when ..."
_CLAUSE_AFTER_WHEN = re.compile(r",\s+(?:as|while|when|after|before|even[ \t]+as|with)\s")


def _evidence_report(masked: str, ss: int, se: int, hits) -> tuple | None:
    """'A new Quinnipiac poll shows Clinton ahead', 'the study found that ...': the finding,
    reported by the poll or the study (not in a question: "Did the investigation find ...?")."""
    if masked[ss:se].rstrip().endswith("?"):
        return None
    for h in hits:
        if h.group(0).endswith("ing") or masked.startswith(",", h.end()):
            continue  # "doubted the polls showing ...", "the evidence indicates, ...": no finding of its own
        pw = prev_word(masked, max(ss, h.start() - 20), h.start())
        if pw is not None and (pw[1].lower() in BE or pw[1].lower() in RELATIVE):
            continue  # "the body was found", "it was shown"; "the poll that shows" is inside another clause
        gap = _EVIDENCE_GAP.search(masked, max(ss, h.start() - 40), h.start())
        if h.group(0) == "shown" and not _HAVE_WORD.search(gap.group(0)):
            continue  # only "have shown"
        vs = gap.start() if gap else h.start()
        men = np_backward(masked, vs, ss)
        evidence = men is not None and evidence_head(men.text, modified=False)
        if not evidence and (pm := _postmodified_evidence(masked, ss, vs)) is not None:
            # "A national poll released Sunday by The Washington Post and ABC News shows ...",
            # "Exit polls from the New Hampshire primary, which ..., showed": the poll, its
            # modifiers after it
            men, evidence = pm, True
        if not evidence and men is not None and h.group(0).startswith("f") and _FINDERS.match(men.text) \
                and (_THAT_CLAUSE_NEXT.match(masked, h.end(), se) or not masked[h.end():se].strip(" .\"'\u201d\u2019")):
            evidence = True  # "Researchers at Stanford University found that ...": people whose work finds (a
            # clause only: "Investigators found the body" is no finding reported; or the finding before them:
            # "..., their accuracy dropped sharply, the researchers found.")
        agent = not evidence and men is not None and not h.group(0).startswith("s") and _finder_agent(masked, ss, men) \
            and (that := THAT.match(masked, h.end(), se)) is not None \
            and has_finite_verb(masked, that.end(), c if (c := masked.find(",", that.end(), se)) > 0 else se)
        # "the Department of Justice found that ...", "Her aides indicated that ...": a body or a person's own
        # finding or indication, with "that" (not "Police found the body", "the figure indicated")
        if men is None or not (evidence or agent) or MASK in masked[men.start : men.end]:
            continue
        tail_from = tm.end() if (tm := _EVIDENCE_WHEN.match(masked, h.end(), se)) is not None else h.end()
        tail = masked[tail_from:se].strip(" .\"'\u201d\u2019")
        if (not tail or tail_from > h.end() and _CLAUSE_AFTER_WHEN.match(tail)) \
                and (comma := masked.rfind(", ", ss, men.start)) > ss and not masked[comma + 1:men.start].strip():
            # (and a day after the verb, perhaps a clause of the writer's after it: "..., official figures showed on
            # Thursday, as nurses' leaders warned ...")
            # "Mrs. Clinton has support from 52 percent ..., the poll found.": the finding before it
            if _has_words(masked, ss, comma, 4) and not _FRONTED.match(masked, ss, comma) and MASK not in masked[ss:comma]:
                men = men if men.kind == "description" else Mention(men.start, men.end, men.text, "description")
                return (ss, comma, men, h.start(), h.end())
            continue
        if men.kind != "description" and not agent:  # "Figures show", "Customs figures show": no name, whatever
            # the capitals
            men = Mention(men.start, men.end, men.text, "description")
        if (bw := prev_word(masked, max(ss, men.start - 12), men.start)) is not None \
                and bw[1].lower() in ("if", "whether", "unless", "that"):
            continue  # "if the emails show that ...": a finding supposed, not reported; "saying that
            # the results show ...": inside another report
        cs = h.end()
        while cs < se and masked[cs] in " \t":
            cs += 1
        # a finding runs on through its figures and contrasts (", with 78 percent ...", ", while
        # Sanders ..."), to the sentence's end or another source's attribution
        ce = clause_end(masked, cs, se, _EVIDENCE_STOP)
        if _SUBORDINATOR_LAST.fullmatch(masked, ss, men.start) and (comma := masked.find(", ", cs, ce)) > 0:
            ce = comma  # "While a poll released last week showed Clinton ahead, the race ...": the
            # finding ends with the fronted clause that holds it
        if len(WORDS.findall(masked, cs, ce)) < 3 or MASK in masked[cs:ce] or _ATTRIBUTION_LAST.search(masked, cs, ce):
            continue  # (", veteran Republicans said": someone else's report)
        return (cs, ce, men, h.start(), h.end())
    return None


def _according_appositive(masked: str, cs: int, se: int) -> tuple[int, int] | None:
    """The span of an appositive right after "according to X," (a role: "President of AMBO",
    "Clinton's Latino vote director"; or a relative clause: "which has upgraded Mexico's
    rating") when another comma ends it and a report of three words or more follows."""
    s = cs
    while s < se and masked[s] in " \t":
        s += 1
    end = masked.find(", ", s, min(se, s + 120))
    if end < 0 or MASK in masked[s:end] or len(WORDS.findall(masked, end, se)) < 3:
        return None
    seg = masked[s:end]
    if len(seg.split()) > 12:
        return None
    if seg.startswith(("who ", "which ")) or any(r.role and is_role_like(r.role) and r.role.split()[-1].lower() not in _PART_OF_A_BODY
                                        for r in parse_description(seg)) and not _FINITE_IN_APPOSITIVE.search(seg):
        return s, end
    if (dm := _DESCRIBED_SOURCE.match(seg)) is not None and not _FINITE_IN_APPOSITIVE.search(seg, 0, dm.end("head")) \
            and (dm.group("noun") in _SOURCE_NOUNS or person_noun(dm.group("noun")) or org_description(dm.group("head"))):
        return s, end  # "According to Layoffs.fyi, a website that tracks job cuts, more than ...": what the source is
    if _SOURCE_PARTICIPLE.match(seg) and not _FINITE_IN_APPOSITIVE.search(seg):
        return s, end  # "According to his offer letter, published in a regulatory filing, Mr Niccol will ...": where
        # the source is to be read
    return None


_SOURCE_PARTICIPLE = re.compile(r"(?:published|released|filed|seen|obtained|sent|written|issued|posted|compiled|"
                                r"conducted|carried\s+out|commissioned|made\s+public)\s+(?:by|in|on|to|at|last|this|earlier)\b")


# an indefinite or definite phrase for what a source is, up to any relative clause or participle after its noun
_DESCRIBED_SOURCE = re.compile(r"(?P<head>(?:an?|the)\s+(?!(?:third|quarter|half|majority|minority|number|lot|fraction|share|"
                               r"percentage|total|handful|dozen|couple|few)\b)(?:[\w'\u2019-]+\s+){0,3}?(?P<noun>[a-z][\w-]*))"
                               r"(?=\s+(?:that|which|who|whose|tracking|monitoring|based|run|funded|founded)\b|\s*$)")
_SOURCE_NOUNS = frozenset("website site nonprofit tracker database publication newspaper magazine outlet blog firm "
                          "consultancy watchdog newsletter platform tool service".split())


# parts of a body, which are no one's role: "the licensing division, Playboy mansion and artwork ..." (a list)
_PART_OF_A_BODY = FIRM_PARTS | {"parent", "department"}
_FINITE_IN_APPOSITIVE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")


def report_then_colon(masked: str, lo: int, colon: int) -> bool:
    """Is what stands between a cue (ending at ``lo``) and a colon before a quotation a reported
    clause ('said he was too busy to look for evidence: "..."')? Three words or more, a subject and
    a finite verb; not 'said: "..."', 'told reporters on Monday: "..."'."""
    return _has_words(masked, lo, colon, 3) and _SUBJECT_AFTER_CUE.match(masked, lo, colon) is not None \
        and has_finite_verb(masked, lo, colon)


# a clause's subject right after the cue: "said he was ...", "said that the plan was ..."
# (not "it": "explained it this way:", "said it best when ...:"; a noun phrase with a finite verb of its own, not an
# object: "recalled the three-year freeze on basic federal pay rates:")
_SUBJECT_AFTER_CUE = re.compile(r"\s+(?:that\s+)?(?:(?:he|she|they|we|I|there)\s+[a-z]|(?:the|his|her|their|its|this|these)\s+"
                                r"(?:[\w'\u2019-]+\s+){0,4}?(?:is|was|were|are|had|has|have|would|will|could|can|did|does)\b)")


class CueHits:
    """Every cue in the masked text, found in one scan; looked up by range."""

    def __init__(self, masked: str):
        self.hits = list(cues().rx.finditer(masked))
        self.starts = list(map(re.Match.start, self.hits))
        # and the verbs by which a poll or a study reports ("the poll shows"): no cues of their own
        self.evidence = _evidence_verbs(masked)

    def evidence_between(self, lo: int, hi: int) -> list[re.Match]:
        return [h for h in self.evidence if lo <= h.start() and h.end() <= hi] if self.evidence else []

    def any_between(self, lo: int, hi: int) -> bool:
        i = bisect_right(self.starts, lo - 1)
        return i < len(self.starts) and self.starts[i] < hi

    def between(self, lo: int, hi: int) -> list[re.Match]:
        i = bisect_right(self.starts, lo - 1)
        j = bisect_right(self.starts, hi - 1)
        return [h for h in self.hits[i:j] if h.end() <= hi]


_MAIN_VERB_AFTER_ASIDE = re.compile(r",\s+(?:said|says|told|added|insisted|warned|argued|explained|stressed)\s+"
                                    r"(?!to\b|by\b|as\b|in\b)")
# any other verb of the main clause after such an aside: "Officials, pointing out that ..., closed it"
_OTHER_MAIN_VERB = re.compile(r",\s+(?:(?:has|have|had|will|would|is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
                              r"|(?!(?:which|who|whose|when|where|and|but|or)\b)[a-z]{3,}ed\s+"
                              r"(?=(?:the|a|an|his|her|their|its|it|him|them|to)\b))")


def _subject_before_aside(masked: str, ss: int, se: int, nb: Mention, cm: re.Match) -> bool:
    """Is ``nb`` the sentence's subject with the participle ``cm`` opening an aside after its comma, a
    "that" after the participle and the main clause's verb after the aside ("The mayor, saying that
    ..., closed it")?"""
    return nb.kind in ("name", "description", "group") and not _DAY_OR_MONTH.search(nb.text) \
        and (not masked[ss:nb.start].strip() or only_opener(masked[ss:nb.start])) \
        and masked[nb.end:cm.start()].strip() == "," and that_after(masked, cm.end(), se) is not None \
        and _main_verb_after_aside(masked, cm.end(), se) is not None


# a pronoun subject and its verb right after a cue: "said it reached", "said they bought", "said he did not think"
_PRONOUN_CLAUSE_AFTER_CUE = re.compile(r"[ \t]+(?:that[ \t]+)?(?:it|they|he|she)[ \t]+(?!(?:and|or|to|that|was\s+(?:not\s+)?"
                                       r"(?:said|reported|told))\b)[a-z]{2,}\b")


def _subject_before_stray_comma(masked: str, ss: int, cm: re.Match, se: int) -> Mention | None:
    """The subject of a cue that a stray comma parts from it, a clause with a pronoun for its subject
    after the cue ("Sears Roebuck and Co, said it reached ...", "A group of firms led by Industrial
    Equity Ltd, said it acquired ..."): a noun phrase from the sentence's start (or a wire's dateline)
    to the comma, no clause."""
    left = masked[ss:cm.start()].rstrip()
    if not left.endswith(",") or _PRONOUN_CLAUSE_AFTER_CUE.match(masked, cm.end(), se) is None:
        return None
    comma = ss + len(left) - 1
    men = np_backward(masked, comma, ss)
    if men is None or men.kind not in ("name", "group", "description") or men.rel_start is not None:
        return None
    lo = dm.end() if (dm := WIRE_DATELINE.match(masked, ss, men.start)) is not None else ss
    first = men.desc_start if men.desc_start is not None and men.desc_start < men.start else men.start
    return men if (first <= lo + 1 or only_opener(masked[lo:first])) and not has_finite_verb(masked, first, comma) \
        else None


def _main_verb_after_aside(masked: str, cs: int, ce: int) -> int | None:
    """Where the main clause's verb takes over inside the report of a participle aside on the
    subject: a verb of saying, or another verb once the report has a verb of its own (not at the
    comma that closes its subject's appositive: "that Steve Fraidin, Pershing Square's vice
    chairman, joined ...")."""
    if (main := _MAIN_VERB_AFTER_ASIDE.search(masked, cs, ce)) is not None:
        return main.start()
    main = _OTHER_MAIN_VERB.search(masked, cs, ce)
    return main.start() if main is not None and "," not in masked[cs:main.start()] \
        and has_finite_verb(masked, cs, main.start()) else None  # (nor after a relative clause in commas: "that the
    # Soviet Union, which has important maize needs, is excluded")
_INFINITIVE_END = re.compile(r",\s+(?:[a-z]+ing|[a-z]+ed|but|and|some|many|while)\b|\s[-\u2014\u2013]\s"
                             r"|,?\s+(?:and|but)\s+(?:[a-z]+ed|sounded|said|says)\b")
_COMMISSIVES = frozenset(("vow", "promise", "pledge"))
_TO_VERB = re.compile(r"\s+(?P<to>to)\s+(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|"
                      r"me|us|it|[A-Z]\w*|\d[\d,.]*)\b)[a-z]")
_HAVING_BEFORE = re.compile(r"\s*(?:(?:But|And|So|Yet),?\s+[Hh]|H)aving\s+")  # opening the sentence
_HAVING_IDIOM = re.compile(r"\s+(?:all\s+)?(?:that|this)\s*[,;.]")


_AGREED_TO = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w-]+)*\s+to\s+(?:a|an|the|its|their|his|her)\s"
                        r"[^,;:.\x01]*?(?=\s+that\b)")


# a verb of writing or speaking to someone, right before that person ("wrote to X urging ...")
_WROTE_TO = re.compile(r"\b(wrote|writes|write|has written|have written|had written|appealed|spoke|talked|sent|sends)"
                       r"(?:\s+(?:a|an|the|his|her|their|its)\s+(?:letter|note|message|email))?\s+to\s+$")


# a plural subject, its verb in the past and an object: a clause the phrase reader took for a cue's subject
_CLAUSE_AS_SUBJECT = re.compile(r"[A-Z][a-z]+s\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+(?:the|a|an|his|her|its|their)\s")


def _recipient_word(word: str) -> bool:
    """Can a recipient of "told" end with this word: people ("ministers", "interviewer") or a body or outlet that
    hears ("news agency", "member states", "subcommittee")?"""
    w = word.lower()
    return person_noun(w) or w in _RECIPIENT_HEADS


_RECIPIENT_HEADS = frozenset("agency media subcommittee committee panel newspaper paper station channel programme program "
                             "audience conference meeting parliament assembly states nations governments".split())
# what no recipient's last words hold: a determiner opening another phrase ("told the panel a recent proposal that
# would ...": a relative) or a verb
_DETERMINER_OR_VERB = re.compile(r"\b(?:a|an|the|this|that|these|those|his|her|its|their|is|was|are|were|be|been|has|had|"
                                 r"have|will|would|can|could|may|might|must|should|did|does|do|[a-z]+ed)\b")


# an appositive that ends in a thing's noun before the name that renames it: ", the editor of the Vatican's official
# newspaper, L'Osservatore Romano,"
_RENAMED_THING_BEFORE = re.compile(r",[ \t]+(?:the|a|an|his|her|its|their)[ \t]+[^,;:\x01\n]{0,80}?\b(?:newspaper|paper|magazine|daily|"
                                   r"weekly|company|firm|party|group|agency|network|station|channel|church|union|team|club|"
                                   r"think[ \t-]tank|charity|foundation|website|show|programme|program|book),[ \t]+$")


def holder_of_renamed_thing(masked: str, ss: int, men: Mention) -> Mention | None:
    """The person before an appositive whose last noun the name ``men`` renames ("Giovanni Maria Vian, the editor
    in chief of the Vatican's official newspaper, L'Osservatore Romano, said"), or None."""
    if not masked.startswith(", ", men.start - 2):
        return None
    am = _RENAMED_THING_BEFORE.search(masked, max(ss, men.start - 120), men.start)
    if am is None:
        return None
    holder = np_backward(masked, am.start(), ss)
    if holder is None or holder.kind != "name" or masked[ss:holder.start].strip() and not only_opener(masked[ss:holder.start]):
        return None
    return holder


# a subject pronoun right before the verb that "to" and the cue follow: "when he refused to admit that ..."
_PRONOUN_THEN_CONTROL = re.compile(r"\b(he|she|they|we|I)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+(?:ed|s)[ \t]+$")


def indirect_in_para(text, masked, ps, pe, sents, used_cues, pi, res, cue_hits: CueHits,
                      mentioned: Sequence[tuple[int, int]] = ()) -> list[tuple[Quote, Mention]]:
    out = []
    C = cues()
    sents = list(sents)  # (a sentence's second half may be read after it, appended)
    for ss, se in sents:
        sent_hits = cue_hits.between(ss, se)
        ev_hits = cue_hits.evidence_between(ss, se)
        if not sent_hits and not ev_hits:
            continue  # no reporting verb, no reported speech
        found = None
        # according to X, CLAUSE  /  CLAUSE, according to X.
        first = None
        am = _ACCORDING.search(masked, ss, se) if any(source_phrase(h.group()) for h in sent_hits) else None
        if am and am.group().lower().startswith(WORDS_OF) and not (am.start() <= ss + 1 or only_opener(masked[ss:am.start()])):
            am = None  # "Mrs. Clinton was, in the words of a senior adviser, ''the torchbearer''": the adviser's
            # words are the quotation only, not the sentence around it (as they are after a fronted "In the words of")
        if am and THAT_BEFORE.search(masked, max(ss, am.start() - 8), am.start()) \
                and any(h.start() < am.start() and not source_phrase(h.group()) for h in (*sent_hits, *ev_hits)):
            am = None  # "Win Htein said that according to its analysis, ...": a source inside his report
        if am:
            men = _according_np(masked, am.end(), se)
            if men is not None and (tb := _THERE_BE.search(masked, men.start, men.end)) is not None \
                    and (src := _according_np(masked, am.end(), tb.start())) is not None and src.kind != "pronoun":
                # "According to the revised data there were 94,000 jobless": no comma, the report starts at
                # "there"
                found = (tb.start(1), _trim_end(masked, tb.start(1), se), src, am.start(), _according_end(am))
                men = None
            if men is not None and men.kind != "pronoun" or (men and men.text.lower() in ("him", "her")):
                a_start = am.start()
                if a_start <= ss + 1 or only_opener(masked[ss:a_start]) or masked.endswith(": ", ss, a_start):
                    # "But according to X, ...", "... gone unnoticed: According to recent polls, ..."
                    if (named := person_named_after_role(masked, men, se, in_commas=True)) is not None \
                            and _has_words(masked, named.end, se, 3) \
                            and any(r.role and is_role_like(r.role) for r in parse_description(men.text)) \
                            and _according_appositive(masked, named.end + 1, se) is None:
                        men = named  # "According to the city's finance director, Tom Albers, the average homeowner
                        # will pay ...": the person the role names is the source (not "According to a spokesman,
                        # John Smith, the mayor's chief of staff, resigned": an appositive makes the name the subject)
                    comma = masked.find(",", men.end, se)
                    if comma > 0:
                        cs = comma + 1
                        if men.desc_start is not None and men.desc_start >= comma:
                            men.desc_start = men.desc_end = None  # (what follows the comma is the report)
                            if (app := _according_appositive(masked, cs, se)) is not None:
                                # "According to Pat Ferguson, President of AMBO, work will begin ...":
                                # an appositive first, then the report
                                men.desc_start, men.desc_end = app
                                cs = app[1] + 1
                        elif men.kind != "name" and _SOURCE_PARTICIPLE.match(masked, cs + 1) \
                                and (app := _according_appositive(masked, cs, se)) is not None:
                            cs = app[1] + 1  # "According to his offer letter, published in a regulatory filing, Mr
                            # Niccol will ...": where the source is, then the report
                        ce = _trim_end(masked, cs, se)
                        if (semi := masked.find("; ", cs, ce)) > cs and MASK not in masked[semi:ce] \
                                and has_finite_verb(masked, semi + 2, nxt if (nxt := masked.find(";", semi + 2, ce)) > 0 else ce):
                            ce = _trim_end(masked, cs, semi)  # "According to the interior ministry, 1.08 million
                            # marched; the CGT put the figure at 3.5 million": the other source's is not its (a
                            # list goes on: "...along with Tim Tebow; Rep. Marsha Blackburn, R-Tenn.; ...")
                        found = (cs, ce, men, am.start(), _according_end(am))
                else:
                    comma = masked.find(",", men.end, se)
                    if comma > 0 and masked[a_start - 2 : a_start].strip() == "," \
                            and len(WORDS.findall(masked[comma:se])) >= 3 \
                            and not _CONTRAST_AFTER.match(masked, comma + 1, se) \
                            and not any(h.start() < a_start and a_start - h.end() <= 40 and not source_phrase(h.group())
                                        and "," not in masked[h.end():a_start - 2]
                                        and masked[h.end():a_start].strip(" ,") not in ("", "that") for h in sent_hits) \
                            and (len(WORDS.findall(masked[ss:a_start])) <= 5
                                 or _ENDS_IN_SUBORDINATOR.search(masked, ss, a_start)):
                        # "But the next day, according to Roffman, Trump made further demands":
                        # the report is what follows the attribution (not after a cue of its own:
                        # '"...," he told advisers afterward, according to Uzi Arad, his adviser, ...')
                        cs = comma + 1
                        found = (cs, _trim_end(masked, cs, se), men, am.start(), _according_end(am))
                        ce0 = a_start
                        while ce0 > ss and masked[ce0 - 1] in " ,":
                            ce0 -= 1
                        if ce0 > ss and not _FRONTED.match(masked, ss, ce0) and not _ENDS_IN_SUBORDINATOR.search(
                                masked, ss, a_start) and not _TIME_ONLY.fullmatch(masked, ss, ce0) \
                                and not any(h.start() < ce0 for h in sent_hits):  # not "Politico reported, according to ..."
                            # "The Greater Wisconsin Committee, according to filings, spent ...": the
                            # subject before the attribution is the report's first piece
                            first = (ss, ce0, men, am.start(), _according_end(am))
                    else:
                        if (named := person_named_after_role(masked, men, se)) is not None:
                            men = named  # "..., according to the plant's spokesman, John Smith.": the person the
                            # role names at the sentence's end is the source
                        ce = a_start
                        while ce > ss and masked[ce - 1] in " ,":
                            ce -= 1
                        # "...: London was the financial capital of the world, according to one index",
                        # "(the actual number is closer to 15 percent, according to Factcheck.org)": the
                        # report starts after the colon or the parenthesis
                        cs0 = ss
                        if (colon := masked.rfind(": ", ss, ce)) > ss and MASK not in masked[colon:ce]:
                            cs0 = colon + 2
                        if (paren := masked.rfind("(", ss, ce)) >= ss and ")" not in masked[paren:ce] \
                                and masked[_trim_end(masked, am.end(), se) - 1] == ")":
                            cs0 = max(cs0, paren + 1)
                        if len(WORDS.findall(masked[cs0:ce])) >= 3:  # not "That's according to X"
                            found = (cs0, ce, men, am.start(), _according_end(am))
                            if comma > 0 and (cm := _CONTRAST_AFTER.match(masked, comma + 1, se)) is not None \
                                    and cue_hits.between(cm.end(), se):
                                sents.append((cm.end(), se))  # "..., though officials said CLAUSE": a report
                                # of its own, read as a sentence after this one
        founds = [found] if found is not None else []
        if first is not None and found is not None:
            founds.insert(0, first)
        object_reports: set[int] = set()
        if not founds:
            # X said (that) CLAUSE, and one sentence may hold several: "said A and said B"
            floor = ss
            for cm in sent_hits:
                if cm.start() < floor:
                    continue
                w = cm.group(0)
                if w in _ASK and cm.start() not in used_cues:
                    got = _asked(masked, cm, ss, se)
                    if got:
                        founds.append(got)
                        floor = got[1]
                    continue
                if masked.startswith(",", cm.end()) and (asm := _AS_SOURCE.match(masked, ss, cm.start())) is not None \
                        and (got := _as_source_report(masked, asm.end(), cm, se)) is not None:
                    founds.append(got)  # "As another Pew study noted, the average age ... was 18"
                    floor = got[1]
                    continue
                rule, naming = next(((r, m) for r in _OBJECT_REPORTS[C.base[w]] if (m := r.rx.match(masked, cm.end(), se))),
                                    (None, None)) \
                    if C.base.get(w) in _OBJECT_REPORTS \
                    and not PASSIVE_BEFORE.search(masked, max(ss, cm.start() - 20), cm.start()) \
                    and not _restrictive_who(masked, max(ss, cm.start() - 40), cm.start()) else (None, None)
                # (not "the song is called Gonna Have a No 1": a name given, passive)
                if w not in C.indirect and naming is None or cm.start() in used_cues \
                        or not (verb_use(masked, cm, ss) or naming is not None and rule.object_makes_verb
                                and not noun_use(masked, cm, ss)):
                    continue  # (but "Osman called him a kind, loving and admirable person": a report;
                    # "Sanders calls himself a democratic socialist": a verb, with its object)
                if _restrictive_who(masked, max(ss, cm.start() - 40), cm.start()) \
                        and (fv := first_verb(masked, cm.end(), se)) is not None \
                        and C.base.get(masked[fv:fv + 12].split(None, 1)[0].rstrip(".,;:")) in _MAIN_SAYING \
                        and that_after(masked, cm.end(), fv) is None:
                    continue  # "The lawyer who argued the appeal said the ruling was fair": the relative
                    # clause's object ends at the sentence's own verb, whose report it is
                having = _HAVING_BEFORE.fullmatch(masked, ss, cm.start()) is not None
                if having and _HAVING_IDIOM.match(masked, cm.end(), se):
                    continue  # "Having said that, Burnley are yet to concede": an idiom, no report
                after = cm.end()
                if C.base.get(w) == "agree" and (am := _AGREED_TO.match(masked, after, se)) is not None:
                    after = am.end()  # "agreed on Wednesday to a ceasefire that would pause ...": the "that" of
                    # what was agreed to is a relative; any report comes after the object
                    if not masked.startswith(",", after):
                        continue
                if w.endswith("statement"):
                    if (sm := STATEMENT_SAYING.match(masked, after, se)) is None:
                        continue  # "issued a statement" reports only what the statement says
                    after = sm.end()  # "released a statement Tuesday saying it would appeal"
                mt = that_after(masked, after, se)
                # "vowed to build a wall", "promised to raise taxes": a commitment, reported as its infinitive
                infinitive = None
                if not mt and C.base.get(w) in _COMMISSIVES:
                    tm = _TIME_THEN_TO.match(masked, after, se)  # ("promised Monday to begin ...")
                    if tm and (nm := _TO_AUDIENCE.match(masked, tm.end(), se)):
                        tm = nm  # "vowed in his first speech to parliament since the break to cut bills": the
                        # circumstance's own "to" is followed by its audience, the infinitive comes later
                    infinitive = _TO_VERB.match(masked, tm.end() if tm else after, se)
                if mt is None and C.base.get(w) in _CIRCUMSTANCE_THAT_VERBS \
                        and (ct := _CIRCUMSTANCE_THAT.match(masked, after, se)) is not None \
                        and (C.base.get(w) in _TO_RECIPIENT_VERBS or not masked.startswith("to", ct.start() + 1)) \
                        and not _finite_outside_aside(masked, after, ct.start("that")) \
                        and not _PARTICIPLE_BEFORE_THAT.search(masked, after, ct.start("that")):
                    # (not "said on Tuesday, warning that ...": the participle's own report)
                    after = ct.start("that") - 1  # "says at a campaign stop in Toledo, Ohio, that ..."
                    mt = that_after(masked, after, se)
                if mt is None and C.base.get(w) in RECIPIENT_THAT_CUES \
                        and (tt := TELL_THAT.match(masked, after, se)) is not None \
                        and not _TOLD_THING.search(masked, after, tt.start("that")) \
                        and _short_recipient(masked, after, tt.start("that")) \
                        and " to " not in masked[after:tt.start("that")] \
                        and not _PREP_FIRST.match(masked, after, se):  # (not "warned North Korea to refrain
                    # from further actions that would ...": a relative after the infinitive)
                    after = tt.start("that") - 1  # "reminds viewers that ...", "warned Republicans that ..."
                    mt = that_after(masked, after, se)
                if mt is None and (C.base.get(w) in RECIPIENT_THAT_CUES or C.base.get(w) == "promise") \
                        and (rm := _RECIPIENT_THEN_CLAUSE.match(masked, after, se)) is not None:
                    after = rm.end("recipient")  # "assured voters he would force Mexico to pay": the people told,
                    # then the clause with no "that"
                if w in ("told", "tells", "tell", "telling"):
                    ob = _OUTLET_THEN_NAMED_CLAUSE.match(masked, after, se) or OBJECT.match(masked, after, se)
                    # (or any recipient before "that" when the one found is not all of it: "told The
                    # Post and Courier newspaper of Charleston on Saturday that ...")
                    if ob and (ct := _CIRCUMSTANCE_THAT.match(masked, ob.end(), se)) is not None \
                            and not _finite_outside_aside(masked, ob.end(), ct.start("that")):
                        tt = ct  # "told Reuters by telephone from Brasilia that ...": where or how, then the clause
                    elif ob and (tm := TELL_THAT.match(masked, after, se)) is not None and ob.end() < tm.start("that") \
                            and len(WORDS.findall(masked, ob.end(), tm.start("that"))) <= 3 \
                            and not _DETERMINER_OR_VERB.search(masked, ob.end(), tm.start("that")) \
                            and (between := masked[ob.end():tm.start("that")].split()) and _recipient_word(between[-1]):
                        tt = tm  # "told African planning ministers that ...": the recipient goes on to "that"
                    else:
                        tt = None if ob and (that_after(masked, ob.end(), se) or circumstance_then_subject(masked, ob.end(), se)
                                             or _CLAUSE_START.match(masked, ob.end(), se)
                                             and not _OBJECT_GOES_ON.match(masked, ob.end(), se)) \
                            else TELL_THAT.match(masked, after, se)
                    if tt is not None and _TOLD_THING.search(masked, after, tt.start("that")):
                        tt = None  # "told the story that his father told him": what is told, then a relative
                    if tt is not None:  # "told members of the AFL-CIO executive council that ...": any recipient
                        ob = tt
                    elif ob and (om := _OF_PEOPLE.match(masked, ob.end(), se)) is not None \
                            and _CLAUSE_START.match(masked, om.end(), se):
                        ob = om  # "told a meeting of Saudi businessmen the government had ...": the people met
                    if not ob:
                        continue  # "told his closest advisers as ...": no recipient found, no clause
                    after = ob.end() if tt is None else tt.start("that") - 1
                    if tt is None and (on := _OUTLET_NOUN_NEXT.match(masked, after, se)) is not None:
                        after = on.end()  # "told a local TV station the figures were ...": the whole recipient
                    mt = that_after(masked, after, se)
                    circ = None if mt else circumstance_then_subject(masked, after, se)
                    if circ:
                        after = circ.end(1)  # "told ABC's 'Good Morning America' on Monday the tone was ..."
                    if not mt and (_BAD_AFTER_CUE.match(masked, after, se)
                                   or not _CLAUSE_START.match(masked, after, se)):
                        continue
                if not mt and not infinitive and w in C.that_only and not (C.base.get(w) == "add" and _ADDED_CLAUSE.match(masked, after, se)) \
                        and not (w in ("think", "thinks", "reckon", "reckons", "reckoned") and THINK_CLAUSE.match(masked, after, se)
                                                        and not _FIRST_SECOND.search(masked, max(ss, cm.start() - 6), cm.start())):
                    continue  # but "Trump's team thinks she doesn't understand ...": a clause with its subject
                aside = None if mt or w.endswith("ing") or not masked.startswith(",", after) \
                    else _COMMA_ASIDE_CLAUSE.match(masked, after, se)
                if aside is not None and not (
                        (nb := np_backward(masked, cm.start(), ss)
                         or it_subject(masked, ss, cm)) is not None
                        and (not masked[ss:nb.start].strip() or only_opener(masked[ss:nb.start])
                             or (dm := WIRE_DATELINE.match(masked, ss, nb.start)) is not None and dm.end() == nb.start)):
                    # (after a wire's dateline too: "CLEARWATER, Fla., March 18 - Home Shopping Network Inc said, in
                    # response to published reports, that ...")
                    aside = None  # only a sentence's own subject: "Rubio says, win or lose ..., he's staying"
                    # (or the firm's "It said, as Sorg's largest single shareholder, it will ...")
                fronted = None  # (where the report starts, where its fronted phrase ends)
                if mt:
                    cs = mt.start("that")
                elif infinitive:
                    cs = infinitive.start("to")
                elif aside is not None:
                    cs = aside.start("that") if aside.group("that") else aside.start("aside")
                    if not aside.group("that") and _DISCOURSE_ASIDE.fullmatch(aside.group("aside")):
                        cs = masked.find(",", aside.end("aside")) + 2  # "said, for example, a 10 dlr tariff
                        # would ...": the clause after a discourse aside
                elif naming is not None:
                    cs = naming.start("obj")  # what the speaker called someone: "him a ... person"
                elif _REL_BEFORE_CUE.search(masked, max(ss, cm.start() - 80), cm.start()) and not w.endswith("ing") \
                        and _AUX_AFTER.match(masked, after, se):
                    cs = after + 1  # "a bill, which critics said was discriminatory": the report is the verb phrase
                else:
                    if masked.startswith(",", after) and _STRAY_COMMA_CLAUSE.match(masked, after, se) \
                            and "," not in masked[ss:cm.start()] and (nb := np_backward(masked, cm.start(), ss)) is not None \
                            and not masked[ss:nb.start].strip():
                        after += 1  # "He also said, capital expenditures should be ...": a stray comma
                    circ = circumstance_then_subject(masked, after, se)
                    if circ:
                        after = circ.end(1)  # "said in a statement Thursday night they pulled ..."
                    elif C.base.get(w) in _TAIL_VERBS:
                        fronted = _fronted_report(masked, cm, after, ss, se)
                        if fronted is not None:
                            cs = fronted[0]  # "said when he arrived, the building was empty"
                    if fronted is None and (_BAD_AFTER_CUE.match(masked, after, se) or not _CLAUSE_START.match(masked, after, se) \
                            or _MANNER_AFTER.match(masked, after, se) or _OBJECT_PRONOUN.match(masked, after, se) \
                            or (C.base.get(w) in _WIN_OR_OBJECT and _NP_OBJECT.match(masked, after, se))
                            or C.base.get(w) == "recall" and _RECALLED_GOODS.match(masked, after, se)
                            or C.base.get(w) in _DISCLOSING and _DISCLOSED_THING.match(masked, after, se)
                            or C.base.get(w) in _FIGURE_VERBS and _FIGURES_OBJECT.match(masked, after, se)
                            or C.base.get(w) == "agree" and _AGREED_THING.match(masked, after, se)):
                        continue  # "claimed a victory", "claiming 41 percent of the vote"
                    if fronted is None:
                        # a name has a capital before the phrase's first comma: skip the scan without one
                        after_comma = masked[ss:cm.start()].rstrip().endswith(",")
                        inv = np_forward(masked, after, se) \
                            if (after_comma or _CAP_BEFORE_PUNCT.match(masked, after, se)) and not w.endswith("ing") else None
                        # (a participle has no subject after it: ", saying the law violated the Constitution")
                        if inv is not None and ENDS_PHRASE.match(masked, inv.end, se) and (
                                inv.kind == "name" and (np_backward(masked, cm.start(), ss) is None
                                                        and not IT_BEFORE.search(masked, ss, cm.start()) or after_comma)
                                or after_comma and _NAME_TAIL.match(masked, inv.end, se)) \
                                or after_comma and not w.endswith("ing") and _INVERTED_NP.match(masked, after, se) \
                                and not _opens_sentence(
                                    np_backward(masked, cm.start(), ss), ss, masked):  # not "Name, a spokesman, said the ..."
                            if not (after_comma and (_subject_with_appositive(masked, ss, cm)
                                                     or _subject_then_appositive(masked, ss, cm))):
                                continue  # "..., said Dan Gerstein, director of ...", "..., said the company's
                            # chief executive, John Roe.": the speaker, not a clause
                        sp_end = after
                        while sp_end < se and masked[sp_end] in " \t":
                            sp_end += 1  # ("said   the nation needs ...": spaces as typed)
                        if not (sp_end > after and (masked[sp_end:sp_end + 1].isalnum()
                                                    or masked.startswith(("\u00a3", "\u20ac", "\u00a5"), sp_end))):
                            continue
                        cs = sp_end
                chain = participle_chain(masked, cm, ss) if w.endswith("ing") else None
                participle_after_comma = w.endswith("ing") and masked[ss:cm.start()].rstrip().endswith(CLAUSE_BREAK)
                # ", warning that ...": the participle's subject is the clause's, never the last words
                # before the comma ("the company said on Tuesday, warning" is not Tuesday's)
                end = before_adverb(masked, cm.start(), ss) \
                    if C.base.get(w) in SAYING_VERBS and not w.endswith("ing") else cm.start()  # "Smith now says"
                if end == cm.start() and (am := ASIDE_ADVERB_BEFORE.search(masked, max(ss, end - 30), end)):
                    end = am.start()  # "A YouGov poll has, however, revealed that"
                to_that = TO_BEFORE.search(masked, max(ss, cm.start() - 4), cm.start()) is not None \
                    and w == C.base.get(w, w)
                quoted = quoted_as(masked, cm.start(), ss) if w == "saying" else None
                men = quoted or (None if participle_after_comma or chain is not None or to_that else np_backward(masked, end, ss))
                if men is not None and men.kind == "name" and (holder := holder_of_renamed_thing(masked, ss, men)) is not None:
                    men = holder  # "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper,
                    # L'Osservatore Romano, said": the newspaper's name renames it; the editor speaks
                if men is not None and men.kind in ("group", "description") and _CLAUSE_AS_SUBJECT.match(men.text):
                    continue  # "Economists doubted the central bank forecast that ...": a clause, its object a noun
                if quoted is None and men is not None and w in ("saying", "stating") \
                        and men.text.rsplit(None, 1)[-1].lower() in CARRIERS and not masked[men.end:cm.start()].strip():
                    men = clause_subject(masked, ss, men.start if men.start > ss else cm.start())  # "Obama posted a
                    # video saying that ...": who posted
                    # it says it (a sign, a statement, a letter: its holder or sender)
                    if men is None:
                        continue
                if quoted is None and (pw := medium_before_cue(masked, ss, men)) is not None:
                    # "The mayor toured the site and in a statement said that ...": where, not who; after "and",
                    # the clause's subject
                    men = clause_subject(masked, ss, pw) if COORD.search(masked, ss, pw) else None
                if men is None and not to_that and (hm := _HEDGED_BEFORE.search(masked, max(ss, cm.start() - 50), cm.start())):
                    men = np_backward(masked, hm.start(), ss)  # "Putin is said to have told aides that ...": the
                    # subject of the hedge
                if men is None and quoted is None and not to_that and not participle_after_comma and chain is None \
                        and (stray := _subject_before_stray_comma(masked, ss, cm, se)) is not None:
                    men = stray  # "Sears Roebuck and Co, said it reached a settlement": a comma slipped in
                if quoted is not None:
                    chain = None  # "PAP quoted Baka as saying ...": the person quoted, whatever comes before
                elif to_that:
                    to_at = masked.rfind("to", ss, cm.start())
                    if _ADJ_BEFORE_TO.search(masked, max(ss, to_at - 20), to_at):
                        continue  # "It is difficult to believe that ...": no one in particular
                    obj = np_backward(masked, to_at, ss)
                    if obj is not None and ((cv := _CONTROL_VERB.match(masked, obj.start, obj.end)) is not None
                                            or (cv := _CONTROL_VERB_INSIDE.search(masked, obj.start, obj.end)) is not None):
                        obj = np_backward(masked, to_at, cv.end())  # (the scan took the verb in, and perhaps its
                        # subject: "The ruling led some commentators to argue that ...")
                    elif obj is not None and not _CONTROL_VERB_BEFORE.search(masked, max(ss, obj.start - 20), obj.start):
                        obj = None
                    if obj is not None:
                        men = obj  # "leading some commentators to argue that ...": the object argues
                    elif (pm := _PRONOUN_THEN_CONTROL.search(masked, max(ss, to_at - 40), to_at)) is not None:
                        men = Mention(pm.start(1), pm.end(1), pm.group(1), "pronoun")  # "Obama's press conference,
                        # when he refused to admit that ...": the pronoun right before the verb, not the sentence's subject
                    else:
                        men = clause_subject(masked, ss, cm.start())
                    if men is None or not (men.kind in ("name", "pronoun", "group") or person_noun(men.text.split()[-1])
                                           or men.text.split()[-1].lower().endswith(PEOPLE_PLURAL_ENDS)):
                        continue  # (not "The plan is to announce that ...")
                if chain is not None:
                    # "He ducked, pointing to his record ... and saying that ...": the first participle's subject
                    men = subordinate_subject(masked, ss, chain) or clause_subject(masked, ss, chain, strict=True)
                    if men is None:
                        continue
                if men is not None and w.endswith("ing") and not participle_after_comma and chain is None \
                        and (wt := _WROTE_TO.search(masked, max(ss, men.start - 40), men.start)) is not None \
                        and (writer := clause_subject(masked, ss, wt.end(1))) is not None:
                    men = writer  # "Deas wrote to Prime Minister Rishi Sunak urging him not to ...": the writer
                    # urges, not the one written to
                if naming is not None and w.endswith("ing") and not participle_after_comma and chain is None \
                        and (men is None or men.kind not in ("name", "pronoun") and not person_noun(men.text.split()[-1])):
                    continue  # "vetoed a mass transit bill calling it a budget buster": not the bill's words
                if men is not None and TIME_OR_NUMBER.fullmatch(men.text) \
                        and men.text.lower() not in ("one", "another"):  # ("attorneys; one suggested she ...":
                    # the subject scan gives a lone "one" only after such a break)
                    if masked.startswith("%", men.end):  # "42% say they're liberal": the share speaks
                        men = Mention(men.start, men.end + 1, masked[men.start:men.end + 1], "group")
                    elif w.endswith("ing"):
                        continue  # "comments Trump made in 2006 saying ...": not the clause's subject either
                    else:
                        tm = TIME_LEAD_BEFORE.search(masked, ss, men.start)
                        men = np_backward(masked, tm.start(), ss) if tm else None  # "McConnell, who in 2010 said"
                        if not person_before_time(men):
                            continue
                pm = plural_participle_subject(masked, ss, cm.start()) if men is None and not participle_after_comma \
                    or men is not None and men.start > ss else None  # (the scan may stop at "on background")
                if pm is not None:  # "Democrats trying to regain the Senate in November say they ...": all of it
                    men = Mention(pm.start(1), pm.end(1), masked[pm.start(1):pm.end(1)], "group")
                if men is None and (im := IT_BEFORE.search(masked, max(ss, cm.start() - 24), cm.start())):
                    men = Mention(im.start(1), im.end(1), masked[im.start(1):im.end(1)], "pronoun")  # "It said ..."
                if men is None and participle_after_comma:
                    men = attribution_subject_before(masked, ss, cm.start(), sent_hits)  # "CLAUSE, it said,
                    # adding that ...": the attribution's subject adds, not the clause's last words
                if men is None and COORD.search(masked, ss, cm.start()):
                    men = clause_subject(masked, ss, cm.start())  # "... and said ..."
                elif men is None and w.endswith("ing") and masked[ss:cm.start()].rstrip().endswith((",", MASK)):
                    men = subordinate_subject(masked, ss, cm.start()) or coordinated_subject(masked, ss, cm.start()) \
                        or clause_subject(masked, ss, cm.start(), strict=True)  # "..., adding that ..."
                if men is None and participle_after_comma:
                    # "Marine Le Pen, the far-right leader, ..., saying": a full name before the comma
                    nb = np_backward(masked, cm.start(), ss)
                    if nb is not None and (nb.kind == "name" and len(nb.text.split()) >= 2 or named_pair(nb)) \
                            and not _DAY_OR_MONTH.search(nb.text):
                        men = nb
                    elif (nb := nb or np_backward(masked, masked.rfind(",", ss, cm.start()), ss)) is not None \
                            and _subject_before_aside(masked, ss, se, nb, cm):
                        men = nb  # "The mayor, saying that the deck was unsafe, ordered the bridge closed": the
                        # sentence's subject, the aside between it and its verb
                if (said := _speaker_of_report_before(masked, ss, cm, sent_hits, C)) is not None:
                    men = said  # "She said the government had offered a deal and urged the union to ...": hers
                comma = masked.find(", ", cs, se) if having else -1
                if comma > 0:
                    # "Having announced that ..., Judge Berman proceeded": the main clause's subject
                    # announced; the report ends at the comma
                    men = np_forward(masked, comma + 2, se)
                if men is None or having and (comma < 0 or men.kind not in ("name", "description", "group")):
                    continue
                ce = clause_end(masked, cs, comma if comma > 0 else se, rule.stop if naming else _report_stop())
                if fronted is not None and ce <= fronted[1] and naming is None \
                        and (not masked[ss:men.start].strip() or only_opener(masked[ss:men.start])):
                    # "said under the terms, Great Western has agreed ...": the clause runs on past the
                    # fronted phrase's comma (which a name after it makes look like an attribution's), when
                    # the cue is the sentence's own (not "In its first earnings report since ..., Google said")
                    ce = clause_end(masked, fronted[1], comma if comma > 0 else se, _report_stop())
                if subject_opens_fronted_clause(masked, ss, men.start) or _RELATIVE_BEFORE.search(
                        masked, max(ss, cm.start() - 40), cm.start()):
                    # "While Ramos said that A, he ..." / "Broaddrick, who said A, recounted ...":
                    # the report ends where the main clause takes over
                    comma = masked.find(", ", cs, ce)
                    if comma > 0 and len(WORDS.findall(masked[cs:comma])) >= 3:
                        ce = comma
                if _restrictive_who(masked, max(ss, cm.start() - 40), cm.start()) \
                        and (main := _main_verb_after_relative(masked, cs, ce)) is not None:
                    ce = main  # "The aide who argued that the plan was flawed said he would resign": the
                    # sentence's own verb ends the relative clause's report
                if w.split()[0].endswith("ing") and masked.startswith(", ", cm.start() - 2) \
                        and (main := _main_verb_after_aside(masked, cs, ce)) is not None:
                    ce = main  # "Phillips, acknowledging that the proposal was controversial, said the
                    # commission would ...": the aside's report ends where the main clause's verb comes
                if (tail := _trailing_attribution(masked, cs, ce, sent_hits)) is not None \
                        and any(h.start() == tail.start("cue") for h in sent_hits):
                    ce = tail.start()  # "... have reported any financial difficulties, NYSE vice president
                    # Richard Torrenzano said": the sentence's own attribution ends the report inside it
                if C.base.get(w) == "warn" and (wa := _WARNED_ABOUT.match(masked, cs, ce)) is not None \
                        and not CLAUSE_QUICK.search(masked, wa.end(), ce):  # (but "warned prices of food would rise")
                    continue  # "China warned Washington over its arms sales", "warned investors against panic": whom
                    # and what about, no words reported
                if C.base.get(w) == "admit" and _ADMITTED_CHARGE.match(masked, cs, ce):
                    continue  # "He admitted one felony count of scheming to defraud", "admitted fraud and will testify":
                    # a plea to a charge, no words reported
                if C.base.get(w) == "concede" and _CONCEDED_CONTEST.match(masked, cs, ce):
                    continue  # "Mayor Okoye conceded defeat on Wednesday after final counts showed ...": a contest
                    # given up, no words conceded
                if C.base.get(w) == "claim" and (_MONEY_OBJECT.match(masked, cs, ce) or (
                        lm := _LIVES_OBJECT.match(masked, cs, ce)) is not None and not has_finite_verb(masked, lm.end(), ce)):
                    continue  # "she claimed thousands of pounds in expenses for a second home she rarely used": money
                    # claimed, no words
                if not _has_words(masked, cs, ce, 2 if naming is not None else 3) \
                        and not (_has_words(masked, cs, ce, 2) and _TWO_WORD_CLAUSE.fullmatch(masked, cs, _trim_end(masked, cs, ce))):
                    continue  # (an object report may be short: "called for a delay"; and a subject with its
                    # verb: "It said sales fell", "he said he agreed")
                if naming is not None and rule.rx in (_CALLING_FOR, _CITING) and men.kind not in ("name", "pronoun") \
                        and not _people_phrase(men) and not _org_phrase(men):
                    continue  # what people or bodies call for, not "domestic considerations call for low
                    # ones", "The accord called for efforts to ...", "The bill calls for ..."
                if infinitive and _ATTRIBUTION_LAST.search(masked, cs, _trim_end(masked, cs, se)):
                    continue  # "Japan has pledged to ..., the Commerce Department said": the department's report
                if infinitive and (stop := _INFINITIVE_END.search(masked, cs, ce)) is not None:
                    ce = stop.start()  # "vowed to keep abortion legal and celebrated the ruling": one promise
                if participle_after_comma and (stop := _MAIN_CHAIN_AFTER.search(masked, cs, ce)) is not None:
                    ce = stop.start()  # "vacated the award, ruling that the government was immune, and dismissed
                    # the lawsuit": the participle's report ends where the main clause's chain goes on
                if infinitive and (men.kind not in ("name", "pronoun") and not _people_phrase(men)
                                   or men.rel_start is not None and not masked[max(ss, men.rel_start - 2):men.rel_start].startswith(",")
                                   or men.text.lower() in RELATIVE | {"it"} or len(WORDS.findall(masked, cs, ce)) < 3):
                    continue  # a person's promise ("Trump vowed to ...", "The self-described democratic socialist
                    # has vowed to ...", "Trump, who has pledged to ..."), not "retirements promise to swell"
                if not mt and not infinitive and naming is None and _GERUND_OBJECT.match(masked, cs, ce) \
                        and _MODAL_BEFORE.search(masked, max(ss, cm.start() - 12), cm.start()) \
                        and not _AUX_OR_PAST.search(masked, cs, ce):
                    continue  # "Phillips Petroleum Co will emphasize improving its short-term cash flow": a plan's
                    # gerund taking its object is the verb's object, no clause (not "said cutting the aid would hurt
                    # relations", a gerund's phrase as the subject of a verb after it; and after a verb of the past
                    # PolNeAR reads one as a report: "He also acknowledged urging his senior staff to ...")
                if not mt and not infinitive and naming is None and not _clause_verb(masked, cs, ce):
                    continue  # "Sanders is conceding the race in Nevada", "he reported receiving $50,000":
                    # an object, not a clause
                if not mt and _NEGATED_BEFORE.search(masked, max(ss, cm.start() - 12), cm.start()) and (
                        _POSSESSIVE_NP.match(masked, cs, ce) is not None or _WH_OPENING.match(masked, cs, ce) is not None
                        or not has_finite_verb(masked, cs, min(ce, (masked.find(",", cs, ce) + 1 or ce + 1) - 1))):
                    continue  # "He didn't mention his own impact ..., and there were", "does not disclose its
                    # finances", "He did not say how much the fee would be": what was not said
                if (cut := _another_source_after_link(masked, cs, ce, sent_hits)) is not None:
                    ce = cut  # "Yukos has always insisted the auction was state-sponsored theft but Russian
                    # authorities argued they were imposing the law": the second clause is another source's report
                founds.append((cs, ce, men, cm.start(), cm.end()))
                # (a report inside what is cited or called for stands too: "He cited a Yale Daily News
                # article that Carson said was written about the incident")
                floor = cs if naming is not None and rule.rx is _CITING else ce
                if naming is not None:
                    object_reports.add(cm.start())
        # a report by an object verb ("urged Japan to ...") gives way to the sentence's own
        # attribution ("..., the U.S. group also urged Japan to ..., a spokesman said")
        held = founds if founds and all(f[3] in object_reports for f in founds) else None
        if held:
            founds = []
        if not founds and (found := _as_source(masked, ss, se, sent_hits, used_cues)) is not None:
            founds.append(found)
        if not founds:
            founds = _as_aside(masked, ss, se, sent_hits, used_cues)
        if not founds:
            found = _parenthetical(masked, ss, se, sent_hits, used_cues)
            founds = [found] if found is not None else []
            if found is not None and found[0] == ss:
                # "Many of the closures, he said, have involved public courses": the report is in
                # two pieces, either side of the attribution, like a split quotation (after the
                # speaker when it follows the cue: "The tone, said Mr Milburn, would be ...")
                pmen = found[2]
                inverted = pmen.start >= found[4]
                rest_at = max(pmen.end, pmen.desc_end or 0) if inverted else found[4]
                am = None if inverted and pmen.kind not in ("name", "pronoun") and len(pmen.text.split()) > 4 \
                    or inverted and (pmen.desc_end or 0) > pmen.end and circumstance_tail(masked, rest_at, se) > rest_at \
                    else _PAREN_REST.match(masked, rest_at, se)
                # (not "..., said Peter Witte, director of ..., after a presentation by the U.S. Mint.": when)
                if am and len(WORDS.findall(masked[am.end():se])) >= 2 and not _WITHOUT_SAYING.match(masked, am.end(), se):
                    cs = am.end()  # (not "..., it said, without providing further details": the writer's note)
                    founds.append((cs, _trim_end(masked, cs, se), found[2], found[3], found[4]))
        if not founds and ev_hits and (found := _evidence_report(masked, ss, se, ev_hits)) is not None:
            founds.append(found)
        if not founds:
            # CLAUSE, he says.  (or "CLAUSE, analysts say; in 2012, ...": up to a semicolon)
            found = _report_before_cue(masked, ss, se, sent_hits, used_cues, C)
            if found is None and sent_hits and masked.find(",", ss, se) > 0:
                # up to a semicolon ("CLAUSE, analysts say; in 2012, ..."), a dash ("..., Clinton allies
                # believe - backers she will need") or a subordinate clause (", as they bristled")
                first_end = sent_hits[0].end()
                for end in (masked.find(";", ss, se), (dm.start() if (dm := _DASH_AFTER_CUE.search(masked, first_end, se)) else -1),
                            (sm.start() if (sm := _SUBORDINATE_AFTER_CUE.search(masked, first_end, se)) else -1)):
                    if end > 0 and (found := _report_before_cue(masked, ss, end, sent_hits, used_cues, C)) is not None:
                        if masked.startswith("ing", masked.find(" ", end + 2) - 3) \
                                and not has_finite_verb(masked, found[0], found[1]):
                            found = None  # (before a participle only a clause: not "In U.S. District Court in
                            # Alexandria, Va., Lazar ... said little, offering only ...")
                            continue
                        break
            if found is not None:
                founds.append(found)
        first_cue = (founds[0][3] if len(founds) == 1 else min(f[3] for f in founds)) if founds else -1
        if first_cue > 0 and sent_hits and sent_hits[0].end() < first_cue \
                and (pf := _parenthetical(masked, ss, se, [h for h in sent_hits if h.end() <= first_cue], used_cues)) \
                is not None and pf[0] <= first_cue < pf[1]:
            held_men = min(founds, key=lambda f: f[3])[2]
            if (rm := _RELATIVE_ON_REPORT.search(masked, pf[0], held_men.start)) is not None:
                pf = (pf[0], rm.start(), *pf[2:])  # "..., he said, Wang will announce a machine, a move which
                # analysts said was overdue": his report ends where the relative on it begins
            founds.insert(0, pf)  # "Instead, she said, her boss told her he had booked a room": her report
            # holds her boss's
        elif first_cue > 0 and ev_hits and ev_hits[0].start() < first_cue \
                and (ef := _evidence_report(masked, ss, se, ev_hits)) is not None \
                and (ef[0] <= first_cue < ef[1] or ef[1] <= min(f[0] for f in founds) and ef[4] <= min(f[2].start for f in founds)):
            founds.insert(0, ef)  # "A Bloomberg poll showed that 72 percent of voters said it bothered them": the
            # poll's finding holds the voters' report (or comes before it: "Waiting lists reached a record, official
            # figures showed on Thursday, as nurses' leaders warned that ...")
        elif first_cue > 0 and (cut := _cut_before_reports(masked, ss, first_cue, founds)) is not None \
                and (found := _report_before_cue(masked, ss, cut, (early := [h for h in sent_hits if h.end() <= cut]),
                                                 used_cues, C) or _parenthetical(masked, ss, cut, early, used_cues)) is not None:
            founds.insert(0, found)  # "Trump's excesses are sickening, Hollande said Tuesday in Paris, noting
            # the nominee ...": the report before the attribution, and what the participle adds
        elif first_cue > 0 and sent_hits and sent_hits[0].end() < first_cue \
                and (pf := _parenthetical(masked, ss, first_cue, [h for h in sent_hits if h.end() <= first_cue],
                                          used_cues)) is not None and pf[1] <= min(f[0] for f in founds) \
                and pf[2].end <= min(f[2].start for f in founds) and _has_words(masked, pf[0], pf[1], 4) \
                and has_finite_verb(masked, pf[0], pf[1]) and not _RELATIVE_IN.search(masked, pf[0], pf[1]):
            founds.insert(0, pf)  # "The bank was making efforts, he said, adding ..., a move which Sumita said
            # was not under consideration": his report before, whole, and Sumita's after
        if founds and (tail := _trailing_attribution(masked, ss, _trim_end(masked, ss, se), sent_hits)) is not None \
                and all(f[3] != tail.start("cue") for f in founds) \
                and not (tail.group("pronoun") and any(
                    f[2].rel_start is None and not masked[ss:f[2].start].strip()
                    and C.base.get(masked[f[3]:f[4]].lower()) in ("say", "tell", "add") for f in founds)) \
                and (found := _report_before_cue(masked, ss, se, [h for h in sent_hits if h.start() == tail.start("cue")],
                                                 used_cues, C)) is not None:
            founds.append(found)  # "... are charging IBM ..., saying its prices undercut the market, a court
            # spokesman said": the spokesman's report holds the firms'
        if held and not (founds and any(f[0] <= h[0] < f[1] for f in founds for h in held)):
            founds = held + founds  # (none holds it: it stands)
        founds += [r for f in founds if (r := _linked_rest(masked, f, se, founds)) is not None]
        for cs, ce, men, cue_s, cue_e in founds:
            if TIME_OR_NUMBER.fullmatch(men.text):
                continue  # "..., just 75,000 pledged for this year": a number is no speaker
            if men.text.lower() == "you" or men.text.lower().endswith("one") and men.text[-4:-3] in ("", " ") \
                    and _GENERIC_ONE_MODAL.match(masked, men.end, cue_s):
                continue  # "If you believe the hype, HDTV will ...", "You might think that ...": anyone, no report;
                # and "By some standards one could say ...", "One might argue that ...": anyone's
            # (but "One official said", "one of them said": someone)
            if _AUX_QUESTION.match(masked, ss, cue_s) and masked[ss:se].rstrip(" \"'\u201d\u2019").endswith("?"):
                continue  # "But has he called for changing any of the provisions that benefit him?": asked, not said
            while cs < ce and text[cs] in " ,)":
                cs += 1
            if cs == ss and (dm := WIRE_DATELINE.match(masked, cs, ce) or DATELINE.match(masked, cs, ce)
                             or LEAD_CONJUNCTION.match(masked, cs, ce) or _STORY_LABEL.match(masked, cs, ce)):
                cs = dm.end()  # "JAKARTA, March 2 - Indonesia's raw sugar output is ...": the report, not the
                # dateline; "But the plan will fail, he said": nor the conjunction linking it to what went before
            if ce > cs and (m0 := masked.find(MASK, cs, ce)) > 0 and (link := _last_link(masked, cs, m0)) is not None \
                    and cue_hits.any_between(link, m0) and _has_words(masked, cs, link, 3):
                ce = link  # "She said fathers would not be eligible, and when pressed, she replied, '...'":
                # the quotation has a cue of its own after the link; the report ends before it
            if ce <= cs or MASK in masked[men.start:men.end] \
                    or MASK in masked[cs:ce] and not only_terms(masked, cs, ce, mentioned):
                continue  # quoted words in the clause: a mixed quote, handled with the quotations (but
                # a word only mentioned, 'his use of the term "Palestine" was incorrect', is no quotation)
            ent = res.resolve_report_pronoun(men, names_in_report(text, cs, ce)) \
                if men.kind == "pronoun" and ce <= cue_s else res.resolve(men)
            res.spoke(men.start, ent)
            if ent is not None and ent.kind == "person" and men.kind == "name" and cs > cue_s \
                    and _FIRM_ITSELF.match(masked, cs, ce) and not _personal_name(ent) \
                    and not any(r.role and is_role_like(r.role) for r in res.introduction(ent)[1]):
                ent.kind = "organization"  # "Moody's said it would assess ...", "Sears said it will set up ...":
                # what "it" does after a name with no given name or title is the firm's own act
            conf = 0.55 if men.kind == "pronoun" else 0.6
            q = Quote(
                start=cs, end=ce, text=text[cs:ce], kind="indirect", content_start=cs, content_end=ce,
                speaker_start=men.span[0], speaker_end=men.span[1], speaker_mention=text[slice(*men.span)],
                cue=text[cue_s:cue_e], cue_start=cue_s, cue_end=cue_e, confidence=conf, paragraph=pi,
            )
            q.speaker_key = ent.key if ent is not None else None
            out.append((q, men))
    return out


# a report whose subject "it" acts: the speaker is a body ("it expects", "it will set up", "it had terminated",
# "it is in talks"; not "it was important", "it would be wrong": the writer's "it")
_FIRM_ITSELF = re.compile(r"(?:that\s+)?it\s+(?:expects|expected|plans|planned|intends|intended|agreed|"
                          r"(?:will|would)\s+(?!(?:still|also|probably|likely|never|not|soon|then|now|"
                          r"certainly)\s)(?!be\b|have\s+been\b)[a-z]+|has\s+(?:[a-z]+ed|about|\d)|"
                          r"had\s+[a-z]+ed|is\s+(?:[a-z]+ing|in\s+talks)|was\s+[a-z]+ing|did\s+not|does\s+not)\b")


def _personal_name(ent) -> bool:
    """Does the name read as a person's: a given name first, or a title or honorific?"""
    words = ent.name.split()
    return bool(words) and (words[0].lower() in given_names() or words[0].rstrip(".") in titles()
                            or len(words) >= 2 and _INITIALS.fullmatch(words[0]) is not None)  # ("A.W. Clausen")


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


_LINK = re.compile(r",\s+(?:and|but)\s")
_RELATIVE_IN = re.compile(r",\s+(?:who|which)\s")  # "Sweeney, who also holds the titles of ...": a subject's aside
# a relative on the clause before it, opening another's report: ", a move which analysts said ..."
_RELATIVE_ON_REPORT = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}(?:which|that)\s+$")
_LINK_BEFORE = re.compile(r",\s+(?:but|and|while|whereas)\s+$")


# after an attribution inside a sentence, a link to the report's next clause: ", and she felt free to ..."
_LINKED_REST = re.compile(r"\s*,\s+(?:and|but)(?=\s)(?!\s+(?:then|now|so|also|later|added|said|says)\b)")


# a clause's subject, or a fronted phrase before it (not a verb sharing the speaker's subject: "and walked out")
_SUBJECT_OPENING = re.compile(r"(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|our|my|this|that|these|"
                              r"those|some|many|most|no|[A-Z][\w'\u2019.-]*|\d[\d,.]*)\b(?!,)"
                              r"|(?:with|in|at|on|after|before|if|when|while|for|since|until)\b[^,;\x01]{1,60},")


def _linked_rest(masked: str, found: tuple, se: int, founds: list) -> tuple | None:
    """'She also gave Reagan feedback on his speeches, Anthony says, and she felt free to contradict
    him': the report goes on after its attribution, a clause of its own linked by "and" or "but"."""
    cs, ce, men, cue_s, cue_e = found
    z = max(cue_e, men.end, men.desc_end or 0)
    if ce > cue_s or source_phrase(masked[cue_s:cue_e]) or (lm := _LINKED_REST.match(masked, z, se)) is None:
        return None  # (after "according to a CNN tally, but ..." the writer goes on)
    rs, re_ = lm.end() + 1, _trim_end(masked, lm.end(), se)
    if not _has_words(masked, rs, re_, 3) or MASK in masked[rs:re_] or any(f[0] < re_ and rs < f[1] for f in founds) \
            or not _SUBJECT_OPENING.match(masked, rs, re_) \
            or _CLAUSE_START.match(masked, lm.end(), re_) is None or not has_finite_verb(masked, rs, re_) \
            or (cm := cues().rx.search(masked, rs, re_)) is not None and cm.group(0).islower():
        return None  # (not "..., he said, and walked out", nor "..., she said, and she added that ...")
    return rs, re_, men, cue_s, cue_e


def _cut_before_reports(masked: str, ss: int, first_cue: int, founds: list) -> int | None:
    """Where a sentence's reports found so far leave room for one before them, with its own
    attribution: the comma before participles ("..., Hollande said Tuesday, noting ..."), or
    before a link that opens the first report's clause ("..., bond market sources said, but
    officials would only say ..."), or before a relative clause on the first report's speaker."""
    if all(masked.startswith("ing", f[4] - 3) for f in founds):
        cut = masked.rfind(",", ss, first_cue)
        return cut if cut > ss and not masked[cut + 1:first_cue].strip() else None
    first = min(founds, key=lambda f: f[3])
    if (rel := first[2].rel_start) is not None and first[2].end <= rel and first[2].start > ss \
            and (cut := masked.rfind(",", first[2].end, rel)) > 0:
        return cut  # "..., said Howard Rubel, a senior analyst at Jefferies, who notes that ...": the
        # report before the attribution whose speaker the relative clause goes on about
    m = _LINK_BEFORE.search(masked, ss, first[2].start)
    return m.start() if m is not None and first[2].start < first[0] else None
# a sentence's own attribution at the end of a clause: ", NYSE vice president Richard Torrenzano said",
# ", those people said" (a subject of up to seven words, then a plain cue)
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:(?=[A-Z]|(?:the|a|an|one|two|three|some|many|those|these|other|his|her|their|its)\s"
    r"|[a-z]+(?:\s+[a-z]+){0,2}\s+[A-Z][\w.'\u2019-]*\s+[A-Z]"  # (a post, then a full name: "president Yasuoki Takeuchi")
    r"|(?!(?:was|has|is|as|this|thus|always|perhaps|sometimes)\s)(?:[a-z]{3,}\s+)?[a-z]{3,}[^s\W]s\s)"
    r"(?:[\w.'\u2019&-]+\s+){1,7}?"
    # or only a pronoun: "Iraq, which said it would not ..., had produced less, he said." (after
    # "Ministry officials said A, they said." it only repeats the sentence's own speaker)
    r"|(?P<pronoun>he|she|they|we)\s+)"
    r"(?P<cue>said|says|say|told|added|adds|reported|reports|wrote|writes|noted|notes)\s*$")


# the speaker's silence after an attribution that ends a sentence: ", but gave no details", ", but declined to elaborate"
_NO_DETAILS_AFTER = re.compile(r",?\s+(?:but|and)\s+(?:gave\s+no|declined\s+to|refused\s+to|would\s+not|did\s+not|"
                               r"didn't|wouldn't|offered\s+no|provided\s+no)\b[^,;:\x01]{0,60}$")


def _trailing_attribution(masked: str, lo: int, hi: int, sent_hits: Sequence[re.Match]) -> re.Match | None:
    """The attribution that ends a sentence's text between ``lo`` and ``hi`` (", a court spokesman said"),
    its cue last or followed only by the circumstances of saying (", researchers reported Wednesday in
    the journal Science Advances"), if there is one."""
    last = next((h for h in reversed(sent_hits) if h.end() <= hi), None)  # (the cue the pattern ends with is a
    # cue of the sentence's: scanned for only where one ends the text, or ends it but for circumstances)
    if last is None or last.start() <= lo:
        return None
    if not masked[last.end():hi].strip():
        return _TRAILING_ATTRIBUTION.search(masked, lo, hi)
    w = last.group(0).lower()
    if hi - last.end() > 160 or _tail_base(w) not in _TAIL_VERBS \
            or not _attribution_tail(masked[last.end():hi], w in ("told", "tells", "tell")) or not verb_use(masked, last, lo):
        return None  # (the cheaper tests first)
    return _TRAILING_ATTRIBUTION.search(masked, lo, last.end())


def _last_link(masked: str, lo: int, hi: int) -> int | None:
    """Where the last ", and" / ", but" between ``lo`` and ``hi`` starts, if any."""
    last = None
    for m in _LINK.finditer(masked, lo, hi):
        last = m.start()
    return last


# "Just a few weeks ago, as Western Journalism reported, ...": a short fronted phrase, then the as-clause
_AS_AFTER_FRONT = re.compile(r"\s*[A-Z][^,;:\x01\n]{2,60},\s+as\s+(?=[A-Z])")
_AS_REPORTED_BY = re.compile(r"\s*(?P<cue>(?:first\s+|previously\s+|earlier\s+)?(?:reported|noted|revealed)\s+by)\s+")
_CUE_PLACE = re.compile(r"\s+(?:in|on|at)\s+[^,;:\x01\n]{2,60}(?=,)")
_AS_OPEN = re.compile(r"\s*(?:(?:But|And|So|Yet)\s+)?As\s+")
_COMMA_NEXT = re.compile(r"\s*,\s+")


def _as_source(masked, ss, se, sent_hits, used_cues):
    """'As The Atlantic recently noted, trust in government is collapsing': the source in a
    fronted as-clause, the report after its comma; also after a fronted phrase ('Just a few
    weeks ago, as Western Journalism reported, Thor and Beck were ...'), with the cue's place
    ('as Hedrick Smith reported in his The Russians, ...') or in the passive ('As reported by
    Western Journalism, ...')."""
    if not sent_hits:
        return None
    om, mid = _AS_OPEN.match(masked, ss, se), None
    if om is None and (mid := _AS_AFTER_FRONT.match(masked, ss, se)) is not None \
            and not any(h.start() < mid.end() for h in sent_hits):
        om = mid
    if om is None:
        return None
    if (pm := _AS_REPORTED_BY.match(masked, om.end(), se)) is not None:
        men = np_forward(masked, pm.end(), se)
        comma = masked.find(",", pm.end(), se)
        if men is not None and comma > 0 and not masked[men.end:comma].strip() and men.kind != "pronoun" \
                and _has_words(masked, comma + 1, se, 4):
            cs = comma + 1
            while cs < se and masked[cs] == " ":
                cs += 1
            return cs, _trim_end(masked, cs, se), men, pm.start("cue"), pm.end("cue")
        return None
    comma = masked.find(",", om.end(), se)
    if comma < 0:
        return None
    for cm in sent_hits:
        if cm.end() > comma or cm.start() < om.end() or cm.start() in used_cues:
            continue
        cn = _COMMA_NEXT.match(masked, cm.end(), se)
        if (cn is None or cn.start() != comma) and (pp := _CUE_PLACE.match(masked, cm.end(), se)) is not None \
                and pp.end() == comma:
            cn = _COMMA_NEXT.match(masked, comma, se)  # ("reported in his book The Russians,")
        put_it = cm.group(0) in PUT_IT  # ("As he put it, the Bank is not yet ...": a report too)
        if cn is None or cn.start() != comma or cm.group(0) not in cues().indirect and not put_it \
                or not verb_use(masked, cm, ss if put_it else om.end()):
            continue  # (not "As her campaign sent out pitches highlighting Mr. Sanders's remarks, ...")
        men = np_backward(masked, before_adverb(masked, cm.start(), om.end()), om.end())
        if men is None or men.start > om.end() + 1 or men.text.lower() in ("it", "this", "that", "expected"):
            return None  # "As it turned out", "As expected": no source
        cs, ce = cn.end(), _trim_end(masked, cn.end(), se)
        if len(WORDS.findall(masked, cs, ce)) < 4:
            return None
        if om is mid and _STARTS_WITH_VERB.match(masked, cs, ce):
            return None  # "And that, as Trump points out, is quite a bit": a subject before it, no fronted phrase
            # (``_as_aside`` reads the two pieces)
        return cs, ce, men, cm.start(), cm.end()
    return None


# "as" opening an aside or a sentence's last phrase, with its source after it: ", as Sanders has acknowledged"
_AS_ASIDE = re.compile(r",\s+as\s+(?=[A-Z]|(?:the|a|an|one|some|many|his|her|their|its|police|officials|analysts|"
                       r"economists|experts|critics|researchers)\b)")
_AS_ASIDE_OPENER = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Of course|Indeed|However|Meanwhile|Moreover|Now),?\s+)?")
_AS_ASIDE_VERBS = frozenset("say note report write explain argue warn observe predict acknowledge admit concede "
                            "suggest contend recall".split())
_AS_NO_SOURCE = frozenset("it this that expected usual always ever well many much long soon far we you i".split())


def _as_aside(masked, ss, se, sent_hits, used_cues):
    """A source in an as-clause after a sentence's subject or at its end: 'The bridge, as the city engineer
    pointed out, needs new bearings' (two pieces, either side of the attribution, as PolNeAR reads 'And
    that, as Trump points out, is quite a bit' and 'X, he said, ...'), 'The numbers changed over the summer, as
    Sanders has sometimes acknowledged.' (the clause before it); [] when there is none. Not after a
    fronted phrase (``_as_source`` reads those), nor 'as expected', 'as it turned out', 'as he said he would'."""
    for cm in sent_hits:
        w = cm.group(0)
        if cues().base.get(w) not in _AS_ASIDE_VERBS and w.split()[0] not in _AS_ASIDE_FIRST_WORDS or cm.start() in used_cues:
            continue
        am = None
        for am in _AS_ASIDE.finditer(masked, ss, cm.start()):
            pass
        if am is None or noun_use(masked, cm, am.end()):
            continue
        men = np_backward(masked, before_adverb(masked, cm.start(), am.end()), am.end())
        if men is None or men.start > am.end() + 1 or men.text.lower() in _AS_NO_SOURCE \
                or TIME_OR_NUMBER.fullmatch(men.text) or cues().rx.search(masked, am.end(), men.start):
            continue
        lead = _AS_ASIDE_OPENER.match(masked, ss, am.start()).end()
        if (colon := masked.rfind(": ", lead, am.start())) >= 0 and MASK not in masked[colon:am.start()]:
            lead = colon + 2  # ("A reminder: The GOP tax plans would ..., as HuffPost has noted before.")
        if lead >= am.start() or _AS_OPEN.match(masked, ss, am.start()) or _FRONTED.match(masked, ss, am.start()):
            continue
        if _ADVERB_ONLY.fullmatch(masked, cm.end(), se) or _attribution_tail(masked[cm.end():se], False):
            # "CLAUSE, as X noted.": the clause before, with a verb of its own
            if not has_finite_verb(masked, lead, am.start()) or not _has_words(masked, lead, am.start(), 3):
                continue
            return [(lead, am.start(), men, cm.start(), cm.end())]
        cn = _COMMA_NEXT.match(masked, cm.end(), se)
        if cn is None or has_finite_verb(masked, lead, am.start()) or len(WORDS.findall(masked, lead, am.start())) > 8:
            continue  # (a subject before it, no clause: "The economy, as the governor noted, has grown ...")
        cs, ce = cn.end(), _trim_end(masked, cn.end(), se)
        if not _has_words(masked, cs, ce, 3) or not _STARTS_WITH_VERB.match(masked, cs, ce):
            continue  # (the rest is the subject's predicate: "normally does not get ...", "is quite a bit right now")
        return [(lead, am.start(), men, cm.start(), cm.end()), (cs, ce, men, cm.start(), cm.end())]
    return []


_STARTS_WITH_VERB = re.compile(r"(?:(?:[a-z]+ly|also|still|not|never|now|already)\s+)*"
                               r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|"
                               r"[a-z]{2,}(?:ed|s)\b(?!\s+(?:that|which|who|is|are|was|were|have|has|had|will|would|can|could|"
                               r"may|might|[a-z]+ed)\b))\b")  # (not a subject in -s: "cases that have led to ...")


_ADVERB_ONLY = re.compile(r"(?:\s+[a-z]+ly)?\s*[.!?]?\s*")  # ", analysts said privately."
_THE_OBJECT = re.compile(r"\s+the\s+[a-z]")  # ", Clinton noted the clot's existence": an object


# a subordinate clause after "CLAUSE, X said Friday": when or why it was said, not part of the attribution
_SUBORDINATE_AFTER_CUE = re.compile(r",\s+(?:as|while|when|after|before|because|since|though|although|amid"
                                    r"|(?!(?:saying|adding|noting|citing|arguing|warning|explaining|insisting|"
                                    r"calling|claiming|stating|suggesting|telling|writing|according)\b)[a-z]{3,}ing)\s")
# (or a participle's phrase: "..., the union announced Monday, setting up a showdown": what the news does)
# a dash after "CLAUSE, X believe": what follows describes, the attribution ends before it
_DASH_AFTER_CUE = re.compile(r"(?<=[a-z])\s+(?:\u2014|\u2013|--?)\s")


def _comma_before_subject(masked: str, ss: int, men: Mention) -> int | None:
    """The comma right before a subject phrase and its appositive ("CLAUSE, the Governor of the
    Bank of Greece, Dimitris Halikias, said"): where the report before them ends, if there is one."""
    first = min(men.start, men.desc_start if men.desc_start is not None else men.start)
    comma = masked.rfind(",", ss, first)
    return comma if comma > ss and not masked[comma + 1:first].strip() else None


def _person_then_post(masked: str, named: Mention) -> bool:
    """Is ``named`` a person's name (two to four capitalised words, no place, no firm, no initials) and its
    description a person's post, a word for a person in it ("John Smith, a spokesman", "Dharyono Kertosastro,
    chairman of the Association of Indonesian Coffee Exporters"; not "in Malibu, California, a spokesman" nor
    "his Alberta counterpart, Neil Webber, his office")?"""
    words = masked[named.start:named.end].split()
    if not 2 <= len(words) <= 4 or any(w.isupper() and len(w) > 1 for w in words) \
            or words[-1].rstrip(".").lower() in COMPANY_ENDS or " ".join(words) in us_states() \
            or " ".join(words).lower() in countries():
        return False
    post = masked[named.desc_start:named.desc_end]
    return any(person_noun(w.strip("(),").lower()) or w.strip("(),").lower() in role_nouns() for w in post.split())


def _name_before_unclosed_appositive(masked: str, ss: int, comma: int, cm: re.Match,
                                      men: Mention | None) -> tuple[Mention, int] | None:
    """"CLAUSE, James Fry, vice-president of GM Overseas told a news briefing": the post read after the
    report's last comma (or its firm, read alone: "Chris Clark, platinum marketing director for Johnson Matthey Plc
    said") is the appositive of the name before it, its closing comma missing; the name
    (with the post its description) and the comma before the name, where the report ends."""
    post = masked[comma + 1:men.end].lstrip() if men is not None else ""
    capital_post = post[:1].isupper() and capitalised_post(post.split(None, 1)[0])  # ("Adebayo Adedji, Executive
    # Secretary of the U.N.'s Economic Commission for Africa said")
    if men is None or men.kind not in ("description", "name") or not (post[:1].islower() or capital_post) \
            or not masked[comma - 1:comma].isalpha() or (prev := masked.rfind(",", ss, comma)) < comma - 45 \
            or not masked[prev + 1:comma].lstrip()[:1].isupper():
        return None  # (the cheap tests first: a capitalised name between the report's comma and this one)
    full = np_backward(masked, cm.start(), ss)
    if full is None or full.kind != "name" or full.start >= comma or full.desc_start is None or full.desc_start <= comma:
        if (men.kind == "description" or capital_post) \
                and (named := name_before_unclosed_post(masked, prev + 1, comma + 1, cm.start())) \
                is not None and _has_words(masked, ss, prev, 4) and _person_then_post(masked, named):
            return named, prev  # "CLAUSE, John Smith, a spokesman said.": a post with its article
        return None
    c2 = _comma_before_subject(masked, ss, full)
    return (full, c2) if c2 is not None and _has_words(masked, ss, c2, 4) else None


def _report_before_cue(masked, ss, se, sent_hits, used_cues, C):
    """"CLAUSE, he says.": the report before the last comma, its cue after it."""
    if (nd := _NO_DETAILS_AFTER.search(masked, ss, _trim_end(masked, ss, se))) is not None:
        se = nd.start()  # "CLAUSE, the companies said in a joint statement, but gave no details."
    comma = masked.rfind(",", ss, se)
    for _ in range(3):
        if comma <= ss or any(comma <= h.start() < se for h in sent_hits) \
                or not (_PLACE_AFTER_PLACE.match(piece := masked[comma + 1:se].lstrip()) or _TAIL_START.match(piece)):
            break
        comma = masked.rfind(",", ss, comma)  # "CLAUSE, he said in Burbank, California.", "..., D.C., on Monday.":
        # the last comma a place's or a circumstance's
    if comma <= ss or masked[comma - 1 : comma + 2:2].isdigit():  # (not "6,000")
        return None
    for cm in (h for h in sent_hits if comma <= h.start() and h.end() <= se):
        if cm.group(0) not in C.indirect or cm.start() in used_cues or noun_use(masked, cm, comma):
            continue
        rest = masked[cm.end():se]
        if cm.group(0) == "saying" and (quoted := quoted_as(masked, cm.start(), comma + 1)) is not None:
            if not rest.strip(" .") and _has_words(masked, ss, comma, 4) and not _FRONTED.match(masked, ss, comma):
                return ss, comma, quoted, cm.start(), cm.end()  # "CLAUSE, PAP quoted Baka as saying."
            continue
        told = cm.group(0) in ("told", "tells", "tell")
        tail_verb = _tail_base(cm.group(0)) in _TAIL_VERBS
        if len(WORDS.findall(rest)) > 4 and not (tail_verb and _attribution_tail(rest, told)) \
                or not told and not _ADVERB_ONLY.fullmatch(rest) and (not tail_verb or _THE_OBJECT.match(rest)) \
                and not _attribution_tail(rest, False) \
                or CLAUSE_AFTER.match(rest) or (_OBJECT_NP.match(rest) and not told) \
                or C.base.get(cm.group(0)) in _WIN_OR_OBJECT and _NP_OBJECT.match(rest) \
                or _AMOUNT_OBJECT.match(rest) or told and _TOLD_THING.search(rest):
            continue  # ", Eric Holder announced his resignation": the verb has its own object (and ", the
            # delay will add 50 mln dlrs": an amount; ", Gary Johnson told a joke": what he told)
        npm = np_backward(masked, cm.start(), comma + 1)
        if (named := _name_before_unclosed_appositive(masked, ss, comma, cm, npm)) is not None:
            npm, comma = named
        if npm is None and (im := _IT_BEFORE_CUE.fullmatch(masked, comma + 1, cm.start())) is not None:
            npm = Mention(im.start(1), im.end(1), "it", "pronoun")  # "CLAUSE, it said.": the firm or body named before
        if npm is None and not masked[comma + 1:cm.start()].strip():
            # "CLAUSE, the Governor of the Bank of Greece, Dimitris Halikias, said": the subject and
            # its appositive stand between commas; the report ends at the comma before them
            npm = np_backward(masked, cm.start(), ss)
            if npm is not None:
                if (c2 := _comma_before_subject(masked, ss, npm)) is not None:
                    comma = c2
                else:
                    npm = None
        if npm is not None and npm.start > comma + 3 and _ACRONYM_THEN_AUX.fullmatch(masked, npm.end, cm.start()) \
                and tail_verb and (joined := _JOINED_SUBJECT.fullmatch(masked, comma + 1, npm.start)) \
                and not _NAME_OF_BEFORE.search(masked, max(ss, comma - 40), comma) \
                and not _short_list_item_before(masked, ss, comma):
            # (not "the Office of Industry, Trade and Labour said", "the steel, aerospace and energy concern
            # said", "underwriters Goldman, Sachs and Co said": the comma is inside the subject)
            # "CLAUSE, Duff and Phelps said.", ", Japanese currency and bond traders said.": the subject
            # scan stops at "and"; the whole phrase after the comma is the subject
            s0 = joined.start(1)
            described = None  # (name start, name end, description end) of a name described before it
            if npm.kind == "name" and npm.desc_start is not None and npm.name_start is not None \
                    and npm.desc_start < npm.name_start and masked[npm.desc_start:npm.name_start].strip().islower() \
                    and not masked[s0:npm.name_start].lower().startswith(("a ", "an ", "the ")):
                # "..., World Bank vice president and treasurer Eugene Rotberg said": two posts, then the
                # person named; the posts describe him
                described = (npm.name_start, npm.name_end, npm.desc_end)
            elif npm.kind == "name" and (pm := _POST_THEN_PERSON.fullmatch(masked, s0, npm.end)) is not None \
                    and pm.group("given").lower() in given_names():
                # "..., World Bank director for Latin America and the Caribbean Rainer Steckhan said": a post
                # with "and" in it, then the person named; the post describes him
                described = (pm.start("person"), npm.end, pm.end("post"))
            elif npm.kind == "name" and (dm := _DESCRIBED_NAME.match(masked, s0, npm.end)) is not None:
                # "..., the dealer house Handy and Harman said": the name after its description
                described = (dm.end(), npm.end, dm.end("desc"))
            if described is not None:
                npm = Mention(s0, npm.end, masked[s0:npm.end], "name", described[0], described[1], s0, described[2])
            elif npm.kind == "name" and _PERSON_OF_BODY.match(masked, s0, npm.start):
                npm = Mention(s0, npm.end, masked[s0:npm.end], "description")  # "a spokesman for the Ecological Life
                # and Cultivation": a person of the body, unnamed
            else:
                npm = Mention(s0, npm.end, masked[s0:npm.end], npm.kind if npm.kind != "pronoun" else "group",
                              s0 if npm.kind == "name" else None, npm.end if npm.kind == "name" else None)
        if npm is None or npm.start > comma + 3 and not (npm.desc_start is not None and npm.desc_start <= comma + 3) \
                and not ((db := _DOCUMENT_BY.fullmatch(masked, comma + 1, npm.start)) is not None
                         and (db.group("link") != "of" or npm.kind == "name")) \
                and not (_PIECE_IN.fullmatch(masked, comma + 1, npm.start) is not None and npm.kind == "name"
                         and not place_name(npm.name or npm.text)):
            continue  # (but "CLAUSE, a statement by the federation for Bolivian mine workers said.": the document's
            # author speaks, as in "A statement by X said CLAUSE"; and "CLAUSE, a recent article in Izvestia said.":
            # the outlet, as in "An article in Izvestia said CLAUSE")
        if npm.start > comma + 3 and npm.kind == "name" and npm.desc_start is not None and npm.desc_start >= npm.start \
                and _PIECE_IN.fullmatch(masked, comma + 1, npm.start) is not None:
            ns = npm.start + 4 if masked.startswith(("the ", "The "), npm.start) else npm.start
            npm = Mention(npm.start, npm.end, npm.text, "name", ns, npm.end)  # the outlet's whole name ("the Official
            # Gazette": no official called Gazette)
        if _reduced_relative(masked, npm, cm) or npm.rel_start is not None and not _ADVERB_ONLY.fullmatch(rest) \
                and not _attribution_tail(rest, told):
            continue  # (", another mining company that had declared bankruptcy": the relative's own object)
        if not verb_use(masked, cm, comma) and not (
                rest.strip(" .") == "" and _DET_OR_NAME.match(masked, comma + 1, cm.start())):
            continue  # ", stoking fears about the future": a noun; but ", G-III reports."
        if _clause_before_attribution(masked, ss, comma) or _has_words(masked, ss, comma, 4) and (
                _FRONTED_PLACE_OR_TIME.match(masked, ss, comma) and (_MAIN_VERB_IN.search(masked, ss, comma)
                                                                     or _PRESENT_AFTER_NOUN.search(masked, ss, comma))):
            # ("In a statement, X said" is no report; "At January 31 Wickes had 239 mln shares
            # outstanding, the company said" is one, its place or time and then its own clause)
            return ss, comma, npm, cm.start(), cm.end()
        return None
    return None


_IT_BEFORE_CUE = re.compile(r"\s+(it)\s+(?:also\s+|later\s+|further\s+)?")
# whom a warning is to and what it is about, no clause: "warned Washington over its arms sales", "warned investors
# against panic", "warns US over Taiwan arms sale"
_WARNED_ABOUT = re.compile(r"(?:(?:the|its|his|her|their)\s+)?(?:[A-Z][\w.'\u2019-]*|[a-z][\w-]*)(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
                           r"\s+(?:over|about|against|of|on)\s")
# an amount of money as a verb's object: "claimed thousands of pounds in expenses", "claimed $5,000 in damages"
_AMOUNT_LEAD = r"(?:(?:about|some|nearly|almost|more\s+than|over|up\s+to)\s+)?"
# what is admitted when no words are: a charge ("admitted one felony count of ...", "admitted fraud and will testify")
_ADMITTED_CHARGE = re.compile(r"(?:(?:his|her|their|its|the|a|an|one|two|three|four|five|six|\d+)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?:counts?|charges?|guilt|offences?|offenses?|crimes?|murder|manslaughter|fraud|theft|"
                              r"conspiracy|wrongdoing|perjury|bribery|assault)\b(?!\s+(?:was|were|is|are|had|has|would|will)\b)")
# what is conceded when no words are: a contest ("conceded defeat", "conceded the race", "conceded two goals")
_CONCEDED_CONTEST = re.compile(r"(?:defeat|victory|the\s+(?:race|election|contest|nomination|primary|seat|match|game|point|"
                               r"title|championship|vote)|(?:a|an|one|two|three|four|five|\d+)\s+(?:late\s+)?(?:goals?|"
                               r"penalty|penalties|points?|runs?|tries|try|sets?|games?))\b")
_MONEY_OBJECT = re.compile(_AMOUNT_LEAD + r"(?:[$\u00a3\u20ac]\s?\d"
                           r"|\d[\d,.]*\s*(?:pounds|dollars|euros|dlrs|mln|million|billion|bn|m|k)\b"
                           r"|(?:dozens|hundreds|thousands|millions|billions|tens\s+of\s+thousands)\s+of\s+(?:pounds|dollars|euros))")
# and lives: "violence that has claimed over 2,400 lives", "the disease claimed his life" (not "claimed the lives of
# her patients were at risk": a clause, its verb after)
_LIVES_OBJECT = re.compile(_AMOUNT_LEAD + r"(?:(?:\d[\d,.]*|dozens|hundreds|"
                           r"thousands|millions|many|countless|the)\s+(?:[a-z]+\s+)?lives|(?:his|her|their|its)\s+(?:own\s+)?lives?)\b")
_AMOUNT_OBJECT = re.compile(r"\s+(?:about\s+|some\s+|nearly\s+|another\s+)?(?:[$\u00a3\u20ac]|\d)")
_NAME_OF_BEFORE = re.compile(r"\bof\s+[A-Z][\w.'\u2019-]*$")


def _short_list_item_before(masked: str, ss: int, comma: int) -> bool:
    """Is the piece before ``comma`` (from the comma before it) three words or fewer: an item of a
    list the subject holds rather than the end of a report?"""
    prev = masked.rfind(",", ss, comma)
    return prev > ss and len(WORDS.findall(masked, prev + 1, comma)) <= 3


# between a subject and its cue: nothing, an auxiliary, or the body's acronym in brackets ("..., the General Agreement on
# Tariffs and Trade (GATT) said")
_ACRONYM_THEN_AUX = re.compile(r"\s*(?:\([A-Z][A-Za-z.&-]{1,9}\)\s*)?(?:(?:has|have|had)\s*)?")
# the words before "and" in a subject after a report's comma: "Duff and", "the Federal Office of
# Industry, Trade and", "Japanese currency and" (no verb or auxiliary among them)
_JOINED_SUBJECT = re.compile(
    r"\s+((?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|"
    r"said|says|told|but|while|as|when|after|including)\b)(?:[A-Z][\w.'\u2019&<>()-]*|[\w.'\u2019&<>()-]+(?<!ed)),?\s+){1,6}"
    r"(?:and|&)\s+)")  # (a capitalised word may end in -ed: "United Food and Commercial Workers Union spokesman ...")


# what is announced, proposed or reported rather than announcing it: "CLAUSE, a plan announced
# earlier this year" describes the clause (a participle after its noun)
_ANNOUNCED_THINGS = frozenset("plan plans proposal proposals programme program scheme policy measure measures "
                              "deal agreement pact project initiative bill law rule rules change changes move cut "
                              "cuts increase rise decision strategy package reform reforms system idea".split())


# a document and its author's "by" between a report's comma and the author ("CLAUSE, a quarterly study by the
# Economics Department said")
_DOCUMENT_BY = re.compile(r"\s*(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:"
                          + "|".join(DOCUMENT_WORDS + ("release", "announcement", "forecast", "note"))
                          + r")\s+(?:(?:issued|released|published|conducted|commissioned|prepared|compiled)\s+"
                          r"(?:(?:this|last|on|in|earlier)\s+[\w-]+\s+)?)?(?P<link>by|from|of)\s+")
# ("of" only before a name: "the latest report of the Finnish Board of Navigation said", not "a report of the incident
# said"; a participle and its time may stand between: "a survey issued this month by X said")


# a piece in an outlet between a report's comma and the outlet ("CLAUSE, a recent article in Izvestia said")
_PIECE_IN = re.compile(r"\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:article|editorial|commentary|report|story|column|decree|"
                       r"notice|advertisement|interview|piece|dispatch)\s+(?:(?:published|carried|printed)\s+)?in\s+")


def _reduced_relative(masked: str, men: Mention, cm) -> bool:
    """'CLAUSE, a plan announced earlier this year.': the participle right after a thing that is
    announced, not said, describes the clause."""
    return men.kind == "description" and cm.group(0).endswith("ed") and not masked[men.end:cm.start()].strip() \
        and men.text.split()[-1].lower() in _ANNOUNCED_THINGS


# what may follow the cue of "CLAUSE, X said ...": where, when and how it was said
_TAIL_START = re.compile(
    r"(?:in|at|on|during|after|before|from|with|via|through|while|when|following|over|outside|inside|by|as|"
    r"late|early|earlier|later|last|this|yesterday|today|tonight|recently|" + DAYS + r"|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|"
    r"Nov|Dec)\b|(?:to|for)\s+(?:the|a|an|his|her|their|its|reporters|journalists|me|us|him|them|[A-Z])")
# the verbs of saying whose "CLAUSE, X said in ..." has a tail of circumstances ("believe in",
# "promised to" take their own complements)
_TAIL_VERBS = frozenset("say tell add write explain note announce warn argue insist state report declare "
                        "acknowledge concede recall comment claim predict testify confirm reply respond continue "
                        "tweet complain emphasize emphasise stress".split())
_TAIL_VERB = re.compile(r"\b(?:that|is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|did|"
                        r"does)\b|\x01")
# whom it was told to, before where and when: "told reporters", "told The Washington Post"
_TAIL_RECIPIENT = re.compile(
    r"\s+(?:reporters|journalists|me|us|him|her|them|CNN|NBC|ABC|CBS|"
    r"(?:the|a|an|his|her|their|its)(?:\s+(?!(?:in|at|on|during|after|before|by|to|for|via|last|this|"
    r"yesterday|today|" + DAYS + r")\b)[\w'\u2019.&-]+){1,5}|"
    r"[A-Z][\w.'\u2019&-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019&-]*){0,4})(?=[\s,.!?]|$)")
_CIRCUMSTANCE_THAT_VERBS = _TAIL_VERBS | {"disclose", "reveal", "agree"}  # "said at ... that"
_TO_RECIPIENT_VERBS = frozenset("say write report explain complain declare confirm announce tweet testify".split())


def _tail_base(w: str) -> str | None:
    """The verb a cue's tail of circumstances goes with: its base, and "say" for the wire's passive
    ("..., Arifin Siregar was quoted as saying by the official Antara news agency.")."""
    return "say" if w.endswith(" as saying") else cues().base.get(w)


def _attribution_tail(rest: str, told: bool) -> bool:
    """Is what follows the cue only the circumstances of saying ("in an interview with CNN on
    Monday", "Monday at a news conference in Washington"; after "told", a recipient first),
    not an object or a clause of its own ("announced his resignation")?"""
    if len(rest) > 160:
        return False
    if told:
        m = _TAIL_RECIPIENT.match(rest)
        if m is None:
            return False
        rest = rest[m.end():]
        if not rest.strip(" \t.!?"):
            return True  # ", Secretary of State George Shultz told a group of American farm leaders."
    rest = rest.rstrip().rstrip(".!?")
    pieces = [p.strip() for p in rest.split(",")]
    return bool(rest.strip()) and all(p and (_TAIL_START.match(p) or k and _PLACE_AFTER_PLACE.fullmatch(p)
                                             and _ENDS_CAPITALISED.search(pieces[k - 1]))
                                      and not _TAIL_VERB.search(p) for k, p in enumerate(pieces))


# the state or country after a town of the tail ("said at the studio in Burbank, California")
_PLACE_AFTER_PLACE = re.compile(r"[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2}|[A-Z]\.[A-Z]\.")
_ENDS_CAPITALISED = re.compile(r"\b(?:in|at|from|outside|near)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*$")
_DAY_OR_MONTH = re.compile(r"\b(?:" + DAYS + r"|January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b")
# a post with a lower-case role word in it, then a person's name (a given name, one or two more words)
_POST_THEN_PERSON = re.compile(r"(?P<post>[^\n\x01]*\b(?:director|president|chairman|chairwoman|chair|minister|secretary|"
                               r"head|chief|governor|commissioner|spokesman|spokeswoman|official|manager|officer|"
                               r"treasurer|adviser|advisor|economist|analyst)\b[^\n\x01]*)\s+"
                               r"(?P<person>(?P<given>[A-Z][a-z]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){1,2})")
# an article and lower-case words, then a capitalised name: "the dealer house Handy and Harman"
_PERSON_OF_BODY = re.compile(r"(?:an?|the|one)\s+(?:[a-z][\w-]*\s+){0,3}(?:for|of|at)\s+(?:the\s+)?(?=[A-Z])")
_DESCRIBED_NAME = re.compile(r"(?P<desc>(?:the|a|an)(?:\s+[a-z][\w-]*){1,6})(?<!\sfor\sthe)(?<!\sof\sthe)(?<!\sat\sthe)"
                             r"(?<!\sfor)(?<!\sof)(?<!\sat)\s+(?=[A-Z])")  # (not "a spokesman for the Ecological Life and
# Cultivation": a person of the body, no body described)
# "According to the revised data there were ...": the source ends before "there"
_THERE_BE = re.compile(r"\s(there)\s+(?:was|were|is|are|will|would|had|has)\b")
# a contrast after "CLAUSE, according to X,": the attribution closes the clause before it ("Two of
# the infants died, according to the FDA, though officials said it was not clear ...")
_CONTRAST_AFTER = re.compile(r"\s*(?:though|although|but|while|whereas|even\s+though|yet)\b")
# "... years ago after, according to him, CLAUSE": the clause needs what follows the attribution
_ENDS_IN_SUBORDINATOR = re.compile(r"\b(?:after|because|since|that|when|while|as|if|although|though|before|until|unless)\s*,\s*$")
_TIME_ONLY = re.compile(r"\s*(?:the\s+)?(?:next|following|same|previous|last|this)?\s*(?:day|week|month|year|morning|"
                        r"night|evening|afternoon|time)s?\s*|\s*(?:in\s+)?\d{4}\s*", re.I)
_SUBORDINATE_START = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|However|Indeed|Now),?\s+)?"  # "However, while the RNC says ..., they are not"
    r"(?:While|Although|Though|Because|As|If|When|After|Before|Since|Even though|Even as|Whereas|Unless"
    r"|while|although|though|even though|even as|whereas"
    # "A few weeks after Obama announced that ..., U.S. forces bombed": a time phrase, then the subordinator
    r"|(?i:a|an|the|two|three|four|five|several|many|few|just|only|shortly|soon|long|years|months|weeks|days|"
    r"hours|minutes|moments)\s+(?:(?:a|few|days|weeks|months|years|hours|minutes|moments)\s+){0,2}"
    r"(?:after|before|since|when))\b[^,]*$")
# a question's inverted auxiliary before its subject: "But has he ...", "Did Trump ...", "Would she ..."
_AUX_QUESTION = re.compile(r"\s*(?:(?:But|And|So|Yet|Or|Then)\s+)?(?:[Hh]as|[Hh]ave|[Hh]ad|[Dd]id|[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould|"
                           r"[Cc]ould|[Ss]hould|[Cc]an|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Mm]ight|[Mm]ay)\s+(?!(?:not|n't)\b)")
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which)\s+(?:\w+\s+){0,2}$"
                              # or a pronoun and its auxiliary: ", which she has repeatedly said"
                              r"|,\s+(?:who|which)\s+(?:he|she|they|it|we|I)\s+(?:has|have|had)\s+(?:\w+ly\s+)?$")
# "..., and while he said he'd hold a hearing, it's unlikely ...": a contrast inside the sentence
_CONTRAST_BEFORE = re.compile(r"(?:,|\band|\bbut)\s+(?:while|although|though|even as|even though|whereas)\s+$")


def subject_opens_fronted_clause(masked: str, ss: int, subject_start: int) -> bool:
    """Does a report's subject stand in a subordinate clause before the sentence's main clause ("While
    Ramos said that A, he ...", "..., and while he said ..., it's unlikely ...")? The report then ends
    where the main clause takes over."""
    return _SUBORDINATE_START.match(masked, ss, subject_start) is not None \
        or _CONTRAST_BEFORE.search(masked, max(ss, subject_start - 25), subject_start) is not None


_SOURCE_PHRASE = re.compile(r"[ \t\u00a0]*([^\s,;:()\x01][^,;:()\x01\n]{0,160}?)[ \t]*(?=[,;:)]|\s[\u2014\u2013-]\s|\.(?:\s|$)|$)")
# (a dash closes an aside: "while \u2014 according to emails unearthed in the investigation \u2014 knowing ...")


_WH_OPENING = re.compile(r"(?:how|whether|what|when|where|why|which|who|whom|if)\b")
_MEASURE_OPENING = re.compile(r"(?:how|whether|when|where|why|if)\b")
def _clause_in_source(toks) -> bool:
    """Does a clause run on inside what was read as a source, with no comma between ("According to an
    agreement between the two companies CGEE ALSTHOM could take a majority stake ..."): a modal or
    auxiliary after a capitalised word, no relative pronoun before it (not "people who have seen it")?"""
    for n in range(2, len(toks)):
        w = toks[n][2]
        if w.lower() in ("who", "that", "which", "whose", "whom"):
            return False
        if w in _AUX_AFTER_PRONOUN and toks[n - 1][2][:1].isupper():
            return True
    return False


_AUX_AFTER_PRONOUN = frozenset("will would can could shall should may might must is was are were has have had".split())


def _according_np(masked: str, start: int, hi: int) -> Mention | None:
    """The source after "according to": a noun phrase, else what :func:`_according_source` reads."""
    return np_forward(masked, start, hi) or without_report_participle(_according_source(masked, start, hi))


# words that open a sentence, never go on a source's name ("... analysts Gartner More than ...")
_GLUED_OPENERS = frozenset("More The A An It He She They We This These But And In On".split())


def _according_source(masked: str, start: int, hi: int) -> Mention | None:
    """Whatever follows 'according to' up to the comma or the sentence end is the source:
    'experts', 'media trackers', 'people familiar with the matter'."""
    m = _SOURCE_PHRASE.match(masked, start, hi)
    if not m or _MEASURE_OPENING.match(masked, m.start(1), hi):
        return None  # (not "listed according to whether they were committed ...": a measure, no source; but
        # "according to what he hears from companies" names one)
    toks = word_tokens(masked, m.start(1), m.end(1))
    if (glued := next((n for n in range(2, len(toks)) if toks[n][2] in _GLUED_OPENERS and toks[n - 1][2][:1].isupper()
                       and toks[n - 1][1] < toks[n][0]), 0)):
        toks = toks[:glued]  # "according to analysts Gartner More than 167 million handsets were sold": a text
        # that lost a full stop; the next sentence is no part of the source
    if not toks or len(toks) > 24 or any(toks[n][2] in ("he", "she", "it", "they", "we") and toks[n - 1][2] not in STOP_BACK
                                         and toks[n + 1][2] in _AUX_AFTER_PRONOUN for n in range(1, len(toks) - 1)) \
            or _clause_in_source(toks):
        return None  # (not "according to the agreement it will accept ...": a clause, its subject inside;
        # but "according to an account she gave to The Washington Free Beacon")
    e = strip_trailing_period(masked, toks[0][0], toks[-1][1])
    men = classify(masked, toks[0][0], e, toks)
    if men.desc_start is None and men.kind == "description":
        men.desc_start, men.desc_end = men.start, men.end
    return men


_ASK = frozenset(("ask", "asks", "asked"))
_WH_AFTER = re.compile(
    r"(?:\s+(?!whether|if|why|how|what|which|who|when|where|to\b)[\w'\u2019.-]+){0,4}?"
    r"\s+(?P<c>(?:whether|if|why|how|what|which|who|when|where)\b|to\s+[a-z])")
_POSSESSIVE_NP = re.compile(r"(?:its|his|her|their|our|my)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s*(?:,|$)")
_ADJ_BEFORE_TO = re.compile(r"\b(?:hard|difficult|easy|impossible|tempting|fair|safe|wrong|right|possible|"
                            r"reasonable|important|necessary)\s+$")
# (the past forms apart: after a subject of its own the phrase reader may take them into the object, "The ruling led
# some commentators to argue")
_CONTROL_PAST = r"led|prompted|forced|caused|urged|got|allowed|persuaded|convinced"
_CONTROL_VERBS = (r"(?:lead|leads|leading|prompt|prompts|prompting|force|forces|forcing|cause|causes|causing|urge|urges|"
                  r"urging|get|gets|getting|allow|allows|allowing|want|wants|wanted|persuade|convince|" + _CONTROL_PAST + ")")
_CONTROL_VERB = re.compile(_CONTROL_VERBS + r"\s+")
_CONTROL_VERB_BEFORE = re.compile(r"\b" + _CONTROL_VERBS + r"\s+$")
_CONTROL_VERB_INSIDE = re.compile(r"(?<=[a-z])\s+(?:" + _CONTROL_PAST + r")\s+")
_TIME_THEN_TO = re.compile(r"\s+(?:(?:on\s+)?" + _DAY + r"|today|yesterday|again|also|repeatedly|publicly|once"
                           r"|(?:on|in|at|during)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)"
                           r"(?=\s+to\s)")  # ("pledged on Tuesday to", "vowed in a speech to", "promised at the rally to")
# "to" before an audience or a place inside a circumstance ("in a speech to parliament", "at a rally
# to supporters"), with the rest of the circumstance up to the next "to"
_TO_AUDIENCE = re.compile(r"\s+to\s+(?:[Pp]arliament|[Cc]ongress|lawmakers|legislators|reporters|journalists|supporters|"
                          r"voters|students|donors|delegates|members|workers|employees|staff|investors|"
                          r"shareholders|troops|graduates|residents|farmers|parliamentarians|senators|"
                          r"the\s+(?:nation|country|party|assembly|house|senate|legislature|[A-Z][\w-]*))"
                          r"(?:\s+[\w'\u2019-]+){0,4}?(?=\s+to\s)")
# ", and" then a verb in the past with its object and no subject: the main clause's chain goes on
_MAIN_CHAIN_AFTER = re.compile(r",\s+and\s+(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\s+(?:the|a|an|his|her|its|their)\s")
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n['\u2019]t)\s+$")


_GENERIC_ONE_MODAL = re.compile(r"\s+(?:could|might|would|may|can|should|must)(?:\s+(?:well|also|easily|even))?\s+$")
# a request for anonymity after "asked": "who asked not to be named", "asked that his name not be used"
ANONYMITY_ASK = re.compile(r"\s+(?:(?:that\s+(?:he|she|they|his|her|their)\s+(?:name\s+)?not\s+be|not\s+to\s+be)\s+"
                            r"(?:named|identified|quoted)|to\s+(?:remain|stay)\s+anonymous|for\s+anonymity)\b")


# the comma that closes a relative clause before the main clause's verb: ", watched it", ", told Reuters"
_MAIN_VERB_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ed|[a-z]+[^s\W]s|" + "|".join(sorted(FINITE)) + r")\b")


_TIME_PREP_BEFORE = re.compile(r"\s+(?:from|in|of|since|last|this)\s*$")
_AS_SOURCE = re.compile(r"\s*(?:(?:But|And|Yet|So|Still),?\s+)?[Aa]s\s+(?=\S)")
_AS_SOURCE_CUES = frozenset("said says noted notes reported reports wrote writes explained explains argued argues "
                            "warned warns observed observes pointed put predicted".split())
_AS_ASIDE_FIRST_WORDS = _AS_SOURCE_CUES | {"points", "point"}  # (and the phrases: "as Trump points out")


def _as_source_report(masked: str, np_start: int, cm, se: int):
    """'As another Pew study from 2011 noted, CLAUSE': the clause after the comma is the source's
    report (not 'as expected', nor 'As a result'); None when the words before the cue are no source."""
    if cm.group(0) not in _AS_SOURCE_CUES:
        return None
    men = np_backward(masked, cm.start(), np_start)
    if men is not None and TIME_OR_NUMBER.fullmatch(men.text) \
            and (pm := _TIME_PREP_BEFORE.search(masked, np_start, men.start)) is not None:
        men = np_backward(masked, pm.start(), np_start)  # "another Pew study from 2011": the study
    if men is None or men.start > np_start + 1 or men.text.lower() in ("it", "we", "you"):
        return None
    cs = cm.end() + 1
    while cs < se and masked[cs] in " \t":
        cs += 1
    ce = clause_end(masked, cs, se, _report_stop())
    if not _has_words(masked, cs, ce, 3) or not _clause_verb(masked, cs, ce):
        return None
    return (cs, ce, men, cm.start(), cm.end())


_CLAUSE_OPENER_IN = re.compile(r"\b(?:who|which|that|when|while|after|before|as|if|because|since|until|though|although)\b")
_AND_BEFORE_ASK = re.compile(r"\band\s+(?:(?:\w+ly|also|then|later)\s+)?$")


def _asked(masked: str, cm, ss: int, se: int):
    """'X asked (Y) whether/why/to ...': the question or request is the reported content."""
    if PASSIVE_BEFORE.search(masked, max(ss, cm.start() - 20), cm.start()):
        return None  # "Tyson was not asked to speak": asked, not asking
    if ANONYMITY_ASK.match(masked, cm.end(), se):
        return None  # "one dealer, who asked not to be named, told Reuters": a request for anonymity
    men = np_backward(masked, cm.start(), ss)
    if men is None and _AND_BEFORE_ASK.search(masked, ss, cm.start()) \
            and (cs := clause_subject(masked, ss, cm.start())) is not None and cs.kind in ("name", "pronoun") \
            and cs.start <= ss + 2 and not _CLAUSE_OPENER_IN.search(masked, cs.end, cm.start()) \
            and (cs.kind == "pronoun" or " " in cs.text or named_mid_sentence(masked, cs.text)):
        men = cs  # "He shook hands and posed for photos and asked workers if ...": the sentence's subject (only
        # after "and": "said when asked whether ..." is a question put to the speaker; not in a relative or
        # subordinate clause's chain: "a young boy who stared at a painting ... and asked who he was")
    if men is None:
        return None  # "when asked whether ...": the asker is not named
    # the question word or "to", right after the cue or after a short object ("the council")
    m = _WH_AFTER.match(masked, cm.end(), min(se, cm.end() + 80))
    if not m:
        return None
    cs = m.start("c")
    ce = clause_end(masked, cs, se)
    if _SUBORDINATOR_LAST.fullmatch(masked, ss, men.start) and (comma := masked.find(", ", cs, ce)) > 0:
        ce = comma  # "when I asked Sanders if he would endorse her, he looked ...": the
        # question ends with the fronted clause that holds it
    elif _RELATIVE_BEFORE.search(masked, max(ss, cm.start() - 25), cm.start()) \
            and (main := _MAIN_VERB_AFTER_COMMA.search(masked, cs, ce)) is not None:
        ce = main.start()  # "Scott's relatives, who asked authorities to show them the video, watched it": the
        # request ends with the relative clause that holds it
    if len(WORDS.findall(masked[cs:ce])) < 3:
        return None
    return (cs, ce, men, cm.start(), cm.end())


# a subordinator opening the sentence (after a link word or a time phrase): the clause it
# opens ends at its comma ("Last month, when I asked ...,", "While a poll showed ...,")
_SUBORDINATOR_LAST = re.compile(r"\s*(?:[^,;:\x01]{1,40},\s+)?(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ee]ven)\s+)?"
                                r"(?:[Ww]hen|[Aa]fter|[Aa]s|[Ii]f|[Bb]ecause|[Ss]ince|[Ww]hile|[Bb]efore|[Oo]nce|[Uu]ntil|"
                                r"[Aa]lthough|[Tt]hough)\s+")


# a fronted adverbial, not a reported clause: "In a speech last July, the governor said"
# a fronted phrase with no clause of its own ("In the end, he said, ..."); "But" and "And" only
# before one ("But the plan will fail, he said" is a report), "This" only before a time
# a main clause's verb: an auxiliary, a past form the lexicon knows, or "-ed" with its object
_MAIN_VERB_IN = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|"
                           + "|".join(sorted(IRREGULAR_PAST)) + r"|[a-z]{3,}ed\s+(?:\d|a|an|the|its|their|his|her)\b)\b")
# a present-tense verb after a noun phrase: "the package looks like ..." (not a participle: "a statement released")
_PRESENT_AFTER_NOUN = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their)\s+(?:(?!(?:with|of|in|on|at|for|to|by|"
                                 r"from|after|before|and|or)\b)[a-z]+\s+){1,3}"
                                 r"(?!(?:news|series|this|its|his|has|was|is|as|us|plus|thus|less|across)\b)[a-z]+[^su\W]s\b")
_FRONTED_PLACE_OR_TIME = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Ll]ast|[Ff]or|[Oo]ver|[Ee]arlier|[Ll]ater|[Tt]his|[Ee]very|"
    r"[Ff]rom|[Ww]ith|[Ww]ithout|[Dd]espite|[Uu]nder|[Uu]nlike|[Aa]mong|"  # ("From GE's point of view the package looks ...")
    r"[Aa]s\s+(?:part\s+of|a\s+result|soon\s+as)|"  # ("As part of the process it also filed an application ...")
    r"[Ee]ach|(?:[Tt]he\s+)?(?:next|following|previous|same))\s")
_FRONTED = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+(?:yet\s+|then\s+)?)?(?:(?:[Ii]n|[Oo]n|[Aa]t(?!\s+(?:least|most)\b)|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Ll]ast|[Ff]or|[Ff]rom|"
    r"[Ww]ith|[Ww]ithout|[Oo]ver|[Uu]nder|[Ee]arlier|[Ll]ater|[Aa]sked|[Ww]hen|[Ww]hile|[Aa]s(?!\s+(?:much|many|few|little)\s+as\s+(?:\d|a\b|an\b|half\b|one\b|two\b|three\b|"
    r"four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|twenty\b|hundreds\b|thousands\b))|[Uu]nlike|[Ll]ike|"
    r"[Dd]espite|[Ii]nstead|[Ss]peaking|[Ww]riting|[Ll]ooking|[Pp]ressed|[Cc]iting|[Nn]oting|[Rr]eferring)\b(?!-)|"
    r"(?:[Tt]his|[Tt]hat|[Ee]very|[Ee]ach|(?:[Tt]he\s+)?(?:next|following|previous|same))\s+(?:week|month|year|morning|afternoon|"
    r"evening|night|day|time|spring|summer|fall|autumn|winter|season|weekend|quarter|decade|century|" + DAYS + r")\b"
    r"(?!['\u2019]s\b))[^,]*$")  # (not the time's own: "This year's deficit resulted from the landslide, he said.")


# cue words that are often nouns: "a cautious note", "his latest claims"
# a subject right after a comma: "..., the candidate's former doctor maintains.", "..., the Daily Caller reports."
_DET_OR_NAME = re.compile(r"\s*(?:the|a|an|his|her|their|its|[A-Z])")


_PAREN_CUES = frozenset("said says say added adds told tells noted argued wrote writes explained insisted reported reports "
                        "believe think insist insists argue argues contend contends contended warn warns "
                        "claimed suggested suggests stressed acknowledged conceded predicted maintained maintains "
                        "warned recalled believes thinks admits admitted admit concedes explains recalls stresses".split())


# what may stand between a parenthetical cue and its closing comma: "he said later,", "he told
# The Washington Post,", "the partner told them,"
# verbs of saying that take an object, never inverted: ", X claimed, ..." but not ", claimed NP"
_NOT_INVERTED_PAREN_CUES = frozenset("claimed suggested suggests stressed acknowledged conceded predicted "
                                     "maintained maintains told tells".split())  # ("..., X told Indonesian
# reporters.": whom one tells follows the verb, never who tells)
_PAREN_TAIL_BODY = r"(?:[a-z]+ly\s*|on \w+\s*|in an? \w+\s*|" + _DAY + r"\s*)?,\s*"  # (", officials said Thursday, ...")
_PAREN_TAIL = re.compile(r"\s*" + _PAREN_TAIL_BODY)
_TOLD_WHOM = re.compile(r"\s*(?:" + TOLD_OBJECT.format(sp=r"\s") + r"\s*)?" + _PAREN_TAIL_BODY)
_PARTICIPLE_AFTER = re.compile(r"[a-z]+ing\b(?!\s+(?:that|to)\b)")


_WITHOUT_SAYING = re.compile(r"without\s+(?:further\s+)?[a-z]+ing\b")  # "without elaborating", "without giving details"
_PAREN_REST = re.compile(r"\s*(?:[a-z]+ly\s+|on \w+\s+|in an? \w+\s+|" + _DAY + r"\s*)?,\s*(?!(?:and|but|or|so|then|which|who|"
                         r"while|as|with|according|compared|in|on|at|during|last|this|earlier|later|"
                         # (but a gerund that opens a clause: "replacing Clinton would be much more acrimonious")
                         r"(?:adding|saying|noting|citing|pointing|implying|arguing|warning|explaining|insisting|calling|"
                         r"suggesting|claiming|dispelling|resulting|describing|referring|stressing|urging|asking|telling|"
                         r"acknowledging|predicting|making|leaving|causing)"
                         r"|[a-z]+ing(?!(?:\s+[\w'\u2019-]+){1,5}?\s+(?:would|will|could|can|is|was|are|were|has|had|may|might)\b))\b)"
                         r"(?=[a-z])")


_PLACE_AFTER = re.compile(r"[ \t]+(?:in|at|from)[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}")


_DESCRIPTION_OPENS = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne\s+of|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s")


_LEAD_DETERMINERS = frozenset("these those some many several other two three".split())


def _subject_with_appositive(masked: str, ss: int, cm) -> bool:
    """'In a statement, one of the family's attorneys, Justin Bamberg, said ...': what stands before
    the comma and the cue is the sentence's subject and its appositive (after a fronted phrase
    at most), no clause, so the cue is not inverted after a report."""
    men = np_backward(masked, cm.start(), ss)
    if men is None or men.kind != "name" or men.desc_start is None or men.desc_start > men.start \
            or not _DESCRIPTION_OPENS.match(masked, men.desc_start):
        return False
    lo = ss
    if (dm := WIRE_DATELINE.match(masked, ss, men.desc_start)) is not None:
        lo = dm.end()  # ("LONDON, March 24 - The speaker of the Iranian Parliament, NAME, warned ...": the story's first)
    if (fm := FRONTED_TIME.match(masked, lo, men.desc_start) or FRONTED_PARTICIPLE.match(masked, lo, men.desc_start)):
        lo = fm.end()
    return men.desc_start <= lo + 1 or only_opener(masked[lo:men.desc_start])


def _subject_then_appositive(masked: str, ss: int, cm) -> bool:
    """'Shop owner Gareth Price, 58, told us the storm ...': the sentence opens with a name (and
    its role) and an appositive after it in commas, then the cue: no report before an inverted cue."""
    men = np_backward(masked, cm.start(), ss)
    return men is not None and men.kind == "name" and men.desc_start is not None and men.desc_start > men.end \
        and masked[men.end:men.desc_start].strip() == "," and (men.start <= ss + 1 or only_opener(masked[ss:men.start]))


_CONDITION_FRONTED = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?:[Ee]ven\s+)?(?:[Ii]f|[Uu]nless|[Aa]lthough|[Tt]hough|"
                                r"[Bb]ecause|[Oo]nce|[Uu]ntil)\s[^,]*$")


# the report after an inverted attribution that a short fronted phrase opens: "Often, said Mr
# Pearson, this information was ..." (a lower-case clause, no link word or participle)
_INVERTED_REST = re.compile(r",\s+(?=[a-z])(?!(?:and|but|or|so|which|who|whose|according|as|[a-z]+ing)\b)")


# what opens a clause's subject: a name, a determiner, a pronoun, a number
_CLAUSE_OPENING_WORD = re.compile(r"(?:[A-Z][\w.'\u2019-]*|the|a|an|this|these|those|his|her|their|its|our|my|some|many|most|"
                              r"every|each|no|he|she|they|we|it|there|\d[\d,.]*)\s")


def _clause_after_phrase(masked: str, ss: int, before: int, cs: int, se: int) -> bool:
    """'But underneath the criticism, Democratic sources said, Axelrod still has respect for ...':
    a phrase with no verb before the attribution and a whole clause, subject and verb, after
    it: the phrase is a circumstance of the report, which is the clause (not 'The museum,
    Mr. Obama said, would open in 2020', a subject and its predicate either side)."""
    return _CLAUSE_OPENING_WORD.match(masked, cs, se) is not None and not has_finite_verb(masked, ss, before) \
        and has_finite_verb(masked, cs, se)


def _parenthetical(masked: str, ss: int, se: int, hits, used_cues):
    """', she said, CLAUSE' inside a sentence, or 'CLAUSE, said X[, who ...]' / 'CLAUSE, X said, and ...':
    the reported clause is the sentence without the attribution."""
    for cm in hits:
        w = cm.group(0)
        if w not in _PAREN_CUES or cm.start() in used_cues or noun_use(masked, cm, ss):
            continue
        before = masked.rfind(",", ss, cm.start())
        if before < 0 or before <= ss + 1:  # ("But, he said, ...": a link word before it)
            continue
        between = masked[before + 1 : cm.start()]
        after = masked[cm.end() : se]
        if w == "reports" and between.strip():
            continue  # "official reports,", "editor of Mideast reports,": a noun ("reports the Daily Mail" is a cue)
        if not between.strip():
            # inverted: "CLAUSE, said DeSantis, who ..."
            if w in _NOT_INVERTED_PAREN_CUES:
                continue  # ("..., predicted a 1987 trade surplus": the verb's object, no speaker)
            men = np_forward(masked, cm.end(), se)
            men = person_named_after_role(masked, men, se) or men  # ("CLAUSE, said the chief executive, Anna Lee.")
            if men is None and _PAREN_TAIL.match(after) and (npm := np_backward(masked, cm.start(), ss)) is not None \
                    and npm.desc_start is not None and npm.kind == "name":
                # "CLAUSE, a spokeswoman, Anna White, said on Saturday, and ...": the subject and its
                # appositive stand between commas; the report ends at the comma before them
                if (c2 := _comma_before_subject(masked, ss, npm)) is not None and _has_words(masked, ss, c2, 4) \
                        and not _FRONTED.match(masked, ss, c2):
                    return (ss, c2, npm, cm.start(), cm.end())
            if men is None or men.kind == "pronoun" and men.text.lower() not in ("he", "she", "they"):
                continue
            if w in ("reported", "reports") and men.kind != "name" and not men.text.startswith(("the ", "The ")):
                continue  # "Halcyon Investments, a New York firm, reported a 6.9 pct stake": its object
            tail = men.desc_end if men.desc_end and men.desc_end > men.end else men.end
            if (pm := _PLACE_AFTER.match(masked, tail, se)) is not None:
                tail = pm.end()  # "..., says political scientist Dossym Satpayev in Almaty."
            tail = circumstance_tail(masked, tail, se)  # ("..., said Juan Carlos Pugliese, speaker of ..., before the meeting.")
            if not ENDS_PHRASE.match(masked, tail, se) or (
                    men.kind not in ("name", "pronoun") and len(WORDS.findall(men.text)) > 8):
                continue  # "NAME, a director, said his group will ...": the clause follows the cue
            if not _clause_before_attribution(masked, ss, before):
                rm = _INVERTED_REST.match(masked, tail, se)
                if rm is not None and _has_words(masked, rm.end(), se, 3) and has_finite_verb(masked, rm.end(), se):
                    cs = rm.end()  # "Often, said Mr Pearson, this information was invisible": what follows
                    return (cs, _trim_end(masked, cs, se), men, cm.start(), cm.end())
                continue
            if _subject_with_appositive(masked, ss, cm):
                continue  # "One of the attorneys, Justin Bamberg, said the videos show ...": the subject, then its clause
            return (ss, before, men, cm.start(), cm.end())
        men = np_backward(masked, cm.start(), before + 1)
        if (named := _name_before_unclosed_appositive(masked, ss, before, cm, men)) is not None:
            men, before = named
        if men is None and (im := _IT_BEFORE_CUE.fullmatch(masked, before + 1, cm.start())) is not None:
            men = Mention(im.start(1), im.end(1), "it", "pronoun")  # "The other proposals, it said, would ...": the firm's
        if men is None or men.start > before + 3 and masked[before + 1:men.start].strip().lower() not in _LEAD_DETERMINERS \
                or len(WORDS.findall(between)) > 6:
            continue  # (but "Mrs. Clinton, these people said, would ...": the determiner left out of the group)
        am = (_TOLD_WHOM if w in ("told", "tells") else _PAREN_TAIL).match(after)
        if am and (_PARTICIPLE_AFTER.match(masked, cm.end() + am.end(), se)
                   or _cue_participle_first().match(masked, cm.end() + am.end(), se)):
            # "Sales were great, he said, wiping sweat off his face.": what he did, not what he said; nor
            # "Seventy people died, Beshear said, noting that ...": the participle's own report
            if len(WORDS.findall(masked[ss:before])) >= 2 and not _FRONTED.match(masked, ss, before):
                return (ss, before, men, cm.start(), cm.end())
            continue
        if am and ((n_after := len(WORDS.findall(masked[cm.end() + am.end() : se]))) >= 3
                   or n_after == 2 and _PREDICATE_FIRST.match(masked, cm.end() + am.end(), se)) and (
                len(WORDS.findall(masked[ss:before])) <= 3 or _FRONTED.match(masked, ss, before)
                or _CONDITION_FRONTED.match(masked, ss, before)
                or _clause_after_phrase(masked, ss, before, cm.end() + am.end(), se)):
            cs = cm.end() + am.end()  # "Over the years, she said, CLAUSE.", "If the law conflicts with
            # God's orders, Rubio said, Christians must ignore the law."
            return (cs, _trim_end(masked, cs, se), men, cm.start(), cm.end())
        if am and _clause_before_attribution(masked, ss, before):
            return (ss, before, men, cm.start(), cm.end())  # "CLAUSE, he said, and she ..."
    return None


# a predicate of two words after an attribution in commas: "This campaign, he says, is different."
_PREDICATE_FIRST = re.compile(r"(?:is|was|are|were|has|had|have|will|would|can|could|should|must|may|might|does|did|"
                              r"remains|remained)[ \t]+(?!not\b)[\w'\u2019-]+[ \t]*[.!]?[ \t]*$")


# a clause of three words before its source's trailing attribution: a subject, a modal or auxiliary and a
# verb ("Workers will strike, the Unite union said", "Talks have collapsed, officials said"); fewer
# words than four are otherwise read as a fronted phrase ("In the morning, he said")
_SHORT_CLAUSE = re.compile(r"(?:[A-Z][a-z]+|[Tt]hey|[Ww]e|I|[Hh]e|[Ss]he|It)[ \t]+(?:will|would|could|can|must|may|might|should|"
                           r"has|have|had|is|are|was|were)[ \t]+(?!(?:not|never|been|be|also)\b)[a-z]{3,}[ \t]*,?[ \t]*$")



def _clause_before_attribution(masked: str, ss: int, before: int) -> bool:
    """Is ``ss..before`` a clause a trailing attribution reports: four words or more and no fronted
    phrase (but a fronted subordinate clause and the main clause after it, no comma between), or a
    short clause of three?"""
    n = len(WORDS.findall(masked, ss, before))
    return (n >= 4 or n == 3 and _SHORT_CLAUSE.match(masked, ss, before) is not None) \
        and (not _FRONTED.match(masked, ss, before) or _subordinate_then_main(masked, ss, before))


# a subordinate clause opening a sentence: "When the deal was launched ...", "As oil prices increase ..."
_SUBORDINATE_FRONT = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Ss]ince|[Oo]nce|[Aa]s)"
                                r"\s+[\w'-]+\s")


def _subordinate_then_main(masked: str, ss: int, before: int) -> bool:
    """"When the deal was launched the major players quickly suspended trading, brokers said": a subordinate
    clause with its subject and verb, then the main clause's subject and verb, no comma between them."""
    if (sm := _SUBORDINATE_FRONT.match(masked, ss, before)) is None:
        return False
    sub_verb = first_verb(masked, sm.end() - 1, before)
    if sub_verb is None:
        return False
    main = _MAIN_AFTER_SUBORDINATE.search(masked, sub_verb, before)
    if main is None:
        return False
    verb = first_verb(masked, main.start() + 1, before)
    return verb is not None and len(WORDS.findall(masked, main.start(), verb)) <= 5 \
        and _LINK_IN_SUBJECT.search(masked, main.start(), verb) is None  # (the subject right before its verb: not "As
    # Obama lectured the nation about Muslims and defended his record, Trump responded")


_LINK_IN_SUBJECT = re.compile(r"\b(?:and|or|but|about|of|in|on|at|to|for|with|from|by|over|against)\b")


# the main clause's subject after a subordinate clause: a determiner and up to three words ("the major players")
_MAIN_AFTER_SUBORDINATE = re.compile(r"\s(?:the|a|an|its|his|her|their|this|these|those)\s+(?:[\w'-]+\s+){0,3}?(?=[\w'-]+\s)")


# a wire's label for the kind of story before a headline: "Exclusive: Shell weighs sale ..., sources say"
_STORY_LABEL = re.compile(r"(?:Exclusive|EXCLUSIVE|Analysis|ANALYSIS|Breaking|BREAKING|Update[ \t]+\d+|UPDATE[ \t]+\d+|"
                          r"Factbox|FACTBOX|Explainer|EXPLAINER|Insight|INSIGHT)[ \t]*(?::|-|\u2013|\u2014)[ \t]*")
_AFTER_ATTRIBUTION = re.compile(r"(?:\s+(?:on\s+)?[A-Z][a-z]+|\s+[a-z]+ly)?\s*,\s*")  # (" Tuesday, ", ", ")


def attribution_subject_before(masked: str, ss: int, pos: int, hits) -> Mention | None:
    """The subject of an attribution in commas right before the participle at ``pos`` ("Sales
    fell in the Ukraine, it said, adding ...", "..., the ministry said on Tuesday, noting ..."), or None."""
    for h in reversed(hits):
        if h.end() > pos:
            continue
        if (inv := _inverted_attribution_subject(masked, ss, h, pos)) is not None:
            return inv
        if not _AFTER_ATTRIBUTION.fullmatch(masked, h.end(), pos):
            return None
        comma = masked.rfind(",", ss, h.start())
        if comma < 0 or len(WORDS.findall(masked, comma, h.start())) > 6:
            return None
        if (im := _IT_BEFORE_CUE.fullmatch(masked, comma + 1, h.start())) is not None:
            return Mention(im.start(1), im.end(1), "it", "pronoun")
        men = np_backward(masked, h.start(), comma + 1)
        return men if men is not None and not masked[comma + 1:men.start].strip() else None
    return None


_PAST_OR_AUX = re.compile(r"\b(?:[a-z]+ed|" + AUXILIARIES + r")\b")
_LINK_THEN_SUBJECT = re.compile(r",?\s+(?:but|and|while|whereas)\s+|;\s+")
_SAYING_AFTER_LINK = frozenset("said says say argued argue argues insisted insist insists countered contended contend "
                               "contends".split())


def _another_source_after_link(masked: str, cs: int, ce: int, hits) -> int | None:
    """Where a report read from ``cs`` to ``ce`` gives way to another source's, a link word, its subject and a
    verb of saying after it ("... was theft but Russian authorities argued ..."), or None. The first link whose
    words up to the verb make its subject ("but traders and bankers in Singapore said": at "but"); not a link
    inside a name ("the Securities and Investments Board said")."""
    for h in hits:
        if not cs < h.start() < ce or h.group() not in _SAYING_AFTER_LINK:
            continue
        prev = None
        for link in _LINK_THEN_SUBJECT.finditer(masked, cs, h.start()):
            earlier, prev = prev, link
            if not _has_words(masked, cs, link.start(), 3):
                continue
            subj = np_backward(masked, h.start(), link.end())
            if subj is None or subj.start != link.end() or subj.kind not in ("name", "description", "group") \
                    or masked[subj.end:h.start()].strip():
                continue
            before = masked[cs:link.start()].rsplit(None, 1)[-1]
            if "," not in link.group() and before[:1].isupper() and subj.text[:1].isupper() and subj.kind != "description":
                continue  # (two capitalised words joined by "and": one name, "Agriculture and Commerce Departments")
            if earlier is not None and link.group().strip() == "and" \
                    and not _PAST_OR_AUX.search(masked, earlier.end(), link.start()):
                link = earlier  # ("..., but traders and bankers in Singapore said": the subject's first noun too)
            e = link.start()
            while e > cs and masked[e - 1] in " ,-\u2013\u2014":
                e -= 1  # ("... five billion dlrs - but Texaco Inc president James Kinnear said")
            return _trim_end(masked, cs, e)
    return None


def _inverted_attribution_subject(masked: str, ss: int, h: re.Match, pos: int) -> Mention | None:
    """The speaker named after an inverted cue that closes a quotation or a clause, the participle
    at ``pos`` after the name's comma ('"...," said Skelly, adding that ...', 'said Peter Rice,
    chairman of Fox Networks Group, noting that ...'), or None."""
    if h.group().lower() not in _INVERTED_CUES or not masked[ss:h.start()].rstrip().endswith((",", MASK)):
        return None
    men = np_forward(masked, h.end(), pos)
    if men is None or men.kind not in ("name", "description") or masked[h.end():men.start].strip():
        return None
    return men if masked[max(men.end, men.desc_end or 0):pos].strip() == "," else None


_INVERTED_CUES = frozenset(c.lower() for c in INVERTED_CUES)  # (the cues that may stand before their speaker)


@lru_cache(maxsize=1)
def _cue_participle_first() -> re.Pattern:
    """A verb of saying's -ing form opening the words it is matched at ("noting that ...")."""
    return re.compile(r"(?:" + cue_participles() + r")\b")


def _trim_end(masked: str, s: int, e: int) -> int:
    while e > s and masked[e - 1] in " .\n":
        e -= 1
    return e


# patterns compiled once (a module-level re call looks its pattern up in the re module's cache each time)
_HAVE_WORD = re.compile(r"\bha(?:s|ve|d)\b")
