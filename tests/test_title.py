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


# --- error classes seen on unseen releases (synthetic texts in the platforms' layouts) ---


def test_synthetic_skip_links_are_not_the_title() -> None:
    for bar in ("Gå direkt till innehåll", "Skip to content Go to main navigation"):
        r = pressparse.parse(
            f"{bar}\n\nNy vd för Exempel AB\n\nExempel AB har i dag utsett en ny vd."
        )
        assert r.title == "Ny vd för Exempel AB", bar


def test_synthetic_link_and_share_labels_are_not_the_title() -> None:
    text = (
        "Pressmeddelande\n\nPressmeddelande Exempel AB har i dag utsett Anna Berg till ny vd "
        "och koncernchef, hon tillträder den 1 mars. "
        * 3
        + "\n\nPrenumerera\n\nDokument & länkar\n"
    )
    # Not the link labels; the label printed alone above the text is the only heading
    # (as in cision-bonnier-pressmeddelande-2000, whose gold title is "Pressmeddelande").
    assert pressparse.parse(text).title == "Pressmeddelande"
    # With no label, there is no headline at all: not the first sentence.
    assert pressparse.parse(text.split("\n\n", 1)[1]).title is None


def test_a_label_with_a_headline_below_it_is_not_the_title() -> None:
    # synthetic near miss of the label-only headline
    text = (
        "Pressmeddelande\n\nExempel AB utser ny vd\n\nExempel AB har i dag utsett Anna Berg "
        "till ny vd och koncernchef. Hon tillträder den 1 mars.\n"
    )
    assert pressparse.parse(text).title == "Exempel AB utser ny vd"


def test_synthetic_sender_name_above_the_headline() -> None:
    text = (
        "Svenskt Näringsliv\n\nKommentar till valresultatet\n\n"
        "Pressmeddelande   •   Sep 20, 2010 11:27 CEST\n\n"
        "- Under de senaste fyra åren har företagarna arbetat för ett bättre klimat.\n"
    )
    assert pressparse.parse(text).title == "Kommentar till valresultatet"


def test_synthetic_site_name_above_the_headline_without_label() -> None:
    text = (
        "Skip to content Go to main navigation Go to language selector\nExempel Global\n\n"
        "Exempel erbjuder industrisamarbete till Norge\n\n"
        "I samband med att offerten lämnades i dag lämnade Exempel också ett förslag.\n"
    )
    assert pressparse.parse(text).title == "Exempel erbjuder industrisamarbete till Norge"


def test_synthetic_category_line_with_date_is_a_label() -> None:
    text = (
        "Delårsrapport | Ekonomi | 24 apr, 2014 | 14:06 | Regulatoriska\n\n"
        "Delårsrapport januari - mars 2014\n\nKoncernens bästa första kvartal någonsin.\n"
    )
    assert pressparse.parse(text).title == "Delårsrapport januari - mars 2014"


def test_synthetic_kind_prefix_is_part_of_the_headline() -> None:
    text = (
        "Pressmeddelande -\n\nPressinbjudan: Regionstyrelsen och avtäckning av skylt\n\n"
        "Onsdagen den 28 januari 2015 håller regionstyrelsen sitt första sammanträde. "
        "I samband med detta avtäcks den första skylten.\n"
    )
    r = pressparse.parse(text)
    assert r.title == "Pressinbjudan: Regionstyrelsen och avtäckning av skylt"
    assert r.kind == "Pressinbjudan"


def test_markdown_kind_prefix_heading_is_the_title() -> None:
    # Real heading: ../shared/unlabeled/regeringen/2022/11/pressinbjudan-regeringen-ger-
    # uppdatering-kring-arbetet-med-hogkostnadsskyddet-for-el.md (the release is the heading).
    heading = (
        "Pressinbjudan: Regeringen ger uppdatering kring arbetet med högkostnadsskyddet för el"
    )
    r = pressparse.parse(f"# {heading}\n\n\n")
    assert r.title == heading
    assert r.kind == "Pressinbjudan"


def test_synthetic_label_with_date_stays_a_label() -> None:
    # Near miss of the kind prefix: the label's rest is a date, not a headline.
    text = "Ny vd för Exempel AB\n\nPressmeddelande: Jan 18, 2016 10:43 CET\n\nExempel AB har utsett en vd."
    r = pressparse.parse(text)
    assert r.title == "Ny vd för Exempel AB"
    assert r.kind == "Pressmeddelande"


def test_synthetic_release_without_headline_has_no_title() -> None:
    text = (
        "Onsdagen den 28 januari 2015 håller regionstyrelsen i regionen sitt första sammanträde "
        "i den nya regionen.\n\nAvtäckningen sker med en liten ceremoni för ledamöterna.\n"
    )
    assert pressparse.parse(text).title is None


def test_a_short_line_after_the_text_has_begun_is_no_headline() -> None:
    # synthetic, in the layout of cision-bonnier-pressmeddelande-2000 on one line: the text,
    # then a place and date and a signature; neither is the headline
    prose = (
        "I syfte att stärka basen för koncernens tidningsutgivning skapas ett nytt affärsområde "
        "där morgontidningarna ingår, och styrelsen har i dag beslutat om den nya ordningen. "
    ) * 3
    text = f"{prose}\n\nStockholm den 28 februari 2000\n\nStyrelsen\n"
    assert pressparse.parse(text).title is None
    # near miss: a short line above the text is its headline
    assert pressparse.parse(f"Nytt affärsområde för tidningarna\n\n{text}").title == (
        "Nytt affärsområde för tidningarna"
    )
