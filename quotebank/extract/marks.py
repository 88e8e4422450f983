"""Quotation marks: which characters open and close quotations.

Pure functions over text. The hard part is the single quote: ``'`` and ``’``
serve as apostrophes (``Mexico's``, ``cartels'``, ``'90s``) and as quotation
marks, sometimes nested inside each other (``'in 'kingpin' operations'``).
Each mark is judged by its neighbours, then marks are paired with a stack
per paragraph. A quotation left open at the end of a paragraph continues
only if the next paragraph re-opens it (the newspaper convention for
multi-paragraph quotes); otherwise it is recovered locally, never carried
on to swallow the rest of the article.

Runs in linear time: every mark is looked at a bounded number of times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02')
SINGLE = frozenset("'\u2018\u2019\u201a\u201b\u2039\u203a`")
_OPEN_GLYPH = frozenset("\u201c\u201e\u201f\u00ab\u2018\u201a\u201b\u2039")
_CLOSE_GLYPH = frozenset("\u201d\u00bb\u2019\u203a")
MARK_RX = re.compile("[" + re.escape("".join(sorted(DOUBLE | SINGLE))) + "]")
# elisions that begin with an apostrophe: '90s, 'em, 'cause, rock 'n' roll, 'tis
# ("'t" of Dutch names: "Sophie in 't Veld")
_ELISION = re.compile(r"(?:\d\d?s?\b|em\b|cause\b|cos\b|til\b|till\b|n\b|tis\b|twas\b|bout\b|round\b|t(?=[ \t]))", re.I)
_OPEN_BEFORE = frozenset(" \t\n([{\u2014\u2013-/:;\u00a0") | DOUBLE | SINGLE
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}\u2014\u2013-/\u00a0\u2026") | DOUBLE | SINGLE
_MAY_CONTINUE_AFTER = frozenset(".:,!?;\u2014\u2013-")
_STRONG_CLOSE_PREV = frozenset(".,!?;:\u2026-\u2014\u2013")

MAX_MARKS_PER_PARAGRAPH = 400  # past this a paragraph is noise, not prose
MAX_CONTINUED_PARAGRAPHS = 8


@dataclass
class Span:
    """A quotation: ``open``/``close`` are the marks' offsets (``close`` may be the
    paragraph end when the mark is missing); the words lie between them."""

    open: int
    close: int
    family: str  # "double" or "single"
    para: int
    closed: bool = True
    paragraphs: list[int] = field(default_factory=list)  # every paragraph it runs through
    last: str = ""  # the last character inside the quotation (set when the text is masked)
    name_modifier: bool = False  # a name in marks before a noun ('the "Never Trump" movement'; set then too)

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: paragraphs as news text stores them."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s] in " \t\u00a0":
            s += 1
        while e > s and text[e - 1] in " \t\u00a0\r":
            e -= 1
        if e > s:
            out.append((s, e))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _family(ch: str) -> str:
    return "double" if ch in DOUBLE else "single"


def _role(text: str, i: int, ps: int, pe: int) -> str:
    """'open', 'close', 'either', 'apos' (apostrophe) or 'none' for the mark at i."""
    ch = text[i]
    a = text[i - 1] if i > ps else " "
    b = text[i + 1] if i + 1 < pe else " "
    single = ch in SINGLE
    if single and a.isalnum() and b.isalnum():
        return "apos"  # don't, Mexico's
    if single and b.isalnum() and (a in " \t(\u00a0" or i == ps) and _ELISION.match(text, i + 1, min(pe, i + 8)):
        return "apos"  # '90s, 'em
    if ch in DOUBLE and a in " \u00a0\u2009\u200a" and i - 2 >= ps and text[i - 2] in SINGLE \
            and text[i - 3 : i - 2] in _STRONG_CLOSE_PREV and (b in _CLOSE_AFTER or i + 1 >= pe):
        return "close"  # "... 'above the president,' " said X: nested marks kept apart by a space
    if a in " \t\u00a0" and b in ".,;:!?" and i > ps and text[i - 2 : i - 1].isalnum():
        return "close"  # "shouted: 'Trump Trump '." -- a stray space before a closing mark
    can_open = (a in _OPEN_BEFORE or i == ps) and b not in " \t\u00a0"
    can_close = (b in _CLOSE_AFTER or i + 1 >= pe) and a not in " \t\u00a0"
    if can_open and can_close:
        if ch in _OPEN_GLYPH:
            return "open" if b.isalnum() or b in DOUBLE or b in SINGLE else "either"
        if ch in _CLOSE_GLYPH:
            return "close"
        return "either"
    if can_open:
        return "open"
    if can_close:
        if single and a.isalpha():
            return "close?"  # closer or plural possessive (cartels')
        return "close"
    # glued on both sides by letters handled above; spaces on both sides: stray, but for an
    # opening curly double mark before a word ('Henry said. \u201c You know ...')
    if a in " \t\u00a0" and b in " \t\u00a0":
        if ch == "\u201c" and text[i + 2 : i + 3].isalnum() and i + 2 < pe:
            return "open"
        if i == ps and ch in DOUBLE and i + 2 < pe and (text[i + 2].isalnum() or text[i + 2] in "\u2026."):
            return "open"  # a paragraph opening '\u201d \u2026 in the case of Wyoming, ...,\u201d wrote Time': whatever
            # its glyph, a mark that begins a paragraph and stands before its words opens
        if ch in '"\u201d' and i - 2 >= ps and text[i - 2] in ",.!?'\u2019":  # (also after a nested closer)
            return "close-if-open"  # '"... across Europe, " Eric Abensur said', '\u201c... that advice, \u201d he
            # said': a stray space before the closer
        return "none"
    if ch in _OPEN_GLYPH:
        return "open"
    if ch in _CLOSE_GLYPH:
        return "close"
    if ch == '"' and a in _STRONG_CLOSE_PREV and b.isalpha():
        # a space lost after a straight mark: '"... trust him,"Katie Packer said' closes what is
        # open, 'declined to be named."We basically ...' opens when nothing is
        return "either"
    return "none"


def find_spans(text: str) -> list[Span]:
    """Outermost quotations in ``text``, in order. Nested quotations are inside them."""
    paras = paragraphs(text)
    spans: list[Span] = []
    carry: Span | None = None  # a quotation continuing from the previous paragraph
    curly = "\u201c" in text or "\u201d" in text
    for pi, (ps, pe) in enumerate(paras):
        marks = [m.start() for m in MARK_RX.finditer(text, ps, pe)]
        if len(marks) > MAX_MARKS_PER_PARAGRAPH:
            carry = None
            continue
        roles = [_role(text, i, ps, pe) for i in marks]
        fams = [_family(text[i]) for i in marks]
        pair_closes = _double_apostrophes(text, marks, roles, fams)
        if curly and marks and marks[0] == ps and text[ps] == '"' and _excerpt_mark(text, marks):
            # a lone straight mark opening a paragraph of curly-quoted text marks an
            # excerpt (aggregators' blockquotes), not a quotation
            roles[0] = "none"
        stack: list[tuple[int, str]] = []  # (offset, family)
        if carry is not None:
            stack.append((carry.open, carry.family))
        closed_here: list[Span] = []
        k = 0
        nmarks = len(marks)
        while k < nmarks:
            i, role = marks[k], roles[k]
            fam = fams[k]
            if carry is not None and i - ps <= (1 if text[ps:ps + 2] == "''" else 0) and role in ("open", "either") \
                    and fam == carry.family and not stack[1:]:
                k += 1  # the re-opening mark of a continued quotation
                continue
            if role in ("apos", "none"):
                k += 1
                continue
            if k in pair_closes and _pair_open_on(text, stack):
                role, fam = "close", "double"  # '' closing what '' opened
                roles[k + 1] = "none"
            depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][1] == fam), None)
            if role == "close-if-open":
                if depth is None:
                    k += 1
                    continue
                role = "close"
            if role == "close?":
                if depth is None:
                    k += 1  # possessive: nothing of its family is open
                    continue
                if depth == 0 and _strong_closer_ahead(text, marks, roles, k, fam):
                    k += 1  # plural possessive inside an outer quotation
                    continue
                role = "close"
            if role in ("close", "either") and depth is not None:
                o, _ = stack[depth]
                del stack[depth:]
                if not stack:
                    sp = carry if carry is not None and carry.open == o else Span(o, i, fam, pi)
                    sp.close, sp.closed = i, True
                    sp.paragraphs.append(pi)
                    closed_here.append(sp)
                    carry = None
            elif role in ("open", "either"):
                if role == "open" and len(stack) == 1 and stack[0][1] == fam \
                        and i + 1 < pe and text[i + 1].isupper() and text[ps:i].rstrip()[-1:] in ".!?" \
                        and i - stack[0][0] > 2:
                    # '"I haven't started a game. "I feel quite fresh," Williams said': a new
                    # sentence re-opens the quotation without closing it (a paragraph break lost
                    # from a multi-paragraph quotation): the first part ends at its sentence's
                    # end, the space before the new mark standing in for the missing closer (in
                    # single marks too: "'I like Trump ... Air Force One. 'This is a big ...")
                    o = stack[0][0]
                    sp = carry if carry is not None and carry.open == o else Span(o, i - 1, fam, pi)
                    sp.close, sp.closed = i - 1, True
                    sp.paragraphs.append(pi)
                    closed_here.append(sp)
                    carry = None
                    stack[0] = (i, fam)
                elif len(stack) < 16:
                    stack.append((i, fam))
            k += 1
        spans.extend(closed_here)
        if stack and carry is None and len(stack) == 1 and stack[0][1] == "double" \
                and (lost := _lost_closer(text, stack[0][0], ps, pe)) is not None:
            # '"It is only the middlemen who will benefit, he said.': a quotation opening its
            # paragraph, its closing mark lost before its own attribution, ends at the comma (and
            # does not run on into the next paragraph's quotation)
            spans.append(Span(stack[0][0], lost, "double", pi, closed=False, paragraphs=[pi]))
            continue
        if stack:
            o, fam = stack[0]
            sp = carry if carry is not None and carry.open == o else Span(o, pe, fam, pi)
            sp.paragraphs.append(pi)
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            at_start = o == ps or (o == ps + 1 and text[ps] == "'" == text[o])  # '' opening the paragraph
            reopens = (
                nxt is not None
                and (text[nxt[0]] in (DOUBLE if fam == "double" else SINGLE) or text[nxt[0]:nxt[0] + 2] == "''")
                and len(sp.paragraphs) < MAX_CONTINUED_PARAGRAPHS
                # a quotation runs on into the next paragraph only if it opened as speech does:
                # at the paragraph's start or after punctuation, not mid-clause ('is "really ...')
                and (len(sp.paragraphs) > 1 or at_start or text[ps:o].rstrip()[-1:] in _MAY_CONTINUE_AFTER)
            )
            # '"...," Rubio said. "But ... the world.¶"I'm not interested," he continued': a quotation
            # opened after another one and its attribution, and the next paragraph's quotation has an
            # attribution of its own right after it: a new quotation, not this one going on (one
            # opening its paragraph runs on, even to a closing "she said": the usual convention)
            own = reopens and fam == "double" and not at_start and len(sp.paragraphs) == 1 and bool(closed_here) \
                and _ATTRIBUTED_NEXT.match(text, nxt[0], nxt[1]) is not None
            if reopens and not own:
                carry = sp
                continue
            carry = None
            # unbalanced: a quotation opened at the start of the paragraph or after
            # a colon runs to the paragraph's end; any other stray mark is dropped
            before = text[ps:o].rstrip()
            # ('"...," said Baron. "His candidacy ... depth.' with no closer: a quotation's second
            # part after its attribution, the sentence's end before it, runs to the paragraph's end)
            second_part = bool(closed_here) and before.endswith((".", "!", "?")) and text[o + 1:o + 2].isupper() \
                and text[ps:pe].rstrip()[-1:] in ".!?" and len(sp.paragraphs) == 1 and fam == "double" \
                and not any(c in DOUBLE for c in text[o + 1:pe]) and _OWN_ATTRIBUTION.search(text, o, pe) is None
            if at_start or before.endswith((":", ",")) or own and len(sp.paragraphs) == 1 or second_part:
                sp.close, sp.closed = pe, False
                if sp.close - sp.open > 2:
                    spans.append(sp)
            elif len(sp.paragraphs) > 1:
                # a continued quotation that was not re-closed: end it where it was last open
                sp.close, sp.closed = paras[sp.paragraphs[-2]][1], False
                sp.paragraphs.pop()
                spans.append(sp)
        else:
            carry = None
    spans.sort(key=lambda s: s.open)
    return spans


# an attribution inside an unclosed quotation: its closing mark was lost before it
_OWN_ATTRIBUTION = re.compile(r",\s+(?:he|she|they|it|the\s+\w+|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
                              r"\s+(?:said|says|added|adds|told|tells|wrote|explained|continued)\b")


# the attribution after a quotation's lost closing mark: ", he said.", ", said Frederick Meinke, analyst
# at E.F. Hutton", ", Lyng said."
_LOST_CLOSE = re.compile(
    r",[ \t]+(?:(?:he|she|they|[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})[ \t]+(?:said|says|added|adds|told)"
    r"(?=[ \t]*[.,]|[ \t]+(?:reporters|on|in|at|last|this|today|yesterday)\b)"
    r"|(?:said|says|added|adds)[ \t]+(?:[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})(?=[ \t]*[.,]))")


def _lost_closer(text: str, o: int, ps: int, pe: int) -> int | None:
    """Where a straight double mark opening its paragraph (``o``), with no other double mark
    after it there, should have closed: after the comma before an attribution of its own."""
    if o != ps or text[o] != '"' or any(c in DOUBLE for c in text[o + 1:pe]):
        return None
    m = _LOST_CLOSE.search(text, o + 1, pe)
    return m.start() + 1 if m is not None and m.start() - o > 12 else None


# a paragraph opening with a quotation whose attribution follows its closing mark at once
_ATTRIBUTED_NEXT = re.compile(
    r"[\"\u201c][^\"\u201c\u201d\n]{1,600}?[,!?][\"\u201d][ \t]+(?:he|she|they|[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:said|says|added|adds|continued|told|tells|wrote|explained|insisted|argued|asked)\b")


def _double_apostrophes(text: str, marks: list[int], roles: list[str], fams: list[str]) -> set[int]:
    """Two straight apostrophes stand for a double quotation mark in some archives
    (''Fixing it is easier,'' he said): the inner one of an opening pair opens, as a double
    mark, and the outer one is part of the mark. Closing pairs are returned: one closes as a
    double mark only what such a pair opened ('... the cartel.'' may close two quotations)."""
    closes: set[int] = set()
    k, n = 0, len(marks)
    while k + 1 < n:
        i = marks[k]
        if marks[k + 1] == i + 1 and text[i] == "'" and text[i + 1] == "'" \
                and (k + 2 >= n or marks[k + 2] != i + 2):
            a, b = roles[k], roles[k + 1]
            if a in ("open", "either") and b in ("open", "either"):
                roles[k], roles[k + 1] = "none", "open"
                fams[k + 1] = "double"
            elif a in ("close", "close?", "either") and b in ("close", "close?", "either") \
                    or a == "open" and b == "close" and _after_nested_closer(text, i):
                closes.add(k)  # ("... against 'Primates of Park Avenue,' '' Ms. Ferriss noted": a
                # space keeps the pair apart from the nested closer, as a double mark may be)
            k += 2
            continue
        k += 1
    return closes


def _after_nested_closer(text: str, i: int) -> bool:
    """Does the mark at ``i`` follow, across one or two spaces, a single mark closing after
    punctuation (``Avenue,' ''``)?"""
    j = i - 1
    while j > i - 3 and j > 0 and text[j] == " ":
        j -= 1
    return j < i - 1 and j >= 1 and text[j] in SINGLE and text[j - 1] in _STRONG_CLOSE_PREV


def _pair_open_on(text: str, stack: list[tuple[int, str]]) -> bool:
    """Is the innermost quotation open here one that '' opened?"""
    if not stack:
        return False
    o, fam = stack[-1]
    return fam == "double" and text[o] == "'"


def _excerpt_mark(text: str, marks: list[int]) -> bool:
    """Is the straight mark opening this paragraph its only one, with the paragraph's curly
    double marks balanced among themselves? ('"Trump walked on, chanting “U-S-A!”'). Not
    when a curly mark closes it: '"I don’t think so,” Grassley said.'"""
    rest = [text[m] for m in marks[1:]]
    return '"' not in rest and rest.count("\u201c") == rest.count("\u201d")


def _strong_closer_ahead(text: str, marks: list[int], roles: list[str], k: int, fam: str) -> bool:
    """Is there, later in the paragraph and before any new opener, a closer of this
    family right after punctuation (``precarious,'``)? Looks at most 40 marks ahead."""
    for j in range(k + 1, min(len(marks), k + 41)):
        i, role = marks[j], roles[j]
        if _family(text[i]) != fam or role in ("apos", "none"):
            continue
        if role == "open":
            return False
        if role in ("close", "close?", "either") and text[i - 1] in _STRONG_CLOSE_PREV:
            return True
    return False
