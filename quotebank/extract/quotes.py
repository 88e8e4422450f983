"""Quote extraction and attribution: text in, quote records out.

Pure functions; no I/O, no database. The pipeline, and the module of each step:

1. :mod:`.marks` pairs quotation marks into spans (apostrophes told apart).
2. The text is *masked* (here): every quotation is blanked, so rules over the
   remaining narrative never mistake quoted words for speakers or cues.
3. Sentences are found on the masked text (here).
4. Each quotation is attributed by the nearest cue (here): after it (``'...,' said
   Hafer``, ``"..." he said``), before it (``He continued: '...'``), in its
   sentence (mixed quotes: ``Webber added that ... 'studying ...'``), or by
   continuation (split quotes and quote-only paragraphs). Speakers are read as
   noun phrases by :mod:`.phrases`, descriptions parsed by :mod:`.descriptions`.
5. Reported speech without marks (``X said (that) ...``, ``according to X,
   ...``, ``..., he says.``) becomes indirect quotes: :mod:`.reported`, on the
   clause grammar of :mod:`.clauses`.
6. Mentions are resolved within the article by :mod:`.speakers`: surnames and
   titles to the full name first introduced, pronouns to the most recent
   compatible person, ``the former Marine officer`` to the anonymous source
   described before.

:func:`extract_quotes` is the entry point; :class:`Quote` (from :mod:`.record`) the
record it returns.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .descriptions import is_role_like, parse_description, roles_as_dicts, without_wire_marks
from .lexicon import (
    WORDS_OF,
    countries,
    cues,
    given_names,
    is_outlet,
    nationalities,
    offices,
    positions,
    pronouns,
    role_nouns,
    source_phrase,
    title_words,
    titles,
    us_states,
)
from .marks import Span, find_spans, paragraphs
from .phrases import (
    FIRM_KIND_OPENERS,
    person_named_after_role,
    ADVERBS,
    DAYS,
    DETERMINERS,
    DOCUMENT_WORDS,
    MASK,
    OCCASION_NOUNS,
    ORG_WORDS,
    RELATIVE,
    SENTENCE_OPENERS,
    Mention,
    classify,
    np_backward,
    np_forward,
    person_noun,
    strip_trailing_period,
    word_tokens,
)
from .record import Quote
from .speakers import (
    ACRONYM,
    DATE_WORDS,
    INVERTED_CUES,
    NAME_WORD,
    NO_SPEAKER_WORD,
    NOT_SUBJECT,
    ONE_OF,
    OPENERS,
    ORG_DESCRIPTION_WORDS,
    PLAYER_ROLES,
    PREP_BEFORE,
    TITLE_WORD,
    WIRE_DATELINE,
    Resolver,
    evidence_head,
    government_place,
    name_tokens,
    named_in,
    not_a_he,
    phrase_head,
    person_like_name,
    plural_people,
    org_description,
    org_description_head,
    role_gender,
    same_body_by_initials,
    sentence_start,
)
from .clauses import (
    CARRIERS,
    CLAUSE_AFTER,
    CLAUSE_BREAK,
    CLAUSE_STOP,
    COORD,
    DETERMINER_BEFORE,
    ENDS_PHRASE,
    EVIDENCE_VERB,
    IRREGULAR_PAST,
    JUDGING,
    LEAD_CONJUNCTION,
    MASK_RUN,
    NAMING,
    NEXT_WORD,
    NOT_BEFORE_VERB,
    OBJECT,
    OBJECT_NAMING,
    OWNER_AS_SUBJECT,
    PASSIVE_BEFORE,
    PUT_IT,
    RECIPIENT_CUES,
    STATEMENT_SAYING,
    THAT,
    THAT_BEFORE,
    TIME_LEAD_BEFORE,
    TIME_OR_NUMBER,
    TO_BEFORE,
    TOLD_OBJECT,
    WORDS,
    before_adverb,
    clause_end,
    clause_subject,
    coordinated_cue,
    coordinated_subject,
    cue_participles,
    has_finite_verb,
    it_subject,
    medium_before_cue,
    name_before_unclosed_post,
    noun_use,
    only_opener,
    only_terms,
    owned_speech_noun,
    person_before_time,
    prev_word,
    quoted_as,
    subordinate_subject,
    that_after,
    verb_use,
)
from .reported import (ANONYMITY_ASK, OUTLET_NOUNS, CueHits, attribution_subject_before, circumstance_then_subject,
                       holder_of_renamed_thing, indirect_in_para, report_then_colon, subject_opens_fronted_clause)


_PARTICIPLE_LEAD = re.compile(r"\s*(?:Adding|Continuing|Noting|Saying|Explaining|Concluding)\s*[,:]\s*")
_CONT_OPENER = re.compile(r"\s*(?:And|But|So|Then|Also|Instead|Still|Yet|Now|Later|Again|Plus)\s*,?\s*")
MAX_TEXT = 50_000_000
_NOT_A_PERSON_ROLE = ORG_DESCRIPTION_WORDS | frozenset(
    "statement report study research survey poll data figures document documents memo letter analysis "
    "sources source ministry department bureau office commission government administration".split())


_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Pres|Gen|Adm|Cmdr|Maj|Supt|Det|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Hon|No|vs|Jan|Feb|Mar|Apr|"
    r"Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|U\.S|U\.K|U\.N|a\.m|p\.m|i\.e|e\.g|approx|Fla|Calif|Mass|"
    r"Penn|Ariz|Wash|Mich|Minn|Ill|Ind|Ky|Va|Ga|Ala|Ark|Colo|Conn|Del|Md|Mo|Neb|Nev|Okla|Ore|Tenn|Tex|Wis|Wyo)"
    r"|\b[A-Z])$"
)
@lru_cache(maxsize=1)
def _state_abbrev() -> re.Pattern:
    """A state's abbreviation (lexicons/us_states.txt) after a comma or a party letter, at the end."""
    abbrevs = sorted((a[:-1] for a in us_states() if a.endswith(".")), key=len, reverse=True)
    return re.compile(r"(?:,\s|\b[RDI]-)(?:" + "|".join(re.escape(a) for a in abbrevs) + r")$")


