"""Who is speaking: the mentions of one article resolved to its speakers.

A surname or a title goes to the full name first introduced (``Sullivan`` to ``John P
Sullivan``), a pronoun to the most recent compatible person, ``the former Marine officer``
to the anonymous source described before; organisations and groups speak too. Pure
functions and one per-article :class:`Resolver`; no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain

from .descriptions import (
    AGE_FIRST,
    HOME_TOWN,
    HONORIFICS,
    OCCUPATIONS_BEFORE_NAMES,
    PLACE_ABBREVIATIONS,
    STREET_WORDS,
    Role,
    body_after,
    is_role_like,
    parse_description,
    parse_title,
)
from .lexicon import (
    countries,
    cues,
    demonyms,
    evidence_sources,
    family_names_first,
    given_names,
    is_known_firm,
    is_outlet,
    nationalities,
    portfolios,
    positions,
    pronouns,
    role_heads,
    role_nouns,
    title_words,
    titles,
    trie_regex,
    us_states,
)
from .phrases import (
    BODY_KIND_NOUNS,
    BODY_NAME_WORDS,
    CAPITALISED_MODIFIERS,
    COMPANY_ENDS,
    DAYS,
    DETERMINERS,
    DOCUMENT_WORDS,
    DOING_WITH_OBJECT,
    FIRM_KIND_NOUNS,
    FIRM_KIND_OPENERS,
    FIRM_PARTS,
    GROUP_HEADS,
    KIN,
    KIN_NOUN_GENDER,
    MASK,
    NUMBERED_UNITS,
    ORG_WORDS,
    PARTICLES,
    PARTY_PLURALS,
    PEOPLE_BODIES,
    PEOPLE_AT_HEADS,
    PEOPLE_COUNTS,
    PEOPLE_PLURAL_ENDS,
    ROLE_WORD_NAME_ENDS,
    SEAT_TITLES,
    STOP_BACK,
    STYLED_OF,
    Mention,
    TICKER_SYMBOL,
    is_title_word,
    named_mid_sentence,
    person_noun,
    portfolio_words,
    role_word_opening,
    word_ends,
    word_tokens,
)


NAME_WORD = re.compile(r"[\w'\u2019-]+\.?")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,]*")


def names_in_report(text: str, cs: int, ce: int) -> frozenset[str]:
    """The people a reported clause names, lower case: whom a pronoun attributing it at its end
    is not ("Also, Trump isn't a conservative, he said"); not an owner ("is Mr. Trump's favorite
    flying toy, he said"), an acronym ("BP will draw in cash ..., he explained") or a name in a
    relative clause ("which Sandaratne declined to identify"), which the speaker may well be."""
    asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text, cs, ce)]
    out = set()
    for m in NAME_WORD.finditer(text, cs, ce):
        w = m.group()
        if not w[:1].isupper() or w.isupper() or w.endswith(("'s", "\u2019s")) \
                or any(a <= m.start() < b for a, b in asides):
            continue
        out.add(w.lower().rstrip("."))
    return frozenset(out)


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
    gender_at: int = -1  # where a pronoun gave the gender (-1: the name, a title or a description did)


ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]+")


_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.'\u2019-]*(?:'s|\u2019s))\s+(?:\w+\s+)?(?:" + "|".join(sorted(KIN))
                         + r")\s*,?\s*$")  # "his wife, ", "Trump's daughter " before a name


def _word_char(c: str) -> bool:
    """A character a name's word goes on with (a letter or digit, "_", an apostrophe or a hyphen)."""
    return c.isalnum() or c in "_'\u2019-"


def _kin(description: str | None) -> bool:
    """Is a person introduced as someone's relative ("his daughter", "Trump's son")?"""
    return bool(description) and description.lower().split()[-1].strip(",") in KIN


_PORTFOLIO_WORDS = portfolio_words()


def _after_title(toks: list[str]) -> list[str]:
    """The name in a run of capitalised words after the last title before it ("Brazilian
    Finance Minister Dilson Funaro", "Supreme Court Justice Antonin Scalia": two or three words
    after it, not a firm's: "General Motors Corp"), and after a nationality before a given name
    ("American Serena Williams")."""
    for k in range(len(toks) - 3, 0, -1):
        if is_title_word(toks[k]) and 2 <= len(toks) - k - 1 <= 3 \
                and not any(t.lower().rstrip(".") in _FIRM_ENDS for t in toks[k + 1:]):
            toks = toks[k + 1:]
            break
    if len(toks) >= 3 and toks[0] in nationalities() and toks[1].lower() in given_names():
        toks = toks[1:]
    for k in range(1, len(toks) - 1):
        if len(toks) - k in (2, 3) and toks[k].lower() in given_names() and is_known_firm(" ".join(toks[:k])):
            toks = toks[k:]  # "Credit Suisse Paul Hofer": the person after the firm the list knows
            break
    # the office's words left by "Secretary of Defence Caspar Weinberger", "Minister of
    # Economic Affairs Robert Ortner", "Energy Minister Subroto" (one name)
    k = 1 if len(toks) > 2 and (toks[0].endswith(("'s", "\u2019s")) or toks[0] in nationalities()) else 0
    # ("Indonesia's Energy Minister Subroto", "Indonesian Energy Minister Subroto")
    while k < len(toks) - 1 and (toks[k].lower() in _PORTFOLIO_WORDS or toks[k] in titles()
                                 or toks[k].rstrip(".") in titles()):
        k += 1
    if k == 1 and toks[0] in nationalities():
        k = 0  # (a nationality alone before the words: "American Stock Exchange" is a name)
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
    name of three or more words starts at its given name when a capitalised word precedes it;
    'Economist Colen Garrow' -> 'Colen Garrow': and after an occupation where the list lacks
    the given name."""
    words = name.split()
    if len(words) < 3 or words[0].lower() in given_names() or words[-1].lower() in _BODY_ENDS or is_known_firm(name):
        # (and not "Lawyers' Christian Fellowship": a body's name, nor "Morgan Stanley Dean Witter", a firm's)
        return " ".join(words[1:]) if len(words) >= 2 and _role_word_first(words) else name
    for i in range(1, len(words) - 1):
        if words[i - 1] in _MEMBER_ABBREVIATIONS and words[i][:1].isupper() and not words[i].isupper():
            return " ".join(words[i:])
        if words[i].lower() in given_names() and words[i][:1].isupper() and not words[i].isupper():
            # only past a word that is no name: not "Rafael Edward Cruz", "J. Gerald Hebert"
            if any(_not_a_name(w) for w in words[:i]) or len(words) - i == 2 and i >= 2 \
                    and not any(w.lower() in given_names() or w.rstrip(".").isupper() for w in words[:i]):
                return " ".join(words[i:])  # (and after two words or more that are no given names: "Public
                # Credit Mauricio Cabrera", "Top-seeded Americans Andy Roddick")
            return name
    return " ".join(words[1:]) if _role_word_first(words) and not _title_or_role_word(words[1]) else name


def _member_role_then_person(words: list[str]) -> bool:
    """Do the words end in a role ("MP", "Deputy", a title or a role head) then a person's name of two or three words,
    a listed given name first ("... Party MP John Smith")?"""
    for i in range(max(1, len(words) - 3), len(words) - 1):
        if words[i].lower() in given_names() and words[i][:1].isupper() and (
                words[i - 1] in _MEMBER_ROLES or words[i - 1].rstrip(".") in titles()
                or words[i - 1][:1].isupper() and words[i - 1].lower() in role_heads()):
            return True
    return False


def _title_or_role_word(word: str) -> bool:
    """A title or role word, which goes on a title rather than opening a name ("Executive
    Officer", "Executive Director"; not "Sumner", though it ends like a doer's noun)."""
    w = word.rstrip(".")
    return w in titles() or w.lower() in role_heads() or w.lower() in role_nouns() or w == "Officer"


def _role_word_first(words: list[str]) -> bool:
    """Does a capitalised occupation or epithet open these words before a name of one to three
    capitalised words ("Economist Colen Garrow", "Boss Henk Addink", "Rival Sony")?"""
    first = words[0]
    if 3 <= len(words) <= 4 and first in _PARTY_MEMBER_WORDS:
        return all(w[:1].isupper() and w.rstrip(".").lower() not in _BODY_ENDS for w in words[1:])  # "Democrat
        # Ruben Gallego", "Republican Kari Lake": the member's party, no part of the name
    if not 2 <= len(words) <= 4 or not (first in CAPITALISED_MODIFIERS or first in OCCUPATIONS_BEFORE_NAMES):
        return False
    return words[-1] not in ROLE_WORD_NAME_ENDS \
        and all(w[:1].isupper() and w.rstrip(".").lower() not in _BODY_ENDS for w in words[1:])


_PARTY_MEMBER_WORDS = frozenset("Democrat Republican Conservative Tory Independent Libertarian".split())
_CAMEL_CASE_BODY = re.compile(r"(?!Mc|Mac|Van|Von|De|Di|Du|Da|La|Le|Fitz|O['\u2019])[A-Z][a-z]+[A-Z][\w.]*")
_BODY_ENDS = ORG_WORDS | BODY_NAME_WORDS
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
# roles of a party's or a parliament's members, written in capitals before the name ("Labour Party MP John Smith")
_MEMBER_ROLES = _MEMBER_ABBREVIATIONS | frozenset("MS TD Deputy Delegate Congressman Congresswoman Assemblyman "
                                                  "Assemblywoman".split())
_ROLE_ENDING = re.compile(r"(?:er|or|ist|man|woman|an|ese|ish|ing)$")


_NAME_ABBREVIATIONS = frozenset("jr sr st ste mt ft inc corp bros".split())


def _not_a_name(word: str) -> bool:
    """A word before a name that is a title, role, party, place's or outlet's, not a first name."""
    w = word.rstrip(",")
    return (w in titles() or w.rstrip(".") in titles() or w.lower() in _NOT_NAME_WORDS
            or w.endswith(("'s", "\u2019s", "s'", "s\u2019")) or (w.endswith(".") and len(w) > 2)
            or "-year-old" in w.lower() or w.lower() in portfolios() or "-of-" in w  # ("Mother-of-two Claire Dobson")
            or "-" in w and any(p in titles() for p in w.split("-"))  # "Vice-President", "Chairman-elect"
            or bool(_ROLE_ENDING.search(w.lower())) or w.lower() in role_nouns()  # ("Parent Michael Torres")
            or w.lower() in role_heads()  # ("Substitute Jamie Reid")
            or w.lower() in _FIRM_ENDS or w.lower() in ("markets", "capital"))  # "Merrill Lynch Capital
    # Markets Mario Balletto": a firm's name before a person's


def _uncapped(name: str) -> str:
    """'DONALD Trump' (a tabloid's capitals on a given name) -> 'Donald Trump'."""
    words = name.split()
    if len(words) > 1 and words[0].isupper() and len(words[0]) > 2 and not words[1].isupper() \
            and given_names().get(words[0].lower()):
        return " ".join([words[0].title()] + words[1:])  # not "CBC Chairman", "Brent Bozell III", nor initials
        # written as a given name ("JD Vance")
    return name


@lru_cache(maxsize=8192)
def name_tokens(name: str) -> tuple[str, ...]:
    ts = titles()
    out = []
    words = NAME_WORD.findall(name)
    for n, w in enumerate(words):
        w2 = w.rstrip(".")
        if (w in ts or w2 in ts) and not (n == len(words) - 1 and len(out) == 1 and w == w2
                                          and out[0] in given_names()) \
                and not (n == len(words) - 1 and n and words[n - 1].rstrip(".") in _HONORIFICS and w == w2) \
                or w2.lower() in ("the",):
            continue  # a title, but not the surname after a given name: "Edmund King", "John Major" (nor
            # after an honorific: "Mr King said")
        for suf in ("'s", "\u2019s"):
            if w2.endswith(suf):
                w2 = w2[: -len(suf)]
        if w2:
            out.append(w2.lower())
    return tuple(out)


# one lower-case word that names no one: an article, a participle or gerund, a past form
NO_SPEAKER_WORD = re.compile(r"(?:the|a|an|this|that|these|those|it|[a-z]+ing|came|went|said|says|helps|made)")


# "the IFS chief", "the TUC leader": a body by its name or initials, then a word for its head
_BODY_ROLE_EPITHET = re.compile(r"[Tt]he\s+(?P<org>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3})\s+"
                                r"(?:[a-z]+\s+)?(?P<head>[a-z]+)")
_LEADER_WORDS = frozenset("chief boss head director leader chairman chairwoman chair president".split())


def _same_body(short: str, full: str) -> bool:
    """Does ``short`` name the body ``full`` names: the same words, or its initials ("IFS" for
    "Institute for Fiscal Studies", "CBI" for "Confederation of British Industry")?"""
    s, f = short.lower().removeprefix("the "), full.lower().removeprefix("the ")
    if s == f:
        return True
    initials = "".join(w[0] for w in full.split() if w[:1].isupper())
    return len(initials) >= 2 and short.replace(".", "") == initials


# words before a role's head that make it another office ("vice president" is no "president")
_TITLE_MODIFIERS = frozenset("vice deputy assistant associate executive senior chief acting interim former "
                             "junior shadow of for at in the a an and with on to".split())  # (and the words of a
# role's complement: "head of the committee working out the plan" is no "plan")


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_LINE_FIRST_WORD = re.compile(r"(?:^|\n)([A-Z][a-z]+)[ \t]+$")  # the one word between a line's start and a name


def _role_words(text: str) -> str:
    """A role's words for comparison: lower case, no article ("the former secretary of state"
    and "former Secretary of State" agree)."""
    words = _WORD_FORMS.findall(text.lower())
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


# words in a description that make what it describes an organisation ("a magazine", "a
# London-based charity", "an investment banking firm")
ORG_DESCRIPTION_WORDS = frozenset(
    "group organization organisation company agency firm outlet newspaper magazine website network "
    "station channel publication paper daily weekly charity union association body institute bank party "
    "insurer utility airline retailer manufacturer watchdog regulator ministry department council authority "
    "charity trust foundation provider supplier distributor startup start-up lender carmaker automaker "
    "chipmaker drugmaker conglomerate consortium society".split())  # (not "broadcaster", "producer": people too;
# "the UK's biggest building society")


def org_description_head(desc: str) -> bool:
    """Is the head noun of a description an organisation word ("a London-based charity", "a
    coordinating body for ...", "an investment banking firm"), not a person's ("a former union
    official", "a spokesman for the author")?"""
    head = _HEAD_END.split(_ACRONYM_IN_PARENS.sub("", desc).lower() + " ")[0]  # (a body's acronym inside is no
    # end: "a Taiwan Shipbreaking Industry Association (TSIA) spokesman" is a spokesman)
    words = head.split()
    return bool(words) and words[-1].strip(".'\u2019") in ORG_DESCRIPTION_WORDS


_ACRONYM_IN_PARENS = re.compile(r"[ \t]*\([A-Za-z][A-Za-z0-9.&-]{1,9}\)(?=[ \t]+[a-z])")


# capital cities that speak for their governments ("Washington said", "Tokyo has asked")
_CAPITALS = frozenset("washington london tokyo paris moscow beijing peking bonn berlin brussels ottawa canberra "
                      "rome madrid seoul taipei manila jakarta delhi islamabad tehran baghdad cairo riyadh jerusalem "
                      "ankara athens lisbon dublin stockholm oslo copenhagen helsinki vienna bern warsaw prague "
                      "budapest kiev kyiv havana brasilia caracas pretoria nairobi lagos abuja hanoi bangkok "
                      "wellington damascus beirut amman kabul kuwait".split())


def _family_name_of(full: str, full_toks: tuple[str, ...], toks: tuple[str, ...], name: str) -> bool:
    """Is ``name``, one word, the family name written first of the person named ``full`` ("Xi" of "Xi
    Jinping", "Kim" of "Kim Dae-jung"; not "Kim" of "Kim Jones", a given name)?"""
    return len(toks) == 1 and full_toks[:1] == toks and name.strip() in family_names_first() \
        and (len(full_toks) == 3 or len(full_toks) == 2 and ("-" in full.split()[-1] or full_toks[0] not in given_names()))


def _given_name_last_gender(toks: tuple[str, ...]) -> str | None:
    """The gender of a name written family name first, by its given name ("Xi Jinping": male)."""
    return given_names().get(toks[-1]) if len(toks) >= 2 and toks[-2].capitalize() in family_names_first() else None


def _known_firm_opening(words: list[str]) -> str | None:
    """The longest run of these words, from the first, that the firm list knows ("Credit Suisse")."""
    return next((" ".join(words[:k]) for k in range(len(words), 0, -1) if is_known_firm(" ".join(words[:k]))), None)


def government_place(toks: tuple[str, ...], name: str) -> bool:
    """A capital or a state named alone, speaking for its government ("Washington said")."""
    return len(toks) == 1 and (toks[0] in _CAPITALS or name.strip() in us_states())


_PARTIES_PLURAL = frozenset("democrats republicans tories conservatives labour".split())
_INITIALS_AND = re.compile(r"[A-Z](?: and |/|&| & )[A-Z]")  # "S and P", "S/P", "S&P"
_HONORIFICS = HONORIFICS
# titles that make the one surname after them a person: "President Obama backed her up ... he said"
_PERSON_TITLES = frozenset("President Sen. Senator Gov. Governor Rep. Representative Mayor Judge Justice Gen. "
                           "Prof. Professor Lord Lady Baroness Baron Sir Dame".split())  # ("Lord Callaghan")
_NOT_A_FIRM_WORD = frozenset("and of de la du der van von the for to on".split())  # ("Office for National Statistics": ONS)
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
def _initials(name: str, legal_form: bool = False) -> str | None:
    """The initials of an organisation's name without its legal form and small words ("SP" of
    "Standard and Poor's Corp", "IBM" of "International Business Machines Corp"), or with its
    legal form ("IEL" of "Industrial Equity Ltd"); None when a word is in lower case or fewer
    than two words count."""
    out = []
    for w in name.replace("<", " ").replace(">", " ").split():  # (a wire's brackets: "<Arab Banking Corp>")
        lw = w.lower().rstrip(".,")
        if lw in _NOT_A_FIRM_WORD or lw == "&" or lw in COMPANY_ENDS and not legal_form:
            continue
        if _DOTTED.fullmatch(w):
            out.append(w.replace(".", "").upper())  # "U.S."
        elif w[:1].isupper():
            out.append(w[0])
        else:
            return None
    return "".join(out) if len(out) >= 2 else None


def same_body_by_initials(a: str, b: str) -> bool:
    """Is one of these names the other's abbreviation ("SEC", "the Securities and Exchange Commission";
    "ATT", "American Telephone and Telegraph Co")?"""
    return any((i := _initials(x)) is not None and i == _acronym_letters(y) for x, y in ((a, b), (b, a)))


# last words of a firm's name that are hardly ever a person's surname ("Power", "Steel" are)
_FIRM_FIRST = frozenset("banque banco banca caisse cie societe soci\u00e9t\u00e9 compagnie compania compa\u00f1ia".split())
_FIRM_LAST = frozenset("""airlines airways industries securities partners trust realty properties magazine
    research insurance bancorp holdings investments ventures enterprises laboratories technologies
    pharmaceuticals petroleum minerals mines foods stores communications studios records broadcasting radio
    television systems networks electronics software media pictures publishing savings financial bancshares
    bankshares capital bancgroup bancorporation cos water energy rail railways telecom telecoms utilities
    airports logistics homes developments construction motors economics markets services exchange
    weekly daily digest life assurance mutual""".split())  # ("Thames Water", "Ovo Energy", "Network Rail",
# "Castlegate Homes", "Persimmon Homes", "Tata Motors"; a publication's: "Petroleum Intelligence Weekly", "China Daily")
# (an insurer: "Standard Life", "Sun Life", "Scottish Widows Assurance", "Liverpool Victoria Mutual")
_FIRM_ENDS = COMPANY_ENDS | _FIRM_LAST
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
    tokens = name_tokens(TICKER.sub("", ent.name)) if "<" in ent.name else ent.tokens  # "Walt Disney Co <DIS>"
    words = [w for w in tokens if w != "the"]
    if len(words) > 1 and (words[-1].rstrip(".") in _FIRM_ENDS or words[0] in COMPANY_ENDS) \
            and toks[0] in words and toks[0] not in COMPANY_ENDS and toks[0] not in _NOT_A_FIRM_WORD \
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
# the last words of a sports club's name: "Riverside Rovers FC", "Manchester United"
_CLUB_ENDS = ("FC", "AFC", "United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "Rangers")
# the last words of the names of bodies "the agency" stands for ("the Food and Drug Administration")
_AGENCY_HEADS = ("agency", "administration", "service", "bureau", "authority", "commission", "department")
# words of a union's name: no company ("the Communications Workers of America"; not "union": "Union Pacific Corp")
_LABOUR_BODY_WORDS = frozenset("workers teamsters steelworkers machinists employees nurses teachers "
                               "afl-cio".split())
_ORG_NOUN_NAMES = {
    "company": frozenset(), "firm": frozenset(), "concern": frozenset(), "group": frozenset({"group"}),
    "partnership": frozenset({"partners", "partnership"}),
    "bank": frozenset({"bank", "bancorp", "banc", "bankshares", "bancshares", "banking", "bankers", "trust", "savings"}),
    "airline": frozenset({"air", "airlines", "airline", "airways"}), "carrier": frozenset({"air", "airlines", "airways"}),
    "utility": frozenset({"power", "electric", "utilities", "edison", "energy"}), "insurer": frozenset({"insurance"}),
    "department": frozenset({"department"}), "ministry": frozenset({"ministry"}), "agency": frozenset(_AGENCY_HEADS) | {"services", "centers", "centres", "institutes", "facility", "statistics"},
    "commission": frozenset({"commission"}), "exchange": frozenset({"exchange"}), "union": frozenset({"union", "unions"}) | _LABOUR_BODY_WORDS | {"attendants", "pilots", "miners", "unite", "unison"},
    "college": frozenset({"college"}), "institute": frozenset({"institute"}), "foundation": frozenset({"foundation"}),
    "society": frozenset({"society"}), "trust": frozenset({"trust"}), "federation": frozenset({"federation"}),
    "charity": frozenset(), "organisation": frozenset(), "organization": frozenset(),
    "party": frozenset({"party"}), "committee": frozenset({"committee"}),
    "association": frozenset({"association"}), "board": frozenset({"board"}), "council": frozenset({"council"}),
    "newspaper": _PAPER_NAMES, "paper": _PAPER_NAMES,
    "club": frozenset(w.lower() for w in _CLUB_ENDS) | {"club"},
    # (and bodies called so only as they were introduced: "the media regulator Ofcom said ... The regulator said")
    "regulator": frozenset(), "watchdog": frozenset(),
    "force": frozenset({"police", "constabulary", "force"}),  # ("West Midlands Police said ... The force said")
    # (and places run as bodies: "The British Museum will return ... The museum said")
    "museum": frozenset({"museum"}), "gallery": frozenset({"gallery"}), "hospital": frozenset({"hospital", "infirmary"}),
    "library": frozenset({"library"}), "zoo": frozenset({"zoo"}),
    "palace": frozenset({"palace"}),  # ("A statement from Kensington Palace said ... The palace added")
}
# a firm by its trade ("the automaker", "the clothing chain"): any company, as "the company" is
_TRADE_NOUNS = frozenset("chain retailer lender miner carmaker automaker manufacturer maker producer supplier "
                         "conglomerate brewer grocer supermarket".split())
_ORG_NOUN_NAMES.update(dict.fromkeys(_TRADE_NOUNS, frozenset()))
# a sports club the story names: "football club Borussia Dortmund", "Manchester United's board",
# "Riverside Rovers FC" (what "the club said" stands for, even when the club has not spoken)
_CLUB_NAMED = re.compile(
    r"(?<![\w-])(?:[Ff]ootball|[Ss]occer|[Rr]ugby|[Cc]ricket|[Bb]asketball|[Hh]ockey|[Bb]aseball)[ \t]+club[ \t]+"
    r"(?P<a>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,3})"
    r"|(?P<b>(?:[A-Z][\w'\u2019-]+[ \t]+){1,3}(?:" + "|".join(_CLUB_ENDS) + r"|Football[ \t]+Club))(?![\w-])"
    # (or a team, as the British press writes one, with a plural verb: "Liverpool have agreed a British record fee")
    r"|(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=- ))(?!(?:Police|People|Staff|Officials|Ministers)\b)"
    r"(?P<c>[A-Z][a-z]+[a-rt-z](?:[ \t]+[A-Z][a-z]+){0,2})[ \t]+(?:have|are|were)[ \t]+(?:agreed|signed|completed|confirmed|"
    r"announced|sacked|appointed|rejected|accepted|made|won|lost|beaten|been)\b")
_COMPANY_NOUNS = frozenset({"company", "firm", "concern"}) | _TRADE_NOUNS
# what may follow a lead's company before its verb: the rest of its legal form, its ticker, its short name
_GROUP_WORD = re.compile(r"\bgroups?\b")  # (lower case: a group of people or firms, not "Bull and Bear Group")
# nouns that are a firm after a word for its trade: "the Dutch electronics group", "the oil giant"
_TRADE_GROUP_NOUNS = frozenset({"group", "giant"})
_COUNTRY_ABBREVIATIONS = frozenset({"U.S.", "US", "UK", "U.K.", "EU"})
# a firm's rank before its trade ("the No. 2 U.S. automaker", "the world's second-biggest miner",
# "Britain's largest retailer", "the nation's top lender")
_FIRM_RANK = re.compile(r"(?:(?P<owner>[A-Z]?[a-z]+)['\u2019]s\s+)?(?:(?:No\.|[Nn]umber)\s+(?:[1-9]|one|two|three|four|five)"
                        r"|(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest)|top|leading)\s+")
_RANK_OWNERS = frozenset({"world", "nation", "country"})


def _rank_dropped(words: list[str]) -> list[str] | None:
    """A firm epithet's modifiers after its rank, if it has one; None when its rank's owner is
    no place ("the world's", "Britain's", not "Smith's")."""
    phrase = " ".join(words) + " "
    if not words or (m := _FIRM_RANK.match(phrase)) is None:
        return words
    if (owner := m.group("owner")) is not None and owner.lower() not in _RANK_OWNERS and owner.lower() not in countries():
        return None
    return phrase[m.end():].split()
_PRODUCT_NAME = re.compile(r"[A-Za-z][a-z]*[A-Z][\w-]*|[A-Z][\w-]+")  # "iPhone", "Windows", "PlayStation"
_KIND_OF_COMPANY = frozenset({"airline", "carrier", "insurer", "utility"})  # (firms whose names need not say so)
# nouns for any body that is no firm, outlet or government: "a spokesman for the charity" after "Oxfam said"
_ANY_BODY_NOUNS = frozenset({"charity", "organisation", "organization"})
# what a public body's epithet may say of it before its noun: "the federal agency said" (Statistics Canada)
_PUBLIC_MODIFIERS = frozenset("federal state national government official regional provincial".split())
_PUBLIC_BODY_NOUNS = frozenset("agency department ministry office bureau".split())
# words of a publication's name, no charity's: "according to results published in the New England Journal of Medicine"
_PUBLICATION_WORDS = frozenset("journal magazine gazette tribune herald newspaper lancet".split())
_CHARITY_HEADS = ("society", "trust", "foundation", "charity", "fund")  # what "the charity" names (not "Aid": "the Band Aid 20 single")
_OTHER_SPELLING = {"organisation": "organization", "organization": "organisation"}
# a person described, then named: "a 24-year-old engineer named Zaid Khan", "a woman called Maria Lopez"
_DESCRIBED_NAMED = re.compile(r"(?P<desc>(?:[Aa]n?|[Oo]ne)\s+(?:[\w'\u2019-]+\s+){0,4}?[a-z][\w-]*)\s+(?:named|called)\s+"
                              r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})")
_ANOTHER = re.compile(r"(?:[Aa]nother|[Aa] second|[Aa] third|[Oo]ne other)\s+\w")
# a wire story's first words: an optional dateline ("NEW YORK, March 3 - "), then a company
# named with its legal form ("Borden Inc", "<Fiduciary Trust Co International>")
_LEGAL_FORMS = "Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|LLC|Group"  # as written after a firm's name
_LEAD_FIRM_VERB = re.compile(r"(?:[ \t]+(?:" + _LEGAL_FORMS + r")\.?)?(?:[ \t]+<[^>\n]{1,12}>)?(?:[ \t]+\([^)\n]{1,30}\))?"
                             r"[ \t]+(?!and\b)[a-z]+\b")
# a wire story's dateline: "LOS ANGELES, March 9 - ", "CUPERTINO, California (Reuters) - ", "LONDON, Sept 9 (AP) -- "
_WIRE_LEAD = (r"[A-Z][A-Za-z.' ]*(?:,[ \t]+[A-Z][A-Za-z.' ]*)*(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|(?=[ \t]+\())"
              r"(?:[ \t]+\([A-Z][\w.]*\))?[ \t]+(?:-{1,2}|[\u2015\u2014\u2013])[ \t]+")
_LEAD_COMPANY = re.compile(
    r"[ \t\n]*(?:" + _WIRE_LEAD + r")?<?"
    r"(?P<name>(?:[A-Z][\w&'.-]*[ \t]+(?:(?:of|and)[ \t]+)?){0,5}?(?:" + _LEGAL_FORMS + r"|Cos|Bancorp|Bancorporation|Bancgroup|"
    r"Bancshares)"  # ("Barnett Banks of Florida Inc proposed ...")
    r"(?![\w-])(?:[ \t]+International)?)")
# a story's lead on a company's shares: "Shares in Halden Retail fell 18 percent", "LONDON (Reuters) -
# Shares of Germany's ThyssenKrupp rose" (the firm, not "Germany's")
_LEAD_SHARES = re.compile(
    r"[ \t\n]*(?:" + _WIRE_LEAD + r")?(?:[Tt]he[ \t]+)?(?:Shares|Stock)[ \t]+(?:in|of)[ \t]+(?:[A-Z][a-z]+['\u2019]s[ \t]+)?"
    r"(?P<name>(?:[A-Z][\w&'.-]*[ \t]+){0,3}[A-Z][\w&'.-]*)(?=[ \t]+(?:fell|rose|jumped|slumped|plunged|soared|dropped|"
    r"climbed|tumbled|surged|slid|gained|sank|rallied|were|have|had|closed|ended|traded)\b)")
# a wire story's dateline, then its first speaker and "said": "LOS ANGELES, March 9 - Flying Tigers said"
# a byline: "By Lee Park", "*By Lee Park*"
BYLINE = re.compile(r"[ \t*_]*(?:[Bb]y|BY)[ \t]+[A-Z]")
_BYLINE_LINE = re.compile(r"\n+" + BYLINE.pattern + r"[^\n]*")  # (the next line, a byline)
# words for a firm, beyond the ones that open a sentence before its name, that a wire's lead puts first:
# "Oil major BP said", "British retailer Marks & Spencer reported"
_LEAD_FIRM_KINDS = frozenset("bank group firm company giant major maker producer chain operator manufacturer supplier "
                             "distributor exporter importer refiner".split())
_LEAD_SPEAKER = re.compile(
    r"[ \t\n]*" + _WIRE_LEAD
    # (after what the firm is: "British retailer Marks & Spencer reported", "Oil major BP said")
    + r"(?:(?:[A-Z][a-z]+[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}(?:" + trie_regex(FIRM_KIND_OPENERS | _LEAD_FIRM_KINDS) + r")[ \t]+)?"
    r"(?P<name>(?:(?:[A-Z][\w&'.-]*|&|and)[ \t]+){0,4}[A-Z][\w&'.-]*)[ \t]+(?:said|reported|announced)\b")
# and a story's first subject after its headline, doing something: "Northern Rail has apologised ..."
_LEAD_SUBJECT = re.compile(
    r"[ \t\n]*(?:" + _WIRE_LEAD + r")?(?:The[ \t]+)?(?P<name>(?:[A-Z][\w&'.-]*[ \t]+){0,4}[A-Z][\w&'.-]*)[ \t]+"
    r"(?:has|have|had|is|was|will|said|says|announced|reported|confirmed|apologised|apologized|warned)\b")
# or a name of two words or more and its act, a past tense: "Southwest Airlines canceled 1,200 flights"
_LEAD_FIRM_ACT = re.compile(r"[ \t\n]*(?:" + _WIRE_LEAD + r")?(?:The[ \t]+)?(?P<name>(?:[A-Z][\w&'.-]*[ \t]+){1,4}[A-Z][\w&'.-]*)[ \t]+"
                            r"(?:[a-z]{3,}ed|cut|made|took|won|lost|sold|bought)\b")


# a style of a place, alone after "the": "the Bishop" after "The Bishop of Durham"
_THE_STYLE = re.compile(r"(?:[Tt]he[ \t]+)?(" + "|".join(sorted(STYLED_OF)) + r")")
# a statement or release named as the speaker: who issued it, when the text says so
_STATEMENT_MENTIONS = frozenset(("the statement", "the release", "the press release", "the news release"))
def _issued_in(cues: str, nouns: str) -> re.Pattern:
    """ "X said in a statement" / "In a statement, X said", for these cues and these documents' nouns."""
    return re.compile(
        r"\b(?:(?P<cue>" + cues + r")(?:[ \t]+(?:on|late|early)[ \t]+\w+)?"
        r"(?:[ \t]+in)?|(?<![a-z][ \t])[Ii]n)[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
        r"(?:" + nouns + r")\b")


_ISSUED_STATEMENT = _issued_in(r"said|says|added|announced|stated|issued|released|put[ \t]+out", "statement|release")
# the subject after "In a blog post," and its verb
_SUBJECT_AFTER_DOCUMENT = re.compile(r",[ \t]+(?P<np>[Tt]he[ \t]+[a-z]+|[A-Z][\w&.'\u2019-]*(?:[ \t]+[A-Z][\w&.'\u2019-]*){0,3})"
                                     r"[ \t]+(?:said|says|wrote|writes|added|posted)\b")
# a document of someone's that later speaks by its noun: "the post said", "the letter added"
_POSTED_MENTION = re.compile(r"[Tt]he[ \t]+(post|letter|memo|email|note|message|blog)")


@lru_cache(maxsize=None)
def _issued_document(noun: str) -> re.Pattern:
    """:data:`_ISSUED_STATEMENT` for another document: "In a blog post, X said", "X wrote in a letter"."""
    return _issued_in("said|says|added|wrote|writes|posted|sent|announced", re.escape(noun))


_NAME_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))  # after a surname: "Fred Trump Jr."
_PARTNERS_WORDS = frozenset("associates partners consultants brothers sons".split())  # "Anthony Bird Associates"
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "DVDs", "MPs", "SUVs": things or people, no firm


def _lead_subject_a_firm(name: str) -> bool:
    """May a story's first subject be the firm a later "the company" stands for? Not a public
    body, an outlet, a place, a word that opens sentences ("That is ...", "Britain has ...") or an
    acronym's plural ("DVDs will be harder to copy")."""
    words = name.split()
    return words[0] not in NOT_SUBJECT and words[0] not in DATE_WORDS and name.lower() not in countries() \
        and not _ACRONYM_PLURAL.fullmatch(words[-1]) \
        and name not in nationalities() and not set(name_tokens(name)) & _PUBLIC_BODY_WORDS and not is_outlet(name)


# organisation words that name public bodies, not firms or outlets
_PUBLIC_BODY_WORDS = (ORG_WORDS - COMPANY_ENDS - frozenset(
    "company bank chamber network news times post journal reuters bbc cnn nbc abc cbs npr".split())) | frozenset(
    "authority school hospital church".split())
_FIRM_SHAPED = re.compile(r"(?:[A-Z]{2,}|(?:[A-Z]\.){2,})\s|.*\s(?:Canada|America|USA|UK|International)$")
_INDUSTRY_WORDS = frozenset("""oil gas energy shipping chemical chemicals software computer computers drug drugs
    insurance steel mining media airline airlines car auto retail food tobacco telecoms telecommunications
    technology engineering construction utility power investment holding brewing clothing fashion grocery
    supermarket mortgage chip phone electronics pharmaceutical pharmaceuticals industrial industrials aerospace
    defence defense packaging logistics travel leisure property cement""".split())
# nouns for an outlet right before its name: "the journal Animal Cognition", "property website Rightmove"
_OUTLET_NOUNS = frozenset("journal newspaper magazine paper website tabloid broadsheet weekly daily".split())
# nouns for a firm right before its one-word name ("oil firm Yukos", "analysts Gartner"), and
# what follows a firm's name ("Texaco Inc", "Yukos <YUKO>")
_FIRM_NOUNS = frozenset("""firm company giant maker makers group retailer carrier airline insurer
    manufacturer producer chain operator provider developer publisher analysts broadcaster conglomerate rival
    subsidiary unit brewer bank lender supermarket utility""".split())
# a firm's shares after its name: "Electrolux saw its shares rise", "Electrolux shares fell", "Electrolux's share price"
_SHARES_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+(?:saw[ \t]+its[ \t]+)?(?:shares|share[ \t]+price|stock[ \t]+price)\b")
_FIRM_AFTER = re.compile(r"[ \t]+(?:(?:" + _LEGAL_FORMS + r"|Holdings)\b|<)")
# a style by which a person of one name is known ("Pope Francis", "King Charles", "Prince Harry", "Sheikh Hasina")
_STYLE_BEFORE_ONE_NAME = re.compile(r"(?<![\w.])((?:Crown[ \t]+)?(?:Prince|Princess)|Pope|King|Queen|Emperor|Empress|Sheikh|"
                                    r"Sheikha|Emir|Sultan)[ \t]+$")
# a document that speaks: "The memo says ... It adds"
_DOCUMENT_WORD = re.compile(r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(DOCUMENT_WORDS) + r")\b"
                            r"|^(?:[Tt]he|[Aa]n?)\s+(?:(?:[A-Z][\w'\u2019-]*|[a-z][\w-]*)\s+){0,3}(?:"
                            # (or a newspaper: "the People's Daily overseas edition said ... It said")
                            r"edition|newspaper|magazine|journal|weekly)\b")
_FIRM_LAST_AFTER = re.compile(r"[ \t]+(Air[ \t]+Lines|[A-Z][a-z]+)\b")  # (a firm's last word: _FIRM_LAST)


# a two-word name: another person of a surname ("Naghmeh Abedini" for "Mrs. Abedini")
_OTHER_FIRST = re.compile(r"(?<![\w.])[A-Z][a-z'\u2019-]+[ ][A-Z][a-z'\u2019-]+(?![\w-])")
_SCHOLARLY_TITLES = frozenset(("Professor", "Prof", "Dr", "Doctor"))
_HONORIFIC_GENDER = {"Mr": "male", "Mr.": "male", "Mrs": "female", "Mrs.": "female", "Ms": "female",
                     "Ms.": "female", "Miss": "female"}
_TITLE_RIGHT_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?)[ \t]+$")  # ("President Vladimir V. Putin": his title)
_HONORIFIC_RIGHT_BEFORE = re.compile(r"(?<![\w.])(" + "|".join(sorted({h.rstrip(".") for h in _HONORIFIC_GENDER}))
                                     + r")\.?[ \t]+$")
