"""Speaker descriptions -> structured roles.

``a former law enforcement officer in Los Angeles and a senior fellow at the
Small Wars Journal-El Centro`` gives two roles::

    {"role": "law enforcement officer", "qualifier": "former", "place": "Los Angeles", ...}
    {"role": "senior fellow", "organization": "Small Wars Journal-El Centro", ...}

Pure functions; offsets are relative to the text given.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from .lexicon import (
    countries,
    given_names,
    is_known_firm,
    nationalities,
    portfolios,
    positions,
    role_heads,
    role_nouns,
    title_words,
    titles,
    us_states,
    workplaces,
)
from .phrases import (BODY_KIND_NOUNS, BODY_NAME_WORDS, COMPANY_ENDS, DAYS, ORG_WORDS, PARTY_MEMBERS, SEAT_TITLES, TICKER_SYMBOL,
                      org_word, portfolio_words)

QUALIFIERS = ("former", "ex-", "retired", "acting", "interim", "then-", "onetime", "one-time", "outgoing", "incoming")
_SPLIT = re.compile(r",?\s+and\s+(?=(?:a|an|the|also|now)\s)|;\s+|,\s+(?=(?:a|an)\s)")
_LEAD = re.compile(r"^(?:who\s+is\s+|who\s+was\s+|is\s+|was\s+|now\s+|also\s+)?(?:a|an|the|his|her|its|their|one(?!\s+of\b)|another)\s+|^(?:now|also)\s+", re.I)
# the kind of body before its name: "of the nonprofit Homes First", "for the advocacy group Common
# Cause", "at the law firm Baker McKenzie", "of the brokerage Nesbitt Thomson"
_BODY_KINDS = "|".join(sorted(BODY_KIND_NOUNS))
_ORG_PREP = re.compile(r"\s+(?:at|of|for|with|from|to)\s+(?:the\s+)?(?:(?:former|then-)\s*(?=[A-Z]))?"
                      r"(?:(?:[A-Z][\w.]*-based\s+)?(?:[a-z][\w-]*\s+){0,2}(?:" + _BODY_KINDS + r")\s+"
                      # (where a party stands: "leader of the far-right Alternative for Germany", "of the opposition
                      # Christian Democrats", "of the pro-business Free Democrats")
                      r"|(?:(?:(?:pro|anti)-[a-z]+|[a-z]+-(?:wing|right|left|owned|run|backed|funded|partisan|official|"
                      r"held|controlled|linked|aligned|leaning|privatised|privatized)|opposition|ruling|governing|"
                      r"centrist|nationalist|populist|socialist|separatist|conservative|liberal|hardline)\s+){1,2}"
                      r"(?=[A-Z]))?"
                      r"(?P<org>[A-Z][^,;()]*?)(?=\s+in\s+[A-Z]|\s*$)")
# a body named before by its common noun: "a consultant epidemiologist at the agency" (the speakers'
# module finds which agency)
# a body's unit named in capitals, then the body: "Asia program at the German Marshall Fund"
_UNIT_THEN_BODY = re.compile(r"(?P<unit>[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}\s+(?:program|programme|desk|unit|"
                             r"division|practice|project|initiative|center|centre|lab|laboratory))\s+(?:at|of)\s+"
                             r"(?:the\s+)?(?P<org>[A-Z].*)$")
_BODY_NOUN_PREP = re.compile(r"\s+(?:at|of|for|with)\s+the\s+(?P<org>agency|company|firm|bank|union|council|"
                             r"department|ministry|commission|committee|institute|university|hospital|charity|"
                             r"board|authority|college|trust|foundation|association|organisation|organization)\s*$")
_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*$")
_AGE = re.compile(r"^\d{1,3}$")
_AGE_ADJECTIVE = re.compile(r"\d{1,3}-year-old\s+")
AGE_FIRST = re.compile(r"\d{1,3},\s+")  # an age before a description: "37, who ..."
_PARTY_TAG_FIRST = re.compile(r"[A-Z]-[A-Z][\w.]{1,8},\s+(?=\S)")  # "D-Ill., the committee's chairman"
_RELATIVE = re.compile(r"^(?:[Ww]ho|[Ww]hich|[Ww]hose|[Ww]hom)\b")  # (not "WHO", the World Health Organization)


@dataclass
class Role:
    role: str | None
    organization: str | None = None
    qualifier: str | None = None
    place: str | None = None
    description: str = ""
    start: int = 0
    end: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


_REL_ORG = re.compile(
    r"^(?:who|which)\s+(?P<verb>served|serves|worked|works|was|is|had been|has been|led|leads|heads|headed|"
    r"founded|runs|ran|joined|retired from|left)\s+(?:in|at|for|with|from)?\s*(?P<rest>.+)$", re.I)
_PASSIVE_FIRST = re.compile(r"(?:[a-z]+ly\s+)?([a-z]+ed|born|taken|given|shown|known|seen|held|told|sent|found|kept|left|"
                            r"made|paid|sold|struck|thrown|beaten|caught|brought|shot|hit|hurt|stabbed|jailed|sworn)\b")
_APPOINTED = frozenset("elected re-elected appointed named nominated promoted hired chosen selected installed "
                       "made sworn voted crowned ordained based employed stationed posted seconded".split())
_BASED_KIND = re.compile(r"[A-Z][\w.'\u2019-]*-(?:based|owned|run|led|backed|registered|listed|born)\s+[a-z]")
_OBJECT_FOR_BODY = re.compile(r"(?:project|campaign|team|work|effort|programme|program|review|investigation|research)"
                              r"\s+(?:for|at|of)\s+(?:the\s+)?([A-Z].*)$")
_RUNNING_VERBS = frozenset("runs ran leads led heads headed founded".split())
_PREP_FIRST = re.compile(r"\s+(?:in|at|for|with|from)\s")
_PAST = ("served", "worked", "was", "had been", "led", "headed", "ran", "retired from", "left", "founded", "joined")
_CUT_CLAUSE = re.compile(r"\s+(?:who|which|whose)\s.*$|\s+\w+ing\b(?=.*?\s(?:at|of|for|with)\s[A-Z])[^A-Z]*?(?=\s(?:at|of|for|with)\s[A-Z])")
_TITLE_WORDS = {
    "sen": "Senator", "senator": "Senator", "rep": "Representative", "representative": "Representative",
    "gov": "Governor", "governor": "Governor", "president": "President", "pres": "President",
    "gen": "General", "general": "General", "dr": None, "mr": None, "mrs": None, "ms": None, "prof": "Professor",
    "professor": "Professor", "secretary": "Secretary", "minister": "Minister", "mayor": "Mayor",
    "chancellor": "Chancellor", "judge": "Judge", "ambassador": "Ambassador", "lt": "Lieutenant",
    "col": "Colonel", "capt": "Captain", "sgt": "Sergeant", "adm": "Admiral", "rev": "Reverend",
    "premier": "Premier", "speaker": "Speaker", "chief": "chief", "sir": None, "dame": None,
    "justice": "Justice", "attorney": "Attorney", "mp": "MP", "mep": "MEP", "msp": "MSP",
    "administrator": "Administrator", "secretary-general": "Secretary-General", "under-secretary": "Under-Secretary",
    "commodore": "Commodore", "insp": "Inspector", "inspector": "Inspector", "supt": "Superintendent",
    "superintendent": "Superintendent", "constable": "Constable", "dci": "Detective Chief Inspector",
    "pc": "Police Constable", "dc": "Detective Constable", "ds": "Detective Sergeant", "di": "Detective Inspector",
    "dsu": "Detective Superintendent",
    "ald": "Alderman", "alderman": "Alderman", "alderwoman": "Alderwoman", "councilmember": "Councilmember",
    "cllr": "Councillor", "councillor": "Councillor", "councilman": "Councilman", "councilwoman": "Councilwoman",
}
# a firm's or a board's officers, as titles only when capitalised ("a committee chairman" keeps its case)
_CAPITALISED_TITLES = {w.lower(): w for w in "CEO CFO COO CTO CIO CMO Chair Chairman Chairwoman Executive Director "
                                             "Commissioner".split()}
_ROLE_NOUN = re.compile(
    r"(?:man|woman|person|er|or|ist|ant|ent|ian|chief|head|aide|official|secretary|leader|boss|czar|"
    r"member|fellow|analyst|expert|adviser|advisor|nominee|candidate|spokesperson|envoy|general|captain|coach|skipper|executive|mogul|tycoon|magnate|whip|"
    r"principal|advocate|delegate|laureate|magistrate|diplomat|pilot|nurse|surgeon|cleric|pundit|priest|chef|paramedic|"
    r"midwife|colonel|constable|critic|academic)$")
_NOT_ROLES = frozenset("the a an of in on at to for with by from after before over under other another "
                       "wrote writer said told her his their our its this that these those one however "
                       "together rather further later never ever whether either neither order matter "
                       "number paper water error center centre quarter chapter sector factor letter "
                       # verbs right before a name, with a doer's ending: "are set to offer Matt Dawson"
                       "offer deliver consider remember prefer enter answer counter gather render discover "
                       "recover register present represent prevent grant want spent sent went meant honor "
                       "favor assist resist insist exist persist enlist".split())
# capitalised only because they open the phrase: "Other senators", "Top committee leaders"
OPENERS = frozenset("""other others top many some most several few various numerous certain such more
    key leading prominent both all two three four five six seven eight nine ten dozens hundreds""".split())
# common nouns and adjectives capitalised at the start: part of the role ("Public health officials")
_ROLE_OPENERS = frozenset("""public law bond oil stock currency health senior local federal national
    international foreign military intelligence security government congressional campaign
    police party union industry trade aviation airline privacy energy banking retail technology tech transport
    property media defence defense mining steel shipping insurance telecoms motor auto car football rugby
    cricket tennis golf music film fashion food drinks travel tourism sports sport consumer environmental
    human rights civil real veteran longtime long-time prominent leading top freelance dairy sheep cattle young
    celebrity renowned grain commodity commodities jailed embattled disgraced beleaguered celebrated acclaimed
    study report research survey fire regional joint team area assistant deputy county""".split())  # (and words that open a role: "Real estate developer", "Veteran lawyer")


# the heads of offices in a body, which two roles joined by "and" hold in the same one ("Qantas chairman
# and chief executive")
_OFFICE_HEADS = frozenset("""chairman chairwoman chair president executive officer director treasurer secretary
    founder owner partner manager governor""".split())


# capitalised or not, these words belong to the title that follows: "Vice President", "Lt. Gov.",
# "Attorney General", "Chief Justice", "Prime Minister", "executive vice president"
_TITLE_MODS = {"vice": "Vice", "deputy": "Deputy", "assistant": "Assistant", "associate": "Associate",
               "executive": "Executive", "senior": "Senior", "chief": "Chief", "lt": "Lieutenant",
               "lieutenant": "Lieutenant", "prime": "Prime", "majority": "Majority", "minority": "Minority",
               "attorney": "Attorney", "surgeon": "Surgeon", "solicitor": "Solicitor", "inspector": "Inspector",
               "press": "Press", "first": "First", "co": "Co", "general": "General", "secretary": "Secretary",
               "shadow": "Shadow", "opposition": "Opposition", "det": "Detective", "detective": "Detective",
               "rt": "Right", "right": "Right", "most": "Most", "very": "Very", "district": "District", "ch": "Chief"}
# fields an analyst, an expert or a strategist works in: no body's names when capitalised to open a sentence
_FIELD_WORDS = frozenset("""political legal financial economic military security defence defense energy oil
    market markets industry health medical environmental technology tech sports football media election polling
    foreign credit equity currency bond commodities lead principal cybersecurity cyber aviation transport climate
    property housing retail banking mortgage insurance pensions construction tourism hospitality shipping mining
    farming fashion telecoms software""".split())  # (and "Lead author Jane Smith")
# what a director is of, no body: "Managing Director", "Communications Director", "Technical Director"
_DIRECTOR_MODS = {w.lower(): w for w in """Managing Communications Creative Technical Artistic Art Budget Medical
    Sporting Legal Marketing Research Political Policy Program Programme Finance Editorial Regional Campaign
    Film Musical Athletic Football""".split()}
# ("Shadow home secretary David Davis", "Opposition leader", "The Rt Rev", "the Most Rev")
# words that never continue a title leftwards: function words, verbs of the sentence, time words
_STOP = _NOT_ROLES | frozenset(
    """and or but as who which whom whose is was are were be been has had have will would said says told
    according including its his her their our my your some all both each many most month week year day
    time when while where than then also now not no so very just only into like about late early last next
    until since because if what how why whatever""".split()) \
    | frozenset("against with from over after before at in on to by under without between among amid "
                "during through toward towards upon via despite behind beyond near".split())  # ("disciplinary
# action against national coach Luis Aragones": the coach; "of" and "for" may be a title's own)
# capitalised words that open a sentence or a clause, never part of an organisation's name
_NOT_ORG = frozenset(
    """the a an his her its their our my your this that these those since when while but and or in on at
    as according last next after before during with without if so then meanwhile also now earlier later
    unlike like about among amid against despite following toward towards upon
    today yesterday tomorrow it he she they we i you by for from to of there here""".split()) | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split())
_JUDGES_HONORIFICS = frozenset("Mr Mrs Ms Miss Lord Lady Dame Sir".split())
_CONNECTORS = frozenset(("of", "and", "&", "de", "for", "on"))
_ORG_PARTICLES = frozenset("del della des du da do dos das di la le van von der den".split())  # inside a body's name
# people who stand towards someone, not work for them: "Trump supporter", "Romney confidant"
_NO_AFFILIATION = frozenset("""supporter critic fan opponent voter friend confidant admirer backer follower
    detractor loyalist donor ally allies rival challenger""".split())
_PARTY_WORDS = {"republican": "Republican Party", "gop": "Republican Party", "democratic": "Democratic Party",
                "democrat": "Democratic Party"}
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_TOKEN = re.compile(r"\S+")
_COMMON_NOUN_TITLES = frozenset(("Attorney", "Secretary", "General"))
_OWNER_DETERMINERS = frozenset("his her their its my our your".split())


def _head_title(tok: str) -> str | None:
    """The title a last word names ("Sen." -> "Senator", "spokesman"), "" for an honorific, else None."""
    word = tok.rstrip(".,").lower()
    if word.endswith("-elect") and len(word) > 6 and (base := _head_title(tok.rstrip(".,")[:-6])):
        return base + "-elect" if tok[:1].isupper() else tok.rstrip(".,")  # "President-elect Donald Trump",
        # "the president-elect" (as written)
    if word in _TITLE_WORDS:
        return _TITLE_WORDS[word] or ""
    if tok[:1].isupper() and word in _CAPITALISED_TITLES:
        return _CAPITALISED_TITLES[word]  # "Tesla CEO", "Fed Chair", "Google Chairman"
    if tok[:1].islower() and word not in _NOT_ROLES and not word.endswith(("ment", "ments")) and (
            _ROLE_NOUN.search(word) or word.endswith("s") and _ROLE_NOUN.search(word[:-1]) or word in positions()):
        return tok.rstrip(".,")  # "spokesman", "analysts", "quarterback"
    return None


_NOBLE_WORDS = frozenset("Prince Princess Sheikh Sheikha".split())  # (a title of birth, no office; "King" is one)


def parse_title(prefix: str, offset: int = 0) -> list[Role]:
    """The role that words before a name state, read from the right: 'Sen.', 'Mexican President',
    'EU chief', 'ITV News\'', 'former Vermont governor', 'U.S. trade representative'. Words
    further left that cannot belong to a title ('mention of primary challenger', 'help from
    Labor Secretary') are left out of the role and its span."""
    if prefix.startswith("Head ") and prefix[5:6].islower():
        prefix = "h" + prefix[1:]  # "Head teacher Sarah Quinn", "Head coach Sean Payton": a head teacher, not a
        # teacher of "Head" (the same length, so offsets stay put)
    toks = [(m.group(), m.start()) for m in _TOKEN.finditer(prefix)]
    if not toks:
        return []
    if len(toks) >= 2 and toks[-1][0] in _NOBLE_WORDS:
        return parse_title(prefix[:toks[-1][1]].rstrip(), offset)  # "Saudi Energy Minister Prince Abdulaziz": the
        # prince's title before his rank
    if len(toks) >= 2 and toks[0][0][:1].isupper() and _POSSESSIVE.search(toks[0][0]) \
            and (inner := parse_title(prefix[toks[1][1]:], offset + toks[1][1])) and inner[0].role \
            and inner[0].organization is None and inner[0].place is None \
            and inner[0].start == offset + toks[1][1] and inner[0].end == offset + len(prefix.rstrip(" ,")):
        # (the title the whole rest, nothing left out: not "Boston's historic Faneuil Hall with Mayor")
        # "Wales's First Minister Eluned Morgan": the owner's office, as "Mexico's chief debt negotiator" is
        r = inner[0]
        return [Role(r.role, _POSSESSIVE.sub("", toks[0][0]), r.qualifier, None, prefix[toks[0][1]:r.end - offset],
                     offset + toks[0][1], r.end)]
    last = toks[-1][0].rstrip(",")
    if _POSSESSIVE.search(last) and last[:1].isupper():  # "ITV News' Ben Chapman": the outlet
        i = len(toks) - 1
        while i > 0 and toks[i - 1][0][:1].isupper() and toks[i - 1][0].lower() not in _NOT_ORG:
            i -= 1
        outlet = _POSSESSIVE.sub("", " ".join(t for t, _ in toks[i:]).rstrip(",")).strip()
        if not outlet or any(ch.isdigit() for ch in outlet) or outlet.lower() in _NOT_ORG:
            return []
        s, e = toks[i][1], toks[-1][1] + len(toks[-1][0])
        return [Role(None, outlet, None, None, prefix[s:e], offset + s, offset + e)]
    title: str | None = _head_title(last)
    if title in _COMMON_NOUN_TITLES and last[:1].islower() and (
            len(toks) == 1 or toks[-2][0].lower() in _OWNER_DETERMINERS):
        title = last.rstrip(".,")  # "His attorney, Linda Marsh": a common noun, as written (not the title
        # "Attorney" of "Attorney General"), nor "her secretary" a Secretary
    if not title and last in ("Democrat", "Republican") and (len(toks) == 1 or len(toks) == 2 and toks[0][0].lower() in QUALIFIERS):
        # "Democrat Ruben Gallego", "former Republican Jon Huntsman": a member of the party
        s = toks[0][1] if len(toks) == 1 else toks[1][1]
        return [Role(last, _PARTY_WORDS[last.lower()], toks[0][0].lower() if len(toks) == 2 else None, None,
                     prefix[s:], offset + s, offset + len(prefix))]
    if not title and (co := _CHIEF_OFFICER.search(prefix)) is not None:
        # "Chief Financial Officer Graeme Pitkethly", "Unilever chief operating officer": one title (with the
        # body before it, if any)
        org = co.group("org").strip() or None
        s0 = co.start("org") if org else co.start("role")
        before = prefix[:s0].split()
        q = before[-1].lower().rstrip("-") if before and before[-1].lower() in QUALIFIERS else None
        return [Role(co.group("role"), org, q, None, prefix[s0:co.end()], offset + s0, offset + co.end())]
    if not title:
        if (m := _OFFICE_FOR_AT_END.search(prefix)) is not None and (office := _office_for(m.group(0))) is not None:
            # "Labour MP for Stroud", "Minister for Europe" before the name: the office and its seat or portfolio
            return [Role(office[0], office[1], None, office[2], m.group(0), offset + m.start(), offset + m.end())]
        return []  # not a title, or an honorific only (Mr., Dr.)
    head_cap = last[:1].isupper()
    i = len(toks) - 1
    mods: list[str] = []
    while i > 0 and len(mods) < 3:
        w = toks[i - 1][0]
        low = w.rstrip(".").lower()
        if low in _TITLE_MODS and (low != "first" or head_cap) and w not in ("Co", "Co."):
            # "First Lady", not "first chairman"; "Pennzoil Co Chairman": the firm's, no co-chairman
            mods.insert(0, _TITLE_MODS[low] if w.endswith(".") or w[:1].isupper() else w)
        elif low in _DIRECTOR_MODS and title.lower() == "director" and not mods:
            mods.insert(0, w)  # "Managing Director", "Finance director": one title, of no body "Finance"
        elif not head_cap and w[:1].isupper() and low in _FIELD_WORDS and i == len(toks) - 1 - len(mods) \
                and i - 1 == 0:
            mods.insert(0, low)  # "Political analyst Yogendra Yadav": a field, opening the sentence, no body
        elif not head_cap and w[:1].islower() and low not in _STOP \
                and low not in QUALIFIERS and not low.endswith("ed") and not any(ch.isdigit() for ch in w):
            mods.insert(0, w)  # "trade representative", "managing board chairman"
        else:
            break
        i -= 1
    if mods:
        title = " ".join(mods) + " " + (title if head_cap else last.rstrip("."))
    elif title == "Executive":
        return []  # ("Administrative Executive Robin Taylor": only "Chief Executive" is the capitalised title)
    qualifier: str | None = None

    def take_qualifier() -> None:
        nonlocal i, qualifier
        if qualifier is None and i > 0 and toks[i - 1][0].lower() in QUALIFIERS:
            qualifier = toks[i - 1][0].lower().rstrip("-")
            i -= 1

    take_qualifier()
    if head_cap and not mods and i == len(toks) - 1 and i > 0 and toks[i - 1][0].rstrip(".") in _JUDGES_HONORIFICS \
            and title == "Justice":
        s0 = toks[i - 1][1]  # "Mrs Justice Cutts", "Lord Justice Leveson": a judge's title, no body "Mrs"
        return [Role(prefix[s0:].rstrip(", "), None, qualifier, None, prefix[s0:].rstrip(", "), offset + s0,
                     offset + len(prefix.rstrip(", ")))]
    j = i
    while j > 0 and i - j < 6:
        w = toks[j - 1][0]
        low = w.lower()
        if w[:1].isupper() and low not in _NOT_ORG and low not in QUALIFIERS and not any(ch.isdigit() for ch in w) \
                and not w.endswith(("!", "?")) or low in _CONNECTORS:
            j -= 1
        else:
            break
    while j < i and toks[j][0].lower() in _CONNECTORS:
        j += 1  # "and Republican front-runner": the connector belongs to the sentence
    lead: str | None = None  # a hyphened adjective opening the phrase, no part of a body's name
    if j == 0 < i and "-" in toks[0][0] and (tail := toks[0][0].split("-", 1)[1])[:1].islower() \
            and not _ROLE_NOUN.search(tail.lower()):  # (but "Co-author Prof Martin Siegert": a role of its own)
        lead = toks[0][0]  # "Tough-scrummaging prop Tim Payne", "a Florida-based Republican strategist"
        j = 1
    if (k := _other_before_and(toks, j, i)) is not None:
        j = k  # "Treasury Secretary James Baker and Federal Reserve Board Chairman": the board only
    if j < i and toks[i - 1][0].lower() in _CONNECTORS:
        j = i  # "Hillary Clinton and Sen.": the names before "and" are other people
    if j == i and i >= 2 and toks[i - 1][0].lower() in ("and", "&") and _head_title(toks[i - 2][0].rstrip(",")) \
            and (first := parse_title(prefix[:toks[i - 1][1]].rstrip(), offset)) and first[0].role:
        # "chairman and chief executive Kevan Gosper", "Qantas chairman and chief executive ...": two
        # roles, the second of the body the first names
        s, e = toks[i][1], toks[-1][1] + len(toks[-1][0].rstrip(","))
        shared = all(r.split()[-1].lower().split("-")[-1] in _OFFICE_HEADS for r in (first[0].role, title))  # (not "Premiership
        # footballer and record company boss": a footballer of the league, a boss of some company)
        return first + [Role(title, first[0].organization if shared else None, qualifier,
                             first[0].place if shared else None, prefix[s:e], offset + s, offset + e)]
    org: str | None = None
    place: str | None = None
    extra: list[Role] = []
    if j < i and j == 0:  # the phrase's first word, capitalised only for that
        low = toks[j][0].lower()
        if low in OPENERS or low == "fellow":
            j += 1  # "Other senators", "Many Democratic officials", "Fellow speaker"
        elif (toks[j][0] in OCCUPATIONS_BEFORE_NAMES or toks[j][0] in ("Co-author", "Co-founder")) \
                and not _head_title(toks[j][0]):
            if head_cap or j + 1 < i:
                # "Co-author Prof Martin Siegert": a role of its own before the title, no organisation
                w0, s0 = toks[j][0], toks[j][1]
                extra.append(Role(low, None, None, None, w0, offset + s0, offset + s0 + len(w0)))
                j += 1
            else:
                title = low + " " + (title if mods else last.rstrip("."))  # "Activist lawyer": one role, no body
                i = j
        elif (low in _ROLE_OPENERS or low in workplaces() and not head_cap) and j + 1 == i:
            # "Public health officials"; "Health Secretary" keeps the case of its title; "Shop
            # owner Tom Reyes" works in a shop, of no organisation called "Shop"
            as_written = last.rstrip(".") if title.lower() == last.rstrip(".").lower() else title  # ("Police Chief")
            title = (toks[j][0] if head_cap else low) + " " + (as_written if head_cap or mods else last.rstrip("."))
            i = j  # ("Bank governor Chang": "bank governor", as written)
    if j < i:
        org = _POSSESSIVE.sub("", " ".join(t for t, _ in toks[j:i])).strip() or None
        i = j
        take_qualifier()
    if org:
        org, place, title = _sort_prefix(org, title)
    if lead is not None and i > 0:
        i = 0  # (the role's words start with the adjective)
        if (pm := _PLACE_ADJECTIVE.fullmatch(lead)) is not None:
            place = place or pm.group(1)  # "Florida-based": where
    s, e = toks[i][1], toks[-1][1] + len(toks[-1][0].rstrip(","))
    return extra + [Role(title, org, qualifier, place, prefix[s:e], offset + s, offset + e)]


# words that open a body's name after "and", and the people before "and" who are no body's name
_BODY_OPENING = frozenset("Federal House Senate National U.S. US State Treasury Supreme Central European World "
                          "International United White Republican Democratic".split())
_PEOPLE_BEFORE_AND = frozenset("Republicans Democrats Conservatives Tories Liberals Officials Leaders".split())


def _other_before_and(toks: list, j: int, i: int) -> int | None:
    """Where a body's name before a title starts when the words read hold an "and" that joins
    another person or group to it, not two words of one name ("Ways and Means Committee",
    "Securities and Exchange Commission"): after the "and", when a body's name opens there or
    a group or a given name stands before it."""
    ands = [k for k in range(j, i) if toks[k][0] == "and"]
    if not ands:
        return None
    k = ands[-1]
    if k + 1 >= i:
        return None
    left = [t for t, _ in toks[j:k]]
    if toks[k + 1][0] in _BODY_OPENING or left and left[-1] in _PEOPLE_BEFORE_AND \
            or any(t.lower() in given_names() for t in left[:-1]):
        return k + 1
    return None


_PLACE_ADJECTIVE = re.compile(r"([A-Z][\w.]*)-(?:based|area)")


def _portfolio_run(words: list[str]) -> bool:
    """Portfolios joined by "and" ("Mines and Energy", "Economic Planning", "Trade and Industry")."""
    return len(words) >= 2 and words[0].lower() in portfolio_words() and words[-1].lower() in portfolio_words() \
        and all(w.lower() in portfolio_words() or w in ("and", "&") for w in words)


_CHAMBERS = frozenset(("Senate", "House", "Assembly", "State Senate", "State House", "Congress"))


def _sort_prefix(org: str, title: str) -> tuple[str | None, str | None, str]:
    """Capitalised words before a title: a party ("Republican front-runner"), a portfolio
    ("Finance Minister"), a nationality ("Mexican President") or an organisation."""
    low = org.lower()
    head = title.split()[-1].lower()
    if head.rstrip("s") in _NO_AFFILIATION or head in _NO_AFFILIATION:
        return None, None, org + " " + title  # "a Trump supporter" is no member of an organisation "Trump"
    if low == "marine":
        return None, None, "Marine " + title  # a branch's member ("Marine officer"); the body is the Marine Corps
    if low in _PARTY_WORDS:
        return _PARTY_WORDS[low], None, title
    if title.lower() in ("independent", "democrat", "republican") and (org in us_states() or low in countries()):
        return _PARTY_WORDS.get(title.lower()), org, title  # "the Vermont independent": from Vermont
    words = org.split()
    if len(words) >= 2 and words[-1].lower() in _PARTY_WORDS:
        rest = " ".join(words[:-1])
        if (rest in us_states() or rest.lower() in countries()) and head not in _OFFICE_HEADS:
            # "Iowa Republican Sen.": of the party, from Iowa (but "Wyoming GOP chairman" chairs the
            # state's party, a body of its own)
            return _PARTY_WORDS[words[-1].lower()], rest, title
        if rest in _CHAMBERS:
            return _PARTY_WORDS[words[-1].lower()], None, rest + " " + title  # "Senate Republican whip"
    if len(words) >= 2 and words[0].rstrip(".").lower() in _TITLE_MODS and words[0][:1].isupper() \
            and all(w in PLACE_ABBREVIATIONS or w in nationalities() for w in words[1:]):
        return None, None, org + " " + title  # "Assistant U.S. Attorney", "Deputy U.S. Marshal": one title
    if head in ("chief", "boss", "czar", "tsar") and " " not in title and " ".join(words).lower() in portfolios() \
            and words[0].lower() not in ("labour", "labor"):
        return None, None, org + " " + title  # "Competition chief Margrethe Vestager": an office, no body
        # "Competition" (but "Labour election chief", "Labour chief": the party's)
    if head in ("minister", "secretary", "commissioner", "ministers", "secretaries"):
        for k in range(len(words)):
            if " ".join(words[k:]).lower() in portfolios() or _portfolio_run(words[k:]):
                title = " ".join(words[k:]) + " " + title  # "West German Finance Minister"
                words = words[:k]
                if words:
                    words[-1] = _POSSESSIVE.sub("", words[-1])  # ("Russia's Foreign Minister": of Russia)
                if words and words[-1].lower() in _TITLE_MODS:
                    title = words.pop() + " " + title  # "Assistant Defense Secretary"
                break
    if not words:
        return None, None, title
    if words[-1] in nationalities() and len(words) <= 2 and (
            len(words) == 1 or words[0] in nationalities() or words[0] in ("West", "East", "North", "South")):
        return None, " ".join(words), title
    return " ".join(words), None, title


# a home town: "of Exeter", "from Stoke", "of Sodus in Upstate New York" (the place's words only:
# not "of Philadelphia sold water ...")
HOME_TOWN = re.compile(r"(?:from|of)[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|in|upstate|the)"
                       r"(?=[ \t]+[A-Z]|[ \t]*$|[,.;])|[ \t]+[A-Z][\w.'\u2019-]*)*")


# a body a person is of, after the name or as an appositive: "of the Brookings Institution",
# "from the University of Leeds", "at Harvard University", "with Merrill Lynch"
_BODY_AFTER = re.compile(r"(?:of|from|at|with)[ \t]+(?:the[ \t]+)?"
                         # (what the body is before its name: "of the brokerage Nesbitt Thomson")
                         r"(?:(?P<kind>(?:(?:[a-z]+|[A-Z]{2,4})[ \t]+)?(?:" + _BODY_KINDS + r"))[ \t]+)?"  # ("of IT firm")
                         r"(?P<org>[A-Z][\w.&'\u2019-]*"
                         r"(?:[ \t]+(?:(?:of|for|and|&|on|the)[ \t]+)*[A-Z][\w.&'\u2019-]*){0,7})")


def body_after(text: str, pos: int = 0) -> tuple[int, int, str] | None:
    """"of/from/at/with (the) Body" at ``pos`` (its span, and the body's name), when the
    capitalised words are a body's name: one of them a word for a body ("University",
    "Institution", "Bank"), or a firm the list knows; not a place ("of Flint", "from Stoke")."""
    m = _BODY_AFTER.match(text, pos)
    if m is None:
        return None
    org, end = m.group("org"), m.end()
    if (stop := _NAME_THEN_SENTENCE.search(org)) is not None:
        org, end = org[:stop.start() + 1], m.start("org") + stop.start() + 1  # "of Chemical Bank. This ..."
    org = org.rstrip()
    if org.endswith(("'s", "\u2019s")):
        org, end = org[:-2], m.start("org") + len(org) - 2  # "at the Bank of Finland's research unit"
    words = [w.rstrip(".").lower() for w in org.split()]
    if org.endswith(".") and words[-1] not in ("inc", "corp", "co", "ltd", "bros"):
        org, end = org[:-1], end - 1  # the sentence's full stop, not "Inc."
    if words[-1] in STREET_WORDS:
        return None  # "of University Road": an address
    if any(org_word(w) or w in COMPANY_ENDS for w in words) or is_known_firm(org) or m.group("kind") \
            or any(org_word(w[:-2]) for w in words if w.endswith(("'s", "\u2019s"))) \
            or len(words) >= 2 and (words[-1] in _FIRM_NAME_ENDS
                                    or words[-1] in BODY_NAME_WORDS and "the" in text[m.start():m.start("org")].split()) \
            or len(words) >= 3 and words[0] == "friends" and words[1] == "of":
        return m.start(), end, org  # ("Gene Munster of Deepwater Asset Management", "Harriet Cole of Fenwick Books"; a
        # body's unit: "of West Yorkshire Police's Major Collision Enquiry Team"; "of the Wildlife Trust", after "the":
        # a firm's "of Bankers Trust" is left to the name the text gives in full; "of Friends of the Earth")
    if any(_ACRONYM_WORD.fullmatch(w) for w in org.split()) and org not in PLACE_ABBREVIATIONS:
        return m.start(), end, org  # "Ben Wood of CCS Insight", "Caroline Levy of E.F. Hutton": letters for a name
    return None


# last words of firms' names that no place or person has: "Deepwater Asset Management", "Counterpoint Research"
_FIRM_NAME_ENDS = frozenset("""management capital partners securities research associates advisors advisers consulting
    consultants investments holdings books publishing media analytics insight strategies economics""".split())
_ACRONYM_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}")
PLACE_ABBREVIATIONS = frozenset("U.S. U.K. UK US USA U.S.A. UAE U.A.E. D.C. N.Y. L.A. NYC".split())


