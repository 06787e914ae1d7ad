"""Word tables of the organization rules: capitalized words that are never part of a name,
places that are never an organization, and the role words (from the one role table) that
cue an organization."""

from __future__ import annotations

from pressparse.lexicon.roles import ROLE_ENDINGS, ROLE_WORDS

# Capitalized words that begin sentences or titles and are never part of a name (also
# nationality adjectives: "Norska NHST Media Group" is NHST Media Group).
STOP_WORDS: frozenset[str] = frozenset(
    [
        "Det",
        "Den",
        "Detta",
        "Dessa",
        "De",
        "Vi",
        "Jag",
        "Han",
        "Hon",
        "Du",
        "Ni",
        "Man",
        "Nu",
        "Idag",
        "I",
        "Och",
        "Men",
        "Som",
        "Att",
        "Efter",
        "Från",
        "Med",
        "Om",
        "About",
        "Under",
        "Enligt",
        "Nya",
        "Ny",
        "Nytt",
        "Här",
        "Där",
        "Även",
        "Sedan",
        "Samtliga",
        "Alla",
        "Genom",
        "Vid",
        "För",
        "Till",
        "Av",
        "På",
        "Inte",
        "När",
        "Kontakt",
        "Kontakta",
        "Presskontakt",
        "Pressmeddelande",
        "Pressinbjudan",
        "Tel",
        "Telefon",
        "Mobil",
        "Mail",
        "E-post",
        "The",
        "A",
        "An",
        "This",
        "That",
        "Today",
        "We",
        "Our",
        "In",
        "At",
        "Of",
        "For",
        "And",
        "Läs",
        "Se",
        "Mer",
        "Bilder",
        "Bild",
        "Foto",
        "Välkommen",
        "Tid",
        "Plats",
        "Adress",
        "Datum",
        "Dag",
        "Måndag",
        "Tisdag",
        "Onsdag",
        "Torsdag",
        "Fredag",
        "Lördag",
        "Söndag",
        "Januari",
        "Februari",
        "Mars",
        "April",
        "Maj",
        "Juni",
        "Juli",
        "Augusti",
        "September",
        "Oktober",
        "November",
        "December",
        "VD",
        "CEO",
        "Styrelsen",
        "Ordförande",
        "Dela",
        "Följ",
        "Källa",
        "Anmälan",
        "Medverkande",
        "Program",
        "En",
        "Ett",
        "Landshövdingen",
        "Bolaget",
        "Företaget",
        "Koncernen",
        "Myndigheten",
        "Föreningen",
        "Kommunen",
        "Regionen",
        "Stiftelsen",
        "Förbundet",
        "Nämnden",
        "Gruppen",
        "Landstinget",
        "Nationella",
        "Norska",
        "Danska",
        "Finska",
        "Tyska",
        "Franska",
        "Brittiska",
        "Amerikanska",
        "Nederländska",
        "Kinesiska",
        "Japanska",
    ]
)
# Countries and continents that context rules may catch ("ambassadörer från Polen"); common
# Swedish exonyms (Språkrådet's list "Länder och huvudstäder" spelling).
NOT_ORG_PLACES: frozenset[str] = frozenset(
    [
        "Sverige",
        "Norge",
        "Danmark",
        "Finland",
        "Island",
        "Tyskland",
        "Frankrike",
        "Storbritannien",
        "England",
        "Polen",
        "Ryssland",
        "Ukraina",
        "Estland",
        "Lettland",
        "Litauen",
        "Kina",
        "Japan",
        "Indien",
        "Singapore",
        "Europa",
        "Asien",
        "Afrika",
        "Amerika",
        "USA",
        "Skandinavien",
        "Norden",
        "Stockholm",
        "Göteborg",
        "Malmö",
        "Uppsala",
        "London",
        "Paris",
        "Berlin",
    ]
)
# Words of the role table that only qualify a role standing after them ("tf vd",
# "vice ordförande", "Senior Vice President"): alone they put no organization after them.
ROLE_QUALIFIERS: frozenset[str] = frozenset(
    ["tf", "t.f.", "biträdande", "vice", "senior", "chief", "executive", "general"]
)
# Words for a seat in an organization's bodies, not a role: "ledamot i styrelsen för X",
# "member of X", "chefsroller på X".
SEAT_WORDS: tuple[str, ...] = ("styrelsen", "styrelserna", "member", "chefsroller")


# Role nouns whose "för"/"of" names a field of work, not an organization: "ansvarig för
# Nya Medier", "Head of Global Marketing", "Lead of Design".
FIELD_ROLE_WORDS: frozenset[str] = frozenset(["ansvarig", "head", "lead"])


def _role_forms() -> tuple[str, ...]:
    """The role words and role nouns of :mod:`pressparse.lexicon.roles` as a text prints
    them before an organization: lower case, capitalized, and abbreviations in capitals
    ("vd", "Vd", "VD", "CEO")."""
    forms: set[str] = set()
    for w in (*ROLE_WORDS, *ROLE_ENDINGS):
        if w in ROLE_QUALIFIERS or w in FIELD_ROLE_WORDS:
            continue
        forms.update((w, w[:1].upper() + w[1:]))
        if len(w) <= 3:
            forms.add(w.upper())
    forms.add("vVD")  # "vVD Gränges": the deputy's abbreviation as printed
    return tuple(sorted(forms))


# Role words that put an organization after them: "vd för X", "CEO of X", "VD Atria", and
# the owner's genitive before them: "MyNewsdesk's VD", "Atria Groups vd".
ROLE_CUE_WORDS: tuple[str, ...] = _role_forms()
GENITIVE_ROLE_WORDS: tuple[str, ...] = tuple(w for w in ROLE_CUE_WORDS if w.isalpha())

# Prepositions between a compound role and its organization: "säljchef för HP Software",
# "koncernchef på Ovako", "överdirektör vid Tullverket".
ROLE_PREPOSITIONS: tuple[str, ...] = ("för", "på", "vid", "hos")
