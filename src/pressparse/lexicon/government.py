"""Government vocabulary: the Government Offices' senders, Swedish ministers' titles and
the ministry each title belongs to.

Sources: regeringen.se, "Regeringens statsråd" and the list of Regeringskansliets
departement (the ministries of the 2022- government, and the titles of earlier ones that
releases since 2014 print); Swedish titles are written in lower case before a name
("försvarsminister Pål Jonson"), capitalized only at a sentence start, and two portfolios
are coordinated with "- och" ("energi- och näringsminister Ebba Busch"), the first part a
truncated compound.
"""

from __future__ import annotations

import re

# The first part of a coordinated Swedish title: "bistånds- och " of "bistånds- och
# utrikeshandelsminister", "arbetsmarknads- och " (a truncated compound, then "och").
TITLE_COORDINATION = r"[a-zåäö]{2,40}-[ \t]+och[ \t]+"
# The same, where the title may open a sentence: "Bistånds- och utrikeshandelsminister".
TITLE_COORDINATION_ANY_CASE = r"[A-ZÅÄÖa-zåäö][a-zåäö]{1,40}-[ \t]+och[ \t]+"

# A minister's title in lower case, group 1 its last word: "försvarsminister",
# "energi- och näringsminister", "EU-minister", "högskole-, och forskningsminister".
# A title, capitalized when it opens a sentence ("Försvarsminister Pål Jonson besöker"), with
# "biträdande" ("jämställdhets- och biträdande arbetsmarknadsminister Paulina Brandberg").
_TITLE = (
    r"(?:[A-ZÅÄÖa-zåäö][a-zåäö]{1,29}-,?[ \t]+och[ \t]+(?:biträdande[ \t]+)?|[A-ZÅÄÖ]{2,3}-"
    r"|[Bb]iträdande[ \t]+)?([A-ZÅÄÖa-zåäö][a-zåäö]{1,29}minister)"
)

# A government minister named by title: "försvarsminister Pål Jonson",
# "energi- och näringsminister Ebba Busch", "migrationsministern Maria Malmer Stenergard",
# "Landsbygdsminister Peter Kullgren inleder"
# (group 1 is the last part of the title without the article, group 2 the name).
MINISTER_RE = re.compile(
    rf"(?<![\w-]){_TITLE}(?:n|ns)?[ \t]+([A-ZÅÄÖ][\w-]{{1,30}}(?:[ \t]+(?:von[ \t]+)?[A-ZÅÄÖ][\w-]{{1,30}}){{0,2}})"
)
# A minister opening a title or lead by title alone: "Civilministern reser till Växjö",
# "Klimat- och miljöministern bjuder in", "EU-minister Jessika Roswall", "Ministern ska".
MINISTER_OPENING_RE = re.compile(
    r"(?:[A-ZÅÄÖ][a-zåäö]{1,30}-[ \t]+och[ \t]+[a-zåäö]{0,30}|[A-ZÅÄÖ]{2,3}-|[A-ZÅÄÖ][a-zåäö]{0,30})"
    r"(?<=[a-zåäö-])minister(?:n|ns)?(?![\w-])|Ministern(?![\w-])"
)
# A press secretary or office of a minister: "pressekreterare hos försvarsministern".
MINISTER_OFFICE_RE = re.compile(r"(?<![\w-])(?:hos|till)[ \t]+([a-zåäö]{2,30}minister)n(?![\w-])")
# A minister's title in the definite: "kommer justitieministern att träffa" (group 1: the
# title without the article).
MINISTER_DEFINITE_RE = re.compile(r"(?<![\w-])([a-zåäö]{2,30}minister)n(?![\w-])")
# A foreign country's genitive before a minister's title: "Storbritanniens försvarsminister",
# "Ukrainas försvarsminister" (a country is no Swedish minister's).
FOREIGN_GENITIVE_RE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{1,30}s[ \t]+$")

