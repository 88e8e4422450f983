"""Quote extraction and attribution: text in, quote records out.

Pure functions; no I/O, no database. The pipeline:

1. :mod:`marks` pairs quotation marks into spans (apostrophes told apart).
2. The text is *masked*: every quotation is blanked, so rules over the
   remaining narrative never mistake quoted words for speakers or cues.
3. Sentences are found on the masked text.
4. Each quotation is attributed by the nearest cue: after it (``'...,' said
   Hafer``, ``"..." he said``), before it (``He continued: '...'``), in its
   sentence (mixed quotes: ``Webber added that ... 'studying ...'``), or by
   continuation (split quotes and quote-only paragraphs).
5. Reported speech without marks (``X said (that) ...``, ``according to X,
   ...``, ``..., he says.``) becomes indirect quotes.
6. Mentions are resolved within the article: surnames and titles to the full
   name first introduced, pronouns to the most recent compatible person,
   ``the former Marine officer`` to the anonymous source described before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from .descriptions import Role, parse_description, parse_title, roles_as_dicts
from .lexicon import (countries, cues, evidence_sources, family_names_first, given_names, is_known_firm, is_outlet, nationalities,
                      portfolios, pronouns, role_heads, title_words, titles, trie_regex, us_states)
from .marks import Span, find_spans, paragraphs
from .phrases import (
    ADVERBS,
    PEOPLE_PLURAL_ENDS,
    PARTICLES,
    _HEAD_MODIFIERS,
    _OPENING_PLURAL_HEADS,
    DETERMINERS,
    _PEOPLE_AT_HEADS,
    _PEOPLE_AT_PREPS,
    _OCCASION_NOUNS,
    _COMPANY_ENDS,
    _STOP_BACK,
    _LY_NOUNS,
    _DAYS,
    _GROUP_HEADS,
    QUANTIFIER_SUBJECTS,
    _SENTENCE_OPENERS,
    _strip_trailing_period,
    _is_title_word,
    classify,
    MASK,
    ORG_WORDS,
    RELATIVE,
    Mention,
    _person_noun,
    _tokens,
    np_backward,
    np_forward,
)

_NAME_WORD = re.compile(r"[\w'\u2019-]+\.?")
_PARTICIPLE_LEAD = re.compile(r"\s*(?:Adding|Continuing|Noting|Saying|Explaining|Concluding)\s*[,:]\s*")
_CONT_OPENER = re.compile(r"\s*(?:And|But|So|Then|Also|Instead|Still|Yet|Now|Later|Again|Plus)\s*,?\s*")
_OPENER_ONLY = re.compile(r"\s*(?:And|But|So|Then|Also|Yes|No|Well)?\s*[,:]?\s*")
_ENDS_PHRASE = re.compile(r"\s*(?:,|\.|$)")
MAX_TEXT = 50_000_000


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | mixed | indirect
    content_start: int
    content_end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_description: str | None = None
    confidence: float = 0.5
    paragraph: int = 0
    speaker_kind: str | None = None  # person | organization | anonymous | group
    speaker_mention: str | None = None
    speaker_roles: list[dict] = field(default_factory=list)
    speaker_key: int | None = None  # same number = same speaker within this text
    # the quoted words of a mixed quote, each (start, end) without its marks; for a
    # direct quote the one span start..end, for indirect speech none
    fragments: list[tuple[int, int]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


# ------------------------------------------------------------------ entities
@dataclass
class _Entity:
    key: int
    name: str
    kind: str
    gender: str | None = None
    description: str | None = None
    desc_start: int | None = None
    desc_end: int | None = None
    tokens: tuple[str, ...] = ()
    last: int = -1


_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]+")
_KIN = frozenset("daughter son wife husband brother sister father mother niece nephew cousin uncle aunt grandson "
                 "granddaughter son-in-law daughter-in-law stepson stepdaughter".split())


_KIN_BEFORE = re.compile(r"\b(?:his|her|their|[A-Z][\w.'\u2019-]*(?:'s|\u2019s))\s+(?:\w+\s+)?(?:" + "|".join(sorted(_KIN))
                         + r")\s*,?\s*$")  # "his wife, ", "Trump's daughter " before a name


def _kin(description: str | None) -> bool:
    """Is a person introduced as someone's relative ("his daughter", "Trump's son")?"""
    return bool(description) and description.lower().split()[-1].strip(",") in _KIN


_PORTFOLIO_WORDS = frozenset(w for p in portfolios() for w in p.split()) - {"and", "of", "the", "for"}


def _after_title(toks: list[str]) -> list[str]:
    """The name in a run of capitalised words after the last title before it ("Brazilian
    Finance Minister Dilson Funaro", "Supreme Court Justice Antonin Scalia": two or three words
    after it, not a firm's: "General Motors Corp"), and after a nationality before a given name
    ("American Serena Williams")."""
    for k in range(len(toks) - 3, 0, -1):
        if _is_title_word(toks[k]) and 2 <= len(toks) - k - 1 <= 3 \
                and not any(t.lower().rstrip(".") in _FIRM_ENDS for t in toks[k + 1:]):
            toks = toks[k + 1:]
            break
    if len(toks) >= 3 and toks[0] in nationalities() and toks[1].lower() in given_names():
        toks = toks[1:]
    # the office's words left by "Secretary of Defence Caspar Weinberger", "Minister of
    # Economic Affairs Robert Ortner", "Energy Minister Subroto" (one name)
    k = 1 if len(toks) > 2 and toks[0].endswith(("'s", "\u2019s")) else 0  # "Indonesia's Energy Minister Subroto"
    while k < len(toks) - 1 and (toks[k].lower() in _PORTFOLIO_WORDS or toks[k] in titles()
                                 or toks[k].rstrip(".") in titles()):
        k += 1
    rest = toks[k:]
    if k and (len(rest) >= 2 and (any(t in titles() or t.rstrip(".") in titles() for t in toks[:k])
                                  or rest[0].lower() in given_names())
              or len(rest) == 2 and not any(t.lower().rstrip(".") in ORG_WORDS | _FIRM_ENDS for t in rest)
              or len(rest) == 1 and any(t.lower() in _PORTFOLIO_WORDS for t in toks[:k])
              and any(t in titles() for t in toks[:k])):
        toks = rest  # (not "State Street Bank", "Home Depot"; nor "Sir Nicholas", "Sheikh Ali" to a bare name)
    return toks


def _from_given_name(name: str) -> str:
    """'State William Galvin' (from 'Secretary of State William Galvin') -> 'William Galvin': a
    name of three or more words starts at its given name when a capitalised word precedes it."""
    words = name.split()
    if len(words) < 3 or words[0].lower() in given_names() or words[-1].lower() in _BODY_ENDS:
        return name  # (and not "Lawyers' Christian Fellowship": a body's name)
    for i in range(1, len(words) - 1):
        if words[i - 1] in _MEMBER_ABBREVIATIONS and words[i][:1].isupper() and not words[i].isupper():
            return " ".join(words[i:])
        if words[i].lower() in given_names() and words[i][:1].isupper() and not words[i].isupper():
            # only past a word that is no name: not "Rafael Edward Cruz", "J. Gerald Hebert"
            return " ".join(words[i:]) if any(_not_a_name(w) for w in words[:i]) else name
    return name


_BODY_ENDS = ORG_WORDS | frozenset("fellowship society trust institute alliance".split())
_NOT_NAME_WORDS = frozenset("state elections staff counsel rabbi billionaire neither both either democrat "
                            "gop".split()) | frozenset(
    # BBC style puts a capitalised role before the name: "Boss Graeme Souness", "Tory Dominic Grieve"
    """boss defiant agent wing tory labour referee coach skipper veteran star legend fly-half full-back
    scrum-half winger keeper goalkeeper captain chancellor actress hooker prop centre lock midfielder
    forward host chef model pundit critic judge detective constable mp msp mep peer film-maker filmmaker
    monday tuesday wednesday thursday friday saturday sunday conservative liberal republican dem snp ukip
    analyst dj""".split()) | frozenset(
    # the last word of an office or a body before the name ("Office of Management and Budget James
    # Miller", "Chief Executive Michael Jenkins", "Minister of Trade and Industry Jose Concepcion"), a
    # church's or a peer's title, a people's name ("Spaniard Guillermo Garcia-Lopez"), a group's plural
    """budget executive aviation currency antitrust development medicine families
    archbishop cardinal commodore baroness baron bishop first spaniard swede dane finn pole briton scot
    welshman irishman judges commissioners tories""".split())
# a member's abbreviation right before the name: "Labour MP Jean Corston" (a given name on both lists)
_MEMBER_ABBREVIATIONS = frozenset("MP MSP MEP MLA AM".split())
_ROLE_ENDING = re.compile(r"(?:er|or|ist|man|woman|an|ese|ish|ing)$")


_NAME_ABBREVIATIONS = frozenset("jr sr st ste mt ft inc corp bros".split())


def _not_a_name(word: str) -> bool:
    """A word before a name that is a title, role, party, place's or outlet's, not a first name."""
    w = word.rstrip(",")
    return (w in titles() or w.rstrip(".") in titles() or w.lower() in _NOT_NAME_WORDS
            or w.endswith(("'s", "\u2019s", "s'", "s\u2019")) or (w.endswith(".") and len(w) > 2)
            or "-year-old" in w.lower() or w.lower() in portfolios()
            or "-" in w and any(p in titles() for p in w.split("-"))  # "Vice-President", "Chairman-elect"
            or bool(_ROLE_ENDING.search(w.lower()))
            or w.lower() in _FIRM_ENDS or w.lower() in ("markets", "capital"))  # "Merrill Lynch Capital
    # Markets Mario Balletto": a firm's name before a person's


def _uncapped(name: str) -> str:
    """'DONALD Trump' (a tabloid's capitals on a given name) -> 'Donald Trump'."""
    words = name.split()
    if len(words) > 1 and words[0].isupper() and not words[1].isupper() and given_names().get(words[0].lower()):
        return " ".join([words[0].title()] + words[1:])  # not "CBC Chairman", "Brent Bozell III"
    return name


@lru_cache(maxsize=8192)
def _name_tokens(name: str) -> tuple[str, ...]:
    ts = titles()
    out = []
    for w in _NAME_WORD.findall(name):
        w2 = w.rstrip(".")
        if w in ts or w2 in ts or w2.lower() in ("the",):
            continue
        for suf in ("'s", "\u2019s"):
            if w2.endswith(suf):
                w2 = w2[: -len(suf)]
        if w2:
            out.append(w2.lower())
    return tuple(out)


# one lower-case word that names no one: an article, a participle or gerund, a past form
_NO_SPEAKER_WORD = re.compile(r"(?:the|a|an|this|that|these|those|it|[a-z]+ing|came|went|said|says|helps|made)")


def _role_words(text: str) -> str:
    """A role's words for comparison: lower case, no article ("the former secretary of state"
    and "former Secretary of State" agree)."""
    words = re.findall(r"[\w'\u2019-]+", text.lower())
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


# words in a description that make what it describes an organisation ("a magazine", "a
# London-based charity", "an investment banking firm")
_ORG_DESCRIPTION_WORDS = frozenset(
    "group organization organisation company agency firm outlet newspaper magazine website network "
    "station channel publication paper daily weekly charity union association body institute bank party "
    "insurer utility airline retailer manufacturer".split())  # (not "broadcaster", "producer": people too)


def _org_description_head(desc: str) -> bool:
    """Is the head noun of a description an organisation word ("a London-based charity", "a
    coordinating body for ...", "an investment banking firm"), not a person's ("a former union
    official", "a spokesman for the author")?"""
    head = re.split(r"\s(?:of|for|at|in|on|with|to|from|based|that|which|who|whose|and|or|but)\s|[,;(]",
                    desc.lower() + " ")[0]
    words = head.split()
    return bool(words) and words[-1].strip(".'\u2019") in _ORG_DESCRIPTION_WORDS


# capital cities that speak for their governments ("Washington said", "Tokyo has asked")
_CAPITALS = frozenset("washington london tokyo paris moscow beijing peking bonn berlin brussels ottawa canberra "
                      "rome madrid seoul taipei manila jakarta delhi islamabad tehran baghdad cairo riyadh jerusalem "
                      "ankara athens lisbon dublin stockholm oslo copenhagen helsinki vienna bern warsaw prague "
                      "budapest kiev kyiv havana brasilia caracas pretoria nairobi lagos abuja hanoi bangkok "
                      "wellington damascus beirut amman kabul kuwait".split())


def _government_place(toks: tuple[str, ...], name: str) -> bool:
    """A capital or a state named alone, speaking for its government ("Washington said")."""
    return len(toks) == 1 and (toks[0] in _CAPITALS or name.strip() in us_states())


_PARTIES_PLURAL = frozenset("democrats republicans tories conservatives labour".split())
_INITIALS_AND = re.compile(r"[A-Z](?: and |/|&| & )[A-Z]")  # "S and P", "S/P", "S&P"
_NOT_A_PERSON_ROLE = _ORG_DESCRIPTION_WORDS | frozenset(
    "statement report study research survey poll data figures document documents memo letter analysis "
    "sources source ministry department bureau office commission government administration".split())
_HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr".split())
# titles that make the one surname after them a person: "President Obama backed her up ... he said"
_PERSON_TITLES = frozenset("President Sen. Senator Gov. Governor Rep. Representative Mayor Judge Justice Gen. "
                           "Prof. Professor".split())
_NOT_A_FIRM_WORD = frozenset("and of de la du der van von the".split())
_ABBREVIATION = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][A-Z&]{1,5}|(?:[A-Z]\.){2,5}|[A-Z](?: and |/|&| & )[A-Z])")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")


@lru_cache(maxsize=4096)
def _acronym_letters(name: str) -> str | None:
    """The letters of an abbreviation ("GM", "S and P", "AT&T", "U.S.A."), or None."""
    name = name.strip()
    if not _ABBREVIATION.fullmatch(name):
        return None
    if name[:4] in ("The ", "the "):
        name = name[4:].lstrip()  # "The IEA"
    return "".join(c for c in name.replace(" and ", "") if c.isupper())


@lru_cache(maxsize=4096)
def _initials(name: str) -> str | None:
    """The initials of an organisation's name without its legal form and small words ("SP" of
    "Standard and Poor's Corp", "IBM" of "International Business Machines Corp"); None when a
    word is in lower case or fewer than two words count."""
    out = []
    for w in name.split():
        lw = w.lower().rstrip(".,")
        if lw in _NOT_A_FIRM_WORD or lw == "&" or lw in _COMPANY_ENDS:
            continue
        if _DOTTED.fullmatch(w):
            out.append(w.replace(".", "").upper())  # "U.S."
        elif w[:1].isupper():
            out.append(w[0])
        else:
            return None
    return "".join(out) if len(out) >= 2 else None


# last words of a firm's name that are hardly ever a person's surname ("Power", "Steel" are)
_FIRM_LAST = frozenset("""airlines airways industries securities partners trust realty properties magazine
    research insurance bancorp holdings investments ventures enterprises laboratories technologies
    pharmaceuticals petroleum minerals mines foods stores communications studios records broadcasting radio
    television systems networks electronics software media pictures publishing savings financial bancshares
    bankshares capital bancgroup bancorporation cos""".split())
_FIRM_ENDS = _COMPANY_ENDS | _FIRM_LAST
_ORG_OR_FIRM_WORDS = ORG_WORDS | _FIRM_ENDS


def _org_head(ent: "_Entity", toks: tuple[str, ...], men: Mention) -> bool:
    """Is "the X" (one word) the head of this organisation's name: its first word or the word
    before "of" ("the Bank" for "the Bank of England", "the Chamber" for "the U.S. Chamber of
    Commerce", "the Treasury" for "the Treasury Department"), not part of an outlet's or a
    person's name ("the FDA" is not "FDA's Office of Drug Safety")? Any word of a company's name
    (one that ends in "Inc", "Co" and the like) stands for it, with or without "the" ("Avon" for
    "Avon Products Inc", "Kodak" for "Eastman Kodak Co"). Only asked when no one's name ends in
    the word."""
    if ent.kind != "organization" or len(toks) != 1 or "'s" in ent.name or "\u2019s" in ent.name:
        return False
    tokens = _name_tokens(_TICKER.sub("", ent.name)) if "<" in ent.name else ent.tokens  # "Walt Disney Co <DIS>"
    words = [w for w in tokens if w != "the"]
    if len(words) > 1 and (words[-1].rstrip(".") in _FIRM_ENDS or words[0] in _COMPANY_ENDS) \
            and toks[0] in words and toks[0] not in _COMPANY_ENDS and toks[0] not in _NOT_A_FIRM_WORD \
            and not (toks[0] in _FIRM_LAST and toks[0] == words[-1]):  # (not "Industries" for any "X Industries")
        return True  # "Avon" after "Avon Products Inc", "Kodak" after "Eastman Kodak Co", "Philips" after "NV Philips"
    if men.text.split()[0].lower() != "the":
        return False
    heads = {words[0]} | {words[i - 1] for i in range(1, len(words)) if words[i] == "of"}
    return toks[0] in heads


# "the X" for an organisation named before: X -> words of the names it can stand for ("the
# bank" also for a name ending in "bank": "Westbank AG"); the nouns of _COMPANY_NOUNS stand for
# any company (a name with a legal form or a ticker), and "the paper" for any news outlet
_PAPER_NAMES = frozenset({"times", "post", "journal", "herald", "tribune", "telegraph", "guardian", "newspaper"})
_ORG_NOUN_NAMES = {
    "company": frozenset(), "firm": frozenset(), "concern": frozenset(), "group": frozenset({"group"}),
    "partnership": frozenset({"partners", "partnership"}), "bank": frozenset({"bank", "bancorp", "banc", "bankshares"}),
    "airline": frozenset({"air", "airlines", "airline", "airways"}), "carrier": frozenset({"air", "airlines", "airways"}),
    "utility": frozenset({"power", "electric", "utilities", "edison", "energy"}), "insurer": frozenset({"insurance"}),
    "department": frozenset({"department"}), "ministry": frozenset({"ministry"}), "agency": frozenset({"agency"}),
    "commission": frozenset({"commission"}), "exchange": frozenset({"exchange"}), "union": frozenset({"union"}),
    "association": frozenset({"association"}), "board": frozenset({"board"}), "council": frozenset({"council"}),
    "newspaper": _PAPER_NAMES, "paper": _PAPER_NAMES,
}
_COMPANY_NOUNS = frozenset({"company", "firm", "concern"})
# a wire story's first words: an optional dateline ("NEW YORK, March 3 - "), then a company
# named with its legal form ("Borden Inc", "<Fiduciary Trust Co International>")
_LEGAL_FORMS = "Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|LLC|Group"  # as written after a firm's name
_WIRE_LEAD = r"[A-Z][A-Za-z.' ]*(?:,[ \t]+[A-Z][A-Za-z.' ]*)*,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]+-[ \t]+"  # "LOS ANGELES, March 9 - "
_LEAD_COMPANY = re.compile(
    r"[ \t\n]*(?:" + _WIRE_LEAD + r")?<?"
    r"(?P<name>(?:[A-Z][\w&'.-]*[ \t]+){0,5}?(?:" + _LEGAL_FORMS + r"|Cos|Bancorp|Bancorporation|Bancgroup|Bancshares)"
    r"\b(?:[ \t]+International)?)")
# a wire story's dateline, then its first speaker and "said": "LOS ANGELES, March 9 - Flying Tigers said"
_LEAD_SPEAKER = re.compile(
    r"[ \t\n]*" + _WIRE_LEAD + r"(?P<name>(?:[A-Z][\w&'.-]*[ \t]+){0,4}[A-Z][\w&'.-]*)[ \t]+(?:said|reported|announced)\b")
# organisation words that name public bodies, not firms or outlets
_PUBLIC_BODY_WORDS = (ORG_WORDS - _COMPANY_ENDS - frozenset(
    "company bank chamber network news times post journal reuters bbc cnn nbc abc cbs npr".split())) | frozenset(
    "authority school hospital church".split())
_FIRM_SHAPED = re.compile(r"(?:[A-Z]{2,}|(?:[A-Z]\.){2,})\s|.*\s(?:Canada|America|USA|UK|International)$")
_INDUSTRY_WORDS = frozenset("""oil gas energy shipping chemical chemicals software computer computers drug drugs
    insurance steel mining media airline airlines car auto retail food tobacco telecoms telecommunications
    technology engineering construction utility power investment holding brewing""".split())
# nouns for a firm right before its one-word name ("oil firm Yukos", "analysts Gartner"), and
# what follows a firm's name ("Texaco Inc", "Yukos <YUKO>")
_FIRM_NOUNS = frozenset("""firm company giant maker makers group retailer carrier airline insurer
    manufacturer producer chain operator provider developer publisher analysts broadcaster conglomerate rival
    subsidiary unit brewer bank lender supermarket utility""".split())
_FIRM_AFTER = re.compile(r"[ \t]+(?:(?:" + _LEGAL_FORMS + r"|Holdings)\b|<)")


_HONORIFIC_GENDER = {"Mr": "male", "Mr.": "male", "Mrs": "female", "Mrs.": "female", "Ms": "female",
                     "Ms.": "female", "Miss": "female"}
_SAME_HEAD = {"paper": ("paper", "newspaper"), "newspaper": ("newspaper", "paper")}
# "the president", "the senator": the title written before the name of the person it stands for
_OFFICE_ALIASES = {
    "president": r"President", "senator": r"(?:Senator|Sen\.)", "governor": r"(?:Governor|Gov\.)",
    "mayor": r"Mayor", "prime minister": r"Prime\s+Minister", "chancellor": r"Chancellor",
    "congressman": r"(?:Congressman|Rep\.)", "congresswoman": r"(?:Congresswoman|Rep\.)",
    "premier": r"Premier", "ambassador": r"Ambassador", "judge": r"Judge",
    # a portfolio's holder: "Finance Minister Edouard Balladur ... The minister said" (not the prime one)
    "minister": r"(?<!Prime )Minister", "secretary": r"(?<!Press )(?<!General )Secretary",
}


def _other_gender(ent: "_Entity", gender: str) -> bool:
    """Is this a person of the other gender (by honorific, pronoun or given name)?"""
    if ent.kind != "person":
        return False
    g = ent.gender or given_names().get(ent.tokens[0] if ent.tokens else "")
    return g is not None and g != gender