_SAME_HEAD = {"paper": ("paper", "newspaper"), "newspaper": ("newspaper", "paper")}
# "the president", "the senator": the title written before the name of the person it stands for
_OFFICE_ALIASES = {
    "president": r"President", "senator": r"(?:Senator|Sen\.)", "governor": r"(?:Governor|Gov\.)",
    "mayor": r"Mayor", "prime minister": r"Prime\s+Minister", "chancellor": r"Chancellor",
    "congressman": r"(?:Congressman|Rep\.)", "congresswoman": r"(?:Congresswoman|Rep\.)",
    "premier": r"Premier", "ambassador": r"Ambassador",
    # a judge by the title of the bench: "Mr Justice Goss ... the judge said", "Justice Ginsburg ... the justice"
    "judge": r"(?:Judge|(?:(?:Mr|Mrs|Ms)\.?\s+)?Justice)", "justice": r"(?:(?:Chief\s+)?Justice)",
    # a portfolio's holder: "Finance Minister Edouard Balladur ... The minister said" (not the prime one)
    "minister": r"(?<!Prime )Minister", "secretary": r"(?<!Press )(?<!General )Secretary",
    "secretary-general": r"Secretary[- ]General", "secretary general": r"Secretary[- ]General",
    # a police officer's rank: "Detective Inspector Amir Khan ... The officer added"
    "officer": r"(?:Detective\s+)?(?:Chief\s+)?(?:Inspector|Superintendent|Sergeant|Constable|Sgt\.|Insp\.|Supt\.)",
    "detective": r"Detective(?:\s+(?:Chief\s+)?(?:Inspector|Superintendent|Sergeant|Constable))?",
}


def _other_gender(ent: "_Entity", gender: str) -> bool:
    """Is this a person of the other gender (by honorific, pronoun or given name)?"""
    if ent.kind != "person":
        return False
    g = ent.gender or given_names().get(ent.tokens[0] if ent.tokens else "")
    return g is not None and g != gender


