"""How common a Swedish word is: the frequency lexicon every name decision asks.

Source: the ``wordfreq`` package (Robyn Speer et al.; code Apache-2.0, data CC BY-SA 4.0),
its Swedish list built from Wikipedia, subtitles, news, web text and Twitter. Frequencies are
on the Zipf scale: 7 for the most frequent words ("och"), 6 for "många", about 4 for a word
seen once per hundred thousand ("ericsson" 4.1), 0 for words it has never seen.

The list is loaded on first use, not at import (importing wordfreq costs about 0.3 s).
"""

from __future__ import annotations

import gzip
import math
from functools import cache, lru_cache
from itertools import groupby
from operator import itemgetter

# Zipf frequency from which a Swedish word is common: "många" (6.1), "dagens" (5.2),
# "målet" (4.9), "informationen" (4.46) are above; most organization names are below
# ("ericsson" 4.1, "trafikverket" 4.1, "skanska" 3.4). A few famous names are above too
# ("volvo" 4.43, "polisen" 5.5, "sida" 5.3 is also the word "page"): frequency says a
# capitalized word *may* be a common word; a name decision weighs it with other evidence.
COMMON_ZIPF = 4.4


# The words of a list are kept grouped by their first PREFIX_CHARS characters, each group as
# one string ("\nword\nword\n") and the words' frequency buckets as two bytes each: about
# 6 MB per language where wordfreq's own dictionary and list take about 40 MB.
PREFIX_CHARS = 3
# While the list is read, a group's pieces (one per bucket) are joined when this many: few
# small strings alive at once.
PIECES_JOINED = 8
# A word list as grouped: prefix -> (words joined by newlines, their buckets), and the words
# that hold a newline themselves (none in wordfreq's lists so far), word -> bucket.
_Groups = dict[str, tuple[str, bytes]]
_Table = tuple[_Groups, dict[str, int]]
_PREFIX = itemgetter(slice(0, PREFIX_CHARS))


@lru_cache(maxsize=1 << 16)
def zipf(word: str, lang: str = "sv") -> float:
    """The Zipf frequency of ``word`` (any case) in ``lang``; 0.0 when unknown: the value of
    ``wordfreq.zipf_frequency(word.lower(), lang)``, read from the grouped table.

    >>> zipf("många") > 6 > zipf("trafikverket")
    True
    """
    from wordfreq import freq_to_zipf, zipf_to_freq

    freq = _word_frequency(word.lower(), lang, zipf_to_freq(0.0))
    return float(round(freq_to_zipf(freq), 2))


def _word_frequency(word: str, lang: str, minimum: float) -> float:
    """``wordfreq``'s word frequency of ``word`` (its tokens, their digits and their
    rounding, step for step), each token's bucket looked up in :func:`_table`."""
    from wordfreq import INFERRED_SPACE_FACTOR, cB_to_freq
    from wordfreq.language_info import get_language_info
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return minimum
    table = _table(lang)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        bucket = _bucket(table, smashed)
        if bucket is None:
            return minimum
        freq: float = cB_to_freq(-bucket)
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if get_language_info(lang)["tokenizer"] == "jieba":
        freq *= INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def _bucket(table: _Table, token: str) -> int | None:
    """The frequency bucket (centibels below 1) of ``token``, or None when it is not listed."""
    groups, odd = table
    if "\n" in token:
        return odd.get(token)
    group = groups.get(token[:PREFIX_CHARS])
    if group is None:
        return None
    words, buckets = group
    at = words.find(f"\n{token}\n")
    if at < 0:
        return None
    k = words.count("\n", 0, at)
    return int.from_bytes(buckets[2 * k : 2 * k + 2], "little")


@cache
def _table(lang: str) -> _Table:
    """The best wordfreq list of ``lang`` (the one ``zipf_frequency`` reads), grouped; read
    one frequency bucket at a time, so the whole list is never in memory as Python objects."""
    import langcodes
    import msgpack  # type: ignore[import-untyped]  # wordfreq's own reader of its lists
    from wordfreq import available_languages

    available = available_languages("best")
    best, _distance = langcodes.closest_match(lang, list(available), max_distance=60)
    if best == "und":
        raise LookupError(f"No wordlist 'best' available for language {lang!r}")
    pieces: dict[str, list[str]] = {}
    codes: dict[str, bytearray] = {}
    odd: dict[str, int] = {}
    with gzip.open(available[best], "rb") as infile:
        unpacker = msgpack.Unpacker(infile, raw=False)
        n = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"Unexpected header: {header!r}")
        for bucket in range(n - 1):
            _add_bucket(unpacker.unpack(), bucket, pieces, codes, odd)
    groups: _Groups = {}
    for p in list(pieces):  # popped one by one: the pieces go as their group is made
        groups[p] = _group("\n".join(pieces.pop(p)), bytes(codes.pop(p)))
    return groups, odd


def _add_bucket(
    words: list[str],
    bucket: int,
    pieces: dict[str, list[str]],
    codes: dict[str, bytearray],
    odd: dict[str, int],
) -> None:
    """Add one bucket's words to their groups, one joined piece per run of a prefix (the
    words of a bucket are in alphabetical order: a prefix's words stand together)."""
    if sum(w.count("\n") for w in words):
        for w in words:
            if "\n" in w:
                odd[w] = bucket  # a later (rarer) bucket wins, as in wordfreq's dictionary
        words = [w for w in words if "\n" not in w]
    code = bucket.to_bytes(2, "little")
    for p, run in groupby(words, key=_PREFIX):
        ws = list(run)
        group = pieces.setdefault(p, [])
        group.append("\n".join(ws))
        if len(group) >= PIECES_JOINED:
            group[:] = ["\n".join(group)]
        codes.setdefault(p, bytearray()).extend(code * len(ws))


def _group(joined: str, buckets: bytes) -> tuple[str, bytes]:
    """One group as looked up; a word listed twice keeps its last (rarer) bucket, as in
    wordfreq's dictionary, whose later entries overwrite the earlier ones."""
    words = joined.split("\n")
    if len(set(words)) != len(words):
        last = {w: buckets[2 * k : 2 * k + 2] for k, w in enumerate(words)}
        words = list(last)
        buckets = b"".join(last.values())
    return "\n" + "\n".join(words) + "\n", buckets


def is_common_word(word: str, threshold: float = COMMON_ZIPF) -> bool:
    """True when ``word`` is a common Swedish word (a sentence-initial "Många", "Målet").

    >>> is_common_word("Många"), is_common_word("Trafikverket")
    (True, False)
    """
    return zipf(word) >= threshold
