"""Speaker mentions: noun phrases found forwards or backwards from a cue.

Works on the *masked* text (quotations blanked out with ``\\x01``), so that
words inside quotations are never taken for speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    countries,
    cues,
    demonyms,
    evidence_sources,
    given_names,
    is_known_firm,
    is_outlet,
    known_firm_ending,
    nationalities,
    portfolios,
    pronouns,
    role_heads,
    role_nouns,
    titles,
    us_states,
)

_KEEP_DOT = re.compile(r"(?:[A-Z]\.)+|(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Sgt|Capt|Adm|Maj)\.")
_INITIAL = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
_COMMA_SP = re.compile(r",\s+")
_ABBR_DOT = re.compile(r"(?:[A-Z]\.)+|(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|U\.S)\.")
# a title before a name ("a former backer of Sen. Ted Cruz"): no sentence ends there when a name follows
_TITLE_DOT = re.compile(r"(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Prof|Adm|Maj|Cmdr|Atty|Supt)\.")
MASK = "\x01"
# punctuation tokens that end a phrase (a hyphen standing alone is a dash)
_BREAKS = frozenset(",;:()[]\u2015\u2014\u2013") | {"-", "--"}
# a word; a number with thousands separators ("2,000 people"); punctuation that ends a phrase,
# with a hyphen standing alone as a dash ("Mr Schroeder - a supporter of the pact - said")
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|[^\W_][\w.'\u2019&/-]*|[,;:()\[\]\u2015\u2014\u2013]|(?<!\S)--?(?!\S)|"
                   + MASK + "+")
DETERMINERS = frozenset(
    "a an the one another two three four five several some many most other this these those "
    "his her their its our my each every both".split()
)
PARTICLES = frozenset("van von der den de del della la le du da di dos das bin ibn al el ter ten st. st".split())
# words that end a noun phrase when scanning backwards from a cue
STOP_BACK = frozenset(
    """that which but and or nor while as because when after before if so then than though although
    where since until unless whether whom whose to in on at for with by from about into over under
    against between through during without within along across behind beyond like near upon despite
    amid among toward towards
    is was are were be been being has had have do does did will would could should may might must can
    not never also just only even still yet here there it this these those what how why now today
    yesterday said says say told tells telling saying asked""".split()
)
# adverbs and auxiliaries between a subject and its cue ("he later said", "has said")
ADVERBS = frozenset(
    """also later then has have had was were is had previously recently once further simply flatly
    again earlier repeatedly often frequently publicly privately reportedly allegedly quickly
    promptly bluntly candidly openly firmly calmly quietly angrily initially finally ultimately
    subsequently separately similarly likewise would will could might may had not already
    since still almost first last are been always long consistently neither either meanwhile
    live even really actually did does do doesn't don't didn't won't wouldn't can't couldn't
    doesn\u2019t don\u2019t didn\u2019t won\u2019t wouldn\u2019t can\u2019t couldn\u2019t
    hasn't haven't hadn't wasn't weren't isn't aren't hasn\u2019t haven\u2019t hadn\u2019t only""".split()
)  # (and "live tweeted", "she doesn't think", "Sanders hasn't said", "He only said")
GROUP_HEADS = frozenset(
    """officials experts analysts sources critics aides advisers advisors observers residents
    officers soldiers people supporters protesters protestors members voters lawmakers leaders
    investigators prosecutors authorities police scientists researchers economists democrats
    republicans others many some witnesses activists diplomats organizers organisers policymakers
    policy-makers""".split()
)
ORG_WORDS = frozenset(
    """department ministry institute center centre council committee agency office party campaign
    commission service administration pentagon house news times post journal corp inc company
    group association union university court bureau army navy police command government
    foundation fund bank board network agency federation league coalition organization
    organisation alliance senate congress parliament cabinet kremlin embassy club press chamber
    hospital college museum academy school institution force constabulary palace treasury""".split() + "reuters bbc cnn nbc abc cbs npr".split()
)
COMPANY_ENDS = frozenset("corp inc co ltd plc llc ag sa nv group lp llp gmbh bv pty bhd ab oyj".split())
# plural heads of people beyond GROUP_HEADS: "voters who backed Trump", "women who ..."
_PLURAL_PEOPLE = frozenset("americans women men students workers parents donors delegates senators conservatives "
                           "liberals independents".split())
# plural nouns a group of people is named by, alone or after lower-case words ("female MPs");
# not parties or pronoun-like words
_PEOPLE_PLURALS = (GROUP_HEADS | _PLURAL_PEOPLE | frozenset(
    "farmers traders dealers bankers brokers executives employees unions doctors teachers nurses fans "
    "campaigners mps ministers spokesmen spokeswomen spokespeople opponents proponents lawyers attorneys "
    "representatives negotiators judges players survivors victims families relatives neighbours neighbors "
    "colleagues troops rebels militants consumers shoppers customers passengers pilots drivers pupils "
    "locals villagers investors arbitragers arbitrageurs speculators producers exporters importers "
    "growers engineers academics demonstrators surgeons architects builders firefighters paramedics legislators "
    "inspectors regulators classmates schoolmates teammates roommates housemates coworkers co-workers friends "
    "mourners parishioners congregants worshippers worshipers bystanders onlookers businessmen businesswomen "
    "businesspeople patients mothers fathers commuters tenants homeowners landlords motorists cyclists readers "
    "viewers listeners volunteers migrants refugees prisoners inmates detainees hostages evacuees "
    # and collective nouns of people: "Staff at Glasgow Royal Infirmary said" (not "the chief of staff": see classify)
    "staff personnel".split())) - frozenset(("democrats", "republicans", "police", "others", "many", "some"))
# words that end bodies' names beyond ORG_WORDS: "the Wildlife Trust", "the Royal Society", "Lawyers' Christian
# Fellowship"
BODY_NAME_WORDS = frozenset("trust society fellowship".split())
# bodies of a kind, in the plural: "Environmental groups said", "Aid agencies warned", "Firms said" (a group,
# as people in the plural are, whatever capital the phrase opens with; no person nouns: not "the Brookehill
# Group in New York")
# businesses by their trade: "Mortgage lenders said", "Retailers warned" (but "Southwest Airlines said", "Utilities
# Investment Inc": a firm's name, its words capitalised)
TRADE_PLURALS = frozenset("lenders insurers retailers airlines carmakers automakers manufacturers suppliers operators "
                           "providers housebuilders homebuilders utilities publishers supermarkets businesses employers "
                           "drugmakers chipmakers brewers distributors wholesalers".split())
_BODY_PLURALS = frozenset("groups agencies firms organisations organizations parties unions charities".split()) \
    | TRADE_PLURALS
# (alone and capitalised, read as a name's word may be, by the rule for a plural opening its sentence: "Wilson Charities")
_NAMED_BODY_PLURALS = frozenset("parties unions charities".split()) | TRADE_PLURALS
# one who acts for someone: "The lawyer for former England defender Mark Stevens", "an aide to Senator X"
_AGENTS_OF_SOMEONE = frozenset("lawyer attorney solicitor barrister spokesman spokeswoman spokesperson aide adviser "
                               "advisor agent representative publicist".split())
# people of someone's: "Aides to Clinton", "Lawyers for Trump", "People close to Trump"
_PEOPLE_OF_HEADS = frozenset(
    "aides advisers advisors allies friends lawyers attorneys associates staffers relatives backers supporters "
    "opponents critics confidants loyalists spokesmen spokespeople representatives people officials members "
    "donors fans followers sources those prosecutors investigators negotiators lobbyists consultants strategists "
    "operatives deputies envoys staff".split())
# the trades a union's name is made of ("Communications Workers of America"), not offices ("Foreign Ministers of ...")
_UNION_HEADS = frozenset("workers employees teachers nurses machinists engineers firefighters pilots writers "
                         "veterans steelworkers teamsters".split())
# words that open a phrase of people without naming a body: "Some Workers of ...", "The Many Voters"
_NOT_IN_BODY_NAME = frozenset("the a an some many most several few all other both these those such".split())
# relatives' nouns and the gender each gives (none for "partner", "cousin")
KIN_NOUN_GENDER = {"son": "male", "husband": "male", "brother": "male", "father": "male", "uncle": "male",
                   "nephew": "male", "grandson": "male", "grandfather": "male", "stepson": "male",
                   "stepfather": "male", "son-in-law": "male", "widower": "male", "fiance": "male",
                   "fianc\u00e9": "male", "boyfriend": "male",
                   "daughter": "female", "wife": "female", "sister": "female", "mother": "female", "aunt": "female",
                   "niece": "female", "granddaughter": "female", "grandmother": "female", "stepdaughter": "female",
                   "stepmother": "female", "daughter-in-law": "female", "widow": "female", "fiancee": "female",
                   "fianc\u00e9e": "female", "girlfriend": "female",
                   "partner": None, "cousin": None}
KIN = frozenset(KIN_NOUN_GENDER) - {"partner"}  # relatives' nouns (a "business partner" is no relative)
_KIN_GROUP_HEADS = frozenset("family families parents relatives".split())
# one relative of someone: "The widow of John Barnett said" is hers, not his
_KIN_OF = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:" + "|".join(sorted(KIN, key=len, reverse=True))
                     + r")\s+of\s")
_PEOPLE_OF = re.compile(
    r"(?:(?:some|several|two|three|four|many|other|senior|top|former|longtime|close)\s+)*"
    r"(?:" + "|".join(sorted(_PEOPLE_OF_HEADS)) + r")\s+"
    r"(?:to|for|of|close\s+to|around|near|familiar\s+with|(?:closely\s+)?(?:linked|connected)\s+(?:to|with))\s"
    # (and a family, its people, of someone: "The family of John Barnett say", "the parents of a boy who drowned")
    r"|(?:the\s+)?(?:" + "|".join(sorted(_KIN_GROUP_HEADS)) + r"|children|loved\s+ones|colleagues|neighbours|neighbors)\s+of\s")
# people somewhere: "Voters in Iowa", "Officials in the room", "Analysts at Goldman Sachs"
PEOPLE_AT_HEADS = _PEOPLE_OF_HEADS | _PEOPLE_PLURALS | frozenset(
    "residents citizens locals villagers shoppers users customers consumers investors economists analysts "
    "managers leaders scientists engineers diplomats democrats republicans candidates boosters partners".split())
# plurals of agent nouns, people or firms ("policy makers", "lenders", "insurers"), less a few that are neither
_AGENT_PLURAL = re.compile(r"[a-z-]{2,}(?:ers|ors|ists|ians)")
_NOT_AGENT_PLURALS = frozenset("numbers papers orders letters matters waters centers centres others members borders "
                               "quarters headquarters factors sectors corridors".split())


def _agent_plural(w: str) -> bool:
    """A lower-case plural of an agent noun: people or firms that do something ("makers", "lenders")."""
    return _AGENT_PLURAL.fullmatch(w) is not None and w not in _NOT_AGENT_PLURALS


PEOPLE_AT_PREPS = frozenset("in at on of from across inside within with around outside throughout".split())
_AGED_HEADS = PEOPLE_AT_HEADS | frozenset(("those",))
_LINKING_VERBS = frozenset("appear appears appeared seem seems seemed remain remains remained".split())
_PERSON_SINGULARS = frozenset("man woman person spokesman spokeswoman spokesperson planner source official "
                              "resident voter worker lawyer expert student teacher farmer "
                              # kin: "his mother refused ..., insisting"
                              "mother father wife husband son daughter brother sister grandmother grandfather "
                              "aunt uncle cousin niece nephew parent boyfriend girlfriend fiancee fiance "
                              "widow widower "
                              # and by age, or as the police know them: "a teenager charged with arson said"
                              "teenager teen boy girl suspect gunman".split())


def _ends_in_person_name(toks) -> bool:
    """Do these tokens (in text order) end in a person's name after other words ("chairman of
    both companies Li Ka-shing", "of finance Larry Shelton")? Then the name is the speaker,
    the words before it a description."""
    words = [t[2] for t in toks]
    caps = 0
    for w in reversed(words):
        if not w[:1].isupper():
            break
        caps += 1
    if caps == 0:
        return False
    run = words[len(words) - caps:]
    if (last := run[-1].lower().rstrip(".")) in ORG_WORDS or last in COMPANY_ENDS:
        return False  # "a major U.S. Bank": an organisation, however it starts
    before = words[len(words) - caps - 1].lower() if caps < len(words) else ""
    # a given name first, or a name right after a common noun ("both companies Li Ka-shing");
    # not "the Export-Import Bank"
    return run[0].lower() in given_names() and len(run) >= 2 or bool(before) and before not in DETERMINERS \
        and before not in PEOPLE_AT_PREPS and before not in ("and", "or") and before.isalpha()


_DOER_END = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)$")
# things, not people, that end like a doer ("a letter from ...", "a paper on ...")
_NOT_DOERS = frozenset("""paper letter newsletter order poster flyer chapter number quarter matter center sector
    factor error motor monitor computer register banner tower power water corner border answer winter summer
    counter cluster container folder filter trailer""".split())


def _one_doer(toks, i: int) -> bool:
    """Is ``toks[i]`` a noun for one person after "a", "an" or "one" ("A driver from Leeds",
    "one teacher in Leeds"), whatever the lexicons know of it?"""
    return i > 0 and toks[i - 1][2].lower() in ("a", "an", "one") \
        and (_DOER_END.match(toks[i][2]) is not None and toks[i][2] not in _NOT_DOERS
             or toks[i][2].lower() in role_nouns())


def person_noun(word: str) -> bool:
    """A noun for people, plural or singular: "voters", "banker", "an economist" (roles from the lexicon),
    "fishermen", "gunmen" (people by what they do, in -men)."""
    w = word.lower()
    return w in PEOPLE_AT_HEADS or w + "s" in PEOPLE_AT_HEADS or w in _PERSON_SINGULARS or w in role_heads() \
        or _men_plural(w) or w.endswith(_PERSON_ENDINGS)


# endings only words for people have: "ecologists", "seismologist", "technicians", "musician"
_PERSON_ENDINGS = ("ologist", "ologists", "ician", "icians")


_NOT_MEN_PLURALS = frozenset("specimen regimen abdomen acumen hymen omen stamen semen amen".split())


def _men_plural(w: str) -> bool:
    """People by what they do, in -men: "fishermen", "gunmen", "congressmen" (not "specimen", "regimen")."""
    return len(w) >= 6 and w.endswith("men") and w.isalpha() and w.islower() and w not in _NOT_MEN_PLURALS


RELATIVE = frozenset(("who", "which", "that"))
_INTENSIFIERS = frozenset(("himself", "herself", "themselves", "itself"))  # after a subject: no part of it
QUANTIFIER_SUBJECTS = frozenset(("some", "many", "most", "others"))  # "Some say ..."
# words a quantifier that opens a subject may follow ("and some say", "of them many say"); after another
# word, a noun, the quantifier alone is the subject of a relative clause ("a strategy some believe ...")
_BEFORE_A_QUANTIFIER = frozenset("and or but of while as that because since though although when if so than "
                                 "where whom which who".split())


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # pronoun | name | description | group
    name_start: int | None = None  # the proper-name part of the phrase, if any
    name_end: int | None = None
    desc_start: int | None = None  # description attached to the mention (appositive, title)
    desc_end: int | None = None
    # the relative pronoun that is the cue's subject ("Barkley, who said ..."): the mention
    # nearest the cue, as annotated news marks it; the phrase above is what it refers to
    rel_start: int | None = None
    rel_end: int | None = None

    @property
    def span(self) -> tuple[int, int]:
        """Where the speaker is mentioned next to the cue."""
        if self.rel_start is not None and self.rel_end is not None:
            return self.rel_start, self.rel_end
        return self.start, self.end

    @property
    def name(self) -> str | None:
        if self.name_start is None:
            return None
        return None if self.name_end is None else self._text_of(self.name_start, self.name_end)

    def _text_of(self, s: int, e: int) -> str:
        return self.text[s - self.start : e - self.start]


