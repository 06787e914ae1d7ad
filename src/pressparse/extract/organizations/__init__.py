"""Named organizations: shapes, gazetteers and contexts a Swedish reader recognises.

The extractor is pluggable: :class:`OrganizationRecognizer` is the interface, and
:class:`RuleBasedRecognizer` (rules plus the shipped gazetteers) is the default. An NER
backend can implement the same protocol and be passed to :func:`extract_organizations`.

Speed: the vocabulary (cue words, legal forms, head nouns, gazetteer names) is looked up
once per text in a word index shared by every rule (:class:`.scan.WordIndex`), and each
pattern is tried only where its first word stands or just before its ending, instead of
scanning the whole text once per pattern. The patterns that open with a capital are tried
where a byte search in the text's letter classes (:func:`.scan.letter_classes`, one byte a
character) finds their first word, not at every capital the regex engine would stop at.

The rules are split by what they hold: :mod:`.patterns` (the named patterns),
:mod:`.vocabulary` (word tables), :mod:`.scan` (where each pattern is tried) and
:mod:`.rules` (the default recognizer); this module keeps the interface and the
post-processing shared by every recognizer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import Protocol

from pressparse.document import (
    Document,
    Finding,
    OrganizationValue,
    Span,
    new_organization_finding,
    new_span,
)
from pressparse.extract.organizations.filters import (
    is_common_word,
    is_person,
    is_swedish_word,
    sentence_start,
)
from pressparse.extract.organizations.patterns import (
    IS_A_RE,
    NAME_ABBREVIATION_RE,
    NAME_AT_RE,
    ORG_NUMBER_GAP_RE,
    ORG_NUMBER_HINT_RE,
    ORG_NUMBER_RE,
    PAREN_ACRONYM_RE,
    PERSON_LINE_RE,
    PERSON_TAIL_RE,
)
from pressparse.extract.organizations.rules import RuleBasedRecognizer
from pressparse.extract.organizations.scan import (
    list_next,
    list_prev,
    may_list_next,
    may_list_prev,
    trim,
)
from pressparse.extract.organizations.vocabulary import NOT_ORG_PLACES, STOP_WORDS
from pressparse.lexicon.names import NOT_FIRST_NAMES, is_person_name
from pressparse.lexicon.orgs import (
    ADDRESS_ENDINGS,
    gazetteer,
    org_key,
)
from pressparse.lexicon.roles import is_role_word
from pressparse.rule_ids import OrganizationRule
from pressparse.rules import filter_spans

# One mention: start, end and the rule that found it.
Mention = tuple[int, int, OrganizationRule]

__all__ = [
    "IS_A_RE",
    "STRONG_RULES",
    "OrganizationRecognizer",
    "RuleBasedRecognizer",
    "extract_organizations",
    "org_key",
]


class OrganizationRecognizer(Protocol):
    """Finds organization mentions: yields ``(start, end, rule)`` for each one in ``doc``."""

    def mentions(self, doc: Document) -> Iterator[tuple[int, int, OrganizationRule]]: ...


# Rules strong enough to name an organization on their own, even as the first word of a sentence.
STRONG_RULES = frozenset(
    [
        "company.legal_form",
        "company.legal_form_first",
        "public_body.ending",
        "organization.head_noun",
        "organization.prefix",
        "organization.joined",
        "company.group",
        "public_body.institution",
        "gazetteer",
        "gazetteer.region",
        "public_body.english",
        "context.listed",
    ]
)


# A pure test of the name and the rule, remembered: a release repeats its names.
@lru_cache(maxsize=1 << 14)
def _acceptable(name: str, rule: OrganizationRule) -> bool:
    # One letter is an abbreviation cut from its word: "noterat på O- listan".
    if len(name) < 2 or name in STOP_WORDS:
        return False
    # "Utvecklingsdirektör, Region Skåne", "Mynewsdesk, Divison Head Direct Relations": a
    # role title listed next to an organization.
    if rule == "context.list" and any(is_role_word(w) for w in name.split()):
        return False
    if rule in STRONG_RULES:
        return True
    # "Presskontakt Pressansvarig": a role is no organization.
    if " " not in name and is_role_word(name):
        return False
    # "pressekreterare hos Simona Mohamsson", "enligt Jan Eliassons".
    if is_person(name):
        return False
    # "Malmtorgsgatan", "Bankhallen": a street, square or hall is an address.
    if name.endswith(ADDRESS_ENDINGS):
        return False
    places = gazetteer().places
    stem = name[:-1] if name.endswith("s") else name
    return not (
        name in places or stem in places or name in NOT_ORG_PLACES or stem in NOT_ORG_PLACES
    )


def _common_word_first(text: str, start: int, end: int, rule: OrganizationRule) -> bool:
    """True for an everyday word found by a weak rule: capitalized only because it starts a
    sentence ("Flera är också egenföretagare"), or the first word of a longer name cut at
    its lower-case words ("ordförande i Europeiska unionens råd"). An international name
    as frequent in English stays ("Google")."""
    if rule in STRONG_RULES:
        return False
    name = text[start:end]
    if not is_common_word(name):
        return False
    return sentence_start(text, start) or is_swedish_word(name)


def extract_organizations(
    doc: Document, recognizer: OrganizationRecognizer | None = None
) -> list[Finding[OrganizationValue]]:
    """Organizations in order of first mention, each once, with all its mention spans."""
    rec = recognizer or _DEFAULT
    text = doc.text
    # A mention found twice by one rule is judged once.
    raw = [
        (s, e, r)
        for s, e, r in dict.fromkeys(rec.mentions(doc))
        if _acceptable(text[s:e], r)
        and (r in STRONG_RULES or not _common_word_first(text, s, e, r))
    ]
    raw += _list_neighbours(text, raw)
    # Where mentions overlap, the longest wins: "NHST Media Group" over "NHST" (the one
    # overlap policy); on the same span a named rule wins over the bare acronym shape (the
    # first mention of a span is the one the policy would keep).
    by_span: dict[tuple[int, int], Mention] = {}
    for m in raw:
        if m[2] != "organization.acronym":
            by_span.setdefault((m[0], m[1]), m)
    for m in raw:
        if m[2] == "organization.acronym":
            by_span.setdefault((m[0], m[1]), m)
    # Most releases' mentions do not overlap at all: then the policy keeps every one.
    spans = sorted(by_span)
    if all(a[1] <= b[0] for a, b in pairwise(spans)):
        kept = [by_span[span] for span in spans]
    else:
        kept = filter_spans(by_span.values(), _span_of)
    accepted = _merge_genitives(_once_each(text, kept))
    return _findings(text, accepted)


# A mention's span: its first two items (a C-level getter, called several times per mention
# by filter_spans).
_span_of: Callable[[Mention], tuple[int, int]] = itemgetter(0, 1)


def _once_each(text: str, kept: list[Mention]) -> dict[str, Mention]:
    """The first mention of each name (by its key); a lone acronym is an organization only
    when the release repeats it."""
    acronym_counts: dict[str, int] = {}
    for s, e, r in kept:
        if r == "organization.acronym":
            acronym_counts[text[s:e]] = acronym_counts.get(text[s:e], 0) + 1
    accepted: dict[str, Mention] = {}
    for start, end, rule in kept:
        name = text[start:end]
        if rule == "organization.acronym" and acronym_counts.get(name, 0) < 2:
            continue
        key = org_key(name)
        prev = accepted.get(key)
        if key and (prev is None or start < prev[0]):
            accepted[key] = (start, end, rule)
    return accepted


def _merge_genitives(accepted: dict[str, Mention]) -> dict[str, Mention]:
    """A genitive "Balcos" is a mention of "Balco" when both were found."""
    for key in list(accepted):
        if key.endswith("s") and key[:-1] in accepted:
            s0, _, _ = accepted.pop(key)
            a = accepted[key[:-1]]
            if s0 < a[0]:
                accepted[key[:-1]] = (s0, s0 + (a[1] - a[0]), a[2])
    return accepted


def _findings(text: str, accepted: dict[str, Mention]) -> list[Finding[OrganizationValue]]:
    found: list[Finding[OrganizationValue]] = []
    numbers = _may_have_org_number(text)
    for at, end, rule in accepted.values():
        # "Kungl. Tekniska högskolan": a printed abbreviation before it is part of the name
        # (it ends in blanks, maybe a line break: elsewhere the regex would fail at once).
        ab_first = (
            NAME_ABBREVIATION_RE.search(text, max(0, at - 8), at)
            if text[at - 1 : at] in _BLANK_OR_BREAK
            else None
        )
        start = ab_first.start() if ab_first else at
        # "Myndigheten för stöd till trossamfund (SST)": the printed abbreviation belongs to it.
        ab = PAREN_ACRONYM_RE.match(text, end) if rule.startswith(_ABBREVIATED_RULES) else None
        stop = ab.end() if ab else end
        name = text[start:stop]
        spans = _all_mentions(text, name)
        first = spans[0] if spans else Span(start, stop)
        number = _org_number(text, spans) if numbers else None
        found.append(new_organization_finding(name, tuple(spans) or (first,), number, first, rule))
    # Every finding has a span: its first mention.
    found.sort(key=_first_start)
    return found


_first_start: Callable[[Finding[OrganizationValue]], int] = attrgetter("span.start")


# The characters a NAME_ABBREVIATION_RE match ends with, and the rules whose names take a
# printed abbreviation after them.
_BLANK_OR_BREAK = frozenset(" \t\n")
_ABBREVIATED_RULES = ("gazetteer", "public_body")


def _may_have_org_number(text: str) -> bool:
    """False when no ORG_NUMBER_RE match can occur: no hyphen with six digits before it and
    four after (one search for the hyphen, a literal, instead of a regex try at every digit)."""
    return ORG_NUMBER_HINT_RE.search(text) is not None


def _list_neighbours(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names listed next to an organization: "Riksidrottsförbundet och SISU Idrottsutbildarna"."""
    # The neighbours of an organization in a list of people are people ("NWT Gruppen Sture
    # Bergman, Bonnier News").
    people = {(s, e) for s, e, r in mentions if r == "context.person_line"}
    spans = [(s, e) for s, e, _ in mentions if (s, e) not in people] if people else mentions
    # The names after a mention depend only on its end, those before only on its start:
    # each is looked for once; a list walked from one end passes the ends of its later
    # names, whose walks would find the same names. Most names stand before a blank and an
    # everyday word, after a blank and a word: no list goes on there (the first characters
    # tell).
    ends = sorted(e for e in {m[1] for m in spans} if may_list_next(text, e))
    starts = sorted(s for s in {m[0] for m in spans} if may_list_prev(text, s))
    found: list[Mention] = []
    walked: set[int] = set()
    for end in ends:
        if end not in walked:
            found.extend(_names_after(text, end, walked))
    for start in starts:
        # In "Anna Berg, vd, X" the words before X are the person and the role.
        prev = list_prev(text, start)
        if prev and not _in_person_line(text, start):
            span = trim(text, prev[0], prev[1])
            if span and _listed_org(text, span):
                found.append((*span, "context.list"))
    return found


