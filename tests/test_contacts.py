"""Press contacts: blocks, inline sentences, and every number and address on the right person."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.audit import Sample
from pressparse.audit.contacts import contact_like_blocks, details_in_contacts, name_has_title
from pressparse.document import Document, finditer_from_offsets, fold
from pressparse.extract.contacts import (
    CONTACT_LEAD_RE,
    FUNCTION_CUE_RE,
    GLUED_RE,
    NAME_JOIN_RE,
    PARTY_TAG_RE,
    PERSON_PIECE_RE,
    REGION_HEADING_RE,
    SENTENCE_END_RE,
    ContactInputs,
    _cue_starts,
    _ends_function,
)


def _contacts(text: str) -> list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]:
    r = pressparse.parse(text)
    return [(c.name, tuple(c.phones), tuple(c.emails)) for c in r.contacts]


# Synthetic: five people in one block, each with their own number and address, in the
# three layouts releases use (one line each, name line then details, details on one line).
FIVE_PEOPLE = """Nytt samarbete i regionen

Exempel AB och Regionen inleder ett samarbete om kollektivtrafik under 2025.

För mer information, vänligen kontakta:
Anna Berg, vd, Exempel AB, 070-111 11 11, anna.berg@exempel.se
Bengt Åkesson
Kommunikationschef
Tel: 08-222 22 22
E-post: bengt.akesson@exempel.se
Cecilia Lindqvist, presschef Regionen
tfn 073-333 33 33, cecilia.lindqvist@regionen.se
David Öberg-Nilsson, 040-444 44 44, david.oberg-nilsson[at]exempel.se
Eva von Platen, projektledare, mobil: +46 (0)76 555 55 55, e-post: eva.vonplaten@regionen.se
"""


def test_five_people_each_get_their_own_phone_and_email() -> None:
    assert _contacts(FIVE_PEOPLE) == [
        ("Anna Berg", ("+46701111111",), ("anna.berg@exempel.se",)),
        ("Bengt Åkesson", ("+4682222222",), ("bengt.akesson@exempel.se",)),
        ("Cecilia Lindqvist", ("+46733333333",), ("cecilia.lindqvist@regionen.se",)),
        ("David Öberg-Nilsson", ("+46404444444",), ("david.oberg-nilsson@exempel.se",)),
        ("Eva von Platen", ("+46765555555",), ("eva.vonplaten@regionen.se",)),
    ]


def test_roles_and_organizations_in_the_block() -> None:
    r = pressparse.parse(FIVE_PEOPLE)
    by_name = {c.name: c for c in r.contacts}
    assert by_name["Bengt Åkesson"].role == "Kommunikationschef"
    assert by_name["Cecilia Lindqvist"].role == "presschef"
    assert by_name["Cecilia Lindqvist"].organization == "Regionen"
    assert by_name["Eva von Platen"].role == "projektledare"


def test_inline_contact_sentence_with_roles_before_names() -> None:
    # Corpus (cision-granges-byter-namn-sapa): three people in one running sentence.
    text = (
        "Gränges byter namn\n\nEn extra bolagsstämma beslutade idag att byta namn. "
        "För vidare information kontakta koncernchef Staffan Bohman, tel 08-459 5910, "
        "Claes-R. Simonson, vVD Gränges, tel 08-459 5914 eller Cecilia Lager, "
        "IR & Communication, tel 08-459 5941. Gränges är en internationell industrikoncern."
    )
    assert _contacts(text) == [
        ("Staffan Bohman", ("+4684595910",), ()),
        ("Claes-R. Simonson", ("+4684595914",), ()),
        ("Cecilia Lager", ("+4684595941",), ()),
    ]


def test_bracketed_contact_person_and_press_function() -> None:
    # Corpus (cision-lo-forsta-maj-talare): the speaker is not the contact.
    text = (
        "Talare första maj\n\nTobias Baudin, förste vice ordförande LO\nChicago, Haymarket\n"
        "(kontaktperson: Mats Erikson, politisk sekreterare LO, 070-655 25 46)\n"
        "För ytterligare information kontakta LOs pressjour 08-796 26 90."
    )
    assert _contacts(text) == [
        ("Mats Erikson", ("+46706552546",), ()),
        ("LOs pressjour", ("+4687962690",), ()),
    ]


def test_glued_role_and_phone() -> None:
    # Corpus (af-fortydligande-2013) and (viatt-dramaten-...): text joined without spaces.
    text = "Rubrik\n\nBrödtext om saken.\n\nFör mer information:\nViktor Svensson, Informationschef+46 70 657 20 26"
    r = pressparse.parse(text)
    assert [(c.name, c.role, c.phones) for c in r.contacts] == [
        ("Viktor Svensson", "Informationschef", ["+46706572026"])
    ]
    text = "Rubrik\n\nBrödtext om saken.\n\nKontakter\nLena TörnerPressansvarig/Head of press\n"
    r = pressparse.parse(text)
    assert [(c.name, c.role) for c in r.contacts] == [
        ("Lena Törner", "Pressansvarig/Head of press")
    ]


def test_party_tags_and_glued_contact_lead() -> None:
    # Corpus (vgregion-ingen-presskonferens-hss).
    text = (
        "Rubrik\n\nIngen presskonferens i dag.\n\nKontaktuppgifter:\n"
        "Jonas Andersson (FP), ordförande, 0708-37 78 53.\n"
        "Ann Söderström, hälso- och sjukvårdsdirektör, 0730-77 11 77.\n"
        "Dagordning och handlingar till sammanträdetKontaktperson: Kjell Foss, "
        "kommunikationsstrateg HSA, 0700-82 55 17."
    )
    assert _contacts(text) == [
        ("Jonas Andersson", ("+46708377853",), ()),
        ("Ann Söderström", ("+46730771177",), ()),
        ("Kjell Foss", ("+46700825517",), ()),
    ]


def test_quoted_person_is_not_a_contact() -> None:
    text = (
        "Ny vd\n\n– Vi är glada, säger Anna Berg, vd.\n\nHon kan kontaktas via växeln.\n\n"
        "Kontakt:\nPer Holm, presschef, 070-123 45 67"
    )
    assert [c.name for c in _contacts_full(text)] == ["Per Holm"]


def _contacts_full(text: str) -> list[pressparse.models.Contact]:
    return pressparse.parse(text).contacts


def test_numbers_that_are_not_phones_stay_out() -> None:
    # Corpus (hembygdsforbundet-90-konto): giro numbers under the contact.
    text = (
        "Rubrik\n\nText.\n\nFör mer information, kontakta:\n"
        "Jan Nordwall, generalsekreterare, 070-794 91 24, [email protected]\n"
        "Plusgiro: 90 06 10-7 och bankgiro: 900-6107"
    )
    assert _contacts(text) == [("Jan Nordwall", ("+46707949124",), ())]


def test_pattern_constants() -> None:
    assert REGION_HEADING_RE.match("För mer information, vänligen kontakta:")
    assert not REGION_HEADING_RE.match("(kontaktperson: Sigrid Böe, pressekreterare LO)")
    assert CONTACT_LEAD_RE.search("För vidare information kontakta koncernchef")
    assert not CONTACT_LEAD_RE.search("Kontaktytorna ökar")
    assert PERSON_PIECE_RE.match("koncernchef Staffan Bohman")
    assert not PERSON_PIECE_RE.match("läs mer på webben")
    assert GLUED_RE.search("TörnerPressansvarig")
    assert not GLUED_RE.search("Törner Pressansvarig")
    assert PARTY_TAG_RE.search("Jonas Andersson (FP)")
    assert not PARTY_TAG_RE.search("Jonas Andersson (ordförande)")
    assert NAME_JOIN_RE.search("tel 08-459 5914 eller Cecilia Lager")
    assert not NAME_JOIN_RE.search("CFO och IR-chef")
    assert SENTENCE_END_RE.search("tel 08-459 5941. Gränges är")
    assert not SENTENCE_END_RE.search("Claes-R. Simonson")


def test_hostile_contact_line_is_fast() -> None:
    pressparse.parse("R\n\nKontakt:\n" + "Anna Berg, " * 3000 + "a" * 20000)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Anmäl dig till brittiska försvarsministeriet genom att skicka namn till: "
            "[DDC-PR-news@mod.gov.uk](mailto:DDC-PR-news@mod.gov.uk) senast kl. 16:00.",
            [("brittiska försvarsministeriet", [], ["ddc-pr-news@mod.gov.uk"])],
        ),
        ("Anmälan görs till Anna Berg, 070-123 45 67.", [("Anna Berg", ["+46701234567"], [])]),
        ("Anmälan till pressträffen senast fredag.", []),
        (
            "Anmäl dig till pressjouren genom att skicka namn till: "
            "[a@exempel.se](mailto:a@exempel.se) senast i morgon.",
            [("pressjouren", [], ["a@exempel.se"])],
        ),
        ("Anmäl dig till seminariet på vår webbplats.", []),
    ],
)
def test_registration_lines_of_press_invitations(
    line: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """Synthetic invitations (the first line as printed by regeringen.se in 2023)."""
    r = pressparse.parse("Inbjudan till pressträff\n\n" + line)
    assert [(c.name, c.phones, c.emails) for c in r.contacts] == expected


def test_inline_contact_sentence_leaves_no_connector_words_in_the_role() -> None:
    """Synthetic: "kontakta X, vd, på telefon N eller via e-post E"."""
    text = (
        "Rubrik om en nyhet\n\nExempel kommun meddelar idag att den nya skolan öppnar till hösten.\n\n"
        "För mer information kontakta Anna Berg, vd, på telefon 070-123 45 67 eller via e-post "
        "anna.berg@exempel.se."
    )
    r = pressparse.parse(text)
    assert [(c.name, c.role, c.phones, c.emails) for c in r.contacts] == [
        ("Anna Berg", "vd", ["+46701234567"], ["anna.berg@exempel.se"])
    ]


# --- One match and one near miss for every kind of press contact a release prints.

BODY = (
    "Rubrik om en nyhet\n\nExempel kommun meddelar idag att den nya skolan öppnar till hösten.\n\n"
)


def _names(text: str) -> list[str | None]:
    return [c.name for c in pressparse.parse(text).contacts]


@pytest.mark.parametrize(
    "heading",
    [
        "För intervjuer och bilder kontakta:",
        "För frågor om utställningen kontakta:",
        "Kommentarer lämnas av",
        "Frågor besvaras av",
        "Mer information:",
        "Kontaktpersoner",
        "Media contact",
        "Investor Relations",
        "För mer information, vänligen kontakta",
        "Frågor kan ställas till:",
    ],
)
def test_contact_headings_are_a_grammar(heading: str) -> None:
    """Synthetic: a heading of the grammar, then a person without a number or address."""
    assert _names(BODY + f"{heading}\nAnna Berg\nKommunikationschef\n") == ["Anna Berg"]


def test_contact_heading_before_the_body() -> None:
    """Synthetic: the contact block printed first, the body after it."""
    text = "Rubrik\n\nKontakt:\nAnna Berg, vd, 070-123 45 67\n\n" + BODY
    assert _names(text) == ["Anna Berg"]


def test_a_topic_heading_over_a_list_is_no_contact_heading() -> None:
    # Unlabeled (regeringen/2024/09/budgeten-presenteras-runt-om-i-landet): ministers and
    # towns under "Information om ...:" are a list, not contacts.
    text = (
        "Budgeten presenteras runt om i landet\n\nInformation om orter för statsrådens "
        "presentationer:\n\n* Justitieminister Gunnar Strömmer, Uppsala\n"
        "* Civilminister Erik Slottner, Linköping\n* Finansmarknadsminister Niklas Wykman, "
        "Eskilstuna\n\nKontakta respektive statsråds pressekreterare för mer information.\n"
    )
    assert _names(text) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Corpus (cision-arbetsformedlingen-statistik-vecka-23).
        ("Presstjänsten: 010-486 10 00, press@arbetsformedlingen.se", "Presstjänsten"),
        ("Pressjour: 010-486 10 00", "Pressjour"),
        ("Presskontakt kvällstid: 070-123 45 67", "Presskontakt kvällstid"),
        ("Socialdepartementets presstjänst, 08-405 10 00", "Socialdepartementets presstjänst"),
        ("Region Kronobergs presskontakt: 0470-58 30 00", "Region Kronobergs presskontakt"),
        (
            "Ericsson Corporate Communications, +46 10 719 69 92",
            "Ericsson Corporate Communications",
        ),
    ],
)
def test_press_functions_are_contacts(line: str, expected: str) -> None:
    assert _names(BODY + line + "\n") == [expected]


def test_a_press_address_without_a_name_is_a_contact_named_none() -> None:
    # Corpus (cision-karolinska-ny-sjukhusbyggnad-invigd-2018).
    text = (
        BODY
        + "Om oss\n\nTelefon: 08-517 740 10 E-post: presstjanst.karolinska@sll.se Telefonen är bemannad alla dagar.\n"
    )
    r = pressparse.parse(text)
    assert [(c.name, c.phones, c.emails) for c in r.contacts] == [
        (None, ["+46851774010"], ["presstjanst.karolinska@sll.se"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Unlabeled (regeringen.se invitations): pointers to a role, not contacts.
        "För mer information, kontakta pressekreterare Caroline Opsahl, se presskontakt.",
        "Kontakta respektive pressekreterare för mer information.",
        "Vid intresse, kontakta presskontakt för ytterligare detaljer.",
    ],
)
def test_a_role_phrase_alone_is_no_contact(text: str) -> None:
    names = _names(BODY + text + "\n")
    assert all(n and " " in n and n[0].isupper() for n in names), names
    assert "presskontakt" not in " ".join(n or "" for n in names).lower()


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Kommunikationsdirektör Eva Lind, 070-123 45 67", "Eva Lind", "Kommunikationsdirektör"),
        ("Presschef Olof Berg, 08-123 45 67", "Olof Berg", "Presschef"),
    ],
)
def test_a_title_before_a_name_is_the_role(line: str, name: str, role: str) -> None:
    r = pressparse.parse(BODY + "Kontakt:\n" + line + "\n")
    assert [(c.name, c.role) for c in r.contacts] == [(name, role)]


@pytest.mark.parametrize(
    "line",
    [
        "Presskontakt Informatör",
        "Chairman of the Board",
        "Källa: Nyhetsbyrån",
        "Copyright Företaget",
        "Föregående Nästa",
        "Webbansvarig",
    ],
)
def test_titles_and_page_furniture_are_no_names(line: str) -> None:
    """Synthetic: under a contact heading, lines that name no one."""
    assert _names(BODY + "Kontakt:\n" + line + "\n") == []


def test_a_board_list_without_heading_or_numbers_gives_no_contacts() -> None:
    """Synthetic: participants listed under "Medverkande:"."""
    text = BODY + "Medverkande:\nAnna Berg, vd\nPer Holm, ordförande\nEva Lind, forskare\n"
    assert _names(text) == []


def test_a_listed_person_with_a_number_is_a_contact() -> None:
    """Synthetic near miss of the list: the phone says it is a contact."""
    text = BODY + "Medverkande:\nAnna Berg, vd, 070-123 45 67\n"
    assert _names(text) == ["Anna Berg"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Unlabeled (mynewsdesk-newsroom/2003-04-29-newsdesk-oeppnar-oegonen-...).
        (
            "För att ställa frågor ber vi dig att logga in på www.newsdesk.se eller ringa "
            "direkt till Kristofer Björkman på 08 506 509 18.",
            [("Kristofer Björkman", ("+46850650918",), ())],
        ),
        (
            "Anna Berg blir ny presschef från i dag. Hon nås på telefon 070-123 45 67.",
            [("Anna Berg", ("+46701234567",), ())],
        ),
        (
            "Exempel AB: Anna Berg, vd, tel 070-123 45 67 eller e-post anna.berg@exempel.se.",
            [("Anna Berg", ("+46701234567",), ("anna.berg@exempel.se",))],
        ),
        (
            "Frågor besvaras av Anna Berg, tel 070-123 45 67, och Per Holm, tel 08-123 45 67.",
            [("Anna Berg", ("+46701234567",), ()), ("Per Holm", ("+4681234567",), ())],
        ),
    ],
)
def test_inline_contacts_in_prose(
    sentence: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _contacts(BODY + sentence + "\n") == expected


def test_a_person_in_prose_without_a_number_is_no_contact() -> None:
    """Synthetic near miss: a name in a sentence, no lead and no number."""
    assert _names(BODY + "Anna Berg blir ny presschef från i dag.\n") == []


def test_mailto_and_tel_links_give_the_details() -> None:
    """Synthetic HTML: the anchors name the channel, the links hold the address."""
    html = (
        "<html><body><h1>Rubrik</h1><p>Exempel AB öppnar en ny fabrik i Umeå.</p>"
        "<h2>Kontakt</h2><p>Anna Berg, presschef<br><a href='tel:+46701234567'>Ring</a> "
        "<a href='mailto:anna.berg@exempel.se'>Skicka e-post</a></p></body></html>"
    )
    r = pressparse.parse(html)
    assert [(c.name, c.phones, c.emails) for c in r.contacts] == [
        ("Anna Berg", ["+46701234567"], ["anna.berg@exempel.se"])
    ]


def test_regeringen_contact_card() -> None:
    # Unlabeled (regeringen/2023/03/socialtjanstministern-besoker-borlange-och-sandviken).
    text = (
        "Socialtjänstministern besöker Borlänge\n\nSocialtjänstministern är tillgänglig för "
        "media vissa tider under besöken.\n\nOlivia Nensén\nPressekreterare hos "
        "socialtjänstminister Camilla Waltersson Grönvall\n\n\nTelefon (växel)\n\n"
        "[08-405 10 00](tel:08-405 10 00)\n\nMobil\n\n[076-123 45 67](tel:076-123 45 67)\n\n"
        "e-post till Olivia Nensén\n"
    )
    r = pressparse.parse(text)
    assert [(c.name, c.phones) for c in r.contacts] == [
        ("Olivia Nensén", ["+4684051000", "+46761234567"])
    ]


def test_glued_text_is_split_on_known_shapes() -> None:
    """Synthetic: a flattened page glued a phone to an address and an address to a name."""
    text = BODY + "Kontakt:\nAnna Berg, 08-123 45 67anna.berg@exempel.seJohan Holm, 070-123 45 67\n"
    assert _contacts(text) == [
        ("Anna Berg", ("+4681234567",), ("anna.berg@exempel.se",)),
        ("Johan Holm", ("+46701234567",), ()),
    ]
    r = pressparse.parse(BODY + "Kontakt:\nSverigedemokraternaPressavdelningen, 08-786 40 00\n")
    assert [c.name for c in r.contacts] == ["Sverigedemokraterna Pressavdelningen"]


def test_every_number_in_a_contact_block_is_placed_and_none_from_the_footer() -> None:
    """Synthetic: a number before any name goes to a contact named None; the site's
    switchboard after the boilerplate is not a contact."""
    text = (
        BODY + "Presskontakt:\n08-123 45 67\nAnna Berg, presschef, 070-123 45 67\n\n"
        "Om Exempel kommun\nExempel kommun har 10 000 invånare.\n\nVäxel: 0771-12 34 56, "
        "info@exempel.se\n"
    )
    r = pressparse.parse(text)
    assert [(c.name, c.phones) for c in r.contacts] == [
        (None, ["+4681234567"]),
        ("Anna Berg", ["+46701234567"]),
    ]


def test_contacts_of_a_release_flattened_to_one_line() -> None:
    """Synthetic, as a database export prints it: no line ends at all."""
    text = (
        "Rubrik Exempel kommun öppnar en ny skola i höst. Kontakter Peter Holm, presschef "
        "Exempel kommun, 076-696 31 65, peter.holm@exempel.se Eva Lind, kommunikatör Regionen, "
        "073-045 90 84, eva.lind@regionen.se Om Exempel kommun Kommunen har 10 000 invånare. "
        "Kristiina Berg, pressekreterare, 018-16 96 06. Pressjour 018-16 94 75."
    )
    assert _contacts(text) == [
        ("Peter Holm", ("+46766963165",), ("peter.holm@exempel.se",)),
        ("Eva Lind", ("+46730459084",), ("eva.lind@regionen.se",)),
        ("Kristiina Berg", ("+4618169606",), ()),
        ("Pressjour", ("+4618169475",), ()),
    ]


def test_a_name_printed_twice_is_one_name() -> None:
    """Synthetic, in the style of a newsroom page's contact portrait."""
    assert _names(BODY + "Karin Hovdebo Karin Hovdebo Presskontakt 010-224 73 87\n") == [
        "Karin Hovdebo"
    ]


