"""Public data model: what :func:`pressparse.parse` returns.

All models are pydantic v2, frozen and ``extra="forbid"``; spans point into
``PressRelease.text``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """Half-open character range: ``release.text[span.start:span.end]`` is the item's source."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Person(_Model):
    """A named person, with role and organization as the release states them."""

    name: str
    role: str | None = None
    organization: str | None = None


class Quote(_Model):
    """A direct quotation and who said it.

    ``span`` covers the quoted words (from the first piece to the last when the
    attribution interrupts the quote).
    """

    text: str
    speaker: Person | None = None
    span: Span


class Contact(_Model):
    """A press contact: a person or a function such as "Presstjänsten"."""

    name: str | None = None
    role: str | None = None
    organization: str | None = None
    phones: list[str] = Field(default_factory=list, description="E.164, e.g. +46406753426")
    emails: list[str] = Field(default_factory=list, description="lowercased")
    span: Span


class Organization(_Model):
    """A named organization; ``spans`` are all of its mentions."""

    name: str
    org_number: str | None = Field(default=None, description="organisationsnummer, NNNNNN-NNNN")
    spans: list[Span] = Field(default_factory=list)


class Link(_Model):
    """A web address in the release's content; ``url`` is absolute with a scheme."""

    url: str
    text: str | None = None
    span: Span


PublishedSource = Literal["visible", "metadata", "regulatory", "front_matter"]


class PressRelease(_Model):
    """One press release as structured data.

    >>> import pressparse
    >>> r = pressparse.parse("Ny vd för Exempel AB\\n\\n2016-01-18 10:43\\n\\nExempel AB har utsett Anna Berg till vd.")
    >>> r.title
    'Ny vd för Exempel AB'
    >>> r.published.isoformat()
    '2016-01-18T10:43:00+01:00'
    """

    id: str = Field(description="stable hash of the normalized text, for dedup and upserts")
    source_format: Literal["text", "html"]
    url: str | None = Field(
        default=None,
        description="the release's own address: parse(url=...), else the page's canonical URL",
    )
    language: str | None = None
    kind: str | None = Field(default=None, description='printed label, e.g. "Pressmeddelande"')
    title: str | None = None
    published: datetime | date | None = Field(
        default=None,
        description="aware datetime when a time is printed, a date when only the day is",
    )
    published_source: PublishedSource | None = None
    issuer: Organization | None = None
    lead: str | None = None
    body: str = ""
    quotes: list[Quote] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    urls: list[Link] = Field(default_factory=list)
    text: str = Field(description="normalized plain text every span points into")
    warnings: list[str] = Field(default_factory=list)

    def _repr_html_(self) -> str:
        """The explain page, for notebooks (as :func:`pressparse.explain` draws it)."""
        # The view needs this module for types only: importing it here makes no circle.
        from pressparse.explain_view import collect_marks, render_page

        return render_page(self, collect_marks(self, None))

    def span_text(self, span: Span) -> str:
        """The text a span points at."""
        return self.text[span.start : span.end]

    def summary(self) -> dict[str, Any]:
        """A compact dict of the main fields, for printing."""
        return {
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "issuer": self.issuer.name if self.issuer else None,
            "quotes": len(self.quotes),
            "contacts": len(self.contacts),
        }


class Row(_Model):
    """One line of ``pressparse parse`` (and one element of the Dask recipe's bag).

    ``source`` is the input file (``-`` for stdin), ``record`` the id inside it (JSON-lines
    ``id`` or ``line N``, WARC record id; None for a plain file). Exactly one of ``release``
    and ``error`` is set: ``Row.model_validate_json(line)`` reads any line back, and
    ``pressparse schema`` prints this model's JSON Schema.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        json_schema_extra={
            "oneOf": [
                {"required": ["release"], "properties": {"release": {"type": "object"}}},
                {"required": ["error"], "properties": {"error": {"type": "string"}}},
            ]
        },
    )

    source: str
    record: str | None = None
    error: str | None = Field(default=None, description="why the input gave no release")
    release: PressRelease | None = None

    @model_validator(mode="after")
    def _release_or_error(self) -> Row:
        if (self.release is None) == (self.error is None):
            raise ValueError("a row has either a release or an error")
        return self