# (one character class first: the engine then jumps between punctuation marks; a run of marks
# is tried from its first only, and whole: from each mark, 8,000 full stops took 3 s)
# (a quotation glued to the full stop before it opens a sentence too: 'to be named."We basically ...')
_SENT_END = re.compile(r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*+(?:(?=[\s)]+[A-Z0-9\x01(\[\"\u201c\u2018'])|(?=\x01)|(?=\s*$)"
                       r"|(?:(?<=\.\.\.)|(?<=\u2026))(?=[A-Z][a-z]))")  # (and a digest's ellipsis right before the next
# item: "... the previous week...Pakistan has offered 50,000 tonnes")


_SPEAKER_AND_CUE = (
    r"\s*(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?:also\s+|later\s+)?(?:said|says|added|adds|wrote|writes|told|tells|asked|asks|tweeted|"
    r"explained|continued|recalled|replied|responded|insisted|argued|noted|declared|exclaimed)\b"
)
# '"Who do they think they are?" Trump said of Apple in February, when the company balked ...':
# the attribution, an adjunct, then a subordinate clause of its own
_ATTRIB_NEXT_ADJUNCT = re.compile(
    _SPEAKER_AND_CUE + r"\s+(?:of|about|in|on|at|during|after|before|from)\s+(?:[\w'\u2019-]+\s+){0,6}?"
    r"[\w'\u2019-]+,\s+(?:when|while|as|after|before|because|since|although|though|where|whose)\b")
_ATTRIB_NEXT = re.compile(
    _SPEAKER_AND_CUE +
    r"(?:(?:[\s,]+[\w'\u2019-]+){0,8}|\s+(?:in|on|at|during|to|after|before|from)\b(?:[\s,]+[\w'\u2019-]+){0,14}"
    # '..." Trump asked reporters rhetorically during a news conference late last month.': told or
    # asked whom, then where and when (a recipient, not a new clause's subject)
    r"|(?:(?<=told)|(?<=tells)|(?<=asked)|(?<=asks))\s+(?:reporters|journalists|me|us|him|her|them|"
    r"(?:the|a|an|his|her|their)\s+[a-z]+|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\b"
    r"(?:[\s,]+(?!that\b)[\w'\u2019-]+){0,14})"  # (not "Mr Milburn told Today that ...": a report)
    r"\s*(?:[.!?]|$)"  # "...!" Trump said on Twitter. / McDonough wrote in a ... email: no new clause
)


_ON_X = re.compile(r"\b(?:on|to|via)\s+X$")
_FIRM_AND_COUNTRY_ABBREVS = r"Inc|Corp|Co|Ltd|Plc|PLC|LLC|U\.S|U\.K"
_ENDING_ABBREV = re.compile(r"\b(?:" + _FIRM_AND_COUNTRY_ABBREVS + r")$")
# (those, and the UN's, a clock's and a suffix's, before a subject pronoun and its verb: "attacks in the U.S. He says")
_ENDING_ABBREV_BEFORE_PRONOUN = re.compile(r"\b(?:" + _FIRM_AND_COUNTRY_ABBREVS + r"|U\.N|a\.m|p\.m|Jr|Sr)$")
_PRONOUN_SENTENCE = re.compile(r"[ \t]+(?:He|She|They|We|It|I)[ \t]+[a-z]")


def _sentence_opening_at(text: str, spans: list[Span], pos: int, after_quotation: bool) -> bool:
    """Does a quotation that reads as a sentence open at ``pos``: a capital first, four words or
    more, a full stop, comma, ``!`` or ``?`` last (not a name in marks: 'a U.S. "Star Wars" project'),
    and either a quotation before it in the paragraph, whose attribution the abbreviation ends, or a comma
    last, before a cue of its own? (Not 'Weinberger said in a television interview in the U.S. "We are
    fully prepared ..."': his words, in his sentence.)"""
    sp = next((sp for sp in spans if sp.open == pos), None)
    return sp is not None and sp.closed and (sp.last in ".!?" and after_quotation or sp.last == ",") \
        and text[sp.start:sp.start + 1].isupper() and len(text[sp.start:sp.end].split()) >= 4


_CONTRACTING_SUBJECTS = frozenset("he she it that there what who where here everyone nobody somebody".split())


def _sentences(text: str, masked: str, ps: int, pe: int, spans: list[Span]) -> list[tuple[int, int]]:
    cuts = set()
    for m in _SENT_END.finditer(masked, ps, pe):
        if _ABBREV.search(masked, max(ps, m.start() - 6), m.start()) and not (
                masked.startswith(MASK, m.end() + 1) and (
                    _state_abbrev().search(masked, max(ps, m.start() - 10), m.start())
                    or _ENDING_ABBREV.search(masked, max(ps, m.start() - 6), m.start())
                    and _sentence_opening_at(text, spans, m.end() + 1, MASK in masked[ps:m.start()]))) \
                and not _ON_X.search(masked, max(ps, m.start() - 12), m.start()) \
                and not (_PRONOUN_SENTENCE.match(masked, m.end(), pe)
                         and _ENDING_ABBREV_BEFORE_PRONOUN.search(masked, max(ps, m.start() - 6), m.start())):
            continue  # but ', a student from Fresno, Calif. "I think ...': a state ends the sentence before a quotation,
            # and so do a firm's legal form and a country's initials before one that reads as a sentence
            # ('said Joe Levy of International Data Corp. "The industry has bottomed out."')
            # (and the platform X is no initial: '..." Abbott posted on X. "We will ...'; nor is a country's,
            # a firm's or a clock's abbreviation before a subject pronoun and its verb: "... attacks in the U.S. He
            # says ...", not after a title: "Mr. He said")
        cuts.add(m.end())
    # a quotation whose words end a sentence ("We're hopeful.") ends it
    for sp in spans:
        if (ps <= sp.open < pe or sp.open < ps <= sp.close < pe) and sp.closed:  # (or one that runs on into it
            # from the paragraphs before: '"...¶"I think they feel shock." The important thing was ...')
            c = sp.close
            last = sp.last
            if last in ".!?" and c + 1 < pe:
                k = c + 1
                while k < pe and masked[k] in ")]":
                    k += 1  # ('whom one insider described as "his brother.") And some ...': the aside closes too
                # (two spaces: the blanked outer apostrophe of a closing '' pair, then the space)
                nxt = masked[k : k + 4].lstrip()
                if nxt[:1] and (nxt[:1].isupper() or nxt[:1] == MASK):
                    follow = masked[k : min(pe, k + 90)]
                    if not _ATTRIB_NEXT.match(follow) and not _ATTRIB_NEXT_ADJUNCT.match(follow):
                        cuts.add(k)
    out = []
    s = ps
    for c in sorted(cuts):
        if s < c <= pe:
            out.append((s, c))
            s = c
            while s < pe and masked[s] in " \t":
                s += 1
    if s < pe:
        out.append((s, pe))
    return out


_NOT_NEWLINE = re.compile(r"[^\n]")


def _name_modifier(text: str, sp: Span) -> bool:
    """A name in marks that modifies the noun after it ('the "Never Trump" movement',
    'his ''Feel the Bern'' wave', 'the "Perception" syllabus'): a name, not a quotation."""
    if not sp.closed:
        return False
    end = sp.close + 1
    if text[end : end + 1] == "'" and text[sp.close] == "'":
        end += 1  # ''...''
    return _titled(WORDS.findall(text[sp.start : sp.end])) \
        and _MODIFIER_BEFORE.search(text, max(0, sp.open - 30), sp.open - (1 if text[sp.open - 1 : sp.open] == "'" else 0)) is not None \
        and _NOUN_AFTER.match(text, end) is not None


def _mask(text: str, spans: list[Span]) -> str:
    parts = []
    pos = 0
    for sp in spans:
        end = sp.close + 1 if sp.closed else sp.close
        sp.last = text[sp.close - 1] if sp.close > sp.open + 1 else ""
        sp.name_modifier = _name_modifier(text, sp)
        if sp.open < pos:
            continue
        pair_open = sp.family == "double" and text[sp.open] == "'" and text[sp.open - 1 : sp.open] == "'"
        pair_close = sp.closed and text[sp.close] == "'" and text[end : end + 1] == "'"
        # ''...'': the outer apostrophe of each pair is part of the mark: blanked, not masked
        parts.append(text[pos : sp.open - 1] + " " if pair_open and sp.open - 1 >= pos else text[pos : sp.open])
        inner = text[sp.start : sp.end]
        if _NICK_BEFORE.search(text, max(0, sp.open - 30), sp.open) and _NICK_AFTER.match(text, end) \
                and len(WORDS.findall(inner)) <= 3 and inner[:1].isupper() and not _NICK_NOT.search(inner) \
                and not text[max(0, sp.open - 4) : sp.open].rstrip().endswith(("'s", "\u2019s")) \
                or sp.name_modifier:
            # 'Marcia "Cia" Price', 'the "Never Trump" movement': the phrase reads on past the
            # name in marks, so a report around it is seen (the span itself is skipped)
            parts.append(" " * (end - sp.open))
        elif sp.last == "," and end - sp.open >= 3 and _AFTER_TITLE_COMMA.match(text, end) \
                and _titled(WORDS.findall(inner)) and (_WORK_BEFORE.search(text, max(0, sp.open - 60), sp.open)
                                                       or _WORK_NOUN_BEFORE.search(text, max(0, sp.open - 24), sp.open)):
            # 'Yeutter, on the NBC program "Today," said ...': a work's title whose comma, inside the closing mark,
            # closes the phrase around it; blanked (its words read as words made names of them: "Opportunity
            # Project"), with that comma left where the closing mark was
            parts.append(" " * (end - sp.open - 1) + ",")
        else:
            # keep newlines so paragraphs stay put in the masked text
            parts.append(_NOT_NEWLINE.sub(MASK, text[sp.open : end]))
        if pair_close and sp.family == "double":
            parts.append(" ")
            end += 1
        pos = end
    parts.append(text[pos:])
    masked = "".join(parts)
    if "(" in masked:
        masked = _PAREN_NICKNAME.sub(_blank_nickname, masked)  # 'James E. (Jim) Nugent': read as the name around it
    if not masked.isascii() and _ODD_SPACE.search(masked):  # (isascii: a flag of the string, no scan)
        masked = _ODD_SPACE.sub(" ", masked)  # "Shelby said\u00a0he refused": a no-break space is a space to
        # every rule (one character for one: offsets stay put)
    return masked


_ODD_SPACE = re.compile("[\u00a0\u2002-\u200a\u202f]")
# a nickname in brackets between a given name (or an initial) and a surname: "James E. (Jim) Nugent", "James (Jim) Nugent"
_PAREN_NICKNAME = re.compile(r"\b(?P<before>[A-Z][a-z]+|[A-Z]\.) (?P<nick>\([A-Z][a-z]+\))(?= [A-Z][a-z])")


def _blank_nickname(m: re.Match) -> str:
    """The bracketed nickname of ``m`` blanked when the word before it is a given name or an initial, else kept."""
    before = m.group("before")
    if before.endswith(".") or before.lower() in given_names():
        return before + " " * (m.end() - m.end("before"))
    return m.group(0)


# what follows a work's title whose comma closes the phrase around it: a relative on a person or the sentence's verb of
# saying (not "which", mostly the title's own: 'the "Stability Law," which allows tax cuts')
_AFTER_TITLE_COMMA = re.compile(r" (?:who|whose|said|says|told|tells|added|adds|wrote|writes|noted|notes|argued|"
                                r"argues|warned|warns|explained|explains|predicted|predicts|reported|reports)\b")


_NICKNAME_BEFORE = re.compile(r"(?:[A-Z](?:[\w'\u2019-]*|\.))\s*$")
_NICKNAME_AFTER = re.compile(r"^\s*[A-Z][\w'\u2019-]*")
# the stricter test for blanking a nickname while masking: one space on each side, within a
# line (the loose pair above would blank a quotation ending a paragraph), no punctuation inside
_NICK_BEFORE = re.compile(r"[A-Z](?:[\w'\u2019-]*|\.)[ \u00a0]$")  # (after initials too: 'C.J. "Pete" Silas')
_NICK_AFTER = re.compile(r"[ \u00a0][A-Z][\w'\u2019-]*")
_NICK_NOT = re.compile(r"[,.!?;:]")  # 'ABC's "This Week," Carson said': a title, not a nickname
# words right before marks that name or mention what is inside them (a test of the text's end,
# lower-cased: much faster than searching a sentence for "(?:...)\s*$")
_SCARE_BEFORE = ("so-called", "so called", "dubbed", "nicknamed", "known as", "the term", "the word", "the phrase",
                 "the slogan", "titled", "entitled", "labeled", "labelled", "branded", "termed", "coined", "the film",
                 "the book", "the song", "the movie", "the album", "the show", "the series", "the novel", "the play",
                 "the article", "the headline", "the hashtag", "a sign reading", "placards reading", "reading", "read")


# a verb of judging before a work's noun: what follows is a judgement, not the work's title when it is
# no Title Case name ('The Times called the book "a furious, funny elegy for attention"')
_CALLED_THE_WORK = re.compile(r"\b(?:called|calls|call|described|describes|dubbed|hailed|hails|praised|panned)\s+the\s+"
                              r"(?:film|book|song|movie|album|show|series|novel|play|article)\s*$", re.I)


# a thing posted or written, no clause: 'posted a clip explaining "quiet quitting"', 'wrote a post about "..."'
_MEDIA_OBJECT = re.compile(r"(?:an?|the|his|her|their|its)\s+(?:\w+\s+)?(?:clip|video|post|photo|picture|tweet|"
                           r"message|article|image|meme|thread|story|column|book|blog)s?\b")


def _scare_word_before(left: str) -> bool:
    return left.rstrip()[-20:].lower().endswith(_SCARE_BEFORE)


# a label's noun right before the marks: what follows is the label ("the subject line 'bravo!'", "the hashtag '...'")
_LABEL_BEFORE = re.compile(r"\b(?:subject\s+line|hashtag|tagline|caption|motto|entitled|titled)[\s,:]*$", re.I)
_WORK_AFTER = re.compile(
    r"\s*(?:hats?|caps?|t-shirts?|shirts?|podcast|show|program|programme|broadcast|series|movie|film|book|"
    r"novel|song|album|slogan|signs?|banners?|placards?|ad|advert|campaign|bill|act|doctrine|tour)\b", re.I)
_WORK_NOUNS = ("podcast|show|program|programme|broadcast|series|book|memoir|film|movie|documentary|column|album|song|"
               "newsletter|blog|segment|op-ed|essay|article|report")
_WORK_BEFORE = re.compile(r"\b(?:(?:on|with|of|to|from|in)(?:\s+the)?|at the end of|wear|wore|wearing|watch|watched|told|tells|telling|"
                          r"read|reading|called|named|hosts|hosted|hosting|anchors|anchored|presents|presented|leads|led|"
                          r"(?:the|a|his|her|their|its)\s+(?:\w+\s+)?(?:" + _WORK_NOUNS + r")),?\s*$"
                          # "on NBC's 'Meet the Press'", "in The Times's 'The Daily'"
                          r"|\b(?:on|in|of|from|told|tells|telling)\s+(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*(?:'s|\u2019s)\s*$", re.I)
# (and "a broadcast of CNN's 'New Day'", "a clip from Fox's 'Hannity'")
# a work's noun right before its title in marks, with no determiner too ("on Trump's reality TV show, ...")
_WORK_NOUN_BEFORE = re.compile(r"\b(?:" + _WORK_NOUNS + r"|publication|newspaper|magazine|journal),?\s*$", re.I)
# a name used as a modifier inside a noun phrase: 'the "Never Trump" movement', 'his "Feel the Bern" wave'
_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|this|that)\s+(?:[\w-]+\s+)?$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:to|and|or|but|of|in|on|for|with|at|by|from|that|which|who|as|is|was|are|were|"
                         r"be|been|has|have|had|will|would|could|should|than|then|because|if|when|while|after|"
                         r"before|since|into|over|about|against|during|until|so|not|too)\b)[a-z][a-z-]+\b(?<!ly)(?<!ed)(?<!ing)")
_SMALL = frozenset("a an the of and or in on at to for with by from vs".split())


def _titled(words: list[str]) -> bool:
    """Title Case and short: 'Fox News Sunday', 'Make America Great Again', or a book's title with
    its subtitle ('Those Guys Have All the Fun: Inside the World of ESPN')."""
    if not 1 <= len(words) <= 12:
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and all(w[:1].isupper() or w[:1].isdigit() for w in big)


_TAIL_OK = re.compile(r"^[\s,;:.!?\u2014\u2013-]*$")
_NEXT_SENTENCE = re.compile(r"[ \t]+[A-Z]")
_DASH_GLOSS = re.compile(r"[ \t]+(?:-|--|\u2014|\u2013)[ \t]+(?:[a-z]+ing|a|an|the|which|meaning)\b")
_POST = re.compile(r"^\s*[,\u2014\u2013-]?\s*")
# a cue word right before "said": a noun ("the DOT report said", "the company statement says")
_SAID_NEXT = re.compile(r"[ \t]+(?:said|says|added|adds|stated|states)[ \t]*(?:[.,;]|$)")
# "praised the vote before adding that ...": the participle after "before" or "after" is the cue
_BEFORE_ADDING = re.compile(r"\b(?:before|after)\s+$")
# '"..." - those were the words of union leader Sharon Graham', '"...": that was the message from the protesters'
_WORDS_OF = re.compile(r"[:;]?[ \t]*(?:[Tt]hose|[Tt]hese|[Tt]hat|[Tt]his|[Ss]uch)[ \t]+(?:were|was|are|is)[ \t]+(?:the[ \t]+)?"
                       r"(?:(?:blunt|stark|simple|clear|defiant|final|parting)[ \t]+)?"
                       r"(?P<noun>words|message|verdict|warning|response|reaction|assessment|view)[ \t]+(?:of|from)[ \t]+")
# '"A betrayal," is how she described it', '"Reckless" was how one official put it': the words, then who
# said them, after "how"
_HOW_IS = re.compile(r"(?:is|was)[ \t]+how[ \t]+")
_HOW_VERB = re.compile(r"\b(described|put it|called|explained)\b(?=[ \t]+(?:it|them|this|that|the|his|her|their)\b|[ \t]*[.,;]|[ \t]*$)")


@dataclass
class _Att:
    mention: Mention
    cue: str
    cue_start: int
    cue_end: int
    how: str  # post | post-inv | pre | colon | according | clause | cont


def extract_quotes(text: str, *, indirect: bool = True) -> list[Quote]:
    """Every quotation in ``text`` with its speaker, cue, kind and offsets.

    Offsets are Python string indices into ``text`` as given. Never raises on
    any string input.
    """
    if not text or not isinstance(text, str):
        return []
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    given = text
    if _may_hold_long_blank(text) and _LONG_BLANK.search(text):
        # a gap of a hundred spaces or more (column gaps in a table, padding in a laid-out page)
        # is read as the paragraph breaks it amounts to, one newline per character so that
        # offsets stay put: a run of spaces inside a line made patterns that begin with \s
        # quadratic in its length (none of the 22,192 articles of the corpora has a gap over 37)
        text = _LONG_BLANK.sub(_as_newlines, text)
    text = _unwrapped(text)  # (a text wrapped at a fixed width: its lines joined, offsets kept)
    text, stood_in = _names_stood_in(text)
    spans = find_spans(text)
    masked = _mask(text, spans)
    paras = paragraphs(text)
    res = Resolver(text, masked)
    cue_hits = CueHits(masked)
    by_para: dict[int, list[Span]] = {}
    for sp in spans:
        by_para.setdefault(sp.para, []).append(sp)

    out: list[Quote] = []
    used_cues: set[int] = set()
    last_att: _Att | None = None
    last_att_end = -1  # where the quotation or report last_att attributes ends: a paragraph's reports are
    # attributed after its quotations, and only a later one takes over ('BT said that ... "...," said Chris Clark')
    last_para_with_att = -10
    turns = _transcript_turns(text, paras, res) or _interview_answers(text, paras, res) \
        or _bold_question_answers(text, paras, res) or _plain_question_answers(text, paras, res)
    # a quotation running over several paragraphs is often attributed after it closes
    # ('"...\n\n"...," Sanders continued. "..."'): that cue, looked up once here, attributes
    # it when its first paragraph has none, and the quotations after it continue that speaker
    tail_att: dict[int, _Att] = {}
    seed_att: dict[int, _Att] = {}
    closing_here: dict[int, list[Span]] = {}  # paragraph -> quotations from paragraphs before that close in it
    for sp in spans:
        if len(sp.paragraphs) > 1 and sp.closed:
            cp = sp.paragraphs[-1]
            closing_here.setdefault(cp, []).append(sp)
            qend = sp.close + 1
            att = _right_cue(masked, qend, _next_mask(masked, qend, paras[cp][1]), paras[cp][1])
            if att is not None and att.how == "post" and _that_clause_after(masked, att.cue_end, paras[cp][1]):
                att = None  # ('"... poorer without him." Conservative peer Lord Heseltine said that ...': a
                # report of his own after the quotation, which the speaker before goes on with)
            if att is not None:
                tail_att[sp.open] = seed_att[cp] = att

    for pi, (ps, pe) in enumerate(paras):
        if pi in turns:
            q = _turn_quote(text, turns[pi], pi, res) if turns[pi] is not None else None  # None: a question
            if q is not None:
                out.append(q)
            last_att = None  # a turn's own paragraphs continue it; nothing after the transcript does
            continue
        pspans = by_para.get(pi, [])
        if indirect and 0 <= (colon := masked.find(":", ps, ps + 60)) < pe \
                and all(sp.closed and colon < sp.open and sp.close < pe for sp in pspans) \
                and (hq := _headline_quote(text, masked, ps, pe, pi, res, pspans)) is not None:
            out.append(hq)  # "Trump: My immigration plans aren't set in stone"; "Graham: Trump's
            continue  # 'Incredibly Hateful Rhetoric' Destroying GOP's Chance" (a mixed report)
        if pi == 0 and pspans and (hq := _quoted_headline(text, masked, ps, pe, pspans[0], res)) is not None:
            out.append(hq)  # "'We are not giving up': Starmer vows to fight on"
            continue
        if indirect and pi < 3 and pe - ps < 250 and all(sp.closed and sp.close < pe for sp in pspans) \
                and (hq := _headline_says(text, masked, ps, pe, pi, res, pspans)) is not None:
            out.append(hq)  # "Glenn Beck Says Trump Poses A Threat To Democracy", "Clinton Hid Past
            continue  # Health Problems From Public, Former White House Doctor Says"
        if not pspans and not cue_hits.any_between(ps, pe) and not cue_hits.evidence_between(ps, pe):
            continue  # no quotation and no reporting verb: nothing to attribute here
        sents = _sentences(text, masked, ps, pe, pspans + closing_here.get(pi, []))
        first_in_para = len(out)
        para_quotes: list[tuple[Span, _Att | None, str, tuple[int, int]]] = []
        for sp in pspans:
            s_idx = _find_sentence(sents, sp.open)
            ss, se = sents[s_idx] if s_idx is not None else (ps, pe)
            kind, att, content = _attribute(text, masked, sp, ss, se, ps, pe)
            if kind == "mixed" and att is not None and att.mention.text.lower() == "you":
                kind, att = "term", None  # 'What do you think of Carson saying "pray for him"?', 'You might think
                # that the plan is "dead on arrival"': anyone, no report (as for indirect speech)
            if att is None and sp.open in tail_att:
                kind, att = "direct", tail_att[sp.open]
            if kind == "orphan" and pi + 1 < len(paras) and not masked[sp.close + 1 : pe].strip(" \t.,"):
                # a quotation paragraph signed on the next line: "-Michelle Marks, Philadelphia."
                att = _signed_next(masked, *paras[pi + 1])
                if att is not None:
                    kind = "direct"
            if kind == "orphan" and s_idx is not None and s_idx + 1 < len(sents):
                # '"...!" Scott's niece, state Del. Marcia Price (D), shouted to the crowd.':
                # the sentence after a quotation that ends in ! or ? only attributes it
                att = _attribution_sentence(masked, sp, *sents[s_idx + 1])
                if att is not None:
                    kind = "direct"
            if kind == "orphan" and att is None and ss > ps and (att := _bare_attribution_before(masked, ps, ss)):
                kind = "direct"  # 'Dianne Bystrom agreed. "Mainstream Republicans are ..."'
            if kind == "orphan" and att is None and ss > ps and (att := _gesture_before(masked, ps, ss)):
                kind = "direct"  # 'Ms Pritchard laughed. "What's £150 going to do?"'
            if kind in ("orphan", "skip") and att is None and _sentence_like(text, sp) \
                    and (att := _stance_then_colon(masked, ss, sp.open)) is not None:
                kind = "direct"  # 'Torres was unmoved: "Buses don't fix a broken promise."'
            para_quotes.append((sp, att, kind, content))

        # split quotes and continuations
        prev_att: _Att | None = seed_att.get(pi)
        for n, (sp, att, kind, content) in enumerate(para_quotes):
            if att is not None:
                prev_att = att
                continue
            if kind in ("skip", "term"):
                continue
            if not _sentence_like(text, sp) and not (
                    prev_att is not None and kind == "orphan" and prev_att.how in ("post", "post-inv")
                    and _just_after(masked, prev_att.cue_end, sp.open, 14 if _whole_sentence(text, sp) else 6)):
                continue  # a short orphan is kept only as the second half of '"A," X said. "B."'
            if kind == "orphan-opener":
                if prev_att is not None:  # "But "...": words of the quotation's own, in the sentence
                    para_quotes[n] = (sp, _cont(prev_att), "mixed", content)
                continue
            if prev_att is not None:
                handover = _handover(masked, prev_att, sp.open)
                if handover is not None:  # '"A," Ebeling said, and her husband cut in. "B"'
                    para_quotes[n] = (sp, handover, "direct", content)
                    prev_att = handover
                    continue
                para_quotes[n] = (sp, _cont(prev_att), "direct", content)
                continue
            # a quotation at a paragraph's start with no cue of its own: the flow
            # continues the speaker of the previous paragraph's last quotation
            after = [q for q in para_quotes[n + 1 :] if q[1] is not None]
            if after and after[0][1].how in ("post", "post-inv") and not (
                    last_att is not None and pi - last_para_with_att <= 1 and sp.open <= ps + 1
                    and _NARRATIVE_SENTENCE.search(masked, sp.close, after[0][0].open)):
                # (but '"That took me all the way." Ljubicic was at a loss to explain it. "I didn't start
                # badly," he said': a sentence of narrative between, the first goes on from the paragraph before)
                para_quotes[n] = (sp, _cont(after[0][1]), "direct", content)
                continue
            if last_att is not None and pi - last_para_with_att <= 1 and (
                    sp.open <= ps + 1 or _WHERE_LEAD.fullmatch(masked, ps, sp.open) is not None):
                # (and after where and when it was said: 'Then, later that month on CNN: "..."')
                para_quotes[n] = (sp, _cont(last_att), "direct", content)
            elif sp.open <= ps + 1 and (intro := _pre_colon_prev_para(masked, paras, pi)) is not None:
                para_quotes[n] = (sp, intro, "direct", content)

        # merge mixed fragments that share one reported clause
        merged: list[tuple[Span, _Att | None, str, tuple[int, int], list[Span]]] = []
        for sp, att, kind, content in para_quotes:
            if merged and kind == "mixed" and merged[-1][2] == "mixed" and att is not None \
                    and merged[-1][1] is not None and merged[-1][1].cue_start == att.cue_start:
                psp, patt, pk, pc, frags = merged[-1]
                merged[-1] = (psp, patt, pk, (pc[0], max(pc[1], content[1])), frags + [sp])
                continue
            merged.append((sp, att, kind, content, [sp]))

        for sp, att, kind, content, frags in merged:
            if att is None or kind in ("skip", "term"):
                continue
            q = _make_quote(text, sp, att, kind, content, frags, pi, res)
            if q is None:
                continue
            out.append(q)
            used_cues.add(att.cue_start)
            if att.how != "cont" and q.end >= last_att_end:
                last_att, last_att_end = att, q.end
                if kind == "mixed" and att.how == "pre" and (outer := _outer_cue_after(masked, sp, pe)) is not None:
                    last_att = outer  # 'Her friends called Trump "an orange buffoon," Susan said.': the
                    # sentence is Susan's report, and a quotation-only paragraph after it goes on with her
            last_para_with_att = max(last_para_with_att, max(sp.paragraphs or [pi]))
        if indirect:
            reported: list[tuple[int, _Att]] = []
            # quotations found to be no speech (a slogan, a title, scare quotes) may stand in a reported clause
            mentioned = [(sp.open, sp.close) for sp, _att, kind, _c, _f in merged if kind == "term"]
            for q, men in indirect_in_para(text, masked, ps, pe, sents, used_cues, pi, res, cue_hits, mentioned):
                out.append(q)
                used_cues.add(q.cue_start if q.cue_start is not None else -1)
                if EVIDENCE_VERB.fullmatch(q.cue or ""):
                    continue  # "The survey showed ...": a finding, whose quotation-only paragraph after is no survey's
                # "Trump was quick to add that ..." then a quote-only paragraph: his words
                rep_att = _Att(men, q.cue, q.cue_start, q.cue_end, "clause")
                reported.append((q.end, rep_att))
                if q.end >= last_att_end and not _no_speaker_to_go_on(men):
                    last_att, last_att_end = rep_att, q.end
                last_para_with_att = pi
            # "..., Schiff said. 'The other factor ...'": a quotation standing alone
            # after reported speech in its paragraph continues that speaker
            for sp, att, kind, content, _frags in merged:
                if att is not None or kind != "orphan" or not (_sentence_like(text, sp) or _whole_sentence(text, sp)):
                    continue  # (a short one too when it makes a sentence: '..., he said. "He's a liberal!"')
                before = [a for end, a in reported if end <= sp.open]
                if not before:
                    # 'Robert Tapsfield criticised the existing system. "There is just no logic ..."': no report, but
                    # a person by name doing something in words in the sentence before
                    s_idx = _find_sentence(sents, sp.open)
                    ss = sents[s_idx][0] if s_idx is not None else ps
                    if ss > ps and sp.open <= ss + 1 and (att := _speech_sentence_before(masked, ps, ss)) is not None \
                            and (q := _make_quote(text, sp, att, "direct", content, [sp], pi, res)) is not None:
                        out.append(q)
                    continue
                q = _make_quote(text, sp, _cont(before[-1]), "direct", content, [sp], pi, res)
                if q is not None:
                    out.append(q)
            if len(out) > first_in_para:
                out.extend(_front_pieces(text, masked, sents, out, first_in_para))

    out.sort(key=lambda q: (q.start, q.end))
    _fill_pronoun_speakers(text, out, res)
    _pronoun_after_report(text, out, res)
    _pronoun_after_introduction(text, out, res)
    _it_after_a_body_in_its_paragraph(text, out, res)
    _named_object_speakers(out, res)
    _named_after(out, res)
    _named_before(out, res, paras)
    _definite_after_indefinite(out, res)
    _lead_source_named_next(text, out, res, paras)
    _lead_role_named_later(text, out, res)
    _lead_body_named_next(text, out, res, paras)
    _lead_office_named_next(out, res)
    _lead_title_then_bare_name(text, out, res)
    _the_company_after_its_report(out, res)
    _headline_quote_said_again(out, res)
    _headline_role_named_in_lead(out, res)
    _headline_pronoun_named_in_lead(out, res)
    _bodies_of_roles(out, res)
    _firms_by_their_kind(out, res)
    # entities get their final names only after the whole text is read
    for q in out:
        _finalise_speaker(q, res)
        _trim_space(text, q)
        if text is not given:
            q.text = given[q.start : q.end]
    _spokesperson_of_body_before(out)
    if stood_in:
        for q in out:
            _restore_names(q)
    return out


# "WHO" in mixed case is the World Health Organization, never the relative pronoun every rule reads
# "who" as (in lower case, to take "Who" opening a sentence): the rules see it as an acronym they
# know nothing of, spelt so that no word of English matches it, and the names they give back are
# spelt as written again. Not in a run of capitals ("MINERS WHO WERE TRAPPED", "WHO SITS IN"), where
# it is the pronoun in a headline.
_WHO_ORG = re.compile(r"(?<![A-Z][ \t])(?<![A-Z]\n)\bWHO\b(?!['\u2019]?[ \t\n]*[A-Z]{2})")
_WHO_STAND_IN = "WHQ"


# and the consumer body "Which?", whose question mark ended a sentence inside its name: "says Which? tech editor Lisa
# Barber", "according to consumer group Which?, ..." (a name when a comma, a lower-case word or a possessive follows)
_WHICH_ORG = re.compile(r"\bWhich\?(?=,|[ \t]+[a-z]|['\u2019]s\b)")
_WHICH_STAND_IN = "WhichQ"
_STAND_INS = ((_WHO_STAND_IN, "WHO"), (_WHICH_STAND_IN, "Which?"))


def _names_stood_in(text: str) -> tuple[str, bool]:
    out = text
    if "WHO" in text and _WHO_STAND_IN not in text:
        out = _WHO_ORG.sub(_WHO_STAND_IN, out)
    if "Which?" in text and _WHICH_STAND_IN not in text:
        out = _WHICH_ORG.sub(_WHICH_STAND_IN, out)
    return out, out != text


def _restore_names(q: Quote) -> None:
    for stand_in, name in _STAND_INS:
        for f in ("speaker", "speaker_mention", "speaker_description"):
            if (v := getattr(q, f)) and stand_in in v:
                setattr(q, f, v.replace(stand_in, name))
        for r in q.speaker_roles:
            for k, v in r.items():
                if isinstance(v, str) and stand_in in v:
                    r[k] = v.replace(stand_in, name)


_SPOKES_ROLES = frozenset(("spokesman", "spokeswoman", "spokesperson"))


def _spokesperson_of_body_before(out: list[Quote]) -> None:
    """An unnamed spokesperson of no body named, whose first report comes right after a body's
    in this paragraph or the one before, speaks for that body ("The Scottish government said it was
    "disappointed". A spokesperson said ministers remained committed ...")."""
    body_of: dict[int, str | None] = {}
    prev = None
    for q in out:
        if q.speaker_key is not None and q.speaker_kind == "anonymous" and q.speaker_key not in body_of:
            body_of[q.speaker_key] = None
            if prev is not None and prev.speaker_key != q.speaker_key and q.paragraph - prev.paragraph <= 1 \
                    and any(r["role"] in _SPOKES_ROLES and r["organization"] is None and r["place"] is None
                            for r in q.speaker_roles) and prev.speaker and " for " not in (q.speaker_description or "") \
                    and (prev.speaker_kind == "organization" or prev.speaker_kind == "anonymous"
                         and org_description(prev.speaker)):
                body = prev.speaker[4:] if prev.speaker.startswith(("The ", "the ")) else prev.speaker
                if body[:1].isupper() and not is_outlet(body) and body not in us_states() and body.lower() not in countries():
                    body_of[q.speaker_key] = body  # (a name: not "the company"; not a paper that was told, nor a
                    # capital or a country speaking for its government)
        if (body := body_of.get(q.speaker_key)) is not None:
            for r in q.speaker_roles:
                if r["role"] in _SPOKES_ROLES and r["organization"] is None:
                    r["organization"] = body
        prev = q


_LONG_BLANK = re.compile(r"[^\S\n]{100,}")


def _may_hold_long_blank(text: str) -> bool:
    """Whether ``text`` may hold a run of 100 blanks (what :data:`_LONG_BLANK` finds), decided without a scan of
    the regex engine: an ASCII text with no two spaces together and no other blank but the space holds none (any
    run of two blanks is two spaces or has another blank in it). 93% of the bench articles are decided here."""
    return not text.isascii() or "  " in text or any(c in text for c in "\t\r\x0b\x0c\x1c\x1d\x1e\x1f")


def _as_newlines(m: re.Match) -> str:
    return "\n" * (m.end() - m.start())


_WRAP_WIDTH = (40, 100)  # the widths plain text is wrapped at (e-mail at 72 or 76, terminals at 80)
_LINE_OPENERS = frozenset("'\"\u2018\u201c\u00ab\u201e-\u2022*")  # a quotation's mark, a list item's bullet
_WRAP_FILL = 0.85  # how full a wrapped line is, the next word added (text from a page set in a proportional font
# has lines of uneven length in characters; a wrapping program's are filled to the width)


def _unwrapped(text: str) -> str:
    """``text`` with the line breaks of a text wrapped at a fixed width read as the spaces they stand
    for, one character for one so that offsets stay put: a plain-text newsletter or e-mail breaks its
    paragraphs every 70-odd characters, and a break inside a sentence is no paragraph's end ("Its chief
    executive, James\nDurie, said"). In a text whose lines are no wider than 100 characters, a break is
    the wrap's where the sentence goes on in lower case or a number after a word or a comma, and, when at least two
    breaks and half of all the breaks between two lines of words are the wrap's, where the next line's
    first word would not have fitted on the line (the line plus the word fills 85% of the widest line or
    more). A text of one paragraph per line is left as it is, and so is an indented line (a table's)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = max(len(line) for line in lines)
    if not _WRAP_WIDTH[0] <= width <= _WRAP_WIDTH[1]:
        return text
    soft: list[int] = []
    lower: list[int] = []
    breaks = 0
    pos = 0
    for a, b in zip(lines, lines[1:]):
        pos += len(a) + 1
        if not a.strip() or not b.strip() or b[:1].isspace():
            continue  # (an indented line: a table's row, a list's item)
        breaks += 1
        first = b.split(None, 1)[0]
        if b[:1] in _LINE_OPENERS and a.rstrip().rstrip("'\"\u2019\u201d\u00bb")[-1:] in ".!?:":
            continue  # a quotation or an item opening a line after a sentence's end: a paragraph's start (a
            # quotation run over paragraphs is re-opened at each)
        if (first[:1].islower() or first[:1].isdigit()) and (a.rstrip()[-1:].isalnum() or a.rstrip()[-1:] == ","):
            lower.append(pos - 1)  # a sentence going on: "car\nproduction declined", "an offering of\n1,225,000"
        elif len(a.rstrip()) + 1 + len(first) > _WRAP_FILL * width:
            soft.append(pos - 1)
    if len(soft) + len(lower) < 2 or 2 * (len(soft) + len(lower)) < breaks:
        soft = []  # (a break before a capital is the wrap's only in a wrapped text)
    if not soft and not lower:
        return text
    chars = list(text)
    for i in soft + lower:
        chars[i] = " "
    return "".join(chars)


_PRONOUN_REACH = 1000  # characters back to the speaker a lone "he said" can continue
_FIRM_PARTS = frozenset("subsidiary unit division affiliate arm".split())
_PLURAL_END = re.compile(r"[^s]s$")  # "The companies", not "The press"


def _names_in(text: str, spans) -> frozenset[str]:
    """The capitalised words of a quotation's spans, lower case and without a possessive: the
    names it mentions."""
    return frozenset(w.lower().removesuffix("'s").removesuffix("\u2019s")
                     for a, b in spans for w in NAME_WORD.findall(text, a, b) if w[:1].isupper())


# words that open a sentence but no name ("The", "Many", "Where")
_NOT_SUBJECT_START = NOT_SUBJECT | frozenset("Where Your My".split())
_NAMED_AFTER_REACH = 2500  # characters from a role's first quote to the name that holds it
_ROLE_OF = re.compile(r"\s+(?:for|of|at|in|with|to|from|on)\s+")


def _quotes_by_speaker(out: list[Quote]) -> dict[int, list[Quote]]:
    """Each resolved speaker's quotes, by entity key."""
    spoke: dict[int, list[Quote]] = {}
    for q in out:
        if q.speaker_key is not None:
            spoke.setdefault(q.speaker_key, []).append(q)
    return spoke


def _definite_role(ent) -> list[str]:
    """The words of an unnamed speaker's definite description ("the economy minister"), the
    article first; [] for any other speaker."""
    words = (ent.description or "").split()
    if ent.kind != "anonymous" or not words or words[0].lower() != "the" or ent.desc_start is None:
        return []
    return words


def _named_after(out: list[Quote], res: Resolver) -> None:
    """A role that speaks before the article names its holder is that person: '"Growth
    will be gentle," the economy minister said.' then '..., said economy minister Heizo
    Takenaka.' (the resolver links a role to a name given before it, not after). Only a
    definite role ("the mayor", not "a spokeswoman": someone else) before which the article
    names no one (else "the governor" is mostly someone named earlier without the title:
    'Chris Christie added ... The governor claimed ...'), only the very role one named person
    is given soon after, with no place nor qualifier to it ("the president" is not "Mexican
    President Claudia Sheinbaum"), and only when no other person holds it."""
    spoke = _quotes_by_speaker(out)
    roles_of: dict[int, set[str]] | None = None
    for key, quotes in spoke.items():
        ent = res.entities[key]
        words = _definite_role(ent)
        if not 2 <= len(words) <= 5:
            continue
        if roles_of is None:  # (the named speakers' own roles, read once per article)
            # (a role and its head before what it is of: "spokeswoman for the council")
            roles_of = {e.key: {w for r in res.introduction(e)[1] if r.role and not r.place and not r.qualifier
                                for w in (r.role.lower(), _ROLE_OF.split(r.role.lower(), 1)[0])}
                        for e in res.entities if e.kind == "person" and len(e.tokens) >= 2}
        role = " ".join(words[1:]).lower()
        holders = [k for k, roles in roles_of.items() if role in roles]
        if len(holders) != 1:
            continue
        holder = res.entities[holders[0]]
        first = res.masked.find(holder.name)
        if not ent.desc_start < first <= ent.desc_start + _NAMED_AFTER_REACH \
                or any(e.kind == "person" and 0 <= res.masked.find(e.name) < ent.desc_start for e in res.entities) \
                or any(p < ent.desc_start and not res.on_credit_line(p) for p, _ in res.full_names):
            continue
        for q in quotes:
            q.speaker_key = holder.key


_HEAD_PREPOSITIONS = frozenset("of for at on in from with by".split())


def _reattribute(out: list[Quote], old: int, new: int) -> None:
    """The quotations of the speaker ``old`` are the speaker ``new``'s (an unnamed source named later)."""
    for q in out:
        if q.speaker_key == old:
            q.speaker_key = new


def _lead_anonymous(out: list[Quote], res: Resolver, start: int = 0) -> tuple | None:
    """The story's first reporting quotation (among its first three paragraphs, from ``start``) and its speaker, when
    that speaker is unnamed and nobody else speaks in its paragraph."""
    first = next((q for q in out if q.paragraph <= 2 and q.start >= start and q.speaker_key is not None), None)
    if first is None or (anon := res.entities[first.speaker_key]).kind != "anonymous" \
            or any(q.speaker_key not in (anon.key, None) for q in out if q.paragraph == first.paragraph):
        return None
    return first, anon


def _lead_office_named_next(out: list[Quote], res: Resolver) -> None:
    """A lead's source by a country's office ("Kenya's president on Wednesday withdrew a finance bill, saying
    ...") named with that title in the next paragraph or the one after ("..., President William Ruto said"):
    that person, when exactly one person there holds a title ending in the office."""
    first = next((q for q in out if q.paragraph <= 2 and q.speaker_key is not None), None)
    if first is None or (anon := res.entities[first.speaker_key]).kind != "anonymous" \
            or (m := _OFFICE_OF_PLACE.fullmatch(anon.name)) is None or m.group("office").lower() not in offices() \
            or not _a_place(m.group("place") or m.group("place2")):
        return  # (a country's or a state's office: not "The Conservative leader", a party's)
    office = m.group("office").lower()
    _to_the_one_holder(out, res, first, anon, 2, lambda r: (r.role or "").lower().split()[-1:] == [office])


def _lead_title_then_bare_name(text: str, out: list[Quote], res: Resolver) -> None:
    """'The government has approved a second runway, the Transport Secretary announced.' then 'Heidi Alexander said
    ...': a lead's source by a title alone is the person whose bare full name opens the next paragraph's report (a
    name with no role or appositive: the title introduced her)."""
    first = next((q for q in out if q.paragraph <= 2 and q.speaker_key is not None), None)
    if first is None or (anon := res.entities[first.speaker_key]).kind != "anonymous" \
            or (tm := _TITLE_ALONE.fullmatch(anon.name)) is None or tm.group("title").lower() not in offices():
        return
    if (ent := _bare_name_opening_next(text, out, res, first)) is not None:
        _reattribute(out, anon.key, ent.key)


def _bare_name_opening_next(text: str, out: list[Quote], res: Resolver, first: Quote):
    """The person whose bare full name opens the report of the paragraph after ``first``'s (no role or appositive
    with it: the lead's description introduced them), or None."""
    nxt = next((q for q in out if q.paragraph == first.paragraph + 1), None)
    if nxt is None or nxt.speaker_key is None or (ent := res.entities[nxt.speaker_key]).kind != "person" \
            or len(ent.tokens) < 2 or nxt.speaker_mention != ent.name or nxt.speaker_start is None \
            or text[text.rfind("\n", 0, nxt.speaker_start) + 1:nxt.speaker_start].strip() \
            or res.introduction(ent)[1] or nxt.speaker_description:
        return None
    return ent


# a title alone, capitalised after "the": "the Transport Secretary", "The Foreign Minister"
_TITLE_ALONE = re.compile(r"[Tt]he\s+(?:(?!(?:former|shadow|deputy|junior|acting|interim|then)\b)[A-Za-z]+\s+){0,3}"
                          r"(?P<title>[Ss]ecretary|[Mm]inister|[Cc]hancellor|[Cc]ommissioner)")  # (or in lower case:
# "the chancellor", "the transport secretary"; not a former holder's)


def _to_the_one_holder(out: list[Quote], res: Resolver, first: Quote, anon, span: int, holds) -> None:
    """Re-attribute ``anon``'s quotations to the one person quoted in the ``span`` paragraphs after ``first``'s with a
    role the article gives that ``holds`` (a predicate on a role); nothing when none or several are."""
    holders = {q.speaker_key for q in out if first.paragraph < q.paragraph <= first.paragraph + span
               and q.speaker_key is not None and res.entities[q.speaker_key].kind == "person"
               and any(holds(r) for r in res.introduction(res.entities[q.speaker_key])[1])}
    if len(holders) == 1:
        _reattribute(out, anon.key, holders.pop())


def _headline_pronoun_named_in_lead(out: list[Quote], res: Resolver) -> None:
    """'The deal, she said, "is dead"' as a headline, then 'The Prime Minister's trade envoy, Baroness Morgan, has
    said ...': a "he" or "she" of the headline with no one before it is the first person the next paragraphs quote,
    of its gender."""
    for q in out:
        if q.start >= res.headline_end or q.speaker_key is not None \
                or (low := (q.speaker_mention or "").lower()) not in ("he", "she"):
            continue
        gender = pronouns()[low][0]
        first = next((r for r in out if r.start >= res.headline_end and r.paragraph <= q.paragraph + 2
                      and r.speaker_key is not None and res.entities[r.speaker_key].kind == "person"), None)
        if first is not None and _pronoun_fits(res.entities[first.speaker_key], low, gender, first.speaker_start or 0):
            q.speaker_key = first.speaker_key


# the words for a body's head, one office whichever the headline or the lead uses ("OpenAI chief", "OpenAI chief
# executive")
_HEAD_OF_BODY = frozenset(("chief", "boss", "head", "chief executive", "ceo", "chief executive officer", "leader",
                           "chairman", "chairwoman", "chair", "president", "founder"))


def _headline_role_named_in_lead(out: list[Quote], res: Resolver) -> None:
    """'OpenAI chief says company will not chase growth' then 'OpenAI chief executive Sam Altman said ...': a
    headline's source by a body's head (the body's name, then the office) is the one person the next paragraphs quote
    as the head of that body."""
    head = next((q for q in out if q.start < res.headline_end and q.speaker_key is not None), None)
    if head is None or (anon := res.entities[head.speaker_key]).kind != "anonymous" or anon.name[:1].islower() \
            or anon.name.split()[0] in ("The", "A", "An") or not 2 <= len(anon.name.split()) <= 4:
        return
    roles = [r for r in res.introduction(anon)[1] if r.role and r.organization]
    if len(roles) != 1 or roles[0].role.lower() not in _HEAD_OF_BODY:
        return
    body = roles[0].organization
    _to_the_one_holder(out, res, head, anon, 3, lambda r: r.organization == body and (r.role or "").lower() in _HEAD_OF_BODY)


# a country's office: "Kenya's president", "The French president" (the place named before the office)
_OFFICE_OF_PLACE = re.compile(r"(?:(?P<place>[A-Z][\w.-]*)['\u2019]s|[Tt]he\s+(?P<place2>[A-Z][\w.-]*))\s+(?P<office>[a-z]+)")


def _a_place(word: str | None) -> bool:
    """A country, a state or a nationality ("Kenya", "Kenyan", "Florida")."""
    return word is not None and (word.lower() in countries() or word in nationalities() or word in us_states())


_INDEFINITE_SOURCE = re.compile(r"(?:[Aa]n?|[Oo]ne\s+of\s+the|[Oo]ne|[Aa]nother)\s+(?P<words>[^,]+?)(?:\s+(?:who|which|that|whose)\b.*)?$")


_A_PERSONS_STAFF = frozenset("""spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors
    representative lawyer lawyers attorney attorneys manager secretary strategist pollster ally allies friend brother
    sister wife husband son daughter staff staffer supporter supporters chief""".split())


def _bodies_of_roles(out: list[Quote], res: Resolver) -> None:
    """A speaker taken for a person whose name is the organisation of another speaker's role
    ("according to Cal Fire" beside "Cal Fire Capt. Richard Cordova") is that organisation."""
    keys = {q.speaker_key for q in out if q.speaker_key is not None}
    bodies = {r.organization for k in keys if res.entities[k].kind == "person"
              for r in res.introduction(res.entities[k])[1]
              if r.organization and not (r.role and r.role.split()[-1].lower() in _A_PERSONS_STAFF)}
    # (a person's staff name the person, not a body: "Obama spokesman", "Edu's brother and representative")
    if not bodies:
        return
    for k in keys:
        ent = res.entities[k]
        if ent.kind == "person" and ent.name in bodies and not any(t in given_names() for t in ent.tokens[:1]) \
                and not res.surname_of_someone(ent.name):  # (not "Obama" of "Obama spokesman Josh Earnest")
            ent.kind = "organization"


def _firms_by_their_kind(out: list[Quote], res: Resolver) -> None:
    """A speaker taken for a person whose role, given before the name, is a firm's kind ("funded by manufacturer Novo
    Nordisk" before "Novo Nordisk said") is that firm, as "Drugmaker Novo Nordisk said" is."""
    for k in {q.speaker_key for q in out if q.speaker_key is not None}:
        ent = res.entities[k]
        if ent.kind == "person" and ent.tokens and ent.tokens[0] not in given_names() \
                and any(r.role and r.role.lower() in FIRM_KIND_OPENERS for r in res.introduction(ent)[1]):
            ent.kind = "organization"


def _headline_quote_said_again(out: list[Quote], res: Resolver) -> None:
    """'Pop star opens up about burnout: "I couldn't get out of bed"' then, in the story, '...
    told the magazine: "I couldn't get out of bed. ..."': a headline's quotation said again in the
    story is the story's speaker's, whatever the headline calls them (only where the headline gives
    no person by name)."""
    end = res.headline_end
    for q in out:
        if q.start >= end or q.kind != "direct":
            continue
        if q.speaker_key is not None and res.entities[q.speaker_key].kind == "person":
            continue
        words = " ".join(q.text.split()).strip(" .,!?'\"\u2018\u2019\u201c\u201d").lower()
        if len(words.split()) < 3:
            continue
        again = next((b for b in out if b.start >= end and b.kind == "direct" and b.speaker_key is not None
                      and res.entities[b.speaker_key].kind == "person"
                      and words in " ".join(b.text.split()).lower()), None)
        if again is not None:
            q.speaker_key = again.speaker_key


def _the_company_after_its_report(out: list[Quote], res: Resolver) -> None:
    """'Orbitek said it would appeal. "...," the company said': the paragraph's quotations are
    attributed before its reports, so "the company" was resolved before Orbitek was known as one;
    it is the organisation named before it, as "the company said" after the report would be."""
    for q in out:
        if q.speaker_key is None or q.speaker_start is None or res.entities[q.speaker_key].kind != "anonymous" \
                or (q.speaker_mention or "").lower() not in _THE_COMPANY:
            continue
        ent = res.named_organisation(Mention(q.speaker_start, q.speaker_end, q.speaker_mention, "description"))
        if ent is not None and ent.kind == "organization":
            q.speaker_key = ent.key


_THE_COMPANY = frozenset(("the company", "the firm", "the agency"))


def _definite_after_indefinite(out: list[Quote], res: Resolver) -> None:
    """'A senior EU official cautioned that ... "...," the official said.' in one paragraph: the
    paragraph's quotations are attributed before its reports, so "the official" was resolved
    before the official was introduced and stands apart; it is the source introduced just before
    it by an indefinite description with the same head ("one of the diplomats" ... "the
    diplomat"), when the definite one's words are all among the indefinite's."""
    spoke = _quotes_by_speaker(out)
    for key, quotes in spoke.items():
        ent = res.entities[key]
        words = ent.name.split()
        if ent.kind not in ("anonymous", "group") or not 2 <= len(words) <= 4 or words[0] not in ("the", "The") \
                or ent.desc_start is None:
            continue  # ("the people said" after "according to two people familiar with the matter": a group)
        want = [w.lower() for w in words[1:]]
        best = None
        for other in res.entities:
            if other.key == key or other.kind not in ("anonymous", "group") or other.desc_start is None \
                    or not 0 < ent.desc_start - other.desc_start <= 1500:
                continue
            # (a definite group goes back to a counted one, "two people familiar with the matter", typed a group
            # or an anonymous source by the scan; a definite source to an indefinite one)
            counted = ent.kind == "group"
            # the source's own words, or its appositive: "One of the officials, a Western diplomat who ...,"
            # is "the diplomat" later
            appositive = None
            if not counted and other.kind == "anonymous" \
                    and res.masked.startswith(other.name, other.desc_start) \
                    and (am := _APPOSITIVE_SOURCE.match(res.masked, other.desc_start + len(other.name))) is not None:
                appositive = am.group(1)
            for phrase in (other.name, appositive):
                if phrase is None or (m := (_COUNTED_SOURCE if counted else _INDEFINITE_SOURCE).match(phrase)) is None:
                    continue
                raw = m.group("words").split()
                # the head before what it is of: "a staff member of the committee" is no committee ("a
                # Ministry of International Trade and Industry survey" is one name, though)
                cut = next((n for n in range(1, len(raw) - 1) if raw[n] in _HEAD_PREPOSITIONS
                            and not (raw[n - 1][:1].isupper() and raw[n + 1][:1].isupper())
                            or (raw[n].endswith(("ed", "ing")) or raw[n] in _AFTER_HEAD_ADJECTIVES) and raw[n].islower()
                            and raw[n + 1] in _HEAD_PREPOSITIONS),
                           len(raw))  # (and a participle's phrase: "a senior Western diplomat briefed on the talks")
                have = [w.lower() for w in raw[:cut]]
                group = other.kind == "group" and phrase is other.name
                if group and not counted \
                        and not (have and have[-1] == want[-1] + "s" and m.group(0).lower().startswith("one of")):
                    continue
                if group and not counted:
                    have[-1] = want[-1]  # "one of the diplomats" ... "the diplomat"
                if have and have[-1] == want[-1] and set(want) <= set(have) \
                        and (best is None or other.desc_start > best.desc_start):
                    best = other
                    break
        if best is None or any(e.key not in (key, best.key) and e.kind == "anonymous" and e.desc_start is not None
                               and best.desc_start < e.desc_start < ent.desc_start
                               and e.name.lower().split()[-1] == want[-1] for e in res.entities):
            continue  # (another source of that head came between: no telling which)
        for q in quotes:
            q.speaker_key = best.key
    _definite_after_another(out, res)


def _definite_after_another(out: list[Quote], res: Resolver) -> None:
    """'One official said ... Another official described it as "chaotic." "...," the official said.': the
    quotation was attributed before the paragraph's report that introduced the other source, so "the official" went
    to the first; it is the latest source of that head, the other one."""
    for q in out:
        men = q.speaker_mention or ""
        if q.speaker_key is None or q.speaker_start is None or men[:4] not in ("the ", "The ") \
                or not 2 <= len(men.split()) <= 3 or res.entities[q.speaker_key].kind != "anonymous":
            continue
        ent, head = res.entities[q.speaker_key], men.split()[-1].lower()
        later = [o for o in res.entities if o.key in res.others and o.kind == "anonymous" and o.desc_start is not None
                 and (ent.desc_start or 0) < o.desc_start < q.speaker_start and q.speaker_start - o.desc_start <= 1500
                 and o.name.lower().split()[-1] == head]
        if later:
            q.speaker_key = max(later, key=lambda o: o.desc_start).key


# an indefinite appositive after a source's phrase: "One of the officials, a Western diplomat who ..., said"
_APPOSITIVE_SOURCE = re.compile(r",[ \t]+((?:an?|another)[ \t]+[^,;:\x01\n]{2,120}),")
_AFTER_HEAD_ADJECTIVES = frozenset("familiar close knowledgeable aware".split())  # "people familiar with the matter"
_COUNTED_SOURCE = re.compile(r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Mm]ultiple|\d+)\s+(?P<words>[^,]+?)"
                             r"(?:\s+(?:who|which|that|whose)\b.*)?$")  # "two people familiar with the matter"