def word_tokens(m: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    # (one C-level span() per token and a slice: a quarter faster than start(), end(), group())
    return [(s, e, m[s:e]) for s, e in map(_SPAN, _WORD.finditer(m, lo, hi))]


_SPAN = re.Match.span


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_name_tok(tok: str) -> bool:
    if tok[:1].isupper():
        return True
    return tok.lower() in PARTICLES or _PARTICLE_JOINED.match(tok) is not None  # "al-Sager", "el-Sisi"


_PARTICLE_JOINED = re.compile(r"(?:al|el|ul|ad|as|ash|at|az|bin|ibn|abu|abd)-[A-Z]")


def _clean_tok(tok: str) -> str:
    # "Trump's" -> "Trump" for name checks
    for suf in ("'s", "\u2019s"):
        if tok.endswith(suf):
            return tok[: -len(suf)]
    return tok.rstrip(".")


def strip_trailing_period(m: str, s: int, e: int) -> int:
    """Drop a sentence-final period from a phrase end, but keep initials' dots (P.)."""
    if e > s and m[e - 1] == ".":
        word = m[s:e].split()[-1]
        if not _KEEP_DOT.fullmatch(word):
            return e - 1
    return e


# role nouns capitalised at a sentence's start: "Spokesman Marlin Fitzwater said" (a role, then the name)
_CAPITALISED_ROLES = frozenset("Spokesman Spokeswoman Spokesperson Analyst Economist Strategist Trader Dealer "
                               "Lawyer Attorney Aide Adviser Advisor Consultant Official Executive".split())
CAPITALISED_MODIFIERS = frozenset("Rival Embattled Disgraced Beleaguered Ousted Jailed Exiled Deposed "
                                   "Billionaire Controversial Defeated Victorious Veteran Longtime".split())


_LOWER_LEGAL_FORMS = frozenset(("plc", "ltd", "llc", "corp", "inc", "co"))  # (and a wire's slip: "Cambridge Medical Technology corp")
# last words of bodies' and publications' names that open with a role word ("Economist Intelligence Unit")
ROLE_WORD_NAME_ENDS = frozenset(("Unit", "Magazine", "Review", "Survey"))


def _name_run(m: str, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The trailing proper-name run of a phrase (after any titles), as offsets; a wire's stock
    ticker after a firm's name ("The Bank of New York Corp <BK>") is read past and kept."""
    if len(toks) >= 2 and (m[toks[-1][0] - 1:toks[-1][0]] == "<" and toks[-1][2].isupper()
                           or toks[-1][2].isdigit() and toks[-2][2] in NUMBERED_UNITS):
        span = _name_run_untagged(m, toks[:-1])  # (and a body's numbered branch: "IAM District 751", "Local 12")
        return (span[0], toks[-1][1]) if span is not None and span[1] >= toks[-2][1] - 1 else span
    return _name_run_untagged(m, toks)


# a body's numbered branch: "IAM District 751", "Teamsters Local 727"
NUMBERED_UNITS = frozenset("District Local Lodge Branch Chapter Division Precinct Ward Unit".split())
_ACRONYM_BETWEEN = re.compile(r"[ \t]*(?:\([A-Z][\w.&-]*\))?[ \t]*")  # ("Aerospace Workers (IAM) District 751")
_NUMBERED_UNIT_END = re.compile(r"[ \t]+((?:" + "|".join(sorted(NUMBERED_UNITS)) + r")[ \t]+\d{1,5})[ \t]*$")


def _name_run_untagged(m: str, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    if len(toks) >= 2 and toks[-1][2] in _LOWER_LEGAL_FORMS and _is_cap(toks[-2][2]):
        # "Acme Foods plc": a legal form the British press writes in lower case ends the name (read as if
        # capitalised: "General Public Utilities corp" keeps its "General")
        return _name_run_untagged(m, toks[:-1] + [(toks[-1][0], toks[-1][1], toks[-1][2].capitalize())])
    j = len(toks)
    while j > 0 and _is_name_tok(toks[j - 1][2]) and toks[j - 1][2] not in ",;:()":
        j -= 1
    if j < len(toks) and toks[-1][2].rstrip(".").lower() in COMPANY_ENDS:
        # a firm's name with a number in it: "3Com Corp", "Spectrum 2000 Inc", "Auto Loans 2 Inc"
        while j > 0 and toks[j - 1][2][:1].isdigit() and (
                any(c.isupper() for c in toks[j - 1][2]) or toks[j - 1][2].isdigit() and j > 1 and _is_cap(toks[j - 2][2])):
            j -= 1
            while j > 0 and _is_name_tok(toks[j - 1][2]) and toks[j - 1][2] not in ",;:()":
                j -= 1
    if j >= 2 and j < len(toks) and all(t[2].rstrip(".").lower() in COMPANY_ENDS for t in toks[j:]) \
            and toks[j - 1][2] in COMPANY_ENDS and _is_cap(toks[j - 2][2]) and toks[j - 2][2].lower() not in DETERMINERS:
        # "Jacobs Engineering group Inc", "J.C. Penney co Inc": a wire's lower-case "group" or
        # "co" inside the firm's name, whose name is not "Inc"
        j -= 1
        while j > 0 and _is_name_tok(toks[j - 1][2]) and toks[j - 1][2] not in ",;:()":
            j -= 1
    if j >= 4 and toks[j - 1][2] in ("and", "&") and (k := _of_org_start(toks, j - 1)) is not None:
        # "the Department of Trade and Industry": "and" inside an organisation's name
        return _body_or_its_person(m, toks, k)
    if j >= 2 and toks[j - 1][2] in ("for", "on") and _is_cap(toks[j - 2][2]) and _body_head(toks[j - 2][2]) \
            and not (toks[j - 1][2] == "on" and j < len(toks) and (toks[j][2] in _DAY_NAMES or toks[j][2].lower() in _MONTHS)) \
            and not any(is_title_word(toks[n][2]) and (toks[n + 1][2].lower() in given_names() or 2 <= len(toks) - n - 1 <= 3
                                                       and all(_is_cap(t[2]) for t in toks[n + 1:]))
                        for n in range(j, len(toks) - 1)):
        # "the Institute for Fiscal Studies", "the Committee for Economic Development", "the Council on
        # Foreign Relations", "the American Society for Reproductive Medicine": one name (not "the Electoral
        # Commission on Wednesday"; and "Institute for Fiscal Studies Director Paul Johnson" is the director, read below)
        return _body_or_its_person(m, toks, j - 2)
    if j >= 5 and toks[j - 1][2] == "of":
        i = j - 2
        while i > 1 and (_is_cap(toks[i][2]) or toks[i][2] in ("the", "of")) and toks[i][2] not in ("for", "on"):
            i -= 1
        if toks[i][2] == "for" and i < j - 2 and _is_cap(toks[i - 1][2]) \
                and _body_head(toks[i - 1][2]) \
                and _is_cap(toks[i + 1][2] if toks[i + 1][2] != "the" else toks[i + 2][2]):
            # "the International Union for Conservation of Nature", "the Royal Society for the Protection of Birds",
            # "the Institute for the Study of War": one name, its "of" inside what the body is for
            return _body_or_its_person(m, toks, i - 1)
    if j >= 2 and (f := next((i for i in range(j - 2, max(-1, j - 4), -1)
                              if toks[i][2] == "Friends" and toks[i + 1][2] == "of"), None)) is not None \
            and all(toks[n][2] == "the" for n in range(f + 2, j)):
        if f >= 3 and toks[f - 1][2] == "of" and (person := _person_before_of(toks, f - 1)) is not None:
            return person
        return _body_or_its_person(m, toks, f)  # "Friends of the Earth", "Jim Chapman of Friends of the Earth": a
        # body by its first words, or its person (not a person called "Earth")
    if (person := _person_of_the(toks, j)) is not None:
        return person  # "Jeffrey Lewis of the Brookings Institution": the person, not the body
    if 2 <= j == len(toks) - 1 and toks[j - 1][2] == "and" and len(toks[j][2]) == 1 == len(toks[j - 2][2]) \
            and toks[j][2].isupper() and toks[j - 2][2].isupper():
        return toks[j - 2][0], toks[j][1]  # "S and P": one name
    if 2 <= j < len(toks) and (toks[j - 1][2] == "and" or toks[j - 1][2] in ("und", "et") and toks[j][2].rstrip(".") in
                               _FIRM_PARTNERS | {"Cie"}) and _is_cap(toks[j - 2][2]) \
            and toks[j - 2][2].lower() not in GROUP_HEADS | _PLURAL_PEOPLE and (
            toks[j][2].rstrip(".") in _FIRM_PARTNERS or toks[-1][2].rstrip(".").lower() in COMPANY_ENDS
            or toks[j - 2][2].lower() in _AND_FIELDS and toks[-1][2].lower() in ORG_WORDS
            or _and_adjectives(toks[j - 2][2], toks[j][2]) and toks[-1][2].rstrip(".").lower() in ORG_WORDS
            or _and_in_body_name(toks, j)):
        # "A.T. Brod and Co Inc", "Smith and Sons", "Firestone Tire and Rubber Co": one firm's name;
        # "the Securities and Exchange Commission", "Valley Federal Savings and Loan Association":
        # a field of business, "and", and a body's name
        k = _run_start(toks, j - 1, _is_name_tok)
        if k >= 2 and toks[k - 1][2] == "of" and (person := _person_before_of(toks, k - 1)) is not None:
            return person  # "analyst Jack Kirnan of Kidder Peabody and Co"
        if (person := _person_of_the(toks, _run_start(toks, j - 1, _is_name_tok, the=False))) is not None:
            return person  # "Frank Smith of the Securities and Exchange Commission"
        return toks[k][0], strip_trailing_period(m, toks[k][0], toks[-1][1])
    if j >= 3 and toks[j - 1][2] == "the" and toks[j - 2][2] == "of" and _is_cap(toks[j - 3][2]) \
            and toks[j - 3][2].lower() in ORG_WORDS:
        # "the Office of the Deputy Prime Minister", "the Department of the Treasury": one name
        k = _run_start(toks, j - 3, _is_name_tok, the=False)
        return toks[k][0], strip_trailing_period(m, toks[k][0], toks[-1][1])
    run = toks[j:]
    while run and (run[0][2] in PARTICLES or len(run) > 1 and run[0][2] in _DAY_NAMES
                   and run[1][2].lower().rstrip(".") not in ORG_WORDS | _PAPER_WORDS
                   or len(run) > 2 and (run[0][2] in CAPITALISED_MODIFIERS or run[0][2] in _CAPITALISED_ROLES
                                        and _person_like(" ".join(t[2] for t in run[1:]))
                                        and run[-1][2] not in ROLE_WORD_NAME_ENDS)
                   or len(run) == 2 and (run[0][2] in _CAPITALISED_ROLES or run[0][2] in CAPITALISED_MODIFIERS)
                   and run[1][2][1:].islower()
                   and run[1][2].rstrip(".").lower() not in ORG_WORDS | COMPANY_ENDS):  # (not "Economist
        # Intelligence Unit", "Executive Telecommunications Inc"; but "Analyst Lee said", "Rival Sony said": the name)
        run = run[1:]  # (and "On Friday Reagan said": no "Friday Reagan"; but "the Sunday Times";
        # "Rival Hillary Clinton" at a sentence's start: an adjective, no part of the name)
    if not run:
        return None
    for idx in range(len(run) - 2, max(-1, len(run) - 5), -1):
        w = run[idx][2]
        plural_owner = w.endswith(("s'", "s\u2019")) and (w[:-2].lower() + "s" in ORG_WORDS  # "Fox News' Sean Hannity"
                                                          or idx >= 1 and _is_cap(run[idx - 1][2]) and w[:1].isupper()
                                                          and _surname_after_owner(run[idx + 1:], w[:-1].lower()))
        # (and a firm of two words or more before one surname: "Data Resources' Wyss", "DLJ Securities' Hassenberg")
        if not w.endswith(("'s", "\u2019s")) and not plural_owner:
            continue  # (not "Lawyers' Christian Fellowship": a plural's possessive opens a name)
        after = run[idx + 1:]
        owner = w[:-1].lower() if plural_owner else _clean_tok(w).lower()
        if not any(t[2].rstrip(".").lower() in ORG_WORDS | COMPANY_ENDS | _FIRM_HEADS or is_title_word(t[2])
                   for t in after) and (after[0][2].lower() in given_names() or (
                len(after) == 2 and owner in ORG_WORDS - COMPANY_ENDS - {"company"}
                and _person_like(" ".join(t[2] for t in after))) or _surname_after_owner(after, owner)
                # a firm of two words or more, then a person's two ("Counterpoint Research's Tarun Pathak")
                or len(after) == 2 and idx >= 1 and not any(is_title_word(t[2]) or t[2].lower() in FIRM_PARTS for t in after)
                and _person_like(" ".join(t[2] for t in after))):
            # "Sotheby's John Marion", "the Congressional Budget Office's Rudolph Penner": the
            # person after an organisation's possessive (not "McDonald's Corp", "AMR Corp's
            # American Airlines", "Kenner Parker Toys Inc's Parker Brothers", "the Bank's Governor")
            run = after
            while len(run) > 1 and run[0][2] in PARTICLES and run[0][2].islower():
                run = run[1:]  # (a family name's particles, as at a run's start: "Salomon's di Clemente")
        break
    if len(run) >= 4:
        # "Credit Suisse Paul Hofer": a firm the list knows, then a person of it (or a body named by its
        # word: "France's Cereal Intervention Board (ONIC) Bernard Vieux")
        for k in range(len(run) - 2, 0, -1):
            rest = run[k:]
            if len(rest) <= 3 and rest[0][2].lower() in given_names() and not any(
                    t[2].rstrip(".").lower() in ORG_WORDS | COMPANY_ENDS | _FIRM_HEADS for t in rest) \
                    and (is_known_firm(m[run[0][0]:run[k - 1][1]])
                         or k >= 2 and run[k - 1][2].lower() in ORG_WORDS - {"house", "post", "times", "news"}):
                run = run[k:]
                break
    ts = titles()
    known_firm = j >= 2 and toks[j - 1][2] == "of" and is_known_firm(m[run[0][0]:run[-1][1]].rstrip("."))
    if j >= 2 and toks[j - 1][2] == "of" and (run[-1][2].rstrip(".").lower() in COMPANY_ENDS or known_firm):
        person = _person_before_of(toks, j - 1, known_firm)
        if person is not None:
            return person  # "analyst Jack Kirnan of Kidder Peabody Inc": the person, not the company
        k = _run_start(toks, j - 1, the=False)
        place = " ".join(t[2] for t in run[:-1])
        if k < j - 1 and (toks[j - 2][2].lower().rstrip(".") in ORG_WORDS | COMPANY_ENDS | _FIRM_HEADS
                          or len(run) <= 3 and (place in us_states() or place.lower() in countries() | _REGIONS)):
            # "Peugeot Motors of America Inc", "Aluminum Co of Canada Ltd", "First City Bancorp of
            # Texas Inc": one company (but not "Ward McCarthy of Merrill Lynch Inc", a person whose
            # given name is not in the list)
            return toks[k][0], strip_trailing_period(m, toks[k][0], run[-1][1])
        if len(run) >= 3 and (person := _person_before_of(toks, j - 1, True)) is not None and not any(
                t[2].rstrip(".").lower() in COMPANY_ENDS | _FIRM_HEADS | FIRM_PARTS for t in toks[k:j - 1]):
            words = [t for t in toks[k:j - 1] if person[0] <= t[0] and t[2] not in _CAPITALISED_ROLES]
            if len(words) >= 2:
                return words[0][0], person[1]  # "Keita Konishi of Sumitomo Life Insurance Co": a
                # person (of a firm named by more than a place), though the given name is not listed
    if j >= 3 and (len(run) >= 2 or toks[j - 1][2] in ("from", "at")) and toks[j - 1][2] in ("of", "from", "at") \
            and _is_cap(run[-1][2]) \
            and (person := _person_before_of(toks, j - 1)) is not None and not any(
                t[2].rstrip(".").lower() in ORG_WORDS | COMPANY_ENDS | _FIRM_HEADS | FIRM_PARTS
                for t in toks[_run_start(toks, j - 1, the=False):j - 1]):
        return person  # "Bob Bannon of Security Pacific National Bank", "William Arndt from Dean Witter": the
        # person, not the bank
    if j >= 2 and len(run) >= 3 and toks[j - 1][2] == "of" and _is_cap(toks[j - 2][2]) \
            and toks[j - 2][2].lower() in ORG_WORDS and not any(
                t[2].rstrip(".").lower() in COMPANY_ENDS or is_title_word(t[2]) or t[2].lower() in given_names()
                for t in run):  # (not "Bank of Japan Governor Satoshi Sumita": a person after the body)
        # "the Association of International Bond Dealers": one name, a body's word before "of" (or the
        # person of it: "Jane Doe of the Association of British Insurers")
        k = _run_start(toks, j - 1, the=False)
        return _person_of_the(toks, k) or _person_of_body(toks, k) \
            or (toks[k][0], strip_trailing_period(m, toks[k][0], run[-1][1]))
    if j >= 2 and len(run) <= 2 and toks[j - 1][2] == "of":
        # "Gov. John Kasich of Ohio": the person is before "of", the place after it
        k = j - 1
        while k > 0 and _is_cap(toks[k - 1][2]) and toks[k - 1][2] not in ",;:()":
            k -= 1
        before = [t for t in toks[k : j - 1] if t[2] not in ts and t[2].rstrip(".") not in ts]
        if before and (before[-1][2].lower() in ORG_WORDS or before[-1][2] in ("Co", "Co.") and (
                " ".join(t[2] for t in run) in us_states() or run[-1][2] in ("America", "Canada"))):
            # "the University of Michigan", "the Department of Justice": one name (and "Public Service
            # Co of New Mexico", "Aluminum Co of America": a company named for its state or country,
            # not the place; but "Bayer AG of West Germany" is where Bayer AG is), or the person of
            # it named before "of the" ("Carl Fox of the University of Leeds")
            return _person_of_the(toks, k) or _person_of_body(toks, k) \
                or (before[0][0], strip_trailing_period(m, before[0][0], run[-1][1]))
        named = [t for t in before if t[2] != "The"]
        if named and (before[0][2] == "The" or k > 0 and toks[k - 1][2].lower() == "the") \
                and named[0][2].lower() not in given_names():
            # "The British Chambers of Commerce", "the Royal Society of Chemistry", "the London
            # School of Economics": after an article, "X of Y" is one name, no person of a place
            # (but "the Rev. Jesse Jackson of Chicago" is a person, and "Jane Doe of the London
            # School of Economics" the person of the body)
            return _person_of_the(toks, k) or (before[0][0], strip_trailing_period(m, before[0][0], run[-1][1]))
        if len(before) >= 2 and named and not any(t[2].lower() in ORG_WORDS for t in before):
            return named[0][0], before[-1][1]  # (not "The" of "The Rev. Jesse Jackson of Chicago"; nor a run of
            # articles alone, "The The of ...")
        place = " ".join(t[2] for t in run)
        of_place = place in us_states() or place.lower() in countries()
        if len(before) >= 3 and of_place and not any(
                t[2].rstrip(".").lower() in ORG_WORDS | COMPANY_ENDS or t[2] in _PARTY_WORDS for t in before[-2:]):
            # "House Republican Leader Trent Lott of Mississippi": the person's two names before "of"
            # (three with a middle initial: "House Speaker Paul D. Ryan of Wisconsin")
            first = before[-3] if _INITIAL.fullmatch(before[-2][2]) and before[-3][2] not in _PARTY_WORDS \
                and before[-3][2].lower() not in ORG_WORDS else before[-2]
            return first[0], before[-1][1]
        if len(before) == 1 and of_place \
                and not m[max(0, before[0][0] - 5):before[0][0]].rstrip().endswith((" and", "&", " of", " for")):
            # (not "Nippon Telegraph and Telephone of Japan": one name, cut by the scan at "and")
            return before[0][0], before[0][1]  # "Kasich of Ohio said": the person, not the state
    if j >= 2 and toks[j - 1][2] == "of" and toks[j - 2][2] in ts:
        # "Secretary of State John F. Kerry": the department belongs to the title
        if all(t[2].rstrip(".") in _DEPARTMENTS for t in run):
            return None  # "the Secretary of State": a title, no name
        while len(run) > 2 and run[0][2] in _DEPARTMENTS:
            run = run[1:]
    # titles before the name belong to the description: "Mexican President Claudia Sheinbaum";
    # but a company or an office keeps its whole name: "Telcom General Corp", "the Justice Department"
    k = 0
    last = run[-1][2].lower().rstrip(".")
    office = False
    for idx, (_, _, w) in enumerate(run):
        if w == "General" and idx + 1 < len(run) and run[idx + 1][2] in _GENERAL_COMPANIES:
            continue  # "General Motors", "General Electric": a company, not a general
        if idx == len(run) - 1 and idx > 0:
            break  # a title word last is a surname or the office itself, no title before a name:
            # "Claude Pope", "John Lord", "Supermarkets General", "Deputy Assistant Secretary"
        if w in ts or w.rstrip(".") in ts or "-" in w and is_title_word(w):  # (and "Vice-President")
            if last in ORG_WORDS and last not in COMPANY_ENDS:
                office = True
            elif last not in COMPANY_ENDS:
                k = idx + 1
    if k >= len(run):
        k = len(run) - 1 if len(run) > 1 else 0
    if (len(run) >= 3 and run[0][2] == "The" or len(run) >= 2 and j >= 1 and toks[j - 1][2] == "the") \
            and not office and run[-1][2].rstrip(".") in ts and not any(t[2].lower() in given_names() for t in run[1:]) \
            and not is_outlet(m[run[0][0]:run[-1][1]]):
        return None  # "The Chief Medical Officer said", "the Prime Minister said": an office, as "the prime minister"
        # is, no one called "Medical Officer" (the holder is found as for the office in lower case; but a paper's
        # name: "The New Hampshire Union Leader said")
    if (office or run[-1][2].rstrip(".") in ts) and k == 0 and len(run) > 1 and run[0][2] == "The":
        k = 1  # "The Justice Department said", "The Treasury Secretary said": named as mid-sentence
    run = run[k:]
    return run[0][0], strip_trailing_period(m, run[0][0], run[-1][1])


def _surname_after_owner(after: list, owner: str) -> bool:
    """One capitalised word after a firm's or a place's possessive, a person's surname ("Salomon's
    Ryavec", "Switzerland's Federer"): not a paper, a country, a people or an acronym ("People's
    Daily", "Putin's Russia", "AGA's German", "Turner Broadcasting's CNN"); a family name's lower-case
    particles may come first ("Salomon's di Clemente", "Rabobank's van der Berg")."""
    while len(after) > 1 and after[0][2] in PARTICLES and after[0][2].islower():
        after = after[1:]
    if len(after) != 1 or owner == "people":
        return False
    w = after[0][2]
    return w[:1].isupper() and not w.isupper() and w.lower() not in _PAPER_WORDS and w.lower() not in countries() \
        and w not in nationalities() and w.lower() not in PARTICLES and len(w) > 2 and not is_title_word(w) \
        and w.lower() not in role_heads() and w.lower() not in role_nouns() and w.lower() not in _NAME_PART_NOUNS


# words after a possessive that continue a firm's or a place's name, not a surname ("Hudson's Bay",
# "Dreyer's Grand Ice Cream", "Australia's Victoria")
_NAME_PART_NOUNS = frozenset("bay grand general national international american royal island river valley lake "
                             "park victoria queensland wales ontario quebec forum league club alliance coalition fund "
                             "network trust foundation society guild".split())


def _run_start(toks: list, k: int, test=_is_cap, the: bool = True) -> int:
    """Where the run of words passing ``test`` that ends right before ``toks[k]`` starts: it stops
    at punctuation, and at a capitalised "The" unless ``the``."""
    while k > 0 and test(toks[k - 1][2]) and toks[k - 1][2] not in ",;:()" and (the or toks[k - 1][2] != "The"):
        k -= 1
    return k


def _person_before_of(toks: list, of: int, firm: bool = False) -> tuple[int, int] | None:
    """The person named right before "of" (two or three capitalised words from a given name,
    titles left out): "analyst Jack Kirnan" of "... of Kidder Peabody Inc", if any. With
    ``firm`` (what follows "of" is a firm the list knows), any one to three capitalised words
    ("Hargreaves of Hoare Govett", "Ward McCarthy of Merrill Lynch")."""
    ts = titles()
    k = _run_start(toks, of, _is_name_tok)  # (a family name's particles too: "Nick Van den Brul of ...")
    while k < of and toks[k][2] in PARTICLES:
        k += 1
    people = [t for t in toks[k:of] if t[2] not in ts and t[2].rstrip(".") not in ts]
    width = 3 + sum(t[2] in PARTICLES for t in people)
    for i in range(max(0, len(people) - width), len(people) - 1):
        if people[i][2].lower() in given_names():
            return people[i][0], people[-1][1]
    if firm and 1 <= len(people) <= 3 and not any(t[2].lower().rstrip(".") in ORG_WORDS for t in people):
        return people[0][0], people[-1][1]
    if 3 <= len(people) <= 4 and people[0][2][1:].islower() and people[0][2].lower() in role_heads() \
            and not any(t[2].lower().rstrip(".") in ORG_WORDS or t[2].lower() in role_heads() or not t[2][1:].islower()
                        or not t[2].replace("-", "").isalpha() for t in people[1:]):  # (not "Deputy U.S. Comptroller")
        return people[1][0], people[-1][1]  # "Spokesman Marcio Stefani of the Brazilian Association of ...": a name the
        # lists lack after the person's role
    return None


def _person_of_body(toks: list, k: int) -> tuple[int, int] | None:
    """The person named right before "of" and the body's name "X of Y" at ``k`` ("Ron Epstein of Bank of
    America", "John Smith of University of Leeds"), if any."""
    return _person_before_of(toks, k - 1) if k >= 2 and toks[k - 1][2] == "of" else None


def _body_or_its_person(m: str, toks: list, k: int) -> tuple[int, int]:
    """A body's name from the capitalised run that ends at its head word ``toks[k]`` to the
    phrase's end, or the person "of the" body named before it."""
    k = _run_start(toks, k, _is_name_tok, the=False)
    return _person_of_the(toks, k) or (toks[k][0], strip_trailing_period(m, toks[k][0], toks[-1][1]))


# what a firm is, between "of the" and its name: "Jane Doe of the brokerage Nesbitt Thomson"
FIRM_KIND_NOUNS = frozenset("brokerage brokers broker firm bank company group fund consultancy agency insurer "
                             "lender retailer publisher maker manufacturer carmaker automaker chain tank".split())
# what a document that speaks is called ("The memo says ...", "The report added", "a statement said")
DOCUMENT_WORDS = ("statement", "report", "survey", "study", "poll", "memo", "memorandum", "letter", "filing", "document",
                  "paper", "review", "analysis", "email", "briefing", "bulletin", "communique", "suit", "lawsuit",
                  "complaint", "indictment")
# and the bodies that are no firms: "of the charity Spinal Research", "of the union Unite", "of the thinktank Demos"
BODY_KIND_NOUNS = FIRM_KIND_NOUNS | frozenset(
    "nonprofit non-profit charity organisation organization union network coalition institute foundation "
    "lobby watchdog regulator thinktank think-tank newspaper magazine broadcaster".split())
# what a firm is, opening a sentence before its name: "Carmaker Toyota said", "Utility Southern California Edison said"
FIRM_KIND_OPENERS = frozenset("carmaker automaker retailer insurer lender utility airline supermarket "
                               "brewer miner chipmaker drugmaker conglomerate developer housebuilder homebuilder manufacturer".split())


def _person_of_the(toks: list, k: int) -> tuple[int, int] | None:
    """The person named before "of the" when the name at ``k`` follows it ("Jeffrey Lewis of the
    Brookings Institution", "Jane Doe of the brokerage Nesbitt Thomson", "John Roe of the
    investment bank Kleinwort Benson", "Mark Bacon of the charity Spinal Research"), if any."""
    if k >= 3 and toks[k - 1][2] in BODY_KIND_NOUNS and toks[k - 2][2] == "of":
        return _person_before_of(toks, k - 2)  # "Paul Spedding of brokers Kleinwort Grieveson"
    if k >= 4 and toks[k - 1][2] in BODY_KIND_NOUNS:
        k -= 2 if k >= 5 and toks[k - 2][2].isalpha() and toks[k - 2][2].islower() and toks[k - 2][2] != "the" \
            and toks[k - 3][2] == "the" else 1
    if k >= 3 and toks[k - 1][2] == "the" and toks[k - 2][2] == "of":
        return _person_before_of(toks, k - 2)
    if k >= 4 and toks[k - 1][2] == "the" and _is_cap(toks[k - 2][2]) and toks[k - 3][2] == "of" \
            and is_known_firm(f"{toks[k - 2][2]} the {toks[k][2]}"):
        return _person_before_of(toks, k - 3)  # "Laura Brownlees of Save the Children": a body with "the" inside
    return None


def _of_org_start(toks: list, i: int) -> int | None:
    """Where "Org-word of/for/on Cap [Cap]" starts that stands right before ``toks[i]``, an "and"
    ("Department of Trade and Industry", "Organisation for Economic Cooperation and Development",
    "Center on Budget and Policy Priorities")."""
    for n in (1, 2):  # one or two capitalised words after "of" / "for" / "on"
        k = i - n - 2
        if k >= 0 and all(_is_cap(toks[j][2]) for j in range(i - n, i)) and toks[k + 1][2] in ("of", "for", "on") \
                and _is_cap(toks[k][2]) and _body_head(toks[k][2]):
            return k
    return None


def _office_of_portfolios(toks: list, i: int) -> bool:
    """Does the "and" at ``toks[i]`` join two portfolios of one office: "Minister of Mines and Energy",
    "Secretary of Health and Human Services", "Minister of Foreign Affairs and Trade"?"""
    if i < 3 or not (_is_cap(toks[i - 1][2]) and toks[i - 1][2].lower() in portfolio_words()) \
            or i + 1 >= len(toks) or toks[i + 1][2].lower() not in portfolio_words():
        return False
    for k in (i - 2, i - 3):
        if k >= 1 and toks[k][2] in ("of", "for") and is_title_word(toks[k - 1][2]) \
                and all(_is_cap(t[2]) for t in toks[k + 1:i]):
            return True
    return False


# cue words that name what people do before a plural of them: "protest organisers", "campaign leaders"
_CUE_NOUN_MODIFIERS = frozenset("protest campaign survey poll report".split())
# capitalised titles sent "to" or "for" something: "Ambassador to China", "Envoy for Climate"
_ENVOY_TITLES = frozenset("Ambassador Envoy Czar Coordinator Representative Adviser Advisor Delegate Commissioner "
                          "Secretary Minister".split())


def org_word(word: str) -> bool:
    """A body's head word before "of"/"for", singular or plural ("Institute", "Centers for Disease
    Control and Prevention")."""
    w = word.lower()
    return w in ORG_WORDS or w.endswith("s") and w[:-1] in ORG_WORDS


def _body_head(word: str) -> bool:
    """:func:`org_word`, or a word that ends bodies' names beyond those ("Society for Human Resource
    Management", "Trust for ...")."""
    return org_word(word) or word.lower() in BODY_NAME_WORDS


def _of_org_before(toks: list, i: int) -> bool:
    return _of_org_start(toks, i) is not None


_PARTICIPLE_NEXT = re.compile(r"\s*[a-z]+ing\b")
_PARTY_WORDS = frozenset("Republican Democrat Democratic Labour Conservative Liberal Tory Green Socialist".split())
_REGIONS = frozenset(("north america", "south america", "latin america", "central america", "europe", "asia",
                      "africa", "the americas", "new england", "scandinavia", "the pacific", "the far east"))
FIRM_PARTS = frozenset("division unit subsidiary affiliate branch arm".split())  # "Dodge Division of ..."
_FIRM_HEADS = frozenset("motors sales industries brothers mines fields products systems services resources "
                        "securities corporation company trust insurance".split())  # "... of America Inc"
# the fields of business or policy an "and" joins inside a body's name ("Savings and Loan",
# "Securities and Exchange", "Health and Human Services"): not people ("Obama and Justice Department")
_AND_FIELDS = frozenset("savings securities trade industry commerce health science sciences research development "
                        "technology education energy arts exchange labor labour welfare finance economic planning "
                        "agriculture food drug transport transportation housing work pensions business culture media "
                        "sport rural affairs social care communities skills innovation competition consumer markets "
                        "environment climate communications heritage justice".split())  # ("Department for
# Work and Pensions", "Department for Culture, Media and Sport")
_BODY_ADJECTIVE_ENDS = ("ic", "al", "ary", "ive")


def _and_adjectives(before: str, after: str) -> bool:
    """Are the words either side of an "and" two capitalised adjectives inside a body's name
    ("Oceanic and Atmospheric", "Social and Economic"), not people's names?"""
    return all(_is_cap(w) and len(w) >= 5 and w.lower().endswith(_BODY_ADJECTIVE_ENDS)
               and w.lower() not in given_names() for w in (before, after))


_FIRM_PARTNERS = frozenset("Co Company Sons Partners Associates".split())  # "Brod and Co", "Smith and Sons"
_GENERAL_COMPANIES = frozenset("Motors Electric Mills Dynamics Instrument Foods Accident Accounting Assembly "
                               "Atomics Cinema Hospital Partners".split())
_POSSESSIVE_DETS = frozenset("his her their its our my your".split())


# a possessive and up to three words of role before a name: "his longtime aide ", "Her friend "
# (a body's or a show's name may stand before the role: "Her Downton co-star", "his Arsenal teammate")
_ROLE_WORDS = re.compile(r"[A-Za-z]+(?:\s+[A-Z][\w'\u2019&.-]*){0,2}(?:\s+[a-z][a-z-]*){1,3}\s+")


def _person_like(run: str) -> bool:
    """Two or three capitalised words that name no organisation: a person's name
    after a possessive description ("his aide Paul Manafort", "her friend Mariam Emara")."""
    words = run.split()
    return 2 <= len(words) <= 3 and (words[0].lower() in given_names() or (
        all(w[:1].isupper() and w[1:2].islower() for w in words) and not words[-1].endswith("s")
        and not any(w.lower().rstrip(".") in ORG_WORDS for w in words)))  # not "its latest Market Trends"


_PREPOSITION_IN = re.compile(r"\s(?:for|by|of|to|with|at|from|on|in|calling)\s")
_ACRONYM_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,4}")


def _place_word(w: str) -> bool:
    """A country's or bloc's short name or adjective before a plural ("U.S.", "EU", "Japanese")."""
    return _ACRONYM_WORD.fullmatch(w) is not None or w.lower() in countries() or w in nationalities()


def role_word_opening(w: str) -> bool:
    """A capitalised noun for what someone is, opening a sentence before a name ("Parent",
    "Headteacher"): not a given name ("Tyler", "Hunter"), a title ("Chairman") or a party's
    member ("Conservative Graham Brady")."""
    low = w.lower()
    if w in _POLICE_RANKS:
        return True  # "PC Daniel Wright", "DC Sam Hill": a police rank's letters (no title alone: "PC World")
    return w[:1].isupper() and w[1:].islower() and low not in given_names() and w not in titles() \
        and low not in _PARTY_MEMBERS and (low in role_nouns() or low in _PERSON_SINGULARS or low in role_heads())


_POLICE_RANKS = frozenset("PC Pc DC DS DI DSU".split())


# letters after a person's name that say what the person is: "Frank Field MP", "Guy Mansfield QC"
POST_NOMINALS = ("MP", "QC", "KC", "MEP", "MSP", "AM", "MLA", "TD")
_POST_NOMINAL = re.compile(r"\s(" + "|".join(POST_NOMINALS) + ")$")


# roles that are no one's surname, capitalised alone at a sentence's start in wire notes ("Spokeswoman said ...")
_NEVER_SURNAME_ROLES = frozenset("spokesman spokeswoman spokesperson chairman chairwoman".split())
_NAMED_EVIDENCE = frozenset("data figures statistics estimates numbers calculations".split())
_MASS_EVIDENCE = frozenset(("data", "research", "evidence"))
_REPORT_PLURALS = frozenset("reports media newspapers papers figures data polls surveys sources".split())


def _lower_elsewhere(m: str, low: str) -> bool:
    """Does ``low`` stand in the text as a word in lower case?"""
    return any(i == 0 or not m[i - 1].isalnum() for i in word_ends(m, low))


_TRADE_HEADS = frozenset("company firm group concern business producer maker manufacturer retailer operator supplier "
                         "developer lender insurer bank corporation conglomerate giant".split())


def _trade_and_trade(toks: list, i: int, got: list) -> bool:
    """Does the "and" at ``i`` join two trades of one firm's description ("The oil and gas company",
    "the real estate development and investment firm"): lower-case words after it up to a firm's noun,
    lower-case words before it back to an article?"""
    if not got or len(got) > 3 or got[0][2] not in _TRADE_HEADS or not all(g[2].islower() and g[2].isalpha() for g in got):
        return False
    k = i - 1
    while k >= 0 and i - k <= 5 and toks[k][2].islower() and toks[k][2].replace("-", "").isalpha() \
            and toks[k][2] not in DETERMINERS:
        k -= 1
    return i - k >= 2 and k >= 0 and toks[k][2].lower() in ("the", "a", "an", "its", "their")


def _opens_sentence(m: str, s: int) -> bool:
    """Does the word at ``s`` open its sentence or line (after a full stop, a line break, a dash)?"""
    before = m[max(0, s - 12):s]
    kept = before.rstrip()
    return s == 0 or not kept or "\n" in before[len(kept):] or kept[-1] in ".!?:-\u2014\u2013"


_BEFORE_A_SHARE = frozenset("almost nearly about only just roughly around over under more less fully".split())
_DIGIT_BRAND = re.compile(r"\d{1,2}[A-Z][A-Za-z]*")


# lower-case words that open a role after a name, besides nouns for people ("general manager", "chief economist"
# are those): "senior vice president of ...", "managing director at ..."
_ROLE_OPENERS = frozenset("senior deputy managing vice assistant head".split())


_MOOD_ENDS = ("ing", "ed", "ful", "ous", "ive", "al", "ic", "ant", "ent", "less", "ly")


def _mood_then_surname(m: str, toks, nr) -> bool:
    """After "a"/"an", only words for a mood (and their adverbs) and then one capitalised name that is no
    nationality, party or role ("a smiling Obama", "an emotional Jones"; not "a young American", "a
    former Marine", "a visiting Republican")?"""
    name = m[nr[0]:nr[1]]
    between = [t[2] for t in toks[1:] if t[0] < nr[0]]
    low = name.lower()
    return " " not in name and bool(between) and all(w.islower() and w.endswith(_MOOD_ENDS) for w in between) \
        and not any(w in role_nouns() or w in role_heads() for w in between) \
        and name not in nationalities() and name not in demonyms() and name not in _PARTY_WORDS \
        and low not in role_nouns() and low not in role_heads() and low not in countries() and name.isalpha()


def _particles_before(m: str, toks: list[tuple[int, int, str]], ps: int, ds: int) -> int:
    """Where a surname starts that the name run ``ps`` opens, its lower-case particles after a possessive
    taken in ("Salomon's di Clemente", "Rabobank's van der Berg"); not past ``ds``."""
    while ps - 2 >= ds and m[ps - 2].islower():  # (a lower-case word right before the name)
        k = next((i for i, t in enumerate(toks) if ps - 1 <= t[1] < ps), None)
        if k is None or toks[k][2] not in PARTICLES or toks[k][0] <= ds \
                or not (k == 0 or toks[k - 1][2].endswith(("'s", "\u2019s")) or toks[k - 1][2] in PARTICLES):
            break
        ps = toks[k][0]
    return ps


# styles a person holds of a place or a body, written "The ... of ...": "The Prince of Wales", "The Bishop of London"
STYLED_OF = frozenset("""Prince Princess Duke Duchess Earl Countess Marquess Viscount Baron Baroness King Queen
    Archbishop Bishop Dean Emir Sultan Patriarch Mayor Lord Lady""".split())


_COUNT_WORDS = frozenset("dozens hundreds thousands millions scores several some many most few".split())
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,4}s")  # "MPs", "MEPs", "GPs"


_PLURAL_END = re.compile(r"[a-z][^s]s$")  # ("ecologists", "meteorologists"; not "boss")


def classify(m: str, s: int, e: int, toks: list[tuple[int, int, str]]) -> Mention:
    text = m[s:e]
    low = text.lower()
    if len(toks) == 1 and low in ("another", "management"):
        return Mention(s, e, text, "description")  # 'Another added, "..."': another source, no one called Another
        # (and a firm's managers: "Management has repeatedly stated ...")
    if len(toks) == 1 and low in pronouns() and not (text.isupper() and len(text) > 1 and m[s - 1:s] == "<"):
        return Mention(s, e, text, "pronoun")  # (not a wire's ticker: "Shearson Lehman Brothers Holdings Inc <SHE>")
    if len(toks) == 1 and text[:1].isupper() and (low in evidence_sources() and (low.endswith("s") or low in _MASS_EVIDENCE)
                                                  or low in _REPORT_PLURALS or low in _NEVER_SURNAME_ROLES) \
            and low not in GROUP_HEADS and _opens_sentence(m, s):
        return Mention(s, e, text, "description")  # "Reports said ...", "Figures said ...": no one called "Reports"
        # (nor "Spokeswoman said", a wire table's note: a spokeswoman)
        # (but a firm's short name may be a singular: "Video said" for Video Jukebox Network Inc)
    if 2 <= len(toks) <= 3 and toks[0][2].lower() in _COUNT_WORDS and (len(toks) == 2 or toks[1][2] == "of") \
            and (_PLURAL_ACRONYM.fullmatch(toks[-1][2]) or toks[-1][2].lower() in PARTY_PLURALS
                 or toks[-1][2].islower() and _AGENT_PLURAL.fullmatch(toks[-1][2]) is not None
                 and toks[-1][2] not in _NOT_AGENT_PLURALS):
        return Mention(s, e, text, "group")  # "Dozens of MPs said", "Several MEPs", "Some Republicans", "Some
        # conservationists argue": people counted
    if len(toks) == 1 and low.endswith(PEOPLE_PLURAL_ENDS + ("ies",)) and text[:1].isupper() and text[1:].islower() \
            and _opens_sentence(m, s) and _lower_elsewhere(m, low):
        return Mention(s, e, text, "group")  # "Underwriters said ..." after "underwriters noted": people by a plural
        # noun the text writes in lower case elsewhere, capitalised only as the sentence's first word
    if len(toks) == 1 and text[:1].isupper() and text[1:].islower() and low.endswith("s") and _opens_sentence(m, s) \
            and (low[:-1] in ORG_WORDS or low.endswith("ies") and low[:-3] + "y" in ORG_WORDS | {"charity"}
                 or low in ("societies", "trusts", "foundations")
                 or low.endswith(("ists", "icians")) and len(low) > 7 or low in TRADE_PLURALS
                 or (person_noun(low[:-1]) or low[:-1] in role_nouns()) and low not in PARTY_PLURALS
                 and not is_known_firm(text)) \
            and low not in ORG_WORDS \
            and not re.compile(r"(?:\b(?:[A-Z][\w.'\u2019-]*[\w'\u2019-]|[A-Z][a-z]{0,3}\.)[ \t]+" + re.escape(text) + r"\b|\b" + re.escape(text)
                               + r"[ \t]+[A-Z])").search(m, max(0, s - 3000), s + 3000):
        return Mention(s, e, text, "group")  # "Councils say they are struggling", "Universities warned": bodies
        # (and people of a trade: "Meteorologists warned", "Seismologists said", "Statisticians said", "Keepers said",
        # "Headteachers said")
        # of a kind, no one called "Councils" (but a name's word elsewhere in the text, "Wilson Banks", "Chambers
        # Development Co Inc", is that name's; not a sentence's last word before it: "in Tampa. Forecasters said")
    if len(toks) == 1 and _DIGIT_BRAND.fullmatch(text):
        return Mention(s, e, text, "name", s, e)  # "3Com said", "3M said": a brand that opens with a digit
    if len(toks) >= 4 and toks[0][2].lower() in given_names() and _is_cap(toks[0][2]) and (
            j := next((n for n, t in enumerate(toks) if not _is_cap(t[2])), 0)) >= 2 and j <= 4 \
            and (person_noun(toks[j][2]) or toks[j][2] in _ROLE_OPENERS) and any(t[2] in ("of", "at", "for") for t in toks[j:]):
        # "Yutaka Hashimoto general manager of Nippon Life Insurance Co told": the person, then his role
        # with no comma between (not the body the role ends on)
        men = Mention(s, e, text, "name", toks[0][0], toks[j - 1][1])
        men.desc_start, men.desc_end = toks[j][0], e
        return men
    nr = _name_run(m, toks)
    if nr and nr[0] == s and len(toks) >= 2 and toks[0][2] in ("A", "An", "One", "Another") and nr[1] > toks[0][1] \
            and toks[1][2] not in ("and", "&") and _opens_sentence(m, s):  # (not "Nova, An Alberta Corp said")
        nr = (toks[1][0], nr[1])  # "A Tory MP said", "One Labour MP": the article opens the sentence, no name
    if nr and nr[0] > s and all(w in _DAY_NAMES or w.rstrip(".").lower() in _MONTHS for w in m[nr[0]:nr[1]].split()):
        nr = None  # "figures released by the state on Monday": a date, no name
    elif nr and nr[0] > s and m[nr[0]:nr[1]] in _ROLE_ACRONYMS:
        nr = None  # "the new MP", "the local MP": a role in capitals, no name
    if nr and nr[0] == s and len(toks) >= 3 and nr[1] >= toks[2][1] and role_word_opening(toks[0][2]) \
            and toks[1][2].lower() in given_names():
        nr = (toks[1][0], nr[1])  # "Parent Jo Evans said", "Headteacher Sarah Boyd said": her role, then her name
    elif nr and nr[0] == s and len(toks) >= 2 and nr[1] >= toks[1][1] and toks[0][2][:1].isupper() \
            and toks[0][2].lower() in FIRM_KIND_OPENERS and _opens_sentence(m, s):
        # (opening its sentence: not "The Brotherhood of Railway and Airline Clerks")
        nr = (toks[1][0], nr[1])  # "Carmaker Toyota said", "Utility Southern California Edison said": what it is
    if nr and (peer := _peer_name(toks)) is not None:
        nr = peer  # "Lord Walker of Gestingthorpe", "Lord Walker": the peer by his title and name
    if nr and nr[0] > s:
        run = [t for t in toks if nr[0] <= t[0] < nr[1]]
        k0 = toks.index(run[0]) if run else 0
        if k0 and len(run) >= 3 and (toks[k0 - 1][2] == "for" or toks[k0 - 1][2] == "to" and toks[k0 - 2][2] in _ENVOY_TITLES
                                     or toks[k0 - 1][2] == "the" and k0 >= 3 and toks[k0 - 2][2] in ("to", "for")
                                     and toks[k0 - 3][2] in _ENVOY_TITLES):
            # ("Ambassador to China Nicholas Burns", "Ambassador to the United Nations Linda Thomas-Greenfield": likewise)
            # "Minister of State for Textiles R.N. Mirdha": the portfolio is the title's, the name
            # starts at its given name or initials
            starts = [j for j in range(1, len(run) - 1)
                      if run[j][2].lower() in given_names() or _INITIAL.fullmatch(run[j][2])] or [
                j for j in range(len(run) - 2, 0, -1)  # else after the longest portfolio: "for Finance Damas Mbogoro"
                if " ".join(t[2] for t in run[:j]).lower() in portfolios()]
            if starts:
                nr = (run[starts[0]][0], nr[1])
        elif k0 and toks[k0 - 1][2] in ("and", "&") and _office_of_portfolios(toks, k0 - 1):
            # "Minister of Mines and Energy Subroto": the second portfolio is the title's, the name after it
            j = 0
            while j < len(run) and run[j][2].lower() in portfolio_words():
                j += 1
            if j >= len(run):
                return Mention(s, e, text, "description")  # "The Minister of Foreign Affairs and Trade": an office
            nr = (run[j][0], nr[1])
    first = toks[0][2].lower()
    last = toks[-1][2].lower()
    if len(toks) == 2 and first == "the" and ((w1 := toks[1][2].rstrip(".")) in nationalities() or w1 in demonyms()):
        return Mention(s, e, text, "description")  # '"I am happy," said the American': a person, unnamed
        # (and "the Spaniard added"; the sentence's full stop after it too: 'said the Italian.')
    if len(toks) >= 4 and toks[0][2] == "The" and toks[1][2] in STYLED_OF and toks[2][2] == "of" \
            and all(_is_cap(t[2]) or t[2] in ("the", "and", "for") for t in toks[3:]):
        # "The Prince of Wales has said", "The Archbishop of Canterbury": a person by a style of a place, no one
        # called "The", nor a body; with a name after it, the person named ("The Archbishop of Canterbury Justin
        # Welby said")
        g = next((n for n in range(4, len(toks) - 1) if toks[n][2].lower() in given_names()
                  and len(toks) - n <= 3 and all(_is_name_tok(t[2]) for t in toks[n:])), None)
        if g is None:
            return Mention(s, e, text, "description")
        men = Mention(s, e, text, "name", toks[g][0], e)
        men.desc_start, men.desc_end = s, toks[g - 1][1]
        return men
    if (last in _PEOPLE_PLURALS or _men_plural(toks[-1][2]) or last in _BODY_PLURALS and first not in ("a", "an", "one")
            and not (len(toks) == 1 and toks[0][2][:1].isupper() and last in _NAMED_BODY_PLURALS)) \
            and not (last in ("conservatives", "liberals") and toks[-1][2][:1].isupper()) \
            and not (last in TRADE_PLURALS and len(toks) > 1 and toks[-1][2][:1].isupper()) \
            and not (last in ("staff", "personnel") and any(t[2].lower() == "of" for t in toks)) \
            and not _body_of_people(toks) and (  # parties, firms
            len(toks) == 1 or all(not _is_cap(t[2]) or _place_word(t[2]) or t[2] in _GROUP_MODIFIERS
                                  or last in _BODY_PLURALS and t[0] == s and t[2][1:].islower()
                                  or t[0] == s and t[2][1:].islower() and t[2].lower() not in given_names()
                                  and first not in _ONE_OF and toks[-1][2].islower() and _opens_sentence(m, s)
                                  # ("Dairy farmers say": capitalised as the first word; not a firm's name, "Aecom
                                  # Engineers said", nor one of them, "One of the officials said")
                                  for t in toks[:-1])
            or all(t[2].lower() in ORG_WORDS or t[2].islower() for t in toks[:-1]) and "of" not in (t[2] for t in toks)):
        return Mention(s, e, text, "group")  # "Officials have confirmed", "Farmers said", "female MPs said",
        # "U.S. Officials said", "EU ministers", "Company spokesmen told Reuters"
    if len(toks) > 1 and known_firm_ending(text, len(text), toks[-1][2]) == (4 if low.startswith("the ") else 0):
        return Mention(s, e, text, "name", s, e)  # "Friends of the Earth", "Doctors Without Borders": a name
    if nr and nr[0] > s and _PEOPLE_OF.match(low):
        return Mention(s, e, text, "group")  # "Aides to Clinton", "Lawyers for Trump": his people, not him
    if nr and nr[0] > s and _KIN_OF.match(low):
        return Mention(s, e, text, "description")  # "The widow of John Barnett": hers, not his
    if nr and nr[0] > s and len(toks) >= 3 and toks[1][2] == "in" and toks[0][2] in _REPORT_PLURALS:
        return Mention(s, e, text, "description")  # "according to reports in Portugal": the reports, not Portugal
    if nr and nr[0] > s and _BY_AGENT_BEFORE.search(m, s, nr[0]):
        # "analysts polled by Reuters", "economists surveyed by the Fed": the people, not who asked them
        return Mention(s, e, text, "group" if toks[0][2].lower() in _PEOPLE_PLURALS else "description")
    if nr and nr[0] > s and (ing := _people_doing_before(toks, nr[0])) is not None:
        # "Doctors treating Boris Johnson said", "Astronomers using the James Webb Space Telescope have confirmed",
        # "A lawyer representing Smith said": the people doing something to the name, not the name
        return Mention(s, e, text, "group" if toks[ing - 1][2].lower().endswith("s") else "description")
    k = None
    for n in range(1, min(len(toks) - 1, 8)):
        if toks[n][2] in PEOPLE_AT_PREPS:
            k = n
            break
    if len(toks) >= 5 and first in ("the", "a", "an") and toks[1][2].lower() in _AGENTS_OF_SOMEONE \
            and toks[2][2] in ("for", "to") and _ends_in_person_name(toks[3:]):
        return Mention(s, e, text, "description")  # "The lawyer for former England defender Mark Stevens said": the
        # lawyer, whatever describes the client (not "Candidate for governor John Smith": no article, the person)
    if k is not None and not _ends_in_person_name(toks[k + 1:]) \
            and first not in given_names():  # (not "Yutaka Hashimoto general manager of Nippon Life")
        head = toks[k - 1][2].lower()
        if head in _UNION_HEADS and k >= 2 and toks[k][2] == "of" and k + 1 < len(toks) \
                and all(_is_cap(t[2]) for t in toks[1 if first == "the" else 0:k]) \
                and toks[1 if first == "the" else 0][2].lower() not in _NOT_IN_BODY_NAME and k - (first == "the") >= 2 \
                and all(_is_cap(t[2]) or t[2] in ("of", "and", "the", "&") for t in toks[k + 1:]):
            return Mention(s, e, text, "name", toks[1][0] if first == "the" else s, e)  # "The Communications
            # Workers of America", "United Mine Workers of America": a union's name, all in capitals
        if (head in PEOPLE_AT_HEADS or toks[k][2] in ("in", "across", "throughout") and _agent_plural(toks[k - 1][2])
                or _people_participle(toks, k - 1) and (toks[k - 2][2].lower() in _PEOPLE_PLURALS
                                                        or _PLURAL_END.search(toks[k - 2][2]) is not None)) \
                and not (k >= 2 and _is_cap(toks[k - 1][2]) and toks[k - 2][2] in ("for", "of", "at", "with", "from", "the")):
            return Mention(s, e, text, "group")  # "Voters in Iowa", "Some web users in Canada": people of a place
            # (and makers, sellers, lenders: "Policy makers in Europe have called ...", not Europe; but "A spokesman
            # for Friends of the Earth": a body's name after a preposition)
        if toks[k - 1][2].islower() and (person_noun(head) or head in _OF_HEADS and toks[k][2] == "of"):
            return Mention(s, e, text, "description")  # "A senior Arab banker in the area", "a planner at ...", "the
            # head of the United Nations" (not the United Nations)
    if nr and nr[0] > s and (m[nr[0]:nr[1]] in us_states() or m[nr[0]:nr[1]].lower() in countries()) \
            and not m[max(0, s - 5):s].rstrip().endswith((" and", "&")) \
            and (j := next((n for n, t in enumerate(toks) if t[0] == nr[0]), 0)) >= 2 \
            and (k := j - 2 if toks[j - 1][2] == "the" else j - 1) >= 1 and toks[k][2] in _PLACE_OF_PREPS:
        # the place a phrase ends on does not speak: "the campaign of the former senator from Pennsylvania",
        # "estimates from India", "The new health minister for Wales"; a name before it does: "News Corp
        # Ltd of Australia", "Philips of the Netherlands" (not a name cut at "and": "Nippon Telegraph and
        # Telephone of Japan" is left as it was read)
        before = _name_run(m, toks[:k]) if first not in DETERMINERS else None
        if before is not None and before[1] >= toks[k - 1][1] - 1 \
                and not (before[0] == toks[k - 1][0] and is_title_word(toks[k - 1][2])):  # (not "Senator from Texas")
            return Mention(s, e, text, "name", before[0], before[1])
        return Mention(s, e, text, "description")
    if nr and nr[0] > s and first == "the" and nr[1] >= toks[-1][1] \
            and (j := next((n for n, t in enumerate(toks) if t[0] == nr[0]), 0)) >= 3 and toks[j - 1][2] in ("for", "from") \
            and (is_title_word(toks[j - 2][2]) or person_noun(toks[j - 2][2])):
        return Mention(s, e, text, "description")  # "The Labour MP for Bristol", "the spokesman for Acme": the
        # person, described as "a spokesman for Acme" is, not the place or the body at the phrase's end
    if nr and nr[0] > s and nr[1] >= toks[-1][1] and first not in given_names() \
            and (j := next((n for n, t in enumerate(toks) if t[0] == nr[0]), 0)) >= 2 \
            and (k := j - 2 if toks[j - 1][2] == "the" else j - 1) >= 1 and toks[k][2] == "to" \
            and toks[k - 1][2].lower() in _TO_HEADS and not _ends_in_person_name(toks[j:]):
        return Mention(s, e, text, "description")  # "The U.S. ambassador to the United Nations", "Britain's envoy
        # to the talks", "The Japanese delegation to the GATT talks": the person or people sent, not where to
    if nr and (nr[1] - nr[0]) > 0 and (m[nr[0]].isupper() or m[nr[0]].isdigit()
                                      and m[nr[0]:nr[1]].split()[-1].rstrip(".").lower() in COMPANY_ENDS):  # ("3Com Corp")
        kind = "name"
        if first in DETERMINERS and first not in ("the",) and nr[0] != s and not (
                first in _POSSESSIVE_DETS and _person_like(m[nr[0]:nr[1]]) and _ROLE_WORDS.fullmatch(m, s, nr[0])
                or first in _POSSESSIVE_DETS and len(toks) == 3 and toks[1][2].lower() in KIN_NOUN_GENDER
                and toks[2][0] == nr[0] and toks[2][2].lower() in given_names()  # ("his wife Rachel", "her son Tom")
                or first in ("a", "an") and _ROLE_WORDS.fullmatch(m, s, nr[0])
                and not _PREPOSITION_IN.search(m, s, nr[0])  # (not "a spokeswoman for Hillary Clinton")
                and 2 <= len(m[nr[0]:nr[1]].split()) <= 3 and m[nr[0]:nr[1]].split()[0].lower() in given_names()):
            kind = "description"  # "a former Green Beret": capitals but no name; but "his aide Paul Manafort",
            # "her friend Mariam Emara", "a proud coach Mike Ruddock"
            if first in ("a", "an") and _mood_then_surname(m, toks, nr):
                kind = "name"  # "A smiling Obama said", "a visibly emotional Jones said": a person in a mood
        ns, ne = nr
        post = _POST_NOMINAL.search(m, ns, ne) if kind == "name" else None
        if post is not None and len(m[ns:post.start()].split()) >= 2 \
                and m[ns:post.start()].split()[0].lower() in given_names():  # (not "Ealing North MP")
            ne = post.start()  # "Paul Boateng MP", "Ken Macdonald QC": the name, then a post (below)
        men = Mention(s, e, text, kind, ns, ne)
        if ne < nr[1] and nr[0] == s:
            men.desc_start, men.desc_end = post.start(1), post.end(1)
            return men
        ds = s
        for t in toks:
            if t[2] not in _DAY_NAMES or t[0] >= nr[0]:
                break
            ds = t[1] + 1  # "On Thursday Mr Blair": the day is no part of his description
        if nr[0] > ds and m[ds:nr[0]].strip() in PARTICLES and kind == "name":
            men.name_start = ds  # "bin Salman told reporters", "le Pen said": the particle opens the surname
            return men
        ps = _particles_before(m, toks, nr[0], ds) if kind == "name" else nr[0]
        men.name_start = ps
        if ps > ds and m[ds:ps].strip() and m[ds:ps].strip().lower() not in DETERMINERS:
            men.desc_start, men.desc_end = ds, ps  # ("the Pentagon": no description)
        return men
    head = toks[-1][2].lower()
    if head in GROUP_HEADS and first not in ("a", "an", "one", "another"):
        return Mention(s, e, text, "group")
    if first in ("a", "an") and len(toks) > 2 and toks[2][2].lower() == "of" and head.endswith("s") \
            and not head.endswith("ss"):
        return Mention(s, e, text, "group")  # "a number of writers", "a group of donors": people, plural
    return Mention(s, e, text, "description")


def _body_of_people(toks) -> bool:
    """Is the phrase's head a body or one person, the people after it ("the federation for Bolivian mine workers", "a
    union representing nurses", "a spokesman for the joint committee of soybean importers"): not those people?"""
    p = next((n for n, t in enumerate(toks) if t[2] in ("for", "of", "representing")), 0)
    if p == 0:
        return False
    head = toks[p - 1][2].lower()
    return head in PEOPLE_BODIES or head in _ONE_PERSON_HEADS


# one person who speaks for people: "a spokesman for the joint committee of soybean importers"
_ONE_PERSON_HEADS = frozenset("spokesman spokeswoman spokesperson representative official chairman chairwoman "
                              "president director secretary leader head".split())
PEOPLE_BODIES = frozenset("federation union association council committee confederation alliance league "
                           "coalition organization organisation society guild".split())


# how people come to be quoted, between them and where or by whom: "Voters interviewed at rallies"
_PEOPLE_PARTICIPLES = frozenset("interviewed surveyed polled questioned contacted reached gathered assembled "
                                "quoted held detained stranded trapped displaced evacuated housed "
                                "based stationed posted involved".split())
# (and where they are kept: "Migrants held at a processing centre in Kent said"; or work: "Ugandan officials based in
# Kenya said")


def _people_participle(toks, i: int) -> bool:
    """Is the token at ``i`` such a participle right after a noun for people?"""
    return i > 0 and toks[i][2] in _PEOPLE_PARTICIPLES and person_noun(toks[i - 1][2])


_PLACE_PREPS = frozenset("in across around throughout outside inside within".split())


def _people_somewhere_before(toks, i: int, preps: frozenset[str] = PEOPLE_AT_PREPS) -> bool:
    """Do people at a place stand within a few words before ``i`` ("observers in Virginia")?"""
    for k in range(i - 1, max(0, i - 5), -1):
        if toks[k][2].lower() in preps:
            return person_noun(toks[k - 1][2]) or _people_participle(toks, k - 1)
    return False


_np_memo: tuple[str | None, dict] = (None, {})  # (the text read last, {(end, lo): its mention})


# a wire's stock ticker, in capitals or in lower case: "<EFH>", "Banks of Iowa Inc <biow>", "Skanska AB <skbs.St>"
# (not a capitalised name in brackets, a firm the wire lists no ticker for: "Sweden's <Nordbanken> banking group")
TICKER_SYMBOL = r"(?:[A-Z0-9.]{1,12}(?: [A-Z]{1,2}(?=>))?|[a-z][a-z0-9]{0,7}(?:\.[A-Za-z]{1,3})?)"  # (and its market: "<PHAB ST>")
_COUNTRY_OWNER = re.compile(r"([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)['\u2019]s[ \t]+(?=[A-Z])")  # "Sweden's ", "West Germany's "
_OPEN_BRACKET = re.compile(r"<[^<>]*$")  # a phrase ending inside a wire's brackets, its ">" not yet read


def np_backward(m: str, end: int, lo: int) -> Mention | None:
    """The subject phrase that ends at ``end`` (just before a cue), not before ``lo``.

    A pure function of its arguments, asked the same question several times per report (the
    direct rules, the reported ones and the resolver each look for a cue's subject): the answers
    for the text read last are kept, and each caller gets its own copy (callers fill in a
    mention's description)."""
    global _np_memo
    held = _np_memo  # (read once, replaced whole: threads reading other texts never share a dict)
    if held[0] is not m:  # (the text is held, so no other string can take its identity)
        held = _np_memo = (m, {})
    memo = held[1]
    key = (end, lo)
    if key in memo:
        men = memo[key]
    else:
        men = memo[key] = _np_backward_uncached(m, end, lo)
        if men is not None:
            _mend_firm_name(m, men)
    if men is None:
        return None
    copy = object.__new__(Mention)
    copy.__dict__.update(men.__dict__)
    return copy


def _mend_firm_name(m: str, men: Mention) -> None:
    """A firm's name as the phrase reader found it, mended in place: no country's possessive before a name with its legal
    form ("Sweden's Volvo AB said": Volvo AB, Sweden's), and the closing bracket of a wire's ticker or of the brackets
    round a firm the wire lists no ticker for ("Maxtor Corp <MXTR>", "group <Industrial Equity Ltd> (IEL) said")."""
    if men.kind == "name" and men.name_start == men.start \
            and (om := _COUNTRY_OWNER.match(men.text)) is not None and om.group(1).lower() in countries() \
            and (last := men.text.rsplit("<", 1)[0].split()[-1].rstrip(".").lower()) in COMPANY_ENDS and last != "group":
        men.name_start = men.start + om.end()
    if m.startswith(">", men.end) and _OPEN_BRACKET.search(men.text) is not None:
        men.end += 1
        men.text = m[men.start:men.end]
        if men.name_end == men.end - 1:
            men.name_end = men.end


def _np_backward_uncached(m: str, end: int, lo: int) -> Mention | None:
    if (nu := _NUMBERED_UNIT_END.search(m, max(lo, end - 24), end)) is not None and nu.start() > lo:
        # a body's numbered branch: "The International Association of Machinists and Aerospace Workers (IAM)
        # District 751 said": the body's name read without it, then the branch added
        men = np_backward(m, nu.start() + 1, lo)
        if men is not None and men.kind == "name" and _ACRONYM_BETWEEN.fullmatch(m, men.end, nu.start()):
            e = nu.end(1)
            return Mention(men.start, e, m[men.start:e], "name", men.name_start if men.name_start is not None
                           else men.start, e)
    if _contact_verb_in(m, max(lo, end - 80), end) \
            and (cr := CONTACT_RELATIVE.search(m, max(lo, end - 80), end)) is not None and cr.start() > lo:
        # "Several people I've spoken with said", "Democrats I talked to said": a relative clause with no "who",
        # its preposition last; the phrase before the pronoun, with the clause, is the subject
        head = np_backward(m, cr.start(), lo)
        if head is not None and head.end == cr.start() and (head.kind in ("description", "group") or head.kind == "name"
                                                            and _people_plural(head.text.rsplit(None, 1)[-1])):
            e = cr.end("prep")
            return Mention(head.start, e, m[head.start:e], head.kind)
    men = _np_backward(m, end, lo)
    if men is not None and men.kind == "description" and men.text.endswith("ing") and men.text.isalpha() \
            and men.text.islower():
        return None  # '"outsourcing" - relocating call centres to India - ...': a bare gerund speaks for no one
    if men is not None and (ft := _FRONTED_TIME.match(m, men.start, men.end)) is not None \
            and (sub := np_backward(m, end, ft.end())) is not None:
        return sub  # "In the past two years analysts said", "And last week US Treasury Secretary John Snow told":
        # a time phrase opening the sentence with no comma, the subject after it
    if men is not None and men.kind == "name" and men.start > lo \
            and (fs := known_firm_ending(m, men.end, men.text.rsplit(None, 1)[-1])) is not None and lo <= fs < men.start:
        s = fs - 4 if fs - 4 >= lo and m[fs - 4:fs] in ("the ", "The ") else fs  # (with its article: "the Globe
        # and Mail said", as a trailing attribution reads it)
        return Mention(s, men.end, m[s:men.end], "name", fs, men.end)  # "Doctors Without Borders said"
    if men is not None and (pe := _PERIOD_ENDED.match(m, men.start, men.end)) is not None \
            and (fm := _FOR_BEFORE.search(m, max(lo, men.start - 8), men.start + len(pe.group("for") or ""))) is not None:
        # "The company's report for the quarter ended March 31 said", "The white paper on agriculture for
        # the year ended March 31 said": the period is the document's, no subject of its own
        head = np_backward(m, fm.start(), lo)
        if head is None or head.kind == "pronoun":
            dm = _DOCUMENT_PHRASE.search(m, lo, fm.start())
            head = Mention(dm.start(1), dm.end(1), dm.group(1), "description") if dm is not None else None
        if head is not None:
            return Mention(head.start, men.end, m[head.start:men.end], head.kind)
    if men is not None and men.start > lo and men.kind in ("name", "description") \
            and (pw := _FRONTED_PREPOSITION_BEFORE.search(m, max(lo, men.start - 12), men.start)) is not None \
            and (pw.start() == lo or m[:pw.start()].rstrip()[-1:] in (".", "!", "?", "\n", ""))\
            and (nm := _NAME_BEFORE_CUE.search(m, men.start, end)) is not None and nm.start() > men.start:
        # "During his 49 minute speech Mr Brown told MPs", "In a speech Mr Brown said": a phrase of time
        # or place opens the sentence with no comma; the name before the cue is the subject
        return _honorific_and_name(m, nm)
    if men is not None and men.kind == "name" and men.text in _ADVERB_OPENERS \
            and (nm := _NAME_BEFORE_CUE.search(m, men.end, end)) is not None and nm.start("name") > men.end:
        # "Back in Washington Mr Smith said", "Later in the day Ms Jones told reporters": an adverb and a
        # phrase of place or time open the sentence; the name before the cue is the subject
        return _honorific_and_name(m, nm)
    if men is not None and men.kind == "name" and men.desc_start == men.start and men.name_start is not None \
            and (fp := _FRONTED_PARTICIPLE.match(m, men.start, men.name_start)) is not None \
            and fp.group(1) not in _ING_ROLE_WORDS:
        # "Leaving a Brussels summit Mr Blair said": what he was doing, no description of him; the
        # mention is the name, with its honorific
        s = fp.start("hon")
        return Mention(s, men.end, m[s:men.end], "name", men.name_start, men.name_end)
    return men


# a relative clause with no "who" whose preposition comes last, before the cue: " I've spoken with ", " we talked to "
CONTACT_RELATIVE = re.compile(r"[ \t]+(?:I|we|you|they|he|she)(?:['\u2019]ve|['\u2019]d|[ \t]+have|[ \t]+had)?[ \t]+"
                               r"(?:spoke|spoken|talked|met|consulted|worked|dealt|corresponded)[ \t]+(?P<prep>with|to)"
                               # (and a span of time after it: "I've spoken with over the last couple of weeks")
                               r"(?:[ \t]+(?:in|over|during)(?:[ \t]+(?:the|past|last|recent|previous|few|several|couple|"
                               r"of|a|two|three|four|five|six))*[ \t]+(?:days|weeks|months|years))?[ \t]*$")
# (verbs of meeting only: "he declined to say" is an infinitive, no relative clause)
_CONTACT_VERBS = ("spoke", "talked", "met", "consulted", "worked", "dealt", "corresponded")  # ("spoken" holds "spoke")


def _contact_verb_in(m: str, lo: int, hi: int) -> bool:
    """Whether one of :data:`CONTACT_RELATIVE`'s verbs stands in ``m[lo:hi]`` (str.find: the pattern, anchored at
    the end, would be tried at every position of every phrase read back from a cue)."""
    return any(m.find(v, lo, hi) >= 0 for v in _CONTACT_VERBS)


def _honorific_and_name(m: str, nm: re.Match) -> Mention:
    """The mention of a :data:`_NAME_BEFORE_CUE` match: the honorific and the name, the name its own span."""
    return Mention(nm.start(), nm.end("name"), m[nm.start():nm.end("name")], "name", nm.start("name"), nm.end("name"))


# a participle phrase opening the sentence before the name, with no comma ("Leaving a Brussels summit Mr Blair
# said"); not the words for an office that end in -ing ("Acting Director", "Managing Director")
_HONORIFIC_WORD = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?[ \t]+"  # (an honorific and its space)
_FRONTED_PARTICIPLE = re.compile(r"([A-Z][a-z]+ing)[ \t]+(?:[\w'\u2019-]+[ \t]+){1,6}?(?P<hon>" + _HONORIFIC_WORD + ")$")
_ADVERB_OPENERS = frozenset("Back Later Earlier Then Now Also Still Meanwhile Elsewhere Separately Afterwards "
                            "Today Yesterday".split())
_NAME_BEFORE_CUE = re.compile(r"(?<![\w'\u2019.-])" + _HONORIFIC_WORD
                              + r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})[ \t]*$")