def _names_after(text: str, pos: int, walked: set[int]) -> Iterator[Mention]:
    """The names listed after ``pos`` ("..., SISU Idrottsutbildarna och Vinnova"); the ends
    passed are added to ``walked``."""
    for _ in range(12):
        # A list goes on after a comma or a blank: elsewhere the regex would fail at once.
        nxt = list_next(text, pos)
        n = NAME_AT_RE.match(text, nxt.end()) if nxt else None
        if not n:
            return
        span = trim(text, n.start(), n.end())
        if span and _listed_org(text, span):
            yield (*span, "context.list")
            walked.add(span[1])
        pos = n.end()
        walked.add(pos)


def _in_person_line(text: str, pos: int) -> bool:
    """True when the line of ``pos`` opens with a person's name and a comma."""
    line = text.rfind("\n", 0, pos) + 1
    m = PERSON_LINE_RE.match(text, line)
    return m is not None and text[line : text.find(" ", line)] not in NOT_FIRST_NAMES


def _listed_org(text: str, span: tuple[int, int]) -> bool:
    """True when a name listed next to an organization may be one too: not a person
    ("Andreaz Strömgren, stadsbyggnadsdirektör"), not an everyday word ("Försäkringskassan
    och Svenska kraftnät") and not an address."""
    name = text[span[0] : span[1]]
    if not _acceptable(name, "context.list") or _common_word_first(text, *span, "context.list"):
        return False
    return not (is_person_name(name) and PERSON_TAIL_RE.match(text, span[1]))


def _all_mentions(text: str, name: str) -> list[Span]:
    """Every whole-word mention of ``name`` (a genitive "s" may follow), in order."""
    spans: list[Span] = []
    size = len(name)
    pos = text.find(name)
    while pos >= 0:
        before = text[pos - 1] if pos else " "
        if not (before.isalnum() or before in _NAME_GLUE):
            end = pos + size
            after = text[end : end + 1]
            if not after.isalnum() or (after == "s" and not text[end + 1 : end + 2].isalnum()):
                spans.append(new_span(pos, end))
        pos = text.find(name, pos + 1)
    return spans


# What joins a word to the one before it: a name after it is no whole word ("Ericsson-Volvo").
_NAME_GLUE = frozenset("-’'")


def _org_number(text: str, spans: list[Span]) -> str | None:
    for sp in spans:
        window_end = min(len(text), sp.end + 40)
        m = ORG_NUMBER_RE.search(text, sp.end, window_end)
        if m and ORG_NUMBER_GAP_RE.match(text[sp.end : m.start()]):
            return m.group(0)
    return None


_DEFAULT = RuleBasedRecognizer()
