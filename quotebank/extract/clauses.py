"""The clause grammar the attribution rules share: where a reported clause ends, its
subject and verb, whether a cue word is used as a verb, what follows ``that``.

Regular expressions and small functions over the *masked* text (quotations blanked);
no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import NOT_RULED_OUT, cues, given_names, nationalities, pronouns, role_heads, trie_regex
from .phrases import (
    ADVERBS,
    CONTACT_RELATIVE,
    CONTRACTED_PRONOUN,
    DAYS,
    GROUP_HEADS,
    HEAD_MODIFIERS,
    LY_NOUNS,
    MASK,
    OPENING_PLURAL_HEADS,
    ORG_WORDS,
    PEOPLE_AT_HEADS,
    PEOPLE_AT_PREPS,
    PEOPLE_PLURAL_ENDS,
    QUANTIFIER_SUBJECTS,
    SENTENCE_OPENERS,
    STOP_BACK,
    SUBORDINATORS,
    TRADE_PLURALS,
    Mention,
    classify,
    forecast_noun,
    is_title_word,
    named_mid_sentence,
    np_backward,
    np_forward,
    person_noun,
    word_tokens,
)
from .speakers import ASIDE_OPEN, head_token, sentence_start


_OPENER_ONLY = re.compile(r"\s*(?:And|But|So|Then|Also|Yes|No|Well)?\s*[,:]?\s*")
ENDS_PHRASE = re.compile(r"\s*(?:\([A-Z][A-Za-z&.]{1,9}\)\s*)?(?:,|\.|$)")  # (a body's acronym after it: "..., said the Federal
# Communications Commission (FCC).")


_TERM_BEFORE = ("so-called", "so called", "the term", "the word", "the phrase", "the words", "dubbed", "nicknamed",
                "known as", "termed", "coined")


def only_terms(masked: str, lo: int, hi: int, mentioned: Sequence[tuple[int, int]] = ()) -> bool:
    """Are the quotations between ``lo`` and ``hi`` all words only mentioned ('the term
    "Palestine"', 'so-called "kill lists"', or any of ``mentioned``, the quotations found to
    be no speech: 'shirts that read "Settle for Hillary."'), none of them speech?"""
    for run in MASK_RUN.finditer(masked, lo, hi):
        if any(o <= run.start() and run.end() <= c + 1 for o, c in mentioned):
            continue
        if run.end() - run.start() > 60 \
                or not masked[max(0, run.start() - 20):run.start()].rstrip().lower().endswith(_TERM_BEFORE):
            return False
    return True
WORDS = re.compile(r"[\w'\u2019-][\w'\u2019-]*")  # (a class first: the scan jumps between words)
# whom something was told, before the comma: "told them,", "told The Washington Post," (``sp``: the
# spaces allowed between its words)
TOLD_OBJECT = r"(?:me|us|him|her|them|reporters|(?:[Tt]he{sp}+)?[A-Z][\w.'\u2019-]*(?:{sp}+[A-Z][\w.'\u2019-]*){{0,3}})"
# cues whose recipient stands between them and the report: "told reporters that ..."
RECIPIENT_CUES = frozenset("tell remind assure warn inform promise convince persuade notify advise caution "
                            "reassure".split())


def only_opener(left: str) -> bool:
    return bool(_OPENER_ONLY.fullmatch(left))


# where a reported clause ends, for quotations' clauses and indirect reports alike: a dash, a
# semicolon, a relative or concessive clause, a new subject after "and"/"but", a trailing
# attribution (", she said") or a new subject's own report (", he clarified that")
STOPS_SHARED = (
    r"\s[\u2015\u2014\u2013]\s|\s--\s|;\s|\s-\s"
    r"|,\s+(?:while|whereas|compared|although|though|even as|as well as|however|referring to)\b"
    # (a relative in commas after the clause's subject, then the clause's verb, is no end: "that special envoy
    # Shintaro Abe, who has just returned from Washington, told him ...", "the plan, which would cost $5bn, is dead")
    r"|,\s+(?:which|who)\b(?![^,;:\x01\n]{1,100},\s+(?:(?:also|still|now|then|had|has|have|would|will|could)\s+)?"
    r"(?:told|tells|said|says|is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does)\b)"
    r"|,\s+(?:to|at|after|upon|in\s+response\s+to)\s+which\s+(?:[\w.'\u2019-]+\s+){1,4}?(?:replied|responded|"
    r"interjected|retorted|answered|countered|quipped|said|added)\b"  # ", to which O'Malley interjected: ..."
    r"|\s(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\s"  # "... on condition of anonymity because ..."
    r"|,\s+(?:and|but)\s+(?:he|she|it|they|we|I|the|a|an|many|some|most|others|both|each|every|neither|this|these|those|his|her|"
    r"their|its|our|[A-Z][\w'\u2019-]*(?![ \t]+[A-Z][\w'\u2019-]*,[ \t]+\d{1,3},))\s"  # ", and the market did", ", but many
    # corporations" (not a name and an age in a list: "the suspects, Marcus Hill, 24, and Devon Ruiz, 19, were")
    r"|,\s+(?:and|but)\s+(?!(?:has|was|is|this|thus|its|his|as)\s)[a-z]+s\s+(?:say|said|show|showed|shows|suggest|"
    r"suggested|found|find)\b"  # ", and polls show ..."
    r"|,\s+(?:as|with|often|just|an?)\s"  # ", as was the case ...", ", with the candidate seeking ..."
    r"|,\s+(?:he|she|they|we|I)\s+(?:\w+ly\s+)?(?:said|says|added|adds|told|tells|noted|argued|wrote|"
    r"insisted|warned|clarified|explained|stressed|acknowledged|conceded|suggested|continued)\b"
)
# each pattern opens with a look-ahead on its possible first characters (the scan then skips
# other positions at once), then one on what every branch opens with, which spares trying each
# branch at every space (same matches; 1.3-2x and ~1.3x faster, measured)
STOPS_GATE = r"\s(?:[\u2015\u2014\u2013-]|on\s|under\s)|[,;]\s"
CLAUSE_STOP = re.compile(
    r"(?=[\s,;:])(?=" + STOPS_GATE + r"|:\s)(?:" + STOPS_SHARED + r"|:\s"
    r"|,\s+(?:[a-z]+ly\s+(?=[a-z]+ing\b))?"  # (an adverb first: ", presumably meaning ...")
    r"(?!(?:spending|funding|housing|training|building|meeting|hearing|ruling|polling|bombing|shooting|"
    r"timing|nothing|something|anything|everything|morning|evening|spring|ceiling|wing|king|thing)\b)"
    r"(?:[a-z]+ing|according to)\b(?!\s+(?:to|that)\b))"  # ", saying ...", but not "taxes, spending and"
)


@lru_cache(maxsize=1)
def cue_participles() -> str:
    """The cue lexicon's -ing forms as one pattern piece ("adding", "saying", ...)."""
    return trie_regex(w for w in cues().words if w.islower() and w.endswith("ing"))


@lru_cache(maxsize=1)
def coordinated_cue() -> re.Pattern:
    """' and suggested', ' but also warned': the subject's next report ends this one."""
    # not the forms that are mostly nouns after "and": "federal and state law"
    forms = trie_regex(w for w in cues().words if w.islower() and not w.endswith("ing")
                       and w not in ("state", "states"))
    if cues().before_that:  # (and those that are cues only before "that": "and suspected immediately that")
        forms = "(?:" + forms + "|(?:" + trie_regex(cues().before_that) + r")(?=\s+(?:[a-z]{3,}ly\s+)?that\b))"
    participles = cue_participles()
    # (every branch opens with ", " or with "and"/"but" after spaces: one look-ahead for
    # that, tried first, spares trying each branch at every space; same matches, ~3x faster)
    return re.compile(
        r"(?=[\s,])(?=,\s|\s+(?:and|but)\b)(?:(?<!supply)\s+(?:and|but)\s+(?:(?:also|then|later|has|had|have)\s+)?(?:" + forms + r")\b" + NOT_RULED_OUT +
        r"|,?\s+(?:and|but)\s+(?:also\s+)?(?:" + participles + r")\b"
        # a new subject's own report: ", and he insisted that", ", Clinton said she"
        r"|,?\s+(?:and|but)\s+(?:he|she|they|we|I)\s+(?:(?:\w+ly|also|then|later|has|had|have)\s+)?(?:"
        + forms + r")\b" + NOT_RULED_OUT +
        r"|,\s+(?:[A-Z][\w.'\u2019-]+\s+){0,2}[A-Z][\w.'\u2019-]+\s+(?:(?:\w+ly|also|then|later|has|had|have)\s+)?"
        r"(?!call(?:s|ed)?\s+(?:her|him|them|me|us)\b)(?:"  # (", Bill Clinton called her to ...": he phoned)
        + forms + r")\b" + NOT_RULED_OUT +
        # another subject's report: ", and three-quarters said the same of Sanders"
        r"|,\s+(?:and|but|while)\s+(?:[\w'\u2019-]+\s+){1,5}?(?:said|say|says)\b"
        # without the comma, only a subject that cannot continue the one before: "... and others have
        # said", not "traders and bankers in Singapore said", "the Organisation for ... and Development said"
        r"|\s+(?:and|but)\s+(?:the|a|an|some|many|most|other|others|both|all|one|two|three|four|five|\d[\d.]*)\s+"
        r"(?:[\w'\u2019%-]+\s+){0,3}?(?:said|say|says)\b"
        r"|\s+(?:and|but)\s+(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|of)\s+\w+\s+(?:said|say|says)\b"
        # after "but", a name's own report: "... had difficulty selling oil but Kuwait has said there are ..."
        r"|\s+but\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s+(?:has\s+|had\s+|have\s+)?(?:said|say|says)\b"
        # the subject's refusal to say more: "said the company was cooperating and declined to comment further"
        r"|,?\s+(?:and|but)\s+(?:then\s+)?(?:declined|refused|declines|refuses)\s+to\s+(?:comment|elaborate|say|discuss|"
        r"answer|speculate|confirm|give|provide|name|identify)\b)")


MASK_RUN = re.compile(MASK + "+")
_VERBISH = frozenset("is are was were be been has have had will would can could should may might must do does did "
                     "am isn't aren't wasn't weren't won't can't".split())
_CONTINUES = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|already|also|still|"
    r"never|now|only|[a-z]+ly|[a-z]{2,}ed|[a-z]{2,}s)\b")


def _after_subject_aside(masked: str, start: int, m: re.Match, se: int) -> int | None:
    """Where to read on when a clause's stop opens an aside right after its bare subject
    ("that the two men, and Mr. Cruz in particular, must do more", "that regular troop strength
    - around 166,000 in April - already lags"): the position after the aside, or None."""
    op = ASIDE_OPEN.match(masked, m.start())
    if op is None:
        return None
    words = WORDS.findall(masked, start, m.start())
    if words and words[0].lower() == "that":
        words = words[1:]
    if not 1 <= len(words) <= 6 or _APOSTROPHE.split(words[0].lower())[0] in _PRON_SUBJ or any(
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


# a list of things, each opening with an article: the item before its comma (after a verb or a preposition), and the
# items after it to the last, after "and" or "or", where the sentence ends
_LIST_WORD = r"[\w'\u2019%-]+(?:,\d{3})*"  # ("2,000 jobs")
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\s)(?!(?:is|was|were|are|be|been|being|become|became|remains?)\s)[a-z]+\s+(?:a|an|the)\s+"
                               + _LIST_WORD + r"(?:\s+" + _LIST_WORD + r"){0,3}$")
_LIST_ITEMS_AFTER = re.compile(r"(?:an?|the)\s+" + _LIST_WORD + r"(?:\s+" + _LIST_WORD + r"){0,3}"
                               r"(?:,\s+(?:an?|the)\s+" + _LIST_WORD + r"(?:\s+" + _LIST_WORD + r"){0,3})*"
                               r",?\s+(?:and|or)\s+" + _LIST_WORD + r"(?:\s+" + _LIST_WORD + r"){0,4}\s*(?:[.!?]|$)")


# a verb after "to" or a modal, before a coordinated cue in its base form ("had failed to operate and maintain
# its works", "will repair, test and maintain"): the second verb of that chain, no report of its own
_TO_OR_MODAL_VERB = re.compile(r"\b(?:to|will|would|can|could|should|may|might|must)\s+[a-z]+(?:,\s+[a-z]+)*,?$")
_AND_BASE_CUE = re.compile(r"\s+(?:and|but)\s+([a-z]+)$")


