"""``parse()``: the whole pipeline in a few readable lines, and its options."""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from pressparse.assemble import build_release
from pressparse.document import Findings
from pressparse.extract.contacts import extract_contacts
from pressparse.extract.issuer import decide as decide_issuer
from pressparse.extract.language import extract_language
from pressparse.extract.organizations import extract_organizations
from pressparse.extract.published import extract_published
from pressparse.extract.quotes import extract_quotes
from pressparse.extract.quotes.speakers import fill_speakers
from pressparse.extract.sections import extract_body, extract_lead
from pressparse.extract.title import extract_kind, extract_title
from pressparse.extract.urls import extract_urls
from pressparse.models import PressRelease
from pressparse.reading import read_document
from pressparse.structure import assign_roles

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Reference dates are kept this far from the ends of the calendar, so that the year before
# and the day after always exist (``date.max`` is a legal value but has no next day).
_REFERENCE_MARGIN = timedelta(days=400)
# File name endings that make a one-line ``str`` look like a path given by mistake.
PATH_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".warc")


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
    source: str | bytes | os.PathLike[str],
    *,
    source_format: Literal["auto", "text", "html"] = "auto",
    url: str | None = None,
    options: ParseOptions | None = None,
) -> PressRelease:
    """Parse one press release (text or HTML, str or bytes) into a :class:`PressRelease`.

    A :class:`pathlib.Path` (any ``os.PathLike``) is read as a file; a ``str`` is the text
    itself (one that looks like a file name gets a :class:`UserWarning`). Raises
    :class:`~pressparse.InputError` only for input that cannot be read at all (empty,
    binary, too large, a file that cannot be opened).

    >>> import pressparse
    >>> r = pressparse.parse("Ny vd för Exempel AB\\n\\n2016-01-18\\n\\nExempel AB har utsett Anna Berg till vd.")
    >>> r.title, r.published
    ('Ny vd för Exempel AB', datetime.date(2016, 1, 18))
    """
    data = _source_data(source, options or _DEFAULT_OPTIONS)
    findings = parse_findings(data, source_format=source_format, url=url, options=options)
    return build_release(findings)


def _source_data(source: str | bytes | os.PathLike[str], opts: ParseOptions) -> str | bytes:
    """The input as text or bytes: a path is read (bounded by ``max_bytes``)."""
    from pressparse.errors import InputError, InputTooLargeError

    if isinstance(source, os.PathLike):
        path = Path(source)
        try:
            with path.open("rb") as fh:
                data = fh.read(opts.max_bytes + 1)
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
        if len(data) > opts.max_bytes:
            raise InputTooLargeError(f"{path} is larger than {opts.max_bytes} bytes")
        return data
    if (
        isinstance(source, str)
        and len(source) < 4096
        and "\n" not in source
        and source.strip().lower().endswith(PATH_SUFFIXES)
    ):
        warnings.warn(
            f"parse() got the text {source[:80]!r}, which looks like a file name; "
            "pass pathlib.Path(...) to read the file",
            UserWarning,
            stacklevel=3,
        )
    return source


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
    organizations = extract_organizations(doc)
    published = extract_published(doc, opts.tzinfo, reference_date=_bounded(opts.reference_date))
    year = published.value.year if published is not None else None
    issuer = decide_issuer(doc, organizations, contacts, year)
    quotes = fill_speakers(extract_quotes(doc, organizations), contacts, organizations)
    return Findings(
        doc=doc,
        title=extract_title(doc),
        kind=extract_kind(doc),
        published=published,
        lead=extract_lead(doc),
        body=extract_body(doc),
        quotes=quotes,
        contacts=contacts,
        organizations=organizations,
        issuer=issuer.finding,
        urls=urls,
        language=extract_language(doc),
        issuer_warning=issuer.warning,
    )


def _bounded(day: date | None) -> date | None:
    """``day`` moved inside the calendar by at least ``_REFERENCE_MARGIN``."""
    if day is None:
        return None
    return min(max(day, date.min + _REFERENCE_MARGIN), date.max - _REFERENCE_MARGIN)
