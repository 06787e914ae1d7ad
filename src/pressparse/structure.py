"""The structure step: give every block its role (title, label, lead, body, contact, ...).

This is the one shared step between reading and the extractors: where the title is,
where the contact block starts, which paragraphs are the "Om X" boilerplate. Extractors
read the roles; they do not work them out again.

Order of the passes: very long lines are cut into sentences (releases archived as one
line); line-level furniture (chrome, labels, datelines) is marked; the title is chosen;
one sweep through the rest marks contact blocks, boilerplate, disclosure and attachments;
the lead is the first summary paragraph left after the title; what remains is body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter, sub

from pressparse.document import (
    FOLD_ONLY_LETTERS,
    Block,
    Document,
    Role,
    fold,
    lower_is_fold,
    new_block,
    new_span,
)
from pressparse.lexicon.about import ABOUT_HEADING_RE, ABOUT_WORDS
from pressparse.lexicon.common import alt
from pressparse.lexicon.contacts import PHONE_SHAPE
from pressparse.lexicon.dates import MONTHS, WEEKDAYS, ZONES
from pressparse.lexicon.disclosure import DISCLOSURE_RE, DISCLOSURE_WORDS
from pressparse.lexicon.labels import KIND_PREFIX_RE, LABEL_RE, PIPE_KIND_RE
from pressparse.lexicon.names import is_person_name
from pressparse.lexicon.structure import (
    ATTACHMENT_HEADINGS,
    CHROME_LINES,
    CONTACT_HEADINGS,
    KIND_LABELS,
    SOCIAL_LINKS,
)
from pressparse.rule_ids import TitleRule
from pressparse.rules import Reading, Resolution, Rule, best_supported, collect

_HEADINGS_ALT = alt(CONTACT_HEADINGS)
_KINDS_ALT = alt(KIND_LABELS)

# A header line of fields separated by pipes: "11.2.2026 13:00:03 CET | Dramaten | Pressmeddelande".
PIPE_HEADER_RE = re.compile(r"^[^|\n]{1,80}(?:\|[^|\n]{1,80}){2,5}$")
# A contact heading: "För mer information:", "Kontakt", "För mer information, vänligen kontakta:".
CONTACT_HEADING_RE = re.compile(
    r"^(?:" + _HEADINGS_ALT + r")\b[^\n]{0,60}?:?$",
    re.I,
)
# An inline contact line: "För mer information kontakta Anna Berg, tel 070-123 45 67",
# "Kontakt MyNewsdesk: Charlotte Ulvros, CMO, ...", "Presskontakt: Per Holm, 08-...".
CONTACT_INLINE_RE = re.compile(
    r"^(?:" + _HEADINGS_ALT + r")\b[^\n:]{0,50}?(?::|\bkontakta\b|\bcontact\b)", re.I
)
# A contact reference in parentheses on its own line: "(kontaktperson: Sigrid Böe, 070-620 12 07)".
CONTACT_PAREN_RE = re.compile(
    r"^\((?:kontaktperson|kontakt|presskontakt|contact|press contact)[^:\n]{0,30}:[^\n]{1,300}\)$",
    re.I,
)
# PHONE_SHAPE with the word boundary before its "0" tested after the "0" (the same
# matches): the regex engine then scans for "+" and "0" instead of trying every offset,
# several times faster over a paragraph.
_PHONE_SHAPE = PHONE_SHAPE.replace(r"|\b0)", r"|0(?<!\w0))")
# Something that looks like a phone number or an e-mail address (contact lines carry one).
PHONE_OR_EMAIL_RE = re.compile(
    _PHONE_SHAPE + r"|[\w.+-]{1,64}@[\w-]{1,63}\.[A-Za-z]{2,24}"
)
# PHONE_OR_EMAIL_RE's phone part alone, searched in lines without "@" (where the e-mail part
# cannot match): it starts with "+" or "0", so the scan jumps between those characters.
PHONE_LIKE_RE = re.compile(_PHONE_SHAPE)
# A boilerplate paragraph that opens by saying what the issuer is or does:
# "ÅF är ett ledande teknikkonsultföretag", "Trafikverket ansvarar för ...", "LO is a ...".
ABOUT_IS_RE = re.compile(
    r"^[A-ZÅÄÖ0-9][^\s.!?]{0,40}(?:[ \t]+[^\s.!?]{1,40}){0,5}?[ \t]+"
    r"(?:är|ansvarar|grundades|bildades|verkar|erbjuder|utvecklar|is|was|provides|offers|develops)\b"
)
# A line that only carries a date/time ("2015-04-14 14:15", "Jan 18, 2016 10:43 CET",
# "Helsingborg 2007-04-24").
DATELINE_RE = re.compile(
    r"^(?:[A-Za-zåäöÅÄÖ]{2,20}[ \t,]{1,2})?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./][ \t]?\d{1,2}[./][ \t]?\d{4}|"
    r"\d{1,2}[ \t]+[A-Za-zåäöÅÄÖ]{3,10}\.?[ \t]+\d{4}|[A-Za-zåäöÅÄÖ]{3,10}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
    r"[^\n]{0,40}$"
)
# A date anywhere in a short header line ("11.2.2026", "2024-11-26", "18 januari 2016").
DATE_IN_LINE_RE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}[ \t]+[A-Za-zåäö]{3,10}\.?,?[ \t]+\d{4})\b"
)
# A word of letters in a label's rest ("Jan", "CET", "Välkommen").
LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A byline above the headline: "Från Regionkansliet", "From Group Communications".
BYLINE_RE = re.compile(r"^(?:Från|From|Av|By)[ \t]+[A-ZÅÄÖ][^.!?:\n]{0,60}$")
# The Certified Adviser line of First North companies.
CERTIFIED_ADVISER_RE = re.compile(r"\bCertified[ \t]+Advis[eo]r\b", re.I)
# A listed attached file: "Pressbild.jpg", "Rapport Q1 (pdf)", "Ladda ner bilden".
ATTACHED_FILE_RE = re.compile(
    r"(?:\.|\(|\b)(?:pdf|jpe?g|png|gif|docx?|xlsx?|pptx?|zip|mp4|mov)\b\)?|^Ladda ner\b", re.I
)
# A "follow us" line opening a list of social links: "För mer information om X, följ oss på:".
FOLLOW_RE = re.compile(r"\b(?:följ[ \t]+oss|follow[ \t]+us)\b", re.I)
# Lower-case words one of which every FOLLOW_RE match contains.
FOLLOW_WORDS = ("följ", "follow")
# A line of rule characters: "______", "-----", "* * *".
RULE_LINE_RE = re.compile(r"^[_\-=*–—·•.~ \t]{3,}$")
# A breadcrumb trail: "Hem > Press > Pressmeddelanden", "Start / Nyheter".
BREADCRUMB_RE = re.compile(r"^(?:Hem|Start|Startsida|Home)[ \t]*[>›»/|][^\n]{0,200}$")
# A skip link of a page's top bar: "Skip to content Go to main navigation", "Gå direkt till innehåll".
SKIP_LINK_RE = re.compile(
    r"^(?:(?:Skip|Jump|Go)[ \t]+to[ \t]+(?:the[ \t]+)?(?:main[ \t]+)?(?:content|navigation|menu|search)"
    r"|(?:Gå|Hoppa)[ \t]+(?:direkt[ \t]+)?till[ \t]+(?:huvud)?(?:innehåll|innehållet|navigering|navigeringen|menyn?|sökningen))"
    r"\b[^\n]{0,120}$",
    re.I,
)
# A cookie notice: "Vi använder cookies för att ...", "This site uses cookies".
COOKIE_RE = re.compile(r"\b(?:använder|uses|use)[ \t]+(?:\w+[ \t]+)?(?:cookies|kakor)\b", re.I)
# Lower-case words one of which every COOKIE_RE match contains.
COOKIE_WORDS = ("cookies", "kakor")
# Where a long run-on line can be cut into sentences: end mark, space, capital letter.
SENTENCE_CUT_RE = re.compile(r"[.!?][”\"»]?[ \t]+(?=[”\"«–\-]?[ \t]?[A-ZÅÄÖ])")
# The word before a full stop, to tell "R." and "bl.a." from a sentence end.
WORD_BEFORE_RE = re.compile(r"(\S{1,20})$")

# The first characters the anchored line patterns can match, in ``fold`` form for the
# case-insensitive ones: a line starting otherwise skips the pattern.
_RULE_FIRST = frozenset("_-=*–—·•.~ \t")
# The words the anchored line patterns open with, in ``fold`` form for the case-insensitive
# ones (LABEL_RE and KIND_PREFIX_RE, the contact heading patterns, SKIP_LINK_RE): a line
# opening otherwise skips the pattern.
_KIND_OPENINGS = tuple(sorted({fold(k) for k in KIND_LABELS}))
_HEADING_OPENINGS = tuple(sorted({fold(h) for h in CONTACT_HEADINGS}))
# The longest of them: the part of a line to fold to compare it with them.
_KIND_CHARS = max(map(len, _KIND_OPENINGS))
_HEADING_CHARS = max(map(len, _HEADING_OPENINGS))
_SKIP_OPENINGS = ("skip", "jump", "go", "gå", "hoppa")
_BREADCRUMB_OPENINGS = ("Hem", "Start", "Home")

_CHROME = frozenset(CHROME_LINES)
# Words of a date label that are not a headline's: months, weekdays, zones, "kl".
_DATE_WORDS = frozenset([*MONTHS, *WEEKDAYS, *(z.lower() for z in ZONES), "kl"])
_SOCIAL = frozenset(SOCIAL_LINKS)
_ATTACHMENT_HEADINGS = frozenset(ATTACHMENT_HEADINGS)
# The longest of them: a longer line is none (tested before the line is hashed).
_ATTACHMENT_CHARS = max(map(len, ATTACHMENT_HEADINGS))
# Abbreviations that end with a full stop inside a sentence.
_ABBREVIATIONS = frozenset(
    ["bl.a", "t.ex", "m.fl", "m.m", "bl a", "tel", "nr", "ca", "resp", "st", "inkl", "exkl", "jfr"]
)

# A paragraph this long inside the contact block is prose (boilerplate), not a contact line.
BOILERPLATE_MIN_CHARS = 150
# A "X är ..." sentence this long after the contacts is the issuer's description.
ABOUT_MIN_CHARS = 60
# Words after "Kind -" from which the rest of the line is a headline, not a date label.
HEADLINE_AFTER_KIND_WORDS = 3
# Lines longer than this are cut into sentences: a whole release archived as one line.
LONG_LINE_CHARS = 1500
# A headline repeated at the start of a line: looked for in the first blocks, 3 to 25 words.
DOUBLED_OPENING_BLOCKS = 3
DOUBLED_OPENING_MIN_WORDS = 3
DOUBLED_OPENING_MAX_WORDS = 25
# The title is looked for among this many blocks at the start...
TITLE_WINDOW = 10
# ... in the first this many title-like lines there (a sender's name, the headline, the
# lead and a subheading: the headline is never further down).
TITLE_CANDIDATES = 4
# Longest line accepted as a headline.
TITLE_MAX_CHARS = 300
# Shortest line taken as the lead (shorter lines are captions or subheadings).
LEAD_MIN_CHARS = 40

# A lead ending in ":" must be at least this long ("... göra följande förtydligande:").
LEAD_INTRO_MIN_CHARS = 100


def assign_roles(doc: Document) -> Document:
    """Return ``doc`` with a role on every block."""
    doc = _split_doubled_opening(_split_run_on_lines(doc))
    blocks = list(doc.blocks)
    folded = fold(doc.text)
    texts, lows, folds = _line_texts(doc.text, folded, blocks)
    roles: list[Role] = [b.role for b in blocks]
    # A prefilter word absent from the text is absent from each line.
    words = _prefilter_words(folded)
    _mark_furniture(texts, roles, lows, folds, words)
    title_at = _mark_title(blocks, texts, roles, folds, doc)
    doc, blocks, texts, roles = _split_repeated_title(doc, blocks, texts, roles, title_at)
    if len(texts) != len(lows):  # the repeated title was cut off: one line more
        lows, folds = _lower_and_fold(texts)
    _sweep_sections(texts, roles, title_at, lows, folds, words)
    _mark_trailing_about(blocks, texts, roles)
    _mark_trailing_signature(texts, roles)
    _mark_lead(blocks, texts, roles, title_at, doc.source_format == "html")
    roles = ["body" if r == "unknown" else r for r in roles]
    new = tuple(
        [
            b if b.role == r else new_block(b.start, b.end, b.kind, b.level, r, b.group)
            for b, r in zip(blocks, roles, strict=True)
        ]
    )
    warnings = doc.warnings + _title_warnings(doc, blocks, texts, roles)
    return doc.with_blocks(new, warnings, folded)


@dataclass(frozen=True, slots=True)
class _PrefilterWords:
    """The lower-case words of the line patterns' prefilters that occur in the document."""

    follow: tuple[str, ...]
    cookie: tuple[str, ...]
    disclosure: tuple[str, ...]
    certified: tuple[str, ...]