_SPOKES_HEAD = re.compile(r"spokes(?:man|woman|person)|representative")
_NOT_A_SOURCE_HEAD = frozenset("statement report study survey poll document letter release memo".split())


def _lead_source_named_next(text: str, out: list[Quote], res: Resolver, paras: list[tuple[int, int]]) -> None:
    """A story's lead often describes its source and names them in the next paragraph: 'A Boeing
    quality engineer told a Senate subcommittee that ...' then 'Sam Salehpour, who has worked at
    Boeing for more than a decade, said ...'; 'A senior British official said ...' then 'Paul
    Channon, secretary for trade and industry, said ...'. The indefinite source of the story's first
    reporting paragraph (among its first three) is the person whose name opens the next paragraph
    as its subject, when nobody else is named between, the genders agree, and a spokesman is
    named as one (a minister is no spokesman for the ministry)."""
    first_para = next((q.paragraph for q in out if q.paragraph <= 2 and q.speaker_key is not None
                       and res.entities[q.speaker_key].kind == "anonymous"
                       and _INDEFINITE_SOURCE.match(res.entities[q.speaker_key].name)), None)
    if first_para is None or first_para + 1 >= len(paras):
        return
    lead = [q for q in out if q.paragraph == first_para and q.speaker_key is not None]
    nxt = sorted((q for q in out if q.paragraph == first_para + 1 and q.speaker_key is not None
                  and q.speaker_start is not None), key=lambda q: q.speaker_start)
    if not lead or not nxt:
        return
    anon = res.entities[lead[0].speaker_key]
    person = res.entities[nxt[0].speaker_key]
    ps, at = paras[first_para + 1][0], nxt[0].speaker_start
    m = _INDEFINITE_SOURCE.match(anon.name)
    if anon.kind != "anonymous" or person.kind != "person" or len(person.tokens) < 2 or m is None \
            or not anon.name[:1].isupper() or anon.desc_start is None \
            or any(q.speaker_key not in (anon.key, None) for q in lead) \
            or text[ps:at].strip(" \t\"'\u201c\u2018") and at - ps > 40:
        return  # (the name opens the paragraph, or its first words: "Deputy Foreign Minister Alexander ...")
    words = m.group("words").split()
    cut = next((n for n in range(1, len(words)) if words[n] in _HEAD_PREPOSITIONS), len(words))
    head = words[cut - 1].lower()
    if head in _NOT_A_SOURCE_HEAD or not (person_noun(head) or head.endswith(("man", "woman", "person"))):
        return
    if _SPOKES_HEAD.search(head) and not any(_SPOKES_HEAD.search((r.role or "").lower())
                                              for r in res.introduction(person)[1]):
        return
    if (g := role_gender(anon.name)) is not None and (person.gender or given_names().get(person.tokens[0])) not in (None, g):
        return
    if _UNNAMED_ON_PURPOSE.search(text, *paras[first_para]):
        return  # "The official spoke on condition of anonymity": the source is unnamed on purpose
    if not anon.desc_start < at <= anon.desc_start + 1500 or res.masked.find(person.name, anon.desc_start) < 0 \
            or any(anon.desc_start < p < at and not set(name_tokens(n)) <= set(person.tokens)
                   and name_tokens(n)[:1] and name_tokens(n)[0] in given_names() for p, n in res.full_names):
        return  # (nobody else named in full between)
    _reattribute(out, anon.key, person.key)


# a source unnamed on purpose: "spoke on condition of anonymity", "who asked not to be named"
_UNNAMED_ON_PURPOSE = re.compile(r"\banonymity\b|\b(?:not|declined\s+to\s+be)\s+(?:be\s+)?(?:named|identified)\b"
                                 r"|\bnot\s+authori[sz]ed\s+to\b")


# a source in a story's lead by the role an owner gives: "its headteacher", "the company's chief executive"
_OWNED_ROLE = re.compile(r"(?:[Ii]ts|[Tt]heir|[Tt]he\s+[a-z]+(?:'s|\u2019s|s'|s\u2019))\s+(?P<role>(?:[a-z-]+\s+){0,2}[a-z-]+)")


def _lead_role_named_later(text: str, out: list[Quote], res: Resolver) -> None:
    """'A secondary school that banned mobile phones ... has seen a dramatic improvement in behaviour, its headteacher
    has said.' then '"...," said headteacher Daniel Moss.': a source the lead describes by the role its owner gives
    (the story's first reporting paragraph, among its first three) is the one person the story names with a role of
    that head, when nobody else of that role is named."""
    if (lead := _lead_anonymous(out, res, res.headline_end)) is None \
            or (m := _OWNED_ROLE.fullmatch((anon := lead[1]).name)) is None:
        return  # (after the headline's aside)
    first = lead[0]
    head = m.group("role").split()[-1].lower()
    if not is_role_like(head) or head in _NOT_A_SOURCE_HEAD:
        return
    people = [e for e in res.entities if e.kind == "person" and len(e.tokens) >= 2 and e.last > first.start
              and any(r.role and r.role.split()[-1].lower() == head for r in res.introduction(e)[1])]
    if not people and (ent := _bare_name_opening_next(text, out, res, first)) is not None:
        people = [ent]  # '..., its chief executive has said.' then "Michael O'Leary told the BBC ...": the bare name
        # opening the next paragraph's report, no role of its own
    if len(people) == 1:
        _reattribute(out, anon.key, people[0].key)


def _lead_body_named_next(text: str, out: list[Quote], res: Resolver, paras: list[tuple[int, int]]) -> None:
    """'Water bills will rise ..., the industry regulator has said.' then 'Ofwat said the increases ...': a body
    described in the lead by a definite noun for one (the story's first reporting paragraph, among its first
    three) is the organisation that opens the next paragraph as the subject of its report."""
    if (lead := _lead_anonymous(out, res)) is None:
        return
    first, anon = lead
    if first.paragraph + 1 >= len(paras) or not anon.name.lower().startswith("the ") or len(anon.name.split()) > 6 \
            or not org_description_head(anon.name):  # (up to "the country's top auto safety regulator")
        return
    nxt = sorted((q for q in out if q.paragraph == first.paragraph + 1 and q.speaker_key is not None
                  and q.speaker_start is not None), key=lambda q: q.speaker_start)
    if not nxt or res.entities[nxt[0].speaker_key].kind != "organization" \
            or text[paras[first.paragraph + 1][0]:nxt[0].speaker_start].strip(" \t\"'\u201c\u2018"):
        return  # (the body's name opens the next paragraph)
    _reattribute(out, anon.key, nxt[0].speaker_key)


# words that make a role another office than its head alone ("the foreign secretary" is not the shadow one)
_OTHER_OFFICE = frozenset("shadow deputy vice assistant associate junior under acting interim".split())


def _named_before(out: list[Quote], res: Resolver, paras: list[tuple[int, int]]) -> None:
    """An office that speaks right after one person was named is that person, named earlier
    without the title: 'Mr Brown said ... he told MPs.' then 'The chancellor said ...';
    'Glantz said ...' then '"...," the analyst told Reuters.' (the resolver links an office
    only to a name given with that title). Only a definite office of few words ("the
    chancellor", "the Florida senator"; not "a minister": someone else) from the office
    lexicon, whose words name no one else (not a spokesman, a judge, a prosecutor: they are
    mostly another person), when the person is the one speaker of that paragraph and the one
    before and nobody else is named there, and when a role the article gives the person, if
    any, has the same head ("the governor" is not a senator)."""
    spoke = _quotes_by_speaker(out)
    starts = [s for s, _ in paras]
    for key, quotes in spoke.items():
        ent = res.entities[key]
        words = _definite_role(ent)
        position = len(words) >= 2 and words[-1].lower() in positions()  # "the defender added"
        if not (2 <= len(words) <= 3 or len(words) == 4 and words[1][:1].isupper() and words[2][:1].isupper()) \
                or words[-1].lower() not in offices() and not position:  # (and a place of two words: "the Greater
            # Manchester mayor")
            continue
        # (and the paragraph before; a player only in the same paragraph: match reports quote many)
        lo = starts[max(0, bisect_right(starts, ent.desc_start) - (1 if position else 2))]
        people = {q.speaker_key for q in out if q.speaker_key is not None and q.speaker_start is not None
                  and lo <= q.speaker_start < ent.desc_start and res.entities[q.speaker_key].kind == "person"}
        if len(people) != 1:
            continue
        (pk,) = people
        holder = res.entities[pk]
        if holder.name.lower() in countries():
            continue  # (a country taken for a person: "Ivory Coast today predicted")
        mine = set(holder.tokens)
        others = {t for e in res.entities if e.kind == "person" and e.key != pk for t in e.tokens[-1:]}
        if any(lo <= p < ent.desc_start and not set(name_tokens(n)) & mine for p, n in res.full_names) \
                or any(not set(toks := name_tokens(n)) & mine and (person_like_name(n.split()) or set(toks) & others)
                       for n in res.subjects_between(lo, ent.desc_start)):
            continue  # someone else named there too ("Obama defended ... the president")
        roles = [r.role.lower().split() for r in res.introduction(holder)[1] if r.role]
        heads = {r[-1] for r in roles}
        if heads and words[-1].lower() not in heads and not (position and heads <= positions() | PLAYER_ROLES):
            continue  # (but "captain Danny Cole" may be "the defender")
        said = {w.lower() for w in words}
        if any(r[-1] == words[-1].lower() for r in roles) \
                and all(set(r[:-1]) & _OTHER_OFFICE - said for r in roles if r[-1] == words[-1].lower()):
            continue  # "Shadow foreign secretary Michael Ancram" is not "the Foreign Secretary"
        if holder.gender and any((g := pronouns().get((q.speaker_mention or "").lower(), (None, None))[0]) in ("male", "female")
                                 and g != holder.gender for q in quotes):
            continue  # "Mrs Badenoch told MPs ... The prime minister hit back ... He told the Commons": not hers
        for q in quotes:
            q.speaker_key = pk
        res.called(holder, ent.desc_start, ent.desc_end)  # (the office is hers: "the chancellor")


_DOCUMENT_HEAD = re.compile(r"\b(?:" + "|".join(DOCUMENT_WORDS) + r"|newsletter|newspaper|radio|television|agency)$")


_INITIALS_WORD = re.compile(r"\b[A-Z]{2,6}\b")  # (a body named since by its initials: "The ODPM attributed ...")


def _it_after_a_body_in_its_paragraph(text: str, out: list[Quote], res: Resolver) -> None:
    """An "it" that speaks after another organisation spoke earlier in its paragraph is that
    organisation ('Allianz, a leading German insurer, said it did not know ... However, it said the
    tidal waves were unlikely to have a "significant" impact'): the quotations of a paragraph are
    attributed before its reports, so the "it" had gone to a body named paragraphs before."""
    for q in out:
        if q.speaker_mention not in ("it", "It") or q.speaker_key is None or q.speaker_start is None \
                or res.entities[q.speaker_key].kind != "organization":
            continue
        before = [p for p in out if p.paragraph == q.paragraph and p.speaker_key is not None
                  and p.speaker_key != q.speaker_key and p.speaker_start is not None and p.cue_start is not None
                  and p.speaker_start < q.speaker_start and p.cue_start < q.speaker_start
                  and p.speaker_mention and p.speaker_mention.lower() not in pronouns()
                  and res.entities[p.speaker_key].kind == "organization"]
        if not before:
            continue
        p = max(before, key=lambda r: r.speaker_start)
        ent = res.entities[q.speaker_key]
        if any(r.speaker_key == q.speaker_key and r.speaker_start is not None
               and p.speaker_start < r.speaker_start < q.speaker_start for r in out) \
                or ent.name in text[p.speaker_start:q.speaker_start] \
                or any(same_body_by_initials(a, ent.name)
                       for a in _INITIALS_WORD.findall(text, p.speaker_start, q.speaker_start)) \
                or same_body_by_initials(ent.name, res.entities[p.speaker_key].name) \
                or government_place(res.entities[p.speaker_key].tokens, res.entities[p.speaker_key].name):
            continue  # (the body "it" went to spoke or was named since, or is the one named again by its
            # initials: "the Securities and Exchange Commission ... the SEC said")
        q.speaker_key = p.speaker_key


def _fill_pronoun_speakers(text: str, out: list[Quote], res: Resolver) -> None:
    """A "he", "she", "it" or "they" left unresolved is the most recent compatible speaker before it: the
    quotations of a paragraph are attributed before its reports, so 'A Cyclops spokeswoman said
    the company had no details. "We have nothing in hand," she said.' found no one at first."""
    named = sorted((q.speaker_start, q.speaker_key) for q in out
                   if q.speaker_key is not None and q.speaker_start is not None)
    if not named:
        return
    for q in out:
        if q.speaker_key is not None or q.speaker_start is None or not q.speaker_mention:
            continue
        low = q.speaker_mention.lower()
        gender, kind = pronouns().get(low, (None, None))
        if not (kind == "person" and gender in ("male", "female") or low in ("it", "they")):
            continue
        said = _names_in(text, q.fragments or [(q.start, q.end)])
        i = bisect_right(named, (q.speaker_start,)) - 1
        while i >= 0 and q.speaker_start - named[i][0] <= _PRONOUN_REACH:
            ent = res.entities[named[i][1]]
            fits = _pronoun_fits(ent, low, gender)
            if fits and not named_in(ent.tokens, said):
                q.speaker_key = ent.key
                q.confidence = round(max(0.05, q.confidence - 0.1), 2)
                break
            i -= 1


def _pronoun_fits(ent, low: str, gender: str | None, at: int | None = None) -> bool:
    """May the pronoun ``low`` ("he", "she", "it", "they"; ``gender`` its gender; at ``at``) stand for ``ent``?
    (A gender only a later pronoun gave the entity does not count.)"""
    if low == "it":
        return ent.kind == "organization" and not government_place(ent.tokens, ent.name) \
            or ent.kind == "anonymous" and (org_description(ent.name) or org_description_head(ent.name)
                                            or ent.name.rsplit(None, 1)[-1].lower() in _FIRM_PARTS
                                            or _DOCUMENT_HEAD.search(ent.name.split(",")[0].lower()))
        # ("It said": the firm that spoke, or its "subsidiary", or the document: "..., an official
        # statement said.¶It said the support price ...")
    if low == "they":  # "The companies said ... They also said"
        return ent.kind == "group" or " and " in ent.name \
            or ent.kind == "anonymous" and _PLURAL_END.search(ent.name) is not None \
            and not ONE_OF.match(ent.name)
    known = ent.gender if at is None or ent.gender_at < at else None
    return ent.kind in ("person", "anonymous") and (known or role_gender(ent.name)) in (None, gender) \
        and not (ent.kind == "anonymous" and (org_description(ent.name) or evidence_head(ent.name)
                                              or _PLURAL_END.search(ent.name) and not ONE_OF.match(ent.name)
                                              or plural_people(ent.name)  # ("Some staunch defenders of globalization")
                                              or not_a_he(ent.name)))  # ("one of the workers": one)


_NOTHING_BETWEEN = re.compile(r"[\s.,;:!?'\"\u2018\u2019\u201c\u201d\u00ab\u00bb)]*")


def _pronoun_after_report(text: str, out: list[Quote], res: Resolver) -> None:
    """'One intensive care nurse, who did not want to give her name, said staff were leaving. "We can't keep going
    like this," she said.': the quotations of a paragraph are attributed before its reports, so the pronoun took
    whoever spoke before the paragraph; the report right before it in its paragraph, of a speaker the pronoun
    fits, is whose it is (no other speaker's quotation between them)."""
    for n, q in enumerate(out):
        if q.kind != "direct" or q.speaker_start is None or q.speaker_start < q.start \
                or (low := (q.speaker_mention or "").lower()) not in ("he", "she", "they"):
            continue  # (only a pronoun after its quotation: '"...," she said')
        report = None
        for r in reversed(out[:n]):
            if r.paragraph != q.paragraph:
                break
            if r.kind in ("indirect", "mixed") and r.end <= q.start and r.speaker_key is not None \
                    and r.speaker_start is not None and r.speaker_start < r.start \
                    and (r.speaker_mention or "").lower() not in pronouns() and _NOTHING_BETWEEN.fullmatch(text, r.end, q.start):
                report = r  # (a report after its speaker, "X said A", by name or description, the quotation next)
            break
        if report is None or report.speaker_key == q.speaker_key:
            continue
        gender, _kind = pronouns().get(low, (None, None))
        ent = res.entities[report.speaker_key]
        if ent.kind in ("anonymous", "person") and (ent.name.lower().startswith("the ")
                                                    or (report.speaker_mention or "").lower().startswith("the ")):
            continue  # "The Tory spokesman also criticised ...": mostly the person quoted before, by an epithet
        if ent.description and ent.description.rsplit(None, 1)[-1].lower() in _FIRM_PARTS:
            continue  # "The group's oldest subsidiary, Agip Carbone, said": a body, whatever its kind was taken for
        if _pronoun_fits(ent, low, gender, q.speaker_start) \
                and not named_in(ent.tokens, _names_in(text, q.fragments or [(q.start, q.end)])):
            old = q.speaker_key
            for other in out[n:]:  # (and the quotation's second part: '"...," she said. "..."')
                if other.speaker_start == q.speaker_start and other.speaker_key == old:
                    other.speaker_key = ent.key


# a person introduced mid-sentence: the name, then what the person is or does ("Margaret Dunn, who uses the ferry,",
# "Tom Reyes, 52,", "Ann Cole, a nurse,")
_INTRODUCED = re.compile(r",[ \t]+(?:who|whose|an?|the|\d{1,3}[ \t]*,)\b")
# "He" or "She" opening a sentence
_PRONOUN_OPENS = {low: re.compile(r"(?:^|[.!?][\"'\u201d\u2019]?[ \t]+)" + low.capitalize() + r"\b") for low in ("he", "she")}


def _pronoun_after_introduction(text: str, out: list[Quote], res: Resolver) -> None:
    """'For regulars like Margaret Dunn, who uses the ferry to visit her sister, the news has come as a shock. "I
    don't know what I'll do," she says.': a "he" or "she" after its quotation whose paragraph introduces, before the
    quotation, one person of its gender named in full (with what the person is or does), whatever the name's part in
    its sentence, is that person, not the speaker of an earlier paragraph whom this one does not name."""
    for q in out:
        if q.kind != "direct" or q.speaker_key is None or q.speaker_start is None or q.speaker_start < q.start \
                or (low := (q.speaker_mention or "").lower()) not in ("he", "she"):
            continue
        ps = text.rfind("\n", 0, q.start) + 1
        ent = res.entities[q.speaker_key]
        before = text[ps:q.start]
        if ent.kind != "person" or ent.desc_start is not None and ps <= ent.desc_start \
                or any(t in before.lower() for t in ent.tokens[-1:]) \
                or _PRONOUN_OPENS[low].search(before):
            continue  # (the speaker found is named in this paragraph, or its subject already: "He sees Owen as the
            # ideal replacement for Alan Shearer, who is due to retire ... '...,' he said")
        found = res.named_object_before(q.start, pronouns()[low][0], this_paragraph=True)
        if found is None or found.key == ent.key or found.name not in text[ps:q.start]:
            continue
        at = text.rfind(found.name, ps, q.start) + len(found.name)
        if _INTRODUCED.match(text, at) is None:
            continue
        for other in out:  # (and the quotation's second part: '"...," she said. "..."')
            if other.speaker_start == q.speaker_start and other.speaker_key == q.speaker_key and other is not q:
                other.speaker_key = found.key
        q.speaker_key = found.key


def _named_object_speakers(out: list[Quote], res: Resolver) -> None:
    """A "he" or "she" still of no speaker after that: the one person of its gender named in full in
    its paragraph or the one before, whatever the name's part in its sentence ("Following the
    comments by acting Opec secretary general Adnan Shihab-Eldin, crude fell. He said ...")."""
    for q in out:
        if q.speaker_key is not None or q.speaker_start is None or not q.speaker_mention:
            continue
        gender, kind = pronouns().get(q.speaker_mention.lower(), (None, None))
        if kind == "person" and gender in ("male", "female") \
                and (ent := res.named_object_before(q.speaker_start, gender)) is not None:
            q.speaker_key = ent.key
            q.confidence = round(max(0.05, q.confidence - 0.15), 2)


# the words before a report's attribution in the middle of its sentence are a piece of the
# report, as the words before '"A," he said, "B."' are a piece of the quotation
_FRONT_GAP_BODY = r"(?:[a-z]+ly[ \t]*)?,[ \t]*(?:that[ \t]+)?[\"'\u201c\u2018]*[ \t]*$"
_FRONT_GAP = re.compile(r"[ \t]*" + _FRONT_GAP_BODY)
_FRONT_GAP_TOLD = re.compile(r"[ \t]*(?:" + TOLD_OBJECT.format(sp=r"[ \t]") + r"[ \t]*)?" + _FRONT_GAP_BODY)
# words that link a report to what went before, or a question put to the speaker: no piece of the report
_FRONT_ONLY_LINK = re.compile(
    r"(?:even[ \t]+)?(?:but|and|or|nor|so|yet|still|now|then|also|too|however|instead|meanwhile|indeed|moreover|besides|plus|"
    r"rather|otherwise|thus|anyway|again|today|tonight|yesterday|first|second|third|finally|ultimately|overall|"
    r"of course|in fact|in short|in addition|in turn|in particular|in general|in other words|for example|for instance|"
    r"at least|at first|after all|above all|by contrast|in contrast|on the other hand|as a result|if so|if not|"
    r"in the end|at the same time|that|this|it|[a-z]+ly)(?:[ \t]+(?:now|then|too|though|also))?", re.I)
# a time only ("Six months ago", "In February") says when, and a word that needs more after it
# ("after", "including") ends no piece
_FRONT_TIME = re.compile(r"(?:(?:later|earlier)\s+)?(?:(?:in|on|at|by|since|until|for|over|during)\s+)?(?:(?:the|this|that|last|next|early|late|every|each|"
                         r"mid|more|less|than|about|almost|nearly|a|an|few|several|one|two|three|four|five|six|seven|"
                         r"eight|nine|ten|\d[\d,]*+|couple|of|" + DAYS + r"|january|february|march|april|may|june|july|"
                         r"august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|\.)\s*)*"
                         r"(?:(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times?|weekend|morning|"
                         r"afternoon|evening|night|spring|summer|fall|autumn|winter|january|february|march|april|may|"
                         r"june|july|august|september|october|november|december|\d{4}s?|" + DAYS + r")\s*)+"
                         r"(?:ago|later|earlier|before|after|since)?", re.I)
_FRONT_OPEN_END = re.compile(r"\b(?:after|before|because|that|if|when|as|including|and|or|but|of|to|for|with|the|a|an|"
                             r"than|while|since|until|whether|which|who|whom|whose)$", re.I)
_FRONT_LAST_CLAUSE = re.compile(r",\s+(?:but|and|yet|so|because|while|although|though)\s+(?=\S)")
_FRONT_NOT = re.compile(r"(?:(?:but|and|so|yet),?\s+)?(?:when\s+|while\s+|after\s+|before\s+)?(?:during|asked|pressed|"
                        r"speaking|writing|responding|replying|interviewed|reached|contacted|questioned)\b", re.I)
_FRONT_OCCASION = re.compile(r"(?:in|at|on|during|via|through|after|before)\s+(?:\S+\s+){0,5}?(?:" + "|".join(
    sorted(OCCASION_NOUNS | {"Twitter", "Facebook", "Instagram", "podcast", "program", "show", "appearance"})) + r")\b",
    re.I)