class _Resolver:
    """Entities of one article: names, anonymous descriptions, pronoun antecedents."""

    def __init__(self, text: str, masked: str):
        self.text = text
        self.masked = masked
        self._introduced: dict[int, tuple[str | None, list[Role]]] = {}
        self.entities: list[_Entity] = []
        self._cache: dict[tuple[int, int], _Entity | None] = {}

    @cached_property
    def _full_name_index(self) -> tuple[dict[str, int], dict[str, int]]:
        """First position of each full name's last and first word (for the known-name check)."""
        lasts: dict[str, int] = {}
        firsts: dict[str, int] = {}
        for q, fn in self.full_names:
            toks = _name_tokens(fn)
            if toks:
                lasts.setdefault(toks[-1], q)
                firsts.setdefault(toks[0], q)
        return lasts, firsts

    @cached_property
    def _full_names_by_surname(self) -> dict[str, list[tuple[int, str]]]:
        """The full names of :attr:`full_names` by their last word, each list in text order."""
        index: dict[str, list[tuple[int, str]]] = {}
        for p, fn in self.full_names:
            if toks := _name_tokens(fn):
                index.setdefault(toks[-1], []).append((p, fn))
        return index

    @cached_property
    def _headline_end(self) -> int:
        """Where a headline on the first line ends (0 if the text opens with no headline: a wire
        story's dateline and lead, or a first line too long for a title)."""
        nl = self.masked.find("\n")
        return nl if 0 < nl <= 200 and _WIRE_DATELINE.match(self.masked) is None else 0

    @cached_property
    def full_names(self) -> list[tuple[int, str]]:
        """Full names in the text (scanned only when a surname needs resolving)."""
        return self._scan_names(self.masked)

    @cached_property
    def _subjects(self) -> list[tuple[int, str]]:
        """Names that start sentences: likely antecedents of pronouns (scanned on demand)."""
        found = []
        dm = _WIRE_DATELINE.match(self.masked)
        lead = _SUBJECT.at_start.match(self.masked, dm.end()) if dm is not None else None
        for m in ([lead] if lead is not None else []) + list(_SUBJECT.finditer(self.masked)):
            # (and the story's first subject after a wire's dateline: "NEW YORK, Oct 20 - Ford ...")
            name, pos = m.group("name"), m.start("name")
            first = name.split()[0]
            if first in _SUBORDINATORS:
                # "If Trump doesn't ..., he said": the subject of a fronted subordinate clause is
                # mostly not who the main clause's pronoun is (and "Although" is no name)
                continue
            if (first in _NAME_MODIFIERS or first in _DATE_WORDS) and " " in name:
                # "Former President Bill Clinton agreed", "On Friday Reagan said"
                pos += len(first) + 1
                name = name[len(first) + 1:].lstrip()
            elif first in _NOT_SUBJECT:
                continue
            if name.endswith(("'s", "\u2019s")):
                name = name[:-2]  # "Bill Conti's job ... he said": the owner is the antecedent
            found.append((pos, name))
        found += [(m.start("name"), m.group("name")) for m in _DESC_SUBJECT.finditer(self.masked)]
        found += [(m.start("name"), m.group("name")) for m in _INVERTED_SUBJECT.finditer(self.masked)
                  if self.masked[m.start() - 2:m.start()] in (", ", "\u201d ", '" ', "' ", "\u2019 ", MASK + " ")]
        # (after a comma or a quotation: not "he said Ryan.")
        found += [(m.start("name"), m.group("name")) for rx in (_APPOSITIVE_NAME, _BARE_APPOSITIVE_SUBJECT)
                  for m in rx.finditer(self.masked)
                  if _person_like_name(m.group("name").split())]  # a person's, not "Our Revolution"
        return sorted(found)

    @staticmethod
    def _scan_names(masked: str) -> list[tuple[int, str]]:
        out = []
        for m in _FULLNAME.finditer(masked):
            name = m.group(0)
            toks = name.split()
            for i in range(len(toks) - 2, -1, -1):
                w = toks[i]
                if w.endswith(".") and len(w) > 3 and w[:-1].isalpha() and w not in titles() \
                        and w[:-1] not in titles() and w[:-1].lower() not in _NAME_ABBREVIATIONS:
                    toks = toks[i + 1:]  # "... on 5 May. On Tuesday Mr Kennedy will": a sentence ended
                    break
            while toks and (toks[0] in titles() or toks[0].rstrip(".") in titles() or toks[0] in _OPENERS
                            or toks[0] in ("The", "A", "An")  # "The Redstone offer": no full name "The Redstone"
                            or toks[0] in _DATE_WORDS  # "On Monday Doherty faced charges": no "Monday Doherty"
                            or toks[0] in _SUBORDINATORS or toks[0] in _NAME_MODIFIERS or toks[0].replace("\u2019", "'") in _CONTRACTED):
                if toks[0] in _BEFORE_MONTH and len(toks) > 1 and toks[1] in _NAME_MONTHS:
                    toks = toks[1:]  # "Last June Grewcock": a month, though also a given name
                toks = toks[1:]
            if toks and toks[-1].endswith(("'s", "\u2019s")):
                toks[-1] = toks[-1][:-2]
            toks = _after_title(toks)
            if len(toks) >= 2 and not any(t.lower().rstrip(".") in ORG_WORDS for t in toks):
                out.append((m.start(), _from_given_name(" ".join(toks))))
        return out

    def _new(self, name: str, kind: str, pos: int, gender: str | None = None) -> _Entity:
        name = " ".join(name.split())  # a blanked nickname leaves spaces: 'Marcia       Price'
        if kind == "person":
            name = _from_given_name(_uncapped(name))
        ent = _Entity(len(self.entities), name, kind, gender, tokens=_name_tokens(name), last=pos)
        if kind == "person" and gender is None and ent.tokens:
            gender = given_names().get(ent.tokens[0])
            ent.gender = gender
        self.entities.append(ent)
        return ent

    def resolve(self, men: Mention, named: frozenset[str] = frozenset()) -> _Entity | None:
        """The entity ``men`` refers to; ``named``: the name words of the quotation a pronoun
        speaker says, whom it is not (people rarely speak of themselves by name: '"Sean's
        situation is ...," he said' is not Sean's)."""
        key = (men.start, men.end)
        if key not in self._cache:
            self._cache[key] = self._resolve(men, named)
        return self._cache[key]

    def _resolve(self, men: Mention, named: frozenset[str] = frozenset()) -> _Entity | None:
        if men.kind == "pronoun":
            return self._pronoun(men, named)
        if men.kind == "name":
            return self._name(men)
        if men.text.lower() == "all":  # "To a man, all said ...": the group named before
            return self._group_before(men.start) or self._description(men, "group")
        if men.kind == "group":
            return self._description(men, "group")
        if _NO_SPEAKER_WORD.fullmatch(men.text):
            return None  # "reported as having asked", "reads a ...": a function word or a verb form, no one
        if _AGED.match(men.text) and (ent := self._person_before(men.start)) is not None:
            return ent  # "the 36-year-old", "The 41-year-old chart-topper": the person just named
        if men.text[:4].lower() == "the " and (ent := self._described_person(men)) is not None:
            return ent  # "the former secretary of state" after "former Secretary of State Hillary Clinton"
        if men.text[:4].lower() == "the " and (office := _OFFICE_ALIASES.get(men.text[4:].strip().lower())) \
                and (ent := self._holder(office, men.start, alone=True)) is not None:
            return ent  # "the president said" after "President Barack Obama"
        if men.text[:4].lower() == "the " and (ent := self._titled_before(men)) is not None:
            return ent  # "the home secretary said" after "Home Secretary Charles Clarke"
        if (ent := self._named_organisation(men)) is not None:
            return ent  # "The company said" after "Cheyenne Software Inc said"
        return self._description(men, "anonymous")

    def _firm_taken_for_person(self, pos: int, strict: bool = False) -> _Entity | None:
        """"Winn-Dixie, once among the most profitable of US grocers, said ... It said",
        "Microsoft has said ... The company said": a name with no given name and no "he" or "she"
        so far, taken for a person only for want of an organisation word, is the company "it" or
        "the company" refers to (and is an organisation from then on)."""
        best = None
        for ent in self.entities:
            if ent.kind == "person" and ent.gender is None and ent.tokens and ent.last < pos \
                    and pos - ent.last < 600 and ent.tokens[0] not in given_names() \
                    and (best is None or ent.last > best.last):
                best = ent
        if best is not None and _name_tokens_in_text_with_honorific(self.masked, best.name):
            best = None  # "Mr Brown": a person
        if best is not None and strict and len(best.name.split()) > 1 and not _FIRM_SHAPED.match(best.name):
            best = None  # "the company" may be one not named yet: only "Microsoft", "US Sprint", "Ford
            # Canada" (not "Elton Yates", "Arturo Hernandez Grisanti")
        if best is not None:
            best.kind = "organization"
        return best

    def _named_organisation(self, men: Mention) -> _Entity | None:
        """The organisation named before that "the company", "the bank", "the department" stands
        for: the most recent one that spoke and is of that sort (a company for "the company" or
        "the firm", a name with "Bank" for "the bank"). None if none is."""
        words = men.text.split()
        if not 2 <= len(words) <= 4 or words[0].lower() != "the" or not all(
                w in nationalities() or w.lower() in countries() or w.endswith("-based") or w in _INDUSTRY_WORDS
                for w in words[1:-1]):
            return None  # ("The Australian firm", "the Houston-based company", "the oil company";
            # not "the parent company", "the rival bank")
        noun = words[-1].lower()
        names = _ORG_NOUN_NAMES.get(noun)
        if names is None:
            return None
        best = None
        for ent in self.entities:
            if ent.kind != "organization" or ent.last >= men.start or (best is not None and ent.last <= best.last):
                continue
            toks = set(ent.tokens)
            if toks & names or noun == "bank" and any(t.endswith("bank") for t in toks) \
                    or noun in ("paper", "newspaper") and is_outlet(ent.name) or noun in _COMPANY_NOUNS and (
                    toks & _FIRM_ENDS or _TICKER.search(ent.name) is not None):
                best = ent
        if best is None and noun in _COMPANY_NOUNS:
            best = self._company_otherwise(men.start)
        if best is not None:
            best.last = men.start
        return best

    def _company_otherwise(self, pos: int) -> _Entity | None:
        """What "the company" stands for when no company named as one spoke before: an
        organisation that spoke and is no public body, outlet or place ("ATT said"), else a
        one-word name taken for a person ("Microsoft has said"), else the company a wire story
        opens with ("NEW YORK, March 3 - Borden Inc called for redemption ...")."""
        best = None
        for ent in self.entities:
            if ent.kind == "organization" and ent.last < pos and (best is None or ent.last > best.last) \
                    and not set(ent.tokens) & _PUBLIC_BODY_WORDS and not is_outlet(ent.name) \
                    and not _government_place(ent.tokens, ent.name) and ent.name.lower() not in countries() \
                    and " ".join(ent.tokens) not in _PARTIES_PLURAL:
                best = ent
        if best is None:
            best = self._firm_taken_for_person(pos, strict=True)
        if best is None:
            lead = _LEAD_COMPANY.match(self.masked)
            if lead is not None and lead.end("name") <= pos:
                name = lead.group("name")
                best = next((x for x in self.entities if x.name == name and x.kind == "organization"), None) \
                    or self._new(name, "organization", pos)
        if best is None and (lead := _LEAD_SPEAKER.match(self.masked)) is not None and lead.end("name") <= pos:
            # "LOS ANGELES, March 9 - Flying Tigers said it has expanded ... The company also said":
            # a wire story's first speaker, named without a legal form, is the company it is about
            # (not a person: "Treasury Secretary James Baker said", "Investor Paul Bilzerian said")
            name = lead.group("name")
            words = name.split()
            toks = _name_tokens(name)
            if not any(w.lower() in given_names() for w in words[:-1]) \
                    and not any(w.rstrip(".") in titles() for w in words) and not any(
                        x.kind == "person" and x.name != name and x.tokens[-len(toks):] == toks for x in self.entities):
                # (nor the surname of a person named in full: "Paul Bilzerian ... Bilzerian said")
                best = next((x for x in self.entities if x.name == name), None)
                if best is None or best.kind != "person" or best.gender is None:
                    best = best or self._new(name, "organization", pos)
                    best.kind = "organization"
                else:
                    best = None
        return best

    def _described_person(self, men: Mention) -> _Entity | None:
        """The one person named earlier whose stated role this definite description repeats
        ("Hillary Clinton, the former secretary of state" ... "The former secretary of state said")."""
        want = _role_words(men.text)
        if not want:
            return None
        found = []
        for ent in self.entities:
            if ent.kind != "person" or len(ent.tokens) < 2 or ent.last >= men.start:
                continue
            desc, roles = self.introduction(ent)
            stated = {_role_words(desc or "")} | {_role_words(" ".join(
                w for w in (r.qualifier, r.role, "of" if r.organization and r.role else None, r.organization) if w))
                for r in roles if r.role}
            if want in stated:
                found.append(ent)
        if len(found) != 1:
            return None
        found[0].last = men.start
        return found[0]

    def _person_before(self, pos: int) -> _Entity | None:
        """The most recent named person before ``pos``: a speaker, or a known name opening a sentence."""
        best = None
        for ent in self.entities:
            if ent.kind == "person" and ent.tokens and ent.last < pos and (best is None or ent.last > best.last):
                best = ent
        subj = self._subject_before(pos, "none")
        if subj is not None and (best is None or subj[0] > best.last):
            p, name = subj
            words = name.split()
            # a person's name starts with a given name: "Spike Lee" of "Film-maker Spike Lee";
            # not "Double Olympic" (of "Double Olympic champion Kelly Holmes") nor a film's title
            k = next((i for i, w in enumerate(words) if w.lower() in given_names()), None)
            if k is not None and len(words) - k >= 2:
                p += len(" ".join(words[:k])) + (1 if k else 0)
                name = " ".join(words[k:])
                best = self._name(Mention(p, p + len(name), name, "name", p, p + len(name)))
        if best is not None:
            best.last = pos
        return best

    def _name(self, men: Mention, gender: str | None = None) -> _Entity:
        """The entity a name mention is; ``gender``, a pronoun's, when the name is its antecedent."""
        name = men.name or men.text
        toks = _name_tokens(name)
        pos = men.start
        words = men.text.split()
        if len(words) >= 2 and words[0] in ("the", "The") and words[-1].rstrip(".") in titles() \
                and all(w[:1].isupper() for w in words[1:]) and (ent := self._holder(words[1:], pos)):
            return ent  # "the Treasury Secretary said" after "Treasury Secretary James Baker": Baker
        if not toks:
            return self._new(name, "person", pos)
        honorific = _HONORIFIC_GENDER.get(words[0]) or (gender if gender in ("male", "female") else None)
        # an entity already known whose name contains these tokens
        best = None
        matches = []
        head_of = None  # an organisation this word is the head of, if no name ends in it
        for ent in self.entities:
            if ent.kind in ("person", "organization") and ent.tokens and set(toks) <= set(ent.tokens):
                if ent.tokens[-1] == toks[-1] or len(toks) > 1:
                    matches.append(ent)
                    if best is None or ent.last > best.last:
                        best = ent
                elif _org_head(ent, toks, men) and (head_of is None or ent.last > head_of.last):
                    head_of = ent
        if honorific and len(toks) == 1 and any(_other_gender(m, honorific) for m in matches):
            # "Mr. Trump" is not Ivanka Trump, "Mrs. Clinton" not Bill Clinton: of the people
            # with this surname, one of the gender the honorific (or the pronoun) says
            fits = [m for m in matches if not _other_gender(m, honorific)]
            if fits:
                matches = fits
                best = max(fits, key=lambda m: m.last)
            elif _other_gender(best, honorific) and self._surname_full_name(toks, pos, honorific, strict=True):
                matches, best = [], None  # one named in the text, not yet an entity
        if best is None and head_of is not None:
            head_of.last = pos
            return head_of  # "the Bank" after "the Bank of England", "Avon" after "Avon Products Inc"
        if len(toks) == 1 and len({m.tokens for m in matches if len(m.tokens) > 1}) > 1:
            # two different people share this surname here: the one not introduced as a relative
            # ("his daughter Ivanka Trump" is "Ivanka" later, "Trump" is her father), or no guess
            unrelated = {m.tokens for m in matches if len(m.tokens) > 1 and not _kin(m.description)}
            if len(unrelated) == 1:
                best = max((m for m in matches if m.tokens in unrelated), key=lambda m: m.last)
                best.last = pos
                return best
            same = [m for m in matches if m.tokens == toks]
            if same:
                same[0].last = pos
                return same[0]
            return self._new(name, "person", pos)
        if best is not None and len(toks) == 1 and _kin(best.description):
            # "Trump" after "his daughter Ivanka Trump": the article's other full name with this surname
            other = next((fn for p, fn in reversed(self.full_names) if p < pos
                          and _name_tokens(fn)[-1:] == toks and len(_name_tokens(fn)) > 1
                          and _name_tokens(fn) != best.tokens), None)
            if other is not None:
                return self._name(Mention(men.start, men.end, other, "name"))
        if best is not None:
            best.last = pos
            if men.desc_start is not None and best.description is None:
                self._describe(best, men)
            return best
        if (letters := _acronym_letters(name)) is not None and (ent := self._abbreviated(letters, pos)) is not None:
            ent.last = pos
            return ent  # "S and P" after "Standard and Poor's Corp", "GM" after "General Motors Corp"
        if len(toks) >= 2 and (ent := self._abbreviation_of(name, pos)) is not None:
            # "the International Energy Agency" after "The IEA": the organisation, by its full name
            ent.name, ent.tokens, ent.last = name, toks, pos
            return ent
        full = name
        if len(toks) == 1:
            # a surname: the full name the article introduced earlier
            fn = self._surname_full_name(toks, pos, honorific)
            if fn is None and pos < self._headline_end and men.desc_start is None and not self._org_name(men, toks):
                # a headline names people before the story does: "Gillibrand on ...: '...'" is the
                # Kristen Gillibrand named below (a person's name: a given name first)
                fn = next((f for p, f in self._full_names_by_surname.get(toks[0], ())
                           if p > pos and f.split()[0].lower() in given_names()), None)
            if fn is not None:
                full = fn
            else:
                # a family name written first: "Ho" after "Ho Kian Fah", "Kim" after "Kim Dae-jung"
                for p, fn in reversed([x for x in self.full_names if x[0] < pos]):
                    ft = _name_tokens(fn)
                    if ft[:1] == toks and name.strip() in family_names_first() and ft[-1] not in _FIRM_ENDS and (
                            len(ft) == 3 or len(ft) == 2 and "-" in fn.split()[-1]):
                        full = fn
                        break
        elif len(toks) == 2 and toks[0] in PARTICLES and (fn := self._surname_full_name(toks[1:], pos, honorific)) \
                and _name_tokens(fn)[-2:] == toks:
            full = fn  # "Le Pen" after "Marine Le Pen", "De Clercq" after "Willy De Clercq": a surname with its particle
        # a surname completed from a person's full name is that person ("Bloomberg" after "Michael Bloomberg")
        ent = self._new(full, "organization" if full == name and self._org_name(men, toks) else "person", pos)
        if honorific and ent.kind == "person":
            ent.gender = honorific
        if men.desc_start is not None:
            self._describe(ent, men)
        return ent

    def _latest(self, pos: int, test) -> _Entity | None:
        """The entity mentioned last before ``pos`` that passes ``test``."""
        return max((e for e in self.entities if e.last < pos and test(e)), key=lambda e: e.last, default=None)

    def _abbreviated(self, letters: str, pos: int) -> _Entity | None:
        """The organisation named before ``pos`` whose name's initials are ``letters``."""
        return self._latest(pos, lambda e: (e.kind == "organization" or set(e.tokens) & _FIRM_ENDS)
                            and _initials(e.name) == letters)

    def _abbreviation_of(self, name: str, pos: int) -> _Entity | None:
        """The organisation named before ``pos`` by an abbreviation of ``name`` ("IEA", "The IEA"
        before "International Energy Agency")."""
        initials = _initials(name)
        return None if initials is None else self._latest(
            pos, lambda e: e.kind == "organization" and _acronym_letters(e.name) == initials)

    def _org_name(self, men: Mention, toks: tuple[str, ...]) -> bool:
        """Is this name an organisation's? Yes for an organisation word, a company's legal form or
        stock ticker, a country, capital, state or party, an outlet, an acronym, a description
        headed by an organisation word ("the Pentagon", "Consumers Power Co", "Washington",
        "Rolling Stone", "Acme, a London-based charity"); no for a person by title ("The Rev.
        Jesse Jackson", "the Treasury Secretary") or by description ("a spokesman for ...")."""
        joined = " ".join(toks)
        name = men.name or men.text
        words = men.text.split()
        if len(words) > 2 and words[0].lower() == "the" and words[1].rstrip(".") in titles() \
                and toks and toks[0] in given_names() and not any(t in ORG_WORDS for t in toks):
            return False  # "The Rev. Jesse Jackson": a person with a title, not "the Pentagon"
        if men.name_start is not None and men.name_start > men.start \
                and self.text[men.start:men.name_start].rstrip().endswith(("'s", "\u2019s")) \
                and not any(t in ORG_WORDS or t in _COMPANY_ENDS for t in toks) \
                and (toks[0] in given_names() or len(toks) == 2 and not name.rstrip().endswith("s")):
            return False  # "the Congressional Budget Office's Rudolph Penner": a person of the organisation
        if _TICKER_END.search(men.text) or is_known_firm(name.strip()):
            return True  # "Merrill Lynch and Co <MER>": a listed company, its stock ticker after it;
            # "Morgan Stanley", "Statistics Canada": a firm or agency the firm list knows
        acronym = _ACRONYM.fullmatch(name.strip()) is not None
        company = len(toks) > 1 and toks[-1] in _COMPANY_ENDS or (  # "Consumers Power Co", "Belmoral Mines Ltd"
            len(toks) > 2 and toks[-2] == "and" and toks[-1] in ("company", "sons", "partners", "associates")) \
            or len(toks) > 1 and (toks[-1] in _FIRM_LAST or toks[-1] == "exchange")  # "Trans World Airlines",
        # "Warburg Securities", "the American Stock Exchange" (an exchange is no company for "the company")
        desc = self.text[men.desc_start:men.desc_end].lower() if men.desc_start is not None else ""
        org_desc = desc.startswith(("a ", "an ")) and _org_description_head(desc) \
            and not (toks and toks[0] in given_names())  # (not "Jo Flaherty, a senior broadcaster")
        if len(words) > 1 and words[0].lower() == "the" and words[-1].rstrip(".") in titles() \
                and not any(t in ORG_WORDS for t in toks):
            return False  # "the Treasury Secretary", "The King": a person by office, not "the Pentagon"
        if _government_place(toks, name) or joined in _PARTIES_PLURAL \
                or _INITIALS_AND.fullmatch(name.strip()):
            return True  # "Washington said", "Texas says": the government; "Democrats"; "S and P", "S/P"
        if len(toks) == 1 and toks[0] not in given_names() and not words[0].rstrip(".") in _HONORIFICS \
                and name.strip()[:1].isupper() and self._named_as_firm(name.strip()):
            return True  # "Texaco said" in an article that wrote "Texaco Inc", "software giant Microsoft"
        if not (men.text.lower().startswith("the ") or any(t in ORG_WORDS for t in toks) or company
                or joined in countries() or is_outlet(joined) or acronym or org_desc):  # "F.A.A.", "NATO"
            return False
        if company and toks[0] not in given_names():
            return True  # "Consumers Power Co, a utility holding ...": its legal form says what it is
        return org_desc or not desc.startswith(("a ", "an "))

    def _named_as_firm(self, name: str) -> bool:
        """Does the article write this one-word name as a firm's anywhere: with a legal form or
        a ticker after it ("Texaco Inc", "Yukos <YUKO>"), or after a noun for a firm ("oil firm
        Yukos", "software giant Microsoft", "analysts Gartner")?"""
        text = self.text
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
                if _FIRM_AFTER.match(text, j):
                    return True
                before = text[max(0, i - 16):i]
                prev = before.split()
                if before[-1:] in " \t" and prev and prev[-1] in _FIRM_NOUNS:
                    return True
            i = text.find(name, j)
        return False

    def _describe(self, ent: _Entity, men: Mention) -> None:
        ds, de = men.desc_start, men.desc_end
        if ds is None or de is None or de <= ds:
            return
        if men.name_start is not None and de == men.name_start and ent.kind == "person" \
                and (k := self.text.find(ent.name, de, men.end)) > de and self.text[de:k].strip():
            de = k  # "Chancellor of the Exchequer Nigel Lawson": the words the name lost are the title's
        ent.description = self.text[ds:de].strip(" ,")
        ent.desc_start, ent.desc_end = ds, de

    def _description(self, men: Mention, kind: str) -> _Entity:
        head = _desc_head(men.text)
        evidence = _evidence_head(men.text)
        for ent in reversed(self.entities):
            if ent.kind == kind and evidence != _evidence_head(ent.name):
                continue  # "one official" is not "official figures", nor "the bank" "central bank figures"
            if ent.kind == kind and head and _desc_head(ent.name) == head:
                ent.last = men.start
                return ent
            if ent.kind == kind and head and any(f" {h} " in f" {_before_preposition(ent.name)} "
                                                 for h in _SAME_HEAD.get(head, (head,))):
                # (whole words: no "man" in "woman", no "dealer" in "dealers"; "the paper" is "the newspaper")
                ent.last = men.start
                return ent
        ent = self._new(men.text, kind, men.start)
        ent.description = men.text
        ent.desc_start, ent.desc_end = men.start, men.end
        return ent

    @cached_property
    def masked_lower(self) -> str:
        return self.masked.lower()

    def _titled_before(self, men: Mention) -> _Entity | None:
        """The person an earlier title named: "Tory leader Michael Howard" for a later "the Tory
        leader", "England coach Sven-Goran Eriksson" for "the England coach" (two to four words
        ending in a role; the title's words in either case, since the press writes both)."""
        words = men.text.split()[1:]
        if not 2 <= len(words) <= 4 or words[-1].lower() not in role_heads() \
                or not all(_TITLE_WORD.fullmatch(w) for w in words):
            return None
        window = self.masked_lower[max(0, men.start - 4000) : men.start]
        if words[0].lower() not in window or words[-1].lower() not in window:
            return None  # (the title's words nowhere before: no scan)
        return self._holder(r"\s+".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in words), men.start)

    def _holder(self, office: list[str] | str, pos: int, alone: bool = False) -> _Entity | None:
        """The entity of :meth:`_office_holder`, last mentioned at ``pos``."""
        held = self._office_holder(office, pos, alone)
        if held is None:
            return None
        ent = self._name(held)
        ent.last = pos
        return ent

    def _office_holder(self, office: list[str] | str, pos: int, alone: bool = False) -> Mention | None:
        """The person the article last named with this office before ``pos`` ("Treasury
        Secretary James Baker" for a later "the Treasury Secretary"; ``office`` a list of words,
        or a pattern of the title's spellings), as a name mention. With ``alone``, only if no
        other person was named since (a bare "the senator" may be any senator)."""
        words = office if isinstance(office, str) else r"\s+".join(map(re.escape, office))
        # (not "Deputy Prime Minister John Prescott" for "the prime minister")
        rx = re.compile(r"(?<![Dd]eputy )(?<![Vv]ice )(?<![Ff]ormer )(?<!Acting )(?<![Ss]hadow )(?<!Assistant )\b"
                        + words + r"\s+((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+"
                        r"(?:\s+(?:al|el|bin|ibn|van|von|de|da|di|du|del|der|la|le)[-\s][\w'\u2019-]+)?)")
        last = None
        for m in rx.finditer(self.masked, max(0, pos - 4000), pos):
            last = m
        if last is None:
            return None
        name = last.group(1).split()
        if not (_person_like_name(name) or len(name) == 1 and name[0].lower() not in ORG_WORDS
                and name[0] not in titles() and name[0] not in _DATE_WORDS and not name[0].endswith(("'s", "\u2019s"))
                or len(name) > 1 and "-" in name[-1] and name[-1][:1].islower()):
            return None  # ("President Reagan": one surname will do; not "Prime Minister Monday")
        s, e = last.span(1)
        surname = _name_tokens(last.group(1))[-1:]
        if alone and (any(ent.kind == "person" and ent.tokens and ent.tokens[-1:] != surname and e < ent.last < pos
                          for ent in self.entities)
                      or any(e < p < pos and _name_tokens(n)[-1:] != surname for p, n in self._subjects
                             if _person_like_name(n.split()) or n.split()[0] in _HONORIFIC_GENDER)):
            return None  # with ``alone``: another person spoke or was named since ("the senator" may be that one)
        return Mention(s, e, last.group(1), "name", s, e)

    def _surname_full_name(self, toks: tuple[str, ...], pos: int, gender: str | None,
                           strict: bool = False) -> str | None:
        """The full name introduced before ``pos`` that ends in this surname: the latest one,
        or the latest whose given name fits ``gender`` when there is one (``strict``: only that)."""
        latest = kin = None
        # (only a one-word surname can equal a full name's last word: those names, by surname)
        names = self._full_names_by_surname.get(toks[0], ()) if len(toks) == 1 else self.full_names
        for p, fn in reversed(names):
            if p >= pos:
                continue
            ft = _name_tokens(fn)
            if ft[-1:] == toks:
                if _KIN_BEFORE.search(self.masked, max(0, p - 40), p) and not (gender and given_names().get(ft[0]) == gender):
                    kin = kin or fn  # "at the urging of his wife, Jane Sanders": a later "Sanders" is
                    continue  # the senator named before her, as for an entity introduced as kin
                if gender is None or given_names().get(ft[0]) == gender:
                    return fn
                latest = latest or fn
        return None if strict else latest or kin

    def _pronoun(self, men: Mention, named: frozenset[str] = frozenset()) -> _Entity | None:
        gender, kind = pronouns()[men.text.lower()]
        if kind == "person" and gender == "none":
            return None  # "I": the writer or an unnamed speaker
        best = None
        for ent in self.entities:
            if ent.last >= men.start:
                continue
            if kind == "group" and (ent.kind != "group" or _evidence_head(ent.name)):
                continue  # "they" is people: an outlet that "talked to" soldiers is not who "they" are,
                # nor are "official figures"
            if kind == "organization" and (ent.kind != "organization" or _government_place(ent.tokens, ent.name)):
                continue  # (not a capital or a state speaking for its government: "it" is rarely one)
            if kind == "person":
                if ent.kind not in ("person", "anonymous"):
                    continue
                if ent.kind == "anonymous" and (_org_description(ent.name) or _evidence_head(ent.name)
                                                or _not_a_he(ent.name) or gender != "none" and _plural_people(ent.name)):
                    continue  # "The government says ..." is no "he", nor "the survey found", nor "Mr Bell's
                    # speech", nor "Many conservatives"
                eg = ent.gender or (_role_gender(ent.name) if ent.kind == "anonymous" else None)
                if eg and gender != "none" and eg != gender:
                    continue  # (nor is "his mother" a "he")
                if _named_in(ent.tokens, named):
                    continue
            if best is None or ent.last > best.last:
                best = ent
        if best is None and kind == "organization":
            best = self._thing_before(men.start)  # "The newspaper ran an editorial ... it added"
        if best is None and kind == "organization":
            best = self._firm_taken_for_person(men.start)
        if best is None and kind == "organization":
            # "The Association of British insurers warned ... It said": an organisation in words
            for ent in self.entities:
                if ent.kind == "anonymous" and ent.last < men.start and len(ent.name.split()) <= 6 \
                        and _org_description(ent.name) and not re.search(r"\b(?:that|which|who)\b", ent.name) \
                        and (best is None or ent.last > best.last):
                    best = ent
        if kind == "group" and men.text.lower() in ("they", "all"):
            # "talked to half a dozen former soldiers ... they argued"; a group or pair of people
            # named since the last group spoke ("Samuel Ackroyd and James Swan ... They told ITV")
            best = self._group_before(men.start, best.last if best is not None else -1,
                                      pairs_only=best is not None) or best
        subj = self._subject_before(men.start, gender, named) if kind == "person" else None
        if subj is not None and (best is None or subj[0] > best.last):
            pos, name = subj
            words = name.split()
            if len(words) > 1 and words[0].rstrip(".") in _HONORIFICS or len(words) == 2 and words[0] in _PERSON_TITLES:
                words = words[1:]  # "Mr Hockney": Hockney; "President Obama": Obama
            cut = _from_given_name(" ".join(_after_title(words)))  # "PolitiFact Executive Director
            # Aaron Sharockman responded", "Supreme Court Justice Antonin Scalia said"
            pos, name = pos + len(name) - len(cut), cut
            named_subject = self._name(Mention(pos, pos + len(name), name, "name", pos, pos + len(name)), gender)
            if not (named_subject.kind == "organization" and set(named_subject.tokens) & _ORG_OR_FIRM_WORDS
                    and not any(t in given_names() for t in named_subject.tokens)):
                best = named_subject  # (but "Campaign for Trump says ..." is no "he")
        if best is None:
            return None
        if kind == "person" and gender != "none" and best.gender is None:
            best.gender = gender
        best.last = men.start
        return best

    def _thing_before(self, pos: int) -> _Entity | None:
        """The nearest phrase for an organisation or a document that opens a sentence before
        ``pos`` ("The newspaper ran ...", "Thursday's memo from the panel seemed ..."): what
        "it" says when no organisation has spoken yet."""
        last = None
        for m in _THING_NP.finditer(self.masked, max(0, pos - 500), pos):
            if self.masked.startswith(",", m.end(1)) and not m.group(1).rsplit(None, 1)[-1][:1].isupper():
                continue  # before an appositive only a name: "The Commission, the EC's executive authority,"
            last = m
        if last is None:
            return None
        s, e = last.start(1), last.end(1)
        return self._description(Mention(s, e, self.text[s:e], "description"), "organization")

    def _group_before(self, pos: int, after: int = -1, pairs_only: bool = False) -> _Entity | None:
        """The nearest plural phrase for people before ``pos`` in this paragraph or the one before
        ("half a dozen former special operations soldiers and intelligence agents"), if it
        starts after ``after``; with ``pairs_only``, only two people named ("A and B")."""
        lo = max(0, pos - 700, after + 1)
        last = None
        for m in () if pairs_only else _GROUP_NP.finditer(self.masked, lo, pos):
            last = m
        for m in _NAME_PAIR.finditer(self.masked, lo, pos):  # "Samuel Ackroyd and James Swan ... They"
            a, b = m.group(1).split(" and ", 1) if " and " in m.group(1) else (m.group(1), "")
            people = any(given_names().get(x.split()[0].lower()) for x in (a, b) if x.split()) \
                and not _PREP_BEFORE.search(self.masked, max(0, m.start() - 12), m.start())
            if people and (last is None or m.start() > last.start()):
                last = m  # two people, not "SEAL Team Six and Delta Force"
        if last is None:
            return None
        s, e = last.start(1), last.end(1)
        return self._description(Mention(s, e, self.text[s:e], "group"), "group")

    def _subject_before(self, pos: int, gender: str, named: frozenset[str] = frozenset()) -> tuple[int, str] | None:
        """The nearest name before ``pos`` that starts a sentence (a likely antecedent)."""
        i = bisect_right(self._subjects, (pos,)) - 1
        while i >= 0 and pos - self._subjects[i][0] < 1500:
            p, name = self._subjects[i]
            toks = _name_tokens(name)
            if not toks or _named_in(toks, named):
                i -= 1
                continue
            lasts, firsts = self._full_name_index
            known = lasts.get(toks[-1], pos + 1) <= p + len(name) or (
                len(toks) == 1 and toks[0] in given_names() and firsts.get(toks[0], pos + 1) <= p + len(name)
            ) or any(toks[-1:] == e.tokens[-1:] for e in self.entities if e.kind == "person") \
                or name.split(None, 1)[0].rstrip(".") in _HONORIFICS and len(toks) == 1 \
                or name.split(None, 1)[0] in _PERSON_TITLES and len(name.split()) == 2 \
                or len(toks) >= 3 and toks[-2] in given_names()  # "Ford Motor Co Chairman Donald Petersen"
            # (a first name is known after the full name: "Donald" after "Donald Trump"; "Mr Hockney" is someone)
            if not known:
                i -= 1
                continue
            g = given_names().get(toks[0])
            g = _HONORIFIC_GENDER.get(name.split(None, 1)[0], g)
            if g is None or gender == "none" or g == gender:
                return p, name
            i -= 1
        return None


    def introduction(self, ent: _Entity) -> tuple[str | None, list[Role]]:
        """How the article introduces a named speaker: title before the name, appositive,
        dashed aside or party tag after it (``Sen. Marco Rubio — Trump's nominee ... —``)."""
        if ent.key in self._introduced:
            return self._introduced[ent.key]
        desc, roles = ent.description, []
        prefix = ent.description is not None and ent.desc_end is not None and \
            self.text[ent.desc_end:ent.desc_end + len(ent.name) + 1].strip().startswith(ent.name)
        if ent.description and not prefix:
            roles = parse_description(ent.description, ent.desc_start or 0)
        if ent.kind in ("person", "organization") and len(ent.tokens) >= 2:
            i = self.masked.find(ent.name)
            if i >= 0:
                titled = _title_roles(self.masked, i)
                if not titled and not roles and prefix and desc and ent.kind == "person" \
                        and not _OF_FIRM.match(self.masked, i + len(ent.name)):  # (the firm's rule below)
                    # the words before the name the title scan did not read ("Chancellor of the
                    # Exchequer", "Senate Majority Leader"), less a title or honorific right before
                    # the name ("candidate Sen."); not a phrase cut short ("David Jones of")
                    words = desc.split()
                    while words and (words[-1].endswith(".") and words[-1].rstrip(".") in titles()
                                     or words[-1].rstrip(".") in _HONORIFICS or words[-1] in ("Sir", "Dame", "Lord")):
                        words.pop()
                    if words and words[-1].lower() not in _NOT_A_ROLE_END and "<" not in desc:
                        # only a role headed by a role word ("Chancellor", "Director", "captain"), not
                        # a newsletter's sign-up line ("Scottish Sun newsletter Sign up 2")
                        titled = [r for r in parse_description(" ".join(words), ent.desc_start or 0)
                                  if r.role and _role_headed(r.role)]
                roles = titled + roles
                j = i + len(ent.name)
                if not desc or prefix:
                    d = _after_name(self.masked, j)
                    if d:
                        desc = self.text[d[0]:d[1]]
                        roles += parse_description(desc, d[0])
                fm = _OF_FIRM.match(self.masked, j) if ent.kind == "person" else None
                if fm and not any(r.organization for r in roles):
                    # "analyst Jack Kirnan of Kidder Peabody Inc": his firm, and the word before
                    # the name as his role ("Analyst") unless a title gave one
                    titled = [r for r in roles if r.role and not r.organization]
                    if titled:
                        titled[-1].organization = fm.group("org")
                    else:
                        role = desc.strip(" ,") if desc and prefix and len(desc.split()) <= 3 else None
                        if role and not any(w.rstrip(".") in titles() for w in role.split()):
                            role = role.lower()  # "Analyst Jack Kirnan": an analyst
                        roles.append(Role(role, fm.group("org"), None, None, self.text[fm.start("org"):fm.end()],
                                          fm.start("org"), fm.end()))
                pm = _PARTY.match(self.masked, j)
                if pm:
                    roles.append(Role(None, _PARTIES[pm.group("p")], None, pm.group("st").strip(),
                                      pm.group(0).strip(), pm.start(), pm.end()))
        # an honorific is no role ("Mr Blunkett" gave the role "Mr"), and a role needs some content
        roles = [r for r in roles if r.organization or r.place or r.qualifier
                 or (r.role and r.role.rstrip(".") not in _HONORIFICS)]
        if desc:
            # nor a description: "Mr Balls said" is described by nothing, and "Manchester United
            # manager Sir Alex Ferguson" by "Manchester United manager"
            desc = desc.strip(" ,")
            if desc and desc.rsplit(None, 1)[-1].rstrip(".") in _HONORIFIC_WORDS:
                desc = _HONORIFIC_END.sub("", desc)
            desc = desc or None
        self._introduced[ent.key] = (desc, roles)
        return desc, roles


_NOT_A_ROLE_END = frozenset("of at for the and in on to with from by".split())
# honorifics and forms of address that end a description, before the name they address
_HONORIFIC_WORDS = _HONORIFICS | {"Sir", "Dame", "Lord", "Lady"}
_HONORIFIC_END = re.compile(r"(?:(?:^|\s+)(?:" + "|".join(sorted(_HONORIFIC_WORDS)) + r")\.?)+\s*$")


def _role_headed(role: str) -> bool:
    """Is the last word of this role a word for a role ("U.K. Chancellor", "FBI Director",
    "England captain", "Senate Majority Leader")?"""
    head = role.split()[-1].rstrip(".,").lower()
    return head in role_heads() or head in title_words() or head in _ROLE_WORDS_MORE \
        or head.endswith(("man", "woman", "person"))


_ROLE_WORDS_MORE = frozenset("head boss founder owner editor host coach manager".split())


# "... of Kidder Peabody Inc", "... of Shearson Lehman Brothers Inc": a firm after a person's name
_OF_FIRM = re.compile(r"\s+of\s+<?(?P<org>(?:[A-Z][\w.&'\u2019-]*\s+(?:and\s+)?){0,5}"
                      r"(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|Group|Associates|Partners)\b)")
# "the 36-year-old", "The 41-year-old chart-topper": a person named just before, by age
_AGED = re.compile(r"(?:the|The)\s+\d{1,3}-year-old(?:\s+[a-z][\w-]*){0,2}$")
_THINGS = ("newspaper|paper|magazine|editorial|company|firm|campaign|committee|panel|board|agency|department|"
           "ministry|government|administration|organization|organisation|group|union|association|foundation|"
           "network|website|site|statement|report|memo|letter|email|e-mail|post|ad|advertisement|study|survey|poll|"
           "commission|council|court|authority|bureau|institute|federation|cabinet|"
           "Commission|Council|Court|Authority|Bureau|Institute|Federation|Cabinet")
# "The newspaper", "Thursday's memo from the panel", "A letter this month from the staff association"
# opening a sentence: who or what "it" is when no organisation has spoken
_THING_NP = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:The|A|An|Its|This|That|[A-Z][\w]*['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:" + _THINGS
    + r")(?:\s+(?:from|of|by)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*)*)?)(?=\s+[a-z]|,\s)")  # (or its appositive:
# "The Commission, the EC's executive authority, two weeks ago cut ... It said")
# plural heads for people: the phrase module's group heads (less quantifiers and "police"), and more
_PEOPLE = "|".join(sorted(
    (_GROUP_HEADS - {"others", "many", "some", "police", "democrats", "republicans"})
    | set("agents operators veterans troops students workers parents families women men executives employees "
          "staffers strategists donors delegates candidates Democrats Republicans Americans immigrants "
          "refugees farmers teachers doctors nurses citizens fans".split())))
# words between a determiner and its head: modifiers, never "of", "that", "among" ...
_MODIFIERS = (r"(?:(?!(?:of|that|which|who|whose|among|with|for|from|in|on|at|by|to|or|and|the|a|an|his|her|their)\b)"
              r"[\w-]+\s+)")
# "half a dozen former special operations soldiers and intelligence agents", "a dozen retired police officers"
_GROUP_NP = re.compile(
    r"(?<![\w-])((?:(?:half\s+a\s+dozen|a\s+dozen|dozens\s+of|hundreds\s+of|a\s+group\s+of|several|many|some|the|these|those|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})+|\d+)\s+)" + _MODIFIERS + r"{0,4}?(?:" + _PEOPLE + r")"
    r"(?:\s+and\s+" + _MODIFIERS + r"{0,3}?(?:" + _PEOPLE + r"))?)\b")


# "the deaths of A and B", "such as Walter Scott, Eric Garner and Tamir Rice": not who "they" are
_PREP_BEFORE = re.compile(r"(?:\b(?:of|for|to|with|by|about|against|from|in|on|at|as)|,)\s+$")
_NAME_PAIR = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+\s+and\s+(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)\b")
_PARTY = re.compile(r"\s*\((?P<p>[RDI])-(?P<st>[A-Z][A-Za-z. ]{1,20})\)")
_PARTIES = {"R": "Republican Party", "D": "Democratic Party", "I": "Independent"}
_PREFIX = re.compile(r"((?:(?:[A-Z][\w.'\u2019-]*|[a-z][a-z-]+)\s+){1,4})$")


def _title_roles(masked: str, i: int) -> list[Role]:
    m = _PREFIX.search(masked, max(0, i - 60), i)
    if not m:
        return []
    words = m.group(1).split()
    for k in range(len(words) - 1, -1, -1):
        wk = words[k]
        if wk.endswith((".", "!", "?")) and not (wk.endswith(".") and len(wk) <= 5 and wk[:1].isupper()) \
                or wk.rstrip(",") in _DATE_WORDS:
            # a sentence end, not an abbreviated title ("Sen.", "Gov.", "Prof."), or a date
            words = words[k + 1 :]  # "... interacted with the President. Tom English", "On Thursday Mr
            break  # Blair": not their titles
    # the words just before the name that read as a title: parse_title reads them from the right
    # and leaves out what cannot belong to a title
    cand = " ".join(words)
    return parse_title(cand, i - len(cand) - 1) if words else []


def _after_name(masked: str, j: int) -> tuple[int, int] | None:
    """The appositive or dashed aside right after a name, as offsets."""
    m = _ASIDE_OPEN.match(masked, j, j + 4)
    if not m:
        return None
    s = m.end()
    first = re.match(r"[\w'\u2019-]+", masked[s:s + 40])
    if not first:
        return None
    w = first.group(0)
    dashed = "," not in m.group(0)
    if not (dashed or w.lower() in ("a", "an", "the", "who", "which", "former", "now", "then") or w.isdigit()
            or w.endswith(("'s", "\u2019s"))):
        return None
    stop = re.compile(r"\s+[\u2014\u2013]\s+|\s+--\s+" if dashed else r",\s|;|\.(?:\s|$)|\n|\x01")
    e = s
    while True:
        sm = stop.search(masked, e, min(len(masked), s + 300))
        if not sm:
            return None
        e = sm.start()
        if masked[e] == "." and re.search(r"(?:\b[A-Z]|\bU\.S|\bSt|\bJr|\bDr)$", masked[s:e]):
            e += 1
            continue
        break
    return (s, e) if e > s else None


def _before_preposition(name: str) -> str:
    """'Military sources in the area' -> 'military sources': the words that say who, not where."""
    return re.split(r"\s(?:in|at|of|from|for|with|on|near|across|inside|within)\s", name.lower(), maxsplit=1)[0]


def _desc_head(desc: str) -> str:
    """'a former Marine officer who worked ...' -> 'former marine officer'."""
    d = desc.lower()
    d = re.split(r"\b(?:who|which|that|whose)\b|,", d)[0]
    d = re.sub(r"^(?:a|an|the|one|another|this|that)\s+", "", d.strip())
    return d.strip()


_FULLNAME = re.compile(  # within a line, and a dotted word before it only an abbreviation ("Sen.")
    # (the capital first, then the look-behind, so that the scan jumps between capitals; an
    # optional title word before the name, then the name's capital)
    r"[A-Z](?<![\w'\u2019].)(?:(?:[a-z]{1,3}\.|[a-z]+)[ \t\u00a0]+[A-Z]|)[a-z'\u2019-]+"
    r"(?:[ \t\u00a0]+(?:[A-Z]\.?|[A-Z][a-z'\u2019-]+|van|von|der|de|la|bin|al))*[ \t\u00a0]+[A-Z][a-z][\w'\u2019-]*"
)


class _AfterBreak:
    """``finditer`` of ``head + body`` over a whole text, where the head is a break that
    precedes the body: a newline, a sentence end (``.``, ``!``, ``?``) or, with ``comma``, a
    comma, each followed by spaces or tabs, or the start of the text. Written this way
    (one character class first, the text's start matched apart) the regex engine jumps
    between break characters instead of trying every position: the same matches, 2-3x
    faster than ``(?:^|[.!?][ \t]+|\n)`` with ``re.M``."""

    def __init__(self, body: str, comma: bool = False):
        marks = "[.!?,\\n]" if comma else "[.!?\\n]"
        self.rx = re.compile(marks + r"(?:(?<=\n)|(?<!\n)[ \t]+)" + body)
        self.at_start = re.compile(body)

    def finditer(self, text: str):
        m = self.at_start.match(text)
        if m is not None:
            yield m
        yield from self.rx.finditer(text, m.end() if m is not None else 0)


