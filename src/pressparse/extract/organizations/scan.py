"""Fast scans: where each organization pattern can match, found from the text's own words.

Every helper here gives the matches a plain scan of the whole text would give (the tests
compare them), but tries a pattern only where its first word stands, just before its
ending, or on the lines that hold its anchor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import filterfalse

from pressparse.extract.organizations.patterns import (
    CLASS_LETTERS,
    COMPANY_NAME_FORMS,
    CUE_FIRST_WORDS,
    FROM_WORD_RE,
    LIST_JOIN_WORDS,
    LIST_NEXT_FIRST_CHARS,
    LIST_NEXT_RE,
    NAME_AT_RE,
    NAME_START_RE,
    OBJECT_RE,
    ORG_NOUN_RE,
    PERSON_FROM_RE,
    PREFIX_RE,
    ROLE_BARE_RE,
    ROLE_PREP_RE,
    SUBJECT_RE,
    TILL_SOM_RE,
    WORD_RUN_RE,
    WORKED_AT_RE,
)
from pressparse.extract.organizations.vocabulary import GENITIVE_ROLE_WORDS, STOP_WORDS
from pressparse.lexicon.common import alt_trie
from pressparse.lexicon.orgs import (
    BODY_ENDINGS,
    COMPANY_SUFFIX_FIRST_WORDS,
    COMPANY_SUFFIX_LETTER_FORMS,
    ENGLISH_BODY_HEADS,
    INSTITUTIONS,
    LISTING_VERBS,
    NAME_HEAD_NOUNS,
    NAME_START_WORDS,
    gazetteer,
)
from pressparse.lexicon.roles import is_role_word


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading stop words from ``text[start:end]``; None when nothing is left."""
    while start < end:
        word_end = text.find(" ", start, end)
        word = text[start : end if word_end < 0 else word_end]
        if word not in STOP_WORDS and not is_role_word(word):
            break
        if word_end < 0:
            return None
        start = word_end + 1
        while start < end and text[start] in " \t&":
            start += 1
    while True:
        cut = text.rfind(" ", start, end)
        if cut < 0 or text[cut + 1 : end] not in STOP_WORDS:
            break
        end = cut
    # A trailing genitive or possessive: "Balcos", "Sweco’s" keep their stem for the span.
    while end > start and text[end - 1] in ".,:;’'-":
        end -= 1
    return (start, end) if end > start else None


def word_start(text: str, pos: int) -> bool:
    """True when no word character or hyphen stands right before ``pos``."""
    if pos == 0:
        return True
    c = text[pos - 1]
    return not (c.isalnum() or c in "_-")


def name_start(text: str, pos: int) -> bool:
    """True when no word character, hyphen or apostrophe stands right before ``pos``."""
    if pos == 0:
        return True
    c = text[pos - 1]
    return not (c.isalnum() or c in "_-’'")


def after_blank(text: str, pos: int) -> bool:
    """True when a space or tab stands right before ``pos``."""
    return pos > 0 and text[pos - 1] in " \t"