def _front_pieces(text: str, masked: str, sents, out: list[Quote], first: int) -> list[Quote]:
    """'In his state, Christie said, offenders are sent to treatment' and 'If Clinton is
    elected, he said, "she might ..."': the report's first piece, before the attribution,
    with the same speaker and cue (its second piece is the quote found after it)."""
    pieces = []
    for q in out[first:]:
        if q.cue_start is None or q.speaker_start is None or q.content_start <= q.cue_start \
                or (q.cue or "").lower() == WORDS_OF \
                or "," not in text[max(q.cue_end, q.speaker_end) : q.content_start]:
            continue
        a = min(q.cue_start, q.speaker_start)
        z = max(q.cue_end, q.speaker_end)
        gap = _FRONT_GAP_TOLD if q.cue in ("told", "tells") else _FRONT_GAP
        if not gap.match(text[z : q.content_start]) or z - a > 80 or "," in masked[a:z] \
                or len(WORDS.findall(masked, min(q.cue_end, q.speaker_end), max(q.cue_start, q.speaker_start))) > 1 \
                or (q.speaker_mention or "").lower() in RELATIVE:
            continue  # only "X said" or "said X", maybe with one adverb, and never "which notes"
        if q.kind == "direct" and not text[q.start : q.start + 1].islower():
            continue  # 'In a statement, the spokesman said, "We ...': a quotation of its own, said on an occasion
        k = _find_sentence(sents, a)
        if k is None:
            continue
        ss = sents[k][0]
        fe = a
        while fe > ss and text[fe - 1] in " \t":
            fe -= 1
        if fe <= ss or text[fe - 1] != ",":
            continue
        fe -= 1
        fs = ss
        while fs < fe and text[fs] in " \t\n\u00a0":
            fs += 1
        if (lc := LEAD_CONJUNCTION.match(text, fs, fe)) is not None:
            fs = lc.end()
        for lc in _FRONT_LAST_CLAUSE.finditer(text, fs, fe):
            fs = lc.end()  # "China resisted such agreements, but the pollution had become so bad, he noted, that"
        if fe <= fs or MASK in masked[fs:fe] or _FRONT_ONLY_LINK.fullmatch(text, fs, fe) or _FRONT_NOT.match(text, fs, fe) \
                or _FRONT_OCCASION.match(text, fs, fe) or _FRONT_TIME.fullmatch(text, fs, fe) \
                or _FRONT_OPEN_END.search(text, fs, fe) or len(WORDS.findall(text, fs, fe)) > 40 or "\n" in text[fs:fe]:
            continue
        if (lw := prev_word(masked, fs, fe)) is not None and lw[1] in cues().indirect and not (
                (pw := prev_word(masked, fs, lw[0])) is not None and pw[1].lower() in NOT_BEFORE_VERB):
            continue  # "Politico reported, according to sources, ...": a report of its own
        if any(o.content_start < fe and fs < o.content_end for o in out) or any(
                o.start < fe and fs < o.end for o in pieces):
            continue
        pieces.append(Quote(
            start=fs, end=fe, text=text[fs:fe], kind="indirect", content_start=fs, content_end=fe,
            speaker_start=q.speaker_start, speaker_end=q.speaker_end, speaker_mention=q.speaker_mention,
            cue=q.cue, cue_start=q.cue_start, cue_end=q.cue_end, confidence=0.5, paragraph=q.paragraph,
            speaker_key=q.speaker_key))
    return pieces


def _trim_space(text: str, q: Quote) -> None:
    """No white space of any kind (a no-break space after a full stop) at a span's edges; and a mixed or
    reported span that opens or closes on a quotation written ''...'' holds both apostrophes there."""
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if q.kind != "direct" and s >= 1 and text.startswith("''", s - 1) and (s == 1 or not text[s - 2].isalnum()):
        s -= 1  # a clause opening on a quotation written ''...'': its mark's first apostrophe too (the
        # masked text blanks it)
    if q.kind != "direct" and e < len(text) and text[e - 1] == "'" and text[e] == "'" \
            and (e + 1 == len(text) or not text[e + 1].isalnum()):
        e += 1  # (and one closing on it: its mark's second apostrophe)
    if (s, e) != (q.start, q.end) and e > s:
        same = (q.content_start, q.content_end) == (q.start, q.end)
        q.start, q.end, q.text = s, e, text[s:e]
        if same:
            q.content_start, q.content_end = s, e


# "WALLACE: Will she be there?" / "PENCE: She will not." -- a turn opens its paragraph
# (after an excerpt's stray mark) with an upper-case label and a colon
_TURN = re.compile(r"[\"\u201c]?[ \t]*(?P<label>[A-Z][A-Z'\u2019.-]+(?:[ \t][A-Z][A-Z'\u2019.-]+){0,2}):[ \t\u00a0]+(?=\S)")
_EDITORIAL = frozenset(
    "CORRECTION CORRECTIONS CLARIFICATION UPDATE UPDATED BYLINE EMAIL PREVIOUSLY EXCLUSIVE BREAKING "
    "DEVELOPING WATCH LOOK LISTEN READ RELATED VIDEO PHOTO PHOTOS NOTE SOURCE SOURCES BOOM BUSTED ALERT "
    "WOW PREVIEW TRANSCRIPT".split())
_ASIDE_ONLY = re.compile(r"[\"\u201c]?\s*[(\[][^()\[\]]*[)\]]\W*$")


def _transcript_turns(text: str, paras, res: "Resolver") -> dict[int, tuple | None]:
    """Paragraphs of an interview transcript, mapped as ``_turn_map`` does. A transcript has at least two turns by two different
    speakers. Labels taking turns (one of them at least twice) are a dialogue; otherwise a
    label is a speaker only when the article names that person (``PENCE`` after ``Mike
    Pence``) or when it looks like a full name (``JAKE TAPPER``). Editorial labels
    (``CORRECTION:``) never are. Paragraphs between two turns continue the turn before them."""
    if text.count(":") < 2:
        return {}  # two labelled turns at least, each with its colon
    found = []
    for pi, (ps, pe) in enumerate(paras):
        m = _TURN.match(text, ps, pe)
        if m and not any(w.strip(".") in _EDITORIAL for w in m.group("label").split()):
            found.append((pi, m))
    if len(found) < 2:
        return {}
    labels = {m.group("label") for _, m in found}
    single = {lb for lb in labels if " " not in lb and "\t" not in lb}
    surnames = {name_tokens(fn)[-1] for _, fn in res.full_names if name_tokens(fn)}
    ts, given = titles(), given_names()

    def speaker_like(label: str) -> bool:
        words = label.split()
        if len(words) == 1:
            return label.lower() in surnames or any(
                lb.split()[-1] == label for lb in labels if len(lb.split()) > 1)
        first = words[0].title()
        return (words[-1] in single or label.title() in text or first.lower() in given
                or first in ts or first.rstrip(".") in ts)

    # a dialogue (two speakers taking turns, one of them at least twice) is evidence
    # enough; otherwise each label must look like a person the article names
    counts = Counter(m.group("label").split()[-1] for _, m in found)
    dialogue = len(counts) >= 2 and max(counts.values()) >= 2
    turns = found if dialogue else [(pi, m) for pi, m in found if speaker_like(m.group("label"))]
    if len(turns) < 2 or len({m.group("label").split()[-1] for _, m in turns}) < 2:
        return {}
    return _turn_map(text, paras, turns, None)


def _turn_map(text: str, paras, turns, who: str | None, skip: str | None = None) -> dict[int, tuple | None]:
    """Paragraph index -> (label start, label end, content start, content end, who) for each
    turn and the paragraphs between it and the next turn (they continue it); None for a turn
    whose label is ``skip`` (an interview's questions)."""
    out: dict[int, tuple | None] = {}
    for n, (pi, m) in enumerate(turns):
        if m.group("label") == skip:
            out[pi] = None
            continue
        ls, le = m.start("label"), m.end("label")
        out[pi] = (ls, le, m.end(), paras[pi][1], who)
        nxt = turns[n + 1][0] if n + 1 < len(turns) else pi + 1  # the last turn: its own paragraph
        for pj in range(pi + 1, nxt):
            cs, ce = paras[pj]
            if _ASIDE_ONLY.match(text, cs, ce):
                continue  # "(CROSSTALK.)"
            if text[cs] in "\"\u201c":
                cs += 1
            if WORDS.search(text, cs, ce):
                out[pj] = (ls, le, cs, ce, who)
    return out


_QA = re.compile(r"[\"\u201c]?[ \t]*(?P<label>[QA]):[ \t\u00a0]+(?=\S)")
# an answer labelled by the interviewee's name instead of "A": "Okafor: ...", "Dr. Okafor: ..."
_NAMED_ANSWER = re.compile(r"[\"\u201c]?[ \t]*(?P<label>(?:[A-Z][\w'\u2019.-]*[ \t]+){0,2}[A-Z][\w'\u2019-]*):[ \t\u00a0]+(?=\S)")


def _interview_answers(text: str, paras, res: "Resolver") -> dict[int, tuple | None]:
    """A question-and-answer interview ("Q: ..." / "A: ..." paragraphs, two of each at least),
    mapped as ``_turn_map`` does: each answer and the paragraphs continuing it are the
    interviewee's, the first person the article names before the first question (not the
    writer of a byline); questions map to None. An answer may be labelled by the
    interviewee's surname or name instead of "A" ("Okafor: ...")."""
    if text.count(":") < 2:
        return {}  # "Q:" and "A:" once each at least
    found = [(pi, m) for pi, (ps, pe) in enumerate(paras) if (m := _QA.match(text, ps, pe))]
    first_q = next((paras[pi][0] for pi, m in found if m.group("label") == "Q"), None)
    if first_q is None:
        return {}
    # two questions at least, or one when the article says before it that it is an interview ("We spoke to
    # Dr. Okafor about her book.\n\nQ: ...\n\nA: ...")
    questions = sum(m.group("label") == "Q" for _, m in found)
    single = questions == 1 and _INTERVIEW_SAID.search(text, 0, first_q) is not None
    if questions < 2 and not single:
        return {}
    who = next((fn for pos, fn in res.full_names if pos < first_q and not res.on_credit_line(pos)), None)
    if who is None:
        return {}
    surname = name_tokens(who)[-1:] or [who]
    qa = {pi for pi, _ in found}
    for pi, (ps, pe) in enumerate(paras):
        if ps > first_q and pi not in qa and (m := _NAMED_ANSWER.match(text, ps, pe)) is not None \
                and name_tokens(m.group("label"))[-1:] == surname:
            found.append((pi, m))  # (the label is the interviewee, read as "A")
    found.sort(key=lambda f: f[0])
    if sum(m.group("label") != "Q" for _, m in found) < (1 if single else 2):
        return {}
    return _turn_map(text, paras, found, who, skip="Q")


# a question in bold on a paragraph of its own: "**What is your first priority?**"
_BOLD_QUESTION = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n]{3,300}\?[ \t]*(?:\*\*|__)[ \t]*")


def _bold_question_answers(text: str, paras, res: "Resolver") -> dict[int, tuple | None]:
    """An interview written as questions in bold, each answered by the plain paragraphs after
    it (two questions at least), mapped as ``_turn_map`` does: the answers are the
    interviewee's, the first person named before the first question (not on a byline), with
    that name as the speaker's mention; the questions map to None."""
    if text.count("?**") + text.count("?__") < 2:
        return {}
    qs = [pi for pi, (ps, pe) in enumerate(paras) if _BOLD_QUESTION.fullmatch(text, ps, pe)]
    return _answers_to(text, paras, res, qs, lambda cs, ce: _BOLD_QUESTION.fullmatch(text, cs, ce) is not None)


# a question on a paragraph of its own, plain: one sentence of up to 40 words (perhaps after one statement), no
# quotation marks
_PLAIN_QUESTION = re.compile(r"[ \t]*[A-Z][^\n\"\u201c\u201d.!?]{2,300}(?:\.[ \t]+[A-Z][^\n\"\u201c\u201d.!?]{0,200})?\?[ \t]*")
# (a statement put first, then the question: "You've said you find fame uncomfortable. Why?")
# an article that says it is an interview, before its first question: "Q&A: ...", "We spoke to him about ..."
_INTERVIEW_SAID = re.compile(r"\bQ\s*&\s*A\b|\b[Ii]nterview(?:ed)?\b|\b(?:spoke|talked)\s+(?:to|with)\b")
# an editor's note closing an interview: no answer
_INTERVIEW_NOTE = re.compile(r"[ \t]*(?:This|The)\s+interview\s+(?:has\s+been|was)\s+(?:edited|condensed)", re.I)


def _plain_question_answers(text: str, paras, res: "Resolver") -> dict[int, tuple | None]:
    """An interview written as plain questions, each a paragraph of its own answered by the
    paragraphs after it (three questions at least), when the article says before them that it
    is an interview ("Q&A: ...", "We spoke to him about ..."): read as the bold questions are.
    An editor's note at the end ("This interview has been edited ...") is no answer."""
    if text.count("?") < 3:
        return {}
    qs = [pi for pi, (ps, pe) in enumerate(paras) if _PLAIN_QUESTION.fullmatch(text, ps, pe)
          and len(WORDS.findall(text, ps, pe)) <= 40]
    if len(qs) < 3 or not _INTERVIEW_SAID.search(text, 0, paras[qs[0]][0]) \
            or any(b - a == 1 for a, b in zip(qs, qs[1:])):  # (a list of questions asked, no answers between)
        return {}
    return _answers_to(text, paras, res, qs, lambda cs, ce: _INTERVIEW_NOTE.match(text, cs, ce) is not None)


_QUOTED_ANSWER = re.compile(r"[ \t]*[\"\u201c]")
_QUOTATION_ALONE = re.compile(r"[ \t]*[\"\u201c]([^\"\u201c\u201d\n]+)[\"\u201d][ \t]*")


def _answers_to(text: str, paras, res: "Resolver", qs: list[int], skip) -> dict[int, tuple | None]:
    """The paragraphs after each question paragraph in ``qs`` up to the next, as the answers of
    the first person named before the first question (not on a byline); ``skip(start, end)``:
    a paragraph that is no answer."""
    if len(qs) < 2:
        return {}
    first_q = paras[qs[0]][0]
    named = next(((pos, fn) for pos, fn in res.full_names if pos < first_q and not res.on_credit_line(pos)), None)
    if named is None:
        return {}
    pos, who = named
    ls, le = pos, pos + len(who)
    surname = re.compile(r"\b" + re.escape(who.split()[-1]) + r"\b")
    firsts = [paras[qi + 1] for qi in qs if qi + 1 < len(paras)]
    quoted = bool(firsts) and sum(_QUOTED_ANSWER.match(text, *p) is not None for p in firsts) * 2 >= len(firsts)
    # (the answers in quotation marks, with the writer's words around them: '"Oranges," he says.' is read
    # as any article's quotations, and only an answer that is a quotation alone is the interviewee's)
    out: dict[int, tuple | None] = {}
    for n, qi in enumerate(qs):
        mark = text.rfind("?", *paras[qi])  # the question answered stands for the cue
        if quoted:
            if qi + 1 < len(paras) and (qm := _QUOTATION_ALONE.fullmatch(text, *paras[qi + 1])) is not None:
                out[qi + 1] = (ls, le, qm.start(1), qm.end(1), who, mark)
            continue
        out[qi] = None
        nxt = qs[n + 1] if n + 1 < len(qs) else len(paras)
        for pj in range(qi + 1, nxt):
            cs, ce = paras[pj]
            if skip(cs, ce) or not WORDS.search(text, cs, ce):
                continue
            if n == len(qs) - 1 and pj > qi + 1 and surname.search(text, cs, ce):
                break  # "Murphy's next film ... is released in November.": the writer's again, after the last answer
            out[pj] = (ls, le, cs, ce, who, mark)
    return out if any(v is not None for v in out.values()) else {}


# a headline or summary line that names who says it: "Trump: My immigration plans aren't set in stone",
# "NY Post: Megyn Kelly Is No Different Than Kim Kardashian"
_HEADLINE_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}(?:[ \t]+(?:poll|report|survey|study))?)"
    r":[ \t\u00a0]+(?=[\w\u2018\u201c'\"\x01])")  # (and "IG report:", "CNN poll:"; a mark masked)
_NOT_HEADLINE_LABEL = frozenset(
    "the latest note update updates guide result results case related read watch video photo photos source "
    "sources daily q a transcript exclusive breaking live editor editor's editor\u2019s delegate credit "
    "caption image getty tags topics posted published filed share advertisement warning rating bottom line "
    "summary abstract background quote key takeaway takeaways tip tips pro con question answer "
    # a story's kind, not its speaker: "Interview: 'I never planned to be a chef'"
    "interview analysis opinion comment review podcast explainer profile obituary letters editorial feature "
    "column factcheck fact-check verdict recap exclusive "
    # a paper's section or a sport: "Marathon: Kiprono breaks course record" (not the "Berlin Marathon" named later)
    "sport sports football soccer cricket rugby tennis golf athletics marathon boxing cycling racing olympics "
    "business markets economy politics health science technology tech education entertainment music film "
    "television tv books travel weather world "
    # a story's subject: "Storm Darragh: thousands still without power", "Ukraine war: ..." (named again below)
    "storm hurricane typhoon cyclone tornado flood floods flooding wildfire wildfires earthquake heatwave drought "
    "covid covid-19 coronavirus pandemic brexit war election elections budget strike strikes crisis trial inquiry "
    "attack attacks shooting scandal "
    # and the events a story is of: "Wimbledon: Raducanu beaten in straight sets", "Oscars: ..."
    "wimbledon eurovision glastonbury oscars baftas grammys emmys brits davos euros ashes paralympics".split())


_MARKS_AND_SPACE = " \t.,'\"\u2018\u2019\u201c\u201d"
# a headline's clause in the passive with no auxiliary, after its label: "tributes paid to", "man charged over",
# "Tributes pour in for" (the label is whom it is about)
_PASSIVE_HEADLINE = re.compile(r"[ \t]*[A-Za-z][a-z]+[ \t]+(?:[a-z]+ed|paid|held|made|given|told|taken|shown|brought|"
                               r"found|sent|hit|led|pour|pours|flood|floods|flow)[ \t]+(?:in[ \t]+)?"
                               r"(?:to|for|by|over|after|as|from|on)\b")


def _headline_quote(text: str, masked: str, ps: int, pe: int, pi: int, res: "Resolver",
                    frags: Sequence[Span] = ()) -> Quote | None:
    m = _HEADLINE_LABEL.match(masked, ps, pe)
    if m is None or pi > 0 and masked.startswith(MASK, m.end()):
        return None  # (a quotation right after a label below the headline is a turn: 'Clinton: "..." Bush: "..."')
    label = m.group("label")
    words = label.split()
    if any(w.lower().strip(".") in _NOT_HEADLINE_LABEL or w.strip(".").upper() in _EDITORIAL
           or w.upper() == w and len(w.strip(".")) > 2 for w in words) \
            or label.endswith("'s") or label.endswith("\u2019s"):
        return None  # "The Latest:", "Editor's Note:", "UPDATE:"; labels in capitals are a transcript's
    if _PASSIVE_HEADLINE.match(masked, m.end(), pe):
        return None  # "Dame Maggie Smith: tributes paid to 'true legend'": what is done about the one labelled
    if masked[m.end():pe].rstrip().endswith("?") and not has_finite_verb(masked, m.end(), pe):
        return None  # "Ted Cruz: Constitutional conservative or another typical career politician?": a question
        # about the one labelled, with no verb of anyone's saying
    return _headline_report(text, masked, m.start("label"), m.end("label"), m.end(), pe, pi, res,
                            (m.end("label"), m.end("label") + 1), 5, frags)


# after a headline's opening quotation, its speaker: "Starmer vows ...", "an interview with Dr. Ruth Okafor"
_QUOTED_HEADLINE_REST = re.compile(
    r"[ \t]*(?::|[ \t][\u2014\u2013-])[ \t]+(?:(?:[a-z][\w'\u2019-]*[ \t]+){1,4}?(?:with|by|from|of)[ \t]+)?"
    r"(?:(?:Dr|Mr|Mrs|Ms|Sen|Gov|Rep|Prof|Sir|Dame)\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})"
    r"(?=[ \t]+[a-z]|[ \t]*$|[ \t]*[,.;])")


def _quoted_headline(text: str, masked: str, ps: int, pe: int, sp: Span, res: "Resolver") -> Quote | None:
    """A headline that opens with a quotation and then names its speaker ("'We are not giving
    up': Starmer vows to fight on", "'We need more nurses': an interview with Dr. Ruth Okafor"):
    the quotation is the speaker's. Only a first line of up to 200 characters that another
    follows, and only a person's name (not "'Chaos': The week Washington stood still")."""
    if pe != res.headline_end or not sp.closed or masked[ps:sp.open].strip():
        return None
    if (people := _quoted_headline_of_people(text, masked, pe, sp, res)) is not None:
        return people
    m = _QUOTED_HEADLINE_REST.match(masked, sp.close + 1, pe)
    if m is None:
        return None
    s, e = m.span("name")
    if masked.startswith(",", e):
        return None  # a pull quote's credit with what the signer is: "— Jane Doe, mayor of ..." (signed)
    name = m.group("name")
    words = name.split()
    if words[0] in _NOT_SUBJECT_START or words[0].lower() in DATE_WORDS or name.lower() in countries() \
            or not any(full.split()[-1] == words[-1] for _, full in res.full_names if full != name) \
            and len(words) < 2:
        return None  # (a surname alone only when the article names that person in full)
    return _headline_quotation(text, masked, sp, Mention(s, e, name, "name", s, e), "person", res)


def _headline_quotation(text: str, masked: str, sp: Span, men: Mention, kind: str, res: "Resolver") -> Quote | None:
    """The quotation ``sp`` opening a headline, of the speaker ``men`` named after its mark, when that speaker is
    of ``kind`` (known only from its entity here: the quotation's kind is set at the end)."""
    mark = next(i for i in range(sp.close + 1, men.start) if masked[i] in ":\u2014\u2013-")  # (the rest's first mark)
    att = _Att(men, masked[mark], mark, mark + 1, "colon")
    q = _make_quote(text, sp, att, "direct", (sp.open + 1, sp.close), [sp], 0, res)
    return q if q is not None and q.speaker_key is not None and res.entities[q.speaker_key].kind == kind else None


def _quoted_headline_of_people(text: str, masked: str, pe: int, sp: Span, res: "Resolver") -> Quote | None:
    """The quotation opening a headline whose rest opens with people in the plural, then their verb ("'We can't keep
    going like this': nurses vote to strike over pay"): theirs, a group's."""
    m = _QUOTED_HEADLINE_PEOPLE.match(masked, sp.close + 1, pe)
    if m is None or not person_noun(m.group("head")[:-1].lower()) or m.group("head").lower() in _NOT_PEOPLE_PLURALS:
        return None
    s, e = m.span("name")
    return _headline_quotation(text, masked, sp, Mention(s, e, m.group("name"), "group"), "group", res)


# ("nurses vote", "junior doctors warn", "Residents fear": at most two words before the plural, then a verb)
_QUOTED_HEADLINE_PEOPLE = re.compile(
    r"[ \t]*(?::|[ \t][\u2014\u2013-])[ \t]+(?P<name>(?:[A-Za-z][a-z-]*[ \t]+){0,2}?(?P<head>[A-Za-z][a-z]{2,}s)"
    # (and whose they are: "parents of jailed Briton plead", "families of victims say")
    r"(?:[ \t]+of[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}?[\w'\u2019-]+(?=[ \t]+[a-z]))?)"
    r"[ \t]+(?!(?:and|of|in|at|for|to|who|with|from|on)\b)[a-z]")
_NOT_PEOPLE_PLURALS = frozenset(("is", "was", "has", "does", "says"))


# a headline in title case reporting what someone says: "Glenn Beck Says Trump Poses A Threat To Democracy"
_HEADLINE_SAYS = re.compile(
    r"[ \t]*(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}?)[ \t]+(?P<cue>Says|Said|Warns|Claims|"
    r"Admits|Insists|Thinks|Believes|Predicts|Argues|Suggests|Hints|Vows|Concedes|Shows|Finds)[ \t]+(?=[A-Z\d])")
# and its attribution last: "Trump Could Address Clean Energy, Lindsey Graham Says."
_HEADLINE_SAID_LAST = re.compile(
    r",[ \t]+(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4}?)[ \t]+(?P<cue>Says|Said|Warns|Claims|"
    r"Insists|Predicts|Argues)\.?[ \t]*$")


def _headline_says(text: str, masked: str, ps: int, pe: int, pi: int, res: "Resolver",
                   frags: Sequence[Span] = ()) -> Quote | None:
    m = _HEADLINE_SAYS.match(masked, ps, pe)
    last = None if m is not None else _HEADLINE_SAID_LAST.search(masked, ps, pe)
    if m is None and last is None:
        return None
    words = TITLE_WORD.findall(masked, ps, pe)
    lo, hi = (m.end(), pe) if m is not None else (ps, last.start())  # what the headline reports
    if len(words) > 25 or sum(w[0].isupper() for w in words) < 0.7 * len(words) \
            or _SENT_END.search(masked, lo, max(lo, hi - 2)):
        return None  # a sentence, not a headline
    if m is not None and m.group("cue") in ("Shows", "Finds") \
            and m.group("label").split()[-1].lower() not in _HEADLINE_FINDINGS:
        return None  # "New Poll Shows ...", but not "Trump Shows Restraint"
    found = m if m is not None else last
    return _headline_report(text, masked, found.start("label"), found.end("label"), lo, hi, pi, res,
                            found.span("cue"), 3, frags)


_OWNER_IN_LABEL = re.compile(r"[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,2}['\u2019]s[ \t]+([A-Z][\w'\u2019-]+)$")
_HEADLINE_FINDINGS = frozenset("poll polls report survey study".split())
_HEADLINE_BODIES = frozenset("newspaper paper county city state court board panel poll survey study report "
                             "campaign committee party union group son daughter wife husband mother father "
                             "brother sister pollster strategist".split())


def _named_again(text: str, label: str, pe: int) -> bool:
    """Does the story below the headline name its label again ("Rush Limbaugh:", "Politifact:"
    before "PolitiFact rated ...")? A label that is no one ("Stealth Over Health:") is not."""
    if label.split()[0] in ("The", "A", "An"):
        return False
    below, word = text[pe:pe + 20_000].lower(), label.lower()  # (str.find: no pattern compiled per label)
    i = below.find(word)
    while i >= 0:
        j = i + len(word)
        if not (i and _WORD_CHAR.match(below, i - 1)) and not _WORD_CHAR.match(below, j):
            return True
        i = below.find(word, i + 1)
    return False


_WORD_CHAR = re.compile(r"[\w'\u2019]")
_THAT_WORD = re.compile(r"\bthat\b")


def _headline_report(text, masked, ls, le, cs, pe, pi, res, cue, min_words, frags=()) -> Quote | None:
    """A headline's report after its speaker: 'Trump: My plans aren't set in stone', 'Beck Says ...'."""
    label = text[ls:le]
    words = label.split()
    if any(w.lower().strip(".") in _NOT_HEADLINE_LABEL or w.strip(".").upper() in _EDITORIAL
           or w.upper() == w and len(w.strip(".")) > 2 for w in words) \
            or label.endswith("'s") or label.endswith("\u2019s"):
        return None  # "The Latest:", "Editor's Note:", "UPDATE:"; labels in capitals are a transcript's
    cs, ce = _strip_ws(text, cs, pe)
    while ce > cs and text[ce - 1] in ".":
        ce -= 1
    while ce > cs and text[ce - 1] in "\"'\u201d\u2019" and masked[ce - 1] == MASK and frags:
        ce -= 1  # (the closing mark of quoted words that end the headline, then its period)
        while ce > cs and text[ce - 1] in ".":
            ce -= 1
    content = masked[cs:ce]
    terms = MASK in content and only_terms(masked, cs, ce)
    mixed = bool(frags) and MASK in content and not terms
    if MASK in content and not (mixed or terms) \
            or not min_words <= len(WORDS.findall(text, cs, ce)) <= 40:  # (the quoted words count too)
        return None
    # the label must be someone the article names, an outlet or an acronym: not "BOOM:", "Grandkids:"
    surnames = {name_tokens(fn)[-1] for _, fn in res.full_names if name_tokens(fn)}
    toks = name_tokens(label)
    head = words[-1].lower().rstrip(".") if words else ""
    if not (toks and toks[-1] in surnames and (len(words) == 1 or words[0].lower() in given_names()
                                                 or words[0] in titles() or words[0].rstrip(".") in titles())
            or is_outlet(" ".join(words)) or ACRONYM.fullmatch(label) or pi == 0 and _named_again(text, label, pe)
            # "Former Clinton Pollster Says ...", "Trump's Son Says ...": a role or a body in Title Case
            or cue[1] - cue[0] > 1 and (2 <= len(words) and person_noun(head) or head in _HEADLINE_BODIES)
            # "Poll: Trump ties Clinton ...", "IG report: State was inaccurate ...", "Economists: ..."
            or cue[1] - cue[0] == 1 and (head in _HEADLINE_FINDINGS or len(words) == 1 and head.endswith("s")
                                         and person_noun(head))):
        return None
    # a headline comes before the story names its people in full: "Obama:" is the Barack Obama named below
    # (and "De Blasio:" the Bill de Blasio named below)
    if (own := _OWNER_IN_LABEL.match(label)) is not None:
        toks = name_tokens(own.group(1))  # "Fed's Waller says ...": Christopher Waller, named below, of the Fed
    low = [t.lower() for t in toks]
    full = next((fn for _, fn in res.full_names if len(ft := name_tokens(fn)) > len(toks)
                 and [t.lower() for t in ft[-len(toks):]] == low), None) if toks else None
    men = Mention(ls, le, full or label, "name")
    # ("Poll: Most voters back ...", "IG report: ...": a finding's source, no person, and no "she" later)
    ent = res.headline_finding(men) if head in _HEADLINE_FINDINGS and not full else res.resolve(men)
    fragments = [f for f in (_strip_ws(text, sp.open + 1, sp.close) for sp in frags) if f[1] > f[0]] if mixed else []
    if len(fragments) == 1 and not text[cs:fragments[0][0]].strip(_MARKS_AND_SPACE) \
            and not text[fragments[0][1]:ce].strip(_MARKS_AND_SPACE):
        return None  # "Trump: 'I'm the Worst Thing That Ever Happened to the Establishment.'": a quotation, direct
    q = Quote(
        start=cs, end=ce, text=text[cs:ce], kind="mixed" if fragments else "indirect", content_start=cs,
        content_end=ce, speaker_start=ls, speaker_end=le, speaker_mention=label, cue=text[cue[0]:cue[1]],
        cue_start=cue[0], cue_end=cue[1], confidence=0.45 if fragments else 0.5, paragraph=pi,
        fragments=fragments,
    )
    q.speaker_key = ent.key if ent is not None else None
    return q