_PREPOSITIONS_BEFORE_COUNT = frozenset("by of with from for to between among about against".split())
PEOPLE_COUNTS = frozenset("two three four five six seven eight nine ten".split())  # people named before, by their number
_SHARE_BASES = frozenset("10 ten 5 five 4 four 3 three 100 of".split())
_SHARE_COUNTS = frozenset("1 2 3 4 5 6 7 8 9 one two three four five six seven eight nine".split())
_PERIOD_ENDED = re.compile(r"(?P<for>for\s+)?the\s+(?:fiscal\s+|financial\s+|first\s+|second\s+|third\s+|fourth\s+)?"
                           r"(?:year|quarter|month|period|half|weeks|months)\s+end(?:ed|ing)\b")
_FRONTED_TIME = re.compile(r"(?:(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or)\s+)?(?:[Tt]he\s+)?(?:past|last|first|second|third|fourth|"
                           r"previous)\s+(?:[\w-]+\s+)?(?:days|weeks|months|years|quarter)\s+(?=[\w\x01])"
                           r"|(?:[Ll]ast|[Tt]his)\s+(?:week|month|year)\s+(?=[\w\x01])")
_DOCUMENT_PHRASE = re.compile(r"(?:^|(?<=[.!?\n])\s*)((?:The|A|An|Its|Their)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,6})\s*$")
_FOR_BEFORE = re.compile(r"\s?\bfor\s+$")
_FRONTED_PREPOSITION_BEFORE = re.compile(r"\b(?:During|In|At|After|Before|Since|On|Throughout|Following|Speaking)[ \t]+$")
_ING_ROLE_WORDS = frozenset("Acting Managing Leading Presiding Visiting Outgoing Incoming Reigning Ruling Governing "
                            "Founding Sitting Serving Commanding Consulting Supervising Ranking Opposing".split())


_ACRONYM_TAG = re.compile(r"[A-Z][A-Z&.]{1,9}")


def word_ends(text: str, word: str):
    """Where ``word`` stands in ``text`` with no letter, digit or underscore right after it (what
    stands before it is the caller's to check): found with str.find, no pattern compiled per word."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if j >= len(text) or not (text[j].isalnum() or text[j] == "_"):
            yield i
        i = text.find(word, j)


def named_mid_sentence(masked: str, word: str) -> bool:
    """Does ``word`` stand capitalised inside a sentence somewhere (a name: "Cruz"), not only
    at a sentence's start ("Rain fell, adding ...")?"""
    for i in word_ends(masked, word):
        k = i
        while k > 0 and masked[k - 1].isspace():
            k -= 1
        if k < i and k > 0 and (masked[k - 1] == "," or "a" <= masked[k - 1] <= "z"):
            return True
    return False


def _firm_named(m: str, got: list) -> bool:
    """Do these tokens name a firm by its legal form (a wire's ticker may follow: "Systems Industries
    Inc <SYSM>")?"""
    words = [t[2] for t in got]
    if len(words) >= 3 and words[-1].isupper() and m[got[-1][0] - 1:got[-1][0]] == "<":
        words = words[:-1]
    return len(words) >= 2 and _firm_end(words[-1]) and _is_cap(words[0]) and words[0] not in _FIRM_NAME_GOES_ON


def _firm_end(word: str) -> bool:
    """A firm's legal form, or a bank's last word ("Chemical Bank and Manufacturers Hanover Trust Co said")."""
    return word.rstrip(".").lower() in COMPANY_ENDS or word == "Bank"


# first words of the part after "and" of one firm's name: "First National Bank and Trust Co"
_FIRM_NAME_GOES_ON = frozenset("Trust Savings Loan Loans Co Company Sons Partners Associates".split())


def _ends_in_given_and_surname(seg: list) -> bool:
    """Does this run of tokens end in a person's name: a capitalised run of two to four words that
    opens with a given name ("... trade Franz Blankart")?"""
    j = len(seg)
    while j > 0 and _is_cap(seg[j - 1][2]):
        j -= 1
    return 2 <= len(seg) - j <= 4 and seg[j][2].lower() in given_names()


@lru_cache(maxsize=1)
def portfolio_words() -> frozenset[str]:
    """The lower-cased words of government portfolios ("research", "technology", "trade")."""
    return frozenset(w for p in portfolios() for w in p.lower().split()) - {"and", "of", "the", "for"}


def _acronym_of(seg: list, before: list) -> bool:
    """Is ``seg`` one all-capital word made of the initials of the capitalised words that end
    ``before`` ("CBT" after "the Chicago Board of Trade")?"""
    if len(seg) != 1 or not seg[0][2].isupper() or not 2 <= len(word := seg[0][2].replace(".", "")) <= 6:
        return False
    caps = [t[2][0] for t in before if t[2][:1].isupper()]
    return len(caps) >= len(word) and "".join(caps[-len(word):]) == word


_PLACES_BODY_HEADS = frozenset("police constabulary council trust authority board".split())


def _and_in_body_name(toks: list, j: int) -> bool:
    """Is the "and" at ``toks[j - 1]`` inside a body's name: two words for bodies ("the Ronald Reagan
    Presidential Foundation and Institute"), or a couple's given names ("the Bill and Melinda Gates
    Foundation")?"""
    after = toks[j:]
    last = after[-1][2].rstrip(".").lower() if after else ""  # (the sentence's full stop: "... Council.")
    if not after or not all(_is_cap(t[2]) for t in after) or last not in ORG_WORDS and last not in _PLACES_BODY_HEADS:
        return False
    before = toks[j - 2][2]
    return len(after) == 1 and before.lower() in ORG_WORDS \
        or 2 <= len(after) <= 3 and after[0][2].lower() in given_names() and before.lower() in given_names() \
        or 2 <= len(after) <= 4 and last in _PLACES_BODY_HEADS and _is_cap(before)
        # ("Avon and Somerset Police", "Devon and Cornwall Constabulary", "Kensington and Chelsea Council":
        # a body of two places; "Maidstone and Tunbridge Wells NHS Trust")


def _state_after(toks: list, i: int) -> int:
    """How many tokens from ``toks[i]`` name a US state ("Ohio", "R.I.", "South Carolina"): 0 if none."""
    for n in (2, 1):
        if i + n <= len(toks) and " ".join(t[2] for t in toks[i:i + n]) in us_states():
            return n
    return 0


def _join_town_and_state(toks: list) -> None:
    """Drop the state after a town's comma right before the cue ("Stacy Baker of Columbia, South Carolina
    says": the phrase reads as if the town ended it), and the commas of a state before the noun the place
    qualifies, after an article ("Melvyn Gelch, a Providence, R.I., surgeon, told", "the Cincinnati, Ohio,
    investor who ..."; not "in Douglas, Ariz., border officials say": a fronted place, its subject after it).
    The town is in capitals after "in", "of", "from", ... or the article."""
    i = len(toks) - 2
    while i >= 2:
        if toks[i][2] == "," and _is_cap(toks[i - 1][2]) and (n := _state_after(toks, i + 1)):
            j = i - 1
            while j > 0 and _is_cap(toks[j - 1][2]) and i - j < 3:
                j -= 1
            lead = toks[j - 1][2].lower() if j > 0 else ""
            after = i + 1 + n
            if lead in _PLACE_LEADS and after == len(toks):
                del toks[i:]  # (the state ends the phrase, right before the cue: read as if the town ended it)
            elif lead in ("a", "an", "the") and after + 1 < len(toks) and toks[after][2] == "," \
                    and toks[after + 1][2].isalpha() and toks[after + 1][2].islower() \
                    and toks[after + 1][2] not in STOP_BACK and toks[after + 1][2] not in RELATIVE:
                del toks[after]
                del toks[i]
        i -= 1


def _place_before(toks: list, i: int) -> int:
    """How many tokens ending at ``toks[i - 1]`` name a country or a US state: 0 if none."""
    for n in (2, 1):
        if i - n >= 0 and ((w := " ".join(t[2] for t in toks[i - n:i])) in us_states() or w.lower() in countries()):
            return n
    return 0


def _cap_place_before(toks: list, i: int) -> int:
    """How many tokens ending at ``toks[i - 1]`` make a place's name by their capitals alone (one or two
    capitalised words, no title or given name): 0 if none. Read only inside a list after people "in" it."""
    for n in (2, 1):
        if i - n >= 0 and all(_is_cap(t[2]) and not is_title_word(t[2]) and t[2].lower() not in given_names()
                              for t in toks[i - n:i]) and (i - n == 0 or not _is_cap(toks[i - n - 1][2])):
            return n
    return 0


def _join_place_list(toks: list) -> None:
    """"Officials in Mexico, Guatemala and Ecuador said", "Diplomats from France and Germany said":
    a list of places after "in", "from" or "of" qualifies the phrase before it; its words are dropped but
    the last place's, so that the phrase reads as "Officials in Ecuador" and spans the whole list."""
    for place_before in (_place_before, _cap_place_before):
        i = len(toks)
        n = place_before(toks, i)
        if not n or toks[i - n - 1][2] != "and":
            continue
        i -= n + 1
        while (n := place_before(toks, i)) and i - n >= 2:
            i -= n
            if toks[i - 1][2] != ",":
                break
            i -= 1
        if i < 2:
            continue
        prep, people = toks[i - 1][2], toks[i - 2][2].lower() in _PEOPLE_PLURALS
        # places known by name; any capitalised names only after people in or at them ("Traders in Japan, Sydney
        # and Hong Kong said", "Analysts at Merrill, Salomon and Goldman said")
        if prep in ("in", "from", "of", "across") and (place_before is _place_before or people) \
                or prep == "at" and place_before is _cap_place_before and people:
            del toks[i:len(toks) - place_before(toks, len(toks))]
            return


# what stands before "forecast" as a noun: a figure ("the 2.25 pct forecast"), an adjective of its kind ("its previous
# forecast", "a five-year forecast")
_BEFORE_FORECAST_NOUN = frozenset("pct percent cent tonnes tons bales barrels dlrs dollars mln billion stg yen points "
                                  "previous latest new earlier original initial revised official current own first "
                                  "last final annual weather economic growth budget profit earnings sales".split())


def forecast_noun(word: str, prev: str) -> bool:
    """Is "forecast" (or "forecasts") a noun after ``prev``: a figure, an adjective of its kind, a hyphened
    modifier ("the 2.25 pct forecast", "its previous forecast", "a five-year forecast")?"""
    lp = prev.lower()
    return word in ("forecast", "forecasts") and (lp in _BEFORE_FORECAST_NOUN or lp[:1].isdigit()
                                                  or "-" in lp and lp.islower())