_PREFILTER_WORDS = (FOLLOW_WORDS, COOKIE_WORDS, DISCLOSURE_WORDS, ("certified",))
_ALL_PREFILTER_WORDS = tuple(w for ws in _PREFILTER_WORDS for w in ws)
_NO_PREFILTER_WORDS = _PrefilterWords((), (), (), ())


def _prefilter_words(folded: str) -> _PrefilterWords:
    """The prefilter words that occur in the folded text (most texts have none)."""
    found = [w for w in _ALL_PREFILTER_WORDS if w in folded]
    if not found:
        return _NO_PREFILTER_WORDS
    return _PrefilterWords(*(tuple(w for w in ws if w in found) for ws in _PREFILTER_WORDS))


# --- cutting lines -------------------------------------------------------------------

# A block's end (read in C by ``map``).
_END = attrgetter("end")


def _split_run_on_lines(doc: Document) -> Document:
    """Cut lines over LONG_LINE_CHARS into sentence blocks (same paragraph group)."""
    # No line is longer than the text: most texts are shorter than a long line.
    if len(doc.text) <= LONG_LINE_CHARS or (
        max(map(sub, map(_END, doc.blocks), doc.block_starts), default=0) <= LONG_LINE_CHARS
    ):
        return doc
    out: list[Block] = []
    for b in doc.blocks:
        if b.end - b.start <= LONG_LINE_CHARS or b.kind == "heading":
            out.append(b)
            continue
        out.extend(_sentence_blocks(doc.text, b))
    return doc.with_blocks(tuple(out), doc.warnings)


