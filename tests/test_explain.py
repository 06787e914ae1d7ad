"""The explain page: highlights match the text they claim, nesting, escaping, CLI entry,
and a render in headless Chromium (skipped when Chromium is not installed)."""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

import pressparse
from pressparse.explain import explain_command, explain_source
from pressparse.explain_view import Mark, render_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# Corpus releases: plain text, Mynewsdesk HTML (2016), Mynewsdesk HTML (2009), via.tt.se text.
SAMPLES = [
    EXAMPLES / "regionskane-livskraftigt-skane.txt",
    EXAMPLES / "mnd-hovding-100-miljoner-2016.html",
    ROOT / "tests" / "fixtures" / "mnd-hitta-se-2009.html",
    EXAMPLES / "viatt-trafikverket-sundsvall-e14.txt",
]
IDS = [p.name for p in SAMPLES]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = Path(os.environ.get("PRESSPARSE_SHOTS", tempfile.gettempdir())) / "explain-shots"


class MarkText(HTMLParser):
    """Collects, for every ``<mark data-field>`` element, its attributes and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[dict[str, str], list[str]] | None] = []
        self.marks: list[tuple[dict[str, str], str]] = []
        self.attrs_of: dict[str, dict[str, str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.attrs_of.setdefault(tag, a)
        self.open.append((a, []) if tag == "mark" and "data-field" in a else None)

    def handle_endtag(self, tag: str) -> None:
        item = self.open.pop()
        if item is not None:
            self.marks.append((item[0], "".join(item[1])))

    def handle_data(self, data: str) -> None:
        for item in self.open:
            if item is not None:
                item[1].append(data)


def marks_of(page: str) -> MarkText:
    p = MarkText()
    p.feed(page)
    p.close()
    return p


def assert_marks_match(page: str, text: str) -> int:
    """Every highlighted element's text is ``text[data-start:data-end]``; returns the count."""
    found = marks_of(page).marks
    for attrs, inner in found:
        start, end = int(attrs["data-start"]), int(attrs["data-end"])
        assert inner == text[start:end], (attrs["data-field"], start, end)
    return len(found)


def test_synthetic_crossing_marks_are_split_and_stay_nested() -> None:
    text = "abcdefghij"  # synthetic
    marks = [
        Mark("quote", 0, 6, "q", "quote.rule", 0),
        Mark("organization", 4, 9, "o", "org.rule", 0),  # crosses the quote at 6
        Mark("url", 2, 4, "u", "url.rule", 0),  # inside the quote
    ]
    out = render_text(text, marks)
    assert out.count("<mark") == out.count("</mark>") == 4  # the organization is split in two
    pieces = [(a["data-field"], a["data-start"], a["data-end"]) for a, _ in marks_of(out).marks]
    assert ("organization", "4", "6") in pieces
    assert ("organization", "6", "9") in pieces
    assert assert_marks_match(out, text) == 4
    # Only the first piece carries the anchor id.
    assert out.count('id="ppx-organization-0"') == 1


def test_synthetic_identical_spans_nest_in_field_order() -> None:
    text = "Region Skåne leder"  # synthetic
    marks = [
        Mark("organization", 0, 12, "Region Skåne", "organization.pattern", 0),
        Mark("issuer", 0, 12, "Region Skåne", "issuer.contacts", 0),
    ]
    out = render_text(text, marks)
    # the issuer is the inner element, so its colour is the one seen
    assert out.index('data-field="organization"') < out.index('data-field="issuer"')
    assert assert_marks_match(out, text) == 2


def test_hostile_text_is_escaped() -> None:
    src = "<script>alert(1)</script> Ny vd för Exempel AB\n\nExempel AB & Co har utsett Anna Berg."
    release = pressparse.parse(src, source_format="text")
    page = pressparse.explain(release)
    assert "<script>alert(1)" not in page
    assert assert_marks_match(page, release.text) >= 1