def _turn_quote(text: str, turn: tuple, pi: int, res: "Resolver") -> Quote | None:
    ls, le, cs, ce, who = turn[:5]  # who: an interview's interviewee, else the label names the speaker
    cue_at = turn[5] if len(turn) > 5 else le  # (the label's colon, or the question mark answered)
    while ce > cs and text[ce - 1] in "\"\u201d \t":
        ce -= 1  # a stray closing mark at the paragraph's end
    cs, ce = _strip_ws(text, cs, ce)
    if ce <= cs:
        return None
    if who is not None:
        men = Mention(ls, le, who, "name")  # the "A" label, read as the person it stands for
    else:
        men = Mention(ls, le, text[ls:le].title(), "name", ls, le)
    att = _Att(men, text[cue_at], cue_at, cue_at + 1, "colon")
    sp = Span(cs - 1, ce, "double", pi)
    return _make_quote(text, sp, att, "direct", (cs, ce), [sp], pi, res)


# '"A," Ebeling said, and her husband cut in. "B"': after the attribution, another speaker takes over
_HANDOVER = re.compile(r"\s*,\s+(?:and|but|then|before|as|when)\s+(?P<np>[^,.;:!?\x01\n]{1,60}?)\s+"
                       r"(?P<cue>cut in|chimed in|jumped in|piped up|broke in|interjected|interrupted|countered|"
                       r"shot back|replied|responded|added|retorted)\s*[.:]\s*$")


def _handover(masked: str, prev: _Att, pos: int) -> _Att | None:
    if prev.how not in ("post", "post-inv") or not prev.cue_end < pos:
        return None
    m = _HANDOVER.match(masked, prev.mention.end if prev.how == "post-inv" else prev.cue_end, pos)
    if m is None:
        return None
    men = np_backward(masked, m.start("cue"), m.start("np"))
    if men is None or men.kind == "pronoun" and men.text.lower() in ("it", "this", "that"):
        return None
    return _Att(men, m.group("cue"), m.start("cue"), m.end("cue"), "pre")


def _cont(att: _Att) -> _Att:
    return _Att(att.mention, att.cue, att.cue_start, att.cue_end, "cont")


_INVERTED_LEAD = re.compile(r"\s*(?P<cue>" + "|".join(INVERTED_CUES) + r")\s+(?=[A-Z])")


def _inverted_lead(masked: str, lo: int, hi: int) -> _Att | None:
    m = _INVERTED_LEAD.match(masked, lo, hi)
    if m is None or not masked[lo:hi].rstrip().endswith((",", ":")):
        return None
    men = np_forward(masked, m.end(), hi)
    if men is None or men.kind != "name" or masked[max(men.end, men.desc_end or 0):hi].strip() not in (",", ":"):
        return None
    return _Att(men, m.group("cue"), m.start("cue"), m.end("cue"), "pre")


def _last_sentence_start(masked: str, ps: int, hi: int) -> int:
    """Where the last sentence that ends before ``hi`` in the paragraph from ``ps`` starts."""
    cut = max(masked.rfind(". ", ps, hi), masked.rfind("? ", ps, hi), masked.rfind("! ", ps, hi))
    return ps if cut < 0 else cut + 2


def _pre_colon_prev_para(masked: str, paras, pi: int) -> _Att | None:
    """'He continued:' ending the previous paragraph introduces this one's quotation."""
    if pi == 0:
        return None
    ps, pe = paras[pi - 1]
    tail = masked[max(ps, pe - 200) : pe]
    if tail.rstrip().endswith("."):
        return _interview_intro(masked, ps, pe)
    if not tail.rstrip().endswith(":"):
        return None
    att = _left_cue(masked, max(ps, pe - 200), pe, require_end=True) or _inverted_lead(masked, ps, pe)
    if att is None:
        # "President Clinton released the following statement:": the clause's subject
        att = _colon_intro(masked, _last_sentence_start(masked, ps, pe), pe)
    return att


# the last sentence of a paragraph that sets up an interview: "Housing Minister Priya Shah
# spoke to the Herald this week."
_INTERVIEW_VERB = re.compile(r"\s(?P<cue>spoke|talked|sat down)\s+(?:(?:exclusively|at length|again)\s+)?(?:to|with)\s"
                             r"[^.!?\x01\n]{2,80}\.\s*$")


def _interview_intro(masked: str, ps: int, pe: int) -> _Att | None:
    """'X spoke to the Herald this week.' ending the previous paragraph: the quotation that
    opens this one, with no cue of its own, is X's (an interview's answers follow)."""
    ss = _last_sentence_start(masked, ps, pe - 2)
    m = _INTERVIEW_VERB.search(masked, ss, pe)
    if m is None or MASK in masked[ss:pe]:
        return None
    men = np_backward(masked, m.start(), ss)
    if men is None or men.kind not in ("name", "pronoun", "description") or men.start > ss + 40:
        return None
    return _Att(men, m.group("cue"), m.start("cue"), m.end("cue"), "colon")


def _find_sentence(sents, pos):
    for k, (s, e) in enumerate(sents):
        if s <= pos < e:
            return k
    return None


def _whole_sentence(text: str, sp: Span) -> bool:
    """Quoted words that make a sentence of their own: a capital first, a full stop last
    ("I'm not changing."), unlike a title or a scare-quoted phrase."""
    words = text[sp.start : sp.end].strip()
    return words[:1].isupper() and words.endswith((".", "!", "?")) and len(WORDS.findall(words)) >= 2


def _sentence_like(text: str, sp: Span) -> bool:
    words = WORDS.findall(text[sp.start : sp.end])
    return len(words) >= 4


_LINE_MARKERS = re.compile(r"\s*(?:(?:>|\*|\u2022)\s*)+")


def _attribute(text, masked, sp: Span, ss, se, ps, pe):
    """(kind, attribution or None, content span) for one quotation."""
    inner_words = WORDS.findall(text[sp.start : sp.end])
    left = masked[ss : sp.open]
    qend = sp.close + 1 if sp.closed else sp.close
    right_hi = _next_speech_mask(masked, qend, se)
    right = masked[qend:right_hi]
    content = (sp.start, sp.end)

    # not quotations: section headings ("skip"), and nicknames, titles and scare quotes: words
    # only mentioned ("term"), which may stand in a reported clause
    if sp.open <= ps + 1 and not masked[qend:pe].strip(" .") and _titled(inner_words) \
            and text[sp.end - 1 : sp.end] not in ("!", "?", ",") and len(inner_words) >= 2:
        return "skip", None, content  # a paragraph that is only a Title Case phrase: a section heading
    if sp.family == "single" and text[sp.open] == "'" and sp.open <= ps + 1 and len(inner_words) <= 8 \
            and len(sp.paragraphs) <= 1 and not masked[qend:pe].strip(" .") \
            and ("''" in text or text.count('"') + text.count("\u201c") >= 6):
        # "'There's so much anger.'" alone in its paragraph, in a text whose quotations use '' or
        # double marks: the archive's subheading, not a quotation
        return "skip", None, content
    short = len(inner_words) <= 4
    # (the last word before the marks, looked for near them: searched from every capital of a
    # long word, the pattern was quadratic in the word)
    if short and _NICKNAME_BEFORE.search(left, max(0, len(left) - 80)) and _NICKNAME_AFTER.match(right) and \
            text[sp.start : sp.start + 1].isupper():
        return "term", None, content
    if _scare_word_before(left) and len(inner_words) <= 8 \
            and not (_CALLED_THE_WORK.search(left, max(0, len(left) - 40)) and not _titled(inner_words)):
        return "term", None, content  # (but 'called the book "a furious, funny elegy"': what it was called)
    if _LABEL_BEFORE.search(left, max(0, len(left) - 30)) and len(inner_words) <= 12:
        return "term", None, content  # 'a message bearing the subject line "bravo!"': a label, no one's speech
    if _titled(inner_words) and (_WORK_AFTER.match(right) or _WORK_BEFORE.search(left)) \
            or sp.name_modifier:
        return "term", None, content  # a programme, film, slogan on a hat, a movement: a name, not speech

    left_empty = not left.strip() or left.strip() in ("\u2014", "-", "\u2013") or left.endswith("(") \
        or _LINE_MARKERS.fullmatch(left) is not None  # a quoted line's or a list item's marker: '> "..."'
    # ('... blowback from members ("I want my dues back," wrote Edward Nelson, ...)': an aside of its own)
    # 1. cue after the quotation: '...,' said Hafer / "..." he said
    att = _right_cue(masked, qend, right_hi, se)
    if att is None and left_empty and not masked[qend:se].strip() and se < pe \
            and (wm := _WORDS_OF.match(masked, se, pe)) is not None and not wm.group().lstrip().startswith((":", ";")) \
            and (men := np_forward(masked, wm.end(), pe)) is not None and men.kind in ("name", "description", "group"):
        att = _Att(men, wm.group("noun"), wm.start("noun"), wm.end("noun"), "post-inv")  # '"This is not about one
        # species." That was the verdict of Dr Jan Stejskal ...': the next sentence names whose words they were
    if att is not None and att.how == "post" and _that_clause_after(masked, att.cue_end, se):
        att = None  # 'Citing "obligations in Tennessee," the spokeswoman told POLITICO that Gore ...': the
        # cue has a clause of its own; the quotation is no report of it
    if att is not None and (left_empty or only_opener(left)):
        return "direct", att, content
    # 2. cue before the quotation: He continued: '...' / X said, "..."
    tail_ok = _TAIL_OK.match(masked[qend:se]) is not None
    if att is not None and left.rstrip().endswith(":") and (MASK not in left or text[sp.end - 1 : sp.end] == ","
                                                         and _next_speech_mask(masked, ss, sp.open) >= sp.open):
        # 'Trump asserted that France had lost its identity: "...," he said.' (and 'A source, asked about
        # the "top secret" emails, did so with a caveat: "...," the source said.': words in marks inside
        # the phrase before hold no speech)
        return "direct", att, content
    if att is None and left.endswith((": ", ":")) and (dash := _DASH_SOURCE.search(left)) is not None \
            and (datt := _dash_source(masked, ss, dash)) is not None:
        return "direct", datt, content  # 'HEADLINE - Philip Bump: "..."': a digest's source after its headline
    latt = _left_cue(masked, ss, sp.open, require_end=False)
    if att is not None and latt is not None and left.rstrip().endswith((",", "\u2014", "\u2013", " -", "--")) \
            and text[sp.end - 1 : sp.end] in (",", "?", "!") \
            and len(inner_words) >= 3:
        # 'In 2009, when Obama offered states billions ..., "states were hemorrhaging money,"
        # DeSantis said.': a quotation with its own cue after it is that speaker's; the verb
        # before it belongs to a fronted clause
        return "direct", att, content
    if left.rstrip().endswith((":", ",")) and (tail_ok or _ING_TAIL.match(masked, qend, se)) \
            and len(inner_words) >= 3 and MASK not in left \
            and (latt is None or latt.cue_start < masked.rfind(", ", ss, sp.open)):
        # 'Kasich resisted: "..."' / 'When Trump suggested ..., Rubio fired back forcefully: "..."':
        # the subject of the clause that the colon ends says the quotation
        catt = _colon_intro(masked, ss, sp.open)
        if catt is not None:
            return "direct", catt, content
    if att is not None and latt is not None and latt.how == "pre" and latt.mention.end <= latt.cue_start \
            and not masked[latt.cue_end : sp.open].strip() and text[sp.end - 1 : sp.end] == "," \
            and (text[sp.start : sp.start + 1].islower() or latt.mention.rel_start is not None) \
            and MASK not in left:
        # 'Nothing the president said "will assuage people's fears," the senator said.': the
        # cue after the quotation is the sentence's own; the one before is inside the report
        # (and 'Candidates who think "America no longer has ... are dangerously wrong," she said.':
        # a relative clause's verb, whatever the quotation's first letter)
        latt = None
    if latt is not None:
        men = latt.mention
        # after an inverted cue the gap starts where the speaker's phrase ends:
        # '"A," said Raffaello Pantucci, director of ... in London, "B."'
        gap_from = max(latt.cue_end, men.desc_end or 0, men.end) if men.start >= latt.cue_end else latt.cue_end
        gap = masked[gap_from : sp.open]
        tail_after = masked[qend:se]
        gap_words = WORDS.findall(gap)
        ends_here = _TAIL_OK.match(tail_after) is not None or att is not None \
            or _AND_VERB.match(tail_after) is not None or (it := _ING_TAIL.match(tail_after)) is not None and (
                not it.group().endswith("ing") or len(inner_words) > 3 or tail_after.lstrip().startswith(",")
                or text[sp.close - 1 : sp.close] in (",", ".", "!", "?")) \
            or sp.closed and text[sp.close - 1 : sp.close] in (".", "!", "?") and _NEXT_SENTENCE.match(tail_after) \
            or latt.how == "according" and _ADVERB_ING_TAIL.match(tail_after) is not None \
            and (tail_after.startswith(",") or text[sp.close - 1 : sp.close] == ",")
        # ('According to Woodward, "...," presumably meaning ...': the writer's gloss after the source's words)
        # ('Smith said: "We will win." She added that ...': the quotation's own full stop ends the sentence;
        # after a word or three in marks, a participle ends it only after a comma: not 'She said "superior"
        # bullying tactics ... could encourage ...', a noun of the clause)
        colon_gap = gap.rstrip().endswith(":")
        direct_gap = colon_gap or gap.rstrip().endswith(",") or not gap.strip() \
            or men.start >= latt.cue_end and gap.rstrip().endswith(".") and _whole_sentence(text, sp) \
            and _INVERTED_SPEAKER_TAIL.fullmatch(gap) is not None
        # ('"A," said Bill Sullivan of Dean Witter Reynolds Inc. "B."': the inverted speaker's phrase ends its
        # sentence, the next quotation his too)
        clause_gap = colon_gap and latt.how == "pre" and men.end <= latt.cue_start \
            and latt.cue.lower() in cues().indirect and not latt.cue.lower().endswith("ing") \
            and latt.cue.lower() not in ("told", "tells", "tell", "wrote", "writes", "posted", "tweeted") \
            and report_then_colon(masked, gap_from, gap_from + gap.rstrip().rindex(":")) \
            and not gap.rstrip()[:-1].rstrip().lower().endswith(("saying", "adding", "noting", "explaining", "writing"))
        # (not 'insisted there was no plan ... saying: "..."': the participle brings in the quotation)
        if clause_gap and ends_here and MASK not in gap:
            # 'But he said he was too busy to look for evidence: "I have a lot going on."': the report and
            # the quotation that the colon brings in are one mixed quotation
            cstart = gap_from
            while cstart < sp.open and masked[cstart] in " \t":
                cstart += 1
            return "mixed", latt, (cstart, sp.end)
        if direct_gap and (len(gap_words) <= 8 or colon_gap and len(gap_words) <= 25
                           or len(gap_words) <= 16 and gap_words[0].lower() in _CIRCUMSTANCE_LEADS
                           and gap.rstrip().endswith(",") and not has_finite_verb(masked, gap_from, sp.open)
                           and len(inner_words) >= 6) \
                and ends_here and not that_after(masked, gap_from, sp.open) and MASK not in gap \
                and not (cues().base.get(latt.cue.lower()) in RECIPIENT_CUES and men.end <= latt.cue_start
                         and (ob := OBJECT.match(masked, gap_from, sp.open)) is not None
                         and that_after(masked, ob.end(), sp.open)) \
                and not (gap_words and gap_words[0].lower() in _GAP_SUBORDINATORS and men.end <= latt.cue_start
                         and has_finite_verb(masked, gap_from, sp.open)) \
                and not (cues().base.get(latt.cue.lower()) in _OFFERING and men.kind not in ("pronoun", "name")
                         and _outer_report(masked, ss, latt) is not None):
            # (not 'a company spokesperson said, adding that the firm offered "competitive pay and benefits"': what
            # a thing offers, inside someone's report, is that report's words)
            # (not 'Swers said because Obama is popular with Democratic voters, "he's a very good ..."': a
            # subordinate clause of the report before the quoted words makes it one mixed report)
            # (and a longer circumstance with no verb before a quotation of some length: 'said in an op-ed piece
            # before a 2014 Senate Benghazi hearing, "..."'; not 'noted on Twitter the change from the usual campaign
            # slogan, "Make America Great Again"', a slogan named)
            # (not '... said Wednesday night that under Obama, "...": a that-clause holds the words)
            return "direct", latt, content
        if len(inner_words) >= 1:
            if latt.how == "pre" and men.start >= latt.cue_end and men.kind != "pronoun" \
                    and not masked[latt.cue_end : men.start].strip() and masked[men.end : men.end + 1] == ",":
                # '"...," said Leslie Feldman, a plaintiff who waited in an "extraordinarily long
                # line"': words in the speaker's description, not a report through the cue
                return "skip", None, content
            if _cue_of_earlier_quotation(masked, ss, latt, sp.open):
                return "skip", None, content  # '"...," he said of the claim during a call to ABC's "This Week."'
            if cues().base.get(latt.cue.lower()) == "read" and _READ_AS.match(masked, latt.cue_end, sp.open):
                return "skip", None, content  # "an interpretation ... would read this as a public admission that ...
                # ''the best means ...''": reading something as something is no one's words
            outer = _outer_report(masked, ss, latt)
            if outer is not None:
                # "Trump said that Romney begged him ... and 'would have dropped to his knees'": the
                # cue nearest the words is inside an earlier report; the report is the outer speaker's
                latt, men = outer, outer.mention
            # the report starts after the cue, or after the source of "according to X,"
            cstart = max(latt.cue_end, men.end) if latt.how == "according" else latt.cue_end
            tm = _THAT_WORD.search(masked[cstart : sp.open])
            if tm:
                lead = WORDS.findall(masked[cstart : cstart + tm.start()])
                recipient = cues().base.get(latt.cue.lower()) in RECIPIENT_CUES
                if not (len(lead) == 1 and not recipient and _plural_noun(lead[0])) and (
                        len(lead) <= 4 or len(lead) <= 10 and lead[0].lower() in _CIRCUMSTANCE_LEADS
                        or len(lead) <= 15 and recipient):
                    # (but "said platforms that failed to take ... faced fines": the report's subject and its relative)
                    cstart += tm.start()  # "tweeted in the early morning hours that ...": the report starts at "that"
                    # and "telling supporters after his victory in the primary that ...": after the recipient
            elif latt.cue.lower() in ("told", "tells", "tell", "telling") \
                    and (ob := OBJECT.match(masked, cstart, sp.open)) is not None \
                    and (after := _report_after_recipient(masked, ob.end(), sp.open)) is not None:
                cstart = after  # 'told Reuters his first aim is to put the "house in order"': after the recipient
                # (and a recipient before a comma: 'Trump told CNN, his policy would be "to go after them"',
                # 'The person ..., several people told POLITICO, has been chosen and is an "outsider"')
                # (not after part of it: 'told a Sydney radio station the deficit "may ..."' stays whole)
            elif (cts := circumstance_then_subject(masked, cstart, sp.open)) is not None:
                cstart = cts.end()  # 'said on Monday it had shot down 50 drones, while the rest were "locally lost"':
                # when it was said is no part of the report, as in the report without quoted words
            if latt.cue.lower().endswith("statement") and (
                    sm := STATEMENT_SAYING.match(masked, cstart, sp.open)) is not None:
                cstart = sm.end()  # "released a statement Wednesday saying ...": what the statement says
            put_it = latt.cue.lower() in PUT_IT
            if put_it and 0 < (comma := masked.find(",", cstart, sp.open)) and MASK not in masked[cstart:comma] \
                    and masked[cstart:comma].strip():
                cstart = comma + 1  # 'As Ms. Simonyan put it in a statement in July, RT is "...": after where she put it
            while cstart < sp.open and masked[cstart] in " ,:":
                cstart += 1
            cend = _mixed_end(text, masked, qend, se, cstart)
            if put_it and (mv := _OWN_VERB_AFTER_COMMA.search(masked, qend, cend)) is not None:
                cend = mv.start()  # 'who owed his election to, as an American diplomat put it, an "extreme makeover"
                # that Mr. Manafort oversaw, bolted the country': the sentence's own verb ends what was put
            elif _WHO_BEFORE_CUE.search(masked, max(0, latt.cue_start - 30), latt.cue_start):
                # a report inside a relative clause in commas ends where the main clause's verb comes: 'Mr. Trump,
                # who said last week that a judge was "biased" ..., issued a statement', 'Roffman, who estimates that
                # his legal costs were "in the seven figures," described ...' (the comma inside the marks)
                if text[qend - 2:qend - 1] == "," and _OWN_VERB_NEXT.match(masked, qend, se):
                    cend = qend
                elif (mv := _OWN_VERB_AFTER_COMMA.search(masked, qend, cend)) is not None:
                    cend = mv.start()
            elif latt.how == "pre" and subject_opens_fronted_clause(masked, ss, men.start):
                # 'While Sanders admitted that it would be "very hard" ... when the primaries conclude, his campaign
                # has argued ...', 'But even as Trump claimed that "...," one of the former prosecutors said ...':
                # the report ends with the fronted clause (its comma inside the marks or after them; not a comma
                # inside the marks that a phrase with no verb follows: '"a total disaster," even for insurers, his
                # aides ...')
                comma = masked.find(", ", qend, cend)
                if text[qend - 2 : qend - 1] == "," and not (comma > 0 and not has_finite_verb(masked, qend, comma)):
                    cend = qend
                elif comma > 0:
                    cend = comma
            if cues().base.get(latt.cue.lower()) in NAMING | JUDGING and (
                    _NAMING_TAIL.match(masked, qend, se)
                    or _WHAT_BEFORE.search(masked, max(0, latt.mention.start - 8), latt.mention.start)
                    and (nv := _NEXT_WORD_AFTER.match(masked, qend, se)) is not None
                    and (nv.group(1) in _FINITE_NEXT or nv.group(1).endswith("ed"))):
                cend = qend  # 'called Clinton a "disgrace" Wednesday on ...': the naming ends with its words (and
                # 'what former employees have called a "fraudulent scheme" took an uglier turn': the name given,
                # the main clause's verb after it; but 'what he called the "deeply pessimistic" vision of
                # America' reads on)
            elif _MEDIA_OBJECT.match(masked, cstart, sp.open) and cues().base.get(latt.cue.lower()) not in NAMING | JUDGING \
                    and not has_finite_verb(text, cstart, max(cend, sp.end)):
                return "term", None, content  # 'posted a clip explaining "quiet quitting"': an object with a
                # term in marks, no report
            return "mixed", latt, (cstart, max(cend, sp.end))
    if att is not None:
        # words before the quotation but a cue after: mixed ("The plan is 'dead,' he said.")
        cend = qend
        return "mixed", att, (ss, cend if not text[cend - 1 : cend] in ("'", '"', "\u201d", "\u2019") else sp.end)
    fin = _final_cue(masked, qend, se)
    if fin is not None:
        # '"People were celebrating" before the incident, she said.': the sentence is her report
        return "mixed", fin[0], (ss, fin[1])
    # a signed quotation: '"We can build a wall around him." ― Steve Quinlan'
    if left_empty:
        att = _signed(masked, _DASH_SIGNED.match(masked, qend, pe), min_words=1) \
            or _signed(masked, _PAREN_SIGNED.match(masked, qend, pe), min_words=2)  # (a bracket: a full name)
        if att is not None:
            return "direct", att, content
    inv = _inverted_lead(masked, ss, sp.open)
    if inv is not None and tail_ok:
        return "direct", inv, content  # 'Said Comey, "..."'
    # transcript style "Rep. Trey Gowdy (R-S.C.):" before the quotation
    colon = _colon_speaker(masked, ss, sp.open)
    if colon is not None:
        return "direct", colon, content
    if (left_empty or _PARTICIPLE_LEAD.fullmatch(left)) and (
            _TAIL_OK.match(masked[qend:se]) or left_empty and _DASH_GLOSS.match(masked, qend, se)):
        return "orphan", None, content  # 'Adding, "..."': the speaker before goes on (and '"Sanders has to
        # do the 'Carolina two-step'" - increasing his name recognition ...': the writer's gloss after a dash)
    if ss == ps and _WHERE_LEAD.fullmatch(left) and _TAIL_OK.match(masked[qend:se]):
        return "orphan", None, content  # 'Then, later that month on CNN: "..."': where and when, no one named; the
        # speaker before goes on
    if _CONT_OPENER.fullmatch(left) and _TAIL_OK.match(masked[qend:se]) and len(inner_words) >= 3:
        # 'Trump said. Instead, "he just acts like a defeated man."': the same speaker goes on
        return "orphan-opener", None, (ss, qend + 1 if text[qend - 1 : qend + 1] == "''" else qend)
    return "skip", None, content


# cues that make a sentence on their own, before the quotation that says what: "Smith agreed."
_BARE_CUES = frozenset("agreed disagreed concurred added explained elaborated continued countered responded replied "
                       "warned recalled cautioned objected joked quipped insisted observed said says wrote writes "
                       "tweeted stated".split())
_PASSIVE_BE = (" was", " were", " is", " are", " been", " be", " being")
# after the cue: an adverb, where or when it was said ("said in a statement.", "wrote on Facebook on Monday.")
_BARE_TAIL = re.compile(r"(?:\s+(?:too|again|as well|[a-z]+ly))?"
                        r"(?:\s+(?:in|on)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:statement|email|e-mail|interview|"
                        r"release|news release|press release|Twitter|Facebook|Instagram|a? ?tweet|post))?"
                        r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
                        r"\s*\.\s*$")
_PREV_SENTENCE_START = re.compile(r".*(?:[.!?]\s+|\x01)", re.S)
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){1,3}\s+$|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|Sr|Lt|Gen|Col)\.\s+$")


def _own_sentence_start(masked: str, ps: int, k: int, hi: int) -> int | None:
    """Where the sentence holding ``k`` starts (after ``ps``, spaces skipped), when it is a sentence of its own with
    no quotation up to ``hi``; None when it follows a quotation or an abbreviation's full stop ('"A," Mr. Wehner
    said. "B."': the attribution of the quotation before, which B continues; 'analyst Peter Appert of C.J.
    Lawrence said.': no sentence starts after "C.J.")."""
    m = _PREV_SENTENCE_START.match(masked, ps, k)
    if m is not None and (m.group(0).endswith(MASK) or _ABBREVIATION_END.search(m.group(0))):
        return None
    s0 = m.end() if m else ps
    while s0 < k and masked[s0] in " \n\t":
        s0 += 1
    return None if MASK in masked[s0:hi] else s0


def _bare_attribution_before(masked: str, ps: int, ss: int) -> _Att | None:
    """The speaker of a quotation after a sentence that is only a subject and its cue:
    'Iowa State University's Dianne Bystrom agreed. "..."'."""
    tail = _BARE_TAIL.search(masked, ps, ss)
    if tail is None:
        return None
    end = tail.start()
    k = masked.rfind(" ", ps, end)
    if k < 0 or masked[k + 1:end] not in _BARE_CUES or masked.endswith(_PASSIVE_BE, ps, k):
        return None  # (not "The plan was agreed.")
    s0 = _own_sentence_start(masked, ps, k, k)
    if s0 is None:
        return None
    men = np_backward(masked, k, s0)
    if men is None or men.kind not in ("name", "description", "group", "pronoun") \
            or not only_opener(masked[s0:men.start]) or men.text.lower() in ("it", "which", "who", "that"):
        return None
    return _Att(men, masked[k + 1:end], k + 1, end, "pre")


