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
)  # fmt: skip

SAYING_VERBS_EN: tuple[str, ...] = (
    "says", "said", "comments", "commented", "adds", "added", "explains", "explained",
    "notes", "noted", "continues", "concludes", "states", "stated", "remarks",
)  # fmt: skip

# Pronouns that stand for the last named speaker: "säger hon", "fortsätter han".
PRONOUNS: tuple[str, ...] = ("han", "hon", "hen", "de", "he", "she", "they")
