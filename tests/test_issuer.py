"""Issuer decisions: newsroom line, boilerplate heading, e-mail domain."""

from __future__ import annotations

import pressparse


def test_newsroom_line() -> None:
    # corpus quote (viatt-dramaten-liv-och-dod-stromquist-2026)
    r = pressparse.parse(
        "Rubrik\n11.2.2026 13:00:03 CET | Dramaten | Pressmeddelande\nText om Dramaten."
    )
    assert r.issuer is not None and r.issuer.name == "Dramaten"


def test_about_heading_in_boilerplate() -> None:
    # synthetic
    text = (
        "Rubrik\n\nSweco och Exempel AB tecknar avtal.\n\nOm Sweco\n\n"
        "Sweco är ett ledande företag inom teknikkonsulting med många medarbetare i hela Europa och "
        "som planerar och utformar framtidens samhällen och städer runt om i världen idag."
    )
    r = pressparse.parse(text)
    assert r.issuer is not None and r.issuer.name == "Sweco"


def test_none_when_nothing_names_a_sender() -> None:
    # synthetic
    assert pressparse.parse("Rubrik\n\nDet regnade i går.").issuer is None
