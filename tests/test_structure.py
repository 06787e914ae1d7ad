"""Block roles: contact block, boilerplate, disclosure, attachments, chrome, lead; markdown
and front matter in text input."""

from __future__ import annotations

import pressparse
from pressparse.api import parse_findings
from pressparse.structure import (
    ABOUT_HEADING_RE,
    ABOUT_IS_RE,
    CONTACT_HEADING_RE,
    CONTACT_INLINE_RE,
    CONTACT_PAREN_RE,
    DISCLOSURE_RE,
    FOLLOW_RE,
    PIPE_HEADER_RE,
    _doubled_phrase_end,
    is_chrome_line,
    is_contact_start,
    is_label_line,
)


def _roles(text: str) -> dict[str, str]:
    doc = parse_findings(text).doc
    return {doc.block_text(b): b.role for b in doc.blocks}


def test_contact_heading_re() -> None:
    assert CONTACT_HEADING_RE.match("För mer information, vänligen kontakta:")
    assert CONTACT_HEADING_RE.match("Presskontakt")
    assert not CONTACT_HEADING_RE.match("Kontakten med kommunen har varit god under hela året.")


def test_contact_inline_re() -> None:
    assert CONTACT_INLINE_RE.match(
        "För mer information, kontakta Pernilla Björk, tel: 070-291 15 24"
    )
    assert CONTACT_INLINE_RE.match("Kontakt MyNewsdesk: Charlotte Ulvros, CMO, 070-4580209")
    assert not CONTACT_INLINE_RE.match("Media som vill ha kommentarer kan ringa ordföranden.")
    assert is_contact_start("För ytterligare information kontakta LOs pressjour 08-796 26 90.")
    assert not is_contact_start("Informationen om evenemanget finns på webbplatsen i morgon.")


def test_contact_paren_re() -> None:
    assert CONTACT_PAREN_RE.match(
        "(kontaktperson: Sigrid Böe, pressekreterare LO, 070 – 620 12 07)"
    )
    assert not CONTACT_PAREN_RE.match("(se bifogad karta)")


def test_about_res() -> None:
    assert ABOUT_HEADING_RE.match("Om Stockholm Business Region")
    assert ABOUT_HEADING_RE.match("Om oss")
    assert not ABOUT_HEADING_RE.match("Om du har frågor om beslutet")
    assert ABOUT_IS_RE.match("ÅF är ett ledande teknikkonsultföretag med kunskap")
    assert not ABOUT_IS_RE.match("I dag beslutade styrelsen att utse en ny vd.")


def test_disclosure_re() -> None:
    assert DISCLOSURE_RE.search(
        "Denna information är sådan som Medfield Diagnostics är skyldigt att offentliggöra "
        "enligt EU:s marknadsmissbruksförordning (EU nr 596/2014)."
    )
    assert not DISCLOSURE_RE.search("Informationen lämnades på en presskonferens i går.")


def test_label_and_pipe_header() -> None:
    assert is_label_line("Pressmeddelande • Jan 18, 2016 10:43 CET")
    assert is_label_line("11.2.2026 13:00:03 CET | Dramaten | Pressmeddelande")
    assert PIPE_HEADER_RE.match("a | b | c")
    assert not is_label_line("Pris | kvalitet | service är våra ledord")


def test_chrome_lines() -> None:
    assert is_chrome_line("Skip to main content")
    assert is_chrome_line("Hem > Press > Pressmeddelanden")
    assert is_chrome_line("Vi använder cookies för att ge dig en bättre upplevelse.")
    assert is_chrome_line("______________")
    assert not is_chrome_line("Tillbaka till skolan efter sommarlovet blir det nya regler.")
    assert FOLLOW_RE.search("För mer information om Mynewsdesk, följ oss på:")
    assert not FOLLOW_RE.search("Följande beslut fattades")