def test_the_name_ends_before_the_role_words_printed_after_it() -> None:
    """Synthetic, as a one-line Mynewsdesk page prints its contact card."""
    text = BODY + "Kontakter Sten Berg Presskontakt Pressansvarig Region Örebro län 019 602 7358"
    r = pressparse.parse(text)
    assert [(c.name, c.phones) for c in r.contacts] == [("Sten Berg", ["+46196027358"])]


# --- The gold-free checks: they must be able to disagree with the extractor.


def _sample(text: str) -> Sample:
    return Sample("synthetic.txt", text, pressparse.parse(text))


def test_audit_flags_a_title_in_a_contact_name() -> None:
    assert name_has_title("Kommunikationsdirektör Eva Lind")
    assert name_has_title("ansvarig pressekreterare")
    assert not name_has_title("Eva Lind")
    assert not name_has_title("Socialdepartementets presstjänst")


def test_audit_contact_like_blocks_are_its_own() -> None:
    """Synthetic: a cue line opens a block; a blank line ends it."""
    text = "Brödtext.\n\nFör mer information:\nAnna Berg\n070-123 45 67\n\nÖvrigt 08-123 45 67"
    assert list(contact_like_blocks(text)) == ["För mer information:\nAnna Berg\n070-123 45 67"]


def test_audit_counts_details_left_in_no_contact() -> None:
    """Synthetic: the number in the contact block is placed; the audit's own cue ("Mer
    information") opens a block the extractor reads no contact from, so the check flags
    its number: the check can disagree with the extractor."""
    placed = _sample(BODY + "Kontakt:\nAnna Berg, 070-123 45 67\n")
    assert [flag for flag, _ in details_in_contacts(placed)] == [False]
    unplaced = _sample(
        BODY + "Mer information om skolan finns på webben.\n"
        "Skolans expedition har öppet 8-16, 08-123 45 67.\n"
    )
    assert unplaced.release.contacts == []
    assert [flag for flag, _ in details_in_contacts(unplaced)] == [True]


