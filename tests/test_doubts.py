"""Warnings for doubts: missing fields and disagreements (synthetic inputs)."""

from __future__ import annotations

import pressparse


def test_missing_date_and_issuer_are_warned() -> None:
    r = pressparse.parse("Synthetic: en rubrik\n\nNågon text utan datum eller avsändare.")
    assert "no publication date found" in r.warnings
    assert "no issuer could be determined" in r.warnings


def test_complete_release_has_no_doubts() -> None:
    text = (
        "Synthetic: Exempel AB anställer\n\nPressmeddelande • Jan 18, 2016 10:43 CET\n\n"
        "Exempel AB anställer tio personer i Malmö under året som kommer.\n\n"
        "För mer information:\nAnna Berg, vd, 070-123 45 67, anna.berg@exempel.se\n\n"
        "Om Exempel AB\nExempel AB är ett bolag i Malmö."
    )
    r = pressparse.parse(text)
    assert r.title and r.published and r.issuer
    assert r.warnings == []


def test_contact_without_phone_or_email_is_warned() -> None:
    text = "Synthetic: rubrik\n\n2016-01-18\n\nText.\n\nFör kommentarer:\nAnna Berg, vd, Exempel AB"
    r = pressparse.parse(text)
    assert [c.name for c in r.contacts] == ["Anna Berg"]
    assert "contact 'Anna Berg' has no phone number or e-mail address" in r.warnings


def test_metadata_title_that_differs_from_the_headline_is_warned() -> None:
    page = (
        '<html><head><meta property="og:title" content="En helt annan rubrik"></head>'
        "<body><article><h1>Synthetic: den synliga rubriken</h1>"
        "<p>Brödtext som är tillräckligt lång för att vara en ingress i ett pressmeddelande.</p>"
        "</article></body></html>"
    )
    r = pressparse.parse(page)
    assert any(w.startswith("page metadata title differs") for w in r.warnings), r.warnings
