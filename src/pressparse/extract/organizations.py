"""Named organizations: gazetteer names and organization-shaped names, once each."""

from __future__ import annotations

import re
from functools import cache

from pressparse.document import Document, Finding, OrganizationValue, Span
from pressparse.lexicon.orgs import COMPANY_SUFFIX, gazetteer_names

# "Region Skåne", "Region Västerbotten" (the region as an organization, not the land).
REGION_RE = re.compile(r"\bRegion[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)?")
# "Bjuvs kommun", "Malmö stad".
MUNICIPALITY_RE = re.compile(
    r"\b[A-ZÅÄÖ][a-zåäö]+(?:[ \t][A-ZÅÄÖ][a-zåäö]+)?[ \t]+(?:kommun|stad)\b"
)
# "Balco Group AB (publ)", "AB Volvo": capitalized words before (or after "AB") a legal form.
COMPANY_RE = re.compile(
    rf"\b(?:[A-ZÅÄÖ0-9][\w&.-]*[ \t]+){{1,3}}{COMPANY_SUFFIX}(?!\w)|\bAB[ \t]+[A-ZÅÄÖ][\w-]+"
)


@cache
def _gazetteer_re() -> re.Pattern[str]:
    names = sorted(gazetteer_names(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def extract_organizations(doc: Document) -> list[Finding[OrganizationValue]]:
    """Organizations in order of first mention, each with all its mention spans."""
    spans: dict[str, list[Span]] = {}
    order: list[str] = []
    text = doc.text
    for rx, _rule in (
        (_gazetteer_re(), "gazetteer"),
        (REGION_RE, "region"),
        (MUNICIPALITY_RE, "municipality"),
        (COMPANY_RE, "company"),
    ):
        for m in rx.finditer(text):
            name = m.group(0).strip()
            key = name.casefold()
            if key not in spans:
                spans[key] = []
                order.append(name)
            spans[key].append(Span(m.start(), m.end()))
    # Swedish genitive: "Region Skånes" is a mention of "Region Skåne".
    for name in list(order):
        base = name[:-1].casefold()
        if name.endswith("s") and base in spans:
            spans[base].extend(spans.pop(name.casefold()))
            order.remove(name)
    found = []
    for name in order:
        sp = sorted(set(spans[name.casefold()]), key=lambda s: s.start)
        found.append(Finding(OrganizationValue(name, tuple(sp)), sp[0], "organization.pattern"))
    found.sort(key=lambda f: f.span.start if f.span else 0)
    return found
