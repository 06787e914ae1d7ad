"""Attribution clauses: who said a quotation, with role and organization.

Reads the clause after a verb of saying (``, säger Anna Berg, vd på Exempel AB``), before a
quotation (``Anna Berg, vd, säger:``) and resolves first names and pronouns to the full name
of a person named elsewhere in the release.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from pressparse.document import PersonValue, alternation_trie, fold
from pressparse.lexicon.common import alt, alt_trie
from pressparse.lexicon.firstnames import is_first_name
from pressparse.lexicon.government import TITLE_COORDINATION, TITLE_COORDINATION_ANY_CASE
from pressparse.lexicon.names import (
    NAME_PARTICLE,
    NOT_FIRST_NAMES,
    SPEAKER_NAME,
    split_trailing_role,
)
from pressparse.lexicon.roles import ROLE_ENDINGS, is_role_word
from pressparse.lexicon.speech import (
    ATTRIBUTION_PREPOSITIONS,
    PRONOUNS,
    SAYING_VERBS_EN,
    SAYING_VERBS_SV,
    SPEAKER_CLAUSE_WORDS,
)

# (Factored by prefix: the patterns below take them case-insensitively, and such a list of
# words is slow to try word by word.)
VERBS = alt_trie(SAYING_VERBS_SV + SAYING_VERBS_EN)
VERBS_OR_PREPOSITIONS = alt_trie(SAYING_VERBS_SV + SAYING_VERBS_EN + ATTRIBUTION_PREPOSITIONS)

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
# A verb of saying starting a word, in folded text (VERB_SCAN_RE after a character that is
# no word's): the character is matched, the verb only looked at, so that no verb is skipped
# (a class first, so that the text is scanned fast; a verb opening the text is looked for
# apart).
VERB_WORD_RE = re.compile(rf"[^\w-](?={VERB_SCAN_RE.pattern})")
# The blanks, and the marks, a cue may hold before its verb (ATTRIBUTION_CUE_RE).
CUE_BLANKS_MAX = 3
CUE_MARKS = ",.!?…;"
# Where an attribution clause ends: a sentence end (not after an initial "G."), a colon
# announcing more quoted words, or the next opening quotation mark. (The mark first, the
# initial looked back at after it, so that the search jumps from mark to mark.)
CLAUSE_END_RE = re.compile(r"[.!?:](?<![ \t(-][A-ZÅÄÖ].)(?=[ \t]|$)|[”\"“»«]")
# A clause ending "och tillägger" / "and adds": the quotation continues after it.
CONTINUES_RE = re.compile(rf",?[ \t]+(?:och|and)[ \t]+(?i:{VERBS})[ \t]*$")
# A party tag after a politician's name: "Sten Nordin (M)", "Erik Bergkvist (S)".
PARTY_TAG_RE = re.compile(r"[ \t]*\([A-ZÅÄÖ][A-Za-zåäö]{0,3}\)")
# A pronoun standing for the last named speaker: "säger hon", "fortsätter han".
PRONOUN_RE = re.compile(rf"^(?i:{alt(PRONOUNS, blanks=True)})(?=$|[ \t,.;])")
# A speaker's name at the start of the clause: "Anna Berg, vd", "Per Strömberg VD för Sardus".
NAME_AT_START_RE = re.compile(rf"^(?P<name>{SPEAKER_NAME})(?![\w'’-])")
# A name after its role: "bostadsminister Andreas Carlson", "Mynewsdesk grundare och vd Peter Ingman".
NAME_INSIDE_RE = re.compile(rf"(?<![\w'’-])(?P<name>{SPEAKER_NAME})(?![\w'’-])")
# Where a NAME_INSIDE_RE match can begin: a capital that starts a word, whose word (a long
# one is not looked at) is followed by blanks and a capital or a particle: the next part of
# the name (the capital first, so that the text is scanned fast; the lookbehind looks at the
# character before it).
NAME_START_RE = re.compile(
    rf"[A-ZÅÄÖÉÈÜØÆ](?<![\w'’-].)"
    rf"(?=[\w'.-]{{0,40}}+[ \t]++(?:[A-ZÅÄÖÉÈÜØÆ]|{NAME_PARTICLE}[ \t])|[\w'.-]{{41}})"
)
# A first name alone: "säger Mattias", "Mats tillägger".
FIRST_NAME_RE = re.compile(
    r"^(?P<first>[A-ZÅÄÖÉ][a-zåäöéèüø]+(?:-[A-ZÅÄÖ][a-zåäöéèüø]+)?)(?![\w'’])"
)
# A role and a name after a name: the first name was the organization's ("Svenskt
# Näringslivs VD, Urban Bäckström").
ROLE_THEN_NAME_RE = re.compile(rf"^,?[ \t]+(?P<role>[\w:-]{{2,40}}),?[ \t]+{SPEAKER_NAME}")
# A second speaker after the first: "säger Anna Berg och Per Lind".
JOINT_NAME_RE = re.compile(rf"^[ \t]+och[ \t]+(?P<name>{SPEAKER_NAME})(?![\w'’-])")
# A title, then a surname: "utrikesminister Billström", "bistånds- och utrikeshandelsminister
# Dousa", "förbundskapten Lind" (the title's last word a role word, checked in code).
TITLE_SURNAME_RE = re.compile(
    rf"^(?P<role>(?:{TITLE_COORDINATION})?[a-zåäö]{{2,40}})[ \t]+"
    r"(?P<surname>[A-ZÅÄÖ][a-zåäöéü]{1,40}(?:-[A-ZÅÄÖ][a-zåäöéü]{1,40})?)(?=$|[ \t,.;:])"
)
# A title in the definite form alone: "utrikesministern", "bistånds- och
# utrikeshandelsministern", "ordföranden" (a role word with a definite suffix, in code).
DEFINITE_TITLE_RE = re.compile(
    rf"^(?P<title>(?:{TITLE_COORDINATION})?[a-zåäö]{{3,40}}(?::n|:en)?)(?=$|[ \t,.;:])"
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


# "Det" / "Detta" opening the sentence of an attribution: "... minskat. Det säger Urban
# Bäckström" (the quoted words end before it).
DEMONSTRATIVE_RE = re.compile(r"(?:^|(?<=[.!?…”\"] ))(?P<word>Det|Detta)[ \t]{1,3}$")
# How far before the verb DEMONSTRATIVE_RE looks.
DEMONSTRATIVE_MAX = 10
# A title right before a name: "utrikesminister Tobias Billström", "Utrikesminister
# Tobias Billström besöker", "bistånds- och utrikeshandelsminister Benjamin Dousa".
TITLE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<title>(?:{TITLE_COORDINATION_ANY_CASE})?[A-ZÅÄÖa-zåäö][a-zåäö]{{1,40}})[ \t]+$"
)
# How far before a name TITLE_BEFORE_RE looks.
TITLE_BEFORE_MAX = 90
# Definite suffixes of Swedish role nouns: "minister-n", "direktör-en", "vd:n".
DEFINITE_SUFFIXES: tuple[str, ...] = (":en", ":n", "en", "n")
# A name after its role starts at most this far into the clause.
NAME_INSIDE_MAX = 80
# A legal form closing an organization's name (folded): " ab", " ab (publ)", " asa".
LEGAL_FORM_RE = re.compile(
    r"(?:[ \t]+(?:ab|aktiebolag|\(publ\)|publ|asa|as|a/s|oyj|abp|ltd|inc|gmbh|plc))+$"
)
# The last words LEGAL_FORM_RE can end with.
LEGAL_FORM_ENDINGS = (
    "ab",
    "aktiebolag",
    "(publ)",
    "publ",
    "asa",
    "as",
    "a/s",
    "oyj",
    "abp",
    "ltd",
    "inc",
    "gmbh",
    "plc",
)
# A short line ending with a colon that may announce the speaker of the next paragraph.
ANNOUNCER_RE = re.compile(r"^[ \t]*(?P<clause>[^.!?:\n]{3,160}?)[ \t]*:[ \t]*$")
# The verb (with its object) closing an announcing line: ", kommenterar samarbetet",
# " lade till", ", avrundar" (a lower-case word after the name and role, then the colon).
ANNOUNCING_VERB_RE = re.compile(r",?[ \t]+[a-zåäö]+(?:[ \t]+[a-zåäö]+)?[ \t]*$")
# The comma after the name of an inserted attribution, then the quoted sentence going on in
# lower case: "fortsätter Jensen, är att" (the first comma after the verb).
INSERTED_RE = re.compile(r",[ \t]+(?=[a-zåäö])")
# The name of an inserted attribution ends this close to the verb.
MAX_INSERTED_NAME = 62
# The quoted sentence resumed after an inserted attribution runs on for this many words
# (a role after the name is shorter: "doktorand vid KTH").
MIN_RESUMED_WORDS = 8
# An attribution clause is short; reading at most this much keeps every line linear.
MAX_CLAUSE_CHARS = 240
# Text before a quotation that may announce its speaker ("Anna Berg, vd, säger:").
MAX_PREFIX_CHARS = 300


@dataclass(frozen=True, slots=True)
class Speaker:
    """The speaker as the clause names them; ``kind`` says how much of the name is there."""

    kind: Literal["name", "first", "surname", "title", "pronoun"]
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
    inserted: bool = False  # set inside the quoted sentence: "– A, fortsätter X, är att B"


def parse_speaker(clause: str, orgs: frozenset[str] = frozenset()) -> tuple[Speaker | None, bool]:
    """Read the speaker from an attribution clause; also whether the quote continues after it.

    ``orgs`` are the folded names of the organizations of the release: an organization is
    never the speaker ("säger Svenskt Näringslivs vd Urban Bäckström" is Urban Bäckström's).
    """
    c = clause.strip()
    continues = False
    m = CONTINUES_RE.search(c) if "och" in c or "and" in c else None  # the pattern's words
    if m:
        c, continues = c[: m.start()], True
    c = (PARTY_TAG_RE.sub("", c) if "(" in c else c).strip(" ,;")
    if not c:
        return None, continues
    m = PRONOUN_RE.match(c)
    if m:
        return Speaker("pronoun", m.group()), continues
    return _named(c, orgs) or _titled(c), continues


def _named(c: str, orgs: frozenset[str]) -> Speaker | None:
    """A speaker named in the clause: in full, or by a first name or surname alone."""
    m = NAME_AT_START_RE.match(c)
    if m and _is_person(m.group("name"), orgs, c[m.end() :]):
        lead, name, role_head = _split_name(m.group("name"))
        rest = c[m.end() :]
        joint = JOINT_NAME_RE.match(rest)
        if joint and _is_person(joint.group("name"), orgs):
            # "säger Anna Berg och Per Lind": both speak, the name as printed.
            name, rest = f"{name} och {joint.group('name')}", rest[joint.end() :]
        role, org = _with_lead(lead, *role_org(f"{role_head} {rest}"))
        return Speaker("name", name, role, org)
    for m in NAME_INSIDE_RE.finditer(c, 0, min(len(c), NAME_INSIDE_MAX + 60)):
        if m.start() > NAME_INSIDE_MAX or re.search(r"[.!?;]", c[: m.start()]):
            break
        if not _is_person(m.group("name"), orgs, c[m.end() :]):
            continue
        lead, name, role_head = _split_name(m.group("name"))
        before_org, before_role = _org_role_before(c[: m.start()])
        role, org = _with_lead(lead, *role_org(f"{role_head} {c[m.end() :]}"))
        return Speaker("name", name, before_role or role, org or before_org)
    m = FIRST_NAME_RE.match(c)
    if m and m.group("first") not in NOT_FIRST_NAMES and not _is_org(m.group("first"), orgs):
        rest = c[m.end() :].strip()
        if not rest or rest[0] in ",(":
            role, org = role_org(rest)
            return Speaker("first", m.group("first"), role, org)
    return None


def _titled(c: str) -> Speaker | None:
    """A speaker named by title: "utrikesministern", "utrikesminister Billström",
    "förbundskapten Lind" (resolved to the full name the release prints with it)."""
    m = TITLE_SURNAME_RE.match(c)
    if m and is_role_word(m.group("role").split()[-1]):
        return Speaker("surname", m.group("surname"), m.group("role"))
    m = DEFINITE_TITLE_RE.match(c)
    if m is not None:
        role = indefinite_role(m.group("title"))
        if role is not None:
            return Speaker("title", role, role)
    return None


def indefinite_role(title: str) -> str | None:
    """ "utrikesministern" -> "utrikesminister", "ordföranden" -> "ordförande",
    "direktören" -> "direktör"; None when ``title`` is no role in the definite form."""
    low = title.lower()
    for suffix in DEFINITE_SUFFIXES:
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and stem and is_role_word(stem.split()[-1]):
            return stem
    return None


def _with_lead(lead: str, role: str | None, org: str | None) -> tuple[str | None, str | None]:
    """Role and organization with the word printed before the name: a title
    ("Utrikesminister", "Utredaren") or an organization's genitive ("Moderaternas")."""
    if not lead:
        return role, org
    if is_role_word(lead) or indefinite_role(lead) is not None:
        return role or lead, org
    return role, org or re.sub(r"(?<=[a-zåäö])s$", "", lead)


@lru_cache(maxsize=4096)  # (by name: the same names come back in release after release)
def _split_name(printed: str) -> tuple[str, str, str]:
    """A printed name as (a leading title or organization, the person's name, a trailing
    role): "Utrikesminister Tobias Billström" -> ("Utrikesminister", "Tobias Billström",
    ""); the leading word goes when it is not a given name and a given name follows."""
    name, role = split_trailing_role(printed)
    words = name.split()
    if len(words) >= 3 and not is_first_name(words[0]) and is_first_name(words[1]):
        return words[0], " ".join(words[1:]), role
    return "", name, role


def _is_person(name: str, orgs: frozenset[str], rest: str = "") -> bool:
    """True unless ``name`` is an organization: one of ``orgs``, or a name that is not a
    given name followed by a role and a name ("Svenskt Näringslivs VD Urban Bäckström")."""
    first = name.split(maxsplit=1)[0]
    if first in NOT_FIRST_NAMES:
        return False
    if is_first_name(first):
        return True
    if _is_org(name, orgs):
        return False
    m = ROLE_THEN_NAME_RE.match(rest)
    return m is None or not is_role_word(m.group("role"))


@lru_cache(maxsize=4096)
def organization_keys(name: str) -> tuple[str, ...]:
    """The folded forms of an organization's name a speaker clause may print: as found,
    and without its legal form ("Exempel Minerals AB (publ)" -> "exempel minerals").
    (Cached: an archive's releases name the same organizations again and again.)"""
    key = fold(" ".join(name.split()))
    if not key.endswith(LEGAL_FORM_ENDINGS):
        return (key,)  # LEGAL_FORM_RE ends with one of these: nothing to cut
    short = LEGAL_FORM_RE.sub("", key).strip()
    return (key, short) if short and short != key else (key,)


def _is_org(name: str, orgs: frozenset[str]) -> bool:
    """True when ``name`` (or its genitive: "Svenskt Näringslivs") is an organization."""
    key = fold(name)
    return key in orgs or (key.endswith("s") and key[:-1] in orgs)


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


def attribution_at(line: str, pos: int, orgs: frozenset[str] = frozenset()) -> Attribution | None:
    """The attribution that starts at ``pos`` (after quoted words), if there is one."""
    m = ATTRIBUTION_AT_RE.match(line, pos)
    if not m:
        return None
    return _finish(line, _cut(line, m), m.end(), bool(m.group("punct")), orgs)


def find_attribution(
    line: str, pos: int, orgs: frozenset[str] = frozenset(), low: str | None = None
) -> Attribution | None:
    """The first attribution clause in ``line[pos:]`` after a comma or a sentence end; else
    the first one that names its speaker in full after no mark ("... jobb säger Anna Berg").
    ``low`` is ``fold(line)`` when the caller has it."""
    fallback: Attribution | None = None
    for m in _cues(line, pos, low):
        cut = _cut(line, m)
        att = _finish(line, cut, m.end(), bool(m.group("punct")) or cut < m.start(), orgs)
        if att is None:
            continue
        if att.punct:
            return att
        if fallback is None and att.speaker.kind == "name":
            fallback = att
    return fallback


def _cues(line: str, pos: int, low: str | None = None) -> Iterator[re.Match[str]]:
    """``ATTRIBUTION_CUE_RE.finditer(line, pos)``, trying the pattern only before verbs
    (found in ``low``, the folded line, folded here if not given).

    A cue's verb starts a word (the pattern's lookbehind), and the cue starts at the mark
    and blanks before it, as many as the pattern takes: there the pattern is tried, once
    per verb, leftmost first."""
    if low is None:
        low = fold(line)
    done = pos
    for at in _verb_starts(low, pos):
        if at < done:
            continue
        start = at
        while start > done and at - start < CUE_BLANKS_MAX and line[start - 1] in " \t":
            start -= 1
        if start > done and line[start - 1] in CUE_MARKS:
            start -= 1
        m = ATTRIBUTION_CUE_RE.match(line, start)
        if m is not None:
            done = m.end()
            yield m


def _verb_starts(low: str, pos: int) -> Iterator[int]:
    """Where a verb of saying starts a word in the folded ``low``, from ``pos - 1`` on."""
    if pos == 0 and VERB_SCAN_RE.match(low) is not None:
        yield 0
    for w in VERB_WORD_RE.finditer(low, max(0, pos - 1)):
        yield w.end()


def _cut(line: str, m: re.Match[str]) -> int:
    """Where the quoted words end: a sentence end before the verb stays with them; "Det
    säger X" / "Det menar X" is a sentence of its own after them."""
    punct = m.group("punct")
    if punct and punct in ".!?…":
        return m.end("punct")
    if not punct:
        verb = m.start("verb")
        d = DEMONSTRATIVE_RE.search(line, max(0, verb - DEMONSTRATIVE_MAX), verb)
        if d is not None:
            return d.start("word")
    return m.start()


def said_by(
    line: str, start: int, clause_start: int, orgs: frozenset[str] = frozenset()
) -> Attribution | None:
    """The attribution whose clause starts at ``clause_start`` ("Det sade" at ``start``)."""
    return _finish(line, start, clause_start, True, orgs)


def _finish(
    line: str, start: int, clause_start: int, punct: bool, orgs: frozenset[str]
) -> Attribution | None:
    limit = min(len(line), clause_start + MAX_CLAUSE_CHARS)
    ce = CLAUSE_END_RE.search(line, clause_start, limit)
    clause_end = ce.start() if ce else limit
    speaker, continues = parse_speaker(line[clause_start:clause_end], orgs)
    if speaker is None:
        return None
    inserted = _inserted(line, clause_start, clause_end, speaker, orgs)
    if inserted is not None:
        return Attribution(start, inserted[0], clause_start, inserted[1], punct, False, True)
    end = clause_end
    if ce and line[ce.start()] in ".!?:":
        end = ce.end()
        continues = continues or line[ce.start()] == ":"
    return Attribution(start, end, clause_start, speaker, punct, continues)


def _inserted(
    line: str, clause_start: int, clause_end: int, speaker: Speaker, orgs: frozenset[str]
) -> tuple[int, Speaker] | None:
    """An attribution set between commas inside the quoted sentence: "– Mycket glädjande,
    fortsätter Jensen, är att allt arbete ... gått enligt plan": where the quotation goes on
    and the speaker, when what follows the name's comma is no role but a long clause."""
    if speaker.role is None or speaker.kind == "title":
        return None
    m = INSERTED_RE.search(
        line, clause_start + 2, min(clause_end, clause_start + MAX_INSERTED_NAME)
    )
    if m is None or any(ch in ".!?\n" for ch in line[clause_start : m.start()]):
        return None
    after = line[m.end() : clause_end].split()
    if (
        len(after) < MIN_RESUMED_WORDS
        or after[0] in SPEAKER_CLAUSE_WORDS
        or any(is_role_word(w) for w in after[:4])
    ):
        return None
    who, _ = parse_speaker(line[clause_start : m.start()], orgs)
    if who is None or who.kind == "pronoun":
        return None
    return m.end(), who


def extend(
    att: Attribution, line: str, more: str, orgs: frozenset[str] = frozenset()
) -> Attribution:
    """The attribution with its clause continued on the next line ("landstingsråd" / "Region X.")."""
    clause = f"{line[att.clause_start : att.end]} {more.rstrip(' .')}"
    speaker, continues = parse_speaker(clause, orgs)
    if speaker is None:
        return att
    return Attribution(att.start, att.end, att.clause_start, speaker, att.punct, continues)


# The last words of the verbs of saying (folded), and what PRE_ATTRIBUTION_RE lets follow
# the verb at the end of the text: blanks, a colon, an opening mark.
VERB_LAST_WORDS = tuple(sorted({v.split()[-1].lower() for v in SAYING_VERBS_SV + SAYING_VERBS_EN}))
VERB_LAST_MAX = max(len(w) for w in VERB_LAST_WORDS)
PRE_ATTRIBUTION_TAIL = ' \t\n:”"“»'


def pre_attribution(prefix: str, orgs: frozenset[str] = frozenset()) -> Speaker | None:
    """The speaker announced at the end of ``prefix``: "Anna Berg, vd, säger:" / "Mats tillägger"."""
    # PRE_ATTRIBUTION_RE ends with a verb, then only these characters (folding commutes
    # with the strip: only the last word need be folded).
    if not fold(prefix.rstrip(PRE_ATTRIBUTION_TAIL)[-VERB_LAST_MAX:]).endswith(VERB_LAST_WORDS):
        return None
    m = PRE_ATTRIBUTION_RE.search(prefix[-MAX_PREFIX_CHARS:])
    if not m:
        return None
    speaker, _ = parse_speaker(m.group("clause"), orgs)
    return speaker


def announcer(line: str, orgs: frozenset[str] = frozenset()) -> Speaker | None:
    """The speaker a short line ending with a colon announces: "Öjvind Norberg, grundare
    och huvudägare i PÄAB:", "David Zhang lade till:", "Andreas Lifvendahl, VD på Imint,
    avrundar:" (the name first; any verb, or none)."""
    m = ANNOUNCER_RE.match(line)
    if m is None:
        return None
    clause = m.group("clause")
    name = NAME_AT_START_RE.match(clause)
    if name is None or not _is_person(name.group("name"), orgs, clause[name.end() :]):
        return None
    lead, full, role_head = _split_name(name.group("name"))
    rest = clause[name.end() :]
    verb = ANNOUNCING_VERB_RE.search(rest)
    if verb is not None and is_role_word(verb.group().split()[-1]):
        verb = None  # "Anna Berg, presschef:": the role, not a verb
    role, org = _with_lead(lead, *role_org(f"{role_head} {rest[: verb.start()] if verb else rest}"))
    return Speaker("name", full, role, org)


# The letters of a title's words (TITLE_BEFORE_RE).
_TITLE_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖabcdefghijklmnopqrstuvwxyzåäö")


def _title_before(text: str, start: int) -> str | None:
    """The role title printed right before the name at ``start`` (TITLE_BEFORE_RE), lower
    case with single blanks: "utrikesminister" of "utrikesminister Tobias Billström"."""
    lo = max(0, start - TITLE_BEFORE_MAX)
    # The title's last word is the run of letters before the blanks before the name: when
    # that is no role word the title is not taken, so the pattern need not be searched.
    end = start
    while end > lo and text[end - 1] in " \t":
        end -= 1
    word = end
    while word > lo and text[word - 1] in _TITLE_LETTERS:
        word -= 1
    if end == start or not is_role_word(text[word:end]):
        return None
    title = TITLE_BEFORE_RE.search(text, lo, start)
    if title is None or not is_role_word(title.group("title").split()[-1]):
        return None
    return " ".join(title.group("title").lower().split())


class _Printed(NamedTuple):
    """A full name printed in the release (a NAME_INSIDE_RE match): where it starts and
    ends, the word printed before the name inside the match (a title or an organization's
    genitive, see :func:`_split_name`) and the name."""

    start: int
    end: int
    lead: str
    name: str


class NameIndex:
    """Full names printed in the release, to resolve "säger Mattias", "säger Lifvendahl",
    "säger utrikesministern" and "säger hon".

    A name never runs over a line end (its parts are separated by blanks), so the names of
    one line are read without the lines before: only the lines holding the word asked for
    (a first name, a surname) are read, each once; titles, asked for rarely, are indexed
    over the whole text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[int, list[_Printed]] = {}  # the names of a line, by its start
        self._roles: dict[str, tuple[str | None, str | None]] = {}
        self._by_title: dict[str, list[tuple[int, str]]] | None = None  # built on first use

    def _names_in(self, start: int) -> list[_Printed]:
        """The names printed on the line starting at ``start``, in order: the matches
        ``finditer_at(NAME_INSIDE_RE, text, NAME_START_RE)`` gives there."""
        found = self._lines.get(start)
        if found is not None:
            return found
        text = self._text
        end = text.find("\n", start)
        found = []
        done = start
        for c in NAME_START_RE.finditer(text, start, len(text) if end < 0 else end):
            pos = c.start()
            if pos < done:
                continue  # inside the previous name: matches do not overlap
            m = NAME_INSIDE_RE.match(text, pos)
            if m is None:
                continue
            done = m.end()
            lead, name, _ = _split_name(m.group("name"))
            if name.split()[0] not in NOT_FIRST_NAMES:
                found.append(_Printed(pos, done, lead, name))
        self._lines[start] = found
        return found

    def _names_with(self, word: str, mentioned: str = "") -> Iterator[_Printed]:
        """The names printed on the lines where ``word`` stands (every name with ``word``
        as one of its words), in document order; with ``mentioned``, only on the lines
        where that name may be printed with a role after it (see :meth:`_may_mention`)."""
        text = self._text
        at = text.find(word) if word else -1
        while at >= 0:
            line = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            if not mentioned or self._may_mention(mentioned, line, len(text) if end < 0 else end):
                yield from self._names_in(line)
            at = -1 if end < 0 else text.find(word, end)

    def _may_mention(self, name: str, start: int, end: int) -> bool:
        """Whether the line ``[start, end)`` may print ``name`` followed by a comma (where
        MENTION_ROLE_RE begins): the name as written, a comma after it; or blanks other
        than one space, which a printed name may hold between its words."""
        text = self._text
        at = text.find(name, start, end)
        if at >= 0 and text.find(",", at, end) >= 0:
            return True
        return text.find("\t", start, end) >= 0 or text.find("  ", start, end) >= 0

    def role_of(self, name: str) -> tuple[str | None, str | None]:
        """Role and organization printed after the name elsewhere: "Anna Berg, vd på X, ..."
        (where the name is first printed with a role)."""
        if name in self._roles:
            return self._roles[name]
        words = name.split()
        found: tuple[str | None, str | None] = (None, None)
        for p in self._names_with(words[-1] if words else "", name):
            mention = MENTION_ROLE_RE.match(self._text, p.end) if p.name == name else None
            if mention is not None:
                found = role_org(mention.group("role"))
                break
        self._roles[name] = found
        return found

    def full_name(self, first: str, pos: int) -> str | None:
        """The full name with this first name: the last one printed before ``pos``, else the next."""
        return _nearest(
            [(p.start, p.name) for p in self._names_with(first) if p.name.split()[0] == first],
            pos,
        )

    def by_surname(self, surname: str, pos: int) -> str | None:
        """The full name with this surname ("Lifvendahl" -> "Andreas Lifvendahl")."""
        return _nearest(
            [
                (p.start, p.name)
                for p in self._names_with(surname)
                if p.name.split()[-1] == surname
            ],
            pos,
        )

    def by_title(self, title: str, pos: int) -> str | None:
        """The full name printed with this title ("utrikesminister" -> "Tobias Billström");
        a title that ends a compound printed with one name: "ministern" is the
        "socialtjänstminister" when the release names one minister."""
        if self._by_title is None:
            self._by_title = self._titles()
        key = " ".join(title.lower().split())
        found = _nearest(self._by_title.get(key, []), pos)
        if found is not None:
            return found
        names = {n for k, v in self._by_title.items() if k.endswith(key) for _, n in v}
        return names.pop() if len(names) == 1 else None

    def _titles(self) -> dict[str, list[tuple[int, str]]]:
        """The names printed with a title: before the name ("utrikesminister Tobias
        Billström", "Utrikesminister Tobias Billström besöker Paris" in a headline) or
        after it between commas ("Lennart Haglund, ordförande för ..., valdes")."""
        text = self._text
        by_title: dict[str, list[tuple[int, str]]] = {}
        start = 0
        while start <= len(text):
            for p in self._names_in(start):
                if p.lead and is_role_word(p.lead):
                    by_title.setdefault(p.lead.lower(), []).append((p.start, p.name))
                title = _title_before(text, p.start)
                if title is not None:
                    by_title.setdefault(title, []).append((p.start, p.name))
                mention = MENTION_ROLE_RE.match(text, p.end)
                if mention is not None:
                    key = " ".join(mention.group("role").lower().split())
                    by_title.setdefault(key, []).append((p.start, p.name))
            end = text.find("\n", start)
            start = len(text) + 1 if end < 0 else end + 1
        return by_title


def _nearest(cands: list[tuple[int, str]], pos: int) -> str | None:
    """The name of the last candidate before ``pos``, else of the first one."""
    before = [n for p, n in cands if p < pos]
    if before:
        return before[-1]
    return cands[0][1] if cands else None


def resolve(
    speaker: Speaker, pos: int, names: NameIndex, last: PersonValue | None
) -> PersonValue | None:
    """The person a speaker stands for; pronouns are the last named speaker; a first name,
    a surname or a title the full name the release prints with it (the speaker just quoted
    first)."""
    if speaker.kind == "pronoun":
        return last
    name: str | None = speaker.name
    if speaker.kind in ("first", "surname", "title"):
        if last is not None and _same_person(speaker, last):
            return PersonValue(
                last.name, speaker.role or last.role, speaker.organization or last.organization
            )
        name = _full_name(speaker, pos, names)
        if name is None:
            return (
                None
                if speaker.kind == "title"
                else PersonValue(speaker.name, speaker.role, speaker.organization)
            )
    assert name is not None
    role, org = speaker.role, speaker.organization
    if (role is None and org is None) or speaker.kind == "title":
        known_role, known_org = names.role_of(name)
        role, org = (role or known_role), (org or known_org)
    return PersonValue(name, role, org)


def _same_person(speaker: Speaker, last: PersonValue) -> bool:
    if speaker.kind == "first":
        return last.name.split()[0] == speaker.name
    if speaker.kind == "surname":
        return last.name.split()[-1] == speaker.name
    return bool(last.role) and " ".join((last.role or "").lower().split()) == speaker.name


def _full_name(speaker: Speaker, pos: int, names: NameIndex) -> str | None:
    if speaker.kind == "first":
        return names.full_name(speaker.name, pos) or names.by_surname(speaker.name, pos)
    if speaker.kind == "surname":
        return names.by_surname(speaker.name, pos)
    return names.by_title(speaker.name, pos)
