"""The publication moment: every printed form, the choice among dates, zones and DST.

Strings marked "corpus" are quoted from /work/shared/corpus; the others are synthetic
strings in the shape of real releases.
"""

from __future__ import annotations

import datetime as dt
import timeit
from zoneinfo import ZoneInfo

import pytest

import pressparse
from pressparse.api import ParseOptions, parse_findings
from pressparse.extract.published import (
    DAY_FIRST_RE,
    EVENT_CUE_RE,
    INVITATION_RE,
    ISO_RE,
    LEAD_DATELINE_TAIL_RE,
    MONTH_FIRST_RE,
    NUMERIC_DMY_RE,
    PLACE_PREFIX_RE,
    PUBLISHED_CUE_RE,
    REGULATORY_RE,
    TIME_RE,
    UPDATED_CUE_RE,
    find_dates,
)

STHLM = ZoneInfo("Europe/Stockholm")


def iso(x: dt.date | None) -> str | None:
    return x.isoformat() if x is not None else None


# --- every printed form -------------------------------------------------------------------

FORMS = [
    ("18 januari 2016", "2016-01-18"),
    ("18 jan. 2016", "2016-01-18"),
    ("måndag 18 januari 2016 kl. 10.43", "2016-01-18T10:43:00+01:00"),
    ("måndag den 18 januari 2016 klockan 10.43", "2016-01-18T10:43:00+01:00"),
    ("2016-01-18 10:43", "2016-01-18T10:43:00+01:00"),
    ("2016-01-18T10:43:00+01:00", "2016-01-18T10:43:00+01:00"),
    ("2016-04-07T10:19:37.000Z", "2016-04-07T10:19:37+00:00"),
    ("2010-05-20 16:54:00 +0200", "2010-05-20T16:54:00+02:00"),
    ("2010-03-16 09:15Pressmeddelande", "2010-03-16T09:15:00+01:00"),  # corpus
    ("Jan 18, 2016 10:43 CET", "2016-01-18T10:43:00+01:00"),
    ("Maj 31, 2016 21:17 CEST", "2016-05-31T21:17:00+02:00"),  # corpus
    ("Dec 06, 2017 11:09 CET", "2017-12-06T11:09:00+01:00"),  # corpus
    ("18/1 2016", "2016-01-18"),
    ("18/1/2016", "2016-01-18"),
    ("11.2.2026 13:00:03 CET", "2026-02-11T13:00:03+01:00"),  # corpus
    ("Publicerad: 18 januari 2016, 10:43", "2016-01-18T10:43:00+01:00"),
    ("January 18, 2016", "2016-01-18"),
    ("January 18, 2016 10:43 AM", "2016-01-18T10:43:00+01:00"),
    ("January 18, 2016 1:05 PM CET", "2016-01-18T13:05:00+01:00"),
    ("18 January 2016 08:30 UTC", "2016-01-18T08:30:00+00:00"),
    ("18 January 2016 08:30 GMT", "2016-01-18T08:30:00+00:00"),
    ("Mon, 18 Jan 2016 10:43:00 +0100", "2016-01-18T10:43:00+01:00"),
    ("18 januari 2016 kl 10:43 (CET)", "2016-01-18T10:43:00+01:00"),
    ("Okt 01, 2010 14:46 CEST", "2010-10-01T14:46:00+02:00"),  # corpus (Mynewsdesk)
    ("2021-03-02 09:15Pressmeddelande", "2021-03-02T09:15:00+01:00"),  # a stamp glued to its label
    ("2018.03.05", "2018-03-05"),
    ("2018.03.05 08:00", "2018-03-05T08:00:00+01:00"),
    ("24 apr, 2014 | 14:06", "2014-04-24T14:06:00+02:00"),  # corpus (a category line)
    # Windows zone names (CLDR windowsZones): the zone's offset on that date.
    ("2018-03-05 10:00 W. Europe Standard Time", "2018-03-05T10:00:00+01:00"),
    ("2018-06-05 10:00 W. Europe Standard Time", "2018-06-05T10:00:00+02:00"),
    ("2018-06-05 10:00 GMT Standard Time", "2018-06-05T10:00:00+01:00"),
    ("5 June 2018 10:00 Central European Summer Time", "2018-06-05T10:00:00+02:00"),
    ("2018-06-05 10:00 Z", "2018-06-05T10:00:00+00:00"),
    ("2018-06-05 10:00 EEST", "2018-06-05T10:00:00+03:00"),
]