def test_a_name_after_a_run_on_sentence_is_read() -> None:
    """Synthetic: the name follows a whole sentence; an abbreviation is no sentence."""
    from pressparse.extract.contacts import _after_last_sentence

    assert _after_last_sentence("Kommunen har 10 000 invånare. Kristiina Berg") == "Kristiina Berg"
    assert _after_last_sentence("Kungl. Tekniska högskolan") is None
    assert _after_last_sentence("Anna Berg") is None


def test_details_before_a_heading_run_onto_their_line() -> None:
    """Synthetic: the next heading follows the details on the same line (lost line ends)."""
    text = (
        BODY + "För mer information:\nAnna Berg, presschef, 070-123 45 67 anna.berg@exempel.se "
        "För kommentarer:\nPer Lind, vd, 070-765 43 21\n"
    )
    r = pressparse.parse(text)
    assert [(c.name, c.phones) for c in r.contacts] == [
        ("Anna Berg", ["+46701234567"]),
        ("Per Lind", ["+46707654321"]),
    ]


# Synthetic: a giro label ends one line and a number begins the next; an address follows
# digits that end the line before; the same number again on a line of its own.
SCANNED_LINES = """Bankgiro:
08-222 22 22
Ring 070-111 11 11 eller skriv till anna.berg@exempel.se
12
34anna.berg@exempel.se
070-111 11 11
"""


