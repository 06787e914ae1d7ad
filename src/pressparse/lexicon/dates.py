"""Month and weekday names, Swedish and English, and time zone abbreviations.

Source: Svenska Akademiens ordlista (month and weekday names, their usual
abbreviations) and the English names as printed by Mynewsdesk and Cision.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "february": 2,
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

# Zone abbreviations printed after times, as UTC offsets in hours.
ZONES: dict[str, int] = {"CET": 1, "CEST": 2, "UTC": 0, "GMT": 0, "Z": 0}