def _np_backward(m: str, end: int, lo: int) -> Mention | None:
    toks = word_tokens(m, max(lo, end - 250), end)  # a subject phrase is never longer
    read = len(toks)
    _drop_circumstances(toks)  # "Trump on Friday described", "has in the past said"
    if len(toks) < read:
        _drop_report_participle(toks)  # (only where a time phrase went: "A CBS poll released Tuesday found")
    if toks and toks[-1][2].lower().replace("\u2019", "'") in _IMPERSONAL_CONTRACTIONS:
        return None  # "It's predicted that ...", "That's said to be ...": no one's words
    if toks and (cm := CONTRACTED_PRONOUN.fullmatch(toks[-1][2])) is not None:
        s0, e0, w0 = toks[-1]
        toks[-1] = (s0, s0 + cm.end(1), cm.group(1))  # "She's argued", "he'd asked": the pronoun
    # a party tag or aside in parentheses: "Sen. Mitch McConnell (R-Ky.) said"
    if toks and toks[-1][2] == ")":
        k = len(toks) - 1
        while k > 0 and toks[k][2] != "(" and len(toks) - k < 20:  # ("Sen. Chris Murphy (a Connecticut
            # Democrat so boyish he has been mistaken for a junior staffer) says": an aside of a clause)
            k -= 1
        if toks[k][2] == "(":
            # but "MONTREAL, Feb 26 - (Ivaco Inc) said": a wire's unlisted company, in
            # parentheses right after the dateline's dash, is the subject
            toks = toks[k + 1:-1] if 0 < k < len(toks) - 2 and toks[k - 1][2] in ("-", "--") else toks[:k]
    if len(toks) >= 5 and toks[-2][2] == ")" and toks[-1][2].rstrip(".").lower() in COMPANY_ENDS:
        k = len(toks) - 3
        while k > 0 and toks[k][2] != "(" and len(toks) - k < 7:
            k -= 1
        if toks[k][2] == "(" and k > 0 and _is_cap(toks[k - 1][2]) and all(_is_cap(t[2]) for t in toks[k + 1:-2]):
            toks = toks[:k] + toks[k + 1:-2] + toks[-1:]  # "Nikko Securities Co (Europe) Ltd said": one name
    if len(toks) >= 4 and toks[-1][2] == "]" and toks[-3][2] == "[" and toks[-2][2].isupper() and _is_cap(toks[-4][2]):
        toks = toks[:-3]  # "Benetton Group Spa [BTOM.MI] said": a wire's ticker in square brackets
    if len(toks) >= 3 and toks[-2][2] == "," and toks[-1][2].rstrip(".").lower() in COMPANY_ENDS \
            and _is_cap(toks[-3][2]):
        del toks[-2]  # "Cargill, Inc. said": the legal form after a comma is still the firm's name
    if toks and m.find(",", toks[0][0], end) >= 0:
        _join_town_and_state(toks)
    if len(toks) >= 5 and "and" in (toks[-2][2], toks[-3][2]):  # (and a last place of two words: "South Carolina")
        _join_place_list(toks)
    if not toks:
        return None
    for k in range(len(toks) - 4, 0, -1):  # "An American Farm Bureau Federation (AFBF) official said"
        if toks[k][2] == "(" and toks[k + 2][2] == ")" and _ACRONYM_TAG.fullmatch(toks[k + 1][2]) \
                and _is_cap(toks[k - 1][2]):
            toks = toks[:k] + toks[k + 3:]  # the acronym in parentheses is no part of the phrase
            break
    desc_span = None
    unclosed = _unclosed_appositive(toks)
    if unclosed is not None:
        # "Patricia Sanders, spokeswoman for the Disaster Emergency Committee said": the comma
        # that should close the appositive is missing; the person still speaks
        name, desc = unclosed
        men = classify(m, name[0][0], name[-1][1], name)
        men.desc_start, men.desc_end = desc[0][0], desc[-1][1]
        return men
    if toks[-1][2] in (",", "\u2015", "\u2014", "\u2013", "--", "-"):
        # appositive(s) between the subject and the cue: "Zeke Emanuel, an oncologist ..., said"
        toks = _drop_parens(toks)
        segs: list[list[tuple[int, int, str]]] = [[]]
        for t in toks:
            if t[2] in ",;\u2015\u2014\u2013(" or t[2] in (")", "-", "--"):
                segs.append([])
            else:
                segs[-1].append(t)
        segs = [sg[1:] if len(sg) > 2 and sg[0][2] == "state" and is_title_word(sg[1][2]) else sg
                for sg in segs if sg]  # ("Scott's niece, state Del. Marcia Price, shouted": the titled name)
        for n in range(len(segs) - 1, 0, -1):
            if len(segs[n]) >= 3 and _is_cap(segs[n][0][2]) and any(t[2] in ("and", "&") for t in segs[n]) \
                    and segs[n][-1][2].rstrip(".").lower() in COMPANY_ENDS | _FIRM_HEADS \
                    and len(segs[n - 1]) >= 3 and segs[n - 1][-2][2] in ("at", "of", "with", "for", "from") \
                    and _is_cap(segs[n - 1][-1][2]):
                segs[n - 1] = segs[n - 1] + segs.pop(n)  # "oil analyst at Donaldson, Lufkin and Jenrette
                # Securities, said": a firm named for its partners, one comma inside
            elif all(t[2].rstrip(".").lower() in COMPANY_ENDS for t in segs[n]) and _is_cap(segs[n - 1][-1][2]):
                segs[n - 1] = segs[n - 1] + segs.pop(n)  # "president of HyOx, Inc., said": the firm's legal
                # form after its comma is the firm's, no appositive
        if (listed := _list_of_names(m, segs)) is not None:
            return listed
        acronym = len(segs) >= 2 and _acronym_of(segs[-1], segs[-2])
        if acronym:
            segs.pop()  # "an official of the Chicago Board of Trade, CBT, said": the body's acronym after its
            # name, in commas, is no speaker; the phrase before it is read as if it were not there
        k = len(segs) - 1
        dashed = toks[-1][2] in ("\u2015", "\u2014", "\u2013", "--", "-")
        while k > 0 and (_appositive_like(segs[k]) and not (
                    (segs[k - 1][0][2].lower() in _CLAUSE_SEG_OPENERS
                     or k < len(segs) - 1 and _described_subject_seg(segs[k - 1]))
                    and _role_and_full_name(segs[k]))  # ("One protester, retired teacher Linda Clarke, 68, said": her)
                         or (dashed and k == len(segs) - 1) or _office_for_place(segs[k]) == 0
                         or _titled_appositive(segs[k - 1], segs[k])
                         or _state_of_place(segs[k - 1], segs[k])
                         or k < len(segs) - 1 and segs[k - 1][0][2].lower() == "whose") \
                and not (k < len(segs) - 1 and len(segs[k]) > 1 and segs[k][-1][2].lower() in ("that", "which", "who")) and not (
                k == 1 and len(segs[0]) == 1 and segs[0][0][2].lower() in _ASIDE_ADVERBS) \
                and not _dateline_like(segs[k - 1]) and not _fronted_clause_seg(segs[k - 1]) \
                and not (k == 1 and segs[0][0][2] in _FRONTED_PREPOSITIONS and 2 <= len(segs[0]) <= 5
                         and all((_is_cap(t[2]) or t[2] == "the" or t[2].islower() and t[2].isalpha())
                                 and t[2] not in _DAY_NAMES
                                 and t[2].rstrip(".").lower() not in _MONTHS and t[2].lower() not in given_names()
                                 for t in segs[0][1:])
                         and (_is_cap(next((t[2] for t in segs[0][1:] if t[2] != "the"), ""))
                              or _PLACE_OF_NAME.fullmatch(" ".join(t[2] for t in segs[0][1:])) is not None)) \
                and not (k == 1 and _fronted_circumstance(segs[0]) and (segs[1][0][2].lower() in _SUBJECT_OPENERS
                                                                        or _ends_in_given_and_surname(segs[1]))):
            # ("At Chicago's Midway airport, passenger ...": a capitalised word first, after any "the")
            # ("Speaking after the hearing, a neighbour of the family, who ..., said": the neighbour; "Following
            # Mr Straw's announcement, lawyer Louise Christian, who ..., said": the lawyer named)
            # (nor "At Gatwick Airport, passenger Jenny Ashworth, 41, said": a fronted place, the subject after it)
            # ("Mr. Slinker, whose latest start-up, Paradata, uses big data ..., said": the name in commas
            # after "whose ..." is the relative's own appositive; and a relative pronoun before an aside stops the
            # scan: "releasing a statement that, while condemning violence, accused": the statement's)
            k -= 1  # ("Cory James, 22, of Flint, Mich., who ..., said": a state belongs to the place before
            # it; but "However, one dealer, who ..., told": the adverb before is no subject; nor
            # "WASHINGTON, Feb 26 - The Panama Canal Commission, a U.S. agency, said": the dateline)
        if k < 0:
            return None
        if k < len(segs) - 1 and _clause_like(segs[k]) and (_described_subject_seg(segs[k + 1]) or (
                k < len(segs) - 2 and all(sg[0][2] in _CIRCUMSTANCE_LEADS for sg in segs[k + 2:])
                and _body_subject_seg(segs[k + 1]))):
            k += 1  # "CLAUSE, the official, who did not want to be named, said", "CLAUSE, a spokesman for Suiker
            # Unie, the largest sugar processor, said": the description after the report's comma is the subject
        if acronym and not (len(segs) >= 2 and len(segs[-2]) <= 4 and all(_is_name_tok(t[2]) for t in segs[-2])):
            toks = segs[-1]  # (the phrase itself, unless a name stands before it: "Leo Melamed, president of
            # the Chicago Mercantile Exchange, CME, said")
        elif len(segs) == 1 and all(_is_cap(t[2]) or t[2] in ("of", "for", "at", "the") for t in segs[0]) \
                and _is_cap(segs[0][0][2]) and _is_cap(segs[0][-1][2]) and not _PARTICIPLE_NEXT.match(m, end) \
                and (not m[:segs[0][0][0]].strip() or m[:segs[0][0][0]].rstrip()[-1] in ".!?-\n"):
            toks = segs[0]  # a stray comma after a whole name: "Trent Lott of Mississippi, said"
        elif len(segs) == 1 and toks[-1][2] == "," and _ends_in_given_and_surname(segs[0]) \
                and not _PARTICIPLE_NEXT.match(m, end) \
                and (not (before := m[:segs[0][0][0]].rstrip(" \t")) or before[-1] in ".!?-\n"):
            toks = segs[0]  # and after a role and a person's name: "State secretary for foreign trade Franz
            # Blankart, said" (not "Citicorp <CCI> the largest U.S. Bank, said"; nor "Officials in Hong Kong,
            # fearing ...": a participle aside)
        elif k == len(segs) - 2 and _body_named_in_appositive(segs[k], segs[-1]):
            # "The employers' group, the Pacific Maritime Council, said": the body by its name, what it is before
            desc_span = (segs[k][0][0], segs[k][-1][1])
            toks = segs[-1][1:]
        elif k == len(segs) - 1 and len(segs) >= 2 and _SOURCE_CLOSE_TO.search(m, segs[-2][0][0], segs[-2][-1][1]) \
                and all(_is_name_tok(t[2]) for t in segs[-1]) and len(segs[-1]) <= 4:
            # "A source close to the chancellor, Rachel Reeves, said": the name is the chancellor's, in apposition to
            # her office; the source stays unnamed
            s0, e0 = segs[-2][0][0], segs[-1][-1][1]
            plural = any(t[2].lower() in ("sources", "insiders", "people", "figures") for t in segs[-2])
            return Mention(s0, e0, m[s0:e0], "group" if plural else "description")
        elif k == len(segs) - 1:
            # the name itself stands between commas, its description before it
            last = segs[-1]
            if len(last) > 1 and last[0][2] in ("and", "but"):
                last = last[1:]  # "A and B, and Democratic Gov. Jay Nixon, tweeted": the name after "and"
            n = 0
            while n < len(last) and n < 4 and _is_name_tok(last[n][2]):
                n += 1
            if 2 <= n < len(last) and last[n][2].lower() in ("of", "from"):
                last = last[:n]  # "Darran Whiting of Liberty Baptist Church in Marion, said": the name
            if len(segs) >= 2 and not all(_is_name_tok(t[2]) for t in last) and _is_cap(last[0][2]) \
                    and (n := _role_then_name(segs[-2], last)):
                # "Her boyfriend, Kansas City Chiefs tight end Travis Kelce, told": the name after the team's
                # role (the team's name first, so that the appositive read as a name)
                desc_span = (segs[-2][0][0], last[-n - 1][1])  # ("Her boyfriend, Kansas City Chiefs tight end")
                last = last[-n:]
            if not (_is_name_tok(last[0][2]) and len(last) <= 5 and all(_is_name_tok(t[2]) for t in last)
                    or _names_pair(last) and len(segs) >= 2 and (segs[-2][0][2].lower() in DETERMINERS
                                                                  or segs[-2][0][2].endswith(_POSSESSIVE))):
                return None  # (two people's names after what they are: "Her sons, Chris Larkin and Toby Stephens,
                # said"; not the end of a list: "Rehnquist, joined by Justices Lewis Powell, Sandra O'Connor and
                # Antonin Scalia, argued")
            if desc_span is None and len(segs) >= 2 and (d0 := _description_before_name(segs[-2])) is not None:
                desc_span = (segs[-2][d0][0], segs[-2][-1][1])
            elif len(segs) >= 2 and (o := _office_for_place(segs[-2])) is not None:
                desc_span = (segs[-2][o][0], segs[-2][-1][1])  # "But Labour MP for Stroud, Simon Opher, said"
            toks = last
        elif k == len(segs) - 2 and (n := _role_then_name(segs[k], segs[-1])):
            # "His coach, former world champion Moses Tanui, said": the person named after a role in
            # the appositive, the phrase before and the role his description
            one_of = segs[k][0][2].lower() in ("another", "one") and not _role_noun(segs[k][-1][2])
            named_by = segs[-1][-n - 1][2] in ("named", "called")  # (the role's words, not "named")
            desc_span = (segs[-1 if one_of else k][0][0], segs[-1][-n - 2 if named_by else -n - 1][1])  # (only the
            # role after "Another,")
            toks = segs[-1][-n:]
        else:
            if not all(len(sg) == 1 and (sg[0][2].endswith(("ed", "ly")) or sg[0][2].lower() in _ASIDE_ADVERBS)
                       for sg in segs[k + 1:]) \
                    and segs[k + 1][0][2] not in _CIRCUMSTANCE_LEADS:
                desc_span = (segs[k + 1][0][0], segs[-1][-1][1])  # not "Clinton, exasperated," nor
                # "Clinton, during a town hall meeting in Columbus, Ohio,"
                if k >= 1 and segs[k + 1][0][2].lower() in ("who", "whose") and len(segs[k]) <= 5 \
                        and all(_is_name_tok(t[2]) for t in segs[k]) and len(segs[k - 1]) <= 8 \
                        and _appositive_like(segs[k - 1]) and segs[k - 1][0][2].lower() in DETERMINERS \
                        and m[segs[k - 1][-1][1]:segs[k][0][0]].strip() in (",", "--", "\u2014", "\u2013", "-"):
                    # "The First Minister, Eluned Morgan, who visited the town on Sunday, said": the
                    # office before the name says what she is, the relative clause what she did
                    d0 = next((q + 1 for q in range(len(segs[k - 1]) - 2, 0, -1)
                               if segs[k - 1][q][2] in _LINKS_BEFORE_SUBJECT), 0)
                    desc_span = (segs[k - 1][d0][0], segs[k - 1][-1][1])
                elif k >= 1 and all(len(sg) == 1 and sg[0][2].isdigit() for sg in segs[k + 1:]) \
                        and all(_is_name_tok(t[2]) for t in segs[k]) \
                        and (d0 := _description_before_name(segs[k - 1])) is not None:
                    desc_span = (segs[k - 1][d0][0], segs[k - 1][-1][1])  # "One neighbour, Sheila Grant, 74,
                    # said": what she is, before her name, not her age
            toks = segs[k]
            if j := _subordinate_opening(toks):
                toks = toks[j:]  # "while Mike Huckabee": the subject
    rel_tok = None
    if toks and (toks[-1][2].lower() in RELATIVE or toks[-1][2].lower().replace("\u2019", "'") == "who's"):
        # "Trump - who warned ..." : the antecedent before the relative pronoun (and "who's called for")
        rel_tok = toks[-1]
        toks = toks[:-1]
        while toks and toks[-1][2] in ",\u2014\u2013-(":
            toks.pop()
        if len(toks) >= 3 and toks[-1][2].lower() in _ASIDE_ADVERBS and toks[-2][2] == ",":
            del toks[-2:]  # "There are analysts, however, who believe ...": the analysts, past the aside
        if not toks:
            return None
        if (named := _name_before_appositive(m, toks)) is not None:
            named.rel_start, named.rel_end = rel_tok[0], rel_tok[1]
            return named
    got: list[tuple[int, int, str]] = []
    places_and = -1  # where "and" joins two places of a role's phrase ("the MP for Bath and Wells")
    pair = False  # two people's names joined by "and": "David Albright and Serena Kelleher-Vergantini"
    for t in reversed(toks):
        w = t[2]
        lw = w.lower()
        if lw == "those" and (len(got) == 2 and got[-1][2].lower() in ("over", "under")
                              or got and got[-1][2].lower() in _PLACE_PREPS | {"at", "on", "close", "familiar"}):
            got.append(t)  # "Those over 60 say", "those around him acknowledge", "those in the room said"
            break
        if w in _BREAKS or w.startswith(MASK):
            break
        if not got and len(w) > 1 and w.isupper() and m[t[0] - 1:t[0]] == "<":
            got.append(t)  # a wire's ticker spelling a small word: "Noranda Inc <NOR> said", "<IT>", "<ALL>"
            continue
        if got and len(w) > 3 and w[-1] in ".!?" and w[:-1].isalpha() and w[:-1].islower():
            break  # a sentence's last word: '"...," a dealer said. Another added' (not "U.S.", "Mr.")
        if got and w.endswith(".") and w in us_states() and (i := toks.index(t)) >= 2 and toks[i - 1][2] == "," \
                and _is_cap(toks[i - 2][2]):
            break  # a town and its state's abbreviation end a sentence: "in Wenatchee, Wash. Asamera said"
        if lw in ("to", "for", "the") and len(got) >= 3 and all(_is_cap(g[2]) or g[2] == "the" for g in got) and (i := toks.index(t)) > 0 \
                and any(g[2].lower() in given_names() for g in got[:-1]) \
                and (lw != "the" and toks[i - 1][2] in _ENVOY_TITLES
                     or lw == "the" and i > 1 and toks[i - 1][2] in ("to", "for") and toks[i - 2][2] in _ENVOY_TITLES):
            got.append(t)  # "Ambassador to China Nicholas Burns said", "U.S. Ambassador to the United Nations Linda
            continue  # Thomas-Greenfield", "Special Envoy for Climate John Kerry": one title, then the name
        if w in ("The", "A", "An") and got and (i := toks.index(t)) > 0 and toks[i - 1][2].endswith(".") \
                and toks[i - 1][2] not in ("Mr.", "Mrs.", "Ms.", "Dr.", "St."):
            got.append(t)  # "... visited the U.S. The sources said": a sentence opens after the abbreviation
            break
        if lw in _REPORTING_EVIDENCE and w.islower() and got and (
                got[-1][2][:1].isdigit() or got[-1][2].lower() in _SHARE_OPENERS) \
                or w == "am" and (i := toks.index(t)) > 0 \
                and toks[i - 1][2] == "I":
            break  # "The poll showed 58 pct did not believe": the finding's verb ends the subject ("I am
            # hoping": the writer; not "Pan Am", "Welt am Sonntag")
        if lw == "from" and got and len(got) <= 4 and all(_is_cap(g[2]) for g in got) and (i := toks.index(t)) >= 2 \
                and _is_cap(toks[i - 1][2]) and toks[i - 2][2].lower() in given_names():
            got.append(t)  # "William Arndt from Dean Witter noted": the person from the firm (read as such below)
            continue
        if lw in ("that", "this") and w.islower() and len(got) == 1 and got[0][2].islower() and person_noun(got[0][2]) \
                and not got[0][2].endswith("s") and ((i := toks.index(t)) == 0 or toks[i - 1][2] in (",", ";", ":")):
            got.append(t)  # "..., at least initially, that official said": the one named before, after a comma
            continue
        if lw in ("that", "this", "these") and w.islower() and got and got[-1][2].islower() \
                and (i := toks.index(t)) > 1 and toks[i - 1][2] in PEOPLE_AT_PREPS:
            got.append(t)  # "Officials at that company said": a demonstrative after a preposition,
            continue  # no relative pronoun
        if lw in _NAMES_LIKE_WORDS and w[:1].isupper() and not got and t is toks[-1]:
            got.append(t)  # '"...," Will wrote.', '"...," May said': a surname, not a modal
            continue
        if not got and lw in _LINKING_VERBS and w.islower() and len(toks) > 1:
            continue  # "Top officials appear (deeply) worried that": the subject is before the verb
        if lw in ("to", "for") and got and _is_cap(got[-1][2]) and (i := toks.index(t)) > 0 \
                and toks[i - 1][2].lower() in _PEOPLE_OF_HEADS:
            got.append(t)  # "Aides to Clinton say": his aides
            continue
        if lw in ("in", "at") and got and (len(got) <= 2 and all(_is_cap(g[2]) for g in got) or len(got) <= 4
                                           and _is_cap(got[0][2]) and _is_cap(got[-1][2])
                                           and all(_is_cap(g[2]) or g[2] in _PLACE_PARTICLES for g in got)) \
                and got[-1][2].lower() not in given_names() \
                and (i := toks.index(t)) > 0 and (_is_cap(toks[i - 1][2]) or toks[i - 1][2] in ORG_WORDS
                                                  or toks[i - 1][2] in _SITE_NOUNS) \
                and not person_noun(toks[i - 1][2]) and toks[i - 1][2].lower() not in DETERMINERS \
                and not toks[i - 1][2].lower().endswith("ing"):  # (not "Speaking in Cardiff Kennedy said")
            got = []  # "Merrill Lynch in London said", "the Albanian embassy in London": not the city
            continue
        if lw in PEOPLE_AT_PREPS and got and len(got) <= 7 and (i := toks.index(t)) > 0 \
                and (person_noun(toks[i - 1][2]) or _people_participle(toks, i - 1) or _one_doer(toks, i - 1)
                     or lw in ("in", "across", "throughout") and _agent_plural(toks[i - 1][2])
                     or i >= 3 and _is_cap(toks[i - 1][2]) and toks[i - 2][2] == "of" and person_noun(toks[i - 3][2])) \
                and not any(g[2].lower() in _SUBJECT_PRONOUNS for g in got) \
                and not _ends_in_person_name(got[::-1]):
            got.append(t)  # "Voters in Iowa say", "Officials in the room said": people somewhere
            continue
        if lw == "and" and got and len(got) <= 5 and (i := toks.index(t)) > 0 \
                and (got[-1][2].lower() in PEOPLE_AT_PREPS and _people_somewhere_before(toks, i)
                     or all(_is_cap(g[2]) for g in got) and _is_cap(toks[i - 1][2])
                     and _people_somewhere_before(toks, i, _PLACE_PREPS)):
            got.append(t)  # "Political observers in Virginia and around the country say", "Voters in Iowa
            # and New Hampshire say": people of both places
            continue
        if w in _PEOPLE_PARTICIPLES and got and got[-1][2].lower() in PEOPLE_AT_PREPS \
                and _people_participle(toks, toks.index(t)):
            got.append(t)  # "Voters interviewed at rallies said", "Residents surveyed in the state said"
            continue
        if lw in ("over", "under") and len(got) == 1 and got[0][2].isdigit() and (i := toks.index(t)) > 0 \
                and (toks[i - 1][2].lower() in _AGED_HEADS or person_noun(toks[i - 1][2])):
            got.append(t)  # "Voters over 60 say", "Those under 30 said": people of an age
            continue
        if (lw == "for" or lw == "on" and got[-1:] and got[-1][2] not in _DAY_NAMES and got[-1][2].lower() not in _MONTHS) \
                and got and _is_cap(got[-1][2]) and (i := toks.index(t)) > 0 and _is_cap(toks[i - 1][2]) \
                and _body_head(toks[i - 1][2]) and got[-1][2].lower() not in given_names():
            got.append(t)  # "the Institute for Fiscal Studies said", "the Council on Foreign Relations said": one
            continue  # name (not "The Council on Monday said")
        if lw == "for" and got and _is_cap(got[-1][2]) and (i := toks.index(t)) > 1 \
                and toks[i - 1][2] == "State" and toks[i - 2][2] == "of":
            got.append(t)  # "Minister of State for Textiles R.N. Mirdha said": one title
            continue
        if lw == "for" and len(got) >= 3 and all(_is_cap(g[2]) for g in got) and (i := toks.index(t)) > 0 \
                and (toks[i - 1][2] in SEAT_TITLES or toks[i - 1][2] in ("Minister", "Secretary")) \
                and any(g[2].lower() in given_names() for g in got[:-1]):
            got.append(t)  # "Labour MP for Stroud Simon Opher said", "Minister for Europe Stephen Doughty": one title
            continue
        if lw in ("can", "may", "will", "today", "now") and t[2][:1].isupper() and (i := toks.index(t)) > 0 \
                and _is_cap(toks[i - 1][2]) and not toks[i - 1][2].endswith("."):
            got.append(t)  # "Continental Can said", "American Can", "USA Today", "Peace Now": a word inside a name
            continue
        if lw in ("in", "out") and len(got) >= 2 and got[-1][2].lower() in _SHARE_BASES and (i := toks.index(t)) > 0 \
                and toks[i - 1][2].lower().rstrip(",") in _SHARE_COUNTS:
            got.append(t)  # "Nine in 10 Democratic registered voters say": a share of the people named after it
            # (a share alone, "six in 10 said", is read as before)
            continue
        if lw in STOP_BACK and not (got and lw == "of" and (_is_cap(got[-1][2]) or _office_of(toks, toks.index(t)))):
            if lw == "and" and len(got) == 2 and got[-1][2].lower() in ("its", "their") and got[0][2].lower() in _OWN_PARTNERS \
                    and (i := toks.index(t)) > 0 and toks[i - 1][2].isalpha() and toks[i - 1][2].lower() not in STOP_BACK:
                got.append(t)  # "The U.S. specialty steel industry and its union said": the pair speaks
                continue
            if lw == "and" and _plural_pair(toks, t, got):
                got.append(t)  # "former soldiers and officers argued": one group
                continue
            if lw == "and" and got and got[-1][2].lower() in _PAIRED and _before_is_paired(toks, t):
                got.append(t)  # "current and former officials said"
                continue
            if lw == "and" and got and (got[-1][2].lower() in ("former", "onetime", "longtime")
                                        or _role_noun(got[0][2]) and _role_noun(toks[toks.index(t) - 1][2])) \
                    and _role_before_and(toks, toks.index(t)) and not any(g[2].lower() in ("the", "a", "an") for g in got):
                got.append(t)  # "The Democratic front-runner and former secretary of state said", "the
                continue  # independent Vermont senator and Democratic presidential candidate told": one person
            if lw == "and" and not pair and (_two_people(toks, toks.index(t), got)
                                             or _two_countries(m, toks, toks.index(t), got)
                                             or _two_nationalities(toks, toks.index(t), got)
                                             or _two_surnames(m, toks, toks.index(t), got)):
                got.append(t)  # "David Albright and Serena Kelleher-Vergantini wrote": both speak
                pair = True
                continue
            if lw in ("and", "&") and len(got) >= 2 and got[-1][2].lower() in portfolio_words() \
                    and (is_title_word(got[-2][2]) or len(got) >= 3 and got[-2][2].lower() in portfolio_words()
                         and is_title_word(got[-3][2])) and (i := toks.index(t)) > 0 \
                    and toks[i - 1][2][:1].isupper() and toks[i - 1][2].lower() in portfolio_words():
                got.append(t)  # "Research and Technology Minister Yusuf Habibie": one portfolio's title (or two
                continue  # words: "Health and Human Services Secretary Alex Azar")
            if lw in ("and", "&") and got and _is_cap(got[-1][2]) and _office_of_portfolios(toks, toks.index(t)):
                got.append(t)  # "Minister of Mines and Energy Subroto said": one office's title, then the name
                continue
            if lw in ("and", "&") and 1 <= len(got) <= 3 and (all(_is_cap(g[2]) for g in got) or len(got) >= 2 and (
                    person_noun(got[0][2]) or _role_noun(got[0][2])) and all(_is_cap(g[2]) for g in got[1:])) \
                    and (len(got) == 1 or not any(is_title_word(g[2]) or g[2].lower() in given_names() for g in got)) \
                    and _of_org_before(toks, toks.index(t)):
                got.append(t)  # "the Department of Trade and Industry said", "the Department of Health
                continue  # and Human Services": one name (and its person: "A Department for Work and Pensions
                # spokesperson said")
            if lw in ("and", "&") and 1 <= len(got) <= 3 and all(_is_cap(g[2]) for g in got) \
                    and got[0][2].lower() in ORG_WORDS and (i := toks.index(t)) > 0 \
                    and _is_cap(toks[i - 1][2]) and toks[i - 1][2].lower() in _AND_FIELDS:
                got.append(t)  # "the Securities and Exchange Commission", "Federal Savings and Loan
                continue  # Association": a field of business, "and", a body's name
            if lw in ("and", "&") and 2 <= len(got) <= 3 and all(_is_cap(g[2]) for g in got) \
                    and got[0][2].rstrip(".").lower() in ORG_WORDS and (i := toks.index(t)) > 0 \
                    and _and_adjectives(toks[i - 1][2], got[-1][2]):
                got.append(t)  # "the National Oceanic and Atmospheric Administration": two adjectives
                continue  # of one body's name
            if lw in ("and", "&") and (i := toks.index(t)) > 0 and _is_cap(toks[i - 1][2]) \
                    and _and_in_body_name(toks[:i + 1] + got[::-1], i + 1):
                got.append(t)  # one body's name: "the Ronald Reagan Presidential Foundation and Institute"
                continue
            if lw == "and" and _places_joined(toks, toks.index(t), got):
                places_and = t[0]
                got.append(t)  # "Labour's candidate in the Runcorn and Helsby by-election said", "The mayor of
                continue  # Stoke and Stafford said": two places of one role's phrase, not a second speaker
            if lw == "and" and _trade_and_trade(toks, toks.index(t), got):
                got.append(t)  # "The oil and gas company said", "The real estate development and investment firm
                continue  # said": two trades of one firm
            if lw == "and" and len(got) == 1 and len(got[0][2]) == 1 and got[0][2].isupper() \
                    and (i := toks.index(t)) > 0 and len(toks[i - 1][2]) == 1 and toks[i - 1][2].isupper():
                got.append(t)  # "S and P said": Standard and Poor's, one name
                continue
            if lw == "and" and got and (got[-1][2].rstrip(".") in _FIRM_PARTNERS or all(_is_cap(g[2]) for g in got)
                                        and got[0][2].rstrip(".").lower() in COMPANY_ENDS) \
                    and (i := toks.index(t)) > 0 and _is_cap(toks[i - 1][2]) \
                    and toks[i - 1][2].lower() not in GROUP_HEADS | _PLURAL_PEOPLE | COMPANY_ENDS:
                # (not "Workers and ...", nor "Lazard Freres and Co and Salomon Brothers Inc")
                got.append(t)  # "A.T. Brod and Co Inc", "Firestone Tire and Rubber Co": one firm's name
                continue
            break
        if lw in _CUE_NOUN_MODIFIERS and len(got) == 1 and got[0][2].islower() and got[0][2].endswith("s") \
                and person_noun(got[0][2]):
            got.append(t)  # "..., protest organisers said": the cue word a noun before people
            continue
        if lw in cues().words and not _is_cap(w) and not (rel_tok is not None and not got) \
                and not (lw in ("forecast", "forecasts") and (i := toks.index(t)) > 0
                         and (forecast_noun(lw, toks[i - 1][2]) or not got and t is toks[-1])) \
                and not (lw == "think" and got and got[0][2].lower() in ("tank", "tanks")) \
                and not (lw == "state" and got and (got[0][2].lower() in _STATE_NOUNS or got[-1][2].islower()
                                                    and person_noun(got[-1][2]) or (i := toks.index(t)) > 0
                                                    and toks[i - 1][2].lower() in ("the", "a", "its", "their"))) \
                and not (not got and t is toks[-1] and _CUE_VERB_NEXT.match(m, end)) and not (
                not got and t is toks[-1] and len(toks) > 1 and (toks[-2][2].lower() in _NOUN_DETERMINERS
                                                                  or toks[-2][2].lower() == "of"  # "secretary of state"
                                                                  or toks[-2][2].endswith(("'s", "\u2019s"))
                                                                  # "A White House-ordered report", "the published report"
                                                                  or toks[-2][2].endswith("ed") and (
                                                                      "-" in toks[-2][2] or len(toks) > 2
                                                                      and toks[-3][2].lower() in _NOUN_DETERMINERS)
                                                                  # "the congressional report said": an
                                                                  # adjective between
                                                                  or len(toks) > 2 and toks[-2][2].isalpha()
                                                                  and (toks[-2][2].islower() or toks[-2][2].isupper())
                                                                  and toks[-3][2].lower() in _NOUN_DETERMINERS
                                                                  or _modified_after_possessive(toks)
                                                                  # ("the USDA report said": an acronym's)
                                                                  # "officials in both states", "the three
                                                                  # early states": counted, a plural noun
                                                                  or lw.endswith("s") and any(
                                                                      x[2].lower() in _COUNTING or x[2].isdigit()
                                                                      for x in toks[-3:-1]))):
            break  # a verb; but the head of a relative pronoun's antecedent is a noun ("the report, which"),
            # and so is a cue word right after a determiner ('"...," the report stated.')
        got.append(t)
        if len(got) >= 10:
            break
    got.reverse()
    for j in range(1, min(len(got), 4)):
        if got[j - 1][2].isdigit() and m[got[j - 1][1]:got[j][0]].strip() in ("-", "--"):
            got = got[j:]  # "March 2 - Esselte Business Systems Inc said": the dateline's date is no part
            break
    for j in range(len(got) - 2, 0, -1):
        if got[j][2] in ("the", "a", "an") and _is_cap(got[j - 1][2]) and got[j + 1][2].islower() \
                and got[j - 1][2] not in _DAY_NAMES and got[j - 1][2].lower() not in _BEFORE_A_SHARE:
            got = got[j:]  # "In a letter to Treasury Secretary James Baker the group said": a name, no comma,
            # then the subject (not "Alexander the Great")
            break
    if len(got) >= 3 and got[0][2].lower() in ("a", "an", "the") and (
            j := next((n for n in range(1, len(got)) if not got[n][2].islower()), 0)) >= 2 \
            and got[j - 1][2] in _ZERO_RELATIVE_HEADS and all(_is_cap(t[2]) or t[2] in PARTICLES for t in got[j:]):
        got = got[j:]  # "in a way FBI Director James Comey described as ...", "the kind of deal Senator John
        # Smith called ...": a relative with no "that"; the name is its subject
    if len(got) > 1 and got[-1][2].lower() in _SUBJECT_PRONOUNS \
            and not (len(got[-1][2]) > 1 and got[-1][2].isupper() and m[got[-1][0] - 1:got[-1][0]] == "<"):
        got = got[-1:]  # "John Roe quashed rumours he would write": the pronoun is the subject (not a
        # wire's ticker: "Shearson Lehman Brothers Holdings Inc <SHE> said")
    # (not for a relative's antecedent: "Elizabeth Arnold, 32, a former staff member for the Sanders
    # campaign in Philadelphia who said" is hers, and the description alone would stand apart from her)
    got = _with_head(toks, got, rel_tok is None or (
        # but "who" wants a person: "a former staff member for the Sanders campaign in Philadelphia who said"
        # is the member, not the campaign
        rel_tok[2].lower() == "who" and bool(got) and got[-1][2].islower() and not person_noun(got[-1][2])))
    got = _portfolio_head(toks, got)
    n_got = len(got)
    got = _source_participle_head(toks, got)
    got = _person_at_involved_body(toks, got)
    asked_people = len(got) > n_got or len(got) > 1 and _source_participle_head(toks, got[1:]) == got  # (people, whatever
    # names its places hold: "Voters polled in Ohio")
    if rel_tok is not None and rel_tok[2].lower() == "who" and len(got) >= 4:
        # "with the help of Mr. Trump's adult children, who believed": the people, not the help
        j = next((n for n in range(1, len(got) - 1) if got[n][2] == "of"), 0)
        if j and got[j - 1][2].islower() and got[j - 1][2].isalpha() and not person_noun(got[j - 1][2]) \
                and got[j - 1][2].lower() not in _OF_PEOPLE_HEADS and got[0][2].lower() in DETERMINERS \
                and (person_noun(got[-1][2]) or _is_cap(got[-1][2]) or got[-1][2].lower() in _KIN_PLURALS):
            got = got[j + 1:]
    k = len(toks) - len(got)
    share = len(got) == 1 and k >= 2 and _NUMBER.fullmatch(got[0][2]) is not None \
        and toks[k - 1][2].lower() in ("in", "of") and _NUMBER.fullmatch(toks[k - 2][2]) is not None
    if share:  # "six in 10 said": a share of people, not "10"
        men = Mention(toks[k - 2][0], got[0][1], m[toks[k - 2][0]:got[0][1]], "group")
        if rel_tok is not None:
            men.rel_start, men.rel_end = rel_tok[0], rel_tok[1]
        return men
    # "a former tier-one operator who performed missions ... in Iraq tells me":
    # the scan stopped inside a relative clause; take the whole phrase
    after_relative = k > 0 and toks[k - 1][2].lower() in _CLAUSE_OPENING \
        and not (k >= 3 and toks[k - 1][2] == "as" and toks[k - 3][2] == "as" and toks[k - 2][2] in _AS_FAR_AS)
    # ("that he said", "when he yelled"; but "Fans who had traveled from as far as Australia said": a
    # measure, no clause)
    subject_found = after_relative and (  # "a rule change that he said", "an article that Carson said";
        len(got) == 1 and got[0][2].lower() in _SUBJECT_PRONOUNS or all(_is_cap(t[2]) for t in got)
        # "the ownership structure of banks that bankers said would ...", "a plan that the company said"
        or len(got) == 1 and got[0][2].islower() and (got[0][2].endswith("s") and not got[0][2].endswith("ss")
                                                      or got[0][2] in GROUP_HEADS | _PLURAL_PEOPLE)
        or 2 <= len(got) <= 4 and got[0][2].lower() in ("the", "its", "his", "her", "their")
        # "a result that its chief executive Jo Bloggs called": a title and a name after the determiner
        or 5 <= len(got) <= 7 and got[0][2].lower() in ("the", "its", "his", "her", "their")
        and _is_cap(got[-1][2]) and _is_cap(got[-2][2]) and got[-2][2].lower() in given_names()
        # "a poll found that 70 percent of voters said": a share of people opens the clause
        or len(got) >= 2 and _NUMBER.fullmatch(got[0][2]) is not None and _is_share_word(got[1][2])
        # "a strike that company executives said could ...", "the kind of job that many economists
        # say": people, the relative's own subject (not "who backed Democratic candidates said")
        or _people_phrase_tokens(got)
        # "an explosion that Mayor Bill de Blasio described": a titled name
        or len(got) >= 2 and _is_cap(got[0][2]) and _is_cap(got[-1][2])
        and all(_is_cap(t[2]) or t[2] in PARTICLES for t in got))
    # not "... who performed missions ... in Iraq tells me": a name after a preposition is its object
    rel = None if subject_found else _relative_np(toks, k)
    if rel is not None:
        got = rel
    elif got and got[0][2].lower() == "who" and got[0] in toks:
        got = _share_of_those(toks, toks.index(got[0])) + got  # "27 percent of those who named a candidate"
    if rel_tok is not None:
        for j in range(len(got) - 2, 0, -1):
            if got[j][2].islower() and got[j][2].endswith("ed") and got[j + 1][2].lower() in DETERMINERS:
                got = got[j + 1:]  # "Costa Rica joined the splinter group, which said": the group speaks
                break
    if len(got) > 2 and got[0][2].lower() in ("who", "whom", "which") and (
            got[1][2].lower() in DETERMINERS or _is_cap(got[1][2])):
        got = got[1:]  # "Shultz, who the report suggests were ...": the relative's own subject speaks
    elif len(got) > 3:
        j = next((j for j in range(len(got) - 2, 0, -1) if got[j][2] in ("who", "whom")), None)
        if j is not None and len(got) - j - 1 <= 3 and (got[j + 1][2].lower() in QUANTIFIER_SUBJECTS
                                                         or got[j + 1][2] in _OBJECT_RELATIVE_SUBJECTS):
            got = got[j + 1:]  # "the endorsement of a man who many believe is a traitor": many believe it
    # a lone leading "of" or lower-case filler left over
    while got and got[0][2].lower() in ("of", "and"):
        got = got[1:]
    k = len(toks) - len(got)
    if got and 0 < k < len(toks) and got[0] is toks[k] and len(got) <= 4 and got[0][2].islower() \
            and got[0][2] not in DETERMINERS and got[0][2] not in pronouns() and got[0][2] not in RELATIVE \
            and got[0][2] not in ("all", "both", "each", "others") and toks[k - 1][2] in _MODALS:
        # a verb phrase after its auxiliary: "Those who say prices should reflect production costs believe"
        # has no subject here; "would start Eriksson replied", "could dent Lycos claims": the name after
        # the verb's is the subject
        cap = next((n for n, t in enumerate(got) if _is_cap(t[2])), None)
        if cap is None:
            return None
        got = got[cap:]
    if len(got) >= 2 and k > 0 and toks[k - 1][2].lower() == "in" and (
            n := next((len(words) for words in _IN_ASIDES if [t[2] for t in got[:len(words)]] == words), 0)) \
            and n < len(got):
        got = got[n:]  # "But in any case Miller argued": an aside, no part of the subject
    if len(got) >= 3 and k > 0 and toks[k - 1][2].lower() == "as" and got[0][2] == "a" \
            and got[1][2] in ("result", "consequence"):
        got = got[2:]  # "..., and as a result Nostalgia Network said it expects ...": the same
    if len(got) == 1 and got[0][2].lower() in QUANTIFIER_SUBJECTS:
        return Mention(got[0][0], got[0][1], got[0][2], "group")  # "Some say ..."
    if len(got) >= 2 and got[-1][2] in QUANTIFIER_SUBJECTS and got[-2][2].isalpha() and got[-2][2].islower() \
            and got[-2][2] not in DETERMINERS and got[-2][2] not in _BEFORE_A_QUANTIFIER:
        return Mention(got[-1][0], got[-1][1], got[-1][2], "group")  # "It's a strategy some believe ...": some
    if len(got) == 1 and got[0][2].lower() in ("one", "another") and (
            len(toks) == 1 or toks[-2][2] in (";", ",", ":") or toks[-2][2].lower() in ("while", "and", "but", "whereas")
            or got[0][2] == "Another" and toks[-2][2].endswith((".", "!", "?"))):  # (a sentence of its own: "Another added")
        men = Mention(got[0][0], got[0][1], got[0][2], "description")  # "attorneys; one suggested ...",
        # "One says ..., while another says ..." (of people named before)
        if desc_span is not None:
            men.desc_start, men.desc_end = desc_span  # "Another, an Eritrean woman travelling with her children, told"
        return men
    if len(toks) >= 2 and toks[-2][2] in ("The", "the") and toks[-1][2] == "other" and (
            len(toks) == 2 or toks[-3][2] in (";", ",", ":") or toks[-3][2].lower() in ("while", "and", "but", "whereas")
            or toks[-3][2].endswith(".")):
        return Mention(toks[-2][0], toks[-1][1], m[toks[-2][0]:toks[-1][1]], "description")  # "One of the sources
        # said ... The other said ...": the second of two people named before
    if got and ([t[2].lower() for t in got] == ["both"] and (
                (k1 := len(toks) - 1) == 0 or toks[k1 - 1][2] in _PAIR_BREAKS or toks[k1 - 1][2].endswith("."))
                or len(got) == 2 and got[0][2].lower() in ("the", "these", "those") and got[1][2].lower() in PEOPLE_COUNTS
                and not (len(toks) > 2 and toks[-3][2] in _PREPOSITIONS_BEFORE_COUNT)):  # (not "The statement by the two")
        # "The three said they would appeal", "Both said": people named before, by their number (not "X and Y
        # have both said": the subject is before "both")
        return Mention(got[0][0], got[-1][1], m[got[0][0]:got[-1][1]], "group")
    if not got or all(t[2].lower() in DETERMINERS for t in got):
        return None
    # sentence-initial capital on an ordinary word ("But", "Now") is not a name
    while len(got) > 1 and got[0][2] in SENTENCE_OPENERS:
        opener, got = got[0][2], got[1:]
        if opener in ("Last", "Next", "In", "Since", "By") and len(got) > 1 and got[0][2].lower() in _MONTHS:
            got = got[1:]  # "Last March Hu said", "Last June Grewcock said": the month goes too
    got = _without_date_lead(toks, got)  # "On Wednesday Lord Woolf said", "Apr 7- The Bank of Canada said"
    got = _without_time_lead(got)  # "Earlier this week the company said": the company
    if len(got) >= 2 and got[-1][2].lower() in _INTENSIFIERS:
        got = got[:-1]  # "Trump himself posted": Trump
    k0 = toks.index(got[0]) if got[0] in toks else 0
    if got[0][2].lower() == "least" and k0 and toks[k0 - 1][2].lower() == "at":
        got = [toks[k0 - 1]] + got  # "at least one said"
    if len(got) == 1 and k0 and toks[k0 - 1][2].lower() == "those" and got[0][2].endswith("ed"):
        got = _share_of_those(toks, k0) + got  # "56 percent of those surveyed said": the share of those asked
    elif len(got) == 1 and _not_a_subject(toks, k0, got[0][2]):
        if k0 and toks[k0 - 1][2] == ",":
            return np_backward(m, toks[k0 - 1][0], lo)  # "Analysts, contacted on Sunday said": analysts
        return None  # "to recover alleged disbursements", "are large estimated": no subject here
    s, e = got[0][0], strip_trailing_period(m, got[0][0], got[-1][1])
    if pair and any(t[2] == "and" for t in got):
        # both names, and any description before them ("nuclear experts David Albright and ..."):
        # a group of two, not the nearer one alone
        k = next(n for n, t in enumerate(got) if t[2] == "and")
        first = _run_start(got, k, lambda w: _is_cap(w) or w.lower() in PARTICLES)
        if first == 0 and (j := _listed_names_before(m, lo, toks, k0)) < k0 and toks[j][0] >= lo:
            s = toks[j][0]  # "Reid Wiseman, Victor Glover, Christina Koch and Jeremy Hansen said": the whole list
            return Mention(s, e, m[s:e], "group", s, e)
        men = Mention(s, e, m[s:e], "group", got[first][0], e)
        if first > 0:
            men.desc_start, men.desc_end = s, got[first - 1][1]
        elif desc_span:
            men.desc_start, men.desc_end = desc_span  # "His lawyers, Robert Turkewitz and Brian Knowles, said"
        if rel_tok is not None:
            men.rel_start, men.rel_end = rel_tok[0], rel_tok[1]
        return men
    if rel_tok is None and k0 >= 3 and toks[k0 - 1][2] == "and" and _firm_named(m, got) \
            and _firm_end(toks[k0 - 2][2]) and _is_cap(toks[k0 - 3][2]):
        # two firms, each with its legal form, say it together ("Digital Equipment Corp and Systems
        # Industries Inc said"): the pair speaks (as two people named by "and" do), not the nearer one
        first = _run_start(toks, k0 - 1, _is_name_tok, the=False)
        if first < k0 - 2 and toks[first][0] >= lo and toks[first][2].rstrip(".").lower() not in COMPANY_ENDS \
                and not (first and toks[first - 1][2] in ("and", "&", ",")):  # (not "Kidder, Peabody and Co Inc and")
            fs = toks[first][0]
            return Mention(fs, e, m[fs:e], "group", fs, e)
    if rel_tok is None and len(got) >= 5 and (k := next((n for n, t in enumerate(got) if t[2] == "and"), 0)) >= 2 \
            and _firm_end(got[k - 1][2]) and _is_cap(got[k - 2][2]) and _firm_named(m, got[k + 1:]) \
            and got[k - 2][2].rstrip(".").lower() not in COMPANY_ENDS:
        return Mention(s, e, m[s:e], "group", s, e)  # "Chemical Bank and Manufacturers Hanover Trust Co said": read
        # as one name, two firms each ending in its own legal form or "Bank" (not "First National Bank and Trust Co")
    if rel_tok is None and k0 >= 2 and toks[k0 - 1][2] in ("and", "&") and is_known_firm(m[s:e]) \
            and (fs := known_firm_ending(m, toks[k0 - 2][1], toks[k0 - 2][2])) is not None and fs >= lo \
            and not (m[max(lo, fs - 6):fs].rstrip().endswith((" and", "&"))
                     or m[max(lo, fs - 6):fs].rstrip().endswith(",") and not _after_fronted_phrase(m, lo, fs)):
        return Mention(fs, e, m[fs:e], "group", fs, e)  # "Munich Re and Swiss Re said": two firms the list knows
        # (not the last two of a list, "Apple, Google and Microsoft"; but after a fronted phrase's comma, "In a
        # joint statement, Greenpeace and Friends of the Earth urged")
    if rel_tok is None and len(got) <= 3 and all(_is_cap(g[2]) and not is_title_word(g[2]) for g in got) \
            and (j := _listed_bodies_before(m, toks, k0)) is not None and toks[j][0] >= lo \
            and not (toks[j][2] == "the" and (len(got) >= 2 or _body_head(got[-1][2]))):  # (but one body's name:
        # "the New York Coffee, Sugar and Cocoa Exchange said")
        s = toks[j][0]  # "Microsoft, Amazon and Alphabet said", "Britain, France and Germany said": the list speaks
        return Mention(s, e, m[s:e], "group", s, e)  # as one group, not its last name
    men = classify(m, s, e, got)
    if men.kind == "name" and men.name_start is not None and men.name_start > places_and >= s:
        men = Mention(s, e, m[s:e], "description")  # the second place is no name of the speaker's
    if asked_people and men.kind != "pronoun":
        men = Mention(s, e, m[s:e], "group" if got[0][2].lower() not in ("a", "an", "one") else "description")
    if men.kind == "name" and men.name_start is not None and men.name_start > s and men.name_end is not None \
            and k0 > 0 and toks[k0 - 1][2].lower() in _LEAD_PREPS \
            and any(w.lower() in OCCASION_NOUNS for w in m[s:men.name_start].split()):
        # "In the Cosmopolitan interview Mr Howard said": the words before the name end a phrase
        # of place or occasion, no description of him
        men = Mention(men.name_start, men.name_end, m[men.name_start:men.name_end], "name", men.name_start, men.name_end)
    if men.kind == "name" and men.name_start is not None and men.name_start > s and got[0][2].lower() != "who" and any(
            (t[2].lower() == "who" or _charged_at(got, n))
            and any(u[2].islower() and u[0] < men.name_start for u in got[n + 1:])
            for n, t in enumerate(got)):
        # "Republicans who oppose the plan in Congress", "The woman accused of driving onto the Las Vegas
        # Strip": the head speaks, not the name in its clause
        men = Mention(s, e, men.text, "group" if got[0][2].lower().endswith("s") else "description")
    if men.kind == "description" and (any(t[2].lower() == "those" for t in got[:5])
                                      or len(got) > 2 and got[0][2].lower() in _PEOPLE_OF_HEADS | _PEOPLE_PLURALS):
        men.kind = "group"  # "27 percent of those who named a candidate", "those surveyed", "Officials
        # speaking on background": people
    if desc_span and men.kind != "pronoun":
        men.desc_start, men.desc_end = desc_span
    if rel_tok is not None:
        men.rel_start, men.rel_end = rel_tok[0], rel_tok[1]
    return men