def test_a_line_reads_its_numbers_and_addresses_as_if_alone() -> None:
    """A whole line's numbers and addresses are taken from one scan of the text, but read as
    a scan of the line alone would: a label or digits on the line before do not count."""
    from pressparse.document import Document
    from pressparse.extract.contacts import ContactInputs
    from pressparse.extract.emails import find_emails
    from pressparse.extract.phones import find_phones

    inp = ContactInputs(Document(SCANNED_LINES, (), "text"))
    for a, z in inp.lines:
        line = inp.text[a:z]
        assert inp.phones_in(a, line) == find_phones(line)
        assert inp.emails_in(a, line) == find_emails(line)
    assert inp.phones_in(10, "08-222 22 22") == [("+4682222222", 0, 12)]
    # The whole text's scan sees the label before the line end: that line holds no detail.
    assert 1 not in inp.detail_lines
    assert {2, 4, 5} <= inp.detail_lines


def test_part_of_a_line_is_scanned_on_its_own() -> None:
    from pressparse.document import Document
    from pressparse.extract.contacts import ContactInputs

    inp = ContactInputs(Document(SCANNED_LINES, (), "text"))
    a, z = inp.lines[2]
    part = inp.text[a + 5 : z]
    assert inp.phones_in(a + 5, part) == [("+46701111111", 0, 13)]


