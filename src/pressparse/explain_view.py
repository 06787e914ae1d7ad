"""The explain page: marks (field, span, normalized value, rule) and their HTML rendering.

The page is one self-contained HTML document (inline CSS and script, no external resource;
a Content-Security-Policy forbids any). The left column is ``release.text`` with every mark
as a ``<mark>`` element carrying ``data-field``, ``data-start`` and ``data-end``: the element's
text is always ``release.text[data-start:data-end]``. Marks that cross each other are split
into pieces, so the HTML stays well nested. The right column is the record as a table.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from pressparse.document import Span
from pressparse.explain_labels import plain_label

if TYPE_CHECKING:
    # The view reads the public model's attributes only: it needs the model for types, and
    # the model can import the view (PressRelease._repr_html_) without a circle.
    from datetime import date, datetime

    from pressparse.models import Contact, PressRelease


class Spanned(Protocol):
    """A span of the public model or of the findings: a half-open range of the text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


# Field key -> (label, highlight colour).
# Order matters: on identical spans the earlier field is the outer element.
FIELDS: dict[str, tuple[str, str]] = {
    "body": ("Body", "#eef1f4"),
    "lead": ("Lead", "#fff3c4"),
    "title": ("Title", "#ffd0a8"),
    "kind": ("Kind", "#e3d3ff"),
    "published": ("Published", "#b9f0c5"),
    "quote": ("Quote", "#c9e4ff"),
    # contact, phone and e-mail sit inside one another: pale pink, coral and purple; the
    # issuer (teal) and the other organizations (amber, apart from the lead's pale yellow)
    # are told apart at a glance, the issuer inside so its mentions show teal
    "contact": ("Contact", "#ffe0ef"),
    "phone": ("Phone", "#ff8f80"),
    "email": ("E-mail", "#b98cff"),
    "organization": ("Organization", "#ffc04d"),
    "issuer": ("Issuer", "#4cc9b8"),
    "url": ("URL", "#d9e8a6"),
}
FIELD_RANK = {name: i for i, name in enumerate(FIELDS)}


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted item: a span of ``release.text`` and what was read from it."""

    field: str
    start: int
    end: int
    value: str  # the value after normalization, as shown on hover
    rule: str
    item: int  # index of the item within its field (anchor target from the table)


# A phone number or e-mail address of a contact: its field, where it was read, its value.
ContactPart = tuple[Literal["phone", "email"], Span | None, str]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Rule names and spans (of the findings) the public model does not carry, from
    ``parse_findings``.

    Lists are parallel to the release's lists (``quotes[i]`` is the rule of
    ``release.quotes[i]``); ``None`` for a single field means it was not found.
    """

    title: tuple[str, Span | None] | None = None
    kind: tuple[str, Span | None] | None = None
    published: tuple[str, Span | None] | None = None
    lead: tuple[str, Span | None] | None = None
    body: tuple[str, Span | None] | None = None
    issuer: str | None = None
    quotes: tuple[tuple[str, tuple[Span, ...]], ...] = ()
    contacts: tuple[str, ...] = ()
    # Per contact, the phones and e-mails the contacts extractor located.
    contact_parts: tuple[tuple[ContactPart, ...], ...] = ()
    organizations: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    language: str | None = None


def _fmt_published(value: datetime | date | None) -> str:
    return value.isoformat() if value is not None else ""


def _contact_summary(c: Contact) -> str:
    parts = [p for p in (c.name, c.role, c.organization) if p]
    parts += list(c.phones) + list(c.emails)
    return " | ".join(parts)


def _located(text: str, value: str | None) -> Span | None:
    """The first exact occurrence of ``value`` in ``text`` (for releases without findings)."""
    if not value:
        return None
    at = text.find(value)
    return Span(at, at + len(value)) if at >= 0 else None


def _valid(text: str, span: Spanned | None) -> bool:
    return span is not None and 0 <= span.start < span.end <= len(text)


