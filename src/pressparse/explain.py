"""A self-contained HTML view of a release: the text with every extracted item highlighted.

``explain(release)`` renders a parsed :class:`~pressparse.PressRelease` (rules shown as the
field name); ``explain_source(source)`` parses ``source`` through the debug path
(:func:`pressparse.api.parse_findings`) and shows the named rule behind every item.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressparse.explain_view import ContactPart, Provenance, collect_marks, render_page

if TYPE_CHECKING:
    from pressparse.document import ContactValue, Finding, Findings, Span
    from pressparse.models import PressRelease


def explain(release: PressRelease | str | bytes) -> str:
    """Render ``release`` as a self-contained HTML page (text with highlights, record table).

    A ``str`` or ``bytes`` source is parsed first, with rule names (see
    :func:`explain_source`).

    >>> import pressparse
    >>> page = pressparse.explain(pressparse.parse("Ny vd för Exempel AB\\n\\nExempel AB har utsett Anna Berg till vd."))
    >>> page.startswith("<!DOCTYPE html>") and 'data-field="title"' in page
    True
    """
    if isinstance(release, (str, bytes)):
        return explain_source(release)
    return render_page(release, collect_marks(release, None))


def explain_source(source: str | bytes, **parse_kwargs: Any) -> str:
    """Parse ``source`` (keyword arguments as for :func:`pressparse.parse`) and render the
    page with the name of the rule that produced each item.

    >>> page = explain_source("Ny vd för Exempel AB\\n\\n2016-01-18\\n\\nExempel AB har utsett Anna Berg till vd.")
    >>> 'data-rule="published.dateline"' in page
    True
    """
    from pressparse.api import parse_findings
    from pressparse.assemble import build_release

    findings = parse_findings(source, **parse_kwargs)
    release = build_release(findings)
    prov = provenance(findings)
    return render_page(release, collect_marks(release, prov), prov)


def _single(f: Finding[Any] | None) -> tuple[str, Span | None] | None:
    return (f.rule, f.span) if f is not None else None


def _contact_parts(c: ContactValue) -> tuple[ContactPart, ...]:
    """The phones and e-mails of a contact where the contacts extractor read them (the span
    tuples are empty when it recorded none)."""
    parts: list[ContactPart] = []
    for v, s in zip(c.phones, c.phone_spans, strict=False):
        parts.append(("phone", s, v))
    for v, s in zip(c.emails, c.email_spans, strict=False):
        parts.append(("email", s, v))
    return tuple(parts)


def provenance(findings: Findings) -> Provenance:
    """Rule names and spans of ``findings``, parallel to the release built from them."""
    quotes = []
    for q in findings.quotes:
        pieces: tuple[Span, ...] = q.value.pieces
        if not pieces and q.span is not None:
            pieces = (q.span,)
        quotes.append((q.rule, pieces))
    return Provenance(
        title=_single(findings.title),
        kind=_single(findings.kind),
        published=_single(findings.published),
        lead=_single(findings.lead),
        body=_single(findings.body),
        issuer=findings.issuer.rule if findings.issuer else None,
        quotes=tuple(quotes),
        contacts=tuple(c.rule for c in findings.contacts),
        contact_parts=tuple(_contact_parts(c.value) for c in findings.contacts),
        organizations=tuple(o.rule for o in findings.organizations),
        urls=tuple(u.rule for u in findings.urls),
        language=findings.language.rule if findings.language else None,
    )


def _archive_kind(path: str, data: bytes) -> str | None:
    """"a WARC archive" or "a JSON-lines file" when the input holds many releases."""
    from pressparse.batch.inputs import JSONL_SUFFIXES, WARC_SUFFIXES, _jsonl_object

    lower = path.lower()
    if lower.endswith(WARC_SUFFIXES) or data.startswith((b"WARC/", b"\x1f\x8b")):
        return "a WARC archive"
    first = data[: data.find(b"\n")] if b"\n" in data else data
    if Path(lower).suffix in JSONL_SUFFIXES or _jsonl_object(first) is not None:
        return "a JSON-lines file"
    return None


def explain_command(path: str, output: str | None) -> int:
    """``pressparse explain FILE [-o OUTPUT]``: write the page for FILE (``-`` for stdin)
    to OUTPUT, or to stdout. Returns the exit code: 0; 1 when FILE cannot be read or
    parsed; 2 when FILE holds many releases (WARC, JSON lines) or OUTPUT cannot be written
    (the reason goes to stderr)."""
    from pressparse.errors import PressParseError

    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        print(f"pressparse explain: {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    kind = _archive_kind(path, data)
    if kind is not None:
        print(
            f"pressparse explain: {path} is {kind}; explain shows one release: "
            "save one record as a file, or use `pressparse parse` for the archive",
            file=sys.stderr,
        )
        return 2
    try:
        page = explain_source(data)
    except PressParseError as exc:
        print(f"pressparse explain: {path}: {exc}", file=sys.stderr)
        return 1
    if output is None or output == "-":
        sys.stdout.write(page)
        sys.stdout.flush()
        return 0
    try:
        Path(output).write_text(page, encoding="utf-8")
    except OSError as exc:
        print(f"pressparse explain: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0
