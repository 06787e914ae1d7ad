"""Attribution clauses: who said a quotation, with role and organization.

Reads the clause after a verb of saying (``, säger Anna Berg, vd på Exempel AB``), before a
quotation (``Anna Berg, vd, säger:``) and resolves first names and pronouns to the full name
of a person named elsewhere in the release.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pressparse.document import PersonValue, alternation_trie, finditer_at, fold
from pressparse.lexicon.names import (
    NOT_FIRST_NAMES,
    ROLE_ENDINGS,
    SPEAKER_NAME,
    split_trailing_role,
)
from pressparse.lexicon.speech import (
    ATTRIBUTION_PREPOSITIONS,
    PRONOUNS,
    SAYING_VERBS_EN,
    SAYING_VERBS_SV,
)


def _alternation(words: tuple[str, ...]) -> str:
    """Longest first, so "sade" wins over "sa"; spaces inside phrases match any blank."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered)


VERBS = _alternation(SAYING_VERBS_SV + SAYING_VERBS_EN)
VERBS_OR_PREPOSITIONS = _alternation(SAYING_VERBS_SV + SAYING_VERBS_EN + ATTRIBUTION_PREPOSITIONS)

# The start of an attribution right after quoted words: ", säger", "." säger", ", enligt",
# ". Säger" (a separate sentence), "," says".
ATTRIBUTION_AT_RE = re.compile(
    rf"[ \t]{{0,3}}(?P<punct>[,.!?…;]?)[ \t]{{0,3}}(?<![\w-])(?i:(?P<verb>{VERBS_OR_PREPOSITIONS}))"
    r"[ \t]+"
)
# A verb of saying anywhere in a dash paragraph: "... på sikt, säger Anna Berg."
ATTRIBUTION_CUE_RE = re.compile(
    rf"(?P<punct>[,.!?…;]?)[ \t]{{0,3}}(?<![\w-])(?i:(?P<verb>{VERBS}))[ \t]+"
)
# A verb of saying in folded (lower-cased) text, without ATTRIBUTION_CUE_RE's lookbehind: a
# plain word alternation (factored by prefix) is scanned fast; the cue is then tried just
# before each verb.
VERB_SCAN_RE = re.compile(alternation_trie(SAYING_VERBS_SV + SAYING_VERBS_EN))
# A cue begins at most this far before its verb: one punctuation mark and three blanks.
CUE_LEAD_MAX = 4
# Where an attribution clause ends: a sentence end (not after an initial "G."), a colon
# announcing more quoted words, or the next opening quotation mark.
CLAUSE_END_RE = re.compile(r"(?<![ \t(-][A-ZÅÄÖ])[.!?:](?=[ \t]|$)|[”\"“»«]")
# A clause ending "och tillägger" / "and adds": the quotation continues after it.
CONTINUES_RE = re.compile(rf",?[ \t]+(?:och|and)[ \t]+(?i:{VERBS})[ \t]*$")
# A party tag after a politician's name: "Sten Nordin (M)", "Erik Bergkvist (S)".
PARTY_TAG_RE = re.compile(r"[ \t]*\([A-ZÅÄÖ][A-Za-zåäö]{0,3}\)")
# A pronoun standing for the last named speaker: "säger hon", "fortsätter han".
PRONOUN_RE = re.compile(rf"^(?i:{_alternation(PRONOUNS)})(?=$|[ \t,.;])")
# A speaker's name at the start of the clause: "Anna Berg, vd", "Per Strömberg VD för Sardus".
NAME_AT_START_RE = re.compile(rf"^(?P<name>{SPEAKER_NAME})(?![\w'’-])")
# A name after its role: "bostadsminister Andreas Carlson", "Mynewsdesk grundare och vd Peter Ingman".
NAME_INSIDE_RE = re.compile(rf"(?<![\w'’-])(?P<name>{SPEAKER_NAME})(?![\w'’-])")
# Where a NAME_INSIDE_RE match can begin: a capital that starts a word (the capital first,
# so that the text is scanned fast; the lookbehind looks at the character before it).
NAME_START_RE = re.compile(r"[A-ZÅÄÖÉÈÜØÆ](?<![\w'’-].)")
# A first name alone: "säger Mattias", "Mats tillägger".
FIRST_NAME_RE = re.compile(
    r"^(?P<first>[A-ZÅÄÖÉ][a-zåäöéèüø]+(?:-[A-ZÅÄÖ][a-zåäöéèüø]+)?)(?![\w'’])"
)
# An organization alone after the name: "Negin Amirekhtiar på Kompetensteamet", "vid UD".
ORG_ONLY_RE = re.compile(r"^(?:på|vid|hos|från|at|from)[ \t]+(?P<org>\S.{0,200})$")
# Role, preposition, organization: "vd på Exempel AB", "President and CEO of Sweco".
ROLE_AT_ORG_RE = re.compile(
    r"^(?P<role>[^\n]{1,160})[ \t]+(?:på|vid|hos|för|av|at|of|with)[ \t]+(?P<org>[A-ZÅÄÖ0-9][^\n]{0,160})$"
)
# Role word then organization, no preposition: "ordförande Riksidrottsförbundet", "VD Atria".
ROLE_THEN_ORG_RE = re.compile(
    r"^(?P<role>(?:[a-zåäö][\w-]{0,40}|[A-ZÅÄÖ]{2,4})"
    r"(?:[ \t]+(?:och|and|&)[ \t]+[\w-]{1,40})?)[ \t]+(?P<org>[A-ZÅÄÖ][^\n]{0,160})$"
)
# A mention of a person with their role, between commas: "Lennart Haglund, ordförande för
# Sparbanksstiftelsen Färs & Frosta, valdes ..." (the role starts with a lowercase word).
MENTION_ROLE_RE = re.compile(r",[ \t]+(?P<role>[a-zåäö][^,.;:()\n]{1,120}),")
# Quoted words that announce a sentence whose speaker is given before them:
# "Anna Berg, vd på Exempel AB, säger:", "Mats tillägger".
PRE_ATTRIBUTION_RE = re.compile(
    rf"(?:^|[.!?][ \t]+)(?P<clause>[^.!?\n]{{1,160}}?)[ \t]+(?i:(?P<verb>{VERBS}))"
    r"[ \t]*(?P<colon>:?)[ \t]*[”\"“»]?[ \t]*$"
)


