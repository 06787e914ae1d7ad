"""Run the gold-free checks over folders of releases and print the rates."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from pressparse.audit import Check, Sample, contacts, organizations, quotes, title

# Every check, field by field.
ALL_CHECKS: tuple[Check, ...] = (
    *title.CHECKS,
    *contacts.CHECKS,
    *organizations.CHECKS,
    *quotes.CHECKS,
)
# The file endings read as releases.
SUFFIXES = (".txt", ".html", ".htm", ".md", ".markdown")


@dataclass
class Tally:
    """Counted and flagged units of one check, with the first flagged examples."""

    total: int = 0
    flagged: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.flagged / self.total if self.total else 0.0


def release_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Release files under ``paths`` (files or folders, walked in sorted order)."""
    for p in paths:
        if p.is_dir():
            yield from sorted(
                f
                for f in p.rglob("*")
                if f.suffix in SUFFIXES and f.is_file() and not f.name.upper().startswith("README")
            )
        elif p.is_file():
            yield p


def observe_file(
    path: str, check_ids: tuple[str, ...] | None = None
) -> list[tuple[str, bool, str]]:
    """Parse one file and run the checks: ``(check id, flagged, example)`` per unit."""
    from pressparse.api import parse
    from pressparse.errors import PressParseError

    data = Path(path).read_bytes()
    try:
        release = parse(data)
    except PressParseError:
        return []
    sample = Sample(path, data.decode("utf-8", "replace"), release)
    out: list[tuple[str, bool, str]] = []
    for check in ALL_CHECKS:
        if check_ids is None or check.id in check_ids:
            out.extend((check.id, flagged, ex) for flagged, ex in check.observe(sample))
    return out


def run_audit(
    files: Sequence[Path],
    *,
    workers: int = 2,
    examples: int = 5,
    checks: tuple[str, ...] | None = None,
) -> dict[str, Tally]:
    """Tallies by check id over ``files``."""
    tallies = {c.id: Tally() for c in ALL_CHECKS if checks is None or c.id in checks}
    names = [str(f) for f in files]
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            results: Iterable[list[tuple[str, bool, str]]] = pool.map(
                observe_file, names, [checks] * len(names), chunksize=32
            )
            _add(tallies, names, results, examples)
    else:
        _add(tallies, names, (observe_file(n, checks) for n in names), examples)
    return tallies


def _add(
    tallies: dict[str, Tally],
    names: list[str],
    results: Iterable[list[tuple[str, bool, str]]],
    examples: int,
) -> None:
    for name, obs in zip(names, results, strict=True):
        for cid, flagged, ex in obs:
            t = tallies[cid]
            t.total += 1
            if flagged:
                t.flagged += 1
                if len(t.examples) < examples:
                    t.examples.append(f"{name}: {ex}")


def report(tallies: dict[str, Tally], out: TextIO | None = None) -> bool:
    """Print one line per check and the flagged examples; True when every target is met."""
    stream = sys.stdout if out is None else out
    ok = True
    print(f"{'check':42} {'rate':>8} {'target':>9} {'units':>8}  ", file=stream)
    for check in ALL_CHECKS:
        t = tallies.get(check.id)
        if t is None:
            continue
        met = check.met(t.rate)
        ok &= met
        sign = "<=" if check.direction == "max" else ">="
        print(
            f"{check.id:42} {t.rate:8.2%} {sign}{check.target:7.2%} {t.total:8}  "
            f"{'ok' if met else 'MISSED'}  {check.what}",
            file=stream,
        )
    for check in ALL_CHECKS:
        t = tallies.get(check.id)
        if t and t.examples:
            print(f"\n{check.id}: {t.flagged} flagged, e.g.", file=stream)
            for ex in t.examples:
                print(f"  {ex}", file=stream)
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pressparse.audit", description=__doc__)
    ap.add_argument("paths", nargs="+", type=Path, help="files or folders of releases")
    ap.add_argument("--examples", type=int, default=5, help="flagged examples shown per check")
    ap.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    ap.add_argument("--check", action="append", help="run only this check id (repeatable)")
    a = ap.parse_args(argv)
    files = list(release_files(a.paths))
    if not files:
        print("no release files found", file=sys.stderr)
        return 2
    tallies = run_audit(
        files, workers=a.workers, examples=a.examples, checks=tuple(a.check) if a.check else None
    )
    print(f"releases: {len(files)}")
    return 0 if report(tallies) else 1