# a capitalised name word, with a capital inside allowed: "Sullivan", "McLetchie", "MacIntyre", "DeSantis"
_CAP_WORD = r"[A-Z][a-z'\u2019-]+(?:[A-Z][a-z'\u2019-]+)?"
_SUBJECT = _AfterBreak(
    r"(?:(?:But|And|So|Yet|Now|Then|Also|However|Meanwhile|Still)[ \t]+)?"
    r"(?P<name>" + _CAP_WORD + r"(?:[ \t]+(?:[A-Z]\.?|" + _CAP_WORD + r"))*)"
    r"(?:[ \t]+\([A-Z][\w.]*-[\w. ]{1,14}\))?"  # a party tag: "Sen. Claire McCaskill (D-Mo.) scolded"
    r"(?:\s+(?!and\b|or\b|of\b|in\b|on\b|at\b|to\b|for\b|with\b|by\b|from\b)[a-z]"
    r"|,[ \t]+(?:an?|the|who|then|now|meanwhile|however|too|[A-Z][\w.-]*['\u2019]s)\s)",  # or an
    # appositive or aside: "But Carolyn Gallaher, a professor ..., calls", "And Donald, then in college, did"
    comma=True,
)
# cues that open a sentence before their speaker: 'Said Comey, "..."', 'Continued Stone: "..."'
_INVERTED_CUES = ("Said", "Says", "Added", "Adds", "Stated", "States", "Wrote", "Writes", "Asked", "Asks", "Continued",
                  "Noted", "Explained", "Replied", "Recalled", "Declared", "Insisted", "Warned")
# words that open a sentence before a name: "For Clinton, ...", "Since Trump's win"
# days and months that are not also given names (April, May, June, August are)
_DATE_WORDS = frozenset(_DAYS.split("|")) | frozenset("January February March July September October November "
                                                      "December".split())
_BEFORE_MONTH = frozenset("Last Next In Since Until By Early Late".split())
_NAME_MONTHS = frozenset("April May June August".split())
_OPENERS = frozenset("But And So Yet Now Then Also However Meanwhile When While As After Before If For In On "
                     "At By From With Since Until During Despite Unlike Like Under Among Against Without "
                     "Through Asked Speaking Writing Yesterday Today Tomorrow Earlier Later Last Next Besides "
                     "Which "
                     # a question's auxiliary: "Did Trump say ...?" names no "Did Trump" ("Will" and "Can" may be names)
                     "Did Does Do Has Have Had Would Could Should Is Are Was Were".split()) | frozenset(_INVERTED_CUES)


# ------------------------------------------------------------------ sentences
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Adm|Cmdr|Maj|Supt|Det|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Hon|No|vs|Jan|Feb|Mar|Apr|"
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
_SENT_END = re.compile(r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*+(?:(?=[\s)]+[A-Z0-9\x01(\[\"\u201c\u2018'])|(?=\x01)|(?=\s*$))")


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


def _sentences(masked: str, ps: int, pe: int, spans: list[Span]) -> list[tuple[int, int]]:
    cuts = set()
    for m in _SENT_END.finditer(masked, ps, pe):
        if _ABBREV.search(masked, max(ps, m.start() - 6), m.start()) and not (
                masked.startswith(MASK, m.end() + 1) and _state_abbrev().search(masked, max(ps, m.start() - 10), m.start())):
            continue  # but ', a student from Fresno, Calif. "I think ...': a state ends the sentence before a quotation
        cuts.add(m.end())
    # a quotation whose words end a sentence ("We're hopeful.") ends it
    for sp in spans:
        if ps <= sp.open < pe and sp.closed:
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


# ------------------------------------------------------------------ masking
_NOT_NEWLINE = re.compile(r"[^\n]")


def _name_modifier(text: str, sp: Span) -> bool:
    """A name in marks that modifies the noun after it ('the "Never Trump" movement',
    'his ''Feel the Bern'' wave', 'the "Perception" syllabus'): a name, not a quotation."""
    if not sp.closed:
        return False
    end = sp.close + 1
    if text[end : end + 1] == "'" and text[sp.close] == "'":
        end += 1  # ''...''
    return _titled(_WORDS.findall(text[sp.start : sp.end])) \
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
                and len(_WORDS.findall(inner)) <= 3 and inner[:1].isupper() and not _NICK_NOT.search(inner) \
                and not text[max(0, sp.open - 4) : sp.open].rstrip().endswith(("'s", "\u2019s")) \
                or sp.name_modifier:
            # 'Marcia "Cia" Price', 'the "Never Trump" movement': the phrase reads on past the
            # name in marks, so a report around it is seen (the span itself is skipped)
            parts.append(" " * (end - sp.open))
        else:
            # keep newlines so paragraphs stay put in the masked text
            parts.append(_NOT_NEWLINE.sub(MASK, text[sp.open : end]))
        if pair_close and sp.family == "double":
            parts.append(" ")
            end += 1
        pos = end
    parts.append(text[pos:])
    masked = "".join(parts)
    if _ODD_SPACE.search(masked):
        masked = _ODD_SPACE.sub(" ", masked)  # "Shelby said\u00a0he refused": a no-break space is a space to
        # every rule (one character for one: offsets stay put)
    return masked


_ODD_SPACE = re.compile("[\u00a0\u2002-\u200a\u202f]")


# ------------------------------------------------------------------ main
_NICKNAME_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*)\s*$")
_NICKNAME_AFTER = re.compile(r"^\s*[A-Z][\w'\u2019-]*")
# the stricter test for blanking a nickname while masking: one space on each side, within a
# line (the loose pair above would blank a quotation ending a paragraph), no punctuation inside
_NICK_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*[ \u00a0]$")
_NICK_AFTER = re.compile(r"[ \u00a0][A-Z][\w'\u2019-]*")
_NICK_NOT = re.compile(r"[,.!?;:]")  # 'ABC's "This Week," Carson said': a title, not a nickname
# words right before marks that name or mention what is inside them (a test of the text's end,
# lower-cased: much faster than searching a sentence for "(?:...)\s*$")
_SCARE_BEFORE = ("so-called", "so called", "dubbed", "nicknamed", "known as", "the term", "the word", "the phrase",
                 "the slogan", "titled", "entitled", "labeled", "labelled", "branded", "termed", "coined", "the film",
                 "the book", "the song", "the movie", "the album", "the show", "the series", "the novel", "the play",
                 "the article", "the headline", "the hashtag", "a sign reading", "placards reading", "reading", "read")


def _scare_word_before(left: str) -> bool:
    return left.rstrip()[-20:].lower().endswith(_SCARE_BEFORE)


_TERM_BEFORE = ("so-called", "so called", "the term", "the word", "the phrase", "the words", "dubbed", "nicknamed",
                "known as", "termed", "coined")


def _only_terms(masked: str, lo: int, hi: int, mentioned: Sequence[tuple[int, int]] = ()) -> bool:
    """Are the quotations between ``lo`` and ``hi`` all words only mentioned ('the term
    "Palestine"', 'so-called "kill lists"', or any of ``mentioned``, the quotations found to
    be no speech: 'shirts that read "Settle for Hillary."'), none of them speech?"""
    for run in _MASK_RUN.finditer(masked, lo, hi):
        if any(o <= run.start() and run.end() <= c + 1 for o, c in mentioned):
            continue
        if run.end() - run.start() > 60 \
                or not masked[max(0, run.start() - 20):run.start()].rstrip().lower().endswith(_TERM_BEFORE):
            return False
    return True


_WORK_AFTER = re.compile(
    r"\s*(?:hats?|caps?|t-shirts?|shirts?|podcast|show|program|programme|broadcast|series|movie|film|book|"
    r"novel|song|album|slogan|signs?|banners?|placards?|ad|advert|campaign|bill|act|doctrine|tour)\b", re.I)
_WORK_BEFORE = re.compile(r"\b(?:(?:on|with|of|to|from|in)(?:\s+the)?|at the end of|wear|wore|wearing|watch|watched|told|tells|telling|"
                          r"read|reading|called|named|hosts|hosted|hosting|anchors|anchored|presents|presented|leads|led|"
                          r"(?:the|a|his|her|their|its)\s+(?:\w+\s+)?(?:podcast|show|"
                          r"program|programme|broadcast|series|book|memoir|film|movie|documentary|column|album|"
                          r"song|newsletter|blog|segment|op-ed|essay|article|report)),?\s*$"
                          # "on NBC's 'Meet the Press'", "in The Times's 'The Daily'"
                          r"|\b(?:on|in|told|tells|telling)\s+(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*(?:'s|\u2019s)\s*$", re.I)
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
_DASH_GLOSS = re.compile(r"[ \t]+(?:-|--|\u2014|\u2013)[ \t]+(?:[a-z]+ing|a|an|the|which|meaning)\b")
_POST = re.compile(r"^\s*[,\u2014\u2013-]?\s*")
_WORDS = re.compile(r"[\w'\u2019-][\w'\u2019-]*")  # (a class first: the scan jumps between words)
# at least k words (as _WORDS counts them) in a span: the scan stops at the k-th, where a
# count would read the whole span (the quantifiers are possessive: no word is split in two)
_AT_LEAST_WORDS = {k: re.compile(r"(?:[^\w'\u2019-]*+[\w'\u2019-]++){%d}" % k) for k in (2, 3, 4)}


def _has_words(s: str, lo: int, hi: int, k: int) -> bool:
    """Whether ``s[lo:hi]`` holds at least ``k`` words: ``len(_WORDS.findall(s[lo:hi])) >= k``."""
    return _AT_LEAST_WORDS[k].match(s, lo, hi) is not None


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
    if _LONG_BLANK.search(text):
        # a gap of a hundred spaces or more (column gaps in a table, padding in a laid-out page)
        # is read as the paragraph breaks it amounts to, one newline per character so that
        # offsets stay put: a run of spaces inside a line made patterns that begin with \s
        # quadratic in its length (none of the 22,192 articles of the corpora has a gap over 37)
        text = _LONG_BLANK.sub(_as_newlines, text)
    spans = find_spans(text)
    masked = _mask(text, spans)
    paras = paragraphs(text)
    res = _Resolver(text, masked)
    cue_hits = _CueHits(masked)
    by_para: dict[int, list[Span]] = {}
    for sp in spans:
        by_para.setdefault(sp.para, []).append(sp)

    out: list[Quote] = []
    used_cues: set[int] = set()
    last_att: _Att | None = None
    last_para_with_att = -10
    turns = _transcript_turns(text, paras, res) or _interview_answers(text, paras, res)
    # a quotation running over several paragraphs is often attributed after it closes
    # ('"...\n\n"...," Sanders continued. "..."'): that cue, looked up once here, attributes
    # it when its first paragraph has none, and the quotations after it continue that speaker
    tail_att: dict[int, _Att] = {}
    seed_att: dict[int, _Att] = {}
    for sp in spans:
        if len(sp.paragraphs) > 1 and sp.closed:
            cp = sp.paragraphs[-1]
            qend = sp.close + 1
            att = _right_cue(masked, qend, _next_mask(masked, qend, paras[cp][1]), paras[cp][1])
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
        if indirect and pi < 3 and pe - ps < 250 and all(sp.closed and sp.close < pe for sp in pspans) \
                and (hq := _headline_says(text, masked, ps, pe, pi, res, pspans)) is not None:
            out.append(hq)  # "Glenn Beck Says Trump Poses A Threat To Democracy", "Clinton Hid Past
            continue  # Health Problems From Public, Former White House Doctor Says"
        if not pspans and not cue_hits.any_between(ps, pe) and not cue_hits.evidence_between(ps, pe):
            continue  # no quotation and no reporting verb: nothing to attribute here
        sents = _sentences(masked, ps, pe, pspans)
        first_in_para = len(out)
        para_quotes: list[tuple[Span, _Att | None, str, tuple[int, int]]] = []
        for sp in pspans:
            s_idx = _find_sentence(sents, sp.open)
            ss, se = sents[s_idx] if s_idx is not None else (ps, pe)
            kind, att, content = _attribute(text, masked, sp, ss, se, ps, pe)
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
            if after and after[0][1].how in ("post", "post-inv"):
                para_quotes[n] = (sp, _cont(after[0][1]), "direct", content)
                continue
            if last_att is not None and pi - last_para_with_att <= 1 and sp.open <= ps + 1:
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
            if att.how != "cont":
                last_att = att
            last_para_with_att = max(last_para_with_att, max(sp.paragraphs or [pi]))
        if indirect:
            reported: list[tuple[int, _Att]] = []
            # quotations found to be no speech (a slogan, a title, scare quotes) may stand in a reported clause
            mentioned = [(sp.open, sp.close) for sp, _att, kind, _c, _f in merged if kind == "term"]
            for q, men in _indirect_in_para(text, masked, ps, pe, sents, used_cues, pi, res, cue_hits, mentioned):
                out.append(q)
                used_cues.add(q.cue_start if q.cue_start is not None else -1)
                if _EVIDENCE_VERB.fullmatch(q.cue or ""):
                    continue  # "The survey showed ...": a finding, whose quotation-only paragraph after is no survey's
                # "Trump was quick to add that ..." then a quote-only paragraph: his words
                last_att = _Att(men, q.cue, q.cue_start, q.cue_end, "clause")
                reported.append((q.end, last_att))
                last_para_with_att = pi
            # "..., Schiff said. 'The other factor ...'": a quotation standing alone
            # after reported speech in its paragraph continues that speaker
            for sp, att, kind, content, _frags in merged:
                if att is not None or kind != "orphan" or not _sentence_like(text, sp):
                    continue
                before = [a for end, a in reported if end <= sp.open]
                if not before:
                    continue
                q = _make_quote(text, sp, _cont(before[-1]), "direct", content, [sp], pi, res)
                if q is not None:
                    out.append(q)
            if len(out) > first_in_para:
                out.extend(_front_pieces(text, masked, sents, out, first_in_para))

    out.sort(key=lambda q: (q.start, q.end))
    _fill_pronoun_speakers(text, out, res)
    # entities get their final names only after the whole text is read
    for q in out:
        _finalise_speaker(q, res)
        _trim_space(text, q)
        if text is not given:
            q.text = given[q.start : q.end]
    return out


_LONG_BLANK = re.compile(r"[^\S\n]{100,}")


def _as_newlines(m: re.Match) -> str:
    return "\n" * (m.end() - m.start())


_PRONOUN_REACH = 1000  # characters back to the speaker a lone "he said" can continue
_FIRM_PARTS = frozenset("subsidiary unit division affiliate arm".split())
_PLURAL_END = re.compile(r"[^s]s$")  # "The companies", not "The press"


def _names_in(text: str, spans) -> frozenset[str]:
    """The capitalised words of a quotation's spans, lower case and without a possessive: the
    names it mentions."""
    return frozenset(w.lower().removesuffix("'s").removesuffix("\u2019s")
                     for a, b in spans for w in _NAME_WORD.findall(text, a, b) if w[:1].isupper())


def _named_in(tokens: tuple[str, ...], names: frozenset[str]) -> bool:
    """Does a name (its tokens) stand among ``names`` by its first or last word?"""
    return bool(tokens) and (tokens[-1] in names or tokens[0] in names)


_KIN_GENDER = dict.fromkeys("mother wife daughter sister grandmother aunt niece girlfriend fiancee widow".split(), "female") \
    | dict.fromkeys("father husband son brother grandfather uncle nephew boyfriend fiance widower".split(), "male")


def _role_gender(description: str) -> str | None:
    """"female" for "a Cyclops spokeswoman", "male" for "the chairman", else None."""
    for w in description.lower().split():
        if w in _KIN_GENDER:
            return _KIN_GENDER[w]  # "his mother", "her husband"
        if w.endswith(("woman", "women")):
            return "female"
        if w.endswith(("man", "men")) and w not in ("german", "germans", "human", "humans", "roman", "romans"):
            return "male"
    return None


def _fill_pronoun_speakers(text: str, out: list[Quote], res: _Resolver) -> None:
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
            if low == "it":
                fits = ent.kind == "organization" and not _government_place(ent.tokens, ent.name) \
                    or ent.kind == "anonymous" and (_org_description(ent.name) or _org_description_head(ent.name)
                                                    or ent.name.rsplit(None, 1)[-1].lower() in _FIRM_PARTS)
                # ("It said": the firm that spoke, or its "subsidiary")
            elif low == "they":  # "The companies said ... They also said"
                fits = ent.kind == "group" or " and " in ent.name \
                    or ent.kind == "anonymous" and _PLURAL_END.search(ent.name) is not None
            else:
                fits = ent.kind in ("person", "anonymous") and (ent.gender or _role_gender(ent.name)) in (None, gender) \
                    and not (ent.kind == "anonymous" and (_org_description(ent.name) or _evidence_head(ent.name)
                                                          or _PLURAL_END.search(ent.name)
                                                          or _not_a_he(ent.name)))
            if fits and not _named_in(ent.tokens, said):
                q.speaker_key = ent.key
                q.confidence = round(max(0.05, q.confidence - 0.1), 2)
                break
            i -= 1


# the words before a report's attribution in the middle of its sentence are a piece of the
# report, as the words before '"A," he said, "B."' are a piece of the quotation
_FRONT_GAP_BODY = r"(?:[a-z]+ly[ \t]*)?,[ \t]*(?:that[ \t]+)?[\"'\u201c\u2018]*[ \t]*$"
_FRONT_GAP = re.compile(r"[ \t]*" + _FRONT_GAP_BODY)
# whom something was told, before the comma: "told them,", "told The Washington Post," (``sp``: the
# spaces allowed between its words)
_TOLD_OBJECT = r"(?:me|us|him|her|them|reporters|(?:[Tt]he{sp}+)?[A-Z][\w.'\u2019-]*(?:{sp}+[A-Z][\w.'\u2019-]*){{0,3}})"
_FRONT_GAP_TOLD = re.compile(r"[ \t]*(?:" + _TOLD_OBJECT.format(sp=r"[ \t]") + r"[ \t]*)?" + _FRONT_GAP_BODY)
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
                         r"eight|nine|ten|\d[\d,]*+|couple|of|" + _DAYS + r"|january|february|march|april|may|june|july|"
                         r"august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|\.)\s*)*"
                         r"(?:(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times?|weekend|morning|"
                         r"afternoon|evening|night|spring|summer|fall|autumn|winter|january|february|march|april|may|"
                         r"june|july|august|september|october|november|december|\d{4}s?|" + _DAYS + r")\s*)+"
                         r"(?:ago|later|earlier|before|after|since)?", re.I)
_FRONT_OPEN_END = re.compile(r"\b(?:after|before|because|that|if|when|as|including|and|or|but|of|to|for|with|the|a|an|"
                             r"than|while|since|until|whether|which|who|whom|whose)$", re.I)
_FRONT_LAST_CLAUSE = re.compile(r",\s+(?:but|and|yet|so|because|while|although|though)\s+(?=\S)")
_FRONT_NOT = re.compile(r"(?:(?:but|and|so|yet),?\s+)?(?:when\s+|while\s+|after\s+|before\s+)?(?:during|asked|pressed|"
                        r"speaking|writing|responding|replying|interviewed|reached|contacted|questioned)\b", re.I)
_FRONT_OCCASION = re.compile(r"(?:in|at|on|during|via|through|after|before)\s+(?:\S+\s+){0,5}?(?:" + "|".join(
    sorted(_OCCASION_NOUNS | {"Twitter", "Facebook", "Instagram", "podcast", "program", "show", "appearance"})) + r")\b",
    re.I)


def _front_pieces(text: str, masked: str, sents, out: list[Quote], first: int) -> list[Quote]:
    """'In his state, Christie said, offenders are sent to treatment' and 'If Clinton is
    elected, he said, "she might ..."': the report's first piece, before the attribution,
    with the same speaker and cue (its second piece is the quote found after it)."""
    pieces = []
    for q in out[first:]:
        if q.cue_start is None or q.speaker_start is None or q.content_start <= q.cue_start \
                or "," not in text[max(q.cue_end, q.speaker_end) : q.content_start]:
            continue
        a = min(q.cue_start, q.speaker_start)
        z = max(q.cue_end, q.speaker_end)
        gap = _FRONT_GAP_TOLD if q.cue in ("told", "tells") else _FRONT_GAP
        if not gap.match(text[z : q.content_start]) or z - a > 80 or "," in masked[a:z] \
                or len(_WORDS.findall(masked, min(q.cue_end, q.speaker_end), max(q.cue_start, q.speaker_start))) > 1 \
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
        if (lc := _LEAD_CONJUNCTION.match(text, fs, fe)) is not None:
            fs = lc.end()
        for lc in _FRONT_LAST_CLAUSE.finditer(text, fs, fe):
            fs = lc.end()  # "China resisted such agreements, but the pollution had become so bad, he noted, that"
        if fe <= fs or MASK in masked[fs:fe] or _FRONT_ONLY_LINK.fullmatch(text, fs, fe) or _FRONT_NOT.match(text, fs, fe) \
                or _FRONT_OCCASION.match(text, fs, fe) or _FRONT_TIME.fullmatch(text, fs, fe) \
                or _FRONT_OPEN_END.search(text, fs, fe) or len(_WORDS.findall(text, fs, fe)) > 40 or "\n" in text[fs:fe]:
            continue
        if (lw := _prev_word(masked, fs, fe)) is not None and lw[1] in cues().indirect and not (
                (pw := _prev_word(masked, fs, lw[0])) is not None and pw[1].lower() in _NOT_BEFORE_VERB):
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
    """No white space of any kind (a no-break space after a full stop) at a span's edges."""
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if (s, e) != (q.start, q.end) and e > s:
        same = (q.content_start, q.content_end) == (q.start, q.end)
        q.start, q.end, q.text = s, e, text[s:e]
        if same:
            q.content_start, q.content_end = s, e


# ------------------------------------------------------------------ transcripts
# "WALLACE: Will she be there?" / "PENCE: She will not." -- a turn opens its paragraph
# (after an excerpt's stray mark) with an upper-case label and a colon
_TURN = re.compile(r"[\"\u201c]?[ \t]*(?P<label>[A-Z][A-Z'\u2019.-]+(?:[ \t][A-Z][A-Z'\u2019.-]+){0,2}):[ \t\u00a0]+(?=\S)")
_EDITORIAL = frozenset(
    "CORRECTION CORRECTIONS CLARIFICATION UPDATE UPDATED BYLINE EMAIL PREVIOUSLY EXCLUSIVE BREAKING "
    "DEVELOPING WATCH LOOK LISTEN READ RELATED VIDEO PHOTO PHOTOS NOTE SOURCE SOURCES BOOM BUSTED ALERT "
    "WOW PREVIEW TRANSCRIPT".split())
_ASIDE_ONLY = re.compile(r"[\"\u201c]?\s*[(\[][^()\[\]]*[)\]]\W*$")


def _transcript_turns(text: str, paras, res: "_Resolver") -> dict[int, tuple | None]:
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
    surnames = {_name_tokens(fn)[-1] for _, fn in res.full_names if _name_tokens(fn)}
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
            if _WORDS.search(text, cs, ce):
                out[pj] = (ls, le, cs, ce, who)
    return out


_QA = re.compile(r"[\"\u201c]?[ \t]*(?P<label>[QA]):[ \t\u00a0]+(?=\S)")


def _interview_answers(text: str, paras, res: "_Resolver") -> dict[int, tuple | None]:
    """A question-and-answer interview ("Q: ..." / "A: ..." paragraphs, two of each at least),
    mapped as ``_turn_map`` does: each answer and the paragraphs continuing it are the
    interviewee's, the first person the article names before the first question; questions
    map to None."""
    if text.count(":") < 4:
        return {}  # "Q:" and "A:" twice each at least
    found = [(pi, m) for pi, (ps, pe) in enumerate(paras) if (m := _QA.match(text, ps, pe))]
    labels = Counter(m.group("label") for _, m in found)
    if labels["Q"] < 2 or labels["A"] < 2:
        return {}
    first_q = next(paras[pi][0] for pi, m in found if m.group("label") == "Q")
    who = next((fn for pos, fn in res.full_names if pos < first_q), None)
    return _turn_map(text, paras, found, who, skip="Q") if who is not None else {}


# a headline or summary line that names who says it: "Trump: My immigration plans aren't set in stone",
# "NY Post: Megyn Kelly Is No Different Than Kim Kardashian"
_HEADLINE_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}(?:[ \t]+(?:poll|report|survey|study))?)"
    r":[ \t\u00a0]+(?=[\w\u2018\u201c'\"\x01])")  # (and "IG report:", "CNN poll:"; a mark masked)
_NOT_HEADLINE_LABEL = frozenset(
    "the latest note update updates guide result results case related read watch video photo photos source "
    "sources daily q a transcript exclusive breaking live editor editor's editor\u2019s delegate credit "
    "caption image getty tags topics posted published filed share advertisement warning rating bottom line "
    "summary abstract background quote key takeaway takeaways tip tips pro con question answer".split())


_MARKS_AND_SPACE = " \t.,'\"\u2018\u2019\u201c\u201d"


