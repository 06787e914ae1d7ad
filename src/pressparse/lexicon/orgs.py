"""Organization vocabulary: legal forms, public-body shapes, context words and the gazetteers.

Gazetteers are package data (``pressparse/data/*.tsv``), each file with a header saying
where its rows come from; they load once, lazily, on first use (:func:`gazetteer`).
The word lists below are Swedish (and English) grammar and usage, written from the
language itself, not from any one release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

# Legal forms that end a company name: "Balco Group AB (publ)", "Nokia Oyj", "Renault SA",
# "Sharp Corporation", "Wiko SAS", "Kuusakoski Oy".
COMPANY_SUFFIX = (
    r"(?:AB(?:[ \t]+\(publ\))?|Aktiebolag|ASA|Oyj|Abp|A/S|ApS|AS|Inc\.?|Ltd\.?|GmbH|AG|"
    r"Plc|plc|LLC|Corporation|Corp\.?|SAS|SA|S\.A\.|NV|N\.V\.|BV|Oy|OY|SpA|Limited)"
)
# The first word of each legal form above: where one can start. The one-letter starts of
# "A/S", "S.A." and "N.V." are looked for only where the whole form is printed.
COMPANY_SUFFIX_FIRST_WORDS: frozenset[str] = frozenset(
    [
        "AB",
        "ABs",  # the genitive: "IMINT Image Intelligence ABs (Imint) största ägare"
        "Aktiebolag",
        "ASA",
        "Oyj",
        "Abp",
        "ApS",
        "AS",
        "Inc",
        "Ltd",
        "GmbH",
        "AG",
        "Plc",
        "plc",
        "LLC",
        "Corp",
        "SA",
        "NV",
        "BV",
        "Oy",
        "OY",
        "SAS",
        "SpA",
        "Corporation",
        "Limited",
    ]
)
COMPANY_SUFFIX_LETTER_FORMS: dict[str, str] = {"A/S": "A", "S.A.": "S", "N.V.": "N"}
# The legal forms stripped when two mentions are compared ("Picsearch" = "Picsearch AB (publ)").
_LEGAL_FORMS = (
    r"(?:[ \t]+(?:AB|\(publ\)|publ|ASA|Oyj|Abp|A/S|ApS|AS|Inc\.?|Ltd\.?|GmbH|AG|Plc|plc|LLC|"
    r"Corporation|Corp\.?|SAS|SA|Oy|OY|SpA|Limited)){1,3}"
)
LEGAL_FORM_TAIL_RE = re.compile(_LEGAL_FORMS + "$")
# The legal forms printed right after a name ("Imint Image Intelligence| AB (publ)").
# Not a word that only starts like one ("Imint Abbe").
LEGAL_FORM_NEXT_RE = re.compile(_LEGAL_FORMS + r"(?![\w/])")
# "AB Volvo": the legal form written first.
LEGAL_FORM_HEAD_RE = re.compile(r"^AB[ \t]+")
# A web-domain tail dropped from a one-word name's key: "Hitta.se" -> "hitta".
KEY_DOMAIN_RE = re.compile(r"\.(?:se|com|no|nu|dk|fi|net|org)$")
# Punctuation runs in a name's key: "Johan & Nyström", "L’Oréal" compare without it.
KEY_PUNCT_RE = re.compile(r"[^\w&]+")


@lru_cache(maxsize=4096)
def org_key(name: str) -> str:
    """The comparison key of an organization name: no legal form, case or punctuation
    ("Picsearch AB (publ)" and "PICSEARCH" are one organization).

    >>> org_key("Picsearch AB (publ)"), org_key("Hitta.se"), org_key("L’Oréal")
    ('picsearch', 'hitta', 'l oréal')
    """
    s = LEGAL_FORM_TAIL_RE.sub("", name.strip())
    s = LEGAL_FORM_HEAD_RE.sub("", s)
    s = KEY_DOMAIN_RE.sub("", s) if " " not in s else s
    return KEY_PUNCT_RE.sub(" ", s.casefold()).strip()


# Public-body shapes: "Region Skåne", "Malmö stad", "Bjuvs kommun", "Länsstyrelsen i Dalarnas län".
PUBLIC_BODY_RE = re.compile(
    r"^(?:Region[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?|[A-ZÅÄÖ][\w-]+[ \t]+(?:kommun|stad|län|landsting)"
    r"|Länsstyrelsen(?:[ \t]+i[ \t]+[A-ZÅÄÖ][\w ]{2,30})?|[A-ZÅÄÖ][a-zåäö]+(?:verket|myndigheten|inspektionen|styrelsen|"
    r"departementet|förbundet|universitetet|högskolan))$"
)
COMPANY_RE = re.compile(rf"^[A-ZÅÄÖ0-9][\w&.\- ]{{0,60}}[ \t]+{COMPANY_SUFFIX}$")

# Endings of one-word Swedish public bodies and associations ("Trafikverket",
# "Arvsfondsdelegationen", "Regionkansliet", "Riksidrottsförbundet", "Sparbankernas Riksförbund",
# "Migrationsdomstolen", "Världsbanken", "Centerpartiet"); the heads of Swedish organization
# names, in the definite as names print them ("-bolaget" is left out: "Dotterbolaget" is
# a common noun).
BODY_ENDINGS: tuple[str, ...] = (
    "verket",
    "myndigheten",
    "inspektionen",
    "departementet",
    "förbundet",
    "förbund",
    "delegationen",
    "kansliet",
    "styrelsen",
    "nämnden",
    "kommissionen",
    "ombudsmannen",
    "institutet",
    "akademien",
    "akademin",
    "fonden",
    "fond",
    "kontroll",
    "rådet",
    "stiftelsen",
    "domstolen",
    "kyrkan",
    "sjukhuset",
    "teatern",
    "banken",
    "partiet",
    "kommittén",
    "föreningen",
    "högskolan",
    "universitetet",
)
# The organs of an organization, one word of its kind and its organ: "Förbundsstyrelsen",
# "Kommunstyrelsen", "Regionstyrelsen", "Bolagsstyrelsen" (an organization's board, a
# common noun; "Kommunförbundet" is no organ).
ORGAN_WORD_RE = re.compile(
    r"^(?:[Ff]örbunds|[Kk]ommun|[Rr]egion|[Ll]andstings|[Bb]olags|[Ff]örenings|[Kk]oncern)"
    r"(?:styrelsen|nämnden|styrelse|nämnd)s?$"
)
# Nouns that end a multi-word organization name after a capitalized word: "Stockholms
# universitet", "Kartografiska institutet", "Kungliga Tekniska högskolan"; some names print
# their head capitalized ("Karolinska Institutet", "Moderna Museet", "Uppsala Universitet").
NAME_HEAD_NOUNS: tuple[str, ...] = (
    "Institutet",
    "Universitet",
    "Universitetet",
    "Högskolan",
    "Museet",
    "universitet",
    "universitetet",
    "högskola",
    "högskolan",
    "institutet",
    "institut",
    "akademien",
    "museum",
    "museet",
    "kommun",
    "stad",
    "landsting",
    "tingsrätt",
    "hovrätt",
    "förvaltningsrätt",
)
# Capitalized adjectives and genitives that open Swedish institutional names written with
# only their first word capitalized ("Nordiska ministerrådet", "Svenska kyrkan", "Högsta
# domstolen", "Statens institutionsstyrelse", "Kungliga biblioteket"): everyday words, so
# at a sentence's start only these open such a name (Språkrådet's rule: only the first
# word of a Swedish name is capitalized).
NAME_START_WORDS: frozenset[str] = frozenset(
    [
        "Svenska", "Sveriges", "Nordiska", "Kungliga", "Högsta", "Statens", "Europeiska",
        "Internationella", "Nationella", "Allmänna", "Förenade", "Riksdagens", "Regeringens",
        "Nordens", "Norra", "Södra", "Västra", "Östra", "Mellersta", "Dagens",
    ]
)  # fmt: skip
# Heads in the indefinite that end such names ("Statens institutionsstyrelse", "Svensk
# handel"; "Nordiska rådet" is in BODY_ENDINGS).
LOWER_HEADS: tuple[str, ...] = (
    "styrelse", "nämnd", "domstol", "kommission", "undersökning", "handel",
)  # fmt: skip
# Abbreviations printed with a period at the start of names: "Kungl. Tekniska högskolan",
# "Kungl. Vetenskapsakademien", "S:t Eriks" (Swedish abbreviation usage, Språkrådet).
NAME_ABBREVIATIONS: tuple[str, ...] = ("Kungl.", "K.", "S:t", "St.")
# Words that start an organization name when followed by a capitalized name:
# "Sveriges Hembygdsförbund", "Svensk Insamlingskontroll", "stiftelsen Friends".
NAME_PREFIXES: tuple[str, ...] = (
    "Sveriges",
    "Svenska",
    "Svensk",
    "Sverige",
    "Stiftelsen",
    "stiftelsen",
    "Föreningen",
    "föreningen",
    "Sparbanksstiftelsen",
    "Riksförbundet",
    "Nationella",
)
# English words that end a company's name after capitalized words: "NHST Media Group",
# "CMC Markets", "Sweden Tech Capital" (English business usage, as Swedish releases print it).
COMPANY_NAME_WORDS: frozenset[str] = frozenset(
    [
        "Group",
        "Holding",
        "Holdings",
        "Media",
        "Markets",
        "Capital",
        "Partners",
        "Invest",
        "Ventures",
        "Bank",
        "Systems",
        "Solutions",
        "Technologies",
        "Consulting",
        "Pharma",
        "Industries",
        "Logistics",
        "Entertainment",
    ]
)
# English heads of non-profit and public bodies after capitalized words: "Guangzhou
# University", "Stockholm Business Alliance", "Nobel Foundation", "Arctic Council".
ENGLISH_ORG_WORDS: frozenset[str] = frozenset(
    ["University", "College", "Institute", "Foundation", "Association", "Alliance", "Council"]
)
# The heads of Swedish newspaper titles, after a place's genitive or an adjective: "Dagens
# Nyheter", "Sydsvenska Dagbladet", "Ystads Allehanda", "Upsala Nya Tidning", "Norrköpings
# Tidningar", "Göteborgs-Posten" (the titles of Tidningsutgivarnas member papers).
NEWSPAPER_HEADS: frozenset[str] = frozenset(
    ["Nyheter", "Dagblad", "Dagbladet", "Allehanda", "Tidning", "Tidningen", "Tidningar",
     "Kuriren", "Posten"]
)  # fmt: skip
# Every capitalized word that ends a name of capitalized words.
NAME_END_WORDS: frozenset[str] = COMPANY_NAME_WORDS | ENGLISH_ORG_WORDS | NEWSPAPER_HEADS
# English names of public bodies written "X of Y": "Ministry of Defence", "Embassy of Sweden".
ENGLISH_BODY_HEADS: tuple[str, ...] = ("Ministry", "Department", "Embassy", "University")
# English words for a building after a body's name: "Ministry of Defence Main Building".
BUILDING_WORDS: frozenset[str] = frozenset(["Main", "Building", "Headquarters", "House"])
# Endings of Swedish street, square and hall names ("Malmtorgsgatan", "Bankhallen"): an
# address or a room, not an organization (Swedish place-name usage; "-gränd", "-allén").
ADDRESS_ENDINGS: tuple[str, ...] = (
    "gatan",
    "vägen",
    "torget",
    "gränd",
    "gränden",
    "allén",
    "platsen",
    "hallen",
    "salen",
    "kajen",
    "backen",
    "stigen",
)
# The verbs after an organization that opens its boilerplate description: "Gränges är en
# ...", "Newsdesk har till uppgift ...", "Sweco grundades 1889" (a regex fragment).
IS_A_VERBS = r"(?:är|is|has been|hjälper|ansvarar|grundades|startades|har[ \t]+till[ \t]+uppgift)"
# Swedish institutions named by one common noun; capitalized they are organizations.
INSTITUTIONS: frozenset[str] = frozenset(
    ["Regeringen", "Riksdagen", "Regeringskansliet", "Polisen", "Kriminalvården", "Tullverket"]
)
# Lower-case forms of those institutions; they count for the issuer, not as named mentions.
INSTITUTION_WORDS: dict[str, str] = {
    "regeringen": "Regeringen",
    "regeringens": "Regeringen",
    "polisen": "Polisen",
    "polisens": "Polisen",
}
# Nouns for organizations written before a name: "mediekoncernen NHST", "dotterbolagen X och Y".
ORG_NOUNS: tuple[str, ...] = (
    "koncernen",
    "mediekoncernen",
    "industrikoncernen",
    "bolaget",
    "dotterbolaget",
    "dotterbolagen",
    "moderbolaget",
    "företaget",
    "branschorganisationen",
    "organisationen",
    "intresseorganisationen",
    "föreningen",
    "tidningen",
    "förlaget",
    "banken",
    "byrån",
    "firman",
    "myndigheten",
    "kedjan",
    "varumärken som",
    "företag som",
    "kunder som",
    "bolag som",
    "organisationer som",
    "the company",
)
# Verbs whose subject (just before) is an organization: "Gränges byter namn", "NHST köper".
SUBJECT_VERBS: tuple[str, ...] = (
    "byter namn",
    "köper",
    "förvärvar",
    "säljer",
    "äger",
    "ägs av",
    "noterades",
    "noteras",
    "är noterat",
    "är noterad",
    "har utsett",
    "utser",
    "rekryterar",
    "anställer",
    "lanserar",
    "öppnar",
    "inleder",
    "tecknar",
    "investerar",
    "förädlar",
    "distribuerar",
    "ökar ägarskapet",
    "har beviljats",
    "får i uppdrag",
    "får utökat uppdrag",
    "ges i uppdrag",
    "announced",
    "acquires",
    "appoints",
)
# Prepositional phrases whose object (just after) is an organization.
OBJECT_CUES: tuple[str, ...] = (
    "ägs av",
    "köper",
    "förvärvar",
    "samarbete med",
    "publicerad av",
    "publicerat av",
    "utfört av",
    "utförd av",
    "drivs av",
    "byter namn till",
    "namn från",
    "filmats för",
    "nummer av",
    "delägare i",
    "bolagsstämma i",
    "hemsida",
    "äger",
    "ägaren i",
    "ägare i",
    "aktieägare i",
    "mer information om",
    "uppköpt av",
    "köptes av",
    "förvärvades av",
    "en del av",
    "närmast från",
    "senast från",
    "anställningar vid",
)
# Verbs of a share's listing, before "på" and a marketplace: "handlas på Aktietorget",
# "noterades på Nasdaq First North" (a marketplace's name may end like a square: "-torget").
LISTING_VERBS: tuple[str, ...] = (
    "handlas", "noterad", "noterat", "noterade", "noterades", "listad", "listat", "listades",
)  # fmt: skip
# A share's ticker tag: the marketplace and the share, "(AktieTorget: BOTX)", "(AktieTorget:
# EcoRub AB)", "(Nasdaq Stockholm: SWEC B)"; group 1 the marketplace. Not "(publ)" (no
# colon) nor "(se bild: sidan 3)" (a lower-case word after the colon).
TICKER_TAG_RE = re.compile(
    r"\(([A-ZÅÄÖ][\w-]{1,30}(?:[ \t][A-ZÅÄÖ][\w-]{1,30}){0,3}):[ \t]+[A-ZÅÄÖ0-9][\w. -]{0,19}\)"
)
# Capitalized all-caps words that are not organizations: titles, units, zones, currencies.
NOT_ACRONYMS: frozenset[str] = frozenset(
    [
        "VD",
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "CMO",
        "CET",
        "CEST",
        "UTC",
        "GMT",
        "PR",
        "IR",
        "IT",
        "AI",
        "SEK",
        "EUR",
        "USD",
        "NOK",
        "DKK",
        "MSEK",
        "MKR",
        "KR",
        "TV",
        "PDF",
        "HR",
        "SMS",
        "OK",
        "EU",
        "FN",
        "USA",
        "UK",
        "PS",
        "OBS",
        "NB",
        "AB",
        "ASA",
        "RSS",
        "URL",
        "FAQ",
        "CV",
        "ID",
        "VVS",
        "GDPR",
        "MAR",
        "TT",
        "ST",
        "LED",
        "CO2",
        "BNP",
        "KL",
        "NR",
        "TEL",
        "OM",
        "II",
        "III",
        "IV",
        "MEUR",
        "MUSD",
        "EXPO",
        "KISS",
        "CRO",
    ]
)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Names read from the shipped gazetteers."""

    # Organization names (and well-attested aliases), by their first word.
    by_first_word: dict[str, tuple[str, ...]]
    names: frozenset[str]
    # Bare place names (municipalities, counties) that are places, not organizations.
    places: frozenset[str]
    # Web domain ("trafikverket.se") -> organization name.
    domains: dict[str, str]
    org_numbers: dict[str, str]