SYNTHETIC = """Skip to main content

Ny vd för Exempel AB

Pressmeddelande • Jan 18, 2016 10:43 CET

Exempel AB har i dag utsett Anna Berg till ny verkställande direktör för koncernen.

Anna Berg kommer närmast från en tjänst som ekonomichef i ett större industriföretag.

Denna information är sådan information som Exempel AB är skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning.

Bilagor
Pressbild Anna Berg.jpg

För mer information, kontakta:
Anna Berg, vd, 070-123 45 67

Om Exempel AB
Exempel AB är en svensk tillverkare av exempel med 200 anställda i tre länder.
"""


def test_synthetic_release_roles() -> None:
    roles = _roles(SYNTHETIC)
    assert roles["Skip to main content"] == "chrome"
    assert roles["Ny vd för Exempel AB"] == "title"
    assert roles["Pressmeddelande • Jan 18, 2016 10:43 CET"] == "label"
    assert roles[next(k for k in roles if k.startswith("Exempel AB har"))] == "lead"
    assert roles[next(k for k in roles if k.startswith("Anna Berg kommer"))] == "body"
    assert roles[next(k for k in roles if k.startswith("Denna information"))] == "disclosure"
    assert roles["Bilagor"] == "attachments"
    assert roles["Pressbild Anna Berg.jpg"] == "attachments"
    assert roles["För mer information, kontakta:"] == "contact"
    assert roles["Anna Berg, vd, 070-123 45 67"] == "contact"
    assert roles["Om Exempel AB"] == "boilerplate"
    r = pressparse.parse(SYNTHETIC)
    assert r.body.startswith("Anna Berg kommer")
    assert "070-123 45 67" not in r.body and "200 anställda" not in r.body


def test_synthetic_contact_block_first_then_release() -> None:
    text = (
        "Förtydligande om prognoser\n\nFör mer information:\nAnna Berg, vd, 070-123 45 67\n\n"
        + "Med anledning av en artikel i dag vill bolaget förtydliga följande om sina mål. " * 3
        + "\n\nBolaget lämnar inga prognoser och har inte gjort det på tio år."
    )
    r = pressparse.parse(text)
    assert r.lead is not None and r.lead.startswith("Med anledning")
    assert "tio år" in r.body


def test_synthetic_contacts_after_boilerplate() -> None:
    text = (
        "Ny tjänst lanseras\n\nExempel AB lanserar i dag en ny tjänst för bildsök på webben.\n\n"
        "Om Exempel AB\nExempel AB är en leverantör av söktjänster med kontor i Stockholm.\n\n"
        "Kontaktpersoner för mer information:\nAnna Berg, presschef\nTel: 070-123 45 67\n"
    )
    roles = _roles(text)
    assert roles["Kontaktpersoner för mer information:"] == "contact"
    assert roles["Tel: 070-123 45 67"] == "contact"


def test_synthetic_run_on_release_is_cut_into_sentences() -> None:
    sentence = "Bolaget växer snabbt i Norden och öppnar nya kontor under året. "
    text = (
        "Exempel byter namn\n\nExempel byter namn En extra bolagsstämma beslutade i dag att "
        "byta namn. " + sentence * 30 + "För vidare information kontakta vd Anna Berg, "
        "tel 08-123 45 67, eller Claes-R. Simonson, tel 08-123 45 68. Exempel är en "
        "internationell industrikoncern inriktad på aluminium."
    )
    r = pressparse.parse(text)
    assert r.title == "Exempel byter namn"
    assert r.lead == "En extra bolagsstämma beslutade i dag att byta namn."
    assert "08-123 45 67" not in r.body and "industrikoncern" not in r.body