def _headline_quote(text: str, masked: str, ps: int, pe: int, pi: int, res: "_Resolver",
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
    return _headline_report(text, masked, m.start("label"), m.end("label"), m.end(), pe, pi, res,
                            (m.end("label"), m.end("label") + 1), 5, frags)


# a headline in title case reporting what someone says: "Glenn Beck Says Trump Poses A Threat To Democracy"
_HEADLINE_SAYS = re.compile(
    r"[ \t]*(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}?)[ \t]+(?P<cue>Says|Said|Warns|Claims|"
    r"Admits|Insists|Thinks|Believes|Predicts|Argues|Suggests|Hints|Vows|Concedes|Shows|Finds)[ \t]+(?=[A-Z\d])")
# and its attribution last: "Trump Could Address Clean Energy, Lindsey Graham Says."
_HEADLINE_SAID_LAST = re.compile(
    r",[ \t]+(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4}?)[ \t]+(?P<cue>Says|Said|Warns|Claims|"
    r"Insists|Predicts|Argues)\.?[ \t]*$")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _headline_says(text: str, masked: str, ps: int, pe: int, pi: int, res: "_Resolver",
                   frags: Sequence[Span] = ()) -> Quote | None:
    m = _HEADLINE_SAYS.match(masked, ps, pe)
    last = None if m is not None else _HEADLINE_SAID_LAST.search(masked, ps, pe)
    if m is None and last is None:
        return None
    words = _TITLE_WORD.findall(masked, ps, pe)
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


_HEADLINE_FINDINGS = frozenset("poll polls report survey study".split())
_HEADLINE_BODIES = frozenset("newspaper paper county city state court board panel poll survey study report "
                             "campaign committee party union group son daughter wife husband mother father "
                             "brother sister pollster strategist".split())


def _named_again(text: str, label: str, pe: int) -> bool:
    """Does the story below the headline name its label again ("Rush Limbaugh:", "Politifact:"
    before "PolitiFact rated ...")? A label that is no one ("Stealth Over Health:") is not."""
    if label.split()[0] in ("The", "A", "An"):
        return False
    return re.search(r"(?<![\w'\u2019])" + re.escape(label) + r"(?![\w'\u2019])", text[pe:pe + 20_000], re.I) is not None


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
    terms = MASK in content and _only_terms(masked, cs, ce)
    mixed = bool(frags) and MASK in content and not terms
    if MASK in content and not (mixed or terms) \
            or not min_words <= len(_WORDS.findall(text, cs, ce)) <= 40:  # (the quoted words count too)
        return None
    # the label must be someone the article names, an outlet or an acronym: not "BOOM:", "Grandkids:"
    surnames = {_name_tokens(fn)[-1] for _, fn in res.full_names if _name_tokens(fn)}
    toks = _name_tokens(label)
    head = words[-1].lower().rstrip(".") if words else ""
    if not (toks and toks[-1] in surnames and (len(words) == 1 or words[0].lower() in given_names()
                                                 or words[0] in titles() or words[0].rstrip(".") in titles())
            or is_outlet(" ".join(words)) or _ACRONYM.fullmatch(label) or pi == 0 and _named_again(text, label, pe)
            # "Former Clinton Pollster Says ...", "Trump's Son Says ...": a role or a body in Title Case
            or cue[1] - cue[0] > 1 and (2 <= len(words) and _person_noun(head) or head in _HEADLINE_BODIES)
            # "Poll: Trump ties Clinton ...", "IG report: State was inaccurate ...", "Economists: ..."
            or cue[1] - cue[0] == 1 and (head in _HEADLINE_FINDINGS or len(words) == 1 and head.endswith("s")
                                         and _person_noun(head))):
        return None
    # a headline comes before the story names its people in full: "Obama:" is the Barack Obama named below
    # (and "De Blasio:" the Bill de Blasio named below)
    low = [t.lower() for t in toks]
    full = next((fn for _, fn in res.full_names if len(ft := _name_tokens(fn)) > len(toks)
                 and [t.lower() for t in ft[-len(toks):]] == low), None) if toks else None
    men = Mention(ls, le, full or label, "name")
    ent = res.resolve(men)
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


def _turn_quote(text: str, turn: tuple, pi: int, res: "_Resolver") -> Quote | None:
    ls, le, cs, ce, who = turn  # who: an interview's interviewee, else the label names the speaker
    while ce > cs and text[ce - 1] in "\"\u201d \t":
        ce -= 1  # a stray closing mark at the paragraph's end
    cs, ce = _strip_ws(text, cs, ce)
    if ce <= cs:
        return None
    if who is not None:
        men = Mention(ls, le, who, "name")  # the "A" label, read as the person it stands for
    else:
        men = Mention(ls, le, text[ls:le].title(), "name", ls, le)
    att = _Att(men, ":", le, le + 1, "colon")
    sp = Span(cs - 1, ce, "double", pi)
    return _make_quote(text, sp, att, "direct", (cs, ce), [sp], pi, res)


# a subject whose description comes first: "Former Pennsylvania governor Ed Rendell, one of ..."
# (a subordinator opening a sentence is no part of the name after it: "Although Weiner admitted")
_SUBORDINATORS = frozenset("Although Though Because Once Unless Whether Even When While If As After Before "
                           "Since Until Having Outside".split())


def _name_tokens_in_text_with_honorific(masked: str, name: str) -> bool:
    """Is the name's last word ever written after Mr, Mrs, Ms or Dr (then it is a person's)?"""
    last = name.split()[-1]
    return re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+" + re.escape(last) + r"\b", masked) is not None


def _org_description(desc: str) -> bool:
    """Is this description an organisation's, by its head noun ("The government", "The
    Association of British insurers"; not "the head of the rules committee")?"""
    head = re.split(r"\s(?:of|for|at|in|from|with)\s", _desc_head(desc))[0].split()
    return bool(head) and head[-1] in ORG_WORDS


def _person_like_name(words: list[str]) -> bool:
    """Two or three capitalised words starting with a known given name: a person's name
    ("Tessa Jowell"), not a club's or a group's ("West Ham", "Our Revolution")."""
    return 2 <= len(words) <= 3 and (words[0].lower() in given_names()
                                     or "-" in words[0] and words[0].split("-")[0].lower() in given_names())  # "Sven-Goran"

# "The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out ...", "Ms
# Jowell's deputy, Richard Caborn, said ...": a name between commas before the verb is the
# subject's (and, before a cue, the speaker's, who may not be an entity yet when a quotation
# before the reported speech is attributed: "... he said")
_APPOSITIVE_NAME = re.compile(r",[ \t]+(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){1,2}),[ \t]+"
                             r"(?:has|had|is|was|will|would|said|says|told|tells|added|admitted|argued|insisted)\s")
# "..., says Curry. For now, he tunes out ...": the speaker of an inverted cue is an antecedent
# too (quotations in a paragraph are attributed before its reported speech, so "Curry" may not
# be an entity yet when "he adds" is resolved)
_INVERTED_SUBJECT = re.compile(r"(?:said|says|added|adds|explained|explains|argued|argues|noted|notes)[ \t]+"
                               r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?(?P<name>" + _CAP_WORD
                               + r"(?:[ \t]+" + _CAP_WORD + r"){0,2})(?=[ \t]*[.,;])")
# "Mike Trainor, chief mobile technology evangelist for Intel, spoke": BBC style, no article
_BARE_APPOSITIVE_SUBJECT = _AfterBreak(
    r"(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){1,2}),"
    r"[ \t]+(?!(?:he|she|they|it|we|you|and|but|or|so|who|which|that|when|if)\b)[a-z]")  # not "... Sen. Ted Cruz, he would support"
_DESC_SUBJECT = _AfterBreak(
    r"(?:[A-Z][a-z'\u2019-]+[ \t]+){1,3}(?:[a-z]+[ \t]+)?"
    r"(?:governor|senator|congressman|congresswoman|spokesman|spokeswoman|secretary|mayor|president|minister|"
    r"chairman|chairwoman|director|leader|official|adviser|advisor|aide|strategist|candidate|nominee|"
    r"[a-z]{3,}(?:er|or|ist))[ \t]+"
    r"(?P<name>" + _CAP_WORD + r"(?:[ \t]+(?:[A-Z]\.|" + _CAP_WORD + r"))+)(?=,|[ \t]+[a-z])")
_NOT_SUBJECT = frozenset(
    "The A An In On At For But And So If When While As After Before It This That These Those There "
    "He She They We I You His Her Their Our Its What Who Why How Now Then Yet Still "
    "Many Most Some Several Few All Both Each Every Other Such Any No".split()  # "Many Congressional proposals"
)


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


_INVERTED_LEAD = re.compile(r"\s*(?P<cue>" + "|".join(_INVERTED_CUES) + r")\s+(?=[A-Z])")


def _inverted_lead(masked: str, lo: int, hi: int) -> _Att | None:
    m = _INVERTED_LEAD.match(masked, lo, hi)
    if m is None or not masked[lo:hi].rstrip().endswith((",", ":")):
        return None
    men = np_forward(masked, m.end(), hi)
    if men is None or men.kind != "name" or masked[max(men.end, men.desc_end or 0):hi].strip() not in (",", ":"):
        return None
    return _Att(men, m.group("cue"), m.start("cue"), m.end("cue"), "pre")


def _pre_colon_prev_para(masked: str, paras, pi: int) -> _Att | None:
    """'He continued:' ending the previous paragraph introduces this one's quotation."""
    if pi == 0:
        return None
    ps, pe = paras[pi - 1]
    tail = masked[max(ps, pe - 200) : pe]
    if not tail.rstrip().endswith(":"):
        return None
    att = _left_cue(masked, max(ps, pe - 200), pe, require_end=True) or _inverted_lead(masked, ps, pe)
    if att is None:
        # "President Clinton released the following statement:": the clause's subject
        cut = max(masked.rfind(". ", ps, pe), masked.rfind("? ", ps, pe), masked.rfind("! ", ps, pe))
        att = _colon_intro(masked, ps if cut < 0 else cut + 2, pe)
    return att


def _find_sentence(sents, pos):
    for k, (s, e) in enumerate(sents):
        if s <= pos < e:
            return k
    return None


def _whole_sentence(text: str, sp: Span) -> bool:
    """Quoted words that make a sentence of their own: a capital first, a full stop last
    ("I'm not changing."), unlike a title or a scare-quoted phrase."""
    words = text[sp.start : sp.end].strip()
    return words[:1].isupper() and words.endswith((".", "!", "?")) and len(_WORDS.findall(words)) >= 2


def _sentence_like(text: str, sp: Span) -> bool:
    words = _WORDS.findall(text[sp.start : sp.end])
    return len(words) >= 4


def _attribute(text, masked, sp: Span, ss, se, ps, pe):
    """(kind, attribution or None, content span) for one quotation."""
    inner_words = _WORDS.findall(text[sp.start : sp.end])
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
    if _scare_word_before(left) and len(inner_words) <= 8:
        return "term", None, content
    if _titled(inner_words) and (_WORK_AFTER.match(right) or _WORK_BEFORE.search(left)) \
            or sp.name_modifier:
        return "term", None, content  # a programme, film, slogan on a hat, a movement: a name, not speech

    left_empty = not left.strip() or left.strip() in ("\u2014", "-", "\u2013") or left.endswith("(")
    # ('... blowback from members ("I want my dues back," wrote Edward Nelson, ...)': an aside of its own)
    # 1. cue after the quotation: '...,' said Hafer / "..." he said
    att = _right_cue(masked, qend, right_hi, se)
    if att is not None and att.how == "post" and _that_clause_after(masked, att.cue_end, se):
        att = None  # 'Citing "obligations in Tennessee," the spokeswoman told POLITICO that Gore ...': the
        # cue has a clause of its own; the quotation is no report of it
    if att is not None and (left_empty or _only_opener(left)):
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
            and text[sp.start : sp.start + 1].islower() and MASK not in left:
        # 'Nothing the president said "will assuage people's fears," the senator said.': the
        # cue after the quotation is the sentence's own; the one before is inside the report
        latt = None
    if latt is not None:
        men = latt.mention
        # after an inverted cue the gap starts where the speaker's phrase ends:
        # '"A," said Raffaello Pantucci, director of ... in London, "B."'
        gap_from = max(latt.cue_end, men.desc_end or 0, men.end) if men.start >= latt.cue_end else latt.cue_end
        gap = masked[gap_from : sp.open]
        tail_after = masked[qend:se]
        gap_words = _WORDS.findall(gap)
        ends_here = _TAIL_OK.match(tail_after) is not None or att is not None \
            or _AND_VERB.match(tail_after) is not None or _ING_TAIL.match(tail_after) is not None
        colon_gap = gap.rstrip().endswith(":")
        direct_gap = colon_gap or gap.rstrip().endswith(",") or not gap.strip()
        if direct_gap and (len(gap_words) <= 8 or colon_gap and len(gap_words) <= 25) and ends_here \
                and not _that_after(masked, gap_from, sp.open) and MASK not in gap:
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
            outer = _outer_report(masked, ss, latt)
            if outer is not None:
                # "Trump said that Romney begged him ... and 'would have dropped to his knees'": the
                # cue nearest the words is inside an earlier report; the report is the outer speaker's
                latt, men = outer, outer.mention
            # the report starts after the cue, or after the source of "according to X,"
            cstart = max(latt.cue_end, men.end) if latt.how == "according" else latt.cue_end
            tm = re.search(r"\bthat\b", masked[cstart : sp.open])
            if tm:
                lead = _WORDS.findall(masked[cstart : cstart + tm.start()])
                if len(lead) <= 4 or len(lead) <= 10 and lead[0].lower() in _CIRCUMSTANCE_LEADS \
                        or len(lead) <= 15 and cues().base.get(latt.cue.lower()) in _RECIPIENT_CUES:
                    cstart += tm.start()  # "tweeted in the early morning hours that ...": the report starts at "that"
                    # and "telling supporters after his victory in the primary that ...": after the recipient
            elif latt.cue.lower() in ("told", "tells", "tell", "telling") \
                    and (ob := _OBJECT.match(masked, cstart, sp.open)) is not None \
                    and (_SUBJECT_AFTER_RECIPIENT.match(masked, ob.end(), sp.open) is not None
                         or masked.startswith(",", ob.end())):
                cstart = ob.end()  # 'told Reuters his first aim is to put the "house in order"': after the recipient
                # (and a recipient before a comma: 'Trump told CNN, his policy would be "to go after them"',
                # 'The person ..., several people told POLITICO, has been chosen and is an "outsider"')
                # (not after part of it: 'told a Sydney radio station the deficit "may ..."' stays whole)
            if latt.cue.lower().endswith("statement") and (
                    sm := _STATEMENT_SAYING.match(masked, cstart, sp.open)) is not None:
                cstart = sm.end()  # "released a statement Wednesday saying ...": what the statement says
            while cstart < sp.open and masked[cstart] in " ,:":
                cstart += 1
            cend = _mixed_end(text, masked, qend, se, cstart)
            if cues().base.get(latt.cue.lower()) in _NAMING | _JUDGING and _NAMING_TAIL.match(masked, qend, se):
                cend = qend  # 'called Clinton a "disgrace" Wednesday on ...': the naming ends with its words
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
        att = _signed(masked, _DASH_SIGNED.match(masked, qend, pe), min_words=1)
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
    m = _PREV_SENTENCE_START.match(masked, ps, k)
    s0 = m.end() if m else ps
    while s0 < k and masked[s0] in " \n\t":
        s0 += 1
    if MASK in masked[s0:k]:
        return None
    if m is not None and (m.group(0).endswith(MASK) or _ABBREVIATION_END.search(m.group(0))):
        return None  # ('"A," Mr. Wehner said. "B."': the attribution of the quotation before, which B
        # continues; 'analyst Peter Appert of C.J. Lawrence said.': no sentence starts after "C.J.")
    men = np_backward(masked, k, s0)
    if men is None or men.kind not in ("name", "description", "group", "pronoun") \
            or not _only_opener(masked[s0:men.start]) or men.text.lower() in ("it", "which", "who", "that"):
        return None
    return _Att(men, masked[k + 1:end], k + 1, end, "pre")


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
        return not _WORDS.findall(masked[j + 1 : att.cue_start]) and bool(_APPOSITIVE_OPEN.match(masked, men.end))
    between = masked[j + 1 : max(j + 1, men.start)] + masked[men.end : att.cue_start]
    return not _WORDS.findall(between) and "," not in masked[att.cue_end : open_]


_SPEAKER_LEAD = re.compile(r"\s*(?:(?:the|a|an|his|her|their|its|our|one|another)\b|[A-Z])")
# cues whose recipient stands between them and the report: "told reporters that ..."
_RECIPIENT_CUES = frozenset("tell remind assure warn inform promise convince persuade notify advise caution "
                            "reassure".split())
_CIRCUMSTANCE_LEADS = frozenset("in on at during after before last this early late earlier later yesterday today "
                                 "tonight".split()) | frozenset(_DAYS.lower().split("|"))
_CIRCUMSTANCE_TAIL = re.compile(
    r"\s*(?:[.!?]|$|(?:in|on|at|during|after|before|when|while|to|from|about|by|with|of|last|this|early|late|"
    r"earlier|later|recently|again|afterward|afterwards|yesterday|today|tonight|" + _DAYS + r"|[a-z]+ly)\b)")
_FINAL_TAIL = re.compile(r"[^,;:\x01\n]{0,60}?[.!?]?\s*$")
_TOLD_WHOM_END = re.compile(r"\s*" + _TOLD_OBJECT.format(sp=r"\s") + r"(?=\s*(?:[.!?]|$|\s(?:in|on|at|by|after|"
                            r"before|during|last|this|earlier|later|yesterday|today|tonight|[a-z]+ly)\b))")
_PARTICIPLE_TAIL = re.compile(r",\s+(?:adding|noting|saying|citing|calling|arguing|warning|explaining|insisting|"
                              r"referring|pointing)\b")


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
        if c <= 0 or not _WORDS.search(seg, 0, c):
            return None
        att = _right_cue(masked, qend + c, se, se)
        if att is None or att.how not in ("post", "post-inv") \
                or masked[qend + c + 2 : min(att.mention.start, att.cue_start)].strip():
            continue  # ", and the mayor said nothing": a clause of its own
        # nothing but a circumstance after the cue ("in an interview", "on Friday"), no clause
        men = att.mention
        rest = masked[max(att.cue_end, men.end, men.desc_end or 0) : se]
        if (pm := _PARTICIPLE_TAIL.search(rest)) is not None:
            rest = rest[:pm.start()]  # "..., Hollande said Tuesday in Paris, noting ...": what he adds is its own
        if cues().base.get(att.cue.lower()) == "tell" and (tm := _TOLD_WHOM_END.match(rest)) is not None:
            rest = rest[tm.end():]  # '"..." in the European sector, a company spokesman told Reuters.'
        if not _FINAL_TAIL.fullmatch(rest) or _THAT.match(rest) or len(_WORDS.findall(rest)) > 8 \
                or not _CIRCUMSTANCE_TAIL.match(rest):
            return None  # "..., Jane Doe said nothing at all": the cue has its own object
        return att, qend + c
    return None


_SIGNER = r"([A-Z][\w.'\u2019-]*(?:{sp}+(?:[A-Z][\w.'\u2019-]*|de|van|von|del|la)){{0,4}})"
# '"..." \u2015 Steve Quinlan' after the quotation; "-Michelle Marks, Philadelphia." on the next line
_DASH_SIGNED = re.compile(
    r"[ \t\u00a0]*([\u2015\u2014\u2013]|--)[ \t\u00a0]*" + _SIGNER.format(sp="[ \t\u00a0]")
    + r"[ \t\u00a0]*[.,]?[ \t\u00a0]*(?=\n|$)")
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
    toks = _tokens(masked, m.start(2), m.end(2))
    men = classify(masked, toks[0][0], _strip_trailing_period(masked, toks[0][0], toks[-1][1]), toks)
    if men.kind != "name" or len(toks) < min_words:
        return None
    return _Att(men, masked[m.start(1):m.end(1)], m.start(1), m.end(1), "post")


def _just_after(masked: str, cue_end: int, open_: int, limit: int = 6) -> bool:
    """Only the rest of the attribution ('said to the TV.') between a cue and a quotation:
    at most ``limit`` words."""
    gap = masked[cue_end:open_]
    body = gap.rstrip()
    return (MASK not in gap and len(_WORDS.findall(gap)) <= limit and body.endswith((".", ",", ":"))
            and not any(ch in ".!?" for ch in body[:-1]))


_BY_AGENT = re.compile(r"\s+by\s+")
# ", alluding to ...", ", a point he likes to make after ...": an aside on the saying, however long
_ING_ASIDE = re.compile(r"[^,\x01]{0,40},\s+[a-z]+ing\b|\s*,\s+an?\s+[a-z]")


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
    if len(_WORDS.findall(rest)) > 10 or _THAT.match(rest) or _CLAUSE_AFTER.match(rest):
        return None
    return att


def _only_opener(left: str) -> bool:
    return bool(_OPENER_ONLY.fullmatch(left))


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


# where a reported clause ends, for quotations' clauses and indirect reports alike: a dash, a
# semicolon, a relative or concessive clause, a new subject after "and"/"but", a trailing
# attribution (", she said") or a new subject's own report (", he clarified that")
_STOPS_SHARED = (
    r"\s[\u2015\u2014\u2013]\s|\s--\s|;\s|\s-\s"
    r"|,\s+(?:which|who|while|whereas|compared|although|though|even as|as well as|however)\b"
    r"|,\s+(?:to|at|after|upon|in\s+response\s+to)\s+which\s+(?:[\w.'\u2019-]+\s+){1,4}?(?:replied|responded|"
    r"interjected|retorted|answered|countered|quipped|said|added)\b"  # ", to which O'Malley interjected: ..."
    r"|\s(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\s"  # "... on condition of anonymity because ..."
    r"|,\s+(?:and|but)\s+(?:he|she|it|they|we|I|the|a|an|many|some|most|others|both|each|every|neither|this|these|those|his|her|"
    r"their|its|our|[A-Z][\w'\u2019-]*)\s"  # ", and the market did", ", but many corporations"
    r"|,\s+(?:and|but)\s+(?!(?:has|was|is|this|thus|its|his|as)\s)[a-z]+s\s+(?:say|said|show|showed|shows|suggest|"
    r"suggested|found|find)\b"  # ", and polls show ..."
    r"|,\s+(?:as|with|often|just|an?)\s"  # ", as was the case ...", ", with the candidate seeking ..."
    r"|,\s+(?:he|she|they|we|I)\s+(?:\w+ly\s+)?(?:said|says|added|adds|told|tells|noted|argued|wrote|"
    r"insisted|warned|clarified|explained|stressed|acknowledged|conceded|suggested|continued)\b"
)
# each pattern opens with a look-ahead on its possible first characters (the scan then skips
# other positions at once), then one on what every branch opens with, which spares trying each
# branch at every space (same matches; 1.3-2x and ~1.3x faster, measured)
_STOPS_GATE = r"\s(?:[\u2015\u2014\u2013-]|on\s|under\s)|[,;]\s"
_CLAUSE_STOP = re.compile(
    r"(?=[\s,;:])(?=" + _STOPS_GATE + r"|:\s)(?:" + _STOPS_SHARED + r"|:\s"
    r"|,\s+(?!(?:spending|funding|housing|training|building|meeting|hearing|ruling|polling|bombing|shooting|"
    r"timing|nothing|something|anything|everything|morning|evening|spring|ceiling|wing|king|thing)\b)"
    r"(?:[a-z]+ing|according to)\b(?!\s+(?:to|that)\b))"  # ", saying ...", but not "taxes, spending and"
)


@lru_cache(maxsize=1)
def _cue_participles() -> str:
    """The cue lexicon's -ing forms as one pattern piece ("adding", "saying", ...)."""
    return trie_regex(w for w in cues().words if w.islower() and w.endswith("ing"))


@lru_cache(maxsize=1)
def _coordinated_cue() -> re.Pattern:
    """' and suggested', ' but also warned': the subject's next report ends this one."""
    # not the forms that are mostly nouns after "and": "federal and state law"
    forms = trie_regex(w for w in cues().words if w.islower() and not w.endswith("ing")
                       and w not in ("state", "states"))
    participles = _cue_participles()
    # (every branch opens with ", " or with "and"/"but" after spaces: one look-ahead for
    # that, tried first, spares trying each branch at every space; same matches, ~3x faster)
    return re.compile(
        r"(?=[\s,])(?=,\s|\s+(?:and|but)\b)(?:(?<!supply)\s+(?:and|but)\s+(?:(?:also|then|later|has|had|have)\s+)?(?:" + forms + r")\b"
        r"|,?\s+(?:and|but)\s+(?:also\s+)?(?:" + participles + r")\b"
        # a new subject's own report: ", and he insisted that", ", Clinton said she"
        r"|,?\s+(?:and|but)\s+(?:he|she|they|we|I)\s+(?:(?:\w+ly|also|then|later|has|had|have)\s+)?(?:"
        + forms + r")\b"
        r"|,\s+(?:[A-Z][\w.'\u2019-]+\s+){0,2}[A-Z][\w.'\u2019-]+\s+(?:(?:\w+ly|also|then|later|has|had|have)\s+)?"
        r"(?!call(?:s|ed)?\s+(?:her|him|them|me|us)\b)(?:"  # (", Bill Clinton called her to ...": he phoned)
        + forms + r")\b"
        # another subject's report: ", and three-quarters said the same of Sanders"
        r"|,\s+(?:and|but|while)\s+(?:[\w'\u2019-]+\s+){1,4}?(?:said|say|says)\b"
        # without the comma, only a subject that cannot continue the one before: "... and others have
        # said", not "traders and bankers in Singapore said", "the Organisation for ... and Development said"
        r"|\s+(?:and|but)\s+(?:the|a|an|some|many|most|other|others|both|all|one|two|three|four|five|\d[\d.]*)\s+"
        r"(?:[\w'\u2019%-]+\s+){0,3}?(?:said|say|says)\b"
        r"|\s+(?:and|but)\s+(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|of)\s+\w+\s+(?:said|say|says)\b"
        # after "but", a name's own report: "... had difficulty selling oil but Kuwait has said there are ..."
        r"|\s+but\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s+(?:has\s+|had\s+|have\s+)?(?:said|say|says)\b)")


_MASK_RUN = re.compile(MASK + "+")


_NAMING_TAIL = re.compile(
    r",?\s+(?:during|while|last|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|and\s+[a-z]+ed|but\s+[a-z]+|"
    r"(?:in|on|at)\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+)?(?:tweet|statement|interview|speech|post|letter|"
    r"show|book|rally|news conference|press conference|radio|television|debate))\b")


def _mixed_end(text: str, masked: str, qend: int, se: int, cstart: int | None = None) -> int:
    """Where the reported clause of a mixed quote ends: the clause's end, or earlier, at a
    quotation inside it whose own punctuation ends the clause: 'that his party was "still the
    No. 1 force in Spain." --Kim Hjelmgaard', 'things "should be wrapped up by Cleveland,"
    referring to ...' (the comma inside the marks is the clause's comma)."""
    cend = _clause_end(masked, qend, se, _mixed_stop(), aside=False, clause_start=cstart)  # reads on from inside the clause
    close = qend
    while close <= cend:
        if _quote_ends_clause(text, masked, close, se):
            return close + 1 if text[close - 1 : close + 1] == "''" else close
        m = _MASK_RUN.search(masked, close, cend)
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
        return bool(_CLAUSE_STOP.match(probe) or _coordinated_cue().match(probe))
    return False


@lru_cache(maxsize=1)
def _mixed_stop() -> re.Pattern:
    """Where a mixed quote's clause ends: as :data:`_CLAUSE_STOP`, and at a cue participle
    with its own clause (', adding that ...')."""
    return re.compile(_CLAUSE_STOP.pattern + r"|(?=,)(?:,\s+(?:" + _cue_participles() + r")\b)")


@lru_cache(maxsize=1)
def _report_stop() -> re.Pattern:
    """Where an indirect report ends: as :data:`_CLAUSE_STOP`, but a report runs on through
    a colon and a participle phrase ("said the plan failed, leaving ...: ...") unless the
    participle is a cue of its own (", adding that ...")."""
    participles = _cue_participles()
    return re.compile(
        r"(?=[\s,;])(?=" + _STOPS_GATE + r"|\s+and\s|\s+but\s)(?:" + _STOPS_SHARED + r"|,\s+(?:according to|" + participles + r")\b"
        r"|,?\s+and\s+(?:how|what)\s"  # "what Trump says his plan would do and how experts say ..."
        # "confirmed that Trump would meet them but would not offer details": what the speaker
        # did not say is the speaker's own second verb, not the report's
        r"|,?\s+but\s+(?:(?:would|did|could|will)\s+not|wouldn't|didn't|couldn't|won't)\s+(?:say|elaborate|offer|"
        r"give|provide|comment|disclose|specify|identify|name|discuss|answer|confirm|detail|explain)\b"
        r"|,?\s+but\s+(?:declined|refused|gave\s+no|offered\s+no|provided\s+no)\b)"
    )


_ASIDE_OPEN = re.compile(r",\s|\s(?:[\u2015\u2014\u2013]|--?)\s")
_VERBISH = frozenset("is are was were be been has have had will would can could should may might must do does did "
                     "am isn't aren't wasn't weren't won't can't".split())
_CONTINUES = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|already|also|still|"
    r"never|now|only|[a-z]+ly|[a-z]{2,}ed|[a-z]{2,}s)\b")


def _after_subject_aside(masked: str, start: int, m: re.Match, se: int) -> int | None:
    """Where to read on when a clause's stop opens an aside right after its bare subject
    ("that the two men, and Mr. Cruz in particular, must do more", "that regular troop strength
    - around 166,000 in April - already lags"): the position after the aside, or None."""
    op = _ASIDE_OPEN.match(masked, m.start())
    if op is None:
        return None
    words = _WORDS.findall(masked, start, m.start())
    if words and words[0].lower() == "that":
        words = words[1:]
    if not 1 <= len(words) <= 6 or re.split("['\u2019]", words[0].lower())[0] in _PRON_SUBJ or any(
            w.lower() in _VERBISH or (w.islower() and w.endswith("ed")) for w in words):
        return None
    closer = "," if op.group(0).startswith(",") else op.group(0).strip()
    j = masked.find(closer + " " if closer == "," else " " + closer + " ", op.end(), min(se, op.end() + 200))
    if j < 0:
        return None
    j += len(closer) + (1 if closer == "," else 2)
    while j < se and masked[j] == " ":
        j += 1
    if closer == "," and (place := _PLACE_THEN_COMMA.match(masked, j, se)) is not None:
        j = place.end()  # "the plant, which is located in Niagara Falls, New York, will begin": a
        # place's state after its comma is still inside the aside
    return j if _CONTINUES.match(masked, j, se) else None


_PLACE_THEN_COMMA = re.compile(r"(?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)(?:\s+[A-Z][a-z]+\.?){0,2},\s+")


_DASH_OPEN = re.compile(r"\s([\u2015\u2014\u2013]|--|-)\s")


def _after_dashed_aside(masked: str, m: re.Match, se: int) -> int | None:
    """A clause reads on past a dashed aside closed by the same dash ("to nominate Sargent Shriver
    - a member of the Kennedy clan - to replace ..."): the position after it, or None."""
    op = _DASH_OPEN.match(masked, m.start())
    if op is None:
        return None
    close = masked.find(" " + op.group(1) + " ", op.end(), min(se, op.end() + 150))
    if close < 0 or MASK in masked[op.end():close]:
        return None
    j = close + len(op.group(1)) + 2
    return j if j < se and masked[j:j + 1].islower() else None


def _aside_close(masked: str, start: int, end: int) -> int:
    """A report that starts inside a parenthesis ends where it closes ("(Bill Clinton said the state
    was special) makes this ...": not "makes this ..."); ``end`` if it opened after ``start``."""
    opened = masked.rfind("(", max(0, start - 300, masked.rfind("\n", 0, start)), start)
    if opened < 0 or masked.rfind(")", opened, start) >= 0:
        return end
    depth = 0
    for k in range(start, end):
        ch = masked[k]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return k
            depth -= 1
    return end


def _clause_end(masked: str, start: int, se: int, stops: re.Pattern | None = None, aside: bool = True,
                clause_start: int | None = None) -> int:
    """Where a reported clause ends: the sentence end, or a dash that closes an aside
    (``stops``: the pattern of clause ends, :data:`_CLAUSE_STOP` unless given)."""
    k = start
    pat = stops or _CLAUSE_STOP
    m = pat.search(masked, start, se)
    while aside and m is not None and (resume := _after_subject_aside(masked, start, m, se)
                                       or _after_dashed_aside(masked, m, se)):
        m = pat.search(masked, resume, se)  # "that Mrs. Clinton, who ..., did better": read past the aside
    if m is not None and masked[start:m.start()].strip().lower() == "that" \
            and (close := masked.find(",", m.end(), se)) > 0:
        m = pat.search(masked, close + 1, se)  # "that, while the tax may ..., workers won't": past the fronted clause
    end = m.start() if m else se
    c = _coordinated_cue().search(masked, start, end)
    if c:
        end = c.start()
    paren = False
    if ")" in masked[start:end] and (closed := _aside_close(masked, start if clause_start is None else clause_start,
                                                           end)) < end:
        end, paren = closed, True
    while end > start and masked[end - 1] in " .,\n":
        if paren and masked[end - 1] == " " and masked[end - 2 : end - 1] == MASK:
            break  # (the blanked outer mark of a closing '' pair: "''retire.'')")
        end -= 1
    return max(end, k)


_ROLE_THEN_NAME = re.compile(r",\s+((?:[A-Z][\w.'\u2019-]*\s+){1,2}[A-Z][\w'\u2019-]+)\s*(?:[.;]|$)")


def _right_cue(masked: str, qend: int, hi: int, se: int) -> _Att | None:
    """'...,' said X / '...,' X said / '...' he tells me."""
    seg = masked[qend:hi]
    m = _POST.match(seg)
    i = qend + m.end()
    if i >= hi:
        return None
    cm = cues().rx.match(masked, i, hi)
    if cm and cm.group(0).endswith("ing"):
        return None  # '"New York values," saying the city ...': what follows a participle is said, not who says
    if cm and cm.group(0) == "state" and _LOWER_NEXT.match(masked, cm.end(), hi):
        cm = None  # '"...," state officials said': a noun phrase, its verb follows
    if cm and cm.group(0).islower() or (cm and cm.group(0).lower() == "according to"):
        men = np_forward(masked, cm.end(), hi)
        if men is not None and men.kind == "description" and (nm := _ROLE_THEN_NAME.match(masked, men.end, hi)) \
                and nm.group(1).split()[0].lower() in given_names():
            # '"...," said a spokesman, John Smith.': the person the role was introducing
            named = Mention(nm.start(1), nm.end(1), nm.group(1), "name", nm.start(1), nm.end(1))
            named.desc_start, named.desc_end = men.start, men.end
            return _Att(named, cm.group(0), cm.start(), cm.end(), "post-inv")
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
                and _ENDS_PHRASE.match(masked, cm.end(), hi):
            return _Att(Mention(im.start(1), im.end(1), "it", "pronoun"), cm.group(0), cm.start(), cm.end(), "post")
    # NP then cue, the NP at most ~12 words
    window_end = min(hi, i + 160)
    for cm in cues().rx.finditer(masked, i, window_end):
        w = cm.group(0)
        if not w.islower() and w.lower() != "according to":
            continue
        if _noun_use(masked, cm, i) and not _CUE_ENDS_SENTENCE.match(masked, cm.end(), hi) \
                or w == "state" and (not masked[i:cm.start()].strip() and _LOWER_NEXT.match(masked, cm.end(), hi)
                                     or (nw := _NEXT_WORD.match(masked, cm.end(), hi)) is not None
                                     and nw.group(1).lower() in title_words()):
            continue  # "one of the states suing the EPA, said", "state officials said", "Scott's niece, state
            # Del. Marcia Price, shouted": a noun or an adjective of the speaker's phrase, read on
        if _participle_after_noun(masked, cm, i, hi):
            return None  # "''Trump Revealed,'' a biography written by ...": the words in marks are the
            # work's title, no one says them
        if w.endswith("ing") and masked[i:cm.start()].rstrip().endswith(","):
            return None  # '"basement dwellers" - a group of data engineers - but relished ..., posting
            # photos': a participle after a clause of its own attributes nothing before it
        if w == "saying" and (quoted := _quoted_as(masked, cm.start(), i)) is not None:
            return _Att(quoted, w, cm.start(), cm.end(), "post")  # '"...," PAP quoted Baka as saying.'
        # '"...," it now says': an adverb no subject list holds, between the subject and the cue
        men = np_backward(masked, _before_adverb(masked, cm.start(), i), i)
        if men is None:
            # '"...," a spokesman for Credit Lyonnais who declined to be named said': no subject at
            # the cue, but the whole phrase after the quotation speaks
            whole = _DESC_NP.fullmatch(masked, i, cm.start())
            if whole is None:
                return None
            toks = _tokens(masked, i, whole.end(1))
            men = classify(masked, toks[0][0], toks[-1][1], toks)
            if men.desc_start is None:
                men.desc_start, men.desc_end = men.start, men.end
            return _Att(men, w, cm.start(), cm.end(), "post")
        after_np = men.desc_end if men.desc_end and men.desc_end > men.end else men.end
        between = _PAREN_ASIDE.sub(" ", masked[after_np : cm.start()], count=1)
        if _WORDS.findall(between) and not all(x.lower() in _ADV_OK for x in _WORDS.findall(between)) \
                and not _COMMA_ASIDE.fullmatch(between) and not _PLACE_ONLY.fullmatch(between):
            # ('"...," Blunt, after a long pause, said', '"...," a dealer for a German bank in London said')
            return None
        lead = masked[i : men.start]
        if lead.strip() == "state" and men.kind != "pronoun":
            # '"...," state officials said': the adjective belongs to the speaker's phrase
            s0 = i + lead.index("state")
            toks = _tokens(masked, s0, men.end)
            return _Att(classify(masked, s0, men.end, toks), w, cm.start(), cm.end(), "post")
        if lead.endswith("state ") and men.kind == "name":
            lead = lead[:-6]  # "Scott's niece, state Del. Marcia Price, shouted": the state's, before the title
        if men.kind == "name" and _DESC_FIRST.fullmatch(lead):
            # "his wife, Gabriela Violeta Lazar, wrote": the description stands before the name
            men.desc_start, men.desc_end = i + (len(lead) - len(lead.lstrip())), i + len(lead.rstrip(" ,"))
            return _Att(men, w, cm.start(), cm.end(), "post")
        if men.start - i > 2 and not _CAPS_ONLY.fullmatch(lead):
            # "'...?' a narrator in the Clinton ad asks": the whole phrase is the speaker
            whole = _DESC_NP.fullmatch(masked, i, cm.start())
            if whole is None:
                return None  # words before the speaker: not an attribution of this quotation
            toks = _tokens(masked, i, whole.end(1))
            men = classify(masked, toks[0][0], toks[-1][1], toks)
            if men.desc_start is None:
                men.desc_start, men.desc_end = men.start, men.end
        return _Att(men, w, cm.start(), cm.end(), "post")
    return None


# ("it proudly declared", "It has also said", "it had earlier said")
_IT_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([Ii]t)\s+(?:ha[sd]\s+)?(?:also\s+|later\s+|then\s+|earlier\s+|still\s+|now\s+|"
                        r"even\s+|again\s+|already\s+|[a-z]+ly\s+)?$")
_IT_CUE = re.compile(r"(it)\s+(?:also\s+|later\s+|then\s+)?(?=[a-z])")
_CUE_ENDS_SENTENCE = re.compile(r"[.;]|$")  # '"...," a voice-over in the ad states.'
# a description and a comma before a name: "his wife, ", "Rep. Duncan Hunter's chief of staff, "
_DESC_FIRST = re.compile(r"\s*(?:(?:his|her|their|its|our|my|the|a|an|another|one)\s+[A-Za-z][^,;:()\x01\n]{1,50}"
                         r"(?:[^,;:()\x01\n]{1,30}\s\([A-Z][A-Za-z&.]{1,9}\))?"  # ("... Task Force (IETF), Brian Carpenter, says")
                         r"|(?:[A-Z][\w.'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*(?:'s|\u2019s)\s+[a-z][^,;:()\x01\n]{1,40}),\s+")
_DESC_NP = re.compile(r"\s*((?:a|an|the|one|another|this|these|those|his|her|their|its|our|my)\s(?:[a-z][\w-]*(?:ed|ful|ous|ive|ic|ish|less),\s)?"
                      r"[^,;:()\x01\n]{1,60}?)\s*(?:\w+ly\s+)?")  # ("the bespectacled, 71-year-old diplomat")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_CUE_AFTER_PHRASE = re.compile(r"(?:\s*\([^()\x01\n]{1,30}\))?\s*,?\s*(?:\w+ly\s+)?")
_COMMA_ASIDE = re.compile(r"\s*,\s+(?:after|with|in|at|for|during|when|as|once|again|still|now)\b[^,;:\x01\n]{0,60},\s*")
_PAREN_ASIDE = re.compile(r"^\s*\([^()\x01\n]{1,25}\)")  # a party tag: "Rep. John Mica (R-Fla.) said"
_CAPS_ONLY = re.compile(r"(?:\s*+(?:[A-Z][\w.'\u2019&-]*+|of|the|and|for|co-\w++|\$?\d[\d,.]*+\$?|\$(?!\d))\s*+)*")  # ("Fight for $15 ...")
# verbs that take a clause, never an object phrase ("VW now announced a deal with Toyota")
_SAYING_VERBS = frozenset("say tell add write explain note argue insist claim predict warn acknowledge concede "
                          "contend".split())
_ADVERBS_BEFORE_CUE = (" now ", " even ", " just ", " sometimes ", " usually ", " typically ", " here ", " there ")


def _before_adverb(masked: str, pos: int, lo: int) -> int:
    """Where a subject ends before its cue at ``pos``, past an adverb no subject list holds
    ("it now says", "Smith just said", "A poll has, however, revealed"); ``pos`` when there is none."""
    if (am := _ASIDE_ADVERB_BEFORE.search(masked, max(lo, pos - 30), pos)) is not None:
        return am.start()
    if masked.endswith(_ADVERBS_BEFORE_CUE, lo, pos):
        cut = masked.rindex(" ", lo, pos - 1) + 1 if pos - lo > 1 else pos
        if masked.endswith(_PLACE_ADVERBS, lo, pos) and _PARTICIPLE_BEFORE.search(masked, lo, cut):
            return pos  # "a statement made here said": the participle's phrase is no subject
        return cut
    return pos


_PLACE_ADVERBS = (" here ", " there ")  # "dealers here said", "officials there said"
_ASIDE_ADVERB_BEFORE = re.compile(r",\s+(?:however|though|meanwhile|too|in fact|in turn),\s+$")
_PARTICIPLE_BEFORE = re.compile(r"(?:[a-z]ed|made|held|built|set|based)\s+$")
_ADV_OK = frozenset(
    "also later then has have had was were is previously recently once further simply flatly again "
    "earlier repeatedly often publicly privately reportedly quickly bluntly would will could might "
    "may not now even just sometimes usually typically here there".split()
)


# what ends a clause before a participle: a comma or a dash ("a basic task - bragging - conceding")
_CLAUSE_BREAK = (",", " -", " --", "\u2014", "\u2013", MASK)  # (and a quotation that ends in its own comma)


_TO_BEFORE = re.compile(r"\bto\s+$")
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
    if before.endswith(_CLAUSE_BREAK) or _COORD.search(before + " "):
        return None  # "X said A, calling them '...'", "... but insists ...": the same subject's own report
    outer = _left_cue(masked, ss, latt.cue_start, require_end=False)
    if outer is None or outer.how != "pre" or outer.cue.lower() not in cues().indirect \
            or outer.mention is None or outer.mention.start >= outer.cue_start:
        return None
    gap = masked[outer.cue_end : latt.cue_start]
    inner = latt.mention
    if inner is not None and outer.cue_end <= inner.start and (re.search(
            r"(?:,|\band|\bbut|\bwhile|\balthough|\bthough|\bwhereas|\byet)\s*$", masked[outer.cue_end : inner.start])
            or _WHEN_SAID.match(masked, outer.cue_end, inner.start)):
        return None  # "... said that A, and Ms. Acosta said ...", "..., although he tweeted that ...": a
        # clause of its own, joined to the first
        # ('"...," Trump said, after Becky Quick said ...': a clause of when he said it)
    if MASK in gap or any(ch in gap for ch in ";:"):
        return None  # quoted words or a break between the two cues: the nearer one attributes
    return outer


_DET_THEN_MASK = re.compile(r"\s+(?:the|a|an|its|their|this|that)\s+" + MASK)
_PAREN_CUE_BEFORE = re.compile(r",\s+(?:(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|he|she|they)\s+"
                               r"(?P<cue>said|says|added|adds|noted|argued|wrote|writes)\s*,\s*$")


def _it_subject(masked: str, lo: int, cue: re.Match) -> Mention | None:
    """The "it" right before a cue as its subject (an organisation named before), when the cue
    reports: before a comma or colon ('It added, "..."'), before an article and a quotation ('it
    said the "payments will ..."'), with a recipient after it ('It told Triton it "may ..."': no
    inverted "told Triton"), opening the sentence ('It said that orders were down "moderately,"
    ...', 'But it said ...') or inside an earlier report ('Wedge said it believes the plan would be
    "..."'); never for a naming verb ('what it called a "patent commons"': a name)."""
    im = _IT_BEFORE.search(masked, max(lo, cue.start() - 24), cue.start())
    if im is None:
        return None
    it = Mention(im.start(1), im.end(1), masked[im.start(1):im.end(1)], "pronoun")
    if masked[cue.end() : cue.end() + 2].strip()[:1] in (",", ":"):
        return it
    base = cues().base.get(cue.group(0).lower())
    if base in _OBJECT_NAMING:
        return None
    before = masked[lo:im.start()]
    if _DET_THEN_MASK.match(masked, cue.end()) or base in _RECIPIENT_CUES or not before.strip() \
            or _only_opener(before) or any(c.group(0).islower() for c in cues().rx.finditer(masked, lo, im.start())):
        return it
    return None


def _left_cue(masked: str, lo: int, hi: int, require_end: bool) -> _Att | None:
    """The last cue before ``hi`` whose subject is found: 'He continued:', 'X said,'."""
    best = None
    for cm in cues().rx.finditer(masked, lo, hi):
        w = cm.group(0)
        if not w.islower() and w.lower() != "according to":
            continue
        if best is not None and w.lower() == "according to" and _THAT_BEFORE.search(masked, max(lo, cm.start() - 8), cm.start()):
            continue  # "said that according to its analysis, ...": a source inside the report
        if w.endswith("ing"):
            pw = _prev_word(masked, max(lo, cm.start() - 30), cm.start())
            if pw and (pw[1].lower() in _DETERMINER_BEFORE or pw[1].lower() == "without"
                       and masked[cm.end():hi].strip() not in (",", ":")):
                continue  # "his writing": a noun; "It goes without saying that": nothing said (but
                # "how to attack a friend without saying, '...'": the words follow)
        elif w in ("go", "goes", "went") and not masked[cm.end():hi].rstrip().endswith((",", ":")):
            continue  # 'Trump says he goes "back to war tomorrow."': he goes somewhere; only 'he goes, "..."' speaks
        elif _participle_after_noun(masked, cm, lo, hi):
            continue  # "the anti-Washington feeling proclaimed by George Wallace": no one's report
        elif w.lower() != "according to" and not _verb_use(masked, cm, lo):
            if _TO_BEFORE.search(masked, max(lo, cm.start() - 4), cm.start()) \
                    and masked[cm.end():hi].strip() in (",", ":") \
                    and not _NOT_SAYING_TO.search(masked, max(lo, cm.start() - 30), cm.start()):
                best = cm  # "Trump took to Twitter to write, '...'": the clause's subject writes
                continue
            continue  # a noun ("his home state", "AP's report"), an infinitive ("to write") or an
            # adjective ("in a written statement")
        if best is not None and w.endswith("ing") and not masked[lo:cm.start()].rstrip().endswith((",", MASK)) \
                and not _AND_BEFORE.search(masked, max(lo, cm.start() - 6), cm.start()) \
                and not _WITH_NP.search(masked, max(lo, cm.start() - 80), cm.start()) \
                and not _BY_ING.search(masked, max(lo, cm.start() - 10), cm.start()):
            continue  # "Thiel wrote ... explaining why": the finite verb attributes
            # (but "with Claudia Sheinbaum describing ...": the participle has its own subject, and
            # 'could be "messy," adding, "..."' follows a quotation that ends in its own comma)
        best = cm
    if best is None:
        return None
    w = best.group(0)
    if w.lower() == "according to":
        men = np_forward(masked, best.end(), hi)
        if men is None:
            return None
        return _Att(men, w, best.start(), best.end(), "according")
    gap = masked[best.end() : hi]
    if require_end and not gap.strip().endswith(":"):
        return None
    if not w.endswith("ing") and _PASSIVE_BEFORE.search(masked, max(lo, best.start() - 20), best.start()):
        # "Trump was asked, '...'": the subject is who was asked; "by host Bill Maher" is who asks
        # (but "Sanders is pledging to '...'" is the progressive: the subject speaks)
        bm = _BY_AGENT.match(masked, best.end(), hi)
        agent = np_forward(masked, bm.end(), hi) if bm else None
        return _Att(agent, w, best.start(), best.end(), "pre") if agent is not None else None
    men = None
    if _TO_BEFORE.search(masked, max(lo, best.start() - 4), best.start()):
        men = _clause_subject(masked, lo, best.start(), strict=True)
        return _Att(men, w, best.start(), best.end(), "pre") if men is not None else None
    if w.endswith("ing") and not masked[lo:best.start()].rstrip().endswith(_CLAUSE_BREAK):
        # "footage of Hillary Clinton asking, '...'": a name right before the participle is its subject
        nb = np_backward(masked, best.start(), lo)
        if nb is not None and not masked[nb.end:best.start()].strip():
            if _TIME_OR_NUMBER.fullmatch(nb.text):
                return None  # "comments Trump made in 2006 saying '...'": the participle is the comments'
            if nb.kind == "name":
                men = nb
            else:  # "The new ad features a narrator saying:": the indefinite phrase before the participle
                toks = _tokens(masked, nb.start, nb.end)
                k = max((n for n, t in enumerate(toks) if t[2].lower() in ("a", "an")), default=None)
                if k is not None and k < len(toks) - 1 and toks[-1][2].lower() not in _CARRIERS:
                    men = classify(masked, toks[k][0], toks[-1][1], toks[k:])
    if men is None and w.endswith("ing") and masked[lo:best.start()].rstrip().endswith(_CLAUSE_BREAK):
        # "..., when Sanders protesters interrupted her speech, shouting '...'": the subject of
        # the clause the participle follows
        men = _subordinate_subject(masked, lo, best.start()) or _coordinated_subject(masked, lo, best.start())
    if men is None and w.endswith("ing") and _AND_BEFORE.search(masked, max(lo, best.start() - 6), best.start()):
        men = _with_subject_of_earlier_participle(masked, lo, best.start())
    if men is None and w.endswith("ing") and not _WITH_NP.search(masked, max(lo, best.start() - 80), best.start()):
        # "The Vermont senator emailed supporters saying:" / "Speaking in his real voice, he
        # recited ..., saying:": the participle's subject is the clause's subject
        men = _clause_subject(masked, lo, best.start(), strict=True)
    if men is None:
        men = np_backward(masked, best.start(), lo)
    if men is None:
        men = _it_subject(masked, lo, best)  # 'It added, "..."' (the subject scan skips "it")
    if men is None and (_COORD.search(masked, lo, best.start())
                        or (w.endswith("ing") and masked[lo:best.start()].rstrip().endswith(_CLAUSE_BREAK))):
        men = _clause_subject(masked, lo, best.start())
    if men is None and (pm := _PAREN_CUE_BEFORE.search(masked, lo, best.start())) is not None \
            and (pmen := np_backward(masked, pm.start("cue"), pm.start() + 1)) is not None:
        # 'CNN, Cruz said, called the announcement "highly significant."': the report is Cruz's,
        # the verb after his attribution part of it
        return _Att(pmen, pm.group("cue"), pm.start("cue"), pm.end("cue"), "pre")
    if men is None:
        if _COORD.search(masked, lo, best.start()):
            return None  # "... but described his leadership skills as ...": no subject found, no guess
        # inverted before the quote: "said Sullivan: '...'"
        if cues().base.get(w.lower()) in _OBJECT_NAMING and masked[lo:best.start()].strip():
            return None  # "... called the Saudis 'free riders'", "described his views on immigration
            # '...'": what follows a naming verb is what it names, never who speaks
        men = np_forward(masked, best.end(), hi)
        if men is None or men.kind == "pronoun" and men.text.lower() in ("it",) or men.text.lower() in DETERMINERS:
            return None  # (not 'said the "payments will ..."': an article is no speaker)
        if men.text.lower() in ("me", "us", "reporters", "him", "her", "them"):
            return None
    if _TIME_OR_NUMBER.fullmatch(men.text):
        # "In August, several groups granted ..., saying '...'": a date is when, not who
        if not w.endswith("ing"):
            tm = _TIME_LEAD_BEFORE.search(masked, lo, men.start)
            men = np_backward(masked, tm.start(), lo) if tm else None  # "McConnell, who in 2010 said"
            men = men if _person_before_time(men) else None
        elif "," in masked[men.end:best.start()]:
            men = _clause_subject(masked, lo, best.start())
        else:
            men = None  # "comments Trump made in 2006 saying": the participle is the comments'
        if men is None or _TIME_OR_NUMBER.fullmatch(men.text):
            return None
    if men.kind == "description" and len(men.text.split()) == 1 and men.text.islower() and (
            men.text.endswith(("ed", "en", "ing")) or men.text in _PARTICIPLES):
        return None  # "could be heard repeatedly shouting": a verb form ("heard") is no speaker
    if cues().base.get(w) in _NAMING and men.kind not in ("name", "pronoun") and (
            not _NAMED_OBJECT.match(gap) or w.endswith("ing") and not masked[lo:best.start()].rstrip().endswith(",")):
        return None  # "a technique called 'spear phishing'": a name for a thing, not speech
        # (but "the newspaper calls it 'the pearl'": a verb with its object is a speech act, and
        # so is "The prince attacked Trump, calling him '...'")
    return _Att(men, w, best.start(), best.end(), "pre")


_NAMING = frozenset(("call",))
_OBJECT_NAMING = frozenset("call describe label dub brand portray praise criticize mock blame accuse".split())
_NAMED_THEN_MARK = re.compile(r"\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:an?\s+)?\x01")
# what a naming verb names when it is a speech act: "one lawmaker called Trump '...'"
_NAMED_OBJECT = re.compile(r"\s*(?:it|him|her|them|this|that|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s*$")
_PARTICIPLES = frozenset("heard seen told said known shown found thought made done".split())
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


def _participle_after_noun(masked: str, cm: re.Match, lo: int, hi: int) -> bool:
    """Is the cue ``cm`` a participle in -ed/-en right after the noun it modifies, its agent after
    "by" ("the feeling proclaimed by George Wallace", "a biography written by ...")? Not a passive
    with its auxiliary ("was asked by host Bill Maher" has its agent), nor after "as", "and", "but"
    or a dash ("..., as recalled by", "nine - described by" attribute what follows)."""
    if not cm.group(0).endswith(("ed", "en")) or _BY_NEXT.match(masked, cm.end(), hi) is None:
        return False
    pw = _prev_word(masked, max(lo, cm.start() - 30), cm.start())
    return pw is not None and pw[0] + len(pw[1]) == cm.start() - 1 and pw[1].isalpha() \
        and pw[1].lower() not in ("as", "and", "but") \
        and not _PASSIVE_BEFORE.search(masked, max(lo, cm.start() - 20), cm.start())
_DETERMINER_BEFORE = frozenset("a an the his her its their our my your this these those".split())
# no finite verb right after a determiner or a preposition ("a number of cases", "according to reports")
_NO_VERB_AFTER = _DETERMINER_BEFORE | frozenset("of in on at for with by from about to than into per".split())
_WITH_NP = re.compile(r"\bwith\s+(?:(?!\s--?\s)[^,;\x01\u2014\u2013]){1,70}?\s*$")  # (no dash between: an aside)
_COORD = re.compile(r"\b(?:and|but|then|by|before|after|while|when)\s+(?:(?:\w+ly|later|then|also|has|have|had)\s+)?$")


# things that speak in reports but are no "he" or "she": "Mr Bell's speech called for ... he warned"
_NOT_A_HE = frozenset("speech speeches statement letter plan proposal bill report forecast agreement resolution "
                      "platform manifesto document memo ad video editorial budget community communities public "
                      "industry pact text copy transcript version".split())


_PLURAL_QUANTIFIERS = frozenset("many some several most all both few other others two three four five".split())


@lru_cache(maxsize=4096)
def _plural_people(name: str) -> bool:
    """Does the phrase name several people ("Many conservatives", "some aides to Clinton")?"""
    words = name.lower().split()
    head = _phrase_head(name)
    return bool(words) and (words[0] in _PLURAL_QUANTIFIERS or head in _PEOPLE_AT_HEADS
                            or head.endswith(PEOPLE_PLURAL_ENDS))


def _not_a_he(name: str) -> bool:
    """Is the phrase's head a thing that speaks but is no "he" ("Mr Bell's speech", "the
    transgender community"; not "A spokesman for the British Phonographic Industry")?"""
    return _phrase_head(name) in _NOT_A_HE


# things that carry words: who holds or issues them says them ("held up a sign saying")
_CARRIERS = frozenset("sign signs banner banners placard poster shirt t-shirt hat sticker headline message note "
                      "letter statement email e-mail post tweet ad video caption slogan release memo".split())
_LEAD_CONJUNCTION = re.compile(r"(?:But|And|Yet)\s+(?:(?:yet|then|so)\s+)?(?=\S)")
# a wire story's dateline: "NEW YORK, March 3 - ", "OTTAWA, Ont., June 18 - "
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'-]{1,40}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)*,[ \t]+[A-Z][a-z]{2,8}\.?"
                            r"[ \t]+\d{1,2}[ \t]+(?:\([A-Z][\w.]*\)[ \t]+)?[\u2015\u2014\u2013-]+[ \t]+")