# The per-document word tests must let through every line a lead or a heading is found in:
# real lead and heading lines (mynewsdesk, regeringen, cision releases), and near misses
# whose words stand inside other words ("förändring", "digital", "tidigare").
GATED_LEADS = [
    "För mer information kontakta presschef Anna Berg, tel 070-111 11 11",
    "Frågor besvaras av Staffan Bohman",
    "Vill du veta mer, ring direkt till Kim Sjölund på 072-598 13 88",
    "Hör av dig till Julia Wågenberg",
    "Föranmälan med angivande av namn ska ske till administrativa juristen Julia Wågenberg",
    "Region Kronobergs presskontakt: Anna Berg",
    "Han nås på 08-405 10 00",
    "For further information, please contact: Anna Berg",
    "Ackreditering görs senast måndag via e-post till press@exempel.se",
    "Vid eventuella  frågor: Anna Berg, 070-111 11 11",
]
GATED_MISSES = [
    "En förändring av digital infrastruktur som tidigare planerats.",
    "Satsningen ger regionen en ny riktning.",
]
# A topic where no lead reads one (regeringen, mynewsdesk prose): a heading may still be a
# bare "Information", so only the lead test lets it by.
TOPIC_MISSES = [
    "Myndigheten samlar all information om tjänsten på sin webbplats.",
    "Utställningen visar bilder från 1900-talets Stockholm.",
]


