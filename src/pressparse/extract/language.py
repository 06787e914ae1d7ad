"""Language of the release: py3langid (a naive Bayes model over byte n-grams, BSD-3),
restricted to the languages a Swedish press archive holds; None when unclear."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Languages a release in a Swedish archive is written in: Swedish, its Nordic neighbours
# (Norwegian as "no" or "nn", Danish, Finnish, Icelandic) and the foreign languages of
# trade. Outside this set the model's other 90 languages would only add confusions
# (Swedish read as Luxembourgish or Faroese on short texts).
LANGUAGES = ("sv", "en", "no", "nn", "da", "fi", "is", "de", "fr", "es")
# Below this probability (normalized over LANGUAGES) the text is too short or too mixed.
MIN_PROBABILITY = 0.6
# At least this many words: a headline alone does not tell Swedish from Norwegian.
MIN_WORDS = 5
# Characters read: the opening tells the language, and the cost stays flat.
SAMPLE_CHARS = 5000
# A word of letters, for counting words.
WORD_RE = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The model, loaded once per process on first use (about a second; import stays fast)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code from :data:`LANGUAGES`, or None when the text is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(WORD_RE.findall(sample)) < MIN_WORDS:
        return None
    lang, probability = _identifier().classify(sample)
    if probability < MIN_PROBABILITY:
        return None
    return str(lang)
