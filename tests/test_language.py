"""Language: Swedish and its neighbours told apart; None when the text is too short."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressparse.extract.language import LANGUAGES, detect_language

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic, in the shape of a government release in each language
        (
            "Regeringen har i dag beslutat att ge Statens energimyndighet i uppdrag att "
            "utreda hur elnätet kan byggas ut snabbare i hela landet.",
            "sv",
        ),
        (
            "Regjeringen har i dag besluttet å gi Statens vegvesen i oppdrag å utrede "
            "hvordan veinettet kan bygges ut raskere i hele landet.",
            "no",
        ),
        (
            "Regeringen har i dag besluttet at give Energistyrelsen til opgave at undersøge, "
            "hvordan elnettet kan udbygges hurtigere i hele landet.",
            "da",
        ),
        (
            "The government today decided to commission the Swedish Energy Agency to "
            "investigate how the grid can be expanded faster across the country.",
            "en",
        ),
        (
            "Hallitus päätti tänään antaa Energiavirastolle tehtäväksi selvittää, miten "
            "sähköverkkoa voidaan laajentaa nopeammin koko maassa.",
            "fi",
        ),
    ],
)
def test_nordic_languages_are_told_apart(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_real_swedish_release() -> None:
    text = (FIXTURES / "regionskane-livskraftigt-skane.txt").read_text(encoding="utf-8")
    assert detect_language(text) == "sv"


@pytest.mark.parametrize("text", ["", "Ny vd", "2016-01-18 10:43", "Kontakt: 08-123 45 67"])
def test_too_little_text_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_import_does_not_load_the_model() -> None:
    import subprocess
    import sys

    code = "import sys, pressparse; print('py3langid' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert "sv" in LANGUAGES and "no" in LANGUAGES


def test_restricted_load_is_the_librarys_model() -> None:
    # The model read column by column scores like the library's full model restricted by
    # set_languages, on the fixture releases and on pieces of them.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from pressparse.extract.language import _identifier

    ref = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ref.set_languages(list(LANGUAGES))
    ours = _identifier()
    assert ours.nb_classes == ref.nb_classes
    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for piece in (text[:1500], text[100:160], text[-200:], "Hei og takk", ""):
            assert ours.classify(piece) == ref.classify(piece)


@pytest.mark.parametrize(
    "text",
    [
        # real text (tests/fixtures/regionskane-livskraftigt-skane.txt), then synthetic
        # tokens with punctuation, digits, one-letter words and an underscore
        (FIXTURES / "regionskane-livskraftigt-skane.txt").read_text(encoding="utf-8"),
        "Och, (och) och. 2024-års och_att the² å og/ikke – så är det",
        "ett två",
    ],
)
def test_marker_words_are_those_of_the_word_pattern(text: str) -> None:
    from collections import Counter

    from pressparse.extract.language import _ALL_MARKERS, MIN_WORDS, WORD_RE, _marker_words

    low = text.lower()
    words = WORD_RE.findall(low)
    want = Counter(w for w in words if w in _ALL_MARKERS) if len(words) >= MIN_WORDS else None
    assert _marker_words(low) == want


@pytest.mark.parametrize(
    "text",
    [
        # real text (tests/fixtures/regionskane-livskraftigt-skane.txt), then synthetic
        # samples with the letters whose lower case is not their fold, and a sigma at the cut
        (FIXTURES / "regionskane-livskraftigt-skane.txt").read_text(encoding="utf-8"),
        "THİS İS the end and this is that which is with the İstanbul office",
        "Thıs ıs the ſtart and this is that which is with the Kılıç office",
        "ΟΔΟΣ" * 1300,
    ],
)
def test_the_sample_lowers_as_str_lower_would(text: str) -> None:
    from pressparse.document import fold
    from pressparse.extract.language import SAMPLE_CHARS, _lower, _marker_words

    sample = text[:SAMPLE_CHARS]
    assert _marker_words(_lower(sample, fold(text))) == _marker_words(sample.lower())
    assert _lower(sample, None) == sample.lower()
    if not any(c in sample for c in "\u0130\u0131\u017f\u03a3"):
        assert _lower(sample, fold(text)) == sample.lower()