def _inputs(text: str) -> ContactInputs:
    return ContactInputs(Document(text, (), "text"))


@pytest.mark.parametrize("line", GATED_LEADS)
def test_lead_gate_lets_leads_through(line: str) -> None:
    assert CONTACT_LEAD_RE.search(line) is not None
    assert _inputs(line).lead_word_lines == {0}


@pytest.mark.parametrize("line", GATED_LEADS)
def test_leads_tried_near_their_words_are_those_of_a_scan(line: str) -> None:
    # CONTACT_LEAD_RE is tried only near the gate's words (line_leads): the leads must be
    # those of a scan of the whole line.
    found = [m.span() for m, _ in _inputs(line).line_leads[0]]
    scanned = [m for m in CONTACT_LEAD_RE.finditer(line) if not _ends_function(line, m.end())]
    assert found == [m.span() for m in scanned]


@pytest.mark.parametrize("line", GATED_MISSES)
def test_lead_gate_stops_words_inside_words(line: str) -> None:
    inp = _inputs(line)
    assert not inp.lead_word_lines
    assert not inp.heading_word_lines


@pytest.mark.parametrize("line", TOPIC_MISSES)
def test_topic_counts_for_a_lead_only_where_a_lead_reads_it(line: str) -> None:
    inp = _inputs(line)
    assert CONTACT_LEAD_RE.search(line) is None
    assert not inp.lead_word_lines
    assert inp.heading_word_lines == {0}