def _infinitive_pair(masked: str, start: int, c: re.Match) -> bool:
    """Is the coordinated cue ``c`` a base form joined to a verb after "to" or a modal, inside the clause
    from ``start``?"""
    bm = _AND_BASE_CUE.search(c.group())
    return bm is not None and cues().base.get(bm.group(1)) == bm.group(1) \
        and _TO_OR_MODAL_VERB.search(masked, max(start, c.start() - 80), c.start()) is not None


def clause_end(masked: str, start: int, se: int, stops: re.Pattern | None = None, aside: bool = True,
                clause_start: int | None = None) -> int:
    """Where a reported clause ends: the sentence end, or a dash that closes an aside
    (``stops``: the pattern of clause ends, :data:`CLAUSE_STOP` unless given)."""
    k = start
    pat = stops or CLAUSE_STOP
    m = pat.search(masked, start, se)
    while aside and m is not None and (resume := _after_subject_aside(masked, start, m, se)
                                       or _after_dashed_aside(masked, m, se)):
        m = pat.search(masked, resume, se)  # "that Mrs. Clinton, who ..., did better": read past the aside
    if m is not None and masked[start:m.start()].strip().lower() == "that" \
            and (close := masked.find(",", m.end(), se)) > 0:
        m = pat.search(masked, close + 1, se)  # "that, while the tax may ..., workers won't": past the fronted clause
    while m is not None and masked.startswith((", a ", ", an "), m.start()) and _LIST_ITEM_BEFORE.search(masked, start, m.start()) \
            and _LIST_ITEMS_AFTER.match(masked, m.start() + 2, se):
        m = pat.search(masked, m.end(), se)  # "the plan included a new school, a GP surgery and 40% affordable housing":
        # a list's item, no appositive ("..., a blow to Smith")
    end = m.start() if m else se
    c = coordinated_cue().search(masked, start, end)
    while c is not None and _infinitive_pair(masked, start, c):
        c = coordinated_cue().search(masked, c.end(), end)
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


# ("it proudly declared", "It has also said", "it had earlier said")
IT_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([Ii]t)\s+(?:ha[sd]\s+)?(?:also\s+|later\s+|then\s+|earlier\s+|still\s+|now\s+|"
                        r"even\s+|again\s+|already\s+|[a-z]+ly\s+)?$")
# and an auxiliary, a negation, inside an earlier report only (see it_subject): "Tesla said it did not agree ... but
# would deploy the update '...'", "it never agreed"
_IT_AUX_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([Ii]t)\s+(?:(?:did|does|would|will|could|can|should|may|might)"
                            r"(?:\s+not|n't|n\u2019t)?\s+(?:never\s+)?|never\s+)$")
# verbs that take a clause, never an object phrase ("VW now announced a deal with Toyota")
SAYING_VERBS = frozenset("say tell add write explain note argue insist claim predict warn acknowledge concede "
                          "contend".split())
_ADVERBS_BEFORE_CUE = (" now ", " even ", " just ", " sometimes ", " usually ", " typically ", " here ", " there ")


def before_adverb(masked: str, pos: int, lo: int) -> int:
    """Where a subject ends before its cue at ``pos``, past an adverb no subject list holds
    ("it now says", "Smith just said", "A poll has, however, revealed"); ``pos`` when there is none."""
    if (am := ASIDE_ADVERB_BEFORE.search(masked, max(lo, pos - 30), pos)) is not None:
        return am.start()
    if masked.endswith(_ADVERBS_BEFORE_CUE, lo, pos):
        cut = masked.rindex(" ", lo, pos - 1) + 1 if pos - lo > 1 else pos
        if masked.endswith(_PLACE_ADVERBS, lo, pos) and _PARTICIPLE_BEFORE.search(masked, lo, cut):
            return pos  # "a statement made here said": the participle's phrase is no subject
        return cut
    return pos


_PLACE_ADVERBS = (" here ", " there ")  # "dealers here said", "officials there said"
ASIDE_ADVERB_BEFORE = re.compile(r",\s+(?:however|though|meanwhile|too|in fact|in turn),\s+$")
_PARTICIPLE_BEFORE = re.compile(r"(?:[a-z]ed|made|held|built|set|based)\s+$")


# what ends a clause before a participle: a comma or a dash ("a basic task - bragging - conceding")
CLAUSE_BREAK = (",", " -", " --", "\u2014", "\u2013", MASK)  # (and a quotation that ends in its own comma)


TO_BEFORE = re.compile(r"\bto\s+$")


_DET_THEN_MASK = re.compile(r"\s+(?:the|a|an|its|their|this|that)\s+" + MASK)


_PASSIVE_AFTER_IT = re.compile(r"\s+(?:\w+\s+)?(?:is|was|has\s+been|had\s+been|be|been|being)\b")


def it_subject(masked: str, lo: int, cue: re.Match) -> Mention | None:
    """The "it" right before a cue as its subject (an organisation named before), when the cue
    reports: before a comma or colon ('It added, "..."'), before an article and a quotation ('it
    said the "payments will ..."'), with a recipient after it ('It told Triton it "may ..."': no
    inverted "told Triton"), opening the sentence ('It said that orders were down "moderately,"
    ...', 'But it said ...') or inside an earlier report ('Wedge said it believes the plan would be
    "..."'); a naming verb only for the sentence's own subject ('what it called a "patent commons"': a name)."""
    im = IT_BEFORE.search(masked, max(lo, cue.start() - 24), cue.start())
    if im is None:
        im = _IT_AUX_BEFORE.search(masked, max(lo, cue.start() - 24), cue.start())
        if im is None or not any(c.group(0).islower() for c in cues().rx.finditer(
                masked, max(lo, sentence_start(masked, im.start())), im.start())):
            return None  # (not "It did not disclose the terms": no report of its own; but "said it did not agree ...
            # but would deploy the update '...'": a pronoun inside the report, which the report's subject says)
    it = Mention(im.start(1), im.end(1), masked[im.start(1):im.end(1)], "pronoun")
    if masked[cue.end() : cue.end() + 2].strip()[:1] in (",", ":"):
        return it
    base = cues().base.get(cue.group(0).lower())
    before = masked[lo:im.start()]
    if base in OBJECT_NAMING and (before.strip() and not only_opener(before) and not _FRONTED_BEFORE_IT.fullmatch(before)
                                  and not (before.rstrip().endswith(", which") and any(
                                      c.group(0).islower() for c in cues().rx.finditer(masked, lo, im.start())))
                                  or _PASSIVE_AFTER_IT.match(masked, im.end(1), cue.start())):
        return None  # (but "In a statement, it accused Spotify of wanting '...'", "It called the ruling '...'":
        # the sentence's own subject; and after its own report, "Acme said profits rose, which it called '...'")
    if _DET_THEN_MASK.match(masked, cue.end()) or base in RECIPIENT_CUES or not before.strip() \
            or only_opener(before) or _FRONTED_BEFORE_IT.fullmatch(before) \
            or any(c.group(0).islower() for c in cues().rx.finditer(masked, lo, im.start())):
        return it  # (and after a fronted phrase: 'In a statement, it said the decision was "painful ..."')
    return None


_FRONTED_BEFORE_IT = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?(?:In|On|At|By|Earlier|Later|Last|This|Separately|Meanwhile|"
                               r"However|Still|Instead|After|Before|During|Late|Early)\b[^,;:\x01\n]{0,50},\s*")


NAMING = frozenset(("call",))
OBJECT_NAMING = frozenset("call describe label dub brand portray praise criticize mock blame accuse".split())
_NAMED_THEN_MARK = re.compile(r"\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:an?\s+)?\x01")
_PRONOUN_NAMED = re.compile(r"\s+(?:him|her|them|it|himself|herself|themselves|itself|me|myself|us|ourselves)\s+"
                            r"(?:as\s+)?(?:an?\s+)?\x01")
DETERMINER_BEFORE = frozenset("a an the his her its their our my your this these those".split())
# no finite verb right after a determiner or a preposition ("a number of cases", "according to reports")
_NO_VERB_AFTER = DETERMINER_BEFORE | frozenset("of in on at for with by from about to than into per after before during "
                                               "over under near without against between among through across "
                                               "despite amid toward towards within".split())
# a medium of words ("a statement", "his letter") after "in" or "on": where something was said, no speaker
_MEDIUM = re.compile(r"(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:statement|interview|letter|email|e-mail|tweet|"
                     r"post|speech|release|op-ed|video|message|memo)")
_PLACE_OF_WORDS_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:in|on)\s+$")


def medium_before_cue(masked: str, lo: int, men) -> int | None:
    """Where "in"/"on" starts when the phrase read back from a cue is the medium it was said in ("... and in a
    statement credited him"): the subject is before it. None when the phrase is no such medium."""
    if men is None or not _MEDIUM.fullmatch(men.text):
        return None
    pw = _PLACE_OF_WORDS_BEFORE.search(masked, lo, men.start)
    return pw.start() if pw is not None else None


COORD = re.compile(r"\b(?:and|but|then|by|before|after|while|when)\s+(?:(?:\w+ly|later|then|also|has|have|had)\s+)?"
                   # (a day between: "has been critical of Mr. Trump but on Tuesday wrote that ...")
                   r"(?:(?:on\s+(?:" + DAYS + r")|(?:last|this)\s+(?:week|month|year|night)|yesterday|today)\s+)?$")


# things that carry words: who holds or issues them says them ("held up a sign saying")
CARRIERS = frozenset("sign signs banner banners placard poster shirt t-shirt hat sticker headline message note "
                      "letter statement email e-mail post tweet ad video caption slogan release memo".split())
# "released a statement Tuesday saying ...": what the statement says follows the participle
STATEMENT_SAYING = re.compile(r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:saying|stating)\b")
LEAD_CONJUNCTION = re.compile(r"(?:But|And|Yet)\s+(?:(?:yet|then|so)\s+)?(?=\S)")
# ("DECATUR, Ill. - ", "WASHINGTON, Dec. 8 (UPI) - ": a date and a wire's name may follow the place)
DATELINE = re.compile(r"\s*(?:[A-Z][A-Z .'/-]{2,40}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z\d][\w.]*)?)?(?:\s+\([A-Z][\w.]*\))?"
                       r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][\w.]*)?\s+\((?:AP|AFP|UPI|Reuters|CNN|AAP|dpa)\))"
                       r"\s+[\u2015\u2014\u2013-]+\s+")  # (or "Washington (AFP) - ": a place in Title Case, its wire named)
FRONTED_TIME = re.compile(r"\s*(?:Earlier|Later|Last|This|Next|On|In|At|During|After|Before|Since|By|Over|Amid|Despite|"
                           r"Among|Under|With|Without|Following|Throughout|Unlike|Like|For)\s[^,;:\x01]{2,120},\s+")
# and without its comma before a name: "Earlier this month Caesars World rejected ... and said"
_FRONTED_TIME_BARE = re.compile(r"\s*(?:(?:Earlier|Later)\s+(?:this|last)|Last|This|Next)\s+(?:week|month|year|weekend)\s+"
                                r"(?=[A-Z][a-z])")
# "Speaking to MSNBC's Morning Joe Monday in New Hampshire, which ..., Bush referred": up to the
# comma before the main clause's subject
FRONTED_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\b[^;:\x01\n]{3,200}?,\s+(?=[A-Z]|(?:he|she|they|we|I)\s)")
# (a day between: "OpenAI on Monday released a new version ..., saying ...")
_FINITE_AFTER = re.compile(r"\s+(?:on\s+(?:" + DAYS + r")\s+|(?:yesterday|today)\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|es)\b")
# a person's appositive with an article after a name: ", a Sanders supporter,", ", herself a Sanders supporter during the
# primary,"
_ARTICLE_APPOSITIVE = r",\s+(?:(?:him|her)self\s+)?(?:an?|the)\s[^,;:\x01\n]{1,80},"
_APPOSITIVE_AFTER_NAME = re.compile(_ARTICLE_APPOSITIVE)
# a subordinate clause after a fronted time phrase ("Last month, when I asked ..., he ...")
_FRONTING = "as|when|while|after|before|if|because|since|although|though|once|until"
_FRONTED_CLAUSE_NEXT = re.compile(r"(?:" + _FRONTING + r")\s[^,;:\x01]{3,120},\s+")
_FRONTED_CLAUSE = re.compile(r"\s*(?:(?:And|But|Yet|So)\s+(?:" + _FRONTING + r")|" + _FRONTING.title()
                             + r")\s[^,;:\x01]{3,120},\s+")


