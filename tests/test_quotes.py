"""Quotations and their speakers: one real-style case and one near-miss per pattern.

Real snippets are short quotes from the shared corpus; strings marked synthetic are made up
in the same style.
"""

from __future__ import annotations

import time

import pytest

import pressparse
from pressparse.extract.quotes.attribution import (
    ATTRIBUTION_AT_RE,
    ATTRIBUTION_CUE_RE,
    CLAUSE_END_RE,
    CONTINUES_RE,
    FIRST_NAME_RE,
    NAME_AT_START_RE,
    ORG_ONLY_RE,
    PARTY_TAG_RE,
    PRE_ATTRIBUTION_RE,
    PRONOUN_RE,
    ROLE_AT_ORG_RE,
    ROLE_THEN_ORG_RE,
    parse_speaker,
    role_org,
)
from pressparse.extract.quotes.bare import BARE_CUE_RE, SPEECH_START_RE
from pressparse.extract.quotes.dash import DASH_QUOTE_RE, ENDS_SENTENCE_RE, PAGE_NUMBER_RE
from pressparse.extract.quotes.marks import OPENER_RE, QUOTE_MAY_START_RE

TITLE = "Ny satsning i Exempelstad\n\n"


def quotes(body: str) -> list[tuple[str, str | None]]:
    r = pressparse.parse(TITLE + body)
    for q in r.quotes:
        assert r.text[q.span.start : q.span.end].startswith(q.text.split()[0])
    return [(q.text, q.speaker.name if q.speaker else None) for q in r.quotes]


# -- the patterns, each with a match and a near-miss ------------------------------------------


@pytest.mark.parametrize(
    ("regex", "hit", "miss"),
    [
        (DASH_QUOTE_RE, "– Det här är viktigt, säger Anna Berg.", "–5 grader i natt"),
        (DASH_QUOTE_RE, "-Mediemarknaden håller på att stöpas om", "Vd-posten tillsätts"),
        (PAGE_NUMBER_RE, "(2)", "(S) regionråd"),
        (ENDS_SENTENCE_RE, "regionala struktur.", "regionala struktur,"),
        (ATTRIBUTION_AT_RE, ", säger Erik Bergkvist", " och säkerställer"),
        (ATTRIBUTION_AT_RE, "”, enligt Anna Berg", "”, och Anna Berg"),
        (ATTRIBUTION_CUE_RE, "tillväxt, säger Peter", "sägerskan Anna"),
        (CLAUSE_END_RE, "Peter Ingman. Förväntningarna", "Mats G Ringesten"),
        (CONTINUES_RE, "Peter Ingman, VD på Newsdesk och tillägger", "Peter Ingman och Anna Berg"),
        (PARTY_TAG_RE, "Sten Nordin (M)", "Anna Berg (grundare av företaget)"),
        (PRONOUN_RE, "hon.", "Hondo Berg"),
        (NAME_AT_START_RE, "Mats G Ringesten, chairman", "bostadsminister Andreas Carlson"),
        (FIRST_NAME_RE, "Mattias.", "mattias"),
        (ORG_ONLY_RE, "vid UD:s konsulära enhet", "vd för Exempel AB"),
        (ROLE_AT_ORG_RE, "President and CEO of Sweco", "informationsansvarig"),
        (ROLE_THEN_ORG_RE, "ordförande Riksidrottsförbundet", "Country Manager"),
        (PRE_ATTRIBUTION_RE, "Bolaget växer. Mats tillägger ", "Han säger att det går bra"),
        (BARE_CUE_RE, "Det känns bra, kommenterar Jonas", "Det känns bra, meddelar Jonas"),
        (SPEECH_START_RE, "Det känns bra", "det"),
        (OPENER_RE, "”Vi har kommit", "enligt ” citat"),
        (QUOTE_MAY_START_RE, "lämnar sin post. ", "projektet "),
    ],
)
def test_pattern_matches_and_near_miss(regex: object, hit: str, miss: str) -> None:
    import re

    assert isinstance(regex, re.Pattern)
    assert regex.search(hit), hit
    assert not regex.search(miss), miss