def collect_marks(release: PressRelease, prov: Provenance | None) -> list[Mark]:
    """Every highlightable item of ``release``; rule names come from ``prov`` when given.

    Without provenance the rule shown is the field name, and title, kind and lead (which the
    public model keeps without a span) are located by exact text search.
    """
    marks = _Marks(release.text)
    _single_marks(marks, release, prov)
    _quote_marks(marks, release, prov)
    _contact_marks(marks, release, prov)
    _organization_marks(marks, release, prov)
    for i, u in enumerate(release.urls):
        rule = prov.urls[i] if prov and i < len(prov.urls) else "url"
        marks.add("url", u.span, u.url, rule, i)
    return marks.marks


class _Marks:
    """The marks of one page, each kept only when its span lies inside the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks: list[Mark] = []

    def add(self, field: str, span: Spanned | None, value: str, rule: str, item: int = 0) -> None:
        if span is not None and _valid(self.text, span):
            self.marks.append(Mark(field, span.start, span.end, value, rule, item))


def _single_marks(marks: _Marks, release: PressRelease, prov: Provenance | None) -> None:
    singles: list[tuple[str, str | None]] = [
        ("title", release.title),
        ("kind", release.kind),
        ("published", _fmt_published(release.published) or None),
        ("lead", release.lead),
        ("body", release.body or None),
    ]
    for field, value in singles:
        if value is None:
            continue
        if prov is None:
            if field in ("title", "kind", "lead"):
                located = _located(marks.text, value)
                marks.add(field, located, value, f"{field} (located by text search)")
            continue
        found = getattr(prov, field)
        if found is not None:
            rule, span = found
            shown = value if field != "body" else f"{len(value)} characters"
            marks.add(field, span, shown, rule)


def _quote_marks(marks: _Marks, release: PressRelease, prov: Provenance | None) -> None:
    for i, q in enumerate(release.quotes):
        who = q.speaker
        said = (
            f"{who.name} ({', '.join(p for p in (who.role, who.organization) if p)})"
            if who
            else "speaker unknown"
        )
        value = f"{said}: {q.text}"
        if prov and i < len(prov.quotes):
            rule, pieces = prov.quotes[i]
            for piece in pieces or (q.span,):
                marks.add("quote", piece, value, rule, i)
        else:
            marks.add("quote", q.span, value, "quote", i)


def _contact_marks(marks: _Marks, release: PressRelease, prov: Provenance | None) -> None:
    for i, c in enumerate(release.contacts):
        rule = prov.contacts[i] if prov and i < len(prov.contacts) else "contact"
        marks.add("contact", c.span, _contact_summary(c), rule, i)
        # Phones and e-mails where the extractor read them (the public model has no span
        # for them: without provenance they are shown in the contact's title only).
        parts = prov.contact_parts[i] if prov and i < len(prov.contact_parts) else ()
        for field, span, value in parts:
            marks.add(field, span, value, rule, i)


def _organization_marks(marks: _Marks, release: PressRelease, prov: Provenance | None) -> None:
    issuer_rule = prov.issuer if prov and prov.issuer else "issuer"
    if release.issuer:
        for span in release.issuer.spans:
            marks.add("issuer", span, release.issuer.name, issuer_rule)
    for i, o in enumerate(release.organizations):
        rule = prov.organizations[i] if prov and i < len(prov.organizations) else "organization"
        value = o.name + (f" ({o.org_number})" if o.org_number else "")
        for span in o.spans:
            marks.add("organization", span, value, rule, i)


def _sort_key(m: Mark) -> tuple[int, int, int, int]:
    # Outermost first: earlier start, then longer, then field order.
    return (m.start, -m.end, FIELD_RANK.get(m.field, len(FIELD_RANK)), m.item)


def _anchor(m: Mark) -> str:
    return f"ppx-{m.field}-{m.item}"


def render_text(text: str, marks: Sequence[Mark]) -> str:
    """``text`` as escaped HTML with every mark as (one or more) well-nested ``<mark>`` elements.

    At every boundary the open elements are compared with the marks that cover the next
    segment (ordered outermost first); elements that no longer match are closed and the rest
    reopened, which splits crossing marks into pieces. Each piece's ``data-start`` and
    ``data-end`` are exactly the characters it contains.
    """
    starts: dict[int, list[Mark]] = defaultdict(list)
    bounds = {0, len(text)}
    for m in marks:
        starts[m.start].append(m)
        bounds.update((m.start, m.end))
    points = sorted(bounds)
    anchored: set[str] = set()
    out: list[str] = []
    stack: list[Mark] = []
    active: list[Mark] = []
    for idx, pos in enumerate(points[:-1]):
        nxt = points[idx + 1]
        active = sorted([m for m in active if m.end > pos] + starts.get(pos, []), key=_sort_key)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        del stack[keep:]
        for m in active[keep:]:
            piece_end = min([m.end, *(o.end for o in stack)])
            anchor = _anchor(m)
            id_attr = "" if anchor in anchored else f' id="{anchor}"'
            anchored.add(anchor)
            label = FIELDS.get(m.field, (m.field, ""))[0]
            title = f"{label}: {m.value}\nwhy: {plain_label(m.rule)}\nrule: {m.rule}"
            out.append(
                f'<mark{id_attr} class="ppx-hl ppx-f-{m.field}" data-field="{m.field}"'
                f' data-start="{pos}" data-end="{piece_end}" data-item="{m.item}"'
                f' data-rule="{html.escape(m.rule)}" title="{html.escape(title)}">'
            )
            stack.append(m)
        out.append(html.escape(text[pos:nxt], quote=False))
    out.append("</mark>" * len(stack))
    return "".join(out)


def _cell(value: object) -> str:
    if value is None or value == "":
        return '<span class="ppx-none">—</span>'
    return html.escape(str(value))


def _link(field: str, item: int, present: set[str]) -> str:
    anchor = f"ppx-{field}-{item}"
    if anchor not in present:
        return ""
    return f' <a class="ppx-go" href="#{anchor}" title="show in text">↦</a>'


def render_table(
    release: PressRelease, marks: Sequence[Mark], prov: Provenance | None = None
) -> str:
    """The record as a two-column table (field, value) with the rule of each item."""
    table = _Table(_table_rules(marks, prov), {_anchor(m) for m in marks})
    _scalar_rows(table, release)
    _list_rows(table, release)
    for w in release.warnings:
        table.row("warning", "warning", w)
    return '<table class="ppx-record">' + "".join(table.rows) + "</table>"


def _table_rules(marks: Sequence[Mark], prov: Provenance | None) -> dict[tuple[str, int], str]:
    """The rule shown beside each (field, item): from its marks, else from ``prov``."""
    rules = {(m.field, m.item): m.rule for m in marks}
    if prov is None:
        return rules
    for field in ("title", "kind", "published", "lead", "body"):
        found = getattr(prov, field)
        if found is not None and (field, 0) not in rules:
            # Read without a place in the text, e.g. from the page's metadata.
            rules[(field, 0)] = f"{found[0]} (no span in the text)"
    if prov.language:
        rules[("language", 0)] = prov.language
    return rules


class _Table:
    """The rows of the record table, each with its rule and a link to its first mark."""

    def __init__(self, rules: dict[tuple[str, int], str], present: set[str]) -> None:
        self.rules = rules
        self.present = present
        self.rows: list[str] = []

    def row(self, field: str, label: str, value: str, item: int = 0, raw: bool = False) -> None:
        colour = FIELDS.get(field, ("", "transparent"))[1]
        rule = self.rules.get((field, item), "")
        rule_html = (
            f'<div class="ppx-rule"><span class="ppx-why">{html.escape(plain_label(rule))}</span>'
            f" · {html.escape(rule)}</div>"
            if rule
            else ""
        )
        shown = value if raw else _cell(value)
        link = _link(field, item, self.present)
        self.rows.append(
            f'<tr><th><span class="ppx-sw" style="background:{colour}"></span>'
            f"{html.escape(label)}</th><td>{shown}{link}{rule_html}</td></tr>"
        )


def _scalar_rows(table: _Table, release: PressRelease) -> None:
    table.row("id", "id", release.id)
    table.row("source_format", "source_format", release.source_format)
    table.row("language", "language", release.language or "")
    table.row("kind", "kind", release.kind or "")
    table.row("title", "title", release.title or "")
    published = _fmt_published(release.published)
    if published and release.published_source:
        published += f" ({release.published_source})"
    table.row("published", "published", published)
    table.row("issuer", "issuer", release.issuer.name if release.issuer else "")
    table.row("lead", "lead", release.lead or "")
    body = release.body
    table.row("body", "body", (body[:300] + " …") if len(body) > 300 else body)


def _list_rows(table: _Table, release: PressRelease) -> None:
    for i, q in enumerate(release.quotes):
        who = q.speaker
        speaker = (
            html.escape(", ".join(p for p in (who.name, who.role, who.organization) if p))
            if who
            else '<span class="ppx-none">speaker unknown</span>'
        )
        text = f"<b>{speaker}</b><br>{html.escape(q.text)}"
        table.row("quote", f"quote {i + 1}", text, i, raw=True)
    for i, c in enumerate(release.contacts):
        lines = [
            f"<b>{_cell(c.name)}</b>",
            _cell(c.role) if c.role else "",
            _cell(c.organization) if c.organization else "",
            *(f"phone {html.escape(p)}" for p in c.phones),
            *(f"e-mail {html.escape(e)}" for e in c.emails),
        ]
        table.row("contact", f"contact {i + 1}", "<br>".join(x for x in lines if x), i, raw=True)
    for i, o in enumerate(release.organizations):
        extra = f" ({o.org_number})" if o.org_number else ""
        mentions = f" · {len(o.spans)} mention{'s' if len(o.spans) != 1 else ''}"
        table.row("organization", f"organization {i + 1}", o.name + extra + mentions, i)
    for i, u in enumerate(release.urls):
        table.row("url", f"url {i + 1}", u.url, i)


def render_legend(marks: Sequence[Mark]) -> str:
    """One entry per field with its colour, its count and a checkbox that hides it."""
    counts: dict[str, int] = defaultdict(int)
    for m in marks:
        counts[m.field] += 1
    entries = []
    for field, (label, colour) in FIELDS.items():
        n = counts.get(field, 0)
        entries.append(
            f'<label class="ppx-leg" data-field="{field}">'
            f'<input type="checkbox" checked data-toggle="{field}"{" disabled" if not n else ""}>'
            f'<span class="ppx-sw" style="background:{colour}"></span>{html.escape(label)}'
            f" <small>{n}</small></label>"
        )
    return '<div class="ppx-legend">' + "".join(entries) + "</div>"


STYLE = (
    """