# An attribution clause is short; reading at most this much keeps every line linear.
MAX_CLAUSE_CHARS = 240
# Text before a quotation that may announce its speaker ("Anna Berg, vd, säger:").
MAX_PREFIX_CHARS = 300


@dataclass(frozen=True, slots=True)
class Speaker:
    """The speaker as the clause names them; ``kind`` says how much of the name is there."""

    kind: Literal["name", "first", "pronoun"]
    name: str
    role: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """An attribution clause in a line: ``[start, end)`` and what it says."""

    start: int
    end: int
    clause_start: int
    speaker: Speaker
    punct: bool  # a comma or sentence end stood before the verb
    continues: bool  # "och tillägger:" / a colon: more quoted words follow


def parse_speaker(clause: str) -> tuple[Speaker | None, bool]:
    """Read the speaker from an attribution clause; also whether the quote continues after it."""
    c = clause.strip()
    continues = False
    m = CONTINUES_RE.search(c)
    if m:
        c, continues = c[: m.start()], True
    c = PARTY_TAG_RE.sub("", c).strip(" ,;")
    if not c:
        return None, continues
    m = PRONOUN_RE.match(c)
    if m:
        return Speaker("pronoun", m.group()), continues
    m = NAME_AT_START_RE.match(c)
    if m and m.group("name").split()[0] not in NOT_FIRST_NAMES:
        name, role_head = split_trailing_role(m.group("name"))
        role, org = role_org(f"{role_head} {c[m.end() :]}")
        return Speaker("name", name, role, org), continues
    m = NAME_INSIDE_RE.search(c)
    if m and m.start() <= 80 and not re.search(r"[.!?;]", c[: m.start()]):
        name, role_head = split_trailing_role(m.group("name"))
        before_org, before_role = _org_role_before(c[: m.start()])
        role, org = role_org(f"{role_head} {c[m.end() :]}")
        return Speaker("name", name, before_role or role, org or before_org), continues
    m = FIRST_NAME_RE.match(c)
    if m and m.group("first") not in NOT_FIRST_NAMES:
        rest = c[m.end() :].strip()
        if not rest or rest[0] in ",(":
            role, org = role_org(rest)
            return Speaker("first", m.group("first"), role, org), continues
    return None, continues