def _lines_with(anchor: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line that contains a match of ``anchor``, in order, once each.

    A pattern whose matches stay on one line and always contain ``anchor`` only needs
    those lines scanned.
    """
    pos = 0
    n = len(text)
    while pos < n:
        m = anchor.search(text, pos)
        if m is None:
            return
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = n if end < 0 else end
        yield start, end
        pos = end + 1


def in_lines(rx: re.Pattern[str], anchor: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` run only over the lines that contain ``anchor``."""
    for start, end in _lines_with(anchor, text):
        yield from rx.finditer(text, start, end)


# The most blank-separated words a PERSON_FROM_RE match holds before its "från": a name's
# four parts and three particles, "kommer" and "senast".
PERSON_FROM_WORDS = 9


def person_from_matches(text: str) -> Iterator[re.Match[str]]:
    """``PERSON_FROM_RE.finditer(text)``, run only over the few words before each "från"
    and its blanks (FROM_WORD_RE): every match ends there and starts at most
    PERSON_FROM_WORDS words before, on the same line. Windows that touch are merged, so a
    match never starts inside an earlier one."""
    n = len(text)
    windows: list[tuple[int, int]] = []
    for m in FROM_WORD_RE.finditer(text):
        end = m.end()
        while end < n and text[end] in " \t":
            end += 1
        start = words_back(text, m.start(), PERSON_FROM_WORDS)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    for start, end in windows:
        yield from PERSON_FROM_RE.finditer(text, start, end)


def words_back(text: str, pos: int, count: int) -> int:
    """Where the ``count``-th blank-separated word before ``pos`` starts, or the start of the
    line of ``pos`` when it holds fewer words (a word run together by tabs counts as one:
    the window is then only wider)."""
    lo = text.rfind("\n", 0, pos) + 1
    start = pos
    for _ in range(count):
        while start > lo and text[start - 1] in " \t":
            start -= 1
        k = text.rfind(" ", lo, start)
        if k < 0:
            return lo
        start = k + 1
    return start


def ending_at(
    rx: re.Pattern[str], ends: list[int], text: str, reach: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` run only just before the anchor ``ends`` (ascending).

    Every match of ``rx`` ends at one of ``ends`` and is at most ``reach`` characters long,
    so only the ``reach`` characters before each end need scanning. Overlapping windows
    are merged, so a match never starts inside an earlier one.
    """
    i = 0
    while i < len(ends):
        start = max(0, ends[i] - reach)
        end = ends[i]
        i += 1
        while i < len(ends) and ends[i] - reach <= end:
            end = ends[i]
            i += 1
        yield from rx.finditer(text, start, end)


# The shortest part looked for in place of the words that hold it ("ionen" of
# "inspektionen" and "delegationen"): a shorter one occurs in too many everyday words.
SHARED_PART_MIN = 5


def shared_parts(words: tuple[str, ...]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Few strings that together occur in every one of ``words``, each with the words that
    hold it and where: greedily the part of at least SHARED_PART_MIN characters held by the
    most words not yet covered, then each word left on its own, a word that holds another
    dropped ("förbundet" is found by the loop for "förbund"). One ``str.find`` loop then
    serves several words."""
    left = set(words)
    parts: list[str] = []
    while left:
        best, held = "", list[str]()
        for w in sorted(left):
            for i in range(len(w)):
                for j in range(i + SHARED_PART_MIN, len(w) + 1):
                    holders = [v for v in left if w[i:j] in v]
                    more = len(holders) > len(held)
                    if more or (len(holders) == len(held) > 1 and j - i > len(best)):
                        best, held = w[i:j], holders
        if len(held) < 2:
            break
        parts.append(best)
        left.difference_update(held)
    parts += [w for w in words if w in left]
    keys = [k for k in parts if not any(q != k and q in k for q in parts)]
    table: dict[str, tuple[tuple[str, int], ...]] = {}
    for k in keys:
        table[k] = tuple(
            (w, o) for w in words for o in range(len(w) - len(k) + 1) if w.startswith(k, o)
        )
    return table


# The body endings by the parts looked for.
_BODY_ENDING_PARTS = shared_parts(BODY_ENDINGS)


def body_ends(text: str) -> list[int]:
    """Where a body ending ends a word (or its genitive), not followed by a hyphen: the ends
    of BODY_END_RE's matches ("Trafikverket", "Trafikverkets"), found with ``str.find``
    (one loop per shared part, see :func:`shared_parts`)."""
    n = len(text)
    ends: set[int] = set()
    for part, words in _BODY_ENDING_PARTS.items():
        p = text.find(part)
        while p >= 0:
            for word, offset in words:
                q = p - offset
                if q < 0 or not text.startswith(word, q):
                    continue
                e = q + len(word)
                # A genitive "s" may follow: "Utrikesdepartementets".
                f = e + 1 if text[e : e + 1] == "s" else e
                if _word_ends(text, e, n) or (f > e and _word_ends(text, f, n)):
                    ends.add(e)
            p = text.find(part, p + 1)
    return sorted(ends)


def _word_ends(text: str, pos: int, n: int) -> bool:
    """True when no word character or hyphen stands at ``pos`` (``n`` is the length)."""
    return pos == n or not (text[pos].isalnum() or text[pos] in "_-")


def head_noun_ends(text: str, index: WordIndex) -> list[int]:
    """Where a head noun ends that follows a blank: the ends of HEAD_NOUN_END_RE's matches."""
    return [
        p + len(w)
        for p, w in words_at(index, [w for w in NAME_HEAD_NOUNS if w in index.words])
        if after_blank(text, p) and text[p + len(w) : p + len(w) + 1] != "-"
    ]


@cache
def gazetteer_lead_words() -> frozenset[str]:
    """The first run of word characters of each gazetteer index word ("Dals" of "Dals-Eds")."""
    lead: set[str] = set()
    for key in gazetteer().by_first_word:
        m = WORD_RUN_RE.match(key)
        if m:
            lead.add(m.group(0))
    return frozenset(lead)


@cache
def gazetteer_group_rx(first: str) -> re.Pattern[str]:
    """The gazetteer names that start with ``first``, longest first, each not followed by a
    letter or digit: the first that matches is the one the loop over the names takes."""
    names = gazetteer().by_first_word[first]
    return re.compile("(?:" + "|".join(map(re.escape, names)) + r")(?![^\W_])")


def name_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the capitalized name that ends at ``hi`` (blanks allowed), starting at ``lo`` or later.

    The same span as ``NAME_BEFORE_RE.search(text, lo, hi)`` gives: the leftmost name start
    whose longest name run reaches ``hi``. Trying the few capitals in the window one by one
    avoids the regex retrying every word length at every start.
    """
    # Like "$", the window may end with one line break.
    j = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi
    while j > lo and text[j - 1] in " \t":
        j -= 1
    # The name's last character is a word character, an apostrophe, a hyphen or a domain.
    if j <= lo or not (text[j - 1].isalnum() or text[j - 1] in "_’'-"):
        return None
    for start in NAME_START_RE.finditer(text, lo, j):
        m = NAME_AT_RE.match(text, start.start(), hi)
        if m and m.end() == j:
            return (m.start(), j)
    return None


# The words that join two names after a blank (LIST_NEXT_RE's), and the blanks.
_JOINS_AFTER_BLANK = (*LIST_JOIN_WORDS, "&")
_BLANKS = frozenset(" \t")


def may_list_next(text: str, pos: int) -> bool:
    """False when :func:`list_next` gives None at ``pos`` for its first characters alone
    (the same tests, without a call per mention)."""
    c = text[pos : pos + 1]
    return c == "," or (
        c in _BLANKS
        and (text[pos + 1 : pos + 2] in _BLANKS or text.startswith(_JOINS_AFTER_BLANK, pos + 1))
    )


def may_list_prev(text: str, start: int) -> bool:
    """False when :func:`list_prev` gives None at ``start`` for the characters before it
    alone: a join ends in a comma, or in a blank after a comma, a blank or a join word
    (then maybe one line break)."""
    k = start - 1
    if k > 0 and text[k] == "\n":
        k -= 1
    if k <= 0:
        return False
    c = text[k]
    return c == "," or (c in _BLANKS and text[k - 1] in _PREV_BEFORE_BLANK)


# What stands before the blank that ends a join: a comma, another blank or a join word's
# last letter.
_PREV_BEFORE_BLANK = frozenset([",", " ", "\t", *(w[-1] for w in LIST_JOIN_WORDS)])


def list_next(text: str, pos: int) -> re.Match[str] | None:
    """``LIST_NEXT_RE.match(text, pos)``, tried only where the characters at ``pos`` allow
    it: a comma, or a blank followed by a join word or another blank (most names end
    before a blank and an everyday word)."""
    c = text[pos : pos + 1]
    if c not in LIST_NEXT_FIRST_CHARS:
        return None
    if (
        c == ","
        or text[pos + 1 : pos + 2] in _BLANKS
        or text.startswith(_JOINS_AFTER_BLANK, pos + 1)
    ):
        return LIST_NEXT_RE.match(text, pos)
    return None


def list_prev(text: str, start: int) -> tuple[int, int] | None:
    """A name listed just before ``start``: "Region Skåne och " or "Vinnova, ".

    The same as ``LIST_PREV_RE.search(text, start - 60, start)``: the join is read off the
    end of the window and the name must end right before it.
    """
    lo = max(0, start - 60)
    # Like "$", the window may end with one line break.
    end = start - 1 if start > lo and text[start - 1] == "\n" else start
    j = end
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j <= lo:
        return None
    if text[j - 1] == ",":
        # The name ends right at the comma.
        return None if text[j - 2] in " \t\n" else name_before(text, lo, j - 1)
    # Most names are followed by no join word at all: one test for the three.
    if j == end or not text.endswith(LIST_JOIN_WORDS, lo, j):
        return None
    for word in LIST_JOIN_WORDS:
        k = j - len(word)
        if k > lo and text.startswith(word, k) and text[k - 1] in " \t":
            while k > lo and text[k - 1] in " \t":
                k -= 1
            return None if text[k - 1] == "\n" else name_before(text, lo, k)
    return None


# Each cue pattern and the check on the character before its start.
CUE_PATTERNS: dict[str, tuple[re.Pattern[str], Callable[[str, int], bool]]] = {
    "prefix": (PREFIX_RE, word_start),
    "role_prep": (ROLE_PREP_RE, word_start),
    "org_noun": (ORG_NOUN_RE, word_start),
    "object": (OBJECT_RE, word_start),
    "joins": (TILL_SOM_RE, word_start),
    "worked_at": (WORKED_AT_RE, word_start),
    "role_bare": (ROLE_BARE_RE, word_start),
    "subject": (SUBJECT_RE, after_blank),
}
# Which cue patterns can start with a given word.
_CUE_KINDS_BY_WORD: dict[str, tuple[str, ...]] = {}
for _kind, _words in CUE_FIRST_WORDS.items():
    for _w in _words:
        _first = _w.split()[0]
        if _kind not in _CUE_KINDS_BY_WORD.get(_first, ()):
            _CUE_KINDS_BY_WORD[_first] = (*_CUE_KINDS_BY_WORD.get(_first, ()), _kind)


# The other words of each cue phrase, by first word and kind ("utsett" of "har utsett").
_CUE_REST: dict[tuple[str, str], list[frozenset[str]]] = {}
for _kind, _words in CUE_FIRST_WORDS.items():
    for _w in _words:
        _parts = _w.split()
        _CUE_REST.setdefault((_parts[0], _kind), []).append(frozenset(_parts[1:]))
# TILL_SOM_RE needs "som" and one of these after the name ("till X som ny vd").
_JOINS_NEW_WORDS = frozenset(["ny", "nya", "new"])
# Per cue first word, its kinds and the other words each needs (None: a one-word cue).
_CUE_TABLE: dict[str, tuple[tuple[str, list[frozenset[str]] | None], ...]] = {
    word: tuple(
        (kind, None if any(not rest for rest in _CUE_REST[word, kind]) else _CUE_REST[word, kind])
        for kind in kinds
    )
    for word, kinds in _CUE_KINDS_BY_WORD.items()
}
# The cue first words tried wherever they stand (every kind a one-word cue, none "joins").
_CUE_ALWAYS: dict[str, tuple[str, ...]] = {
    word: kinds
    for word, kinds in _CUE_KINDS_BY_WORD.items()
    if all(rests is None and kind != "joins" for kind, rests in _CUE_TABLE[word])
}
_CUE_ALWAYS_WORDS = frozenset(_CUE_ALWAYS)
_CUE_CONDITIONAL_WORDS = frozenset(_CUE_KINDS_BY_WORD).difference(_CUE_ALWAYS)


# Single words the rules look for by name ("AB Volvo", "& Co", "andra företag", "region X")
# and the words after the first of a cue phrase ("utsett" of "har utsett").
_NAMED_WORDS = frozenset(["AB", "Co", "andra", "region", "som", *_JOINS_NEW_WORDS]).union(
    *(rest for rests in _CUE_REST.values() for rest in rests)
)
_CUE_FIRST = frozenset(_CUE_KINDS_BY_WORD)


@cache
def index_words() -> frozenset[str]:
    """Every word the rules look up in a text: cue words, legal forms, head nouns, company
    words, institutions, listing verbs, genitive roles, name-start words, gazetteer lead words and the
    named ones."""
    return frozenset().union(
        _NAMED_WORDS,
        _CUE_FIRST,
        COMPANY_SUFFIX_FIRST_WORDS,
        COMPANY_SUFFIX_LETTER_FORMS.values(),
        NAME_HEAD_NOUNS,
        INSTITUTIONS,
        LISTING_VERBS,
        COMPANY_NAME_FORMS,
        ENGLISH_BODY_HEADS,
        GENITIVE_ROLE_WORDS,
        NAME_START_WORDS,
        gazetteer_lead_words(),
    )


@cache
def index_rx() -> re.Pattern[str]:
    """Any of :func:`index_words` standing as a whole run of word characters (built on first
    use, since the gazetteer is read lazily)."""
    return re.compile(r"(?<!\w)(?:" + alt_trie(index_words()) + r")(?!\w)")


# From this length on, one pass of index_rx over the text costs less than a set of all its
# words plus a ``str.find`` loop over the whole text per word looked up (a long text holds
# more of the vocabulary, and each loop also stops inside longer words: "är" of "där").
INDEX_PASS_MIN = 5_000


class WordIndex:
    """The words of one text that the rules look up, and where they stand as whole runs of
    word characters.

    ``words`` holds every looked-up word that occurs and no other word (a few dozen per
    text, so that each rule's intersection with its vocabulary is cheap); ``at`` gives a
    word's start positions in ascending order.
    """

    __slots__ = ("_at", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: dict[str, list[int]] = {}
        if len(text) >= INDEX_PASS_MIN:
            for m in index_rx().finditer(text):
                at = self._at.get(m.group())
                if at is None:
                    self._at[m.group()] = [m.start()]
                else:
                    at.append(m.start())
            self.words: frozenset[str] = frozenset(self._at)
        else:
            self.words = _looked_up_runs(text)

    def at(self, word: str) -> list[int]:
        """Start positions of ``word`` standing as a whole run of word characters."""
        at = self._at.get(word)
        if at is None:
            at = self._at[word] = whole_word_starts(self.text, word) if word in self.words else []
        return at


# The ASCII characters that are no word characters (all but letters, digits, "_" and the
# blanks), each mapped to a space: a word run never spans one.
_ASCII_NON_WORD = bytes(
    c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_" or chr(c).isspace())
)
_ASCII_NON_WORD_TO_SPACE = bytes.maketrans(_ASCII_NON_WORD, b" " * len(_ASCII_NON_WORD))


def _looked_up_runs(text: str) -> frozenset[str]:
    """The runs of word characters of ``text`` that :func:`index_words` holds: the same as
    ``index_words() & set(WORD_RUN_RE.findall(text))``, more cheaply. A word run never
    spans a blank or an ASCII punctuation mark, so those become spaces first (one table
    lookup per byte of the UTF-8 text, which keeps every other character whole); a
    blank-separated token that is then all ``isalnum()`` is one whole run (``\\w`` is
    ``isalnum()`` or "_"), and only the few other tokens ("_", "–") need the regex."""
    vocabulary = index_words()
    spaced = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD_TO_SPACE)
    tokens = spaced.decode("utf-8", "surrogatepass").split()
    mixed = " ".join(filterfalse(str.isalnum, tokens))
    return vocabulary.intersection(tokens).union(
        vocabulary.intersection(WORD_RUN_RE.findall(mixed))
    )


def _class_table() -> bytes:
    """The byte table from a Latin-1 character to its letter class (see CLASS_LETTERS)."""
    table = bytearray(b"." * 256)
    for cls, letters in CLASS_LETTERS.items():
        for c in letters:
            table[ord(c)] = ord(cls)
    return bytes(table)


_CLASS_TABLE = _class_table()


def letter_classes(text: str) -> bytes:
    """The class of each character of ``text``, one byte each (offsets are the text's): one
    C-level pass, after which the capitals' scans search literal bytes (ACRONYM_START_RE,
    LOWER_HEAD_START_RE) instead of a character class at every offset. A character beyond
    Latin-1 becomes "?" and so "." (no class names it)."""
    return text.encode("latin-1", "replace").translate(_CLASS_TABLE)


def whole_word_starts(text: str, word: str) -> list[int]:
    found: list[int] = []
    n = len(text)
    size = len(word)
    p = text.find(word)
    while p >= 0:
        e = p + size
        # No word character around (the same test as \w).
        if (p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "_")) and (
            e == n or not (text[e].isalnum() or text[e] == "_")
        ):
            found.append(p)
        # Another whole-word occurrence cannot start inside this one.
        p = text.find(word, e)
    return found


def words_at(index: WordIndex, words: Iterable[str]) -> list[tuple[int, str]]:
    """``(position, word)`` of each of ``words`` in the text of ``index``, in text order."""
    found = [(p, w) for w in words for p in index.at(w)]
    found.sort()
    return found


def matches_at(
    rx: re.Pattern[str],
    text: str,
    starts: Iterable[int],
    before: Callable[[str, int], bool] = word_start,
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` when every match must start at one of ``starts`` (in order)."""
    last_end = 0
    for pos in starts:
        if pos < last_end or not before(text, pos):
            continue
        m = rx.match(text, pos)
        if m:
            yield m
            last_end = max(m.end(), pos + 1)


def find_cues(text: str, index: WordIndex) -> dict[str, list[re.Match[str]]]:
    """Each cue pattern's matches, as ``finditer`` would give them, from the text's words."""
    found: dict[str, list[re.Match[str]]] = {kind: [] for kind in CUE_FIRST_WORDS}
    last_end = dict.fromkeys(CUE_FIRST_WORDS, 0)
    tries = _cue_tries(index.words)
    for pos, word in words_at(index, tries):
        # The checks before a cue (see CUE_PATTERNS), read once for all the cues of the word:
        # a cue starts a word, and the subject's verb follows a blank.
        blank = False
        if pos:
            c = text[pos - 1]
            if c.isalnum() or c in "_-":
                continue
            blank = c in " \t"
        for kind, rx, after_blank_only in tries[word]:
            if pos < last_end[kind] or (after_blank_only and not blank):
                continue
            hit = rx.match(text, pos)
            if hit:
                found[kind].append(hit)
                last_end[kind] = max(hit.end(), pos + 1)
    return found


# One cue pattern to try at a word: its kind, its pattern and whether a blank must stand
# before it (after_blank; otherwise word_start, which after_blank implies).
_CueTry = tuple[str, re.Pattern[str], bool]


def _cue_try(kind: str) -> _CueTry:
    rx, before = CUE_PATTERNS[kind]
    return (kind, rx, before is after_blank)


# Per cue first word tried wherever it stands, its patterns.
_ALWAYS_TRIES: dict[str, tuple[_CueTry, ...]] = {
    word: tuple(map(_cue_try, kinds)) for word, kinds in _CUE_ALWAYS.items()
}


def _cue_tries(words: frozenset[str]) -> dict[str, tuple[_CueTry, ...]]:
    """The cue patterns to try at each of ``words``: a cue is tried only where all of its
    words occur in the text ("har" of "har utsett" only when "utsett" does too); frequent
    first words then cost nothing."""
    joins = "som" in words and not _JOINS_NEW_WORDS.isdisjoint(words)
    tries = {w: _ALWAYS_TRIES[w] for w in _CUE_ALWAYS_WORDS.intersection(words)}
    for word in _CUE_CONDITIONAL_WORDS.intersection(words):
        needed = _CONDITIONAL_NEEDS[word]
        if needed is not None and needed.isdisjoint(words):
            continue
        kinds = tuple(
            cue_try
            for cue_try, rests in _CONDITIONAL_TRIES[word]
            if (joins or cue_try[0] != "joins")
            and (rests is None or any(map(words.issuperset, rests)))
        )
        if kinds:
            tries[word] = kinds
    return tries


# Per cue first word tried only with its other words, each pattern and the words it needs.
_CONDITIONAL_TRIES: dict[str, tuple[tuple[_CueTry, list[frozenset[str]] | None], ...]] = {
    word: tuple((_cue_try(kind), rests) for kind, rests in _CUE_TABLE[word])
    for word in _CUE_CONDITIONAL_WORDS
}
# Per such word, every other word its cues may need, when each of its cues needs one (None
# otherwise): a text with none of them tries none of its cues.
_CONDITIONAL_NEEDS: dict[str, frozenset[str] | None] = {
    word: None
    if any(rests is None for _, rests in entries)
    else frozenset().union(*(rest for _, rests in entries if rests for rest in rests))
    for word, entries in _CONDITIONAL_TRIES.items()
}