def _sentence_blocks(text: str, b: Block) -> list[Block]:
    line = text[b.start : b.end]
    pieces: list[Block] = []
    start = 0
    for m in SENTENCE_CUT_RE.finditer(line):
        w = WORD_BEFORE_RE.search(line, max(0, m.start() - 20), m.start())
        word = w.group(1).lower() if w else ""
        # "R." in "Claes-R. Simonson" and "bl.a." do not end a sentence.
        if len(word.strip('("”').rsplit("-", 1)[-1]) <= 1 or word in _ABBREVIATIONS:
            continue
        cut = m.start() + 1 + (1 if line[m.start() + 1 : m.start() + 2] in '”"»' else 0)
        pieces.append(Block(b.start + start, b.start + cut, b.kind, b.level, b.role, b.group))
        start = m.end()
    pieces.append(Block(b.start + start, b.end, b.kind, b.level, b.role, b.group))
    return [p for p in pieces if p.end > p.start]


def _split_doubled_opening(doc: Document) -> Document:
    """A headline printed twice at the start of one line ("Gränges byter namn till Sapa
    Gränges byter namn till Sapa En extra bolagsstämma ..."), as archives that flatten a
    release to one line store it: the first copy becomes its own block, so the title and
    the repeated-title rules below see "Title" and "Title First sentence..."."""
    for i, b in enumerate(doc.blocks[:DOUBLED_OPENING_BLOCKS]):
        line = doc.text[b.start : b.end]
        cut = _doubled_phrase_end(line)
        if cut is not None:
            head = Block(b.start, b.start + cut, b.kind, b.level, b.role, b.group)
            tail = Block(b.start + cut + 1, b.end, b.kind, b.level, b.role, b.group)
            blocks = (*doc.blocks[:i], head, tail, *doc.blocks[i + 1 :])
            return doc.with_blocks(blocks, doc.warnings)
    return doc