# ("DECATUR, Ill. - ", "WASHINGTON, Dec. 8 (UPI) - ": a date and a wire's name may follow the place)
_DATELINE = re.compile(r"\s*(?:[A-Z][A-Z .'-]{2,40}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z\d][\w.]*)?)?(?:\s+\([A-Z][\w.]*\))?"
                       r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][\w.]*)?\s+\((?:AP|AFP|UPI|Reuters|CNN|AAP|dpa)\))"
                       r"\s+[\u2015\u2014\u2013-]+\s+")  # (or "Washington (AFP) - ": a place in Title Case, its wire named)
_FRONTED_TIME = re.compile(r"\s*(?:Earlier|Later|Last|This|Next|On|In|At|During|After|Before|Since|By|Over|Amid|Despite|"
                           r"Among|Under|With|Without|Following|Throughout|Unlike|Like|For)\s[^,;:\x01]{2,120},\s+")
# and without its comma before a name: "Earlier this month Caesars World rejected ... and said"
_FRONTED_TIME_BARE = re.compile(r"\s*(?:(?:Earlier|Later)\s+(?:this|last)|Last|This|Next)\s+(?:week|month|year|weekend)\s+"
                                r"(?=[A-Z][a-z])")
# "Speaking to MSNBC's Morning Joe Monday in New Hampshire, which ..., Bush referred": up to the
# comma before the main clause's subject
_FRONTED_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\b[^;:\x01\n]{3,200}?,\s+(?=[A-Z]|(?:he|she|they|we|I)\s)")
_FINITE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|es)\b")
# a subordinate clause after a fronted time phrase ("Last month, when I asked ..., he ...")
_FRONTING = "as|when|while|after|before|if|because|since|although|though|once|until"
_FRONTED_CLAUSE_NEXT = re.compile(r"(?:" + _FRONTING + r")\s[^,;:\x01]{3,120},\s+")
_FRONTED_CLAUSE = re.compile(r"\s*(?:(?:And|But|Yet|So)\s+(?:" + _FRONTING + r")|" + _FRONTING.title()
                             + r")\s[^,;:\x01]{3,120},\s+")


def _named_mid_sentence(masked: str, word: str) -> bool:
    """Does ``word`` stand capitalised inside a sentence somewhere (a name: "Cruz"), not only
    at a sentence's start ("Rain fell, adding ...")?"""
    return re.search(r"[a-z,]\s+" + re.escape(word) + r"\b", masked) is not None


_NAMING_PARTICIPLES = frozenset("called named dubbed titled entitled labeled labelled termed nicknamed".split())


def _subject_inside_first_clause(masked: str, lo: int, hi: int, men: Mention) -> bool:
    """Does the subject ``men`` open a clause inside the first clause of a chain whose next verb is at
    ``hi``? "Sullivan put off deciding whether Judicial Watch could question Clinton but said", "A
    banker said that banks are responding and said", "Stoltenberg noted that Brazil had agreed ... but
    said" (but "She noted that Sanders has criticized ... and called": his own chain)."""
    pw = _prev_word(masked, max(lo, men.start - 10), men.start)
    if pw is None or pw[1].lower() not in ("whether", "if", "that"):
        return False
    if pw[1].lower() != "that":
        return True
    ppw = _prev_word(masked, max(lo, pw[0] - 30), pw[0])
    C = cues()
    if ppw is None or C.rx.fullmatch(ppw[1]) is None:
        return False  # ("a charge that leaders denied": a relative's "that")
    if (bw := _prev_word(masked, max(lo, hi - 12), hi)) is not None and bw[1] == "but":
        return True
    vm = C.rx.match(masked, hi)
    return vm is not None and C.base.get(ppw[1]) == C.base.get(vm.group(0), "")


def _clause_subject(masked: str, lo: int, hi: int, strict: bool = False) -> Mention | None:
    """The subject of a chain of verbs: the subject of the previous cue in the clause
    ("Lazar said he welcomed ... and added"), else the clause's opening noun phrase
    ("Eight years ago, he supported ... and said"); with ``strict``, only a pronoun
    or a name of two words or more opens it ("Rain fell, adding ..." has no speaker)."""
    dm = _DATELINE.match(masked, lo, hi) or (None if _FRONTED_CLAUSE.match(masked, lo, hi)
                                             else _LEAD_CONJUNCTION.match(masked, lo, hi))
    if dm:
        lo = dm.end()  # "DECATUR, Ill. — Sen. Ted Cruz weighed in ...": the story starts after the dateline;
        # "But the U.S. Court of Appeals ... overruled and said": after the link word
    fm = _FRONTED_CLAUSE.match(masked, lo, hi) or _FRONTED_TIME.match(masked, lo, hi) \
        or _FRONTED_PARTICIPLE.match(masked, lo, hi) or _FRONTED_TIME_BARE.match(masked, lo, hi)
    if fm:
        lo = fm.end()  # "As the crowd began to chant, Silverman ... joked": the main clause's subject
        if (fm2 := _FRONTED_CLAUSE_NEXT.match(masked, lo, hi)) is not None:
            lo = fm2.end()  # "Last month, when I asked Sanders ..., he looked ... and said": both go
    for cm in reversed(list(cues().rx.finditer(masked, lo, hi))):
        if cm.group(0).endswith("ing") and masked[lo:cm.start()].rstrip().endswith(_CLAUSE_BREAK):
            continue  # "a basic task in politics - bragging - conceding": an aside, not a verb of the clause
        if cm.group(0) in _NAMING_PARTICIPLES and masked.startswith(MASK, cm.end() + 1):
            continue  # "a class called "Perception"": a name given, not the clause's verb
        if (pw := _prev_word(masked, max(lo, cm.start() - 30), cm.start())) is not None \
                and pw[1].lower() in ("who", "which", "that") and cm.group(0).islower() \
                and not masked[lo:pw[0]].rstrip().endswith(","):
            continue  # "not paying an architect who said he was stiffed ..., saying": a restrictive relative's
            # verb (but ", who answered her door and said": that one's the relative's own chain)
        if cm.group(0).islower() and _verb_use(masked, cm, lo):  # not "defended the remark"
            men = np_backward(masked, cm.start(), lo)
            if men is not None and _subject_inside_first_clause(masked, lo, hi, men):
                continue  # the verb of a clause inside the first one, not the chain's
            if men is not None and men.text.split()[0] not in _SENTENCE_OPENERS:
                return men
    seg = masked[lo:hi]
    m = _SUBJ_START.match(seg)
    if not m or m.group("np").split()[0] in _SENTENCE_OPENERS:
        return None
    s, e = lo + m.start("np"), lo + m.end("np")
    toks = _tokens(masked, s, e)
    if not toks:
        return None
    nxt = _NEXT_WORD.match(masked, e)
    nw = nxt.group(1) if nxt else ""
    cut = nw.islower() and not (nw in _FINITE or nw.endswith(("ed", "ly")) or nw in ADVERBS
                                or (nw.endswith("s") and not nw.endswith("ss")) or nw in _NP_CONTINUES)
    if (len(toks) == 1 or cut) and toks[0][2].lower() not in pronouns():
        # "The retired neurosurgeon has provided ...", "Democratic presidential candidate
        # Sen. Bernie Sanders (I-Vt.) on Saturday criticized ...": the phrase runs to the verb
        v = _first_verb(masked, s, hi)
        if v is None:
            return None
        men = np_backward(masked, v, s)
        if men is None:
            return None
        toks = _tokens(masked, men.start, men.end)
    else:
        men = classify(masked, s, e, toks)
    if strict and not (men.kind == "pronoun" or (men.kind == "name" and len(toks) >= 2)
                       # "Ryan endorsed Trump in June, ..., telling reporters": a surname and its verb
                       or (men.kind == "name" and (_FINITE_AFTER.match(masked, men.end, hi) is not None
                                                   or (_NEXT_WORD.match(masked, men.end) or [None, ""])[1] in _FINITE
                                                   and _named_mid_sentence(masked, men.text)))
                       or (men.kind in ("description", "group") and len(toks) >= 2
                           and (toks[0][2].lower() in ("the", "a", "an")
                                # "Both parents stiffened ..., saying": a quantity of people
                                or toks[0][2].lower() in _QUANTIFIERS_BEFORE | _ONE_OF_THEM and _person_noun(_head_token(toks))
                                # "his mother refused to teach him Japanese, insisting": a person by kin or role
                                or toks[0][2].lower() in ("his", "her", "their") and _person_noun(_head_token(toks))
                                # "Two objectors, Lawrence Joyce and William Graham, had challenged ..., contending"
                                or _named_pair(men)
                                # "Hillary Clinton's right-hand woman rallied supporters, saying"
                                or _name_possessive_first(toks)))):
        return None
    return men


_NEXT_WORD = re.compile(r"\s+([\w'\u2019-]+)")


def _named_pair(men: Mention) -> bool:
    """A group of two people named in full ("Lawrence Joyce and William Graham"), as np_backward finds it."""
    return men.kind == "group" and men.name_start is not None and " and " in men.text[men.name_start - men.start:]


def _people_phrase(men: Mention) -> bool:
    """A description or a group whose head is a person or people ("the self-described
    democratic socialist", "Industries that oppose the rule" are not: industries)."""
    if _named_pair(men):
        return True  # "Hillary Clinton and Donald Trump": two people named
    if men.kind not in ("description", "group") or not (head := _phrase_head(men.text)):
        return False
    return _person_noun(head) or head.endswith(PEOPLE_PLURAL_ENDS + ("ist",)) and not head.endswith("ments")


def _org_phrase(men: Mention) -> bool:
    """A description headed by a body that acts ("the task force", "the commission")."""
    head = _phrase_head(men.text)
    return head in ORG_WORDS or head.endswith("s") and head[:-1] in ORG_WORDS \
        or head.endswith("ies") and head[:-3] + "y" in ORG_WORDS  # ("banks", "the companies")


_ONE_OF_THEM = frozenset(("one", "another", "each", "every"))  # "One employee at a software firm declined ..."
_HEAD_ENDS = frozenset("at of for from in with on who which that".split())


def _head_token(toks) -> str:
    """The phrase's head word: the last before a preposition or relative ("One employee at a
    software firm": employee)."""
    for k, t in enumerate(toks):
        if k and t[2].lower() in _HEAD_ENDS:
            return toks[k - 1][2]
    return toks[-1][2]


def _phrase_head(phrase: str) -> str:
    """:func:`_head_token` of a phrase's words, lower-cased ("" for none)."""
    toks = _tokens(phrase, 0, len(phrase))
    return _head_token(toks).lower() if toks else ""


def _name_possessive_first(toks) -> bool:
    """Does the phrase open with a name's possessive ("Hillary Clinton's right-hand woman"),
    not merely hold one ("Some of Dome's creditors")?"""
    for t in toks[:3]:
        if not t[2][:1].isupper():
            return False
        if t[2].endswith(("'s", "\u2019s")):
            return len(toks) > 1 + toks.index(t)
    return False
_SUBORDINATE_OPEN = re.compile(r"(?:,|\s(?:\u2014|\u2013|--?))\s+(?:and\s+)?(when|as|after|while|because|where|in which|"
                               r"during which|who)\s+")  # (after a dash too: "the Taj Mahal - now owned by
# Carl Icahn - where about 50 protesters had gathered, chanting")
_BARE_PLURAL = re.compile(r"((?:(?:about|some|nearly|almost|around|more than|at least|over)\s+)?(?:\d[\d,]*\s+)?"
                          r"(?:[a-z][\w-]*\s+){0,2}([a-z]+(?:[^s\W]s|children|people|men|women)))(?=\s)")


def _subordinate_subject(masked: str, lo: int, hi: int) -> Mention | None:
    """The subject of a subordinate clause that ends right before a participle's comma:
    "..., when Sanders protesters interrupted her speech, shouting" -> Sanders protesters."""
    last = None
    for m in _SUBORDINATE_OPEN.finditer(masked, lo, hi):
        last = m
    if last is None:
        return None
    comma = masked.rfind(",", last.end(), hi)
    if comma < 0 or masked.find(",", last.end(), comma) >= 0:
        return None  # one clause only, no asides
    if last.group(1) == "who":
        # "Eric Kingson, who is running for Congress and who worked the crowd, praising": the
        # relative's antecedent, when the relative clause has its verb
        men = np_backward(masked, last.start(), lo)
        return men if men is not None and men.kind in ("name", "description", "group") \
            and _has_finite_verb(masked, last.end(), comma) else None
    men = np_forward(masked, last.end(), comma)
    if men is None and (bm := _BARE_PLURAL.match(masked, last.end(), comma)) is not None \
            and bm.group(2).lower() not in _PLURAL_UNITS:
        # "where about 50 protesters had gathered", "in which children use ...": a bare plural
        men = Mention(bm.start(1), bm.end(1), bm.group(1), "group")
    if men is None or men.kind == "pronoun" and men.text.lower() in ("it", "this", "that"):
        return None
    nxt = _NEXT_WORD.match(masked, men.end, comma)
    verb = nxt.group(1) if nxt else ""
    return men if verb.islower() and (verb in _FINITE or verb.endswith("ed") or (
        verb.endswith("s") and not verb.endswith("ss"))) else None


_COORDINATED_OPEN = re.compile(r"(?:,[ \t]*|[ \t])(?:and|but)[ \t]+(?=[A-Z]|the[ \t])")


def _coordinated_subject(masked: str, lo: int, hi: int) -> Mention | None:
    """The subject of the last of two clauses joined by "and" or "but", when a participle follows
    it: "prosecutors charged the officer and Emanuel fired his police chief, ..., acknowledging" ->
    Emanuel (the participle goes with the clause next to it, not with the sentence's first subject)."""
    last = None
    for m in _COORDINATED_OPEN.finditer(masked, lo, hi):
        last = m
    if last is None:
        return None
    C = cues()
    for cm in C.rx.finditer(masked, lo, hi):
        if cm.start() >= last.start() or C.base.get(cm.group(0)) in _SAYING_VERBS or _that_after(masked, cm.end(), hi):
            return None  # (not "He said that ... and Japan became involved, adding": the clause is a report's)
    pw = _prev_word(masked, lo, last.start())
    if pw is None or not pw[1].islower() or pw[1] in pronouns():
        return None  # ("S and P affirmed", "Merrill Lynch and Co", "it and Farma had sued": one subject)
    v = _first_verb(masked, last.end(), hi)
    verb = _NEXT_WORD.match(masked, v - 1) if v is not None else None
    if verb is None or not (verb.group(1) in _FINITE or verb.group(1).endswith("ed")):
        return None  # (a plural noun reads as a verb: "and the inside dealings between ...")
    men = np_backward(masked, v, last.end())
    if men is None or men.kind not in ("name", "description", "group") \
            or masked[last.end():men.start].strip(" \t") or masked[men.end:v].strip(" \t"):
        return None  # (the phrase right after "and", then its verb: "and the ACLU of Ohio has sued")
    return men


# words after a subject that start a phrase, not the rest of the noun phrase
_NP_CONTINUES = frozenset("on in at for of to from with by about after before during as who which that".split())


_CLAUSE_MARKERS = frozenset("may might can could should must shall cannot".split())
_PERSONAL_SUBJECTS = frozenset("he she they we i you".split())
_ALWAYS_VERBS = frozenset("is was are were has had have will would does did".split())
_CLAUSE_QUICK = re.compile(r"(?=[iwahdmcsytIHSTWY])\b(?:is|was|are|were|has|had|have|will|would|does|did|do\s+not|may|might|"
                           r"can|could|should|must|shall|cannot|(?:how|why|whether)(?!\s+to\b)|he|she|they|we|I|you|[Hh]e|[Ss]he|They|We|"
                           r"You)\b")  # ("how to vote" is no clause)


# not a thousands separator, nor a date's year, nor the comma before a city's state ("in Los Alamos,
# N.M. installed")
_CLAUSE_COMMA = re.compile(r",(?!\d{3})(?!\s+(?:19|20)\d\d\b)(?!\s+(?:" + "|".join(
    re.escape(a) for a in sorted((a for a in us_states() if a.endswith(".")), key=len, reverse=True)) + r")\s+[a-z])")


def _clause_verb(masked: str, lo: int, hi: int) -> bool:
    """Does the report [lo, hi) read as a clause? Its verb comes before its first comma, or after
    a fronted phrase's comma ("despite all that, Obama wasn't"), or after a later comma that
    closes an aside or a list after the subject ("the meeting, requested by Sanders, would be",
    "Egypt, Zambia, ... and Mali would be"). An object and one comma is no clause: "responsibility
    for that attack, the worst bloodshed on French soil", "his return to the Cavaliers, Cleveland
    felt ...", "the appeal of the race in one breath, then eviscerated its candidates"."""
    commas = [m.start() for m in _CLAUSE_COMMA.finditer(masked, lo, hi)]
    if _has_finite_verb(masked, lo, commas[0] if commas else hi):
        return True
    if not commas:
        return False
    if _FRONTED_PHRASE.match(masked, lo, hi) or _ADVERB_BEFORE_COMMA.search(masked, lo, commas[0]):
        return _has_finite_verb(masked, commas[0] + 1, hi)
    if len(commas) >= 2:
        return _has_finite_verb(masked, commas[1] + 1, hi)
    if _AUX_NEXT.match(masked, commas[0] + 1, hi):
        return True  # "actions taken in the quarter including a cut in staff, are expected to": a long
        # subject, a stray comma, its verb
    # "the offer, proration period and withdrawal rights will expire", "output from factories, mines
    # and utilities rose": a list of subjects (whose nouns in -s are no verbs)
    am = _LIST_AND.search(masked, commas[0] + 1, hi)
    return am is not None and not _CLAUSE_QUICK.search(masked, commas[0] + 1, am.start()) \
        and _has_finite_verb(masked, am.end(), hi)


_AUX_NEXT = re.compile(r"\s*(?:is|was|are|were|has|had|have|will|would|could|should|may|might|must)\s")


_LIST_AND = re.compile(r"\sand\s")
_ADVERB_BEFORE_COMMA = re.compile(r"\b(?:however|meanwhile|though|too|also|instead|therefore)\s*$", re.I)
_FRONTED_PHRASE = re.compile(r"\s*(?:despite|in|on|at|after|before|while|although|though|if|when|as|because|since|"
                             r"unlike|like|with|without|for|by|during|under|among|amid|following|over|within|until|through|throughout|"
                             r"ahead of|win or lose|however|still|now|then)\b",
                             re.I)



def _has_finite_verb(masked: str, lo: int, hi: int) -> bool:
    """Does the phrase hold a word that reads as a finite verb (a clause), or only nouns
    ("the race in Nevada in a phone call with Hillary Clinton")?"""
    if _CLAUSE_QUICK.search(masked, lo, hi):
        return True  # most clauses: one search, no tokens
    prev = ""
    toks = _tokens(masked, lo, hi)
    for n, (_, _, w) in enumerate(toks):
        lw = w.lower().replace("\u2019", "'")
        if lw in _CLAUSE_MARKERS or lw.split("'")[0] in _PERSONAL_SUBJECTS or (n == 0 and lw == "it"):
            return True  # "they think she could win", "he'd support", "people may not like", "it forecast"
        if lw in _ALWAYS_VERBS:
            return True  # "this is just a rough patch": after "this" too
        if w in _BARE_PAST and n and prev.lower() not in _DETERMINER_BEFORE and n + 1 < len(toks) \
                and toks[n + 1][2].lower() in _OBJECT_OPENERS:
            return True  # "its board cut the quarterly dividend"
        if w in _PLURAL_PRESENT and n and (prev.endswith("s") and not prev.endswith(("ss", "us", "is", "as", "'s", "\u2019s"))
                                           and prev.lower() not in _NOT_PLURAL_S and prev not in _PLURAL_UNITS
                                           or prev.lower() in _IRREGULAR_PLURALS):
            return True  # "his friends feel the same way", "people want change": a plural's verb
        if w.islower() and (prev.lower() not in _NO_VERB_AFTER or prev.lower() == "this" and w.endswith("s")) and (
                w in _FINITE or w.endswith("ed") or w.endswith(("n't", "n\u2019t"))
                or w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _GROUP_HEADS
                and w not in _PLURAL_UNITS and w not in _NOT_VERB_S):
            return True
        if w not in _FREQUENCY_ADVERBS or not prev:
            prev = w  # (the subject before "still", "also", "often": "officers still scrutinize the area")
    return False


# verbs in the present tense after a plural subject, which no ending marks
_PLURAL_PRESENT = frozenset("feel want need think believe know like expect hope agree plan support oppose worry fear "
                            "understand deserve prefer intend tend trust love hate lack face own remain seem "
                            "increase decrease rise fall show include total exceed reach represent "
                            "continue scrutinize argue insist say see view consider get make take give keep find "
                            "spend pay use struggle suffer complain refuse "
                            # a wire's plural subjects: "the measures aim at ...", "the notes mature in 1992"
                            "aim mature expire differ range apply depend vary account operate compete exist mean "
                            "suggest indicate reflect involve require allow provide contain produce employ earn "
                            "carry appear lag trail outnumber".split())
_FREQUENCY_ADVERBS = frozenset("still also often never already always usually generally increasingly mostly "
                               "largely now even rarely sometimes".split())
# past tenses without -ed, a verb when an object follows: "its board cut the quarterly dividend"
_BARE_PAST = frozenset("cut put set hit let cost spread shut quit bid hurt split".split())
_OBJECT_OPENERS = frozenset("the a an its his her their our this that these those".split())
_IRREGULAR_PLURALS = frozenset("people men women children police".split())
# words in -s that are never a verb ("its" is left out: "said its board cut ..." has its verb after an
# aside the first-comma test would miss, and "its" standing for one keeps such reports)
_NOT_VERB_S = frozenset("hers ours yours theirs as news series yes perhaps sometimes always towards besides".split())
_NOT_PLURAL_S = frozenset("its does yes sometimes always perhaps towards besides".split())
# plural nouns of amounts that never read as verbs: "a loss of 6,565,000 dlrs or 91 cts a share"
_PLURAL_UNITS = frozenset("dlrs cts pts points shares tonnes tons barrels bags bales bushels ounces pounds "
                          "euros dollars cents yen francs marks pesos rupees guilders lire kronor crowns "
                          "percent pct units votes seats years months weeks days hours minutes".split())


def _first_verb(masked: str, pos: int, hi: int) -> int | None:
    """Start of the first word after the one at ``pos`` that reads as a finite verb, within 14 words."""
    prev = ""
    for ts, _, w in _tokens(masked, pos, min(hi, pos + 160))[:15]:
        if w.startswith(MASK) or w in ";:":
            return None
        if w.islower() and prev.lower() not in _DETERMINER_BEFORE:
            if w in _FINITE or w.endswith("ed") or (
                    w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _GROUP_HEADS
                    and not prev.endswith("ing")  # "Protesters carrying placards stood": a noun
                    and prev.lower() not in _QUANTIFIERS_BEFORE):  # "Both parents stiffened"
                return ts
        prev = w
    return None


_QUANTIFIERS_BEFORE = frozenset("both all several many some most few two three four five".split())
_SUBJ_START = re.compile(
    r"\s*(?:(?:[A-Z][\w'\u2019-]*\s+){0,1}[^,\x01]{0,60},\s+)?(?P<np>(?:he|she|they|we|I|it|He|She|They|We|It)\b|"
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w'\u2019-]*|"  # "his mother refused ..., insisting": a possessive's noun
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.'\u2019-]*)(?:\s+[A-Z][\w.'\u2019-]*){0,5})"
    r"(?:\s*\([^()\x01]{1,20}\))?"  # a party tag: "Sen. Ted Cruz (R-Texas) weighed in"
    r"(?:,\s+(?:an?|the|who|[a-z]+ing)\s[^,;\x01\n]{1,80},)?(?=\s+[a-z])"  # "Gary Emineth, a former state chairman, became",
    # "House Democrats, looking for a way ..., seized"
)