class Resolver:
    """Entities of one article: names, anonymous descriptions, pronoun antecedents."""

    def __init__(self, text: str, masked: str):
        self.text = text
        self.masked = masked
        self._introduced: dict[int, tuple[str | None, list[Role]]] = {}
        self._epithets: dict[int, tuple[int, int]] = {}  # a person's first epithet ("the Arsenal manager"), where
        # it stands: the roles it gives when the article gave none where it named them
        self._unresolved_epithets: set[int] = set()  # anonymous sources read from an epithet no one named was
        self._others: set[int] = set()  # sources read from "another" after one of that kind ("Another said")
        self._headline_findings: set[int] = set()  # findings labelling a headline ("Poll: ..."): see headline_finding
        self._given_name_uses: dict[str, tuple[int, int]] = {}  # a given name's first use alone and after a title
        self._alone_names: dict[str, bool] = {}  # given names a story calls someone by alone (_given_name_alone)
        self.entities: list[_Entity] = []
        self._cache: dict[tuple[int, int], _Entity | None] = {}
        self._speakers: list[tuple[int, _Entity]] = []  # (where a speaker's mention stands, who) as resolved

    def spoke(self, pos: int, ent: "_Entity | None") -> None:
        """Note that ``ent`` speaks at ``pos`` (a quotation's or a report's speaker)."""
        if ent is not None:
            self._speakers.append((pos, ent))

    def last_speaker_before(self, pos: int) -> "_Entity | None":
        """Who spoke last before ``pos`` among the speakers noted so far."""
        best = max(((p, e) for p, e in self._speakers if p < pos), default=None, key=lambda pe: pe[0])
        return best[1] if best is not None else None

    def resolve_report_pronoun(self, men: Mention, named: frozenset[str]) -> "_Entity | None":
        """The antecedent of a pronoun that attributes a report at its end, not a person the report
        names ("Also, Trump isn't a conservative, he said": someone else), unless the last speaker is
        among those names ("UFCWU spokesman John Mancuso said. ... a proposal by John Morrell ..., he
        said": Mancuso, whose given name the report has) or no one else is there ("Chris Shays was pro
        John Kasich ..., he said")."""
        key = (men.start, men.end)
        if key not in self._cache:
            last = self.last_speaker_before(men.start)
            if last is not None and last.kind == "person" and named_in(last.tokens, named):
                named = frozenset()
            ent = self._pronoun(men, named) if named else None
            self._cache[key] = ent if ent is not None else self._resolve(men)
        return self._cache[key]

    @cached_property
    def _full_name_index(self) -> tuple[dict[str, int], dict[str, int]]:
        """First position of each full name's last and first word (for the known-name check)."""
        lasts: dict[str, int] = {}
        firsts: dict[str, int] = {}
        for q, fn in self.full_names:
            toks = name_tokens(fn)
            if toks:
                lasts.setdefault(toks[-1], q)
                firsts.setdefault(toks[0], q)
        return lasts, firsts

    @cached_property
    def _full_names_by_surname(self) -> dict[str, list[tuple[int, str]]]:
        """The full names of :attr:`full_names` by their last word, each list in text order."""
        index: dict[str, list[tuple[int, str]]] = {}
        for p, fn in self.full_names:
            if toks := name_tokens(fn):
                index.setdefault(toks[-1], []).append((p, fn))
        return index

    def told_in_headline(self, start: int, end: int) -> bool:
        """Is the word at ``start:end`` a place where things are told, in a headline's passive ("Jury told
        defendant 'lied repeatedly'", "Inquest told nurse 'ignored warnings'": the jury was told; the words
        are a witness's or the prosecution's, no one's the headline names)?"""
        return start < self.headline_end and self.masked[start:end] in _HEARINGS \
            and self.masked.startswith(" told ", end)

    @cached_property
    def headline_end(self) -> int:
        """Where a headline on the first line ends (0 if the text opens with no headline: a wire
        story's dateline and lead, or a first line too long for a title)."""
        nl = self.masked.find("\n")
        return nl if 0 < nl <= 200 and WIRE_DATELINE.match(self.masked) is None else 0

    @cached_property
    def _title_case_headline_end(self) -> int:
        """Where a headline in title case ends (its words of three letters or more capitalised, but for a few
        short function words), 0 if the text opens with none ("Hillary Clinton met Bernie Sanders" is a sentence)."""
        words = [w for w in self.masked[:self.headline_end].split() if len(w) >= 3 and w.lower() not in _TITLE_CASE_SMALL]
        return self.headline_end if len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.9 * len(words) else 0

    @cached_property
    def _lead_start(self) -> int:
        """Where the story's first paragraph starts: after a headline and a byline ("By Lee
        Park"), where the text opens with them."""
        pos = self.headline_end
        while pos and (line := _BYLINE_LINE.match(self.masked, pos)) is not None:
            pos = line.end()
        return pos

    def _lead_company_alone(self, lead: re.Match, pos: int) -> bool:
        """Is the lead's company (the match of :meth:`_lead_company_match`) the first sentence's subject alone, its
        verb next ("Turner and Newall Plc said", not "LDBrinkman Corp Chairman L.D. Brinkman and members of his family
        said", "Fidelity International Ltd ... and an affiliated investment firm said"), and not named again in the
        sentence from ``pos`` on ("The group said it is ending its tender offer for GenCorp")?"""
        end = m.start() if (m := _SENTENCE_END.search(self.masked, pos)) is not None else len(self.masked)
        return _LEAD_FIRM_VERB.match(self.masked, lead.end("name")) is not None \
            and lead.group("name").split()[0] not in self.masked[pos:end]

    def _lead_company(self, pos: int) -> str | None:
        """The company a story opens with, by its legal form ("NEW YORK, March 3 - Borden Inc called ...",
        "Nike Inc shares fell"), in its first paragraph, else its headline ("Acme Corp in trouble"),
        if named before ``pos``."""
        lead = self._lead_company_match(pos)
        return lead.group("name") if lead is not None else None

    def _lead_company_match(self, pos: int) -> re.Match | None:
        """The match of :meth:`_lead_company`'s name (its group "name"), or None."""
        lead = _LEAD_COMPANY.match(self.masked, self._lead_start) or _LEAD_COMPANY.match(self.masked) \
            or _LEAD_SHARES.match(self.masked, self._lead_start)
        if lead is None or lead.end("name") > pos or lead.group("name").lower() in countries():
            return None
        return lead

    @cached_property
    def _lead_text_start(self) -> int:
        """Where the first paragraph's words start (``_lead_start`` less the blank space before them)."""
        ls = self._lead_start
        while ls < len(self.masked) and self.masked[ls] in "\n \t":
            ls += 1
        return ls

    def _known_firm_leading(self, pos: int) -> str | None:
        """The firm the firm list knows that opens the story's first sentence, after any dateline, as
        its subject ("LONDON (Reuters) - Unilever is exploring a sale ..."), if named before ``pos``."""
        ls = self._lead_text_start
        dm = WIRE_DATELINE.match(self.masked, ls)
        m = _CAPITALISED_RUN.match(self.masked, dm.end() if dm is not None else ls)
        if m is None or m.end("name") > pos:
            return None
        return _known_firm_opening(m.group("name").split())

    def _central_bank_leading(self, pos: int) -> str | None:
        """The central bank that opens the story's first sentence, after any dateline, as its subject
        ("The Federal Reserve held interest rates steady ..."), if named before ``pos``."""
        ls = self._lead_text_start
        dm = WIRE_DATELINE.match(self.masked, ls)
        m = _CENTRAL_BANK_LEAD.match(self.masked, dm.end() if dm is not None else ls)
        return m.group("bank") if m is not None and m.end("bank") <= pos else None

    def _central_bank_named_before(self, pos: int) -> str | None:
        """The one central bank the text names before ``pos`` ("... enabled the Bank of Canada to make ...,
        the central bank said"), if it names exactly one."""
        found = set()
        for m in _CENTRAL_BANK_NAMED.finditer(self.masked, 0, pos):
            place = m.group("country") or m.group("place")
            before = self.masked[max(0, m.start() - 20):m.start()].split()
            if place is not None and place.lower() not in countries() \
                    or before and before[-1][:1].isupper() and before[-1] not in ("The", "the"):
                continue  # (not "Bank of America", "First Central Bank", "the Commercial Bank of Qatar")
            found.add(re.sub(r"\s+", " ", m.group("bank")))
        return found.pop() if len(found) == 1 else None

    def _known_firm_in_lead(self, pos: int) -> str | None:
        """The first firm the firm list knows that the story's first paragraph names, before ``pos``."""
        ls = self._lead_text_start
        end = min(pos, (self.masked.find("\n", ls) + 1 or len(self.masked) + 1) - 1)
        return next((firm for m in _CAPITALISED_RUN.finditer(self.masked, ls, end)
                     if (firm := _known_firm_opening(m.group("name").split())) is not None), None)

    def on_credit_line(self, pos: int) -> bool:
        """Is ``pos`` on the headline (one sentence at most) or on a byline? The names there
        are the headline's or the writer's, not the story's people."""
        start = self.masked.rfind("\n", 0, pos) + 1
        if start == 0:
            return pos < self.headline_end and ". " not in self.masked[: self.headline_end]
        return BYLINE.match(self.masked, start) is not None

    @cached_property
    def full_names(self) -> list[tuple[int, str]]:
        """Full names in the text (scanned only when a surname needs resolving)."""
        names = self._scan_names(self.masked)
        if "J" in self.masked:  # and a given name in initials: "Sen. JD Vance ... Vance told reporters"
            names = sorted(names + [(m.start(), m.group(0)) for m in _INITIALS_GIVEN_NAME.finditer(self.masked)])
        return names

    def subjects_between(self, lo: int, hi: int) -> list[str]:
        """The names that start sentences between ``lo`` and ``hi``."""
        subjects = self._subjects  # (sorted (position, name) pairs: (lo,) sorts before (lo, name))
        return [name for _, name in subjects[bisect_right(subjects, (lo,)) : bisect_right(subjects, (hi,))]]

    @cached_property
    def _subjects(self) -> list[tuple[int, str]]:
        """Names that start sentences: likely antecedents of pronouns (scanned on demand)."""
        return self._subject_scan[0]

    @cached_property
    def _fronted_subjects(self) -> list[tuple[int, str]]:
        """Names that open a fronted subordinate clause ("When Alan Telfer started work ..."):
        antecedents only when no other is found."""
        return self._subject_scan[1]

    @cached_property
    def _role_named_ones(self) -> set[int]:
        """Where one name stands after a role head and before its verb ("Brazilian midfielder Edu has hit out"): a
        person's, though the name lists lack it."""
        return self._subject_scan[3]

    @cached_property
    def _bodies_by_trade(self) -> set[int]:
        """Where a name stands after a body's kind and before its verb ("The state news agency Tanjug was more
        optimistic"): a body's, though the word lists do not know it."""
        return self._subject_scan[4]

    @cached_property
    def _role_appositives(self) -> set[int]:
        """Where names stand in apposition after a person's role (" its president, Zebulon Monk, said"):
        people, though the name lists lack the given name."""
        return self._subject_scan[2]

    @cached_property
    def _subject_scan(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]], set[int], set[int], set[int]]:
        found, fronted = [], []
        # (the lead after a headline and byline too: "Brightline cuts jobs\n\nLONDON (Reuters) - Brightline ...")
        ls = self._lead_text_start
        dm = WIRE_DATELINE.match(self.masked) or (WIRE_DATELINE.match(self.masked, ls) if ls else None)
        lead = _SUBJECT.at_start.match(self.masked, dm.end()) if dm is not None else None
        if dm is not None and (dl := _DESC_SUBJECT.at_start.match(self.masked, dm.end())) is not None:
            # "WASHINGTON, June 24 (UPI) - Presumptive Democratic presidential nominee Hillary Clinton
            # unveiled": the name after the role, not "Presumptive Democratic"
            found.append((dl.start("name"), dl.group("name")))
            lead = None
        for m in ([lead] if lead is not None else []) + list(_SUBJECT.finditer(self.masked)):
            # (and the story's first subject after a wire's dateline: "NEW YORK, Oct 20 - Ford ...")
            name, pos = m.group("name"), m.start("name")
            if _INITIALS_AFTER_PREP.search(self.masked, max(0, pos - 16), pos):
                continue  # "Caroline Levy of E.F. Hutton also believes ...": a firm's initials, no sentence's end
            if _OF_INITIALS.match(self.masked, m.end("name")) and name.split()[0].lower() not in given_names():
                continue  # (the person of a firm named by initials: a given name first)
            first = name.split()[0]
            if len(first) > 1 and first.isupper() and " " in name \
                    and not any(w.lower() in given_names() for w in name.split()[1:]):
                continue  # an acronym opens a person's title ("UK Chancellor Gordon Brown"), not a firm's
                # name ("BHP Steel International", "ITT Corp's Sheraton Corp")
            if first in _SUBORDINATORS:
                # "If Trump doesn't ..., he said": the subject of a fronted subordinate clause is
                # mostly not who the main clause's pronoun is (and "Although" is no name)
                if " " in name:
                    fronted.append((pos + len(first) + 1, name[len(first) + 1:].lstrip()))
                continue
            if (first in _NAME_MODIFIERS or first in DATE_WORDS or first in _LINKING_WORDS or first in _PAIR_OPENERS) \
                    and " " in name:  # ("Neither Mr Howard nor Mr Letwin would say": Mr Howard)
                # "Former President Bill Clinton agreed", "On Friday Reagan said"
                pos += len(first) + 1
                name = name[len(first) + 1:].lstrip()
            elif first == "The" and len(name.split()) >= 3 and (last := name.split()[-1].lower()) \
                    and (last in ORG_WORDS - _NOT_ALONE_BODY or last in _FIRM_ENDS):
                # "WASHINGTON, April 2 - The Environmental Protection Agency proposed rules ... It said":
                # a body's name (what "it" may stand for; the lead's firm scan reads legal forms only)
                pos += 4
                name = name[4:].lstrip()
            elif first in NOT_SUBJECT:
                continue
            if name.endswith(("'s", "\u2019s")):
                name = name[:-2]  # "Bill Conti's job ... he said": the owner is the antecedent
            found.append((pos, name))
        found += [(m.start("name"), m.group("name")) for m in _source_openings(self.masked)
                  if not _place_or_body_word(m.group("name").split(), bodies=True)]
        # ("According to Gwyn Price, the storm destroyed three barns. '...,' he told the BBC": his)
        found += [(m.start("name"), m.group("name")) for m in _FRONTED_ROLE_SUBJECT.finditer(self.masked)
                  if not _place_or_body_word(m.group("name").split())
                  and not (m.group("body") and m.group("body").split()[0].lower() in given_names())]
        # (nor a person doing something to another: "Victoria Wood hit comedian Sacha Baron Cohen")
        # (a person's: not a nationality, "former South African president Nelson Mandela")
        ones = [(m.start("name"), m.group("name")) for m in _DESC_SUBJECT_ONE.finditer(self.masked)
                if m.group("name").lower() not in ORG_WORDS and not is_known_firm(m.group("name"))
                and not _place_or_body_word([m.group("name")])]
        found += ones
        traded = [(m.start("name"), m.group("name")) for m in _FIRM_BY_TRADE_SUBJECT.finditer(self.masked)
                  if m.group("name").split()[0].lower() not in given_names()]
        traded += [(m.start("name"), m.group("name")) for m in _THE_ACRONYM_SUBJECT.finditer(self.masked)
                   if m.group("name") not in PLACE_ABBREVIATIONS]  # (not "The US proposed": a country is no "it")
        traded += [(m.start("name"), m.group("name")) for m in _SHARES_OF_SUBJECT.finditer(self.masked)
                   if m.group("name").split()[0].lower() not in given_names()
                   and not place_name(m.group("name"))]
        # ("Shares in American Express surged after it said ...": the firm whose shares moved; not "Shares in Tokyo")
        found += traded
        found += [(m.start("name"), m.group("name")) for rx in (_DESC_SUBJECT, _FRONTED_DESC_SUBJECT)
                  for m in rx.finditer(self.masked)
                  if not (self.masked.startswith(".", m.start()) and self.masked[m.start() - 1:m.start()].isupper()
                          and self.masked[m.start() - 2:m.start() - 1] == ".")]
        # (not after an abbreviation's full stop: "between U.S. Treasury Secretary James Baker, ...")
        found += [(m.start("name"), m.group("name")) for m in _DESC_PLACE_SUBJECT.finditer(self.masked)
                  if (place := m.group("place").lower()) in _CAPITALS or place in countries()]  # ("expert in Tokyo Tomas
        # de Hora": a person, after a city or a country; not "analyst at Morgan Stanley Dean Witter")
        found += [(m.start("name"), m.group("name")) for m in _AND_SUBJECT.finditer(self.masked)  # (the appositive
                  # in a group: what the name is, a person by a role, "a senior project manager at Nokia")
                  if (m.group("verb") in cues().words or (m.group("verb") in ("was", "is", "has", "had")
                                                          or m.group("verb").endswith("ed"))
                      and self.masked.startswith("but", m.start()))  # ("It's a big if, but Sanders was in
                  # San Diego ... '...,' he said": the clause's subject after ", but")
                  and m.start() > 0 and not self.masked[m.start() - 1].isalnum()
                  and _AND_BEFORE.search(self.masked, max(0, m.start() - 30), m.start())
                  and (" " not in m.group("name") or person_like_name(m.group("name").split())
                       or m.group("app") is not None and any(person_noun(w.strip(",")) for w in m.group("app").split()))]
        found += list(self._kin_names.items())
        # ("Yet there in the back was Garcia, the grocery store worker. He was not feeling it": a person introduced
        # after "was", an appositive after the name; one named in full, or by a surname the text gave in full)
        found += [(m.start("name"), m.group("name")) for m in _INTRODUCED_AFTER_BE.finditer(self.masked)
                  if person_like_name(m.group("name").split()) or " " not in m.group("name")
                  and self._full_names_by_surname.get(m.group("name").lower())]
        found += [(m.start("name"), m.group("name")) for m in _ROLE_THEN_NAME_AFTER_BE.finditer(self.masked)
                  if person_like_name(m.group("name").split())]  # ("Among the protesters was the television
        # presenter Jeremy Clarkson, who farms in the Cotswolds. He said": the role first)
        found += [(m.start("name"), m.group("name")) for m in _PERSON_OF_BODY_SUBJECT.finditer(self.masked)
                  if person_like_name(m.group("name").split()) or _titled_person_name(m.group("name").split())]
        # ("But William Corr of the Campaign for Tobacco-Free Kids urged ...", "Prof Oliver Jones of RMIT University
        # said ...": a person of a body opening the sentence, then its verb)
        body_lead = _BODY_OF_SUBJECT.at_start.match(self.masked, dm.end()) if dm is not None and ")" in dm.group() \
            else None  # (an agency's dateline: "LONDON (Reuters) - ")
        found += [(m.start("name"), m.group("name"))
                  for m in ([body_lead] if body_lead is not None else []) + list(_BODY_OF_SUBJECT.finditer(self.masked))
                  if m.group("head").lower() in ORG_WORDS - _NOT_ALONE_BODY]  # "The Bank of England kept rates"
        found += [(m.start("name"), m.group("name")) for m in _POSSESSED_SUBJECT.finditer(self.masked)]
        found += [(m.start("name"), m.group("name")) for m in _INVERTED_SUBJECT.finditer(self.masked)
                  if self.masked[m.start() - 2:m.start()] in (", ", "\u201d ", '" ', "' ", "\u2019 ", MASK + " ")]
        # (after a comma or a quotation: not "he said Ryan.")
        after_role = set()
        for rx in (_APPOSITIVE_NAME, _BARE_APPOSITIVE_SUBJECT):
            for m in rx.finditer(self.masked):
                words = m.group("name").split()
                if person_like_name(words) or _titled_person_name(words) and not (  # a person's, not "Our Revolution"
                        self.masked.startswith(".", m.start()) and self.masked[m.start() - 1:m.start()].isupper()):
                    # ("President Volodymyr Zelenskiy, speaking in ..."; not after an abbreviation's full stop: "the
                    # death of four Americans: U.S. Ambassador Chris Stevens, ...")
                    found.append((m.start("name"), m.group("name")))
                elif self._role_right_before(m.start()) or rx is _BARE_APPOSITIVE_SUBJECT and len(words) == 2 \
                        and _role_appositive_after(self.masked, m.end("name")) or len(words) in (2, 3, 4) \
                        and m.group("name") not in us_states() and m.group("name").lower() not in countries() \
                        and (db := _described_before(self.masked, m.start("name"))) is not None \
                        and _described_head(self.masked[db[0]:db[1]]) not in FIRM_PARTS | ORG_WORDS:
                    # after a person's role: "The National Farmers' Union's president, Minette Batters, called", "The
                    # council's cabinet member for housing, Olly Monk, said" (a person, whatever the name lists know;
                    # and a role of a place: "The MP for Coventry North East, Taiwo Owatemi, apologised")
                    found.append((m.start("name"), m.group("name")))
                    if m.group("name") not in us_states() and m.group("name").lower() not in countries():
                        after_role.add(m.start("name"))
        return sorted(found), fronted, after_role, {p for p, _n in ones}, {p for p, _n in traded}

    def _role_right_before(self, pos: int) -> bool:
        """Does a person's role end right before ``pos`` ("its president", "the minister for housing"),
        not a firm's part ("Another ENI subsidiary")?"""
        wb = _ROLE_PORTFOLIO_BEFORE.search(self.masked, max(0, pos - 50), pos) \
            or _WORD_BEFORE.search(self.masked, max(0, pos - 30), pos)
        word = wb.group(1).lower() if wb is not None else ""
        return (word in role_heads() or word in role_nouns() or word in KIN_NOUN_GENDER) and word not in FIRM_PARTS \
            and word not in ORG_WORDS  # (and a relative: "His father, Hemant Mishra, said ... he said")

    @staticmethod
    def _scan_names(masked: str) -> list[tuple[int, str]]:
        out = []
        for m in _FULLNAME.finditer(masked):
            name = m.group(0)
            toks = name.split()
            if (toks[0] in ("The", "the") or masked.endswith("the ", 0, m.start())) and len(toks) >= 2 \
                    and toks[-1].endswith("s") and not toks[-1].endswith(("ss", "'s", "\u2019s")) \
                    and not any(t in titles() or t.rstrip(".") in titles() or t.lower() in given_names()
                                or t.endswith(("'s", "\u2019s")) for t in toks):
                continue  # "the Kansas City Chiefs", "The Buffalo Bills": a team, a band, no person's full name
            for i in range(len(toks) - 2, -1, -1):
                if "-" in toks[i] and toks[i].rsplit("-", 1)[1] in titles():
                    toks = toks[i + 1:]  # "Post Editor-in-Chief Martin Baron", "Rear-Admiral Augustus Aikhomu":
                    break  # a title with hyphens, no given name ("Jean-Pierre")
            for i in range(len(toks) - 2, -1, -1):
                w = toks[i]
                if w.endswith(".") and len(w) > 3 and w[:-1].isalpha() and w not in titles() \
                        and w[:-1] not in titles() and w[:-1].lower() not in _NAME_ABBREVIATIONS:
                    toks = toks[i + 1:]  # "... on 5 May. On Tuesday Mr Kennedy will": a sentence ended
                    break
            while toks and (toks[0] in titles() or toks[0].rstrip(".") in titles() or toks[0] in OPENERS
                            or toks[0] in ("The", "A", "An")  # "The Redstone offer": no full name "The Redstone"
                            or toks[0].lower() in FIRM_KIND_OPENERS  # "Chipmaker Arm beats forecasts": what it is
                            or toks[0] in DATE_WORDS  # "On Monday Doherty faced charges": no "Monday Doherty"
                            or toks[0] in _SUBORDINATORS or toks[0] in _NAME_MODIFIERS or toks[0].replace("\u2019", "'") in _CONTRACTED):
                if toks[0] in _BEFORE_MONTH and len(toks) > 1 and toks[1] in _NAME_MONTHS:
                    toks = toks[1:]  # "Last June Grewcock": a month, though also a given name
                toks = toks[1:]
            if (h := next((n for n, t in enumerate(toks) if n and t.rstrip(".") in _HONORIFICS), None)) is not None:
                toks = toks[h + 1:]  # "Back in Washington Mr Smith said": a place, then the honorific, no
                # full name "Washington Mr Smith"
            parts = [toks]
            if (k := next((n for n, t in enumerate(toks[:-1]) if t.endswith(("'s", "\u2019s"))), None)) is not None:
                # "James Newton's Choir": the owner, not the thing owned; "the LDP Policy Affairs Research
                # Council's Chairman Masayoshi Ito": the owner's officer, named after his title; "Fed's Waller
                # says": no full name "Fed's Waller"
                parts = [toks[:k + 1], toks[k + 1:]]
            for toks in parts:
                if toks and toks[-1].endswith(("'s", "\u2019s")):
                    toks = toks[:-1] + [toks[-1][:-2]]
                if len(toks) >= 3 and toks[-1].rstrip(".,") in _NAME_SUFFIXES:
                    toks = toks[:-1]  # "Harry B. Harris Jr.": the surname before the suffix
                toks = _after_title(toks)
                if len(toks) >= 2 and not any(t.lower().rstrip(".") in ORG_WORDS for t in toks) \
                        and (toks[-1] not in _DAY_WORDS or toks[0].lower() in given_names()):
                    # (not "Every Thursday", "Last Monday": a day; but "Mike Friday", England's coach)
                    full = _from_given_name(" ".join(toks))
                    off = name.find(full)  # where the name starts, after a title ("Dr Helen Marsh")
                    out.append((m.start() + (off if off >= 0 else max(name.find(full.split()[0]), 0)), full))
        return out

    def _new(self, name: str, kind: str, pos: int, gender: str | None = None) -> _Entity:
        name = " ".join(name.split())  # a blanked nickname leaves spaces: 'Marcia       Price'
        if kind == "person":
            name = _from_given_name(_uncapped(name))
            if (om := _OWNER_OR_ORIGIN_FIRST.match(name)) is not None and (
                    not om.group(0).rstrip().endswith("s") or len(rest := name[om.end():].split()) >= 2
                    and (rest[0].lower() in given_names() or rest[0].rstrip(".") in _HONORIFICS
                         or len(rest) <= 3 and _owner_is_a_body(om.group(0).strip()[:-2])
                         and not any(w.lower() in ORG_WORDS or w.lower() in _FIRM_LAST for w in rest))):
                name = name[om.end():]  # "MSNBC's Ayman Mohyeldin", "Texas-based Matt Mackowiak", "South Korean-born
                # Monte Haines": where the person works or comes from is no part of the name (but a firm's own
                # possessive stays, "Dreyer's Grand Ice Cream", and a word alone after one: "Trump's Son")
            if len(words := name.split()) >= 2 and words[-1].endswith(("'s", "\u2019s")) \
                    and words[0].lower() in given_names():
                name = name[:-2]  # "James Comey's": the owner, found before what he owns
        elif kind == "organization" and (bm := _BASED_FIRST.match(name)) is not None:
            name = name[bm.end():]  # "Chicago-based Apex Clean Energy": where it is based, no part of its name
        ent = _Entity(len(self.entities), name, kind, gender, tokens=name_tokens(name), last=pos)
        if kind == "person" and gender is None and ent.tokens:
            gender = given_names().get(ent.tokens[0]) or _given_name_last_gender(ent.tokens)
            ent.gender = gender
        self.entities.append(ent)
        return ent

    def headline_finding(self, men: Mention) -> _Entity:
        """The source a headline's label names by a finding ("Poll: Trump ties Clinton", "IG report: ..."): no
        person (no later "she"), and no source the story's descriptions join (which of its polls the label
        means is the story's to say: "a new national poll ... The latest Rasmussen Reports poll ...")."""
        key = (men.start, men.end)
        if key not in self._cache:
            ent = self._new(men.text, "anonymous", men.start)
            ent.description, ent.desc_start, ent.desc_end = men.text, men.start, men.end
            self._headline_findings.add(ent.key)
            self._cache[key] = ent
        return self._cache[key]

    def resolve(self, men: Mention, named: frozenset[str] = frozenset()) -> _Entity | None:
        """The entity ``men`` refers to; ``named``: the name words of the quotation a pronoun
        speaker says, whom it is not (people rarely speak of themselves by name: '"Sean's
        situation is ...," he said' is not Sean's)."""
        key = (men.start, men.end)
        if key not in self._cache:
            if men.kind == "description" and (dm := _DEMONSTRATIVE_ONE.fullmatch(men.text)) is not None:
                # "..., that official said": the one that word stood for before, as "the official" is (a new
                # source keeps the words as written)
                ent = self._resolve(Mention(men.start, men.end, "the " + dm.group(1), "description",
                                            desc_start=men.start, desc_end=men.end), named)
                if ent is not None and ent.name == "the " + dm.group(1) and ent.desc_start == men.start:
                    ent.name = ent.description = men.text
                self._cache[key] = ent
            else:
                self._cache[key] = self._resolve(men, named)
        return self._cache[key]

    def _resolve(self, men: Mention, named: frozenset[str] = frozenset()) -> _Entity | None:
        if men.kind == "pronoun":
            return self._pronoun(men, named)
        if self.told_in_headline(men.start, men.end):
            return None
        if men.text in ("Anonymous", "Anon", "Anon."):
            # a reader's reply signed "Anonymous, London": an unnamed source, no one called Anonymous
            return self._description(Mention(men.start, men.end, men.text, "description"), "anonymous")
        if men.kind == "description" and (nm := _DESCRIBED_NAMED.fullmatch(men.text)) is not None:
            # "a 24-year-old engineer named Zaid Khan said": the person named, the words before his description
            s0, e0 = men.start + nm.start("name"), men.start + nm.end("name")
            named_men = Mention(s0, e0, nm.group("name"), "name", s0, e0)
            named_men.desc_start, named_men.desc_end = men.start, men.start + nm.end("desc")
            return self._name(named_men)
        if men.kind in ("name", "description") and (ent := self._epithet(men)) is not None:
            return self._called(ent, men)  # "Cruz warned ... '...,' the Texas senator said"
        if men.kind == "name" and men.text[:4].lower() == "the " and _EPITHET.fullmatch(men.text):
            return self._unresolved_epithet(men)  # "The Conservative MP said" with no one to be
        if men.kind == "name" and (so := _SURNAME_OF_BODY.fullmatch(men.text)) is not None \
                and so.group(1).lower() in self._full_names_by_surname \
                and any(q < men.start for q, _ in self._full_names_by_surname[so.group(1).lower()]):
            # "Bootle of Lloyds said" after "Lloyds merchant bank chief economist Roger Bootle said": the person the
            # story named in full, of that body (not a body called "Lloyds")
            s0, e0 = men.start, men.start + len(so.group(1))
            named = Mention(s0, e0, so.group(1), "name", s0, e0)
            desc_end = men.start + so.end(2)
            if (stop := self.masked.find(". ", men.start + so.start(2), desc_end)) >= 0:
                desc_end = stop + 1  # (not on into the next sentence: "of Discount Corp. He")
            named.desc_start, named.desc_end = men.start + so.start(2), desc_end
            return self._name(named)
        if men.kind == "name" and men.text == "Company":
            # "Company also said it will raise its dividend": a wire's shorthand for the company, no name
            return self._named_organisation(Mention(men.start, men.end, "the company", "description")) \
                or self._description(men, "anonymous")
        if (styled := _THE_STYLE.fullmatch(men.text)) is not None \
                and (men.text[:1] in "Tt" or self.masked[max(0, men.start - 4):men.start].lower() == "the ") \
                and (ent := next(
                (e for e in reversed(self.entities) if e.kind == "anonymous"
                 and e.name.lower().startswith(f"the {styled.group(1).lower()} of ")
                 and 0 <= self.masked.find(e.name, max(0, men.start - 5000), men.start)), None)) is not None:
            ent.last = men.start
            return ent  # "the Bishop said" after "The Bishop of Durham ... described": that bishop
        if men.kind == "name":
            return self._name(men)
        if men.text.lower() == "all":  # "To a man, all said ...": the group named before
            return self._group_before(men.start) or self._description(men, "group")
        if men.kind == "group":
            if (pair := _FIRM_PAIR.fullmatch(men.text)) is not None:
                # two firms saying it together: each is known by its full name later ("Pacific Trans-Ocean
                # said" after "Canamax Resources Inc and Pacific Trans-Ocean Resources Ltd said")
                for g in ("a", "b"):
                    s0, e0 = men.start + pair.start(g), men.start + pair.end(g)
                    self._name(Mention(s0, e0, pair.group(g), "name", s0, e0)).kind = "organization"
            ent = self._description(men, "group")
            if men.desc_start is not None and men.desc_end is not None and men.desc_end <= men.start \
                    and ent.description == men.text:
                # "His lawyers, Robert Turkewitz and Brian Knowles, said": two people named, and what they are
                ent.description, ent.desc_start, ent.desc_end = self.text[men.desc_start:men.desc_end], men.desc_start, \
                    men.desc_end
            return ent
        if NO_SPEAKER_WORD.fullmatch(men.text):
            return None  # "reported as having asked", "reads a ...": a function word or a verb form, no one
        if men.text.lower() in ("one", "another") and men.desc_start is not None and men.desc_end is not None \
                and men.desc_start >= men.end and self.text.startswith(("a ", "an ", "A ", "An "), men.desc_start):
            # "Another, an Eritrean woman travelling with her two children, told": the one the appositive describes,
            # a source of its own (not "One, rival Acme Corp, said": a firm named, no such source)
            desc = self.text[men.desc_start:men.desc_end]
            ent = self._new(desc, "anonymous", men.start)
            ent.description, ent.desc_start, ent.desc_end = desc, men.desc_start, men.desc_end
            self._others.add(ent.key)
            return ent
        if men.text.lower() == "another" and (src := self._one_source_before(men.start)) is not None:
            # "A government source said ... Another said ...": another source of that kind, a source of its own
            ent = self._new(f"another {src}", "anonymous", men.start)
            ent.description, ent.desc_start, ent.desc_end = ent.name, men.start, men.end
            self._others.add(ent.key)  # (a source of its own, which no later description of that head is)
            return ent
        if (of := _ONE_OF_THEM.fullmatch(men.text)) is not None \
                and (grp := self._group_that_spoke(men.start) or self._people_named_before(men.start)) is not None:
            # "Two defense officials ... said ... One of them said": one of the defense officials
            ent = self._new(f"{of.group(1)} of the {grp}", "anonymous", men.start)
            ent.description, ent.desc_start, ent.desc_end = ent.name, men.start, men.end
            return ent
        if men.text.lower() in ("one", "another", "the other") and (grp := self._people_named_before(men.start)) is not None:
            # "Workers leaving the plant were angry. '...,' said one": one of the workers (each
            # "one" and "another" a source of its own, not merged by the words they share)
            ent = self._new(f"{men.text} of the {grp}", "anonymous", men.start)
            ent.description, ent.desc_start, ent.desc_end = ent.name, men.start, men.end
            return ent
        if _AGED.match(men.text) and (ent := self._person_before(men.start)) is not None:
            return self._called(ent, men)  # "the 36-year-old", "The 41-year-old chart-topper": the person just
            # named (and "the 42-year-old nurse" a nurse)
        if (am := _AGED_ONE_OF_A_KIND.fullmatch(men.text)) is not None:
            # "the 88-year-old pontiff said": the pontiff, whatever his age (one holds the office at a time)
            return self._resolve(Mention(men.start, men.end, f"{am.group(1)} {am.group(2)}", "description"))
        if men.text[:4].lower() == "the " and (ent := self._described_person(men)) is not None:
            return ent  # "the former secretary of state" after "former Secretary of State Hillary Clinton"
        if men.text[:4].lower() == "the " and (office := _OFFICE_ALIASES.get(men.text[4:].strip().lower())) \
                and (ent := self._holder(office, men.start, alone=True)) is not None:
            return ent  # "the president said" after "President Barack Obama"
        if men.text[:4].lower() == "the " and (ent := self._titled_before(men)) is not None:
            return ent  # "the home secretary said" after "Home Secretary Charles Clarke"
        if men.text[:4].lower() == "the " and (ent := self._leader_of_body(men)) is not None:
            return ent  # "The IFS chief said" after "Paul Johnson, director of the Institute for Fiscal Studies"
        if (kind := _NAMED_KIND.fullmatch(men.text)) is not None and not self._person_named(kind.group("name")) \
                and not any(w in nationalities() or w.lower() in countries() or w in us_states()
                            or w.rstrip(".") in titles() or "-" in w and not w.split("-")[-1][:1].isupper()
                            for w in kind.group("name").split()):
            # "the Unite union said": the union called Unite, as "Unite said" is (and "the union" later;
            # not "the Gabelli group", a person's, nor "the Florida-based Falic group")
            s0, e0 = men.start + kind.start("name"), men.start + kind.end("name")
            known = len(self.entities)
            toks = set(name_tokens(kind.group("name")))
            # (one named before: "the Kiel institute" after "Kiel University's Institute for World
            # Economy", "the APEA council" after "the Australian Petroleum Exploration Association")
            ent = next((e for e in reversed(self.entities) if e.kind == "organization" and e.last < men.start
                        and toks <= set(e.tokens)), None) \
                or self._name(Mention(s0, e0, kind.group("name"), "name", s0, e0))
            ent.last = men.start
            if ent.key >= known:
                ent.kind = "organization"  # (new: a body, whatever its name looked like)
            elif ent.kind != "organization":
                return self._description(men, "anonymous")
            if ent.description is None:
                ent.description, ent.desc_start, ent.desc_end = kind.group("kind"), men.start + kind.start("kind"), \
                    men.start + kind.end("kind")
            return ent
        if men.text.lower() in _STATEMENT_MENTIONS and (ent := self._statement_issuer(men.start)) is not None:
            return ent  # "In a statement, the company said: '...' The statement added that ...": the company
        if (pm := _POSTED_MENTION.fullmatch(men.text)) is not None \
                and (ent := self._statement_issuer(men.start, pm.group(1).lower())) is not None:
            return ent  # "In a blog post, the company said ... '...,' the post said": the company
        if (ent := self._named_organisation(men)) is not None:
            return ent  # "The company said" after "Cheyenne Software Inc said"
        if men.text in ("company", "Company") and (ent := self._named_organisation(
                Mention(men.start, men.end, "the company", men.kind))) is not None:
            return ent  # "Note - company said it plans ...": a wire table's note, the company without its article
        if (occupation := _OCCUPATION_EPITHET.fullmatch(men.text)) is not None \
                and not self._anonymous_of_head(occupation.group("head").lower()) \
                and (ent := self._epithet(men, occupation)) is not None \
                and self._may_be_a(ent, occupation.group("head").lower(), men.text, men.start):
            return self._called(ent, men)  # "Dame Judi Dench, 89, will return ... The actress said": her (no anonymous actress spoke)
        if (nation := _demonym_epithet().fullmatch(men.text)) is not None \
                and _UNNAMED_AFTER.match(self.masked, men.end) is None:
            if not any(e.kind == "anonymous" and e.name.lower() == men.text.lower() and e.last < men.start
                       for e in self.entities) and (ent := self._epithet(men, nation)) is not None:
                return ent  # "City manager Pep Guardiola told Sky Sports. The Spaniard added ...": him
            return self._unresolved_epithet(men)
        return self._description(men, "anonymous")

    def _called(self, ent: _Entity, men: Mention) -> _Entity:
        """``ent``, which ``men`` (an epithet) stands for: kept as where its roles may be read."""
        self.called(ent, men.start, men.end)
        return ent

    def called(self, ent: _Entity, start: int, end: int) -> None:
        """The words at ``start:end`` (an epithet: "the chancellor") stand for ``ent``: where its roles may be read
        when the text gives it none with its name (the first epithet counts)."""
        self._epithets.setdefault(ent.key, (start, end))

    def epithet_roles(self, ent: _Entity) -> list[Role]:
        """The roles the first epithet that stood for ``ent`` gives: "Mikel Arteta admitted ...
        '...,' the Arsenal manager told reporters" (a manager of Arsenal; "the Dane" gives none)."""
        if (ep := self._epithets.get(ent.key)) is None:
            return []
        return [r for r in parse_description(self.text[ep[0]:ep[1]], ep[0]) if r.role]

    def _named_as_person(self, name: str, pos: int) -> bool:
        """Is the name at ``pos`` marked as a person's: a title, a role or an honorific right before
        it ("Premier Zhao Ziyang"), or a verb of saying, an age or an appositive right after it? Not
        "Sun Grid costs users $1": a product of the firm "Sun", no person "Grid Sun"."""
        before = self.masked[max(0, pos - 30):pos].split()
        if before and (before[-1].rstrip(".") in titles() or before[-1].rstrip(".").lower() in title_words()
                       or before[-1].lower() in role_heads() or before[-1].lower() in role_nouns()):
            return True
        return _PERSON_AFTER_NAME.match(self.masked, pos + len(name)) is not None

    def _relative_clause_owner(self, pos: int) -> _Entity | None:
        """The body whose name opens the sentence in which "which it says" or "that it says" stands at ``pos``
        (not a person's name, nor a place's): what that "it" is."""
        ss = sentence_start(self.masked, pos)
        if (dm := WIRE_DATELINE.match(self.masked, ss)) is not None:
            ss = dm.end()  # ("BANGALORE, India, March 17 - India is preparing ...": past the dateline)
        if (m := _OPENING_BODY.match(self.masked, ss, pos)) is None:
            return None
        p, name = m.start("name"), m.group("name")
        words = name.split()
        if words[0].lower() in given_names() or place_name(name) or person_like_name(words) \
                or any(e.kind == "person" and e.name.endswith(name) for e in self.entities) \
                or len(words) == 1 and not (name.isupper() or is_known_firm(name) or _CAMEL_CASE_BODY.fullmatch(name)
                                            or re.search(r"[a-z,][ \t]+" + re.escape(name) + r"\b", self.masked)):
            return None  # (a capitalised word opening the sentence only: "Tensions have risen ...")
        ent = self._body_named(name, p)
        ent.last = pos
        return ent if ent.kind == "organization" else None

    def _firm_subject_before(self, pos: int) -> _Entity | None:
        """The firm named by its legal form or a firm's word ("Mitsubishi Motors", "Acme Inc") that
        last opened a sentence in this paragraph or the one before: what "it" says when no
        organisation has spoken yet."""
        lo = self._paragraph_before_start(pos)
        i = bisect_right(self._subjects, (pos,)) - 1
        while i >= 0 and self._subjects[i][0] >= lo:
            p, name = self._subjects[i]
            if self._firm_like(name) or p in self._bodies_by_trade:  # ("The state news agency Tanjug was ...")
                ent = self._body_named(name, p)
                if ent.kind in ("organization", "anonymous"):
                    ent.last = pos
                    return ent
            i -= 1
        return None

    def _firm_like(self, name: str) -> bool:
        """Is this sentence subject written as a firm's or a body's name: a legal form, a firm the
        list knows, a body's word last, one word written as a brand or as the article writes a firm?"""
        toks = name_tokens(name)
        return (len(toks) >= 2 and toks[-1] in _FIRM_ENDS or is_known_firm(name)
                # (a body by its word, a firm with its place after: "The Environmental Protection Agency
                # proposed rules ... It said", "Electronic Mail Corp of America has completed ... It also announced")
                or len(toks) >= 2 and (toks[-1] in ORG_WORDS - _NOT_ALONE_BODY
                                       or "of" in toks and (toks[toks.index("of") - 1] in _FIRM_ENDS
                                                            or toks[toks.index("of") - 1] in ORG_WORDS - _NOT_ALONE_BODY))
                # (or one word written as a brand, or as the article writes a firm: "OpenAI on Wednesday
                # released a model that it says ...", "Texaco ... It said")
                or len(toks) == 1 and (_CAMEL_CASE_BODY.fullmatch(name) or self._named_as_firm(name))) \
            and bool(toks) and toks[0] not in given_names()

    def _organisation_called(self, name: str, pos: int) -> _Entity:
        """The organisation of exactly this name, else a new one first named at ``pos``."""
        return next((e for e in self.entities if e.kind == "organization" and e.name == name), None) \
            or self._new(name, "organization", pos)

    def _body_named(self, name: str, p: int) -> _Entity:
        """The body a sentence's subject names: by its initials, as the text spelled them out ("The ODPM attributed
        ..." after "the Office of the Deputy Prime Minister"); else as :meth:`_organisation_named` finds it."""
        if name.isupper():
            return self._name(Mention(p, p + len(name), name, "name", p, p + len(name)))
        return self._organisation_named(name, p)

    def _firm_of_trade(self, noun: str, pos: int) -> _Entity | None:
        """The firm the text named after this word for its trade before ``pos`` ("Australian brewer Fosters", "miner
        BHP"): what "the brewer" stands for, whichever firm spoke or opened a sentence since; None if no firm was
        named so, or two were."""
        rx = re.compile(r"\b" + noun + r"[ \t]+((?:[A-Z][\w&'\u2019-]*[ \t]+){0,3}[A-Z][\w&'\u2019-]*)")
        named = {}  # name -> where it was first named so
        for m in rx.finditer(self.masked, 0, pos):
            if m.group(1).split()[0].lower() not in given_names():
                named.setdefault(m.group(1), m.start(1))
        if len(named) != 1:
            return None
        (name, p), = named.items()
        ent = self._organisation_named(name, p)
        ent.last = pos
        return ent

    def _organisation_named(self, name: str, p: int) -> _Entity:
        """The entity of this name (or of a longer one it begins: "Texaco Inc" for "Texaco"), else a
        new organisation first named at ``p``."""
        return next((e for e in self.entities if e.name == name or e.name.startswith(name + " ")), None) \
            or self._new(name, "organization", p)  # (the firm as it spoke: "... Inc subsidiary")

    def _body_subject_since(self, pos: int, spoke: _Entity) -> _Entity | None:
        """A body that opened the last sentence of this paragraph before the "It" at ``pos``, after the
        organisation ``spoke`` was last mentioned, named as a firm or a body or followed by "which"
        ("Thames Water, which serves 16 million customers, had asked for a 53% rise. It said ..."): what
        "it" stands for rather than a body that spoke earlier (not the same body named again: "Kodak"
        after "Eastman Kodak Co"; not a news agency the article quotes from)."""
        ps = self.masked.rfind("\n", 0, pos) + 1
        subjects = self._subjects
        i = bisect_right(subjects, (sentence_start(self.masked, pos),)) - 1  # (of a sentence before: not the time
        # opening this one, "Last week, it denied")
        if i < 0 or not max(ps, spoke.last + 1) <= subjects[i][0]:
            return None
        p, name = subjects[i]
        toks = name_tokens(name)
        if not toks or toks[0] in given_names() or is_outlet(name) or set(toks) - {"the"} <= set(spoke.tokens) \
                or same_body_by_initials(name, spoke.name) \
                or not (self._firm_like(name) or _WHICH_AFTER.match(self.masked, p + len(name)) or p in self._bodies_by_trade):
            return None
        ent = self._body_named(name, p)
        if ent.kind not in ("organization", "anonymous"):
            return None
        ent.last = pos
        return ent

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

    def _firm_subject_in_paragraph(self, pos: int, any_verb: bool = False, sentence_before: bool = False) -> _Entity | None:
        """A firm the list knows, the subject of a sentence before ``pos`` in its paragraph: "Twitter
        acknowledged that the issue remained tricky. '...,' the company said" (a paragraph's
        quotations are attributed before its reported speech, so Twitter has not spoken yet)."""
        ps = self.masked.rfind("\n", 0, pos) + 1
        subjects = self._subjects
        if sentence_before:  # (only a subject of a sentence before the cue's: "Spotify welcomed the ruling. '...,'
            # the Swedish firm said"; not "Shearson Lehman Brothers Inc will lead the group, the company said")
            pos = max(self.masked.rfind(". ", ps, pos), self.masked.rfind("? ", ps, pos), self.masked.rfind("! ", ps, pos))
            if pos < 0:
                return None
        i = bisect_right(subjects, (pos,)) - 1
        while i >= 0 and subjects[i][0] >= ps:
            p, name = subjects[i]
            if is_known_firm(name) and (verb := _NEXT_WORD.match(self.masked, p + len(name))) is not None \
                    and (verb.group(1) in cues().words or any_verb):  # (the subject of a report: not "Shearson Lehman
                # Brothers Inc will lead the underwriting group, the company said", the issuer's words)
                ent = next((e for e in self.entities if e.kind == "organization"
                            and (e.name == name or e.name.startswith(name + " "))), None) \
                    or self._new(name, "organization", p)  # (the name in full: "Texaco Inc" for "Texaco")
                ent.last = max(ent.last, p)
                return ent
            i -= 1
        return None

    def _spoken_organisation_of(self, noun: str, pos: int) -> _Entity | None:
        """The organisation of this sort ("company", "bank", "union") that spoke last before ``pos``:
        a company for "company" or "firm", a name with "Bank" for "bank", the body whose kind the
        text gave ("the Unite union"). None if none is."""
        names = _ORG_NOUN_NAMES.get(noun)
        if names is None:
            return None
        best = None
        for ent in self.entities:
            if ent.kind != "organization" or ent.last >= pos or (best is not None and ent.last <= best.last):
                continue
            toks = set(ent.tokens)
            if noun == "union" and toks & _FIRM_ENDS:
                continue  # ("Union Pacific Corp said ... The union said": no union)
            if toks & names or ent.description == noun or noun not in _COMPANY_NOUNS and ent.description is not None \
                    and ent.description.lower().rsplit(None, 1)[-1] == noun and ent.description.lower() != ent.name.lower() \
                    or noun == "bank" and any(t.endswith("bank") for t in toks) \
                    or noun in _ANY_BODY_NOUNS and not toks & _FIRM_ENDS and TICKER.search(ent.name) is None \
                    and not government_place(ent.tokens, ent.name) and not is_outlet(ent.name) \
                    and not toks & _PUBLICATION_WORDS \
                    and ent.name.lower() not in countries() \
                    or noun in ("paper", "newspaper") and is_outlet(ent.name) or noun in _COMPANY_NOUNS and (
                    toks & _FIRM_ENDS or TICKER.search(ent.name) is not None) and not toks & _LABOUR_BODY_WORDS:
                best = ent
        return best

    def _organisation_by_noun(self, noun: str, pos: int) -> str | None:
        """The name of the organisation a role's "for the company" at ``pos`` means (the one that
        spoke last of that sort), or None."""
        ent = self._spoken_organisation_of(noun, pos)
        return ent.name if ent is not None else None

    def surname_of_someone(self, name: str) -> bool:
        """Is ``name`` the surname of a person the text names in full ("Obama" after "Barack Obama")?"""
        return " " not in name and any(len(name_tokens(f)) >= 2 for _p, f in self._full_names_by_surname.get(name.lower(), ())) \
            or any(e.kind == "person" and len(e.tokens) >= 2 and e.tokens[-1] == name.lower() for e in self.entities)

    def named_organisation(self, men: Mention) -> _Entity | None:
        """The organisation named before that "the company" at ``men`` stands for, or None."""
        return self._named_organisation(men)

    def _named_organisation(self, men: Mention) -> _Entity | None:
        """The organisation named before that "the company", "the bank", "the department" stands
        for: the most recent one that spoke and is of that sort (a company for "the company" or
        "the firm", a name with "Bank" for "the bank"). None if none is."""
        words = men.text.split()
        if not 2 <= len(words) <= 6 or words[0].lower() != "the" and not (
                len(words) >= 3 and words[0].endswith(("'s", "\u2019s")) and words[0][:-2].lower() in countries()):
            return None  # (or a country's: "Britain's biggest retailer")
        noun = words[-1].lower()
        if [w.lower() for w in words] == ["the", "central", "bank"] \
                and (bank := self._central_bank_named_before(men.start)) is not None:
            return self._organisation_named(bank, men.start)  # "... enabled the Bank of Canada to ..., the
            # central bank said": the one central bank named before, though it has not spoken
        modifiers = _rank_dropped(words[1:-1] if words[0].lower() == "the" else words[:-1])  # (a firm's rank
        # first: "the No. 2 U.S. automaker", "the world's second-biggest miner")
        if modifiers is None or len(modifiers) > 2 or not all(
                w in nationalities() or w.lower() in countries() or w in _COUNTRY_ABBREVIATIONS or w.endswith("-based")
                or w in _INDUSTRY_WORDS or w in _PUBLIC_MODIFIERS and noun in _PUBLIC_BODY_NOUNS
                or len(words) == 3 and words[-1].lower() in _TRADE_NOUNS and _PRODUCT_NAME.fullmatch(w)
                for w in modifiers):  # (and a product's maker: "the iPhone maker", "the Windows maker")
            return None  # ("The Australian firm", "the Houston-based company", "the oil company";
            # not "the parent company", "the rival bank")
        if noun in _TRADE_GROUP_NOUNS and any(w in _INDUSTRY_WORDS for w in modifiers):
            noun = "company"  # "the Dutch electronics group", "the oil giant": a firm by its trade
        if noun not in _ORG_NOUN_NAMES:
            return None
        best = self._firm_of_trade(noun, men.start) if noun in _TRADE_NOUNS else None
        if best is None and noun in _COMPANY_NOUNS:
            best = self._firm_subject_in_paragraph(men.start)
        if best is None and noun in _COMPANY_NOUNS:
            best = self._firm_subject_in_paragraph(men.start, any_verb=True, sentence_before=True)
        best = best or self._spoken_organisation_of(noun, men.start)
        if best is None and (noun in _COMPANY_NOUNS or noun in _KIND_OF_COMPANY):
            best = self._company_otherwise(men.start)  # (and "the airline" after "SkyJet cancelled 400 flights")
        if best is None and noun == "club":
            best = self._club_named_before(men.start)
        if best is None and noun == "group" and len(words) == 2 and _GROUP_WORD.search(self.masked, 0, men.start) is None \
                and (lead := self._lead_company_match(men.start)) is not None and self._lead_company_alone(lead, men.end):
            best = self._organisation_called(lead.group("name"), men.start)  # "LONDON, March 18 - Turner and Newall Plc said ...
            # The group said": the company the wire story opens with (no group of investors or companies named)
        if best is None and (named := [m for m in _NAMED_KIND.finditer(self.masked, max(0, men.start - 3000), men.start)
                                       if m.group("kind") == noun and not self._person_named(m.group("name"))
                                       and not _HYPHEN_LOWER.search(m.group("name"))]):
            # "... after the RMT union and train operators reached a deal. ..., the union said": the body named
            # with its kind, though it has not spoken (not "The Democratic-controlled committee")
            best = self._organisation_called(named[-1].group("name"), men.start)
        if best is None and noun == "charity" and (found := [(self.masked.rfind(b, 0, men.start), b) for h in _CHARITY_HEADS
                                                           if (b := self._body_by_head(h, men.start))]):
            # "..., said Kate Lee, chief executive of the Alzheimer's Society. The charity says ...": the
            # charity named last, though only in a speaker's role
            best = self._organisation_called(max(found)[1], men.start)
        if best is None and noun in _BODY_HEAD_NOUNS - _COMPANY_NOUNS - {"bank", "party", "club"} \
                and (body := self._body_by_head(noun, men.start) if noun != "agency"
                     else self._agency_before(men.start) if len(words) == 2 or words[1] in nationalities()
                     else None) is not None:  # (not "the rating agency": a firm)
            # "Cornwall Council leader Linda Taylor urged ... The council said": the body named, though it
            # has not spoken (the organisation by that name, new or known)
            best = self._organisation_called(body, men.start)
        if best is not None:
            best.last = men.start
        return best

    def _other_spoke_between(self, ent: _Entity, hi: int) -> bool:
        """Did someone other than ``ent`` speak after it last did and before ``hi`` (a "they" after a body may be
        its people: 'The couple claimed ... Us magazine was unrepentant, saying: "..." "...," they added')?"""
        return any(other is not ent and ent.last < other.last < hi for other in self.entities)

    def _agency_before(self, pos: int) -> str | None:
        """The government body "the agency" stands for: the last named before ``pos`` whose name
        ends in a word for one ("The Food and Drug Administration expanded a recall ... The agency
        said", "the National Weather Service", "the Environmental Protection Agency")."""
        found = [(i, b) for h in _AGENCY_HEADS if (b := self._body_by_head(h, pos))
                 and not _NAME_GOES_ON.match(self.masked, (i := self.masked.rfind(b, 0, pos)) + len(b))]
        # (a firm's name going on is none: "Public Service Co of New Mexico")
        if not found:
            return None
        i, body = max(found)
        if (first := body.split(None, 1))[0] in _SUBORDINATORS and len(first) > 1:
            i, body = i + len(first[0]) + 1, first[1]  # ("Although Public Service ...")
        if (m := _NAME_AND_BEFORE.search(self.masked, max(0, i - 60), i)) is not None:
            body = m.group(1).removeprefix("The ") + body  # "Food and Drug Administration": the words
            # before "and" too
        return body

    @cached_property
    def _clubs_named(self) -> list[tuple[int, re.Match]]:
        """The sports clubs the text names, by position (scanned once, when "the club" speaks)."""
        return [(m.start(), m) for m in _CLUB_NAMED.finditer(self.masked)]

    def _club_named_before(self, pos: int) -> _Entity | None:
        """The sports club the story named last before ``pos`` ("Manchester United's board ...
        The club said"), if it named one as a club, on its headline too."""
        found = _last_before(self._clubs_named, pos)
        if found is None:
            return None
        name = found.group("a") or found.group("b") or found.group("c")
        for suffix in ("'s", "\u2019s"):
            name = name.removesuffix(suffix)
        return self._organisation_called(name, pos)

    def _company_otherwise(self, pos: int) -> _Entity | None:
        """What "the company" stands for when no company named as one spoke before: an
        organisation that spoke and is no public body, outlet or place ("ATT said"), else a
        one-word name taken for a person ("Microsoft has said"), else the company a wire story
        opens with ("NEW YORK, March 3 - Borden Inc called for redemption ...")."""
        best = None
        for ent in self.entities:
            if ent.kind == "organization" and ent.last < pos and (best is None or ent.last > best.last) \
                    and not set(ent.tokens) & _PUBLIC_BODY_WORDS and not is_outlet(ent.name) \
                    and not government_place(ent.tokens, ent.name) and ent.name.lower() not in countries() \
                    and " ".join(ent.tokens) not in _PARTIES_PLURAL and not _NUMBERED_BRANCH.search(ent.name) \
                    and not set(ent.tokens) & _LABOUR_BODY_WORDS \
                    and not (ent.description and _NO_COMPANY_KIND.search(ent.description)):
                best = ent  # (not a union, nor its numbered branch: "Local 222 said ... The company said",
                # nor a body its appositive says is no company: "Farm Action, an advocacy group,";
                # "according to the Communications Workers of America ... The company had argued")
        if best is not None and self._reported_on_a_company(best, pos) \
                and (lead := self._lead_firm(pos)) is not None and lead is not best:
            return lead  # "Thames Water has been fined £40m by the industry regulator ... Ofwat said the company had
            # "let down its customers" ... The firm said it accepted the findings": a body that spoke of "the company"
            # is not the company the story opens with
        if best is None:
            best = self._firm_taken_for_person(pos, strict=True)
        if best is None:
            best = self._lead_firm(pos)
        if best is None and (name := self._described_as_company(pos)) is not None:
            best = self._organisation_called(name, pos)
        return best

    def _reported_on_a_company(self, ent: _Entity, pos: int) -> bool:
        """Does the sentence in which ``ent`` last spoke (before ``pos``) speak of "the company" or "the firm" after
        it?"""
        end = _SENTENCE_END.search(self.masked, ent.last, pos)
        return _THE_COMPANY.search(self.masked, ent.last, end.start() if end else pos) is not None

    def _lead_firm(self, pos: int) -> _Entity | None:
        """The company a wire story or a one-sentence lead opens with, named before ``pos``, or None."""
        best = None
        if (name := self._lead_company(pos)) is not None:
            best = self._organisation_called(name, pos)
        if best is None and ((lead := _LEAD_SPEAKER.match(self.masked, self._lead_start)) is not None
                             or self._lead_start and (lead := _LEAD_SUBJECT.match(self.masked, self._lead_start)
                                                      or _LEAD_FIRM_ACT.match(self.masked, self._lead_start)
                                                      or _LEAD_SUBJECT.match(self.masked))
                             is not None and _lead_subject_a_firm(lead.group("name"))) \
                and lead.end("name") <= pos:
            # "LOS ANGELES, March 9 - Flying Tigers said it has expanded ... The company also said":
            # a wire story's first speaker, named without a legal form, is the company it is about (or the first
            # line's subject, a one-sentence lead read as a headline: "Thames Water has been fined ...")
            # (not a person: "Treasury Secretary James Baker said", "Investor Paul Bilzerian said")
            name = lead.group("name")
            words = name.split()
            toks = name_tokens(name)
            if not any(w.lower() in given_names() for w in words[:-1]) \
                    and not any(w.rstrip(".") in titles() for w in words) and not any(
                        x.kind == "person" and x.name != name and x.tokens[-len(toks):] == toks for x in self.entities):
                # (nor the surname of a person named in full: "Paul Bilzerian ... Bilzerian said")
                best = next((x for x in self.entities if x.name == name), None)
                if best is not None and best.description and _NO_COMPANY_KIND.search(best.description) \
                        or (ak := _BODY_KIND_APPOSITIVE.match(self.masked, lead.end("name"))) is not None \
                        and _NO_COMPANY_KIND.search(ak.group()):
                    best = None  # ("Farm Action, an advocacy group, says ...": no company)
                elif best is None or best.kind != "person" or best.gender is None:
                    best = best or self._new(name, "organization", pos)
                    best.kind = "organization"
                else:
                    best = None
        return best

    def _described_as_company(self, pos: int) -> str | None:
        """A name the text describes as a company in an appositive, last before ``pos`` in this
        paragraph or the one before ("customers of Optus, Australia's second-largest telecoms company,
        the firm said"): what "the company" or "the firm" says when no company spoke before."""
        last = None
        for m in _FIRM_APPOSITIVE.finditer(self.masked, self._paragraph_before_start(pos, 600), pos):
            if not _NO_COMPANY_KIND.search(m.group()):
                last = m  # (not "Farm Action, an advocacy group,")
        lo = max(0, pos - 400)
        ss = max(lo, self.masked.rfind(". ", lo, pos) + 2, self.masked.rfind("\n", lo, pos) + 1)  # (this sentence)
        for m in _FIRM_NOUN_BEFORE_NAME.finditer(self.masked, ss, pos):
            if last is None or m.start() > last.start():
                last = m  # "The drug, developed by the Danish company Nordvia, cleared ..., the company said": the
                # firm named in the same sentence (not one further back: the story's firm may be another)
        if last is None or last.group("name").split()[0].lower() in given_names():
            return None
        return last.group("name")

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
        if not found and " " not in want and want not in title_words() and want not in positions() \
                and is_role_like(want) and not self._anonymous_of_head(want):
            # "the farmer" after "sheep farmer Alun Jones", "The developer" after "The real estate developer
            # Marcus Hale": the one person whose role has that head, under words that make it no other
            # office (not "the president" after "Vice President Mike Pence"; titles have readings of their own)
            found = [ent for ent in self.entities if ent.kind == "person" and len(ent.tokens) >= 2
                     and ent.last < men.start and not any(t in COMPANY_ENDS for t in ent.tokens) and any(
                         r.role and not r.qualifier and (words := r.role.split())[-1].lower() == want
                         and all(w.isalpha() and w.islower() and w not in _TITLE_MODIFIERS for w in words[:-1])
                         for r in self.introduction(ent)[1])]
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
            elif len(words) == 2 and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words) \
                    and not any(t in ORG_WORDS or t in _FIRM_ENDS or t in _BODY_ENDS for t in name_tokens(name)) \
                    and name not in us_states() and name.lower() not in countries() and not is_known_firm(name) \
                    and _VERB_RIGHT_AFTER.match(self.masked, p + len(name)) is not None \
                    and (best is None or best.last < self._paragraph_start(p)) \
                    and not any(self._paragraph_before_start(p) <= fp < p and name_tokens(fn)[:1]
                                and name_tokens(fn)[0] in given_names() for fp, fn in self.full_names):
                # "Pemba Sherpa was leading a team ... '...,' the 38-year-old guide said": a name of two words the
                # lists lack, the subject before an epithet with an age (a person's), when no one spoke in between
                # (nor when a person with a known given name is named before it nearby: "Actor Michael Douglas is to
                # star ... Aishwarya Rai is the studio's choice. The 60-year-old actor said")
                best = self._name(Mention(p, p + len(name), name, "name", p, p + len(name)))
            elif len(words) == 1 and (toks := name_tokens(name)) and toks[0] in self._full_names_by_surname:
                # "Fritz said he was proud of his run. '...,' the 26-year-old said": the surname of a person
                # the text named in full, opening the sentence before
                best = self._name(Mention(p, p + len(name), name, "name", p, p + len(name)))
        if best is not None:
            best.last = pos
        return best

    def _name(self, men: Mention, gender: str | None = None) -> _Entity:
        """The entity a name mention is; ``gender``, a pronoun's, when the name is its antecedent."""
        name = men.name or men.text
        styled = False
        one = name.strip()
        if men.name_start is not None and " " not in one \
                and (sm := _STYLE_BEFORE_ONE_NAME.search(self.masked, max(0, men.name_start - 18), men.name_start)) \
                and one.lower() not in ORG_WORDS \
                and not any(e.kind == "organization" and one.lower() in e.tokens for e in self.entities) \
                and not self._styled_at_length(sm.group(1), one, sm.start(1)):
            # (not "King World said" after "King World Productions Inc"; nor "Prince Abdullah" after "Crown Prince
            # Abdullah Ibn Abdulaziz", who is read as before)
            name, styled = f"{sm.group(1)} {one}", True  # "Pope Francis", "King Charles", "Prince Harry": one name,
            # known with its style (the style is no name token: a later "Francis" is the same person)
        toks = name_tokens(name)
        pos = men.start
        words = men.text.split()
        if not toks and len(words) == 2 and words[0].rstrip(".") in _HONORIFICS:
            toks = name_tokens(men.text)  # "Mr King": a surname that is also a title
        if len(words) >= 2 and words[0] in ("the", "The") and words[-1].rstrip(".") in titles() \
                and all(w[:1].isupper() or w in ("and", "&") for w in words[1:]):
            if (ent := self._holder(words[1:], pos)) is not None:
                return ent  # "the Treasury Secretary said" after "Treasury Secretary James Baker": Baker (and
                # "the Trade and Industry Secretary" after "Trade and Industry Secretary Patricia Hewitt")
            if "and" in words or "&" in words or len(words) == 2:
                return self._description(men, "anonymous")  # an office no one was named to: the office as
                # written, not "Industry Secretary" cut at "and" (nor a person called "Minister": "the Minister said")
        if len(words) == 1 and toks and pos < self.headline_end and words[0][1:].islower() \
                and (low := words[0].lower()) not in given_names() and low not in titles() \
                and (person_noun(low) or low in role_nouns()) and not named_mid_sentence(self.masked, words[0]):
            return self._description(men, "anonymous")  # "Witness tells inquiry ...", "Nurse says ...": a person of
            # that kind in a headline, no one called "Witness" (not a name the story writes as one: "King said")
        if not toks:
            if len(words) == 1 and words[0] in _HEADLINE_OFFICES and pos < self.headline_end:
                return self._description(men, "anonymous")  # an office alone in a headline: "Minister says ..." is a
                # minister, not a person called "Minister" (in the body a bare capitalised word is mostly a
                # surname or a firm: "King said", "Premier said")
            return self._new(name, "person", pos)
        if len(words) == 2 and words[0] in ("the", "The") and words[1][:1].isupper() \
                and words[1].lower() in _BODY_HEAD_NOUNS \
                and not any(e.kind == "organization" and toks[-1] in e.tokens for e in self.entities) \
                and (body := self._body_by_head(words[1].lower(), pos)) is not None \
                and not _NAME_GOES_ON_BEFORE.search(self.masked, max(0, (k := self.masked.rfind(body, 0, pos)) - 12), k) \
                and not _NAME_GOES_ON_AFTER.match(self.masked, k + len(body)):
            # "The Commission said" after "fined by the European Commission", no body of that word spoken yet:
            # that body, by its full name (not one cut at "and": "the Securities and Exchange Commission")
            ent = self._organisation_called(body, pos)
            ent.last = pos
            return ent
        honorific = _HONORIFIC_GENDER.get(words[0]) if men.name_start is None or men.name_start <= men.start \
            or len(self.masked[men.start:men.name_start].split()) == 1 else None  # (the name's own, not its
        # describer's: "Mr Eavis' daughter Emily" is a woman)
        honorific = honorific or (gender if gender in ("male", "female") else None)
        # an entity already known whose name contains these tokens
        best = None
        matches = []
        head_of = None  # an organisation this word is the head of, if no name ends in it
        for ent in self.entities:
            if styled and ent.tokens != toks:
                continue  # (Prince Harry is no Harry Kane)
            if ent.kind in ("person", "organization") and ent.tokens and set(toks) <= set(ent.tokens):
                if ent.tokens[-1] == toks[-1] or len(toks) > 1 \
                        or ent.kind == "person" and _family_name_of(ent.name, ent.tokens, toks, name):
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
            elif words[0] in _HONORIFIC_GENDER and (couple := self._one_of_couple(name, pos, honorific)) is not None:
                # "Mrs Mills" after her husband Graham Mills spoke: "Pat and Graham Mills" named her
                known = next((e for e in self.entities if e.kind == "person" and e.name == couple), None)
                if known is not None:
                    known.last = pos
                    return known
                return self._new(couple, "person", pos, honorific)
            elif _other_gender(best, honorific) and self._surname_full_name(toks, pos, honorific, strict=True):
                matches, best = [], None  # one named in the text, not yet an entity
            elif _other_gender(best, honorific) and words[0] in _HONORIFIC_GENDER \
                    and (other := self._other_of_surname(name, best.tokens, pos, honorific)) is not None:
                # "Mrs. Abedini" after her husband "Saeed Abedini" spoke: not him, but the other
                # person of that surname the text named ("called Naghmeh Abedini")
                return self._new(other, "person", pos, honorific)
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
                          and name_tokens(fn)[-1:] == toks and len(name_tokens(fn)) > 1
                          and name_tokens(fn) != best.tokens), None)
            if other is not None:
                return self._name(Mention(men.start, men.end, other, "name"))
        if best is not None:
            best.last = pos
            if styled and best.kind == "person" and " " not in best.name:
                best.name = name  # "Francis said" read first, then "Pope Francis"
            if men.desc_start is not None and self._may_describe(best, men):
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
        knighted = None
        if len(toks) == 1 and words[0] in ("Sir", "Dame") and toks[0] in given_names():
            # "Sir Paul said" after "Sir Paul McCartney": a given name after the style, the full name
            knighted = next((f for p, f in reversed(self.full_names) if p < pos and name_tokens(f)[:1] == toks
                             and len(name_tokens(f)) > 1), None)
        if knighted is not None:
            full = knighted
        elif len(toks) == 1 and not styled:
            # a surname: the full name the article introduced earlier
            fn = self._surname_full_name(toks, pos, honorific)
            if fn is not None and words[0] in _HONORIFIC_GENDER and honorific \
                    and (couple := self._one_of_couple(name, pos, honorific)) is not None:
                fn = couple  # "The owners, Pat and Graham Mills, ... Mrs Mills said": Pat Mills
            elif fn is not None and words[0] in _HONORIFIC_GENDER and given_names().get(name_tokens(fn)[0]) not in (None, honorific):
                fn = self._other_of_surname(name, name_tokens(fn), pos, honorific) or fn  # "Mrs. Abedini"
                # after "Saeed Abedini": "Naghmeh Abedini", named without a listed given name
            if fn is None and pos < self.headline_end and not self._org_name(men, toks) and (
                    men.desc_start is None or all(w[:1].isupper() for w in self.masked[men.desc_start:men.desc_end].split())):
                # (with an owner or a title before too: "Fed's Waller says ...", "Fed Governor Waller says"; not
                # after a clause read as one, "Ted Cruz endorses Trump, who says")
                # a headline names people before the story does: "Gillibrand on ...: '...'" is the
                # Kristen Gillibrand named below (a person's name: a given name first)
                fn = next((f for p, f in self._full_names_by_surname.get(toks[0], ())
                           if p > pos and f.split()[0].lower() in given_names()), None)
            if fn is None and words[0] in _HONORIFIC_GENDER and honorific:
                # "Mr. Putin forecast ..." in a summary above the story that names "President Vladimir V. Putin": the
                # one person of that surname and the honorific's gender the text names in full later
                later = {f for p, f in self._full_names_by_surname.get(toks[0], ()) if p > pos
                         and given_names().get(f.split()[0].lower()) == honorific
                         and (tm := _TITLE_RIGHT_BEFORE.search(self.masked, max(0, p - 30), p)) is not None
                         and tm.group(1).rstrip(".") in titles()}
                fn = later.pop() if len(later) == 1 else None
            if fn is None and words[0] not in _HONORIFIC_GENDER and not knighted:
                fn = self._given_name_full_name(name, toks[0], pos)  # "Noel said" after "Noel Gallagher"
            if fn is None:
                fn = self._first_surname_full_name(toks[0], pos)  # "Morales" after "Diana Marcela Morales Rojas"
            if fn is not None:
                full = fn
            else:
                # a family name written first: "Ho" after "Ho Kian Fah", "Kim" after "Kim Dae-jung"
                for p, fn in reversed([x for x in self.full_names if x[0] < pos]):
                    ft = name_tokens(fn)
                    if _family_name_of(fn, ft, toks, name) and ft[-1] not in _FIRM_ENDS and (
                            len(ft) == 3 or "-" in fn.split()[-1] or self._named_as_person(fn, p)):
                        # ("Xi" after "Xi Jinping": a given name none of the lexicons', where a title or a
                        # role marks the name as a person's)
                        full = fn
                        break
        elif len(toks) == 2 and toks[0] in PARTICLES and (fn := self._surname_full_name(toks[1:], pos, honorific)) \
                and name_tokens(fn)[-2:] == toks:
            full = fn  # "Le Pen" after "Marine Le Pen", "De Clercq" after "Willy De Clercq": a surname with its particle
        # a surname completed from a person's full name is that person ("Bloomberg" after "Michael Bloomberg")
        if full != name and (same := next((e for e in self.entities if e.kind == "person" and e.name == full
                                           and e.last <= pos), None)) is not None:
            same.last = pos  # "Kim" after "Kim Mahn-je" spoke: him again, not a second entity of his name
            if men.desc_start is not None and self._may_describe(same, men):
                self._describe(same, men)
            return same
        ent = self._new(full, "organization" if full == name and self._org_name(men, toks) else "person", pos)
        if honorific and ent.kind == "person":
            ent.gender = honorific
        if men.desc_start is not None:
            self._describe(ent, men)
        return ent

    def _styled_at_length(self, style: str, name: str, pos: int) -> bool:
        """Did the text, before ``pos``, give the person of ``style`` and one ``name`` more words: another style
        word before ("Crown Prince Frederik") or more names after ("Crown Prince Abdullah Ibn Abdulaziz")?"""
        base = style.split()[-1]
        for m in re.finditer(r"(\w+[ \t]+)?" + re.escape(base) + r"[ \t]+" + re.escape(name) + r"\b([ \t]+[A-Z])?",
                             self.masked[:pos]):
            if m.group(2) or (m.group(1) or "").strip() in ("Crown",) and not style.startswith("Crown"):
                return True
        return False

    def _latest(self, pos: int, test) -> _Entity | None:
        """The entity mentioned last before ``pos`` that passes ``test``."""
        return max((e for e in self.entities if e.last < pos and test(e)), key=lambda e: e.last, default=None)

    def _abbreviated(self, letters: str, pos: int) -> _Entity | None:
        """The organisation named before ``pos`` whose name's initials are ``letters``."""
        return self._latest(pos, lambda e: (e.kind == "organization" or set(e.tokens) & _FIRM_ENDS)
                            and letters in (_initials(e.name), _initials(e.name, legal_form=True)))
        # (the legal form's letter too: "Industrial Equity Ltd (IEL) said ... IEL said")

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
        if len(words) == 2 and words[-1].lower() in _FIRM_LAST and words[0].rstrip(".") in titles():
            return True  # "General Partners said": a firm's last word after a title word, no general called Partners
        if len(words) > 2 and words[0].lower() == "the" and words[1].rstrip(".") in titles() \
                and toks and toks[0] in given_names() and not any(t in ORG_WORDS for t in toks):
            return False  # "The Rev. Jesse Jackson": a person with a title, not "the Pentagon"
        if len(words) >= 4 and _member_role_then_person(words) and not any(t in COMPANY_ENDS for t in toks):
            return False  # "Labour Party MP John Smith", "Radical Party Deputy Raul Baglini": a party's or a
            # body's member by role, then a person by given name (the party's word made the whole an organisation)
        if men.name_start is not None and men.name_start > men.start \
                and self.text[men.start:men.name_start].rstrip().endswith(("'s", "\u2019s")) \
                and not any(t in ORG_WORDS or t in COMPANY_ENDS for t in toks) \
                and (toks[0] in given_names() or len(toks) == 2 and not name.rstrip().endswith("s")):
            return False  # "the Congressional Budget Office's Rudolph Penner": a person of the organisation
        if _CAMEL_CASE_BODY.fullmatch(name.strip()) or name.strip()[:1].isdigit() or _NUMBERED_BRANCH.search(name):
            return True  # "PolitiFact", "BuzzFeed", "WestLB", "GenCorp": a capital inside one word is a brand's
            # (not "McCall", "MacAlpine", "DeSantis", "VanGarlem", "LeRoy": a surname's prefix)
        if _TICKER_END.search(men.text) or is_known_firm(name.strip()):
            return True  # "Merrill Lynch and Co <MER>": a listed company, its stock ticker after it;
            # "Morgan Stanley", "Statistics Canada": a firm or agency the firm list knows
        acronym = ACRONYM.fullmatch(name.strip()) is not None
        company = len(toks) > 1 and toks[-1] in COMPANY_ENDS or (  # "Consumers Power Co", "Belmoral Mines Ltd"
            len(toks) > 3 and toks[-2] == "of" and toks[-3] in COMPANY_ENDS) or (  # "Guy F. Atkinson Co of California"
            len(toks) > 2 and toks[-2] == "and" and toks[-1] in ("company", "sons", "partners", "associates")) \
            or len(toks) > 1 and (toks[-1] in _FIRM_LAST or toks[-1] == "exchange")  # "Trans World Airlines",
        # "Warburg Securities", "the American Stock Exchange" (an exchange is no company for "the company")
        desc = self.text[men.desc_start:men.desc_end].lower() if men.desc_start is not None else ""
        if len(toks) >= 2 and _BODY_ACRONYM_FIRST.match(name.strip()) is not None \
                and not any(t in given_names() for t in toks[1:]) and "'" not in name and "\u2019" not in name \
                and not any(w.rstrip(".") in titles() for w in name.split()):
            return True  # "NHS England", "BBC News", "CNN International": a body's acronym opens the name
            # (not "CNPF Francois Perigot", "CBC Chairman G.K. Butterfield": a person after a body's)
        if desc.startswith("which ") and men.desc_start is not None and men.desc_start > men.start \
                and not (toks and toks[0] in given_names()):
            return True  # "Allina Health, which operates two of the hospitals, said": a thing's relative, no person's
        org_desc = ((desc.startswith(("a ", "an ", "its ")) or (desc.startswith("the ") or " " in desc
                                                                 and desc.split()[0].capitalize() in nationalities())
                     and (len(toks) == 1 or len(toks) <= 3 and desc.startswith("the ") and men.desc_start is not None
                          and men.desc_start > men.start and desc.split()[-1] in ORG_DESCRIPTION_WORDS)
                     or (pm := _PLACE_POSSESSIVE.match(desc)) is not None and len(toks) <= 3
                     and (pm.group(1) in countries() or pm.group(1).title() in us_states())
                     and men.desc_start is not None and men.desc_start > men.start
                     and " of " not in self.text[men.start:men.desc_start]  # (not "Holger Schmieding of Berenberg,
                     # Germany's largest private bank,": the bank's)
                     and desc.split()[-1] in ORG_DESCRIPTION_WORDS)  # ("IG Metall, Germany's largest union,")
                    # ("Russian newspaper Vedomosti", as "the newspaper Vedomosti"; "UK Finance, the banking trade body")
                    and org_description_head(desc)
                    or men.desc_start is None and _COMPANY_OF_BEFORE.search(self.masked, max(0, men.start - 40), men.start)) \
            and not (toks and toks[0] in given_names())  # (not "Jo Flaherty, a senior broadcaster"; "Live Nation,
        # its parent company, said" and "Its parent company, Live Nation, said": a firm)
        if len(words) > 1 and words[0].lower() == "the" and words[-1].rstrip(".") in titles() \
                and not any(t in ORG_WORDS for t in toks):
            return False  # "the Treasury Secretary", "The King": a person by office, not "the Pentagon"
        if len(toks) >= 2 and toks[0] in _FIRM_FIRST:
            return True  # "Banque Nationale de Paris", "Cie Financiere de Paribas": a firm's first word, in French,
            # Spanish or Italian (and after a role: "lead manager Banque Nationale de Paris said")
        if desc and men.name_start is not None and men.desc_end is not None and men.desc_end <= men.name_start \
                and desc.split()[-1].rstrip(".,") in role_heads() and not any(t in ORG_WORDS or t in COMPANY_ENDS for t in toks) \
                and toks[-1] not in _FIRM_LAST and ACRONYM.fullmatch(name.strip()) is None:  # (not "lead manager
            # Warburg Securities", "sole manager BHF": a firm managing an issue)
            return False  # "The Bank of Japan's deputy governor Yasushi Mieno": a person, by the role before the name
        written = self.text[men.start:men.name_start].strip() if men.name_start is not None else ""
        lead = written.lower()
        lead_words = lead.split()
        if lead in FIRM_KIND_OPENERS and toks[0] not in given_names():
            return True  # "Utility Southern California Edison said", "Insurer Aviva said": what it is, before it
        if lead_words[-1:] and lead_words[-1] in _OUTLET_NOUNS and toks and toks[0] not in given_names():
            return True  # "research published in the journal Animal Cognition", "the website Politico": an outlet
        if lead and len(toks) > 1 and (toks[0] in given_names() or _INITIALS_NAME.fullmatch(name.strip())) \
                and not org_description_head(lead) \
                and (is_role_like(lead_words[-1].rstrip(".,")) or is_role_like(lead)
                     # (or any lower-case words after "the" that name no body: "the memory Gordon Brown")
                     or lead_words[0] == "the" and not any(w in ORG_WORDS or w in FIRM_KIND_NOUNS for w in lead_words)
                     and written[4:].islower()) \
                and not any(t in ORG_WORDS or t in COMPANY_ENDS for t in toks) and toks[-1] not in _FIRM_LAST:
            return False  # "The lawyer John Smith", "the real estate developer Marcus Hale": a person, by the
            # noun for a person before the given name (not "the retailer John Lewis", a firm's noun), or before
            # two initials ("The bestselling author JK Rowling")
        if lead_words[-2:] in (["known", "as"], ["identified", "as"]) or lead_words[-1:] in (["named"], ["called"]):
            if toks and toks[0] in given_names() and not any(w in ORG_WORDS or w in FIRM_KIND_NOUNS for w in lead_words):
                return False  # "the base chief known as Bob", "a man named Ahmed": a person by the name given
        if government_place(toks, name) or joined in _PARTIES_PLURAL \
                or _INITIALS_AND.fullmatch(name.strip()):
            return True  # "Washington said", "Texas says": the government; "Democrats"; "S and P", "S/P"
        if len(toks) == 1 and toks[0] not in given_names() and not words[0].rstrip(".") in _HONORIFICS \
                and name.strip()[:1].isupper() and self._named_as_firm(name.strip()):
            return True  # "Texaco said" in an article that wrote "Texaco Inc", "software giant Microsoft"
        if len(toks) >= 2 and toks[0] not in given_names() and (
                any(t in ORG_WORDS - _NOT_ALONE_BODY for t in toks[1:]) or any(t in COMPANY_ENDS for t in toks[1:-1])):
            return True  # "Chase Manhattan Bank, a unit of Chase Manhattan Corp", "Aluminum Co of America": the
            # name's own words say it is a body, whatever the appositive
        if len(words := name.split()) >= 2 and words[0].lower() in _ORG_OPENING_WORDS \
                and not any(t in given_names() for t in toks) and words[-1].rstrip(".") not in titles() \
                and not is_role_like(words[-1].lower()):
            return True  # "National Grid", "Western Digital", "Atlantic Richfield": a name that opens with such
            # an adjective and holds no given name is a body's (not "American Serena Williams", "British Chancellor")
        if not (men.text.lower().startswith("the ") or any(t in ORG_WORDS for t in toks) or company
                or joined in countries() or is_outlet(joined) or acronym or org_desc):  # "F.A.A.", "NATO"
            return False
        if len(toks) == 2 and toks[0] in given_names() and toks[1] in _SURNAME_ORG_WORDS and not org_desc \
                and not men.text.lower().startswith("the ") and not is_outlet(joined) and not is_known_firm(name.strip()):
            return False  # "Jim Press, vice president of Toyota Motor Sales", "Emily Post", "Margaret Court": a
            # given name, then a surname that is also a body's word
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
                if _FIRM_AFTER.match(text, j) or _SHARES_AFTER.match(text, j) \
                        or (fl := _FIRM_LAST_AFTER.match(text, j)) is not None \
                        and (fl.group(1).lower() in _FIRM_LAST - {"media"} or fl.group(1).startswith("Air")):
                    return True  # (and "Southwest Airlines", "Thames Water", "Delta Air Lines": "Southwest said")
                before = text[max(0, i - 16):i]
                prev = before.split()
                if before[-1:] in " \t" and prev and prev[-1] in _FIRM_NOUNS:
                    return True
            i = text.find(name, j)
        return False

    def _may_describe(self, ent: _Entity, men: Mention) -> bool:
        """May ``men``'s description describe the entity: it has none yet, or only the honorific of a
        later mention read before the one that introduced it, whose words name a role ('The environment
        secretary, Steve Reed, said CLAUSE. "...," Mr Reed added': the quotation's "Mr" is read before
        the report's appositive; not "Mr Straw, visiting Beijing, noted", no role)?"""
        if ent.description is None:
            return True
        return ent.description.rstrip(".") in _HONORIFIC_WORDS and men.desc_start is not None \
            and men.desc_end is not None and ent.desc_start is not None and men.desc_start < ent.desc_start \
            and any(r.role for r in parse_description(self.text[men.desc_start:men.desc_end].strip(" ,"), men.desc_start))

    def _describe(self, ent: _Entity, men: Mention) -> None:
        ds, de = men.desc_start, men.desc_end
        if ds is None or de is None or de <= ds:
            return
        if _DOING_WITH_OBJECT.match(self.text, ds, de):
            # "Bankman-Fried, 32, wearing a beige prison uniform, told the court": what he was doing, no
            # description (not "acting head of ...", "managing director": a role); the title before the name
            # is, if any ("President Reagan, seeking to salvage his policy, said")
            if men.name_start is None or men.name_start <= men.start \
                    or self.text[men.start:men.name_start].strip().lower() in ("", "the", "a", "an"):
                return  # (nor an article: "the UAW, pointing to a three pct pay increase, said")
            ds, de = men.start, men.name_start
        if men.name_start is not None and de == men.name_start and ent.kind == "person" \
                and (k := self.text.find(ent.name, de, men.end)) > de and self.text[de:k].strip():
            de = k  # "Chancellor of the Exchequer Nigel Lawson": the words the name lost are the title's
        age = AGE_FIRST.match(self.text, ds, de)
        if age is not None:
            ds = age.end()  # "Tom Reyes, 52, a landlord ...": the age is no part of what he is
        if not self.text[ds:de].strip(" ,") or self.text[ds:de].strip(" ,").isdigit():
            return  # an age alone ("Tom Reyes, 52, said")
        de = _with_closing_mark(self.text, ds, de)
        ent.description = self.text[ds:de].strip(" ,")
        ent.desc_start, ent.desc_end = ds, de
        if ent.kind == "person" and ent.gender is None and ds > men.end and _FIRM_PART_APPOSITIVE.match(ent.description):
            ent.kind = "organization"  # "Celanese Industrial Fibers, a division of Hoechst Celanese Corp, said": a
            # firm's part, whatever its name looks like (and so what a later "it" stands for)
        if ent.kind == "person" and ent.gender is None and not _RELATIVE_WORD.search(ent.description) \
                and role_gender(ent.description) == "female":
            ent.gender = "female"  # "a company spokeswoman, Meranda Cohn": no later "he" (a "chairman" may be a
            # woman: "UKIP chairman Petrina Holdsworth")

    def _anonymous_of_head(self, head: str) -> bool:
        """Did an anonymous source whose description has this head speak ("A geologist at the
        university" for "geologist")? Then "the geologist" is that source, no one named."""
        return any(e.kind == "anonymous" and _before_preposition(_desc_head(e.name)).split()[-1:] == [head]
                   for e in self.entities)

    def _unresolved_epithet(self, men: Mention) -> _Entity:
        """An epithet that is no one named ("The Conservative MP said", "the Scot admitted"): a source by its
        description, not an organisation; most likely someone named before, so no antecedent of a "she"
        after it (the person named before is: "... the Salford MP told the committee. ... she added")."""
        known = len(self.entities)
        ent = self._description(men, "anonymous")
        if ent.key >= known:
            self._unresolved_epithets.add(ent.key)
        return ent

    def _description(self, men: Mention, kind: str) -> _Entity:
        head = _desc_head(men.text)
        evidence = evidence_head(men.text)
        if _ANOTHER.match(men.text):
            # "A senior European diplomat ... said ... Another diplomat said": a source of its own
            ent = self._new(men.text, kind, men.start)
            ent.description, ent.desc_start, ent.desc_end = men.text, men.start, men.end
            self._others.add(ent.key)  # (which no later description of that head joins)
            return ent
        definite = men.text[:4] in ("the ", "The ")
        for ent in reversed(self.entities):
            if ent.key in self._others and not (definite and ent.kind == kind and head and _desc_head(ent.name) == head):
                continue  # (but "Another official ... The official said": the other one, the latest of that head)
            if ent.key in self._headline_findings:
                continue
            if ent.kind == kind and evidence != evidence_head(ent.name):
                continue  # "one official" is not "official figures", nor "the bank" "central bank figures"
            if ent.kind == kind and head and _desc_head(ent.name) == head:
                ent.last = men.start
                return ent
            if ent.kind == kind and head and any(f" {h} " in f" {_before_preposition(ent.name)} "
                                                 for h in _SAME_HEAD.get(head, (head,))) \
                    and not (kind == "group" and _TWO_HEADS.search(ent.name) and " and " not in men.text):
                # (whole words: no "man" in "woman", no "dealer" in "dealers"; "the paper" is "the newspaper"; not a
                # group of two kinds, "union officials and employers", for one of them, "Union officials")
                ent.last = men.start
                return ent
        ent = self._new(men.text, kind, men.start)
        ent.description = men.text
        ent.desc_start, ent.desc_end = men.start, men.end
        return ent

    @cached_property
    def masked_lower(self) -> str:
        return self.masked.lower()

    def _leader_of_body(self, men: Mention) -> _Entity | None:
        """"The IFS chief", "the TUC leader", "the CBI boss": the one person named before with a role
        at that body (its name, or the initials of it) that heads it as the word does (a chief, boss,
        head, director, leader, chair or president is any of them; a general secretary too), or the
        same role."""
        m = _BODY_ROLE_EPITHET.fullmatch(men.text)
        if m is None:
            return None
        org, head = m.group("org"), m.group("head")
        if head not in _LEADER_WORDS and head not in role_heads():
            return None
        found = []
        for ent in self.entities:
            if ent.kind != "person" or len(ent.tokens) < 2 or ent.last >= men.start:
                continue
            for r in self.introduction(ent)[1]:
                if not r.role or not r.organization or r.qualifier:
                    continue
                words = r.role.lower().split()
                rh = "leader" if words[-2:] == ["general", "secretary"] or words[-1] in _LEADER_WORDS else words[-1]
                if (rh == head or rh == "leader" and head in _LEADER_WORDS) and _same_body(org, r.organization):
                    found.append(ent)
                    break
        if len(found) != 1:
            return None
        found[0].last = men.start
        return found[0]

    def _titled_before(self, men: Mention) -> _Entity | None:
        """The person an earlier title named: "Tory leader Michael Howard" for a later "the Tory
        leader", "England coach Sven-Goran Eriksson" for "the England coach" (two to four words
        ending in a role; the title's words in either case, since the press writes both)."""
        words = men.text.split()[1:]
        if not 2 <= len(words) <= 4 or words[-1].lower() not in role_heads() \
                or not all(TITLE_WORD.fullmatch(w) or _INITIALS_WORD.fullmatch(w) for w in words):  # (and a
            # country's initials: "the U.S. Ambassador" after "U.S. Ambassador to GATT Michael Samuels")
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
                        + words + r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}?[A-Z][\w.'\u2019-]*)?"
                        # (the office's remit between: "U.S. Ambassador to GATT Michael Samuels")
                        r"\s+((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+"
                        r"(?:\s+(?:al|el|bin|ibn|van|von|de|da|di|du|del|der|la|le)[-\s][\w'\u2019-]+)?)")
        last = None
        for m in rx.finditer(self.masked, max(0, pos - 4000), pos):
            last = m
        # or the office in apposition after the name: "Sir Keir Starmer, the Prime Minister, visited"
        appositive = re.compile(r"(?<![\w.'\u2019])(?:(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
                                r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}),\s+(?:the|[A-Z][\w.'\u2019-]*(?:'s|\u2019s))\s+"
                                r"(?:(?!(?:[Dd]eputy|[Vv]ice|[Ff]ormer|[Aa]cting|[Ss]hadow|[Aa]ssistant|[Ii]nterim)\b)[a-zA-Z-]+\s+){0,2}?"
                                + "(?i:" + words + r")\s*[,;.]")  # (in either case: "Rachel Reeves, the chancellor,")
        held = list(appositive.finditer(self.masked, max(0, pos - 4000), pos))
        if held and (last is None or held[-1].start() > last.start()):
            if len({m.group(1).split()[-1] for m in held + ([last] if last is not None else [])}) > 1:
                return None  # (two people with that office: no telling which)
            last = held[-1]
        if last is None:
            return None
        name = last.group(1).split()
        if not (person_like_name(name) or len(name) == 2 and name[0] in family_names_first()  # ("Mayor Jiang Zemin")
                or len(name) == 1 and name[0].lower() not in ORG_WORDS
                and name[0] not in titles() and name[0] not in DATE_WORDS and not name[0].endswith(("'s", "\u2019s"))
                or len(name) > 1 and "-" in name[-1] and name[-1][:1].islower()):
            return None  # ("President Reagan": one surname will do; not "Prime Minister Monday")
        s, e = last.span(1)
        held = name_tokens(last.group(1))
        surname = held[-1:]
        # (the holder named again by a part of the name is no other person: "Jiang" for "Mayor Jiang Zemin")
        if alone and (any(ent.kind == "person" and ent.tokens and ent.tokens[-1:] != surname and e < ent.last < pos
                          and not set(ent.tokens) <= set(held) for ent in self.entities)
                      or any(e < p < pos and name_tokens(n)[-1:] != surname and not set(name_tokens(n)) <= set(held)
                             and not _KIN_BEFORE.search(self.masked, max(0, p - 40), p)  # ("Her husband, Saeed
                             # Abedini, was free ..., the president told her": a relative, no holder of it)
                             for p, n in self._subjects
                             if person_like_name(n.split()) or n.split()[0] in _HONORIFIC_GENDER)) \
                and not ((subj := self._subject_before(pos, "none")) is not None and subj[0] > e
                         and name_tokens(subj[1])[-1:] == surname
                         and len(_SENTENCE_END.findall(self.masked, subj[0], pos)) <= 1):
            return None  # with ``alone``: another person spoke or was named since ("the senator" may be that one;
            # but not when the holder, by surname, is the subject of this sentence or the one before: "German
            # Chancellor Olaf Scholz ..., Macron said ... Scholz agreed ... '...,' the chancellor said")
        return Mention(s, e, last.group(1), "name", s, e)

    def _other_of_surname(self, surname: str, not_tokens: tuple[str, ...], pos: int, gender: str) -> str | None:
        """The last two-word name before ``pos`` ending in ``surname`` that is not ``not_tokens``
        and whose first word is no title nor a given name of the other gender, if any."""
        for m in reversed(list(_OTHER_FIRST.finditer(self.masked, 0, pos))):
            c = m.group(0)
            first = c.split()[0]
            if c.endswith(" " + surname) and name_tokens(c) != not_tokens and first.rstrip(".") not in titles() \
                    and first not in _HONORIFIC_WORDS and given_names().get(first.lower()) in (None, gender) \
                    and not _KIN_BEFORE.search(self.masked, max(0, m.start() - 40), m.start()):
                return c  # (not "her son, Humayun Khan")
        return None

    def _one_of_couple(self, surname: str, pos: int, gender: str) -> str | None:
        """The one of a couple named before ``pos`` by two given names and one surname ("Pat and Graham
        Mills") that an honorific of ``gender`` stands for ("Mrs Mills": Pat Mills; "Mr Mills": Graham
        Mills), by the given names' genders; None when there is no such couple or the names do not tell."""
        couple = next((c for c in reversed(_COUPLE.findall(self.masked, max(0, pos - 3000), pos)) if c[2] == surname),
                      None)
        if couple is None:
            return None
        a, b = couple[0], couple[1]
        if a.lower() not in given_names() or b.lower() not in given_names():
            return None  # (two given names: not "Sir Edward and Mr Thorpe")
        ga, gb = given_names()[a.lower()], given_names()[b.lower()]
        if ga == gender and gb != gender or ga is None and gb not in (None, gender):
            return f"{a} {surname}"
        if gb == gender and ga != gender or gb is None and ga not in (None, gender):
            return f"{b} {surname}"
        return None

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
            ft = name_tokens(fn)
            if ft[-1:] == toks:
                if _KIN_BEFORE.search(self.masked, max(0, p - 40), p) and not (gender and given_names().get(ft[0]) == gender):
                    kin = kin or fn  # "at the urging of his wife, Jane Sanders": a later "Sanders" is
                    continue  # the senator named before her, as for an entity introduced as kin
                if gender is None or given_names().get(ft[0]) == gender:
                    return fn
                latest = latest or fn
        return None if strict else latest or kin

    def _statement_issuer(self, pos: int, noun: str | None = None) -> _Entity | None:
        """Who issued the statement a later "the statement" at ``pos`` is: the speaker of the last
        "said in a statement" or "In a statement, X said" of this paragraph or the one before (not
        "The Times said Cook provided a written statement": who issued it is not who spoke); None
        when there is none or no one spoke there. With ``noun``, a post, letter or memo instead ("In a blog
        post, the company said")."""
        rx = _ISSUED_STATEMENT if noun is None else _issued_document(noun)
        last = _last_match(rx, self.masked, max(self._paragraph_before_start(pos), pos - 1500), pos)
        if last is None:
            return None
        if last.group("cue"):  # "X said in a statement": the cue's subject, just before it
            a, b = last.start() - 80, last.start()
        else:  # "In a statement, the company said": the subject after it
            a, b = last.end(), last.end() + 80
        best = None
        for ent in self.entities:
            if ent.kind in ("person", "organization") and a <= ent.last < min(b, pos) \
                    and (best is None or (ent.last > best.last) == bool(last.group("cue"))):
                best = ent
        if best is None and noun is not None and not last.group("cue") \
                and (sm := _SUBJECT_AFTER_DOCUMENT.match(self.masked, last.end())) is not None:
            # "In a blog post, the company said ...": its subject, not resolved yet (reports are read after quotations)
            s0, e0 = sm.span("np")
            best = self.resolve(Mention(s0, e0, sm.group("np"), "description") if sm.group("np")[:4] in ("the ", "The ")
                                else Mention(s0, e0, sm.group("np"), "name", s0, e0))
            if best is not None and best.kind not in ("person", "organization"):
                best = None
        if best is not None:
            best.last = pos
        return best

    def _first_surname_full_name(self, tok: str, pos: int) -> str | None:
        """The one full name of three words or more in the 5,000 characters before ``pos`` whose
        next-to-last word is this surname, a given name first: a Spanish name's first surname ("Morales"
        after "Diana Marcela Morales Rojas", "García" after "Gabriel García Márquez"); None for a word the
        lists take for a given name, or when two such names differ. (And the word before a particle and the last
        surname: "Lula" after "Luiz Inácio Lula da Silva".)"""
        if tok in given_names():
            return None
        names = self.full_names
        found = {fn for p, fn in names[bisect_right(names, (pos - 5000,)):bisect_right(names, (pos,))]
                 if len(ft := name_tokens(fn)) >= 3 and (ft[-2] == tok or len(ft) >= 4 and ft[-2] in PARTICLES and ft[-3] == tok)
                 and ft[0] in given_names() and fn.split()[-1].rstrip(".,") not in _NAME_SUFFIXES
                 and (last := fn.split()[-1].rstrip(".,'\u2019").lower()) not in _FIRM_ENDS and last not in ORG_WORDS
                 and last not in _PARTNERS_WORDS}  # (not a firm named for its founder: "Anthony Bird Associates",
        # "Kurt A. Becher GmbH")
        return found.pop() if len(found) == 1 else None

    def _given_name_alone(self, name: str, tok: str, pos: int) -> bool:
        """A given name of one gender as a sentence's subject, with no full name holding it and no place, body or
        firm of that name within 10,000 characters of ``pos``: a person the story calls by it ("Melanie thought
        about it for a long time. '...,' she said")."""
        if (known := self._alone_names.get(name)) is None:  # (once per name, read where it is first asked about:
            # bounded, so that a long text of many names stays linear)
            lo, hi = max(0, pos - 10_000), pos + 10_000
            names = self.full_names
            known = self._alone_names[name] = name[:1].isupper() and name[1:].islower() and name.isalpha() \
                and name not in us_states() \
                and name.lower() not in countries() and name not in _PLACE_GIVEN_NAMES and not is_known_firm(name) \
                and not any(tok in name_tokens(f) for _p, f in names[bisect_right(names, (lo,)):bisect_right(names, (hi,))]) \
                and not re.compile(r"\b" + re.escape(name) + r"(?:[ \t]+[A-Z]|['\u2019]s[ \t]+[A-Z])"
                                   r"|(?:[A-Z]\.|(?!" + _OPENER_ALTERNATION + r")[A-Z][a-z]+)[ \t]+" + re.escape(name) + r"\b"
                                   ).search(self.masked, lo, hi)
        # (no name's word: not "Tom Heinz", "H.J. Heinz", "Melanie Smith" nearby)
        return known

    def _given_name_full_name(self, name: str, tok: str, pos: int) -> str | None:
        """The one full name introduced before ``pos`` (within a few thousand characters) that starts
        with the given name ``name`` ("Noel" after "Noel Gallagher"; "Liam" after "Liam and Noel
        Gallagher": Liam Gallagher); None when the lists know no such given name or two people have it."""
        if tok in self._full_names_by_surname:
            return None  # (not a surname of the text: "Scott" after "Rick Scott")
        if tok not in given_names():
            # a given name the lists lack, opening one full name of two words that a person of the text has, which
            # the text writes alone after it: "Ashwath Kaushik ... '...,' Ashwath told the BBC"
            full = {fn for _p, fn in self.full_names if name_tokens(fn)[:1] == (tok,)}
            if len(full) != 1 or len(name_tokens(f := next(iter(full)))) != 2 \
                    or any(t in ORG_WORDS or t in _FIRM_ENDS for t in name_tokens(f)):
                return None
            k = self.masked.find(f, 0, pos)
            person = any(e.kind == "person" and e.name == f and e.gender is not None for e in self.entities) \
                or k >= 0 and _PERSON_AFTER_NAME_MARK.match(self.masked, k + len(f)) is not None
            return f if k >= 0 and person else None  # (a person's: not "Airbus" after "Airbus Industrie")
        if (seen := self._given_name_uses.get(name)) is None:
            alone = re.search(r"(?<![\w'\u2019.-])" + re.escape(name) + r"(?![\w'\u2019-]|[ \t]+(?:and[ \t]+)?[A-Z])",
                              self.masked)
            titled = re.search(r"(?:\b[A-Z][\w'\u2019]{0,4}\.|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof))[ \t]+" + re.escape(name)
                               + r"(?![\w'\u2019-]|[ \t]+[A-Z])", self.masked)
            seen = self._given_name_uses[name] = (alone.start() if alone else len(self.masked),
                                                  titled.start() if titled else len(self.masked))
        first_alone, first_titled = seen  # (each looked for once per text: a name's every use asks)
        if first_titled < pos:
            return None  # a surname after a title or an initial: "Rep. David O'B. Martin ... Martin said"
        lo = max(0, pos - 5000)
        names = self.full_names
        end = min(pos, first_alone + 1)
        found = {fn for p, fn in names[bisect_right(names, (lo,)):bisect_right(names, (end,))]
                 if name_tokens(fn)[:1] == (tok,) and len(ft := name_tokens(fn)) >= 2
                 and fn.split()[-1].rstrip(".,") not in _NAME_SUFFIXES and ft[-1] not in _FIRM_ENDS}
        # (the full name first, the given name alone after it, not "his brother Freddy ... Freddy Trump", whose
        # given name is how the text knows him; nor a firm, "Heinz Co", nor a surname with "Jr.")
        found |= {f"{name} {c.group(3)}" for c in _COUPLE.finditer(self.masked, lo, end + 60)
                  if c.start() < end and c.group(1) == name and c.group(2).lower() in given_names()}
        # ("Liam and Noel Gallagher": both Gallaghers)
        return found.pop() if len(found) == 1 else None

    def _person_named(self, name: str) -> bool:
        """Is this name a person's in the text: a given name first, or the surname of a full name or
        of a person spoken of?"""
        toks = name_tokens(name)
        return bool(toks) and (toks[0] in given_names() or toks[-1] in self._full_names_by_surname
                               or any(e.kind == "person" and e.tokens[-1:] == toks[-1:] for e in self.entities))

    def _may_be_a(self, ent: _Entity, head: str, epithet: str = "", pos: int = 0) -> bool:
        """May this person be called by ``head``: a playing position ("the defender") only when no role
        the article gave them says otherwise ("Rovers manager Gary Webb" is no defender; a striker
        may be "the player" or "the captain" too). Other words are looser ("Rock star Ozzy Osbourne"
        is "the Black Sabbath singer", a host "the presenter")."""
        had = ent.key in self._introduced
        desc, roles = self.introduction(ent)
        if not had:
            del self._introduced[ent.key]  # (read again when the quotation is finished: more may be known)
        heads = {r.role.split()[-1].lower() for r in roles if r.role}
        if head in _CHILD_HEADS:
            # "Abhimanyu Mishra secured the title ... '...,' the boy said": a child named, with no role (not "Officer
            # Dan Reed found him", nor after "a 12-year-old boy was hurt": that boy, unnamed)
            return not heads and not desc and re.search(r"\b(?:a|an|one)[ \t]+(?:[\w-]+[ \t]+){0,2}" + head + r"\b",
                                                        self.masked_lower[max(0, pos - 3000):pos]) is None
        orgs = [r.organization for r in roles if r.organization]
        named = [w for w in epithet.split()[1:-1] if w[:1].isupper()]
        if named and orgs and not any(w in org for w in named for org in orgs) and not any(w in (desc or "") for w in named):
            return False  # "Rovers manager Gary Webb ... the Exeter manager said": another club's
        if head.upper() in SEAT_TITLES:
            return not heads or head in heads  # ("Jane Doe, a resident, complained ... the new MP said": not her)
        return head not in positions() or not heads or head in heads or heads <= positions() | PLAYER_ROLES

    def _after_person_and(self, role: Role) -> Role:
        """A title read back past "and" over another person ("Paul Volcker and Japanese Finance Minister
        Kiichi Miyazawa", "Donald Trump and House Speaker Paul Ryan"): the title after "and" only."""
        desc = role.description or ""
        k = desc.rfind(" and ")
        if k < 0:
            return role
        before = desc[:k].split()
        if not before or not (before[0].lower() in given_names() and len(before) <= 3 or len(before) == 1 and any(
                e.kind == "person" and e.tokens[-1:] == (before[0].lower(),) for e in self.entities)):
            return role  # ("Frost and Sullivan Inc analyst", "Trade and Industry Secretary": one name)
        rest = parse_title(desc[k + 5:], role.start + k + 5)
        return rest[0] if rest else role

    def _epithet(self, men: Mention, epithet: re.Match | None = None) -> _Entity | None:
        """The person an epithet stands for ("the Texas senator", "the Kentucky Republican", "the New
        York businessman"): the one "he" would be, when that person is also the subject of this
        sentence or the one before (not someone named further back: "... whether Sanders was ready.
        The Vermont senator emailed" is left as it is written, Obama being the last subject)."""
        if epithet is None and (epithet := _EPITHET.fullmatch(men.text)) is None:
            return None
        gender = _EPITHET_GENDER.get((epithet.group("head") or "").lower(), "none")
        subj = self._subject_before(men.start, gender)
        if subj is None or len(_SENTENCE_END.findall(self.masked, subj[0], men.start)) - len(
                _AGED_OPENING.findall(self.masked, subj[0], men.start)) > 1:
            return None  # (a sentence opening with an age is the subject's again: "Emma Raducanu says ... The
            # 22-year-old beat Jessica Pegula ... '...,' the British number two said")
        if not _ANY_SENTENCE_END.search(self.masked, subj[0], men.start) \
                and self.masked.endswith(("but ", "while ", "whereas "), max(0, men.start - 8), men.start):
            return None  # "Dallas said that Deans was tackled short, but the Kiwi said ...": the contrast is
            # another person's
        ent = self._pronoun(men, as_pronoun=(gender, "person"))
        if ent is None or ent.kind != "person" or not ent.tokens or name_tokens(subj[1])[-1:] != ent.tokens[-1:]:
            return None
        if not _ANY_SENTENCE_END.search(self.masked, subj[0], men.start) and any(
                subj[0] + len(subj[1]) < p < men.start and (toks := name_tokens(full))[-1:] != ent.tokens[-1:]
                and toks[0] in given_names() for p, full in self.full_names):
            return None  # another person named between in the same sentence: "Mr. Trump took on Hillary
            # Clinton on Sunday after the Democratic front-runner had said" is hers (not in the paragraph
            # before: 'Mikel Arteta admitted that the loss of Bukayo Saka had "changed everything".
            # "...," the Arsenal manager told reporters' is his)
        return ent

    def _pronoun(self, men: Mention, named: frozenset[str] = frozenset(),
                 as_pronoun: tuple[str, str] | None = None) -> _Entity | None:
        """The antecedent of a pronoun; ``as_pronoun``: the (gender, kind) of a phrase read as one (an
        epithet: "the Texas senator", gender "none" for either)."""
        gender, kind = as_pronoun or pronouns()[men.text.lower()]
        if kind == "person" and gender == "none" and as_pronoun is None:
            return None  # "I": the writer or an unnamed speaker
        best = None
        for ent in self.entities:
            if ent.last >= men.start:
                continue
            if kind == "group" and (ent.kind != "group" and not _party_of_members(ent) and not _the_police(ent)
                                    and not (
                                        _people_as_one(ent) and not self._other_spoke_between(ent, men.start))
                                    or evidence_head(ent.name)
                                    or _GROUP_BY_COUNT.fullmatch(ent.name) and men.text.lower() == "we"):
                continue  # "they" is people: an outlet that "talked to" soldiers is not who "they" are,
                # nor are "official figures"; and "The two admit ..." are no later "we" of the writer's
            if kind == "organization" and (ent.kind != "organization" or government_place(ent.tokens, ent.name)):
                continue  # (not a capital or a state speaking for its government: "it" is rarely one)
            if kind == "person":
                if ent.kind not in ("person", "anonymous"):
                    continue
                if ent.kind == "anonymous" and (ent.key in self._unresolved_epithets
                                                or org_description(ent.name) or evidence_head(ent.name)
                                                or not_a_he(ent.name) or gender != "none" and (
                                                    plural_people(ent.name) or _PLURAL_HEAD.search(ent.name)
                                                    or _PRONOUN_AND.match(ent.name))):
                    continue  # "The government says ..." is no "he", nor "the survey found", nor "Mr Bell's
                    # speech", nor "Many conservatives"
                eg = ent.gender or (role_gender(ent.name) if ent.kind == "anonymous" else None)
                if eg and gender != "none" and eg != gender:
                    continue  # (nor is "his mother" a "he")
                if ent.kind == "person" and named_in(ent.tokens, named):
                    continue
            if best is None or ent.last > best.last:
                best = ent
        if best is None and kind == "organization" and men.text.lower() == "it":
            best = self._latest(men.start, lambda e: e.kind == "anonymous" and men.start - e.last < 600
                                and _DOCUMENT_WORD.search(e.name.split(",")[0]) is not None
                                and len(e.name.split()) <= 8)  # "The memo says ... It adds": the memo
        if best is None and kind == "organization":
            best = self._thing_before(men.start)  # "The newspaper ran an editorial ... it added"
        if best is None and kind == "organization":
            best = self._firm_taken_for_person(men.start)
        if best is None and kind == "organization":
            # "The Association of British insurers warned ... It said": an organisation in words
            for ent in self.entities:
                if ent.kind == "anonymous" and ent.last < men.start and len(ent.name.split()) <= 6 \
                        and org_description(ent.name) and not _RELATIVE_WORD.search(ent.name) \
                        and (best is None or ent.last > best.last):
                    best = ent
        if best is not None and kind == "organization" and best.kind == "organization" \
                and best.name.lower() in countries():
            # "Ukraine says it has retaken a village ... Russia's defence ministry said ... It said": a body in words
            # that spoke since the country did, not the country (a body described after a firm named is mostly
            # that firm again: "the oil industry trade group" after the American Petroleum Institute)
            best = max((ent for ent in self.entities if ent.last > best.last and ent.last < men.start
                        and ent.kind == "anonymous" and len(ent.name.split()) <= 6 and org_description(ent.name)
                        and not _RELATIVE_WORD.search(ent.name)), key=lambda ent: ent.last, default=best)
            if best.kind == "organization" and (bm := _last_match(_body_opening_sentence(), self.masked,
                                                                  max(best.last + 1, men.start - 600), men.start)):
                # "... Russia's defence ministry did not comment on the claim. Earlier, it said": the body opening
                # the sentence before, though it said nothing
                body = bm.group(1)
                if body.split()[-1][:1].isupper():  # "The Kremlin did not comment": a body by its name
                    k = 4 if body.startswith("The ") else 0
                    if all(w[:1].isupper() for w in body[k:].split()):  # (not "The third High Command communique")
                        best = self._organisation_named(body[k:], bm.start(1) + k)
                else:
                    best = self.resolve(Mention(bm.start(1), bm.end(1), body, "description")) or best
        if best is None and kind == "organization" and men.text.lower() == "it":
            best = self._firm_subject_before(men.start)  # "Mitsubishi Motors issued ... Last month it said"
            if best is None and men.text == "it" and _RELATIVE_RIGHT_BEFORE.search(self.masked, max(0, men.start - 8),
                                                                                     men.start):
                best = self._relative_clause_owner(men.start)  # "Market leader Nintendo is releasing a console that
                # it says will revolutionise ...": the subject of the sentence the relative clause stands in
        elif best is not None and kind == "organization" and (
                men.text == "It" or men.text == "it"
                and _TIME_OPENER.fullmatch(self.masked, sentence_start(self.masked, men.start), men.start) is not None):
            best = self._body_subject_since(men.start, best) or best  # (a sentence of its own: not "X will
            # do Y, it said", whose X is what the report is about; and after a time opening it: "Last week, it denied")
        if kind == "group" and men.text.lower() in ("they", "all"):
            # "talked to half a dozen former soldiers ... they argued"; a group or pair of people
            # named since the last group spoke ("Samuel Ackroyd and James Swan ... They told ITV")
            best = self._group_before(men.start, best.last if best is not None else -1,
                                      pairs_only=best is not None and not _party_of_members(best)) or best
            if men.text.lower() == "they" and (rep := self._described_reporter_before(men.start, "none")) is not None \
                    and (best is None or rep[0] > best.last) \
                    and self.masked[rep[0]:rep[1]].split()[-1].lower() in _SINGULAR_THEY_HEADS:
                # 'A Department of Health spokesperson said ... "...," they said': one person, of no gender given
                best = self.resolve(Mention(rep[0], rep[1], self.text[rep[0]:rep[1]], "description")) or best
        subj = self._subject_before(men.start, gender, named) if kind == "person" else None
        if subj is None and best is None and kind == "person" and men.start - self._paragraph_before_start(men.start) < 1500:
            # "When Alan Telfer started work on the hills ... Today there is one: him. '...,' he says":
            # no other antecedent, the subject of a fronted clause in this paragraph or the one before
            subj = self._subject_before(men.start, gender, named, fronted=True)
            if subj is not None and subj[0] < self._paragraph_before_start(men.start):
                subj = None
        for _ in range(3):
            if subj is None or subj[1].lower() not in countries():
                break
            # a country is no "he" (it speaks as an organisation): the subject before it ("Yukiya
            # Amano ... said that ... North Korea is violating ..., which he added ...")
            subj = self._subject_before(subj[0], gender, named)
        if subj is not None and (best is None or subj[0] > best.last):
            pos, name = subj
            words = name.split()
            knighted = len(words) == 2 and words[0] in ("Sir", "Dame")  # "Sir Elton": a given name after it
            if len(words) > 1 and words[0].rstrip(".") in _HONORIFICS \
                    or len(words) == 2 and words[0] in _PERSON_TITLES and words[0] not in _PEERAGE:
                words = words[1:]  # "Mr Hockney": Hockney; "President Obama": Obama (but "Lord Carlile", as named)
            cut = _from_given_name(" ".join(_after_title(words)))  # "PolitiFact Executive Director
            # Aaron Sharockman responded", "Supreme Court Justice Antonin Scalia said"
            pos, name = pos + len(name) - len(cut), cut
            if " " not in name and (name.lower() in given_names() or knighted) and (full := next(
                    (f for p2, f in reversed(self.full_names) if p2 < pos and name_tokens(f)[:1] == (name.lower(),)
                     and len(name_tokens(f)) > 1), None)) is not None:
                name = full  # "James has spearheaded ..." after "James Murdoch": him, by his full name
            named_subject = self._name(Mention(pos, pos + len(name), name, "name", pos, pos + len(name)), gender)
            if not (named_subject.kind == "organization" and (set(named_subject.tokens) & _ORG_OR_FIRM_WORDS
                                                              or is_known_firm(named_subject.name)
                                                              or is_outlet(named_subject.name)  # (a paper is no "he")
                                                              or named_subject.tokens[:1] and named_subject.tokens[0]
                                                              in _ORG_OPENING_WORDS)
                    and not any(t in given_names() for t in named_subject.tokens)):
                best = named_subject  # (but "Campaign for Trump says ..." is no "he")
        if kind == "person" and (nr := self._named_reporter_before(men.start, gender)) is not None \
                and (best is None or nr[0] > best.last) and (subj is None or nr[0] > subj[0]):
            # "O'Leary's future was in question, but Villa chairman Doug Ellis said he was happy ...
            # '...,' he told Villa's website": the person named reporting earlier in the paragraph (its
            # reports are attributed after its quotations, so he is no entity yet)
            best = self._name(Mention(nr[0], nr[0] + len(nr[1]), nr[1], "name", nr[0], nr[0] + len(nr[1])), gender)
            subj = None
        if kind == "person" and (rep := self._described_reporter_before(men.start, gender)) is not None \
                and (best is None or rep[0] > best.last) and (subj is None or rep[0] > subj[0]):
            # "But the spokesman said the decision was not final. '...,' he said": the described
            # reporter just before, in the same paragraph, not a person named paragraphs earlier
            # (a paragraph's reports are attributed after its quotations, so he is no entity yet)
            if (first := self._introduced_as_one_before(rep)) is not None:
                self.resolve(first)  # ("An Investment Ministry official has told ... The official said"):
                # the source as introduced first, so that the definite description is the same one
            best = self.resolve(Mention(rep[0], rep[1], self.text[rep[0]:rep[1]], "description"))
            if best is None:
                return None
        if kind == "person" and (role_subj := self._role_subject_before(
                men.start, gender, max(best.last if best is not None else -1, subj[0] if subj is not None else -1))) \
                is not None:
            best = role_subj  # "... his spokesman, Chris Nakamura, said ...¶The governor later softened his tone.
            # '...,' he told a local radio station": the person whose role opens the sentence before
        if kind == "person" and gender != "none" and best is not None and best.kind == "anonymous" \
                and best.last < (ps := self._paragraph_start(men.start)) and (subj is None or subj[0] < ps) \
                and (qm := _QUOTATION_THEN_PRONOUN.search(self.masked, ps, men.end)) is not None \
                and (named := self.named_object_before(qm.start(), gender, this_paragraph=True)) is not None:
            best = named  # "Among them was Aisha Shah, who had been due to fly to Mumbai. '...,' she said": the one
            # woman named in full in her paragraph before the quotation, not an unnamed source of a paragraph before
            # (only for a quotation's own sentence: not "... a bill introduced by Senator Lloyd Bentsen, he said")
        if kind == "person" and gender != "none" and (kin := self._kin_subject_before(
                men.start, gender, max(best.last if best is not None else -1, subj[0] if subj is not None else -1))) \
                is not None:
            best = kin  # "Her husband points to a line on the wall. '...,' he says": the one named by kin alone, the
            # subject of the sentence before in this paragraph
        if best is None and kind == "person" and gender == "female":
            best = self._latest(men.start, lambda e: e.kind == "anonymous" and e.gender is None
                                and men.start - e.last < 300 and _EITHER_GENDER_ROLE.search(e.name) is not None
                                and self._paragraph_start(men.start) <= e.last)
            # "A spokesman at Anacomp said ... She would not say how much it will pay": a wire's "spokesman" or
            # "chairman" may be a woman; only with no other antecedent, in the same paragraph
        if best is None:
            return None
        if kind == "person" and gender != "none" and best.gender is None:
            best.gender, best.gender_at = gender, men.start
        best.last = men.start
        return best

    def _paragraph_start(self, pos: int) -> int:
        """Where the paragraph (line) holding ``pos`` starts."""
        return self.masked.rfind("\n", 0, pos) + 1

    def _kin_subject_before(self, pos: int, gender: str, after: int) -> _Entity | None:
        """The unnamed person a kin noun of ``gender`` names as the subject of the sentence right before ``pos``'s
        in its paragraph ("Her husband points to a line on the wall."), when it stands after ``after``; else None."""
        ps = max(0, pos - 400, self.masked.rfind("\n", max(0, pos - 400), pos) + 1)
        last = None
        for last in _KIN_OPENING.finditer(self.masked, max(0, ps - 1), pos):
            pass
        one = None
        for one in _ANOTHER_DESCRIBED_OPENING.finditer(self.masked, max(0, ps - 1), pos):
            pass
        if one is not None and (last is None or one.start(1) > last.start(1)) and one.start(1) > after \
                and len(_SENTENCE_END_BETWEEN.findall(self.masked, one.end(), pos)) == 1 \
                and role_gender(one.group("desc")) in (None, gender):
            # 'Another, a product manager, described a culture of fear. "...," he said': the source the appositive
            # describes, the subject of the sentence right before
            men = Mention(one.start(1), one.end(1), one.group(1), "description")
            men.desc_start, men.desc_end = one.span("desc")
            return self.resolve(men)
        if last is None or last.start(1) <= after or KIN_NOUN_GENDER.get(last.group(2)) != gender \
                or len(_SENTENCE_END_BETWEEN.findall(self.masked, last.end(), pos)) != 1:
            return None  # (the sentence right before the quotation's only)
        return self.resolve(Mention(last.start(1), last.end(1), last.group(1), "description"))

    def _role_subject_before(self, pos: int, gender: str, after: int) -> _Entity | None:
        """The person named earlier whose stated role, as a definite description, is the subject of a
        sentence of this paragraph before ``pos`` ("The governor later softened his tone."), when that
        sentence's subject stands after ``after`` (nearer than the other antecedents); None when there is
        none, or more than one person has that role."""
        lo = max(0, pos - 600)  # (a few sentences: never the whole of a long one-line text)
        ps = max(lo, self.masked.rfind("\n", lo, pos) + 1)
        last = None
        for last in _ROLE_SUBJECT.finditer(self.masked, max(0, ps - 1), pos):
            pass
        if last is None:
            return None
        s, e = last.span("np")
        if s <= after:
            return None  # (an antecedent nearer than it: no look needed)
        ent = self._described_person_at(Mention(s, e, self.masked[s:e], "description"))
        if ent is None or gender != "none" and ent.gender not in (None, gender):
            return None
        return ent

    def _described_person_at(self, men: Mention) -> _Entity | None:
        """:meth:`_described_person`, leaving the entities' last mentions and the introductions read as they
        were (only a look: an introduction read now would be cached as it stands now)."""
        lasts = {id(x): x.last for x in self.entities}
        introduced = dict(self._introduced)
        ent = self._described_person(men)
        if ent is not None:
            ent.last = lasts[id(ent)]
        self._introduced = introduced
        return ent

    def named_object_before(self, pos: int, gender: str, this_paragraph: bool = False) -> _Entity | None:
        """When "he" or "she" has no antecedent at all: the one person of that gender (by given name)
        named in full in this paragraph or the one before (``this_paragraph``: in this one), whatever part
        the name plays in its sentence ("Following the comments by acting Opec secretary general Adnan
        Shihab-Eldin, crude fell. He said ...": an object, which the subject scan does not read)."""
        ps = self._paragraph_before_start(pos, 800) if not this_paragraph else self._paragraph_start(pos)
        named = [(p, f) for p, f in self.full_names if ps <= p < pos and 2 <= len(f.split()) <= 3
                 and given_names().get(name_tokens(f)[0]) in (gender, None) and not _place_named(f)
                 and not p < self._title_case_headline_end  # (a title-case headline's capitals are no people:
                 # "Hillary Clinton's Claim That Donald Trump Is In ISIS Recruiting Videos Isn't True")
                 and person_like_name(f.split())]  # (nor a body's or a place's: "Christine Rush, director of the
        # Bangkok Film Market": one woman named)
        if not named or len({name_tokens(f)[-1] for _p, f in named}) != 1 \
                or given_names().get(name_tokens(named[-1][1])[0]) != gender:
            return None  # (none, or two people who may be of that gender, "Leonardo DiCaprio" too: no telling which)
        p, f = named[-1]
        dot = self.masked.rfind(". ", 0, p)
        ss = max(dot + 2 if dot >= 0 else 0, self.masked.rfind("\n", 0, p) + 1)
        words = self.masked[ss:p].split()[:4]
        if words and words[0] in ("The", "A", "An") and any(person_noun(w.strip(",")) for w in words[1:]):
            return None  # "The governor met her deputy, Tom Reyes, and the mayor, Ann Cole. '...,' she said":
            # the sentence's own subject is a person, unnamed, and more likely who speaks
        return self._name(Mention(p, p + len(f), f, "name", p, p + len(f)), gender)

    def _paragraph_before_start(self, pos: int, window: int = 1500) -> int:
        """Where the paragraph before the one holding ``pos`` starts, but no further back than
        ``window`` characters (a long one-line text is read in bounded steps)."""
        lo = max(0, pos - window)
        ps = self.masked.rfind("\n", lo, pos)
        return max(lo, self.masked.rfind("\n", lo, ps - 1) + 1) if ps > lo else lo

    def _one_source_before(self, pos: int) -> str | None:
        """The anonymous source last introduced with "a", "an" or "one" as a speaker in this
        paragraph or the one before ("a government source said" -> "government source"); None if none."""
        lo = self._paragraph_before_start(pos, 600)
        last = None
        for last in _ONE_SOURCE_SAID.finditer(self.masked, lo, pos):
            pass
        if last is None:
            return None
        words = (last.group("a") or last.group("b")).split()
        return " ".join(words) if person_noun(words[-1]) or words[-1] in ("source", "official", "insider") else None

    def _group_that_spoke(self, pos: int) -> str | None:
        """The words of the last counted group opening a sentence in this paragraph or the one
        before ("Two defense officials, speaking on condition of anonymity, said" -> "defense
        officials"), without its count; None if none."""
        lo = self._paragraph_before_start(pos, 600)
        last = None
        for last in _COUNTED_GROUP.finditer(self.masked, lo, pos):
            pass
        return last.group(1) if last is not None else None

    def _people_named_before(self, pos: int) -> str | None:
        """The plural noun for people last written in this paragraph or the one before
        ("Workers leaving the plant were angry" -> "workers"), lower-cased; None if none."""
        lo = self._paragraph_before_start(pos, 600)
        last = None
        for last in _PEOPLE_WORD.finditer(self.masked, lo, pos):
            pass
        return last.group(0).lower() if last is not None else None

    def _introduced_as_one_before(self, rep: tuple[int, int]) -> Mention | None:
        """The indefinite description that introduced the source a definite description
        repeats ("An Investment Ministry official" for "The official"), in its paragraph or
        the one before; None when none did."""
        head = self.masked[rep[0]:rep[1]].split()[-1]
        ps = self._paragraph_before_start(rep[0])
        last = None
        for last in re.finditer(r"(?<![\w'\u2019-])(?:[Aa]n?|One|one)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?"
                                + re.escape(head) + r"\b", self.masked[ps:rep[0]]):
            pass
        if last is None:
            return None
        return Mention(ps + last.start(), ps + last.end(), last.group(), "description")

    def _body_by_head(self, noun: str, pos: int) -> str | None:
        """The body's name ending in this common noun ("council" of "the county council's") last
        written within 3,000 characters before ``pos``: "Calderdale Council", "Food and Drink Federation";
        None if none."""
        head = noun.split()[-1]
        lo = max(0, pos - 3000, self.headline_end)  # (not a headline's title case: "Leadership Announces
        # Dissolution Of Secret Club")
        if self.masked.find(head.capitalize(), lo, pos) < 0:
            return None  # (no body of that name before: the scan below is skipped)
        last = None
        for m in re.finditer(r"(?<![\w'\u2019-])((?:[A-Z][\w&'\u2019.-]*[ \t]+(?:(?:and|&)[ \t]+(?=[A-Z]))?){1,5}"
                             + re.escape(head.capitalize())
                             + r"(?:[ \t]+(?:of|for|on)[ \t]+(?!(?:" + DAYS + r")\b)(?:the[ \t]+)?[A-Z][\w&'\u2019.-]*(?:[ \t]+(?:and[ \t]+)?"
                             r"[A-Z][\w&'\u2019.-]*)*)?)(?![\w-])", self.masked[lo:pos]):
            if not any(w in _TITLE_CASE_WORDS for w in m.group(1).split()[1:]) \
                    and not (head == "union" and _LEGAL_FORM_NEXT.match(self.masked, lo + m.end())):
                last = m  # (not a firm's name going on: "General Mining Union Corp Ltd" is no union)
        if last is None:
            return None
        words = last.group(1).split()
        while words and words[0] in ("The", "A", "An") or words and words[0] in OPENERS:
            words = words[1:]
        return " ".join(words) if len(words) >= 2 else None

    def _body_named_before(self, pos: int) -> str | None:
        """The organisation an "its" or "their" at ``pos`` stands for (:meth:`_body_subject_before`), else
        an organisation that spoke in this paragraph or the one before, named after its description
        ("The state weather agency Aemet said ... Its spokesman, Ruben del Campo, told reporters")."""
        if (body := self._body_subject_before(pos)) is not None:
            return body
        ps = self._paragraph_before_start(pos, 400)
        spoke = [(k, e.name) for e in self.entities if e.kind == "organization" and len(e.name) > 2
                 and (k := self.masked.rfind(e.name, ps, pos)) >= 0]
        if not spoke:
            return None
        k, name = max(spoke)
        return name if _DESCRIBED_BODY_BEFORE.search(self.masked, max(ps, k - 60), k) \
            or _ACCORDING_BEFORE_BODY.search(self.masked, max(ps, k - 30), k) and not is_outlet(name) \
            or _SAID_TO_END.fullmatch(self.masked, k + len(name), pos) else None

    def _body_subject_before(self, pos: int) -> str | None:
        """The organisation an "its" or "their" at ``pos`` stands for: the last name before it in
        its paragraph and the one before, when that name is a body's ("Greater Manchester Fire
        and Rescue Service welcomed the sentence. '...,' said its head of protection"); None when
        the last name is anything else ("Britain ... its prime minister")."""
        ps = self._paragraph_before_start(pos, 400)
        last = None
        for m in _CAPITALISED_RUN.finditer(self.masked, ps, pos):
            if m.group("name") in NOT_SUBJECT or m.group("name") in _SUBORDINATORS:
                continue  # a sentence's first word, no name: "In a statement, its chief executive ..."
            if (self.masked[m.end():pos].strip(" ,") or m.group().endswith(".")) and (
                    m.start() == ps or _SUBJECT_START.search(self.masked, max(0, m.start() - 4), m.start())
                    or (tb := _THE_BEFORE_NAME.search(self.masked, max(ps, m.start() - 30), m.start())) is not None
                    and (tb.start() == ps or _SUBJECT_START.search(self.masked, max(0, tb.start() - 4), tb.start()))
                    and _KIND_AFTER.match(self.masked, m.end()) is not None  # ("The leftist France Unbowed party")
                    or _AGENT_BEFORE.search(self.masked, max(0, m.start() - 8), m.start())
                    and (m.group().endswith(".") or self.masked.startswith(".", m.end())
                         or _TIME_TO_SENTENCE_END.match(self.masked, m.end()) is not None)):
                # ("was welcomed by the Rivers Trust. Its director")
                last = m  # the subject of a sentence, not the person's own name right before ("Htay Oo,
                # its acting chairman"), nor a body the subject deals with ("talks with the LSE, its chief")
        if last is not None and (kn := _KIND_THEN_NAME.match(self.masked, last.start("name"))) is not None \
                and _REST_OF_SENTENCE.fullmatch(self.masked, kn.end(), pos) is not None:
            return kn.group("name")  # "Consumer group BEUC called the decision a big win. Its director general":
            # the body named after its kind, opening the sentence before
        if last is None:
            return None
        name = last.group("name").removesuffix("'s").removesuffix("\u2019s")
        if name.endswith(".") and len(name.rsplit(None, 1)[-1]) > 4:
            name = name[:-1]  # the sentence's full stop ("the Rivers Trust."), not "Co."
        words = name.split()
        link = next((n for n, w in enumerate(words) if n and w in ("of", "for")), None)
        head = (words[link - 1] if link else words[-1]).lower().rstrip(".")  # ("Bank of England", "Institute for
        # Fiscal Studies": the body's word before what it is of or for)
        if any(e.kind == "organization" and e.name in (name, "The " + name) for e in self.entities):
            return name  # a body that spoke: "The QCA said ... said its chairman" (named with its article or not)
        if not name.endswith(".") and _THE_BEFORE_NAME.search(self.masked, max(0, last.start("name") - 30), last.start("name")) \
                and (kind := _KIND_AFTER.match(self.masked, last.end())) is not None and _body_kind_word(kind.group(1)):
            return name  # "The Unia union condemned the decision. Its spokesman ...": the body its kind names
        if (ak := _BODY_KIND_APPOSITIVE.match(self.masked, last.end())) is not None and _body_kind_word(ak.group(1)) \
                and _REST_OF_SENTENCE.fullmatch(self.masked, ak.end(), pos) is not None:
            return name  # "Farm Action, an advocacy group, has asked regulators to investigate. Its president, Angela
            # Huffman, says": a body by what its appositive says it is
        if len(words) == 1 and _CAMEL_CASE_BODY.fullmatch(name) or is_known_firm(name):
            return name  # "NetChoice, a trade group ..., brought the lawsuit. Chris Marchese, its litigation director";
            # "The complaint was brought by Spotify in 2019. Its founder, Daniel Ek, ..."
        if len(words) == 1 and (name[1:].islower() and len(name) > 2 or name.isalpha() and name.isupper() and 2 <= len(name) <= 5) \
                and name.lower() not in given_names() and not person_noun(name) and name.lower() not in ORG_WORDS \
                and name.lower() not in countries() and name not in us_states() \
                and (_PAST_VERB_AFTER.match(self.masked, last.end()) is not None
                     or last.group("name").endswith(("'s", "\u2019s"))
                     and _OWNED_THEN_VERB.match(self.masked, last.end()) is not None) \
                and _ITS_OPENS.match(self.masked, pos) is not None \
                and _REST_OF_SENTENCE.fullmatch(self.masked, last.end(), pos) is not None \
                and not any(e.kind in ("person", "anonymous") and e.tokens and e.tokens[-1] == name for e in self.entities) \
                and not any(fn.endswith(" " + name) for _, fn in self.full_names):
            return name  # "Ticketmaster apologised on Monday. Its chief executive, Michael Rapino, said": a
            # one-word name that did something, no person's, then "Its" opening a sentence: a body
        if head not in ORG_WORDS and head not in COMPANY_ENDS and head not in _BODY_HEADS_MORE or len(words) < 2:
            return None  # (nor a body's word alone: "Police", "Congress"); "Bank of England": its bank
        return name

    @cached_property
    def _described_reporters(self) -> list[tuple[int, re.Match]]:
        """Every sentence that opens with a described reporter ("But the spokesman said"), by
        position (scanned once, when a pronoun first needs it)."""
        return [(m.start("np"), m) for m in _DESCRIBED_REPORTER.finditer(self.masked)]

    def _named_reporter_before(self, pos: int, gender: str) -> tuple[int, str] | None:
        """The last full name in this paragraph before ``pos`` (within a few sentences) right before
        a verb of saying ("..., but Villa chairman Doug Ellis said he was happy"), of that gender or
        of none the lists know, as (position, name)."""
        lo = max(0, pos - 600)
        ps = max(lo, self.masked.rfind("\n", lo, pos) + 1)
        names = self.full_names
        k = bisect_right(names, (pos,)) - 1
        while k >= 0 and names[k][0] >= ps:
            p, name = names[k]
            k -= 1
            toks = name_tokens(name)
            if _REPORTING_VERB_NEXT.match(self.masked, p + len(name)) is None or len(toks) < 2 \
                    or toks[0] not in given_names() or _OBJECT_BEFORE.search(self.masked, max(0, p - 6), p):
                continue  # (a person by a given name, the verb's subject: not "an analyst with Dean Witter said")
            g = given_names()[toks[0]]
            if g is not None and gender != "none" and g != gender:
                continue
            return p, name
        last = None
        for last in _GIVEN_NAME_IN_COMMAS_REPORTING.finditer(self.masked, ps, pos):
            pass
        if last is not None and (g := given_names().get(last.group("name").lower(), "")) != "" \
                and (g is None or gender == "none" or g == gender):
            # "Another parent, who gave only her first name, Lucia, said ...": a person by a given name alone,
            # in commas after what she is
            return last.start("name"), last.group("name")
        return None

    def _described_reporter_before(self, pos: int, gender: str) -> tuple[int, int] | None:
        """The span of the last definite description of one person that opens a sentence of
        the paragraph before ``pos`` with a verb of saying ("But the spokesman said", "The
        former minister told"), when it is the sentence's subject and no name follows it."""
        lo = max(0, pos - 600)  # (a few sentences: never the whole of a long one-line text)
        ps = max(lo, self.masked.rfind("\n", lo, pos) + 1)
        found = _last_before(self._described_reporters, pos)
        if found is not None and found.start("np") < ps and ps > lo and not _STOP_THEN_SPACE.search(self.masked[ps:pos]):
            # the paragraph before, when the pronoun's sentence opens this one: "A bank official
            # attributed the increase to ...¶He said ..."
            k = ps - 1
            while k > lo and self.masked[k - 1] in "\n \t":
                k -= 1  # (past the blank lines between)
            ps = max(lo, self.masked.rfind("\n", lo, k) + 1)
        if found is None or found.start("np") < ps:
            return None
        s, e = found.span("np")
        np = found.group("np")
        head = found.group("head").lower()
        if found.group("act") and found.group("det").lower() == "the":
            return None  # (what a definite description did: the person it names is no new source)
        unnamed = found.group("rel") is not None and _UNNAMED_AFTER.match(found.group("rel")) is not None
        if found.group("det").lower() == "the" and not unnamed and (found.group("rel") or any(
                w[:1].isupper() and not w.endswith(("'s", "\u2019s")) for w in np.split()[1:])):
            return None  # ("The trade minister, who is also chairman of the BOI, said", "But the Tory leader
            # argued": an office or a role whose holder the article named before; an indefinite one,
            # "A Labour Party spokesman told", is a new source, and so is a body's person, "The Guardian's critic";
            # and one kept unnamed on purpose: "The Canadian climber, who asked not to be named, told")
        if not (head in role_heads() or head in role_nouns() and head not in _NOT_A_REPORTER_HEAD
                or head.endswith(("man", "woman", "person")) or unnamed) \
                or org_description(np) or not_a_he(np) \
                or gender != "none" and (g := role_gender(np)) is not None and g != gender \
                or _NAMED_REPORT.search(self.masked, found.end(), pos):
            return None  # (not "the unit said"; not when a name comes after: "..., Chirac said")
        return s, e

    def _thing_before(self, pos: int) -> _Entity | None:
        """The nearest phrase for an organisation or a document that opens a sentence before
        ``pos`` ("The newspaper ran ...", "Thursday's memo from the panel seemed ..."): what
        "it" says when no organisation has spoken yet."""
        last = None
        for m in _THING_NP.finditer(self.masked, max(0, pos - 500), pos):
            if self.masked.startswith(",", m.end(1)) and not m.group(1).rsplit(None, 1)[-1][:1].isupper() \
                    and not _THING_ASIDE.match(self.masked, m.end(1) + 1):
                continue  # before an appositive only a name: "The Commission, the EC's executive authority,"
                # (or an aside on how the thing came out: "The email, released by Judicial Watch, was sent ...")
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
        # (a pronoun attributing a report at its end, "..., they said": its own sentence's subject is the report's, as
        # are the people it speaks of: "They were suspected of swindling about 450 people ..., they said")
        here = sentence_start(self.masked, pos) if self.masked[max(0, pos - 8):pos].rstrip().endswith(",") else pos
        for m in () if pairs_only else _GROUP_NP.finditer(self.masked, lo, here):
            last = m
        sb = _sentence_before_start(self.masked, lo, pos)
        for m in () if pairs_only else chain(_GROUP_SUBJECT.finditer(self.masked, sb, pos),
                                             _FRONTED_FAMILY_SUBJECT.finditer(self.masked, sb, pos)):
            if (last is None or m.start(1) > last.start(1)) and m.start(1) < here:
                # (not the subject of the report a pronoun attributes at its end: "US officials were talking up the
                # dollar, they said" after "European leaders have openly blamed the US")
                last = m  # "Republicans had objected to a formula they said ...": the plural subject of
                # this sentence or the one before
        for m in _NAME_PAIR.finditer(self.masked, lo, pos):  # "Samuel Ackroyd and James Swan ... They"
            a, b = m.group(1).split(" and ", 1) if " and " in m.group(1) else (m.group(1), "")
            people = any(given_names().get(x.split()[0].lower()) for x in (a, b) if x.split()) \
                and not PREP_BEFORE.search(self.masked, max(0, m.start() - 12), m.start()) \
                and not _LIKE_BEFORE.search(self.masked, max(0, m.start() - 8), m.start()) \
                and self.masked.rfind("(", max(0, m.start() - 60), m.start()) <= self.masked.rfind(")", max(0, m.start() - 60),
                                                                                                   m.start())
            # (nor examples: "like Nina Turner and actress Shailene Woodley", "(including former Ohio state Sen. Nina
            # Turner and actress Shailene Woodley)")
            if people and (last is None or m.start() > last.start()):
                last = m  # two people, not "SEAL Team Six and Delta Force"
        if last is None:
            return None
        s, e = last.start(1), last.end(1)
        kind = "anonymous" if self.text[s:e].endswith(_PEOPLE_AS_ONE) else "group"  # (as "The family said"
        # is, one source)
        return self._description(Mention(s, e, self.text[s:e], kind), kind)

    @cached_property
    def _kin_names(self) -> dict[int, str]:
        """Relatives named by a given name alone, opening sentences: position -> name."""
        return {m.start("name"): m.group("name") for m in _KIN_SUBJECT.finditer(self.masked)
                if m.group("name").lower() in given_names() or m.group("name") in _WORD_GIVEN_NAMES
                or self.masked.startswith(",", m.start("name") - 2) and self.masked.startswith(",", m.end("name"))}
        # (in commas after the relative any one capitalised word is a given name, listed or not: "His daughter,
        # Ilse, helps")

    def _subject_before(self, pos: int, gender: str, named: frozenset[str] = frozenset(),
                        fronted: bool = False) -> tuple[int, str] | None:
        """The nearest name before ``pos`` that starts a sentence (a likely antecedent); with
        ``fronted``, the nearest that opens a fronted subordinate clause."""
        subjects = self._fronted_subjects if fronted else self._subjects
        i = bisect_right(subjects, (pos,)) - 1
        while i >= 0 and pos - subjects[i][0] < 1500:
            p, name = subjects[i]
            words = name.split()
            while len(words) > 1 and (words[0] in NOT_SUBJECT or words[0] in OPENERS or words[0] in _SUBORDINATORS):
                p += len(words[0]) + 1  # "What Sanders", "More Hillary Clinton", "Against Sanders": the name
                words = words[1:]
            name = " ".join(words)
            toks = name_tokens(name)
            if not toks or named_in(toks, named) or self.masked.startswith(", which", p + len(name)) \
                    or len(toks) == 1 and plural_people(name) and toks[0] not in self._full_names_by_surname:
                # ("Friends offered to vote for me" are people; "Sanders", a surname of the text's, is someone)
                i -= 1  # (a thing's subject, "Mac Plus, which went on the market ...", is no one's "he")
                continue
            lasts, firsts = self._full_name_index
            known = lasts.get(toks[-1], pos + 1) <= p + len(name) or (
                len(toks) == 1 and toks[0] in given_names() and firsts.get(toks[0], pos + 1) <= p + len(name)
            ) or any(toks[-1:] == e.tokens[-1:] for e in self.entities if e.kind == "person") \
                or name.split(None, 1)[0].rstrip(".") in _HONORIFICS and len(toks) == 1 \
                or name.split(None, 1)[0] in _PERSON_TITLES and len(name.split()) == 2 \
                or name.split(None, 1)[0] in _REGNAL_TITLES and (len(name.split()) == 2 or len(name.split()) == 3
                                                                 and _REGNAL.fullmatch(name.split()[2])) \
                or len(toks) >= 3 and toks[-2] in given_names() \
                or len(toks) == 1 and p in self._kin_names \
                or len(toks) == 1 and toks[0] in given_names() and _DESCRIBED_AFTER.match(self.masked, p + len(name)) \
                or p in self._role_appositives \
                or len(toks) == 1 and p in self._role_named_ones \
                or len(toks) == 1 and self._given_name_full_name(name, toks[0], p) is not None \
                or len(toks) == 1 and given_names().get(toks[0]) is not None and self._given_name_alone(name, toks[0], p)
                # ("Liam, posting on X, was blunt" after "Liam and Noel Gallagher": him)
            # ("Her son Marco, who ..."; "Maria, a line supervisor who asked that her surname not be used, ...": a
            # first name, described)
            # (a first name is known after the full name: "Donald" after "Donald Trump"; "Mr Hockney" is someone)
            hm = _HONORIFIC_RIGHT_BEFORE.search(self.masked, max(0, p - 6), p) if len(toks) == 1 else None
            if not known and hm is None:  # ("Mr. Smith was impressed": the scan took the honorific's stop for a break)
                i -= 1
                continue
            # (the given name after a role opening the sentence: "Prosecutor Jane Hill said ... he wrote" is
            # not hers)
            g = given_names().get(toks[0]) or (given_names().get(toks[1]) if len(toks) >= 3 else None)
            g = g or _given_name_last_gender(toks)
            if g is None and hm is None and toks[-1] not in given_names():
                # a surname with no given name: the gender of the full name the text gave it ("Clinton put
                # Sanders on the defensive ... He accused Clinton" is not Hillary Clinton's "he")
                # (unknown when two of them differ: "Bill Clinton" and "Hillary Clinton" before "Clinton")
                genders = {given_names().get(name_tokens(f)[0]) for q, f in self._full_names_by_surname.get(toks[-1], ())
                           if q < p + len(name)}
                g = genders.pop() if len(genders) == 1 else None
            g = _HONORIFIC_GENDER.get(hm.group(1) if hm is not None else name.split(None, 1)[0], g)
            if g is None and len(toks) == 1 and p in self._kin_names \
                    and (km := _KIN_NOUN_BEFORE.search(self.masked, max(0, p - 30), p)) is not None:
                g = KIN_NOUN_GENDER.get(km.group(1))  # "His daughter, Ilse,": a woman, whatever the name lists know
            if g is None and len(toks) >= 2:
                g = next((e.gender for e in self.entities if e.kind == "person" and e.name == name and e.gender), None)
                # (a speaker's gender the text gave by a role: "a company spokeswoman, Meranda Cohn")
            if g is None or gender == "none" or g == gender:
                return p, name
            i -= 1
        return None


    def _kin_introduced(self, name: str) -> int | None:
        """Where a given name alone first stands in apposition after a relative ("His wife, Morag,
        said", "MacLeod's wife, Morag, remembers"), if it does."""
        masked, i = self.masked, -1
        while (i := masked.find(name, i + 1)) >= 0:  # (the first as a whole word; no pattern compiled per name)
            e = i + len(name)
            if not (i and _word_char(masked[i - 1]) or e < len(masked) and _word_char(masked[e])):
                break
        if i < 0 or not masked.startswith(",", i + len(name)) \
                or _KIN_BEFORE.search(masked, max(0, i - 40), i) is None:
            return None
        return i

    @property
    def others(self) -> set[int]:
        """The sources read from "another" after one of that kind ("Another official said"): sources of their own."""
        return self._others

    def introduction(self, ent: _Entity) -> tuple[str | None, list[Role]]:
        """How the article introduces a named speaker: title before the name, appositive,
        dashed aside or party tag after it (``Sen. Marco Rubio — Trump's nominee ... —``)."""
        if ent.key in self._introduced:
            return self._introduced[ent.key]
        desc, roles = ent.description, []
        titled: list[Role] = []
        if desc is not None and ent.kind == "person" and desc.startswith("which ") and ent.desc_start:
            before = self.masked[max(0, ent.desc_start - 150):ent.desc_start]
            if (k := before.rfind(ent.name.rsplit(None, 1)[-1])) >= 0 and _BODY_BETWEEN.search(before, k):
                desc = None  # "Gene Kimmelman of the Consumer Federation of America, which represents ...":
                # the body's description, not his
        prefix = desc is not None and ent.desc_end is not None and \
            self.text[ent.desc_end:ent.desc_end + len(ent.name) + 1].strip().startswith(ent.name)
        if desc and not prefix and not (ent.kind == "group" and _NAMES_JOINED.fullmatch(desc)):
            roles = parse_description(desc, ent.desc_start or 0)  # (not for bodies or people named together:
            # "Greenpeace and Friends of the Earth" has no role "Greenpeace and Friends" of "Earth")
        kin_at = self._kin_introduced(ent.name) if ent.kind == "person" and len(ent.tokens) == 1 and not prefix else None
        if ent.kind in ("person", "organization") and (len(ent.tokens) >= 2 or prefix and ent.kind == "person"
                                                       or kin_at is not None):
            # a whole name where the text first gives it; a single name ("President Obama",
            # "Indonesian Energy Minister Subroto") right after the words describing it, or after a
            # relative's ("His wife, Morag, said")
            i = self.masked.find(ent.name) if len(ent.tokens) >= 2 else kin_at if kin_at is not None else \
                self.masked.find(ent.name, ent.desc_end, ent.desc_end + len(ent.name) + 2)
            if i >= 0:
                titled = [self._after_person_and(r) for r in _title_roles(self.masked, i)]
                if not titled and (not roles and prefix and desc or not prefix) and ent.kind == "person" \
                        and not _OF_FIRM.match(self.masked, i + len(ent.name)):  # (the firm's rule below)
                    # the words before the name the title scan did not read ("Chancellor of the
                    # Exchequer", "Senate Majority Leader"), less a title or honorific right before
                    # the name ("candidate Sen."); not a phrase cut short ("David Jones of"). When an
                    # appositive describes the speaker, the capitalised words before the name
                    # ("said Senate Majority Leader Chuck Schumer, a Democrat from New York")
                    words = desc.split() if prefix else _capitalised_before(self.masked, i)
                    if not prefix and not words and i >= self.headline_end \
                            and (lw := _LINE_FIRST_WORD.search(self.masked, max(0, i - 24), i)) \
                            and role_word_opening(lw.group(1)):
                        # "Resident Sandra Lopez, 52, said": a role word opening the line, the appositive an age
                        w0 = lw.group(1)
                        titled = [Role(w0.lower(), None, None, None, w0, lw.start(1), lw.end(1))]
                    while words and (words[-1].endswith(".") and words[-1].rstrip(".") in titles()
                                     or words[-1].rstrip(".") in _HONORIFICS or words[-1] in ("Sir", "Dame", "Lord")):
                        words.pop()
                    if prefix and len(words) == 1 and role_word_opening(words[0]):
                        ds = ent.desc_start or 0  # "Parent Jo Evans said": a parent, as "parent Jo Evans" is
                        role = words[0] if words[0].lower() in _STYLED_ROLES else words[0].lower()
                        titled = [Role(role, None, None, None, words[0], ds, ds + len(words[0]))]
                    elif words and words[-1].lower() not in _NOT_A_ROLE_END and "<" not in " ".join(words):
                        # only a role headed by a role word ("Chancellor", "Director", "captain"), not
                        # a newsletter's sign-up line ("Scottish Sun newsletter Sign up 2")
                        titled = [r for r in parse_description(" ".join(words), ent.desc_start or 0 if prefix else
                                                               self.masked.rfind(words[0], 0, i))
                                  if r.role and _role_headed(r.role)]
                j = i + len(ent.name)
                # an honorific a later mention gave ("Ms. Guzman said") is no description: the appositive
                # where the article introduced the name is ("said Fred Goldberg, a former Internal
                # Revenue Service commissioner. ... Mr. Goldberg told CNBC")
                later = bool(desc) and not prefix and ent.desc_start is not None and ent.desc_start > j + 2 \
                    and desc.strip(" ,").rstrip(".") in _HONORIFIC_WORDS
                if (not desc or prefix or later) and not _ACCORDING_BEFORE.search(self.masked, max(0, i - 80), i):
                    # (not after "according to": "According to the Department for Transport, the
                    # number of cars rose" goes on with the report, no appositive)
                    d = _after_name(self.masked, j)
                    if d:
                        desc = self.text[d[0]:_with_closing_mark(self.text, *d)]
                        roles = parse_description(desc, d[0]) if later else roles + parse_description(desc, d[0])
                roles = titled + roles
                if not desc and ent.kind == "person" and len(ent.tokens) >= 2 \
                        and (d := _role_words_before(self.masked, i, ent.name)):
                    # "Libertarian presidential nominee Gary Johnson told a joke": the lower-case role
                    # before the name where the article introduced it, when no mention gave one (its
                    # roles, unless the title scan read them: "Republican presidential candidate")
                    if not titled:
                        desc = self.text[d[0]:d[1]]
                        roles += parse_description(desc, d[0])
                    elif d[0] <= min(r.start for r in titled):
                        desc = self.text[d[0]:d[1]]  # (its roles the title scan read)
                scholarly = bool(titled) and all(r.role in _SCHOLARLY_TITLES and not r.organization for r in titled) \
                    and desc is not None and desc.strip(" ,") != "" \
                    and all(w.rstrip(".") in _SCHOLARLY_TITLES or w in ("Sir", "Dame") for w in desc.split())
                if (not desc or (prefix or later) and desc.strip(" ,").rstrip(".") in _HONORIFIC_WORDS or scholarly) \
                        and (not titled or scholarly) and ent.kind == "person" \
                        and (d := _described_before(self.masked, min(r.start for r in titled) if scholarly else i)) \
                        is not None:
                    # (and after a scholar's title alone: "NHS England's medical director, Professor Sir Stephen
                    # Powis, said": the office, not "Professor", describes him)
                    # "The mayor, Rosa Diaz, on Monday backed ...", "Her deputy, Tom Reyes, struck ..."
                    desc = self.text[d[0]:d[1]]
                    own = _OWNER_PRONOUN.match(desc)  # (a role: "deputy")
                    described = parse_description(desc[own.end():] if own else desc, d[0] + (own.end() if own else 0))
                    if own is not None and own.group(0).lower().startswith(("its", "their")):
                        for r in described:  # "The Met Office issued a warning. Its chief meteorologist, Paul
                            if r.role and r.organization is None:  # Gundersen, said": of the Met Office
                                r.organization = self._body_named_before(d[0])
                    roles += described
                elif desc and not prefix and not later and not titled and roles and ent.kind == "person" \
                        and ent.desc_start is not None and ent.desc_start > i \
                        and (d := _described_before(self.masked, i)) is not None and not _OWNER_PRONOUN.match(self.text, d[0]):
                    # "Meta's new chief global affairs officer, Joel Kaplan, a prominent Republican, told": the role
                    # in apposition before the name as well as the appositive after it
                    roles = [r for r in parse_description(self.text[d[0]:d[1]], d[0]) if r.role] + roles
                if (not desc or desc.strip(" ,").rstrip(".") in _HONORIFIC_WORDS) and not titled \
                        and ent.kind == "person" and len(ent.tokens) >= 2 \
                        and (d := _role_words_before(self.masked, i, ent.name, nouns=True)):
                    desc = self.text[d[0]:d[1]]  # "The review, led by senior midwife Donna Ockenden": a
                    roles += parse_description(desc, d[0])  # calling before the name, when nothing else says
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
                elif ent.kind == "person" and not any(r.organization for r in roles) \
                        and self.masked.startswith(" ", j) and (bm := body_after(self.masked, j + 1)) is not None:
                    # "Jeffrey Lewis of the Brookings Institution", "Carl Fox from the University
                    # of Leeds": the body he is of, the organisation of a title without one ("Prof")
                    bs, be, org = bm
                    roles.append(Role(None, org, None, None, self.text[bs:be], bs, be))
                    if not desc or desc.strip(" ,").rstrip(".") in _HONORIFIC_WORDS:
                        desc = self.text[bs:be]  # (and after an honorific: "Dr Jeffrey Lewis of the Brookings ...")
                pm = _PARTY.match(self.masked, j)
                if pm:
                    p, st = (pm.group("p"), pm.group("st")) if pm.group("p") else (pm.group("p2"), pm.group("st2"))
                    tag = pm.group(0).lstrip(" ,")
                    roles.append(Role(None, _PARTIES[p], None, st.strip(), tag, pm.end() - len(tag), pm.end()))
        elif ent.kind == "person" and len(ent.tokens) == 1 and ent.desc_start is not None and not prefix \
                and (i := self.masked.rfind(ent.name, max(0, ent.desc_start - len(ent.name) - 4), ent.desc_start)) >= 0:
            # one name, described after it: the title before it too ("President Trump, who has repeatedly
            # called for lower rates, criticized ...": President)
            roles = [self._after_person_and(r) for r in _title_roles(self.masked, i)] + roles
        # an honorific is no role ("Mr Blunkett" gave the role "Mr"), and a role needs some content
        roles = [r for r in roles if r.organization or r.place
                 or (r.role and r.role.rstrip(".") not in _HONORIFIC_WORDS)]  # (a qualifier alone is none: "who was
        # taken to a rest centre" gave "former")
        bodies = [r for r in roles if r.role is None and r.organization and _BODY_WORDS.match(r.description)]
        bare = [r for r in roles if r.role and not r.organization and r.role.rstrip(".") not in _HONORIFICS]
        if len(bodies) == 1 and bare:
            # "Prof Jane Doe of Yale University", "Health analyst Tony Beddow, from the Welsh
            # Institute ...": the title's organisation (the same role stated twice, each time)
            for r in bare:
                if r.role == bare[-1].role:
                    r.organization = bodies[0].organization
            roles.remove(bodies[0])
        seen: set[tuple] = set()  # once each ("FBI Director James Comey" and later ", the FBI Director")
        for r in roles:
            if r.organization is None and r.role and (r.description.split()[0].lower() in ("its", "their")
                                                      or _ITS_BEFORE.search(self.masked, max(0, r.start - 7), r.start)) \
                    and r.role.split()[-1].lower() not in _ASSOCIATE_NOUNS:  # ("Their neighbour": a couple's, no body's)
                r.organization = self._body_named_before(r.start)  # "said its head of protection, Carol Dunn"; "Reform
                # UK has overtaken Labour ..., a result that its leader Nigel Farage called ..." (the title read alone)
            elif r.role and (om := _THE_BODY_OWNS.match(r.description)) is not None \
                    and (r.organization is None or r.organization.lower() == om.group(1).lower()) \
                    and ((body := self._spoken_organisation_of(om.group(1).lower(), r.start)) is not None
                         or (body := self._spoken_organisation_of("organisation", r.start)) is not None
                         and body.last >= self._paragraph_before_start(r.start)):
                r.organization = body.name
                if r.role.lower().startswith(tuple(om.group(1).lower() + p for p in ("'s ", "\u2019s "))):
                    r.role = r.role[len(om.group(1)) + 3:]  # ("airline's chief executive": the chief executive)
                # "the Royal College of Nursing said ... The union's general secretary,
                # Pat Cullen, said": the body of that kind that spoke before, else any body (no firm, outlet or
                # government) that spoke last, in this paragraph or the one before
            elif r.organization is None and r.role and r.place is None and _FIRM_OFFICER.fullmatch(r.role) \
                    and ent.kind == "person" and (firm := self._lead_company(r.start) or (
                        self._known_firm_leading(r.start) if "president" not in r.role.lower() else None)) is not None:
                # (a president of a firm only where a legal form names it: "Yukos ... President Putin" is no officer)
                # "Nike Inc shares fell ... Chief Executive John Donahoe told analysts": the officer of the
                # company the story opens with (a firm's office, none a government's)
                r.organization = firm
            elif r.organization is None and r.role and r.place is None and r.role in _CENTRAL_BANK_HEADS \
                    and ent.kind == "person" and (bank := self._central_bank_leading(r.start)) is not None:
                r.organization = bank  # "The Federal Reserve held rates ... Chair Jerome Powell told reporters"
            elif r.organization is None and r.role and len(parts := r.role.split()) == 2 \
                    and parts[0].lower() in _BODY_WORDS_BEFORE_ROLE \
                    and (body := self._body_by_head(parts[0].lower(), r.start)):
                r.organization, r.role = body, parts[1]  # "council leader Mark Fryer" after "Cumbria County Council"
            elif r.organization and " " not in r.organization \
                    and r.organization.lower() in _BODY_WORDS_BEFORE_ROLE \
                    and r.description and r.description.startswith(r.organization) \
                    and (body := self._body_by_head(r.organization.lower(), r.start)):
                r.organization = body  # "Committee Chairman William Gray" after "the House Budget Committee"
            elif r.organization and r.organization.islower() and (body := self._body_by_head(r.organization, r.start)):
                r.organization = body  # "the association's chief executive": the National Sheep Association
            elif r.organization and r.organization.islower() and r.description \
                    and (r.description.endswith(" the " + r.organization)
                         or r.description.lower().startswith(("the " + r.organization + "'s",
                                                               "the " + r.organization + "\u2019s"))):
                # (and "the company's co-founder": the company's, not a body called "company")
                # "a spokesperson for the company": the company that spoke before, as "the company said"
                # would be (none: no organisation, where no company's name ends in the word either)
                noun = r.organization
                firm = self._firm_subject_in_paragraph(r.start, any_verb=True) if noun in _COMPANY_NOUNS else None
                # ("Spotify welcomed the decision. '...,' said Daniel Ek, the company's chief executive": the
                # firm the paragraph is about, before the one that spoke last)
                r.organization = firm.name if firm is not None else self._organisation_by_noun(noun, r.start)
                if r.organization is None and noun in _COMPANY_NOUNS:
                    # "Microsoft on Tuesday unveiled ... Yusuf Mehdi, the company's marketing chief": the
                    # company the story is about, though it has not spoken
                    r.organization = (firm.name if (firm := self._company_otherwise(r.start)) is not None
                                      and not firm.name[4:5].islower()  # (not a body named "The company")
                                      else self._known_firm_in_lead(r.start))
                if r.organization is None and noun in _ANY_BODY_NOUNS:
                    # "Trinity House, which runs Britain's lighthouses, automated Skerry Point. A spokesman for
                    # the organisation says": the body the sentences before are about, though it has not spoken
                    # (one named with the word first: "the International Natural Rubber Organization")
                    r.organization = next((b for n in (noun, _OTHER_SPELLING.get(noun))
                                           if n and (b := self._body_by_head(n, r.start)) is not None), None)
                    if r.organization is None and (body := self._body_named_before(r.start)) is not None \
                            and body.split()[0] not in ("A", "An") and not set(name_tokens(body)) & _FIRM_ENDS \
                            and not is_outlet(body) and body.lower() not in countries():
                        r.organization = body  # (no firm for "the charity": "BP Plc said ...")
            elif r.organization and " " not in r.organization and r.description \
                    and r.description.startswith((r.organization + "'s", r.organization + "\u2019s")) \
                    and (any(e.kind == "person" and len(e.tokens) >= 2 and e.tokens[-1] == r.organization.lower()
                             and e.key != ent.key and person_like_name(e.name.split()) for e in self.entities)
                         or any(person_like_name(f.split()) and f != ent.name
                                for _p, f in self._full_names_by_surname.get(r.organization.lower(), ()))):
                r.organization = None  # "Ortiz's defense attorney" after "Daniel Ortiz": a person's, of no body
        # (whatever the capitals: "Economist Wendy Smith Cork of the brokerage ..." is one economist)
        roles = [r for r in roles if (key := (r.role and r.role.lower(), r.organization, r.place, r.qualifier)) not in seen
                 and not seen.add(key)]
        if desc:
            # nor a description: "Mr Balls said" is described by nothing, and "Manchester United
            # manager Sir Alex Ferguson" by "Manchester United manager"
            desc = desc.strip(" ,")
            if desc and desc.rsplit(None, 1)[-1].rstrip(".") in _HONORIFIC_WORDS:
                desc = _HONORIFIC_END.sub("", desc)
            if prefix and desc and desc.rsplit(None, 1)[-1].isdigit():
                desc = None  # a caption's or a sign-up line's count before the name, no description
                # ("Sign up for Scottish Sun newsletter Sign up 2 Donald Trump insisted ...")
            desc = desc or None
        if desc and _NO_DESCRIPTION.match(desc):
            # "who said the President had accepted it", "which said the MPC ...": a report of the
            # speaker's, no description; "in a statement", "for his part": the circumstance
            desc, roles = None, [r for r in roles if not (r.description and r.description in desc)]
        if not desc and ent.kind == "person" and (kept := [r for r in roles if any(r is t for t in titled)]):
            # a title before the name where the article introduced it, the speaker quoted later as "he"
            # or by surname ("Senate Majority Leader Chuck Schumer spoke first. ... he said"): described
            # by that title, as "said Senate Majority Leader Chuck Schumer" is
            desc = self.text[min(r.start for r in kept):max(r.end for r in kept)].strip(" ,") or None
        if not desc and not roles and ent.kind == "person" and len(ent.tokens) >= 2 and (
                ent.tokens[0] in given_names() or not ent.tokens[-1].endswith("s")
                and not any(t in ORG_WORDS or t in _FIRM_ENDS for t in ent.tokens)):  # (not "Computer Associates")
            desc, roles = self._described_later(ent)
        self._introduced[ent.key] = (desc, roles)
        return desc, roles

    def _described_later(self, ent: _Entity) -> tuple[str | None, list[Role]]:
        """The appositive after a later mention of the surname, for a person introduced with no
        description ("Republican Kari Lake ... Lake, a former television news anchor, has sought"),
        when no one else of that surname is named."""
        surname = ent.name.split()[-1]
        if any(_from_given_name(f) != ent.name for _p, f in self._full_names_by_surname.get(surname.lower(), ())):
            return None, []  # (another person of that surname: "Bill Clinton" beside "Hillary Clinton")
        after = self.masked.find(ent.name)
        after = after + len(ent.name) if after >= 0 else 0
        for k in word_ends(self.masked, surname):
            if k < after or self.masked[k - 1].isalnum() or not self.masked.startswith(", ", k + len(surname)):
                continue  # (a later mention: "According to Mark Boyar, the licensing division, ..." gave none)
            d = _after_name(self.masked, k + len(surname))
            la = _LATER_APPOSITIVE.match(self.text, d[0], d[1]) if d is not None else None
            if la is None or _NAME_AT_END.search(self.text, d[0], d[1]) or _FINITE_WORD.search(self.text, d[0], d[1]) \
                    or la.group("owner") and la.group("owner").lower() in self._full_names_by_surname:
                # ("Altman, OpenAI's chief executive, replied"; not "Altman, Musk's rival": a person's)
                continue  # (an article's noun phrase only: not "the campaign has cover for ...", nor "former
                # Colorado Rep. Pat Schroeder", another person)
            if roles := [r for r in parse_description(self.text[d[0]:d[1]], d[0]) if r.role and is_role_like(r.role)]:
                return self.text[d[0]:d[1]], roles
        return None, []