@pytest.mark.parametrize("path", SAMPLES, ids=IDS)
def test_every_highlight_equals_its_source_text(path: Path) -> None:
    data = path.read_bytes()
    release = pressparse.parse(data)
    page = explain_source(data)
    n = assert_marks_match(page, release.text)
    fields = {a["data-field"] for a, _ in marks_of(page).marks}
    assert n >= 5
    # Every item of the record that has a span is highlighted.
    expected = {
        "quote": bool(release.quotes),
        "contact": bool(release.contacts),
        "url": bool(release.urls),
        "organization": bool(release.organizations),
    }
    assert {f for f, has in expected.items() if has} <= fields
    assert "contact" in fields
    # Rule names from the debug path, not the field name fallback.
    assert 'data-rule="contact.block"' in page
    # Normalized values on hover: E.164 phones of the record appear in titles.
    for c in release.contacts:
        for phone in c.phones:
            assert phone in page


def test_release_path_and_repr_html() -> None:
    release = pressparse.parse(SAMPLES[0].read_bytes())
    page = pressparse.explain(release)
    assert release._repr_html_() == page
    assert assert_marks_match(page, release.text) >= 5
    # Without findings the rule shown is the field name.
    assert 'data-field="quote"' in page and 'data-rule="quote"' in page
    assert pressparse.explain(SAMPLES[0].read_bytes()) == explain_source(SAMPLES[0].read_bytes())


