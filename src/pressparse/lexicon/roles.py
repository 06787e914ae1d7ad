"""Role words: job titles and functions printed beside a person's name, the one table.

Source: the titles Swedish and English releases print with their spokespeople and press
contacts ("vd", "kommunikationsdirektör", "presschef", "pressekreterare", "CEO", "Head of
Communications"), following Swedish compounding: any word ending in a role noun is a role
("utvecklingsdirektör", "förbundsordförande", "kommunikationsansvarig").

Derived forms, never typed twice: :data:`ROLE_WORDS_CAPITALIZED` (as a line starts),
:func:`is_role_word` (one word), :func:`starts_with_role` (a phrase).
"""

from __future__ import annotations

from functools import lru_cache

# Nouns that make a word a role when the word ends with them (Swedish compounds:
# "press" + "chef", "utvecklings" + "direktör"); lower-case.
ROLE_ENDINGS: tuple[str, ...] = (
    "direktör", "chef", "ordförande", "ansvarig", "ledare", "minister", "sekreterare",
    "handläggare", "planerare", "rektor", "prorektor", "professor", "strateg", "samordnare",
    "talesperson", "ombudsman", "expert", "analytiker", "ingenjör", "läkare", "forskare",
    "producent", "redaktör", "konsult", "kommunikatör", "informatör", "koordinator",
    "administratör", "specialist", "advokat", "ledamot", "guvernör", "biskop", "ägare",
    "grundare", "partner", "president", "kommissarie", "rådgivare", "råd", "talesman",
    "talskvinna", "handledare", "utredare", "inspektör", "intendent", "curator", "kurator",
    "chefredaktör", "projektledare", "verksamhetsledare", "föreståndare",
    "generaldirektör", "landshövding", "borgmästare", "överbefälhavare", "officer",
    "manager", "director", "head", "founder", "chairman", "chairwoman", "chairperson",
    "spokesperson", "spokesman", "coordinator", "advisor", "adviser", "secretary",
    "analyst", "editor", "consultant", "lead", "owner", "jurist", "utgivare", "åklagare",
    "domare", "rådman", "präst", "kyrkoherde", "fotograf", "stabschef",
    "major", "överste", "kapten", "löjtnant", "amiral", "kommendör", "fänrik", "sergeant",
)  # fmt: skip

# Short titles printed as a whole word, which also end longer ones ("vd", "vice vd",
# "koncern-vd"); with :data:`ROLE_ENDINGS` they are every ending a title may have (the
# table other stages test title endings against).
TITLE_ABBREVIATIONS: tuple[str, ...] = ("vd", "ceo", "cfo", "coo", "cto", "cmo")
ROLE_SUFFIXES: tuple[str, ...] = ROLE_ENDINGS + TITLE_ABBREVIATIONS

# Whole role words that are not endings of longer ones (abbreviations, English titles).
ROLE_WORDS: tuple[str, ...] = (
    "vd", "vvd", "ceo", "cfo", "coo", "cto", "cmo", "cio", "cso", "evp", "svp", "vp",
    "koncernchef", "presschef", "pressansvarig", "presskontakt", "pressekreterare",
    "pressjour", "pressjouren", "presstjänst", "presstjänsten", "informationschef",
    "kommunikationschef", "ordförande", "styrelseordförande", "vice ordförande",
    "styrelseledamot", "generalsekreterare", "regionråd", "kommunalråd", "statsråd",
    "statssekreterare", "kanslichef", "riksdagsledamot", "partiledare", "förbundskapten",
    "tf", "t.f.", "biträdande", "vice", "senior", "chief", "executive", "general",
)  # fmt: skip

_ROLE_WORD_SET = frozenset(ROLE_WORDS)
# The same words as a line prints them first ("Presschef", "Vd").
ROLE_WORDS_CAPITALIZED: tuple[str, ...] = tuple(w[:1].upper() + w[1:] for w in ROLE_WORDS)


# Remembered: every stage asks it for the same few words of every text (the words trimmed
# off a name, the word before a name, a listed name's words).
@lru_cache(maxsize=1 << 14)
def is_role_word(word: str) -> bool:
    """True when ``word`` (any case, trailing punctuation ignored) is a role word or ends in
    a role noun.

    >>> is_role_word("Kommunikationsdirektör"), is_role_word("presschef,"), is_role_word("VD")
    (True, True, True)
    >>> is_role_word("Anna"), is_role_word("Direktörsvägen"), is_role_word("juristen")
    (False, False, True)
    """
    w = word.lower().rstrip(".,:;)")
    if w in _ROLE_WORD_SET or w.endswith(ROLE_ENDINGS):
        return True
    # The definite form: "presschefen", "ordföranden", "administrativa juristen".
    return (w.endswith("en") and w[:-2].endswith(ROLE_ENDINGS)) or (
        w.endswith("n") and w[:-1].endswith(ROLE_ENDINGS)
    )


def starts_with_role(phrase: str) -> bool:
    """True when the first word of ``phrase`` is a role word ("Presschef Olof Berg").

    >>> starts_with_role("Presschef Olof Berg"), starts_with_role("Olof Berg")
    (True, False)
    """
    words = phrase.split(maxsplit=1)
    return bool(words) and is_role_word(words[0])