_APOSTROPHE = re.compile("['\u2019]")


_NAMING_PARTICIPLES = frozenset("called named dubbed titled entitled labeled labelled termed nicknamed".split())


def _subject_inside_first_clause(masked: str, lo: int, hi: int, men: Mention) -> bool:
    """Does the subject ``men`` open a clause inside the first clause of a chain whose next verb is at
    ``hi``? "Sullivan put off deciding whether Judicial Watch could question Clinton but said", "A
    banker said that banks are responding and said", "Stoltenberg noted that Brazil had agreed ... but
    said" (but "She noted that Sanders has criticized ... and called": his own chain)."""
    pw = prev_word(masked, max(lo, men.start - 10), men.start)
    if pw is None or pw[1].lower() not in ("whether", "if", "that"):
        return False
    if pw[1].lower() != "that":
        return True
    ppw = prev_word(masked, max(lo, pw[0] - 30), pw[0])
    C = cues()
    if ppw is None or C.rx.fullmatch(ppw[1]) is None:
        return False  # ("a charge that leaders denied": a relative's "that")
    if (bw := prev_word(masked, max(lo, hi - 12), hi)) is not None and bw[1] == "but":
        return True
    vm = C.rx.match(masked, hi)
    return vm is not None and C.base.get(ppw[1]) == C.base.get(vm.group(0), "")


_FRONTED_ADVERB = re.compile(r"\s*(?:There|Here|Still|Instead|Meanwhile|However|Separately|Again|Nonetheless|"
                             r"Nevertheless|Likewise|Similarly|Elsewhere|Ultimately|Eventually),\s+")


# a contrasting clause with a subject of its own after a comma: ", while Mike Huckabee ...", ", whereas the union ..."
_CONTRAST_SUBJECT_CLAUSE = re.compile(r",[ \t]+(?:while|whereas)[ \t]+(?=[A-Z]|(?:the|a|an|his|her|their|its|he|she|they|we)\b)")


def _last_match(rx: re.Pattern, s: str, lo: int, hi: int) -> re.Match | None:
    """The last match of ``rx`` in ``s[lo:hi]``, or None."""
    last = None
    for last in rx.finditer(s, lo, hi):
        pass
    return last


def clause_subject(masked: str, lo: int, hi: int, strict: bool = False) -> Mention | None:
    """The subject of a chain of verbs: the subject of the previous cue in the clause
    ("Lazar said he welcomed ... and added"), else the clause's opening noun phrase
    ("Eight years ago, he supported ... and said"); with ``strict``, only a pronoun
    or a name of two words or more opens it ("Rain fell, adding ..." has no speaker)."""
    dm = DATELINE.match(masked, lo, hi) or (None if _FRONTED_CLAUSE.match(masked, lo, hi)
                                             else LEAD_CONJUNCTION.match(masked, lo, hi))
    if dm:
        lo = dm.end()  # "DECATUR, Ill. — Sen. Ted Cruz weighed in ...": the story starts after the dateline;
        # "But the U.S. Court of Appeals ... overruled and said": after the link word
    if (masked.find(" while ", lo, hi) >= 0 or masked.find(" whereas ", lo, hi) >= 0) \
            and (wm := _last_match(_CONTRAST_SUBJECT_CLAUSE, masked, lo, hi)) is not None:
        lo = wm.end()  # "Jindal signed an order ..., while Mike Huckabee, the former Arkansas governor, proposed ...
        # and said ...": the chain is the contrasting clause's, its own subject first
    fm = _FRONTED_CLAUSE.match(masked, lo, hi) or FRONTED_TIME.match(masked, lo, hi) \
        or FRONTED_PARTICIPLE.match(masked, lo, hi) or _FRONTED_TIME_BARE.match(masked, lo, hi) \
        or _FRONTED_ADVERB.match(masked, lo, hi)  # ("There, the chairman declined ... but said")
    if fm:
        lo = fm.end()  # "As the crowd began to chant, Silverman ... joked": the main clause's subject
        if (fm2 := _FRONTED_CLAUSE_NEXT.match(masked, lo, hi)) is not None:
            lo = fm2.end()  # "Last month, when I asked Sanders ..., he looked ... and said": both go
    for cm in reversed(list(cues().rx.finditer(masked, lo, hi))):
        if cm.group(0).endswith("ing") and masked[lo:cm.start()].rstrip().endswith(CLAUSE_BREAK):
            continue  # "a basic task in politics - bragging - conceding": an aside, not a verb of the clause
        if cm.group(0) in _NAMING_PARTICIPLES and masked.startswith(MASK, cm.end() + 1):
            continue  # "a class called "Perception"": a name given, not the clause's verb
        if (pw := prev_word(masked, max(lo, cm.start() - 30), cm.start())) is not None \
                and pw[1].lower() in ("who", "which", "that") and cm.group(0).islower() \
                and not masked[lo:pw[0]].rstrip().endswith(","):
            continue  # "not paying an architect who said he was stiffed ..., saying": a restrictive relative's
            # verb (but ", who answered her door and said": that one's the relative's own chain)
        if cm.group(0).islower() and verb_use(masked, cm, lo):  # not "defended the remark"
            men = np_backward(masked, cm.start(), lo)
            if men is not None and _subject_inside_first_clause(masked, lo, hi, men):
                continue  # the verb of a clause inside the first one, not the chain's
            if men is not None and men.text.split()[0] not in SENTENCE_OPENERS:
                return men
    seg = masked[lo:hi]
    if (nm := _NAME_APPOSITIVE_START.match(masked, lo, hi)) is not None \
            and nm.group("np").split()[0] not in SENTENCE_OPENERS:
        # "Sarah Silverman, a Sanders supporter, drew boos upon saying": the name before its appositive (the
        # pattern below would read "Sarah Silverman," as a fronted phrase and "a Sanders" as the subject)
        s, e = nm.span("np")
        men = classify(masked, s, e, word_tokens(masked, s, e))
        if men.kind == "name":
            return men
    m = _SUBJ_START.match(seg)
    if not m and (pm := _PERSON_BY_NOUN.match(masked, lo, hi)) is not None \
            and (person_noun(pm.group("head")) or pm.group("head") in ORG_WORDS) \
            and ((v := pm.group("verb")) in FINITE or v.endswith("ed")):
        # "In three separate interviews, the justice sounded off on Trump, saying": a person by a
        # noun for people, then a verb in the past (or a body: "In a statement, the club thanked ... and said")
        s, e = pm.start("np"), pm.end("np")
        return classify(masked, s, e, word_tokens(masked, s, e))
    if not m or m.group("np").split()[0] in SENTENCE_OPENERS:
        return None
    s, e = lo + m.start("np"), lo + m.end("np")
    if (cp := CONTRACTED_PRONOUN.fullmatch(masked, s, e)) is not None:
        # "He's comparing the gun actions ... and says ...": the pronoun of the contraction
        return Mention(s, cp.end(1), cp.group(1), "pronoun")
    toks = word_tokens(masked, s, e)
    if not toks:
        return None
    nxt = NEXT_WORD.match(masked, e)
    nw = nxt.group(1) if nxt else ""
    cut = nw.islower() and not (nw in FINITE or nw.endswith(("ed", "ly")) or nw in ADVERBS
                                or (nw.endswith("s") and not nw.endswith("ss")) or nw in _NP_CONTINUES)
    if len(toks) == 1 and nw.islower() and (pe := _plural_head_end(masked, e, hi)) is not None \
            and (men := np_backward(masked, pe, s)) is not None and men.start == s:
        toks = word_tokens(masked, men.start, men.end)  # "Abortion providers welcomed the ruling but warned":
        # a plural noun after the capital, its verb after it (not "Abortion" by itself, "providers" its verb)
    elif (len(toks) == 1 or cut) and toks[0][2].lower() not in pronouns():
        # "The retired neurosurgeon has provided ...", "Democratic presidential candidate
        # Sen. Bernie Sanders (I-Vt.) on Saturday criticized ...": the phrase runs to the verb
        v = first_verb(masked, s, hi)
        if v is None:
            return None
        men = np_backward(masked, v, s)
        if men is None or men.text.split(None, 1)[0].lower() in SUBORDINATORS:
            return None  # (not "once software patents are granted then any programmer will have to worry": a
            # subordinate clause opens the sentence)
        toks = word_tokens(masked, men.start, men.end)
    else:
        men = classify(masked, s, e, toks)
    if strict and not (men.kind == "pronoun" or (men.kind == "name" and len(toks) >= 2)
                       # "Ryan endorsed Trump in June, ..., telling reporters": a surname and its verb
                       or (men.kind == "name" and (_FINITE_AFTER.match(masked, men.end, hi) is not None
                                                   or (NEXT_WORD.match(masked, men.end) or [None, ""])[1] in FINITE
                                                   and named_mid_sentence(masked, men.text)
                                                   # "Silverman, herself a Sanders supporter during the primary,
                                                   # incurred a wave of boos upon saying": an appositive between
                                                   or (am := _APPOSITIVE_AFTER_NAME.match(masked, men.end, hi)) is not None
                                                   and (_FINITE_AFTER.match(masked, am.end(), hi) is not None
                                                        or (NEXT_WORD.match(masked, am.end()) or [None, ""])[1] in FINITE)))
                       or (men.kind in ("description", "group") and len(toks) >= 2
                           and (toks[0][2].lower() in ("the", "a", "an")
                                # "Both parents stiffened ..., saying": a quantity of people
                                or toks[0][2].lower() in _QUANTIFIERS_BEFORE | _ONE_OF_THEM and person_noun(head_token(toks))
                                # "his mother refused to teach him Japanese, insisting": a person by kin or role
                                or toks[0][2].lower() in ("his", "her", "their") and person_noun(head_token(toks))
                                # "Two objectors, Lawrence Joyce and William Graham, had challenged ..., contending"
                                or named_pair(men)
                                # "Hillary Clinton's right-hand woman rallied supporters, saying"
                                or _name_possessive_first(toks)))
                       # "Analysts (at Goldman Sachs) raised their forecast, saying": people by a plural noun
                       or men.kind == "group" and toks[0][2][:1].isupper() and toks[0][2].endswith("s")
                       and person_noun(toks[0][2]) and (len(toks) == 1 or toks[1][2] in ("at", "from", "with", "for"))
                       # ("Companies echoed this sentiment, saying": a plural the text writes in lower case too)
                       or men.kind == "group" and len(toks) == 1 and toks[0][2][:1].isupper()
                       and (toks[0][2].lower().endswith(PEOPLE_PLURAL_ENDS + ("ies",)) or toks[0][2].lower() in TRADE_PLURALS)
                       and _FINITE_AFTER.match(masked, men.end, hi) is not None):
        return None
    return men


NEXT_WORD = re.compile(r"\s+([\w'\u2019-]+)")


def _plural_head_end(masked: str, e: int, hi: int) -> int | None:
    """Where a plural noun ends that, with up to two lower-case words before it, goes on the capitalised
    word ending at ``e``, a past or finite verb after it ("Abortion providers welcomed", "Abortion rights
    groups welcomed"); None if no such noun does ("Abortion has ended", "Trump says")."""
    toks = word_tokens(masked, e, min(hi, e + 80))[:4]
    for k, (_, te, w) in enumerate(toks[:3]):
        if not w.islower() or w in FINITE or w in cues().words or w.endswith(("ed", "ly")):
            return None
        if w.endswith("s") and not w.endswith("ss") and k + 1 < len(toks) \
                and ((v := toks[k + 1][2]) in FINITE or v.endswith("ed") and v.islower()) and v not in ("has", "is", "was"):
            return te
    return None


def named_pair(men: Mention) -> bool:
    """A group of two people named in full ("Lawrence Joyce and William Graham"), as np_backward finds it."""
    return men.kind == "group" and men.name_start is not None and " and " in men.text[men.name_start - men.start:]


_ONE_OF_THEM = frozenset(("one", "another", "each", "every"))  # "One employee at a software firm declined ..."


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