# FUNCTION_CUE_RE is tried only where _cue_starts says a match may begin: the matches must be
# those of a scan of the whole line. Lines as Arbetsförmedlingen, LO and Trafikverket print
# them flattened to one line; the last a near miss naming no function before its colon.
CUE_LINES = [
    "Mer om satsningen finns på webben. Presstjänsten: 010-486 10 00, press@arbetsformedlingen.se",
    "Talare i år är bland andra förbundets ordförande. LOs pressjour: 08-796 25 00",
    "Arbetet pågår hela natten. Trafikverkets  presstjänst kvällstid: 0771-921 921",
    "Vägen stängs av under tre veckor. Omledning: via riksväg 83 och länsväg 305",
]


@pytest.mark.parametrize("line", CUE_LINES)
def test_function_cues_tried_where_they_begin(line: str) -> None:
    found = [
        m.span()
        for m in finditer_from_offsets(FUNCTION_CUE_RE, line, _cue_starts(line, fold(line)))
    ]
    assert found == [m.span() for m in FUNCTION_CUE_RE.finditer(line)]
    assert bool(found) == ("Omledning" not in line)


# Web addresses are blanked before contacts are read; the e-mail scan of the lines they are
# on is made again, the others' kept from the scan of the document's text. Lines after
# mynewsdesk-newsroom 2009-09-04-mr-bean-new-coo-at-newsdesk and
# 2007-02-06-pr20-allt-vanligare-...: an address on its own line, next to web addresses,
# and one on a web address's line; synthetic: an obfuscated address whose domain reads as
# a web address (it is not blanked).
BLANKED_LINES = (
    "Mer information:\n"
    "Kristofer Björkman\n"
    "kristofer@newsdesk.se\n"
    "www.newsdesk.se\n"
    "peter@newsdesk.se www.facebook.com/mynewsdesk www.twitter.com/pingman\n"
    "anna.berg[at]exempel.se\n"
)


