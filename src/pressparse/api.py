"""``parse()``: the whole pipeline in a few readable lines, and its options."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal
from zoneinfo import ZoneInfo

from pressparse.assemble import Findings, build_release, fill_speakers
from pressparse.doubts import collect_doubts
from pressparse.extract.contacts import extract_contacts
from pressparse.extract.issuer import decide_issuer
from pressparse.extract.language import detect_language
from pressparse.extract.organizations import extract_organizations
from pressparse.extract.published import extract_published
from pressparse.extract.quotes import extract_quotes
from pressparse.extract.sections import extract_body, extract_lead
from pressparse.extract.title import extract_kind, extract_title
from pressparse.extract.urls import extract_urls
from pressparse.models import PressRelease
from pressparse.reading import read_document
from pressparse.structure import assign_roles

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ParseOptions:
    """Options of :func:`parse`.

    ``reference_date`` anchors dates printed without a year (``18 januari``); when None,
    such dates are not used. ``timezone`` is the zone of times printed without one.
    ``max_bytes`` refuses larger inputs with :class:`~pressparse.InputTooLargeError`.
    """

    reference_date: date | None = None
    timezone: str = "Europe/Stockholm"
    max_bytes: int = DEFAULT_MAX_BYTES
    tzinfo: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tzinfo", ZoneInfo(self.timezone))


_DEFAULT_OPTIONS = ParseOptions()


def parse(
    source: str | bytes,
    *,
    source_format: Literal["auto", "text", "html"] = "auto",
    url: str | None = None,
    options: ParseOptions | None = None,
) -> PressRelease:
    """Parse one press release (text or HTML, str or bytes) into a :class:`PressRelease`.

    Raises :class:`~pressparse.InputError` only for input that cannot be read at all
    (empty, binary, too large).

    >>> import pressparse
    >>> r = pressparse.parse("Ny vd för Exempel AB\\n\\n2016-01-18\\n\\nExempel AB har utsett Anna Berg till vd.")
    >>> r.title, r.published
    ('Ny vd för Exempel AB', datetime.date(2016, 1, 18))
    """
    findings = parse_findings(source, source_format=source_format, url=url, options=options)
    return build_release(findings, [*findings.doc.warnings, *collect_doubts(findings)])


def parse_findings(
    source: str | bytes,
    *,
    source_format: Literal["auto", "text", "html"] = "auto",
    url: str | None = None,
    options: ParseOptions | None = None,
) -> Findings:
    """The pipeline up to the findings (values, spans and rule names): the debug path."""
    opts = options or _DEFAULT_OPTIONS
    doc = read_document(source, source_format=source_format, url=url, max_bytes=opts.max_bytes)
    doc = assign_roles(doc)
    urls = extract_urls(doc)
    contacts = extract_contacts(doc, urls)
    quotes = fill_speakers(extract_quotes(doc), contacts)
    organizations = extract_organizations(doc)
    return Findings(
        doc=doc,
        title=extract_title(doc),
        kind=extract_kind(doc),
        published=extract_published(doc, opts.tzinfo, reference_date=opts.reference_date),
        lead=extract_lead(doc),
        body=extract_body(doc),
        quotes=quotes,
        contacts=contacts,
        organizations=organizations,
        issuer=decide_issuer(doc, organizations, contacts),
        urls=urls,
        language=detect_language(doc.text),
    )