# a word of three letters or more and a full stop, then another word: a sentence ends there (not
# "T.H. Chan", "U.S. Steel", "St. Louis", "Co. Ltd")
_NAME_THEN_SENTENCE = re.compile(r"(?<=[A-Za-z]{3})\.[ \t]+(?=[A-Z])")
STREET_WORDS = frozenset("road street avenue lane drive way square place close crescent terrace row hill park".split())


# occupations the press capitalises before a name ("Analyst Lee said", "Actress Amandla Stenberg"):
# none of them a title, a party, a rank or a word that opens a firm's name ("General", "National")
OCCUPATIONS_BEFORE_NAMES = frozenset("""Analyst Economist Strategist Trader Dealer Lawyer Consultant Investor
    Founder Actor Actress Singer Rapper Comedian Presenter Broadcaster Boss Star Midfielder Striker Defender
    Winger Goalkeeper Keeper Chef Designer Architect Author Writer Novelist Playwright Producer Pundit Critic
    Campaigner Activist Researcher Scientist Resident Student Farmer Businessman Businesswoman Entrepreneur
    Banker Spokesman Spokeswoman Spokesperson Aide Adviser Advisor Executive Manager Substitute""".split())

_PLACE_TAIL = re.compile(r"[ \t]+in[ \t]+([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})")


