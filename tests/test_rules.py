"""The rule model: collecting evidence, the resolution policies, the overlap policy, rule ids."""

from __future__ import annotations

import pytest

from pressparse.document import Span
from pressparse.rule_ids import ALL_RULES, FIELD_RULES
from pressparse.rules import (
    Candidate,
    Evidence,
    Reading,
    Rule,
    best_supported,
    collect,
    filter_spans,
    first_found,
    strongest_rule,
)


def _rule(rid: str, weight: float, *readings: tuple[str, str]) -> Rule[str, None, str]:
    return Rule(rid, weight, lambda _: [Reading(k, v, Span(0, 1)) for k, v in readings], rid)


def test_collect_merges_evidence_by_key_in_first_seen_order() -> None:
    rules = (
        _rule("issuer.boilerplate", 3.0, ("region skåne", "Region Skåne")),
        _rule("issuer.email_domain", 1.0, ("skane", "skane"), ("region skåne", "REGION SKÅNE")),
    )
    cands = collect(None, rules)
    assert [c.key for c in cands] == ["region skåne", "skane"]
    assert cands[0].value == "Region Skåne"  # the first reading's value is kept
    assert cands[0].score == 4.0
    assert cands[0].rule == "issuer.boilerplate"


def test_best_supported_needs_minimum_and_margin() -> None:
    strong = Candidate("a", "A", (Evidence("issuer.boilerplate", 3.0, None),))
    weak = Candidate("b", "B", (Evidence("issuer.prominence", 1.0, None),))
    assert best_supported([weak, strong], minimum=2.0, margin=1.0).value == "A"
    low = best_supported([weak], minimum=2.0, margin=1.0, what="issuer")
    assert low.value is None and low.warning == "issuer: evidence too weak for 'B'"
    tie = best_supported([strong, strong], minimum=2.0, margin=1.0)
    assert tie.value is None and tie.warning is not None and "tied" in tie.warning


def test_evidence_against_can_sink_a_candidate() -> None:
    c = Candidate(
        "a", "A", (Evidence("issuer.contacts", 2.0, None), Evidence("issuer.prominence", -2.0, None))
    )
    assert best_supported([c], minimum=1.0, margin=0.0).winner is None


def test_strongest_rule_and_first_found() -> None:
    a = Candidate("a", "A", (Evidence("published.signature", 1.0, None),))
    b = Candidate("b", "B", (Evidence("published.metadata", 5.0, None),))
    assert strongest_rule([a, b]).value == "B"
    assert first_found([a, b]).value == "A"
    assert strongest_rule([]).value is None


def test_filter_spans_longest_then_earliest_in_document_order() -> None:
    spans = [(10, 19), (0, 4), (2, 12), (20, 21), (3, 5)]
    assert filter_spans(spans, lambda s: s) == [(2, 12), (20, 21)]
    assert filter_spans([(0, 4), (10, 19), (4, 6)], lambda s: s) == [(0, 4), (4, 6), (10, 19)]
    # equal lengths: the earliest wins
    assert filter_spans([(5, 9), (3, 7)], lambda s: s) == [(3, 7)]


def test_rule_ids_are_unique_and_prefixed_by_their_field() -> None:
    ids = [r for rules in FIELD_RULES.values() for r in rules]
    assert len(ids) == len(set(ids)) == len(ALL_RULES)
    for field in ("title", "kind", "published", "issuer", "contacts", "urls", "quotes"):
        prefix = {"contacts": "contact.", "urls": "url.", "quotes": "quote."}.get(field, field + ".")
        assert all(r.startswith(prefix) for r in FIELD_RULES[field]), field


@pytest.mark.parametrize("path", ["examples/regionskane-livskraftigt-skane.txt"])
def test_every_rule_a_parse_reports_is_declared(path: str) -> None:
    from pressparse.api import parse_findings

    with open(path, "rb") as fh:
        f = parse_findings(fh.read())
    rules = [x.rule for x in (f.title, f.kind, f.published, f.lead, f.issuer) if x is not None]
    rules += [x.rule for x in (*f.quotes, *f.contacts, *f.organizations, *f.urls)]
    assert rules and set(rules) <= ALL_RULES