# -- attribution clauses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "name", "role", "org"),
    [
        ("Jan Nordwall, generalsekreterare vid Sverige Hembygdsförbund", "Jan Nordwall",
         "generalsekreterare", "Sverige Hembygdsförbund"),
        ("Per Strömberg VD för Sardus", "Per Strömberg", "VD", "Sardus"),
        ("Mikael Stamming Utvecklingsdirektör, Region Skåne", "Mikael Stamming",
         "Utvecklingsdirektör", "Region Skåne"),
        ("bostadsminister Andreas Carlson", "Andreas Carlson", "bostadsminister", None),
        ("MyNewsdesk's VD och grundare Peter Ingman", "Peter Ingman", "VD och grundare",
         "MyNewsdesk"),
        ("Erik Bergkvist (S), regionråd Region Västerbotten", "Erik Bergkvist", "regionråd",
         "Region Västerbotten"),
        ("Tomas Carlsson, President and CEO of Sweco", "Tomas Carlsson", "President and CEO",
         "Sweco"),
        ("Gunnar Bjørkavåg, vd på NHST Media Group, förvärvet", "Gunnar Bjørkavåg", "vd",
         "NHST Media Group"),
    ],
)  # fmt: skip
def test_speaker_role_and_organization(
    clause: str, name: str, role: str | None, org: str | None
) -> None:
    speaker, _ = parse_speaker(clause)
    assert speaker is not None
    assert (speaker.name, speaker.role, speaker.organization) == (name, role, org)


def test_clause_that_names_nobody_is_no_speaker() -> None:
    assert parse_speaker("att det går bra")[0] is None
    assert role_org("") == (None, None)


# -- whole releases (synthetic, in the style of the corpus) ---------------------------------


def test_dash_quote_with_attribution() -> None:
    got = quotes("– Det här är en viktig dag för oss, säger Anna Berg, vd på Exempel AB.\n")
    assert got == [("Det här är en viktig dag för oss", "Anna Berg")]


def test_dash_bullet_list_is_not_a_quote() -> None:
    assert quotes("Programmet:\n- Välkomstkaffe\n- Seminarium om bostäder\n") == []


def test_dash_quote_interrupted_by_attribution_is_one_quote() -> None:
    got = quotes("– Det känns bra, säger Anna Berg. Nu kan vi börja bygga på riktigt.\n")
    # The sentence end the attribution closed stays with the first part.
    assert got == [("Det känns bra. Nu kan vi börja bygga på riktigt.", "Anna Berg")]


def test_dash_quote_over_two_paragraphs_under_one_attribution() -> None:
    got = quotes(
        "– Vi har väntat länge på det här beslutet.\n\n"
        "– Nu kan arbetet äntligen komma i gång, säger Anna Berg.\n"
    )
    assert got == [
        ("Vi har väntat länge på det här beslutet. Nu kan arbetet äntligen komma i gång",
         "Anna Berg")
    ]  # fmt: skip


def test_pronoun_and_first_name_resolve_to_the_named_speaker() -> None:
    got = quotes(
        "Anna Berg blir ny vd från den 1 maj.\n\n"
        "– Jag ser fram emot uppdraget, säger Anna.\n\n"
        "– Det blir ett spännande år för hela företaget, fortsätter hon.\n"
    )
    assert [s for _, s in got] == ["Anna Berg", "Anna Berg"]


def test_announced_continuation_after_och_tillagger() -> None:
    got = quotes(
        "– Vi har funderat länge på det, säger Peter Ingman, vd på Exempel AB och tillägger:\n\n"
        "– Nu är tiden rätt för att öppna ett kontor i Malmö.\n"
    )
    assert [s for _, s in got] == ["Peter Ingman", "Peter Ingman"]


def test_swedish_quotation_marks_with_attribution() -> None:
    got = quotes("”Vi har kommit bra överens med alla parter”, säger Matti Tikkakoski, VD Atria\n")
    assert got == [("Vi har kommit bra överens med alla parter", "Matti Tikkakoski")]


def test_english_says_name_role_at_org() -> None:
    r = pressparse.parse(
        TITLE + '"We are proud of the move to Large Cap," says Tomas Carlsson, CEO at Sweco.\n'
    )
    assert [(q.text, q.speaker and q.speaker.organization) for q in r.quotes] == [
        ("We are proud of the move to Large Cap", "Sweco")
    ]