# "A source familiar with the matter said", "An official speaking on condition of anonymity
# said": the scan stops at the preposition, but the speaker is the phrase's head
_PLACE_OF_PREPS = frozenset("of from in for at to".split())  # (a place after them: "... of Australia")
_SHARE_OPENERS = frozenset("a most many some nearly almost about around over more less only half two three four "
                           "five six seven eight nine ten".split())  # ("showed a majority of ...", "found nearly 90 pct")
_REPORTING_EVIDENCE = frozenset("showed shows found finds suggested suggests indicated indicates revealed "
                                "reveals".split())
_MODALS = frozenset("should would could might must can will may".split())  # (not "has had vocal critics")
# past tenses that are never participles: a finite verb, whatever stands before it
SIMPLE_PASTS = frozenset("came went took gave saw knew began ran grew fell rose wrote spoke drew broke chose drove ate "
                         "flew threw wore sang sank swam stole tore woke shook swore forgot".split())
# past forms that are participles too, read as verbs only before a quotation or "that"
_PASTS_AS_PARTICIPLES = frozenset("found made meant thought felt told said held kept left brought".split())
_QUOTATION_OR_THAT = re.compile(r"[ \t]+(?:" + MASK + r"|that[ \t])")
_AUXILIARIES = frozenset("is are was were will would has have had can could should may might must does did "
                          "won't can't didn't doesn't isn't wasn't".split())
# qualifiers paired with "and" inside a subject: "current and former officials"
_PAIRED = frozenset("current former past present active retired federal state local senior junior domestic "
                     "international foreign national regional".split())
_HEAD_LINKS = frozenset("for with to on of at from in".split())
_NOUN_DETERMINERS = frozenset("the a an this that his her its their our".split())
# a reporting verb right after the phrase: a cue word before it is the phrase's noun ("a food ministry
# report said", "press reports said"; two verbs do not follow each other)
_CUE_VERB_NEXT = re.compile(r"\s*(?:said|says|told|added|noted|stated|showed|shows|found|warned|wrote)\b")


def _modified_after_possessive(toks: list[tuple[int, int, str]]) -> bool:
    """Is the last token a noun after an owner and one or two adjectives ("the company's annual
    report", "the bank's latest monthly report")? (Not after a plural: "Jones's team members report".)"""
    for k in (3, 4):
        if len(toks) >= k and toks[-k][2].endswith(("'s", "\u2019s")) and all(
                t[2].isalpha() and t[2].islower() and not t[2].endswith("s") for t in toks[1 - k:-1]):
            return True
    return False
_PLACE_LINKS = frozenset("through near outside inside across around in on at from along".split())
# head nouns of a phrase that "state" modifies, not the verb: "the state department said", "state news media"
_STATE_NOUNS = frozenset("department departments officials official legislature legislators lawmakers police "
                         "media agency agencies government television radio newspaper prosecutors "
                         "authorities press broadcaster newspapers".split())
_BARE_LINKS = frozenset("for of with".split())  # "a spokesman for", "the head of"
_ABOUT_LINKS = frozenset("on into about".split())
_DOCUMENT_HEADS = frozenset(DOCUMENT_WORDS) | frozenset("reports studies surveys inquiry investigation probe audit".split())
HEAD_MODIFIERS = frozenset("familiar close speaking talking briefed knowledgeable loyal opposed "
                            "responding writing working appearing privy involved linked connected associated".split())
_TIE_MODIFIERS = frozenset(("linked", "connected", "associated"))  # (of HEAD_MODIFIERS, only after a word for people)
_HEAD_DETERMINERS = frozenset("a an another one two three four five six seven eight nine ten several some the multiple many "
                               "numerous various other both most all few".split())
# people named by whom they serve: "an aide to the senator", "an adviser to Mr. Trump"
_TO_HEADS = frozenset("aide aides adviser advisers advisor advisors assistant assistants counsel ambassador panel "
                      "ambassadors envoy envoys spokesman spokeswoman spokesperson successor heir liaison "
                      "consultant consultants delegation delegations delegate delegates representative "
                      "representatives negotiator negotiators emissary emissaries".split())
# people by who asked them: "analysts polled by Reuters", "economists surveyed by the Fed"
_AGENT_PARTICIPLES = frozenset("polled surveyed interviewed contacted quoted questioned consulted asked "
                               "cited".split())


def _people_doing_before(toks, name_start: int) -> int | None:
    """The index of a present participle right after a noun for people, before the name at
    ``name_start`` ("Doctors treating", "Astronomers using the"), if there is one."""
    for n in range(1, min(len(toks), 8)):
        if toks[n][0] >= name_start:
            return None
        w, prev = toks[n][2], toks[n - 1][2].lower()
        if w.islower() and len(w) >= 5 and w.endswith("ing") and (
                person_noun(prev) or prev in _PEOPLE_PLURALS or prev.endswith(("ers", "ists", "ians", "ors"))) \
                and n + 1 < len(toks) and (toks[n + 1][0] >= name_start or toks[n + 1][2][:1].isupper()
                                           or toks[n + 1][2] in _DETERMINED_OBJECT_OPENERS):
            return n  # (its object after it: not "chief operating officer Bud Baird", "the official planning agency CPB")
    return None


_DETERMINED_OBJECT_OPENERS = frozenset("the a an his her their its".split())
_BY_AGENT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_AGENT_PARTICIPLES)) + r")\s+by\s+(?:the\s+)?$")


# heads of "X of Y" offices written in lower case: "secretary of state", "chief of staff"
_OF_HEADS = frozenset("secretary minister head chief director chairman chairwoman member professor governor "
                      "mayor leader editor dean commissioner president".split())


def _office_of(toks: list, k: int) -> bool:
    """Is the "of" at ``k`` inside a lower-case office ("former secretary of state")?"""
    return k > 0 and toks[k - 1][2].lower() in _OF_HEADS


def _role_noun(word: str) -> bool:
    """Is this word (lower case, singular) a word for a role ("senator", "candidate", "chairman")?"""
    return word.islower() and (word in role_heads() or word in role_nouns() or word.endswith(("man", "woman"))
                               or len(word) > 5 and word.endswith(("er", "or", "ist")) and not word.endswith("s"))
    # (and a doer: "The feminist writer and broadcaster said")


def _role_before_and(toks: list, k: int) -> bool:
    """Is the phrase before "and" (at ``k``) a role under one determiner ("The Democratic
    presidential front-runner"), not a name ("Clinton and former President Bill Clinton")?"""
    j = k - 1
    while j >= 0 and toks[j][2] not in _BREAKS and toks[j][2].lower() not in ("the", "a", "an") and k - j < 6:
        j -= 1
    return j >= 0 and toks[j][2].lower() in ("the", "a", "an") and k - 1 > j and toks[k - 1][2].islower()


def _before_is_paired(toks: list, t) -> bool:
    k = toks.index(t)
    return k > 0 and toks[k - 1][2].lower() in _PAIRED


# endings of plural nouns for people: "protesters", "commentators", "economists", "Americans", "employees"
PEOPLE_PLURAL_ENDS = ("ers", "ors", "ists", "ents", "ants", "ans", "ians", "ees")


# parties' members in the plural, who speak as their party ("Democrats said", "the Tories")
PARTY_PLURALS = frozenset("tories democrats republicans conservatives liberals greens nationalists socialists "
                          "unionists dems nats".split())
# capitalised words before a plural for people that name no one: a party or a side ("Labour MPs", "Tory MPs",
# "Opposition MPs said"), or a sentence's first adjective ("Senior Tory MPs", "Backbench MPs")
_GROUP_MODIFIERS = _PARTY_WORDS | frozenset("Tories Opposition SNP Reform Government Senior Backbench Rebel Former Veteran "
                                            "Junior Some Many Most Several Other Few".split())  # (and a count opening
# the sentence: "Some parents said")
_PORTFOLIO_HOLDERS = frozenset("spokesman spokeswoman spokesperson minister secretary".split())


def _portfolio_head(toks: list, got: list) -> list:
    """``got`` with the post whose portfolio it opens: "Liberal Democrat spokeswoman for women Sandra
    Gidley said" is the spokeswoman's, named ("women Sandra Gidley" was the scan's)."""
    if len(got) < 3 or got[0] not in toks or not got[0][2].islower():
        return got
    k = toks.index(got[0])
    if k < 2 or toks[k - 1][2] != "for" or toks[k - 2][2].lower() not in _PORTFOLIO_HOLDERS:
        return got
    h = k - 2
    while h > 0 and k - h < 6 and (_is_cap(toks[h - 1][2]) or toks[h - 1][2].lower() in ("shadow", "junior", "chief")) \
            and toks[h - 1][2] not in SENTENCE_OPENERS:
        h -= 1
    if h > 0 and toks[h - 1][2].lower() in ("the", "a", "an", "its", "his", "her", "their"):
        h -= 1
    return toks[h:k] + got


_SOURCE_PLACE_LINKS = frozenset("at in on outside near across around from".split())


def _source_participle_head(toks: list, got: list) -> list:
    """``got`` with the people a participle of asking describes, when the scan stopped at the
    participle's place: "Numerous military veterans interviewed at Trump rallies in South
    Carolina said" is the veterans', not South Carolina's."""
    if not got or got[0] not in toks:
        return got
    k = toks.index(got[0])
    for p in range(len(toks) - 3, max(0, k - 10) - 1, -1):
        t = toks[p][2]
        if t in ",;:()\u2014\u2013" or t.startswith(MASK):
            return got
        if t.lower() in _AGENT_PARTICIPLES and toks[p + 1][2].lower() in _SOURCE_PLACE_LINKS:
            h = p
            while h > 0 and p - h < 5 and toks[h - 1][2].isalpha() and toks[h - 1][2].lower() not in STOP_BACK:
                h -= 1
                if toks[h][2].lower() in DETERMINERS:
                    break
            head = toks[p - 1][2].lower() if p else ""
            if h < p and head.isalpha() and (head.endswith(PEOPLE_PLURAL_ENDS) or person_noun(head) or (
                    head.endswith(("er", "or", "ist", "ian")) and toks[h][2].lower() in ("a", "an", "the", "one"))):
                return toks[h:k] + got if h < k else got
            return got
    return got


_INVOLVEMENT = frozenset("involved close familiar linked connected tied".split())
_INVOLVED_BODIES = frozenset("firm firms bank banks house houses company companies brokerage broker dealer fund".split())


def _person_at_involved_body(toks: list, got: list) -> list:
    """``got`` with the person of a body that a participle of involvement describes, when the scan stopped after
    the participle: "An official at a company involved in the deal said" is the official's, not the deal's."""
    if not got or got[0] not in toks:
        return got
    k = toks.index(got[0])
    if k < 5 or toks[k - 1][2].lower() not in ("in", "with", "to") or toks[k - 2][2].lower() not in _INVOLVEMENT:
        return got
    p = k - 3  # the body's head noun before the participle
    if toks[p][2] == "not":
        p -= 1  # ("a firm not involved in the deal")
    if not (toks[p][2].islower() and toks[p][2].isalpha() and (toks[p][2] in ORG_WORDS or toks[p][2] in _INVOLVED_BODIES)):
        return got
    h = p
    while h > 0 and p - h < 3 and toks[h - 1][2].isalpha() and toks[h - 1][2].islower() and toks[h - 1][2] not in STOP_BACK:
        h -= 1
        if toks[h][2] in DETERMINERS:
            break
    if h < 2 or toks[h - 1][2].lower() not in ("at", "of", "from", "with") or not person_noun(toks[h - 2][2]):
        return got
    s = h - 2
    while s > 0 and h - 2 - s < 2 and toks[s - 1][2].isalpha() and toks[s - 1][2].islower() \
            and toks[s - 1][2] not in STOP_BACK and toks[s - 1][2] not in DETERMINERS:
        s -= 1  # ("One syndicate official at a firm ...")
    if s > 0 and toks[s - 1][2].lower() in ("a", "an", "the", "one"):
        s -= 1
    return toks[s:k] + got


def _plural_head(toks: list, i: int) -> bool:
    """A bare plural noun opening the phrase: 'Protesters', 'demonstrators' (not 'Thomas')."""
    w = toks[i][2]
    return (i == 0 or toks[i - 1][2] in ",;:(\u2014\u2013" or toks[i - 1][2].lower() in ("the", "some", "many", "most"))\
        and w.isalpha() and w.lower().endswith(PEOPLE_PLURAL_ENDS) \
        and not w.isupper()


_QUANTIFIER_HEADS = ("majorities", "most", "many", "some", "few")  # ("few on either side of the debate think")
OPENING_PLURAL_HEADS = _PEOPLE_OF_HEADS | _PEOPLE_PLURALS | frozenset(_QUANTIFIER_HEADS)


def _opening_plural(toks: list, i: int, heads=_QUANTIFIER_HEADS) -> bool:
    """A bare plural head right at a clause's start ("but majorities in ...", "Partisans on ...")."""
    return (toks[i][2].lower() in heads or _plural_head(toks, i)) \
        and (i == 0 or toks[i - 1][2].lower() in ("and", "but", ",", ";", "while"))


def _with_head(toks: list, got: list, passed_over: bool = True) -> list:
    """``got`` with the head it belongs to: "a spokesman for" + "the ministry". With ``passed_over``,
    also when ``got`` does not end the tokens (a place after it was passed over: "a dealer for a
    German bank in London said")."""
    if not got:
        return got
    k = len(toks) - len(got)
    if toks[k] != got[0]:
        if not passed_over or got[0] not in toks:
            return got
        k = toks.index(got[0])
    j = k - 1
    if j < 1 or got[0][2].endswith("ing") and not _is_cap(got[0][2]):
        return got  # (a participle; but a name may end so: "a spokesman for Downing Street", "Ealing Council")
    w = toks[j - 1][2]
    if toks[j][2].lower() in _PLACE_LINKS and w.islower() and w.endswith("ing") and len(w) > 5 and j >= 2 \
            and _plural_head(toks, j - 2):
        return toks[j - 2 : k] + got  # "Protesters marching through the streets chanted"
    # (a document and what it is about: "a report on the industry said", "A report into the crash said"; not a name
    # after "on", mostly where it ran: "A report on Cable News Network said")
    about = toks[j][2].lower() in _ABOUT_LINKS and w.lower() in _DOCUMENT_HEADS \
        and not (toks[j][2].lower() == "on" and any(_is_cap(g[2]) for g in got))
    if toks[j][2].lower() not in _HEAD_LINKS and not about \
            and not (toks[j][2] == "by" and w.lower() in _AGENT_PARTICIPLES):
        return got
    link = toks[j][2].lower()
    j -= 1
    if w.lower() in HEAD_MODIFIERS or link == "by":
        j -= 1  # ("analysts polled by Reuters said": the analysts)
        if j >= 1 and toks[j][2].endswith("ly") and toks[j][2].islower() and w.lower() in HEAD_MODIFIERS:
            j -= 1  # (and its adverb: "banking sources closely linked with the transaction said")
        if w.lower() in _TIE_MODIFIERS and not (j >= 0 and person_noun(toks[j][2])):
            return got  # (people tied to something only: not "Pence's press release linked to the AP report", "The
            # warranties are connected with leases the company")
    elif link not in _BARE_LINKS and not about and not (link == "to" and w.lower() in _TO_HEADS) \
            and not (link in ("in", "at") and w.islower() and person_noun(w) and _is_cap(got[0][2])):
        # ("an aide to the senator"; "the U.S. agriculture counselor in Moscow said": where the person is)
        if _opening_plural(toks, j):
            return toks[j:k] + got  # "but majorities in all five say", "Protesters in the streets said"
        return got  # "a lecture from the Mexican president", "a poll in January"
    # the head: a short phrase opened by a determiner, with no stop word or punctuation in it
    for n in range(0, 4):
        i = j - n
        if i < 0:
            return got
        w = toks[i][2]
        if w in ",;:()[]\u2014\u2013-" or w == "--" or w.startswith(MASK) or (n and w.lower() in STOP_BACK):
            return got
        if (w.lower() in _HEAD_DETERMINERS or link in ("to", "for") and (
                w.lower() in _POSSESSIVE_DETS or w.endswith(("'s", "\u2019s")) and _is_cap(w))) \
                and (i == 0 or toks[i - 1][2].lower() not in _HEAD_LINKS):
            return toks[i:k] + got  # (or an owner: "His ambassador to Israel", "Britain's envoy to the talks")
        if n == 0 and _opening_plural(toks, i, OPENING_PLURAL_HEADS):
            return toks[i:k] + got  # "and people familiar with her thinking say", "majorities in all five say",
            # "Officials briefed on the talks said"
        if n == 0 and i >= 1 and toks[i][2].lower() in OPENING_PLURAL_HEADS \
                and (_is_cap(toks[i - 1][2]) or (link == "by" or not any(_is_cap(g[2]) for g in got))
                     and toks[i - 1][2].isalpha() and toks[i - 1][2].islower()
                     and toks[i - 1][2] not in STOP_BACK and toks[i - 1][2] not in ADVERBS) \
                and _opening_plural(toks, i - 1, (toks[i - 1][2].lower(),)):
            return toks[i - 1:k] + got  # "U.S. officials familiar with the probe said", "share analysts polled by
            # Reuters said" (a lower-case word before only with an agent, or with no name after the link: "banking
            # sources close to the talks said"; not "industry sources close to VW said", whose firm the phrase
            # reader takes for the name)
    return got


_NUMBER = re.compile(r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten", re.I)
_COUNTING = frozenset("both all many several some few two three four five six seven eight nine ten".split())


# what follows "in" as an aside before a subject: "In any case Miller argued", "In fact Smith said"
_IN_ASIDES = (["any", "case"], ["any", "event"], ["fact"], ["addition"], ["particular"], ["turn"], ["contrast"],
              ["response"], ["short"], ["general"], ["the", "meantime"], ["the", "end"], ["other", "words"])
# (by their last word, in the same order: the subject reader looks up only those)
_IN_ASIDES_BY_LAST = {last: [w for w in _IN_ASIDES if w[-1] == last]
                      for last in dict.fromkeys(w[-1] for w in _IN_ASIDES)}


def _people_plural(word: str) -> bool:
    """A plural noun for people: "executives", "economists", "insiders"."""
    w = word.lower()
    return w.endswith("s") and not w.endswith("ss") and (w in PEOPLE_AT_HEADS or person_noun(w))


def _subject_opening_word(word: str) -> bool:
    """Can a subject phrase of people open with ``word``: a determiner or a quantifier ("many",
    "several"), a capitalised modifier ("Border Patrol agents", "GOP insiders") or a body's word
    ("company executives", "government officials"), not a verb ("backed Democratic candidates")?"""
    return word.lower() in DETERMINERS or _is_cap(word) or word in ORG_WORDS or word in _SUBJECT_BODY_WORDS


def _people_phrase_tokens(got: list) -> bool:
    """Do the tokens name people: a plural noun for them, after a determiner or a modifier, and
    perhaps where they are or whose ("company executives", "many economists", "officials at that
    agency", "aides to the governor")?"""
    if not 2 <= len(got) <= 9 or not (_subject_opening_word(got[0][2]) or _people_plural(got[0][2])):
        return False
    head = next((j for j in range(min(len(got), 4)) if _people_plural(got[j][2])), None)
    if head is None:
        return False
    return head == len(got) - 1 or got[head + 1][2] in PEOPLE_AT_PREPS or got[head + 1][2] in ("for", "to")


def _own_subject(rest: list) -> bool:
    """Are the tokens after a relative pronoun its own subject, people or a full name ("that aides to
    the governor", "that Morris Goldstein of the International Monetary Fund"), with no verb among them?"""
    if _people_phrase_tokens(rest):
        return True
    n = 0
    while n < len(rest) and (_is_cap(rest[n][2]) or n and rest[n][2] in PARTICLES):
        n += 1
    if n < 2 or not _is_cap(rest[n - 1][2]):
        return False
    tail = rest[n:]  # (then where the person is from: "of the International Monetary Fund")
    return not tail or tail[0][2] in ("of", "at") and len(tail) >= 2 and _is_cap(tail[-1][2]) \
        and all(_is_cap(t[2]) or t[2] in ("of", "the", "and", "for") for t in tail[1:])


_SUBJECT_BODY_WORDS = frozenset("industry state city county federal local senior top party election intelligence "
                                "security defense defence administration airline oil".split())


def _is_share_word(word: str) -> bool:
    """A word after a number that makes it a share of people: "70 percent", "six in 10", "two-thirds of"."""
    return word.lower() in ("percent", "pct", "%", "in", "of", "per")
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# the day something came out, after its verb or participle: "on Thursday", "last week", "earlier this month", "today"
WHEN_OUT = r"(?:(?:on[ \t]+)?(?:" + DAYS + r")|(?:last|this|earlier[ \t]+this)[ \t]+(?:week|month|year)|yesterday|today)"
_PAPER_WORDS = frozenset("telegraph mirror herald express mail post times tribune independent sport people star "
                         "observer record sun business".split())  # "the Sunday Telegraph", "Monday Business"
_DAY_NAMES = frozenset(DAYS.split("|"))
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_TIME_LEADS = frozenset("on last this next late early later earlier".split())
_PERIODS = frozenset("day days week weeks month months year years decade decades".split())
_COUNTS = frozenset("a an one two three four five six seven eight nine ten several few".split())
# lower-case words in -ly that are nouns, not adverbs ("the family said")
LY_NOUNS = frozenset("family ally rally assembly anomaly monopoly daily weekly monthly quarterly bully "
                      "supply reply belly jelly lily fly".split())


_ABBREVIATED = frozenset("inc corp co ltd plc bros jr sr st mt ft no nos vs etc".split())


def _share_of_those(toks: list, k: int) -> list:
    """The tokens before ``toks[k]`` that name whom it describes: "those", and the share before
    it ("27 percent of those", "a majority of those"); [] when "those" does not precede."""
    if not k or toks[k - 1][2].lower() != "those":
        return []
    j = k - 1
    if j >= 2 and toks[j - 1][2].lower() == "of":
        i = j - 1
        while i > 0 and i > j - 5 and toks[i - 1][2].lower() not in STOP_BACK and toks[i - 1][2] not in ",;:" \
                and not toks[i - 1][2].startswith(MASK) and not (toks[i - 1][2].islower() and (
                    toks[i - 1][2].endswith("ed") or toks[i - 1][2] in ("ago", "found", "shows", "show"))):
            # (the share only: not "a survey three weeks ago showed 70 pct of those polled")
            i -= 1
        if i < j - 1:
            j = i
    return list(toks[j:k])


# nouns a relative clause with no "that" follows ("the way Comey described it", "a deal Smith called ...")
_ZERO_RELATIVE_HEADS = frozenset("way ways kind sort type deal plan plans thing things policy approach idea words "
                                 "term phrase proposal agreement move decision language comments remarks".split())


_DATE_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?-?")
_BEFORE_A_DATE = frozenset("on in last since by until early late mid earlier later next this".split())
_DATE_DASHES = frozenset("- \u2013 \u2014".split())
_DAY_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                              "fifteen sixteen seventeen eighteen nineteen twenty thirty".split())