@pytest.mark.parametrize(("text", "want"), FORMS)
def test_every_form_is_read(text: str, want: str) -> None:
    hits = find_dates(text, STHLM)
    assert hits, text
    assert hits[0].value.isoformat() == want


NEAR_MISSES = [
    "Ring 08-123 45 67 eller 070-123 45 67",  # phone numbers
    "0771-31 15 00",  # corpus: phone number
    "Version 2.1.2 släpps nu, v1.12.2019 är äldre",  # version numbers
    "Projektet pågår 2016-2018",  # a span of years
    "Omsättningen ökade med 18,1 2016",  # a decimal number before a year
    "IP 10.12.2016.1",  # a dotted number run
    "LO deltar i 1 majfirandet",  # corpus: "maj" inside a word
    "2016-13-45",  # no such month or day
    "31 februari 2016",  # no such day
    "Version 2018.03.05.1",  # a dotted version number
    "03.03.22",  # a two-digit year: read only on a label or dateline line
    "Priset steg 12.03.22 procent",  # synthetic: numbers, not a date
]


def test_two_digit_years_only_where_asked() -> None:
    assert find_dates("03.03.22", STHLM, short_years=True)[0].value == dt.date(2022, 3, 3)
    assert find_dates("Pressmeddelande 03.03.22 08:00", STHLM, short_years=True)[
        0
    ].value.isoformat() == ("2022-03-03T08:00:00+01:00")
    # Near misses even on a label line: a decimal, a longer dotted run.
    assert find_dates("kurs 3.03.22", STHLM, short_years=True) == []
    assert find_dates("03.03.2210", STHLM, short_years=True) == []


def test_partial_zone_name_is_no_zone() -> None:
    # "W. Europe" without "Standard Time" is not a zone: the local zone applies.
    hit = find_dates("2018-06-05 10:00 W. Europe", STHLM)[0]
    assert hit.value.isoformat() == "2018-06-05T10:00:00+02:00" and not hit.zoned


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_dates(text: str) -> None:
    assert find_dates(text, STHLM) == []


def test_year_less_dates_need_a_reference() -> None:
    assert find_dates("18 januari", STHLM) == []
    ref = dt.date(2016, 3, 1)
    assert find_dates("18 januari", STHLM, ref)[0].value == dt.date(2016, 1, 18)
    # A day after the reference is last year's.
    assert find_dates("18 december", STHLM, ref)[0].value == dt.date(2015, 12, 18)


def test_impossible_time_keeps_the_date() -> None:
    hits = find_dates("2016-01-18 25:61", STHLM)
    assert hits[0].value == dt.date(2016, 1, 18)


# --- the named patterns: a real-style match and a near miss each ---------------------------

PATTERNS = [
    (ISO_RE, "2018-06-19 18:01 CEST", "2016-2018"),
    (NUMERIC_DMY_RE, "26.11.2024 15:55:49 CET", "1.2.3"),
    (DAY_FIRST_RE, "den 1 februari 2024", "1 majfirandet"),
    (MONTH_FIRST_RE, "Nov 24, 2011 11:08 CET", "Mars"),
    (TIME_RE, "at 08:30 CET on 18 January 2016", "08:30"),
    (REGULATORY_RE, "lämnades för offentliggörande 2024-01-09 17:28 CET", "offentliggöra"),
    (PUBLISHED_CUE_RE, "Publicerad 18 januari 2016", "Publiceringen"),
    (UPDATED_CUE_RE, "Uppdaterad 19 januari 2016", "Uppdateringen"),
    (EVENT_CUE_RE, "Tid: Onsdag 27/11 klockan 10:30", "Tidningen"),
    (INVITATION_RE, "Inbjudan till pressträff i London", "Ny vd för Exempel AB"),
    (PLACE_PREFIX_RE, "Helsingborg ", "Styrelsen har idag beslutat "),
    (LEAD_DATELINE_TAIL_RE, " /PRNewswire/ --", " Bolaget meddelar"),
]