_BECAME = re.compile(r"(?:who|which)\s+(?:became|has\s+become|had\s+become|becomes)\b", re.I)
# the appointing verbs of a relative's passive ("who was appointed chief executive in May"): the post after them is
# the person's (and no "former": the appointment is mostly why the story names the post)
_MADE_HOLDER = frozenset("elected re-elected appointed named nominated promoted hired chosen selected installed made "
                         "sworn voted crowned ordained".split())
_POST_AFTER_PARTICIPLE = re.compile(r"(?:\s+in(?=\s+as\b))?(?:\s+(?:(?:early|late)\s+)?(?:last|this|earlier|next)\s+(?:year|month|week)\b|"
                                    r"\s+(?:in|on)\s+(?:\d{4}|January|February|March|April|May|June|July|August|"
                                    r"September|October|November|December|" + DAYS + r")\b)?(?:\s+by\s+(?P<by>(?:the\s+)?[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
                                    r"[A-Z][\w&'\u2019.-]*){0,4}))?\s+(?:as\s+|to\s+(?:be\s+)?)?(?P<post>.+)")
# when, at the post's end: "in May", "last year", "in 2020", "earlier this month"
_WHEN_TAIL = re.compile(r"\s+(?:(?:in|on|since|from)\s+(?:early\s+|late\s+|mid-)?(?:\d{4}|January|February|March|April|May|June|"
                        r"July|August|September|October|November|December|" + DAYS + r")\b|(?:earlier\s+|late\s+)?"
                        r"(?:last|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b).*$")
