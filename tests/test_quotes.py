"""Quotations and their speakers: one real-style case and one near-miss per pattern.

Real snippets are short quotes from the shared corpus; strings marked synthetic are made up
in the same style.
"""

from __future__ import annotations

import time

import pytest

import pressparse
from pressparse.document import (
    ContactValue,
    Finding,
    OrganizationValue,
    PersonValue,
    QuoteValue,
    Span,
)
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
from pressparse.extract.quotes.speakers import fill_speakers

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


@pytest.mark.timing  # compares CPU or wall time: `make check-linear`
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


# -- every quote form of a release, as a table ------------------------------------------------

FORMS = [
    # Two speakers closing one quotation (synthetic): the speaker as printed.
    (
        "– Vi bygger vidare tillsammans, säger Anna Berg och Per Lind.\n",
        [("Vi bygger vidare tillsammans", "Anna Berg och Per Lind")],
    ),
    # A title in the definite form, the name given elsewhere (regeringen.se shape).
    (
        "Utrikesminister Tobias Billström besöker Paris den 21 november.\n\n"
        "– Frankrike är en viktig partner för Sverige, säger utrikesministern.\n",
        [("Frankrike är en viktig partner för Sverige", "Tobias Billström")],
    ),
    (
        "Bistånds- och utrikeshandelsminister Benjamin Dousa reser till Kiev.\n\n"
        "– Svenska företag kan bidra till uppbyggnaden, säger bistånds- och "
        "utrikeshandelsministern.\n",
        [("Svenska företag kan bidra till uppbyggnaden", "Benjamin Dousa")],
    ),
    # A title and a surname; a surname alone (corpus shape: "säger Lifvendahl").
    (
        "Utrikesminister Tobias Billström besöker Paris.\n\n"
        "– Vi har goda relationer med Frankrike, säger utrikesminister Billström.\n",
        [("Vi har goda relationer med Frankrike", "Tobias Billström")],
    ),
    (
        "Andreas Lifvendahl är vd för Exempel AB sedan 2015.\n\n"
        "– Vi har hittat en mycket bra person för uppdraget, säger Lifvendahl.\n",
        [("Vi har hittat en mycket bra person för uppdraget", "Andreas Lifvendahl")],
    ),
    (
        "Förbundskapten Per Lind tog ut truppen i dag.\n\n"
        "– Laget är starkare än någonsin förut, säger förbundskapten Lind.\n",
        [("Laget är starkare än någonsin förut", "Per Lind")],
    ),
    # A title that ends the compound title of the one person it can be (regeringen.se shape).
    (
        "Socialtjänstminister Camilla Waltersson Grönvall mötte i dag fackförbunden.\n\n"
        "– Att säkra kompetensförsörjningen är en ödesfråga för Sverige, säger ministern.\n",
        [
            (
                "Att säkra kompetensförsörjningen är en ödesfråga för Sverige",
                "Camilla Waltersson Grönvall",
            )
        ],
    ),
    # A title nobody in the release bears: no speaker is invented.
    (
        "– Det här är en viktig dag för oss alla, säger finansministern.\n",
        [("Det här är en viktig dag för oss alla", None)],
    ),
    # An organization's genitive before the speaker (corpus shape).
    (
        "- Reformbehovet i svensk ekonomi har inte minskat på fyra år. Det säger Svenskt "
        "Näringslivs VD Urban Bäckström i en kommentar till valet.\n",
        [("Reformbehovet i svensk ekonomi har inte minskat på fyra år.", "Urban Bäckström")],
    ),
    # "Det sade X" closing unmarked speech (corpus shape).
    (
        "Sveriges företag behöver besked om villkoren framöver. Det sade Svenskt Näringslivs "
        "VD, Urban Bäckström, när han talade vid stämman.\n",
        [("Sveriges företag behöver besked om villkoren framöver.", "Urban Bäckström")],
    ),
    # Several dash paragraphs closed by one attribution (corpus shape).
    (
        "- Sverige har fått ett nytt parti i riksdagen.\n\n"
        "- Det finns anledning till oro på en punkt.\n\n"
        "- Det är företagarna som skapar välståndet, avslutar Urban Bäckström.\n",
        [
            (
                "Sverige har fått ett nytt parti i riksdagen. Det finns anledning till oro på en "
                "punkt. Det är företagarna som skapar välståndet",
                "Urban Bäckström",
            )
        ],
    ),
    # A run of dash paragraphs right after a quotation goes on with its speaker, as one.
    (
        "– Året har varit bra för oss, säger Anna Berg.\n\n"
        "– Vi har vuxit på alla marknader där vi finns.\n\n"
        "– Nästa år blir ännu bättre för hela koncernen.\n",
        [
            ("Året har varit bra för oss", "Anna Berg"),
            (
                "Vi har vuxit på alla marknader där vi finns. Nästa år blir ännu bättre för "
                "hela koncernen.",
                "Anna Berg",
            ),
        ],
    ),
    # "Name, role:" / "X lade till:" announcing a paragraph (corpus shapes).
    (
        "Öjvind Norberg, grundare och huvudägare i PÄAB:\n\n"
        "“Jag ser Imint som ett spännande företag med stor potential.”\n",
        [("Jag ser Imint som ett spännande företag med stor potential.", "Öjvind Norberg")],
    ),
    (
        "David Zhang lade till:\n\n"
        "Det skall bli väldigt roligt att få jobba för Imint och bolaget.\n",
        [("Det skall bli väldigt roligt att få jobba för Imint och bolaget.", "David Zhang")],
    ),
    # "X fortsätter:" introducing the next paragraph (synthetic).
    (
        "Anna Berg fortsätter:\n\n"
        "Kontoret kommer att ha tjugo anställda redan första året.\n",
        [("Kontoret kommer att ha tjugo anställda redan första året.", "Anna Berg")],
    ),
    # The attribution on a line of its own after the announced paragraph (corpus shape).
    (
        "Henrik Nordlindh, VD på Kontigo Care kommenterar:\n\n"
        "Vi är mycket glada över detta samarbete med Imint och ser fram emot det.\n"
        ",avslutar Henrik Nordlindh.\n",
        [
            (
                "Vi är mycket glada över detta samarbete med Imint och ser fram emot det.",
                "Henrik Nordlindh",
            )
        ],
    ),
    # Quotes inside Markdown ">" blocks (synthetic).
    (
        "> – Vi ser fram emot samarbetet med kommunen, säger Anna Berg.\n",
        [("Vi ser fram emot samarbetet med kommunen", "Anna Berg")],
    ),
    (
        "> – Vi ser fram emot samarbetet\n> med kommunen, säger Anna Berg.\n",
        [("Vi ser fram emot samarbetet med kommunen", "Anna Berg")],
    ),
    (
        "> ”Vi ser fram emot samarbetet med kommunen”, säger Anna Berg.\n",
        [("Vi ser fram emot samarbetet med kommunen", "Anna Berg")],
    ),
]