# a sentence that is only a person and a gesture, before the quotation that gives the words:
# 'Ms Pritchard laughed. "What's £150 going to do?"', 'Asked about the deal, he shrugged. "..."'
_GESTURE_SENTENCE = re.compile(
    r"(?:(?:But|And|Yet|Still|Then)[ \t]+)?"
    r"(?:(?:(?:When|Once|If)[ \t]+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Cc]hallenged)\b[^:;\x01\n]{1,160}?,[ \t]+)?"
    r"(?P<subject>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}|he|she"
    r"|[Tt]he(?:[ \t]+[\w'\u2019-]+){1,4})[ \t]+"  # (or a definite description: "the Liverpool head coach")
    r"(?:(?:just|only|simply|briefly|then|again|first)[ \t]+)?"
    r"(?P<verb>laughed|chuckled|sighed|shrugged|smiled|grinned|nodded|paused|hesitated|scoffed|winced|frowned|"
    r"shook[ \t]+(?:his|her)[ \t]+head|"
    # (and in a feature's present tense: "Pelletier shrugs.")
    r"laughs|chuckles|sighs|shrugs|smiles|grins|nods|pauses|hesitates|scoffs|winces|frowns|shakes[ \t]+(?:his|her)[ \t]+head)"
    r"(?:[ \t]+(?:again|too|[a-z]+ly))?[ \t]*\.[ \t]*$")


# cues that speak only before their words ("goes, '...'") or are gestures, which a sentence of their own only gives
# (_gesture_before: "John Smith laughed and left." gives no speaker)
_NO_SPEECH_ACT_BASES = frozenset("go begin laugh chuckle sigh smiled grinned scoff".split())


def _speech_sentence_before(masked: str, ps: int, ss: int) -> _Att | None:
    """The speaker of a quotation with no cue of its own right after a sentence in which a person named
    by name, as its subject, does something in words ('Robert Tapsfield criticised the existing system.
    "There is just no logic ..."', 'Clinton touted her credentials as ...'): the quotation gives those words
    (not with a verb that speaks only before its words, 'Playbook won't go that far', 'Clinton began Sunday
    with ...', nor with a gesture's: 'John Smith laughed and left.')."""
    end = ss
    while end > ps and masked[end - 1] in " \t":
        end -= 1
    if end <= ps or masked[end - 1] != ".":
        return None
    s0 = _own_sentence_start(masked, ps, end - 1, end)
    if s0 is None:
        return None
    cm = cues().rx.search(masked, s0, end)
    if cm is None or not cm.group(0).islower() or cm.group(0).endswith("ing") \
            or cues().base.get(cm.group(0)) in _NO_SPEECH_ACT_BASES \
            or not verb_use(masked, cm, s0) or PASSIVE_BEFORE.search(masked, max(s0, cm.start() - 20), cm.start()):
        return None
    men = np_backward(masked, cm.start(), s0)
    if men is None or men.kind != "name" or men.start != s0 and not only_opener(masked[s0:men.start]):
        return None
    return _Att(men, cm.group(0), cm.start(), cm.end(), "clause")  # (read from the flow: a confidence of 0.6)


def _gesture_before(masked: str, ps: int, ss: int) -> _Att | None:
    """The speaker of a quotation after a sentence that is only a person and a gesture ('Ms
    Pritchard laughed.', 'He shrugged.', 'Asked whether ..., Smith sighed.'): that person, by
    name or as "he"/"she" (not a group: "The crowd laughed.")."""
    k = masked.rfind(".", ps, ss)
    if k < 0 or masked[k + 1:ss].strip():
        return None
    s0 = ps
    for m in _SENTENCE_START_IN.finditer(masked, ps, k):
        if not _ABBREVIATION_END.search(masked, max(ps, m.start() - 6), m.end()):
            s0 = m.end()
    g = _GESTURE_SENTENCE.fullmatch(masked, s0, ss) or _GESTURE_SENTENCE.fullmatch(masked, s0, k + 1)
    if g is None or MASK in masked[s0:ss]:
        return None
    men = np_backward(masked, g.start("verb"), g.start("subject"))
    if men is not None and men.kind == "description" and men.start == g.start("subject") \
            and men.text.split()[0] in ("the", "The") and person_noun(men.text.split()[-1]):
        return _Att(men, g.group("verb"), g.start("verb"), g.end("verb"), "pre")  # "the Liverpool head coach smiled."
    if men is None or men.start != g.start("subject") or men.kind not in ("name", "pronoun") \
            or men.kind == "pronoun" and men.text not in ("he", "she", "He", "She") \
            or men.kind == "name" and (men.text.split()[0] in _NOT_SUBJECT_START or men.text.lower() in countries()
                                       or men.text in us_states()):
        return None
    return _Att(men, g.group("verb"), g.start("verb"), g.end("verb"), "pre")


_SENTENCE_START_IN = re.compile(r"[.!?][\x01)]?[ \t]+(?=\S)")


# a name, then how it stood, then a colon and the quotation: "Torres was unmoved:", "Kim was blunt:"
_STANCE_COLON = re.compile(
    r"[ \t]*(?:(?:But|And|Yet|Still)[ \t]+)?"
    r"(?:(?:(?:When|Once|If)[ \t]+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Cc]hallenged)\b[^:,;\x01\n]{1,160},[ \t]+)?"
    # (or who the person is, before the name: "Her neighbour, retired miner Alan Reid, was blunter:")
    r"(?:(?P<pre>(?:Her|His|Their|Our|My)[ \t]+[a-z][\w'\u2019-]*(?:[ \t]+[a-z][\w'\u2019-]*){0,2},[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,3}))?"
    # (a short title before a name: "Rep. Chip Roy")
    r"(?:(?P<title>[A-Z][a-z]{1,4}\.)[ \t]+(?=[A-Z]))?"
    r"(?P<name>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}"
    r"|(?P<the>The|the|Another|One|A|An)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)(?(pre),)"
    # (an age, a party and state, an appositive in commas after a name: "Rep. Chip Roy, R-Texas, a leader of the
    # Freedom Caucus, was blunt:")
    r"(?P<app>(?:,[ \t]+(?:\d{1,3}|[DRI]-[A-Z][\w.]*|(?:a|an|the)[ \t][^:;,\x01\n]{1,120}?)){1,3},(?=[ \t]))?"
    # (and a relative clause in commas after it: "Another senior figure, who asked not to be named, was more blunt:")
    r"(?:,[ \t]+(?:who|whose)[ \t][^:;,\x01\n]{1,160}?(?:,[ \t]+(?:because|as|since)[ \t][^:;,\x01\n]{1,120}?)?,)?[ \t]+"
    r"(?:(?:was|is|remained|seemed|sounded|stayed)[ \t]+(?:(?:not|more|less|even|equally|just|as|so)[ \t]+)?"
    r"(?!(?:in|at|on|from|to|with|by|for|among|one|a|an|the|there|here|also|still)\b)[a-z]{4,}"
    # (or an idiom for speaking plainly, or a message for someone: "did not mince her words:", "had a
    # message for his critics:")
    r"|(?:did[ \t]+not|didn't|didn\u2019t)[ \t]+mince[ \t]+(?:his|her|their|its)[ \t]+words"
    r"|had[ \t]+(?:a|this|one)[ \t]+(?:[a-z]+[ \t]+)?message[ \t]+for[ \t]+[^:;\x01\n]{1,60})[ \t]*:[ \t]*$")


def _stance_then_colon(masked: str, ss: int, open_: int) -> _Att | None:
    """The speaker of a quotation after its sentence opens with a name and how that person
    stood, then a colon: 'Torres was unmoved: "Buses don't fix a broken promise."', 'Kim was
    blunt: "..."', also after the question put ('Asked whether the title race was slipping
    away, Arteta was defiant: "No."'), and for a pronoun ('..., she was blunt:'). Not a place or a
    company ("Boston was quiet:": a person's name, or one the article gives in full, only)."""
    m = _STANCE_COLON.match(masked, ss, open_)
    if m is None or m.group("app") and not any(
            item[:1].isdigit() or item[1:2] == "-" or any(r.role and is_role_like(r.role) for r in parse_description(item))
            for item in m.group("app").strip(" ,").split(", ")):
        return None  # (an appositive tells a person: "Chip Roy, a Texas Republican,", not "Boston, a city of bankers,")
    s, e = m.span("name")
    name = m.group("name")
    words = name.split()
    if name.lower() in ("he", "she", "they"):
        men = Mention(s, e, name, "pronoun")  # "Asked whether the plan would survive, she was blunt:"
    elif m.group("the"):
        if not (person_noun(words[-1]) or words[-1].lower() in role_nouns()):
            return None  # "The answer was simple:": no one (but "Another reviewer was blunter:")
        men = Mention(s, e, name, "description")  # "The mayor did not mince her words:"
    elif words[0] in _NOT_SUBJECT_START or name.lower() in countries() or name in us_states():
        return None
    elif (m.group("title") or m.group("app")) \
            and (np := np_backward(masked, m.end("app") if m.group("app") else e, ss)) is not None \
            and np.kind == "name" and (np.name_start, np.name_end) == (s, e):
        men = np  # "Rep. Chip Roy, R-Texas, a leader of the Freedom Caucus, was blunt:": his title and appositive
    else:
        men = Mention(s, e, name, "name", s, e)
    colon = masked.rfind(":", e, open_)
    return _Att(men, ":", colon, colon + 1, "pre")


_APPOSITIVE_OPEN = re.compile(r",\s+(?:who|whose|which|a|an|the|one|now|then|formerly)\b")


def _cue_of_earlier_quotation(masked: str, ss: int, att: _Att, open_: int) -> bool:
    """Does this cue attribute a quotation that opens the sentence ('"...," he said of the
    claim during a call to ABC's "This Week."' / '"...," said Ramos, whose new book ...')?
    Then the fragment at ``open_`` is part of that attribution, not a report of its own."""
    j = masked.rfind(MASK, ss, att.cue_start)
    if j < 0:
        return False
    k = j
    while k > ss and masked[k - 1] == MASK:
        k -= 1
    if masked[ss:k].strip(" \t\"'\u201c\u2018\u2014-"):
        return False  # the earlier quotation stands inside the sentence (a title): not this cue's
    men = att.mention
    if men.start >= att.cue_end:  # '"...," said Ramos, whose ...': the fragment in the appositive
        return not WORDS.findall(masked[j + 1 : att.cue_start]) and bool(_APPOSITIVE_OPEN.match(masked, men.end))
    between = masked[j + 1 : max(j + 1, men.start)] + masked[men.end : att.cue_start]
    return not WORDS.findall(between) and "," not in masked[att.cue_end : open_]


_SPEAKER_LEAD = re.compile(r"\s*(?:(?:the|a|an|his|her|their|its|our|one|another)\b|[A-Z])")
_CIRCUMSTANCE_LEADS = frozenset("in on at during after before last this early late earlier later yesterday today "
                                 "tonight".split()) | frozenset(DAYS.lower().split("|"))
_CIRCUMSTANCE_TAIL = re.compile(
    r"\s*(?:[.!?]|$|(?:in|on|at|during|after|before|when|while|to|from|about|by|with|of|last|this|early|late|"
    r"earlier|later|recently|again|afterward|afterwards|yesterday|today|tonight|" + DAYS + r"|[a-z]+ly)\b)")
_FINAL_TAIL = re.compile(r"[^,;:\x01\n]{0,60}?[.!?]?\s*$")
_TOLD_WHOM_END = re.compile(r"\s*(?:" + TOLD_OBJECT.format(sp=r"\s") + r"|(?:the|an?)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                            r"(?:meeting|conference|newspaper|paper|magazine|audience|crowd|committee|hearing|"
                            r"gathering|convention|forum|rally|session|radio|television|channel|agency|reporters|"
                            r"journalists|interviewer))"
                            r"(?=\s*(?:[.!?]|$|\s(?:in|on|at|by|after|"
                            r"before|during|last|this|earlier|later|yesterday|today|tonight|[a-z]+ly)\b))")
_PARTICIPLE_TAIL = re.compile(r",\s+(?:adding|noting|saying|citing|calling|arguing|warning|explaining|insisting|"
                              r"referring|pointing)\b")


_AS_THEN = re.compile(r"as\s+")  # (", as Bailey put it.")
_PAST_VERB = r"(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")"
_OWN_VERB_AFTER_COMMA = re.compile(r",\s+" + _PAST_VERB + r"\s")
_WHO_BEFORE_CUE = re.compile(r",\s+who\s+(?:\w+\s+)?$")  # ("Mr. Trump, who said", "Roffman, who also estimates")
_OWN_VERB_NEXT = re.compile(r"\s+" + _PAST_VERB + r"\s")  # (after a comma inside marks)


def _final_cue(masked: str, qend: int, se: int) -> tuple[_Att, int] | None:
    """An attribution that ends the sentence after some words: '"..." before the incident,
    she said.' -> (its attribution, where the reported words end: the comma)."""
    seg = masked[qend:se]
    if MASK in seg:
        pm = _PARTICIPLE_TAIL.search(seg)
        if pm is None or MASK in seg[:pm.start()]:
            return None
        # '..., Hollande said, noting the nominee "makes you want to retch."': the participle's
        # quotation is its own; the attribution ends before it
        se, seg = qend + pm.start(), seg[:pm.start()]
    # the attribution starts after one of the last commas: ', she said.' or, inverted, ', said
    # David Wasserman, an elections analyst at the Cook Political Report.'
    if _SPEAKER_LEAD.match(seg):
        return None  # '"...," the White House spokesman, Josh Earnest, said': the speaker, not a report
    c = len(seg)
    for _ in range(3):
        c = seg.rfind(", ", 0, c)
        if c <= 0 or not WORDS.search(seg, 0, c):
            return None
        att = _right_cue(masked, qend + c, se, se)
        if att is None and (am := _AS_THEN.match(masked, qend + c + 2, se)) is not None:
            att = _right_cue(masked, am.end(), se, se)  # '"...," as Bailey put it.': the as-clause attributes
            # the words before it
        gap = masked[qend + c + 2 : min(att.mention.start, att.cue_start)] if att is not None else ""
        if att is None or att.how not in ("post", "post-inv") or gap.strip() and not _AS_THEN.fullmatch(gap):
            continue  # ", and the mayor said nothing": a clause of its own
        # nothing but a circumstance after the cue ("in an interview", "on Friday"), no clause
        men = att.mention
        rest = masked[max(att.cue_end, men.end, men.desc_end or 0) : se]
        if (pm := _PARTICIPLE_TAIL.search(rest)) is not None:
            rest = rest[:pm.start()]  # "..., Hollande said Tuesday in Paris, noting ...": what he adds is its own
        if rest.startswith(", ") and WORDS.search(rest) and _CIRCUMSTANCE_TAIL.match(rest, 1):
            rest = rest[1:]  # "..., said Juan Carlos Pugliese, speaker of ..., before the meeting.": when, after his description
        if cues().base.get(att.cue.lower()) == "tell" and (tm := _TOLD_WHOM_END.match(rest)) is not None:
            rest = rest[tm.end():]  # '"..." in the European sector, a company spokesman told Reuters.' (and 'told
            # the annual shareholders meeting.', 'told a Kuwaiti newspaper.')
        if not _FINAL_TAIL.fullmatch(rest) or THAT.match(rest) or len(WORDS.findall(rest)) > 8 \
                or not _CIRCUMSTANCE_TAIL.match(rest):
            return None  # "..., Jane Doe said nothing at all": the cue has its own object
        return att, qend + c
    return None


_SIGNER = r"([A-Z][\w.'\u2019-]*(?:{sp}+(?:[A-Z][\w.'\u2019-]*|de|van|von|del|la)){{0,4}})"
# '"..." \u2015 Steve Quinlan' after the quotation; "-Michelle Marks, Philadelphia." on the next line
_DASH_SIGNED = re.compile(
    r"[ \t\u00a0]*([\u2015\u2014\u2013]|--)[ \t\u00a0]*" + _SIGNER.format(sp="[ \t\u00a0]")
    # and what the signer is: '"We will win." — Jane Doe, mayor of Springfield'
    + r"(?:,[ \t\u00a0]*(?:\d{1,3},[ \t\u00a0]*)?(?P<desc>[a-zA-Z][^\n\x01,;:!?]{1,80}?))?"  # (an age first: "29,")
    + r"[ \t\u00a0]*[.,]?[ \t\u00a0]*(?=\n|$)")
# the same in brackets: '"..." (Linda Evans, 58, midwife)'
_PAREN_SIGNED = re.compile(
    r"[ \t\u00a0]*(\()[ \t\u00a0]*" + _SIGNER.format(sp="[ \t\u00a0]")
    + r"(?:,[ \t\u00a0]*(?:\d{1,3},[ \t\u00a0]*)?(?P<desc>[a-zA-Z][^\n\x01,;:!?()]{1,80}?))?"
    + r"[ \t\u00a0]*\)[ \t\u00a0]*[.,]?[ \t\u00a0]*(?=\n|$)")
_SIGNATURE_LINE = re.compile(
    r"[ \t]*([\u2015\u2014\u2013-]|--)[ \t]*" + _SIGNER.format(sp="[ \t]") + r"(?:,[^\n\x01]{0,80})?[ \t]*$")


def _signed_next(masked: str, ns: int, ne: int) -> _Att | None:
    m = _SIGNATURE_LINE.match(masked, ns, ne)
    if m is not None and " " not in m.group(2).strip() and len(surname := m.group(2).strip().rstrip(".")) > 2 \
            and re.compile(r"\b[A-Z][\w'\u2019.-]+[ \t]+" + re.escape(surname) + r"\b").search(masked, 0, ns):
        # "- Sanders." under a fact-checked quotation: a surname alone signs for someone named before
        return _signed(masked, m, min_words=1)
    return _signed(masked, m, min_words=2)


def _signed(masked: str, m: re.Match | None, min_words: int) -> _Att | None:
    """The name of a signature match (group 1 the dash, group 2 the name) as its speaker."""
    if not m:
        return None
    toks = word_tokens(masked, m.start(2), m.end(2))
    men = classify(masked, toks[0][0], strip_trailing_period(masked, toks[0][0], toks[-1][1]), toks)
    if men.kind != "name" or len(toks) < min_words:
        return None
    if "desc" in m.re.groupindex and m.group("desc"):
        men.desc_start, men.desc_end = m.start("desc"), strip_trailing_period(masked, m.start("desc"), m.end("desc"))
    return _Att(men, masked[m.start(1):m.end(1)], m.start(1), m.end(1), "post")


def _just_after(masked: str, cue_end: int, open_: int, limit: int = 6) -> bool:
    """Only the rest of the attribution ('said to the TV.') between a cue and a quotation:
    at most ``limit`` words."""
    gap = masked[cue_end:open_]
    body = gap.rstrip()
    return (MASK not in gap and len(WORDS.findall(gap)) <= limit and body.endswith((".", ",", ":"))
            and not any(ch in "!?" or ch == "." and not _ABBREV.search(body, 0, k) for k, ch in enumerate(body[:-1])))
    # (an abbreviation's full stop ends no sentence: '"...," said Dr. Nadia Osei. "Today that changes."')


_BY_AGENT = re.compile(r"\s+by\s+")
# ", alluding to ...", ", a point he likes to make after ...": an aside on the saying, however long
_ING_ASIDE = re.compile(r"[^,\x01]{0,40},\s+[a-z]+ing\b|\s*,\s+an?\s+[a-z]"
                        # (or the writer's gloss of the words: '"All the way!" Dawson shouted, shorthand for ...')
                        r"|\s*,\s+(?:shorthand|short|code|slang)\s+for\b"
                        # (and after a clause of time, however long: '"...?" Clinton asks as a maintenance guy walks in
                        # front of her, saying he\'s "here to fix ..."': the participle is the clause's)
                        r"|\s+(?:as|while|when)\s[^,\x01]{0,80},\s+[a-z]+ing\b")


_INTRODUCED_MASK = re.compile(r"[:,]\s*" + MASK)


def _attribution_sentence(masked: str, sp: Span, ns: int, ne: int) -> _Att | None:
    qend = sp.close + 1 if sp.closed else sp.close
    if masked[qend:ns].strip():
        return None
    att = _right_cue(masked, ns, _next_mask(masked, ns, ne), ne)
    if att is None or att.mention.kind == "pronoun" and att.mention.text.lower() == "it" \
            or MASK in masked[ns:att.cue_end] or " " in att.cue and att.cue in cues().that_only:
        return None  # another quotation before the cue: not this one's attribution; nor "X also
        # voiced concern about ...", a report's phrase, which names no quotation
    rest = masked[att.cue_end:ne]
    if _INTRODUCED_MASK.search(rest):
        return None  # '..., insisting: "He definitely didn't say it."': that sentence's own quotation
    if _ING_ASIDE.match(rest):
        rest = ""  # '..., alluding to the actor's latest turn as ...': an aside, however long (and '"And I'm
        # not being paid!" LeVell declared, a point he likes to make after ...')
    if MASK in rest:
        return None  # 'Andy Robinson said he would "keep working on it"': that sentence's own quotation
    if len(WORDS.findall(rest)) > 10 or THAT.match(rest) or CLAUSE_AFTER.match(rest):
        return None
    return att


def _next_mask(masked: str, start: int, hi: int) -> int:
    k = masked.find(MASK, start, hi)
    return hi if k < 0 else k


_INNER_MASK = re.compile(r"(?<=[a-z,] )" + MASK + r"{1,40}(?= [a-z])")


def _next_speech_mask(masked: str, start: int, hi: int) -> int:
    """The next quotation that could hold speech: one that only modifies a noun inside a
    phrase ('Bill Eastland, wearing "Ted Cruz" campaign pins, said') is read past."""
    k = _next_mask(masked, start, hi)
    while k < hi:
        m = _INNER_MASK.match(masked, k, hi)
        if m is None:
            return k
        k = _next_mask(masked, m.end(), hi)
    return k


_NAMING_TAIL = re.compile(
    r",?\s+(?:during|while|last|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|and\s+[a-z]+ed|but\s+[a-z]+|"
    r"(?:in|on|at)\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+)?(?:tweet|statement|interview|speech|post|letter|"
    r"show|book|rally|news conference|press conference|radio|television|debate))\b")


def _mixed_end(text: str, masked: str, qend: int, se: int, cstart: int | None = None) -> int:
    """Where the reported clause of a mixed quote ends: the clause's end, or earlier, at a
    quotation inside it whose own punctuation ends the clause: 'that his party was "still the
    No. 1 force in Spain." --Kim Hjelmgaard', 'things "should be wrapped up by Cleveland,"
    referring to ...' (the comma inside the marks is the clause's comma)."""
    cend = clause_end(masked, qend, se, _mixed_stop(), aside=False, clause_start=cstart)  # reads on from inside the clause
    close = qend
    while close <= cend:
        if _quote_ends_clause(text, masked, close, se):
            return close + 1 if text[close - 1 : close + 1] == "''" else close
        m = MASK_RUN.search(masked, close, cend)
        if m is None:
            break
        close = m.end()
    return cend


def _quote_ends_clause(text: str, masked: str, qend: int, se: int) -> bool:
    last = text[qend - 2 : qend - 1]  # the last character inside the closing mark
    after = masked[qend:se]
    if last in (".", "!", "?"):
        nxt = after.lstrip()[:1]
        return not nxt or nxt.isupper() or nxt in "\u2014\u2013-("
    if last == ",":
        probe = "," + after[:120]
        return bool(CLAUSE_STOP.match(probe) or coordinated_cue().match(probe) or _TRAILING_SAID.match(probe))
    return False


# the sentence's own attribution after a quotation's closing comma: '... the plan "dead in the water," aides said.'
_TRAILING_SAID = re.compile(r",\s+(?:(?:the|a|an|one|two|three|some|many|other|his|her|their|its)\s+)?"
                            r"(?:[\w.'\u2019&-]+\s+){0,6}?(?:said|says|told\s+\w+|added|noted|wrote|reported)\s*(?:[.!?]|$)")


@lru_cache(maxsize=1)
def _mixed_stop() -> re.Pattern:
    """Where a mixed quote's clause ends: as :data:`CLAUSE_STOP`, and at a cue participle
    with its own clause (', adding that ...')."""
    return re.compile(CLAUSE_STOP.pattern + r"|(?=,)(?:,\s+(?:" + cue_participles() + r")\b)")




def _no_speaker_to_go_on(men: Mention) -> bool:
    """Is a report's subject one no later quotation goes on from: a share ("80% of users say"), or a
    thing ("The restoration of the older episodes revealed ...")?"""
    if _SHARE.match(men.text) or men.text.lower() == "they":
        return True  # (nor "they": many people, rarely one voice)
    if men.kind != "description":
        return False
    head = men.text.split(" of ", 1)[0].split()[-1].strip(",.").lower()
    return not (person_noun(head) or is_role_like(head) or head in _DOCUMENTS)


_SHARE = re.compile(r"[\d,.]+\s*(?:%|percent\b|per cent\b|pct\b|of\b)")  # ("80% of users", not "81-year-old Parker Eaton")
_DOCUMENTS = frozenset("statement letter report memo release email e-mail note communique".split())  # quoted from


# a sentence of narrative: a capitalised word after a quotation's end, four words or more, and its full stop
_NARRATIVE_SENTENCE = re.compile(r"[\x01][ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019,-]+){3,}[.!?][ \t]")


_THINKING = frozenset("believe think feel hope fear expect suspect reckon".split())  # (cue words' bases)


def _outer_cue_after(masked: str, sp: Span, pe: int) -> _Att | None:
    """The cue after a quotation that a naming verb before it has taken as a mixed quote, when the
    quotation ends in a comma and a speaker's cue follows ('Her friends called Trump "an orange
    buffoon," Susan said'): the whole sentence is that speaker's report."""
    if sp.last != "," or not sp.closed or len(sp.paragraphs) > 1:
        return None
    qend = sp.close + 1
    att = _right_cue(masked, qend, _next_mask(masked, qend, pe), pe)
    if att is None or att.how not in ("post", "post-inv") or att.mention.kind not in ("name", "pronoun") \
            or att.mention.text.lower() in ("it", "they"):
        return None
    return att


_POSTING = frozenset(("post", "tweet"))  # cues whose object after them is what was put out


