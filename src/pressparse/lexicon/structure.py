"""Words that mark the parts of a release: labels, contact headings, boilerplate, chrome.

Source: the labels and headings printed by Swedish press-release platforms (Mynewsdesk,
Cision, MFN, Via TT) and by agencies', regions' and companies' own newsrooms.
"""

from __future__ import annotations

# Printed kinds of release ("Pressmeddelande • Jan 18, 2016 10:43 CET").
KIND_LABELS: tuple[str, ...] = (
    "Pressmeddelande",
    "Pressmeddelanden",
    "Pressinbjudan",
    "Pressinformation",
    "Nyhet",
    "Nyheter",
    "Regulatoriskt pressmeddelande",
    "Regulatorisk information",
    "Kalendarium",
    "Inbjudan",
    "Debattartikel",
    "Press release",
    "Press Release",
    "News",
    "Blogginlägg",
)

# Headings that open a press contact block.
CONTACT_HEADINGS: tuple[str, ...] = (
    "för mer information",
    "för ytterligare information",
    "för vidare information",
    "för mer info",
    "mer information",
    "ytterligare information",
    "kontakt",
    "kontakter",
    "kontaktperson",
    "kontaktpersoner",
    "kontaktuppgifter",
    "presskontakt",
    "presskontakter",
    "mediakontakt",
    "mediekontakt",
    "media",
    "för kommentarer",
    "frågor besvaras av",
    "kontakta",
    "information",
    "upplysningar",
    "for more information",
    "for further information",
    "media contact",
    "media contacts",
    "press contact",
    "contact",
    "contacts",
)

# Lines of site furniture that scraped text carries.
CHROME_LINES: tuple[str, ...] = (
    "skip to main content",
    "hoppa till huvudinnehåll",
    "gå till innehåll",
    "tillbaka",
    "till toppen",
    "läs mer",
    "dela",
    "dela på facebook",
    "dela på twitter",
    "dela på linkedin",
    "skriv ut",
    "share",
    "print",
    "back",
    "prenumerera",
    "följ",
    "ladda ner",
    "visa mer",
    "(1)",
)