@pytest.mark.parametrize(("body", "want"), FORMS)
def test_quote_forms(body: str, want: list[tuple[str, str | None]]) -> None:
    assert quotes(body) == want


NOT_QUOTES = [
    # A contact heading ending with a colon announces no speaker.
    "För mer information, kontakta:\n\nVi har öppet alla vardagar mellan nio och fem.\n",
    # An organization's statement closed by "Det meddelar": no person speaks.
    "Bolaget ökade sin vinst under året med tio procent. Det meddelar Exempel AB i dag.\n",
    # A dash in running text is no dash paragraph (corpus shape).
    "Kyrkomötet slutar idag – återsamlas i oktober för att fatta beslut.\n",
]


@pytest.mark.parametrize("body", NOT_QUOTES)
def test_not_quotes(body: str) -> None:
    assert quotes(body) == []


def test_an_organization_is_never_the_speaker() -> None:
    orgs_found = quotes(
        "Exempel Minerals AB har hittat guld.\n\n"
        "– Halterna är fortsatt höga i hela fyndigheten, säger Exempel Minerals.\n"
    )
    assert all(sp != "Exempel Minerals" for _, sp in orgs_found)


# -- the same quotations whatever the layout of the lines ---------------------------------------

RELEASE = (
    "Ny fond för kulturarvet\n\n"
    "Sveriges Hembygdsförbund har startat en insamling till stöd för kulturarvet i landets "
    "alla hembygdsföreningar.\n\n"
    "– Hembygdsföreningarnas engagerade medlemmar lägger årligen ner runt fyra miljoner "
    "timmar på ideellt arbete. Men det räcker inte. Det behövs även pengar om kulturarvet "
    "ska kunna tas tillvara, säger Jan Nordwall, generalsekreterare.\n\n"
    "Fonden kommer att fördelas till tre olika områden under de kommande åren.\n\n"
    "– Att vi nu har fått ett eget konto är ett viktigt steg för förbundet, säger Jan "
    "Nordwall.\n"
)  # synthetic, in the shape of hembygdsforbundet-90-konto