# an appositive read from a later mention: a noun phrase with an article, no clause, no name at its end
_LATER_APPOSITIVE = re.compile(r"(?:an?|the|former)\s|(?P<owner>[A-Z][\w&.-]*)['\u2019]s\s+[a-z]")
_NAME_AT_END = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+$")
_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|who|which|that)\b")
_DESCRIBED_AFTER = re.compile(r",[ \t]+(?:a|an|\d{1,3},[ \t]+a|\d{1,3},)[ \t]")
# a body's description opening the sentence right before its name ("The state weather agency Aemet said")
_DESCRIBED_BODY_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|\n)(?:(?:The|A|An)[ \t]+(?:[a-z-]+[ \t]+){0,3}"
                                    r"|[A-Z][\w'\u2019-]*[ \t]+(?:[a-z-]+[ \t]+){0,2})(?:agency|company|firm|"  # ("Parents' group")
                                    r"group|regulator|union|body|watchdog|charity|organisation|organization|bank|"
                                    r"carrier|airline|network|broadcaster|newspaper|operator|retailer|insurer)[ \t]+$")
# a body given as a sentence's source, opening it or after a comma: "According to the Consumer Council for
# Water, one in five households struggles to pay. Its chief executive, Mike Keil, warned ...", "The deal covers
# 100 workers, according to the Communications Workers of America. Its president ..."
_ACCORDING_BEFORE_BODY = re.compile(r"(?:^|[.!?][ \t]+|\n)According[ \t]+to[ \t]+(?:the[ \t]+)?$|,[ \t]+according[ \t]+to[ \t]+(?:the[ \t]+)?$")
# the body that ends a sentence with its attribution, right before the "Its": "The tour sold more than 10
# million tickets, Pollstar said. Its editor-in-chief, Andy Gensler, called it ..."
_SAID_TO_END = re.compile(r"[ \t]+(?:said|says|reported|reports|added|announced|noted|estimated|estimates)"
                          r"(?:[ \t]+(?:on|in|last)[ \t]+[\w]+)?[.!][ \t]+")