@pytest.mark.parametrize(("rx", "hit", "miss"), PATTERNS)
def test_patterns(rx: object, hit: str, miss: str) -> None:
    import re

    assert isinstance(rx, re.Pattern)
    assert rx.search(hit)
    assert not rx.fullmatch(miss) if rx is PLACE_PREFIX_RE else not rx.search(miss)


# --- zones and daylight saving ------------------------------------------------------------

DST = [
    # Last Sunday of March 2016 (27 March): 02:00 CET -> 03:00 CEST.
    ("2016-03-27 01:59", "2016-03-27T01:59:00+01:00"),
    ("2016-03-27 03:00", "2016-03-27T03:00:00+02:00"),
    ("2016-03-27 02:30", "2016-03-27T03:30:00+02:00"),  # skipped wall time
    ("2016-03-26 12:00", "2016-03-26T12:00:00+01:00"),
    # Last Sunday of October 2016 (30 October): 03:00 CEST -> 02:00 CET.
    ("2016-10-30 01:30", "2016-10-30T01:30:00+02:00"),
    ("2016-10-30 03:00", "2016-10-30T03:00:00+01:00"),
    ("2016-10-29 12:00", "2016-10-29T12:00:00+02:00"),
    ("2016-10-31 12:00", "2016-10-31T12:00:00+01:00"),
    # A printed zone is kept as printed, even when it disagrees with the season.
    ("2016-07-01 12:00 CET", "2016-07-01T12:00:00+01:00"),
]


@pytest.mark.parametrize(("text", "want"), DST)
def test_local_times_follow_stockholm_dst(text: str, want: str) -> None:
    assert find_dates(text, STHLM)[0].value.isoformat() == want


def test_other_zone_option() -> None:
    r = pressparse.parse(
        "Ny vd för Exempel AB\n\n2016-01-18 10:43\n\n" + "Exempel AB har utsett Anna Berg. " * 5,
        options=ParseOptions(timezone="Europe/Helsinki"),
    )
    assert iso(r.published) == "2016-01-18T10:43:00+02:00"


# --- choosing the publication moment among the dates of a release --------------------------

LEAD = (
    "Exempel AB har i dag utsett Anna Berg till ny verkställande direktör. Hon kommer närmast "
    "från Bolaget AB där hon har varit ekonomichef sedan flera år tillbaka och tillträder snart."
)
BOILER = (
    "Om Exempel AB\nExempel AB grundades den 1 mars 1998 och har i dag 200 anställda i Sverige."
)