def role_org(rest: str) -> tuple[str | None, str | None]:
    """Split what follows a name into role and organization: ", vd på Exempel AB"."""
    r = rest.strip(" ,.;")
    if r.startswith("(") and r.endswith(")"):
        r = r[1:-1].strip()
    if not r:
        return None, None
    m = ORG_ONLY_RE.match(r)
    if m:
        return None, m.group("org").strip()
    parts = [p.strip() for p in r.split(",") if p.strip()]
    # A lowercase last part is the verb's object ("kommenterar X, vd, förvärvet"), not an org.
    while len(parts) > 1 and not parts[-1][0].isupper():
        parts.pop()
    if len(parts) >= 2:
        role, org = _role_org_one(", ".join(parts[:-1]))
        return role, org or parts[-1]
    return _role_org_one(parts[0])


def _role_org_one(r: str) -> tuple[str | None, str | None]:
    m = ROLE_AT_ORG_RE.match(r)
    if m:
        return m.group("role").strip(), m.group("org").strip()
    m = ROLE_THEN_ORG_RE.match(r)
    if m and m.group("role").split()[-1].lower().endswith(ROLE_ENDINGS):
        return m.group("role"), m.group("org").strip()
    return r, None


def _org_role_before(before: str) -> tuple[str | None, str | None]:
    """Split the words before a name: "Mynewsdesk grundare och vd" -> org, role."""
    words = before.split()
    org: list[str] = []
    while (
        words
        and words[0][0].isupper()
        and not words[0].isupper()
        and not words[0].lower().rstrip("'’s").endswith(ROLE_ENDINGS)
    ):
        org.append(words.pop(0))
    if not words:  # only capitalized words: the organization ("Region Skåne Anna Berg")
        return " ".join(org) or None, None
    organization = re.sub(r"['’]s$", "", " ".join(org)) or None
    return organization, " ".join(words).strip(" ,") or None


def attribution_at(line: str, pos: int) -> Attribution | None:
    """The attribution that starts at ``pos`` (after quoted words), if there is one."""
    m = ATTRIBUTION_AT_RE.match(line, pos)
    if not m:
        return None
    return _finish(line, _cut(m), m.end(), bool(m.group("punct")))


def find_attribution(line: str, pos: int) -> Attribution | None:
    """The first attribution clause in ``line[pos:]``: punctuated ones before bare ones."""
    fallback: Attribution | None = None
    for m in _cues(line, pos):
        att = _finish(line, _cut(m), m.end(), bool(m.group("punct")))
        if att is None:
            continue
        if att.punct:
            return att
        if fallback is None and att.speaker.kind == "name":
            fallback = att
    return fallback


def _cues(line: str, pos: int) -> Iterator[re.Match[str]]:
    """``ATTRIBUTION_CUE_RE.finditer(line, pos)``, trying the pattern only just before verbs."""
    low = fold(line)
    done = pos
    v = VERB_SCAN_RE.search(low, pos)
    while v is not None:
        at = v.start()
        for start in range(max(done, at - CUE_LEAD_MAX), at + 1):
            m = ATTRIBUTION_CUE_RE.match(line, start)
            if m is not None:
                done = max(m.end(), start + 1)
                yield m
                break
        v = VERB_SCAN_RE.search(low, max(at + 1, done))