def test_markdown_text_input() -> None:
    md = (
        "# Ny vd för **Exempel AB**\n\n"
        "Exempel AB har i dag utsett [Anna Berg](https://exempel.se/anna) till ny vd.\n\n"
        "* Tillträder i maj\n* Kommer från industrin\n\n"
        "Kontakt: [anna@exempel.se](mailto:anna@exempel.se)\n"
    )
    r = pressparse.parse(md)
    assert r.title == "Ny vd för Exempel AB"
    assert r.lead == "Exempel AB har i dag utsett Anna Berg till ny vd."
    assert "[" not in r.text and "**" not in r.text and "* " not in r.text
    assert "https://exempel.se/anna" in [u.url for u in r.urls]
    assert "anna@exempel.se" in r.contacts[0].emails if r.contacts else "anna@exempel.se" in r.text


def test_front_matter_in_text_input() -> None:
    text = (
        '---\ntitle: "Ny vd för Exempel AB"\ndate: 2016-04-07 10:19:37 +0200\n---\n'
        "Exempel AB har i dag utsett Anna Berg till ny verkställande direktör.\n"
    )
    r = pressparse.parse(text)
    assert r.title == "Ny vd för Exempel AB"
    assert r.lead is not None and r.lead.startswith("Exempel AB har")
    assert "title:" not in r.text


def test_synthetic_headline_printed_twice_at_the_start_of_one_line() -> None:
    """Synthetic: a release flattened to one line, its headline printed twice (as archives
    that store a title and then the body starting with the title do)."""
    text = (
        "Exempel AB byter namn till Prov AB Exempel AB byter namn till Prov AB En extra "
        "bolagsstämma beslutade idag att byta namn. " + "Mer text om bytet och dess skäl. " * 60
    )
    r = pressparse.parse(text)
    assert r.title == "Exempel AB byter namn till Prov AB"
    assert r.lead is not None and r.lead.startswith("En extra bolagsstämma")


def test_synthetic_line_without_a_repeated_opening_keeps_its_title() -> None:
    r = pressparse.parse(
        "Exempel AB byter namn\n\nExempel AB byter namn efter beslut på stämman idag."
    )
    assert r.title == "Exempel AB byter namn"


def test_doubled_phrase_end_bounds() -> None:
    # Real: cision-granges-byter-namn-sapa.txt, as archives flatten it to one line.
    line = "Gränges byter namn till Sapa Gränges byter namn till Sapa En extra bolagsstämma"
    assert _doubled_phrase_end(line) == len("Gränges byter namn till Sapa")
    # Synthetic near misses: two words only, no space after the copy, a word between copies.
    assert _doubled_phrase_end("Ny vd Ny vd utsedd idag") is None
    assert _doubled_phrase_end("Gränges byter namn Gränges byter namn") is None
    assert _doubled_phrase_end("Gränges byter namn och Gränges byter namn igen") is None


def test_title_rules_against_a_line_come_after_the_rules_for_one() -> None:
    # The rules against a line read only the lines the rules before them have read.
    from pressparse.structure import TITLE_RULES

    weights = [r.weight for r in TITLE_RULES]
    first_against = next(i for i, w in enumerate(weights) if w < 0)
    assert all(w < 0 for w in weights[first_against:])


def test_no_evidence_against_a_title_line_nothing_supports() -> None:
    # synthetic: three title-like lines, the last two sentences of running text; only the
    # first is read by a rule for a line (the first line), so only it can be read as prose
    from pressparse.document import Block, Role
    from pressparse.rules import collect
    from pressparse.structure import TITLE_RULES, TitleInputs

    texts = [
        "Ny rapport om skogen",
        "Skogen växer snabbare än på länge i hela landet och i alla län.",
        "Det visar en ny rapport som släpps i dag av myndigheten i Jönköping.",
    ]
    blocks = []
    pos = 0
    for t in texts:
        blocks.append(Block(pos, pos + len(t)))
        pos += len(t) + 2
    roles: list[Role] = ["unknown"] * 3
    inputs = TitleInputs(blocks, texts, roles, "", (0, 1, 2), False, False)
    candidates = collect(inputs, TITLE_RULES)
    assert [c.value for c in candidates] == [0]
    assert [e.rule for e in candidates[0].evidence] == ["title.first_line"]