# what one is named but holds no post of: "player of the match", "the club's player of the year", "best urban act"
_AWARD = re.compile(r"(?:the\s+)?(?:best|most|top)\s|(?:[\w'\u2019-]+\s+){0,3}of\s+the\s+(?:match|year|month|season|tournament|game|series|week|race|round)\b")


def _appointed_to(desc: str, i: int, offset: int) -> list[Role]:
    """The post in "who was appointed chief executive of Tesco in May" after the participle that ends at ``i``
    (its body after "by" too: "who was hired by Google as a researcher"); none for an award ("who was named
    player of the match") or a post that does not parse."""
    pm = _POST_AFTER_PARTICIPLE.match(desc, i)
    if pm is None:
        return []
    post = pm.group("post")
    if (wt := _WHEN_TAIL.search(post)) is not None:
        post = post[:wt.start()]
    if not post.strip() or _AWARD.match(post):
        return []
    roles = parse_description(post, offset + pm.start("post"))
    if pm.group("by") and roles and all(r.organization is None for r in roles):
        for r in roles:
            r.organization = pm.group("by").removeprefix("the ")
    return [r for r in roles if r.role is not None or r.organization is not None]


def parse_description(desc: str, offset: int = 0) -> list[Role]:
    """Roles stated by an appositive or relative clause; [] for an age alone."""
    if "<" in desc or ">" in desc:
        return _parse_wire_description(desc, offset)
    roles = _parse_description(desc, offset)
    for r in roles:
        if r.role and r.organization and r.place is None and (om := _OWNER_FIRST.match(r.role)) is not None \
                and (r.organization.lower() in countries() or r.organization in us_states()
                     or r.organization.lower() in _REGIONS):
            # "Visa's chief general manager for Asia": the owner's manager, for a region (not a manager of "Asia")
            r.role, r.organization, r.place = r.role[om.end():], om.group(1), r.organization
    return roles