# a firm described before its name as another's: "Its parent company, Live Nation, said"
_COMPANY_OF_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|\n)(?:Its|Their|The)[ \t]+(?:parent|holding|sister|owner|rival|new)"
                                r"[ \t]+(?:company|firm|group)[ \t]*,[ \t]*$")
# a body's name read from its head back that goes on before or after the words read ("Securities and Exchange
# Commission", "The Association of British insurers")
_NAME_GOES_ON_BEFORE = re.compile(r"(?:\band|&)[ \t]+$")
_NAME_GOES_ON_AFTER = re.compile(r"[ \t]+[a-z]+(?:ers|ors|ists)\b")
_ITS_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)[ \t]+$")
_PEERAGE = frozenset("Lord Lady Baroness Baron".split())
_LEGAL_FORM_NEXT = re.compile(r"[ \t]+(?:" + _LEGAL_FORMS + r")(?![\w-])")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z]|&)")
_NAME_AND_BEFORE = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019.-]*[ \t]+){1,3}(?:and|&)[ \t]+)$")
_BODY_HEAD_NOUNS = frozenset("council union party company firm club board bank agency commission committee "
                             "association federation authority ministry department museum gallery hospital library "
                             "zoo palace".split())
# bodies' words, and places' run as bodies, whose word before a role is the one named before ("council
# leader Mark Fryer" after "Cumbria County Council", "Park spokeswoman Amy Gaskill" after "Zion National Park")
_BODY_WORDS_BEFORE_ROLE = _BODY_HEAD_NOUNS | frozenset("park museum zoo hospital university college airport prison "
                                                       "library".split())