RELEASES = [
    # Label under the title (Mynewsdesk text copy).
    (
        f"Ny vd\nPressmeddelande • Jan 18, 2016 10:43 CET\n{LEAD}",
        "2016-01-18T10:43:00+01:00",
        "visible",
    ),
    # Via TT header line (corpus shape).
    (
        f"Ny vd\n11.2.2026 13:00:03 CET | Exempel | Pressmeddelande\n{LEAD}",
        "2026-02-11T13:00:03+01:00",
        "visible",
    ),
    # Date glued to the label (corpus shape).
    (f"2010-03-16 09:15Pressmeddelande\nNy vd\n{LEAD}", "2010-03-16T09:15:00+01:00", "visible"),
    # "Publicerad" with an "Uppdaterad" beside it.
    (
        f"# Ny vd\n\nPublicerad 18 januari 2016 · Uppdaterad 20 januari 2016\n\n{LEAD}",
        "2016-01-18",
        "visible",
    ),
    # Only an update date: not the publication.
    (f"# Ny vd\n\nUppdaterad 20 januari 2016\n\n{LEAD}", None, None),
    # MAR disclosure sentence (corpus shape).
    (
        f"Ny vd\n{LEAD}\nDenna information är sådan som Exempel AB är skyldigt att offentliggöra "
        "enligt EU:s marknadsmissbruksförordning. Informationen lämnades, genom angiven "
        "kontaktpersons försorg, för offentliggörande 2024-01-09 17:28 CET.",
        "2024-01-09T17:28:00+01:00",
        "regulatory",
    ),
    (
        f"Ny vd\n{LEAD}\nInformationen lämnades för offentliggörande den 18 januari 2016 "
        "kl. 08.30 CET.",
        "2016-01-18T08:30:00+01:00",
        "regulatory",
    ),
    # English MAR sentence with the time before the date.
    (
        f"New CEO\n{LEAD}\nThe information was submitted for publication, through the agency of "
        "the contact person set out above, at 08:30 CET on 18 January 2016.",
        "2016-01-18T08:30:00+01:00",
        "regulatory",
    ),
    # Place-and-date signature at the end (corpus shape).
    (f"Ny vd\n{LEAD}\nHelsingborg 2007-04-24\nAB EXEMPEL\nStyrelsen", "2007-04-24", "visible"),
    (f"Ny vd\n{LEAD}\nStockholm den 18 januari 2016", "2016-01-18", "visible"),
    # Place dateline opening the lead (wire style).
    (
        "New CEO at Example\nSTOCKHOLM, Jan. 18, 2016 /PRNewswire/ -- Example AB has today "
        "appointed Anna Berg as its new chief executive officer, the board of directors said "
        "in a statement on Monday.",
        "2016-01-18",
        "visible",
    ),
    # Numeric date closing the title (corpus shape).
    (f"Exempel AB: Förtydligande 2013-11-12\n{LEAD}", "2013-11-12", "visible"),
    # An event date in the body only.
    (f"Ny vd\n{LEAD}\nKonferensen hålls den 3 mars 2016 i Malmö.", None, None),
    # An event date in an invitation's title and body.
    (
        "Inbjudan till pressträff 29 mars 2023 kl. 09.30\n"
        f"{LEAD}\nMåndag 13 april 2015 kl 12.30\nPlats: Stadshuset",
        None,
        None,
    ),
    # Event lines directly under an invitation's title.
    (f"Inbjudan till presskonferens\nMåndag 13 april 2015 kl 12.30\n{LEAD}", None, None),
    (f"Ny vd\nTid: 18 januari 2016 kl 10.00\n{LEAD}", None, None),
    # A date in the boilerplate only.
    (f"Ny vd\n{LEAD}\n\n{BOILER}", None, None),
    # A bare date that is the value of a field.
    (f"Ny vd\n{LEAD}\nSista ansökningsdag:\n2016-02-01", None, None),
    # The label far below a wrongly recognized lead (corpus shape, Mynewsdesk).
    (
        f"Svenska kyrkan\nKyrkomötet slutar idag\nPressmeddelande • Okt 01, 2010 14:46 CEST\n{LEAD}",
        "2010-10-01T14:46:00+02:00",
        "visible",
    ),
    # A two-digit year on the label line; the same in the body is not read.
    (f"Ny vd\nPressmeddelande 03.03.22\n{LEAD}", "2022-03-03", "visible"),
    (f"Ny vd\n{LEAD}\nPriset var 03.03.22 i fjol.", None, None),
    # A category line of fields separated by "|" (corpus shape).
    (
        f"Delårsrapport | Ekonomi | 24 apr, 2014 | 14:06 | Regulatoriska\nDelårsrapport\n{LEAD}",
        "2014-04-24T14:06:00+02:00",
        "visible",
    ),
    # A place signature in an invitation (corpus shape); the event date is not read.
    (
        f"Pressinbjudan till pressträff\n{LEAD}\nPressträffen hålls den 3 juni 2010.\n"
        "Stockholm den 31 maj 2010\nPresschef Peter Bloch",
        "2010-05-31",
        "visible",
    ),
    (f"Ny vd\n{LEAD}\nPressträff den 12 maj 2010", None, None),
    (f"Ny vd\n{LEAD}\nInbjudan till pressträff den 12 maj 2010", None, None),
    # A place dateline inside a run-on text (corpus shape: an archive with lines joined).
    (
        f"Pressmeddelande\nPressmeddelande {LEAD} Styrelsen har beslutat att inte genomföra "
        "projektet. Stockholm den 28 februari 2000 Styrelsen För ytterligare information "
        "kontakta Erik Månsson",
        "2000-02-28",
        "visible",
    ),
    (f"Ny vd\n{LEAD} Vi ses i Stockholm den 28 februari 2000 på mässan.", None, None),
    # Hard-wrapped text (corpus shapes, wrapped at 72): a date ending a wrapped sentence is
    # no signature; a MAR sentence wrapped over lines is still read.
    (
        f"Ny samordnare\n{LEAD}\nCarl Berglöf tillträder tjänsten som nationell "
        "kärnkraftssamordnare den\n1 februari 2024.",
        None,
        None,
    ),
    (
        f"Ny vd\n{LEAD}\nInformationen lämnades, genom angiven kontaktpersons försorg, för\n"
        "offentliggörande 2024-01-09 17:28 CET.",
        "2024-01-09T17:28:00+01:00",
        "regulatory",
    ),
    (
        f"Ny vd\n{LEAD}\nInformationen lämnades, genom angiven kontaktpersons försorg, för "
        "offentliggörande den\n9 januari 2024 kl. 17.28 CET.",
        "2024-01-09T17:28:00+01:00",
        "regulatory",
    ),
    # A short signature line after a short one is still a signature.
    (f"Ny vd\n{LEAD}\nStyrelsen\nStockholm den 18 januari 2016", "2016-01-18", "visible"),
    # A release run on into one line (corpus shapes): the dateline of its opening is read;
    # a release cited in its text is not its date.
    (
        "Ny kontakt till Länsstyrelsen för pressfrågor Pressmeddelande • Jul 27, 2018 14:50 "
        f"CEST {LEAD} " + "Mer text om bränderna i länet. " * 8,
        "2018-07-27T14:50:00+02:00",
        "visible",
    ),
    (
        "Pressmeddelande - Exempel AB: Status för diskussionerna I pressmeddelande 2011-10-04 "
        f"meddelade Exempel AB att tiden förlängdes. {LEAD} " + "Mer text om bolaget. " * 8,
        None,
        None,
    ),
    # A year alone, a year span, a phone number.
    (f"Ny vd 2016\n{LEAD}\nProjektet pågår 2016-2018. Ring 08-123 45 67.", None, None),
]