def _without_date_lead(toks: list, got: list) -> list:
    """'Wednesday Lord Woolf' (from 'On Wednesday Lord Woolf said'), 'December BT' (from 'in December
    BT announced'), 'February 17 Baker', 'Apr 7- The Bank of Canada' (a wire dateline): the phrase
    without its date. A month with a day's number is always a date; a bare day or month only after a
    word of time ("on", "in", "last"), so that "June Page said" and "said Friday" keep their names;
    "the Mail on Sunday survey" keeps its paper's name."""
    if len(got) < 2 or not got[0][2][:1].isupper():
        return got
    w0 = got[0][2]
    month = w0.rstrip(".").lower() in _MONTHS
    if not month and w0 not in _DAY_NAMES:
        return got
    if month and _DATE_NUMBER.fullmatch(got[1][2]):
        j = 2
    else:
        k0 = next((i for i, t in enumerate(toks) if t is got[0]), 0)
        if not k0 or toks[k0 - 1][2].lower() not in _BEFORE_A_DATE \
                or k0 >= 2 and toks[k0 - 1][2] == "on" and toks[k0 - 2][2] in ("Mail", "Independent"):
            return got  # (a name: "June Page said", "Rick May said"; a paper: "the Mail on Sunday survey")
        j = 2 if month and got[1][2].lower() in _DAY_NUMBER_WORDS else 1  # ("On May four Newbery said")
    if j < len(got) and got[j][2] in _DATE_DASHES:
        j += 1
    if j == len(got) or got[j][2] in _TIME_NOUNS or not got[j][2].isalpha() or got[j][2].islower() and (
            got[j][2].endswith("ed") or got[j][2] in SIMPLE_PASTS):
        return got  # ("On Friday night exporters said": the time goes later; "A meeting on Monday saw MPs warn")
    return got[j:]


def _without_time_lead(got: list) -> list:
    """'week the company' (from 'Earlier this week the company'), 'noon the bank': the phrase
    from its determiner when only lower-case words stand before it, no preposition among them
    (and "week China", from "Earlier this week China said": the name)."""
    if len(got) >= 2 and got[0][2] in _TIME_NOUNS and got[1][2][:1].isupper():
        return got[1:]
    if len(got) >= 3 and got[0][2] in _DAY_NAMES and got[1][2] in _TIME_NOUNS and got[2][2].islower():
        return got[2:]  # "On Friday night exporters said": the exporters
    if len(got) >= 4 and (got[0][2].lower() in _COUNTS or got[0][2].isdigit()) and got[1][2].lower() in _PERIODS \
            and got[2][2] in ("later", "earlier", "ago"):
        return got[3:]  # "Two days later the company said", "A week earlier Mr Smith said"
    for j in range(1, min(len(got), 3)):
        if got[j][2] in ("the", "a", "an") or got[j][2] in ("many", "most", "several") and j == 1 \
                and got[0][2].endswith("ed"):  # "but accepted many experts said": many experts
            lead = [t[2] for t in got[:j]]
            if all(w.islower() and w not in STOP_BACK and w not in _KEEP_BEFORE_DET for w in lead) \
                    or j == 2 and lead[0].lower().rstrip(".") in _MONTHS and lead[1].isdigit() \
                    or j == 1 and (lead[0].lower().rstrip(".") in _MONTHS or lead[0] in _DAY_NAMES
                                   or len(lead[0]) == 4 and lead[0].isdigit()):
                return got[j:]  # (and "On February 2 the company said", "In March the company", "In 1986 the")
            break
    return got


# "all the experts", "half the members", "analysts who follow the industry": one phrase
_KEEP_BEFORE_DET = frozenset("of all both half who which".split())


_EN_PARTICIPLES = frozenset("taken given seen shown known written spoken chosen driven broken begun "
                            "forgotten hidden fallen risen beaten stolen frozen proven sworn".split())


_BARE_OBJECT_PREPS = frozenset("by without with within on in at from for into over under against via".split())
_INDEFINITE_PERSONS = frozenset("someone somebody anyone anybody everyone everybody no-one nobody".split())


def _not_a_subject(toks: list, k: int, w: str) -> bool:
    """A lone lower-case word (``toks[k]``) that cannot be a subject: a participle ("contacted",
    "polled"), an infinitive ("to recover"), an adjective or time word ("large", "afternoon")."""
    if not w.islower() or w in _SUBJECT_PRONOUNS or w in QUANTIFIER_SUBJECTS or w in GROUP_HEADS \
            or w in ("heard", "seen"):  # "a reporter can be heard asking": the phrase before
        return False
    prev = toks[k - 1][2].lower() if k else ""
    if prev in _BARE_OBJECT_PREPS and not w.endswith("s") and w not in _INDEFINITE_PERSONS:
        return True  # "polled by telephone believed", "held without trial told": a preposition's object
    return (prev == "to" or w.endswith("ed") or w in _EN_PARTICIPLES or w in _DAY_PARTS or w in _PERIODS
            or (prev in ("are", "is", "were", "was", "be") and not w.endswith("s")))


# contractions of an impersonal subject before a cue: "It's predicted that ...", "That's said to be ..."
_IMPERSONAL_CONTRACTIONS = frozenset("it's that's there's what's here's".split())
# adverbs that are surnames too: "..., Long said."
_SURNAME_ADVERBS = frozenset("long still early even first last live".split())


def _drop_circumstances(toks: list) -> None:
    """Pop adverbs, auxiliaries and time phrases that stand between a subject and its
    cue: "he later said", "Trump on Friday described", "less than two weeks ago said",
    "have in the past said", "Clinton, exasperated, famously responded"."""
    while toks:
        w = toks[-1][2]
        lw = w.lower()
        if lw in _NAMES_LIKE_WORDS and w[:1].isupper():
            return  # "Will wrote": George Will, not the auxiliary
        if w[:1].isupper() and w[1:].islower() and lw in _SURNAME_ADVERBS and (len(toks) == 1 or toks[-2][2] == ","):
            return  # "..., Long said.": a surname after the report's comma, not the adverb
        if lw in ("later", "earlier") and w.islower() and len(toks) > 3 and toks[-2][2].lower() in _PERIODS and (
                toks[-3][2].lower() in _COUNTS or toks[-3][2].isdigit()):
            del toks[-3:]  # "When Fiorina a month later announced", "Trump two days earlier said"
        elif lw in ADVERBS or (w.islower() and len(w) > 4 and w.endswith("ly") and w not in LY_NOUNS):
            toks.pop()
        elif lw in _DAY_PARTS and len(toks) > 1 and (toks[-2][2] in _DAY_NAMES or toks[-2][2].lower() in (
                "this", "yesterday", "tomorrow", "late", "early", "last")):
            toks.pop()  # "Monday morning" (the day goes next), "this afternoon", "last night"
            if toks[-1][2].lower() in ("this", "yesterday", "tomorrow", "late", "early", "last"):
                toks.pop()
                if toks and toks[-1][2].lower() in ("late", "early"):
                    toks.pop()  # "late last night"
        elif lw == "far" and len(toks) > 1 and toks[-2][2].lower() in ("so", "thus"):
            del toks[-2:]  # "The system itself has so far predicted"
        elif w.islower() and (n := next((len(words) for words in _IN_ASIDES_BY_LAST.get(w, ())
                                         if len(toks) > len(words) + 1
                                         and toks[-len(words) - 1][2].lower() == "in"
                                         and [t[2] for t in toks[-len(words):]] == words), 0)):
            del toks[-n - 1:]  # "Voters in fact said", "The company in turn said"
        elif lw in ("yesterday", "today", "tonight", "tomorrow") and w.islower() and len(toks) > 1:
            toks.pop()  # "Donald Trump yesterday insisted"
        elif w in _DAY_NAMES or (lw in _PERIODS and len(toks) > 1 and toks[-2][2].lower() in _TIME_LEADS):
            j = len(toks) - 1
            while j > 0 and toks[j - 1][2].lower() in _TIME_LEADS:
                j -= 1
            if _relative_verb_before(toks, j):
                return  # "A former engineer who left last year said": when the relative clause's verb happened
            del toks[j:]
        elif lw == "ago" and len(toks) > 2 and toks[-2][2].lower() in _PERIODS and (
                toks[-3][2].lower() in _COUNTS or toks[-3][2].isdigit()):
            del toks[-3:]
            if len(toks) > 1 and toks[-1][2].lower() == "than" and toks[-2][2].lower() in ("less", "more"):
                del toks[-2:]
        elif lw in ("past", "time") and len(toks) > 2 and (toks[-3][2].lower(), toks[-2][2].lower()) in (
                ("in", "the"), ("at", "the")):
            del toks[-3:]
        elif lw == "time" and len(toks) > 4 and [t[2].lower() for t in toks[-4:-1]] == ["at", "the", "same"]:
            del toks[-4:]  # "a company statement issued at the same time said"
        elif lw == "long" and len(toks) > 1 and toks[-2][2].lower() in ("has", "have", "had"):
            toks.pop()  # "Mr. Ryan has long said"
        elif lw in _FLOATING_QUANTIFIERS and w.islower() and len(toks) > 1 and toks[-2][2][:1].isalpha() \
                and toks[-2][2].lower() not in _BEFORE_QUANTIFIED and toks[-2][2].lower() not in OPENERS:
            toks.pop()  # "Microsoft, Amazon and Alphabet have all said", "The two unions both said": the subject's
            # quantifier, no subject (not "of them all said", "But both said": "all", "both" are the subject there)
        elif lw in _PERIODS and w.islower() and (j := _span_of_period(toks)) is not None:
            del toks[j:]  # "speeches made by Ofcom in recent months hinted", "officials over the past two weeks said"
        elif w.isalpha() and w.islower() and (j := next((j for j in range(len(toks) - 2, max(1, len(toks) - 5), -1)
                                                         if toks[j][2] in ("after", "before")
                                                         and toks[j - 1][2] in _REPORT_PARTICIPLES), 0)) \
                and all(t[2].islower() and t[2].replace("'", "").replace("\u2019", "").replace("-", "").isalpha()
                        for t in toks[j + 1:]):
            del toks[j:]  # "A USDA report released after trading said", "released after the market's close"
        elif lw in ("particular", "general", "private", "public", "part") and len(toks) > 1 \
                and toks[-2][2].lower() == "in":
            del toks[-2:]  # "critics have in particular noted", "he has in private said"
        elif lw in ("here", "there") and w.islower() and len(toks) > 1 and (
                person_noun(toks[-2][2]) or toks[-2][2].lower().endswith(PEOPLE_PLURAL_ENDS)
                or toks[-2][2].isalpha() and toks[-2][2].islower() and _person_then_phrase(toks[-10:-1])):
            toks.pop()  # "..., traders here said", "officials there said": where they are (and after the person's
            # phrase: "a company official attending the meeting here said", "an official at the embassy here said";
            # but not "talks here confirmed ...", "who came here said")
        elif not _drop_occasion(toks):
            return


_PERSON_PHRASE_LINKS = frozenset(("at", "in", "of", "from", "with", "attending", "visiting", "representing"))


def _person_then_phrase(toks: list) -> bool:
    """Do these tokens hold a person's noun, then a preposition or a participle opening a phrase of words to their end
    ("official attending the meeting", "official at the embassy", "official attending the National Petroleum Refiners
    Association meeting")?"""
    for j in range(len(toks) - 2, 0, -1):
        if toks[j][2] in _PERSON_PHRASE_LINKS:
            head = toks[j - 1][2]
            return person_noun(head) or head.lower().endswith(PEOPLE_PLURAL_ENDS)
        if not toks[j][2].isalpha():
            return False
    return False


# who speaks together with a body as "X and its Y": "the industry and its union", "the company and its parent"
_OWN_PARTNERS = frozenset("union unions parent subsidiary unit partner partners workers employees members shareholders "
                          "affiliates lenders creditors bankers advisers".split())
_FLOATING_QUANTIFIERS = frozenset(("all", "both", "each"))
_ONE_OF = frozenset(("a", "an", "one", "another", "each", "either", "neither"))
_BEFORE_QUANTIFIED = frozenset(("of", "for", "and", "or", "at", "in", "to", "by", "with", "from", "once", "after", "above"))
_RELATIVE_WHO = frozenset(("who", "whom"))
# the subject pronouns of a relative clause whose "who" is its object ("a man whom they believe was ...")
_OBJECT_RELATIVE_SUBJECTS = frozenset("he she they we I".split())


def _relative_verb_before(toks: list, j: int) -> bool:
    """Do the tokens before ``toks[j]`` end in a relative clause's verb ("who left", "who moved in"),
    which a time phrase at ``j`` tells the time of?"""
    for n in (2, 3):
        if j >= n + 1 and toks[j - n][2].lower() in _RELATIVE_WHO \
                and all(t[2].islower() and t[2].isalpha() for t in toks[j - n + 1 : j]):
            return True
    return False


_PERIOD_WORDS = frozenset("the past last recent coming previous few several couple of a two three four five six seven "
                          "eight nine ten".split())


def _span_of_period(toks: list) -> int | None:
    """Where a span of time ending the tokens starts ("in recent months", "over the past two weeks"), after
    something it may follow; None when the tokens end in no such span."""
    j = len(toks) - 1
    while j > 0 and len(toks) - j <= 5 and toks[j - 1][2].lower() in _PERIOD_WORDS:
        j -= 1
    if j < len(toks) - 1 and j >= 2 and toks[j - 1][2].lower() in ("in", "over", "during") \
            and toks[j][2].lower() != "of":
        return j - 1
    return None


# where or how words were said, between a subject and its cue: "The company in a statement
# said", "Smith at a news conference said", "Smith in an interview with CNN said"
_OCCASION_PREPS = frozenset("in at during on via through".split())
_MEDIA_NOUNS = frozenset(
    "statement statements interview interviews letter email e-mail speech post tweet tweets filing release "
    "radio television tv twitter facebook blog op-ed column memo call appearance broadcast address remarks "
    "testimony podcast video message editorial report".split())
_GATHERING_NOUNS = frozenset("conference briefing hearing rally meeting event debate session forum summit".split())
OCCASION_NOUNS = _MEDIA_NOUNS | _GATHERING_NOUNS
_OCCASION_LINKS = frozenset("with to on for from by".split())
_LEAD_PREPS = _OCCASION_PREPS | {"after", "before", "from"}  # "In the Cosmopolitan interview Mr Howard said"
_OCCASION_STOPS = frozenset((",", "(", ")", ";", ":", "\u2014", "--"))


def _drop_occasion(toks: list) -> bool:
    """Pop a phrase of occasion ending the tokens ("in a statement", "at a news conference",
    "in an interview with CNN"); True when one was popped."""
    n = len(toks)
    for k in range(n - 2, max(0, n - 12), -1):  # (k > 0: a subject must stand before it)
        w = toks[k][2]
        if w in _OCCASION_PREPS:
            break
        if w in _OCCASION_STOPS:
            return False
    else:
        return False
    # the nearest preposition opens the phrase
    noun = None
    for j in range(k + 1, min(n, k + 6)):
        if toks[j][2].lower() in OCCASION_NOUNS:
            noun = j
        elif noun is not None:
            break
    if noun is None:
        return False
    rest = toks[noun + 1:]
    if rest and not (rest[0][2].lower() in _OCCASION_LINKS and 1 < len(rest) <= 6
                     and not any(t[2] in (",", "(", ")", ";", ":") or t[2].lower() in _SUBJECT_PRONOUNS
                                 or t[2].islower() and t[2].endswith(("ing", "ed")) for t in rest)):
        # (not "in an interview with RT he blasted": fronted; not "on a report from Jakarta saying")
        return False
    before = toks[k - 1][2]
    low = before.lower()
    plain = low not in ADVERBS and low not in OPENERS
    if not (plain and before[:1].isupper() or low in ORG_WORDS
            or plain and before.isalpha() and before.islower() and toks[noun][2].lower() in _MEDIA_NOUNS):
        return False  # a subject ends before it: a name or an organisation; a description keeps a
        # gathering ("a source at the meeting") but not a medium ("a spokesman in a statement")
    del toks[k:]
    return True


OPENERS = frozenset("meanwhile however also but and then later earlier still yet so now".split())


_FIRM_WORDS = frozenset("properties capital partners holdings federal financial".split())  # "Montrose Capital"


def _two_surnames(m: str, toks, i: int, got) -> bool:
    """Does "and" at ``toks[i]`` join two surnames the text gave before in full, each after a given name
    ("George Shultz ... Caspar Weinberger ... Shultz and Weinberger have said")? Both speak; a pair the text never
    named in full ("Duff and Phelps") is left as it was."""
    if len(got) != 1 or i < 1 or not _SURNAME_WORD.fullmatch(got[0][2]) or not _SURNAME_WORD.fullmatch(toks[i - 1][2]) \
            or i >= 2 and (_is_cap(toks[i - 2][2]) or toks[i - 2][2] in ("of", "&", "and")):
        return False
    return all(any(g.group(1).lower() in given_names() for g in _full_name_of(w).finditer(m, 0, toks[i - 1][0]))
               for w in (toks[i - 1][2], got[0][2]))


_SURNAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _full_name_of(surname: str) -> re.Pattern:
    """A given name, perhaps an initial, then ``surname``."""
    return re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?" + re.escape(surname) + r"\b")


def _two_people(toks, i: int, got) -> bool:
    """Does "and" at ``toks[i]`` join two people's full names ("David Albright and Serena
    Kelleher-Vergantini")? Two or three capitalised words each, one of them led by a known given
    name; not single surnames ("Clinton and Sanders": :func:`_two_surnames` reads those the text named in full),
    acronyms, nor bodies ("Texas Air Corp and
    Eastern Airlines"); the second may be of a body both belong to ("David Albright and Serena
    Kelleher-Vergantini of the Institute for Science")."""
    if (of := next((k for k in range(len(got) - 1, 0, -1) if got[k - 1][2] in ("of", "at") and len(got) - k <= 3), None)) \
            is not None and len(got) - of >= 2 and any(_is_cap(g[2]) for g in got[:of - 1]):
        got = got[of:]  # (got runs backwards: its last words are the name's, before "of")
    if len(got) >= 3 and is_title_word(got[-1][2]):
        got = got[:-1]  # "Dr Robert Laurenson and Dr Vivek Trivedi": the second name's title (got runs backwards)
    if not 2 <= len(got) <= 3 or not all(_is_cap(g[2]) and (g[2][1:2].islower() or _INITIAL.fullmatch(g[2]))
                                         for g in got) or _INITIAL.fullmatch(got[0][2]):
        return False  # (initials inside a name: "Stephen S. Cohen and J. Bradford DeLong"; no name ends on one)
    if len(got) == 2 and i >= 1 and toks[i - 1][2].lower() in given_names() and got[-1][2].lower() in given_names() \
            and toks[i - 1][2][1:2].islower() and (i == 1 or not _is_cap(toks[i - 2][2])):
        return True  # "Ana and Luis Rivera said": a couple, their given names joined, one surname
    for n in (2, 3):
        if i - n < 0:
            continue
        before = toks[i - n:i]
        if all(_is_cap(b[2]) and (b[2][1:2].islower() or _INITIAL.fullmatch(b[2])) for b in before) \
                and not _INITIAL.fullmatch(before[-1][2]) \
                and (before[0][2].lower() in given_names() or got[-1][2].lower() in given_names()) \
                and not any(b[2].rstrip(".").lower() in ORG_WORDS | COMPANY_ENDS | _FIRM_HEADS | _FIRM_WORDS
                            for b in before + list(got)) \
                and (i - n == 0 or not _is_cap(toks[i - n - 1][2])
                     or is_title_word(toks[i - n - 1][2]) and (i - n - 1 == 0 or not _is_cap(toks[i - n - 2][2]))):
            return True  # (a title before the first name too: "Dr Robert Laurenson and ...")
    return False


def _two_countries(m: str, toks, i: int, got) -> bool:
    """Does "and" at ``toks[i]`` join two countries that speak together ("France and Germany said", "The
    United States and China said")? Each named in full, the first opening the phrase (not "Exports to
    Britain and France": what the second country is the object of)."""
    if not 1 <= len(got) <= 3 or " ".join(g[2] for g in reversed(got)).lower() not in countries():
        return False
    for n in (1, 2, 3):
        if i - n >= 0 and " ".join(b[2] for b in toks[i - n:i]).lower() in countries():
            j = i - n - (1 if i - n > 0 and toks[i - n - 1][2].lower() == "the" else 0)
            before = m[max(0, toks[j][0] - 40):toks[j][0]].rstrip()
            if before.endswith(",") and (w := before[:-1].rsplit(None, 1)[-1:]) \
                    and w[0].lower() in countries() | {"states", "kingdom"}:
                return False  # ("the United States, Japan, ..., Britain and Canada agreed": a longer list)
            return j == 0 or toks[j - 1][2] in _PAIR_BREAKS or toks[j - 1][2].startswith(MASK)
    return False


_NATION_ABBREVIATIONS = frozenset("U.S. US U.K. UK EC EU".split())


def _two_nationalities(toks, i: int, got) -> bool:
    """Does "and" at ``toks[i]`` join two nationalities of one plural for people that opens the phrase ("U.S. and
    Japanese officials said", "British and French diplomats said")? Both speak."""
    if len(got) != 2 or got[-1][2] not in nationalities() or not person_noun(got[0][2]) or not got[0][2].endswith("s") \
            or i < 1 or not (toks[i - 1][2] in nationalities() or toks[i - 1][2] in _NATION_ABBREVIATIONS):
        return False
    return i == 1 or toks[i - 2][2] in _PAIR_BREAKS or toks[i - 2][2].startswith(MASK)


def _places_joined(toks, i: int, got) -> bool:
    """Does "and" at ``toks[i]`` join two places after a role's preposition ("the mayor of Stoke and Stafford",
    "candidate in the Runcorn and Helsby by-election", "the MP for Bath and Wells")? One capitalised word on
    each side, no given name and no title, then at most two lower-case words (what of the places it is);
    a lower-case word before the preposition."""
    if not 1 <= len(got) <= 3 or i < 3:
        return False
    after = [g[2] for g in reversed(got)]
    if not _is_cap(after[0]) or after[0].lower() in given_names() or is_title_word(after[0]) \
            or not all(w.islower() and w.isalpha() or "-" in w and w.replace("-", "").isalpha() and w.islower()
                       for w in after[1:]):
        return False
    first = toks[i - 1][2]
    if not _is_cap(first) or first.lower() in given_names() or is_title_word(first) or first.lower() in ORG_WORDS:
        return False
    j = i - 2 - (toks[i - 2][2].lower() == "the")
    head = toks[j - 1][2] if j >= 1 else ""
    return toks[j][2] in ("of", "in", "for") and (head.islower() and (_role_noun(head) or person_noun(head))
                                                  or head in _MEMBER_TITLES or is_title_word(head))


_PAIR_BREAKS = frozenset(". , ; : But And Both".split())
_PAIR_TIME_NOUNS = frozenset("day days week weeks month months year years decade decades time times".split())


def _plural_pair(toks, and_tok, got) -> bool:
    """'soldiers and officers': two lower-case plural nouns joined by 'and' (and 'analysts and
    industry sources', 'Congressional and financial sources', 'crop and weather experts': a
    plural of people with a modifier, joined to a noun or an adjective before it). ``got`` holds
    the phrase's words scanned so far, last word first."""
    i = toks.index(and_tok)
    if len(got) == 2 and got[0][2] in GROUP_HEADS and got[1][2].islower() and got[1][2].isalpha() \
            and got[1][2] not in STOP_BACK and got[1][2] not in DETERMINERS and got[1][2] not in cues().words and i:
        w = toks[i - 1][2]
        lw = w.lower()
        if not w.isalpha() or lw in STOP_BACK or lw in cues().words or lw in DETERMINERS or lw in _PAIR_TIME_NOUNS \
                or i >= 2 and toks[i - 2][2].lower() in ("both", "either", "between"):
            return False  # (not "this week and industry analysts", "into account both Democrats and ...")
        opens = i == 1 or toks[i - 2][2] in ",;:(\u2014\u2013" or toks[i - 2][2].lower() in DETERMINERS
        # people ("analysts and industry sources"), an adjective ("Congressional and financial"),
        # or a modifier opening the phrase ("crop and weather experts"; not "this week and ...")
        return lw in GROUP_HEADS or w.islower() and person_noun(w) and lw.endswith("s") \
            or w.endswith(("al", "ian", "ic")) or w.islower() and opens
    if len(got) != 1 and not (len(got) >= 3 and person_noun(got[-1][2]) and i and person_noun(toks[i - 1][2]) and (
            got[-2][2] in PEOPLE_AT_PREPS or got[-2][2] in _PEOPLE_PARTICIPLES or got[-2][2] in HEAD_MODIFIERS)):
        return False  # (but "traders and bankers in Singapore": people of a phrase, after a pair of people)
    before, after = (toks[i - 1][2] if i else ""), got[-1][2]
    return all(w.islower() and w.endswith("s") and not w.endswith("ss") and len(w) > 3
               and w not in STOP_BACK and w not in cues().words for w in (before, after))


def _drop_parens(toks):
    """Tokens less short parenthesised asides: "Jim Jordan (R-Ohio), an oversight panel member,"."""
    if not any(t[2] == "(" for t in toks):
        return toks
    out, k = [], 0
    while k < len(toks):
        if toks[k][2] == "(":
            j = k + 1
            while j < len(toks) and j - k <= 8 and toks[j][2] not in "()":
                j += 1
            if j < len(toks) and toks[j][2] == ")":
                k = j + 1
                continue
        out.append(toks[k])
        k += 1
    return out


_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
CONTRACTED_PRONOUN = re.compile(r"((?i:he|she|they|we|you|i))['\u2019](?:s|d|ve|ll|re)")
_NAMES_LIKE_WORDS = frozenset(("will", "may", "from"))  # George Will, Theresa May, Al From
_CLAUSE_OPENING = RELATIVE | frozenset("when as after before while because if since until once".split())
_AS_FAR_AS = frozenset("far early late recently long much many high low".split())  # "as far as", "as early as"
_LINKS_BEFORE_SUBJECT = (_CLAUSE_OPENING - RELATIVE) | {"though", "although"}  # ("The row began when X, NAME, said")
SENTENCE_OPENERS = frozenset(
    "But And So Yet Still Now Then Also However Meanwhile Instead Indeed Later Earlier Previously "
    "Separately Asked When While As After Before Because If Although Though Moreover Further "
    "Furthermore Finally Today Yesterday Last Next On In At For With By From Speaking Writing Despite Besides "
    "Under Unlike".split()
)


def _title_then_name(toks):
    """'former Vermont governor Howard Dean (D)': lower-case title words, then a name run."""
    got = []
    for idx, t in enumerate(toks[:8]):
        w = t[2]
        if w == "and" and got and not any(x[2][:1].isupper() for x in got):
            got.append(t)  # "lobbyist and GOP strategist Charlie Black"
            continue
        if w in _BREAKS or w.startswith(MASK) or w.lower() in STOP_BACK:
            break
        if w == "of" and len(got) >= 2 and got[-1][2][:1].isupper() and got[-2][2][:1].isupper():
            break  # "voter Stephanie Hooton of Derry": the place is not part of the name
        got.append(t)
    # the name run must end the phrase and have two capitalised words
    j = len(got)
    while j > 0 and got[j - 1][2][:1].isupper():
        j -= 1
    if len(got) - j >= 2 and j > 0:
        return got
    return None


_RELATIVE_HEADS = GROUP_HEADS | _PLURAL_PEOPLE | _PEOPLE_PLURALS | frozenset(
    "organizations organisations groups companies firms banks unions countries nations governments parties "
    "campaigns".split())  # ("progressive organizations that have endorsed him say")


# a participle that describes a person as a relative clause would ("the woman charged with ...")
_CHARGED = frozenset("accused charged convicted suspected arrested indicted sentenced jailed detained acquitted".split())
_CHARGED_PREPS = frozenset(("of", "with", "for", "in", "over"))


def _charged_at(toks, k: int) -> bool:
    """Is ``toks[k]`` such a participle with its preposition after it ("accused of", "charged with")?"""
    return toks[k][2] in _CHARGED and k + 1 < len(toks) and toks[k + 1][2] in _CHARGED_PREPS


_HEAD_PLACE_PREPS = frozenset(("in", "at", "from", "near"))  # (a place after a relative's head)
_VERB_FIRST = re.compile(r"[a-z]+(?:ed|[^s]s)|has|have|had|is|was|are|were|may|might|will|would|can|could|should|must|does|did")


def _relative_np(toks, stop: int):
    """Tokens of 'NP who/that VP' ending at the end of ``toks``, or None."""
    if toks and toks[-1][2].lower() in ("and", "or", "but"):
        return None  # "the possibility that Trump would be president and predicted": a second verb, no subject
    n = len(toks)
    while n > 3 and (toks[n - 1][2] in _AUXILIARIES or toks[n - 1][2] in ("not", "never", "also", "still", "since")):
        n -= 1  # ("... and officials have never denied")
    if n >= 3 and toks[n - 2][2] in ("and", "but") and toks[n - 1][2].lower() in _PEOPLE_PLURALS:
        return None  # "A drought that began weeks ago is hurting orchards and officials said": a second clause's
        # subject, after "and", no part of the relative
    lo = max(0, stop - 20)
    for k in range(stop - 1, lo - 1, -1):
        w = toks[k][2]
        if w in _BREAKS or w.startswith(MASK):
            return None
        relative = w.lower() in ("who", "that", "whose") or w == "which" and k > 0 and toks[k - 1][2] not in (",", "of") \
            and k + 1 < len(toks) and _VERB_FIRST.fullmatch(toks[k + 1][2]) is not None  # ("A firm which makes
        # chips says"; not "a move which Governor Sumita said": the relative's own subject speaks)
        if k > 0 and (relative or _charged_at(toks, k) and toks[k - 1][2].islower()
                      and (person_noun(toks[k - 1][2]) or toks[k - 1][2] in ORG_WORDS)):
            # (or a participle of the courts: "The man accused of killing his neighbor told reporters")
            if relative:
                if toks[k - 1][2] in cues().words:
                    if w.lower() == "that":
                        continue  # "the U.S. Embassy replied that ...": a reported clause, not a relative one
                        # (which may come before it: "The aide who argued that the plan was flawed said")
                    return None
                if k + 1 < len(toks) and toks[k + 1][2] == "it" and k + 2 == len(toks):
                    return None  # "a new chip that it says costs half as much": the relative's own subject speaks
                if _own_subject(toks[k + 1:]):
                    return list(toks[k + 1:])  # "a deal that aides to the governor said would ...", "a target
                    # that Morris Goldstein of the IMF said was ...": people or a name, the relative's subject
            j = k
            head = []
            while j > 0 and len(head) < 8:
                t = toks[j - 1]
                lw = t[2].lower()
                if t[2] in _BREAKS or t[2].startswith(MASK) or (lw in STOP_BACK and lw != "of"
                                                                 and not (lw in _HEAD_PLACE_PREPS and head and _is_cap(head[-1][2]))):
                    break  # (but "A school in Kent that banned phones": a place after the head)
                head.append(t)
                j -= 1
                if lw in DETERMINERS:
                    if j >= 2 and toks[j - 1][2] == "of" and toks[j - 2][2].lower() in _KIN_GROUP_HEADS:
                        j -= 2  # "The family of a man who died": the family, whose man he is
                        head += [toks[j + 1], toks[j]]
                        if j > 0 and toks[j - 1][2].lower() in DETERMINERS:
                            j -= 1
                            head.append(toks[j])
                    break
            head.reverse()
            if head and (head[0][2].lower() in DETERMINERS and len(head) >= 2
                         or len(head) <= 2 and (head[-1][2].lower() in _RELATIVE_HEADS or _men_plural(head[-1][2].lower()))):
                return head + list(toks[k:])  # "a former operator who ...", "voters who backed Trump",
                # "residents whose homes were flooded"
            return None
    return None


_DEPARTMENTS = frozenset("State Defense Treasury Labor Commerce Energy Education Agriculture Transportation Health "
                         "Homeland Security Veterans Affairs Interior Justice Housing Finance Foreign Home War "
                         "Staff".split())
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,12}")