def subordinate_subject(masked: str, lo: int, hi: int) -> Mention | None:
    """The subject of a subordinate clause that ends right before a participle's comma:
    "..., when Sanders protesters interrupted her speech, shouting" -> Sanders protesters."""
    last = _last_match(_SUBORDINATE_OPEN, masked, lo, hi)
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
            and has_finite_verb(masked, last.end(), comma) else None
    men = np_forward(masked, last.end(), comma)
    if men is None and (bm := _BARE_PLURAL.match(masked, last.end(), comma)) is not None \
            and bm.group(2).lower() not in _PLURAL_UNITS:
        # "where about 50 protesters had gathered", "in which children use ...": a bare plural
        men = Mention(bm.start(1), bm.end(1), bm.group(1), "group")
    if men is None or men.kind == "pronoun" and men.text.lower() in ("it", "this", "that"):
        return None
    nxt = NEXT_WORD.match(masked, men.end, comma)
    verb = nxt.group(1) if nxt else ""
    return men if verb.islower() and (verb in FINITE or verb.endswith("ed") or (
        verb.endswith("s") and not verb.endswith("ss"))) else None


_COORDINATED_OPEN = re.compile(r"(?:,[ \t]*|[ \t])(?:and|but)[ \t]+(?=[A-Z]|the[ \t])")


def coordinated_subject(masked: str, lo: int, hi: int) -> Mention | None:
    """The subject of the last of two clauses joined by "and" or "but", when a participle follows
    it: "prosecutors charged the officer and Emanuel fired his police chief, ..., acknowledging" ->
    Emanuel (the participle goes with the clause next to it, not with the sentence's first subject)."""
    last = _last_match(_COORDINATED_OPEN, masked, lo, hi)
    if last is None:
        return None
    C = cues()
    for cm in C.rx.finditer(masked, lo, hi):
        if cm.start() >= last.start() or C.base.get(cm.group(0)) in SAYING_VERBS or that_after(masked, cm.end(), hi):
            return None  # (not "He said that ... and Japan became involved, adding": the clause is a report's)
    pw = prev_word(masked, lo, last.start())
    if pw is None or not pw[1].islower() or pw[1] in pronouns():
        return None  # ("S and P affirmed", "Merrill Lynch and Co", "it and Farma had sued": one subject)
    v = first_verb(masked, last.end(), hi)
    verb = NEXT_WORD.match(masked, v - 1) if v is not None else None
    if verb is None or not (verb.group(1) in FINITE or verb.group(1).endswith("ed")):
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
CLAUSE_QUICK = re.compile(r"(?=[iwahdmcsytIHSTWY])\b(?:is|was|are|were|has|had|have|will|would|does|did|do\s+not|may|might|"
                           r"can|could|should|must|shall|cannot|(?:how|why|whether)(?!\s+to\b)|he|she|they|we|I|you|[Hh]e|[Ss]he|They|We|"
                           r"You)\b")  # ("how to vote" is no clause)


_COUNT = re.compile(r"(?!(?:19|20)\d\d\b)\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands",
                    re.I)


def has_finite_verb(masked: str, lo: int, hi: int) -> bool:
    """Does the phrase hold a word that reads as a finite verb (a clause), or only nouns
    ("the race in Nevada in a phone call with Hillary Clinton")?"""
    if CLAUSE_QUICK.search(masked, lo, hi):
        return True  # most clauses: one search, no tokens
    prev = ""
    pp_after_plural = 0  # words left of a place phrase after a plural ("people in the UK live"): its verb may follow
    toks = word_tokens(masked, lo, hi)
    for n, (_, _, w) in enumerate(toks):
        lw = w.lower().replace("\u2019", "'")
        if lw in _CLAUSE_MARKERS or lw.split("'")[0] in _PERSONAL_SUBJECTS or (n == 0 and lw == "it"):
            return True  # "they think she could win", "he'd support", "people may not like", "it forecast"
        if lw in _ALWAYS_VERBS:
            return True  # "this is just a rough patch": after "this" too
        if w in _BARE_PAST and n and prev.lower() not in DETERMINER_BEFORE and n + 1 < len(toks) \
                and toks[n + 1][2].lower() in _OBJECT_OPENERS:
            return True  # "its board cut the quarterly dividend"
        if w in _PLURAL_PRESENT and n and (prev.endswith("s") and not prev.endswith(("ss", "us", "is", "as", "'s", "\u2019s"))
                                           and prev.lower() not in _NOT_PLURAL_S and prev not in _PLURAL_UNITS
                                           or prev.lower() in _IRREGULAR_PLURALS
                                           or pp_after_plural > 0 and toks[n - 1][2].lower() not in _PP_OPENERS):
            return True  # "his friends feel the same way", "people want change": a plural's verb
        if lw.endswith("ed") and prev.lower() in ("this", "that") and n + 1 < len(toks) \
                and toks[n + 1][2].lower() in _AFTER_PAST_OBJECT:
            return True  # "this represented under one month's consumption": "this" the subject (not "this
            # proposed rule": a determiner and its noun)
        if pp_after_plural:
            pp_after_plural = 0 if w in _PP_ENDS else pp_after_plural - 1
        elif lw in _PLACE_PREPS and prev.lower() in _IRREGULAR_PLURALS:
            pp_after_plural = 4  # "900,000 people in the UK live with dementia"
        if lw.endswith("ed") and prev.lower() == "ever" and any(_superlative(t[2].lower()) for t in toks[max(0, n - 6):n - 1]):
            prev = w
            continue  # "the most distant galaxy ever observed", "the biggest crowd ever recorded": a participle
        if w.islower() and (prev.lower() not in _NO_VERB_AFTER or prev.lower() == "this" and w.endswith("s")) and (
                w in FINITE or w.endswith("ed") or w.endswith(("n't", "n\u2019t"))
                or w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in GROUP_HEADS
                and not (lw.endswith("'s") and lw[:-2] not in _IS_CONTRACTED)  # (a possessive: "the famed fascist's
                # quote"; not "it's", "there's")
                and w not in _PLURAL_UNITS and w not in _NOT_VERB_S
                and not (w.endswith("ics") and w not in _VERBS_IN_ICS)  # ("the Business Insider politics editor")
                and not (n + 1 < len(toks) and toks[n + 1][2] == "of" and _COUNT.fullmatch(prev))):
            # (not "14 counts of fraud", "three charges of theft": a number's plural noun before "of"; a
            # year is no number of things: "1986 earnings of 7.7 mln dlrs" stays as the wire reports it)
            return True
        if w not in _FREQUENCY_ADVERBS or not prev:
            prev = w  # (the subject before "still", "also", "often": "officers still scrutinize the area")
    return False


_SUPERLATIVES = frozenset("most least first only best worst last".split())


def _superlative(w: str) -> bool:
    """"most", "first", "biggest", "deadliest": a word before "ever" and a participle ("the biggest ever recorded")."""
    return w in _SUPERLATIVES or w.endswith("est") and len(w) > 5 and w not in _NOT_SUPERLATIVES


_NOT_SUPERLATIVES = frozenset("interest protest request contest arrest forest harvest conquest inquest bequest midwest "
                              "southwest northwest honest modest earnest suggest digest invest divest manifest attest "
                              "detest ingest infest".split())


# what follows a past tense with its object or complement, not a noun after an adjective in -ed
_AFTER_PAST_OBJECT = frozenset("the a an its his her their our this that these those under over about more less "
                               "only just nearly almost".split())
# words whose "'s" is "is" or "has", not a possessive
_IS_CONTRACTED = frozenset("it there that what here who he she where everyone everybody nobody nothing everything "
                           "someone somebody something one this".split())
# verbs in the present tense after a plural subject, which no ending marks
_PLURAL_PRESENT = frozenset("feel want need think believe know like expect hope agree plan support oppose worry fear "
                            "understand deserve prefer intend tend trust love hate lack face own remain seem "
                            "increase decrease rise fall show include total exceed reach represent "
                            "continue scrutinize argue insist say see view consider get make take give keep find "
                            "spend pay use struggle suffer complain refuse "
                            # a wire's plural subjects: "the measures aim at ...", "the notes mature in 1992"
                            "aim mature expire differ range apply depend vary account operate compete exist mean "
                            "suggest indicate reflect involve require allow provide contain produce employ earn "
                            "carry appear lag trail outnumber "
                            # what people do: "900,000 people in the UK live with dementia", "most staff work from home"
                            "live work die stay leave buy sell vote eat drive travel owe rely risk fail lose "
                            "wait sleep".split())
_PLACE_PREPS = frozenset("in across around throughout".split())
_PP_ENDS = frozenset(",;:()")
_PP_OPENERS = _PLACE_PREPS | {"the", "a", "an", "this", "that", "their", "our", "its"}  # (not "people in work": a noun)
_FREQUENCY_ADVERBS = frozenset("still also often never already always usually generally increasingly mostly "
                               "largely now even rarely sometimes".split())
# past tenses without -ed, a verb when an object follows: "its board cut the quarterly dividend"
_BARE_PAST = frozenset("cut put set hit let cost spread shut quit bid hurt split".split())
_OBJECT_OPENERS = frozenset("the a an its his her their our this that these those".split())
_IRREGULAR_PLURALS = frozenset("people men women children police".split())
# words in -s that are never a verb ("its" is left out: "said its board cut ..." has its verb after an
# aside the first-comma test would miss, and "its" standing for one keeps such reports)
_NOT_VERB_S = frozenset("hers ours yours theirs as news series yes perhaps sometimes always towards besides".split())
_VERBS_IN_ICS = frozenset("panics mimics picnics traffics frolics".split())  # (other words in -ics are nouns: "politics")
_NOT_PLURAL_S = frozenset("its does yes sometimes always perhaps towards besides".split())
# plural nouns of amounts that never read as verbs: "a loss of 6,565,000 dlrs or 91 cts a share"
_PLURAL_UNITS = frozenset("dlrs cts pts points shares tonnes tons barrels bags bales bushels ounces pounds "
                          "euros dollars cents yen francs marks pesos rupees guilders lire kronor crowns "
                          "percent pct units votes seats years months weeks days hours minutes".split())


def first_verb(masked: str, pos: int, hi: int, relatives: bool = True) -> int | None:
    """Start of the first word after the one at ``pos`` that reads as a finite verb, within 14 words
    (and 160 characters), a relative clause in commas read past and not counted ("Max Schrems,
    whose complaint started the case, welcomed"; one no comma closes is read as words)."""
    prev = ""
    read, limit = 0, pos + 160
    rel_start = None  # where ", who/whose/which ...," started
    for ts, te, w in word_tokens(masked, pos, min(hi, pos + 400)):
        if rel_start is not None:
            if w == ",":
                limit += ts - rel_start
                rel_start = None
            prev = w
            continue
        if relatives and prev == "," and w in ("who", "whose", "which"):
            rel_start = ts
            prev = w
            continue
        read += 1
        if read > 15 or ts >= limit or w.startswith(MASK) or w in ";:":
            return None
        if w.islower() and prev.lower() not in DETERMINER_BEFORE and not (prev == "of" and w not in FINITE):
            # (a word right after "of" is a noun's or an adjective's: "A group of limited partners has filed",
            # "Santander's board of governors strongly reject", "a Texas court of appeals upheld")
            if w in FINITE or w.endswith("ed") or (
                    w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in GROUP_HEADS
                    and not prev.endswith("ing")  # "Protesters carrying placards stood": a noun
                    and not _AUX_NEXT.match(masked, te)  # "A group of limited partners has filed": the noun
                    # before an auxiliary
                    and prev.lower() not in _QUANTIFIERS_BEFORE):  # "Both parents stiffened"
                return ts
        prev = w
    return first_verb(masked, pos, hi, False) if rel_start is not None else None