def test_enligt_attribution() -> None:
    got = quotes("Beslutet togs i går. ”Det är ett stort steg framåt”, enligt Anna Berg.\n")
    assert got == [("Det är ett stort steg framåt", "Anna Berg")]


def test_speaker_announced_before_the_quote() -> None:
    got = quotes("Beslutet togs i går. Anna Berg säger: ”Det är ett stort steg framåt.”\n")
    assert got == [("Det är ett stort steg framåt.", "Anna Berg")]


def test_title_and_scare_quotes_are_not_quotes() -> None:
    body = (
        "Kampanjen ”Du har rätt” vänder sig till unga.\n\n"
        "Projektet ”Livskraftiga orter” avslutas i dag.\n"
    )
    assert quotes(body) == []


def test_bare_speech_whose_dash_was_lost() -> None:
    got = quotes("Det känns bra att vara tillbaka, kommenterar Jonas Blomquist.\n")
    assert got == [("Det känns bra att vara tillbaka", "Jonas Blomquist")]


def test_reported_statement_is_not_bare_speech() -> None:
    assert quotes("Bolaget har 40 anställda, meddelar Exempel Holding.\n") == []


def test_quote_running_over_paragraphs_in_marks() -> None:
    got = quotes(
        '"Vi vill bygga nätverk för alla." menar Kristofer Björkman (grundare), och tillägger:\n\n'
        '"Det gäller alla företag i hela landet.\n\n'
        'Några av dem är sannolikt journalister."\n'
    )
    assert got[1] == (
        "Det gäller alla företag i hela landet. Några av dem är sannolikt journalister.",
        "Kristofer Björkman",
    )


def test_attribution_on_a_later_line_after_a_page_number() -> None:
    got = quotes(
        "– Mycket glädjande att få bifall på vår ansökan,\n\n(2)\n\n"
        "säger Erik Bergkvist (S), regionråd Region Västerbotten.\n"
    )
    assert got == [("Mycket glädjande att få bifall på vår ansökan", "Erik Bergkvist")]


def test_contact_block_dashes_are_not_quotes() -> None:
    body = (
        "Text om satsningen.\n\nFör mer information, kontakta:\n- Anna Berg, vd, säger gärna mer\n"
    )
    assert quotes(body) == []


def test_hostile_input_is_linear() -> None:
    line = "– " + "ord, säger " * 4000 + "\n"
    marks = "”" + " ”a" * 20000 + "\n"
    t0 = time.perf_counter()
    pressparse.parse(TITLE + line + marks)
    assert time.perf_counter() - t0 < 5.0


def test_role_filled_from_an_earlier_mention() -> None:
    # Synthetic, in the style of a corpus release (a role stated in the lead only).
    r = pressparse.parse(
        TITLE + "Lennart Haglund, ordförande för Sparbanksstiftelsen Finn, valdes i går.\n\n"
        "– Det är ett viktigt uppdrag för oss, säger Lennart Haglund.\n"
    )
    sp = r.quotes[0].speaker
    assert sp is not None
    assert (sp.role, sp.organization) == ("ordförande", "Sparbanksstiftelsen Finn")


def test_list_of_names_is_not_a_role() -> None:
    r = pressparse.parse(
        TITLE + "Anna Berg, Per Svensson och Eva Lund deltar.\n\n"
        "– Det är ett viktigt uppdrag för oss, säger Anna Berg.\n"
    )
    sp = r.quotes[0].speaker
    assert sp is not None and sp.role is None


def test_speaker_with_hyphenated_initial() -> None:
    """Synthetic: "Claes-R." is a name part, not the end of a sentence."""
    text = (
        "Rubrik här\n\n2016-01-18\n\n"
        "– Det här är ett viktigt steg för oss, säger Claes-R. Simonson, vd på Exempel AB.\n\n"
        "– Vi ser fram emot det, säger Anna Berg."
    )
    r = pressparse.parse(text)
    got = [(q.text, q.speaker.name if q.speaker else None) for q in r.quotes]
    assert got == [
        ("Det här är ett viktigt steg för oss", "Claes-R. Simonson"),
        ("Vi ser fram emot det", "Anna Berg"),
    ]