# a wire's marks in a description: a stock ticker, closed or cut off at the end ("Ford Motor Co <F>"), and the
# brackets round a firm it lists no ticker for ("president of <Morgan Guaranty Trust Co>", "Bombardier Inc>'s unit")
_WIRE_MARKS = re.compile(r"[ \t]*<" + TICKER_SYMBOL + r"(?:>|$)|[<>]")
_SPACE_BEFORE_PUNCT = re.compile(r" (?=['\u2019]s\b|[,.;:])")


def without_wire_marks(text: str) -> str:
    """``text`` without a wire's tickers and brackets: "Fiji gold miner <" is "Fiji gold miner"."""
    return " ".join(_WIRE_MARKS.sub("", text).split())


def _parse_wire_description(desc: str, offset: int) -> list[Role]:
    """The roles of a description holding a wire's marks, read with the marks blanked (so that the offsets still
    hold): "president of <Morgan Guaranty Trust Co>" is a president of Morgan Guaranty Trust Co."""
    roles = parse_description(_WIRE_MARKS.sub(lambda m: " " * len(m.group()), desc), offset)
    for r in roles:
        r.role, r.organization, r.qualifier, r.place, r.description = (
            _SPACE_BEFORE_PUNCT.sub("", " ".join(v.split())) or None if v is not None else None
            for v in (r.role, r.organization, r.qualifier, r.place, r.description))
        r.description = r.description or ""
    return roles


_OWNER_FIRST = re.compile(r"([A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})['\u2019]s[ \t]+(?=[a-z])")
_REGIONS = frozenset(("asia", "europe", "africa", "latin america", "north america", "south america", "the middle east",
                      "middle east", "asia pacific", "asia-pacific", "the americas", "emea", "the gulf", "scandinavia",
                      "eastern europe", "western europe", "central europe", "southeast asia", "east asia"))