# (and a title between: "According to Exhibitor Relations President Paul Dergarabedian, the average ...")
_ACCORDING_BEFORE = re.compile(r"[Aa]ccording[ \t]+to[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'\u2019&-]*[ \t]+){0,5}$")
_NOT_A_ROLE_END = frozenset("of at for the and in on to with from by".split())
# honorifics and forms of address that end a description, before the name they address
_HONORIFIC_WORDS = _HONORIFICS | {"Sir", "Dame", "Lord", "Lady"}


_WHICH_AFTER = re.compile(r",[ \t]+which[ \t]")


_HONORIFIC_END = re.compile(r"(?:(?:^|\s+)(?:" + "|".join(sorted(_HONORIFIC_WORDS)) + r")\.?)+\s*$")


# a definite description of a role opening a sentence, then its verb: "The governor later softened his tone"
_ROLE_SUBJECT = re.compile(r"(?:^|(?<=[.!?])[ \t]+|(?<=\n))(?:(?:But|And|Yet|Still|Then)[ \t]+)?"
                           r"(?P<np>[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+)?(?!(?:later|also|then|again|still|now|[a-z]+ly)\b)[a-z]+)[ \t]+"
                           r"(?:(?:later|also|then|again|still|now|"
                           r"[a-z]+ly)[ \t]+)?(?!(?:of|in|at|for|and|or|to|who|that|which|is|was)\b)[a-z]+(?:ed|s)\b")
# an epithet for a person just named: "the Texas senator", "the Kentucky Republican", "the New York
# businessman", "the GOP front-runner" (a place, a party or a nationality before a word for a politician
# or a public figure; "the senator" alone is an office's holder, read by its title)
_EPITHET = re.compile(
    r"[Tt]he\s+(?:(?:former|longtime|veteran|outgoing|freshman|embattled|\d{1,3}-year-old)\s+)?"
    r"(?:(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?P<head>Republican|Democrat|independent|senator|congressman|congresswoman|"
    r"lawmaker|governor|businessman|businesswoman|billionaire|mogul|tycoon|front-?runner|nominee|hopeful|"
    r"candidate|populist|socialist|MP|MEP|MSP|peer)|(?P<member>Republican|Democrat))")  # (a party's member alone: "The Democrat said")
_REGION_ADJECTIVES = frozenset("Caribbean European Asian African Mediterranean Atlantic Pacific Arctic Antarctic "
                               "Latin Arab Scandinavian Balkan Baltic Caucasian".split())  # ("for Latin America and
# the Caribbean said": no person)


@lru_cache(maxsize=1)
def _demonym_epithet() -> re.Pattern:
    """"the Spaniard", "the Frenchman", "the Norwegian": a person of a nation, as an epithet (the
    adjectives that name a person too: those ending in -an, -ian, -ine, -i)."""
    words = demonyms() | {n for n in nationalities() if n.endswith(("an", "ine", "i")) and n[:1].isupper()
                          and n not in _REGION_ADJECTIVES}
    return re.compile(r"[Tt]he\s+(?:(?:former|veteran|young)\s+)?(?P<head>"
                      + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")")


_CHILD_HEADS = frozenset("boy girl schoolboy schoolgirl".split())
_EPITHET_GENDER = {"congressman": "male", "businessman": "male", "congresswoman": "female", "businesswoman": "female",
                   "frenchman": "male", "frenchwoman": "female", "englishman": "male", "englishwoman": "female",
                   "scotsman": "male", "scotswoman": "female", "welshman": "male", "welshwoman": "female",
                   "irishman": "male", "irishwoman": "female", "dutchman": "male", "dutchwoman": "female",
                   "actress": "female", "sportsman": "male", "sportswoman": "female",
                   "boy": "male", "schoolboy": "male", "girl": "female", "schoolgirl": "female"}
# offices a headline may name alone as its speaker ("Minister says ...", "Chancellor vows ...")
# where things are told in a British court headline's passive ("Court told ...")
_HEARINGS = frozenset("Court Jury Inquest Tribunal Inquiry Hearing Trial".split())
_HEADLINE_OFFICES = frozenset("Minister Chancellor PM President Governor Mayor Senator Spokesman Spokeswoman "
                              "Spokesperson Secretary".split())
# what a player is called besides a position: "captain Danny Cole" may be "the defender"
PLAYER_ROLES = frozenset("captain skipper player star international".split())
# and a word for what someone does in public life, after no anonymous source of that word spoke:
# "Dame Judi Dench, 89, will return ... The actress said", "the veteran striker added"
_OCCUPATION_EPITHET = re.compile(
    r"[Tt]he\s+(?:(?:former|veteran|retired|defending|reigning|(?:two|three|four|five)-time|double|triple|world|"
    r"indoor|outdoor|central|young|teenage|head|assistant|interim|caretaker|new|newly-elected|top|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|"
    # (and a sport's event or weight: "the two-time Olympic singles champion", "the former heavyweight champion")
    r"singles|doubles|heavyweight|cruiserweight|middleweight|welterweight|lightweight|featherweight|marathon|sprint|"
    r"tennis|golf|snooker|darts|chess|boxing|cycling|rugby|football|cricket|"
    r"(?:[A-Z][\w.'\u2019-]*))\s+){0,4}"  # (not an age: "the 60-year-old
    # actor said" after another actor was named is as often the one named further back)
    r"(?P<head>actress|actor|singer|rapper|comedian|presenter|broadcaster|novelist|author|playwright|film-maker|"
    r"filmmaker|director|chef|designer|artist|musician|songwriter|star|sportsman|sportswoman|striker|midfielder|"
    r"defender|goalkeeper|winger|batsman|bowler|golfer|cyclist|sprinter|boxer|jockey|tycoon|billionaire|"
    r"entrepreneur|economist|historian|scientist|astronaut|manager|coach|boss|captain|skipper|"
    r"[a-z]+ologist|physicist|chemist|astronomer|researcher|academic|architect|photographer|poet|painter|"
    r"champion|medallist|medalist|player|youngster|teenager|boy|girl|schoolboy|schoolgirl|"
    r"grandmaster|swimmer|runner|athlete|skier|gymnast|rower|wrestler|skater|"
    r"forward|quarterback|pitcher|shortstop|outfielder|"
    r"linebacker|playmaker|full-back|fullback|centre-back|center-back|all-rounder|MP|MSP|MEP|seed|pontiff|monarch|"
    r"number\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?))(?![\w-])")  # ("the double Olympic
# champion", "the youngster"; a player's ranking: "the top seed", "the British number two")
# a body named with its kind after the name: "the Unite union", "the Labour party", "the Cato institute"
_NAMED_KIND = re.compile(r"[Tt]he\s+(?P<name>(?:[A-Z][\w&'\u2019.-]*\s+){0,2}[A-Z][\w&'\u2019.-]*)\s+"
                         r"(?P<kind>union|party|charity|council|committee|institute|foundation|association|society|trust|"
                         r"federation|coalition)")
_HYPHEN_LOWER = re.compile(r"-[a-z]")
_NOT_ALONE_BODY = frozenset("house news times post journal press party campaign court".split())  # (no "it" of a wire's lead)
_FIRM_PAIR = re.compile(r"<?(?P<a>[A-Z][^<>]*?\b(?:" + _LEGAL_FORMS + r")\.?)>?[ \t]+and[ \t]+<?(?P<b>[A-Z][^<>]*?\b(?:"
                        + _LEGAL_FORMS + r")\.?)>?(?:[ \t]+<[A-Z.]+>?)?")
_KIND_THEN_NAME = re.compile(r"(?:[A-Z][a-z]+[ \t]+)?(?:[a-z]+[ \t]+)?(?:group|watchdog|regulator|charity|union|body|"
                             r"association|organisation|organization|campaign[ \t]+group|lobby|think[ \t]+tank)[ \t]+"
                             r"(?P<name>[A-Z][\w&'\u2019-]*(?:[ \t]+[A-Z][\w&'\u2019-]*){0,3})(?=[ \t]+[a-z])")
_KIND_AFTER = re.compile(r"[ \t]+([a-z]+)\b")  # a body's kind after its name: "the Unia union"
# a relative right after a description saying the source is kept unnamed: "The Canadian climber, who asked not to be
# named, told CBC News": an anonymous source, no epithet for someone named before
_UNNAMED_AFTER = re.compile(r",[ \t]+who[ \t]+(?:asked|declined|did[ \t]+not[ \t]+want|wished|requested|spoke)[^,.;\n\x01]{0,60}?"
                            r"(?:named|identified|anonymity)\b")
# what an appositive calls a body that is no company: "Farm Action, an advocacy group", "a charity", "a think tank"
_NO_COMPANY_KIND = re.compile(r"\b(?:(?:advocacy|campaign|campaigning|pressure|lobby|lobbying|activist|environmental|rights|"
                              r"consumer|community|protest|patients?'?|residents'?|civil\s+liberties|human\s+rights)\s+"
                              r"(?:group|organi[sz]ation|body)|charity|union|think[\s-]tank|coalition|alliance|federation|"
                              r"foundation|campaign|non-profit|nonprofit|ngo|party)\b", re.I)
# what a body is, in its appositive: "Farm Action, an advocacy group, has asked ..."
_BODY_KIND_APPOSITIVE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}?([a-z]+)(?:[ \t]+(?:based|that|which)\b"
                                   r"[^,.;\n\x01]{0,60})?,")
_BODY_HEADS_MORE = frozenset("trust society institution authority watchdog regulator".split())  # ("the Rivers Trust")


def _body_kind_word(word: str) -> bool:
    """A word for a body's kind ("union", "group", "trust"): "the Unia union", "Farm Action, an advocacy group,"."""
    return word in ORG_WORDS or word in FIRM_KIND_NOUNS or word in _BODY_HEADS_MORE
_AGENT_BEFORE = re.compile(r"\bby[ \t]+(?:the[ \t]+)?$")  # a passive's agent, ending its sentence
# (or with a time after it: "The complaint was brought by Spotify in 2019. Its founder, Daniel Ek, ...")
_TIME_TO_SENTENCE_END = re.compile(r"[ \t]+(?:in[ \t]+\d{4}|last[ \t]+\w+|this[ \t]+\w+|on[ \t]+[A-Z]\w+|"
                                   r"in[ \t]+[A-Z][a-z]+(?:[ \t]+\d{4})?)\.")
_SUBJECT_START = re.compile(r"(?:[.!?][\"\u201d\x01]?[ \t]+|\n|[ \t]-[ \t])$")  # (a sentence's, or after a dateline)
# a run of capitalised words, with the small words inside a body's name ("Fire and Rescue Service")
_CAPITALISED_RUN = re.compile(r"(?<![\w'\u2019.-])(?:The[ \t]+)?(?P<name>[A-Z][\w&'\u2019.-]*"
                              r"(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)*[A-Z][\w&'\u2019.-]*)*)")


def _last_before(found: list[tuple[int, re.Match]], pos: int) -> re.Match | None:
    """The last of these matches (a text's scan, by position) that ends by ``pos``."""
    i = bisect_right(found, (pos,))
    while i > 0 and found[i - 1][1].end() > pos:
        i -= 1
    return found[i - 1][1] if i else None


def _role_headed(role: str) -> bool:
    """Is the last word of this role a word for a role ("U.K. Chancellor", "FBI Director",
    "England captain", "Senate Majority Leader")?"""
    head = _FOR_OR_OF.split(role, maxsplit=1)[0].split()[-1].rstrip(".,").lower()  # ("spokeswoman for women")
    return head in role_heads() or head in title_words() or head in _ROLE_WORDS_MORE \
        or head.endswith(("man", "woman", "person"))


# a sentence opening with a description and a verb of saying: "But the spokesman said", "One witness,
# who did not want to be named, said"
# (after a sentence's end or a line's; the break first, so that the scan is quick)
_DESCRIBED_REPORTER = re.compile(
    r"[.!?\n][ \t]*(?:(?:But|And|Yet|However,)[ \t]+)?"
    r"(?P<np>(?P<det>[Tt]he|(?P<indef>One|An?|Another)|Her|His)[ \t]+(?:[A-Za-z][\w'\u2019-]*[ \t]+){0,3}?"
    r"(?:(?:and|of|for)[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){1,3})?(?P<head>[a-z]+)"  # ("A Department for Work and Pensions
    # spokeswoman confirmed ...": a body's name of several words before the person)
    # (and the body a source speaks for: "A spokeswoman for Northern Power said")
    r"(?:[ \t]+(?:for|at|of|from)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019&.-]*[ \t]+){0,3}[A-Z][\w'\u2019&-]*"
    r"|[ \t]+(?:for|at|of|from)[ \t]+the[ \t]+(?:[A-Za-z][\w'\u2019&-]*[ \t]+){0,3}"
    r"(?!(?:also|then|later|now|still|again|earlier|however)\b)[a-z]+)?)"  # ("for the French
    # civil aviation authority")
    r"(?P<rel>,[ \t]+(?:who|whose)[ \t][^,.;\n\x01]{1,160},)?"  # ("One witness, who did not want to be named, said")
    r"(?P<app>,[ \t]+(?:an?|the)[ \t][^,.;\n\x01]{1,60},)?"  # ("Her son, a farmer in Usk, said"; "..., the DGAC,")
    r"(?:,[ \t]+[a-z]{3,}ing[ \t][^,.;\n\x01]{1,120},)?[ \t]+(?(indef)(?:(?:also|later|then)[ \t]+)?)"  # ("A city engineer, speaking on condition of
    # anonymity because she was not authorized to discuss the plan, said": a participle's aside; "A spokesman for
    # the association also denied ...": an adverb after a new source, not after "The ex-Reds boss", an epithet)
    r"(?:(?:would|could|did)[ \t]+not[ \t]+comment|"  # ("A Pennzoil attorney would not comment. He said")
    r"said|says|told|tells|added|adds|insisted|argued|explained|warned|noted|stressed|replied|responded|countered|"
    r"acknowledged|conceded|admitted|maintained|cautioned|claimed|attributed|blamed|estimated|predicted|forecast|"
    r"confirmed|denied|disclosed|described|called|urged|declined"
    # or, a source introduced as one, whatever the subject did: "One woman, who gave her name only as Maria, held up
    # a photograph. '...,' she asked"
    r"|(?P<act>[a-z]{3,}ed|held|stood|shouted|wept|sat|took|wore|spoke|"
    r"came|went|ran|broke|gave|made|kept|left|led|brought|showed))\b")  # ("A bank official attributed the increase to ...")
# a group counted at a sentence's start, then a verb or an aside: "Two defense officials, speaking on ..."
_COUNTED_GROUP = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:Two|Three|Four|Five|Six|Several|Both)[ \t]+"
                            r"((?:[\w-]+[ \t]+){0,3}?[a-z]+(?:ers|ials|ists|ants|ents|ors|ians|men|women|people))"
                            r"(?=,|[ \t]+(?:who|said|say|says|told|added|spoke|were|have|had)\b)")
# a name, then an appositive headed by a word for a company: "Optus, Australia's second-largest telecoms company,"
_FIRM_APPOSITIVE = re.compile(r"(?<![\w'\u2019.-])(?P<name>[A-Z][\w&'\u2019-]*(?:[ \t]+[A-Z][\w&'\u2019.-]*){0,3}),[ \t]+"
                              r"(?:the|an?|[A-Z][\w.-]*['\u2019]s)[ \t]+(?:[\w-]+[ \t]+){0,4}?"
                              r"(?:company|firm|group|carrier|airline|operator|maker|retailer|insurer|lender|bank|chain)"
                              r"(?=[ \t]*[,.)])")
# a name after a word for a firm ("developed by the Danish company Nordvia", "the software firm Acme")
_FIRM_NOUN_BEFORE_NAME = re.compile(r"(?<![\w-])(?:the|an?)[ \t]+(?:[\w.-]+[ \t]+){0,3}?(?:company|firm|startup|start-up|"
                                    r"maker|retailer|lender|carrier|airline|insurer|chain|operator|group|giant)[ \t]+"
                                    r"(?P<name>[A-Z][\w&'\u2019-]*(?:[ \t]+[A-Z][\w&'\u2019-]*){0,3})(?![\w&'\u2019-])")
# a couple named by their given names and one surname: "Pat and Graham Mills" (the first given name's person)
# a couple by two given names and one surname: "Pat and Graham Mills", "Liam and Noel Gallagher"
_COUPLE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][a-z'\u2019-]+)\b(?![ \t]+[A-Z])")
# "the" right before a body's name, or with one adjective between: "The leftist France Unbowed party"
_THE_BEFORE_NAME = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+)?$")
_NUMBERED_BRANCH = re.compile(r"\b(?:" + "|".join(sorted(NUMBERED_UNITS)) + r")[ \t]+\d{1,5}$")  # "Teamsters Local 727"
# a central bank opening the story, and the titles of its head ("Chair Jerome Powell", "Governor Andrew Bailey")
_CENTRAL_BANK_LEAD = re.compile(r"[ \t]*(?:[Tt]he[ \t]+)?(?P<bank>Federal[ \t]+Reserve|Fed|European[ \t]+Central[ \t]+Bank|ECB"
                                r"|Bank[ \t]+of[ \t]+(?:England|Japan|Canada|Korea|Italy|France|Spain|Israel|Mexico)"
                                r"|Reserve[ \t]+Bank[ \t]+of[ \t]+(?:Australia|India|New[ \t]+Zealand)|Bundesbank|Swiss[ \t]+National[ \t]+Bank"
                                r"|People's[ \t]+Bank[ \t]+of[ \t]+China)\b(?![ \t]+(?:of|for)\b)")
# a central bank named anywhere: by its own name, or "Bank of" a country the list knows (not "Commercial Bank of
# Qatar", "Bank of America")
_CENTRAL_BANK_NAMED = re.compile(
    r"(?<![\w&'\u2019-])(?P<bank>Federal[ \t]+Reserve(?:[ \t]+Board)?|Bundesbank"
    r"|European[ \t]+Central[ \t]+Bank|Swiss[ \t]+National[ \t]+Bank|Bank[ \t]+Negara(?:[ \t]+Malaysia)?|Banque[ \t]+de[ \t]+France"
    r"|(?:Reserve[ \t]+|Central[ \t]+|National[ \t]+|People's[ \t]+)?Bank[ \t]+of[ \t]+(?P<country>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
    r"|(?P<place>United[ \t]+Arab[ \t]+Emirates|[A-Z][a-z]+)[ \t]+[Cc]entral[ \t]+[Bb]ank)(?![\w-])")
_CENTRAL_BANK_HEADS = frozenset("Chair Chairman Chairwoman Governor".split())  # (not "President": a head of state)
_ONE_OF_THEM = re.compile(r"(One|one|Another|another|Neither|neither|Both|both) of (?:them|those)")
_NOT_A_REPORTER_HEAD = FIRM_PARTS | {"parent", "staff"}
# the adjectives bodies' names open with ("National Grid", "Royal Mail", "Western Digital")
# (not a nationality: "American Serena Williams", a player named after where she is from)
_ORG_OPENING_WORDS = frozenset("national international royal united federal global central standard continental "
                               "pacific atlantic consolidated allied associated imperial universal northern southern "
                               "eastern western".split())
_THE_BODY_OWNS = re.compile(r"[Tt]he[ \t]+(union|charity|council|agency|group|airline|carmaker|retailer|supermarket|club|"
                            r"regulator|watchdog|trust|party)['\u2019]s[ \t]")  # ("The union's general secretary", "The
# airline's chief executive": the body of that kind that spoke before; "the company's" officer is read by the firm rules)
_OBJECT_BEFORE = re.compile(r"\b(?:of|at|for|from|with|by|to|the|The|and|or|in)[ \t]+$")
_GIVEN_NAME_IN_COMMAS_REPORTING = re.compile(r",[ \t]+(?P<name>[A-Z][a-z]+),[ \t]+(?:said|says|told|tells|added|adds|"
                                             r"explained|recalled)\b")
_REPORTING_VERB_NEXT = re.compile(r"[ \t]+(?:(?:has|had|also)[ \t]+)?(?:said|says|told|tells|added|explained|insisted|"
                                  r"argued|warned|noted|stressed)\b")
_NAMED_REPORT = re.compile(r"\b[A-Z][a-z]+[ \t]+(?:said|says|told|added)\b|\b(?:said|says|told|added)[ \t]+[A-Z][a-z]+")
# roles written with a capital as a style before the name ("Archbishop Desmond Tutu"), kept so
_STYLED_ROLES = frozenset("king queen prince princess sheikh emir sultan pope cardinal archbishop bishop rabbi imam".split())
_ROLE_WORDS_MORE = frozenset("head boss founder owner editor host coach manager author researcher scientist lawyer".split())


_GROUP_BY_COUNT = re.compile(r"(?i)(?:(?:the|these|those)\s+(?:" + "|".join(sorted(PEOPLE_COUNTS)) + r")|both)")
_PAST_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]+ed|[a-z]+ised|said|told|sold|made|took|won|lost|has|had)\b")
_ITS_OPENS = re.compile(r"Its[ \t]")
_OWNED_THEN_VERB = re.compile(r"[ \t]+[a-z]+[ \t]+(?:[a-z]+ed|rose|fell|grew|hit|sank|slid|soared|jumped|dropped)\b")  # "BP's shares rose"
_REST_OF_SENTENCE = re.compile(r"[^.!?\n]*?(?:[.!?]\x01*|\x01)[ \t]+")  # (to the sentence right before; a quotation
# masked, its full stop inside it or after it)
_PLURAL_HEAD = re.compile(r"^(?:(?:[Tt]he|[Tt]wo|[Bb]oth)\s+)?(?:\w+\s+)?[a-z]+(?<!s)(?<!u)(?<!i)s$")  # "The firms", "the two companies": no "he"
_PERSON_AFTER_NAME = re.compile(r"[ \t]+(?:said|says|told|tells|added|adds|insisted|warned)\b"
                                r"|,[ \t]+(?:\d{1,3},|a[ \t]|an[ \t]|the[ \t]|who[ \t]|[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}"
                                r"[ \t]+(?:of|at|for|to)[ \t])")  # ("Liu Hongru, deputy governor of the ...")
