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


def parse_description(desc: str, offset: int = 0) -> list[Role]:
    """Roles stated by an appositive or title phrase; [] for relative clauses and ages."""
    desc = desc.strip().rstrip(".,;")
    if not desc or _AGE.match(desc) or _RELATIVE.match(desc):
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
         "description": r.description}
        for r in roles
    ]