def _parse_description(desc: str, offset: int = 0) -> list[Role]:
    """:func:`parse_description` before the owner of a regional post is read."""
    desc = desc.strip().rstrip(".,;")
    if (body := body_after(desc)) is not None and body[1] == len(desc):
        return [Role(None, body[2], None, None, desc, offset, offset + len(desc))]  # "of the Cato Institute"
    if body is not None and (pm := _PLACE_TAIL.fullmatch(desc, body[1])) is not None:
        # "of Monash University in Melbourne": the body, then where it is
        return [Role(None, body[2], None, pm.group(1), desc, offset, offset + len(desc))]
    if not desc or _AGE.match(desc) or HOME_TOWN.fullmatch(desc):
        return []  # (nor a home town: "of Exeter", "from Stoke")
    if (lead := _SERVING_AS.match(desc)) is not None:
        offset += lead.end()  # "working as a pundit for the BBC": a pundit of the BBC
        desc = desc[lead.end():]
    age = AGE_FIRST.match(desc) or _PARTY_TAG_FIRST.match(desc)
    if age:  # "37, who made the journey ...": the age is no role (nor "D-Ill., the committee's chairman": the party tag)
        offset += age.end()
        desc = desc[age.end() :]
    if (bm := _BECAME.match(desc)) is not None:
        return _appointed_to(desc, bm.end(), offset)  # "who became chief executive in August": the post now held
    m = _REL_ORG.match(desc)
    if m and m.group("verb").lower() in ("is", "was") and desc[m.end("verb"):].lstrip().startswith("in "):
        return []  # "who was in Africa this week": where, not what
    if m and m.group("verb").lower() in ("is", "was", "has been", "had been") \
            and (pm := _PASSIVE_FIRST.match(m.group("rest"))) is not None and pm.group(1).lower() in _MADE_HOLDER:
        return _appointed_to(desc, m.start("rest") + pm.end(), offset)
    if m and m.group("verb").lower() in ("is", "was", "has been", "had been") \
            and (pm := _PASSIVE_FIRST.match(m.group("rest"))) is not None and pm.group(1).lower() not in _APPOINTED:
        return []  # "who was wrongly accused of stealing £36,000 from her village shop": what was done to the person
        # (but "who was elected mayor in 2020" names a role)
    if m and m.group("verb").lower() in ("is", "was", "has been", "had been") and not _PREP_FIRST.match(
            desc, m.end("verb")):
        # "who is a Lebanese citizen living in Switzerland": a description, not an organisation
        rs = m.start("rest")
        roles = parse_description(m.group("rest"), offset + rs)
        if m.group("verb").lower() != "is":
            for r in roles:
                r.qualifier = r.qualifier or "former"
        return roles
    if m and desc[:5].lower() == "which" and m.group("verb").lower() in _RUNNING_VERBS:
        return []  # "Trinity House, which runs England's lighthouses": what a body runs is no body it belongs to
    if m:
        q = "former" if m.group("verb").lower() in _PAST else None
        out = []
        pos = desc.find(m.group("rest"))
        for part in _LIST_SEP.split(m.group("rest")):
            bare = _ARTICLE_FIRST.sub("", part.strip()).strip()
            if _BASED_KIND.match(bare):
                continue  # "Vistra Corp., the Texas-based company that owns the site": what the body before is
            if (pm := _OBJECT_FOR_BODY.match(bare)) is not None:
                bare = pm.group(1)  # "who led the project for Vistra Corp.": the body the work was for
            org = _clean_org(bare)
            if org and org[:1].isupper():
                st = desc.find(part, pos)
                out.append(Role(None, org, q, None, part.strip(), offset + st, offset + st + len(part)))
        return out
    if _RELATIVE.match(desc):
        return []
    if (bd := _BODY_DESCRIBED_AFTER.search(desc)) is not None:
        desc = desc[:bd.end(1)]  # "founder of Bridgewater Associates, the world's largest hedge fund": what the
        # body is, no second role of the speaker's
    if (tail := _PARTICIPLE_AFTER_COMMA.search(desc)) is not None:
        desc = desc[:tail.start()]  # "president of the Minnesota Nurses Association, addressing a rally ...":
        # what the speaker was doing, no role
    cut = _TENURE.search(desc) if " with " in desc else None
    if cut is not None:  # "a mechanic with 17 years at the company": how long, no part of the role
        whole, whole_at = desc, offset
        out = parse_description(desc[:cut.start()] + desc[cut.end():], offset)
        for r in out:  # (offsets and descriptions as written)
            s0, e0 = r.start - whole_at, r.end - whole_at
            s0 += len(cut.group()) if s0 >= cut.start() else 0
            e0 += len(cut.group()) if e0 > cut.start() else 0
            r.start, r.end, r.description = whole_at + s0, whole_at + e0, whole[s0:e0]
        return out
    out = []
    pos = 0
    for piece in (p for part in _SPLIT.split(desc) for p in _split_roles(part)):
        start = desc.find(piece, pos)
        pos = start + len(piece)
        role = _parse_one(piece.strip(), offset + start)
        if role and (role.role is None or is_role_like(role.role)):
            if role.role in OCCUPATIONS_BEFORE_NAMES:
                role.role = role.role.lower()  # "Economist Colen Garrow": an occupation, capitalised only by its place
            out.append(role)
    return out


_TENURE = re.compile(r"\s+with\s+(?:(?:more\s+than|over|almost|nearly|about)\s+)?(?:\d+|one|two|three|four|five|six|"
                     r"seven|eight|nine|ten|twenty|thirty|forty|many|several|a\s+few)\s+(?:years|decades)"
                     r"(?:['\u2019]?\s+(?:of\s+)?experience)?(?=\s|$)")
_SERVING_AS = re.compile(r"(?:now\s+)?(?:working|serving|acting|employed)\s+as\s+(?:an?\s+|the\s+)?(?=[a-z])")
_BODY_DESCRIBED_AFTER = re.compile(r"^[a-z][\w -]*?\s(?:of|at|for|with)\s+(?:the\s+)?([A-Z][^,;]*),\s+the\s+[^,;]*$")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+[a-z]+ing\s(?![a-z]+,)")  # (not "rescheduling unit, at Lloyds")
_AFTER_HEAD = frozenset(("emeritus", "emerita", "elect", "designate"))  # words after a role's head
_ROLE_CORE = re.compile(r"\s(?:of|for|at|in|with|on|from|to|based|working|living|visiting|representing|who|which)\s|\s*\(")
_DOER_ENDS = ("er", "or", "ist", "ian", "eur", "man", "men", "woman", "person")


@lru_cache(maxsize=4096)
def is_role_like(role: str) -> bool:
    """Is this a role, by its head noun (the last word before a preposition, the last part of a
    hyphened word): a title, a role head, a noun for a doer or a role noun ("bank's resident
    representative in the Philippines", "vice-president", "Other senators"); not "the landmark
    31-page agreement", "fight", "Sanders campaign"?"""
    words = _ROLE_CORE.split(role, 1)[0].split()
    if not words:
        return False
    parts = words[-1].rstrip(".,").lower().split("-")
    if len(parts) > 1 and parts[-1] in _AFTER_HEAD:
        parts.pop()  # "president-elect", "Prime Minister-designate"
    elif len(words) > 1 and parts[-1] in _AFTER_HEAD:
        parts = words[-2].rstrip(".,").lower().split("-")  # "professor emeritus", "minister designate"
    head = parts[-1]
    forms = (head, head[:-1], head[:-2]) if head.endswith("es") else (
        (head, head[:-1]) if head.endswith("s") and not head.endswith("ss") else (head,))  # "bosses", "officials"
    return any(h in role_heads() or h in role_nouns() or h in title_words() or h.endswith(_DOER_ENDS) for h in forms)