def test_page_is_self_contained() -> None:
    page = explain_source(SAMPLES[1].read_bytes())
    assert not re.search(r"<(?:link|img|iframe)\b|\bsrc\s*=|@import|url\(", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # No hyperlink leaves the page: only in-page anchors.
    for href in re.findall(r'href="([^"]*)"', page):
        assert href.startswith("#ppx-"), href


def test_legend_lists_every_field_with_its_count() -> None:
    page = explain_source(SAMPLES[0].read_bytes())
    legend = re.search(r'<div class="ppx-legend">.*?</div>', page)
    assert legend is not None
    assert 'data-toggle="quote"' in legend.group(0)
    assert "Phone" in legend.group(0) and "Organization" in legend.group(0)


def test_explain_command_file_stdout_and_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "view.html"
    assert explain_command(str(SAMPLES[0]), str(out)) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert explain_command(str(SAMPLES[0]), None) == 0
    assert "data-field=" in capsys.readouterr().out
    assert explain_command(str(tmp_path / "missing.txt"), None) == 1
    assert "missing.txt" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert explain_command(str(empty), None) == 1
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Rubrik\n\nText om saken.")))
    assert explain_command("-", None) == 0


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")
def test_error_trap_reports_a_failing_script(tmp_path: Path) -> None:
    # The page's own error trap is what the browser test relies on: prove it catches errors.
    page = explain_source(SAMPLES[0].read_bytes()).replace(
        "</body>", "<script>undefinedFunction();</script></body>"
    )
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    dom = _chromium(["--dump-dom", path.as_uri()], tmp_path / "profile").stdout
    assert 'data-errors="1"' in dom
    assert "undefinedFunction" in dom


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")
@pytest.mark.parametrize("path", SAMPLES, ids=IDS)
def test_chromium_renders_without_errors(path: Path, tmp_path: Path) -> None:
    data = path.read_bytes()
    release = pressparse.parse(data)
    page_path = tmp_path / f"{path.name}.html"
    page_path.write_text(explain_source(data), encoding="utf-8")
    profile = tmp_path / "profile"
    run = _chromium(["--dump-dom", page_path.as_uri()], profile)
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    # The page script ran (it counts the highlights) and its error trap saw nothing.
    ready = re.search(r'data-ready="(\d+)"', dom)
    assert ready is not None, "page script did not run"
    assert 'data-errors="0"' in dom
    assert re.search(r'id="ppx-errors"[^>]*></div>', dom), "errors written into the page"
    # In the DOM the browser built, every highlight's text is the source text of its span.
    n = assert_marks_match(dom, release.text)
    assert n == int(ready.group(1)) and n >= 5
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / f"{path.stem}.png"
    run = _chromium(
        ["--window-size=1400,1800", f"--screenshot={shot}", page_path.as_uri()], profile
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.stat().st_size > 10_000


def test_cli_explain_subcommand_writes_the_page(tmp_path: Path) -> None:
    from pressparse.cli import main

    out = tmp_path / "view.html"
    assert main(["explain", str(SAMPLES[0]), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page == explain_source(SAMPLES[0].read_bytes())
    assert 'data-field="quote"' in page
    assert main(["explain", str(tmp_path / "missing.txt")]) == 1


def test_explain_shows_the_warnings_parse_gives(capsys: pytest.CaptureFixture[str]) -> None:
    # The page and parse() build the release from the findings the same way, doubts included.
    release = pressparse.parse(SAMPLES[0].read_bytes())
    assert release.warnings
    assert explain_command(str(SAMPLES[0]), None) == 0
    page = capsys.readouterr().out
    shown = re.findall(r"<th><span[^>]*></span>warning</th><td>(.*?)</td>", page)
    assert shown == [html.escape(w) for w in release.warnings]


def test_language_rule_is_shown() -> None:
    page = explain_source(SAMPLES[0].read_bytes())
    assert re.search(r'language</th><td>sv<div class="ppx-rule">.*?language\.\w+</div>', page)


def test_contact_parts_are_marked_where_the_findings_put_them() -> None:
    # Synthetic release and provenance: the page marks a phone at the span it is given,
    # without reading the text again.
    from pressparse.document import Span
    from pressparse.explain_view import Provenance, collect_marks

    text = "Kontakt: Anna Berg, tel. 070-123 45 67"
    release = pressparse.PressRelease(
        id="x",
        source_format="text",
        text=text,
        contacts=[
            pressparse.Contact(
                name="Anna Berg", phones=["+46701234567"], span=pressparse.Span(start=9, end=38)
            )
        ],
    )
    phone = Span(25, 38)
    prov = Provenance(
        contacts=("contact.block",), contact_parts=((("phone", phone, "+46701234567"),),)
    )
    marks = collect_marks(release, prov)
    assert [(m.field, text[m.start : m.end]) for m in marks] == [
        ("contact", "Anna Berg, tel. 070-123 45 67"),
        ("phone", "070-123 45 67"),
    ]
    # Without provenance the public model has no span for the phone: no phone mark.
    assert [m.field for m in collect_marks(release, None)] == ["contact"]


# Synthetic hostile release: every field the page shows carries markup and script URLs, as
# text (escaped in the source) and as real tags and attributes. Any script that runs marks
# the body with data-pwned.
PWN = "document.body.dataset.pwned"
HOSTILE_PAGE = (
    "<html><head><title>Ny vd &lt;script&gt;" + PWN + "=0&lt;/script&gt;</title></head><body>"
    "<article><h1>Ny vd för Exempel AB &lt;script&gt;" + PWN + "=1&lt;/script&gt; "
    '"&gt;&lt;img src=x onerror=' + PWN + "=2&gt;</h1><p>2021-03-04</p>"
    "<p>Exempel AB har utsett Anna Berg till vd. Läs "
    '<a href="javascript:' + PWN + '=3">&lt;script&gt;' + PWN + "=4&lt;/script&gt;</a>, "
    '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">här</a>, '
    '<a href=" JaVaScRiPt:alert(1)">igen</a>, '
    '<a href="java&#x09;script:alert(1)">tab</a> och '
    '<a href="https://exempel.se/r&quot;&gt;&lt;img src=x onerror=' + PWN + '=5&gt;">'
    '"&gt;&lt;img src=x onerror=' + PWN + "=6&gt;</a>.</p>"
    "<script>" + PWN + "=7</script><img src=x onerror=\"" + PWN + '=8">'
    "<p>– Vi är glada &lt;script&gt;" + PWN + "=9&lt;/script&gt; "
    '"&gt;&lt;img src=x onerror=' + PWN + "=10&gt;, säger Anna Berg, vd på Exempel AB.</p>"
    "<p>För mer information:<br>Anna Berg, vd, &lt;script&gt;" + PWN + "=11&lt;/script&gt; "
    '"&gt;&lt;img src=x onerror=' + PWN + "=12&gt;<br>070-123 45 67<br>anna.berg@exempel.se</p>"
    "</article></body></html>"
)


class Elements(HTMLParser):
    """Every element of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))


def _unsafe_markup(page: str) -> list[str]:
    """Elements and attributes of a page that could run script or leave it by a link."""
    p = Elements()
    p.feed(page)
    p.close()
    found = []
    for tag, attrs in p.elements:
        if tag in ("img", "iframe", "object", "embed", "svg"):
            found.append(tag)
        for name, value in attrs.items():
            v = re.sub(r"[\s\x00-\x1f]", "", value).lower()
            if name.startswith("on"):
                found.append(f"{tag} {name}")
            if v.startswith(("javascript:", "data:", "vbscript:")):
                found.append(f"{tag} {name}={value[:30]}")
    return found


def test_hostile_release_fields_carry_no_markup_or_script_links() -> None:
    release = pressparse.parse(HOSTILE_PAGE.encode(), url="https://exempel.se/press/")
    assert "<script>" in (release.title or "")  # kept as the text it is
    assert release.quotes and "onerror" in release.quotes[0].text
    assert release.contacts and "<script>" in (release.contacts[0].role or "")
    assert [u.url for u in release.urls] == [
        "https://exempel.se/r%22%3E%3Cimg%20src=x%20onerror=document.body.dataset.pwned=5%3E"
    ]
    page = explain_source(HOSTILE_PAGE.encode())
    own = explain_source(SAMPLES[0].read_bytes()).count("<script")
    assert page.count("<script") == page.count("<script>") == own, "only the page's own scripts"
    assert _unsafe_markup(page) == []


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")
def test_chromium_runs_no_script_from_a_hostile_release(tmp_path: Path) -> None:
    page_path = tmp_path / "hostile.html"
    page_path.write_text(explain_source(HOSTILE_PAGE.encode()), encoding="utf-8")
    run = _chromium(["--dump-dom", page_path.as_uri()], tmp_path / "profile")
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    assert re.search(r'data-ready="\d+"', dom), "the page's own script did not run"
    assert 'data-errors="0"' in dom
    assert "data-pwned" not in dom, "a script from the release ran"
    assert _unsafe_markup(dom) == []


def test_rules_have_plain_labels_on_the_page() -> None:
    from pressparse.explain import explain_source
    from pressparse.explain_labels import plain_label

    rules: set[str] = set()
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    sources = sorted(Path(__file__).parent.joinpath("fixtures").glob("*.txt"))
    sources += sorted(corpus.glob("*.html"))[:10]
    for path in sources:
        page = explain_source(path.read_bytes())
        found = set(re.findall(r'data-rule="([^"]+)"', page))
        for rule in found:
            assert html.escape(plain_label(rule)) in page
        rules |= found
    assert len(rules) > 10
    unlabeled = sorted(r for r in rules if plain_label(r) == r and "." in r)
    assert not unlabeled, f"add a plain label in explain_labels.py: {unlabeled}"
    assert plain_label("context.org_noun") != "context.org_noun"
    assert plain_label("title.metadata (no span in the text)") == plain_label("title.metadata")


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


@pytest.mark.parametrize(
    "pair",
    [
        ("issuer", "organization"),
        ("organization", "lead"),
        ("contact", "phone"),
        ("contact", "email"),
        ("phone", "email"),
    ],
)
def test_colours_that_meet_can_be_told_apart(pair: tuple[str, str]) -> None:
    from pressparse.explain_view import FIELDS

    a, b = (_rgb(FIELDS[f][1]) for f in pair)
    distance = sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5
    assert distance > 100, pair  # the old issuer and organization teals were 46 apart
