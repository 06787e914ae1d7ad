"""Compare a parsed release with a gold file (format: ../shared/eval/GOLD_FORMAT.md)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from pressparse import PressRelease

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_paths() -> list[Path]:
    """Every fixture release that has a gold file beside it."""
    return sorted(
        p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html") and gold_path(p).exists()
    )


def gold_path(p: Path) -> Path:
    return p.with_name(p.stem + ".gold.json")


def load_gold(p: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gold_path(p).read_text(encoding="utf-8"))
    return data


def norm(s: str | None) -> str:
    """The scorer's text normalization: NFC, dashes, quotes and whitespace unified."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u00ad", "")
    s = re.sub(r"[\u2010-\u2015\-]", "-", s)
    s = re.sub(r"[\u201c\u201d\u201e\u00ab\u00bb\"]", '"', s)
    return re.sub(r"\s+", " ", s).strip()


def gold_shape(r: PressRelease) -> dict[str, Any]:
    """The release in the gold file's shape."""
    return {
        "title": r.title,
        "published": r.published.isoformat() if r.published else None,
        "issuer": r.issuer.name if r.issuer else None,
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker.name if q.speaker else None,
                "role": q.speaker.role if q.speaker else None,
                "organization": q.speaker.organization if q.speaker else None,
            }
            for q in r.quotes
        ],
        "contacts": [
            {
                "name": c.name,
                "role": c.role,
                "organization": c.organization,
                "phones": c.phones,
                "emails": c.emails,
            }
            for c in r.contacts
        ],
        "organizations": [o.name for o in r.organizations],
        "urls": [u.url for u in r.urls],
    }