def test_email_scan_after_blanking_is_a_scan_of_the_blanked_text() -> None:
    from pressparse.api import read_document
    from pressparse.extract.emails import email_matches
    from pressparse.extract.urls import extract_urls

    doc = read_document(BLANKED_LINES.encode(), source_format="text", url=None, max_bytes=10**6)
    inp = ContactInputs(doc, extract_urls(doc))
    assert inp.text != doc.text  # web addresses blanked
    scan = [(m.span(), m.group(0)) for m in inp.email_scan]
    assert scan == [(m.span(), m.group(0)) for m in email_matches(inp.text, fold(inp.text))]
    assert [g for _, g in scan] == [
        "kristofer@newsdesk.se",
        "peter@newsdesk.se",
        "anna.berg[at]exempel.se",
    ]


def test_a_number_is_label_tested_once_in_its_line() -> None:
    # Synthetic: a fax label alone on the line before a number, a giro number, a phone.
    from pressparse.extract.phones import is_labelled

    text = "Fax\n08-123 45 67\nBankgiro 5050-1055 eller 0771-921 921\nTel 08-405 10 00"
    inp = _inputs(text)
    starts = [a for _, a, _ in inp.phone_scan]
    line_starts = [a for a, _ in inp.lines]
    assert inp.details.labels == {
        a: is_labelled(text, a, max(s for s in line_starts if s <= a)) for a in starts
    }
    # The test of the whole text reads the line before a number at a line's start.
    assert inp.detail_lines == {2, 3}


@pytest.mark.parametrize(
    "text",
    [
        BLANKED_LINES,
        # Synthetic: a capital sigma (its small form depends on the letters around it,
        # which blanking may change) and a dotted capital I, with a web address.
        "Kontakt: ΑΘΗΝΑΣ\nİstanbul www.exempel.se ΣΟΦΙΑ\n",
    ],
)
def test_folded_text_after_blanking_is_the_fold_of_the_blanked_text(text: str) -> None:
    from pressparse.api import read_document
    from pressparse.extract.urls import extract_urls

    doc = read_document(text.encode(), source_format="text", url=None, max_bytes=10**6)
    inp = ContactInputs(doc, extract_urls(doc))
    assert inp.text != doc.text  # web addresses blanked
    assert inp.low == fold(inp.text)


def test_every_gate_word_is_found_through_one_needle_it_holds_once() -> None:
    from pressparse.extract.contacts import (
        _HEADING_GATE,
        _LEAD_GATE,
        _REGISTRATION_GATE,
        _WORD_NEEDLES,
    )

    found = [(word, needle) for needle, words in _WORD_NEEDLES for word, *_ in words]
    gates = (*_LEAD_GATE, *_HEADING_GATE, *_REGISTRATION_GATE)
    assert sorted(w for w, _ in found) == sorted(w for w, _, _ in gates)
    assert all(word.count(needle) == 1 for word, needle in found)
    offsets = {w: o for _, words in _WORD_NEEDLES for w, o, *_ in words}
    assert offsets["medieförfrågningar"] == len("medieför")  # through "fråg"


def test_threads_parsing_at_once_share_the_table_of_known_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # synthetic releases, each with its own contact line; a table of 8 lines makes every
    # parse evict one while the other threads read and write it
    from collections import OrderedDict
    from concurrent.futures import ThreadPoolExecutor

    from pressparse.extract import contacts

    monkeypatch.setattr(contacts, "PIECES_CACHE_SIZE", 8)
    # a table of its own: the other tests' lines are in the shared one
    monkeypatch.setattr(contacts, "_KNOWN_EVENTS", OrderedDict())

    def one(i: int) -> list[str]:
        text = (
            f"Rubrik nummer {i}\n\nBolaget meddelar nyheten nummer {i}.\n\n"
            f"Kontakt: Anna Berg, presschef, 070-123 {i // 100:02d} {i % 100:02d}\n"
        )
        return [p for c in pressparse.parse(text).contacts for p in c.phones]

    with ThreadPoolExecutor(max_workers=4) as pool:
        phones = list(pool.map(one, range(400)))
    assert all(len(p) == 1 for p in phones)
    # each thread may add its line before one of them drops the oldest
    assert len(contacts._KNOWN_EVENTS) <= 8 + 4