# '..., "It's time to end her career," and shared a link': the sentence goes on with the speaker's next act
_AND_VERB = re.compile(r"\s*,?\s*(?:and|but)\s+(?:then\s+|also\s+)?(?:[a-z]+(?:ed|s)|kept|went|left|got|made|took|"
                       r"gave|came|ran|held|sat|stood|began|led)\b")
# after a quotation, a participle or a subordinate clause of time is the speaker's circumstance:
# 'says, "Don't you do it," until gunshots are heard'
_ING_TAIL = re.compile(r"\s*,?\s+(?:[a-z]+ing|until|as|when|while|before|after)\b")
_IRREGULAR_PAST = frozenset("put shot spoke struck took gave made came hit swung threw began sang drew fought "
                             "sent wrote said told stood sat ran held led met brought thought won lost paid "
                             "sold built spent wore rose fell grew knew flew drove rode broke chose".split())
# finite verbs that end the subject of a chain of verbs ("The president left no doubt ...")
_FINITE = _IRREGULAR_PAST | frozenset("has had have was were is are will would did does left went got kept felt "
                                      "held won lost ran met paid led set brought thought sought found heard "
                                      "knew saw became chose rose fell broke spent built bought taught caught forgot "
                                      "meant shook swore withdrew understood overcame overtook undertook upheld "
                                      "withheld forgave fled dealt sank shrank stole tore woke swept underwent began "
                                      "grew drew stood struck slid".split())
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
    toks = _tokens(masked, lo, end)
    while toks and toks[0][2] in _SENTENCE_OPENERS and len(toks) > 1:
        toks = toks[1:]
    if not toks or len(toks) > 14 or any(t[2] in "()[]\u2014\u2013" or t[2].startswith(MASK) for t in toks):
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
        past = w.endswith("ed") or w in _IRREGULAR_PAST or (w.endswith("ing") and k and toks[k - 1][2] in _PROGRESSIVE)
        if k == 0 and lo > ss and not comma and past and w not in _NOT_INTRO_VERB:
            # "Mitch McConnell, R-Ky., delivered a blunt message to Trump:": the subject and
            # its appositive stand before the comma that cut the clause
            men = np_backward(masked, ts, ss)
            if men is not None and men.kind in ("name", "description", "group") and men.text[:1].isalpha() \
                    and max(men.end, men.desc_end or 0) >= lo - 4 \
                    and not _PREP_BEFORE.search(masked, max(ss, men.start - 12), men.start):
                return _Att(men, w, ts, te, "colon")
            return None
        if k == 0 or k > 6:
            return None  # no subject before the verb, or too long a subject
        if not (past or (w.endswith("s") and not w.endswith("ss"))):
            if comma or k > 5:
                return None
            continue  # a noun in the subject: "Hoff's letter makes"
        if comma and not (past and all(t[2] in _PARTICLES for t in toks[k + 1 :])):
            return None  # 'In 2010, Smith moved to Ohio, "..."': no speech act
        subj = [t for t in toks[:k] if t[2] not in ADVERBS and t[2] not in _PROGRESSIVE]
        if not subj or all(t[2].lower() in _DETERMINER_BEFORE for t in subj):
            return None  # (not "The proposed question ... is:": an adjective after a determiner)
        men = classify(masked, subj[0][0], subj[-1][1], subj)
        first = subj[0][2]
        if not (first[:1].isupper() or first.lower() in pronouns()) or (
                men.kind == "pronoun" and men.text.lower() == "it"):
            return None
        return _Att(men, w, ts, te, "colon")
    return None


_PARTICLES = frozenset("back up out in on again".split())
_SUBJECT_PRONOUNS_LOWER = frozenset("he she they we i".split())
_PERFECT = frozenset("has have had".split())
_PROGRESSIVE = frozenset("is was are were".split())


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


def _colon_speaker(masked: str, ss: int, open_: int) -> _Att | None:
    left = masked[ss:open_]
    fm = _FROM_SOURCE.match(left)
    if fm:  # "From the report: '...'": the document speaks
        s, e = ss + fm.start(1), ss + fm.end(1)
        colon = masked.find(":", e, open_)
        return _Att(Mention(s, e, masked[s:e], "description"), ":", colon, colon + 1, "colon")
    m = _COLON_NP.search(left)
    if not m or m.start() > 1:
        return None
    s = ss + m.start(1)
    e = ss + m.end(1)
    toks = _tokens(masked, s, e)
    if not toks or len(toks) > 10 or not toks[-1][2][:1].isupper():
        return None
    men = np_backward(masked, e, s)
    if (on := _NAME_ON_TOPIC.match(masked, s, e)) is not None and (men is None or men.start > s) \
            and on.group("name").split()[0] not in _OPENERS and on.group("name").split()[0] not in _DATE_WORDS:
        # "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: '...'": the name before
        # "on" speaks, not the topic after it
        named = np_backward(masked, on.end("name"), s)
        men = named if named is not None and named.start == s else men
    if men is None or men.kind not in ("name",):
        return None
    colon = masked.find(":", e, open_)
    return _Att(men, ":", colon, colon + 1, "colon")


_NAME_ON_TOPIC = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})[ \t]+on[ \t]+\S")


def _make_quote(text, sp: Span, att: _Att, kind, content, frags: list[Span], pi,
                res: _Resolver) -> Quote | None:
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
        if (dm := _WIRE_DATELINE.match(text, start, fragments[0][0])) and (start == 0 or text[start - 1] == "\n"):
            start = dm.end()  # the report, not the wire story's dateline
    else:
        start, end = fragments[0]
    cs, ce = start, end
    men = att.mention
    ent = res.resolve(men, _names_in(text, fragments) if men.kind == "pronoun" else frozenset())
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


def _strip_ws(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n":
        s += 1
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    return s, e


# a wire's stock ticker after a company's name: "E.F. Hutton Group Inc <EFH>" (cut off or not)
_TICKER = re.compile(r"\s*<[A-Z0-9.]{1,12}(?:>|$)")
_TICKER_END = re.compile(r"<[A-Z0-9.]{1,12}>?\s*$")  # a mention ending in a ticker is the company


def _finalise_speaker(q: Quote, res: _Resolver) -> None:
    if q.speaker_key is None:
        mention = q.speaker_mention or ""
        if mention.lower() in pronouns() or mention.lower() in RELATIVE or _NO_SPEAKER_WORD.fullmatch(mention):
            q.speaker = None
            q.speaker_kind = None
        else:
            q.speaker = (_TICKER.sub("", mention).strip() if "<" in mention else mention) or None
        return
    ent = res.entities[q.speaker_key]
    q.speaker = (_TICKER.sub("", ent.name).strip() or ent.name) if "<" in ent.name else ent.name
    q.speaker_kind = ent.kind
    desc, roles = res.introduction(ent)
    q.speaker_description = desc
    if ent.kind != "person":
        # a role of a group, an organisation or an unnamed source says more than its own name only
        # with an organisation or a place ("a Nippon Steel spokesman"), or when it names a person
        # ("a government minister"), not "The company" (role "company") nor "dealers"
        roles = [r for r in roles if r.organization or r.place or (
            ent.kind == "anonymous" and r.role and r.role.split()[-1].lower() not in _NOT_A_PERSON_ROLE)]
    q.speaker_roles = roles_as_dicts(roles)


# ------------------------------------------------------------------ indirect speech
# never the determiner: "announced that same day", "said that night"
_THAT_DETERMINER = (r"that\s+(?:same\s+|very\s+)?(?:day|night|morning|afternoon|evening|week|month|year|time|moment)\b(?!-)"
                    r"(?!\s+(?:was|is|were|will|would|had|has|could|might|may|should|must|can|did)\b)")  # not "that day was"
_THAT = re.compile(r"\s*(?:,\s*(?:however|though|meanwhile|moreover|too|also|indeed|in\s+fact)\s*)?(?:,\s*)?"
                   r"(?!" + _THAT_DETERMINER + r")(?P<that>that)\b\s*", re.I)  # (", however, that": an aside)
# when and where between the cue and its clause: "said on Friday that", "told reporters
# Wednesday night that", "said in a statement that"
_GAP_SUBJECT = re.compile(r"\s(?:he|she|it|they|we|I|this|there)\s+(?:is|was|are|were|has|had|have|will|would|"
                          r"could|can|may|might|must|should|did|does|do|[a-z]+(?:ed|es|s))\b")
_ADVERBIAL_THAT = re.compile(
    r"(?:\s+(?:on|in|at|during|after|before|last|this|that|early|late|earlier|later|(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day|yesterday|today|tonight|again|repeatedly|publicly|privately|recently|only|"
    r"for\s+the\s+(?:first|second|last)\s+time|from\s+the\s+(?:start|outset|beginning)|once|twice|also|"
    r"for\s+(?:days|weeks|months|years|decades|some\s+time|a\s+long\s+time))\b"
    r"[^,.;:!?\x01\n]{0,50}?)\s*,?\s+(?P<that>that),?\s+(?=[\w\u2019'$\"\u201c])")  # ("that, subject to ...,")


# a dashed aside between the cue and its clause: "said — on Twitter, as it happens — that"
_PLURAL_PARTICIPLE_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still),?\s+)?((?:(?:The|Many|Some|Most|Other|Several)\s+)?"
    # "Democrats trying to ...", "Republican activists clamoring to ...", "Western diplomats specialising in"
    r"(?:(?!(?:He|She|It|They|We|This|That|There)\b)(?:[A-Z][a-z-]+\s+){1,2}(?P<head2>[a-z]{3,}[^s\W]s)"
    r"|(?P<head>[A-Za-z][a-z]+[^s\W]s))"
    r"\s+(?!(?:morning|evening|meeting|building|marketing|funding|spending|training|trading|banking|housing|"
    r"lending|pricing|ruling|hearing|briefing|warning|bombing|shooting|opening|offering|filing|thing)\b)"
    r"[a-z]{3,}ing\b[^,;:\x01\n]{0,120}?)\s+$")


def _plural_participle_subject(masked: str, ss: int, cue: int) -> re.Match | None:
    """'Democrats trying to regain the Senate in November say ...': a bare plural noun and its
    participle phrase open the sentence and are the subject of the cue (not 'James walking')."""
    if masked.find("ing ", ss, cue) < 0:
        return None  # no participle: the common case, decided without the pattern
    m = _PLURAL_PARTICIPLE_SUBJECT.match(masked, ss, cue)
    return m if m is not None and (m.group("head") or m.group("head2")).lower() not in given_names() else None


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
_THINK_CLAUSE = re.compile(r"\s+(?:(?:he|she|they|it|we|the|his|her|their|its|this|these|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
                           r"\s+[a-z']|(?!that\b|so\b|about\b|of\b)[a-z]+\s+(?:are|were|will|would|can|could|should|have|had|may|might|must)\b)")
# ("think Wasserman Schultz is at risk", "think women are likely to be the key")
_FIRST_SECOND = re.compile(r"\b(?:I|you|You|we|We)\s+$")
# "told voters that", "told foundation employees on Thursday that": a recipient of any shape before "that"
_TELL_THAT = re.compile(r"\s+(?!that\b)[^,.;:!?\x01\n]{2,90}?\s(?P<that>that)\s+(?=[\w\u2019'$\"\u201c])")
_OBJECT_GOES_ON = re.compile(r"\s+(?:and|&|of|newspaper|magazine|radio|television|TV|editorial)\b")
# where or when it was said, then "that": "at a campaign stop in Toledo, Ohio, that ..."
_CIRCUMSTANCE_THAT = re.compile(r"\s+(?:at|in|on|during|after|before|from|while|outside|inside|through|via|by|"
                                # and whom it was written or reported to: "wrote to Sanders' Senate office that"
                                # (full stops inside the sentence: "in a U.S. Television interview")
                                r"to(?=\s+(?:the|a|an|his|her|their|its|me|us|him|them|reporters|[A-Z])))\s[^;:!?\x01\n]{2,100}?,?"
                                r"\s(?P<that>that)\s+(?=[\w\u2019'$\"\u201c])")
_RELATIVE_ASIDE = re.compile(r",\s+(?:where|who|which|when)\b[^,\x01]{1,80},")


def _finite_outside_aside(masked: str, lo: int, hi: int) -> bool:
    """A finite verb in ``masked[lo:hi]`` but for a relative clause set off by commas ("said on CNN,
    where he is now a paid contributor, that ...": where it was said, and a word about the place)."""
    rel = _RELATIVE_ASIDE.search(masked, lo, hi)
    if rel is None:
        return _has_finite_verb(masked, lo, hi)
    return _has_finite_verb(masked, lo, rel.start()) or _has_finite_verb(masked, rel.end(), hi)


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
    if fr is None or not _has_finite_verb(masked, fr.end(), min(se, fr.end() + 60)) \
            or fr.group(pp) and _has_finite_verb(masked, fr.start(pp), fr.end(pp)) \
            and not _PERIOD_ENDED.search(masked, fr.start(pp), fr.end(pp)) \
            or _NEGATED_BEFORE.search(masked, max(ss, cm.start() - 12), cm.start()):
        return None
    if fr.group(pp) and _WHERE_SAID.search(masked, fr.start(pp), fr.end(pp)):
        return fr.end(), fr.end()
    return fr.start("lead"), fr.end()


_OF_PEOPLE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:[a-z]+[a-hj-rt-z]s|[a-z]*(?:people|men))(?=\s)")
_TOLD_THING = re.compile(r"\b(?:story|stories|tale|tales|joke|jokes|lie|lies|truth|anecdote|version|account|"
                         r"something|anything|nothing|everything)\b")
_ASIDE_THAT = re.compile(
    r"\s+(\u2014|\u2013|--)\s[^\u2014\u2013\x01\n]{1,80}?\s\1\s+(?P<that>that)\s+(?=[\w\u2019'$\"\u201c])")


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


def _that_clause_after(masked: str, pos: int, se: int) -> bool:
    """Does a "that" clause follow the cue ending at ``pos``, perhaps after a recipient ("told
    POLITICO that ...", "said on Friday that ...")?"""
    ob = _OBJECT.match(masked, pos, se)
    return _THAT_RIGHT_AFTER.match(masked, pos, se) is not None \
        or ob is not None and _THAT_RIGHT_AFTER.match(masked, ob.end(), se) is not None


_THAT_RIGHT_AFTER = re.compile(r"\s+that\s+(?=[A-Za-z])(?!(?:day|night|week|month|year|morning|evening|time|is|was)\b)")


def _that_after(masked: str, pos: int, se: int) -> re.Match | None:
    """'that' opening the clause right after a cue, perhaps after when and where."""
    if (m := _THAT.match(masked, pos, se)) is not None:
        return m
    m = _ADVERBIAL_THAT.match(masked, pos, se)
    if m is not None and _GAP_SUBJECT.search(masked, pos, m.start("that")):
        m = None  # "said on Monday he is sure that ...", "said on Sunday it had no evidence that": the
        # clause starts before "that"
    return m or _ASIDE_THAT.match(masked, pos, se)
_PREP_FIRST = re.compile(r"\s+(?:about|of|for|on|in|against|over|at|with)\b")  # "warning about viruses that"
# a news agency told, then a clause whose subject is a name: "told Reuters Pakistan had suspended the
# licences" (not the recipient "Reuters Pakistan")
_OUTLET_THEN_NAMED_CLAUSE = re.compile(
    r"\s*(?:Reuters|AP|AFP|UPI|CNN|NBC|CBS|ABC|BBC|Bloomberg|Xinhua|Tass|Kyodo|Politico|POLITICO|the\s+BBC|the\s+AP)"
    r"(?!\s+(?:News|Radio|World|Television|TV|Online|Breakfast|One|Two|Four|Five|Sport|Business)\b)"  # ("BBC News")
    r"(?=\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s+(?:had|has|was|were|is|are|will|would|could|can|may|"
    r"might|must|should|did|does|[a-z]+ed)\b)")
_RECIPIENT_THAT_CUES = frozenset("remind assure warn inform notify caution advise convince persuade".split())
_OBJECT = re.compile(
    r"\s*(?:me|us|him|her|them|reporters|journalists|the\s+[A-Z][\w.-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w.-]*){0,4}|"
    r"(?:his|her|their|its|our)\s+[a-z]+(?=\s+(?:he|she|they|it|we|the|[A-Z]))|"  # "told his audience they"
    # ("told the Securities and Exchange Commission it sold", "told the House of Commons she will")
    # an outlet's show in marks: 'told MSNBC's "Morning Joe" that ...'
    # the outlet's city after it: "told The Star-Ledger of Newark last week she ..."
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:['\u2019]s\s+\x01+(?=\s)|\s+of\s+[A-Z][\w.-]*(?=\s+(?:last|this|on|in|that)\b))?"
    r"|the\s+audience|the\s+crowd|supporters|pollsters|interviewers|"
    # a gathering: "told the press conference the company was ...", "told the annual shareholders' meeting ..."
    r"(?:the|an?)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:meeting|conference|tribunal|court|panel|hearing|subcommittee|summit|"
    r"forum|convention|assembly|seminar|symposium|gathering|rally|session|parliament)(?=\s)(?!\s+[a-z]+(?:ed|ing)\b)|"
    # people by their trade, and the paper: "told government authorities it may", "told business executives
    # the most important issues are", "told the paper he hopes"
    r"(?:(?:the|visiting)\s+)?(?:[a-z]+\s+)?(?:authorities|executives|officials|regulators|investors|analysts|"
    r"shareholders|bankers|delegates|diplomats|businessmen|farmers|legislators)(?=\s|,\s+however,)"
    r"(?!\s+(?:to|of|at|from|in|for)\b)|"  # ("told shareholders, however, that ...")
    r"the\s+(?:paper|newspaper)(?=\s)(?!\s+(?:to|of|at|from|in|for)\b)|"
    # and bodies and groups addressed: "told the nation he was resigning", "told the exchange its policy is"
    r"the\s+(?:nation|country|exchange|task\s+force|reporters|journalists|board|jury|judge|union|inquiry|agency|"
    r"house|senate|council|cabinet|club|players|members|public|media|staff|workers|employees|students|"
    r"(?:[a-z]+\s+)?industry)"  # ("told the oil industry on Tuesday it will extend ...")
    r"(?=\s)(?!\s+(?:to|of|at|from|in|for|that|who|which)\b)|"
    r"lawmakers|the\s+committee|an?\s+\w+(?:\s+(?!(?:before|after|until|when|while|because|since|if|as|of|to|for|in|at|on|from|with|by|"
    # (not the clause's first word: "told a court the men did not want bail")
    r"the|a|an|his|her|its|their|he|she|it|they|we|I|this|these|those|there)\b)\w+)?)(?:\b|(?<=\x01))"
)
# the first word of a clause's subject right after a recipient: "told Reuters his first aim is ..."
_SUBJECT_AFTER_RECIPIENT = re.compile(
    r"\s+(?:(?:he|she|it|they|we|I|there|this|these|those|the|a|an|his|her|its|their|our|my)\b|[A-Z](?![\w.-]*['\u2019]s\b))")
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
    + _THAT_DETERMINER + r")\b))[\w\u2019'$\"\u201c\u00a3\u20ac\u00a5]",
    re.I
)
# calling someone something: "called him a political opportunist", "calls Trump a fascist",
# "calling it the mark of a desperate candidate" (not "called him a day later", "call it a night")
_NAMING_REPORT = re.compile(
    r"[ \t]+(?P<obj>him|her|them|it|himself|herself|themselves|itself|[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3})"
    r"[ \t]+(?:an?|the|one[ \t]+of)[ \t]+(?!(?:few|couple|day|week|month|year|night|morning|evening|second|minute|"
    r"hour|number|lot|bit|time|while|moment|dozen)\b)(?=[\w\x01])")
# accusing someone of something: "Sanders accused Clinton of dragging her feet", "accused him of
# sexism"; and so describing ... as, criticizing or blaming ... for, praising ... for or as
_OBJECT_PERSON = (r"him|her|them|it|himself|herself|themselves|itself|each[ \t]+other|one[ \t]+another"
                  r"|[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3}|the[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,3}")


def _object_then(words: str) -> re.Pattern:
    return re.compile(r"[ \t]+(?P<obj>" + _OBJECT_PERSON + r")[ \t]+(?:" + words + r")[ \t]+(?=[\w\x01])")


_ACCUSING_REPORT = _object_then("of")
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
# urging someone to do something: "urged Clinton to make a decision", "urged people not to spread rumors"
_URGING_REPORT = re.compile(
    r"[ \t]+(?P<obj>him|her|them|it|us|me|you|each[ \t]+other|[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,3}"
    r"|[a-z]+(?:[ \t]+[a-z]+){0,3})[ \t]+(?:not[ \t]+)?to[ \t]+(?=[a-z])")
# calling on someone to do something: "Trump called on her to resign from her post"
_CALLING_ON = re.compile(r"[ \t]+on[ \t]+(?!(?:" + _DAYS + r"|January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b)(?P<obj>" + _OBJECT_PERSON + r"|[a-z]+s|U\.S\.)[ \t]+(?:not[ \t]+)?to[ \t]+"
                         r"(?=[a-z\x01])")  # (not "called on Tuesday to complain": a day)
# ... which ends before a participle with its own object ("it the enforcement of political
# correctness, raising the question ..."), not at a list of adjectives ("a kind, loving and ...")
_NAMING_STOP = re.compile(r"[;:]\s|,\s+(?:but|where|although|though|while|which|and\s+(?:the|a|an)\s|and\s+[a-z]+ed\s"
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
    "describe": (_ObjectReport(_object_then("as"), _THING_STOP),),
    "criticize": (_ObjectReport(_object_then("for"), _THING_STOP),),
    "blame": (_ObjectReport(_object_then("for"), _THING_STOP),),
    "praise": (_ObjectReport(_object_then("for|as"), _THING_STOP),),
    "cite": (_ObjectReport(_CITING, _CITE_STOP),),
}


# "claimed a victory", "claiming 41 percent of the vote": a thing won, not a clause
_WIN_OR_OBJECT = frozenset(("claim",))
# a body's acronym with a plural verb, as British copy writes it: "The MDA say the figures ..."
_BRITISH_PLURAL_CUES = frozenset("say believe think warn insist argue".split())
# what is revealed or disclosed, the verb's object: "will reveal details of a loan", "did not disclose the
# terms" (not "revealed the plan would ...": a clause; and "announced plans to ..." stays a report)
_DISCLOSING = frozenset("reveal disclose".split())
_DISCLOSED_THING = re.compile(r"\s+(?:(?:a|an|the|its|his|her|their|few|no|any|some|more|further|new|full)\s+)?"
                              r"(?:details?|terms|figures|results|names?|identity|amount|size|price|cost|value|"
                              r"contents?|findings)\b(?!\s+(?:would|will|was|were|is|are|had|has|have|could|should|"
                              r"might|may|must)\b)")
_NP_OBJECT = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|our|my)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                        r"(?:victory|victories|win|wins|prize|title|seat|seats|lead|share|credit|mantle|spot|place|nomination|crown)\b"
                        r"(?!\s+(?:would|will|was|were|is|are|had|has|have|could|should|might|may|must|did|does)\b)"
                        r"|\d[\d.,]*\s*(?:percent|%|pct|delegates|votes|seats)\b"
                        r"|(?:responsibility|credit)\s+(?:for|of)\b)")  # "claimed responsibility for the attack"
_BAD_AFTER_CUE = re.compile(
    r"\s*(?:(?:in|on|at(?!\s+(?:least|most)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s))|during|of|to|"
    r"for|with|by|from|about(?!\s+(?:\d|(?:half|a\s+(?:third|quarter|dozen)|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+(?:hundred|thousand|million|billion))\b))|"
    r"as(?!\s+(?:many|much)\s+as\s+[\d$])|so|and|or|nor|but|before|after(?!-)|until|war|victory|bankruptcy|"
    r"independence|goodbye|hello|grace)\b|,|:|\.|;|$)", re.I)
_REL_BEFORE_CUE = re.compile(r"\b(?:which|that|who)\s+(?:[\w'\u2019.-]+\s+){1,4}$")
_AUX_AFTER = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|could|can|should|might|may|must)\b")
_OBJECT_PRONOUN = re.compile(r"\s+(?:them|him|us|me)\b")  # "after he said them, but ...": no clause
def _opens_sentence(men: Mention | None, ss: int) -> bool:
    return men is not None and men.start <= ss + 2


# ", said one GOP source in the room.": a phrase for a person to the sentence's end, with no verb
_INVERTED_NP = re.compile(r"\s*(?:one|a|an|the|another|two|three|several)\s(?:(?!\b(?:would|will|is|was|are|were|has|"
                          r"had|have|can|could|should|did|does|do|may|might|must)\b)[^,.;:\x01\n]){0,70}\.?\s*$")
_NAME_TAIL = re.compile(r",\s+(?:[A-Z][\w.'\u2019-]*\s*){1,4}\.?\s*$")  # "..., the chief executive, John Roe."
_CAP_BEFORE_PUNCT = re.compile(r"[^,.;:A-Z\x01\n]*[A-Z]")
# "testified voluntarily in 1998", "easier said than done": no reported clause
_MANNER_AFTER = re.compile(r"\s+(?:[\w-]+ly(?:\s+(?:in|on|at|to|for|before|after|during|with|about|as|when|while|because|until)\b|\s*[,.;]|\s*$)|than\b)")
_DAY = "(?:" + _DAYS + ")"
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
    # "in December", "in 1986", "in the past", "in recent months": when
    # (not "in the past two years": the report starts at "in"; nor before a comma: "announced in 1986,
    # the minister added" is an attribution of its own)
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|"
    r"the\s+past(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d|year|month|week|decade))|"
    r"recent\s+(?:days|weeks|months|years))(?!,)|"
    r"on\s+(?:Twitter|Facebook|" + _DAY + r")|" + _DAY + r"|(?:last|this)\s+(?:week|month|year|night|weekend|" + _DAYS + r")(?!,)|"
    r"in\s+(?!The\b|A\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,?\s+(?:on|last|this|yesterday|today|" + _DAY + r")\b)|"  # "in Frankfurt on Tuesday"
    # "said as part of the settlement, Otari must ...", "said as previously announced it has ..."
    r"as\s+(?:part|a\s+result)\s+of\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!(?:which|that|who)\b)[\w'\u2019-]+\s+){0,5}?"
    r"(?!(?:which|that|who)\b)[\w-]+,?|"  # (not into a relative clause: "as a result of the offer and options
    # which it has exercised")
    # "said as of late yesterday it had ...", "said at today's meeting the delegation ...", "said at
    # the end of last year it wanted ...", "said at the request of the Government five mln dlrs ..."
    # (not "at the time": "said at the time it bought Enron it would ..." is a time clause)
    r"as\s+of\s+(?:late\s+)?(?:yesterday|today|" + _DAYS + r"|(?:January|February|March|April|May|June|July|August|"
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


def _circumstance_then_subject(masked: str, pos: int, end: int) -> re.Match | None:
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
_ACCORDING = re.compile(r"(?:^|(?<=[\s,(\u2014]))[Aa]ccording to\s+")
_CLAUSE_AFTER = re.compile(r"\s+(?:that\b|(?:he|she|they|we|I)\s+[a-z]+(?:s|ed)?\s+(?:that\b|\x01))")  # (and "said he
# believes '...'": the report follows the cue)
_OBJECT_NP = re.compile(r"\s+(?:his|her|their|its|my|our|your|a|an)\s")

def _evidence_verbs(masked: str) -> list[re.Match]:
    """The evidence verbs of a text in order: each stem found by ``str.find`` (a few per
    article), then matched in place; a regex scan of the whole text cost 4% of extraction."""
    hits = []
    for stem in ("show", "found", "find", "indicat"):
        i = masked.find(stem)
        while i >= 0:
            if (m := _EVIDENCE_VERB.match(masked, i)) is not None:
                hits.append(m)
            i = masked.find(stem, i + 4)
    hits.sort(key=re.Match.start)
    return hits


_EVIDENCE_VERB = re.compile(r"(?<![\w'\u2019-])(?=[sfi])(?:show(?:s|ed|ing|n)?|f(?:ound|inds?)|indicat(?:es?|ed|ing))(?![\w-])")
# what may stand between a poll and its verb: "the poll also finds", "surveys have consistently shown"
_EVIDENCE_GAP = re.compile(r"(?:\s+(?:also|again|now|still|consistently|clearly|repeatedly|previously|recently|already|"
                           r"actually|has|have|had|is|are|(?:seem|appear)(?:s|ed)?\s+to))*\s*$")
_EVIDENCE_STOP = re.compile(r"[;:]\s|,\s+(?:but|where|although|though|[a-z]{3,}ing)\b"
                            r"|\s[\u2014\u2013-]{1,2}\s+(?:but|although|though|while)\b")
_ATTRIBUTION_LAST = re.compile(r",\s+(?:[\w'\u2019.-]+\s+){1,4}(?:said|says|say|added|adds|noted|notes|argued|argue|"
                               r"reported|reports|wrote|writes|believe|believes|think|thinks)\s*$")


def _evidence_head(phrase: str, modified: bool = True) -> bool:
    """Does this phrase name a poll, a study, figures ("Customs figures", "The survey", or with
    ``modified`` "a survey conducted by analyst Elena Sadovskaya": the head before its modifiers)?"""
    words = re.findall(r"[\w'\u2019-]+", phrase.lower())
    if not words:
        return False
    if not modified:
        return words[-1] in evidence_sources()
    # the head ends the phrase's first chunk (up to a preposition, a relative or a comma; "of"
    # inside a name is no end: "Bank of England figures"), or is a poll or study word before a
    # participle ("A poll released Sunday by ..."): "traders familiar with the report" are
    # traders, "large numbers of backbench MPs" are MPs, "the research institute" no study
    toks = re.findall(r"[\w'\u2019-]+|,", phrase)
    end = len(toks)
    for i, t in enumerate(toks):
        lt = t.lower()
        if i and (t == "," or lt in _RELATIVE_WORDS or lt in _HEAD_PREPOSITIONS and not (
                lt == "of" and toks[i - 1][:1].isupper() and toks[i + 1:i + 2] and toks[i + 1][:1].isupper())):
            end = i
            break
    sources = evidence_sources()
    for i in range(1, end):
        if toks[i - 1].lower() in sources and (toks[i].endswith("ed") or toks[i] in ("taken", "done")):
            end = i
            break
    head = toks[end - 1].lower() if end else ""
    return head in sources and not (head in _QUANTITY_HEADS and toks[end:end + 1] == ["of"])


_QUANTITY_HEADS = frozenset(("numbers", "count", "tally"))
_RELATIVE_WORDS = frozenset(("who", "which", "that", "whose", "whom"))
_HEAD_PREPOSITIONS = frozenset("of from by in on at for among with about over after before during through than".split())
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
        if head not in evidence_sources() or head in _QUANTITY_HEADS and m.group("post").lstrip().startswith("of "):
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


def _evidence_report(masked: str, ss: int, se: int, hits) -> tuple | None:
    """'A new Quinnipiac poll shows Clinton ahead', 'the study found that ...': the finding,
    reported by the poll or the study (not in a question: "Did the investigation find ...?")."""
    if masked[ss:se].rstrip().endswith("?"):
        return None
    for h in hits:
        if h.group(0).endswith("ing") or masked.startswith(",", h.end()):
            continue  # "doubted the polls showing ...", "the evidence indicates, ...": no finding of its own
        pw = _prev_word(masked, max(ss, h.start() - 20), h.start())
        if pw is not None and (pw[1].lower() in _BE or pw[1].lower() in RELATIVE):
            continue  # "the body was found", "it was shown"; "the poll that shows" is inside another clause
        gap = _EVIDENCE_GAP.search(masked, max(ss, h.start() - 40), h.start())
        if h.group(0) == "shown" and not re.search(r"\bha(?:s|ve|d)\b", gap.group(0)):
            continue  # only "have shown"
        vs = gap.start() if gap else h.start()
        men = np_backward(masked, vs, ss)
        evidence = men is not None and _evidence_head(men.text, modified=False)
        if not evidence and (pm := _postmodified_evidence(masked, ss, vs)) is not None:
            # "A national poll released Sunday by The Washington Post and ABC News shows ...",
            # "Exit polls from the New Hampshire primary, which ..., showed": the poll, its
            # modifiers after it
            men, evidence = pm, True
        if men is None or not evidence or MASK in masked[men.start : men.end]:
            continue
        tail = masked[h.end():se].strip(" .\"'\u201d\u2019")
        if not tail and (comma := masked.rfind(", ", ss, men.start)) > ss and not masked[comma + 1:men.start].strip():
            # "Mrs. Clinton has support from 52 percent ..., the poll found.": the finding before it
            if _has_words(masked, ss, comma, 4) and not _FRONTED.match(masked, ss, comma) and MASK not in masked[ss:comma]:
                men = men if men.kind == "description" else Mention(men.start, men.end, men.text, "description")
                return (ss, comma, men, h.start(), h.end())
            continue
        if men.kind != "description":  # "Figures show", "Customs figures show": no name, whatever the capitals
            men = Mention(men.start, men.end, men.text, "description")
        if (bw := _prev_word(masked, max(ss, men.start - 12), men.start)) is not None \
                and bw[1].lower() in ("if", "whether", "unless", "that"):
            continue  # "if the emails show that ...": a finding supposed, not reported; "saying that
            # the results show ...": inside another report
        cs = h.end()
        while cs < se and masked[cs] in " \t":
            cs += 1
        # a finding runs on through its figures and contrasts (", with 78 percent ...", ", while
        # Sanders ..."), to the sentence's end or another source's attribution
        ce = _clause_end(masked, cs, se, _EVIDENCE_STOP)
        if _SUBORDINATOR_LAST.fullmatch(masked, ss, men.start) and (comma := masked.find(", ", cs, ce)) > 0:
            ce = comma  # "While a poll released last week showed Clinton ahead, the race ...": the
            # finding ends with the fronted clause that holds it
        if len(_WORDS.findall(masked, cs, ce)) < 3 or MASK in masked[cs:ce] or _ATTRIBUTION_LAST.search(masked, cs, ce):
            continue  # (", veteran Republicans said": someone else's report)
        return (cs, ce, men, h.start(), h.end())
    return None


class _CueHits:
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


_INFINITIVE_END = re.compile(r",\s+(?:[a-z]+ing|[a-z]+ed|but|and|some|many|while)\b|\s[-\u2014\u2013]\s"
                             r"|,?\s+(?:and|but)\s+(?:[a-z]+ed|sounded|said|says)\b")
_COMMISSIVES = frozenset(("vow", "promise", "pledge"))
_TO_VERB = re.compile(r"\s+(?P<to>to)\s+(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|"
                      r"me|us|it|[A-Z]\w*|\d[\d,.]*)\b)[a-z]")
_HAVING_BEFORE = re.compile(r"\s*(?:(?:But|And|So|Yet),?\s+[Hh]|H)aving\s+")  # opening the sentence
_HAVING_IDIOM = re.compile(r"\s+(?:all\s+)?(?:that|this)\s*[,;.]")


_THAT_BEFORE = re.compile(r"\bthat\s+$")


