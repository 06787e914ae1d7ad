"""Title and printed label, on real-style layouts."""

from __future__ import annotations

from pathlib import Path

import pressparse
from tests.golden import FIXTURES, load_gold, norm


def test_title_after_label_byline_and_dateline() -> None:
    # Layout of a regional newsroom export (vgregion style), synthetic text.
    text = (
        "Pressmeddelande\nFrån Regionkansliet\n2015-04-14 14:15\n\n\n"
        "Ingen presskonferens efter styrelsen 16 april\n\n\n"
        "Styrelsen sammanträder torsdagen den 16 april. Det blir ingen presskonferens.\n"
    )
    r = pressparse.parse(text)
    assert r.title == "Ingen presskonferens efter styrelsen 16 april"
    assert r.kind == "Pressmeddelande"


def test_title_with_label_after_it() -> None:
    text = (
        "Eva Åkesson utses till ny rektor\n\nPressmeddelande • Nov 24, 2011 11:08 CET\n\n"
        "Idag beslutade regeringen att utse Eva Åkesson till ny rektor vid universitetet.\n"
    )
    r = pressparse.parse(text)
    assert r.title == "Eva Åkesson utses till ny rektor"
    assert r.kind == "Pressmeddelande"


def test_title_with_pipe_header_line() -> None:
    text = (
        "Trafikverket presenterar plan för E14\n"
        "26.11.2024 15:55:49 CET | Trafikverket | Pressinbjudan\n"
        "Tre större vägar i Sundsvall byter ägare och planen för E14 har tydliggjorts.\n"
    )
    r = pressparse.parse(text)
    assert r.title == "Trafikverket presenterar plan för E14"
    assert r.kind == "Pressinbjudan"
    assert r.lead is not None and r.lead.startswith("Tre större vägar")


def test_title_of_the_real_fixture() -> None:
    path: Path = FIXTURES / "regionskane-livskraftigt-skane.txt"
    r = pressparse.parse(path.read_bytes())
    assert norm(r.title) == norm(load_gold(path)["title"])


def test_markdown_heading_is_the_title() -> None:
    r = pressparse.parse("Exempel AB\n\n# Ny vd för Exempel AB\n\nExempel AB har utsett Anna Berg.")
    assert r.title == "Ny vd för Exempel AB"


def test_kind_as_a_field_of_a_dateline() -> None:
    """Synthetic: "date | kind" on one line, the kind printed as the second field."""
    r = pressparse.parse(
        "Rubrik om en nyhet\n\n2016-01-18 10:43 | Pressmeddelande\n\n"
        "Exempel kommun meddelar idag att den nya skolan öppnar till hösten, efter ett långt arbete."
    )
    assert r.kind == "Pressmeddelande"
