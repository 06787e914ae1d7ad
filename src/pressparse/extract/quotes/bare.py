"""Direct speech whose dash or quotation marks were lost: "Det känns bra, kommenterar Jonas Blomquist." """

from __future__ import annotations

import re

from pressparse.document import finditer_from_offsets
from pressparse.extract.quotes.attribution import Attribution, attribution_at, said_by
from pressparse.lexicon.common import alt_trie
from pressparse.lexicon.speech import BARE_SAYING_VERBS

# (Factored by prefix: a case-insensitive alternation is slow to try word by word.)
_BARE = alt_trie(BARE_SAYING_VERBS)
# A comma and an unambiguous verb of saying: ", kommenterar", ", säger" (after the comma or
# a blank, the verb starts a word).
BARE_CUE_RE = re.compile(rf",[ \t]{{0,3}}(?i:{_BARE})[ \t]+")
# A sentence of attribution after the quoted sentences: "... framöver. Det sade Urban
# Bäckström", "Det menar Anna Berg" (the verb in lower case, after "Det" or "Detta"); at
# the start of a line, the sentence after those of the line before (a run-on text).
SAID_SENTENCE_RE = re.compile(rf"(?:^|(?<=[.!?…”\"] ))(?:Det|Detta)[ \t]{{1,3}}(?:{_BARE})[ \t]+")
# A sentence of speech starts with a capital letter (or a digit) and has three words or more.
SPEECH_START_RE = re.compile(r"^[A-ZÅÄÖÉ0-9]\S{0,60}[ \t]+\S{1,60}[ \t]+\S")


def bare_attribution(line: str, orgs: frozenset[str] = frozenset()) -> Attribution | None:
    """The attribution that closes a paragraph of plain direct speech, with a named speaker."""
    if not SPEECH_START_RE.match(line):
        return None
    end = len(line.rstrip())
    for m in BARE_CUE_RE.finditer(line):
        att = attribution_at(line, m.start(), orgs)
        if att is not None and att.end >= end and att.speaker.kind == "name":
            return att
    for m in finditer_from_offsets(SAID_SENTENCE_RE, line, _offsets(line, "Det")):
        att = said_by(line, m.start(), m.end(), orgs)
        if att is not None and att.end >= end and att.speaker.kind == "name":
            return att
    return None


def _offsets(line: str, word: str) -> list[int]:
    """Where ``word`` stands in ``line`` (where a SAID_SENTENCE_RE match begins)."""
    out: list[int] = []
    at = line.find(word)
    while at >= 0:
        out.append(at)
        at = line.find(word, at + 1)
    return out
