"""Organization vocabulary: legal-form suffixes, public-body shapes, and the gazetteers.

Gazetteers are package data (``pressparse/data/*.tsv``), each file with a header saying
where its rows come from; they load once, lazily, on first use.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# Legal forms that end a company name: "Balco Group AB (publ)", "Nokia Oyj".
COMPANY_SUFFIX = r"(?:AB(?:[ \t]+\(publ\))?|Aktiebolag|ASA|Oyj|Abp|A/S|AS|Inc\.?|Ltd\.?|GmbH|Plc|plc|LLC|Corp\.?|SE)"
# Public-body shapes: "Region Skåne", "Malmö stad", "Bjuvs kommun", "Länsstyrelsen i Dalarnas län".
PUBLIC_BODY_RE = re.compile(
    r"^(?:Region[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?|[A-ZÅÄÖ][\w-]+[ \t]+(?:kommun|stad|län|landsting)"
    r"|Länsstyrelsen(?:[ \t]+i[ \t]+[A-ZÅÄÖ][\w ]{2,30})?|[A-ZÅÄÖ][a-zåäö]+(?:verket|myndigheten|inspektionen|styrelsen|"
    r"departementet|förbundet|universitetet|högskolan))$"
)
COMPANY_RE = re.compile(rf"^[A-ZÅÄÖ0-9][\w&.\- ]{{0,60}}[ \t]+{COMPANY_SUFFIX}$")


# Which columns of each gazetteer hold an organization's name (a bare town name is a place).
GAZETTEER_COLUMNS: dict[str, tuple[str, ...]] = {
    "sv_municipalities.tsv": ("org_name", "legal_name"),
    "sv_regions.tsv": ("region_org", "lansstyrelse"),
    "sv_agencies.tsv": ("name",),
    "sv_universities.tsv": ("name",),
}


@cache
def gazetteer_names() -> frozenset[str]:
    """All names in the shipped gazetteers (municipalities, regions, agencies, universities)."""
    names: set[str] = set()
    pkg = resources.files("pressparse") / "data"
    for fname, wanted in GAZETTEER_COLUMNS.items():
        path = pkg / fname
        if not path.is_file():
            continue
        header: list[str] | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            for col, value in zip(header, cols, strict=False):
                if col in wanted and value.strip():
                    names.add(value.strip())
    return frozenset(names)


def is_organization_name(s: str) -> bool:
    """True for names shaped like an organization or listed in a gazetteer."""
    s = s.strip()
    if not s:
        return False
    return bool(PUBLIC_BODY_RE.match(s) or COMPANY_RE.match(s)) or s in gazetteer_names()