_QUANTIFIERS_BEFORE = frozenset("both all several many some most few two three four five".split())
_SUBJ_START = re.compile(
    r"\s*(?:(?:[A-Z][\w'\u2019-]*\s+){0,1}[^,\x01]{0,60},\s+)?(?P<np>(?:he|she|they|we|I|it|He|She|They|We|It)\b|"
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w'\u2019-]*|"  # "his mother refused ..., insisting": a possessive's noun
    r"the\s+(?:[a-z][\w-]*\s+)?(?:company|firm|airline|bank|group|government|ministry|agency|union|"
    r"council|party|campaign|carrier|utility|court|police|spokesman|spokeswoman|official)(?=\s)|"
    # a person by role, a name after it or not: "There, the district GOP Chairman Chuck Williams declined ... but said"
    # (not an appositive after a name: "John Cordisco, the Democratic chairman of ..., referenced ..., recalling")
    r"(?<!,\s)the\s+(?:[\w-]+\s+){0,3}?(?:[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Mm]inister|[Ss]ecretary|[Gg]overnor|[Mm]ayor|"
    r"[Ss]enator|[Dd]irector|[Ll]eader|[Mm]anager|[Cc]oach|[Jj]udge|[Pp]rosecutor)"
    r"(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?=\s+[a-z])|"  # ("In a
    # statement, the company apologised and said": a body's noun after a fronted phrase)
    # (a body's name with its small words: "The Bank of England has held rates ..., saying")
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.'\u2019-]*)(?:\s+(?:(?:of|for|the)\s+){0,2}[A-Z][\w.'\u2019-]*){0,5})"
    r"(?:\s*\([^()\x01]{1,20}\))?"  # a party tag: "Sen. Ted Cruz (R-Texas) weighed in"
    r"(?:,\s+(?:an?|the|who|[a-z]+ing|(?:him|her)self\s+an?)\s[^,;\x01\n]{1,80},)?(?=\s+[a-z])"  # "Gary Emineth, a former state chairman, became",
    # "House Democrats, looking for a way ..., seized"
)
_NAME_APPOSITIVE_START = re.compile(r"\s*(?P<np>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})(?=" + _ARTICLE_APPOSITIVE
                                    + r"\s+[a-z])")
_PERSON_BY_NOUN = re.compile(r"\s*(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+))\s+(?P<verb>[a-z]+)\b")
IRREGULAR_PAST = frozenset("put shot spoke struck took gave made came hit swung threw began sang drew fought "
                             "sent wrote said told stood sat ran held led met brought thought won lost paid "
                             "sold built spent wore rose fell grew knew flew drove rode broke chose".split())
# finite verbs that end the subject of a chain of verbs ("The president left no doubt ...")
FINITE = IRREGULAR_PAST | frozenset("has had have was were is are will would did does left went got kept felt "
                                      "held won lost ran met paid led set brought thought sought found heard "
                                      "knew saw became chose rose fell broke spent built bought taught caught forgot "
                                      "meant shook swore withdrew understood overcame overtook undertook upheld "
                                      "withheld forgave fled dealt sank shrank stole tore woke swept underwent began "
                                      "grew drew stood struck slid cut let quit shut cast hurt burst lit hid dug hung stuck "
                                      "spun bound sped fed lent crept knelt".split())
AUXILIARIES = "has|have|had|was|were|is|are|will|would|could|can|may|might|must|should"
_AUX_NEXT = re.compile(r"\s+(?:" + AUXILIARIES + r")\b")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|" + "|".join(sorted(FINITE)) + r")\b")  # (first_verb)


# never the determiner: "announced that same day", "said that night"
THAT_DETERMINER = (r"that\s+(?:same\s+|very\s+)?(?:day|night|morning|afternoon|evening|week|month|year|time|moment)\b(?!-)"
                    r"(?!\s+(?:was|is|were|will|would|had|has|could|might|may|should|must|can|did)\b)")  # not "that day was"
THAT = re.compile(r"\s*(?:,\s*(?:however|though|meanwhile|moreover|too|also|indeed|in\s+fact)\s*)?(?:,\s*)?"
                   r"(?!" + THAT_DETERMINER + r")(?P<that>that)\b\s*", re.I)  # (", however, that": an aside)
# when and where between the cue and its clause: "said on Friday that", "told reporters
# Wednesday night that", "said in a statement that"
_GAP_SUBJECT = re.compile(r"\s(?:he|she|it|they|we|I|this|there)\s+(?:is|was|are|were|has|had|have|will|would|"
                          r"could|can|may|might|must|should|did|does|do|[a-z]+(?:ed|es|s))\b")
_ADVERBIAL_THAT = re.compile(
    r"(?:\s+(?:on|in|at|during|after|before|last|this|that|early|late|earlier|later|(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day|yesterday|today|tonight|again|repeatedly|publicly|privately|recently|only|"
    r"previously|separately|initially|originally|subsequently|frequently|often|consistently|already|"
    r"then(?=,?\s+that\b)|"  # (but "responded then the same way that ...": no clause of its own)
    r"for\s+the\s+(?:first|second|last)\s+time|from\s+the\s+(?:start|outset|beginning)|once|twice|also|"
    r"for\s+(?:days|weeks|months|years|decades|some\s+time|a\s+long\s+time)|unanimously|"
    r"\d{1,2}[-\u2013]\d{1,2}(?=\s+(?:on|in|that)\b)|"  # (a vote's tally: "ruled 6-3 that", "voted 5-4 on Monday that")
    # any manner adverb right before "that": "said flatly that", "argued strongly that", "suspected immediately that"
    # (not a noun in -ly: "told family that")
    r"(?!(?:family|supply|ally|rally|reply|assembly|monopoly|anomaly|homily|bully|belly|folly)\b)[a-z]{3,}ly(?=\s+that\b))\b"
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


def plural_participle_subject(masked: str, ss: int, cue: int) -> re.Match | None:
    """'Democrats trying to regain the Senate in November say ...': a bare plural noun and its
    participle phrase open the sentence and are the subject of the cue (not 'James walking')."""
    if masked.find("ing ", ss, cue) < 0:
        return None  # no participle: the common case, decided without the pattern
    m = _PLURAL_PARTICIPLE_SUBJECT.match(masked, ss, cue)
    return m if m is not None and (m.group("head") or m.group("head2")).lower() not in given_names() else None
THINK_CLAUSE = re.compile(r"\s+(?:(?:he|she|they|it|we|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+[a-z']"
                           r"|(?:the|his|her|their|its|this|these)\s+[A-Za-z']|"  # ("think the Fed's rates have ...")
                           r"(?!that\b|so\b|about\b|of\b)[a-z]+\s+(?:are|were|will|would|can|could|should|have|had|may|might|must)\b)")
# "told voters that", "told foundation employees on Thursday that": a recipient of any shape before "that"
TELL_THAT = re.compile(r"\s+(?!that\b)[^,.;:!?\x01\n]{2,90}?\s(?P<that>that)\s+(?=[\w\u2019'$\"\u201c])")
_ASIDE_THAT = re.compile(
    r"\s+(\u2014|\u2013|--)\s[^\u2014\u2013\x01\n]{1,80}?\s\1\s+(?P<that>that)\s+(?=[\w\u2019'$\"\u201c])")


def that_after(masked: str, pos: int, se: int) -> re.Match | None:
    """'that' opening the clause right after a cue, perhaps after when and where."""
    if (m := THAT.match(masked, pos, se)) is not None:
        return m
    m = _ADVERBIAL_THAT.match(masked, pos, se)
    if m is not None and _GAP_SUBJECT.search(masked, pos, m.start("that")):
        m = None  # "said on Monday he is sure that ...", "said on Sunday it had no evidence that": the
        # clause starts before "that"
    if m is not None and masked[pos:m.start("that")].split() in (["on"], ["in"], ["at"]) \
            and not has_finite_verb(masked, m.end(), se):
        m = None  # "hinted at that in a news conference Monday": the preposition's object, no clause after it
    return m or _ASIDE_THAT.match(masked, pos, se)
RECIPIENT_THAT_CUES = frozenset("remind assure warn inform notify caution advise convince persuade".split())
OBJECT = re.compile(
    # an outlet's programme first: "told the BBC's Breakfast with Frost show the money ...", "told BBC Radio 4's
    # Today programme he ..."
    r"\s*(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3}['\u2019]s\s+(?:[A-Z][\w.-]*\s+){1,4}?"
    r"(?:(?:with|and|of)\s+[A-Z][\w.-]*\s+)?(?:show|programme|program|podcast)(?=\s)|"
    r"me|us|him|her|them|reporters|journalists|the\s+[A-Z][\w.-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w.-]*){0,4}|"
    r"(?:his|her|their|its|our)\s+[a-z]+(?=\s+(?:he|she|they|it|we|the|[A-Z]))|"  # "told his audience they"
    # ("told the Securities and Exchange Commission it sold", "told the House of Commons she will")
    # an outlet's show in marks: 'told MSNBC's "Morning Joe" that ...'
    # the outlet's city after it: "told The Star-Ledger of Newark last week she ..."
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:['\u2019]s\s+\x01+(?=\s)|\s+of\s+[A-Z][\w.-]*(?=\s+(?:last|this|on|in|that)\b)"
    r"|\s+\d{1,3}(?=\s+(?:that|on|in|last|this)\b))?"  # (a station's number: "told ABC 7 that")
    r"|the\s+audience|the\s+crowd|supporters|pollsters|interviewers|"
    # a gathering: "told the press conference the company was ...", "told the annual shareholders' meeting ..."
    r"(?:the|an?)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:meeting|conference|tribunal|court|panel|hearing|subcommittee|committee|summit|"
    r"forum|convention|assembly|seminar|symposium|gathering|rally|session|parliament)(?=\s)(?!\s+[a-z]+(?:ed|ing)\b)|"
    # people by their trade, and the paper: "told government authorities it may", "told business executives
    # the most important issues are", "told the paper he hopes"
    r"(?:(?:the|visiting)\s+)?(?:[a-z]+\s+)?(?:authorities|executives|officials|regulators|investors|analysts|"
    r"shareholders|bankers|delegates|diplomats|businessmen|farmers|legislators|senators|congressmen|MPs|MEPs|peers|"
    r"councillors|councilors|voters|residents|parents|fans|colleagues|employees|workers|staff|students|listeners|"
    r"viewers|readers|donors|activists|investigators|detectives|officers|prosecutors|jurors|doctors|"
    r"campaigners|protesters|followers|viewers|police(?!\s+(?:chief|commissioner|superintendent|department|officers?)\b))"
    r"(?=\s|,\s+however,)"
    r"(?!\s+(?:to|of|at|from|in|for)\b)|"  # ("told shareholders, however, that ...")
    r"the\s+(?:paper|newspaper)(?=\s)(?!\s+(?:to|of|at|from|in|for)\b)|"
    # and bodies and groups addressed: "told the nation he was resigning", "told the exchange its policy is"
    r"the\s+(?:nation|country|exchange|task\s+force|reporters|journalists|board|jury|judge|union|inquiry|agency|"
    r"house|senate|council|cabinet|club|players|members|public|media|staff|workers|employees|students|"
    # (and one office holder: "told the senator the data would come", "told the president he would stay")
    r"senator|congressman|congresswoman|president|governor|mayor|minister|prime\s+minister|chairman|king|queen|pope|"
    r"(?:[a-z]+\s+)?industry)"  # ("told the oil industry on Tuesday it will extend ...")
    r"(?=\s)(?!\s+(?:to|of|at|from|in|for|that|who|which)\b)|"
    r"lawmakers|the\s+committee|an?\s+\w+(?:\s+(?!(?:before|after|until|when|while|because|since|if|as|of|to|for|in|at|on|from|with|by|"
    # (not the clause's first word: "told a court the men did not want bail")
    r"the|a|an|his|her|its|their|he|she|it|they|we|I|this|these|those|there)\b)\w+)?)(?:\b|(?<=\x01))"
)
# a body's acronym with a plural verb, as British copy writes it: "The MDA say the figures ..."
_BRITISH_PLURAL_CUES = frozenset("say believe think warn insist argue".split())
CLAUSE_AFTER = re.compile(r"\s+(?:that\b|(?:he|she|they|we|I)\s+[a-z]+(?:s|ed)?\s+(?:that\b|\x01))")  # (and "said he


EVIDENCE_VERB = re.compile(r"(?<![\w'\u2019-])(?=[sfi])(?:show(?:s|ed|ing|n)?|f(?:ound|inds?)|indicat(?:es?|ed|ing))(?![\w-])")


THAT_BEFORE = re.compile(r"\bthat\s+$")


# a date, a year or a bare number: when, never who
TIME_OR_NUMBER = re.compile(r"[\d,.]+|(?:(?:" + DAYS + r"|January|February|March|April|May|June|July|August|"
                             r"September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)")
def person_before_time(men: Mention | None) -> bool:
    """A subject found before a time phrase ("McConnell in 2010 said", "who in 2010 said")
    speaks when it is a name, a pronoun or a relative pronoun's antecedent; not "The State
    Department withheld a key email in 2014 that would have revealed"."""
    return men is not None and not TIME_OR_NUMBER.fullmatch(men.text) and (
        men.kind in ("name", "pronoun") or men.rel_start is not None)


TIME_LEAD_BEFORE = re.compile(r"\s+(?:in|on|at|during|since|by|early|late|last|this)(?:\s+(?:early|late|mid))?\s*$")
_DET_ADVERB = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that)|\w[\w.-]*(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Ii]t)"
                         r"(?<!\b[Tt]hat)(?<!\b[Ww]ho)(?<!\b[Tt]here)['\u2019]s)"
                         r"\s+(?:[a-z]+ly|earlier|newly)\s+$")  # ("the candidate's currently stated positions")
