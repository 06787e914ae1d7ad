"""Compare a parsed release with a gold file (format: ../shared/eval/GOLD_FORMAT.md).

Two comparisons live here: ``field_matches`` (one field of one fixture, exact) for the
per-fixture golden tests, and ``score`` (corpus-level accuracy and F1) modelled on the
shared evaluation scorer, so that the tests do not depend on files outside the clone.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pressparse import PressRelease

FIXTURES = Path(__file__).parent / "fixtures"

# Dashes of every width, unified to "-" by the scorer.
DASH_RE = re.compile(r"[\u2010-\u2015\-]")
# Double quotation marks of every kind, unified to '"' by the scorer.
DQUOTE_RE = re.compile(r"[\u201c\u201d\u201e\u00ab\u00bb\"]")
# Single quotation marks and apostrophes, unified to "'" by the scorer.
SQUOTE_RE = re.compile(r"[\u2018\u2019']")
# Runs of whitespace, collapsed to one space.
SPACES_RE = re.compile(r"\s+")
# Punctuation a name comparison ignores ("Anna Svensson," vs "Anna Svensson").
NAME_PUNCT_RE = re.compile(r"[\"'.,:;()]")
# A legal-form suffix an organization comparison ignores ("Hövding AB" vs "Hövding").
ORG_SUFFIX_RE = re.compile(r"\s+\b(ab|publ|asa|a/s|oyj|inc|ltd|gmbh)\b")
# A URL scheme ("https://") an address comparison ignores.
URL_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
# A leading "www." an address comparison ignores.
URL_WWW_RE = re.compile(r"^www\.", re.I)
# Everything in a phone number but digits and "+".
PHONE_NOISE_RE = re.compile(r"[^\d+]")
# A word token, for the token F1 that pairs predicted quotes with gold ones.
WORD_RE = re.compile(r"\w+")
# A date without a time ("2016-01-18").
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")

# Fields compared one by one in the golden tests.
FIELD_NAMES = ("title", "published", "issuer", "quotes", "contacts", "organizations", "urls")


def fixture_paths() -> list[Path]:
    """Every fixture release that has a gold file beside it."""
    return sorted(
        p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html") and gold_path(p).exists()
    )


def gold_path(p: Path) -> Path:
    """The gold file beside a fixture release."""
    return p.with_name(p.stem + ".gold.json")


def load_gold(p: Path) -> dict[str, Any]:
    """The gold annotation of a fixture release."""
    data: dict[str, Any] = json.loads(gold_path(p).read_text(encoding="utf-8"))
    return data


def norm(s: str | None) -> str:
    """The scorer's text normalization: NFC, dashes, quotes and whitespace unified."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u00ad", "")
    s = DASH_RE.sub("-", s)
    s = DQUOTE_RE.sub('"', s)
    return SPACES_RE.sub(" ", s).strip()


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


def field_view(field: str, release: Mapping[str, Any]) -> object:
    """What an exact golden comparison looks at for one field (gold or parsed release)."""
    if field == "title":
        return norm(release.get("title"))
    if field == "published":
        return release.get("published")
    if field == "issuer":
        return norm(release.get("issuer"))
    if field == "quotes":
        return [(norm(q["text"]), q["speaker"]) for q in release.get("quotes") or []]
    if field == "contacts":
        return [
            (c["name"], sorted(c["phones"]), sorted(c["emails"]))
            for c in release.get("contacts") or []
        ]
    if field == "urls":
        # Gold writes an address as printed ("www.uu.se"), the parser with a scheme.
        return [norm_url(u) for u in release.get("urls") or []]
    raise ValueError(f"unknown field {field!r}")


