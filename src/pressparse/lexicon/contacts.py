"""Words around press contacts: phone and e-mail prefixes, press functions, role words.

Source: the contact lines of Swedish press releases as Mynewsdesk, Cision, Via TT, the
Government Offices, regions, municipalities and companies print them ("Tfn/mobil:",
"E-post:", "Presstjänst", "LOs pressjour", "koncernchef Staffan Bohman, tel 08-...").
"""

from __future__ import annotations

# Words printed before a phone number ("Tel.", "Tfn/mobil:", "Växel:", "Mobile").
PHONE_PREFIXES: tuple[str, ...] = (
    "tel",
    "tfn",
    "telefon",
    "telefonnummer",
    "mobil",
    "mobilnummer",
    "mobiltelefon",
    "mob",
    "växel",
    "direkt",
    "direktnummer",
    "presstelefon",
    "phone",
    "mobile",
    "cell",
)

# Words printed before an e-mail address ("E-post:", "Mail", "mejl").
EMAIL_PREFIXES: tuple[str, ...] = ("e-post", "epost", "e-mail", "email", "mail", "mejl")

# Words before a number that make it something other than a phone number
# (giro and account numbers, organisationsnummer, fax).
NOT_PHONE_PREFIXES: tuple[str, ...] = (
    "plusgiro",
    "bankgiro",
    "postgiro",
    "pg",
    "bg",
    "org.nr",
    "orgnr",
    "org nr",
    "organisationsnummer",
    "organisationsnr",
    "org. nr",
    "kontonummer",
    "konto",
    "clearingnummer",
    "clearing",
    "fax",
    "telefax",
    "iban",
    "swift",
    "dnr",
    "diarienummer",
)

# Last words of a press function listed as a contact instead of a person
# ("Presstjänst", "LOs pressjour", "Trafikverkets presstjänst", "Pressavdelningen").
FUNCTION_WORDS: tuple[str, ...] = (
    "presstjänst",
    "presstjänsten",
    "pressjour",
    "pressjouren",
    "pressavdelning",
    "pressavdelningen",
    "presstelefon",
    "presstelefonen",
    "pressekreterare",
    "presskontoret",
    "pressrummet",
    "pressenheten",
    "pressfunktion",
    "pressfunktionen",
    "mediejour",
    "mediejouren",
    "mediecenter",
    "kommunikationsavdelningen",
    "informationsavdelningen",
    "kundtjänst",
    "presskontakt",
    "presskontakten",
    "presscenter",
    "pressfrågor",
    "mediekontakt",
    "mediakontakt",
    "press office",
    "press desk",
    "press service",
    "media relations",
    "media desk",
    "corporate communications",
    "investor relations",
    "communications",
)

# Words that may follow a press function's name: "Presskontakt kvällstid", "Pressjour
# helger", "Presstjänst (dygnet runt)".
FUNCTION_QUALIFIERS: tuple[str, ...] = (
    "kvällstid", "dagtid", "helger", "helgtid", "dygnet runt", "jourtid", "efter kontorstid",
    "24h", "24/7",
)  # fmt: skip

# How the local part of a press function's address begins ("press@", "presstjanst.x@",
# "media@", "pressjour@", "kommunikation@"): an address printed without a name.
PRESS_ADDRESS_STEMS: tuple[str, ...] = (
    "press", "media", "medie", "kommunikation", "communications", "pr@", "pr.",
)  # fmt: skip

# Nouns of the things a contact heading announces ("För intervjuer och bilder kontakta:",
# "För frågor om utställningen kontakta:", "Kommentarer lämnas av").
HEADING_TOPICS: tuple[str, ...] = (
    "information", "info", "upplysningar", "frågor", "kommentarer", "intervjuer",
    "intervju", "intervjuförfrågningar", "bilder", "pressbilder", "ackreditering",
    "bokning", "förfrågningar", "medieförfrågningar", "detaljer",
)  # fmt: skip

# Capitalized words that end organization names rather than personal names, so
# "Stockholm Business Region" or "NHST Media Group" is not read as a person.
NOT_SURNAMES: frozenset[str] = frozenset(
    [
        "AB",
        "Group",
        "Media",
        "Business",
        "Region",
        "Theatre",
        "Press",
        "Sweden",
        "Sverige",
        "Bank",
        "Fund",
        "Holding",
        "International",
        "Communications",
        "Kommun",
        "Stad",
        "Universitet",
        "Institute",
        "Institutet",
        "Foundation",
        "Stiftelsen",
        "Förbundet",
        "Information",
        "Kontakt",
        "Kontakter",
        "Kontaktperson",
        "Kontaktpersoner",
        "Kontaktuppgifter",
        "Presskontakt",
        "Presskontakter",
        "Bilder",
        "Ämnen",
        "Kategorier",
        "Regioner",
        "Nyckelord",
    ]
)

# Top-level domains that make a bare "name.tld" a web address ("hovding.com",
# "regeringen.se/pressmeddelanden"). Source: the country and generic domains Swedish
# releases print; file endings such as .pdf or .docx are not among them.
WEB_TLDS: tuple[str, ...] = (
    "se", "nu", "com", "org", "net", "eu", "info", "biz", "io", "fi", "no", "dk", "is",
    "de", "uk", "fr", "nl", "es", "it", "ee", "lv", "lt", "pl", "at", "ch", "be", "us",
    "gov", "edu", "int", "tv", "me", "app", "travel", "museum", "store", "shop", "online",
)  # fmt: skip

# The shape of a printed phone number, Swedish or international ("070-123 45 67",
# "+46 (0)40 675 34 26", "08 506 509 18"): a regex fragment for the patterns that look for
# a number without reading it (phonenumbers reads it).
PHONE_SHAPE = r"(?:\+[ \t]?\d{2}|\b0)[ \t(]{0,2}\d[\d \t\-–()/]{4,16}\d"
