"""Organizations: real-style sentences (short corpus quotes) and synthetic near-misses."""

from __future__ import annotations

import time

import pressparse
from pressparse.lexicon import orgs


def _names(text: str) -> set[str]:
    return {o.name for o in pressparse.parse(text).organizations}


def test_region_is_organization_but_land_is_not() -> None:
    # synthetic
    names = _names(
        "Nytt om Skåne\n\nRegion Skåne leder arbetet i nordvästra Skåne tillsammans med Bjuv."
    )
    assert "Region Skåne" in names
    assert "Skåne" not in names and "Bjuv" not in names


def test_legal_forms_and_role_contexts() -> None:
    # corpus quote (medfield-bjorn-larsson-tf-vd-2024)
    names = _names(
        "Ny vd\n\nBjörn har varit vd för RLS Global AB och innan dess vd för Observe Medical ASA."
    )
    assert {"RLS Global AB", "Observe Medical ASA"} <= names


def test_party_tags_and_sentence_starts_are_not_organizations() -> None:
    # synthetic
    names = _names("Beslut idag\n\nDet beslutade Erik Berg (S), regionråd. Det var väntat.")
    assert not names & {"S", "Det", "Erik Berg"}


def test_list_neighbours_and_acronyms() -> None:
    # corpus quote (mynewsdesk-riksidrottsforbundet-idrottsevenemang-2017)
    names = _names(
        "Rubrik\n\nBjörn Eriksson, ordförande Riksidrottsförbundet och SISU Idrottsutbildarna."
    )
    assert {"Riksidrottsförbundet", "SISU Idrottsutbildarna"} <= names


def test_product_name_is_not_an_organization() -> None:
    # synthetic: a product mentioned once without an organization context
    assert "Archer" not in _names(
        "Försäljning\n\nSverige säljer 14 Archer-pjäser till Storbritannien."
    )


def test_org_number_printed_next_to_name() -> None:
    # synthetic
    r = pressparse.parse("Rubrik\n\nExempel Holding AB, org.nr 556677-8899, meddelar idag nyheter.")
    assert [o.org_number for o in r.organizations] == ["556677-8899"]


def test_gazetteer_loads_fast_once() -> None:
    orgs.gazetteer.cache_clear()
    t0 = time.perf_counter()
    g = orgs.gazetteer()
    elapsed = time.perf_counter() - t0
    assert "Trafikverket" in g.names and "Bjuv" in g.places
    assert orgs.gazetteer() is g
    assert elapsed < 0.05