def _parse_one(piece: str, start: int) -> Role | None:
    body = _LEAD.sub("", piece)
    if not body or _RELATIVE.match(body):
        return None
    if (own := _OWNER.match(body)) is not None and own.group("owner") not in _NOT_OWNERS \
            and not _person_owner(own.group("owner")) \
            and (inner := _parse_one(own.group("rest"), start)) is not None and _owned_role(inner):
        # "Acme's former chief executive", "the county council's cabinet member for education",
        # "Mexico's chief debt negotiator": the owner is the organisation (not "Labour's Mr Livingstone")
        inner.organization = own.group("owner")
        inner.description, inner.end = piece, start + len(piece)
        return inner
    if (own := _PLACE_OWNER.match(body)) is not None and (inner := _parse_one(body[own.end():], start)) is not None \
            and _owned_role(inner):
        # "the state's emergency management commissioner", "the city's police chief": the place the text is
        # about, named before (or not at all), is no part of the role
        inner.description, inner.end = piece, start + len(piece)
        return inner
    qualifier = None
    low = body.lower()
    for q in QUALIFIERS:
        if low.startswith(q):
            qualifier = q.rstrip("-")
            body = body[len(q):].lstrip(" -")
            break
    if (am := _AGE_ADJECTIVE.match(body)) is not None and am.end() < len(body):
        body = body[am.end():]  # "a 34-year-old nurse": the age is no part of the role
    body = _CUT_CLAUSE.sub("", body).rstrip(" ,;") if " who " in f" {body} " or " which " in f" {body} " else body
    # (and the comma before the clause: "partner at Northgate Ventures, who will join the board")
    body = _PARTICIPLE_BEFORE_BODY.sub("", body)
    if body.startswith(("quoting ", "citing ")):
        return None  # "The Toronto Globe and Mail, quoting sources close to the negotiations": its sources
    body = _SOURCE_TAIL.sub("", body)  # "an official familiar with the matter": what the source knows, no body
    place = None
    m = _PLACE.search(body)
    if m:
        place = m.group("place")
        body = body[: m.start()]
    if _PRONOUN_PHRASE.fullmatch(body.strip()):
        return None  # "Someone else", "another": a source, but no role
    if _CLAUSE_PIECE.match(body) or _SHARE_OF.match(body):
        return None  # "seeking to salvage his ... policy", "one of Italy's leading economists"
    body = _TRAILING_PARTICIPLE.sub("", body)  # "a Lebanese citizen living (in Switzerland)"
    t = parse_title(body.strip())  # "a KLM spokesman", "a Republican strategist", "a Board of Trade official"
    if t and t[0].description == body.strip() and t[0].role:
        org, place = _placed(t[0].role, t[0].organization, place or t[0].place)
        return Role(t[0].role, org, qualifier or t[0].qualifier, place, piece, start, start + len(piece))
    if (office := _office_for(body.strip())) is not None:
        # "Minister of State for Finance", "Labour MP for Stroud": an office with its portfolio or seat
        role, org, place0 = office
        return Role(role, org, qualifier, place or place0, piece, start, start + len(piece))
    org = None
    m = _ORG_PREP.search(body) or _BODY_NOUN_PREP.search(body)
    if m and m.group().lstrip().startswith("to") and not _TO_SOMEONE.search(body, 0, m.start()):
        m = None  # ("ambassador to Israel", "Chief Secretary to the Treasury": where or what, no employer)
    if m:
        cut = m.start()
        if (um := _UNIT_THEN_BODY.match(m.group("org"))) is not None:
            cut = m.start("org") + um.end("unit")  # "director of the Asia program at the German Marshall Fund": the
            # unit is part of the role, the body after it the organisation
        raw = (um or m).group("org")
        if (rn := _ROLE_THEN_NAME.match(raw)) is not None and _head_title(rn.group("role")) is not None \
                and rn.group("role") not in QUALIFIERS:
            raw = raw[rn.start("name"):]  # "an aide to French agriculture minister Francois Guillaume": his
        org = _person_named(_clean_org(raw))
        if org and place is None and m.group().lstrip().startswith("from") and _home_place(org, body[: m.start()]):
            place, org = org, None  # "a nurse from Flint", "a student from New Mexico": where she is from
        body = body[:cut]
    role = _ONE_TAIL.sub("", body.strip()) or None
    if role != body.strip():
        org = None  # "an official with one of the Chinese banks": no organisation named
    if role and len(role.split()) > 8:
        return Role(None, org, qualifier, place, piece, start, start + len(piece))
    words = role.split() if role else []
    if len(words) >= 2 and words[-1] in _PARTY_MEMBER_WORDS and org is None:
        if (rest := " ".join(words[:-1])) in us_states() or rest.lower() in countries():
            role, place = words[-1], place or rest  # "a California Democrat": a Democrat, from California
        elif "'" not in rest and "\u2019" not in rest:  # (not "the committee's top Republican": the committee's)
            org = _PARTY_WORDS.get(words[-1].lower())  # "a moderate Republican", "a conservative Democrat"
    org, place = _placed(role, org, place)
    if role in _PARTY_MEMBER_WORDS:
        if org and place is None:
            place, org = org, None  # "Democrat of California", "a Republican from Texas": the member's state
        if org is None:
            org = _PARTY_WORDS.get(role.lower())  # "a Republican": a member of the Republican Party
    return Role(role, org, qualifier, place, piece, start, start + len(piece))


# an office, then the portfolio or the seat it is "for": "Minister of State for Finance", "U.K. Minister for
# Aviation", "Secretary of State for Health", "Labour MP for Stroud"
_OFFICE_FOR = re.compile(r"(?:the\s+)?(?P<office>(?:\S+\s+){0,3}?(?P<head>[Mm]inister|[Ss]ecretary|[Uu]nder-[Ss]ecretary|"
                         r"[Cc]ommissioner|MP|MSP|MEP|MLA|AM))(?P<of>\s+of\s+[Ss]tate)?\s+(?P<prep>for|of)\s+(?P<art>the\s+)?"
                         r"(?P<what>[A-Za-z][\w'\u2019-]*(?:,?\s+[A-Za-z&][\w'\u2019-]*){0,4})")
# "Chief Financial Officer", "chief operating officer", after a body's name or not
_CHIEF_OFFICER = re.compile(r"(?<!\S)(?P<org>(?:[A-Z][\w&.'\u2019-]*\s+){0,3}?)(?P<role>[Cc]hief\s+(?:[A-Za-z]+\s+){1,2}[Oo]fficer)$")
# the same at the end of the words before a name, from the office's capitalised first word
_OFFICE_FOR_AT_END = re.compile(r"(?<!\S)(?:[A-Z][\w.'\u2019-]*\s+){0,2}(?:Minister|Secretary|Under-Secretary|Commissioner|"
                                r"MP|MSP|MEP|MLA|AM)(?:\s+of\s+State)?\s+for\s+[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,3}$")
# what a minister is "for" besides the portfolios the lexicon lists: "Minister for Europe", "for Wales"
_PORTFOLIOS_MORE = frozenset("""aviation europe wales scotland ireland northern england women equalities children
    families schools universities pensions work digital media arts development international overseas textiles
    armed forces policing crime prisons courts care rail roads local government communities levelling up
    disability disabled middle east africa asia americas negotiations human services urban and of the""".split())


def _office_for(body: str) -> tuple[str, str | None, str | None] | None:
    """(role, organisation, place) of an office "for" a portfolio or a seat, or None."""
    m = _OFFICE_FOR.fullmatch(body)
    if m is None:
        return None
    what = m.group("what")
    words = what.replace(",", " ").split()
    if m.group("prep") == "of" and (m.group("of") or m.group("head") in SEAT_TITLES or not what[:1].isupper()):
        return None  # ("Secretary of State", "Minister of Finance": a portfolio after "of" too, in capitals)
    if m.group("head") in SEAT_TITLES:
        if not all(w[:1].isupper() or w in ("and", "upon", "on", "the", "of") for w in words) \
                or words[-1].lower() in ORG_WORDS:
            return None  # "MP for Stroud", "the MP for Grantham and Stamford": a seat
    elif not (any(w.lower() in portfolio_words() or w.lower() in _PORTFOLIOS_MORE - {"and", "of", "the"} for w in words)
              and all(w.lower() in portfolio_words() or w.lower() in _PORTFOLIOS_MORE for w in words)):
        return None  # (not "spokesman for the Department for ...", "minister for the Smith family")
    office = m.group("office")
    t = parse_title(office)
    if t and t[0].role and t[0].organization and (t[0].organization.split()[0].lower() in _TITLE_MODS
                                                  or t[0].organization in ("Under", "Permanent", "Principal")):
        head, org, place = office, None, t[0].place  # "Under Secretary of the Treasury": one title, as written
    elif t and t[0].role:
        head = t[0].role if office.split()[-1][:1].isupper() else t[0].role.lower()  # (as written: "minister for")
        org, place = t[0].organization, t[0].place
    else:
        head, org, place = office, None, None
    return f"{head}{m.group('of') or ''} {m.group('prep')} {'the ' if m.group('art') else ''}{what}", org, place


# an owner's possessive opening a role: a name, or a body by its common noun ("the county council's")
_OWNER = re.compile(r"(?P<owner>(?:[A-Z][\w.&-]*[ \t]+){0,4}[A-Z][\w.&-]*|(?:[a-z]+[ \t]+)?(?:council|company|club|"
                    r"government|party|union|bank|firm|university|school|hospital|board|team|ministry|department|"
                    r"agency|trust|charity|group|paper|newspaper|association|federation|society|institute|committee|commission|"
                    r"authority|organisation|organization|foundation|network|league|service))(?:['\u2019]s|['\u2019](?=[ \t]+[a-z]))[ \t]+"
                    r"(?P<rest>\S.*)$", re.S)
# (the bare apostrophe too: "Pemex' executive vice president", "Sanders' campaign manager")
_PLACE_OWNER = re.compile(r"(?:state|city|country|nation|county|region|province|town|capital|island|territory)"
                          r"['\u2019]s[ \t]+(?=[a-z])")
_NOT_OWNERS = frozenset("That It What There Here He She Who Let This Where".split())  # "That's Life host"
_OWNED_THINGS = frozenset("letter letters paper papers figure figures data number numbers report filing order".split())
HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr".split())


def _person_owner(owner: str) -> bool:
    """A person's name ("Ms Jowell", "Mitt Romney"): a person's deputy or adviser is of no body."""
    first = owner.split()[0]
    return first.rstrip(".") in HONORIFICS or (" " in owner and first.lower() in given_names())


_PARTIES_NAMED = frozenset(_PARTY_WORDS.values())  # (a party member's party gives way to the owner: "the committee's top Republican")


