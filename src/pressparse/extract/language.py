"""Language of the release: py3langid (a naive Bayes model over byte n-grams, BSD-3),
restricted to the languages a Swedish press archive holds; None when unclear.

Most releases are plainly Swedish or English: words only those languages use (Swedish
"och", "inte"; English "the", "which") decide them at the cost of a word count, and the
model reads the rest (Norwegian, Danish, mixed or short texts), which a word count of
Swedish and English would read as Swedish."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pressparse.document import Document, Finding
from pressparse.rule_ids import LanguageRule

# Languages a release in a Swedish archive is written in: Swedish, its Nordic neighbours
# (Norwegian as "no" or "nn", Danish, Finnish, Icelandic) and the foreign languages of
# trade. Outside this set the model's other 90 languages would only add confusions
# (Swedish read as Luxembourgish or Faroese on short texts).
LANGUAGES = ("sv", "en", "no", "nn", "da", "fi", "is", "de", "fr", "es")
# Below this probability (normalized over LANGUAGES) the text is too short or too mixed.
MIN_PROBABILITY = 0.6
# At least this many words: a headline alone does not tell Swedish from Norwegian.
MIN_WORDS = 5
# Characters read: the opening tells the language, and the cost stays flat. The model,
# whose cost grows with the text, reads the first MODEL_CHARS of them.
SAMPLE_CHARS = 5000
MODEL_CHARS = 1500
# A word of letters, for counting words.
WORD_RE = re.compile(r"[^\W\d_]{2,}")
# Frequent words each language has and its neighbours (Norwegian, Danish, German, Dutch)
# do not: Norwegian and Danish write "og", "ikke", "også", "til", "af"; a text full of one
# set and nearly free of the other sets is that language.
MARKERS: dict[str, frozenset[str]] = {
    "sv": frozenset(["och", "är", "inte", "också", "till", "att", "ett", "för", "av", "ska"]),
    "en": frozenset(["the", "and", "of", "which", "is", "with", "that", "this", "are", "from"]),
}
# Marker words of neighbours of Swedish, which send a text to the model.
NEIGHBOUR_MARKERS = frozenset(
    ["og", "ikke", "også", "til", "af", "et", "å", "jeg", "hvor", "skal", "blev", "ble", "und"]
)
# A language is decided by its markers when it has at least this many in the sample and
# this many times more than the other languages' and the neighbours' together.
MIN_MARKERS = 8
MARKER_RATIO = 6


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The model, loaded once per process on first use (about a second; import stays fast)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    # set_languages keeps the full 97-language model beside the subset it made (about
    # 100 MB per process); nothing here resets the languages, so let the full one go.
    if hasattr(identifier, "_full_model"):
        identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
    return identifier


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code from :data:`LANGUAGES`, or None when the text is too short or unclear."""
    return _detect(text)[0]


def _detect(text: str) -> tuple[str | None, LanguageRule]:
    sample = text[:SAMPLE_CHARS]
    words = WORD_RE.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None, "language.function_words"
    decided = _by_markers(words)
    if decided is not None:
        return decided, "language.function_words"
    lang, probability = _identifier().classify(sample[:MODEL_CHARS])
    if probability < MIN_PROBABILITY:
        return None, "language.identifier"
    return str(lang), "language.identifier"


def _by_markers(words: list[str]) -> str | None:
    """Swedish or English when their marker words leave no doubt; else None (ask the model)."""
    counts = {lang: sum(map(markers.__contains__, words)) for lang, markers in MARKERS.items()}
    others = sum(map(NEIGHBOUR_MARKERS.__contains__, words))
    for lang, n in counts.items():
        rest = others + sum(v for k, v in counts.items() if k != lang)
        if n >= MIN_MARKERS and n >= MARKER_RATIO * rest:
            return lang
    return None


def extract_language(doc: Document) -> Finding[str] | None:
    """The language of ``doc`` as a finding (no span: it is read from the whole text), with
    the rule that decided it: the marker words, or the identifier model.

    >>> text = "Vi har i dag fått ett nytt uppdrag som vi är glada för."
    >>> extract_language(Document(text, (), "text"))
    Finding(value='sv', span=None, rule='language.identifier')
    """
    lang, rule = _detect(doc.text)
    return Finding(lang, None, rule) if lang is not None else None
