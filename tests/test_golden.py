"""Golden tests: fixtures copied from the shared corpus, compared field by field with gold.

``FIELDS`` says, per fixture, which fields are expected to match exactly; fields not
listed are measured by ../shared/eval/evaluate, not asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import pressparse
from tests.golden import fixture_paths, gold_shape, load_gold, norm

ALL = ("title", "published", "issuer", "quotes", "contacts", "urls")
FIELDS: dict[str, tuple[str, ...]] = {
    "regionskane-livskraftigt-skane": (*ALL, "organizations"),
}


def _cases() -> list[tuple[Path, str]]:
    return [(p, f) for p in fixture_paths() for f in FIELDS.get(p.stem, ())]


@pytest.mark.parametrize(("path", "field"), _cases(), ids=lambda x: getattr(x, "stem", x))
def test_field_matches_gold(path: Path, field: str) -> None:
    gold = load_gold(path)
    got = gold_shape(pressparse.parse(path.read_bytes()))
    if field == "title":
        assert norm(got["title"]) == norm(gold["title"])
    elif field == "published":
        assert got["published"] == gold["published"]
    elif field == "issuer":
        assert norm(got["issuer"]) == norm(gold["issuer"])
    elif field == "quotes":
        assert [(norm(q["text"]), q["speaker"]) for q in got["quotes"]] == [
            (norm(q["text"]), q["speaker"]) for q in gold["quotes"]
        ]
    elif field == "contacts":
        want = [(c["name"], sorted(c["phones"]), sorted(c["emails"])) for c in gold["contacts"]]
        have = [(c["name"], sorted(c["phones"]), sorted(c["emails"])) for c in got["contacts"]]
        assert have == want
    elif field == "organizations":
        optional = {o.casefold() for o in gold.get("organizations_optional", [])}
        have = {o.casefold() for o in got["organizations"]} - optional
        assert have == {o.casefold() for o in gold["organizations"]}
    elif field == "urls":
        assert [u.rstrip("/") for u in got["urls"]] == [u.rstrip("/") for u in gold["urls"]]


def test_every_fixture_keeps_its_source() -> None:
    for p in fixture_paths():
        assert load_gold(p).get("source"), f"{p.name}: gold file lacks 'source'"