def _owned_role(role: Role) -> bool:
    """May the owner before this role be its organisation: a role of no organisation yet, not an
    honorific, not people who stand towards the owner ("Mr Blair's supporters") nor the owner's
    things ("Halifax's figures")?"""
    if not role.role or role.organization is not None and role.organization not in _PARTIES_NAMED \
            or not is_role_like(role.role) \
            or role.role.rstrip(".") in HONORIFICS:
        return False
    head = (_ROLE_CORE.split(role.role, 1)[0].split() or ["-"])[-1].lower()
    return head not in _NO_AFFILIATION and head.rstrip("s") not in _NO_AFFILIATION and head not in _OWNED_THINGS

_PARTY_MEMBER_WORDS = PARTY_MEMBERS | {"independent"}
# "a pork producer from Illinois and chairman of the National Pork Board": two roles
_AND_ROLE = re.compile(r"\s+and\s+(?=(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?:of|at|for|with)\s+(?:the\s+)?[A-Z])")
_HAS_ORG = re.compile(r"\s(?:of|at|for|with|from|in)\s+(?:the\s+)?[A-Z]")
_PRONOUN_PHRASE = re.compile(r"(?:some|any|every|no)(?:one|body)(?:\s+else)?|one|another|others?|none", re.I)
_CLAUSE_PIECE = re.compile(r"[a-z]+ing\s+(?:to|a|an|the|his|her|their|its|that|up|out)\s")
_SHARE_OF = re.compile(r"(?:one|some|many|most|all|each|none|two|three|several)\s+of\s|among\s", re.I)
# how an anonymous source knows or spoke, after the noun: "briefed on the talks", "familiar with the
# matter", "close to the negotiations", "speaking on condition of anonymity"
_SOURCE_TAIL = re.compile(r"(?<=[a-z])\s+(?:briefed\s+on|familiar\s+with|close\s+to|involved\s+in|privy\s+to|"
                          r"knowledgeable\s+about|with\s+(?:direct\s+|first-hand\s+|firsthand\s+)?"
                          r"knowledge\s+of|speaking\s+on|speaking\s+to|who\s+spoke|who\s+asked)\b.*$", re.S)
_TRAILING_PARTICIPLE = re.compile(r"(?<=[a-z])\s+(?:living|working|based|born|serving)$")
_ONE_TAIL = re.compile(r"\s+(?:of|with|at|for)\s+one$")
_ORG_NOUNS = frozenset("""group board unit division committee council party bank cooperative department agency
    ministry team office fund bureau subsidiary arm wing campaign firm company union association
    institute center centre foundation charity organisation organization trust""".split())


# roles of people who work for a body, so that "from X" names the body: "an official from Daewoo", "a
# spokesperson from Icstis"
_EMPLOYEE_HEADS = frozenset("""official officials spokesman spokeswoman spokesperson analyst analysts economist
    economists executive executives researcher researchers engineer engineers scientist scientists
    representative delegation team lawyer lawyers adviser advisers consultant figures""".split())


# people whom a state or a country before the word places rather than employs
_PEOPLE_OF_PLACES = frozenset("""businessman businesswoman billionaire tycoon mogul entrepreneur developer investor
    oilman rancher farmer resident residents native natives voter voters homeowner homeowners retiree student
    students doctor physician nurse teacher pastor actor actress singer rapper musician artist writer author
    novelist lawyer attorney mother father woman man""".split())


def _placed(role: str | None, org: str | None, place: str | None) -> tuple[str | None, str | None]:
    """(organisation, place) of a role: a state or a country before a word for people it places
    rather than employs is where they are ("a New York businessman", "a Florida resident"), not
    "the Texas senator" or "the England coach" (an office of the state, the country's team)."""
    if org and place is None and role and role.split()[-1].lower() in _PEOPLE_OF_PLACES \
            and (org in us_states() or org.lower() in countries()):
        return None, org
    return org, place


def _home_place(name: str, role: str) -> bool:
    """Is ``name`` after "from" a place the person is from rather than a body: a state or country,
    or a name with no organisation's word, legal form, capital inside a word or possessive, after a
    role that is no body's employee ("a nurse from Flint"; not "an official from Daewoo Motor Co")?"""
    if name in us_states() or name.lower() in countries():
        return True
    words = name.split()
    if any(w.rstrip(".").lower() in ORG_WORDS or w.rstrip(".").lower() in COMPANY_ENDS or _POSSESSIVE.search(w)
           or w.lower() == "exchange"
           or w.isupper() or any(c.isupper() for c in w[1:]) for w in words) or is_known_firm(name):
        return False
    head = role.split()[-1].lower() if role.split() else ""
    return bool(head) and head not in _EMPLOYEE_HEADS and len(words) <= 3


def _split_roles(part: str) -> list[str]:
    m = _AND_ROLE.search(part)
    if m and _HAS_ORG.search(part, 0, m.start()):
        return [part[: m.start()], part[m.end():]]
    if (tm := _TURNED.search(part)) is not None:
        return [part[:tm.start()], part[tm.end():]]  # "the former Undertones singer turned clean-water activist":
        # what the person was, then what the person is
    return [part]


_TURNED = re.compile(r"[ \t]+turned[ \t]+(?=[a-z])")


# a role "to" whom is the one served: "an aide to Gov. Chris Christie", "adviser to the Bank of England"
_TO_SOMEONE = re.compile(r"\b(?:aides?|advis[eo]rs?|assistants?|counsel|consultants?|spokes(?:man|woman|person)|"
                         r"chief\s+of\s+staff|secretary)$")
# titles after which one word is a person's surname ("President Obama"), not a body's ("General Motors")
_SURNAME_TITLES = frozenset("President Senator Sen. Rep. Gov. Governor Speaker Chancellor Mr Mr. Mrs Mrs. Ms Ms. "
                            "Dr Dr. Prime Minister Secretary".split())


# a body's or place's words, a role in lower case, then a name: "French agriculture minister Francois Guillaume"
_ROLE_THEN_NAME = re.compile(r"[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)*\s+"
                             r"(?:(?!(?:such|as|including|and|or|like)\b)[a-z][\w-]*\s+){0,2}"
                             r"(?P<role>[a-z][\w-]*)\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)+)")


def _person_named(org: str | None) -> str | None:
    """A person's name after a role's "for" or "to", without the titles before it ("a spokesman for
    former President Donald Trump", "an aide to Gov. Chris Christie": Donald Trump, Chris Christie)."""
    if org is None:
        return None
    words = org.split()
    k = 0
    while k < len(words) - 1 and (words[k] in titles() or words[k].rstrip(".") in titles()):
        k += 1
    if k and (len(words) - k >= 2 and words[k].lower() in given_names()
              or len(words) - k == 1 and words[k][:1].isupper() and words[k - 1] in _SURNAME_TITLES):
        return " ".join(words[k:])  # (or a surname alone: "President Obama")
    return org


def _clean_org(org: str) -> str | None:
    """An organisation's name, cut where the sentence takes over: "Dean Witter Reynolds Inc said
    a ..." is Dean Witter Reynolds Inc; after a possessive, its unit ("the Finance Ministry's
    budget division"); a trailing common noun for an organisation ("the Cafe Peru group")."""
    toks = org.split()
    keep = 0
    after_possessive = 0
    for k, w in enumerate(toks):
        low = w.lower()
        if w[:1].isdigit() and k:
            keep = k + 1  # "Gore's 2000 presidential campaign"
        elif w[:1].isupper():
            keep = k + 1
            after_possessive = 4 if _POSSESSIVE.search(w) else 0
        elif low in _CONNECTORS or low == "the" \
                or low in _ORG_PARTICLES and k + 1 < len(toks) and toks[k + 1][:1].isupper():
            continue  # ("Virgen del Rocio hospital", "Banca della Svizzera Italiana")
        elif after_possessive and low not in _STOP:
            after_possessive -= 1
            keep = k + 1
        elif low in _ORG_NOUNS:
            keep = k + 1
            break
        else:
            break
    return " ".join(toks[:keep]).strip() or None


def roles_as_dicts(roles: list[Role]) -> list[dict]:
    return [
        {"role": r.role, "organization": r.organization, "qualifier": r.qualifier, "place": r.place,
         "description": r.description, "start": r.start, "end": r.end}
        for r in roles
    ]


# patterns compiled once (a module-level re call looks its pattern up in the re module's cache each time)
_LIST_SEP = re.compile(r",\s+|\s+and\s+")
_ARTICLE_FIRST = re.compile(r"^(?:the|a|an)\s+")
_PARTICIPLE_BEFORE_BODY = re.compile(r"\s+\w+ing\s+[^A-Z]*?(?=\s(?:at|of|for|with)\s+(?:the\s+)?[A-Z])")