def field_matches(field: str, got: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """True when one field of a parsed release equals the gold exactly (after ``norm``)."""
    if field == "organizations":
        optional = {o.casefold() for o in gold.get("organizations_optional") or []}
        have = {o.casefold() for o in got.get("organizations") or []} - optional
        return have == {o.casefold() for o in gold.get("organizations") or []}
    return field_view(field, got) == field_view(field, gold)


# ---------------------------------------------------------------------------------------------
# Corpus-level scoring, the same measures as the shared evaluation scorer.


def norm_text(s: str | None) -> str:
    """``norm`` plus single quotes unified, as the scorer compares text."""
    return SQUOTE_RE.sub("'", norm(s))


def norm_name(s: str | None) -> str:
    """A person's name for comparison: casefolded, punctuation dropped."""
    s = NAME_PUNCT_RE.sub("", norm_text(s).casefold())
    return SPACES_RE.sub(" ", s).strip()


def norm_org(s: str | None) -> str:
    """An organization's name for comparison: as a name, without a legal-form suffix."""
    return ORG_SUFFIX_RE.sub("", norm_name(s)).strip()


def norm_url(s: str | None) -> str:
    """An address for comparison: no scheme, no "www.", host lowercased, no trailing slash."""
    s = norm_text(s).strip("<>()[]\"'.,;:!?")
    s = URL_WWW_RE.sub("", URL_SCHEME_RE.sub("", s))
    if "/" in s:
        host, rest = s.split("/", 1)
        s = host.lower() + "/" + rest
    else:
        s = s.lower()
    return s.rstrip("/")


def norm_phone(s: str | None) -> str:
    """A phone number for comparison, in E.164 with Sweden as the default country."""
    digits = PHONE_NOISE_RE.sub("", s or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if digits.startswith("0"):
        digits = "+46" + digits[1:]
    return digits


def token_f1(a: str, b: str) -> float:
    """Token overlap F1 of two texts (how the scorer pairs quotes)."""
    ta = WORD_RE.findall(norm_text(a).casefold())
    tb = WORD_RE.findall(norm_text(b).casefold())
    if not ta or not tb:
        return 0.0
    overlap = sum((Counter(ta) & Counter(tb)).values())
    if overlap == 0:
        return 0.0
    p, r = overlap / len(tb), overlap / len(ta)
    return 2 * p * r / (p + r)


def published_ok(gold: str | None, pred: str | None) -> bool:
    """The scorer's rule: a date-only gold is met by the right day, a moment by the instant."""
    if not gold or not pred:
        return not gold and not pred
    try:
        p = dt.datetime.fromisoformat(pred.replace("Z", "+00:00"))
        if ISO_DATE_RE.fullmatch(gold):
            return p.date() == dt.date.fromisoformat(gold)
        g = dt.datetime.fromisoformat(gold.replace("Z", "+00:00"))
    except ValueError:
        return False
    if g.tzinfo is None or p.tzinfo is None or ISO_DATE_RE.fullmatch(pred):
        return False
    return p == g


@dataclass
class PRF:
    """True/false positive and false negative counts, summed over documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        """Add one document's counts."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def f1(self) -> float:
        """F1 over everything added (1.0 when there was nothing to find and nothing found)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def set_counts(
    gold: Iterable[str], pred: Iterable[str], optional: Iterable[str] = ()
) -> tuple[int, int, int]:
    """tp, fp, fn of two sets; a predicted optional item is neither right nor wrong."""
    g = {x for x in gold if x}
    opt = {x for x in optional if x} - g
    p = {x for x in pred if x}
    return len(g & p), len(p - g - opt), len(g - p)


def quote_pairs(
    gold_q: list[dict[str, Any]], pred_q: list[dict[str, Any]]
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of gold and predicted quotes on token F1 >= 0.8."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(gold_q):
        best, best_j = 0.0, -1
        for j, p in enumerate(pred_q):
            if j not in used:
                f = token_f1(g.get("text") or "", p.get("text") or "")
                if f > best:
                    best, best_j = f, j
        if best_j >= 0 and best >= 0.8:
            used.add(best_j)
            pairs.append((gi, best_j))
    return pairs


def score(docs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> dict[str, float]:
    """Accuracy (title, published, issuer, speakers) and F1 (the rest) over (gold, got) pairs."""
    right = Counter[str]()
    total = Counter[str]()
    prf = {k: PRF() for k in ("quotes", "contacts", "phones", "emails", "organizations", "urls")}
    for gold, got in docs:
        for field, ok in (
            ("title", norm_text(gold.get("title")) == norm_text(got.get("title"))),
            ("published", published_ok(gold.get("published"), got.get("published"))),
            ("issuer", norm_org(gold.get("issuer")) == norm_org(got.get("issuer"))),
        ):
            right[field] += ok
            total[field] += 1
        gq, pq = gold.get("quotes") or [], got.get("quotes") or []
        pairs = quote_pairs(gq, pq)
        prf["quotes"].add(len(pairs), len(pq) - len(pairs), len(gq) - len(pairs))
        right["speakers"] += sum(
            norm_name(gq[i].get("speaker")) == norm_name(pq[j].get("speaker")) for i, j in pairs
        )
        total["speakers"] += len(gq)
        gc, pc = gold.get("contacts") or [], got.get("contacts") or []
        prf["contacts"].add(
            *set_counts(
                (norm_name(c.get("name")) for c in gc), (norm_name(c.get("name")) for c in pc)
            )
        )
        prf["phones"].add(
            *set_counts(
                (norm_phone(x) for c in gc for x in c.get("phones") or []),
                (norm_phone(x) for c in pc for x in c.get("phones") or []),
            )
        )
        prf["emails"].add(
            *set_counts(
                (norm_text(x).lower() for c in gc for x in c.get("emails") or []),
                (norm_text(x).lower() for c in pc for x in c.get("emails") or []),
            )
        )
        prf["organizations"].add(
            *set_counts(
                (norm_org(x) for x in gold.get("organizations") or []),
                (norm_org(x) for x in got.get("organizations") or []),
                (norm_org(x) for x in gold.get("organizations_optional") or []),
            )
        )
        prf["urls"].add(
            *set_counts(
                (norm_url(x) for x in gold.get("urls") or []),
                (norm_url(x) for x in got.get("urls") or []),
            )
        )
    result = {k: right[k] / total[k] if total[k] else 1.0 for k in total}
    result.update({k: v.f1 for k, v in prf.items()})
    return result