def _indirect_in_para(text, masked, ps, pe, sents, used_cues, pi, res, cue_hits: _CueHits,
                      mentioned: Sequence[tuple[int, int]] = ()) -> list[tuple[Quote, Mention]]:
    out = []
    C = cues()
    for ss, se in sents:
        sent_hits = cue_hits.between(ss, se)
        ev_hits = cue_hits.evidence_between(ss, se)
        if not sent_hits and not ev_hits:
            continue  # no reporting verb, no reported speech
        found = None
        # according to X, CLAUSE  /  CLAUSE, according to X.
        first = None
        am = _ACCORDING.search(masked, ss, se) if any(h.group().lower() == "according to" for h in sent_hits) else None
        if am and _THAT_BEFORE.search(masked, max(ss, am.start() - 8), am.start()) \
                and any(h.start() < am.start() and h.group().lower() != "according to" for h in (*sent_hits, *ev_hits)):
            am = None  # "Win Htein said that according to its analysis, ...": a source inside his report
        if am:
            men = np_forward(masked, am.end(), se) or _according_source(masked, am.end(), se)
            if men is not None and men.kind != "pronoun" or (men and men.text.lower() in ("him", "her")):
                a_start = am.start()
                if a_start <= ss + 1 or _only_opener(masked[ss:a_start]) or masked.endswith(": ", ss, a_start):
                    # "But according to X, ...", "... gone unnoticed: According to recent polls, ..."
                    comma = masked.find(",", men.end, se)
                    if comma > 0:
                        cs = comma + 1
                        found = (cs, _trim_end(masked, cs, se), men, am.start(), am.start() + 12)
                else:
                    comma = masked.find(",", men.end, se)
                    if comma > 0 and masked[a_start - 2 : a_start].strip() == "," \
                            and len(_WORDS.findall(masked[comma:se])) >= 3 \
                            and (len(_WORDS.findall(masked[ss:a_start])) <= 5
                                 or _ENDS_IN_SUBORDINATOR.search(masked, ss, a_start)):
                        # "But the next day, according to Roffman, Trump made further demands":
                        # the report is what follows the attribution
                        cs = comma + 1
                        found = (cs, _trim_end(masked, cs, se), men, am.start(), am.start() + 12)
                        ce0 = a_start
                        while ce0 > ss and masked[ce0 - 1] in " ,":
                            ce0 -= 1
                        if ce0 > ss and not _FRONTED.match(masked, ss, ce0) and not _ENDS_IN_SUBORDINATOR.search(
                                masked, ss, a_start) and not _TIME_ONLY.fullmatch(masked, ss, ce0) \
                                and not any(h.start() < ce0 for h in sent_hits):  # not "Politico reported, according to ..."
                            # "The Greater Wisconsin Committee, according to filings, spent ...": the
                            # subject before the attribution is the report's first piece
                            first = (ss, ce0, men, am.start(), am.start() + 12)
                    else:
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
                        if len(_WORDS.findall(masked[cs0:ce])) >= 3:  # not "That's according to X"
                            found = (cs0, ce, men, am.start(), am.start() + 12)
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
                    and not _PASSIVE_BEFORE.search(masked, max(ss, cm.start() - 20), cm.start()) \
                    and not _RESTRICTIVE_WHO.search(masked, max(ss, cm.start() - 40), cm.start()) else (None, None)
                # (not "the song is called Gonna Have a No 1": a name given, passive)
                if w not in C.indirect and naming is None or cm.start() in used_cues \
                        or not (_verb_use(masked, cm, ss) or naming is not None and rule.object_makes_verb
                                and not _noun_use(masked, cm, ss)):
                    continue  # (but "Osman called him a kind, loving and admirable person": a report;
                    # "Sanders calls himself a democratic socialist": a verb, with its object)
                having = _HAVING_BEFORE.fullmatch(masked, ss, cm.start()) is not None
                if having and _HAVING_IDIOM.match(masked, cm.end(), se):
                    continue  # "Having said that, Burnley are yet to concede": an idiom, no report
                after = cm.end()
                mt = _that_after(masked, after, se)
                # "vowed to build a wall", "promised to raise taxes": a commitment, reported as its infinitive
                infinitive = None
                if not mt and C.base.get(w) in _COMMISSIVES:
                    tm = _TIME_THEN_TO.match(masked, after, se)  # ("promised Monday to begin ...")
                    infinitive = _TO_VERB.match(masked, tm.end() if tm else after, se)
                if mt is None and C.base.get(w) in _CIRCUMSTANCE_THAT_VERBS \
                        and (ct := _CIRCUMSTANCE_THAT.match(masked, after, se)) is not None \
                        and (C.base.get(w) in _TO_RECIPIENT_VERBS or not masked.startswith("to", ct.start() + 1)) \
                        and not _finite_outside_aside(masked, after, ct.start("that")):
                    after = ct.start("that") - 1  # "says at a campaign stop in Toledo, Ohio, that ..."
                    mt = _that_after(masked, after, se)
                if mt is None and C.base.get(w) in _RECIPIENT_THAT_CUES \
                        and (tt := _TELL_THAT.match(masked, after, se)) is not None \
                        and not _TOLD_THING.search(masked, after, tt.start("that")) \
                        and len(_WORDS.findall(masked, after, tt.start("that"))) <= 5 \
                        and " to " not in masked[after:tt.start("that")] \
                        and not _PREP_FIRST.match(masked, after, se):  # (not "warned North Korea to refrain
                    # from further actions that would ...": a relative after the infinitive)
                    after = tt.start("that") - 1  # "reminds viewers that ...", "warned Republicans that ..."
                    mt = _that_after(masked, after, se)
                if w in ("told", "tells", "tell", "telling"):
                    ob = _OUTLET_THEN_NAMED_CLAUSE.match(masked, after, se) or _OBJECT.match(masked, after, se)
                    # (or any recipient before "that" when the one found is not all of it: "told The
                    # Post and Courier newspaper of Charleston on Saturday that ...")
                    if ob and (ct := _CIRCUMSTANCE_THAT.match(masked, ob.end(), se)) is not None \
                            and not _finite_outside_aside(masked, ob.end(), ct.start("that")):
                        tt = ct  # "told Reuters by telephone from Brasilia that ...": where or how, then the clause
                    else:
                        tt = None if ob and (_that_after(masked, ob.end(), se) or _circumstance_then_subject(masked, ob.end(), se)
                                             or _CLAUSE_START.match(masked, ob.end(), se)
                                             and not _OBJECT_GOES_ON.match(masked, ob.end(), se)) \
                            else _TELL_THAT.match(masked, after, se)
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
                    mt = _that_after(masked, after, se)
                    circ = None if mt else _circumstance_then_subject(masked, after, se)
                    if circ:
                        after = circ.end(1)  # "told ABC's 'Good Morning America' on Monday the tone was ..."
                    if not mt and (_BAD_AFTER_CUE.match(masked, after, se)
                                   or not _CLAUSE_START.match(masked, after, se)):
                        continue
                if not mt and not infinitive and w in C.that_only and not (C.base.get(w) == "add" and _ADDED_CLAUSE.match(masked, after, se)) \
                        and not (w in ("think", "thinks") and _THINK_CLAUSE.match(masked, after, se)
                                                        and not _FIRST_SECOND.search(masked, max(ss, cm.start() - 6), cm.start())):
                    continue  # but "Trump's team thinks she doesn't understand ...": a clause with its subject
                aside = None if mt or w.endswith("ing") or not masked.startswith(",", after) \
                    else _COMMA_ASIDE_CLAUSE.match(masked, after, se)
                if aside is not None and not (
                        (nb := np_backward(masked, cm.start(), ss)
                         or _it_subject(masked, ss, cm)) is not None
                        and (not masked[ss:nb.start].strip() or _only_opener(masked[ss:nb.start]))):
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
                elif _REL_BEFORE_CUE.search(masked, max(ss, cm.start() - 50), cm.start()) \
                        and _AUX_AFTER.match(masked, after, se):
                    cs = after + 1  # "a bill, which critics said was discriminatory": the report is the verb phrase
                else:
                    if masked.startswith(",", after) and _STRAY_COMMA_CLAUSE.match(masked, after, se) \
                            and "," not in masked[ss:cm.start()] and (nb := np_backward(masked, cm.start(), ss)) is not None \
                            and not masked[ss:nb.start].strip():
                        after += 1  # "He also said, capital expenditures should be ...": a stray comma
                    circ = _circumstance_then_subject(masked, after, se)
                    if circ:
                        after = circ.end(1)  # "said in a statement Thursday night they pulled ..."
                    elif C.base.get(w) in _TAIL_VERBS:
                        fronted = _fronted_report(masked, cm, after, ss, se)
                        if fronted is not None:
                            cs = fronted[0]  # "said when he arrived, the building was empty"
                    if fronted is None and (_BAD_AFTER_CUE.match(masked, after, se) or not _CLAUSE_START.match(masked, after, se) \
                            or _MANNER_AFTER.match(masked, after, se) or _OBJECT_PRONOUN.match(masked, after, se) \
                            or (C.base.get(w) in _WIN_OR_OBJECT and _NP_OBJECT.match(masked, after, se))
                            or C.base.get(w) in _DISCLOSING and _DISCLOSED_THING.match(masked, after, se)):
                        continue  # "claimed a victory", "claiming 41 percent of the vote"
                    if fronted is None:
                        # a name has a capital before the phrase's first comma: skip the scan without one
                        after_comma = masked[ss:cm.start()].rstrip().endswith(",")
                        inv = np_forward(masked, after, se) \
                            if (after_comma or _CAP_BEFORE_PUNCT.match(masked, after, se)) and not w.endswith("ing") else None
                        # (a participle has no subject after it: ", saying the law violated the Constitution")
                        if inv is not None and _ENDS_PHRASE.match(masked, inv.end, se) and (
                                inv.kind == "name" and (np_backward(masked, cm.start(), ss) is None
                                                        and not _IT_BEFORE.search(masked, ss, cm.start()) or after_comma)
                                or after_comma and _NAME_TAIL.match(masked, inv.end, se)) \
                                or after_comma and not w.endswith("ing") and _INVERTED_NP.match(masked, after, se) \
                                and not _opens_sentence(
                                    np_backward(masked, cm.start(), ss), ss):  # not "Name, a spokesman, said the ..."
                            if not (after_comma and _subject_with_appositive(masked, ss, cm)):
                                continue  # "..., said Dan Gerstein, director of ...", "..., said the company's
                            # chief executive, John Roe.": the speaker, not a clause
                        sp_end = after
                        while sp_end < se and masked[sp_end] in " \t":
                            sp_end += 1  # ("said   the nation needs ...": spaces as typed)
                        if not (sp_end > after and (masked[sp_end:sp_end + 1].isalnum()
                                                    or masked.startswith(("\u00a3", "\u20ac", "\u00a5"), sp_end))):
                            continue
                        cs = sp_end
                chain = _participle_chain(masked, cm, ss) if w.endswith("ing") else None
                participle_after_comma = w.endswith("ing") and masked[ss:cm.start()].rstrip().endswith(_CLAUSE_BREAK)
                # ", warning that ...": the participle's subject is the clause's, never the last words
                # before the comma ("the company said on Tuesday, warning" is not Tuesday's)
                end = _before_adverb(masked, cm.start(), ss) \
                    if C.base.get(w) in _SAYING_VERBS and not w.endswith("ing") else cm.start()  # "Smith now says"
                if end == cm.start() and (am := _ASIDE_ADVERB_BEFORE.search(masked, max(ss, end - 30), end)):
                    end = am.start()  # "A YouGov poll has, however, revealed that"
                to_that = _TO_BEFORE.search(masked, max(ss, cm.start() - 4), cm.start()) is not None \
                    and w == C.base.get(w, w)
                quoted = _quoted_as(masked, cm.start(), ss) if w == "saying" else None
                men = quoted or (None if participle_after_comma or chain is not None or to_that else np_backward(masked, end, ss))
                if quoted is not None:
                    chain = None  # "PAP quoted Baka as saying ...": the person quoted, whatever comes before
                elif to_that:
                    to_at = masked.rfind("to", ss, cm.start())
                    if _ADJ_BEFORE_TO.search(masked, max(ss, to_at - 20), to_at):
                        continue  # "It is difficult to believe that ...": no one in particular
                    obj = np_backward(masked, to_at, ss)
                    if obj is not None and (cv := _CONTROL_VERB.match(masked, obj.start, obj.end)) is not None:
                        obj = np_backward(masked, to_at, cv.end())  # (the scan took the verb in)
                    elif obj is not None and not _CONTROL_VERB_BEFORE.search(masked, max(ss, obj.start - 20), obj.start):
                        obj = None
                    if obj is not None:
                        men = obj  # "leading some commentators to argue that ...": the object argues
                    else:
                        men = _clause_subject(masked, ss, cm.start())
                    if men is None or not (men.kind in ("name", "pronoun", "group") or _person_noun(men.text.split()[-1])
                                           or men.text.split()[-1].lower().endswith(PEOPLE_PLURAL_ENDS)):
                        continue  # (not "The plan is to announce that ...")
                if chain is not None:
                    # "He ducked, pointing to his record ... and saying that ...": the first participle's subject
                    men = _subordinate_subject(masked, ss, chain) or _clause_subject(masked, ss, chain, strict=True)
                    if men is None:
                        continue
                if naming is not None and w.endswith("ing") and not participle_after_comma and chain is None \
                        and (men is None or men.kind not in ("name", "pronoun") and not _person_noun(men.text.split()[-1])):
                    continue  # "vetoed a mass transit bill calling it a budget buster": not the bill's words
                if men is not None and _TIME_OR_NUMBER.fullmatch(men.text) \
                        and men.text.lower() not in ("one", "another"):  # ("attorneys; one suggested she ...":
                    # the subject scan gives a lone "one" only after such a break)
                    if masked.startswith("%", men.end):  # "42% say they're liberal": the share speaks
                        men = Mention(men.start, men.end + 1, masked[men.start:men.end + 1], "group")
                    elif w.endswith("ing"):
                        continue  # "comments Trump made in 2006 saying ...": not the clause's subject either
                    else:
                        tm = _TIME_LEAD_BEFORE.search(masked, ss, men.start)
                        men = np_backward(masked, tm.start(), ss) if tm else None  # "McConnell, who in 2010 said"
                        if not _person_before_time(men):
                            continue
                pm = _plural_participle_subject(masked, ss, cm.start()) if men is None and not participle_after_comma \
                    or men is not None and men.start > ss else None  # (the scan may stop at "on background")
                if pm is not None:  # "Democrats trying to regain the Senate in November say they ...": all of it
                    men = Mention(pm.start(1), pm.end(1), masked[pm.start(1):pm.end(1)], "group")
                if men is None and (im := _IT_BEFORE.search(masked, max(ss, cm.start() - 24), cm.start())):
                    men = Mention(im.start(1), im.end(1), masked[im.start(1):im.end(1)], "pronoun")  # "It said ..."
                if men is None and _COORD.search(masked, ss, cm.start()):
                    men = _clause_subject(masked, ss, cm.start())  # "... and said ..."
                elif men is None and w.endswith("ing") and masked[ss:cm.start()].rstrip().endswith((",", MASK)):
                    men = _subordinate_subject(masked, ss, cm.start()) or _coordinated_subject(masked, ss, cm.start()) \
                        or _clause_subject(masked, ss, cm.start(), strict=True)  # "..., adding that ..."
                if men is None and participle_after_comma:
                    # "Marine Le Pen, the far-right leader, ..., saying": a full name before the comma
                    nb = np_backward(masked, cm.start(), ss)
                    if nb is not None and (nb.kind == "name" and len(nb.text.split()) >= 2 or _named_pair(nb)) \
                            and not _DAY_OR_MONTH.search(nb.text):
                        men = nb
                comma = masked.find(", ", cs, se) if having else -1
                if comma > 0:
                    # "Having announced that ..., Judge Berman proceeded": the main clause's subject
                    # announced; the report ends at the comma
                    men = np_forward(masked, comma + 2, se)
                if men is None or having and (comma < 0 or men.kind not in ("name", "description", "group")):
                    continue
                ce = _clause_end(masked, cs, comma if comma > 0 else se, rule.stop if naming else _report_stop())
                if fronted is not None and ce <= fronted[1] and naming is None \
                        and (not masked[ss:men.start].strip() or _only_opener(masked[ss:men.start])):
                    # "said under the terms, Great Western has agreed ...": the clause runs on past the
                    # fronted phrase's comma (which a name after it makes look like an attribution's), when
                    # the cue is the sentence's own (not "In its first earnings report since ..., Google said")
                    ce = _clause_end(masked, fronted[1], comma if comma > 0 else se, _report_stop())
                if _SUBORDINATE_START.match(masked, ss, men.start) or _RELATIVE_BEFORE.search(
                        masked, max(ss, cm.start() - 40), cm.start()) or _CONTRAST_BEFORE.search(
                        masked, max(ss, men.start - 25), men.start):
                    # "While Ramos said that A, he ..." / "Broaddrick, who said A, recounted ...":
                    # the report ends where the main clause takes over
                    comma = masked.find(", ", cs, ce)
                    if comma > 0 and len(_WORDS.findall(masked[cs:comma])) >= 3:
                        ce = comma
                if (tail := _TRAILING_ATTRIBUTION.search(masked, cs, ce)) is not None \
                        and any(h.start() == tail.start("cue") for h in sent_hits):
                    ce = tail.start()  # "... have reported any financial difficulties, NYSE vice president
                    # Richard Torrenzano said": the sentence's own attribution ends the report inside it
                if not _has_words(masked, cs, ce, 2 if naming is not None else 3):
                    continue  # (an object report may be short: "called for a delay")
                if naming is not None and rule.rx in (_CALLING_FOR, _CITING) and men.kind not in ("name", "pronoun") \
                        and not _people_phrase(men) and not _org_phrase(men):
                    continue  # what people or bodies call for, not "domestic considerations call for low
                    # ones", "The accord called for efforts to ...", "The bill calls for ..."
                if infinitive and _ATTRIBUTION_LAST.search(masked, cs, _trim_end(masked, cs, se)):
                    continue  # "Japan has pledged to ..., the Commerce Department said": the department's report
                if infinitive and (stop := _INFINITIVE_END.search(masked, cs, ce)) is not None:
                    ce = stop.start()  # "vowed to keep abortion legal and celebrated the ruling": one promise
                if infinitive and (men.kind not in ("name", "pronoun") and not _people_phrase(men)
                                   or men.rel_start is not None and not masked[max(ss, men.rel_start - 2):men.rel_start].startswith(",")
                                   or men.text.lower() in RELATIVE | {"it"} or len(_WORDS.findall(masked, cs, ce)) < 3):
                    continue  # a person's promise ("Trump vowed to ...", "The self-described democratic socialist
                    # has vowed to ...", "Trump, who has pledged to ..."), not "retirements promise to swell"
                if not mt and not infinitive and naming is None and not _clause_verb(masked, cs, ce):
                    continue  # "Sanders is conceding the race in Nevada", "he reported receiving $50,000":
                    # an object, not a clause
                if not mt and _NEGATED_BEFORE.search(masked, max(ss, cm.start() - 12), cm.start()) and (
                        _POSSESSIVE_NP.match(masked, cs, ce) is not None
                        or not _has_finite_verb(masked, cs, min(ce, (masked.find(",", cs, ce) + 1 or ce + 1) - 1))):
                    continue  # "He didn't mention his own impact ..., and there were", "does not disclose its
                    # finances": what was not said
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
            found = _parenthetical(masked, ss, se, sent_hits, used_cues)
            founds = [found] if found is not None else []
            if found is not None and found[0] == ss:
                # "Many of the closures, he said, have involved public courses": the report is in
                # two pieces, either side of the attribution, like a split quotation (after the
                # speaker when it follows the cue: "The tone, said Mr Milburn, would be ...")
                pmen = found[2]
                inverted = pmen.start >= found[4]
                am = None if inverted and pmen.kind not in ("name", "pronoun") and len(pmen.text.split()) > 4 \
                    else _PAREN_REST.match(masked, max(pmen.end, pmen.desc_end or 0) if inverted else found[4], se)
                if am and len(_WORDS.findall(masked[am.end():se])) >= 2 and not _WITHOUT_SAYING.match(masked, am.end(), se):
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
                        break
            if found is not None:
                founds.append(found)
        first_cue = (founds[0][3] if len(founds) == 1 else min(f[3] for f in founds)) if founds else -1
        if first_cue > 0 and sent_hits and sent_hits[0].end() < first_cue \
                and (pf := _parenthetical(masked, ss, se, [h for h in sent_hits if h.end() <= first_cue], used_cues)) \
                is not None and pf[0] <= first_cue < pf[1]:
            founds.insert(0, pf)  # "Instead, she said, her boss told her he had booked a room": her report
            # holds her boss's
        elif first_cue > 0 and ev_hits and ev_hits[0].start() < first_cue \
                and (ef := _evidence_report(masked, ss, se, ev_hits)) is not None and ef[0] <= first_cue < ef[1]:
            founds.insert(0, ef)  # "A Bloomberg poll showed that 72 percent of voters said it bothered them": the
            # poll's finding holds the voters' report
        elif first_cue > 0 and (cut := _cut_before_reports(masked, ss, first_cue, founds)) is not None \
                and (found := _report_before_cue(masked, ss, cut, (early := [h for h in sent_hits if h.end() <= cut]),
                                                 used_cues, C) or _parenthetical(masked, ss, cut, early, used_cues)) is not None:
            founds.insert(0, found)  # "Trump's excesses are sickening, Hollande said Tuesday in Paris, noting
            # the nominee ...": the report before the attribution, and what the participle adds
        if founds and (tail := _TRAILING_ATTRIBUTION.search(masked, ss, _trim_end(masked, ss, se))) is not None \
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
            if _TIME_OR_NUMBER.fullmatch(men.text):
                continue  # "..., just 75,000 pledged for this year": a number is no speaker
            if _AUX_QUESTION.match(masked, ss, cue_s) and masked[ss:se].rstrip(" \"'\u201d\u2019").endswith("?"):
                continue  # "But has he called for changing any of the provisions that benefit him?": asked, not said
            while cs < ce and text[cs] in " ,":
                cs += 1
            if cs == ss and (dm := _WIRE_DATELINE.match(masked, cs, ce) or _DATELINE.match(masked, cs, ce)
                             or _LEAD_CONJUNCTION.match(masked, cs, ce)):
                cs = dm.end()  # "JAKARTA, March 2 - Indonesia's raw sugar output is ...": the report, not the
                # dateline; "But the plan will fail, he said": nor the conjunction linking it to what went before
            if ce > cs and (m0 := masked.find(MASK, cs, ce)) > 0 and (link := _last_link(masked, cs, m0)) is not None \
                    and cue_hits.any_between(link, m0) and _has_words(masked, cs, link, 3):
                ce = link  # "She said fathers would not be eligible, and when pressed, she replied, '...'":
                # the quotation has a cue of its own after the link; the report ends before it
            if ce <= cs or MASK in masked[men.start:men.end] \
                    or MASK in masked[cs:ce] and not _only_terms(masked, cs, ce, mentioned):
                continue  # quoted words in the clause: a mixed quote, handled with the quotations (but
                # a word only mentioned, 'his use of the term "Palestine" was incorrect', is no quotation)
            ent = res.resolve(men)
            conf = 0.55 if men.kind == "pronoun" else 0.6
            q = Quote(
                start=cs, end=ce, text=text[cs:ce], kind="indirect", content_start=cs, content_end=ce,
                speaker_start=men.span[0], speaker_end=men.span[1], speaker_mention=text[slice(*men.span)],
                cue=text[cue_s:cue_e], cue_start=cue_s, cue_end=cue_e, confidence=conf, paragraph=pi,
            )
            q.speaker_key = ent.key if ent is not None else None
            out.append((q, men))
    return out


_LINK = re.compile(r",\s+(?:and|but)\s")
# where the speaker is, between the speaker and the cue: " in London ", " at Frankfurt "
_PLACE_ONLY = re.compile(r"\s*(?:in|at)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s*")
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
    if ce > cue_s or masked[cue_s:cue_e].lower() == "according to" or (lm := _LINKED_REST.match(masked, z, se)) is None:
        return None  # (after "according to a CNN tally, but ..." the writer goes on)
    rs, re_ = lm.end() + 1, _trim_end(masked, lm.end(), se)
    if not _has_words(masked, rs, re_, 3) or MASK in masked[rs:re_] or any(f[0] < re_ and rs < f[1] for f in founds) \
            or not _SUBJECT_OPENING.match(masked, rs, re_) \
            or _CLAUSE_START.match(masked, lm.end(), re_) is None or not _has_finite_verb(masked, rs, re_) \
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
    r"|(?!(?:was|has|is|as|this|thus|always|perhaps|sometimes)\s)(?:[a-z]{3,}\s+)?[a-z]{3,}[^s\W]s\s)"
    r"(?:[\w.'\u2019&-]+\s+){1,7}?"
    # or only a pronoun: "Iraq, which said it would not ..., had produced less, he said." (after
    # "Ministry officials said A, they said." it only repeats the sentence's own speaker)
    r"|(?P<pronoun>he|she|they|we)\s+)"
    r"(?P<cue>said|says|say|told|added|adds|reported|reports|wrote|writes|noted|notes)\s*$")


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
    om = _AS_OPEN.match(masked, ss, se)
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
        if cn is None or cn.start() != comma or cm.group(0) not in cues().indirect \
                or not _verb_use(masked, cm, om.end()):
            continue  # (not "As her campaign sent out pitches highlighting Mr. Sanders's remarks, ...")
        men = np_backward(masked, _before_adverb(masked, cm.start(), om.end()), om.end())
        if men is None or men.start > om.end() + 1 or men.text.lower() in ("it", "this", "that", "expected"):
            return None  # "As it turned out", "As expected": no source
        cs, ce = cn.end(), _trim_end(masked, cn.end(), se)
        if len(_WORDS.findall(masked, cs, ce)) < 4:
            return None
        return cs, ce, men, cm.start(), cm.end()
    return None


_ADVERB_ONLY = re.compile(r"(?:\s+[a-z]+ly)?\s*[.!?]?\s*")  # ", analysts said privately."
_THE_OBJECT = re.compile(r"\s+the\s+[a-z]")  # ", Clinton noted the clot's existence": an object


# a subordinate clause after "CLAUSE, X said Friday": when or why it was said, not part of the attribution
_SUBORDINATE_AFTER_CUE = re.compile(r",\s+(?:as|while|when|after|before|because|since|though|although|amid)\s")
# a dash after "CLAUSE, X believe": what follows describes, the attribution ends before it
_DASH_AFTER_CUE = re.compile(r"(?<=[a-z])\s+(?:\u2014|\u2013|--?)\s")


def _comma_before_subject(masked: str, ss: int, men: Mention) -> int | None:
    """The comma right before a subject phrase and its appositive ("CLAUSE, the Governor of the
    Bank of Greece, Dimitris Halikias, said"): where the report before them ends, if there is one."""
    first = min(men.start, men.desc_start if men.desc_start is not None else men.start)
    comma = masked.rfind(",", ss, first)
    return comma if comma > ss and not masked[comma + 1:first].strip() else None


def _report_before_cue(masked, ss, se, sent_hits, used_cues, C):
    """"CLAUSE, he says.": the report before the last comma, its cue after it."""
    comma = masked.rfind(",", ss, se)
    if comma <= ss or masked[comma - 1 : comma + 2:2].isdigit():  # (not "6,000")
        return None
    for cm in (h for h in sent_hits if comma <= h.start() and h.end() <= se):
        if cm.group(0) not in C.indirect or cm.start() in used_cues or _noun_use(masked, cm, comma):
            continue
        rest = masked[cm.end():se]
        if cm.group(0) == "saying" and (quoted := _quoted_as(masked, cm.start(), comma + 1)) is not None:
            if not rest.strip(" .") and _has_words(masked, ss, comma, 4) and not _FRONTED.match(masked, ss, comma):
                return ss, comma, quoted, cm.start(), cm.end()  # "CLAUSE, PAP quoted Baka as saying."
            continue
        told = cm.group(0) in ("told", "tells", "tell")
        tail_verb = C.base.get(cm.group(0)) in _TAIL_VERBS
        if len(_WORDS.findall(rest)) > 4 and not (tail_verb and _attribution_tail(rest, told)) \
                or not told and not _ADVERB_ONLY.fullmatch(rest) and (not tail_verb or _THE_OBJECT.match(rest)) \
                and not _attribution_tail(rest, False) \
                or _CLAUSE_AFTER.match(rest) or (_OBJECT_NP.match(rest) and not told) \
                or C.base.get(cm.group(0)) in _WIN_OR_OBJECT and _NP_OBJECT.match(rest) \
                or _AMOUNT_OBJECT.match(rest):
            continue  # ", Eric Holder announced his resignation": the verb has its own object (and ", the
            # delay will add 50 mln dlrs": an amount)
        npm = np_backward(masked, cm.start(), comma + 1)
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
        if npm is not None and npm.start > comma + 3 and masked[npm.end:cm.start()].strip() in ("", "has", "have", "had") \
                and tail_verb and (joined := _JOINED_SUBJECT.fullmatch(masked, comma + 1, npm.start)) \
                and not _NAME_OF_BEFORE.search(masked, max(ss, comma - 40), comma) \
                and not _short_list_item_before(masked, ss, comma):
            # (not "the Office of Industry, Trade and Labour said", "the steel, aerospace and energy concern
            # said", "underwriters Goldman, Sachs and Co said": the comma is inside the subject)
            # "CLAUSE, Duff and Phelps said.", ", Japanese currency and bond traders said.": the subject
            # scan stops at "and"; the whole phrase after the comma is the subject
            s0 = joined.start(1)
            npm = Mention(s0, npm.end, masked[s0:npm.end], npm.kind if npm.kind != "pronoun" else "group",
                          s0 if npm.kind == "name" else None, npm.end if npm.kind == "name" else None)
        if npm is None or npm.start > comma + 3 and not (npm.desc_start is not None and npm.desc_start <= comma + 3):
            continue
        if _reduced_relative(masked, npm, cm) or npm.rel_start is not None and not _ADVERB_ONLY.fullmatch(rest) \
                and not _attribution_tail(rest, told):
            continue  # (", another mining company that had declared bankruptcy": the relative's own object)
        if not _verb_use(masked, cm, comma) and not (
                rest.strip(" .") == "" and _DET_OR_NAME.match(masked, comma + 1, cm.start())):
            continue  # ", stoking fears about the future": a noun; but ", G-III reports."
        if _has_words(masked, ss, comma, 4) and (not _FRONTED.match(masked, ss, comma) or (
                _FRONTED_PLACE_OR_TIME.match(masked, ss, comma) and (_MAIN_VERB_IN.search(masked, ss, comma)
                                                                     or _PRESENT_AFTER_NOUN.search(masked, ss, comma)))):
            # ("In a statement, X said" is no report; "At January 31 Wickes had 239 mln shares
            # outstanding, the company said" is one, its place or time and then its own clause)
            return ss, comma, npm, cm.start(), cm.end()
        return None
    return None


_IT_BEFORE_CUE = re.compile(r"\s+(it)\s+(?:also\s+|later\s+|further\s+)?")
_AMOUNT_OBJECT = re.compile(r"\s+(?:about\s+|some\s+|nearly\s+|another\s+)?(?:[$\u00a3\u20ac]|\d)")
_NAME_OF_BEFORE = re.compile(r"\bof\s+[A-Z][\w.'\u2019-]*$")


def _short_list_item_before(masked: str, ss: int, comma: int) -> bool:
    """Is the piece before ``comma`` (from the comma before it) three words or fewer: an item of a
    list the subject holds rather than the end of a report?"""
    prev = masked.rfind(",", ss, comma)
    return prev > ss and len(_WORDS.findall(masked, prev + 1, comma)) <= 3


# the words before "and" in a subject after a report's comma: "Duff and", "the Federal Office of
# Industry, Trade and", "Japanese currency and" (no verb or auxiliary among them)
_JOINED_SUBJECT = re.compile(
    r"\s+((?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|"
    r"said|says|told|but|while|as|when|after|including)\b)[\w.'\u2019&-]+(?<!ed),?\s+){1,6}(?:and|&)\s+)")


# what is announced, proposed or reported rather than announcing it: "CLAUSE, a plan announced
# earlier this year" describes the clause (a participle after its noun)
_ANNOUNCED_THINGS = frozenset("plan plans proposal proposals programme program scheme policy measure measures "
                              "deal agreement pact project initiative bill law rule rules change changes move cut "
                              "cuts increase rise decision strategy package reform reforms system idea".split())


def _reduced_relative(masked: str, men: Mention, cm) -> bool:
    """'CLAUSE, a plan announced earlier this year.': the participle right after a thing that is
    announced, not said, describes the clause."""
    return men.kind == "description" and cm.group(0).endswith("ed") and not masked[men.end:cm.start()].strip() \
        and men.text.split()[-1].lower() in _ANNOUNCED_THINGS


# what may follow the cue of "CLAUSE, X said ...": where, when and how it was said
_TAIL_START = re.compile(
    r"(?:in|at|on|during|after|before|from|with|via|through|while|when|following|over|outside|inside|by|as|"
    r"late|early|earlier|later|last|this|yesterday|today|tonight|recently|" + _DAYS + r"|January|"
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
    r"yesterday|today|" + _DAYS + r")\b)[\w'\u2019.&-]+){1,5}|"
    r"[A-Z][\w.'\u2019&-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019&-]*){0,4})(?=[\s,.!?]|$)")
_CIRCUMSTANCE_THAT_VERBS = _TAIL_VERBS | {"disclose", "reveal", "agree"}  # "said at ... that"
_TO_RECIPIENT_VERBS = frozenset("say write report explain complain declare confirm announce tweet testify".split())


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
    return bool(rest.strip()) and all(p and _TAIL_START.match(p) and not _TAIL_VERB.search(p) for p in pieces)


# a date, a year or a bare number: when, never who
_TIME_OR_NUMBER = re.compile(r"[\d,.]+|(?:(?:" + _DAYS + r"|January|February|March|April|May|June|July|August|"
                             r"September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)")
def _person_before_time(men: Mention | None) -> bool:
    """A subject found before a time phrase ("McConnell in 2010 said", "who in 2010 said")
    speaks when it is a name, a pronoun or a relative pronoun's antecedent; not "The State
    Department withheld a key email in 2014 that would have revealed"."""
    return men is not None and not _TIME_OR_NUMBER.fullmatch(men.text) and (
        men.kind in ("name", "pronoun") or men.rel_start is not None)


_TIME_LEAD_BEFORE = re.compile(r"\s+(?:in|on|at|during|since|by|early|late|last|this)(?:\s+(?:early|late|mid))?\s*$")
_DAY_OR_MONTH = re.compile(r"\b(?:" + _DAYS + r"|January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b")
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
_SOURCE_PHRASE = re.compile(r"[ \t\u00a0]*([^\s,;:()\x01][^,;:()\x01\n]{0,160}?)[ \t]*(?=[,;:)]|\.(?:\s|$)|$)")


def _according_source(masked: str, start: int, hi: int) -> Mention | None:
    """Whatever follows 'according to' up to the comma or the sentence end is the source:
    'experts', 'media trackers', 'people familiar with the matter'."""
    m = _SOURCE_PHRASE.match(masked, start, hi)
    if not m:
        return None
    toks = _tokens(masked, m.start(1), m.end(1))
    if not toks or len(toks) > 24:
        return None
    e = _strip_trailing_period(masked, toks[0][0], toks[-1][1])
    men = classify(masked, toks[0][0], e, toks)
    if men.desc_start is None and men.kind == "description":
        men.desc_start, men.desc_end = men.start, men.end
    return men


_ASK = frozenset(("ask", "asks", "asked"))
_WH_AFTER = re.compile(
    r"(?:\s+(?!whether|if|why|how|what|which|who|when|where|to\b)[\w'\u2019.-]+){0,4}?"
    r"\s+(?P<c>(?:whether|if|why|how|what|which|who|when|where)\b|to\s+[a-z])")


_STATEMENT_SAYING = re.compile(r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:saying|stating)\b")
_DET_ADVERB = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that)|\w[\w.-]*(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Ii]t)"
                         r"(?<!\b[Tt]hat)(?<!\b[Ww]ho)(?<!\b[Tt]here)['\u2019]s)"
                         r"\s+(?:[a-z]+ly|earlier|newly)\s+$")  # ("the candidate's currently stated positions")
