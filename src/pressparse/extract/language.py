"""Language of the release: py3langid (a naive Bayes model over byte n-grams, BSD-3),
restricted to the languages a Swedish press archive holds; None when unclear.

Most releases are plainly Swedish or English: words only those languages use (Swedish
"och", "inte"; English "the", "which") decide them at the cost of a word count, and the
model reads the rest (Norwegian, Danish, mixed or short texts), which a word count of
Swedish and English would read as Swedish."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from functools import lru_cache
from itertools import filterfalse, repeat
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import io
    import zipfile

from pressparse.document import Document, Finding, lower_is_fold
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


# Rows of the model's feature table read at a time while the kept languages' columns are
# taken from it (the whole table is 28 MB; a chunk of 4,096 rows is 1.2 MB).
PTC_CHUNK_ROWS = 4096
# Bytes of the model's transition table read at a time into its array.
READ_CHUNK = 1 << 20


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The model restricted to :data:`LANGUAGES`, loaded once per process on first use
    (about a second; import stays fast): the identifier ``set_languages`` would make, read
    without ever holding the full 97-language tables (about 110 MB at the peak)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        ptc, pc, classes, nextmove, row, output = _load_restricted(MODEL_DIR / MODEL_FILE)
    except (KeyError, ValueError, OSError):  # another model layout: the library's own path
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(LANGUAGES))
        identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
        return identifier
    identifier = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    # The row offsets and outputs per state as machine integers (same values, a tenth of
    # the memory of two lists of 100,000 ints).
    identifier._rowbase = array("I", identifier._rowbase)
    identifier.tk_output = array("i", output)
    return identifier


def _load_restricted(path: Path) -> tuple[Any, Any, list[str], array[int], array[int], array[int]]:
    """py3langid's model file (an npz inside LZMA) as ``modelio.load_model`` reads it, with
    the feature table and class priors cut to the columns of :data:`LANGUAGES` as
    ``LanguageIdentifier.set_languages`` cuts them, each member read in chunks."""
    import lzma
    import shutil
    import tempfile
    import zipfile

    import numpy as np

    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(path) as src:
            shutil.copyfileobj(src, tmp, length=READ_CHUNK)
        tmp.seek(0)
        with zipfile.ZipFile(tmp) as npz:
            classes = [str(c) for c in _read_member(npz, "classes").tolist()]
            keep = [i for i, c in enumerate(classes) if c in LANGUAGES]
            pc = _read_member(npz, "pc")[keep]
            ptc = _read_columns(npz, "ptc", keep)
            nextmove = _read_uints(npz, "nextmove")
            row = _read_uints(npz, "nextmove_row")
            output = array("i", _read_member(npz, "out_feat").astype(np.int32).tolist())
    return ptc, pc, [classes[i] for i in keep], nextmove, row, output


def _open_member(npz: zipfile.ZipFile, name: str) -> tuple[IO[bytes], tuple[int, ...], Any]:
    """The open ``name.npy`` member of ``npz`` past its header, with its shape and dtype."""
    from numpy.lib import format as npy

    f = npz.open(f"{name}.npy")
    version = npy.read_magic(f)
    if version == (1, 0):
        shape, fortran, dtype = npy.read_array_header_1_0(f)
    elif version == (2, 0):
        shape, fortran, dtype = npy.read_array_header_2_0(f)
    else:
        raise ValueError(f"{name}: npy version {version}")
    if fortran:
        raise ValueError(f"{name}: Fortran order")
    return f, shape, dtype


def _read_member(npz: zipfile.ZipFile, name: str) -> Any:
    """A small member as a numpy array."""
    import numpy as np

    f, shape, dtype = _open_member(npz, name)
    with f:
        return np.frombuffer(f.read(), dtype=dtype).reshape(shape).copy()


def _read_columns(npz: zipfile.ZipFile, name: str, keep: list[int]) -> Any:
    """The columns ``keep`` of a 2-D member, read PTC_CHUNK_ROWS rows at a time."""
    import numpy as np

    f, shape, dtype = _open_member(npz, name)
    rows, cols = shape
    parts = []
    with f:
        for start in range(0, rows, PTC_CHUNK_ROWS):
            n = min(PTC_CHUNK_ROWS, rows - start)
            chunk = np.frombuffer(f.read(n * cols * dtype.itemsize), dtype=dtype)
            parts.append(chunk.reshape(n, cols)[:, keep])
    return np.concatenate(parts) if parts else np.zeros((0, len(keep)), dtype=dtype)


def _read_uints(npz: zipfile.ZipFile, name: str) -> array[int]:
    """An unsigned 1-D member as the stdlib array ``modelio`` makes of it ('H' or 'I')."""
    f, shape, dtype = _open_member(npz, name)
    code = {2: "H", 4: "I"}.get(dtype.itemsize)
    if dtype.kind != "u" or code is None or len(shape) != 1 or not dtype.isnative:
        raise ValueError(f"{name}: {dtype} {shape}")
    out = array(code, [0]) * shape[0]  # allocated once, at its size
    view = memoryview(out).cast("B")
    reader = cast("io.BufferedIOBase", f)  # a zip member: a buffered reader
    pos = 0
    with f:
        while pos < len(view):
            n = reader.readinto(view[pos : pos + READ_CHUNK])
            if not n:
                raise ValueError(f"{name}: {pos} of {len(view)} bytes")
            pos += n
    view.release()
    return out


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code from :data:`LANGUAGES`, or None when the text is too short or unclear."""
    return _detect(text)[0]


