"""Month and weekday names, Swedish and English, time zone abbreviations, and the words
around a date that tell a publication date from an update or an event.

Source: Svenska Akademiens ordlista (month and weekday names, their usual
abbreviations); the English names as printed by Mynewsdesk and Cision; the cue words as
printed by Swedish newsrooms (regeringen.se "Publicerad ... Uppdaterad ..."), by the MAR
disclosure sentence of Cision/MFN/Nasdaq releases ("Informationen lämnades ... för
offentliggörande den ...") and by invitations ("Tid:", "Plats:", "hålls den ...").
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "febr": 2, "february": 2,
    "mars": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "maj": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augusti": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: tuple[str, ...] = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip

# Zone abbreviations printed after times, as UTC offsets in hours (a printed abbreviation
# is kept as printed, even when it disagrees with the season).
ZONES: dict[str, int] = {
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "UTC": 0, "GMT": 0, "Z": 0,
    "WET": 0, "WEST": 1, "BST": 1, "EET": 2, "EEST": 3,
}  # fmt: skip

# Zones written out, as Windows and Outlook print them ("2018-03-05 10:00 W. Europe
# Standard Time"), and the English long names, mapped to the IANA zone whose offset on
# that date is meant. Source: Unicode CLDR, common/supplemental/windowsZones.xml (the
# "001" territory of each Windows zone of Europe and the zones Swedish releases print).
WINDOWS_ZONES: dict[str, str] = {
    "W. Europe Standard Time": "Europe/Berlin",
    "W. Europe Daylight Time": "Europe/Berlin",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "Romance Standard Time": "Europe/Paris",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "FLE Standard Time": "Europe/Kiev",
    "E. Europe Standard Time": "Europe/Chisinau",
    "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Pacific Standard Time": "America/Los_Angeles",
    "China Standard Time": "Asia/Shanghai",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Central European Time": "Europe/Stockholm",
    "Central European Summer Time": "Europe/Stockholm",
    "Coordinated Universal Time": "Etc/UTC",
}

# Words printed just before the publication date: "Publicerad: 18 januari 2016".
PUBLISHED_CUES: tuple[str, ...] = (
    "publicerad", "publicerat", "publiceringsdatum", "published", "publish date",
    "datum för publicering",
)  # fmt: skip

# Words printed before a later date that is not the publication: "Uppdaterad 19 januari".
UPDATED_CUES: tuple[str, ...] = (
    "uppdaterad", "uppdaterat", "senast uppdaterad", "senast ändrad", "ändrad",
    "updated", "last updated", "last modified", "modified", "rättad", "korrigerad",
)  # fmt: skip

# The MAR disclosure sentence that states the legal publication moment.
# Accepted only after the word "information" on the same line.
REGULATORY_CUES: tuple[str, ...] = (
    "för offentliggörande", "offentliggjordes", "offentliggjorts", "offentliggörs",
    "for publication", "was made public",
)  # fmt: skip
# Stems every cue above contains (in any capitalization of its first letter), for a fast
# plain-string search before the pattern is tried.
REGULATORY_STEMS: tuple[str, ...] = ("ffentlig", "publication", "made public")

# Words before a date on a short line that make it the date of an event, a start or a
# deadline, not the publication: "Tid: 18 januari 2016 kl 10", "hålls den 3 mars".
EVENT_CUES: tuple[str, ...] = (
    "tid", "när", "plats", "hålls", "äger rum", "pågår", "arrangeras",
    "premiär", "nypremiär", "öppnar", "start", "från", "till", "fram till", "senast",
    "sedan", "tillträder", "anmälan", "sista dag", "deadline", "when", "time",
    "venue", "since", "from", "until", "on", "takes place", "will be held",
)  # fmt: skip

# Words in a title that make the release an invitation: its dates are event dates.
INVITATION_CUES: tuple[str, ...] = (
    "inbjudan", "pressinbjudan", "pressträff", "presskonferens", "pressvisning",
    "välkommen", "välkomna", "seminarium", "öppet hus", "invitation", "press conference",
    "webcast", "webbsändning", "telefonkonferens",
)  # fmt: skip