def _right_cue(masked: str, qend: int, hi: int, se: int) -> _Att | None:
    """'...,' said X / '...,' X said / '...' he tells me."""
    seg = masked[qend:hi]
    m = _POST.match(seg)
    i = qend + m.end()
    if i >= hi:
        return None
    if (hm := _HOW_IS.match(masked, i, hi)) is not None and (vm := _HOW_VERB.search(masked, hm.end(), min(hi, hm.end() + 80))) \
            and (men := np_backward(masked, vm.start(), hm.end())) is not None and men.start == hm.end() \
            and men.kind in ("name", "description", "pronoun", "group"):
        return _Att(men, vm.group(1), vm.start(1), vm.end(1), "post")  # '"A betrayal," is how she described it'
    if (wm := _WORDS_OF.match(masked, i, hi)) is not None and (men := np_forward(masked, wm.end(), hi)) is not None \
            and men.kind in ("name", "description", "group"):
        # '"We are not going to back down" - those were the words of union leader Sharon Graham'
        return _Att(men, wm.group("noun"), wm.start("noun"), wm.end("noun"), "post-inv")
    cm = cues().rx.match(masked, i, hi)
    if cm and cm.group(0).endswith("ing"):
        return None  # '"New York values," saying the city ...': what follows a participle is said, not who says
    if cm and cm.group(0) == "state" and _LOWER_NEXT.match(masked, cm.end(), hi):
        cm = None  # '"...," state officials said': a noun phrase, its verb follows
    if cm and cm.group(0).islower() or (cm and source_phrase(cm.group(0))):
        men = np_forward(masked, cm.end(), hi)
        if (named := person_named_after_role(masked, men, hi)) is not None:
            return _Att(named, cm.group(0), cm.start(), cm.end(), "post-inv")  # '"...," said a spokesman, John Smith.'
        if men is not None and cues().base.get(cm.group(0)) in _POSTING and _MEDIA_OBJECT.match(masked, men.start, hi):
            return None  # '"Guardians of the Galaxy," posted the clip to YouTube': what was posted, no speaker (but
            # '"...," said an article in the official press', '"...," begins a scripted message': the writing speaks)
        if men is not None and men.text.lower() not in ("me", "us", "reporters", "him", "her", "them"):
            if cm.group(0) == "state":
                # '"...," state Del. Marcia Price (D), shouted': "state" opens the phrase; its verb follows
                later = _CUE_AFTER_PHRASE.match(masked, men.end, hi)
                vm = cues().rx.match(masked, later.end(), hi) if later else None
                if vm is not None and vm.group(0).islower():
                    return _Att(men, vm.group(0), vm.start(), vm.end(), "post")
            return _Att(men, cm.group(0), cm.start(), cm.end(), "post-inv")
        return None
    # '"...," it added.': an organisation or a publication named before speaks
    im = _IT_CUE.match(masked, i, hi)
    if im:
        cm = cues().rx.match(masked, im.end(), hi)
        if cm and cm.group(0).islower() and not cm.group(0).endswith("ing") \
                and ENDS_PHRASE.match(masked, cm.end(), hi):
            return _Att(Mention(im.start(1), im.end(1), "it", "pronoun"), cm.group(0), cm.start(), cm.end(), "post")
    # NP then cue, the NP at most ~12 words
    window_end = min(hi, i + 240)
    for cm in cues().rx.finditer(masked, i, window_end):
        w = cm.group(0)
        if not w.islower() and not source_phrase(w):
            continue
        if noun_use(masked, cm, i) and not _CUE_ENDS_SENTENCE.match(masked, cm.end(), hi) \
                or w == "state" and (not masked[i:cm.start()].strip() and _LOWER_NEXT.match(masked, cm.end(), hi)
                                     or (nw := NEXT_WORD.match(masked, cm.end(), hi)) is not None
                                     and nw.group(1).lower() in title_words()):
            continue  # "one of the states suing the EPA, said", "state officials said", "Scott's niece, state
            # Del. Marcia Price, shouted": a noun or an adjective of the speaker's phrase, read on
        if _SAID_NEXT.match(masked, cm.end(), hi) and masked[i:cm.start()].strip():
            continue  # '"...," the DOT report said': a noun, the verb after it attributes
        if _participle_after_noun(masked, cm, i, hi):
            return None  # "''Trump Revealed,'' a biography written by ...": the words in marks are the
            # work's title, no one says them
        if (rel := max(masked.rfind(", who ", i, cm.start()), masked.rfind(", whose ", i, cm.start()))) >= 0 \
                and "," not in masked[rel + 2:cm.start()] and (close := masked.find(",", cm.end(), window_end)) > 0 \
                and ". " not in masked[cm.end():close]:
            continue  # '"...," a French diplomat, who asked not to be named, said': the verb of the relative in
            # commas is no cue; the one after it is
        if w.endswith("ing") and masked[i:cm.start()].rstrip().endswith(","):
            return None  # '"basement dwellers" - a group of data engineers - but relished ..., posting
            # photos': a participle after a clause of its own attributes nothing before it
        if w == "saying" and (quoted := quoted_as(masked, cm.start(), i)) is not None:
            return _Att(quoted, w, cm.start(), cm.end(), "post")  # '"...," PAP quoted Baka as saying.'
        # '"...," it now says': an adverb no subject list holds, between the subject and the cue
        men = np_backward(masked, before_adverb(masked, cm.start(), i), i)
        if men is None:
            # '"...," a spokesman for Credit Lyonnais who declined to be named said': no subject at
            # the cue, but the whole phrase after the quotation speaks
            whole = _DESC_NP.fullmatch(masked, i, cm.start())
            if whole is None:
                return None
            toks = word_tokens(masked, i, whole.end(1))
            men = classify(masked, toks[0][0], toks[-1][1], toks)
            if men.desc_start is None:
                men.desc_start, men.desc_end = men.start, men.end
            return _Att(men, w, cm.start(), cm.end(), "post")
        if cues().base.get(w) in _THINKING and _LOWER_NEXT.match(masked, cm.end(), hi):
            return None  # '"... France." Ms Roche, Labour MP for Hornsey, believes legal migration is ...': a
            # sentence of its own, what she believes after the verb
        if men.kind == "description" and (named := name_before_unclosed_post(masked, i, men.start, cm.start())) is not None:
            men = named  # '"...," John Smith, a spokesman said.': the name, its appositive's closing comma missing
        after_np = men.desc_end if men.desc_end and men.desc_end > men.end else men.end
        between = _PAREN_ASIDE.sub(" ", masked[after_np : cm.start()], count=1)
        if WORDS.findall(between) and not all(x.lower() in _ADV_OK for x in WORDS.findall(between)) \
                and not _COMMA_ASIDE.fullmatch(between) and not _PLACE_ONLY.fullmatch(between):
            # ('"...," Blunt, after a long pause, said', '"...," a dealer for a German bank in London said')
            return None
        lead = masked[i : men.start]
        if lead.strip() == "state" and men.kind != "pronoun":
            # '"...," state officials said': the adjective belongs to the speaker's phrase
            s0 = i + lead.index("state")
            toks = word_tokens(masked, s0, men.end)
            return _Att(classify(masked, s0, men.end, toks), w, cm.start(), cm.end(), "post")
        if lead.endswith("state ") and men.kind == "name":
            lead = lead[:-6]  # "Scott's niece, state Del. Marcia Price, shouted": the state's, before the title
        if men.kind == "name" and _DESC_FIRST.fullmatch(lead):
            # "his wife, Gabriela Violeta Lazar, wrote": the description stands before the name
            men.desc_start, men.desc_end = i + (len(lead) - len(lead.lstrip())), i + len(lead.rstrip(" ,"))
            return _Att(men, w, cm.start(), cm.end(), "post")
        if men.kind == "name" and (pair := _NAMED_BEFORE_AND.fullmatch(lead)) is not None \
                and pair.group("name").split()[0].lower() in given_names():
            # '"...," Nick Clegg, the company's president of global affairs, and Jennifer Newstead, its
            # chief legal officer, said': two people say it; the first named speaks for both
            ns, ne = i + pair.start("name"), i + pair.end("name")
            first = Mention(ns, ne, masked[ns:ne], "name", ns, ne)
            if pair.group("desc"):
                first.desc_start, first.desc_end = i + pair.start("desc"), i + pair.end("desc")
            return _Att(first, w, cm.start(), cm.end(), "post")
        if lead.strip() in ("and", "but", "or"):
            return None  # 'Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he's ...': a
            # clause of its own joined on, whose speaker is not the quotation's (the capitals' run below
            # reads "and" inside a name: "Procter and Gamble said")
        if men.start - i > 2 and not _CAPS_ONLY.fullmatch(lead):
            # "'...?' a narrator in the Clinton ad asks": the whole phrase is the speaker
            whole = _DESC_NP.fullmatch(masked, i, cm.start())
            if whole is None:
                return None  # words before the speaker: not an attribution of this quotation
            toks = word_tokens(masked, i, whole.end(1))
            men = classify(masked, toks[0][0], toks[-1][1], toks)
            if men.desc_start is None:
                men.desc_start, men.desc_end = men.start, men.end
        return _Att(men, w, cm.start(), cm.end(), "post")
    return None
_IT_CUE = re.compile(r"(it)\s+(?:also\s+|later\s+|then\s+|now\s+|still\s+|further\s+|simply\s+)?(?=[a-z])")
# a person's name, perhaps an appositive in commas, then "and" before another speaker
_NAMED_BEFORE_AND = re.compile(r"\s*(?P<name>(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*)"
                               r"(?:,\s+(?P<desc>[^,;:()\x01\n]{1,80}),)?\s+and\s+")
# writings of someone's that speak through a participle after them ("the newspaper's editorial telling him ...")
_OWNED_WRITINGS = frozenset("editorial column op-ed report study letter statement memo article".split())
# a subject, perhaps an adverb, a verb in the past and a determiner opening its object: a clause, no phrase
_SUBJECT_VERB_OBJECT = re.compile(r"(?:(?:The|the)[ \t]+)?(?:[A-Z][\w.'\u2019&-]*[ \t]+){1,4}"
                                  r"(?:[a-z]+ly[ \t]+|later[ \t]+|then[ \t]+)?"
                                  r"[a-z]{3,}ed[ \t]+(?:his|her|their|its|the|a|an)[ \t]")
_CUE_ENDS_SENTENCE = re.compile(r"[.;]|$")  # '"...," a voice-over in the ad states.'
# a description and a comma before a name: "his wife, ", "Rep. Duncan Hunter's chief of staff, "
_DESC_FIRST = re.compile(r"\s*(?:(?:his|her|their|its|our|my|the|a|an|another|one)\s+[A-Za-z][^,;:()\x01\n]{1,50}"
                         r"(?:[^,;:()\x01\n]{1,30}\s\([A-Z][A-Za-z&.]{1,9}\))?"  # ("... Task Force (IETF), Brian Carpenter, says")
                         r"|(?:[A-Z][\w.'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*(?:'s|\u2019s)\s+[a-z][^,;:()\x01\n]{1,40}),\s+")
_DESC_NP = re.compile(r"\s*((?:a|an|the|one|another|this|these|those|his|her|their|its|our|my)\s(?:[a-z][\w-]*(?:ed|ful|ous|ive|ic|ish|less),\s)?"
                      r"[^,;:()\x01\n]{1,60}?)\s*(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?")  # ("the bespectacled, 71-year-old
# diplomat"; "a committee of MPs and peers has warned": the auxiliary is no part of it)
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_CUE_AFTER_PHRASE = re.compile(r"(?:\s*\([^()\x01\n]{1,30}\))?\s*,?\s*(?:\w+ly\s+)?")
_COMMA_ASIDE = re.compile(r"\s*,\s+(?:after|with|in|at|for|during|when|as|once|again|still|now)\b[^,;:\x01\n]{0,60},\s*")
_PAREN_ASIDE = re.compile(r"^\s*\([^()\x01\n]{1,25}\)")  # a party tag: "Rep. John Mica (R-Fla.) said"
_CAPS_ONLY = re.compile(r"(?:\s*+(?:[A-Z][\w.'\u2019&-]*+|of|the|and|for|co-\w++|\$?\d[\d,.]*+\$?|\$(?!\d))\s*+)*")  # ("Fight for $15 ...")
_ADV_OK = frozenset(
    "also later then has have had was were is previously recently once further simply flatly again "
    "earlier repeatedly often publicly privately reportedly quickly bluntly would will could might "
    "may not now even just sometimes usually typically here there all both each".split()
)
# "wanted to say", "hard to say", "going to say": no saying happened (or no one said it)
_NOT_SAYING_TO = re.compile(r"\b(?:want|wants|wanted|wanting|hard|easy|difficult|going|gonna|try|tries|tried|trying|"
                            r"refuse|refused|decline|declined|like|love|hate|need|needs|needed|have|has|had|able|"
                            r"unable|afraid|willing|hesitant|reluctant|ready|about|is|are|was|were|be|been|would|"
                            r"could|should|might|may|must|will|can|fails?|failed|began|begin|start|started|chose|"
                            r"choose|hope|hoped|plan|plans|planned|expect|expected|seem|seemed|appear|appeared)\s+to\s+$",
                            re.I)


# the words between an attribution and a cue after it that open a clause of when or why it was said
# ("Trump said, after Quick said"; not "say that, because Comey testified": inside the report)
_WHEN_SAID = re.compile(r"(?:(?!\bthat\b)[^,\x01]){0,40}?,\s+(?:after|before|when|because|since|until|once)\s+")


def _outer_report(masked: str, ss: int, latt: _Att) -> _Att | None:
    """A reporting verb earlier in the sentence whose clause holds ``latt``'s cue ("X said (that)
    Y begged ..."), with its subject found; None when there is none."""
    if latt.how != "pre" or latt.cue_start <= ss:
        return None
    before = masked[ss:latt.cue_start].rstrip()
    if before.endswith(CLAUSE_BREAK) or COORD.search(before + " "):
        return None  # "X said A, calling them '...'", "... but insists ...": the same subject's own report
    outer = _left_cue(masked, ss, latt.cue_start, require_end=False)
    if outer is None or outer.how != "pre" or outer.cue.lower() not in cues().indirect \
            or outer.mention is None or outer.mention.start >= outer.cue_start:
        return None
    gap = masked[outer.cue_end : latt.cue_start]
    inner = latt.mention
    if inner is not None and outer.cue_end <= inner.start and (_LINK_AT_END.search(masked[outer.cue_end : inner.start])
            or _WHEN_SAID.match(masked, outer.cue_end, inner.start)):
        return None  # "... said that A, and Ms. Acosta said ...", "..., although he tweeted that ...": a
        # clause of its own, joined to the first
        # ('"...," Trump said, after Becky Quick said ...': a clause of when he said it)
    if MASK in gap or any(ch in gap for ch in ";:"):
        return None  # quoted words or a break between the two cues: the nearer one attributes
    return outer
_PAREN_CUE_BEFORE = re.compile(r",\s+(?:(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|he|she|they)\s+"
                               r"(?P<cue>said|says|added|adds|noted|argued|wrote|writes)\s*,\s*$")


_REQUEST_ONLY = frozenset(("appeal",))  # cues of a request alone, never of quoted words
_OFFERING = frozenset(("offer",))  # cues whose quoted object may be a thing offered
# infinitives whose quoted object is the subject's words: 'used a speech to promise "a new deal"'
_PROMISING_INFINITIVES = frozenset("promise pledge vow declare warn insist proclaim".split())


_PEOPLE_COUNTS = frozenset("one two three four five six several some many".split())


_RELATIVE_OPENED = re.compile(r",[ \t]+(?:which|who|whom|whose)\b[^,;:\x01\n]*$")
_RELATIVE_CLOSED = re.compile(r"[^,;:\x01\n]*,[ \t]+[a-z]+[ \t]+[a-z]")


def _inside_closed_relative(masked: str, after_best: int, cm: re.Match, hi: int) -> bool:
    """Is the cue ``cm`` the verb of a relative clause in commas opened after the last cue and closed before
    ``hi``, the main clause going on after it ("..., which first complained to Brussels in 2019, of wanting")?"""
    return _RELATIVE_OPENED.search(masked, after_best, cm.start()) is not None \
        and _RELATIVE_CLOSED.match(masked, cm.end(), hi) is not None


def _left_cue(masked: str, lo: int, hi: int, require_end: bool) -> _Att | None:
    """The last cue before ``hi`` whose subject is found: 'He continued:', 'X said,'."""
    best = None
    owner = None  # the owner of a word of saying used as a noun: "his famous demand in Berlin: '...'"
    for cm in cues().rx.finditer(masked, lo, hi):
        w = cm.group(0)
        if not w.islower() and not source_phrase(w):
            continue
        if best is not None and source_phrase(w) and THAT_BEFORE.search(masked, max(lo, cm.start() - 8), cm.start()):
            continue  # "said that according to its analysis, ...": a source inside the report
        if cues().base.get(w) == "ask" and ANONYMITY_ASK.match(masked, cm.end(), hi):
            continue  # "Another senior figure, who asked not to be named, was more blunt: '...'": a request for
            # anonymity, no cue of the quotation's
        if cues().base.get(w) in _REQUEST_ONLY:
            continue  # "is already appealing against allegations that its rates are 'unfair'": a request or a legal
            # appeal, whose report the indirect reader reads ("appealed to citizens to stay indoors"), no speech
        if w.endswith("ing"):
            pw = prev_word(masked, max(lo, cm.start() - 30), cm.start())
            if pw and (pw[1].lower() in DETERMINER_BEFORE or pw[1].lower() == "without"
                       and masked[cm.end():hi].strip() not in (",", ":")
                       or pw[1].lower().endswith(("'s", "\u2019s")) and pw[1].lower()[:-2] not in _CONTRACTING_SUBJECTS):
                # ("Warren's thinking": an owner's noun; not "she's saying", she is)
                continue  # "his writing": a noun; "It goes without saying that": nothing said (but
                # "how to attack a friend without saying, '...'": the words follow)
        elif w in ("go", "goes", "went") and (not masked[cm.end():hi].rstrip().endswith((",", ":"))
                                              or _WHERE_BEFORE.search(masked, max(lo, cm.start() - 24), cm.start())):
            continue  # 'Trump says he goes "back to war tomorrow."': he goes somewhere; only 'he goes, "..."' speaks
            # (not 'She took her BlackBerry everywhere she went, "sending ..."': where she went)
        elif _participle_after_noun(masked, cm, lo, hi):
            continue  # "the anti-Washington feeling proclaimed by George Wallace": no one's report
        elif best is not None and not w.endswith("ing") and PASSIVE_BEFORE.search(masked, max(lo, cm.start() - 20), cm.start()) \
                and _BY_AGENT.match(masked, cm.end(), hi) is None:
            continue  # 'He said residents were being asked to "pay more for less"': a passive with no asker inside
            # the report, whose cue the outer verb stays
        elif best is not None and _inside_closed_relative(masked, best.end(), cm, hi):
            continue  # "the company accused Spotify, which first complained to Brussels in 2019, of wanting '...'":
            # the relative clause's verb, closed before the quotation, is no cue of it
        elif w in _PUBLISHING_PARTICIPLES and _MEDIA_RIGHT_BEFORE.search(masked, max(lo, cm.start() - 40), cm.start()):
            continue  # "thanked Trump in a video posted after the ruling '...'": the participle is the video's, no
            # report with a subject of its own (but "the statement urged": the statement reports; "in a statement
            # credited him for": a finite verb, no publishing participle)
        elif not source_phrase(w) and not verb_use(masked, cm, lo):
            if (own := owned_speech_noun(masked, cm, lo)) is not None:
                best, owner = cm, own
                continue
            if TO_BEFORE.search(masked, max(lo, cm.start() - 4), cm.start()) \
                    and (masked[cm.end():hi].strip() in (",", ":") or not masked[cm.end():hi].strip()
                         and w.lower() in _PROMISING_INFINITIVES) \
                    and not _NOT_SAYING_TO.search(masked, max(lo, cm.start() - 30), cm.start()):
                best = cm  # "Trump took to Twitter to write, '...'": the clause's subject writes
                continue
            continue  # a noun ("his home state", "AP's report"), an infinitive ("to write") or an
            # adjective ("in a written statement")
        if best is not None and w.endswith("ing") and not masked[lo:cm.start()].rstrip().endswith((",", MASK)) \
                and not _AND_BEFORE.search(masked, max(lo, cm.start() - 6), cm.start()) \
                and not _WITH_NP.search(masked, max(lo, cm.start() - 80), cm.start()) \
                and not _BY_ING.search(masked, max(lo, cm.start() - 10), cm.start()) \
                and not _BEFORE_ADDING.search(masked, max(lo, cm.start() - 12), cm.start()) \
                and not _ONE_BEFORE_PARTICIPLE.search(masked, max(lo, cm.start() - 16), cm.start()) \
                and not (_WHO_BEFORE_CUE.search(masked, max(lo, best.start() - 30), best.start())
                         and _OWN_VERB_AFTER_COMMA.search(masked, best.end(), cm.start())):
            continue  # "Thiel wrote ... explaining why": the finite verb attributes
            # (but not a verb inside a relative clause in commas: "Mr. Trump, who said last week that ..., issued a
            # statement Tuesday saying, '...'": the main clause's participle)
            # (but "with Claudia Sheinbaum describing ...": the participle has its own subject, and
            # 'could be "messy," adding, "..."' follows a quotation that ends in its own comma)
        best, owner = cm, None
    if best is None:
        return None
    w = best.group(0)
    participle = w.endswith("ing") and not w.endswith(" as saying")  # (not "was quoted as saying": a finite verb)
    if owner is not None:
        return _Att(owner, w, best.start(), best.end(), "pre")
    if source_phrase(w):
        men = np_forward(masked, best.end(), hi)
        if men is None:
            return None
        return _Att(men, w, best.start(), best.end(), "according")
    gap = masked[best.end() : hi]
    if require_end and not gap.strip().endswith(":"):
        return None
    if not participle and PASSIVE_BEFORE.search(masked, max(lo, best.start() - 20), best.start()):
        # "Trump was asked, '...'": the subject is who was asked; "by host Bill Maher" is who asks
        # (but "Sanders is pledging to '...'" is the progressive: the subject speaks)
        bm = _BY_AGENT.match(masked, best.end(), hi)
        agent = np_forward(masked, bm.end(), hi) if bm else None
        return _Att(agent, w, best.start(), best.end(), "pre") if agent is not None else None
    men = None
    if w == "saying" and (quoted := quoted_as(masked, best.start(), lo)) is not None:
        return _Att(quoted, w, best.start(), best.end(), "pre")  # 'It quoted Khomeini as saying: "..."'
    if TO_BEFORE.search(masked, max(lo, best.start() - 4), best.start()):
        men = clause_subject(masked, lo, best.start(), strict=True)
        return _Att(men, w, best.start(), best.end(), "pre") if men is not None else None
    if participle and (om := _ONE_BEFORE_PARTICIPLE.search(masked, max(lo, best.start() - 16), best.start())):
        # "Fans reacted with delight, (with) one writing: '...'": one of them, the participle's own subject
        men = Mention(om.start(1), om.end(1), om.group(1), "description")
    elif participle and not masked[lo:best.start()].rstrip().endswith(CLAUSE_BREAK):
        # "footage of Hillary Clinton asking, '...'": a name right before the participle is its subject
        nb = np_backward(masked, best.start(), lo)
        if nb is not None and not masked[nb.end:best.start()].strip():
            if TIME_OR_NUMBER.fullmatch(nb.text):
                return None  # "comments Trump made in 2006 saying '...'": the participle is the comments'
            if nb.kind == "name":
                men = nb
            else:  # "The new ad features a narrator saying:": the indefinite phrase before the participle
                toks = word_tokens(masked, nb.start, nb.end)
                k = max((n for n, t in enumerate(toks) if t[2].lower() in ("a", "an")
                         or t[2].lower() in _PEOPLE_COUNTS and (person_noun(toks[-1][2])
                                                                or toks[-1][2].endswith(("ors", "ists", "ians")))),
                        default=None)
                # ("depicts one of the security contractors asking, '...'", "shows two officers shouting")
                if k is not None and k < len(toks) - 1 and toks[-1][2].lower() not in CARRIERS:
                    men = classify(masked, toks[k][0], toks[-1][1], toks[k:])
                elif len(toks) >= 2 and toks[-1][2].lower() in _OWNED_WRITINGS and (
                        toks[-2][2].endswith(("'s", "\u2019s")) and all(t[2].lower() == "the" or t[2][:1].isupper()
                                                                          for t in toks[:-2])
                        or toks[0][2].lower() == "the" and len(toks) <= 3):  # (no verb inside: not "The senator
                    # issued his statement saying")
                    men = nb  # "the week after the newspaper's editorial telling him to leave his '...'": the
                    # writing speaks, not the sentence's subject (but "his statement saying": his, read below)
    if men is None and participle and masked[lo:best.start()].rstrip().endswith(CLAUSE_BREAK):
        # "..., when Sanders protesters interrupted her speech, shouting '...'": the subject of
        # the clause the participle follows
        men = subordinate_subject(masked, lo, best.start()) or coordinated_subject(masked, lo, best.start())
        if men is None and masked[lo:best.start()].rstrip().endswith(","):
            # '"...," said Sideways producer Michael London, adding they were a "huge first step"': the speaker
            # of the inverted attribution before the participle
            men = attribution_subject_before(masked, lo, best.start(), list(cues().rx.finditer(masked, lo, best.start())))
    if men is None and participle and _AND_BEFORE.search(masked, max(lo, best.start() - 6), best.start()):
        men = _with_subject_of_earlier_participle(masked, lo, best.start())
    if men is None and participle and not _WITH_NP.search(masked, max(lo, best.start() - 80), best.start()):
        # "The Vermont senator emailed supporters saying:" / "Speaking in his real voice, he
        # recited ..., saying:": the participle's subject is the clause's subject
        men = clause_subject(masked, lo, best.start(), strict=True)
    if men is None:
        men = np_backward(masked, best.start(), lo)
        if men is not None and men.kind == "name" and (holder := holder_of_renamed_thing(masked, lo, men)) is not None:
            men = holder  # "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore
            # Romano, said every pope was ''both religious and political''": the editor
        if men is not None and participle and _SUBJECT_VERB_OBJECT.match(masked, men.start, men.end):
            men = clause_subject(masked, lo, best.start())  # "Obama later released his statement saying ...": the
            # phrase read back from the participle holds a clause; its subject says it
        if (pw := medium_before_cue(masked, lo, men)) is not None:
            # "Dottie Deans ... is supporting Sanders and in a statement credited him for '...'": where she said
            # it, no speaker; after "and", the clause's subject
            men = clause_subject(masked, lo, pw) if COORD.search(masked, lo, pw) else None
            if men is None:
                return None
    if men is None:
        men = it_subject(masked, lo, best)  # 'It added, "..."' (the subject scan skips "it")
    if men is None and (COORD.search(masked, lo, best.start())
                        or (participle and masked[lo:best.start()].rstrip().endswith(CLAUSE_BREAK))):
        men = clause_subject(masked, lo, best.start())
        if men is None and masked.startswith(",", lo):
            # ("In a statement, the club thanked Hale ... and said ...": the sentence is read from its comma, its
            # fronted phrase cut off; the clause's subject is read from the sentence's start)
            men = clause_subject(masked, sentence_start(masked, lo), best.start())
    if men is None and (pm := _PAREN_CUE_BEFORE.search(masked, lo, best.start())) is not None \
            and (pmen := np_backward(masked, pm.start("cue"), pm.start() + 1)) is not None:
        # 'CNN, Cruz said, called the announcement "highly significant."': the report is Cruz's,
        # the verb after his attribution part of it
        return _Att(pmen, pm.group("cue"), pm.start("cue"), pm.end("cue"), "pre")
    if men is None:
        if COORD.search(masked, lo, best.start()):
            return None  # "... but described his leadership skills as ...": no subject found, no guess
        # inverted before the quote: "said Sullivan: '...'"
        if cues().base.get(w.lower()) in OBJECT_NAMING and masked[lo:best.start()].strip():
            return None  # "... called the Saudis 'free riders'", "described his views on immigration
            # '...'": what follows a naming verb is what it names, never who speaks
        men = np_forward(masked, best.end(), hi)
        if men is not None and participle and masked[lo:best.start()].strip() and (
                men.kind not in ("name", "pronoun") or masked.startswith(("'s", "\u2019s"), men.end)
                or cues().base.get(w) in RECIPIENT_CUES | _ADDRESSING):
            return None  # "in his memo to employees explaining the deal, '...'", "urging those calling for
            # ... to '...'", "telling O'Reilly that '...'": what a participle takes after it is its object
            # or whom it addresses, no speaker (but "While saying he admired ...": his)
        if men is None or men.kind == "pronoun" and men.text.lower() in ("it",) or men.text.lower() in DETERMINERS:
            return None  # (not 'said the "payments will ..."': an article is no speaker)
        if men.text.lower() in ("me", "us", "reporters", "him", "her", "them"):
            return None
        if men.kind == "pronoun" and not _INVERTED_SPEAKER_TAIL.fullmatch(masked, men.end, hi) \
                and (subj := clause_subject(masked, lo, best.start())) is not None:
            men = subj  # 'Robert Jackson, 58, MP for Wantage in Oxfordshire, said he was disillusioned with ... its
            # "dangerous" views': the pronoun opens the report; the sentence's subject says it
        elif men.kind != "pronoun" and not _INVERTED_SPEAKER_TAIL.fullmatch(masked, men.end, hi):
            return None  # 'said the government listened too much to the demands of "selfish city people"': a
            # clause after the cue, no inverted speaker ('said Sullivan: "..."', 'said the minister in a statement,')
    if TIME_OR_NUMBER.fullmatch(men.text):
        # "In August, several groups granted ..., saying '...'": a date is when, not who
        if not participle:
            tm = TIME_LEAD_BEFORE.search(masked, lo, men.start)
            men = np_backward(masked, tm.start(), lo) if tm else None  # "McConnell, who in 2010 said"
            men = men if person_before_time(men) else None
        elif "," in masked[men.end:best.start()]:
            men = clause_subject(masked, lo, best.start())
        else:
            men = None  # "comments Trump made in 2006 saying": the participle is the comments'
        if men is None or TIME_OR_NUMBER.fullmatch(men.text):
            return None
    if men.kind == "description" and len(men.text.split()) == 1 and men.text.islower() and (
            men.text.endswith(("ed", "en", "ing")) or men.text in _PARTICIPLES):
        return None  # "could be heard repeatedly shouting": a verb form ("heard") is no speaker
    if cues().base.get(w) in _THING_NAMING and not participle and men.text.lower().startswith(("a ", "an ")) \
            and not person_noun(men.text.split()[-1]) and masked[best.end():best.end() + 3].lstrip().startswith(MASK):
        return None  # "in a box labeled 'medical problem'", "a smaller mobile missile dubbed 'Midgetman'": a
        # thing named, no one speaking (the quotation right after the participle)
    if cues().base.get(w) in NAMING and men.kind == "pronoun" and men.text.lower() in ("we", "you") \
            and _WHAT_BEFORE.search(masked, max(lo, men.start - 8), men.start):
        return None  # "improvements of what we call 'infrastructure'": anyone's word for a thing, no one's speech
    if cues().base.get(w) in NAMING and men.kind == "pronoun" and men.text.lower() in ("they", "we") \
            and _WHICH_BEFORE.search(masked, max(lo, men.start - 10), men.start) \
            and (mark := masked.find(MASK, best.end(), hi + 2)) >= 0 and not masked[best.end():mark].strip():
        return None  # "a small collection, which they call 'Rubbish Verses'": the name they give a thing, its title
    if cues().base.get(w) in NAMING and men.kind not in ("name", "pronoun") and (
            not _NAMED_OBJECT.match(gap) or participle and not masked[lo:best.start()].rstrip().endswith(",")) \
            and not (not participle and _WHAT_BEFORE.search(masked, max(lo, men.start - 8), men.start)) \
            and not (not participle and not gap.strip() and _RELATIVE_THAT_BEFORE.search(masked, max(lo, men.start - 8), men.start)
                     and (men.kind in ("group", "name") or _people_phrase(men))) \
            and not (not participle and men.kind in ("description", "group") and _DETERMINED_OBJECT.match(gap)
                     and (men.kind == "group" or _people_phrase(men) or men.text.split()[-1].lower() in ORG_WORDS)):
        # (but "what prosecutors called '...'", "a case that prosecutors called '...'": the people who name it, the
        # object being "what" or the relative's "that"; and "The
        # senator called the plan '...'", "Officials in Germany called the plan '...'": a person or people, the
        # thing named after a determiner)
        if _WORDS_BEFORE_QUOTE.match(gap) and best.start() > lo \
                and (earlier := _left_cue(masked, lo, best.start(), require_end)) is not None \
                and earlier.how == "pre" and earlier.cue.lower() in cues().indirect:
            return earlier  # 'The owner said that staff had called the police and were "cooperating fully."': the
            # naming verb names nothing quoted (words stand between it and the quotation); the report before it holds
            # the words
        return None  # "a technique called 'spear phishing'": a name for a thing, not speech
        # (but "the newspaper calls it 'the pearl'": a verb with its object is a speech act, and
        # so is "The prince attacked Trump, calling him '...'")
    return _Att(men, w, best.start(), best.end(), "pre")