@pytest.mark.parametrize(("text", "want", "source"), RELEASES)
def test_publication_moment_is_chosen(text: str, want: str | None, source: str | None) -> None:
    r = pressparse.parse(text, source_format="text")
    assert iso(r.published) == want
    assert r.published_source == source


def test_year_less_label_with_reference_date() -> None:
    text = f"Ny vd\nPressmeddelande • Jan 18 10:43 CET\n{LEAD}"
    assert pressparse.parse(text).published is None
    opts = ParseOptions(reference_date=dt.date(2016, 6, 1))
    assert iso(pressparse.parse(text, options=opts).published) == "2016-01-18T10:43:00+01:00"


def test_year_less_event_in_body_stays_unused_with_reference_date() -> None:
    text = f"Ny vd\n{LEAD}\nVälkommen den 10 juni!"
    opts = ParseOptions(reference_date=dt.date(2016, 6, 1))
    assert pressparse.parse(text, options=opts).published is None


HTML = """<html><head>
<meta property="article:published_time" content="2016-04-07T10:19:37+02:00">
<title>Ny vd</title></head><body><article><h1>Ny vd</h1>
<p>Pressmeddelande • Apr 07, 2016 10:19 CEST</p><p>{lead}</p></article></body></html>"""


def test_html_metadata_with_seconds_beats_label_with_minutes() -> None:
    r = pressparse.parse(HTML.format(lead=LEAD))
    assert iso(r.published) == "2016-04-07T10:19:37+02:00"
    assert r.published_source == "metadata"