def _cut(m: re.Match[str]) -> int:
    """Where the quoted words end: a sentence end before the verb stays with them."""
    punct = m.group("punct")
    return m.end("punct") if punct and punct in ".!?…" else m.start()


def _finish(line: str, start: int, clause_start: int, punct: bool) -> Attribution | None:
    limit = min(len(line), clause_start + MAX_CLAUSE_CHARS)
    ce = CLAUSE_END_RE.search(line, clause_start, limit)
    clause_end = ce.start() if ce else limit
    speaker, continues = parse_speaker(line[clause_start:clause_end])
    if speaker is None:
        return None
    end = clause_end
    if ce and line[ce.start()] in ".!?:":
        end = ce.end()
        continues = continues or line[ce.start()] == ":"
    return Attribution(start, end, clause_start, speaker, punct, continues)


def extend(att: Attribution, line: str, more: str) -> Attribution:
    """The attribution with its clause continued on the next line ("landstingsråd" / "Region X.")."""
    speaker, continues = parse_speaker(f"{line[att.clause_start : att.end]} {more.rstrip(' .')}")
    if speaker is None:
        return att
    return Attribution(att.start, att.end, att.clause_start, speaker, att.punct, continues)


def pre_attribution(prefix: str) -> Speaker | None:
    """The speaker announced at the end of ``prefix``: "Anna Berg, vd, säger:" / "Mats tillägger"."""
    m = PRE_ATTRIBUTION_RE.search(prefix[-MAX_PREFIX_CHARS:])
    if not m:
        return None
    speaker, _ = parse_speaker(m.group("clause"))
    return speaker


class NameIndex:
    """Full names printed in the release, to resolve "säger Mattias" and "säger hon"."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._by_first: dict[str, list[tuple[int, str]]] = {}
        self._roles: dict[str, tuple[str | None, str | None]] = {}
        self._built = False  # built on first use: most releases never ask

    def _build(self) -> None:
        self._built = True
        text = self._text
        for m in finditer_at(NAME_INSIDE_RE, text, NAME_START_RE):
            name, _ = split_trailing_role(m.group("name"))
            first = name.split()[0]
            if first not in NOT_FIRST_NAMES:
                self._by_first.setdefault(first, []).append((m.start(), name))
                mention = MENTION_ROLE_RE.match(text, m.end())
                if mention and name not in self._roles:
                    self._roles[name] = role_org(mention.group("role"))

    def role_of(self, name: str) -> tuple[str | None, str | None]:
        """Role and organization printed after the name elsewhere: "Anna Berg, vd på X, ..."."""
        if not self._built:
            self._build()
        return self._roles.get(name, (None, None))

    def full_name(self, first: str, pos: int) -> str | None:
        """The full name with this first name: the last one printed before ``pos``, else the next."""
        if not self._built:
            self._build()
        cands = self._by_first.get(first, [])
        before = [n for p, n in cands if p < pos]
        if before:
            return before[-1]
        return cands[0][1] if cands else None


def resolve(
    speaker: Speaker, pos: int, names: NameIndex, last: PersonValue | None
) -> PersonValue | None:
    """The person a speaker stands for; pronouns are the last named speaker."""
    if speaker.kind == "pronoun":
        return last
    name = speaker.name
    if speaker.kind == "first":
        if last is not None and last.name.split()[0] == name:
            return PersonValue(
                last.name, speaker.role or last.role, speaker.organization or last.organization
            )
        name = names.full_name(name, pos) or name
    role, org = speaker.role, speaker.organization
    if role is None and org is None:
        role, org = names.role_of(name)
    return PersonValue(name, role, org)