_DET_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:(?i:his|her|its|their|our|my|the)|[A-Z][\w.-]*['\u2019]s)"
                              r"(?:\s+[a-z]+['\u2019]s)?\s+[a-z]+\s*$")  # ("The mayor's office issued a statement")
# verbs before "to" after which a base-form cue is said, not wished: "continued to say he ..."
_LEAD_TO = re.compile(r"\b(?:continued|continues|continue|went\s+on|goes\s+on|go\s+on|proceeded|hastened|"
                      r"(?:was|were|is|are)\s+quick)\s+to\s+$")
_THAT_NEXT = re.compile(r"\s+that\s+(?!(?:is|was|would|will|has|had|of)\b)")
_NOT_TO_THAT = frozenset(("say", "tell", "ask"))  # "wants to say that": a wish, not a report (and "told" needs a recipient)
_BASE_ADVERBS = frozenset("even still also now often really actually generally mostly usually always "
                           "never rarely sometimes increasingly privately publicly openly only".split())
_CHAINED_ING = re.compile(r",\s+[a-z]{3,}ing\b[^,;:\x01\n]{0,120}?\s+(?:and|but)\s+(?:(?:also|then)\s+)?$")


def participle_chain(masked: str, cm, ss: int) -> int | None:
    """'He ducked, pointing to his record ... and saying that ...': a participle joined by "and"
    to one after the clause's comma; where that comma stands, or None."""
    m = _CHAINED_ING.search(masked, max(ss, cm.start() - 160), cm.start())
    return m.start() if m is not None else None


_WHILE_ING = re.compile(r",\s+(?:(?:all\s+)?while\s+(?:also\s+)?|[a-z]+ly\s+)$")  # ", while also saying", ", quickly adding"
# "before"/"after" and a participle with its "that" or a quotation: "praised the vote before adding that ...", '"...,"
# he said - before adding that "..."' (the clause's subject adds; not "before announcing any new measures")
_BEFORE_ING = re.compile(r"\w[,\u2014\u2013]?\s+(?:[\u2014\u2013-]+\s+)?(?:before|after)\s+$")
# an absolute "with" and its subject before the participle: "..., with the central bank warning that ...", "with the
# weather agency Aemet saying ..."
_WITH_NP_BEFORE_ING = re.compile(r"\w,\s+with\s+(?:[\w'\u2019.&-]+\s+){1,5}$")
_BE_BEFORE_ING = re.compile(r"(?:\b(?:is|are|was|were|been|am)|\w['\u2019](?:s|re|m))\s+(?:(?:also|still|now|already|again|"
                            r"[a-z]+ly)\s+)?$")  # ("he's hoping the ...")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got)\s+(?:not\s+|never\s+|also\s+)?$")


def noun_use(masked: str, cm, lo: int) -> bool:
    """A cue word after a determiner or a possessive is a noun: 'secretary of state', 'a cautious note'."""
    pw = prev_word(masked, max(lo, cm.start() - 30), cm.start())
    if pw and pw[1].lower() in _QUANTIFIER_PRONOUNS and cm.group(0) in _NEVER_NOUN_CUES \
            and _BREAK_BEFORE_QUANTIFIER.search(masked, max(0, pw[0] - 12), pw[0]) is not None:
        return False  # "..., some said.", "Many say ...": the quantifier alone is the subject
    if pw and pw[1].lower() == "united" and cm.group(0).lower() in ("states", "state"):
        return True  # "the United States": a country (but "..., United said": the airline)
    if pw and (pw[1].lower() in NOT_BEFORE_VERB or pw[1].lower().endswith(("'s", "\u2019s"))
               and not _firm_possessive(pw[1], cm.group(0), masked.startswith(" that ", cm.end()))):
        return True
    if pw and _bond_notes(pw[1].lower(), cm.group(0)):
        return True  # "two-year notes", "Treasury notes": bonds
    if _after_year_and_determiner(masked, lo, cm.start()):
        return True  # "a 2021 remark by JD Vance", "his 2016 pledge": a year before a noun
    return cm.group(0).lower() in _NOUNISH and bool(_DET_ADJ.search(masked, max(lo, cm.start() - 40), cm.start()))
OWNER_AS_SUBJECT = {"his": "he", "her": "she", "their": "they"}


def owned_speech_noun(masked: str, cm, lo: int) -> Mention | None:
    """The owner of a word of saying used as a noun after an owner and an adjective of speech ("his famous
    demand", "her latest vow"), as a pronoun mention ("his" is who demanded; a person's only), else None."""
    if cm.group(0) not in _SPEECH_NOUNS:
        return None  # (not "one of his recent reads, ''This Kind of War,''": a book read)
    pm = prev_word(masked, max(lo, cm.start() - 24), cm.start())
    if pm is None or pm[1].lower() not in _SPEECH_ADJECTIVES:
        return None
    om = prev_word(masked, max(lo, pm[0] - 8), pm[0])
    if om is None or om[1].lower() not in OWNER_AS_SUBJECT:
        return None
    return Mention(om[0], om[0] + len(om[1]), OWNER_AS_SUBJECT[om[1].lower()], "pronoun")  # (read as the pronoun
    # of its person: "his" is a "he")
# adjectives between an owner and a word of saying, which is then a noun ("his famous demand", "her latest vow")
_SPEECH_ADJECTIVES = frozenset("""famous infamous now-famous latest new first last final earlier original repeated
    public personal usual recent previous frequent oft-repeated initial memorable angry urgent stark blunt stern
    chilling brief lengthy controversial fiery impassioned emotional""".split())
_SPEECH_NOUNS = frozenset("""demand demands vow vows warning warnings pledge pledges promise promises claim claims
    remark remarks comment comments call calls plea pleas boast boasts threat threats statement statements reply
    replies answer answers retort retorts quip quips declaration question questions""".split())
_CUE_NEXT = re.compile(r"\s+(?:said|says|predicted|showed|shows|found|suggested|suggests|indicated|indicates|put|puts|"
                       r"was|is|were|are|had|has|will|would)\b")
_NOUNISH = frozenset("note notes state states report reports claim claims answer answers reply replies comment "
                     "forecast forecasts "
                     "comments remark remarks call calls tweet tweets promise promises pledge pledges charge "
                     "charges fear fears hope hopes boast boasts joke jokes vow vows warning warnings".split())
# (and capitalised words after it, or after a possessive: "its latest Financial Market Trends report")
_DET_ADJ = re.compile(r"\b(?:(?:a|an|the|his|her|their|its|our|my|your|this)\s+[a-z][\w-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}"
                      r"|(?:his|her|their|its|our|my|your)(?:\s+[A-Z][\w&'\u2019-]*){1,3})\s+$")
_CLAUSE_OPENERS = frozenset("that he she they it we i there this these those his her their its the a an".split())
_UNMARKED_PLURALS = _IRREGULAR_PLURALS | {"folk"}
_CAUSATIVE_BEFORE = re.compile(r"\b(?:dare|make|makes|made|making|let|lets|letting|have|has|had|having|help|helps|helped)"
                               r"\s+(?:(?:a\s+lot\s+of|lots\s+of|many|most|some|more|the|these|those)\s+)?\w+\s*$", re.I)
_PRON_SUBJ = frozenset("i we you they he she it who which that".split())
_COMMA_RELATIVE = re.compile(r",\s+which\s+$")
_QUANTIFIER_PRONOUNS = frozenset(("some", "many", "most"))
_NEVER_NOUN_CUES = frozenset("said say told believe argue think agree added fear warned noted contend insist predicted "
                             "expect".split())
_BREAK_BEFORE_QUANTIFIER = re.compile(r"(?:^|[,;:.]\s+|\n|\b(?:[Aa]nd|[Bb]ut|while|though)\s+)$")
NOT_BEFORE_VERB = frozenset(
    "the a an of in on at to for with by from his her its their our my your this that these those "
    "whose which some many most no any every each without "
    "very extremely"  # "very worried": an adjective (but "increasingly decried", "he too said")
    .split())
_SHARE_BEFORE = re.compile(  # a poll's share of people: "Six in 10 say", "67 percent say", "A majority say"
    r"(?i:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|five|ten)|\d[\d.]*\s*(?:%|percent|per\s+cent|pct)"
    r"|(?:^|\s)(?:a|the)\s+(?:slim\s+|clear\s+|large\s+|narrow\s+|small\s+)?(?:majority|minority|plurality)|(?:^|\s)half"
    r"|\s(?:of|among)\s+(?:them|those|us))\s*$")  # "three-fourths of them tell pollsters"
_PLURAL_WHO = re.compile(r"\b[a-zA-Z]{3,}[^s's]s\s+who\s+(?:[\w'\u2019-]+\s+){1,8}$")
_TWO_NAMES = re.compile(r"[A-Z][\w'\u2019-]+\s+and\s+(?:[A-Z][\w.'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+\s*$")
_PREV_TOKEN_REVERSED = re.compile(r"\n?[ \t]*([\w'\u2019.-]+)")


def prev_word(s: str, lo: int, hi: int) -> tuple[int, str] | None:
    """The word (letters, digits, ``'.-``) that ends ``s[lo:hi]`` but for spaces and tabs, and
    where it starts; matched on the reversed window, which is several times faster than
    searching forward for ``[\\w'.-]+[ \\t]*$``."""
    m = _PREV_TOKEN_REVERSED.match(s[lo:hi][::-1])
    return None if m is None else (hi - m.end(1), m.group(1)[::-1])
_SKIP_ADVERBS = frozenset("then later now still again often also repeatedly".split())


_MARK_NEXT = re.compile(r"\s*[,:]?\s*\x01")
PUT_IT = frozenset(("put it", "puts it"))  # the phrase cue that attributes only after "as" or before a quotation
_PUT_IT_PLAIN = re.compile(r"(?:\s+(?:this way|that way|best|[a-z]+ly))?\s*[,:]\s*\x01")
_AS_BEFORE = re.compile(r"\b[Aa]s\s+(?:[\w'\u2019.-]+,?\s+){0,8}$")  # (an appositive's commas: "As the chief executive, Jeff Weiner, put it")
_PUT_IT_AFTER = re.compile(r"(?:\s+[^,:;.\x01\n]{1,60}?)?\s*[,:]\s*\x01"  # ("as one analyst put it, '...'"), or with
                           # no quotation next only a circumstance: "As he put it in a note, CLAUSE", "CLAUSE, as
                           # Bailey put it." (not "As he put it down, the phone rang")
                           r"|(?:\s+(?:[a-z]+ly|this\s+way|that\s+way|best|once|so|(?:in|at|to|during|after|before|last|"
                           r"this)\s[^,:;.\x01\n]{1,60}?))?\s*(?:[,:]|\.(?:\s|$)|$)")
_OPINION_BASE = frozenset("say believe argue think fear worry contend insist predict suggest expect reckon".split())


_REGION_BEFORE_STATES = frozenset("gulf border swing battleground united member arab baltic nordic red blue "
                                  "early key other several many both".split())
# -s forms that are seldom nouns ("states", "reports", "notes" often are)
def _noun_subject(before: str, pm: tuple[int, str] | None, lp: str) -> bool:
    """'The candidate claims his ...', 'The company notes there ...': a person's or a body's noun,
    opened by a determiner or a name, before a verb in -s (not 'despite press reports that ...')."""
    if not (person_noun(lp) or lp in ORG_WORDS or lp in _SPEAKER_NOUNS) or lp in ("press", "news"):
        return False
    pm2 = prev_word(before, 0, pm[0])
    return pm2 is not None and (pm2[1].lower() in DETERMINER_BEFORE or pm2[1][:1].isupper())