# Which columns of each gazetteer hold an organization's name (a bare town name is a place).
GAZETTEER_COLUMNS: dict[str, tuple[str, ...]] = {
    "sv_municipalities.tsv": ("org_name", "legal_name"),
    "sv_regions.tsv": ("region_org", "lansstyrelse", "lansstyrelse_short"),
    "sv_agencies.tsv": ("name",),
    "sv_universities.tsv": ("name", "short_form"),
    "sv_parties.tsv": ("name",),
}
# Alias columns used only for aliases that are safe as names: acronyms (3+ capitals) or
# one-word names ("Vinnova", "Skolverket").
ALIAS_COLUMNS: tuple[str, ...] = ("other_names", "lansstyrelse_other_names")
PLACE_COLUMNS: tuple[str, ...] = ("county", "county_short")
SAFE_ALIAS_RE = re.compile(r"^(?:[A-ZÅÄÖ]{3,8}|[A-ZÅÄÖ][a-zåäö]{3,30})$")


def _rows(fname: str) -> list[dict[str, str]]:
    path = resources.files("pressparse") / "data" / fname
    if not path.is_file():
        return []
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        rows.append({k: v.strip() for k, v in zip(header, cols, strict=False)})
    return rows


def _row_names(row: dict[str, str], wanted: tuple[str, ...], names: set[str]) -> str:
    """Add a row's names and safe aliases to ``names``; its main name ("" if none)."""
    main = ""
    for col in wanted:
        if row.get(col):
            names.add(row[col])
            main = main or row[col]
    for col in ALIAS_COLUMNS:
        for printed in (row.get(col) or "").split("|"):
            alias = printed.strip()
            if SAFE_ALIAS_RE.match(alias):
                names.add(alias)
                # An acronym a name is also written as a word: "SIDA" is printed "Sida".
                if alias.isupper() and len(alias) >= 4:
                    names.add(alias[0] + alias[1:].lower())
    return main


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteers, loaded once on first use."""
    names: set[str] = set()
    places: set[str] = set()
    domains: dict[str, str] = {}
    numbers: dict[str, str] = {}
    for fname, wanted in GAZETTEER_COLUMNS.items():
        for row in _rows(fname):
            main = _row_names(row, wanted, names)
            if fname == "sv_municipalities.tsv" and row.get("name"):
                places.add(row["name"])
            places.update(row[col] for col in PLACE_COLUMNS if row.get(col))
            site = (row.get("website") or row.get("lansstyrelse_website") or "").lower()
            site = site.removeprefix("https://").removeprefix("http://").removeprefix("www.")
            if main and site and "/" not in site:
                domains.setdefault(site, main)
            nr = row.get("org_nr") or row.get("lansstyrelse_org_nr") or ""
            if main and nr:
                numbers[main] = nr
    index: dict[str, list[str]] = {}
    for n in names:
        index.setdefault(n.split()[0], []).append(n)
    by_first = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}
    return Gazetteer(by_first, frozenset(names), frozenset(places), domains, numbers)


def gazetteer_names() -> frozenset[str]:
    """All names in the shipped gazetteers (municipalities, regions, agencies, universities)."""
    return gazetteer().names


@lru_cache(maxsize=8192)
def is_organization_name(s: str) -> bool:
    """True for names shaped like an organization or listed in a gazetteer (remembered:
    the same candidate names recur within a release and across an archive)."""
    s = s.strip()
    if not s:
        return False
    return bool(PUBLIC_BODY_RE.match(s) or COMPANY_RE.match(s)) or s in gazetteer_names()