_PLACE_LEADS = frozenset("in of from at near outside to".split())  # ("who flew to Paris, France, last week")
_CIRCUMSTANCE_LEADS = frozenset("during at in on after before while when speaking like unlike along together including".split()
                                # an aside of the occasion, no description: "Shah, asked about the timing, said"
                                + "asked pressed questioned reached contacted interviewed approached quizzed monitored "
                                  "responding replying referring writing answering commenting".split())


_PLACE_NOUNS = frozenset("capital city town village county province region suburb hometown".split())


def _state_of_place(prev: list[tuple[int, int, str]], seg: list[tuple[int, int, str]]) -> bool:
    """Is ``seg`` a US state following a place ("in Columbus, Ohio", "of Flint, Mich.")?"""
    name = " ".join(t[2] for t in seg)
    if len(seg) == 1 and _is_cap(seg[0][2]) and seg[0][2].lower() not in given_names() \
            and len(prev) >= 2 and prev[-1][2].lower() in _PLACE_NOUNS:
        return True  # the place a noun for one names: "who lives outside of the state capital, Sacramento, said" (one
        # word: not "member of parliament for the region, Charles-Eugene Marin, said")
    if name not in us_states() and name + "." not in us_states() and name.lower() not in countries():
        # or a county or country after a home town in commas of its own: "Pryce, of Chelmsford, Essex, admitted"
        return 1 <= len(seg) <= 2 and all(_is_cap(t[2]) for t in seg) and (
            1 < len(prev) and prev[0][2] in ("of", "from") and all(_is_cap(t[2]) for t in prev[1:])
            or _office_for_place(prev) is not None and prev[-2][2] == "for"
            and seg[0][2].lower() not in given_names())  # ("MP for Henley-on-Thames, Oxfordshire"; not "..., Simon Opher")
    j = len(prev)
    while j > 0 and _is_cap(prev[j - 1][2]):
        j -= 1
    return 0 < j < len(prev) and prev[j - 1][2].lower() in _PLACE_LEADS


# one-word asides that say nothing about the speaker: "Sanders, meanwhile, hopes ..."
_ASIDE_ADVERBS = frozenset("""meanwhile however though too instead therefore nonetheless nevertheless again also
    still then now today yesterday tonight once later earlier indeed moreover furthermore likewise similarly
    separately ultimately finally afterwards afterward overall himself herself themselves itself
    outside inside elsewhere nearby downstairs upstairs overseas abroad""".split())  # ("Outside, campaigner Sarah Okafor said")


def _joined_post_word(w: str) -> bool:
    """A post's word, either side of an "and" that joins two posts: "president and CEO", "chairman and chief"."""
    lw = w.lower()
    return lw in _POST_WORDS or lw in role_heads() or is_title_word(w) or lw in ("ceo", "cfo", "coo", "chief")


def _unclosed_appositive(toks: list) -> tuple[list, list] | None:
    """(name, description) for "First Last, spokeswoman for the X" right before a cue: a person's
    name (a known given name first) after a sentence break or at the start, a comma, and an
    appositive in lower case with a preposition, no comma after it (not a clause with its own subject:
    "He blamed the council's leader, Mike Bird, for what he called")."""
    n = len(toks)
    c = next((i for i in range(n - 2, max(n - 14, 1), -1) if toks[i][2] == ","), -1)  # at most 12 words after it
    if c < 2:
        return None
    desc = toks[c + 1:]
    first = desc[0][2].lower()
    # "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": a relative clause
    # after a determined noun also marks the description
    relative = first in ("a", "an", "the") and any(t[2] == "who" for t in desc[2:])
    # "Eric Abensur, Wanadoo's chief executive told": an owner's post, no preposition needed
    bare = False
    post = len(desc) >= 2 and desc[0][2].endswith(_POSSESSIVE) and all(t[2].islower() for t in desc[1:]) \
        and desc[-1][2] in _POST_WORDS \
        or 3 <= len(desc) <= 5 and first in ("a", "an", "the") and desc[-1][2] in _POST_WORDS \
        or (bare := 1 <= len(desc) <= 4 and desc[-1][2] in _POST_WORDS and all(
            t[2].islower() and t[2].isalpha() and t[2] not in STOP_BACK and t[2] not in DETERMINERS
            and t[2] not in ("one", "another") for t in desc))
    # ("Michael Lamberty, a Lufthansa spokesman told": a post after an article, its head last; "Terry
    # Hobbs, assistant vice president said": a bare post)
    titled = len(desc) >= 3 and (is_title_word(desc[0][2]) or first in role_heads()) and desc[1][2] in ("of", "for", "at")
    # ("Juan Chacin Guzman, President of Petroleos de Venezuela told": a capitalised post)
    if not (first in ("a", "an", "the") or desc[0][2][:1].islower() or post or titled) or first in _SUBJECT_PRONOUNS \
            or desc[-1][2].lower() in _SUBJECT_PRONOUNS or any(t[2].lower() in ("what", "whom") for t in desc) \
            or not (relative or post or any(t[2] in ("for", "of", "at", "with", "from") for t in desc)) \
            or any(t[2] in ("which", "that") or t[2] == "and" and not (0 < i < len(desc) - 1 and (
                       _is_cap(desc[i - 1][2]) and _is_cap(desc[i + 1][2])
                       or _joined_post_word(desc[i - 1][2]) and _joined_post_word(desc[i + 1][2])))
                   or t[2] == "who" and not relative or t[2] in cues().words for i, t in enumerate(desc)):
        return None  # (an "and" inside a firm's name is no second subject: "a trader for Chapmann and Graham")
    e = c
    if c >= 4 and toks[c - 1][2] == ")" and toks[c - 3][2] == "(" and _PARTY_TAG.fullmatch(toks[c - 2][2]):
        e = c - 3  # a party tag after the name: "Sen. Kristen Gillibrand (D-NY), a supporter of ..."
    j = e
    while j > 0 and _is_cap(toks[j - 1][2]) and e - j < 4:
        j -= 1
    name = toks[j:e]
    first = name[0][2] if name else ""
    if len(name) >= 3 and (is_title_word(first) or first.rstrip(".") in titles()) and name[1][2].lower() in given_names():
        first = name[1][2]  # (a title before the given name: "Sen. Kristen Gillibrand")
    opened = j == 0 or toks[j - 1][2] in (".", ";", ":", "\u2014") or toks[j - 1][2].endswith(".") \
        or toks[j - 1][2].startswith(MASK) \
        or toks[j - 1][2] == "," and (bare or titled or any(t[2] in ("for", "of", "at") for t in desc)) \
        and first.lower() in given_names()  # (or right after a quotation, or a
    # report's comma before a person and a bare post: "..., Terry Hobbs, assistant vice president said")
    person = first.lower() in given_names() or _INITIALS_ONLY.fullmatch(first) is not None \
        or first.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr") \
        or len(name) == 2 and name[0][2] not in ("The", "A", "An") and not name[1][2].isupper() \
        and any(t[2].lower().split("-")[-1] in _POST_WORDS for t in desc)
    # ("JF Sullivan", "Mr Jones"; "Osman Erk, deputy general-manager of ..." by the post)
    if len(name) < 2 or not opened or not person or any(
            t[2].lower() in _FRONTING_WORDS or t[2] in _DAY_NAMES or t[2].rstrip(".").lower() in _MONTHS for t in name):
        return None  # (not "In Washington, a State Department spokesman told": a fronted phrase)
    return name, desc


_FRONTING_WORDS = frozenset("in on at from for after before during since until by with under over across near "
                            "last this next earlier later meanwhile".split())
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                    "august september october november december".split())


_STATE_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.){1,3}")  # "N.J.", "Md."


def _dateline_like(seg: list[tuple[int, int, str]]) -> bool:
    """A wire dateline's date: "Feb 26", "MARCH 5", "N.J., March 2" (no words of a phrase); or a
    phrase of time only: "Late last year", "Earlier this week", "On Thursday"."""
    words = [t[2] for t in seg]
    if any(w.lower() in _TIME_NOUNS or w in _DAY_NAMES for w in words) and all(
            w.lower() in _TIME_PHRASE_WORDS or w in _DAY_NAMES for w in words):
        return True
    return any(w.lower().rstrip(".") in _MONTHS for w in words) and all(
        w.isdigit() or w.lower().rstrip(".") in _MONTHS or (w.isupper() and len(w) > 1)
        or _STATE_INITIALS.fullmatch(w) is not None for w in words)


_TIME_NOUNS = frozenset("year week month morning afternoon evening night day weekend quarter".split())
_TIME_PHRASE_WORDS = _TIME_NOUNS | frozenset("late early earlier later last this next on in at the a of".split())


SUBORDINATORS = frozenset("while whereas when if although though because since unless until once".split())


def _subordinate_opening(seg: list[tuple[int, int, str]]) -> int:
    """Where the subject starts in a comma-separated segment that opens a subordinate clause: 1 for
    "while Mike Huckabee", 2 for "Even if Clinton can't catapult over Sanders"; 0 when it opens none."""
    k = 1 if len(seg) > 2 and seg[0][2].lower() == "even" else 0
    if len(seg) > k + 1 and seg[k][2].lower() in SUBORDINATORS and (
            _is_cap(seg[k + 1][2]) or seg[k + 1][2].lower() in ("the", "a", "an", "he", "she", "they", "it", "we", "i")):
        return k + 1
    if len(seg) > k + 2 and seg[k][2].lower() == "as" and seg[k + 1][2].lower() in given_names() \
            and all(_is_cap(t[2]) for t in seg[k + 2:]):
        return k + 1  # "..., as Enrique Pena Nieto, contradicting Trump, said": a person's full name after
        # "as", the clause's verb after the aside (not "as President", "as chairman of ...": a capacity;
        # nor "John Smith, as Mary Jones had urged, said": a clause of its own)
    return 0


_FRONTED_PREPOSITIONS = frozenset("At In On From After Before During Outside Inside Near Across Throughout Within "
                                   "Since Back Later Earlier".split())


def _after_fronted_phrase(m: str, lo: int, pos: int) -> bool:
    """Does the comma right before ``pos`` close a phrase fronted at its sentence's start ("In a joint
    statement,", "On Monday,", "Earlier,"), no list's item?"""
    comma = m.rfind(",", lo, pos)
    dot, nl = m.rfind(". ", lo, comma), m.rfind("\n", lo, comma)
    start = max(dot + 2 if dot >= 0 else lo, nl + 1 if nl >= 0 else lo)
    words = m[start:comma].split()
    return 1 <= len(words) <= 8 and (words[0] in _FRONTED_PREPOSITIONS or words[0] in _CIRCUMSTANCE_OPENERS) \
        and "," not in m[start:comma]


_CIRCUMSTANCE_OPENERS = frozenset("After Before During Since Following Outside Inside Throughout Amid".split())
_PARTICIPLE_THEN_PREP = frozenset("to after at on in before outside from with during".split())
_SUBJECT_OPENERS = frozenset("a an one another the his her their its".split())


_PLACE_PREPS_BEFORE_NAME = frozenset("in at to from on outside near inside".split())


def _fronted_circumstance(seg: list[tuple[int, int, str]]) -> bool:
    """A time or a circumstance before the comma ("After the hearing", "Speaking to reporters outside
    court"): the subject is after it, never in it."""
    if not 2 <= len(seg) <= 10:
        return False
    w = seg[0][2]
    if _is_cap(seg[-1][2]) and seg[-1][2] not in _DAY_NAMES and seg[-1][2].rstrip(".").lower() not in _MONTHS \
            and not ((r := _run_start(seg, len(seg))) > 0 and seg[r - 1][2] in _PLACE_PREPS_BEFORE_NAME):
        return False  # (a name after it, no comma between: "During today's hearing Paul Gonson, a lawyer, told";
        # but a day or a month ends one: "Speaking at the court on Wednesday", and a place or an outlet after
        # a preposition: "Speaking in Paris", "Writing in The Guardian")
    return w in _CIRCUMSTANCE_OPENERS or len(w) > 5 and w.endswith("ing") and _is_cap(w) \
        and (seg[1][2] in _PARTICIPLE_THEN_PREP
             or len(seg) > 2 and seg[1][2].isalpha() and seg[1][2].islower() and seg[2][2] in _PARTICIPLE_THEN_PREP)
    # (and its object first: "Giving evidence at Manchester Crown Court")


def _fronted_clause_seg(seg: list[tuple[int, int, str]]) -> bool:
    """A whole subordinate clause before the comma ("Even if Clinton can't catapult over Sanders"):
    the subject is after it, never in it."""
    j = _subordinate_opening(seg)
    return j > 0 and any(t[2].islower() and t[2] not in DETERMINERS for t in seg[j + 1:])


def _firm_or_modifier(seg: list[tuple[int, int, str]], i: int) -> bool:
    """Is token ``i`` part of a firm's name or a post's modifier before a post ("Woolworth",
    "executive", the "of" of "Bank of America")?"""
    w = seg[i][2]
    return _is_cap(w) or w in _POST_MODIFIERS or w == "of" and 0 < i < len(seg) - 2 \
        and _is_cap(seg[i - 1][2]) and _is_cap(seg[i + 1][2])


# heads whose "of" phrase is the people themselves: "some of the voters who", "a group of students who"
_KIN_PLURALS = frozenset("children people men women kids sons daughters parents relatives friends family".split())
_OF_PEOPLE_HEADS = frozenset("some many most all none each both few half majority minority number percent share "
                             "one two three four five six seven eight nine ten dozens hundreds thousands millions "
                             "group team panel crowd family band couple pair rest members member".split())


def _name_before_appositive(m: str, toks: list[tuple[int, int, str]]) -> Mention | None:
    """The named person an appositive describes, before a relative clause on them: "said
    Howard Rubel, a senior analyst at Jefferies, who notes ..." is Howard Rubel's; None when
    the phrase is no name, a comma and a description."""
    c = next((i for i in range(len(toks) - 1, -1, -1) if toks[i][2] == ","), -1)
    if c < 1 or c + 2 >= len(toks) or toks[c + 1][2].lower() not in ("a", "an", "the") \
            or any(t[2] in ";:()\u2014\u2013-" for t in toks[c + 1:]):
        return None
    if any(t[2] in cues().words for t in toks[c + 1:]):
        return None  # ("in New Hampshire, a young woman asked ... about several women who": a clause)
    z = c
    if c >= 3 and toks[c - 1][2].isdigit() and len(toks[c - 1][2]) <= 3 and toks[c - 2][2] == ",":
        z = c - 2  # "Elizabeth Arnold, 32, a former staff member ... who said": the age between
    if z >= 4 and toks[z - 2][2] in ("of", "from") and _is_cap(toks[z - 1][2]) and _is_cap(toks[z - 3][2]):
        z -= 2  # "Gov. Phil Bryant of Mississippi, a former backer of ...": the person, not the place
    n = z
    while n > 0 and z - n < 4 and _is_cap(toks[n - 1][2]) and toks[n - 1][2].lower() not in DETERMINERS:
        n -= 1
    if not (z - n >= 2 or z - n == 1 and n > 0 and toks[n - 1][2].islower()) \
            or n > 0 and toks[n - 1][2].lower() in _PLACE_PREPS | {"at", "on", "near"}:
        return None  # ("Smith", alone at a sentence's start, may be any capitalised word; "in Ohio" a place)
    men = classify(m, toks[n][0], toks[z - 1][1], toks[n:z])
    if men.kind != "name":
        return None
    men.desc_start, men.desc_end = toks[c + 1][0], toks[-1][1]
    return men


def _clause_like(seg: list[tuple[int, int, str]]) -> bool:
    """Does this segment read as a clause (four words or more, one an auxiliary or a past no participle
    shares, no relative pronoun before it), not as a subject phrase ("The man who was arrested")?"""
    if len(seg) < 4:
        return False
    for t in seg[1:]:
        if t[2].lower() in RELATIVE:
            return False
        if t[2] in _AUXILIARIES or t[2] in SIMPLE_PASTS:
            return True
    return False


_CLAUSE_SEG_OPENERS = frozenset("where when while as after since because although though".split())


def _role_and_full_name(seg: list[tuple[int, int, str]]) -> bool:
    """A role's lower-case words, then a person's full name ("shopkeeper Lisa Jones", "retired miner Alan Reid")."""
    n = next((i for i, t in enumerate(seg) if _is_cap(t[2])), 0)
    return 1 <= n <= 3 and 2 <= len(seg) - n <= 3 and seg[n][2].lower() in given_names() \
        and all(t[2].islower() for t in seg[:n]) and all(_is_name_tok(t[2]) for t in seg[n:])


def _described_subject_seg(seg: list[tuple[int, int, str]]) -> bool:
    """A description of a person that may be a sentence's subject: an article or "one", then up to
    seven words, a person's noun among them ("the official", "a spokesman for Suiker Unie", "one
    investment industry source")."""
    return 2 <= len(seg) <= 8 and seg[0][2].lower() in ("a", "an", "the", "one", "another") \
        and any(person_noun(t[2]) for t in seg[1:]) and not any(t[2] in _AUXILIARIES for t in seg)


def _body_subject_seg(seg: list[tuple[int, int, str]]) -> bool:
    """A body that may be a sentence's subject before an aside of the occasion: an article and a body's word or name
    last ("the agency", "the China News Service"), or a name ("Radio Moscow")."""
    return 1 <= len(seg) <= 6 and (seg[0][2].lower() in ("the", "a", "an") and len(seg) >= 2
                                   and (seg[-1][2].lower() in ORG_WORDS or _is_cap(seg[-1][2]))
                                   or all(_is_cap(t[2]) for t in seg))


_BODY_KIND_HEADS = frozenset("group union council association body organization organisation agency federation lobby "
                             "coalition alliance company firm regulator watchdog charity".split())


def _body_named_in_appositive(desc: list[tuple[int, int, str]], app: list[tuple[int, int, str]]) -> bool:
    """Is ``app`` a body's name after "the" ("the Pacific Maritime Council"), in apposition to a phrase for a
    body ``desc`` ("The employers' group", "Its lobby group")?"""
    if not (3 <= len(app) <= 7 and app[0][2].lower() == "the" and _is_cap(app[-1][2]) and app[-1][2].lower() in ORG_WORDS
            and all(_is_cap(t[2]) or t[2] in ("of", "for", "and", "&") for t in app[1:])):
        return False
    if len(desc) < 2 or desc[-1][2].lower() not in _BODY_KIND_HEADS:
        return False
    return desc[0][2].lower() in ("the", "its", "their") or desc[0][2].endswith(_POSSESSIVE)


# a place by its kind and its name, after a fronted preposition: "In the village of Pontypridd,"
_PLACE_OF_NAME = re.compile(r"the (?:village|town|city|port|county|state|region|district|suburb|capital|island|province|"
                            r"hamlet|area|borough|parish) of [A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*)?")


def _list_name(seg: list[tuple[int, int, str]]) -> bool:
    """Is the comma segment one person's full name, as a list holds it ("Victor Glover", "Mary Ann Smith")?"""
    return 2 <= len(seg) <= 3 and all(_is_cap(t[2]) and t[2][1:2].islower() for t in seg) \
        and not any(t[2].rstrip(".").lower() in ORG_WORDS | COMPANY_ENDS | _FIRM_HEADS or is_title_word(t[2]) for t in seg)


def _listed_names_before(m: str, lo: int, toks: list, k0: int) -> int:
    """Where a list of people's full names starts that ends in a comma right before ``toks[k0]`` (a pair of names
    joined by "and" after it), the list opening its sentence or clause; ``k0`` when there is none."""
    j = k0
    while j >= 3 and toks[j - 1][2] == ",":
        n = next((n for n in (3, 2) if j - 1 - n >= 0 and _list_name(toks[j - 1 - n:j - 1])
                  and (j - 1 - n == 0 or toks[j - 2 - n][2] in _BREAKS or toks[j - 2 - n][2].lower() in ("and", "but"))),
                 None)
        if n is None:
            break
        j -= n + 1
    return j if j < k0 and (j == 0 or toks[j - 1][2] != "," or _after_fronted_phrase(m, lo, toks[j][0])) else k0


# an unnamed source close to someone, whose office the name in commas after it is in apposition to ("A source close
# to the chancellor, Rachel Reeves,"; not "A friend of the singer, Jane Roe,": she may be the friend)
_SOURCE_CLOSE_TO = re.compile(r"(?i:(?:an?|one|another|the|some|two|three|several)[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
                              r"(?i:sources?|insiders?|people|person|figures?)[ \t]+(?:close[ \t]+to|familiar[ \t]+with)"
                              r"[ \t]+(?:the|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}[a-z][\w-]*$")


def _list_of_names(m: str, segs: list) -> Mention | None:
    """"The four astronauts - Reid Wiseman, Victor Glover, Christina Koch and Jeremy Hansen - said": a list of three
    people's names or more (the last two a pair joined by "and") speaks as one group, not the name before its last
    comma with the pair as a description; a phrase with a determiner before the list describes them."""
    if len(segs) < 2 or not _names_pair(segs[-1]):
        return None
    n = len(segs) - 1
    while n > 0 and _list_name(segs[n - 1]):
        n -= 1
    if n == len(segs) - 1:
        return None
    if n > 0 and not (n == 1 and segs[0][0][2].lower() in DETERMINERS and _appositive_like(segs[0])):
        return None  # (a list inside a longer phrase: whose it is, is read as before)
    ls, e = segs[n][0][0], segs[-1][-1][1]
    men = Mention(ls, e, m[ls:e], "group", ls, e)
    if n == 1:
        men.desc_start, men.desc_end = segs[0][0][0], segs[0][-1][1]
    return men


def _listed_bodies_before(m: str, toks: list, k0: int) -> int | None:
    """Where a list of three names or more starts that ends in "and" right before ``toks[k0]`` ("Microsoft, Amazon
    and" before "Alphabet"), names of a few capitalised words in commas ("House of Fraser", "the Soviet Union"), the
    list opening its sentence, perhaps after an opening word ("Meanwhile, ..."), or following a dash or colon (not
    "However, Ford and GM", nor "In Detroit, Ford and GM"); None when there is none."""
    if k0 < 4 or toks[k0 - 1][2] not in ("and", "&"):
        return None
    start, end, items = k0 - 1, k0 - 1, 0
    while True:
        j = end
        while j > 0 and end - j < 4 and (_is_cap(toks[j - 1][2]) or j < end and toks[j - 1][2] in ("of", "&", "the")):
            j -= 1
        while j < end and toks[j][2] in ("of", "&"):
            j += 1
        if j == end or not _list_item(toks[j:end]):
            if items and j == 0 and end == 1 and toks[0][2].lower() in _LIST_OPENERS:
                break  # "Meanwhile, Apple, Google and Meta said": the opening word is no name of the list
            return None
        start, items = j, items + 1
        if j >= 2 and toks[j - 1][2] == ",":
            end = j - 1
            continue
        break
    if items < 2 or start > 0 and toks[start - 1][2] not in (":", "-", "--", "\u2014", "\u2013") \
            and not (start == 2 and toks[1][2] == "," and toks[0][2].lower() in _LIST_OPENERS):
        return None
    if (start == 0 or toks[start - 1][2] == ",") and (before := m[:toks[0][0]].rstrip().rstrip(",")) \
            and before[-1] not in _LIST_BOUNDS:
        return None  # (the scan began inside a phrase: "the British Biscuit, Cake, Chocolate and ... Alliance")
    return start


_LIST_BOUNDS = frozenset(".!?:;\n\"'\u201d\u2019-\u2014\u2013" + MASK)  # (and a quotation: '"...," Ford, GM and ... said')


# words that open a sentence before a list of names, no name of it ("Instead, Matthews, ... and ... argued")
_LIST_OPENERS = OPENERS | frozenset("instead afterwards afterward separately similarly likewise additionally moreover "
                                    "furthermore finally overall elsewhere nevertheless nonetheless besides again "
                                    "today yesterday together collectively".split())


def _list_item(seg: list) -> bool:
    """A name a list of bodies, places or people holds ("Amazon", "General Motors", "House of Fraser", "the Soviet
    Union"): not an opening word, a preposition, a day or a month, nor a determiner (but "the")."""
    w = seg[0][2]
    if w == "the":
        return len(seg) >= 2 and _list_item(seg[1:])
    return _is_cap(w) and _is_cap(seg[-1][2]) and w.lower() not in _LIST_OPENERS and w not in _FRONTED_PREPOSITIONS \
        and w.lower() not in DETERMINERS and w not in _DAY_NAMES and w.rstrip(".").lower() not in _MONTHS


def _names_pair(seg: list[tuple[int, int, str]]) -> bool:
    """Two people's names joined by "and", the second in full ("Chris Larkin and Toby Stephens", "Liam and Noel
    Gallagher")."""
    k = next((n for n, t in enumerate(seg) if t[2] == "and"), -1)
    return 1 <= k <= 4 and 2 <= len(seg) - k - 1 <= 4 and all(_is_name_tok(t[2]) for t in seg[:k] + seg[k + 1:]) \
        and seg[0][2].lower() in given_names() and seg[k + 1][2].lower() in given_names()


def _description_before_name(seg: list[tuple[int, int, str]]) -> int | None:
    """Where the description in the comma segment before a name starts ("Meta's chief technology officer, Andrew
    Bosworth,"; after "when": "The row began when Meta's ... officer": the officer, no clause), if the segment is
    one: an appositive opening with a determiner, one person ("One neighbour, Sheila Grant, 74, said"), or someone's
    ("Mr Parsons' widow, Claire, said")."""
    if _appositive_like(seg) and seg[0][2].lower() in DETERMINERS:
        return next((q + 1 for q in range(len(seg) - 2, 0, -1) if seg[q][2] in _LINKS_BEFORE_SUBJECT), 0)
    if 2 <= len(seg) <= 4 and (first := seg[0][2].lower()) in ("one", "another") and seg[-1][2].islower() \
            and (person_noun(w := seg[-1][2].lower()) or first == "another" and _role_noun(w)):
        return 0  # "One neighbour, Sheila Grant, 74, said", "Another headteacher, Sarah Lane, said"
    if 2 <= len(seg) <= 4 and seg[0][2] in ("His", "Her", "Their") and seg[-1][2].islower() \
            and (person_noun(w := seg[-1][2].lower()) or w in _PEOPLE_PLURALS or w.endswith("s") and person_noun(w[:-1])):
        return 0  # "His lawyers, Robert Turkewitz and Brian Knowles, said", "Her sons, ..."
    if 2 <= len(seg) <= 5 and (p := next((q for q, t in enumerate(seg) if t[2].endswith(_POSSESSIVE)), None)) is not None \
            and 1 <= p + 1 < len(seg) and p < 3 and all(_is_cap(t[2]) for t in seg[:p + 1]) \
            and all(t[2].islower() for t in seg[p + 1:]) and (person_noun(w := seg[-1][2]) or w in KIN_NOUN_GENDER):
        q = 0
        while q < p and (seg[q][2].lower() in _LIST_OPENERS or seg[q][2] in _DAY_NAMES):
            q += 1  # ("But PwC's global chief executive, Samuel DiPiazza,": the conjunction is no part of it)
        return q  # "Mr Parsons' widow, Claire, said", "Dean's brother, Mark, said": whose relative or whose person
    return None


def _appositive_like(seg: list[tuple[int, int, str]]) -> bool:
    first = seg[0][2]
    lf = first.lower()
    if len(seg) > 1 and seg[-1][2].lower() in _SUBJECT_PRONOUNS:
        return False  # "... the nation's campaign finance system and he, once again, pledged": a subject
    if lf in ("who", "which", "whose", "whom", "a", "an", "the", "now", "then", "himself",
              "herself", "also", "formerly", "once", "both", "each", "former", "currently"):
        return True
    if (first.endswith(_POSSESSIVE) or first.endswith(("'", "\u2019")) and first[:1].isupper() and len(first) > 2) \
            and len(seg) > 1:
        return True  # "Trump's nominee for secretary of state", "Sanders' campaign manager", "Pemex' executive ..."
    if lf.endswith("-based") and len(seg) > 1 and seg[-1][2].islower():
        return True  # "who founded the Cupertino, Calif.-based company": the rest of a place's phrase
    if any(t[2].endswith(_POSSESSIVE) for t in seg[:-1]) and seg[-1][2].islower():
        return True  # "Color of Change's executive director"
    if len(seg) == 1 and _PARTY_TAG.fullmatch(first):
        return True  # "Rep. Glenn Thompson, R-Pa., said"
    if first.isdigit() and len(seg) == 1:
        return True  # age: "Tom English, 37,"
    if len(seg) == 1 and first in POST_NOMINALS:
        return True  # letters after a name: "John Smith, MP, said", "Jane Roe, QC, told the court"
    if first[:1].isdigit() and len(seg) == 2 and seg[1][2].lower() in ("percent", "pct", "%"):
        return True  # a share restated: "about two-thirds, 67 percent, say"
    if first[:1].isdigit() and any(t[2].lower().endswith(("-owned", "-controlled", "-held")) for t in seg[1:3]):
        return True  # "PanCanadian, 87 pct-owned by Canadian Pacific Ltd, said": who owns the firm
    if first[:1].isdigit() and len(seg) > 3 and seg[1][2].lower() in ("pct", "percent", "%") \
            and seg[2][2].lower() in ("owned", "controlled", "held") and seg[3][2].lower() == "by":
        return True  # "Newmont Gold, 95 pct owned by Newmont Mining Corp, said"
    if first in PARTY_MEMBERS and 2 < len(seg) <= 5 and seg[1][2] in ("of", "from") \
            and all(_is_cap(t[2]) for t in seg[2:]):
        return True  # "Senator Dianne Feinstein, Democrat of California, said": her party and state
    if lf in _SUBJECT_PRONOUNS or lf == "there":
        return False  # "According to Trump, he was once ...": a clause, not an appositive
    if lf in ("and", "but", "or", "nor", "yet") and len(seg) > 1 and _is_cap(seg[1][2]):
        return False  # "..., and Brian Deese, the adviser, said": a new subject, not an aside
    if _subordinate_opening(seg):
        return False  # "..., while Mike Huckabee, the former governor, proposed": a clause and its subject
    if first[:1].islower():
        return True  # "acting political director of CREDO Action"
    if len(seg) > 1 and _post_word(seg[-1][2]) and all(_firm_or_modifier(seg, i) for i in range(len(seg) - 1)) \
            or 2 < len(seg) <= 5 and _post_word(seg[-1][2]) and _is_cap(seg[0][2]) and all(
                t[2].isalpha() and t[2].islower() and t[2] not in STOP_BACK for t in seg[1:-1]):
        return True  # "Roy Garofalo, Woolworth vice president, said": a firm's post, lower case (and
        # "Robert Lutz, Chrysler executive vice-president, said", "Melvin Sims, USDA general sales manager, said",
        # "Michael Seibel, Bank of America vice-president, said")
    if len(seg) > 3 and _post_word(seg[-1][2]) and any(t[2] == "and" for t in seg[1:-1]) and all(
            _firm_or_modifier(seg, i) or seg[i][2] == "and" or _post_word(seg[i][2]) for i in range(len(seg) - 1)):
        return True  # "Steven Rales, Danaher chairman and chief executive officer, said": two posts
    p = next((n for n, t in enumerate(seg) if _post_word(t[2])), None)
    if p is not None and 0 < p < len(seg) - 2 and seg[p + 1][2] in ("for", "of", "at", "with") \
            and (len(seg) <= p + 7 or len(seg) <= p + 12 and not any(
                t[2].endswith("ed") or t[2] in _VERBS_IN_POST for t in seg[p + 2:])) \
            and all(_is_cap(t[2]) or t[2] in _POST_MODIFIERS for t in seg[:p]):
        return True  # "Chris Covert, South Carolina director for Sanders, said": the post and whose it is (and a
        # longer place, no verb in it: "Chen Zuyuan, Communist Party secretary of a village in the eastern
        # province of Zhejiang, said")
    return False


_VERBS_IN_POST = frozenset("is was are were has have had said says will would can could".split())


def _post_word(tok: str) -> bool:
    """A post after a name: "president", and hyphenated "vice-president", "co-chairman"."""
    if tok in _POST_WORDS:
        return True
    *mods, head = tok.split("-")
    return bool(mods) and head in _POST_WORDS and all(m in _POST_MODIFIERS or m == "co" for m in mods)


PARTY_MEMBERS = frozenset(("Democrat", "Republican", "Independent"))
# (and the words for a party's members, lower-cased, that no role noun before a name is)
_PARTY_MEMBERS = frozenset(w.lower() for w in PARTY_MEMBERS) | frozenset("conservative liberal moderate socialist".split())
_POST_MODIFIERS = frozenset("vice deputy assistant associate senior chief executive managing general "
                            "financial technical regional".split())


# capitalised words for a post that follow a person's name as an aside ("Gunther Schulz, ADB
# Vice-President in charge of projects, said", "Peter Fellner, U.K. Economist at James Capel")
_POST_WORDS = frozenset("""economist analyst strategist spokesman spokeswoman spokesperson chairman chairwoman
    director manager officer executive president secretary minister governor commissioner adviser advisor aide
    official head chief leader envoy counsel correspondent editor trader dealer partner founder professor
    researcher consultant representative ambassador administrator treasurer controller inspector superintendent
    coordinator planner""".split())


def is_title_word(w: str) -> bool:
    ts = titles()
    return w in ts or w.rstrip(".") in ts or ("-" in w and all(p in ts for p in w.split("-")))


_PEER_TITLES = frozenset("Lord Lady Baroness Baron Viscount Viscountess Earl Countess".split())