# cue forms in -s that after "and" are mostly nouns: "bad feelings and charges that ...", "and fears that"
_NOUN_S = frozenset("charges fears hopes reports notes states worries concerns estimates remarks comments warnings "
                    "claims promises pledges threats calls statements".split())
# singular nouns for who speaks that no role lexicon holds: "The candidate claims his ..."
_SPEAKER_NOUNS = frozenset("candidate nominee veteran activist organizer organiser founder owner chair "
                           "newspaper magazine network narrator announcer host anchor reporter columnist author "
                           "writer".split())
_VERB_S = frozenset("says tells adds writes asks argues explains insists warns recalls recounts continues thinks "
                    "concludes acknowledges admits suggests predicts sings confirms".split())


BE = frozenset("be been being is are was were am".split())
_HAVE = frozenset("have has had".split())
_MODALS = frozenset("would will could might may should must did do does also not never doesn't don't didn't "
                    "won't wouldn't can't couldn't doesn\u2019t don\u2019t didn\u2019t won\u2019t wouldn\u2019t "
                    "can\u2019t couldn\u2019t".split())
_STATING_PLURALS = frozenset("documents reports rules laws guidelines officials records filings papers".split())
_DOCUMENTS = frozenset("report study poll survey website article piece paper book column editorial "
                       "document documents filing complaint lawsuit indictment transcript analysis".split())
# verbs of judging that attribute quoted words only in the active voice
JUDGING = frozenset("accuse praise dub label liken brand portray mock denounce blame credit tout decry bemoan "
                     "criticize pronounce call describe".split())


_IRREGULAR_PAST_CUES = frozenset("said told wrote spoke thought knew saw felt taught".split())
# verbs whose object a cue word can be: "declined comment", "issued a report", "expressed hope"
_OBJECT_VERBS = frozenset("declined refused offered gave made issued welcomed expressed voiced denied rejected "
                          "dismissed published released cited received".split())
_NEVER_NOUNS = frozenset("say argue insist contend predict acknowledge explain believe think expect reckon suggest".split())


@lru_cache(maxsize=1)
def _people_at_before() -> re.Pattern:
    """A plural of people and where they are, just before a cue: "Voters in Iowa", "Residents of the town"."""
    return re.compile(r"(?i:\b(?:" + "|".join(sorted(PEOPLE_AT_HEADS)) + r"))\s+(?:" + "|".join(sorted(PEOPLE_AT_PREPS))
                      + r")\s+(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,2}\s*$")


@lru_cache(maxsize=1)
def _people_familiar_before() -> re.Pattern:
    """Plural people and how they know, just before a cue: "People familiar with the matter",
    "Officials briefed on the talks", "Sources close to the campaign"."""
    return re.compile(r"(?i:\b(?:" + "|".join(sorted(OPENING_PLURAL_HEADS)) + r"))\s+(?:"
                      + "|".join(sorted(HEAD_MODIFIERS)) + r")\s+(?:with|on|to|about|in|of|for)\s+"
                      r"(?:[\w'\u2019.-]+\s+){1,5}$")


_BEGIN_FORMS = frozenset(("begin", "begins", "began"))
_BEGIN_ACTION = re.compile(r"\s+(?:to\s+(?!(?:say|speak|talk|tell|ask|shout|chant|sing|write|tweet|argue|explain)\b)[a-z]|"
                           r"(?!(?:saying|speaking|talking|telling|asking|shouting|chanting|singing|writing|tweeting|"
                           r"arguing|explaining)\b)[a-z]{3,}ing\b)")  # (but "began talking about ...": words)
_NEVER_NOUN_AFTER_OWNER = frozenset("said says told tells wrote writes added noted".split())


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _after_year_and_determiner(masked: str, lo: int, hi: int) -> bool:
    """Do a year and a determiner before it end ``masked[lo:hi]`` ("a 2021", "his 2016")?"""
    pw = prev_word(masked, max(lo, hi - 30), hi)
    return pw is not None and _YEAR.fullmatch(pw[1]) is not None \
        and (ppw := prev_word(masked, max(lo, pw[0] - 20), pw[0])) is not None and ppw[1].lower() in DETERMINER_BEFORE
_AUDIENCES = frozenset("jury court inquiry tribunal hearing mps committee panel parliament councillors magistrates "
                       "senators lawmakers trial".split())
_A_STAFF_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very)\s+(?:[\w.'\u2019-]+\s+){0,2}(?:staff|personnel)\s*$")


def _firm_possessive(prev: str, w: str, that_next: bool = False) -> bool:
    """"Moody's said", "Albertson's said": a firm's name in the possessive form, before a verb
    that is never a noun, speaks (it is no owner of a noun); and before a past form with "that" next
    ("Moody's warned that": not "Trump's alleged affair")."""
    return (w in _NEVER_NOUN_AFTER_OWNER or that_next and w.endswith("ed")) and prev[:1].isupper()


def _owner_before(prev: str, w: str, that_next: bool = False) -> bool:
    """Is ``prev`` an owner's possessive that makes the cue word ``w`` after it a noun ("Trump's
    claims")? Not "He's said" (has said), nor a firm's possessive name (:func:`_firm_possessive`)."""
    lp = prev.lower()
    return lp.endswith(("'s", "\u2019s")) and lp[:-2] not in _PRON_SUBJ and not _firm_possessive(prev, w, that_next)


# "PAP quoted Baka as saying", "Nazer was quoted by the SPA as saying": who speaks is the person quoted
_QUOTED_AS = re.compile(r"(?<![\w'\u2019-])(?P<was>(?:was|is|were|are|has\s+been|had\s+been)\s+(?:also\s+)?)?quoted\s+"
                        r"(?P<by>by\s+)?(?P<np>[^,;:\x01\n]{1,60}?(?P<app>,\s+[^,;:\x01\n]{1,40},)?)\s+as\s+$")


def quoted_as(masked: str, cue_start: int, lo: int) -> Mention | None:
    """The speaker of "saying" after "X was quoted by Y as" (X) or "Y quoted X as" (X); None when
    the words before the cue are neither."""
    qm = _QUOTED_AS.search(masked, max(lo, cue_start - 90), cue_start)
    if qm is None or bool(qm.group("was")) != bool(qm.group("by")):
        return None  # (not "was quoted X as", nor "quoted by Y as" with no one quoted)
    if qm.group("by"):
        return np_backward(masked, before_adverb(masked, qm.start(), lo), lo)
    if qm.group("app"):
        # "quoted an Iranian soldier, Hamid Dehqani, as saying": the name in commas, the role its description; "quoted
        # Yang Jike, vice-governor of Anhui, as saying", "quoted Mobil president Richard Tucker, currently in Peking,
        # as saying": the person named before the commas
        role = np_backward(masked, qm.start("app"), qm.start("np"))
        if role is None or role.start != qm.start("np"):
            return None
        if role.kind == "name":
            return role
        named = np_backward(masked, qm.end("app") - 1, qm.start("app") + 1)
        if role.kind != "description" or named is None or named.kind != "name" \
                or masked[qm.start("app") + 1:named.start].strip() or named.end != qm.end("app") - 1:
            return None  # (not "quoted the report, drafted by Finance Minister Onno Ruding, as saying")
        named.desc_start, named.desc_end = role.start, role.end
        return named
    return np_backward(masked, qm.end("np"), qm.start("np"))


_CALL_COMPOUNDS = frozenset("conference phone telephone video earnings investor investors roll wake-up judgment judgement "
                            "close cold".split())
_CREDIT_WITH = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){1,5}?(?:with|for)\b")
_ADD_PARTICLE = re.compile(r"[ \t]+(?:back|up|onto|fuel|insult|weight|value|jobs|to(?![ \t]+(?:reporters|journalists)\b))\b"
                           r"(?![ \t]+that\b)")


_NOTE_KINDS = frozenset("treasury bank promissory credit-linked floating-rate guaranteed senior subordinated "
                        "convertible euro medium-term short-term long-term".split())


def _bond_notes(prev: str, w: str) -> bool:
    """Is ``w`` after the word ``prev`` (lower case) the bonds a government or a firm sells?"""
    return w.lower() == "notes" and (prev.endswith(("-year", "-month", "-week", "-day")) or prev in _NOTE_KINDS)


_PROMISES = frozenset(("vow", "promise", "pledge"))
_PARTY_ADJECTIVES = frozenset("Tory Labour Republican Democratic GOP Conservative Liberal Green Socialist".split())
# "to" and a verb after it, not a noun phrase ("promises to voters", "vows to the party")
_TO_THEN_VERB = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|me|us|"
                           r"it|voters|people|supporters)\b)(?:[a-z]+\b(?!')|\x01)")  # (or a quotation: 'vows to "fix the foundations"')
# a degree word (and an adverb) right before a participle, inside a clause: "so (politically) charged",
# "too worried" (not opening a sentence: "So said the minister")
_DEGREE_BEFORE = re.compile(r"[\w,]\s+(?:so|too)\s+(?:[a-z]+ly\s+)?$")


# a measure as an adjective: "the nine-year recommended term", "a two-page written statement" (not "the 31-year-old")
_MEASURE_ADJECTIVE = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                                r"[a-z]+ty)-(?:year|month|week|day|hour|minute|page|point|member|mile|percent|part)")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_NOT_NOUN_NEXT = frozenset("that the a an to by in on at for as his her their its it this these those he she they we "
                           "and or but".split())


_QUANTIFIER_OPENERS = QUANTIFIER_SUBJECTS | {"few", "several"}
_TANK_NEXT = re.compile(r"[ \t-]+tanks?\b")


def _quantifier_phrase(phrase: str) -> bool:
    """A subject opened by a quantifier, then where its people are or who they are: "Some in the party",
    "few on either side of the debate", "most countries" (not "some traders that this afternoon's
    storage": a relative clause's own subject before a noun)."""
    words = phrase.lower().split()
    return words[0] in _QUANTIFIER_OPENERS and "that" not in words


