"""The typed rule ids of every field: one ``Literal`` per field, their union ``RuleId``.

A rule id names the rule that produced a finding (shown by ``pressparse explain``); code
compares ids only for equality or membership, never by substring. mypy rejects a rule id a
table does not declare here, so a new rule is declared once, in its field's ``Literal``.
"""

from __future__ import annotations

from typing import Literal, Union, get_args

TitleRule = Literal[
    "title.block",
    "title.metadata",
    "title.label_only",
    "title.heading",
    "title.metadata_copy",
    "title.before_label",
    "title.first_line",
    "title.after_label",
    "title.kind_prefix",
    "title.prose",
    "title.sender",
]
KindRule = Literal["kind.title_prefix", "kind.label", "kind.pipe_header", "kind.metadata"]
LeadRule = Literal["lead.first_paragraph"]
BodyRule = Literal["body.paragraphs"]
PublishedRule = Literal[
    "published.regulatory",
    "published.metadata",
    "published.metadata_time",
    "published.front_matter",
    "published.dateline",
    "published.label",
    "published.published_line",
    "published.place_dateline",
    "published.signature",
    "published.signature_inline",
    "published.run_on_dateline",
    "published.title",
]
QuoteRule = Literal[
    "quote.dash",
    "quote.dash_continued",
    "quote.dash_attribution_below",
    "quote.marks",
    "quote.bare",
    "quote.announced",
]
ContactRule = Literal["contact.block", "contact.inline", "contact.registration"]
UrlRule = Literal["url.printed", "url.bare", "url.href"]
OrganizationRule = Literal[
    "company.legal_form",
    "company.legal_form_first",
    "company.group",
    "company.name_word",
    "public_body",
    "public_body.ending",
    "public_body.english",
    "public_body.institution",
    "gazetteer",
    "gazetteer.region",
    "organization.acronym",
    "organization.head_noun",
    "organization.joined",
    "organization.prefix",
    "context.contact",
    "context.genitive_role",
    "context.joins",
    "context.list",
    "context.listed",
    "context.object",
    "context.org_noun",
    "context.others",
    "context.person_from",
    "context.person_line",
    "context.role",
    "context.role_bare",
    "context.subject",
    "context.worked_at",
    "boilerplate.about",
    "boilerplate.is_a",
]
IssuerRule = Literal[
    "issuer.metadata",
    "issuer.newsroom",
    "issuer.sender_line",
    "issuer.name_above_title",
    "issuer.newsroom_url",
    "issuer.site",
    "issuer.boilerplate",
    "issuer.boilerplate_is_a",
    "issuer.disclosure",
    "issuer.sign_off",
    "issuer.contacts",
    "issuer.email_domain",
    "issuer.ministry",
    "issuer.ministry_named",
    "issuer.government",
    "issuer.government_acting",
    "issuer.government_inverted",
    "issuer.minister_title",
    "issuer.minister_named",
    "issuer.press_secretary",
    "issuer.title",
    "issuer.prominence",
    "issuer.spokesperson",
    "issuer.marketplace",
    "issuer.object",
]
LanguageRule = Literal["language.identifier", "language.function_words"]

RuleId = Union[  # noqa: UP007 (a union of Literals reads better one per line)
    TitleRule,
    KindRule,
    LeadRule,
    BodyRule,
    PublishedRule,
    QuoteRule,
    ContactRule,
    UrlRule,
    OrganizationRule,
    IssuerRule,
    LanguageRule,
]

FIELD_RULES: dict[str, tuple[str, ...]] = {
    "title": get_args(TitleRule),
    "kind": get_args(KindRule),
    "lead": get_args(LeadRule),
    "body": get_args(BodyRule),
    "published": get_args(PublishedRule),
    "quotes": get_args(QuoteRule),
    "contacts": get_args(ContactRule),
    "urls": get_args(UrlRule),
    "organizations": get_args(OrganizationRule),
    "issuer": get_args(IssuerRule),
    "language": get_args(LanguageRule),
}
"""Every declared rule id by field (for the docs, the explain legend and tests)."""

ALL_RULES: frozenset[str] = frozenset(r for ids in FIELD_RULES.values() for r in ids)