def _peer_name(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of a peer's title and name ("Lord Walker", "Baroness Hale") ending the phrase,
    alone or with the place of the peerage ("Lord Walker of Gestingthorpe"), or None."""
    for i in range(len(toks) - 2, max(-1, len(toks) - 6), -1):
        if toks[i][2] in _PEER_TITLES and _is_cap(toks[i + 1][2]) \
                and (i + 2 == len(toks) or toks[i + 2][2] == "of" and i + 3 < len(toks)
                     and all(_is_cap(t[2]) for t in toks[i + 3:])):
            return toks[i][0], toks[i + 1][1]
    return None


def _office_for_place(seg: list[tuple[int, int, str]]) -> int | None:
    """Where an office "for" or "of" a place or portfolio starts in ``seg``, when the phrase is all
    that ("Labour MP for Stroud", "Minister for Europe", "MP for Wantage in Oxfordshire": the seat's county
    too; after an opening "But"), else None."""
    k = 1 if len(seg) > 1 and seg[0][2] in ("But", "And", "So", "Meanwhile") else 0
    for i in range(k, len(seg) - 2):
        if (is_title_word(seg[i][2]) or seg[i][2] in SEAT_TITLES) and seg[i + 1][2] in ("for", "of") \
                and all(_is_cap(t[2]) or t[2] in ("and", "of", "the") or t[2] == "in" and n > i + 2
                        for n, t in enumerate(seg[i + 2:], i + 2)) and _is_cap(seg[-1][2]) \
                and all(_is_cap(t[2]) for t in seg[k:i]):
            return k
    return None


# the parliamentary seats a constituency follows ("MP for Stroud", "MSP for Glasgow Kelvin")
SEAT_TITLES = frozenset("MP MSP MEP MLA AM".split())
_MEMBER_TITLES = SEAT_TITLES | {"MPs", "TD"}  # ("the MP for Bath and Wells")
# roles written in capitals that end a phrase as its head, no name: "the new MP", "the local MP" ("AM" is also the
# morning)
_ROLE_ACRONYMS = SEAT_TITLES - {"AM"} | {"CEO", "CFO"}


def _role_then_name(subject: list[tuple[int, int, str]], seg: list[tuple[int, int, str]]) -> int:
    """How many words of a person's name end the appositive ``seg`` after lower-case role words,
    where ``subject`` describes a person by role ("His coach" / "former world champion Moses
    Tanui"); 0 when it does not."""
    words = [t[2].lower() for t in subject]
    one_of = words[:1] in (["another"], ["one"]) and words[1:] in ([], ["of", "them"], ["of", "those"])
    if not one_of and (k := next((n for n, w in enumerate(words) if w in ("of", "for", "at")), 0)) >= 2:
        subject, words = subject[:k], words[:k]  # "The chair of the judges, broadcaster Kirsty Young,": its head
    # (or one of several: "Another, engineer Marcus Webb, said", "One of them, nurse Ann Lee, said")
    if not one_of and (len(subject) < 2 or not (words[0] in ("his", "her", "their", "the", "a", "an", "another", "one")
                                                or subject[0][2].endswith(("'s", "\u2019s")))
                       or not subject[-1][2].islower()
                       or not (_role_noun(subject[-1][2]) or subject[-1][2] in _PERSON_SINGULARS)):
        return 0  # ("His coach", "Her boyfriend")
    n = 0
    while n < len(seg) and seg[-1 - n][2][:1].isupper() and seg[-1 - n][2][1:].islower() \
            and seg[-1 - n][2].lower() not in ORG_WORDS and not is_title_word(seg[-1 - n][2]):
        n += 1
    before = seg[:-n]
    if len(before) >= 2 and before[-1][2] in ("named", "called"):
        before = before[:-1]  # "Their leader, a retired teacher named Gloria Baptiste, told": the role before the naming
    lead = 0
    while lead < len(before) - 1 and _is_cap(before[lead][2]) and before[lead][2].isalpha():
        lead += 1  # the team or body the role is at: "Her boyfriend, Kansas City Chiefs tight end Travis Kelce,"
    roles = before[lead:]
    return n if 2 <= n <= 3 and roles and all(t[2].islower() and t[2].isalpha() for t in roles) \
        and (_role_noun(roles[-1][2]) or is_title_word(roles[-1][2])
             or lead and seg[-n][2].lower() in given_names()) else 0


def _titled_appositive(name: list[tuple[int, int, str]], seg: list[tuple[int, int, str]]) -> bool:
    """Is ``seg`` a post set off after the person ``name`` ("Tian Yinong, Vice Minister of
    Finance,")? Capitalised, so it looks like a name, but a title or post word ends it or is
    followed by lower-case words; and the words before are a person's name, not a title."""
    if not (2 <= len(name) <= 4 and all(_is_name_tok(t[2]) for t in name) and _is_cap(name[0][2])
            and not any(is_title_word(t[2]) for t in name)) or not seg or not _is_cap(seg[0][2]):
        return False
    for i, (_, _, w) in enumerate(seg):
        if is_title_word(w) or _is_cap(w) and w.lower() in _POST_WORDS:
            rest = seg[i + 1:]
            # not "Treasury Secretary James Baker": a title before a name is the name's (but "Chief
            # Financial Officer": a post's words to its end)
            return not rest or not all(_is_name_tok(t[2]) for t in rest) \
                or is_title_word(rest[-1][2]) or rest[-1][2].lower() in _POST_WORDS | {"officer"}
    return False


def _firm_partners_after(toks: list, got: list) -> list:
    """``got`` (a phrase after an inverted cue) with the rest of a firm's name past "and": "said lead
    manager Morgan Stanley and Co Inc"; and with a post and a name after the firm, its person: "said
    Wertheim and Co analyst Michael Ellman". Not for a person "of" a firm ("said Ward McCarthy of
    Merrill Lynch and Co" is the person)."""
    n = toks.index(got[-1]) + 1
    if not got[-1][2][:1].isupper() or any(t[2] == "of" for t in got) or n + 1 >= len(toks) \
            or toks[n][2] not in ("and", "&") or toks[n + 1][2].rstrip(".") not in _FIRM_PARTNERS:
        return got
    k = n + 2
    while k < len(toks) and toks[k - 1][2][-1:] != "." and toks[k][2].rstrip(".").lower() in COMPANY_ENDS:
        k += 1
    j = k
    while j < len(toks) and j < k + 3 and toks[j][2].islower() and toks[j][2].isalpha():
        j += 1  # the post: "analyst", "assistant manager"
    if k < j < len(toks) and person_noun(toks[j - 1][2]) and _is_cap(toks[j][2]):
        k = j
        while k < len(toks) and k < j + 3 and _is_cap(toks[k][2]) and toks[k - 1][2][-1:] != ".":
            k += 1
    return got + toks[n:k]


def _role_then_partners(toks: list) -> tuple[list, list] | None:
    """'lead manager Stifel, Nicolaus and Co Inc': lower-case role words, then a firm named for its
    partners with commas between them; (the role's tokens, the firm's tokens)."""
    n = 0
    while n < len(toks) and n < 3 and toks[n][2].islower() and toks[n][2].isalpha() and toks[n][2] not in STOP_BACK:
        n += 1
    if n == 0 or n >= len(toks) or not _is_cap(toks[n][2]) or toks[n - 1][2] not in _ISSUE_ROLES:
        return None
    k = n + 1
    commas = 0
    while k + 1 < len(toks) and toks[k][2] == "," and _is_cap(toks[k + 1][2]):
        k += 2
        commas += 1
    if not commas or k + 1 >= len(toks) or toks[k][2] not in ("and", "&") or not _is_cap(toks[k + 1][2]):
        return None
    k += 2
    while k < len(toks) and toks[k][2].rstrip(".").lower() in COMPANY_ENDS:
        k += 1
    return toks[:n], toks[n:k]


def _role_then_firm_pair(toks: list) -> tuple[list, list] | None:
    """'co-managing underwriters, PaineWebber Inc and Ladenburg Thalmann and Co Inc': lower-case role words in the
    plural, a comma perhaps, then two firms joined by "and", each ending in its legal form; (the role's tokens, the
    pair's tokens)."""
    n = 0
    while n < len(toks) and n < 3 and toks[n][2].islower() and toks[n][2].replace("-", "").isalpha() \
            and toks[n][2] not in STOP_BACK:
        n += 1
    if n == 0 or toks[n - 1][2] not in _ISSUE_ROLES or not toks[n - 1][2].endswith("s"):
        return None
    start = n + 1 if n < len(toks) and toks[n][2] == "," else n
    first = _firm_name_end(toks, start)
    if first is None or first + 1 >= len(toks) or toks[first][2] != "and" or not _is_cap(toks[first + 1][2]):
        return None
    second = _firm_name_end(toks, first + 1)
    return (toks[:n], toks[start:second]) if second is not None else None


def _firm_name_end(toks: list, k: int) -> int | None:
    """Where the firm's name starting at ``toks[k]`` ends after its legal form ("PaineWebber Inc", "Ladenburg Thalmann
    and Co Inc": its partners inside), or None when no legal form ends its capitalised words."""
    j = k
    while j < len(toks) and _is_cap(toks[j][2]) and toks[j][2].rstrip(".").lower() not in COMPANY_ENDS:
        j += 1
    if j + 2 < len(toks) and j > k and toks[j][2] == "and" and toks[j + 1][2] in _FIRM_PARTNERS:
        j += 2
    elif j == k or j >= len(toks) or toks[j][2].rstrip(".").lower() not in COMPANY_ENDS:
        return None
    while j < len(toks) and toks[j][2].rstrip(".").lower() in COMPANY_ENDS:
        j += 1
    return j


_ISSUE_ROLES = frozenset("manager managers co-manager co-managers underwriter underwriters agent arranger bookrunner "
                         "adviser advisor dealer".split())


def _bare_people(toks: list) -> list | None:
    """'officials', 'industry officials' after an inverted cue, the phrase ending there: a group of
    people in lower case, no determiner."""
    for n in range(min(3, len(toks))):
        w = toks[n][2].rstrip(".")
        if w.lower() in _PEOPLE_PLURALS:
            if (n + 1 == len(toks) or toks[n][2].endswith(".") or toks[n + 1][2] in (".", ",", ";")) \
                    and all(t[2].isalpha() and t[2].lower() not in STOP_BACK | DETERMINERS for t in toks[:n]):
                return toks[:n + 1]
            return None
    return None


def _owned_head(toks, k: int):
    """The words after an owner's name at ``toks[k]`` up to a noun for a person, a role or a
    source that ends the phrase ("campaign manager", "former chief of staff", "memoir"), or
    None when they read as a clause ("China's economic reforms definitely will ...")."""
    words = []
    for t in toks[k:k + 8]:
        w = t[2]
        if not w[:1].islower() or w.lower() in _AUXILIARIES or (w.lower() in STOP_BACK and w != "of"):
            break
        words.append(t)
    while words:
        head = words[-1][2].rstrip(".").lower()
        after = toks[k + len(words)][2] if k + len(words) < len(toks) else ""
        if (person_noun(head) or _role_noun(head) or is_title_word(head.capitalize()) or head in evidence_sources()
                or head in _OWNED_SOURCES) and (not after or not after[:1].islower() or after.lower() in STOP_BACK
                                               and after.lower() not in _AUXILIARIES):
            return words
        words.pop()
    return None


_OWNED_SOURCES = frozenset("memoir book letter statement speech analysis agent lawyer attorney".split())


# a person named after an inverted cue's role: ", John Smith." (an age after the name too: ", Ana Rivera, 42.")
_ROLE_THEN_NAME = re.compile(r",\s+((?:[A-Z][\w.'\u2019-]*\s+){1,2}[A-Z][\w'\u2019-]+)(?:,\s+\d{1,3})?"
                             r"(?:\s*(?:[.;]|$)|,\s+(?:as|while|when|after|before|at|in|on|during|speaking)\s)")  # (or a
# circumstance after it: ", Mukhtar Babayev, as delegates applauded.")
_ROLE_THEN_NAME_IN_COMMAS = re.compile(r",\s+((?:[A-Z][\w.'\u2019-]*\s+){1,2}[A-Z][\w'\u2019-]+),\s+(?!\d)")  # (an age
# after the name makes it the subject: "According to a police spokesman, John Smith, 45, was arrested")


def person_named_after_role(m: str, men: Mention | None, hi: int, in_commas: bool = False) -> Mention | None:
    """The person an inverted cue's role introduces, the sentence ending after the name ("said
    a spokesman, John Smith.", "..., said the chief executive, Anna Lee."), or with ``in_commas``
    the name between two commas ("According to the finance director, Tom Albers, ..."): the name,
    the role its description; None when ``men`` is no role or no given name follows it."""
    pat = _ROLE_THEN_NAME_IN_COMMAS if in_commas else _ROLE_THEN_NAME
    if men is None or men.kind != "description" or (nm := pat.match(m, men.end, hi)) is None:
        return None
    ns, words = nm.start(1), nm.group(1).split()
    if len(words) == 3 and (is_title_word(words[0]) or words[0] in SEAT_TITLES) and words[1].lower() in given_names():
        ns = m.index(words[1], ns)  # a title before the name: "said the committee chairman, MP Edward Leigh."
    name = m[ns:nm.end(1)]
    if name.split()[0].lower() not in given_names() and not (
            men.text.split()[-1].lower() in role_heads() and _person_like(name)
            and name not in us_states() and name.lower() not in countries()):
        return None  # (a given name the lists lack after a person's office: "said the summit's president, Mukhtar
        # Babayev")
    named = Mention(nm.start(1), nm.end(1), nm.group(1), "name", ns, nm.end(1))  # (the title in the mention, not
    # in the name)
    named.desc_start, named.desc_end = men.start, men.end
    return named


def np_forward(m: str, start: int, hi: int) -> Mention | None:
    """The speaker phrase starting at ``start`` (after an inverted cue: "said Hafer, ...")."""
    return without_report_participle(_np_forward(m, start, hi))


def without_report_participle(men: Mention | None) -> Mention | None:
    """A source phrase without a report's participle and its day at the end: "according to a study of half a
    million people published on Tuesday" is the study, not "... people published" (the time phrase read off, its
    participle left hanging), nor "government figures published on Thursday"."""
    if men is not None and men.kind in ("description", "group") and men.desc_end == men.end \
            and (p := _REPORT_PARTICIPLE_END.search(men.text)) is not None \
            and not _people_released((ws := men.text[:p.start()].split())[-1], ws[:-1]) \
            and not any(w.lower() in _POSSESSIVE_DETS for w in ws[-3:-1]):  # (not "figures her campaign released
        # Friday": a relative clause with its own subject)
        cut = p.start()
        if len(ws) >= 2 and (ws[-1].lower() in ("also", "just", "first") or ws[-1].endswith("ly")):
            cut = men.text.rindex(ws[-1], 0, cut)  # "figures also released on Tuesday": the figures
        men.end = men.desc_end = men.start + len(men.text[:cut].rstrip())
        men.text = men.text[:cut].rstrip()
    return men


# a report's participle ending a phrase whose time phrase was left out ("a poll released", "a
# statement issued"); not "to be released", "has not been published"
_REPORT_PARTICIPLE_END = re.compile(r"(?<!\bbe)(?<!\bbeen)(?<!\bnot)(?<=[a-z]{2})[ \t]+"
                                    r"(?:released|published|issued|unveiled|posted|filed|conducted|carried[ \t]+out)"
                                    r"(?:[ \t]+" + WHEN_OUT + r")?$")  # (the day kept: "a report released today")


def _drop_report_participle(toks: list) -> None:
    """Pop such a participle, left last once the time phrase after it is gone: "A CBS poll
    released (Tuesday) found"."""
    if len(toks) >= 3 and toks[-1][2] in _REPORT_PARTICIPLES and toks[-2][2][:1].isalpha() \
            and toks[-2][2].lower() not in ("be", "been", "being", "not", "was", "were", "is", "are", "has", "have", "had") \
            and not _people_released(toks[-2][2], [t[2] for t in toks[:-2]]):
        toks.pop()


def _people_released(word: str, before: list[str]) -> bool:
    """Did people do the releasing ("a fact sheet lawmakers released"), not the people a
    report is of ("a poll of 400 voters released")?"""
    return person_noun(word) and not any(w.lower() in ("of", "by", "among", "from", "with", "for") for w in before)


_REPORT_PARTICIPLES = frozenset("released published issued unveiled posted filed conducted".split())
# the day after such a participle, then its agent: " Friday by the agency's watchdog"
_DAY_THEN_BY = re.compile(r"[ \t]+" + WHEN_OUT + r"[ \t]+by[ \t]+")


_CAPITAL_COMPOUND_THEN_NOUN = re.compile(r"(?:[A-Z][\w.'\u2019]*[ \t]+){0,3}[A-Z][\w.'\u2019]*-(?:era|based|led|backed|owned|"
                                         r"run|funded|style|controlled|dominated|linked|affiliated|sponsored)[ \t]+[a-z]")
_SUBORDINATORS_THEN_SUBJECT = frozenset("as when while after before because since though although".split())


def _person_after_her(word: str) -> bool:
    """Is ``word`` a noun for a person, so that "her" before it owns it ("her mother", "her
    challenger"), not the object of a verb ("told her whether", "asked her later")?"""
    w = word.rstrip(".,;:")
    return w.isalpha() and w.islower() and w not in STOP_BACK and w not in _ADVERBS_IN_ER \
        and (person_noun(w) or _role_noun(w))


_ADVERBS_IN_ER = frozenset("however together rather neither either ever other later earlier further".split())


# a participle with its object or place: what the speaker was doing ("wearing a beige prison uniform",
# "standing beside his tractor", "speaking to reporters"), no description (not "representing the attorney
# general's office": whom the speaker is for; nor "acting head of": a role)
DOING_WITH_OBJECT = (r"(?:(?!representing\b)[a-z]{3,}ing[ \t]+(?:a|an|the|his|her|their|its|to|at|from|on|in|with|"
                     r"outside|beside|near|behind|after|before|during|through)\b"
                     # (and a verb of doing with a bare object: "giving evidence", "fighting back tears")
                     r"|(?:giving|wearing|holding|fighting|clutching|waving|carrying|facing|answering)[ \t]+[a-z]+\b)")
_DOING_AFTER_COMMA = re.compile(r",[ \t]+" + DOING_WITH_OBJECT)  # (after an appositive's comma)
_NO_FUNCTION_WORD = r"(?!(?:as|of|in|at|for|on|to|by|with|from|and|or|the|a|an|who|which|that)\b)"
# one to three lower-case words after a name, ending the phrase: 'says Tesco boss', 'said Labour chief whip.'
_ROLE_AFTER_NAME_END = re.compile(r"(?P<role>(?:[ \t]+" + _NO_FUNCTION_WORD + r"[a-z][\w-]*){0,2}[ \t]+" + _NO_FUNCTION_WORD
                                  + r"(?P<head>[a-z][\w-]*))"
                                  r"(?=[ \t]*(?:$|[.,;:!?\n]))")


def _np_forward(m: str, start: int, hi: int) -> Mention | None:
    i = start
    while i < hi and m[i] in " \t\u00a0":
        i += 1
    toks = word_tokens(m, i, min(hi, i + 300))  # the phrase is at most 30 words
    if not toks:
        return None
    first = toks[0][2]
    lf = first.lower()
    if lf.endswith(".") and len(toks) == 1 and (lf[:-1] in pronouns() or lf[:-1] in ("one", "another")):
        # the sentence's last word: '"...," said one.', '"...," said he.'
        first, lf = first[:-1], lf[:-1]
        toks = [(toks[0][0], toks[0][1] - 1, first)]
    if lf in pronouns() and not (lf == "her" and len(toks) > 1 and _person_after_her(toks[1][2])):
        return Mention(toks[0][0], toks[0][1], first, "pronoun")
    # ("said her challenger, Tom Whitaker": "her" the owner's, not the object pronoun)
    got: list[tuple[int, int, str]] = []
    if lf in DETERMINERS or lf in GROUP_HEADS or _CAPITAL_COMPOUND_THEN_NOUN.match(m, i, hi) \
            or first in nationalities() and len(toks) > 1 and toks[1][2].islower() and toks[1][2] not in STOP_BACK:
        # (or capitals ending in a hyphened adjective, then a noun: "White House-era documents from ..."; or a
        # nationality, then lower-case words: "according to American military officials", "said Spanish teenager
        # Nadal", "according to Chinese statistics": no person called "American")
        # a description: up to the clause's end, keeping a relative clause, less
        # trailing circumstances ("in a statement to the Guardian", "on Monday")
        relative = False
        for n, t in enumerate(toks):
            w = t[2]
            if w in _BREAKS or w.startswith(MASK):
                break
            lw = w.lower()
            if got and lw in _SUBORDINATORS_THEN_SUBJECT and not relative and n + 1 < len(toks) \
                    and (toks[n + 1][2] in _SUBJECT_PRONOUNS or toks[n + 1][2] in ("it", "I")):
                break  # '"...," said the minister as he left the building': when, not who
            if lw in RELATIVE:
                relative = True
            elif (lw in _AUXILIARIES or lw in SIMPLE_PASTS) and not relative:
                return None  # "said the questioning will start with Comey", "said the warnings came too
                # late": a clause, not a speaker
            elif got and lw in ("he", "she", "it", "they", "we") and w.islower() and not relative:
                return None  # "told the Securities and Exchange Commission it raised its stake": a clause
            elif got and not relative and (lw.endswith("ed") or lw in _PASTS_AS_PARTICIPLES) \
                    and _QUOTATION_OR_THAT.match(m, t[1]):
                return None  # "said the results suggested "...", "said the study found that ...": a verb with
                # its quotation or clause, not a speaker
            got.append(t)
            if len(got) >= 30 or w.endswith(".") and len(w) > 2 and not _INITIAL.fullmatch(w) \
                    and w[:-1].lower() not in _ABBREVIATED:
                break  # (a full stop ends the sentence: "according to the Sunday Times. Joss Stone")
        if got:
            cut = _CIRCUMSTANCE.search(m, got[0][1], got[-1][1])
            if cut and (by := _DAY_THEN_BY.match(m, cut.start(), got[-1][1])) is not None \
                    and _REPORT_PARTICIPLE_END.search(m, got[0][0], cut.start()):
                cut = _CIRCUMSTANCE.search(m, by.end(), got[-1][1])  # "a memo released Friday by the agency's
                # watchdog": who released it, after the day (the phrase goes on to the next circumstance)
            if cut:
                got = [t for t in got if t[1] <= cut.start()]
        while got and got[-1][2].lower() in ("and", "or", "but", "&"):
            got.pop()  # "writes a weekly column and, since 2013, leads ...": no phrase ends on "and"
    elif first[:1].islower() and (role_pair := _role_then_firm_pair(toks)) is not None:
        role, pair = role_pair
        ns, ne = pair[0][0], strip_trailing_period(m, pair[0][0], pair[-1][1])
        men = Mention(toks[0][0], ne, m[toks[0][0]:ne], "name", ns, ne)
        men.desc_start, men.desc_end = role[0][0], role[-1][1]
        return men  # "said co-managing underwriters, PaineWebber Inc and Ladenburg Thalmann and Co Inc": the two firms
    elif (first[:1].islower() or first[:1].isdigit() or any(
            t[2].islower() and t[2] not in STOP_BACK for t in toks[1:5])) and (
            titled := _title_then_name(toks)):
        got = titled  # "former governor Howard Dean", "Democratic strategist Simon Rosenberg"
    elif first[:1].islower() and (role_firm := _role_then_partners(toks)) is not None:
        role, firm = role_firm
        ns, ne = firm[0][0], strip_trailing_period(m, firm[0][0], firm[-1][1])
        men = Mention(toks[0][0], ne, m[toks[0][0]:ne], "name", ns, ne)
        men.desc_start, men.desc_end = role[0][0], role[-1][1]
        return men  # "said sole manager Kidder, Peabody and Co Inc": the firm, its role in the issue
    elif first[:1].islower() and (people := _bare_people(toks)) is not None:
        got = people  # "..., said industry officials."
    elif _is_name_tok(first):
        longest = 8
        for t in toks:
            w = t[2]
            if w in _BREAKS or w.startswith(MASK):
                break
            if w == "and" and got and all(_is_cap(g[2]) for g in got):
                k = len(got) + 1
                while k < len(toks) and k - len(got) <= 3 and _is_cap(toks[k][2]):
                    k += 1
                if _and_in_body_name(toks[:k], len(got) + 1):
                    got.append(t)  # "according to Avon and Somerset Police.": one body of two places
                    continue
                if any(is_title_word(toks[j][2]) and j + 1 < len(toks) and toks[j + 1][2].lower() in given_names()
                       for j in range(len(got) + 1, min(k, len(toks) - 1))):
                    got.append(t)  # "said Trade and Industry Minister Heizo Takenaka": one office's portfolios, then
                    longest = 12  # the person named (or two posts: "President and Chief Executive Officer Joseph
                    continue  # Bouckaert")
            if not _is_name_tok(w) and not (got and w.lower() in ("of",) and len(got) < 6):
                break
            got.append(t)
            if w.endswith(".") and not _INITIAL.fullmatch(w):
                break
            if len(got) >= longest:
                break
        while got and got[-1][2].lower() in ("of",):
            got.pop()
        if got and len(toks) > len(got) and toks[len(got)][2].rstrip(".") in GROUP_HEADS:
            got.append(toks[len(got)])  # "said Republican officials"
        elif got and len(toks) > len(got) and toks[len(got)][2].rstrip(".") in _NAMED_EVIDENCE \
                and got[0][2].lower() not in given_names() and not is_known_firm(m[got[0][0]:got[-1][1]]) \
                and not (len(got) == 1 and got[0][2].isupper()) \
                and not any(g[2].lower() in ORG_WORDS or g[2].rstrip(".").lower() in COMPANY_ENDS for g in got):
            got.append(toks[len(got)])  # "according to Tradeweb data", "Nielsen estimates": the evidence, no person
            # called "Tradeweb" (a body the lists know stays the source: "Commerce Department figures", "USDA data")
        elif got and got[-1][2].endswith(("'s", "\u2019s")) and not any(t[2] == "of" for t in got) \
                and (owned := _owned_head(toks, len(got))) is not None:
            got = got + owned  # "said Trump's campaign manager": the owner's role, not the owner, speaks
    if got:
        got = _firm_partners_after(toks, got)
    if not got:
        return None
    s, e = got[0][0], strip_trailing_period(m, got[0][0], got[-1][1])
    men = classify(m, s, e, got)
    if men.kind == "name" and men.start == s and (rm := _ROLE_AFTER_NAME_END.match(m, e, hi)) is not None \
            and _role_noun(rm.group("head")):
        # '"...," says Tesco boss', 'said Labour leader.': the body's name, then the role, no one named
        e = rm.end("role")
        return Mention(s, e, m[s:e], "description", desc_start=s, desc_end=e)
    # an appositive after the name: ", a former law enforcement officer ... El Centro."
    rest = m[e:hi]
    am = _COMMA_SP.match(rest)
    if men.kind in ("name",) and am:
        ds = e + am.end()
        de = clause_end(m, ds, hi)
        if (bm := _BUT_CLAUSE.search(m, ds, de)) is not None:
            de = bm.start()  # "said Jane Smith, a lawyer, but the court will decide": the report goes on
            # (not "who is supporting Sanders, but has previously dismissed ...": the relative goes on)
        for rm in _RELATIVE_OPEN.finditer(m, ds, de):
            if (cm := cues().rx.match(m, rm.end(), de)) is not None and cm.group(0).islower():
                de = rm.start()  # ", who also said that ...": a report of the speaker's, no description
                break
        de = _before_reporting_participle(m, ds, de)
        if (pc := _DOING_AFTER_COMMA.search(m, ds, de)) is not None:
            de = pc.start()  # "said Jean-Marc Dupont, a dairy farmer, standing beside his tractor": what he was doing
        comma = m.find(",", ds, de)
        while comma > 0:
            if _CIRCUMSTANCE.match(m, comma + 1, de) and len(word_tokens(m, ds, comma)) >= 2 \
                    and not m[ds:comma].rstrip().endswith(("who", "which")):
                de = comma  # "wrote Claudia Sahm, a former Fed economist, in a note to clients": where, no description
                # (not "who, as Darin, sings all 18 songs": an aside inside a relative clause)
                break
            comma = m.find(",", comma + 1, de)
        seg = word_tokens(m, ds, de)
        if len(got) == 1 and len(seg) > 2 and seg[0][2].isdigit() and len(seg[0][2]) <= 3 and seg[1][2] == "," \
                and (seg[2][2].lower() in ("a", "an", "the") or seg[2][2][:1].isupper()):
            seg = seg[2:]  # "said Olena, 47, a teacher who gave only her first name": the age, then what she is (a
            # full name's is read where the article introduces it; not "said Cowell, 54, in reference to ...")
        if seg and (_appositive_like(seg) or _titled_appositive(got, seg)) and not _clause_after_name(seg) \
                and not (len(seg) == 1 and seg[0][2].isdigit()) \
                and not (len(seg) > 1 and seg[0][2].endswith("ing") and seg[1][2].lower() in _PARTICIPLE_OBJECTS):
            # (an age alone: "said Pickens, 58, adding ..."; nor a participle with its object, the sentence going
            # on: "according to Pollstar, making it the highest-grossing tour", not "the acting governor")
            men.desc_start, men.desc_end = ds, de
    elif men.kind == "description" and men.desc_start is None:
        men.desc_start, men.desc_end = men.start, men.end
    return men


# a city's name words in lower case ("Rio de Janeiro", "Dar es Salaam"), and a body's sites
# before "in <city>" ("a spokesman at the strike headquarters in Rio")
_PLACE_PARTICLES = frozenset("de da do dos das del la le los las el es al".split())
_SITE_NOUNS = frozenset("headquarters office offices bureau branch embassy consulate mission plant factory desk".split())
_VERB_OPENERS = frozenset("would will is was are were can could has had have may might must should did does do "
                          "isn't wasn't won't wouldn't can't couldn't".split())


_ING_WORD = re.compile(r"\b[a-z]+ing\b")
# words that follow a participle taking an object, never an -ing adjective of a role ("acting director")
_PARTICIPLE_OBJECTS = frozenset("it them him her the a an his its their this that these those up down out more less".split())


def circumstance_tail(m: str, i: int, hi: int) -> int:
    """Where a circumstance after a speaker's description ends when it runs to the sentence's end
    (", in a note to clients.", ", before the meeting."), else ``i``."""
    if m.startswith(",", i) and _CIRCUMSTANCE.match(m, i + 1, hi) and (t := _TO_SENTENCE_END.match(m, i + 1, hi)):
        return t.end()
    return i


_TO_SENTENCE_END = re.compile(r"[^,;:\n]*?(?=\.?\s*$)")


def _before_reporting_participle(m: str, ds: int, de: int) -> int:
    """Where an appositive after a name ends before the speaker's words go on in a participle
    of a verb of saying: "said Heizo Takenaka, the economy minister, adding that exports would
    pick up" (the description is "the economy minister"); ``ds`` when the participle opens it
    ("said Jane Doe, noting that ...": no description). Not "a managing director", "the acting
    governor": a participle inside the phrase, with no comma before it."""
    for pm in _ING_WORD.finditer(m, ds, de):
        if pm.group() not in cues().words:
            continue
        if pm.start() == ds:
            return ds
        comma = m.rfind(",", ds, pm.start())
        if comma >= 0 and not m[comma + 1 : pm.start()].strip():
            return comma
    return de


_BUT_CLAUSE = re.compile(r",\s+but\s+(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|our|this|that|these|"
                         r"those|[A-Z])\b")
_RELATIVE_OPEN = re.compile(r",?\s+(?:who|which)\s+(?:(?:also|later|then|has|have|had|once|previously|repeatedly|"
                            r"recently|earlier|publicly|since|often)\s+){0,2}")


def _clause_after_name(seg: list[tuple[int, int, str]]) -> bool:
    """Is what follows a name and its comma the report going on, not an appositive ("The tone,
    said Mr Milburn, would be more ...", "Often, said Mr Pearson, this information was ...")?"""
    lf = seg[0][2].lower()
    if lf in _VERB_OPENERS:
        return True
    if not seg[0][2][:1].islower() or lf in ("a", "an", "the") or lf in RELATIVE or lf == "whose":
        return False  # (a relative clause describes: "Bill Maher, who is supporting Sanders")
    for t in seg[1:7]:
        lt = t[2].lower()
        if lt in RELATIVE or lt in ("of", "for", "at", "in", "with", "on", "from"):
            return False
        if lt in _VERB_OPENERS:
            return True
    return False


_CIRCUMSTANCE = re.compile(
    r"(?<!\bclose)(?<!\bloyal)(?<!\bcloser)"  # ("said two people close to the campaign": who they are, not where)
    r"(?<!\bknown)(?<!\bknown only)(?<!\bidentified)(?<!\bidentified only)"  # (nor "said the base chief known
    # as Bob": a name)
    r"(?<!\ba)(?<!\ban)(?<!\bthe)"  # (nor a day after an article: "reads a Wednesday editorial in ...")
    r"\s+(?:in\s+(?:a|an|his|her|their)\s+(?:(?:court|written|joint|brief|radio|television|TV|phone|telephone|blog|"
    r"emailed|e-mailed|recent|new|separate|lengthy|short)\s+)?(?:statement|interview|e-?mail|post|tweet|letter|speech|"
    r"release|op-ed|essay|book|memo|note|video|podcast|call|filing|affidavit|complaint|lawsuit|column|newsletter)\b"
    # ("according to her lawyers in a court filing")
    r"|(?:on|last|this|early|late)\s+(?:" + DAYS + r"|week|month|year|Twitter|X|Facebook|Instagram|"
    r"TikTok|Telegram|television|air)\b"
    r"|(?:at|during)\s+(?:a|an|the)\s+(?:news|press|campaign|town|rally|briefing|hearing|event|"
    r"conference|meeting|debate|summit|interview)\b"
    r"|(?:when|after|before|while|as|because|since|according to|to reporters|to the|to ITV|"
    r"to CNN|to Reuters)\b|(?:" + DAYS + r")\b(?![ \t]+[A-Z]))"  # (but "the Sunday Times" is a name)
)


def clause_end(m: str, s: int, hi: int) -> int:
    """End of an appositive: the sentence end, a semicolon or a parenthesis."""
    e = s
    while e < hi:
        ch = m[e]
        if ch in ";()\n" or ch == MASK:
            break
        if ch in ".!?" and (e + 1 >= hi or m[e + 1] in " \n\t"):
            # keep initials and abbreviations inside ("Brandan P. Buck")
            w = m[max(s, e - 4) : e + 1].split()[-1] if m[max(s, e - 4) : e + 1].split() else ""
            if not _ABBR_DOT.fullmatch(w) and not (_TITLE_DOT.fullmatch(w) and m[e + 2 : e + 3].isupper()):
                break
        e += 1
    while e > s and m[e - 1] in " ,":
        e -= 1
    return e


# patterns compiled once (a module-level re call looks its pattern up in the re module's cache each time)
_INITIALS_ONLY = re.compile(r"[A-Z]{1,2}|[A-Z]\.(?:[A-Z]\.)?")
