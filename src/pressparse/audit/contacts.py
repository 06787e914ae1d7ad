"""Gold-free checks of the contacts field (see :mod:`pressparse.audit`).

The checks define what they count with their own small tables and patterns, not with the
extractor's: a check that asked the extractor's lexicon whether a name is a role could
never disagree with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from pressparse.audit import Check, Observation, Sample

# Title nouns, as the last part of a Swedish compound or as an English word: a name one of
# whose words is (or ends in) one of these is a title, not a person ("Kommunikationsdirektör",
# "Webbansvarig", "Chairman of the Board"). Source: the titles printed in Swedish releases'
# contact blocks; written here apart from the extractor's role table on purpose.
TITLE_NOUNS: tuple[str, ...] = (
    "chef", "direktör", "ordförande", "ansvarig", "sekreterare", "minister", "ledare",
    "handläggare", "kommunikatör", "informatör", "strateg", "samordnare", "rådgivare",
    "talesperson", "vd", "ceo", "cfo", "chairman", "director", "manager", "officer",
    "president", "redaktör", "utgivare", "ledamot", "koordinator", "specialist", "analytiker",
)  # fmt: skip
# A word of a name.
NAME_WORD_RE = re.compile(r"[^\W\d_][\w-]*")

# A line that announces press contacts: the words a contact heading or sentence holds.
CONTACT_CUE_RE = re.compile(
    r"kontakt|\bpress(?:jour|tjänst|chef|ansvarig|ekreterare|frågor|avdelning|telefon|service)"
    r"|\bmedia\b|\bmedie(?:frågor|förfrågningar|jour)|mer information|ytterligare information"
    r"|vidare information|\bfrågor\b|\bcontact|\binvestor relations\b|hör av dig|vänd dig"
    r"|\bnås\b|ackreditering|anmälan",
    re.I,
)
# An e-mail address, plainly: local part, "@", a dotted domain.
PLAIN_EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# A line of a contact-like block is at most this long (longer is prose).
BLOCK_LINE_MAX = 160
# A contact-like block holds the cue line and at most this many lines after it.
BLOCK_LINES = 10


def _is_title_word(word: str) -> bool:
    return word.lower().endswith(TITLE_NOUNS)


def name_has_title(name: str) -> bool:
    """True when a contact's name is a title or holds one.

    "Role word in the name": some word of the name, lower-cased, is or ends in one of
    :data:`TITLE_NOUNS` ("Kommunikationsdirektör Eva Lind", "Webbansvarig", "Chairman of the
    Board", "ansvarig pressekreterare"). A press function named as the contact
    ("Presstjänsten", "Pressjour", "Region Kronobergs presskontakt", "Corporate
    Communications") holds no title noun and is not flagged.

    >>> name_has_title("Kommunikationsdirektör Eva Lind"), name_has_title("Eva Lind")
    (True, False)
    >>> name_has_title("Presstjänsten"), name_has_title("Chairman of the Board")
    (False, True)
    """
    return any(_is_title_word(w) for w in NAME_WORD_RE.findall(name))


def contact_name_is_person(sample: Sample) -> Iterator[Observation]:
    """Every contact with a name; flagged when the name is or holds a title word."""
    for c in sample.release.contacts:
        if c.name:
            yield (name_has_title(c.name), f"name {c.name!r}")


# A person's name as printed: two to four capitalized words, particles allowed between
# them ("Anna Berg", "Eva von Platen", "Claes-R. Simonson").
PERSON_SHAPE_RE = re.compile(
    r"^[A-ZÅÄÖÉØÆÜ][\w'.-]+(?:[ \t]+(?:(?:af|von|de|van|der|den|la|du|di)[ \t]+)?"
    r"[A-ZÅÄÖÉØÆÜ][\w'.-]+){1,3}$"
)
# A press function's words ("Presstjänsten", "LOs pressjour", "Corporate Communications").
FUNCTION_WORD_RE = re.compile(
    r"press|medie|media|jour\b|tjänst|kommunikation|communications|relations|kundservice", re.I
)


def name_is_contact_shaped(name: str) -> bool:
    """True when a contact's name looks like a person or a press function.

    "Contact-shaped": the whole name is two to four capitalized words
    (:data:`PERSON_SHAPE_RE`), or it holds a press function's word
    (:data:`FUNCTION_WORD_RE`). "Föregående Nästa" is shaped like a person and passes: the
    check finds lower-case phrases, single words and sentences, not every wrong name.

    >>> name_is_contact_shaped("Anna Berg"), name_is_contact_shaped("LOs pressjour")
    (True, True)
    >>> name_is_contact_shaped("Nyhetsbyrån"), name_is_contact_shaped("se länk nedan")
    (False, False)
    """
    return bool(PERSON_SHAPE_RE.match(name) or FUNCTION_WORD_RE.search(name))


def contact_name_shaped(sample: Sample) -> Iterator[Observation]:
    """Every contact with a name; flagged when the name is neither person- nor function-shaped."""
    for c in sample.release.contacts:
        if c.name:
            yield (not name_is_contact_shaped(c.name), f"name {c.name!r}")


@lru_cache(maxsize=4096)
def _e164(raw: str) -> str | None:
    try:
        num = phonenumbers.parse(raw, "SE")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def contact_like_blocks(text: str) -> Iterator[str]:
    """The contact-like blocks of a release's text.

    "Contact-like block": a line of at most :data:`BLOCK_LINE_MAX` characters holding a
    contact cue (:data:`CONTACT_CUE_RE`: "kontakt", "press", "media", "mer information",
    "frågor", "contact", ...) together with the lines after it, up to :data:`BLOCK_LINES`
    of them, that are each at most :data:`BLOCK_LINE_MAX` characters long and not blank.
    A longer line (a paragraph of prose) that holds a cue gives one block: the 200
    characters from its last cue's word on ("... kontakta Anna Berg, 070-...").
    """
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not CONTACT_CUE_RE.search(line):
            i += 1
            continue
        if len(line) > BLOCK_LINE_MAX:
            cue = max(m.start() for m in CONTACT_CUE_RE.finditer(line))
            start = line.rfind(" ", 0, cue) + 1  # the whole word of the cue
            yield line[start : cue + 200]
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i <= BLOCK_LINES:
            nxt = lines[j].strip()
            if not nxt or len(nxt) > BLOCK_LINE_MAX:
                break
            j += 1
        yield "\n".join(lines[i:j])
        i = j


def _details(block: str) -> Iterator[tuple[str, str]]:
    """("phone", E.164) and ("email", address) for what ``block`` prints."""
    for m in PLAIN_EMAIL_RE.finditer(block):
        yield "email", m.group(0).lower()
    for pm in phonenumbers.PhoneNumberMatcher(block, "SE"):
        e164 = _e164(pm.raw_string)
        if e164:
            yield "phone", e164


def details_in_contacts(sample: Sample) -> Iterator[Observation]:
    """Every phone number and e-mail address printed in a contact-like block; flagged when
    no contact of the release holds it."""
    have = {p for c in sample.release.contacts for p in c.phones}
    have |= {e.lower() for c in sample.release.contacts for e in c.emails}
    seen: set[str] = set()
    for block in contact_like_blocks(sample.release.text):
        for kind, value in _details(block):
            if value in seen:
                continue
            seen.add(value)
            yield (value not in have, f"{kind} {value} in {block[:80]!r}")


CHECKS: tuple[Check, ...] = (
    Check(
        "contacts.name_is_title",
        "contacts whose name is a role word or holds one",
        0.01,
        "max",
        contact_name_is_person,
    ),
    Check(
        "contacts.name_shape",
        "contacts whose name is neither a person's nor a press function's",
        0.02,
        "max",
        contact_name_shaped,
    ),
    Check(
        "contacts.details_placed",
        "phones and e-mails in a contact-like block that are in no contact",
        0.02,
        "max",
        details_in_contacts,
    ),
)