def verb_use(masked: str, cm, ss: int) -> bool:
    """Is this cue word used as a verb here? 'states', 'report', 'claims' are often nouns,
    '-ing' forms are participles, base forms after 'to' are infinitives."""
    w = cm.group(0)
    if w.endswith(" quoted as saying") or w == "saying" and _QUOTED_AS.search(masked, max(ss, cm.start() - 90), cm.start()):
        return True  # "Xie was quoted as saying the yuan ...", "PAP quoted Baka as saying": a verb phrase
    if w.lower() in _BEGIN_FORMS and _BEGIN_ACTION.match(masked, cm.end()):
        return False  # "Canada may begin monitoring steel", "began to chant": an action begun, not words
    if w.lower() == "think" and _TANK_NEXT.match(masked, cm.end()):
        return False  # "The King's Fund think tank said": a noun
    if cues().base.get(w.lower()) == "add" and _ADD_PARTICLE.match(masked, cm.end()):
        return False  # "they should add back the 'Golden Week'", "added to the pressure": no words said
    if w in ("credit", "credits") and not _CREDIT_WITH.match(masked, cm.end()):
        return False  # "seeking 2.15 billion dlrs credit to meet the targets", "tax credits": a noun (the verb
        # credits someone with or for something: "Analysts credit the plan with ...")
    before = masked[max(ss, cm.start() - 40) : cm.start()]
    pm = prev_word(before, 0, len(before))
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
    if lp in ("with", "to") and CONTACT_RELATIVE.search(before) is not None:
        return True  # "Several people I've spoken with said": a relative clause with no "who", then the verb
    if (lp in NOT_BEFORE_VERB and not relative and not (prev in ("United", "each") and w in _NEVER_NOUN_AFTER_OWNER)) \
            or _owner_before(prev, w, masked.startswith(" that ", cm.end())):
        return False  # "Trump's claims": a noun; but "He's said": has said, and "Utilicorp United said", "The two
        # men each said" (not "each report": a noun)
    if (lp.endswith("ly") and lp not in LY_NOUNS or lp == "earlier") and _DET_ADVERB.search(before):
        return False  # "the recently announced agreement": an adjective
    if lp in _SPEECH_ADJECTIVES and owned_speech_noun(masked, cm, ss) is not None:
        return False  # "made his famous demand in Berlin", "their latest warning": an owner, an adjective, a noun
    if w.endswith("ed") and _DEGREE_BEFORE.search(before) is not None:
        return False  # "remains so politically charged that ...", "too worried to": an adjective of degree
    if lp in _OBJECT_VERBS:
        return False  # "declined comment", "expressed hope": the cue word is the verb's object
    if w == "told" and masked.startswith(" of ", cm.end()) and lp in _AUDIENCES:
        return False  # "Jury told of 'frenzied' attack", "MPs told of ...": the audience, told in the passive
    if w == "accused" and masked.startswith(" of ", cm.end()):
        return False  # "Tech giant accused of 'silencing' staff", "the man, accused of fraud, said": a passive, no
        # one accuses (an accuser names the accused first: "accused Trump of ...")
    if lp in ("staff", "personnel") and _A_STAFF_BEFORE.search(before) is not None:
        return False  # "an OECD staff report that forecasts ...": a noun after "staff" as its modifier
    if w == cues().base.get(w, w) and _after_year_and_determiner(masked, ss, cm.start()):
        return False  # "a reference to a 2021 remark by JD Vance", "his 2016 pledge": a year before a noun
    if lp == "one" and w == cues().base.get(w, w) and pm is not None \
            and (pm2 := prev_word(before, 0, pm[0])) is not None and pm2[1].islower() \
            and pm2[1] not in ("no", "every", "each", "any", "some", "which", "that", "this"):
        return False  # "on its stage one report, '...'": a noun after a number in a name (not "No one report",
        # "every one said")
    if forecast_noun(w, prev):
        return False  # "the 2.25 pct forecast contained in the budget", "its previous forecast that ...": a noun
    if lp in _CALL_COMPOUNDS and w.lower() in ("call", "calls"):
        return False  # "told analysts on a conference call that ...": a noun
    if _bond_notes(lp, w):
        return False  # "10 billion dlrs of two-year notes", "Treasury notes": bonds, no verb
    if lp.endswith("ed") and not w.endswith(("ed", "ing")) and w not in _IRREGULAR_PAST_CUES and (
            "-" in lp or prev[:1].islower() and pm is not None and (pm2 := prev_word(before, 0, pm[0])) is not None
            and (pm2[1].lower() in DETERMINER_BEFORE and pm2[1].lower() not in ("those", "these")
                 or pm2[1].endswith(("'s", "\u2019s")) and pm2[1][:1].isupper()  # ("Papandreou's renewed offer")
                 or pm2[1].endswith("ly") and pm2[1].islower() and (pm3 := prev_word(before, 0, pm2[0])) is not None
                 and pm3[1].lower() in ("a", "an", "the"))):  # ("a personally signed tweet")
        return False  # "The proposed note", "a published report", "A White House-ordered report": an
        # adjective and its noun (but "those surveyed say", "the accused said"; nor a name: "close to the Fed say")
    if w.endswith("ed") and _MEASURE_ADJECTIVE.fullmatch(lp) and pm is not None \
            and (pm2 := prev_word(before, 0, pm[0])) is not None and pm2[1].lower() in ("a", "an", "the") \
            and (nw := _NEXT_LOWER_WORD.match(masked, cm.end())) is not None and nw.group(1) not in _NOT_NOUN_NEXT:
        return False  # "called the nine-year recommended term 'outrageous'": an adjective between a hyphened one
        # and its noun
    if prev in BE and (cues().base.get(w) in JUDGING or (  # lower case: not "Pan Am said"
            w != cues().base.get(w, w) and not w.endswith(("s", "ing")) and cues().base.get(w) not in ("ask", "worry"))):
        return False  # "could be blamed on", "was praised for", "are feared dead", "have been reported":
        # a passive, no one speaks
    nxt = masked[cm.end() : cm.end() + 30].split()
    nxt0 = nxt[0].lower().strip(",.;:") if nxt else ""
    if w == "alleged" and nxt0 not in _CLAUSE_OPENERS and nxt0 not in STOP_BACK and not nxt0.startswith(MASK) \
            and masked[cm.end() : cm.end() + 3].strip()[:1] not in (",", ":", MASK):
        return False  # "alleged European subsidies", "the alleged plot": an adjective
    if w.endswith("ing"):  # ", saying that ...", "Sanders is saying that ..."
        return before.rstrip().endswith((",", MASK)) or _BE_BEFORE_ING.search(before) is not None \
            or _WHILE_ING.search(before) is not None \
            or _BEFORE_ING.search(before) is not None and (nxt0 == "that" or nxt0.startswith(MASK)) \
            or _WITH_NP_BEFORE_ING.search(before) is not None and (w == "saying" or nxt0 in _CLAUSE_OPENERS) \
            or participle_chain(masked, cm, ss) is not None \
            or nxt0 in _CLAUSE_OPENERS and (person_noun(lp) and lp.endswith("s") or _SHARE_BEFORE.search(before) is not None) \
            or w in ("saying", "stating") and lp in CARRIERS and nxt0 == "that"
            # "GOP primary voters saying they want ...", "with about three in 10 saying they are ..."; a thing that
            # carries words, then "that": "posted a video saying that ...", "released his statement saying that ..."
    if cues().base.get(w.lower()) in ("boom", "echo"):  # 'he boomed: "..."', not "the hall echoed with"
        return _MARK_NEXT.match(masked, cm.end()) is not None
    if w.lower() in PUT_IT:  # "as one analyst put it, '...'", "he put it bluntly: '...'"
        return _PUT_IT_PLAIN.match(masked, cm.end()) is not None or (
            _AS_BEFORE.search(masked, max(ss, cm.start() - 90), cm.start()) is not None
            and _PUT_IT_AFTER.match(masked, cm.end()) is not None)
    if " " in w:  # a phrase ("pointed out", "had this to say"): a verb after its subject
        if pm is None and w in cues().that_only and before.rstrip().endswith(","):
            return True  # "Mary Kay Henry, the union's president, expressed concern that": after an
            # appositive (only the phrases that need their "that")
        return lp != "to" and (prev[:1].isupper() or lp in _PRON_SUBJ or lp in CARRIERS or lp in _DOCUMENTS
                               or (lp.endswith("s") and not lp.endswith("ss")) or lp in ADVERBS
                               or _DET_NOUN_BEFORE.search(before) is not None  # "His office issued a statement"
                               or person_noun(lp) and not w.endswith("statement"))  # "The city engineer pointed out that"
    base = cues().base.get(w, w)
    if w == base and lp in _BASE_ADVERBS and pm is not None and (pm2 := prev_word(before, 0, pm[0])) is not None:
        pm, prev = pm2, pm2[1]  # "Some activists even insist that": the subject before the adverb
        lp = prev.lower()
    if w == base and w in _OPINION_BASE and (
            plural_participle_subject(masked, ss, cm.start()) is not None  # "Democrats trying to ... say"
            or lp not in ("to", "i", "you", "we", "let", "me")
            and nxt0 in ("he", "she", "they", "it", "there", "he's", "she's", "they're", "it's")):
        return True  # "Six in 10 say he's ...", "people familiar with her thinking say she ..."
    if w == base and w in _NOUNISH and prev[:1].isupper() and _DET_ADJ.search(before):
        return False  # "in its latest Financial Market Trends report the ...": a document's title and noun
    if w == "forecast" and (lp in ("and", "but", "also", "he", "she", "it", "which", "who") or prev[:1].isupper()) \
            and not _CUE_NEXT.match(masked, cm.end()):
        return True  # "said there was support for the unit and forecast it would ...", "He forecast a rise": a past
        # (not "A Bank of Portugal forecast predicted ...": a noun, the verb after it)
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
                and (nb.kind == "group" or _quantifier_phrase(nb.text))) \
            and not _CAUSATIVE_BEFORE.search(before)  # "Police say", "The MDA say the", "Many in the party say",
        # "The women say", "Observers in Virginia and around the country say"; not "make a lot of people
        # believe", "How dare people suggest"
    if w.endswith("s") and not w.endswith("ss") and w not in _VERB_S:
        # "states", "reports", "remarks": often nouns; as verbs they take a named or
        # pronominal subject and introduce a clause ("that", a pronoun)
        if lp.endswith("ern") or lp in _REGION_BEFORE_STATES:
            return False  # "Most Southern states that ...", "the battleground states": a noun
        if w in ("states", "reports", "claims", "notes") and nxt0 == "that" and len(nxt) > 1 \
                and nxt[1].lower() in _MODALS | BE | _HAVE:
            return False  # "Rust Belt states that have suffered": a noun and its relative clause
        if (lp in _SKIP_ADVERBS or lp.endswith("ly")) and pm is not None:
            pm2 = prev_word(before, 0, pm[0])  # "The statement then declares"
            if pm2 is not None:
                pm, prev = pm2, pm2[1]
                lp = prev.lower()
        subj_ok = prev[:1].isupper() or lp in ("he", "she", "it", "also", "who", "which") \
            or lp in ("and", "but") and w not in _NOUN_S \
            or lp in CARRIERS or lp in _DOCUMENTS or _noun_subject(before, pm, lp) \
            or (not pm and before.rstrip().endswith(","))  # "The ad claims", "Jan Brewer, a supporter, calls"
        return subj_ok and (nxt0 in _CLAUSE_OPENERS or masked[cm.end() : cm.end() + 1] == ":"
                            or base in RECIPIENT_THAT_CUES and TELL_THAT.match(masked, cm.end()) is not None
                            # "Ada Fisher believes Donald Trump will do well": a name and its verb
                            or base in _OPINION_BASE and THINK_CLAUSE.match(masked, cm.end()) is not None
                            or masked[cm.end() : cm.end() + 3].lstrip(" ,")[:1] == MASK
                            # a naming verb, its object and the name: 'calls Horgos "a mistake"'
                            or cues().base.get(w) in NAMING and _NAMED_THEN_MARK.match(masked, cm.end()) is not None
                            # or a pronoun named: 'calls himself "a fighter"', 'describes him as "a fraud"'
                            or cues().base.get(w) in OBJECT_NAMING and _PRONOUN_NAMED.match(masked, cm.end()) is not None
                            # a promise and its infinitive: "Starmer vows to fix ...", "He pledges to cut ..." (not
                            # "Japanese promises to switch ...", "Tory promises to cut tax": whose promises)
                            or base in _PROMISES and _TO_THEN_VERB.match(masked, cm.end()) is not None
                            and prev not in nationalities() and prev not in _PARTY_ADJECTIVES)
    return True


_POST_TO_CUE = re.compile(r"[ \t]+(?:(?:an?|the)[ \t]+|[a-z]|(?P<cap>[A-Z][a-z]+)[ \t])"
                          r"(?:[^,.;:\x01\n]|\.(?=\S)){0,80}?[ \t]*$")  # (an abbreviation's stops inside: "the U.N.'s")


_POST_OPENERS = frozenset("executive chief managing deputy vice senior general assistant acting".split())


def capitalised_post(word: str) -> bool:
    """Can a post written with capitals open with this word: a title or a role ("Executive Secretary of ...",
    "Director of ...")?"""
    return is_title_word(word) or word.lower() in role_heads() or word.lower() in _POST_OPENERS


def name_before_unclosed_post(masked: str, lo: int, before: int, cue: int) -> Mention | None:
    """'"...," Stephen G. Jerritts, president and chief operating officer said.', 'CLAUSE, John Smith, a spokesman
    said.': from ``lo`` (a quotation's end, a report's comma), a name and a comma before ``before``, then a post
    (lower case) up to the ``cue`` with no comma closing it: the name, the post its description (what the phrase
    reader finds at the cue, "chief operating officer", "a spokesman", is only the post, or its end); else None."""
    comma = masked.rfind(",", lo, before)
    if comma <= lo or (pm := _POST_TO_CUE.fullmatch(masked, comma + 1, cue)) is None \
            or pm.group("cap") is not None and not capitalised_post(pm.group("cap")):
        return None  # (a capitalised post opens with a title or a role: "Adebayo Adedji, Executive Secretary of ...")
    named = np_backward(masked, comma, lo)
    if named is None or named.kind != "name" or named.end != comma \
            or len(WORDS.findall(masked, lo, min(named.start, named.desc_start or named.start))) > 3 \
            or any(c in masked[lo:named.start] for c in ",.;:\x01"):
        return None
    post = masked[comma + 1:cue]
    named.desc_start = comma + 1 + len(post) - len(post.lstrip())
    named.desc_end = comma + 1 + len(post.rstrip())
    return named
