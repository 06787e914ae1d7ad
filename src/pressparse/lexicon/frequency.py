"""How common a Swedish word is: the frequency lexicon every name decision asks.

Source: the ``wordfreq`` package (Robyn Speer et al.; code Apache-2.0, data CC BY-SA 4.0),
its Swedish list built from Wikipedia, subtitles, news, web text and Twitter. Frequencies are
on the Zipf scale: 7 for the most frequent words ("och"), 6 for "många", about 4 for a word
seen once per hundred thousand ("ericsson" 4.1), 0 for words it has never seen.

The list is loaded on first use, not at import (importing wordfreq costs about 0.3 s).
"""

from __future__ import annotations

from functools import lru_cache

# Zipf frequency from which a Swedish word is common: "många" (6.1), "dagens" (5.2),
# "målet" (4.9), "informationen" (4.46) are above; most organization names are below
# ("ericsson" 4.1, "trafikverket" 4.1, "skanska" 3.4). A few famous names are above too
# ("volvo" 4.43, "polisen" 5.5, "sida" 5.3 is also the word "page"): frequency says a
# capitalized word *may* be a common word; a name decision weighs it with other evidence.
COMMON_ZIPF = 4.4


@lru_cache(maxsize=1 << 16)
def zipf(word: str, lang: str = "sv") -> float:
    """The Zipf frequency of ``word`` (any case) in ``lang``; 0.0 when unknown.

    >>> zipf("många") > 6 > zipf("trafikverket")
    True
    """
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), lang))


def is_common_word(word: str, threshold: float = COMMON_ZIPF) -> bool:
    """True when ``word`` is a common Swedish word (a sentence-initial "Många", "Målet").

    >>> is_common_word("Många"), is_common_word("Trafikverket")
    (True, False)
    """
    return zipf(word) >= threshold
