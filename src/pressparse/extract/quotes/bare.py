"""Direct speech whose dash or quotation marks were lost: "Det känns bra, kommenterar Jonas Blomquist." """

from __future__ import annotations

import re

from pressparse.extract.quotes.attribution import Attribution, attribution_at
from pressparse.lexicon.speech import BARE_SAYING_VERBS

_BARE = "|".join(sorted(set(BARE_SAYING_VERBS), key=len, reverse=True))
# A comma and an unambiguous verb of saying: ", kommenterar", ", säger".
BARE_CUE_RE = re.compile(rf",[ \t]{{0,3}}(?<![\w-])(?i:{_BARE})[ \t]+")
# A sentence of speech starts with a capital letter (or a digit) and has three words or more.
SPEECH_START_RE = re.compile(r"^[A-ZÅÄÖÉ0-9]\S{0,60}[ \t]+\S{1,60}[ \t]+\S")


def bare_attribution(line: str) -> Attribution | None:
    """The attribution that closes a paragraph of plain direct speech, with a named speaker."""
    if not SPEECH_START_RE.match(line):
        return None
    end = len(line.rstrip())
    for m in BARE_CUE_RE.finditer(line):
        att = attribution_at(line, m.start())
        if att is not None and att.end >= end and att.speaker.kind == "name":
            return att
    return None
