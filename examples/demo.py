"""Parse the sample releases in this folder and print what pressparse read from each."""

from __future__ import annotations

import sys
from pathlib import Path

import pressparse

HERE = Path(__file__).resolve().parent


def show(path: Path) -> None:
    r = pressparse.parse(path.read_bytes())
    print(f"=== {path.name}")
    print(f"title:     {r.title}")
    print(f"kind:      {r.kind}")
    print(f"published: {r.published.isoformat() if r.published else None} ({r.published_source})")
    print(f"issuer:    {r.issuer.name if r.issuer else None}")
    print(f"language:  {r.language}")
    print(f"lead:      {r.lead}")
    for q in r.quotes:
        who = q.speaker
        said = f"{who.name} ({who.role}, {who.organization})" if who else "?"
        print(f"quote:     {said}: {q.text[:90]}{'...' if len(q.text) > 90 else ''}")
    for c in r.contacts:
        print(f"contact:   {c.name} | {c.role} | {c.organization} | {c.phones} | {c.emails}")
    print(f"orgs:      {', '.join(o.name for o in r.organizations)}")
    for u in r.urls:
        print(f"url:       {u.url}")
    for w in r.warnings:
        print(f"warning:   {w}")
    print()


def main() -> int:
    paths = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".html"))
    for p in paths:
        show(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