_DET_NOUN_BEFORE = re.compile(r"(?:^|\s)(?i:his|her|its|their|our|my|the)\s+[a-z]+\s*$")
_POSSESSIVE_NP = re.compile(r"(?:its|his|her|their|our|my)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s*(?:,|$)")
# verbs before "to" after which a base-form cue is said, not wished: "continued to say he ..."
_LEAD_TO = re.compile(r"\b(?:continued|continues|continue|went\s+on|goes\s+on|go\s+on|proceeded|hastened|"
                      r"(?:was|were|is|are)\s+quick)\s+to\s+$")
_THAT_NEXT = re.compile(r"\s+that\s+(?!(?:is|was|would|will|has|had|of)\b)")
_NOT_TO_THAT = frozenset(("say", "tell", "ask"))  # "wants to say that": a wish, not a report (and "told" needs a recipient)
_ADJ_BEFORE_TO = re.compile(r"\b(?:hard|difficult|easy|impossible|tempting|fair|safe|wrong|right|possible|"
                            r"reasonable|important|necessary)\s+$")
_CONTROL_VERBS = (r"(?:lead|leads|leading|led|prompt|prompts|prompting|prompted|force|forces|forcing|forced|"
                  r"cause|causes|causing|caused|urge|urges|urging|urged|get|gets|getting|got|allow|allows|"
                  r"allowing|allowed|want|wants|wanted|persuade|persuaded|convince|convinced)")
_CONTROL_VERB = re.compile(_CONTROL_VERBS + r"\s+")
_CONTROL_VERB_BEFORE = re.compile(r"\b" + _CONTROL_VERBS + r"\s+$")
_TIME_THEN_TO = re.compile(r"\s+(?:" + _DAY + r"|today|yesterday|again|also|repeatedly|publicly|once)(?=\s+to\s)")
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n['\u2019]t)\s+$")
_BASE_ADVERBS = frozenset("even still also now often really actually generally mostly usually always "
                           "never rarely sometimes increasingly privately publicly openly only".split())
_CHAINED_ING = re.compile(r",\s+[a-z]{3,}ing\b[^,;:\x01\n]{0,120}?\s+(?:and|but)\s+(?:(?:also|then)\s+)?$")


def _participle_chain(masked: str, cm, ss: int) -> int | None:
    """'He ducked, pointing to his record ... and saying that ...': a participle joined by "and"
    to one after the clause's comma; where that comma stands, or None."""
    m = _CHAINED_ING.search(masked, max(ss, cm.start() - 160), cm.start())
    return m.start() if m is not None else None


_WHILE_ING = re.compile(r",\s+(?:(?:all\s+)?while\s+(?:also\s+)?|[a-z]+ly\s+)$")  # ", while also saying", ", quickly adding"
_BE_BEFORE_ING = re.compile(r"(?:\b(?:is|are|was|were|been|am)|\w['\u2019](?:s|re|m))\s+(?:(?:also|still|now|already|again|"
                            r"[a-z]+ly)\s+)?$")  # ("he's hoping the ...")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got)\s+(?:not\s+|never\s+|also\s+)?$")


_ANONYMITY_ASK = re.compile(r"\s+(?:(?:that\s+(?:he|she|they|his|her|their)\s+(?:name\s+)?not\s+be|not\s+to\s+be)\s+"
                            r"(?:named|identified|quoted)|to\s+(?:remain|stay)\s+anonymous|for\s+anonymity)\b")


# the comma that closes a relative clause before the main clause's verb: ", watched it", ", told Reuters"
_MAIN_VERB_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ed|[a-z]+[^s\W]s|" + "|".join(sorted(_FINITE)) + r")\b")


_TIME_PREP_BEFORE = re.compile(r"\s+(?:from|in|of|since|last|this)\s*$")
_AS_SOURCE = re.compile(r"\s*(?:(?:But|And|Yet|So|Still),?\s+)?[Aa]s\s+(?=\S)")
_AS_SOURCE_CUES = frozenset("said says noted notes reported reports wrote writes explained explains argued argues "
                            "warned warns observed observes pointed put predicted".split())


def _as_source_report(masked: str, np_start: int, cm, se: int):
    """'As another Pew study from 2011 noted, CLAUSE': the clause after the comma is the source's
    report (not 'as expected', nor 'As a result'); None when the words before the cue are no source."""
    if cm.group(0) not in _AS_SOURCE_CUES:
        return None
    men = np_backward(masked, cm.start(), np_start)
    if men is not None and _TIME_OR_NUMBER.fullmatch(men.text) \
            and (pm := _TIME_PREP_BEFORE.search(masked, np_start, men.start)) is not None:
        men = np_backward(masked, pm.start(), np_start)  # "another Pew study from 2011": the study
    if men is None or men.start > np_start + 1 or men.text.lower() in ("it", "we", "you"):
        return None
    cs = cm.end() + 1
    while cs < se and masked[cs] in " \t":
        cs += 1
    ce = _clause_end(masked, cs, se, _report_stop())
    if not _has_words(masked, cs, ce, 3) or not _clause_verb(masked, cs, ce):
        return None
    return (cs, ce, men, cm.start(), cm.end())


def _asked(masked: str, cm, ss: int, se: int):
    """'X asked (Y) whether/why/to ...': the question or request is the reported content."""
    if _PASSIVE_BEFORE.search(masked, max(ss, cm.start() - 20), cm.start()):
        return None  # "Tyson was not asked to speak": asked, not asking
    if _ANONYMITY_ASK.match(masked, cm.end(), se):
        return None  # "one dealer, who asked not to be named, told Reuters": a request for anonymity
    men = np_backward(masked, cm.start(), ss)
    if men is None:
        return None  # "when asked whether ...": the asker is not named
    # the question word or "to", right after the cue or after a short object ("the council")
    m = _WH_AFTER.match(masked, cm.end(), min(se, cm.end() + 80))
    if not m:
        return None
    cs = m.start("c")
    ce = _clause_end(masked, cs, se)
    if _SUBORDINATOR_LAST.fullmatch(masked, ss, men.start) and (comma := masked.find(", ", cs, ce)) > 0:
        ce = comma  # "when I asked Sanders if he would endorse her, he looked ...": the
        # question ends with the fronted clause that holds it
    elif _RELATIVE_BEFORE.search(masked, max(ss, cm.start() - 25), cm.start()) \
            and (main := _MAIN_VERB_AFTER_COMMA.search(masked, cs, ce)) is not None:
        ce = main.start()  # "Scott's relatives, who asked authorities to show them the video, watched it": the
        # request ends with the relative clause that holds it
    if len(_WORDS.findall(masked[cs:ce])) < 3:
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
                           + "|".join(sorted(_IRREGULAR_PAST)) + r"|[a-z]{3,}ed\s+(?:\d|a|an|the|its|their|his|her)\b)\b")
# a present-tense verb after a noun phrase: "the package looks like ..." (not a participle: "a statement released")
_PRESENT_AFTER_NOUN = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their)\s+(?:(?!(?:with|of|in|on|at|for|to|by|"
                                 r"from|after|before|and|or)\b)[a-z]+\s+){1,3}"
                                 r"(?!(?:news|series|this|its|his|has|was|is|as|us|plus|thus|less|across)\b)[a-z]+[^su\W]s\b")
_FRONTED_PLACE_OR_TIME = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Ll]ast|[Ff]or|[Oo]ver|[Ee]arlier|[Ll]ater|[Tt]his|[Ee]very|"
    r"[Ff]rom|[Ww]ith|[Ww]ithout|[Dd]espite|[Uu]nder|[Uu]nlike|[Aa]mong|"  # ("From GE's point of view the package looks ...")
    r"[Ee]ach|(?:[Tt]he\s+)?(?:next|following|previous|same))\s")
_FRONTED = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+(?:yet\s+|then\s+)?)?(?:(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Ll]ast|[Ff]or|[Ff]rom|"
    r"[Ww]ith|[Ww]ithout|[Oo]ver|[Uu]nder|[Ee]arlier|[Ll]ater|[Aa]sked|[Ww]hen|[Ww]hile|[Aa]s|[Uu]nlike|[Ll]ike|"
    r"[Dd]espite|[Ii]nstead|[Ss]peaking|[Ww]riting|[Ll]ooking|[Pp]ressed|[Cc]iting|[Nn]oting|[Rr]eferring)\b|"
    r"(?:[Tt]his|[Tt]hat|[Ee]very|[Ee]ach|(?:[Tt]he\s+)?(?:next|following|previous|same))\s+(?:week|month|year|morning|afternoon|"
    r"evening|night|day|time|spring|summer|fall|autumn|winter|season|weekend|quarter|decade|century|" + _DAYS + r")\b)[^,]*$")


def _noun_use(masked: str, cm, lo: int) -> bool:
    """A cue word after a determiner or a possessive is a noun: 'secretary of state', 'a cautious note'."""
    pw = _prev_word(masked, max(lo, cm.start() - 30), cm.start())
    if pw and (pw[1].lower() in _NOT_BEFORE_VERB or pw[1].lower().endswith(("'s", "\u2019s"))
               and not _firm_possessive(pw[1], cm.group(0))):
        return True
    return cm.group(0).lower() in _NOUNISH and bool(_DET_ADJ.search(masked, max(lo, cm.start() - 40), cm.start()))


# cue words that are often nouns: "a cautious note", "his latest claims"
# a subject right after a comma: "..., the candidate's former doctor maintains.", "..., the Daily Caller reports."
_DET_OR_NAME = re.compile(r"\s*(?:the|a|an|his|her|their|its|[A-Z])")
_NOUNISH = frozenset("note notes state states report reports claim claims answer answers reply replies comment "
                     "comments remark remarks call calls tweet tweets promise promises pledge pledges charge "
                     "charges fear fears hope hopes boast boasts joke jokes vow vows warning warnings".split())
# (and capitalised words after it, or after a possessive: "its latest Financial Market Trends report")
_DET_ADJ = re.compile(r"\b(?:(?:a|an|the|his|her|their|its|our|my|your|this)\s+[a-z][\w-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}"
                      r"|(?:his|her|their|its|our|my|your)(?:\s+[A-Z][\w&'\u2019-]*){1,3})\s+$")


_PAREN_CUES = frozenset("said says say added adds told tells noted argued wrote writes explained insisted reported reports "
                        "believe think insist insists argue argues contend contends contended warn warns "
                        "claimed suggested suggests stressed acknowledged conceded predicted maintained maintains "
                        "warned recalled believes thinks".split())


# what may stand between a parenthetical cue and its closing comma: "he said later,", "he told
# The Washington Post,", "the partner told them,"
# verbs of saying that take an object, never inverted: ", X claimed, ..." but not ", claimed NP"
_NOT_INVERTED_PAREN_CUES = frozenset("claimed suggested suggests stressed acknowledged conceded predicted "
                                     "maintained maintains".split())
_PAREN_TAIL_BODY = r"(?:[a-z]+ly\s*|on \w+\s*|in an? \w+\s*)?,\s*"
_PAREN_TAIL = re.compile(r"\s*" + _PAREN_TAIL_BODY)
_TOLD_WHOM = re.compile(r"\s*(?:" + _TOLD_OBJECT.format(sp=r"\s") + r"\s*)?" + _PAREN_TAIL_BODY)
_PARTICIPLE_AFTER = re.compile(r"[a-z]+ing\b(?!\s+(?:that|to)\b)")


_WITHOUT_SAYING = re.compile(r"without\s+(?:further\s+)?[a-z]+ing\b")  # "without elaborating", "without giving details"
_PAREN_REST = re.compile(r"\s*(?:[a-z]+ly\s+|on \w+\s+|in an? \w+\s+)?,\s*(?!(?:and|but|or|so|then|which|who|"
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
    if (fm := _FRONTED_TIME.match(masked, ss, men.desc_start) or _FRONTED_PARTICIPLE.match(masked, ss, men.desc_start)):
        lo = fm.end()
    return men.desc_start <= lo + 1 or _only_opener(masked[lo:men.desc_start])


_CONDITION_FRONTED = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?:[Ee]ven\s+)?(?:[Ii]f|[Uu]nless|[Aa]lthough|[Tt]hough|"
                                r"[Bb]ecause|[Oo]nce|[Uu]ntil)\s[^,]*$")


# the report after an inverted attribution that a short fronted phrase opens: "Often, said Mr
# Pearson, this information was ..." (a lower-case clause, no link word or participle)
_INVERTED_REST = re.compile(r",\s+(?=[a-z])(?!(?:and|but|or|so|which|who|whose|according|as|[a-z]+ing)\b)")


def _parenthetical(masked: str, ss: int, se: int, hits, used_cues):
    """', she said, CLAUSE' inside a sentence, or 'CLAUSE, said X[, who ...]' / 'CLAUSE, X said, and ...':
    the reported clause is the sentence without the attribution."""
    for cm in hits:
        w = cm.group(0)
        if w not in _PAREN_CUES or cm.start() in used_cues or _noun_use(masked, cm, ss):
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
            if not _ENDS_PHRASE.match(masked, tail, se) or (
                    men.kind not in ("name", "pronoun") and len(_WORDS.findall(men.text)) > 8):
                continue  # "NAME, a director, said his group will ...": the clause follows the cue
            if len(_WORDS.findall(masked[ss:before])) < 4 or _FRONTED.match(masked, ss, before):
                rm = _INVERTED_REST.match(masked, tail, se)
                if rm is not None and _has_words(masked, rm.end(), se, 3) and _has_finite_verb(masked, rm.end(), se):
                    cs = rm.end()  # "Often, said Mr Pearson, this information was invisible": what follows
                    return (cs, _trim_end(masked, cs, se), men, cm.start(), cm.end())
                continue
            if _subject_with_appositive(masked, ss, cm):
                continue  # "One of the attorneys, Justin Bamberg, said the videos show ...": the subject, then its clause
            return (ss, before, men, cm.start(), cm.end())
        men = np_backward(masked, cm.start(), before + 1)
        if men is None and (im := _IT_BEFORE_CUE.fullmatch(masked, before + 1, cm.start())) is not None:
            men = Mention(im.start(1), im.end(1), "it", "pronoun")  # "The other proposals, it said, would ...": the firm's
        if men is None or men.start > before + 3 and masked[before + 1:men.start].strip().lower() not in _LEAD_DETERMINERS \
                or len(_WORDS.findall(between)) > 6:
            continue  # (but "Mrs. Clinton, these people said, would ...": the determiner left out of the group)
        am = (_TOLD_WHOM if w in ("told", "tells") else _PAREN_TAIL).match(after)
        if am and _PARTICIPLE_AFTER.match(masked, cm.end() + am.end(), se):
            # "Sales were great, he said, wiping sweat off his face.": what he did, not what he said
            if len(_WORDS.findall(masked[ss:before])) >= 2 and not _FRONTED.match(masked, ss, before):
                return (ss, before, men, cm.start(), cm.end())
            continue
        if am and len(_WORDS.findall(masked[cm.end() + am.end() : se])) >= 3 and (
                len(_WORDS.findall(masked[ss:before])) <= 3 or _FRONTED.match(masked, ss, before)
                or _CONDITION_FRONTED.match(masked, ss, before)):
            cs = cm.end() + am.end()  # "Over the years, she said, CLAUSE.", "If the law conflicts with
            # God's orders, Rubio said, Christians must ignore the law."
            return (cs, _trim_end(masked, cs, se), men, cm.start(), cm.end())
        if am and len(_WORDS.findall(masked[ss:before])) >= 4 and not _FRONTED.match(masked, ss, before):
            return (ss, before, men, cm.start(), cm.end())  # "CLAUSE, he said, and she ..."
    return None


# words that open a Title Case run before a name without being part of it: 'Former Obama spokesman ...'
_CONTRACTED = frozenset("Here's There's That's It's What's Who's Where's Let's".split())  # "Here's Clinton"
_NAME_MODIFIERS = frozenset("Former Ex Late Then Acting Outgoing Incoming Retired Longtime Veteran".split())
_CLAUSE_OPENERS = frozenset("that he she they it we i there this these those his her their its the a an".split())
_UNMARKED_PLURALS = _IRREGULAR_PLURALS | {"folk"}
_CAUSATIVE_BEFORE = re.compile(r"\b(?:dare|make|makes|made|making|let|lets|letting|have|has|had|having|help|helps|helped)"
                               r"\s+(?:(?:a\s+lot\s+of|lots\s+of|many|most|some|more|the|these|those)\s+)?\w+\s*$", re.I)
_PRON_SUBJ = frozenset("i we you they he she it who which that".split())
_COMMA_RELATIVE = re.compile(r",\s+which\s+$")
_NOT_BEFORE_VERB = frozenset(
    "the a an of in on at to for with by from his her its their our my your this that these those "
    "whose which some many most no any every each united without "
    "very extremely"  # "very worried": an adjective (but "increasingly decried", "he too said")
    .split())
_SHARE_BEFORE = re.compile(  # a poll's share of people: "Six in 10 say", "67 percent say", "A majority say"
    r"(?i:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|five|ten)|\d[\d.]*\s*(?:%|percent|per\s+cent|pct)"
    r"|(?:^|\s)(?:a|the)\s+(?:slim\s+|clear\s+|large\s+|narrow\s+|small\s+)?(?:majority|minority|plurality)|(?:^|\s)half"
    r"|\s(?:of|among)\s+(?:them|those|us))\s*$")  # "three-fourths of them tell pollsters"
_PLURAL_WHO = re.compile(r"\b[a-zA-Z]{3,}[^s's]s\s+who\s+(?:[\w'\u2019-]+\s+){1,8}$")
_TWO_NAMES = re.compile(r"[A-Z][\w'\u2019-]+\s+and\s+(?:[A-Z][\w.'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+\s*$")
_PREV_TOKEN_REVERSED = re.compile(r"\n?[ \t]*([\w'\u2019.-]+)")


def _prev_word(s: str, lo: int, hi: int) -> tuple[int, str] | None:
    """The word (letters, digits, ``'.-``) that ends ``s[lo:hi]`` but for spaces and tabs, and
    where it starts; matched on the reversed window, which is several times faster than
    searching forward for ``[\\w'.-]+[ \\t]*$``."""
    m = _PREV_TOKEN_REVERSED.match(s[lo:hi][::-1])
    return None if m is None else (hi - m.end(1), m.group(1)[::-1])
_SKIP_ADVERBS = frozenset("then later now still again often also repeatedly".split())


_MARK_NEXT = re.compile(r"\s*[,:]?\s*\x01")
_PUT_IT_PLAIN = re.compile(r"(?:\s+(?:this way|that way|best|[a-z]+ly))?\s*[,:]\s*\x01")
_AS_BEFORE = re.compile(r"\b[Aa]s\s+(?:[\w'\u2019.-]+\s+){0,6}$")
_PUT_IT_AFTER = re.compile(r"(?:\s+[^,:;.\x01\n]{1,60}?)?\s*[,:]\s*\x01")
_OPINION_BASE = frozenset("say believe argue think fear worry contend insist predict suggest expect".split())


_REGION_BEFORE_STATES = frozenset("gulf border swing battleground united member arab baltic nordic red blue "
                                  "early key other several many both".split())
# -s forms that are seldom nouns ("states", "reports", "notes" often are)
def _noun_subject(before: str, pm: tuple[int, str] | None, lp: str) -> bool:
    """'The candidate claims his ...', 'The company notes there ...': a person's or a body's noun,
    opened by a determiner or a name, before a verb in -s (not 'despite press reports that ...')."""
    if not (_person_noun(lp) or lp in ORG_WORDS or lp in _SPEAKER_NOUNS) or lp in ("press", "news"):
        return False
    pm2 = _prev_word(before, 0, pm[0])
    return pm2 is not None and (pm2[1].lower() in _DETERMINER_BEFORE or pm2[1][:1].isupper())


# cue forms in -s that after "and" are mostly nouns: "bad feelings and charges that ...", "and fears that"
_NOUN_S = frozenset("charges fears hopes reports notes states worries concerns estimates remarks comments warnings "
                    "claims promises pledges threats calls statements".split())
# singular nouns for who speaks that no role lexicon holds: "The candidate claims his ..."
_SPEAKER_NOUNS = frozenset("candidate nominee veteran activist organizer organiser founder owner chair "
                           "newspaper magazine network narrator announcer host anchor reporter columnist author "
                           "writer".split())
_VERB_S = frozenset("says tells adds writes asks argues explains insists warns recalls recounts continues thinks "
                    "concludes acknowledges admits suggests predicts sings".split())


_BE = frozenset("be been being is are was were am".split())
_HAVE = frozenset("have has had".split())
_MODALS = frozenset("would will could might may should must did do does also not never doesn't don't didn't "
                    "won't wouldn't can't couldn't doesn\u2019t don\u2019t didn\u2019t won\u2019t wouldn\u2019t "
                    "can\u2019t couldn\u2019t".split())
_STATING_PLURALS = frozenset("documents reports rules laws guidelines officials records filings papers".split())
_DOCUMENTS = frozenset("report study poll survey website article piece paper book column editorial "
                       "document documents filing complaint lawsuit indictment transcript analysis".split())
# verbs of judging that attribute quoted words only in the active voice
_JUDGING = frozenset("accuse praise dub label liken brand portray mock denounce blame credit tout decry bemoan "
                     "criticize pronounce call describe".split())


_IRREGULAR_PAST_CUES = frozenset("said told wrote spoke thought knew saw felt taught".split())
# verbs whose object a cue word can be: "declined comment", "issued a report", "expressed hope"
_OBJECT_VERBS = frozenset("declined refused offered gave made issued welcomed expressed voiced denied rejected "
                          "dismissed published released cited received".split())
_NEVER_NOUNS = frozenset("say argue insist contend predict acknowledge explain".split())


@lru_cache(maxsize=1)
def _people_at_before() -> re.Pattern:
    """A plural of people and where they are, just before a cue: "Voters in Iowa", "Residents of the town"."""
    return re.compile(r"(?i:\b(?:" + "|".join(sorted(_PEOPLE_AT_HEADS)) + r"))\s+(?:" + "|".join(sorted(_PEOPLE_AT_PREPS))
                      + r")\s+(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,2}\s*$")


@lru_cache(maxsize=1)
def _people_familiar_before() -> re.Pattern:
    """Plural people and how they know, just before a cue: "People familiar with the matter",
    "Officials briefed on the talks", "Sources close to the campaign"."""
    return re.compile(r"(?i:\b(?:" + "|".join(sorted(_OPENING_PLURAL_HEADS)) + r"))\s+(?:"
                      + "|".join(sorted(_HEAD_MODIFIERS)) + r")\s+(?:with|on|to|about|in|of|for)\s+"
                      r"(?:[\w'\u2019.-]+\s+){1,5}$")


_BEGIN_FORMS = frozenset(("begin", "begins", "began"))
_BEGIN_ACTION = re.compile(r"\s+(?:to\s+(?!(?:say|speak|talk|tell|ask|shout|chant|sing|write|tweet|argue|explain)\b)[a-z]|"
                           r"(?!(?:saying|speaking|talking|telling|asking|shouting|chanting|singing|writing|tweeting|"
                           r"arguing|explaining)\b)[a-z]{3,}ing\b)")  # (but "began talking about ...": words)
_NEVER_NOUN_AFTER_OWNER = frozenset("said says told tells wrote writes added noted".split())


def _firm_possessive(prev: str, w: str) -> bool:
    """"Moody's said", "Albertson's said": a firm's name in the possessive form, before a verb
    that is never a noun, speaks (it is no owner of a noun)."""
    return w in _NEVER_NOUN_AFTER_OWNER and prev[:1].isupper()


def _owner_before(prev: str, w: str) -> bool:
    """Is ``prev`` an owner's possessive that makes the cue word ``w`` after it a noun ("Trump's
    claims")? Not "He's said" (has said), nor a firm's possessive name (:func:`_firm_possessive`)."""
    lp = prev.lower()
    return lp.endswith(("'s", "\u2019s")) and lp[:-2] not in _PRON_SUBJ and not _firm_possessive(prev, w)


# "PAP quoted Baka as saying", "Nazer was quoted by the SPA as saying": who speaks is the person quoted
_QUOTED_AS = re.compile(r"(?<![\w'\u2019-])(?P<was>(?:was|is|were|are|has\s+been|had\s+been)\s+(?:also\s+)?)?quoted\s+"
                        r"(?P<by>by\s+)?(?P<np>[^,;:\x01\n]{1,60}?)\s+as\s+$")


def _quoted_as(masked: str, cue_start: int, lo: int) -> Mention | None:
    """The speaker of "saying" after "X was quoted by Y as" (X) or "Y quoted X as" (X); None when
    the words before the cue are neither."""
    qm = _QUOTED_AS.search(masked, max(lo, cue_start - 90), cue_start)
    if qm is None or bool(qm.group("was")) != bool(qm.group("by")):
        return None  # (not "was quoted X as", nor "quoted by Y as" with no one quoted)
    if qm.group("by"):
        return np_backward(masked, _before_adverb(masked, qm.start(), lo), lo)
    return np_backward(masked, qm.end("np"), qm.start("np"))


def _verb_use(masked: str, cm, ss: int) -> bool:
    """Is this cue word used as a verb here? 'states', 'report', 'claims' are often nouns,
    '-ing' forms are participles, base forms after 'to' are infinitives."""
    w = cm.group(0)
    if w.endswith(" quoted as saying") or w == "saying" and _QUOTED_AS.search(masked, max(ss, cm.start() - 90), cm.start()):
        return True  # "Xie was quoted as saying the yuan ...", "PAP quoted Baka as saying": a verb phrase
    if w.lower() in _BEGIN_FORMS and _BEGIN_ACTION.match(masked, cm.end()):
        return False  # "Canada may begin monitoring steel", "began to chant": an action begun, not words
    before = masked[max(ss, cm.start() - 40) : cm.start()]
    pm = _prev_word(before, 0, len(before))
    prev = pm[1] if pm else ""
    lp = prev.lower()
    if lp in QUANTIFIER_SUBJECTS and (w in _OPINION_BASE or (
            w != cues().base.get(w, w) and not w.endswith(("s", "ing")))):
        return True  # "Some say ...", "many believe ...", "Some chanted '...'"
    if lp == "to" and w == cues().base.get(w, w) and (
            _THAT_NEXT.match(masked, cm.end()) and w not in _NOT_TO_THAT
            or _LEAD_TO.search(before) is not None and w not in cues().that_only):
        return True  # "Trump was quick to add that ...", "refusing to concede that ...", "continued to say he
        # had never touched Fields": the clause's subject's
    # "the report, which notes, '...'": a relative pronoun introducing a quotation speaks; and before a
    # verb that is never a noun, any clause: "suspended by Merrill, which said it was cooperating"
    relative = lp == "which" and _COMMA_RELATIVE.search(before) is not None \
        and (masked[cm.end() : cm.end() + 4].lstrip(" ,:")[:1] == MASK or w in _NEVER_NOUN_AFTER_OWNER)
    if (lp in _NOT_BEFORE_VERB and not relative and not (prev == "United" and w in _NEVER_NOUN_AFTER_OWNER)) \
            or _owner_before(prev, w):
        return False  # "Trump's claims": a noun; but "He's said": has said, and "Utilicorp United said"
    if (lp.endswith("ly") and lp not in _LY_NOUNS or lp == "earlier") and _DET_ADVERB.search(before):
        return False  # "the recently announced agreement": an adjective
    if lp in _OBJECT_VERBS:
        return False  # "declined comment", "expressed hope": the cue word is the verb's object
    if lp.endswith("ed") and not w.endswith(("ed", "ing")) and w not in _IRREGULAR_PAST_CUES and (
            "-" in lp or pm is not None and (pm2 := _prev_word(before, 0, pm[0])) is not None
            and pm2[1].lower() in _DETERMINER_BEFORE and pm2[1].lower() not in ("those", "these")):
        return False  # "The proposed note", "a published report", "A White House-ordered report": an
        # adjective and its noun (but "those surveyed say", "the accused said")
    if prev in _BE and (cues().base.get(w) in _JUDGING or (  # lower case: not "Pan Am said"
            w != cues().base.get(w, w) and not w.endswith(("s", "ing")) and cues().base.get(w) not in ("ask", "worry"))):
        return False  # "could be blamed on", "was praised for", "are feared dead", "have been reported":
        # a passive, no one speaks
    nxt = masked[cm.end() : cm.end() + 30].split()
    nxt0 = nxt[0].lower().strip(",.;:") if nxt else ""
    if w == "alleged" and nxt0 not in _CLAUSE_OPENERS and nxt0 not in _STOP_BACK and not nxt0.startswith(MASK) \
            and masked[cm.end() : cm.end() + 3].strip()[:1] not in (",", ":", MASK):
        return False  # "alleged European subsidies", "the alleged plot": an adjective
    if w.endswith("ing"):  # ", saying that ...", "Sanders is saying that ..."
        return before.rstrip().endswith((",", MASK)) or _BE_BEFORE_ING.search(before) is not None \
            or _WHILE_ING.search(before) is not None \
            or _participle_chain(masked, cm, ss) is not None \
            or nxt0 in _CLAUSE_OPENERS and (_person_noun(lp) and lp.endswith("s") or _SHARE_BEFORE.search(before) is not None)
            # "GOP primary voters saying they want ...", "with about three in 10 saying they are ..."
    if cues().base.get(w.lower()) in ("boom", "echo"):  # 'he boomed: "..."', not "the hall echoed with"
        return _MARK_NEXT.match(masked, cm.end()) is not None
    if w.lower() in ("put it", "puts it"):  # "as one analyst put it, '...'", "he put it bluntly: '...'"
        return _PUT_IT_PLAIN.match(masked, cm.end()) is not None or (
            _AS_BEFORE.search(before) is not None and _PUT_IT_AFTER.match(masked, cm.end()) is not None)
    if " " in w:  # a phrase ("pointed out", "had this to say"): a verb after its subject
        if pm is None and w in cues().that_only and before.rstrip().endswith(","):
            return True  # "Mary Kay Henry, the union's president, expressed concern that": after an
            # appositive (only the phrases that need their "that")
        return lp != "to" and (prev[:1].isupper() or lp in _PRON_SUBJ or lp in _CARRIERS or lp in _DOCUMENTS
                               or (lp.endswith("s") and not lp.endswith("ss")) or lp in ADVERBS
                               or _DET_NOUN_BEFORE.search(before) is not None)  # "His office issued a statement"
    base = cues().base.get(w, w)
    if w == base and lp in _BASE_ADVERBS and pm is not None and (pm2 := _prev_word(before, 0, pm[0])) is not None:
        pm, prev = pm2, pm2[1]  # "Some activists even insist that": the subject before the adverb
        lp = prev.lower()
    if w == base and w in _OPINION_BASE and (
            _plural_participle_subject(masked, ss, cm.start()) is not None  # "Democrats trying to ... say"
            or lp not in ("to", "i", "you", "we", "let", "me")
            and nxt0 in ("he", "she", "they", "it", "there", "he's", "she's", "they're", "it's")):
        return True  # "Six in 10 say he's ...", "people familiar with her thinking say she ..."
    if w == base and w in _NOUNISH and prev[:1].isupper() and _DET_ADJ.search(before):
        return False  # "in its latest Financial Market Trends report the ...": a document's title and noun
    if w == base:  # say, state, report: a plural or pronoun subject, never "to say"
        if not prev and before.rstrip().endswith((",", "\u2014", "\u2013", "--", " -")) and w in _OPINION_BASE \
                and (nxt0 in _CLAUSE_OPENERS or nxt0.endswith(("'s", "\u2019s")) or nxt0.endswith("ing") and len(nxt) > 1
                     and nxt[1][:1].islower() and not nxt[0].endswith(",")):
            return True  # "Khizr and Ghazala Khan, the Gold Star parents ..., say they ...", "Democrats -
            # and some Republicans - say that ..."
        if prev[:1].isupper() and lp.endswith("s") and lp not in _PRON_SUBJ and nxt0 not in _CLAUSE_OPENERS \
                and w not in _NEVER_NOUNS:
            return False  # "Jobs report gives ...": a noun compound, not "Republicans say that" (but
            # "Democrats say progress is slow": no compound with "say")
        if _TWO_NAMES.search(before) or _PLURAL_WHO.search(masked, max(ss, cm.start() - 80), cm.start()) \
                or _people_at_before().search(before) or _SHARE_BEFORE.search(before) \
                or _people_familiar_before().search(masked, max(ss, cm.start() - 80), cm.start()):
            return True  # "Jeb Bush and Chris Christie say ...", "Analysts who follow the industry say ...",
            # "Voters in Iowa say ..."
        if w == "state" and (lp.endswith("ed") or prev[:1].isupper() and lp not in _PRON_SUBJ | _STATING_PLURALS
                             or lp in ("the", "a", "each", "every", "any")
                             or not (lp in _PRON_SUBJ or lp in _MODALS or lp in _STATING_PLURALS)):
            return False  # "GOP-dominated state legislatures", "a caucus state like Iowa": a noun
        return lp in _PRON_SUBJ or (lp.endswith("s") and not lp.endswith("ss")) or lp.endswith("ed") or lp in _MODALS \
            or w in _BRITISH_PLURAL_CUES and len(prev) >= 2 and prev.isupper() and prev.isalpha() and nxt0 in _CLAUSE_OPENERS \
            or (lp in _UNMARKED_PLURALS or lp != "to" and (nb := np_backward(masked, cm.start(), ss)) is not None
                and nb.kind == "group") and not _CAUSATIVE_BEFORE.search(before)  # "Police say", "The MDA say the",
        # "The women say", "Observers in Virginia and around the country say"; not "make a lot of people
        # believe", "How dare people suggest"
    if w.endswith("s") and not w.endswith("ss") and w not in _VERB_S:
        # "states", "reports", "remarks": often nouns; as verbs they take a named or
        # pronominal subject and introduce a clause ("that", a pronoun)
        if lp.endswith("ern") or lp in _REGION_BEFORE_STATES:
            return False  # "Most Southern states that ...", "the battleground states": a noun
        if w in ("states", "reports", "claims", "notes") and nxt0 == "that" and len(nxt) > 1 \
                and nxt[1].lower() in _MODALS | _BE | _HAVE:
            return False  # "Rust Belt states that have suffered": a noun and its relative clause
        if (lp in _SKIP_ADVERBS or lp.endswith("ly")) and pm is not None:
            pm2 = _prev_word(before, 0, pm[0])  # "The statement then declares"
            if pm2 is not None:
                pm, prev = pm2, pm2[1]
                lp = prev.lower()
        subj_ok = prev[:1].isupper() or lp in ("he", "she", "it", "also", "who", "which") \
            or lp in ("and", "but") and w not in _NOUN_S \
            or lp in _CARRIERS or lp in _DOCUMENTS or _noun_subject(before, pm, lp) \
            or (not pm and before.rstrip().endswith(","))  # "The ad claims", "Jan Brewer, a supporter, calls"
        return subj_ok and (nxt0 in _CLAUSE_OPENERS or masked[cm.end() : cm.end() + 1] == ":"
                            or base in _RECIPIENT_THAT_CUES and _TELL_THAT.match(masked, cm.end()) is not None
                            # "Ada Fisher believes Donald Trump will do well": a name and its verb
                            or base in _OPINION_BASE and _THINK_CLAUSE.match(masked, cm.end()) is not None
                            or masked[cm.end() : cm.end() + 3].lstrip(" ,")[:1] == MASK
                            # a naming verb, its object and the name: 'calls Horgos "a mistake"'
                            or cues().base.get(w) in _NAMING and _NAMED_THEN_MARK.match(masked, cm.end()) is not None)
    return True


def _trim_end(masked: str, s: int, e: int) -> int:
    while e > s and masked[e - 1] in " .\n":
        e -= 1
    return e