def _people_phrase(men: Mention) -> bool:
    """Is the phrase a person or people, by its last word or by its head before a relative clause ("One council
    member who backed him"), or another source alone ("One Republican senator said ... Another called the pick
    '...'")?"""
    return person_noun(men.text.split()[-1]) or person_noun(phrase_head(men.text)) \
        or men.text in ("Another", "another", "Others", "others")


# verbs that name things as "called" does: "in a box labeled 'medical problem'", "a missile dubbed 'Midgetman'"
_THING_NAMING = frozenset(("label", "dub"))
# what a naming verb names when it is a speech act: "one lawmaker called Trump '...'"
_NAMED_OBJECT = re.compile(r"\s*(?:it|him|her|them|this|that|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s*$")
# a thing named with its determiner, a person or people naming it: "The senator called the plan '...'"
_DETERMINED_OBJECT = re.compile(r"\s*(?:the|his|her|their|its|this|that|these|those|[A-Z][\w.&-]*['\u2019]s)\s+[\w'\u2019-]+"
                                r"(?:\s+[\w'\u2019-]+){0,3}\s*$")  # (or a name's: "called AP's report a '...'")
_PARTICIPLES = frozenset("heard seen told said known shown found thought made done".split())
_ADDRESSING = frozenset(("urge", "ask", "beg", "implore", "challenge", "invite"))  # participles whose object is addressed
_INVERTED_SPEAKER_TAIL = re.compile(r"[ \t]*|(?:,?[ \t]+(?:of|with|for|in|on|at|to|during|after|before|from|via|through|outside|inside)"
                                    r"[ \t]+[^,:;.\x01\n]{1,80}?|,[ \t]+[^:;\x01\n]{1,200}?"
                                    r"|(?:[ \t]+(?:(?:and|&|of)[ \t]+)?[A-Z][\w.&'\u2019-]*){1,5})?"  # (a firm's name going on: "and Co.")
                                    r"[ \t]*(?:[,:;.\u2015\u2014\u2013-]|--)[ \t]*")
# (what may follow an inverted speaker before the quotation: nothing, or a phrase of place or occasion or an
# appositive, then the punctuation that brings the quotation in, or the full stop after the speaker's firm)
_WHERE_BEFORE = re.compile(r"\b(?:everywhere|wherever|where|anywhere)\s+(?:[\w'\u2019]+\s+)?$")
_WHAT_BEFORE = re.compile(r"\bwhat\s+$")
_WHICH_BEFORE = re.compile(r"\b(?:which|that)\s+$")  # ("a collection, which they call")
_WORDS_BEFORE_QUOTE = re.compile(r"[^\x01]*\b(?:and|but|or|were|was|are|is|had|has|have|would|will)\s+[^\x01]*$")  # (a
# clause of its own between a naming verb and the quotation: "called the police and were")
_RELATIVE_THAT_BEFORE = re.compile(r"[a-z]\s+(?:that|which)\s+$")  # ("a case that prosecutors called")
_NEXT_WORD_AFTER = re.compile(r"[\s,]*([a-z]+)\b")
_FINITE_NEXT = frozenset("is was are were has have had will would could can may might should must took made gave "
                         "came went became led".split())
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+$")  # "by mentioning ... and adding, '...'"
_WITH_BEFORE = re.compile(r"\bwith\s+$")


def _with_subject_of_earlier_participle(masked: str, lo: int, hi: int) -> Mention | None:
    """'..., with Donald Trump tweeting that it was a "disaster" and asking, "..."': a participle
    joined by "and" to an earlier one that has its own named subject after "with" shares it."""
    earlier = None
    for cm in cues().rx.finditer(masked, lo, hi):
        if cm.group(0).endswith("ing") and cm.group(0).islower():
            earlier = cm
    if earlier is None:
        return None
    nb = np_backward(masked, earlier.start(), lo)
    if nb is None or nb.kind != "name" or masked[nb.end:earlier.start()].strip() \
            or not _WITH_BEFORE.search(masked, max(lo, nb.start - 6), nb.start):
        return None
    return nb


_BY_ING = re.compile(r"\bby\s+$")  # "... by tweeting that": the participle is the speech act
_BY_NEXT = re.compile(r"\s+by\s")  # "proclaimed by George Wallace": a participle and its agent


_PUBLISHING_PARTICIPLES = frozenset("posted released published issued shared uploaded sent broadcast aired recorded "
                                     "filmed tweeted".split())
_MEDIA_RIGHT_BEFORE = re.compile(r"\b(?:in|on|via|through|with)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?"
                                 r"(?:clip|video|post|photo|tweet|message|statement|letter|note|email|e-mail|article|"
                                 r"op-ed|column|blog|podcast|interview)\s+$")


def _participle_after_noun(masked: str, cm: re.Match, lo: int, hi: int) -> bool:
    """Is the cue ``cm`` a participle in -ed/-en right after the noun it modifies, its agent after
    "by" ("the feeling proclaimed by George Wallace", "a biography written by ...")? Not a passive
    with its auxiliary ("was asked by host Bill Maher" has its agent), nor after "as", "and", "but"
    or a dash ("..., as recalled by", "nine - described by" attribute what follows)."""
    if not cm.group(0).endswith(("ed", "en")) or _BY_NEXT.match(masked, cm.end(), hi) is None:
        return False
    pw = prev_word(masked, max(lo, cm.start() - 30), cm.start())
    return pw is not None and pw[0] + len(pw[1]) == cm.start() - 1 and pw[1].isalpha() \
        and pw[1].lower() not in ("as", "and", "but") \
        and not PASSIVE_BEFORE.search(masked, max(lo, cm.start() - 20), cm.start())
# one of a group named before as a participle's own subject: "Fans reacted with delight, one writing:"
_ONE_BEFORE_PARTICIPLE = re.compile(r"(?:,|\bwith)\s+(one|another)\s+$")
_WITH_NP = re.compile(r"\bwith\s+(?:(?!\s--?\s)[^,;\x01\u2014\u2013]){1,70}?\s*$")  # (no dash between: an aside)


# '..., "It's time to end her career," and shared a link': the sentence goes on with the speaker's next act
_AND_VERB = re.compile(r"\s*,?\s*(?:and|but)\s+(?:then\s+|also\s+)?(?:[a-z]+(?:ed|s)|kept|went|left|got|made|took|"
                       r"gave|came|ran|held|sat|stood|began|led)\b")
# after a quotation, a participle or a subordinate clause of time is the speaker's circumstance:
# 'says, "Don't you do it," until gunshots are heard'
_ING_TAIL = re.compile(r"\s*,?\s+(?:[a-z]+ing|until|as|when|while|before|after)\b")
_GAP_SUBORDINATORS = frozenset("because since although though if unless while whereas".split())
_ADVERB_ING_TAIL = re.compile(r",?\s+[a-z]+ly\s+[a-z]+ing\b")  # (", presumably meaning ...")
_NOT_INTRO_VERB = frozenset("is was are were be been has had have does did do can could will would may might "
                            "must should".split())


_HERES = re.compile(r"\s*(?:And\s+|But\s+)?Here(?:'s|\u2019s|\s+is|\s+was)\s+(?:what\s+)?"
                    r"(?P<name>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\b[^:\x01]{0,60}:$")


def _colon_intro(masked: str, ss: int, open_: int) -> _Att | None:
    """'[When ..., ]Rubio fired back forcefully:' / 'She then addressed the supporters again:'
    / "Hoff's letter makes a case:" before a quotation: the subject of the clause the colon
    ends says the quotation; its first verb is the cue. Before a comma the clause must be
    only a subject and a past-tense verb ('Hillary shot back, "..."')."""
    end = len(masked[ss:open_].rstrip()) + ss - 1
    hm = _HERES.match(masked, ss, end + 1)
    if hm is not None and masked[end] == ":":  # "Here's Clinton in December 1992: '...'"
        s0, e0 = hm.span("name")
        return _Att(Mention(s0, e0, masked[s0:e0], "name", s0, e0), ":", end, end + 1, "colon")
    comma = masked[end] == ","
    lo = masked.rfind(", ", ss, end)
    lo = ss if lo < 0 else lo + 2
    toks = word_tokens(masked, lo, end)
    while toks and toks[0][2] in SENTENCE_OPENERS and len(toks) > 1:
        toks = toks[1:]
    # (a long clause only with a name and a verb of doing in the past: "Republican presidential candidate
    # Jeb Bush broke down exactly what was wrong with the image and message to the Dutch newspaper NRC Handelsblad:",
    # not "Giant screens hanging over the arena glittered with ... a three-word proclamation:")
    long = len(toks) > 14
    if not toks or len(toks) > 24 or any(t[2] in "()[]\u2014\u2013" or t[2].startswith(MASK) for t in toks):
        return None
    for k, (ts, te, w) in enumerate(toks):
        if w in _PROGRESSIVE and k and k + 1 < len(toks) and toks[k + 1][2].endswith("ing"):
            continue  # "President Obama is rolling out a new message:": the participle is the verb
        if k == 0 and w in _SUBJECT_PRONOUNS_LOWER:
            continue  # ", he returned to his familiar lines:": the pronoun is the subject
        if w in _PERFECT and k and k + 1 < len(toks) and (toks[k + 1][2].endswith("ed") or (
                toks[k + 1][2] in ADVERBS and k + 2 < len(toks) and toks[k + 2][2].endswith("ed"))):
            continue  # "Clinton has since apologized for what happened:": the participle is the verb
        if w in _NOT_INTRO_VERB and k:
            return None  # "The plan has three parts:", "The message was:"
        if not w[:1].islower() or w in ADVERBS or w.endswith("ly"):
            continue
        past = w.endswith("ed") or w in IRREGULAR_PAST or (w.endswith("ing") and k and toks[k - 1][2] in _PROGRESSIVE)
        if k == 0 and lo > ss and not comma and past and w not in _NOT_INTRO_VERB:
            # "Mitch McConnell, R-Ky., delivered a blunt message to Trump:": the subject and
            # its appositive stand before the comma that cut the clause
            men = np_backward(masked, ts, ss)
            if men is not None and men.kind in ("name", "description", "group") and men.text[:1].isalpha() \
                    and max(men.end, men.desc_end or 0) >= lo - 4 \
                    and not PREP_BEFORE.search(masked, max(ss, men.start - 12), men.start) \
                    and not (long and men.kind != "name"):
                return _Att(men, w, ts, te, "colon")
            return None
        if k == 0 or k > 6:
            return None  # no subject before the verb, or too long a subject
        if not (past or (w.endswith("s") and not w.endswith("ss"))) \
                or not past and k + 1 < len(toks) and toks[k + 1][2] in _PLURAL_SUBJECT_VERBS:
            if comma or k > 5:
                return None
            continue  # a noun in the subject: "Hoff's letter makes", "The new rules were strict:"
        if comma and not (past and all(t[2] in _PARTICLES for t in toks[k + 1 :])):
            return None  # 'In 2010, Smith moved to Ohio, "..."': no speech act
        subj = [t for t in toks[:k] if t[2] not in ADVERBS and t[2] not in _PROGRESSIVE]
        if not subj or all(t[2].lower() in DETERMINER_BEFORE for t in subj):
            return None  # (not "The proposed question ... is:": an adjective after a determiner)
        men = classify(masked, subj[0][0], subj[-1][1], subj)
        first = subj[0][2]
        if not (first[:1].isupper() or first.lower() in pronouns()) or (
                men.kind == "pronoun" and men.text.lower() == "it"):
            return None
        if long and not (past and men.kind == "name" and len(name_tokens(men.text)) >= 2
                         and not _COLON_PREFIX_VERB.fullmatch(w)):
            return None
        return _Att(men, w, ts, te, "colon")
    return None


_PARTICLES = frozenset("back up out in on again".split())
# a verb that follows a plural subject: the word in -s before it is a noun ("The new rules were strict:")
_PLURAL_SUBJECT_VERBS = frozenset("were are have do don't can could will would may might must should".split())
_SUBJECT_PRONOUNS_LOWER = frozenset("he she they we i".split())
_PERFECT = frozenset("has have had".split())
_PROGRESSIVE = frozenset("is was are were".split())


_COLON_PREFIX_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|went|came|lives|lived|arrived|met|"
                                r"stood|stayed|grew|worked|works)\b")
_COLON_NP = re.compile(r"([A-Z][^:\x01\n]{1,80}?)\s*(?:\([^)]{1,20}\))?\s*:\s*$")


_FROM_SOURCE = re.compile(r"\s*(?:More\s+)?[Ff]rom\s+((?:the|a|an|his|her|its|their)\s+[^:,\x01\n]{1,60}?)\s*:\s*$")


# a digest's line: "HEADLINE IN CAPITALS - Michael P. McDonald: '...'", "... - More from the report: '...'"
_DASH_SOURCE = re.compile(r"\s[-\u2013\u2014]+[ \t]*(?:More[ \t]+from[ \t]+)?(?P<src>the[ \t]+[a-z]+|[A-Z][\w.'\u2019-]*"
                          r"(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|and|of))*)[ \t]*:[ \t]*$")


def _dash_source(masked: str, ss: int, m: re.Match) -> _Att | None:
    s, e = ss + m.start("src"), ss + m.end("src")
    men = np_backward(masked, e, s)
    if men is None or men.start != s or men.kind not in ("name", "description"):
        return None
    colon = masked.find(":", e)
    return _Att(men, ":", colon, colon + 1, "colon")


# a reply owned by its speaker, alone before a colon: "Jane Doe's response:", "His answer:"
_OWNERS_REPLY = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
                           r"(?=['\u2019]s\s))(?:['\u2019]s)?\s+(?:(?:curt|short|blunt|terse|simple|only|final)\s+)?"
                           r"(?:response|reply|answer|retort|verdict|message|explanation|comment|advice|warning)"
                           r"(?:\s+(?:was|is))?\s*:\s*$")  # (and "Clinton's response was:")


def _colon_speaker(masked: str, ss: int, open_: int) -> _Att | None:
    left = masked[ss:open_]
    fm = _FROM_SOURCE.match(left)
    if fm:  # "From the report: '...'": the document speaks
        s, e = ss + fm.start(1), ss + fm.end(1)
        colon = masked.find(":", e, open_)
        return _Att(Mention(s, e, masked[s:e], "description"), ":", colon, colon + 1, "colon")
    if (rm := _OWNERS_REPLY.match(left)) is not None:
        # "Jane Doe's response: '...'", "His reply: '...'": the owner of the reply speaks
        s, e = ss + rm.start("owner"), ss + rm.end("owner")
        men = np_backward(masked, e, s) if rm.group("owner")[:1].isupper() and \
            rm.group("owner").lower() not in ("his", "her", "their") else None
        if men is None:
            own = rm.group("owner").lower()
            # (a possessive is read as the pronoun of its person: "His reply:" is his, as "he" would be)
            men = Mention(s, e, OWNER_AS_SUBJECT.get(own, masked[s:e]), "pronoun" if own in OWNER_AS_SUBJECT else "name")
        if men.kind in ("name", "pronoun") and men.start == s:
            colon = masked.rfind(":", ss, ss + rm.end())  # (the colon itself, not the space after it)
            return _Att(men, ":", colon, colon + 1, "colon")
    m = _COLON_NP.search(left)
    if not m or m.start() > 1:
        return None
    s = ss + m.start(1)
    e = ss + m.end(1)
    toks = word_tokens(masked, s, e)
    if 2 <= len(toks) <= 4 and toks[-1][2].islower() and person_noun(toks[-1][2]) \
            and all(t[2].isalpha() and (n == 0 or t[2].islower()) for n, t in enumerate(toks)) \
            and toks[0][2].lower() not in _NOT_HEADLINE_LABEL and not any(t[2].lower() in cues().words for t in toks):
        # (not "Commented another diplomat:": an inverted cue)
        # "Climate scientist: '...'", "One voter: '...'": a person by a role or a noun for people
        colon = masked.find(":", e, open_)
        return _Att(Mention(s, e, masked[s:e], "description"), ":", colon, colon + 1, "colon")
    if not toks or len(toks) > 10 or not toks[-1][2][:1].isupper():
        return None
    men = np_backward(masked, e, s)
    if (on := _NAME_ON_TOPIC.match(masked, s, e)) is not None and (men is None or men.start > s) \
            and on.group("name").split()[0] not in OPENERS and on.group("name").split()[0] not in DATE_WORDS:
        # "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: '...'": the name before
        # "on" speaks, not the topic after it
        named = np_backward(masked, on.end("name"), s)
        men = named if named is not None and named.start == s else men
    elif (hv := _NAME_THEN_HEADLINE_VERB.match(masked, s, e)) is not None \
            and (hv.group("verb").lower() in cues().words or hv.group("verb").lower() in _HEADLINE_VERBS) \
            and hv.group("name").split()[0] not in OPENERS and hv.group("name").split()[0] not in DATE_WORDS \
            and (named := np_backward(masked, hv.end("name"), s)) is not None and named.start == s \
            and named.kind == "name":
        men = named  # "Trump Addresses Munich Attack: '...'", "Donald Trump Praises Breitbart's ... Boyle: '...'": a
        # headline in title case, its subject before its verb (no one called "Trump Addresses Munich Attack")
    if men is None or men.kind not in ("name",) or _COLON_PREFIX_VERB.search(masked, s, men.start):
        return None  # (not "Torres was in Leeds:": a clause before the name; but "A lesson from
        # Loretta Lynch:", "Former secretary of state Hillary Rodham Clinton:")
    if men.start > s and _MEDIUM_PREPOSITION_BEFORE.search(masked, s, men.start):
        return None  # "Then, later that month on CNN: '...'": where it was said, not who said it (but "A
        # statement by Jane Doe:", "An interview with Jane Doe:")
    if " " not in men.text and (men.text.lower() in _NOT_HEADLINE_LABEL or men.text.upper() in _EDITORIAL):
        return None  # a label: "Interview: 'I never planned to be a chef'", "Exclusive: '...'"
    colon = masked.find(":", e, open_)
    return _Att(men, ":", colon, colon + 1, "colon")


_NAME_THEN_HEADLINE_VERB = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}?)[ \t]+"
                                      r"(?P<verb>[A-Z][a-z]+s)[ \t]+\S")
# verbs of title-case headlines that the cue lexicon does not hold ("Trump Addresses ...", "Warren Hammers ...")
_HEADLINE_VERBS = frozenset("addresses slams rips hits defends attacks backs endorses rejects wins unveils "
                            "announces blames thanks honors honours mourns celebrates lashes knocks torches speaks talks opens breaks "
                            "weighs fires".split())
# a paragraph's lead naming only when and where the quotation after its colon was said: "Then, later that month on
# CNN:", "And on Fox News on Sunday:"
_WHERE_LEAD = re.compile(r"(?:(?:Then|And|But|Later|Earlier|Again|Also|Days|Weeks)\b,?[ \t]+)?(?:[a-z][\w'\u2019]*[ \t]+){0,5}?"
                         r"(?:on|in|at|during|via)[ \t]+(?:the[ \t]+)?[A-Z][\w.'\u2019&-]*(?:[ \t]+[A-Z][\w.'\u2019&-]*){0,3}"
                         r"(?:[ \t]+(?:on|in|last|this)[ \t]+[A-Z]?[a-z]+)?[ \t]*:[ \t]*")
_READ_AS = re.compile(r"[ \t]+(?:[\w'\u2019-]+[ \t]+){1,5}?as[ \t]")  # "read this as", "read the move as"
_MEDIUM_PREPOSITION_BEFORE = re.compile(r"\b(?:[Oo]n|[Ii]n|[Aa]t|[Tt]o|[Vv]ia|[Oo]ver|[Dd]uring)[ \t]+(?:the[ \t]+)?$")
_NAME_ON_TOPIC = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})[ \t]+on[ \t]+\S")


def _make_quote(text, sp: Span, att: _Att, kind, content, frags: list[Span], pi,
                res: Resolver) -> Quote | None:
    """A direct quote spans its words; a mixed quote spans the whole reported clause
    (as annotated news does), with its quoted words kept as ``fragments``."""
    fragments = []
    for f in frags:
        fs, fe = _strip_ws(text, f.start, f.end)
        if fe > fs:
            fragments.append((fs, fe))
    if not fragments:
        return None
    if kind == "mixed":
        start, end = _strip_ws(text, min(content[0], fragments[0][0]), max(content[1], fragments[-1][1]))
        if end == fragments[-1][1] and end < len(text) and text[end] in _CLOSING_MARKS:
            end += 1  # the clause ends with the quoted words: their closing mark too ('The plan is "dead"')
        if (dm := WIRE_DATELINE.match(text, start, fragments[0][0])) and (start == 0 or text[start - 1] == "\n"):
            start = dm.end()  # the report, not the wire story's dateline
    else:
        start, end = fragments[0]
    cs, ce = start, end
    men = att.mention
    ent = res.resolve(men, _names_in(text, fragments) if men.kind == "pronoun" else frozenset())
    res.spoke(men.start, ent)
    conf = {"post": 0.9, "post-inv": 0.92, "pre": 0.85, "colon": 0.8, "according": 0.8,
            "cont": 0.72, "clause": 0.6}.get(att.how, 0.5)
    if kind == "mixed":
        conf -= 0.1
    if men.kind == "pronoun":
        conf -= 0.05 if ent is not None else 0.3
    q = Quote(
        start=start, end=end, text=text[start:end], kind=kind, content_start=cs, content_end=ce,
        speaker_start=men.span[0], speaker_end=men.span[1], speaker_mention=text[slice(*men.span)],
        cue=text[att.cue_start:att.cue_end], cue_start=att.cue_start, cue_end=att.cue_end,
        confidence=round(max(0.05, min(0.99, conf)), 2), paragraph=pi, fragments=fragments,
    )
    q.speaker_key = ent.key if ent is not None else None
    if men.desc_start is not None and men.desc_end and ent is not None and ent.description is None \
            and men.kind == "name":
        res._describe(ent, men)
    return q


_S_ADVERBS = frozenset("always sometimes besides nowadays perhaps afterwards towards meanwhile".split())


def _plural_noun(word: str) -> bool:
    """Does this lower-case word look like a plural noun ("platforms", "fears"), no adverb or time word?"""
    return word.islower() and len(word) >= 5 and word.endswith("s") and not word.endswith(("ss", "ly", "us", "wards")) \
        and word not in _S_ADVERBS and word not in _CIRCUMSTANCE_LEADS
_CLOSING_MARKS = "\"\u201d'\u2019\u00bb\u201c"


def _strip_ws(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n":
        s += 1
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    return s, e


# a legal form's full stop before a wire's ticker: "Noranda Inc. <NOR>" is "Noranda Inc", as without the ticker
_LEGAL_FORM_STOP = re.compile(r"\b(Inc|Corp|Co|Cos|Ltd|Plc|Bhd)\.$")


def _without_wire_marks(name: str) -> str:
    """A speaker's name without a wire's tickers and brackets ("Noranda Inc. <NOR>" is "Noranda Inc", "Canamax Resources
    Inc> and <Pacific Trans-Ocean Resources Ltd" loses its brackets)."""
    return _LEGAL_FORM_STOP.sub(r"\1", without_wire_marks(name))


def _finalise_speaker(q: Quote, res: Resolver) -> None:
    if q.speaker_key is None:
        mention = q.speaker_mention or ""
        if mention.lower() in pronouns() or mention.lower() in RELATIVE or mention.lower() in OWNER_AS_SUBJECT \
                or NO_SPEAKER_WORD.fullmatch(mention) \
                or q.speaker_start is not None and res.told_in_headline(q.speaker_start, q.speaker_end):
            q.speaker = None
            q.speaker_kind = None
        else:
            q.speaker = (_without_wire_marks(mention) if "<" in mention or ">" in mention else mention) or None
        return
    ent = res.entities[q.speaker_key]
    q.speaker = (_without_wire_marks(ent.name) or ent.name) if "<" in ent.name or ">" in ent.name else ent.name
    q.speaker_kind = ent.kind
    desc, roles = res.introduction(ent)
    if desc and ("<" in desc or ">" in desc):
        desc = without_wire_marks(desc)
        if desc.lower() in ("", "the", "a", "an"):
            desc = None  # (the article before a firm the wire brackets: "The <National Association of ...>")
    q.speaker_description = desc
    if not roles and ent.kind == "person":
        roles = res.epithet_roles(ent)  # named with no role, then called by one ("the Arsenal manager")
    if ent.kind != "person":
        # a role of a group, an organisation or an unnamed source says more than its own name only
        # with an organisation or a place ("a Nippon Steel spokesman"), or when it names a person
        # ("a government minister"), not "The company" (role "company") nor "dealers"
        roles = [r for r in roles if r.organization or r.place or (
            ent.kind == "anonymous" and r.role and r.role.split()[-1].lower() not in _NOT_A_PERSON_ROLE)]
    q.speaker_roles = roles_as_dicts(roles)


def _that_clause_after(masked: str, pos: int, se: int) -> bool:
    """Does a "that" clause follow the cue ending at ``pos``, perhaps after a recipient ("told
    POLITICO that ...", "said on Friday that ...")?"""
    ob = OBJECT.match(masked, pos, se)
    return _THAT_RIGHT_AFTER.match(masked, pos, se) is not None \
        or ob is not None and _THAT_RIGHT_AFTER.match(masked, ob.end(), se) is not None


_THAT_RIGHT_AFTER = re.compile(r"\s+that\s+(?=[A-Za-z])(?!(?:day|night|week|month|year|morning|evening|time|is|was)\b)")
# the first word of a clause's subject right after a recipient: "told Reuters his first aim is ..."
_SUBJECT_AFTER_RECIPIENT = re.compile(
    r"\s+(?:(?:he|she|it|they|we|I|there|this|these|those|the|a|an|his|her|its|their|our|my)\b|[A-Z](?![\w.-]*['\u2019]s\b))")
# when it was told, between the recipient and the report: "told the BBC afterwards she ..."
_WHEN_AFTER_RECIPIENT = re.compile(r"\s+(?:afterwards|afterward|later|earlier|yesterday|today|on\s+(?:" + DAYS + r"))(?=\s)")


_OUTLET_WORDS_AFTER = re.compile(r"\s+(?:" + OUTLET_NOUNS + r")\b")


def _report_after_recipient(masked: str, pos: int, hi: int) -> int | None:
    """Where a report starts after the recipient of "told" that ends at ``pos``: at its subject, after when it was
    told ('told the BBC afterwards she remained "deeply concerned"'), or at a comma; None if no report starts there."""
    if (on := _OUTLET_WORDS_AFTER.match(masked, pos, hi)) is not None:
        # the outlet's kind after its name: 'told the Associated Press news agency Contrack's withdrawal was a "..."' (a
        # possessive after it is the report's subject)
        return on.end() if masked[on.end():on.end() + 2].lstrip()[:1].isupper() \
            or _SUBJECT_AFTER_RECIPIENT.match(masked, on.end(), hi) is not None else None
    if (when := _WHEN_AFTER_RECIPIENT.match(masked, pos, hi)) is not None \
            and _SUBJECT_AFTER_RECIPIENT.match(masked, when.end(), hi) is not None:
        return when.end()
    return pos if _SUBJECT_AFTER_RECIPIENT.match(masked, pos, hi) is not None or masked.startswith(",", pos) else None


# where the speaker is, between the speaker and the cue: " in London ", " at Frankfurt "
_PLACE_ONLY = re.compile(r"\s*(?:in|at)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s*")


# patterns compiled once (a module-level re call looks its pattern up in the re module's cache each time)
_LINK_AT_END = re.compile(r"(?:,|\band|\bbut|\bwhile|\balthough|\bthough|\bwhereas|\byet)\s*$")
