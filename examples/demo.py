"""Parse the sample releases in this folder and print what pressparse read from each,
then load them into an SQLite database with ``pressparse load`` and query it."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pressparse
from pressparse import db
from pressparse.cli import main as cli_main

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


def load_and_query(paths: list[Path]) -> int:
    """The batch path: ``pressparse load`` into SQLite, twice, then two summary queries."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'releases.db'}"
        print(f"=== pressparse load {len(paths)} files --db {url}")
        args = ["load", *map(str, paths), "--db", url, "--workers", "1"]
        status = cli_main(args)
        status = max(status, cli_main(args))  # a second load changes nothing
        engine = db.connect(url)
        print("rows:      " + ", ".join(f"{k} {v}" for k, v in db.row_counts(engine).items()))
        print("releases per issuer:")
        for issuer, n in db.releases_per_issuer(engine):
            print(f"  {n:3d}  {issuer or '(no issuer found)'}")
        print("quotes per speaker:")
        for speaker, n in db.quotes_per_speaker(engine):
            print(f"  {n:3d}  {speaker or '(speaker not found)'}")
        engine.dispose()
    return status


def main() -> int:
    paths = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".html"))
    for p in paths:
        show(p)
    return load_and_query(paths)


if __name__ == "__main__":
    sys.exit(main())
