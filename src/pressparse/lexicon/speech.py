"""Verbs of saying that attribute a quotation, Swedish and English.

Source: the attribution verbs used in Swedish press releases and news style
(TT-språket, Språkrådet's advice on citat och anföring).
"""

from __future__ import annotations

SAYING_VERBS_SV: tuple[str, ...] = (
    "säger", "sa", "sade", "menar", "konstaterar", "förklarar", "berättar", "understryker",
    "tillägger", "kommenterar", "betonar", "framhåller", "fortsätter", "avslutar", "påpekar",
    "anser", "tycker", "hävdar", "skriver", "uppger", "säger", "meddelar", "poängterar",
    "summerar", "sammanfattar", "inleder", "välkomnar", "svarar", "utvecklar", "berömmer",
    "intygar", "lovar", "varnar", "tror", "hoppas", "glädjer sig", "konstaterade", "sammanfattade",
    "sade", "menade", "berättade", "förklarade", "tillade", "fortsatte", "avslutade", "påpekade",
    "kommenterade", "betonade", "underströk", "framhöll", "resonerar", "förtydligar", "hälsar",
)  # fmt: skip

SAYING_VERBS_EN: tuple[str, ...] = (
    "says", "said", "comments", "commented", "adds", "added", "explains", "explained",
    "notes", "noted", "continues", "concludes", "states", "stated", "remarks",
    "continued", "concluded", "emphasizes", "emphasises", "points out",
)  # fmt: skip

# Words that attribute a quotation without a verb: "”...”, enligt Anna Berg."
ATTRIBUTION_PREPOSITIONS: tuple[str, ...] = ("enligt", "according to")

# The verbs that close a plain sentence of direct speech whose dash or quotation marks were
# lost ("Det känns bra, kommenterar Jonas Blomquist."). Only unambiguous verbs of saying:
# "meddelar", "skriver", "uppger", "tror" and "hoppas" also end reported (indirect) speech.
BARE_SAYING_VERBS: tuple[str, ...] = (
    "säger", "sa", "sade", "menar", "konstaterar", "förklarar", "berättar", "understryker",
    "tillägger", "kommenterar", "betonar", "framhåller", "fortsätter", "avslutar", "påpekar",
    "poängterar", "summerar", "sammanfattar", "says", "said", "comments", "adds", "explains",
)  # fmt: skip

# Pronouns that stand for the last named speaker: "säger hon", "fortsätter han".
PRONOUNS: tuple[str, ...] = ("han", "hon", "hen", "de", "he", "she", "they")

# Words that open a clause about the speaker after the name and a comma, where a quotation
# interrupted by its attribution would go on instead: "säger Anna Berg, som har ...",
# ", i ett pressmeddelande", ", när hon ..." (relative pronouns, subjunctions, prepositions).
SPEAKER_CLAUSE_WORDS: frozenset[str] = frozenset((
    "som", "vilken", "vilket", "när", "då", "efter", "i", "på", "vid", "under", "inför",
    "med", "och", "enligt", "från", "hos",
))  # fmt: skip
