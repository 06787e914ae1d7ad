"""The grammar of a printed label: the kind of release as a line prints it, shared by the
structure stage (which lines are labels) and the title field (the kind).

Source: the labels of Swedish release platforms (Mynewsdesk, Cision, MFN, Via TT) in
:data:`pressparse.lexicon.structure.KIND_LABELS`.
"""

from __future__ import annotations

import re

from pressparse.lexicon.common import alt
from pressparse.lexicon.structure import KIND_LABELS

_KINDS_ALT = alt(KIND_LABELS)

# A label line: a printed kind, alone, followed by a separator and a date, or directly by a
# date ("Pressmeddelande 5 mars 2024 08:30").
LABEL_RE = re.compile(
    r"^(?P<kind>" + _KINDS_ALT + r")"
    r"\b[ \t]*(?:$|(?P<sep>[-•|·–—:,])[ \t]*(?P<rest>.{0,80})$|(?P<date>\d[^\n]{0,60})$)",
    re.I,
)
# A printed kind as one field of a pipe header line: "| Pressinbjudan".
PIPE_KIND_RE = re.compile(r"(?:^|\|)[ \t]*(?P<kind>" + _KINDS_ALT + r")[ \t]*(?=\||$)", re.I)
# A printed kind that opens a headline: "Pressinbjudan: Välkommen till ...".
KIND_PREFIX_RE = re.compile(r"^(?P<kind>" + _KINDS_ALT + r")[ \t]*:[ \t]*\S", re.I)
