"""The "Om X" / "About X" heading that opens a release's boilerplate: the one pattern every
stage uses (structure finds the boilerplate, organizations and the issuer read its subject).

Source: the boilerplate headings of Swedish releases on Mynewsdesk, Cision, MFN and
newsrooms: "Om Region Skåne", "Om Newsdesk", "About Sweco", "Om oss", "Om företaget".
"""

from __future__ import annotations

import re

from pressparse.lexicon.common import alt

# Words that open the heading.
ABOUT_WORDS: tuple[str, ...] = ("Om", "About", "OM", "ABOUT")
# Subjects that name the sender without its name ("Om oss", "About the company").
ABOUT_SELF: tuple[str, ...] = (
    "oss", "us", "företaget", "bolaget", "koncernen", "the company", "the group",
)  # fmt: skip

# A whole line that is a boilerplate heading; ``subject`` is what it is about:
# "Om Region Skåne" -> "Region Skåne", "About Sweco" -> "Sweco", "Om oss" -> "oss".
# Not "Om två veckor öppnar ..." (a sentence: too long, or ends with punctuation).
ABOUT_HEADING_RE = re.compile(
    rf"^(?:{alt(ABOUT_WORDS)})[ \t]+(?P<subject>(?:{alt(ABOUT_SELF, blanks=True)}|"
    r"[A-ZÅÄÖÉ0-9][^.!?\n]{0,70}?))[ \t]*:?[ \t]*$"
)


def about_subject(line: str) -> str | None:
    """The subject of a boilerplate heading line, None when the line is not one; "" for a
    heading that names no one ("Om oss").

    >>> about_subject("Om Region Skåne"), about_subject("Om oss"), about_subject("Om två veckor.")
    ('Region Skåne', '', None)
    """
    m = ABOUT_HEADING_RE.match(line.strip())
    if m is None:
        return None
    subject = m.group("subject")
    return "" if subject.casefold() in ABOUT_SELF else subject