def _layouts() -> dict[str, str]:
    import textwrap

    wrapped = "\n".join(
        textwrap.fill(p, 72, break_long_words=False, break_on_hyphens=False) if p.strip() else ""
        for p in RELEASE.split("\n")
    )
    return {"lines": RELEASE, "wrap72": wrapped, "oneline": " ".join(RELEASE.split())}


@pytest.mark.parametrize("layout", ["lines", "wrap72", "oneline"])
def test_quotes_hold_on_every_layout(layout: str) -> None:
    r = pressparse.parse(_layouts()[layout])
    got = [(" ".join(q.text.split()), q.speaker.name if q.speaker else None) for q in r.quotes]
    assert got == [
        (
            "Hembygdsföreningarnas engagerade medlemmar lägger årligen ner runt fyra miljoner "
            "timmar på ideellt arbete. Men det räcker inte. Det behövs även pengar om "
            "kulturarvet ska kunna tas tillvara",
            "Jan Nordwall",
        ),
        ("Att vi nu har fått ett eget konto är ett viktigt steg för förbundet", "Jan Nordwall"),
    ]


# -- the speakers step: roles from the contacts, never an organization ------------------------


def _finding(name: str, role: str | None = None) -> Finding[QuoteValue]:
    value = QuoteValue("Vi är glada.", PersonValue(name, role, None), (Span(0, 12),))
    return Finding(value, Span(0, 12), "quote.dash")


def test_fill_speakers_takes_the_contacts_role() -> None:
    contact = Finding(
        ContactValue("Anna Berg", "presschef", "Exempel AB", (), ()), Span(20, 30), "contact.block"
    )
    got = fill_speakers([_finding("Anna Berg")], [contact])
    assert got[0].value.speaker == PersonValue("Anna Berg", "presschef", "Exempel AB")


def test_fill_speakers_drops_an_organization() -> None:
    org = Finding(OrganizationValue("Exempel Minerals AB", (Span(0, 5),)), Span(0, 5), "gazetteer")
    got = fill_speakers([_finding("Exempel Minerals"), _finding("Anna Berg")], [], [org])
    assert [q.value.speaker.name if q.value.speaker else None for q in got] == [None, "Anna Berg"]


INSERTED = [
    # An attribution set inside the quoted sentence (corpus: rottneros-vallviks-bruk-2010).
    (
        "Robert Jensen är vd för bruket.\n\n"
        "– Mycket glädjande, fortsätter Jensen, är att allt arbete under stoppet gått enligt "
        "plan och att kostnaderna följt budget.\n",
        [
            (
                "Mycket glädjande är att allt arbete under stoppet gått enligt plan och att "
                "kostnaderna följt budget.",
                "Robert Jensen",
            )
        ],
    ),
    # Near misses: a role, a clause about the speaker.
    (
        "– Det är en bra dag, säger Anna Berg, doktorand vid Kungliga Tekniska högskolan.\n",
        [("Det är en bra dag", "Anna Berg")],
    ),
    (
        "– Det är en bra dag, säger Anna Berg, som har arbetat med frågan i många år.\n",
        [("Det är en bra dag", "Anna Berg")],
    ),
]


