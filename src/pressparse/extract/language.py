"""Language of the release, from function words (Swedish or English; None when unclear)."""

from __future__ import annotations

import re

from pressparse.document import Document, Finding
from pressparse.rule_ids import LanguageRule

# Frequent function words of each language, chosen to be rare in the other.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "sv": frozenset(
        [
            "och",
            "att",
            "det",
            "som",
            "är",
            "för",
            "med",
            "på",
            "av",
            "till",
            "den",
            "har",
            "inte",
            "en",
            "ett",
            "vi",
            "de",
            "om",
            "kan",
            "ska",
            "också",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "for",
            "with",
            "on",
            "that",
            "by",
            "this",
            "are",
            "be",
            "has",
            "have",
            "was",
            "from",
            "at",
            "will",
        ]
    ),
}
# Lowercase words, for counting.
WORD_RE = re.compile(r"[a-zåäöéü]+")


def detect_language(text: str) -> str | None:
    """'sv', 'en' or None; reads at most the first 5,000 characters."""
    # The words are listed in C; each language's set is asked about each word in C too.
    words = WORD_RE.findall(text[:5000].lower())
    counts = {lang: sum(map(fw.__contains__, words)) for lang, fw in FUNCTION_WORDS.items()}
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 3:
        return None
    return lang


# The rule behind :func:`detect_language`'s answer: it counts function words.
DETECTION_RULE: LanguageRule = "language.function_words"


def extract_language(doc: Document) -> Finding[str] | None:
    """The language of ``doc`` as a finding (no span: it is read from the whole text).

    >>> text = "Vi har i dag fått ett nytt uppdrag som vi är glada för."
    >>> extract_language(Document(text, (), "text"))
    Finding(value='sv', span=None, rule='language.function_words')
    """
    lang = detect_language(doc.text)
    return Finding(lang, None, DETECTION_RULE) if lang is not None else None