def _detect(text: str, folded: str | None = None) -> tuple[str | None, LanguageRule]:
    """``folded`` is ``fold(text)`` when the caller has it."""
    sample = text[:SAMPLE_CHARS]
    found = _marker_words(_lower(sample, folded))
    if found is None:
        return None, "language.function_words"
    decided = _by_markers(found)
    if decided is not None:
        return decided, "language.function_words"
    lang, probability = _identifier().classify(sample[:MODEL_CHARS])
    if probability < MIN_PROBABILITY:
        return None, "language.identifier"
    return str(lang), "language.identifier"


def _lower(sample: str, folded: str | None) -> str:
    """``sample.lower()``, sliced from the text's ``fold`` when the caller has it and no
    letter of :data:`pressparse.document.FOLD_ONLY_LETTERS` is in the sample (then the two differ at most in a Greek
    sigma cut off from its word, which no marker word holds): no second pass over the sample."""
    if folded is not None and lower_is_fold(sample):
        return folded[: len(sample)]
    return sample.lower()


# Every marker word a word of WORD_RE can be (one letter is no word).
_ALL_MARKERS = frozenset(
    w for ws in (*MARKERS.values(), NEIGHBOUR_MARKERS) for w in ws if len(w) > 1
)


def _marker_words(low: str) -> Counter[str] | None:
    """The marker words among the words (WORD_RE) of ``low``, counted; None for fewer than
    MIN_WORDS words.

    Read from the blank-separated tokens: a token of letters only is one word, and only the
    other tokens ("bolag,", "2024-års") are cut into words by WORD_RE, which is far cheaper
    than running it over the whole text, with the same words."""
    tokens = low.split()
    cut = WORD_RE.findall(" ".join(filterfalse(str.isalpha, tokens)))
    if (
        len(cut) < MIN_WORDS
        and len(cut) + sum(len(t) > 1 and t.isalpha() for t in tokens) < MIN_WORDS
    ):
        return None
    found = Counter(filter(_ALL_MARKERS.__contains__, tokens))
    found.update(filter(_ALL_MARKERS.__contains__, cut))
    return found


def _by_markers(found: Counter[str]) -> str | None:
    """Swedish or English when their marker words leave no doubt; else None (ask the model)."""
    # ``get``: a Counter's ``found[w]`` calls its Python ``__missing__`` for every absent word.
    counts = {lang: sum(map(found.get, markers, repeat(0))) for lang, markers in MARKERS.items()}
    # Every marker counted: a language's rest is the others' markers and the neighbours'.
    total = sum(map(found.get, NEIGHBOUR_MARKERS, repeat(0))) + sum(counts.values())
    for lang, n in counts.items():
        if n >= MIN_MARKERS and n >= MARKER_RATIO * (total - n):
            return lang
    return None


def extract_language(doc: Document) -> Finding[str] | None:
    """The language of ``doc`` as a finding (no span: it is read from the whole text), with
    the rule that decided it: the marker words, or the identifier model.

    >>> text = "Vi har i dag fått ett nytt uppdrag som vi är glada för."
    >>> extract_language(Document(text, (), "text"))
    Finding(value='sv', span=None, rule='language.identifier')
    """
    lang, rule = _detect(doc.text, doc.folded())
    return Finding(lang, None, rule) if lang is not None else None
