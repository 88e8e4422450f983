"""Name normalisation with nameparser, and fuzzy look-up with rapidfuzz."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

_HONORIFICS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady sen senator rep representative gov
    governor president pres vice gen general col colonel capt captain lt lieutenant sgt sergeant
    maj major adm admiral rev reverend hon judge justice mayor secretary minister chancellor
    ambassador amb atty attorney chief commissioner director speaker""".split()
)


_SUFFIXES = frozenset("jr sr ii iii iv phd md esq".split())


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.casefold()


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """'Sen. John P. Sullivan Jr.' -> 'john p sullivan'. Titles, suffixes, dots dropped."""
    s = re.sub(r"[\u2019']s$", "", name.strip())
    words = re.findall(r"[^\W_]+", _fold(s))
    if "," in s or any(w in _SUFFIXES for w in words):
        # "Sullivan, John P." or "John Smith Jr.": nameparser knows the orders and suffixes
        from nameparser import HumanName

        hn = HumanName(s)
        words = [t for p in (hn.first, hn.middle, hn.last) for t in re.findall(r"[^\W_]+", _fold(p))]
    toks = [t for t in words if t not in _HONORIFICS]
    if not toks:
        toks = [t for t in re.findall(r"[^\W_]+", _fold(s)) if t not in _HONORIFICS]
    return " ".join(toks)


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    s = _fold(name)
    s = re.sub(r"^the\s+", "", s.strip())
    return " ".join(re.findall(r"[^\W_]+", s))


# the words an organisation's name may be made of and still name no one body in particular:
# "the company", "Finance Ministry", "Central Bank", "Treasury", "the Department of Health"
# (one for each country, firm or town); a name with any other word ("Bank of England",
# "Statistics Canada", "Federal Reserve", "Pentagon") names one body
_GENERIC_ORG_WORDS = frozenset(
    """the a an of and for s department ministry institute center centre council committee agency office
    commission service services administration company corp inc co ltd plc group association union
    university court bureau army navy police command government foundation fund bank board network
    federation league coalition organization organisation alliance senate congress parliament cabinet
    embassy club chamber hospital college museum academy school firm authority exchange statistics
    central national federal state public general military force air forces party campaign team
    prosecutor prosecutors prosecution unit division agriculture commerce culture defence defense
    economic economy education energy environment farm finance foreign affairs trade health home homeland
    security housing industry interior justice labor labour oil petroleum social transport transportation
    treasury veterans consumer political report study survey poll statement spokesman spokeswoman
    spokesperson""".split()
)


@lru_cache(maxsize=65536)
def is_generic_org(name: str) -> bool:
    """Does an organisation's name fit many bodies ("the company", "Finance Ministry", "Central
    Bank")? Such a name is matched within its article only: merged across articles it would give
    one country's ministry the words of another's."""
    words = org_key(name).split()
    return bool(words) and all(w in _GENERIC_ORG_WORDS for w in words)


def name_key(name: str, kind: str) -> str:
    return person_key(name) if kind == "person" else org_key(name)


def _without_middle_initials(words: list[str]) -> list[str]:
    """The words less single letters between the first and the last (an initial's dot aside)."""
    if len(words) < 3:
        return words
    return [words[0]] + [w for w in words[1:-1] if len(w.rstrip(".")) > 1] + [words[-1]]


def without_initials(key: str) -> str:
    """A person key without single-letter middle names: 'donald j trump' -> 'donald trump' (the
    same person, as another article may name him); a key of two words is returned as it is."""
    return " ".join(_without_middle_initials(key.split()))


def name_without_initials(name: str) -> str:
    """'Donald J. Trump' -> 'Donald Trump': the name as another article may write it."""
    return " ".join(_without_middle_initials(name.split()))


def is_full_name(name: str) -> bool:
    """Two or more name parts: only such names match across articles."""
    return len(person_key(name).split()) >= 2


def fuzzy_candidates(query: str, choices: dict[int, str], limit: int = 20, cutoff: float = 60.0):
    """(id, score) of the choices most like ``query``: WRatio, default processing, a cutoff."""
    found = process.extract(
        query, choices, scorer=fuzz.WRatio, processor=utils.default_process,
        limit=limit, score_cutoff=cutoff,
    )
    return [(key, score) for _, score, key in found]