.ppx{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a}
.ppx h1{font-size:18px;margin:0 0 6px}
.ppx .ppx-legend{display:flex;flex-wrap:wrap;gap:4px 12px;margin:0 0 10px;padding:6px 8px;
 background:#fafbfc;border:1px solid #dde2e8;border-radius:6px}
.ppx .ppx-leg{cursor:pointer;white-space:nowrap}
.ppx .ppx-leg small{color:#6a737d}
.ppx .ppx-sw{display:inline-block;width:12px;height:12px;border:1px solid #0003;border-radius:2px;
 margin:0 4px 0 2px;vertical-align:-1px}
.ppx .ppx-cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;
 align-items:start}
@media (max-width:900px){.ppx .ppx-cols{grid-template-columns:1fr}}
.ppx pre.ppx-text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;padding:10px 12px;
 font:13px/1.55 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;background:#fff;
 border:1px solid #dde2e8;border-radius:6px}
.ppx mark.ppx-hl{color:inherit;padding:0;border-radius:2px;box-decoration-break:clone;
 -webkit-box-decoration-break:clone}
.ppx mark.ppx-f-body{background:none;box-shadow:inset 3px 0 0 #c5ccd4}
.ppx mark.ppx-f-contact{box-shadow:inset 0 -2px 0 #e58ab4}
.ppx mark.ppx-f-quote{box-shadow:inset 0 -2px 0 #6fa8e0}
.ppx mark.ppx-hl:target{outline:2px solid #d33;outline-offset:1px}
.ppx table.ppx-record{border-collapse:collapse;width:100%;font-size:13px}
.ppx table.ppx-record th{text-align:left;vertical-align:top;white-space:nowrap;padding:4px 8px 4px 0;
 font-weight:600}
.ppx table.ppx-record td{vertical-align:top;padding:4px 0;border-bottom:1px solid #eef0f2;
 overflow-wrap:anywhere}
.ppx .ppx-rule{color:#6a737d;font:11px ui-monospace,"DejaVu Sans Mono",Menlo,monospace}
.ppx .ppx-why{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#3b434c}
.ppx .ppx-none{color:#9aa3ad}
.ppx a.ppx-go{text-decoration:none}
.ppx .ppx-errors{color:#b00;font-weight:600}
"""
    + "".join(
        f".ppx mark.ppx-f-{f}{{background:{c}}}\n.ppx.ppx-hide-{f} mark.ppx-f-{f}"
        "{background:none;box-shadow:none}\n"
        for f, (_, c) in FIELDS.items()
        if f != "body"
    )
    + ".ppx.ppx-hide-body mark.ppx-f-body{box-shadow:none}\n"
)

# Runs first: anything that goes wrong on the page is written into the page itself, so a
# headless browser's DOM dump shows it (there is no console to read there).
ERROR_TRAP = """
(function(){var errs=[];window.__ppxErrors=errs;
function note(s){errs.push(String(s));var el=document.getElementById('ppx-errors');
if(el){el.textContent=errs.join('\\n');document.documentElement.setAttribute('data-errors',errs.length);}}
window.addEventListener('error',function(e){note('error: '+e.message+' line '+e.lineno);});
window.addEventListener('unhandledrejection',function(e){note('unhandled rejection: '+e.reason);});
var ce=console.error;console.error=function(){note('console.error: '+Array.prototype.join.call(arguments,' '));
return ce.apply(console,arguments);};
document.addEventListener('DOMContentLoaded',function(){var el=document.getElementById('ppx-errors');
if(el&&errs.length){el.textContent=errs.join('\\n');}
document.documentElement.setAttribute('data-errors',errs.length);});})();
"""

# Legend checkboxes hide a field's highlighting; the marker says the script ran.
SCRIPT = """
(function(){var root=document.currentScript.parentNode;
root.addEventListener('change',function(e){var f=e.target.getAttribute('data-toggle');
if(f){root.classList.toggle('ppx-hide-'+f,!e.target.checked);}});
var n=root.querySelectorAll('mark.ppx-hl').length;root.setAttribute('data-ready',String(n));})();
"""


def render_page(
    release: PressRelease,
    marks: Sequence[Mark],
    prov: Provenance | None = None,
    heading: str | None = None,
) -> str:
    """The whole self-contained page."""
    title = heading or release.title or "press release"
    meta = {
        "id": release.id,
        "marks": len(marks),
    }
    return (
        '<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>pressparse explain: {html.escape(title)}</title>\n"
        f"<script>{ERROR_TRAP}</script>\n<style>{STYLE}</style></head>\n<body>\n"
        f'<div class="ppx" data-meta="{html.escape(json.dumps(meta))}">'
        f"<h1>{html.escape(title)}</h1>"
        '<div id="ppx-errors" class="ppx-errors"></div>'
        f"{render_legend(marks)}"
        '<div class="ppx-cols">'
        f'<pre class="ppx-text">{render_text(release.text, marks)}</pre>'
        f"<div>{render_table(release, marks, prov)}</div>"
        "</div>"
        f"<script>{SCRIPT}</script>"
        "</div>\n</body></html>\n"
    )