# Endings of the titles a member holds in the government ("näringsminister", "statsrådet").
GOVERNMENT_TITLE_ENDINGS = ("minister", "ministern", "statsråd", "statsrådet")
# The Government Offices' senders besides the ministries (Regeringskansliet's own names).
GOVERNMENT_BODIES: frozenset[str] = frozenset(
    ["Regeringen", "Regeringskansliet", "Statsrådsberedningen"]
)
# What a Government Offices release calls its own minister ("Statsrådet får en
# rundvandring"): the government's, wherever the organizations stage takes it for a name.
GOVERNMENT_MEMBERS: frozenset[str] = frozenset(["Statsrådet", "Statsrådets"])
# A ministry or the Government Offices printed by name: "Utrikesdepartementet",
# "Klimat- och näringslivsdepartementets", "UD:s Afrikaenhet", "Regeringskansliet"
# (group 1 the name, without a genitive).
MINISTRY_RE = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]{2,30}(?:-[ \t]+och[ \t]+[a-zåäö]{2,30})?departementet|Regeringskansliet|UD)"
    r"(?::?s)?(?![\w-])"
)
# Abbreviations the Government Offices print for a ministry: "UD:s Asien- och
# Oceanienenhet" (regeringen.se usage).
MINISTRY_ABBREVIATIONS: dict[str, str] = {"UD": "Utrikesdepartementet"}


def is_government_sender(name: str) -> bool:
    """True for the government, its offices and its ministries ("Utrikesdepartementet",
    "Klimat- och näringslivsdepartementet", "UD").

    >>> is_government_sender("Finansdepartementet"), is_government_sender("Trafikverket")
    (True, False)
    """
    return (
        name in GOVERNMENT_BODIES
        or name in MINISTRY_ABBREVIATIONS
        or (
            name[:1].isupper()
            and name.endswith("departementet")
            and " " not in name.replace("- och ", "")
        )
    )


# Government ministers by title -> the ministry (departement) they head. A double title
# ("energi- och näringsminister") is looked up by its last part.
MINISTER_DEPARTMENTS: dict[str, str] = {
    "statsminister": "Statsrådsberedningen",
    "arbetsmarknadsminister": "Arbetsmarknadsdepartementet",
    "jämställdhetsminister": "Arbetsmarknadsdepartementet",
    "integrationsminister": "Arbetsmarknadsdepartementet",
    "finansminister": "Finansdepartementet",
    "finansmarknadsminister": "Finansdepartementet",
    "civilminister": "Finansdepartementet",
    "försvarsminister": "Försvarsdepartementet",
    "civilförsvarsminister": "Försvarsdepartementet",
    "justitieminister": "Justitiedepartementet",
    "migrationsminister": "Justitiedepartementet",
    "klimatminister": "Klimat- och näringslivsdepartementet",
    "miljöminister": "Klimat- och näringslivsdepartementet",
    "näringsminister": "Klimat- och näringslivsdepartementet",
    "energiminister": "Klimat- och näringslivsdepartementet",
    "kulturminister": "Kulturdepartementet",
    "landsbygdsminister": "Landsbygds- och infrastrukturdepartementet",
    "infrastrukturminister": "Landsbygds- och infrastrukturdepartementet",
    "bostadsminister": "Landsbygds- och infrastrukturdepartementet",
    "socialminister": "Socialdepartementet",
    "sjukvårdsminister": "Socialdepartementet",
    "socialförsäkringsminister": "Socialdepartementet",
    "socialtjänstminister": "Socialdepartementet",
    "folkhälsominister": "Socialdepartementet",
    "äldreminister": "Socialdepartementet",
    "utbildningsminister": "Utbildningsdepartementet",
    "skolminister": "Utbildningsdepartementet",
    "forskningsminister": "Utbildningsdepartementet",
    "utrikesminister": "Utrikesdepartementet",
    "biståndsminister": "Utrikesdepartementet",
    "handelsminister": "Utrikesdepartementet",
    "utrikeshandelsminister": "Utrikesdepartementet",
}


def ministry_of(title: str) -> str:
    """The ministry of a Swedish minister's title (its last part, without an article);
    "Regeringen" for a title the table does not know, which is still the government's.

    >>> ministry_of("försvarsminister"), ministry_of("försvarsministern"), ministry_of("rymdminister")
    ('Försvarsdepartementet', 'Försvarsdepartementet', 'Regeringen')
    """
    word = title.rsplit(maxsplit=1)[-1].casefold()
    if word.endswith("ministern"):
        word = word[:-1]
    return MINISTER_DEPARTMENTS.get(word, "Regeringen")
