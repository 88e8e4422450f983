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

QUALIFIERS = ("former", "ex-", "retired", "acting", "interim", "then-", "onetime", "one-time", "outgoing", "incoming")
_SPLIT = re.compile(r",?\s+and\s+(?=(?:a|an|the|also|now)\s)|;\s+|,\s+(?=(?:a|an)\s)")
_LEAD = re.compile(r"^(?:who\s+is\s+|who\s+was\s+|is\s+|was\s+|now\s+|also\s+)?(?:a|an|the)\s+", re.I)
_ORG_PREP = re.compile(r"\s+(?:at|of|for|with|from)\s+(?:the\s+)?(?P<org>[A-Z][^,;()]*?)(?=\s+in\s+[A-Z]|\s*$)")
_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*$")
_AGE = re.compile(r"^\d{1,3}$")
_AGE_FIRST = re.compile(r"\d{1,3},\s+")
_RELATIVE = re.compile(r"^(?:who|which|whose|whom)\b", re.I)


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
}
_ROLE_NOUN = re.compile(
    r"(?:man|woman|person|er|or|ist|ant|ent|ian|chief|head|aide|official|secretary|leader|boss|czar|"
    r"member|fellow|analyst|expert|adviser|advisor|nominee|candidate|spokesperson|envoy|general)$")
_NOT_ROLES = frozenset("the a an of in on at to for with by from after before over under other another "
                       "wrote writer said told her his their our its this that these those one".split())
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ian|ish|ese|i|ch|ic)$")


def parse_title(prefix: str, offset: int = 0) -> list[Role]:
    """Roles from words before a name: 'Sen.', 'Mexican President', 'EU chief', 'ITV News''."""
    raw = prefix.strip()
    p = raw.rstrip(" ,")
    if not p or any(ch.isdigit() for ch in p):
        return []
    if p.endswith(("'", "\u2019", "'s", "\u2019s")):  # ITV News' Ben Chapman
        org = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", p).strip()
        return [Role(None, org, None, None, raw, offset, offset + len(raw))]
    words = p.split()
    qualifier = None
    if words and words[0].lower() in ("former", "ex-", "acting", "retired", "then-"):
        qualifier = words.pop(0).lower().rstrip("-")
    if not words:
        return []
    last = words[-1].rstrip(".").lower()
    if last in _TITLE_WORDS:
        title = _TITLE_WORDS[last]
    elif words[-1][:1].islower() and _ROLE_NOUN.search(last) and last not in _NOT_ROLES:
        title = words[-1]
        if len(words) >= 2 and words[-2][:1].islower() and words[-2] not in _NOT_ROLES:
            title = words[-2] + " " + title  # "senior adviser"
            words = words[:-1]
    else:
        return []
    if title is None:
        return []  # an honorific only (Mr., Dr.)
    before = words[:-1]
    org = place = None
    if before and _NATIONALITY.match(before[0]) and len(before) == 1:
        place = before[0]
    elif before:
        org = " ".join(before)
    return [Role(title, org, qualifier, place, raw, offset, offset + len(raw))]


def parse_description(desc: str, offset: int = 0) -> list[Role]:
    """Roles stated by an appositive or relative clause; [] for an age alone."""
    desc = desc.strip().rstrip(".,;")
    if not desc or _AGE.match(desc):
        return []
    age = _AGE_FIRST.match(desc)
    if age:  # "37, who made the journey ...": the age is no role
        offset += age.end()
        desc = desc[age.end() :]
    m = _REL_ORG.match(desc)
    if m:
        q = "former" if m.group("verb").lower() in _PAST else None
        out = []
        pos = desc.find(m.group("rest"))
        for part in re.split(r",\s+|\s+and\s+", m.group("rest")):
            org = re.sub(r"^(?:the|a|an)\s+", "", part.strip()).strip()
            if org[:1].isupper():
                st = desc.find(part, pos)
                out.append(Role(None, org, q, None, part.strip(), offset + st, offset + st + len(part)))
        return out
    if _RELATIVE.match(desc):
        return []
    out = []
    pos = 0
    for piece in _SPLIT.split(desc):
        start = desc.find(piece, pos)
        pos = start + len(piece)
        r = _parse_one(piece.strip(), offset + start)
        if r:
            out.append(r)
    return out


def _parse_one(piece: str, start: int) -> Role | None:
    body = _LEAD.sub("", piece)
    if not body or _RELATIVE.match(body):
        return None
    qualifier = None
    low = body.lower()
    for q in QUALIFIERS:
        if low.startswith(q):
            qualifier = q.rstrip("-")
            body = body[len(q):].lstrip(" -")
            break
    body = _CUT_CLAUSE.sub("", body) if " who " in f" {body} " or " which " in f" {body} " else body
    body = re.sub(r"\s+\w+ing\s+[^A-Z]*?(?=\s(?:at|of|for|with)\s+(?:the\s+)?[A-Z])", "", body)
    place = None
    m = _PLACE.search(body)
    if m:
        place = m.group("place")
        body = body[: m.start()]
    org = None
    m = _ORG_PREP.search(body)
    if m:
        org = m.group("org").strip()
        body = body[: m.start()]
    role = body.strip() or None
    if role and len(role.split()) > 8:
        return Role(None, org, qualifier, place, piece, start, start + len(piece))
    return Role(role, org, qualifier, place, piece, start, start + len(piece))


def roles_as_dicts(roles: list[Role]) -> list[dict]:
    return [
        {"role": r.role, "organization": r.organization, "qualifier": r.qualifier, "place": r.place,
         "description": r.description, "start": r.start, "end": r.end}
        for r in roles
    ]
