"""HTML input: the Mynewsdesk exports of the corpus, and hostile synthetic pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import pressparse
from pressparse.api import parse_findings
from pressparse.document import Document
from pressparse.reading.read import read_document
from pressparse.structure import assign_roles
from tests.golden import FIXTURES, load_gold, norm

MND = sorted(FIXTURES.glob("mnd-*.html"))
# Site furniture of the Mynewsdesk export that must never reach the body: the follow-us
# line, the lines of its link list, rule lines.
CHROME_PHRASES = ("följ oss på", "______")
CHROME_LINES = frozenset(["Newsroom", "Google+", "Twitter", "Facebook", "Linkedin", "YouTube"])


def test_every_mynewsdesk_fixture_is_present() -> None:
    assert len(MND) == 16


@pytest.mark.parametrize("path", MND, ids=lambda p: p.stem)
def test_mynewsdesk_export_title_lead_and_clean_body(path: Path) -> None:
    gold = load_gold(path)
    r = pressparse.parse(path.read_bytes())
    assert norm(r.title) == norm(gold["title"])
    if "lead" in gold:
        assert norm(r.lead) == norm(gold["lead"])
    else:
        # No gold lead: the lead is still the opening paragraph of the release text.
        assert r.lead is not None and len(r.lead) >= 40
        assert norm(r.text).find(norm(r.lead)) < 300
    assert r.body
    for phrase in CHROME_PHRASES:
        assert phrase not in r.body, phrase
    assert not CHROME_LINES & set(r.body.splitlines())
    assert r.lead is None or r.lead not in r.body


def test_mynewsdesk_boilerplate_and_follow_links_are_not_body() -> None:
    path = FIXTURES / "mnd-kontor-umea-2013.html"
    findings = parse_findings(path.read_bytes())
    doc = findings.doc
    roles = {doc.block_text(b): b.role for b in doc.blocks}
    assert roles["För mer information om Mynewsdesk, följ oss på:"] == "chrome"
    assert roles["Twitter"] == "chrome"
    assert roles["För mer information, kontakta:"] == "contact"
    assert "Telefon: 070-4580202" in [doc.block_text(b) for b in doc.blocks_with("contact")]


def test_double_br_separates_paragraphs_single_br_does_not() -> None:
    path = FIXTURES / "mnd-kontor-goteborg-malmo-2010.html"
    r = pressparse.parse(path.read_bytes())
    assert r.lead == (
        "Som ett steg i MyNewsdesks fortsatta expansion planerar företaget att öppna "
        "säljkontor i Göteborg och Malmö/Köpenhamn."
    )
    singapore = pressparse.parse((FIXTURES / "mnd-kontor-singapore-2011.html").read_bytes())
    assert singapore.lead is not None and singapore.lead.endswith("web start-ups.")


def test_synthetic_broken_json_ld_does_not_break_parsing() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Ny vd", </script></head><body><article><h1>Ny vd för Exempel AB</h1>'
        "<p>Exempel AB har i dag utsett Anna Berg till ny verkställande direktör.</p>"
        "</article></body></html>"
    )
    r = pressparse.parse(page)
    assert r.title == "Ny vd för Exempel AB"


def test_synthetic_json_ld_headline_is_metadata() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Ny vd för Exempel AB", "datePublished": "2020-03-01"}</script></head>'
        "<body><p>Exempel AB har i dag utsett Anna Berg till ny verkställande direktör.</p>"
        "</body></html>"
    )
    r = pressparse.parse(page)
    assert r.title == "Ny vd för Exempel AB"


def test_synthetic_visible_headline_wins_over_metadata_with_warning() -> None:
    page = (
        '<html><head><meta property="og:title" content="Startsida - Exempel"></head>'
        "<body><main><h1>Ny vd för Exempel AB</h1>"
        "<p>Exempel AB har i dag utsett Anna Berg till ny verkställande direktör.</p>"
        "</main></body></html>"
    )
    r = pressparse.parse(page)
    assert r.title == "Ny vd för Exempel AB"
    assert any("metadata title differs" in w for w in r.warnings)


def test_synthetic_fragment_without_html_or_body() -> None:
    frag = (
        "<h2>Ny vd för Exempel AB</h2><p>Exempel AB har i dag utsett Anna Berg till ny "
        "verkställande direktör.</p><p>För mer information, kontakta:</p>"
        "<p>Anna Berg, vd, 070-123 45 67</p>"
    )
    r = pressparse.parse(frag)
    assert r.title == "Ny vd för Exempel AB"
    assert r.lead is not None and r.lead.startswith("Exempel AB har")
    assert "070-123 45 67" not in r.body


def test_synthetic_windows_1252_page() -> None:
    body = (
        "<body><h1>Större satsning på Göteborg</h1><p>Företaget öppnar ett nytt "
        "kontor i Göteborg under våren, säger Åsa Öberg.</p></body></html>"
    )
    declared = ('<html><head><meta charset="windows-1252"></head>' + body).encode("cp1252")
    r = pressparse.parse(declared)
    assert r.title == "Större satsning på Göteborg"
    # Undeclared: must parse; which letters come out is the decoder's guess.
    undeclared = pressparse.parse(("<html>" + body).encode("cp1252"))
    assert undeclared.title is not None and undeclared.title.startswith("St")


def test_synthetic_content_nested_500_levels() -> None:
    inner = "<p>Exempel AB har i dag utsett Anna Berg till ny verkställande direktör.</p>"
    page = "<html><body>" + "<div>" * 500 + "<h1>Djup rubrik</h1>" + inner
    page += "</div>" * 500 + "</body></html>"
    r = pressparse.parse(page)
    assert r.title == "Djup rubrik"
    assert r.lead is not None and "Anna Berg" in r.lead


def test_synthetic_navigation_and_share_bar_are_skipped() -> None:
    page = (
        "<html><body><ul><li><a href='/'>Hem</a></li><li><a href='/om'>Om oss</a></li>"
        "<li><a href='/press'>Press</a></li></ul><article><h1>Ny vd för Exempel AB</h1>"
        "<p>Exempel AB har i dag utsett Anna Berg till ny verkställande direktör.</p>"
        "<div class='share-buttons'><a href='https://facebook.com/x'>Facebook</a></div>"
        "<p>Hon tillträder i maj, efter tolv år på <a href='/karriar'>bolaget</a>.</p>"
        "</article></body></html>"
    )
    r = pressparse.parse(page, url="https://exempel.se/press/1")
    assert "Facebook" not in r.body
    assert "Hem" not in r.text
    assert "tolv år" in r.body
    assert "https://exempel.se/karriar" in [u.url for u in r.urls]


def test_synthetic_link_whose_anchor_starts_with_a_line_break_is_kept() -> None:
    page = (
        '<html><body><p>Följ oss: <a href="http://twitter.com/x"><br />Twitter</a></p>'
        "<p>Mer text här.</p></body></html>"
    )
    r = pressparse.parse(page)
    assert [(u.url, u.text) for u in r.urls] == [("http://twitter.com/x", "Twitter")]
    assert all(r.span_text(u.span) == u.text for u in r.urls)


SYNTHETIC_FULL_PAGE = """<!DOCTYPE html><html lang="sv"><head>
<title>Ny vd för Exempel AB | Exempel Nyhetsrum</title>
<meta property="og:site_name" content="Exempel AB"></head><body>
<div class="cookie-consent"><p>Vi använder kakor. <a href="/cookies">Läs mer</a></p></div>
<header class="site-header"><nav><ul><li><a href="/om">Om oss</a></li>
<li><a href="/press">Press</a></li><li><a href="/jobb">Jobb</a></li></ul></nav></header>
<main><article>
<span class="label">Pressmeddelande</span> <time datetime="2024-03-05T08:30:00+01:00">5 mars 2024 08:30</time>
<h1>Ny vd för Exempel AB</h1>
<p>Styrelsen i Exempel AB har utsett Anna Berg till ny vd. Hon tillträder den 1 april 2024.</p>
<p>– Jag ser fram emot att leda Exempel in i nästa fas, säger Anna Berg.</p>
<h2>För mer information, kontakta:</h2>
<p>Per Holm, presschef, 070-123 45 67, per.holm@exempel.se</p>
</article>
<aside><h3>Senaste nyheterna</h3><ul><li><a href="/press/1">Exempel växer</a></li>
<li><a href="/press/2">Ny fabrik</a></li></ul></aside>
</main><footer><p>© Exempel AB 2024</p></footer></body></html>"""


def test_synthetic_full_page_reads_the_article_inside_main() -> None:
    """Synthetic page: cookie banner, header, menu, related releases beside the article, footer."""
    r = pressparse.parse(SYNTHETIC_FULL_PAGE, url="https://exempel.se/press/ny-vd")
    assert r.title == "Ny vd för Exempel AB"
    assert r.kind == "Pressmeddelande"
    assert r.published is not None and r.published.isoformat() == "2024-03-05T08:30:00+01:00"
    assert r.lead is not None and r.lead.startswith("Styrelsen i Exempel AB")
    for chrome in ("kakor", "Om oss", "Senaste nyheterna", "Ny fabrik", "©"):
        assert chrome not in r.text, chrome
    assert r.urls == []
    assert [(c.name, c.phones) for c in r.contacts] == [("Per Holm", ["+46701234567"])]


# --- whole web pages: site furniture around the release ----------------------------------

PAGES = FIXTURES / "pages"
# Landmark elements; removing them leaves the page as sites without <main>/<article> print it.
LANDMARK_RE = re.compile(r"<(/?)(?:main|article)\b", re.I)


def _without_landmarks(page: bytes) -> bytes:
    """Synthetic: the same page with its <main> and <article> turned into plain <div>s."""
    return LANDMARK_RE.sub(r"<\1div", page.decode("utf-8")).encode("utf-8")


def _read(page: bytes) -> Document:
    return read_document(page, max_bytes=10**8)


# Real pages (tests/fixtures/pages/README.md) and the furniture each prints around the
# release: the top bar (logo, menu toggle, search box), the footer's switchboard, address and
# policy links, the related-news list.
PAGE_FURNITURE = {
    "imint-kontor-i-kina-2016.html": (
        "Navigation",
        "Return to Content",
        "+46 18 474 99 90",
        "info@imint.se",
        "Kungsängsgatan 12",
        "Imint tillförs 171 000 kr",
        "copyright",
    ),
    "liberalerna-valmanifest-2026.html": (
        "Sök på liberalerna.se",
        "Se alla",
        "Fler ämnen",
        "Användarvillkor",
        "Cookieinställningar",
    ),
    "viatt-sd-sommartal-2022.html": (
        "Senaste pressmeddelandena",
        "Jimmie Åkessons turnéfinal i Kungsträdgården",
        "Dumpen",
        "Abonnera på våra pressmeddelanden",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGE_FURNITURE))
def test_whole_page_without_landmarks_reads_like_the_page_with_them(name: str) -> None:
    page = (PAGES / name).read_bytes()
    bare = _read(_without_landmarks(page))
    assert "<main" not in _without_landmarks(page).decode() and "<article" not in (
        _without_landmarks(page).decode()
    )
    for phrase in PAGE_FURNITURE[name]:
        assert phrase not in bare.text, phrase
    assert bare.text == _read(page).text
    gold = load_gold(PAGES / name)
    r = pressparse.parse(_without_landmarks(page))
    assert norm(r.title) == norm(gold["title"])
    served = pressparse.parse(page)
    assert [c.model_dump() for c in r.contacts] == [c.model_dump() for c in served.contacts]
    assert sorted(p for c in r.contacts for p in c.phones) == sorted(
        p for c in gold["contacts"] for p in c["phones"]
    )
    assert [u.url for u in r.urls if "anvandarvillkor" in u.url or "integritet" in u.url] == []


def test_image_caption_is_not_the_lead_nor_body() -> None:
    # Real page (imint.se): a <figure> with a <figcaption> right after the first paragraph.
    doc = assign_roles(_read((PAGES / "imint-kontor-i-kina-2016.html").read_bytes()))
    caption = [b for b in doc.blocks if doc.block_text(b).startswith("David Zhang (tv)")]
    assert [b.role for b in caption] == ["attachments"]
    after = doc.blocks[doc.blocks.index(caption[0]) + 1]
    assert doc.block_text(after).startswith("Zhang, som är 40 år") and after.role == "body"


def test_synthetic_caption_before_the_first_paragraph_is_not_the_lead() -> None:
    page = (
        "<html><body><div class='post'><h1>Ny vd för Exempel AB</h1>"
        "<div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>Anna Berg, "
        "tillträdande vd. Foto: Per Holm</p></div>"
        "<p>Styrelsen i Exempel AB har i dag utsett Anna Berg till ny vd och koncernchef.</p>"
        "<p>Hon tillträder den 1 mars.</p></div></body></html>"
    )
    r = pressparse.parse(page)
    assert r.lead is not None and r.lead.startswith("Styrelsen i Exempel AB")


def test_synthetic_captionless_class_is_not_a_caption() -> None:
    """Near miss: a class word that only contains "caption" is no caption."""
    doc = _read(b"<html><body><p class='captionless'>Styrelsen har utsett Anna Berg.</p></body>")
    assert [b.role for b in doc.blocks] == ["unknown"]


# Synthetic near misses: the release's own boxes that look like furniture.
OWN_FOOTER_PAGE = """<html><body>
<header><a href="/">Exempel AB</a><a href="#">Meny</a></header>
<div class="wrapper"><section class="news">
<h1>Ny vd för Exempel AB</h1>
<p>Styrelsen i Exempel AB har i dag utsett Anna Berg till ny vd och koncernchef.</p>
<footer class="release-footer"><p>För mer information:</p>
<p>Anna Berg, vd, 070-123 45 67, anna.berg@exempel.se</p></footer>
<p>Läs mer under <a href="#kontakt">Kontakt</a>.</p>
</section></div>
<footer><p>Växel 08-123 456 00</p><a href="/integritetspolicy">Integritetspolicy</a>
<a href="/cookies">Cookies</a></footer>
</body></html>"""


def test_synthetic_footer_of_the_release_keeps_its_contact() -> None:
    r = pressparse.parse(OWN_FOOTER_PAGE, url="https://www.exempel.se/press/ny-vd")
    assert [c.name for c in r.contacts] == ["Anna Berg"]
    assert [p for c in r.contacts for p in c.phones] == ["+46701234567"]
    assert "Växel" not in r.text and "Meny" not in r.text
    assert [u.url for u in r.urls if "integritet" in u.url or "cookies" in u.url] == []
    assert "Kontakt" in r.text  # an in-page anchor is a link, not a control


def test_synthetic_page_header_holding_the_headline_is_kept() -> None:
    page = (
        "<html><body><header><div class='logo'>Exempel AB</div></header>"
        "<header class='page-head'><h1>Ny vd för Exempel AB</h1><p>Tisdag 2 juni 2026</p>"
        "</header><div class='content'><p>Styrelsen i Exempel AB har i dag utsett Anna Berg "
        "till ny vd och koncernchef.</p></div></body></html>"
    )
    r = pressparse.parse(page)
    assert r.title == "Ny vd för Exempel AB"
    assert "Exempel AB\n" not in r.text.split("Ny vd")[0]


# Synthetic: an ASP.NET WebForms page, the whole body inside one <form>, with a search box.
WEBFORMS_PAGE = """<html><body><form id="aspnetForm" method="post" action="/press/ny-vd">
<input type="hidden" name="__VIEWSTATE" value="x"><div class="page">
<form class="search"><h2>Sök</h2><label>Sök på webbplatsen</label><input name="q"></form>
<h1>Ny vd för Exempel AB</h1>
<p>Styrelsen i Exempel AB har i dag utsett Anna Berg till ny vd och koncernchef.</p>
</div></form></body></html>"""


def test_synthetic_form_wrapping_the_page_is_read() -> None:
    r = pressparse.parse(WEBFORMS_PAGE)
    assert r.title == "Ny vd för Exempel AB"
    assert r.lead is not None and r.lead.startswith("Styrelsen i Exempel AB")
    # Near miss: the search form inside it (no headline of the page) is still furniture.
    assert "Sök" not in r.text


def test_list_of_other_releases_outside_a_footer_is_furniture() -> None:
    # Real page (imint.se) without landmarks and with its page <footer> turned into a <div>
    # (synthetic): the latest-news list (a heading per linked release) still goes; the
    # release before it stays.
    page = _without_landmarks((PAGES / "imint-kontor-i-kina-2016.html").read_bytes()).decode()
    page = re.sub(r"<(/?)footer\b", r"<\1div", page)
    doc = _read(page.encode("utf-8"))
    assert "Imint tillförs 171 000 kr" not in doc.text
    assert "Det skall bli väldigt roligt att få jobba för Imint." in doc.text


# Synthetic near misses of a list of links: contact cards (phone and e-mail links) and the
# release's own list of report links (no headings).
LINKED_CONTENT_PAGE = """<html><body><div class="release">
<h1>Ny vd för Exempel AB</h1>
<p>Styrelsen i Exempel AB har i dag utsett Anna Berg till ny vd och koncernchef.</p>
<div class="reports"><a href="https://www.exempel.se/rapport-2025.pdf">Årsredovisning 2025</a>
<a href="https://www.exempel.se/rapport-2024.pdf">Årsredovisning 2024</a>
<a href="https://www.exempel.se/hallbarhet-2025.pdf">Hållbarhetsrapport 2025</a></div>
<section class="contacts"><h2>Kontakter</h2>
<div><h3><a href="https://www.exempel.se/anna">Anna Berg</a></h3>
<a href="tel:+46701234567">070-123 45 67</a> <a href="mailto:anna.berg@exempel.se">anna.berg@exempel.se</a></div>
<div><h3>Per Holm</h3><a href="tel:+46701234568">070-123 45 68</a>
<a href="mailto:per.holm@exempel.se">per.holm@exempel.se</a></div>
<div><h3>Presstjänst</h3><a href="tel:+46812345600">08-123 456 00</a>
<a href="mailto:press@exempel.se">press@exempel.se</a></div></section>
</div></body></html>"""


def test_synthetic_contact_cards_and_report_links_are_not_link_lists() -> None:
    doc = _read(LINKED_CONTENT_PAGE.encode("utf-8"))
    for kept in ("Årsredovisning 2024", "Hållbarhetsrapport 2025", "per.holm@exempel.se"):
        assert kept in doc.text, kept
    assert "070-123 45 68" in doc.text and "Presstjänst" in doc.text


def test_synthetic_fragment_closing_with_a_footer_keeps_its_contact() -> None:
    """Near miss: an exported release body (no <html>, <head> or <body>) whose contact
    block is a <footer> of its own: no page, so no page footer."""
    fragment = (
        "<h1>Ny vd för Exempel AB</h1><p>Styrelsen i Exempel AB har i dag utsett Anna Berg "
        "till ny vd och koncernchef.</p><footer><p>För mer information:</p>"
        "<p>Anna Berg, vd, 070-123 45 67, anna.berg@exempel.se</p></footer>"
    )
    r = pressparse.parse(fragment, source_format="html")
    assert [c.name for c in r.contacts] == ["Anna Berg"]