_BODY_WORDS = re.compile(r"(?:of|at|from|with)\s")
_TITLE_CASE_WORDS = frozenset("Of The And For To In On At A An With By From".split())  # small words, capitalised only in titles
_BODY_BETWEEN = re.compile(r"\s(?:of|at|from|with)\s+(?:the\s+)?[A-Z]")
# "... of Kidder Peabody Inc", "... of Shearson Lehman Brothers Inc": a firm after a person's name
_OF_FIRM = re.compile(r"[ \t]+of[ \t]+<?(?P<org>(?:[A-Z](?:[\w&'\u2019-]|\.(?![ \t]*\n))*[ \t]+(?:and[ \t]+)?){0,5}"
                      r"(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|Group|Associates|Partners|Economics|Securities|Capital|"
                      r"Research|Analytics|Advisers|Advisors|Investments|Markets)\b"
                      r"(?:[ \t]+(?:International|Funding|Inc|Corp|Co|Ltd|Plc|LLC|Group|Markets|Partners)\b){0,2})")
# (within its line, and no sentence's end inside: not "of Bankers Trust.\n\nBankers Trust Co raised ...")
# ("Paul Dales of Capital Economics", "Robert Brusca of Nikko Securities International")
# "the 36-year-old", "The 41-year-old chart-topper": a person named just before, by age
_PLACE_POSSESSIVE = re.compile(r"(?:the\s+)?([a-z][\w.-]*(?:\s[a-z]+)?)['\u2019]s\s")
# the sources a singular "they" stands for ("A Department of Health spokesperson said ... they said")
_SINGULAR_THEY_HEADS = frozenset("spokesperson person source representative".split())
# a verb right after a subject's name: "Pemba Sherpa was leading", "Britney Spears has attacked"
_VERB_RIGHT_AFTER = re.compile(r"[ \t]+(?:was|is|has|had|were|are|[a-z]{3,}ed)\b")
# what marks a full name as a person's right after it: an age, a relative "who"
_PERSON_AFTER_NAME_MARK = re.compile(r",[ \t]+(?:\d{1,3},|who[ \t])")
_AGED = re.compile(r"(?:the|The)\s+\d{1,3}-year-old(?:\s+[a-z][\w-]*){0,2}$")
_AGED_ONE_OF_A_KIND = re.compile(r"(the|The)\s+\d{1,3}-year-old\s+(pontiff|monarch)")
_THINGS = ("newspaper|paper|magazine|editorial|company|firm|campaign|committee|panel|board|agency|department|"
           "ministry|government|administration|organization|organisation|group|union|association|foundation|"
           "network|website|site|statement|report|memo|letter|email|e-mail|post|ad|advertisement|study|survey|poll|"
           "commission|council|court|authority|bureau|institute|federation|cabinet|"
           "Commission|Council|Court|Authority|Bureau|Institute|Federation|Cabinet|"
           + "|".join(DOCUMENT_WORDS))  # (the documents a report may be: "The Asean communique noted ..., which it said")
# "The newspaper", "Thursday's memo from the panel", "A letter this month from the staff association"
# opening a sentence: who or what "it" is when no organisation has spoken
_THING_ASIDE = re.compile(r"[ \t]+(?:which|obtained|released|published|sent|written|dated|seen|first|posted)\b")
_THING_NP = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:The|A|An|Its|This|That|[A-Z][\w]*['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:" + _THINGS
    + r")(?:\s+(?:from|of|by)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*)*)?)(?=\s+[a-z]|,\s)")  # (or its appositive:
# "The Commission, the EC's executive authority, two weeks ago cut ... It said")
# plural heads for people: the phrase module's group heads (less quantifiers and "police"), and more
_PEOPLE = "|".join(sorted(
    (GROUP_HEADS - {"others", "many", "some", "police", "democrats", "republicans"})
    | set("agents operators veterans troops students workers parents families women men executives employees "
          "staffers strategists donors delegates candidates Democrats Republicans Americans immigrants "
          "refugees farmers teachers doctors nurses citizens fans traders dealers brokers bankers investors "
          # (and those who use or buy a thing: "Some users took to social media to complain. One wrote")
          "users customers subscribers shoppers consumers passengers patients viewers listeners readers "
          "residents locals commuters motorists drivers tenants homeowners paramedics firefighters midwives "
          # (and people in public life: "Opposition politicians criticised the budget. They said ...")
          "politicians ministers senators judges lords peers businessmen "
          # (and people of the stage, the screen and sport: "Singers including Sir Cliff Richard are recording a
          # single. They hope ...")
          "singers musicians artists actors actresses players athletes stars celebrities campaigners lawyers pilots "
          "miners".split())))
# words between a determiner and its head: modifiers, never "of", "that", "among" ...
_MODIFIERS = (r"(?:(?!(?:of|that|which|who|whose|among|with|for|from|in|on|at|by|to|or|and|the|a|an|his|her|their|as|than)\b)"
              r"\w[\w-]*\s+)")  # (a word: not a dateline's dash, "March 13 - Grain traders")
# "half a dozen former special operations soldiers and intelligence agents", "a dozen retired police officers"
_GROUP_NP = re.compile(
    r"(?<![\w-])((?:(?:half\s+a\s+dozen|a\s+dozen|dozens\s+of|hundreds\s+of|a\s+group\s+of|several|many|most|some|the|these|those|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})+|\d+)\s+)" + _MODIFIERS + r"{0,4}?(?:" + _PEOPLE + r")"
    r"(?:\s+and\s+" + _MODIFIERS + r"{0,3}?(?:" + _PEOPLE + r"))?)\b")


# a party named by its members, in the plural: what "they" may stand for ("The Tories say ... They claim")


def _last_match(rx: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last match of ``rx`` in ``text[lo:hi]``, or None."""
    m = None
    for m in rx.finditer(text, lo, hi):
        pass
    return m


@lru_cache(maxsize=1)
def _body_opening_sentence() -> re.Pattern:
    """A body in words opening a sentence, then its verb: "Russia's defence ministry did not comment",
    "The Russian defence ministry declined to comment"."""
    return re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))((?:The|[A-Z][\w-]*['\u2019]s)[ \t]+(?:[A-Za-z][\w-]*[ \t]+){0,3}?"
                      r"(?i:" + "|".join(sorted(w for w in ORG_WORDS if w.isalpha())) + r"))[ \t]+"
                      r"(?!(?:of|in|and|for|on|at|to|with|from)\b)[a-z]")


def _party_of_members(ent) -> bool:
    return ent.kind == "organization" and bool(ent.tokens) and ent.tokens[-1] in PARTY_PLURALS


def _the_police(ent) -> bool:
    """Are these the police, a body spoken of in the plural ("Police described the intruder ... They believe ...")?
    (Unlike a party's, a group named since is not what "they" stands for: "Police said five former executives were
    arrested. ..., they said" is the police's.)"""
    return ent.kind == "organization" and bool(ent.tokens) and ent.tokens[-1] == "police"


def _with_closing_mark(text: str, s: int, e: int) -> int:
    """``e``, or past a work's title in marks that ends the phrase ``text[s:e]``, which the masked text blanks and
    whose comma inside the closing mark it moves onto that mark ('who hosts the popular weekly show "Last Week
    Tonight,"', 'producer of "The Cosby Show,"'): the phrase with the title."""
    if text[e:e + 1] in ("\u201d", '"') and (text.count("\u201c", s, e) > text.count("\u201d", s, e)
                                            or text.count('"', s, e) % 2 == 1):
        return e + 1  # (the phrase read up to the closing mark)
    k = e
    while k < len(text) and text[k] == " ":
        k += 1
    if k > e and text[k:k + 1] in ("\u201c", '"'):
        close = text.find("\u201d" if text[k] == "\u201c" else '"', k + 1, k + 80)
        if close > k + 1 and text[close - 1] == "," and "\n" not in text[k:close]:
            return close + 1
    return e


def _sentence_before_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts (not before ``lo``)."""
    k = pos
    for _ in range(2):
        while k > lo and text[k - 1] in "\n \t":
            k -= 1  # (a paragraph's break, "said.\n\nCold ...", is one sentence end, not two)
        k = max(text.rfind(". ", lo, k), text.rfind("\n", lo, k), text.rfind("? ", lo, k), text.rfind("! ", lo, k),
                text.rfind(".\n", lo, k))
        if k < lo:
            return lo
    return k + 1


# a plural for people opening a sentence, with a capital ("Republicans had objected", "The farmers say")
_PEOPLE_AS_ONE = ("family", "couple", "pair", "duo")  # one source of several people, whom "they" takes
_GROUP_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=\d[ \t]-[ \t]))((?:(?:The|Some|Many|Most|Several|These|Those|Other"
    r"|(?:Tens\s+of\s+)?[Tt]housands\s+of|Millions\s+of|Hundreds\s+of|Dozens\s+of)\s+(?:(?!(?:say|says|said|claim|claims|"
    r"believe|think|of|that|which|who|with|for|from|in|on|at|by|to|or|and)\b)[\w-]+\s+){0,3}?"
    r"(?:" + _PEOPLE + r")|(?:" + "|".join(sorted({w[:1].upper() + w[1:] for w in _PEOPLE.split("|")})) + r")"
    # (a capitalised modifier first, no determiner: "Industry analysts expected ...", "Iranian authorities have ...";
    # and after a wire's dateline: "WASHINGTON, March 16 - Congressional investigators said")
    r"|(?!(?:But|And|So|Yet|Now|Then|Also|However|Meanwhile|Still|Other|Most|Many|Some|When|If|As|While|Although|"
    r"Because|Since|After|Before|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)(?:[A-Z][a-z][\w-]*|[A-Z]{2,6})\s+"
    # (or a body's initials: "TNT officials declined to ... They said"; and up to two words in lower case, no link or
    # verb among them: "London stock market analysts viewed ... They added")
    r"(?:(?!(?:among|of|in|on|at|for|with|from|by|to|and|or|said|says|say|told|tells|was|were|is|are|had|has|have)\b)"
    r"[a-z][\w-]+\s+){0,2}"
    r"(?:" + _PEOPLE + r")"
    r"|(?:The|Her|His|Their)\s+(?:[a-z][\w-]+\s+)?(?:" + "|".join(_PEOPLE_AS_ONE) + r"))"  # ("Her family said ... they said")
    r"(?:\s+and\s+(?:[a-z][\w-]+\s+){0,2}?[a-z][\w-]+[^s\W]s\b)?)"  # (and a second plural: "Activists and
    # intellectuals are frustrated ... They acknowledge")
    r"(?=\s+(?!and\b|of\b|in\b|who\b)[a-z])")
_INITIALS_NAME = re.compile(r"[A-Z]{2}[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?")  # "JK Rowling", "PJ Harvey"
# a quotation opening its sentence, then the pronoun after it: '. "...," she' (the pronoun last)
_QUOTATION_THEN_PRONOUN = re.compile(r"(?:^|(?<=[.!?])[ \t]+|(?<=[.!?]\x01)[ \t]+|(?<=\n))\x01[\x01\s,]*[ \t]\w+$", re.M)
# an appositive that makes the name before it a part of a firm: "a division of Mcgraw-Hill Inc", "the Swiss affiliate
# of First Boston Inc", "a fully-owned subsidiary of ...", "the joint venture between ..."
_FIRM_PART_APPOSITIVE = re.compile(r"(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:unit|division|subsidiary|affiliate|arm|"
                                   r"joint\s+venture)\s+(?:of|between)\s")
_DOING_WITH_OBJECT = re.compile(r"(?:\d{1,3},\s+)?[ ,]*" + DOING_WITH_OBJECT)  # (an appositive's first words, after an age)


def _people_as_one(ent) -> bool:
    """Is ``ent`` an unnamed source of several people as one ("Amira's family", "the couple"), whom a later "they"
    can be?"""
    return ent.kind == "anonymous" and ent.name.endswith(_PEOPLE_AS_ONE) and len(ent.name.split()) <= 4


# and after a fronted phrase: "In a joint statement, the pair said ... '...,' they wrote"
_FRONTED_FAMILY_SUBJECT = re.compile(r",[ \t]+((?:the|her|his|their)[ \t]+(?:[a-z][\w-]+[ \t]+)?(?:" + "|".join(_PEOPLE_AS_ONE)
                                     + r"))"
                                     r"(?=[ \t]+(?!and\b|of\b|in\b|who\b)[a-z])")
_PEOPLE_WORD = re.compile(r"(?<![\w-])(?:" + _PEOPLE + r")(?![\w-])", re.I)
# "the deaths of A and B", "such as Walter Scott, Eric Garner and Tamir Rice": not who "they" are
PREP_BEFORE = re.compile(r"(?:\b(?:of|for|to|with|by|about|against|from|in|on|at|as)|,)\s+$")
_LIKE_BEFORE = re.compile(r"(?:\(|\blike|\bsuch\s+as|\bincluding)\s*$")
_NAME_PAIR = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+\s+and\s+(?:[a-z]{4,}\s+)?(?:[A-Z][a-z]+\s+){1,2}"
                        r"[A-Z][a-z]+)\b")  # (a role before the second name: "Michael Howard and frontbencher John Redwood")
# "(D-Ohio)", or between commas: ", D-N.Y.,", or ending the sentence: "said Rep. Chip Roy, R-Texas."
_PARTY = re.compile(r"\s*(?:\((?P<p>[RDI])-(?P<st>[A-Z][A-Za-z. ]{1,20})\)|,\s*(?P<p2>[RDI])-(?P<st2>[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]+)?)(?=,|\s|$))")
_PARTIES = {"R": "Republican Party", "D": "Democratic Party", "I": "Independent"}
_PREFIX = re.compile(r"((?:(?:[A-Z][\w.'\u2019-]*|[a-z][a-z\u00df-\u00f6\u00f8-\u00ff-]+)\s+){1,6})$")  # (accented letters too: "café owner")


# the words that may stand inside a capitalised title ("Chancellor of the Exchequer")
_TITLE_LINKS = frozenset(("of", "the", "for", "and"))


_ROLE_MODIFIERS = frozenset("former longtime long-time veteran presumptive then top senior ex acting interim deputy "
                            "assistant chief new outgoing incoming".split())
_ROLE_RUN_WORD = re.compile(r"[A-Za-z][\w'\u2019&-]*$")  # ("R&B star")


def _role_words_before(masked: str, i: int, name: str, nouns: bool = False) -> tuple[int, int] | None:
    """The span of a short run of words before the full name, at ``i`` or at one of its next few
    occurrences, that ends in a lower-case role word ("Libertarian presidential nominee",
    "longtime party activist"; with ``nouns``, a noun for what someone does: "senior midwife"),
    or None."""
    for _ in range(3):
        if (got := _role_run(masked, i, nouns)) is not None:
            return got
        i = masked.find(name, i + len(name))
        if i < 0:
            break
    return None


def _role_run(masked: str, i: int, nouns: bool = False) -> tuple[int, int] | None:
    e = i - 1
    if e < 1 or masked[e] != " ":
        return None
    s, words, bounded = e, [], False  # (words from the name backwards, with their starts)
    while len(words) < 5:
        lo = max(0, s - 30)
        k = max(masked.rfind(" ", lo, s), masked.rfind("\n", lo, s), masked.rfind("\t", lo, s))
        w = masked[k + 1:s]
        if not _ROLE_RUN_WORD.match(w) or w.lower() in STOP_BACK or w.lower() in DETERMINERS \
                or w.lower() in cues().words or w == "of" or w.islower() and w.endswith(("ing", "ed")) \
                or w in _LINKING_WORDS or w in NOT_SUBJECT:
            bounded = True  # (not "ask former NFL star Herschel Walker", "castigated Republican presidential candidate")
            break
        words.append((w, k + 1))
        s = k
        if k < 0:
            bounded = True
            break
    while len(words) > 1 and (not bounded or words[-1][0] not in _ROLE_MODIFIERS) and words[-1][0].islower():
        words.pop()  # a verb, maybe, before the phrase: "The event drew Fox News host Sean Hannity", "to sign
        # Real Madrid striker Michael Owen"
    if not words or len(words) > 4 or not words[0][0].islower() \
            or not (_role_word(words[0][0]) or nouns and words[0][0] in role_nouns()
                    and words[0][0] not in _RELATION_NOUNS):  # ("led by senior midwife Donna Ockenden")
        return None
    return words[-1][1], e


# nouns for people that say how they stand to someone or something, not what they do ("his rival
# Bernie Sanders", "a Luxembourg subsidiary"): no description before a name
_RELATION_NOUNS = frozenset("source staff staffer member fellow partner owner resident student friend ally rival "
                            "unit subsidiary parent affiliate division arm citizen national native fan wife husband "
                            "son daughter widow niece nephew cousin uncle aunt grandson granddaughter child figure "
                            "moderate conservative liberal democrat republican independent seed star local "
                            "associate operative insider opponent proponent incumbent".split())


def _capitalised_before(masked: str, i: int) -> list[str]:
    """The run of capitalised words right before position ``i`` in its sentence ("Senate
    Majority Leader" in "said Senate Majority Leader Chuck Schumer"), with the linking words
    inside it; none when a sentence end, a comma or a date word comes first. A line break ends
    the run: "...he said.\n\nSenate Majority Leader Chuck Schumer" has all three words."""
    lo = max(0, i - 80)
    words = masked[max(lo, masked.rfind("\n", lo, i) + 1):i].split(" ")
    if not words or words[-1] != "":
        return []  # (the name does not follow a space)
    run: list[str] = []
    for w in reversed(words[:-1]):
        if not w or not (w[:1].isupper() and w[1:].replace(".", "").replace("-", "").isalpha()
                         or w in _TITLE_LINKS) or w in DATE_WORDS or w in OPENERS:
            break  # (nor a sentence's opening word: "After Deputy Secretary ...", "Under Chairman ...")
        if w.endswith(".") and not (len(w) <= 5 and w[:1].isupper()):
            break  # a sentence end, not an abbreviated title ("Sen.", "Gov.")
        run.append(w)
    run.reverse()
    if "and" in run:
        # "President Xi Jinping and Secretary of State John Kerry": the title after the last
        # "and" when it is one by itself, not "Minister of International Trade and Industry"
        tail = run[len(run) - run[::-1].index("and"):]
        if tail and _role_word(_title_head(tail)):
            run = tail
    while run and run[0] in _TITLE_LINKS:
        run.pop(0)
    if run and run[0] in ("The", "A", "An"):
        run.pop(0)  # ("The Senate Majority Leader ...": the sentence's article)
    if not run or not _role_word(_title_head(run)):
        return []  # no word for a role: "Osman Abu-Laban", "Senators Mitch McConnell and ..."
    return run


# "The mayor, " / "Britain's finance minister, " right before a name: a description whose
# head is a word for a role, in apposition to the name after it
_DESCRIBED_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<desc>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[A-Z][\w.&-]*[ ]){0,4}[A-Z][\w.&-]*(?:'s|\u2019s))"
    r"(?:[ ][\w.'\u2019-]+){1,5}),[ ]$")


_BASED_FIRST = re.compile(r"(?:The[ \t]+)?[A-Z][\w.]*-based[ \t]+(?=[A-Z])")
def _owner_is_a_body(owner: str) -> bool:
    """A country, an outlet, a listed firm or an acronym: whose person the name after it is
    ("MSNBC's Ayman Mohyeldin", "Britain's Rod Stewart")."""
    return owner.lower() in countries() or is_outlet(owner) or is_known_firm(owner) or ACRONYM.fullmatch(owner) is not None


_OWNER_OR_ORIGIN_FIRST = re.compile(r"(?:[A-Z][\w.&-]*[ \t]+){0,2}?[A-Z][\w.&]*(?:['\u2019]s|-based|-born)[ \t]+(?=[A-Z])")
_BODY_ACRONYM_FIRST = re.compile(r"[A-Z]{3,5}[ \t]+[A-Z][a-z]")  # (not "JD Vance", "AJ Lee": initials)
_OFFICER_HEAD = re.compile(r"(?:officer|executive|director|manager|adviser|advisor|counsel|president|chief)$")
_SENTENCE_END = re.compile(r"[a-z0-9][.!?]\s+")
_THE_COMPANY = re.compile(r"\bthe\s+(?:company|firm)\b")
_AGED_OPENING = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))The[ \t]+\d{1,3}-year-old[ \t]+(?!of\b)[a-z]")
# any sentence's end, also after a quotation or a bracket, and a paragraph's: '... had "changed everything".\n\n'
_ANY_SENTENCE_END = re.compile(r"[a-z0-9\x01\"\u201d\u2019)][.!?]\s+|\n[ \t]*\n")
_HONORIFIC_BEFORE = re.compile(r"(?<=, )(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[ ]$")


# a preposition opening the sentence that a description before a name is part of ("In her pursuit of the
# Democratic nomination for president, Hillary Clinton has ..."): a fronted phrase, no apposition (but "to the
# state's governor, John Kasich" is one)
_FRONTED_PREPOSITION = re.compile(r"\s*(?:In|Of|For|With|At|On|To|By|From|During|After|Before|Since|Under|Despite)\s")


# a time opening a sentence before its subject: "Last week, ", "Earlier, ", "On Monday, ", "In March, "
_TIME_OPENER = re.compile(r"(?:(?:Last|This|Earlier|Later|Early|Late)\s+(?:week|month|year|weekend|\w+day)|Earlier|Later|"
                          r"Yesterday|Today|On\s+\w+day|In\s+(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|(?:19|20)\d\d)),\s+")


def sentence_start(masked: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last ". ", "! ", "? " or newline, within 300 characters)."""
    lo = max(0, pos - 300)
    k = max(masked.rfind(". ", lo, pos), masked.rfind("! ", lo, pos), masked.rfind("? ", lo, pos))
    return max(k + 2 if k >= 0 else lo, masked.rfind("\n", lo, pos) + 1)


_PREPOSITIONS_IN_DESC = frozenset("of to for in at with from by on".split())  # ("the death of his mother, X,": no tie)
_CO_PREFIX = re.compile(r"^(?:[Cc]o|[Vv]ice|[Ee]x)-(?=[a-z])")
# people by their tie to someone, in apposition before the name: "Her former colleague, Nicholas Grant, said"
_ASSOCIATE_NOUNS = frozenset("colleague friend neighbour neighbor partner teammate classmate flatmate "
                             "housemate mother father sister brother son daughter husband wife grandmother "
                             "grandfather aunt uncle cousin niece nephew fiancee fianc\u00e9e fiance fianc\u00e9 widow "
                             "widower stepmother stepfather".split())  # (and kin: "His mother, Judy, told the BBC")


def _of_index(words: list[str]) -> int | None:
    """Where "of" or "for" stands in a description's words, past its first two ("The MP for ...", "Rightmove's
    director of ..."), if it does."""
    return next((n for n, w in enumerate(words) if n > 1 and w in ("of", "for")), None)


def _described_head(desc: str) -> str:
    """The head of a description before a name: the word before what it is of or for ("MP" of "The MP for
    Coventry North East"), else its last word, lower-cased."""
    words = desc.lower().split()
    k = _of_index(words)
    return words[k - 1] if k is not None else words[-1] if words else ""


def _described_before(masked: str, i: int) -> tuple[int, int] | None:
    """The span of a description in apposition before the name at ``i`` ("The mayor" of "The
    mayor, Rosa Diaz, said"), when a word for a role heads it."""
    if (h := _HONORIFIC_BEFORE.search(masked, max(0, i - 8), i)) is not None:
        i = h.start()  # "Her co-author, Dr Ben Walsh, cautioned"
    lo = max(0, i - 70)
    for end in _SENTENCE_END.finditer(masked, lo, i):
        lo = end.end()  # (within the name's sentence)
    m = _DESCRIBED_BEFORE.search(masked, lo, i)
    if m is None:
        return None
    words = m.group("desc").split()
    head = _CO_PREFIX.sub("", words[-1])  # ("Her former co-presenter, Nicholas Grant, said")
    if (of := _of_index(words)) is not None \
            and not (_role_word(head) or head.lower() in role_nouns()):
        head = _CO_PREFIX.sub("", words[of - 1])  # "Rightmove's director of property science, Tim Bannister": the
        # role before what it is of
    if not (_role_word(head) or head.lower() in role_nouns() or _OFFICER_HEAD.search(head)
            or head.lower() in _ASSOCIATE_NOUNS and not any(w.lower() in _PREPOSITIONS_IN_DESC for w in words[:-1])) \
            or len(words) < 2 \
            or any(w.endswith(".") and not (len(w) <= 4 and w[:1].isupper() and not (k + 1 < len(words) and words[k + 1][:1].isupper()
                                                                                   and w not in titles()))
                   for k, w in enumerate(words)):
        return None  # (nor across a sentence's end: "... the announcement. Ms Jowell's deputy", "the BBC. Head of ...")
    if any(w in ("as", "but", "when", "while", "because", "if") for w in words) \
            or _FRONTED_PREPOSITION.match(masked, ss := sentence_start(masked, m.start("desc"))) is not None \
            and "," not in masked[ss:m.start("desc")]:
        return None  # a clause or a phrase of its own before the name, no apposition: "In her pursuit of the
        # Democratic nomination for president, Hillary Clinton", "as he begins his second term as US President,
        # Tony Blair has said", "one of DOD's leaders but his lawyer, Antony Townsden, told"
    start = m.start("desc")
    while len(words) > 2 and (words[0] in OPENERS or words[0] in DATE_WORDS):
        start += len(words[0]) + 1  # "And Florida's attorney general, ...", "Yesterday Argentina's ..."
        words = words[1:]
    return start, m.end("desc")


def _title_head(words: list[str]) -> str:
    """The word that heads a title: the one before its first linking word ("Secretary" of
    "Secretary of State"), else its last ("Leader" of "Senate Majority Leader")."""
    for k, w in enumerate(words[1:], 1):
        if w in _TITLE_LINKS:
            return words[k - 1]
    return words[-1]


def _role_word(word: str) -> bool:
    """A word that names a role by itself, lower-cased ("chairman", "director", "secretary")."""
    word = word.lower().rstrip(".,")
    return word in role_heads() or word in title_words() and not (word.endswith("s") and word[:-1] in title_words()) \
        or word in _ROLE_WORDS_MORE


def _abbreviated(w: str) -> bool:
    """Is ``w.`` an abbreviation ("Sen.", "Gov.", "U.S.", "Corp.", "N.J."), not a sentence's last word ("Bond.")?"""
    return w in titles() or w + "." in titles() or w.lower() in COMPANY_ENDS or w in _ABBREVIATED_WORDS \
        or "." in w or w.isupper() or _ABBREVIATION_END.search(w) is not None


# a firm's offices, held in no government: "Chief Executive", "CFO", "chief financial officer"
_FIRM_OFFICER = re.compile(r"(?i)(?:(?:Co-|Deputy |Group |Acting |Interim )?(?:CEO|CFO|COO|CTO|Chief Executive(?: Officer)?|"
                           r"Chief (?:Financial|Operating|Technology|Marketing|Commercial) Officer|Finance Director|"
                           r"Managing Director|(?:Vice )?President|Chairman|Chairwoman|Chair))")
_ABBREVIATED_WORDS = frozenset("Dept Depts Assn Bros Univ Govt Intl Natl Dist Cmte Comm Admin Mgr Exec".split())


def _title_roles(masked: str, i: int) -> list[Role]:
    lo = max(0, i - 60)
    m = _PREFIX.search(masked, max(lo, masked.rfind("\n", lo, i) + 1), i)  # (within the name's paragraph)
    if not m:
        return []
    words = m.group(1).split()
    for k in range(len(words) - 1, -1, -1):
        wk = words[k]
        if wk.endswith((".", "!", "?")) and not (wk.endswith(".") and len(wk) <= 5 and wk[:1].isupper()
                                                 and _abbreviated(wk[:-1])) \
                or wk.rstrip(",") in DATE_WORDS:
            # a sentence end, not an abbreviated title ("Sen.", "Gov.", "Prof."), or a date
            words = words[k + 1 :]  # "... interacted with the President. Tom English", "On Thursday Mr
            break  # Blair": not their titles
    # the words just before the name that read as a title: parse_title reads them from the right
    # and leaves out what cannot belong to a title
    cand = " ".join(words)
    if len(words) >= 3 and words[-1].rstrip(".") in _STYLES_AFTER_ROLE and words[-2][:1].islower() \
            and _role_word(words[-2]):  # (not a qualifier: "retired Adm. Eugene Carroll")
        # "Ialpa president Captain Mark Tighe": a role, then the person's own rank before the name
        head = " ".join(words[:-1])
        roles = parse_title(head, i - len(cand) - 1) + parse_title(words[-1], i - len(words[-1]) - 1)
    else:
        roles = parse_title(cand, i - len(cand) - 1) if words else []
    for r in roles:
        if r.organization and r.organization.split()[0].lower().rstrip(".") in COMPANY_ENDS:
            r.organization = None  # the end of a firm's name whose start lies before the words read
            # ("[Diagnostic Products] Corp president and chief executive officer Sigi Ziering")
    return roles


_STYLES_AFTER_ROLE = frozenset("Captain Capt Colonel Col Major Maj General Gen Lieutenant Lt Commander Cmdr Admiral Adm "
                               "Sergeant Sgt Professor Prof".split())
# a full stop that ends no sentence: an initial, "U.S.", or a title before a name ("a top adviser to Mrs. Clinton")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]|\bU\.S|\b(?:St|Jr|Dr|Mr|Mrs|Ms|Sen|Gov|Rep|Gen|Rev|Prof|Lt|Col|Sgt|Capt))$")


def _after_name(masked: str, j: int, after_age: bool = False) -> tuple[int, int] | None:
    """The appositive or dashed aside right after a name, as offsets (``after_age``: after an
    age, where a home town also describes: "Margaret Hill, 74, from Stoke")."""
    m = ASIDE_OPEN.match(masked, j, j + 4)
    if not m:
        return None
    s = m.end()
    first = _WORD_FORMS.match(masked[s:s + 40])
    if not first:
        return None
    w = first.group(0)
    dashed = "," not in m.group(0)
    # a role with no article, before its body: "Ruth Okafor, chief executive of St Mary's, ..."
    opens = w.lower() in ("a", "an", "the", "who", "which", "former", "now", "then") or w.isdigit() \
        or w.endswith(("'s", "\u2019s")) or after_age and w in ("from", "of")
    bare = not dashed and not opens and w.islower() and (rm := _BARE_ROLE_OF.match(masked, s)) is not None \
        and _role_word(rm.group("head"))
    if not (dashed or opens or bare):
        return None
    stop = _DASH_STOP if dashed else _COMMA_STOP
    e = s
    while True:
        sm = stop.search(masked, e, min(len(masked), s + 300))
        if not sm:
            return None
        e = sm.start()
        if masked[e] == "." and _ABBREVIATION_END.search(masked, s, e):
            e += 1
            continue
        break
    if bare and not (masked.startswith(",", e) and _VERB_IN_APPOSITIVE.search(masked, s, e) is None):
        return None  # (only one closed by its comma: not "Bernard Reed, manager of the exchange said")
    if after_age and w in ("from", "of"):
        place = HOME_TOWN.match(masked, s, e)  # the place only: "of Philadelphia sold water ..."
        return (s, place.end()) if place is not None else None
    if w.isdigit() and e == s + len(w):
        # an age alone ("Joan Price, 67, of Riverside", "said Jane Doe, 45."): the aside after
        # it, if one follows ("Tom Reyes, 52, a landlord ..."), else none
        return _after_name(masked, e, True) if masked.startswith(", ", e) and not masked[e + 2 : e + 3].isdigit() else None
    return (s, e) if e > s else None


_VERB_IN_APPOSITIVE = re.compile(r"\s(?:said|says|told|tells|added|adds|believes|thinks|argued|warned|noted)\b|\s[-\u2014\u2013]\s")
_BARE_ROLE_OF = re.compile(r"(?:[a-z][\w-]*[ \t]+){0,2}(?P<head>[a-z][\w-]*)[ \t]+(?:of|at|for)[ \t]")


_NO_DESCRIPTION = re.compile(
    r"(?:who|which|that)\s+(?:also\s+|later\s+|had\s+|has\s+)?(?:said|says|told|tells|added|adds|announced|reported)\b"
    r"|(?:in\s+a\s+statement|in\s+an\s+interview|for\s+example|for\s+instance|for\s+(?:his|her|their|its)\s+part|"
    r"however|meanwhile|and\s+some\s+[a-z]+|and\s+the\s+top\b)\b", re.I)


def _before_preposition(name: str) -> str:
    """'Military sources in the area' -> 'military sources': the words that say who, not where."""
    return _PLACE_PREPOSITION.split(name.lower(), maxsplit=1)[0]


# a group of two kinds of people: "traders and analysts", "bankers and economists polled by Reuters" (not one kind
# with two modifiers: "current and former officials", "U.S. and western officials")
_TWO_HEADS = re.compile(r"[a-z](?<!s)s\s+and\s+(?:[a-z]+\s+){0,2}[a-z]+s\b")


# a sentence opening with a kin noun after a possessive, then its verb: "Her husband points to ...", "His late wife
# had ..." (not "His son's school", "Her husband and ...", "Her husband, Mike, ...": named)
_KIN_OPENING = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))((?:Her|His|Their)[ \t]+(?:(?:late|former|elder|younger|eldest|youngest|"
                          r"estranged)[ \t]+)?([a-z-]+))[ \t]+(?!(?:and|or|of|who|whose)\b)[a-z]+")
_SENTENCE_END_BETWEEN = re.compile(r"[.!?](?:[ \t]|$)")
# "Another, a product manager, described ...": one more source, described in commas, opening a sentence
_ANOTHER_DESCRIBED_OPENING = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))(Another|One),[ \t]+(?P<desc>(?:a|an)[ \t]+"
                                        r"[^,.;\n\x01]{2,60}),[ \t]+[a-z]+")


def _desc_head(desc: str) -> str:
    """'a former Marine officer who worked ...' -> 'former marine officer'."""
    d = desc.lower()
    d = _RELATIVE_OR_COMMA.split(d)[0]
    d = _DETERMINER_FIRST.sub("", d.strip())
    return d.strip()


_AFTER_HYPHEN = r"(?:(?<=-)[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019-]+)*"
_FULLNAME = re.compile(  # within a line, and a dotted word before it only an abbreviation ("Sen.")
    # (the capital first, then the look-behind, so that the scan jumps between capitals; an
    # optional title word before the name, then the name's capital)
    # (letters with accents too: "François Bayrou", "José Mújica", "Łukasz Kowalski")
    # (a given name with a hyphen whole, "Jean-Pierre Raffarin", "Jo-Ann Smith": no name starts after a hyphen)
    r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0141](?<![\w'\u2019-].)(?:(?:[a-z]{1,3}\.|[a-z]+)[ \t\u00a0]+[A-Z\u00c0-\u00d6\u00d8-\u00de\u0141]|)"
    r"[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019-]+" + _AFTER_HYPHEN +
    r"(?:[ \t\u00a0]+(?:[A-Z]\.?|[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019-]+" + _AFTER_HYPHEN
    + r"|van|von|der|den|de|del|della|la|le|du|da|di|dos|das|bin|al))*"
    r"[ \t\u00a0]+(?:[A-Z\u00c0-\u00d6\u00d8-\u00de\u0141][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f][\w'\u2019-]*"
    r"|[OD]['\u2019][A-Z][a-z]+)"  # (an Irish or French surname: "Kathy O'Nan", "Anna D'Souza")
)


# a person introduced after "was" or "is", then an appositive: "there in the back was Garcia, the grocery store worker"
# (the verb's first letter before the look-behind, as in _FULLNAME: the scan jumps between w's and i's instead of
# trying the look-behind at every position; the same matches, a tenth of the time)
# a given name written as two initials, then a surname ("JD Vance", "AJ Tracey", "JK Rowling", "JB Pritzker")
_INITIALS_GIVEN_NAME = re.compile(r"(?<![\w.'\u2019-])(?:[A-Z]J|J[A-Z])[ \t]+[A-Z][a-z'\u2019-]+(?![\w'\u2019-]|[ \t]+[A-Z])")
_INTRODUCED_AFTER_BE = re.compile(r"(?:w(?<![\w'\u2019-]w)as|i(?<![\w'\u2019-]i)s)[ \t]+(?P<name>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){0,2}),"
                                  r"[ \t]+(?:a|an|the)[ \t]+[a-z]")


_ROLE_THEN_NAME_AFTER_BE = re.compile(r"(?:w(?<![\w'\u2019-]w)as|w(?<![\w'\u2019-]w)ere)[ \t]+(?:the|a|an)[ \t]+"
                                      r"(?:[a-z][\w-]*[ \t]+){1,3}"
                                      r"(?P<name>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2})(?=,|\.[ \t\n]|[ \t]+who\b)")


class _AfterBreak:
    """``finditer`` of ``head + body`` over a whole text, where the head is a break that
    precedes the body: a newline, a sentence end (``.``, ``!``, ``?``) or, with ``comma``, a
    comma, each followed by spaces or tabs, or the start of the text. Written this way
    (one character class first, the text's start matched apart) the regex engine jumps
    between break characters instead of trying every position: the same matches, 2-3x
    faster than ``(?:^|[.!?][ \t]+|\n)`` with ``re.M``."""

    def __init__(self, body: str, comma: bool = False, quote: bool = False, needs: tuple[str, ...] = ()):
        marks = "[.!?" + ("," if comma else "") + ("\x01" if quote else "") + "\\n]"  # (``quote``: after
        # a quotation too, masked: '"...," he said. "..." Hayward revealed that ...')
        self.rx = re.compile(marks + r"(?:(?<=\n)|(?<!\n)[ \t]+)" + body)
        self.at_start = re.compile(body)
        self.needs = needs  # words one of which every match holds: a text with none of them is not scanned

    def finditer(self, text: str):
        if self.needs and not any(w in text for w in self.needs):
            return
        m = self.at_start.match(text)
        if m is not None:
            yield m
        yield from self.rx.finditer(text, m.end() if m is not None else 0)


# a regnal number after a name, beyond a suffix's II-IV: "Pope Leo XIV", "Louis XVI", "King Charles V"
_REGNAL_NUMBER = r"X{1,2}(?:IX|IV|V?I{0,3})|IX|V|VI{1,3}"
_REGNAL = re.compile(r"(?:" + _REGNAL_NUMBER + r"|I{2,3}|IV)")
_REGNAL_TITLES = frozenset("Pope King Queen Emperor Empress Tsar Sultan".split())
# a capitalised name word, with a capital inside allowed: "Sullivan", "McLetchie", "MacIntyre", "DeSantis"
# (letters with accents too, as in _FULLNAME: "Interior Minister G\u00e9rald Darmanin said", "\u00c9ric Piolle")
_CAP_WORD = (r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0141][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019-]+"
             r"(?:[A-Z][a-z'\u2019-]+|[A-Z]{1,3}(?![\w'\u2019-]))?")  # ("McCain", "OpenAI")
# a body named "X of Y" opening a sentence or a wire story's lead, its verb after ("LONDON (Reuters) - The Bank of
# England kept interest rates on hold ..., as it warned"): the subject scan's names stop at "of"
_BODY_OF_SUBJECT = _AfterBreak(
    r"(?:The[ \t]+)?(?P<name>(?:[A-Z][\w&'\u2019-]*[ \t]+){0,3}(?P<head>[A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w&'\u2019-]*(?:[ \t]+[A-Z][\w&'\u2019-]*){0,3})(?:[ \t]+\([A-Z]{2,6}\))?[ \t]+(?!of\b|and\b)"
    r"(?![a-z]+(?:ers|ors|ists|ians)\b)[a-z]")  # (its acronym after it too: "The National Academy of Sciences (NAS)
# had studied ... It recommended"; not a name going on in lower case: "The Association of British
# insurers warned"; after a wire's dateline, matched there: "LONDON (Reuters) - The Bank of England kept ...")
_PERSON_OF_BODY_SUBJECT = _AfterBreak(
    r"(?:(?:But|And|So|Yet|Now|Then|Also|However|Meanwhile|Still)[ \t]+)?(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD
    + r"){1,3})[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?[A-Z][\w&'\u2019-]*(?:[ \t]+(?:for[ \t]+|of[ \t]+|and[ \t]+)?[A-Z][\w&'\u2019-]*){0,5}"
    r"(?:,[ \t]+(?:who|whose)[ \t][^,.;:\n\x01]{1,80},)?"  # (a relative in commas: ", who was not involved ...,")
    r"[ \t]+(?!(?:and|or|of|in|on|at|to|for|with|by|from)\b)(?:[a-z]{3,}(?:ed|s)|said|told|wrote|spoke|thought|"
    r"was|is|had|took|struck|sounded|saw|felt|sat|stood)\b")  # ("Carolina Milanesi of Creative Strategies was more
# positive. '...,' she told The Verge")
_SUBJECT = _AfterBreak(
    r"(?:(?:But|And|So|Yet|Now|Then|Also|However|Meanwhile|Still)[ \t]+)?"
    # (an acronym first too: "UK Chancellor Gordon Brown has offered", "US Treasury Secretary ...")
    r"<?(?P<name>(?:[A-Z]{2,5}[ \t]+)?" + _CAP_WORD + r"(?:[ \t]+(?:[A-Z]\.?|" + _CAP_WORD + r"|(?:AB|AG|SA|NV|PLC|SpA|BV|Oyj)"
    r"(?![\w'\u2019-]))"  # (a legal form in capitals: "Pharmacia AB forecast earnings of ...")
    # (a regnal number inside the name: "Pope Leo XIV called for ... the pontiff said")
    r"|[ \t]+(?:" + _REGNAL_NUMBER + r")(?=[ \t]+[a-z])"
    # (a particle inside the name: "Tomas de Hora has watched the movements closely", "Willem van Eeghen said")
    r"|(?:[ \t]+(?:de|van|von|der|den|del|della|da|di|du|dos|bin|ibn)){1,2}(?=[ \t]+[A-Z][a-z])"
    # (and an "and" inside an office: "Work and Pensions Secretary Liz Kendall said")
    r"|[ \t]+(?:and|&)(?=[ \t]+" + _CAP_WORD + r"[ \t]+(?:Secretary|Minister|Commissioner)[ \t]+[A-Z]))*)"
    r"(?:,?[ \t]+(?:Jr|Sr)\.|[ \t]+(?:II|III|IV)\b)?"  # a suffix after the name: "Adm. Harry B. Harris Jr., who"
    r"(?:[ \t]+\([A-Z][\w.]*-[\w. ]{1,14}\)|[ \t]+\([A-Z][A-Z.&]{1,9}\)(?=[ \t]+(?:[a-z]+ed|has|had|was|is|will|would|"
    r"said|says|also|earlier|last|on)\b))?"  # a party tag: "Sen. Claire McCaskill (D-Mo.) scolded" (or a body's acronym
    # before its verb: "The American Film Institute (AFI) hailed ... It claimed"; not before a role: "United Automobile
    # Workers (UAW) president Owen Bieber")
    r">?(?:[ \t]+<[A-Za-z0-9. ]{1,12}>)?"  # a wire's ticker: "Pharmacia AB <PHAB ST> forecast earnings of ..." (or the
    # brackets round a firm it lists no ticker for: "<Avana Group Plc> forecast ...")
    r"(?:\s+(?!and\b|or\b|of\b|in\b|on\b|at\b|to\b|for\b|with\b|by\b|from\b)[a-z]"
    r"|[ \t]+on[ \t]+(?:" + DAYS + r")\b"  # ("Nimbus Systems on Wednesday unveiled")
    # (or where it spoke: "Liposome Co Inc at its annual meeting announced ... It said")
    r"|[ \t]+at[ \t]+(?:its|a|an|the|their)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:meeting|conference|session|briefing)[ \t]+[a-z]"
    # (a wire's firm and its town: "Easco Hand Tools Inc of Hunt Valley, Md., filed with the SEC ...")
    r"|[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},[ \t]+(?:[A-Z][a-z]{1,4}\.|[A-Z]{2})(?:,[ \t]+|[ \t]+)[a-z]"
    r"|[ \t]+of[ \t]+(?:the[ \t]+)?(?:University|College|Institute|School|Hospital)\b"  # ("Professor Peter
    # Rothwell of the University of Oxford, who ..., said")
    # (a person of a firm, then the verb: "Caroline Levy of E.F. Hutton also believes"; a given name
    # first, checked by the scan)
    r"|[ \t]+of[ \t]+(?:[A-Z]\.){1,3}(?:[ \t]+[A-Z][\w&'\u2019-]*){1,3}[ \t]+(?:also[ \t]+)?[a-z]+(?:s|ed)\b"
    r"|,[ \t]+(?:an?|the|who|whose|which|then|now|meanwhile|however|too|[A-Z][\w.-]*['\u2019]s|\d{1,3},"  # (an age: "Vos, 54,")
    r"|(?<!And, )(?<!But, )(?<!So, )(?<!Yet, )(?<!Now, )(?<!Then, )(?<!Still, )(?<!Also, )(?<!Thus, )"
    r"(?:when|while|after|before|though|although|despite|unlike)[ \t][^,.;:\n\x01]{1,80},"  # (a subordinate aside:
    # "Trump, when asked about his own contradictions, often steam-rolls through the questions"; not after a link
    # word: "And, while we are on the subject of ...,")
    r"|(?!(?:according|including|during|following|regarding|concerning|excluding|pending|something|nothing|anything|"
    r"everything|morning|evening)\b)[a-z]{3,}ing"  # (a participle's aside: "Navarro, playing in only her second
    # Wimbledon, was ..."; not "Sen. Jeff Flake (R-Ariz.), according to officials")
    r"|[A-Z]-[A-Z][\w.]{1,8},"  # (a party tag in commas: "Sen. Dick Durbin, D-Ill., said")
    # or an appositive or aside: "But Carolyn Gallaher, a professor ..., calls", "And Donald, then in
    # college, did"; a role with no article too: "Yukiya Amano, director general of the IAEA, said"
    r"|(?:[A-Za-z-]+[ \t]+){0,2}(?:" + "|".join(sorted(role_heads(), key=len, reverse=True))
    + r")(?:[ \t]+general)?[ \t]+(?:of|at|for)"  # ("Hugo Lueders, European director for public policy at ...")
    r")\s)",
    comma=True, quote=True,
)
# cues that open a sentence before their speaker: 'Said Comey, "..."', 'Continued Stone: "..."'
INVERTED_CUES = ("Said", "Says", "Added", "Adds", "Stated", "States", "Wrote", "Writes", "Asked", "Asks", "Continued",
                  "Noted", "Explained", "Replied", "Recalled", "Declared", "Insisted", "Warned")
# words that open a sentence before a name: "For Clinton, ...", "Since Trump's win"
# days and months that are not also given names (April, May, June, August are)
_DAY_WORDS = frozenset(DAYS.split("|"))
DATE_WORDS = frozenset(DAYS.split("|")) | frozenset("January February March July September October November "
                                                      "December".split())
_BEFORE_MONTH = frozenset("Last Next In Since Until By Early Late".split())
_NAME_MONTHS = frozenset("April May June August".split())
OPENERS = frozenset("But And So Yet Now Then Also However Meanwhile When While As After Before If For In On "
                     "At By From With Since Until During Despite Unlike Like Under Among Against Without "
                     "Through Asked Speaking Writing Yesterday Today Tomorrow Earlier Later Last Next Besides "
                     "Which "
                     # a question's auxiliary: "Did Trump say ...?" names no "Did Trump" ("Will" and "Can" may be names)
                     "Did Does Do Has Have Had Would Could Should Is Are Was Were".split()) | frozenset(INVERTED_CUES)


def named_in(tokens: tuple[str, ...], names: frozenset[str]) -> bool:
    """Does a name (its tokens) stand among ``names`` by its first or last word?"""
    return bool(tokens) and (tokens[-1] in names or tokens[0] in names)


_KIN_GENDER = {w: g for w, g in KIN_NOUN_GENDER.items() if g is not None}


_EITHER_GENDER_ROLE = re.compile(r"\b(?:spokesman|chairman)\b", re.I)


def role_gender(description: str) -> str | None:
    """"female" for "a Cyclops spokeswoman", "male" for "the chairman", else None."""
    for w in description.lower().split():
        if w in _KIN_GENDER:
            return _KIN_GENDER[w]  # "his mother", "her husband"
        if w.endswith(("woman", "women")):
            return "female"
        if w.endswith(("man", "men")) and w not in ("german", "germans", "human", "humans", "roman", "romans"):
            return "male"
    return None
TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_INITIALS_WORD = re.compile(r"(?:[A-Z]\.){2,3}")


# a subject whose description comes first: "Former Pennsylvania governor Ed Rendell, one of ..."
# (a subordinator opening a sentence is no part of the name after it: "Although Weiner admitted")
_SUBORDINATORS = frozenset("Although Though Because Once Unless Whether Even When While If As After Before "
                           "Since Until Having Outside".split())


def _name_tokens_in_text_with_honorific(masked: str, name: str) -> bool:
    """Is the name's last word ever written after Mr, Mrs, Ms or Dr (then it is a person's)?"""
    last = name.split()[-1]
    return any(_HONORIFIC_THEN_SPACE.search(masked, max(0, i - 12), i) for i in word_ends(masked, last))


def org_description(desc: str) -> bool:
    """Is this description an organisation's, by its head noun ("The government", "The
    Association of British insurers"; not "the head of the rules committee")?"""
    words = desc.split()
    head = _OF_FOR_AT.split(_desc_head(desc))[0].split()
    if len(words) >= 3 and words[-1].islower() and person_noun(words[-1]) and words[-1] not in ORG_WORDS \
            and not (words[-1].endswith("s") and len(head) < len(words) - 2 and head and head[-1] in PEOPLE_BODIES):
        return False  # a person of a body named before the noun: "A Department for Work and Pensions spokeswoman"
        # (but the people a body is for: "the federation for Bolivian mine workers")
    return bool(head) and head[-1] in ORG_WORDS


def _titled_person_name(words: list[str]) -> bool:
    """A title, then a person's name: "President Volodymyr Zelenskiy", "Chancellor Olaf Scholz"; a police or
    military rank of two or three words too: "Det Insp Mark Reeves", "Lt Col Sarah Hunt"."""
    return 3 <= len(words) <= 5 and all(w in _PERSON_TITLES or w.rstrip(".") in titles() for w in words[:-2]) \
        and person_like_name(words[-2:])


_OPENER_ALTERNATION = r"(?:" + "|".join(sorted(OPENERS | {"Yet", "Still", "Later", "Today", "Yesterday", "Now"})) + r")\b"
# given names that are places or clubs as often ("Chelsea took the lead", "Paris said")
_PLACE_GIVEN_NAMES = frozenset("Chelsea Paris Florence Victoria Georgia Jordan Virginia Austin Sydney Savannah Carolina "
                               "Madison Orlando Phoenix Aurora Eugene Lincoln Washington Jackson Houston Dallas Denver "
                               "Troy Chester Kent Devon Lourdes Adelaide Regina Santiago Valencia Florida Israel".split())


def _place_named(name: str) -> bool:
    """A place or a body in capitals, no person ("Wall Street", "Capitol Hill", "New York", "Islamic State",
    "Justice Department"), when its first word is no given name."""
    words = name.split()
    last = words[-1].lower()
    return words[0].lower() not in given_names() and (
        last in STREET_WORDS or last in ORG_WORDS or last in _STATE_WORDS or name in us_states()
        or name.lower() in countries())


_NAMES_JOINED = re.compile(r"(?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+(?:[A-Z][\w.'\u2019&-]*|of|the|for|and|&))*"
                           r"\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+(?:[A-Z][\w.'\u2019&-]*|of|the|for))*")
_SURNAME_OF_BODY = re.compile(r"([A-Z][\w'\u2019-]+)[ \t]+(of[ \t]+(?:the[ \t]+)?[A-Z][\w&.'\u2019-]*(?:[ \t]+[A-Z][\w&.'\u2019-]*){0,4})")
_SURNAME_ORG_WORDS = frozenset(("press", "post", "court", "house"))
_TITLE_CASE_SMALL = frozenset("and the for but nor yet with from into onto via per".split())
_STATE_WORDS = frozenset("state states republic kingdom nations union emirates".split())


def person_like_name(words: list[str]) -> bool:
    """Two or three capitalised words starting with a known given name: a person's name
    ("Tessa Jowell"), not a club's or a group's ("West Ham", "Our Revolution")."""
    return 2 <= len(words) <= 3 and (words[0].lower() in given_names()
                                     or "-" in words[0] and words[0].split("-")[0].lower() in given_names())  # "Sven-Goran"

# "The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out ...", "Ms
# Jowell's deputy, Richard Caborn, said ...": a name between commas before the verb is the
# subject's (and, before a cue, the speaker's, who may not be an entity yet when a quotation
# before the reported speech is attributed: "... he said")
_WORD_BEFORE = re.compile(r"([A-Za-z][a-z-]+)$")
# a role, then what it is over, before an appositive's comma: "cabinet member for housing", "director of public health"
_ROLE_PORTFOLIO_BEFORE = re.compile(r"\b([a-z]+)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?:[A-Za-z][\w'\u2019-]*[ \t]+){0,2}"
                                    r"[A-Za-z][\w'\u2019-]*$")
_APPOSITIVE_NAME = re.compile(r",[ \t]+(?:(?!(?:said|says|told|added|according|and|but|or|who|which|that|when|if|of|for|at|in|from|with|by|to|on)\b)"
                             r"(?:\d{1,3}-year-old|[a-z][a-z-]+)[ \t]+){0,4}"  # ("One patient, 72-year-old
                             # retired teacher Margaret Owen, has waited")
                             r"(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){1,3}),[ \t]+"
                             r"(?:\d{1,3},[ \t]+)?"  # (an age after the name: "One of the investors, retired nurse Joan
                             # Walsh, 72, lost her life savings")
                             r"(?:has|had|is|was|will|would|said|says|told|tells|added|admitted|argued|insisted|"
                             # or the subject's own verb: "Her deputy, Tom Reyes, struck a different tone"
                             r"[a-z]{2,}ed|[a-z]{3,}(?<!les)(?<!ss)(?<!ous)s|struck|took|made|went|came|gave|spoke|wrote|met|left|sent|began|kept|"
                             r"held|felt|stood|saw|got|won|lost|led|ran|became|brought|thought|knew|found|paid|put|set|"
                             r"sought|fought|drew|broke|chose|rose|fell|sold|heard|meant|spent|dealt|sat|shook|"
                             r"hit|cut|let|read|built|bought|caught|taught|threw|grew|flew|did)(?=[\s.,;:!?])")  # (and the
# verb ending the sentence: "Southport's mayor, Rosa Lindqvist, disagreed.")
# "..., says Curry. For now, he tunes out ...": the speaker of an inverted cue is an antecedent
# too (quotations in a paragraph are attributed before its reported speech, so "Curry" may not
# be an entity yet when "he adds" is resolved)
_INVERTED_SUBJECT = re.compile(r"(?:" + trie_regex(("said", "says", "added", "adds", "explained", "explains", "argued",
                                                      "argues", "noted", "notes")) + r")[ \t]+"
                               # (and a role before the name: "said Sun's chief operating officer Jonathan Schwartz.")
                               r"(?:(?:[A-Z][\w&.-]*['\u2019]s[ \t]+)?(?:[a-z-]+[ \t]+){0,3}(?:"
                               + trie_regex(role_heads() | role_nouns() | {"officer"}) + r")[ \t]+)?"
                               r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?(?P<name>" + _CAP_WORD
                               + r"(?:[ \t]+" + _CAP_WORD + r"){0,2})(?=[ \t]*[.,;])")
# "Mike Trainor, chief mobile technology evangelist for Intel, spoke": BBC style, no article
_BARE_APPOSITIVE_SUBJECT = _AfterBreak(
    r"(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){1,2}),"
    r"[ \t]+(?!(?:he|she|they|it|we|you|and|but|or|so|who|which|that|when|if)\b)[a-z]")  # not "... Sen. Ted Cruz, he would support"
_APPOSITIVE_TEXT = re.compile(r",[ \t]+([a-z][^,;:\x01\n]{1,100}),")
_APPOSITIVE_STOPS = frozenset("for at of with in on from to who which".split())


def _role_appositive_after(masked: str, end: int) -> bool:
    """Does a bare appositive naming a person's role follow the name ending at ``end`` (", journalist and dating expert
    for Company magazine,"): a role noun among its words before its first preposition?"""
    am = _APPOSITIVE_TEXT.match(masked, end)
    if am is None:
        return False
    for w in am.group(1).split():
        if w in _APPOSITIVE_STOPS:
            return False
        if w in role_nouns() or w in role_heads():
            return w not in FIRM_PARTS and w not in ORG_WORDS
    return False


# a relative named by a given name opening a sentence: "Her son Marco, who runs the shop, is less
# sure", "Her late husband, Enzo, built the ovens", "Telfer's wife, Jean, is less sentimental"
# given names that are words too, which the name lists leave out (a month, a flower, a virtue); after a
# relative's noun they are names: "His wife, June, is less romantic"
_WORD_GIVEN_NAMES = frozenset("June April May Summer Dawn Faith Joy Lily Iris Ruby Pearl Ivy Holly Daisy".split())
# the relative's noun right before a given name, and the gender it gives
_KIN_NOUNS = "|".join(KIN_NOUN_GENDER)
_KIN_NOUN_BEFORE = re.compile(r"\b(" + _KIN_NOUNS + r"),?[ \t]+$")  # the noun right before a given name
_KIN_SUBJECT = _AfterBreak(
    r"(?:His|Her|Their|My|Our|[A-Z][\w-]*['\u2019]s)[ \t]+(?:(?:late|eldest|youngest|older|younger|elder|twin)[ \t]+)?"
    r"(?:" + _KIN_NOUNS + r")(?:,[ \t]+|[ \t]+)"
    r"(?P<name>" + _CAP_WORD + r")(?=,|[ \t]+[a-z])", comma=True, quote=True)  # (and after a fronted phrase's comma:
# "On the convention's opening night, Trump's wife, Melania, is scheduled to speak ... she described")
# a possessive's companion or aide, named in full, opening a sentence: "Her classmate Jordan Lee, 17,
# disagreed", "His lawyer, Ann Roe, said"
_POSSESSIVES = ("His", "Her", "Their", "Its", "My", "Our")
_POSSESSED_SUBJECT = _AfterBreak(
    r"(?:" + "|".join(_POSSESSIVES) + r")[ \t]+(?:(?:former|longtime|old|best|new|fellow|chief|senior|top)[ \t]+)?"
    r"(?:classmate|colleague|friend|neighbou?r|teammate|team-mate|boss|deputy|spokesman|spokeswoman|spokesperson|"
    r"lawyer|attorney|aide|adviser|advisor|predecessor|successor|rival|opponent|partner|manager|agent|coach|"
    r"captain|director|secretary|assistant|doctor|girlfriend|boyfriend|fiancee?|roommate|co-author|coauthor|"
    r"creator|founder|inventor|designer|author|producer|owner|publisher|editor|biographer|publicist)"
    r"(?:,[ \t]+|[ \t]+)(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r")+)(?=,|[ \t]+[a-z])", quote=True, needs=_POSSESSIVES)
# the subject of a clause joined by "and" or "but", with a verb of saying in the past: "... but
# Andriessen told journalists", "Lloyds has said it is reviewing the situation and Moore denied ..."
_AND_SUBJECT = re.compile(r"(?:and|but)[ \t]+(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r")?)"
                          # (an appositive after the name: "but Reidar Wasenius, a senior project manager at Nokia, was")
                          r"(?P<app>,[ \t]+(?:a|an|the)[ \t]+[^,.;:\n\"]{1,80},)?[ \t]+"
                          r"(?P<verb>[a-z]+ed|said|told|was|is|has|had)\b")  # (the words first, for a quick scan; what stands
