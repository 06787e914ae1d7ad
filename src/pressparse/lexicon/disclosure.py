"""The disclosure sentence of listed companies: the statement, required by the EU Market
Abuse Regulation (and before 2016 by the Swedish securities acts), that names the company
obliged to make the information public. That company is the release's sender.

Source: the forms printed by Swedish listed companies on Cision, MFN and their own sites:
"Denna information är sådan information som IMINT är skyldigt att offentliggöra enligt EU:s
marknadsmissbruksförordning", "Informationen är sådan som Saab AB ska offentliggöra enligt
lagen om värdepappersmarknaden", "Rottneros offentliggör denna information enligt lagen om
värdepappersmarknaden", and the English "This information is information that X is obliged
to make public pursuant to the EU Market Abuse Regulation".
"""

from __future__ import annotations

import re

from pressparse.document import literal_starts

# The law the disclosure sentence cites (MAR, the Swedish securities act), in Swedish and
# English: a line holding it is the disclosure.
DISCLOSURE_RE = re.compile(
    r"\b(?:marknadsmissbruksförordning\w{0,3}|Market Abuse Regulation|"
    r"lagen[ \t]+\(?\d{4}:\d{1,4}\)?[ \t]+om[ \t]+värdepappersmarknaden|"
    r"Securities Markets Act)\b",
    re.I,
)
# Lower-case words one of which every DISCLOSURE_RE match contains.
DISCLOSURE_WORDS = (
    "marknadsmissbruksförordning",
    "market abuse",
    "värdepappersmarknaden",
    "securities",
)
# Where the disclosure sentence begins (it opens the boilerplate of a run-on line): "Denna
# information är sådan som Medfield Diagnostics är skyldigt att offentliggöra ...",
# "Informationen är sådan information som ...", "This information is information that ...".
DISCLOSURE_OPENING_RE = re.compile(
    r"\b(?:(?:Denna[ \t]+information|Informationen)[ \t]+är[ \t]+sådan"
    r"|This[ \t]+information[ \t]+is[ \t]+(?:such|information[ \t]+that))\b"
)
# The words DISCLOSURE_OPENING_RE can open with (for scans that try it only where one starts).
DISCLOSURE_OPENING_WORDS = ("Denna", "Informationen", "This")
# A company's name as the sentence prints it: up to six words, the first capitalized or a
# digit ("Medfield Diagnostics", "Saab AB", "Botnia Exploration Holding AB (publ)").
_NAME = r"[A-ZÅÄÖÉ0-9][\w&.'-]{0,40}(?:[ \t]+[\w&.'()-]{1,40}){0,5}?"
# Words that mark the obligation after the name ("är skyldigt att", "ska", "is obliged to").
_OBLIGED = (
    r"(?:är[ \t]+skyldig[at]?[ \t]+att|ska|skall|har[ \t]+skyldighet[ \t]+att|"
    r"is[ \t]+(?:obliged|obligated|required)[ \t]+to)"
)

# The disclosure sentence; group "name" the obliged company: "sådan information som IMINT är
# skyldigt att offentliggöra", "Rottneros offentliggör denna information enligt".
# Not "Det är glädjande att kunna offentliggöra det första avtalet" (no company obliged).
_OBLIGED_SENTENCE = (
    rf"(?:sådan(?:[ \t]+information)?|information)[ \t]+(?:som|that|which)[ \t]+"
    rf"(?P<name>{_NAME})[ \t]+{_OBLIGED}[ \t]+(?:offentliggöra|make[ \t]+public|disclose)"
)
_SUBJECT_VERB_OBJECT = r"offentliggör[ \t]+(?:denna|informationen|this)[ \t]"
DISCLOSER_RE = re.compile(
    rf"(?:{_OBLIGED_SENTENCE}"
    rf"|(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<subject>{_NAME})[ \t]+{_SUBJECT_VERB_OBJECT})"
)
# DISCLOSER_RE's obligation alone ("sådan information som IMINT är skyldigt att
# offentliggöra"): searched for at an obligation's verb (the subject's form, tried at every
# sentence start, is the slow one).
DISCLOSER_OBLIGED_RE = re.compile(_OBLIGED_SENTENCE)
# Words one of which every DISCLOSER_RE match contains, without their first letter (which
# may be a capital): a cheap prefilter.
DISCLOSER_WORDS = ("ffentliggör", "ake public", "isclose")
# The word before the verb of an obligation ("är skyldigt att| offentliggöra").
_OBLIGED_LAST = (" att", " ska", "skall", " to")
# The subject's verb and its object, without the first letter ("Rottneros offentliggör denna").
_SUBJECT_VERB = ("ffentliggör denna", "ffentliggör informationen", "ffentliggör this")
# How far before its verb a disclosure sentence may start ("Denna information är sådan
# information som <name of six words> är skyldigt att "), and how far after the verb's
# start its match may end ("offentliggör denna ").
DISCLOSER_BEFORE = 400
DISCLOSER_AFTER = 40


def discloser(text: str) -> re.Match[str] | None:
    """The first disclosure sentence naming its company, None when there is none.

    >>> m = discloser("Denna information är sådan som Medfield Diagnostics är skyldigt att "
    ...     "offentliggöra enligt EU:s marknadsmissbruksförordning.")
    >>> m.group("name")
    'Medfield Diagnostics'
    """
    # Tried only before where the verb is printed: the name stands at most a sentence
    # before it. Only the obligation ("att offentliggöra", "ska offentliggöra", "to
    # disclose") or the subject's verb ("offentliggör denna") can end a match, not
    # "offentliggörande".
    for p in literal_starts(text, DISCLOSER_WORDS):
        subject = text.startswith(_SUBJECT_VERB, p)
        if not subject and not text[max(0, p - 8) : p - 1].rstrip().endswith(_OBLIGED_LAST):
            continue
        rx = DISCLOSER_RE if subject else DISCLOSER_OBLIGED_RE
        m = rx.search(text, max(0, p - DISCLOSER_BEFORE), p + DISCLOSER_AFTER)
        if m is not None:
            return m
    return None


def discloser_name(m: re.Match[str]) -> tuple[str, int, int]:
    """The company of a DISCLOSER_RE match and where it stands, without "(publ)"."""
    group = "name" if m.group("name") is not None else "subject"
    name = m.group(group)
    end = m.end(group)
    for tail in (" (publ)", " (PUBL)"):
        if name.endswith(tail):
            name = name[: -len(tail)]
            end -= len(tail)
    return name, m.start(group), end
