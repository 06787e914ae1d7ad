"""What a name found by a weak context rule must not be: a common word, a person.

Swedish capitalizes only a sentence's first word and names, so a capitalized word is a name
only when it is not a word the language uses every day ("Flera är också ...", "Materialet
är ..."), and a name is an organization only when it is not a person's ("Simona Mohamsson",
"Jan Eliassons"). The frequency lexicon and the given-name lexicon decide; the strong shapes
(a legal form, a public body's ending, a gazetteer name) need no such test.
"""

from __future__ import annotations

from functools import lru_cache

from pressparse.lexicon.firstnames import is_first_name
from pressparse.lexicon.frequency import COMMON_ZIPF, zipf
from pressparse.lexicon.orgs import BODY_ENDINGS, NAME_END_WORDS, NAME_HEAD_NOUNS, gazetteer

# Definite endings of Swedish nouns, longest first: "egenskaperna" is "egenskaper" + "na",
# "materialet" is "material" + "et" (Swedish grammar: the suffixed article).
DEFINITE_ENDINGS: tuple[str, ...] = ("arna", "erna", "orna", "na", "en", "et", "n", "t")
# Zipf frequency from which the indefinite stem of a definite noun is a common word: a
# definite form is rarer than its stem ("materialet" 4.05, "material" 4.6), and few
# organizations are an everyday noun in the definite ("trafikverk" 1.4).
COMMON_STEM_ZIPF = 4.0
# The organization heads that end a name made of capitalized words ("Nordic Waterproofing
# Holding", "Karolinska Institutet"): such a name is not a person's.
_ORG_TAILS = tuple(w.casefold() for w in (*BODY_ENDINGS, *NAME_HEAD_NOUNS, *NAME_END_WORDS))


@lru_cache(maxsize=1 << 14)
def is_common_word(name: str) -> bool:
    """True for one capitalized word that is an everyday Swedish word or the definite form
    of one, and no gazetteer name.

    >>> is_common_word("Flera"), is_common_word("Materialet"), is_common_word("Scalado")
    (True, True, False)
    >>> is_common_word("Trafikverket"), is_common_word("SVT")
    (False, False)
    """
    if " " in name or name.isupper() or name in gazetteer().names:
        return False
    word = name.casefold()
    if zipf(word) >= COMMON_ZIPF:
        return True
    for ending in DEFINITE_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 3:
            return zipf(stem) >= COMMON_STEM_ZIPF
    return False


# How much more frequent in Swedish than in English a Swedish everyday word is ("svenska"
# 5.6 against 2.0); an international name is as frequent in both ("google", "twitter").
SWEDISH_MARGIN = 1.0


def is_swedish_word(word: str) -> bool:
    """True for a word clearly more Swedish than English.

    >>> is_swedish_word("Europeiska"), is_swedish_word("Google")
    (True, False)
    """
    return zipf(word) - zipf(word, "en") >= SWEDISH_MARGIN


@lru_cache(maxsize=1 << 14)
def is_person(name: str) -> bool:
    """True for a person's name: a given name first, then only capitalized words, none an
    organization's head (a genitive "Eliassons" counts as the name).

    >>> is_person("Simona Mohamsson"), is_person("Jan Eliassons"), is_person("Anna Berg")
    (True, True, True)
    >>> is_person("Karolinska Institutet"), is_person("Henrik Group"), is_person("Anna")
    (False, False, False)
    """
    words = name.split()
    if not 2 <= len(words) <= 4 or not is_first_name(words[0]):
        return False
    if not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    return not words[-1].casefold().endswith(_ORG_TAILS)


def sentence_start(text: str, pos: int) -> bool:
    """True when ``pos`` starts a line or a sentence: only blanks, a dash or a quotation
    mark stand between it and a line break or a sentence's end ("– Flera", ". Materialet").

    >>> sentence_start("Bra. Flera är", 5), sentence_start("kunder som Flera", 11)
    (True, False)
    """
    i = pos
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    return i == 0 or (text[i - 1] in _SENTENCE_ENDS and (i < pos or text[i - 1] == "\n"))


# What may stand between a sentence's end and its first word: blanks, dashes, quotes.
_OPENERS = frozenset(" \t–—-”\"'»«(")
# What ends the previous sentence (or line).
_SENTENCE_ENDS = frozenset(".!?:\n")