@pytest.mark.parametrize(("body", "want"), INSERTED)
def test_inserted_attribution(body: str, want: list[tuple[str, str | None]]) -> None:
    assert quotes(body) == want


def test_unmarked_speech_starts_after_a_sentence_about_a_person() -> None:
    # Real text (../shared/corpus/dagensanalys-tu-svanberg-ordforande.txt) on one line: the
    # release's sentences about the speaker run straight into her unmarked speech.
    release = (
        "Victoria Svanberg vald till ordförande för branschorganisation TU\n\n"
        "Victoria Svanberg har i dag valts till ordförande för mediehusens "
        "branschorganisation TU – Medier i Sverige. Victoria är organisationens första "
        "kvinnliga ordförande.\n\nJag är glad och hedrad över att ha fått förtroendet att "
        "vara ordförande för TU. Jag ser också fram emot att jobba med de utmaningar "
        "branschen står inför, säger Victoria Svanberg, ny ordförande för "
        "branschorganisationen TU – Medier i Sverige."
    )
    quotes = pressparse.parse(" ".join(release.split())).quotes
    assert [q.text[:22] for q in quotes] == ["Jag är glad och hedrad"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Victoria Svanberg"


def test_unmarked_speech_may_name_a_person_inside_a_sentence() -> None:
    # Synthetic near miss: a name inside a sentence of speech does not cut it.
    text = (
        "Ny ordförande\n\nDet är roligt att hälsa Anna Berg välkommen. Hon har lång "
        "erfarenhet, säger Per Holm, vd.\n"
    )
    quotes = pressparse.parse(text).quotes
    assert [q.text for q in quotes] == [
        "Det är roligt att hälsa Anna Berg välkommen. Hon har lång erfarenhet"
    ]


# -- fast paths that stand for a pattern ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "regionala struktur.",  # real text (corpus), and synthetic endings after it
        "regionala struktur,",
        "– Det är bra.” \t",
        "sade hon:'",
        "slut.\n",
        "slut.\n\n",
        "”",
        "",
        " . ",
        "– Vi är glada",
        "> – Vi är glada",
        "-5 grader",
        "\t–Det",
    ],
)
def test_fast_paths_agree_with_their_patterns(line: str) -> None:
    from pressparse.extract.quotes.dash import dash_content_start, ends_sentence

    assert ends_sentence(line) == (ENDS_SENTENCE_RE.search(line) is not None)
    m = DASH_QUOTE_RE.match(line)
    assert dash_content_start(line) == (m.end() if m else None)


def test_legal_form_endings_are_the_pattern_words() -> None:
    import re

    from pressparse.extract.quotes.attribution import LEGAL_FORM_ENDINGS, LEGAL_FORM_RE

    # organization_keys relies on it: a name that ends in none of them has no legal form.
    assert "|".join(map(re.escape, LEGAL_FORM_ENDINGS)) in LEGAL_FORM_RE.pattern


@pytest.mark.parametrize(
    "prefix",
    [
        # synthetic, in the shape of the corpus's announcements; then near misses
        "Bolaget växer. Anna Berg, vd på Exempel AB, säger: ”",
        "Bolaget växer. Mats TILLÄGGER:\n",
        "Han glädjer  sig: ",
        "Bolaget växer. Anna Berg säger att",
        "Anna Berg, vd, säger:» ",
    ],
)
def test_pre_attribution_is_that_of_its_pattern(prefix: str) -> None:
    from pressparse.extract.quotes.attribution import PRE_ATTRIBUTION_RE, pre_attribution

    m = PRE_ATTRIBUTION_RE.search(prefix)
    want = parse_speaker(m.group("clause"))[0] if m else None
    assert pre_attribution(prefix) == want