def test_time_element_is_a_last_resort() -> None:
    page = f'<html><body><h1>Ny vd</h1><time datetime="2016-01-18">18 jan</time><p>{LEAD}</p></body></html>'
    f = parse_findings(page)
    assert f.published is not None
    assert f.published.value == dt.date(2016, 1, 18)
    assert f.published.rule == "published.metadata_time"


def test_front_matter() -> None:
    text = f"---\ntitle: Ny vd\ndate: 2016-04-07 10:19:37 +0200\n---\nNy vd\n\n{LEAD}"
    r = pressparse.parse(text)
    assert iso(r.published) == "2016-04-07T10:19:37+02:00"
    assert r.published_source == "front_matter"


def test_span_points_at_the_date() -> None:
    text = f"Ny vd\nPressmeddelande • Jan 18, 2016 10:43 CET\n{LEAD}"
    f = parse_findings(text)
    assert f.published is not None and f.published.span is not None
    assert text[f.published.span.start : f.published.span.end] == "Jan 18, 2016 10:43 CET"


def test_hostile_input_is_fast() -> None:
    hostile = "1" * 20000 + " " + "18 " * 5000 + "jan " * 5000 + "2016-" * 4000
    t = timeit.timeit(lambda: find_dates(hostile, STHLM), number=1)
    assert t < 1.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Monday, January 18, 2016 10:43 AM", "2016-01-18T10:43:00+01:00"),
        ("20160118T104300", "2016-01-18T10:43:00+01:00"),
        ("20160118", "2016-01-18"),
        ("January 18, 2016", "2016-01-18"),
        ("Jan 2090 nonsense 99", None),
    ],
)
def test_metadata_forms_read_by_dateutil(value: str, expected: str | None) -> None:
    """Synthetic pages whose article:published_time is not ISO 8601 with dashes."""
    page = (
        f'<html><head><meta property="article:published_time" content="{value}"></head>'
        "<body><h1>Rubrik</h1><p>Text om något.</p></body></html>"
    )
    r = pressparse.parse(page)
    assert (r.published.isoformat() if r.published else None) == expected


@pytest.mark.parametrize(
    "opening",
    [
        "STOCKHOLM, March 5, 2024 /PRNewswire/ -- Example Group AB (publ) today announced a new CFO.",
        "Stockholm den 5 mars 2024 – Exempel AB meddelar idag att bolaget har fått en order.",
    ],
)
def test_place_dateline_opening_a_short_lead(opening: str) -> None:
    """Synthetic: a lead too short to count as prose by its words still opens with the dateline."""
    r = pressparse.parse("Rubrik om en nyhet\n\n" + opening + "\n\nMer text om detta.")
    assert r.published == dt.date(2024, 3, 5)


# --- the prefilter of the date patterns -----------------------------------------------------

# Synthetic lines in the shape of release datelines, each matched by the pattern named.
PREFILTERED = [
    ("ISO_RE", "Pressmeddelande 2016-01-18 10:43"),
    ("ISO_RE", "2018.03.05"),
    ("NUMERIC_DMY_RE", "Tid: 18/1 2016"),
    ("NUMERIC_DMY_RE", "11.2.2026 13:00:03 CET"),
    ("DAY_FIRST_RE", "Stockholm den 18 januari 2016"),
    ("MONTH_FIRST_RE", "Pressmeddelande • Jan 18, 2016 10:43 CET"),
    ("SHORT_DMY_RE", "Pressmeddelande 03.03.22 08:00"),
]


@pytest.mark.parametrize(("name", "line"), PREFILTERED)
def test_date_patterns_keep_every_pattern_that_matches(name: str, line: str) -> None:
    from pressparse.extract import published

    rx = getattr(published, name)
    assert rx.search(line) is not None
    assert rx in published._date_patterns(line, short_years=True)


def test_date_patterns_skip_patterns_that_cannot_match() -> None:
    # Synthetic: a year with no separator nor month name holds no date of any pattern.
    from pressparse.extract import published

    assert published._date_patterns("Årsredovisning 2022", short_years=True) == []