def _doubled_phrase_end(line: str) -> int | None:
    """The length of the shortest phrase of DOUBLED_OPENING_MIN_WORDS words or more (words
    split at single spaces, at most half of the first DOUBLED_OPENING_MAX_WORDS + 2) that
    ``line`` opens with twice, a space after each copy; None when there is none.

    The copy begins with the line's first word after a space, in the line's first half:
    only those spaces are tried (found by ``str.find``), not every count of words."""
    first_end = line.find(" ")
    if first_end < 0:
        return None  # one word
    copy_start = " " + line[: first_end + 1]
    # The phrase, its space, the copy and its space fit in the line.
    limit = (len(line) - 2) // 2 + len(copy_start)
    pos = line.find(copy_start, first_end, limit)
    while pos >= 0:
        if line.startswith(line[:pos], pos + 1) and line[2 * pos + 1 : 2 * pos + 2] == " ":
            words = line.count(" ", 0, pos) + 1  # the words of the phrase line[:pos]
            # The words ``line.split(" ", DOUBLED_OPENING_MAX_WORDS + 1)`` would give: at
            # most half of them (and DOUBLED_OPENING_MAX_WORDS) make the phrase.
            n_words = min(line.count(" ") + 1, DOUBLED_OPENING_MAX_WORDS + 2)
            if words > min(n_words // 2, DOUBLED_OPENING_MAX_WORDS):
                return None  # a longer phrase has more words still
            if words >= DOUBLED_OPENING_MIN_WORDS:
                return pos
        pos = line.find(copy_start, pos + 1, limit)
    return None


def _split_repeated_title(
    doc: Document, blocks: list[Block], texts: list[str], roles: list[Role], title_at: int | None
) -> tuple[Document, list[Block], list[str], list[Role]]:
    """A release archived as "Title\\n\\nTitle First sentence...": cut the repeated title off."""
    if title_at is None or title_at + 1 >= len(blocks):
        return doc, blocks, texts, roles
    title = texts[title_at]
    nxt = title_at + 1
    if len(texts[nxt]) <= len(title) + 20 or not texts[nxt].startswith(title + " "):
        return doc, blocks, texts, roles
    b = blocks[nxt]
    offset = doc.text.find(title, b.start, b.end)
    if offset < 0:
        return doc, blocks, texts, roles
    head = new_block(offset, offset + len(title), b.kind, b.level, "chrome", b.group)
    rest_start = offset + len(title)
    while rest_start < b.end and doc.text[rest_start] in " \t":
        rest_start += 1
    tail = new_block(rest_start, b.end, b.kind, b.level, b.role, b.group)
    blocks = [*blocks[:nxt], head, tail, *blocks[nxt + 1 :]]
    roles = [*roles[:nxt], "chrome", roles[nxt], *roles[nxt + 1 :]]
    texts = [*texts[:nxt], title, doc.text[tail.start : tail.end].strip(), *texts[nxt + 1 :]]
    return doc.with_blocks(tuple(blocks), doc.warnings), blocks, texts, roles


# --- line-level furniture ------------------------------------------------------------


def is_chrome_line(
    text: str,
    lower: str | None = None,
    folded: str | None = None,
    cookie_words: tuple[str, ...] = COOKIE_WORDS,
) -> bool:
    """Site furniture a Swedish reader skips: "Tillbaka", "Dela", breadcrumbs, cookie notices.

    ``lower`` and ``folded`` are ``text.lower()`` and ``fold(text)`` when the caller has them;
    ``cookie_words`` the COOKIE_WORDS that occur in the document.
    """
    low = (text.lower() if lower is None else lower).rstrip(":").strip()
    if low in _CHROME:
        return True
    first = text[:1]
    if (first in _RULE_FIRST and RULE_LINE_RE.match(text)) or (
        text.startswith(_BREADCRUMB_OPENINGS) and BREADCRUMB_RE.match(text)
    ):
        return True
    if len(text) > 200:
        return False
    low_first = (fold(text) if folded is None else folded)[:5]
    if low_first.startswith(_SKIP_OPENINGS) and SKIP_LINK_RE.match(text):
        return True
    return (
        bool(cookie_words)
        and _has_any(text, cookie_words, folded)
        and COOKIE_RE.search(text) is not None
    )


def _has_any(text: str, words: tuple[str, ...], folded: str | None = None) -> bool:
    """True when ``text`` contains one of the lower-case ``words``, in any case."""
    low = fold(text) if folded is None else folded
    for w in words:  # noqa: SIM110 (a plain loop: cheaper than ``any()`` over a generator)
        if w in low:
            return True
    return False


def _has_phone_or_email(text: str) -> bool:
    """``PHONE_OR_EMAIL_RE.search(text)``, without running the e-mail part where there is no
    "@" nor the whole pattern where no number can start (most prose)."""
    if "@" in text:
        return PHONE_OR_EMAIL_RE.search(text) is not None
    if "0" in text or "+" in text:
        return PHONE_LIKE_RE.search(text) is not None
    return False


# The letters whose lower case is not one letter of its own: "İ" lowers to two, "Σ" to "σ"
# or "ς" by its neighbours; with "ı" and "ſ", where ``fold`` and ``str.lower`` differ.
_CONTEXT_CASED = (*FOLD_ONLY_LETTERS, "\u03a3")


def _line_texts(
    text: str, folded: str, blocks: list[Block]
) -> tuple[list[str], list[str], list[str]]:
    """The stripped text of every block, its ``str.lower`` and its ``fold``.

    Without the letters of _CONTEXT_CASED, lower-casing maps each character to one
    character by itself (and none to a blank), so a line's lower case is the stripped
    slice of the text's ``fold``.
    """
    texts = [text[b.start : b.end].strip() for b in blocks]
    if not text.isascii() and any(c in text for c in _CONTEXT_CASED):
        lows, folds = _lower_and_fold(texts)
        return texts, lows, folds
    lows = [folded[b.start : b.end].strip() for b in blocks]
    return texts, lows, lows


def _lower_and_fold(texts: list[str]) -> tuple[list[str], list[str]]:
    """``str.lower`` and ``fold`` of every line, computed once (the same string for the lines
    without the three letters "İ", "ı", "ſ" where the two differ)."""
    lows = [t.lower() for t in texts]
    folds = [
        low if lower_is_fold(t) else fold(t)
        for t, low in zip(texts, lows, strict=True)
    ]
    return lows, folds


def is_label_line(text: str, folded: str | None = None) -> bool:
    """A printed kind line ("Pressmeddelande • Jan 18, 2016") or a pipe header with a date/kind.

    ``folded`` is ``fold(text)`` when the caller has it.
    """
    low = fold(text) if folded is None else folded
    m = LABEL_RE.match(text) if low.startswith(_KIND_OPENINGS) else None
    if m:
        return not _headline_after_kind(m.group("sep"), m.group("rest"))
    if len(text) <= 200 and "|" in text and PIPE_HEADER_RE.match(text):
        return bool(DATE_IN_LINE_RE.search(text) or PIPE_KIND_RE.search(text))
    return False


def _headline_after_kind(sep: str | None, rest: str | None) -> bool:
    """True when what follows a printed kind is a headline, not a date: "Pressinbjudan:
    Välkommen till ..." (a colon and words), "Nyhet - Ny vd för Exempel AB" (three words
    or more that are not month, weekday or time-zone names)."""
    if not rest:
        return False
    words = [w for w in LETTER_WORD_RE.findall(rest) if w.lower() not in _DATE_WORDS]
    return len(words) >= (1 if sep == ":" else HEADLINE_AFTER_KIND_WORDS)


def _mark_furniture(
    texts: list[str], roles: list[Role], lows: list[str], folds: list[str], words: _PrefilterWords
) -> None:
    following_follow = False
    follow, cookie = words.follow, words.cookie
    for i, t in enumerate(texts):
        if roles[i] not in ("unknown", "boilerplate"):
            following_follow = False
            continue
        if follow and len(t) <= 100 and _has_any(t, follow, folds[i]) and FOLLOW_RE.search(t):
            roles[i] = "chrome"
            following_follow = True
            continue
        if following_follow and lows[i].strip(" :") in _SOCIAL:
            roles[i] = "chrome"
            continue
        following_follow = False
        low = folds[i]
        if is_chrome_line(t, lows[i], low, cookie):
            roles[i] = "chrome"
        elif roles[i] != "unknown":
            continue
        elif is_label_line(t, low):
            roles[i] = "label"
        elif len(t) <= 60 and DATELINE_RE.match(t):
            roles[i] = "dateline"


# --- title ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TitleInputs:
    """What the title rules read: the lines, their roles before the title is chosen (chrome,
    label, dateline), the block kinds, and whether page metadata name the title."""

    blocks: list[Block]
    texts: list[str]
    roles: list[Role]
    meta_title: str  # ``_squash``-ed page/front-matter title, "" when there is none
    candidates: tuple[int, ...]  # title-like unclassified lines near the start
    # Whether the first candidate is a sender's name above the headline (_sender_line),
    # which two rules read; False with a metadata title (those rules do not run).
    sender_first: bool
    # Whether any line is a label or dateline (else the label rules read nothing).
    labelled: bool
    # The reading of each line, made on first use: several rules read the same lines.
    # The rules against a line run after the rules for one (TITLE_RULES), and read only
    # the lines these have read: a line nothing supports has no positive score, so it
    # cannot win, and the evidence against it is not gathered.
    readings: dict[int, Reading[int]] = field(default_factory=dict)


# Why each weight: a heading or a copy of the page title is the headline whatever else
# holds; the line just above a "Pressmeddelande • date" label is where Mynewsdesk, Cision
# and MFN print the headline (above it may stand the sender's name); the first content
# line is the headline of most plain releases (a sender's name alone above another
# title-like line is passed over and counts against); a printed kind prefix ("Pressinbjudan: ...")
# marks a headline; a long sentence ending in a full stop is a lead, not a headline.
HEADING_WEIGHT = 8.0
METADATA_COPY_WEIGHT = 8.0
BEFORE_LABEL_WEIGHT = 3.0
AFTER_LABEL_WEIGHT = 1.0
FIRST_LINE_WEIGHT = 2.0
KIND_PREFIX_WEIGHT = 2.0
PROSE_WEIGHT = -3.0
SENDER_WEIGHT = -2.0
# A title needs the support of at least one positional rule.
TITLE_MINIMUM = 2.0
# Words from which a line ending in a full stop reads as a sentence of prose.
PROSE_MIN_WORDS = 8

# A name alone on a line: one to four capitalized words, maybe joined by "&" or "och"
# ("Saab Global", "Svenskt Näringsliv", "AB SARDUS", "Ernst & Young").
SENDER_LINE_RE = re.compile(r"^[A-ZÅÄÖ][\w.-]{1,30}(?:[ \t]+(?:[A-ZÅÄÖ][\w.-]{0,30}|och|&)){0,3}$")
# A sentence break inside a line: end mark, space, capital letter ("... i dag. Hon ...").
# (The letter before the mark is checked after it: a pattern that opens with the end marks
# is scanned for them only.)
INNER_SENTENCE_RE = re.compile(r"[.!?](?<=[a-zåäö0-9)][.!?])[ \t]+[A-ZÅÄÖ]")


def _reading(inputs: TitleInputs, i: int) -> Reading[int]:
    reading = inputs.readings.get(i)
    if reading is None:
        b = inputs.blocks[i]
        reading = inputs.readings[i] = Reading(str(i), i, new_span(b.start, b.end))
    return reading


def _by_heading(inputs: TitleInputs) -> list[Reading[int]]:
    for i, b in enumerate(inputs.blocks):
        if b.kind == "heading" and b.level <= 2 and inputs.roles[i] == "unknown":
            return [_reading(inputs, i)]
    return []


def _by_metadata_copy(inputs: TitleInputs) -> list[Reading[int]]:
    if not inputs.meta_title:
        return []
    for i, t in enumerate(inputs.texts[:TITLE_WINDOW]):
        if inputs.roles[i] == "unknown" and _squash(t) == inputs.meta_title:
            return [_reading(inputs, i)]
    return []


def _next_content(inputs: TitleInputs, i: int, step: int) -> int | None:
    """The nearest block from ``i`` in direction ``step`` that is not chrome."""
    return _next_not_chrome(inputs.roles, i, step)


def _next_not_chrome(roles: list[Role], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(roles) and roles[j] == "chrome":
        j += step
    return j if 0 <= j < len(roles) else None


def _by_label_below(inputs: TitleInputs) -> list[Reading[int]]:
    if not inputs.labelled:
        return []
    out = []
    for i in inputs.candidates:
        j = _next_content(inputs, i, 1)
        if j is not None and inputs.roles[j] in ("label", "dateline"):
            out.append(_reading(inputs, i))
    return out


def _by_label_above(inputs: TitleInputs) -> list[Reading[int]]:
    if not inputs.labelled:
        return []
    out = []
    for i in inputs.candidates:
        j = _next_content(inputs, i, -1)
        if j is not None and inputs.roles[j] in ("label", "dateline"):
            out.append(_reading(inputs, i))
    return out


def _by_first_line(inputs: TitleInputs) -> list[Reading[int]]:
    cands = inputs.candidates
    if not cands:
        return []
    return [_reading(inputs, cands[1] if inputs.sender_first else cands[0])]


def _as_sender(inputs: TitleInputs) -> list[Reading[int]]:
    reading = inputs.readings.get(inputs.candidates[0]) if inputs.sender_first else None
    return [reading] if reading is not None else []


def _sender_first(texts: list[str], roles: list[Role], candidates: tuple[int, ...]) -> bool:
    """The first of two or more candidates is a name alone on the line above another
    title-like line: "Saab Global", "Rikspolisstyrelsen" (SENDER_LINE_RE): the sender
    printed above the headline."""
    if len(candidates) < 2:
        return False
    i = candidates[0]
    nxt = _next_not_chrome(roles, i, 1)
    if nxt is None or nxt not in candidates or texts[nxt].endswith((".", "!", "?")):
        return False  # the line below is no headline: a sentence
    return SENDER_LINE_RE.match(texts[i]) is not None


def _by_kind_prefix(inputs: TitleInputs) -> list[Reading[int]]:
    return [_reading(inputs, i) for i in inputs.candidates if _kind_prefixed(inputs.texts[i])]


def _kind_prefixed(text: str) -> bool:
    # The colon and the opening first: the case-insensitive pattern is slow to fail.
    return (
        ":" in text
        and fold(text[:_KIND_CHARS]).startswith(_KIND_OPENINGS)
        and KIND_PREFIX_RE.match(text) is not None
    )


def _as_prose(inputs: TitleInputs) -> list[Reading[int]]:
    read = inputs.readings
    return [read[i] for i in inputs.candidates if i in read and _reads_as_prose(inputs.texts[i])]


def _reads_as_prose(text: str) -> bool:
    """A sentence or more of running text: a full stop after several words, or a sentence
    break inside the line."""
    if ("." in text or "!" in text or "?" in text) and INNER_SENTENCE_RE.search(text):
        return True
    # Split no further than PROSE_MIN_WORDS words: the rest of the line stays one piece.
    return text.endswith(".") and len(text.split(None, PROSE_MIN_WORDS - 1)) >= PROSE_MIN_WORDS


TITLE_RULES: tuple[Rule[TitleRule, TitleInputs, int], ...] = (
    Rule("title.heading", HEADING_WEIGHT, _by_heading, "the first heading of level 1 or 2"),
    Rule(
        "title.metadata_copy",
        METADATA_COPY_WEIGHT,
        _by_metadata_copy,
        "the visible copy of the page or front-matter title",
    ),
    Rule(
        "title.before_label",
        BEFORE_LABEL_WEIGHT,
        _by_label_below,
        "a line directly above a label or dateline ('Pressmeddelande • Jan 18, 2016')",
    ),
    Rule(
        "title.first_line",
        FIRST_LINE_WEIGHT,
        _by_first_line,
        "the first title-like line of content",
    ),
    Rule(
        "title.after_label",
        AFTER_LABEL_WEIGHT,
        _by_label_above,
        "a line directly below a label or dateline",
    ),
    Rule(
        "title.kind_prefix",
        KIND_PREFIX_WEIGHT,
        _by_kind_prefix,
        "a line opening with a printed kind and a colon ('Pressinbjudan: ...')",
    ),
    Rule("title.prose", PROSE_WEIGHT, _as_prose, "against: a sentence of running text"),
    Rule(
        "title.sender",
        SENDER_WEIGHT,
        _as_sender,
        "against: a name alone above another title-like line (the sender)",
    ),
)


def _title_candidates(texts: list[str], roles: list[Role], folds: list[str]) -> tuple[int, ...]:
    out: list[int] = []
    for i, t in enumerate(texts[:TITLE_WINDOW]):
        if roles[i] != "unknown":
            continue
        if _title_like(t, folds[i]):
            out.append(i)
            if len(out) == TITLE_CANDIDATES:
                break
        elif len(t) > TITLE_MAX_CHARS and _reads_as_prose(t):
            break  # the text has begun: a headline stands above it, not after it
    return tuple(out)


def choose_title(inputs: TitleInputs) -> Resolution[int, TitleRule]:
    """The headline's block index by the policy "best supported wins" (the earliest line
    of equals: candidates are ranked in document order).

    With page metadata naming the title, only a heading or a visible copy of it is taken:
    other lines are content, and the metadata title is used.
    """
    rules = TITLE_RULES if not inputs.meta_title else TITLE_RULES[:2]
    candidates = sorted(collect(inputs, rules), key=_VALUE)
    return best_supported(candidates, minimum=TITLE_MINIMUM, margin=0, what="title")


# A candidate's value (read in C by ``sorted``).
_VALUE = attrgetter("value")


def _mark_title(
    blocks: list[Block], texts: list[str], roles: list[Role], folds: list[str], doc: Document
) -> int | None:
    meta_title = _squash(doc.meta.get("title", ""))
    candidates = _title_candidates(texts, roles, folds)
    inputs = TitleInputs(
        blocks,
        texts,
        roles,
        meta_title,
        candidates,
        not meta_title and _sender_first(texts, roles, candidates),
        "label" in roles or "dateline" in roles,
    )
    at = choose_title(inputs).value
    if at is not None:
        roles[at] = "title"
    return at


def _title_like(text: str, folded: str | None = None) -> bool:
    """``folded`` is ``fold(text)`` when the caller has it."""
    if len(text) > TITLE_MAX_CHARS or len(text) < 3:
        return False
    if text.endswith(":") or (text[:1] in "FAB" and BYLINE_RE.match(text)):
        return False
    low = fold(text[:_HEADING_CHARS]) if folded is None else folded
    return not low.startswith(_HEADING_OPENINGS) or not CONTACT_HEADING_RE.match(text)


def _title_warnings(
    doc: Document, blocks: list[Block], texts: list[str], roles: list[Role]
) -> tuple[str, ...]:
    meta_title = doc.meta.get("title")
    if not meta_title or doc.source_format != "html":
        return ()
    for i, b in enumerate(blocks):
        if roles[i] == "title" and b.kind == "heading":
            if _squash(texts[i]) != _squash(meta_title):
                return (
                    "page metadata title differs from the visible headline; "
                    "the visible headline is used",
                )
            break
    return ()


def _squash(s: str) -> str:
    return " ".join(s.split()).casefold()


# --- contact, boilerplate, disclosure, attachments -----------------------------------


def is_contact_start(text: str, folded: str | None = None) -> bool:
    """A contact heading, or a line that opens with one and names whom to contact.

    ``folded`` is ``fold(text)`` when the caller has it.
    """
    if not (fold(text) if folded is None else folded).startswith(_HEADING_OPENINGS):
        return False  # both patterns open with a heading
    if CONTACT_HEADING_RE.match(text):
        return True
    return len(text) <= 400 and CONTACT_INLINE_RE.match(text) is not None


def _sweep_sections(  # noqa: PLR0917 (the line lists the passes share)
    texts: list[str],
    roles: list[Role],
    title_at: int | None,
    lows: list[str],
    folds: list[str],
    words: _PrefilterWords,
) -> None:
    """One pass after the title: contact blocks, boilerplate, disclosure, attachments."""
    disclosure, certified = words.disclosure, bool(words.certified)
    state: Role = "unknown"
    body_before_contact = False
    seen_body = False
    in_attachments = False
    start = 0 if title_at is None else title_at + 1
    for i in range(start, len(texts)):
        t = texts[i]
        preset = roles[i]
        if preset not in ("unknown", "boilerplate"):
            continue
        low = folds[i]
        if (disclosure and _has_any(t, disclosure, low) and DISCLOSURE_RE.search(t)) or (
            certified and "certified" in low and CERTIFIED_ADVISER_RE.search(t)
        ):
            roles[i] = "disclosure"
            continue
        key = lows[i].rstrip(": ")
        if len(key) <= _ATTACHMENT_CHARS and key in _ATTACHMENT_HEADINGS:
            roles[i] = "attachments"
            in_attachments = True
            continue
        if in_attachments and len(t) <= 200 and ATTACHED_FILE_RE.search(t):
            roles[i] = "attachments"
            continue
        in_attachments = False
        first = t[:1]
        if first == "(" and CONTACT_PAREN_RE.match(t):
            roles[i] = "contact"
            continue
        if is_contact_start(t, low):
            state = "contact"
            body_before_contact = seen_body
            roles[i] = "contact"
            continue
        if (t.startswith(ABOUT_WORDS) and ABOUT_HEADING_RE.match(t)) or preset == "boilerplate":
            state = "boilerplate"
            roles[i] = "boilerplate"
            continue
        if state == "contact":
            # Prose: long, or a "X är ..." sentence, and without a number or address (the
            # slow "X är ..." pattern last: it decides only a short line without them).
            long = len(t) > BOILERPLATE_MIN_CHARS
            prose = (
                (long or len(t) >= ABOUT_MIN_CHARS)
                and not _has_phone_or_email(t)
                and (long or ABOUT_IS_RE.match(t) is not None)
            )
            if not prose:
                roles[i] = "contact"
                continue
            # Prose after a contact block at the top is the release itself; after the
            # release it is the issuer's description.
            state = "boilerplate" if body_before_contact else "unknown"
        if state == "boilerplate":
            roles[i] = "boilerplate"
            continue
        if len(t) >= LEAD_MIN_CHARS:
            seen_body = True


def _mark_trailing_about(blocks: list[Block], texts: list[str], roles: list[Role]) -> None:
    """Without an "Om X" heading: a closing paragraph saying what the issuer is."""
    if "boilerplate" in roles:
        return
    open_idx = [i for i, r in enumerate(roles) if r == "unknown"]
    if len(open_idx) < 4:
        return
    last = open_idx[-1]
    group = blocks[last].group
    first = last
    while first - 1 >= 0 and blocks[first - 1].group == group and roles[first - 1] == "unknown":
        first -= 1
    t = texts[first]
    if len(t) > BOILERPLATE_MIN_CHARS and ABOUT_IS_RE.match(t) and first > open_idx[2]:
        for i in range(first, last + 1):
            roles[i] = "boilerplate"


def _mark_trailing_signature(texts: list[str], roles: list[Role]) -> None:
    """A contact printed as a signature at the very end: "Anna Berg / Head of Press"."""
    if "contact" in roles:
        return
    n = len(texts)
    tail_start = n
    while tail_start > 0 and n - tail_start < 4:
        r = roles[tail_start - 1]
        t = texts[tail_start - 1]
        short = r == "unknown" and len(t) <= 80 and not t.endswith((".", "!", "?", "”", '"'))
        if short or r in ("attachments", "chrome"):
            tail_start -= 1
        else:
            break
    for i in range(tail_start, n):
        if roles[i] == "unknown" and is_person_name(texts[i]):
            for j in range(i, n):
                if roles[j] == "unknown":
                    roles[j] = "contact"
            return


# --- lead ----------------------------------------------------------------------------


# A line that opens a quotation: a dash or a quotation mark first.
QUOTE_OPEN_RE = re.compile(r"^[–—\-”\"«»]")


def _mark_lead(
    blocks: list[Block], texts: list[str], roles: list[Role], title_at: int | None, html: bool
) -> None:
    start = 0 if title_at is None else title_at + 1
    for i in range(start, len(texts)):
        if roles[i] != "unknown":
            continue
        t = texts[i]
        # A short line ending in ":" introduces a list; a long one is an ingress.
        intro = t.endswith(":") and len(t) < LEAD_INTRO_MIN_CHARS
        if len(t) < LEAD_MIN_CHARS or intro or blocks[i].kind == "heading":
            continue
        roles[i] = "lead"
        if html:
            # A <p> with line breaks is one paragraph: its further lines are the lead too.
            j = i + 1
            while (
                j < len(texts)
                and blocks[j].group == blocks[i].group
                and roles[j] == "unknown"
                and not QUOTE_OPEN_RE.match(texts[j])
            ):
                roles[j] = "lead"
                j += 1
        return
