"""Function words of Swedish (and the English of bilingual releases) that tell where a
sentence begins when the line breaks are lost.

Source: Svenska Akademiens grammatik (hjälpverb, kopula); the English auxiliaries.
"""

from __future__ import annotations

# The finite auxiliaries and copulas that follow a sentence's subject: "Regeringen har
# idag utsett ...", "Mötet är det elfte ...", "Ministrarna kommer att besöka ...".
FINITE_AUXILIARIES: frozenset[str] = frozenset(
    [
        *("har", "hade", "är", "var", "blir", "blev", "kommer", "ska", "skall", "skulle"),
        *("kan", "kunde", "vill", "ville", "får", "fick", "måste", "bör", "borde"),
        *("is", "are", "was", "were", "has", "have", "had", "will", "would", "can"),
    ]
)