# before them is checked apart: a lower-case word or a comma, no pronoun: not "he and Manafort introduced")
_AND_BEFORE = re.compile(r"(?<![\w'\u2019-])(?!(?:he|she|they|we)[ \t])[a-z]+,?[ \t]+$|,[ \t]+$")
_DESC_SUBJECT_ROLES = ("governor senator congressman congresswoman spokesman spokeswoman secretary mayor president "
                       "minister chairman chairwoman director leader official adviser advisor aide strategist "
                       "candidate nominee boss coach captain chief head owner founder executive "
                       "star actress host comedian musician champion legend general "
                       # people the news quotes for who they are ("Local resident Maria Papadopoulou, 67, said")
                       "resident student expert analyst parent patient victim witness veteran nurse mother father "
                       "widow spokesperson fan pilot critic chef pundit academic poet diplomat model landlord landlady "
                       "publican "
                       # and players by position ("Chiefs tight end Travis Kelce, who ..., was asked")
                       "quarterback linebacker receiver end back guard forward striker midfielder defender "
                       "goalkeeper pitcher catcher winger "
                       # and parliament's ("Liberal Democrat peer Lord Carlile, ..., said")
                       "peer baroness").split()  # ("Rock star Ozzy Osbourne")
# a role, then a name: the role's words (a body's name with "of" in it too: "Industrial Bank of Japan Ltd senior
# economist ...")
_DESC_ROLE = (
    r"(?:[A-Z][A-Za-z'\u2019&-]+[ \t]+(?:(?:of|for)[ \t]+(?=[A-Z]))?){1,5}(?:[a-z]+[ \t]+)?"
    r"(?:[Cc]o-|[Vv]ice-)?(?:" + trie_regex([w for word in _DESC_SUBJECT_ROLES for w in (word, word.capitalize())]
                        + ["CEO", "CFO", "COO", "MP", "MSP", "MEP"])
    + r"|[a-z]{3,}(?:er|or|ist|ian|man|woman))[ \t]+")  # (a title in capitals too: "SMFG President Yoshifumi Nishikawa
# said"; and a trade in -man: "Local fisherman Hiroshi Tanaka")
# and the name, its verb after (a family name's particles inside: "Aviation analyst Nick Van den Brul of BNP Paribas")
_DESC_NAME = (r"(?P<name>" + _CAP_WORD + r"(?:[ \t]+(?:[A-Z]\.|" + _CAP_WORD + r"|(?:van|von|der|den|de|la|le|du|da|di|del|"
              r"bin|al)(?=[ \t]+[A-Z])))+)(?<!['\u2019]s)(?=,|[ \t]+[a-z])")
_DESC_SUBJECT_BODY = _DESC_ROLE + _DESC_NAME
_DESC_SUBJECT = _AfterBreak(_DESC_SUBJECT_BODY, quote=True)
# and with where the person works between the role and the name: "Senior EC financial expert in Tokyo Tomas de Hora has
# watched the movements closely" (the place, a capital or a country, checked by the scan)
_DESC_PLACE_SUBJECT = _AfterBreak(_DESC_ROLE + r"(?:in|at)[ \t]+(?P<place>[A-Z][\w'\u2019-]*)[ \t]+" + _DESC_NAME, quote=True)
# a firm after its trade opening a sentence, its verb after it: "German carmaker Volkswagen has challenged the ruling",
# "US retailer Walmart cut prices", "Investment bank Deutsche Bank has challenged ...", "The state news agency Tanjug
# was more optimistic" (the name alone: what "it" is)
_FIRM_BY_TRADE_SUBJECT = _AfterBreak(
    r"(?:(?:[A-Z][a-z]+|US|UK|U\.S\.)[ \t]+)?(?:[a-z]+[ \t]+){0,2}(?:" + trie_regex(
        [w for word in FIRM_KIND_OPENERS | BODY_KIND_NOUNS | {"giant", "maker"}
         for w in (word, word.capitalize())]) + r")[ \t]+"
    r"(?P<name>[A-Z][\w&'\u2019-]*(?:[ \t]+[A-Z][\w&'\u2019-]*){0,3})(?<!['\u2019]s)"
    r"(?=[ \t]+(?:has|had|was|is|[a-z]{3,}(?:ed|s))\b)", quote=True)
# a body by its initials after "the", opening a sentence, its verb after ("The FDIC proposed for comment ... It also
# said"): a body a later "It" can be, as one named by its trade
_THE_ACRONYM_SUBJECT = _AfterBreak(r"The[ \t]+(?P<name>[A-Z]{2,6})(?=[ \t]+(?:also[ \t]+)?(?:has|had|was|is|will|would|"
                                   r"[a-z]{3,}(?:ed|s))\b)", quote=True)
# the firm whose shares open a sentence ("Shares in American Express surged ... after it said"): likewise
_SHARES_OF_SUBJECT = _AfterBreak(r"(?:(?:The[ \t]+)?[Ss]hares|Stock)[ \t]+(?:in|of)[ \t]+(?P<name>" + _CAP_WORD
                                 + r"(?:[ \t]+(?:" + _CAP_WORD + r"|&|and|[A-Z]{2,5}))*)(?=[ \t]+(?:[a-z]|<))",
                                 needs=("Shares", "shares", "Stock"))


def place_name(name: str) -> bool:
    """Is this, as a whole, a place's name: a country, a nationality, a capital or a US state ("Germany", "the United
    States", "Texas", "Tokyo")?"""
    name = name.removeprefix("the ").removeprefix("The ")
    return name.lower() in countries() or name in nationalities() or name.lower() in _CAPITALS or name in us_states()


# one name alone after a role head, a verb in the past after it: "Arsenal's Brazilian midfielder Edu has hit out at
# the club", "Chelsea manager Mourinho was furious" (a role head only: no firm by its trade, "Oil producer Shell said")
_DESC_SUBJECT_ONE = _AfterBreak(
    r"(?:[A-Z][A-Za-z'\u2019&-]+[ \t]+){0,4}(?:[a-z]+[ \t]+)?(?:" + trie_regex(
        [w for word in role_heads() for w in (word, word.capitalize())]) + r")[ \t]+"
    r"(?P<name>" + _CAP_WORD + r")(?<!['\u2019]s)(?=[ \t]+(?:has|had|was|is|[a-z]{3,}ed)\b)", quote=True)
# and after a fronted participle's phrase: "Asked about the reports on Tuesday, White House press
# secretary Karine Jean-Pierre declined ..."
_FRONTED_PARTICIPLES = ("Asked", "Pressed", "Questioned", "Speaking", "Writing", "Responding", "Reacting", "Appearing",
                        "Testifying", "Addressing")
_FRONTED_DESC_SUBJECT = _AfterBreak(
    r"(?:" + "|".join(_FRONTED_PARTICIPLES) + r")[ \t]"
    r"[^,.;!?\n\x01]{1,100},[ \t]+" + _DESC_SUBJECT_BODY, quote=True,
    needs=_FRONTED_PARTICIPLES)
# and a role in lower case after a fronted phrase of place or time: "In Monmouthshire, farmer Gwyn Price said",
# "Outside the court, campaigner Sarah Okafor told reporters"
_FRONTED_ROLE_SUBJECT = _AfterBreak(
    r"(?:In|At|On|Outside|Inside|Near|Across|After|Before|During|Earlier|Later|Elsewhere|Back|Last|This|Next|"
    r"Yesterday|Today|Meanwhile)\b[^,.;!?\n\x01]{0,60},[ \t]+"
    # (a body's name before the role: "Last month, Shell chief executive Wael Sawan told investors")
    r"(?P<body>(?:[A-Z][\w&'\u2019-]*[ \t]+){0,3})(?:(?![a-z]+ed[ \t])[a-z][\w-]*[ \t]+){0,2}?(?:" + trie_regex(_DESC_SUBJECT_ROLES)
    + r"|(?!(?:former|other|later|earlier|however|whether|together|rather|after|under|over|never|either|neither)\b)"
    r"[a-z]{3,}(?:er|or|ist|man|woman))[ \t]+"  # (and a trade in -man: "Back at the bar, barman Sam Ortiz")
    r"(?P<name>" + _CAP_WORD + r"(?:[ \t]+(?:[A-Z]\.|" + _CAP_WORD + r"))+)(?<!['\u2019]s)(?=,|[ \t]+[a-z])", quote=True)
# a person named as a source or a concern opening the sentence: "According to Gwyn Price, ...", "For Gwyn Price, ..."
_SOURCE_OPENING = re.compile(r"(?:According[ \t]+to|For)[ \t]+(?P<name>" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){1,2}),")
_BREAK_BEFORE = re.compile(r"(?:^|[.!?\n\x01]|\bBut)[ \t]*$")


def _place_or_body_word(words: list[str], bodies: bool = False) -> bool:
    """Is one of these words a nationality or a country (or, with ``bodies``, a body's or a firm's word)?
    Then the words name no person."""
    return any(w in nationalities() or w.lower() in countries()
               or bodies and (w.lower() in ORG_WORDS or w.rstrip(".").lower() in _FIRM_ENDS) for w in words)


def _source_openings(masked: str):
    """The matches of :data:`_SOURCE_OPENING` that open a sentence (or follow its "But"), found with
    ``str.find`` (the words are rare: a pattern tried after every break cost a scan of the whole text)."""
    for word in ("According", "For"):
        i = masked.find(word)
        while i >= 0:
            if (m := _SOURCE_OPENING.match(masked, i)) is not None and _BREAK_BEFORE.search(masked, max(0, i - 6), i):
                yield m
            i = masked.find(word, i + 1)
# words that link a sentence to the one before: no name ("However, the company ..."), and read
# past before one ("Earlier Tony Blair defended the plans")
_PAIR_OPENERS = frozenset(("Neither", "Either", "Both"))
_PRONOUN_AND = re.compile(r"(?:[Hh]e|[Ss]he|I|[Ww]e)\s+and\s")  # "she and another reporter said": two people
_LINKING_WORDS = frozenset(
    "However Meanwhile Moreover Furthermore Nevertheless Nonetheless Instead Indeed Meantime Overall "
    "Separately Similarly Additionally Finally Later Earlier Also Thus Therefore Otherwise".split())
NOT_SUBJECT = frozenset(
    "The A An In On At For But And So If When While As After Before It This That These Those There "
    "He She They We I You His Her Their Our Its What Who Why How Now Then Yet Still "
    "Many Most Some Several Few All Both Each Every Other Such Any No".split()  # "Many Congressional proposals"
    # and prepositions: "To Sharp, Trump is the man who saved her farm", "Of Utilicorp's total revenues, ..."
    + "To Of From With By Without Under Over Like Unlike Despite Among Against Through Since Until Upon Into".split()
) | _LINKING_WORDS


ASIDE_OPEN = re.compile(r",\s|\s(?:[\u2015\u2014\u2013]|--?)\s")


# things that speak in reports but are no "he" or "she": "Mr Bell's speech called for ... he warned"
_NOT_A_HE = frozenset("speech speeches statement letter plan proposal bill report forecast agreement resolution "
                      "platform manifesto document memo ad video editorial budget community communities public "
                      "industry pact text copy transcript version "
                      # an outlet: "the nationalist Global Times tabloid noted ... he says" is not the tabloid
                      "tabloid newspaper paper magazine website outlet broadsheet publication "
                      # a message and what carries one: "a scripted message that precedes all Trump rallies asks ..."
                      "message messages announcement sign signs banner poster tweet tweets email note notice "
                      # people as one body: "his family said" is no "he" ("Born in Egypt, he moved ...")
                      "family families relatives team staff crew family's "
                      # and a gathering: "he told the crowd, which chanted ... He said" is no crowd
                      "crowd crowds audience audiences protesters demonstrators congregation".split())


# an anonymous source introduced as one, speaking: "a government source said", "said one senior official"
_ONE_SOURCE_SAID = re.compile(
    r"(?<![\w'\u2019-])(?:[Aa]n?|[Oo]ne)[ \t]+(?P<a>(?:[A-Za-z][\w'\u2019-]*[ \t]+){0,3}[a-z][\w'\u2019-]*)[ \t]+"
    r"(?:said|says|told|added|argued|insisted|warned)\b"
    r"|(?:said|says)[ \t]+(?:an?|one)[ \t]+(?P<b>(?:[a-z][\w'\u2019-]*[ \t]+){0,3}[a-z][\w'\u2019-]*)\b")
_PLURAL_QUANTIFIERS = frozenset("many some several most all both few other others two three four five "
                                "dozens hundreds thousands millions scores tens".split())  # ("dozens of shopkeepers")


# one source of a group: "one of the workers", "another of the analysts"
ONE_OF = re.compile(r"(?:one|another)\s+of\s", re.I)


@lru_cache(maxsize=4096)
def plural_people(name: str) -> bool:
    """Does the phrase name several people ("Many conservatives", "some aides to Clinton")?"""
    if ONE_OF.match(name):
        return False  # "one of the workers": one person
    words = name.lower().split()
    head = phrase_head(name)
    return bool(words) and (words[0] in _PLURAL_QUANTIFIERS or head in PEOPLE_AT_HEADS
                            or head.endswith(PEOPLE_PLURAL_ENDS))


def not_a_he(name: str) -> bool:
    """Is the phrase's head a thing that speaks but is no "he" ("Mr Bell's speech", "the
    transgender community"; not "A spokesman for the British Phonographic Industry")?"""
    return phrase_head(name) in _NOT_A_HE
# a wire story's dateline: "NEW YORK, March 3 - ", "OTTAWA, Ont., June 18 - "
WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'/-]{1,40}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)*(?:,[ \t]+[A-Z][a-z]{2,8}\.?"
                            r"[ \t]+\d{1,2}[ \t]+(?:\([A-Z][\w.]*\)[ \t]+)?|[ \t]+\([A-Z][\w.]*\)[ \t]+)[\u2015\u2014\u2013-]+[ \t]+"
                            r"|[A-Z][A-Z .'/-]{2,40}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t]+(?:[\u2014\u2013]|--?)[ \t]+")
# (or the agency with no date: "LONDON (Reuters) - "; or a place in capitals and a dash: "SAN FRANCISCO — ",
# "MAYFIELD, Ky. - ")
_HEAD_ENDS = frozenset("at of for from in with on who which that".split())


def head_token(toks) -> str:
    """The phrase's head word: the last before a preposition or relative ("One employee at a
    software firm": employee)."""
    for k, t in enumerate(toks):
        if k and t[2].lower() in _HEAD_ENDS:
            return toks[k - 1][2]
    return toks[-1][2]


def phrase_head(phrase: str) -> str:
    """:func:`head_token` of a phrase's words, lower-cased ("" for none)."""
    toks = word_tokens(phrase, 0, len(phrase))
    return head_token(toks).lower() if toks else ""


# a wire's stock ticker after a company's name: "E.F. Hutton Group Inc <EFH>" (cut off or not)
TICKER = re.compile(r"\s*<" + TICKER_SYMBOL + r"(?:>|$)")
_TICKER_END = re.compile(r"<" + TICKER_SYMBOL + r">?\s*$")  # a mention ending in a ticker is the company


def evidence_head(phrase: str, modified: bool = True) -> bool:
    """Does this phrase name a poll, a study, figures ("Customs figures", "The survey", or with
    ``modified`` "a survey conducted by analyst Elena Sadovskaya": the head before its modifiers)?"""
    words = _WORD_FORMS.findall(phrase.lower())
    if not words:
        return False
    if not modified:
        return words[-1] in evidence_sources()
    # the head ends the phrase's first chunk (up to a preposition, a relative or a comma; "of"
    # inside a name is no end: "Bank of England figures"), or is a poll or study word before a
    # participle ("A poll released Sunday by ..."): "traders familiar with the report" are
    # traders, "large numbers of backbench MPs" are MPs, "the research institute" no study
    toks = _WORDS_AND_COMMAS.findall(phrase)
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
    return head in sources and not (head in QUANTITY_HEADS and toks[end:end + 1] == ["of"])


QUANTITY_HEADS = frozenset(("numbers", "count", "tally"))
_RELATIVE_WORDS = frozenset(("who", "which", "that", "whose", "whom"))
_HEAD_PREPOSITIONS = frozenset("of from by in on at for among with about over after before during through than".split())


# words that open a Title Case run before a name without being part of it: 'Former Obama spokesman ...'
_CONTRACTED = frozenset("Here's There's That's It's What's Who's Where's Let's".split())  # "Here's Clinton"
_NAME_MODIFIERS = frozenset("Former Ex Late Then Acting Outgoing Incoming Retired Longtime Veteran".split())


# patterns compiled once (a module-level re call looks its pattern up in the re module's cache each time)
_WORD_FORMS = re.compile(r"[\w'\u2019-]+")
_WORDS_AND_COMMAS = re.compile(r"[\w'\u2019-]+|,")
_HEAD_END = re.compile(r"\s(?:of|for|at|in|on|with|to|from|based|that|which|who|whose|and|or|but)\s|[,;(]")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")
_STOP_THEN_SPACE = re.compile(r"[.!?][\"'\u201d\u2019\x01]?\s")
_OWNER_PRONOUN = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+")
_FOR_OR_OF = re.compile(r"\s(?:for|of)\s")
_PLACE_PREPOSITION = re.compile(r"\s(?:in|at|of|from|for|with|on|near|across|inside|within)\s")
_RELATIVE_OR_COMMA = re.compile(r"\b(?:who|which|that|whose)\b|,")
_RELATIVE_RIGHT_BEFORE = re.compile(r"\b(?:which|that)\s+$")
# a body's name opening a sentence, perhaps after what it is ("Market leader Nintendo, however, is releasing ...")
_OPENING_BODY = re.compile(r"(?:(?:But|And|However|Meanwhile|Now)[ \t]+)?(?:The[ \t]+)?(?:(?:[A-Z][\w-]*[ \t]+)?[a-z][\w-]*[ \t]+)?"
                           r"(?P<name>[A-Z][\w&'.-]*(?:[ \t]+(?:[A-Z][\w&'.-]*|of|and|&)){0,5})(?=[ \t]*,|[ \t]+[a-z])")
_DEMONSTRATIVE_ONE = re.compile(r"(?:that|this)\s+([a-z][\w-]*)")
_DETERMINER_FIRST = re.compile(r"^(?:a|an|the|one|another|this|that)\s+")
_HONORIFIC_THEN_SPACE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+\Z")
_OF_FOR_AT = re.compile(r"\s(?:of|for|at|in|from|with)\s")
_DASH_STOP = re.compile(r"\s+[\u2014\u2013]\s+|\s+--\s+")  # where an aside after a name ends
_COMMA_STOP = re.compile(r",\s|;|\.(?:\s|$)|\n|\x01")
# (or after a subordinator, whose clause goes on: "the possibility that U.N. Secretary General Javier Perez de
# Cuellar might still persuade Iran")
_INITIALS_AFTER_PREP = re.compile(r"\b(?:of|at|from|with|by|that|whether|if|because|while)[ \t]+"
                                  r"(?:[A-Z]\.){1,3}[ \t]+$")
_OF_INITIALS = re.compile(r"[ \t]+of[ \t]+(?:[A-Z]\.){1,3}[ \t]")
