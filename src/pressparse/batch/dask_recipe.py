"""Archives beyond one machine: pressparse on Dask (``pip install -e '.[dask]'``).

As a command, on a folder, a glob, JSON-lines files or WARC archives::

    python -m pressparse.batch.dask_recipe archive/ -o out/ --workers 8
    python -m pressparse.batch.dask_recipe archive/ -o /shared/out --scheduler tcp://host:8786

The inputs are split into parts of whole files; each part is read, parsed once, and written
by the worker that holds it as ``out/jsonl/part-NNNNN.jsonl`` (the lines of ``pressparse
parse``, see :class:`~pressparse.Row`) and ``out/parquet/part-NNNNN.parquet`` (one row per
line, with the fixed :func:`parquet_schema`, error rows included; the folder reads as one
dataset). Read in name order, the parts hold the
lines ``pressparse parse`` writes for the same arguments, in the same order. Only file names
travel to the workers and only counts travel back.

From Python, :func:`run` does the same, and :func:`release_bag` gives a ``dask.bag.Bag`` of
row dicts for one's own pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pressparse.api import DEFAULT_MAX_BYTES
from pressparse.batch.inputs import expand_paths, iter_items
from pressparse.batch.work import outcome_row, parse_item

# Files per part when the caller does not say: small enough to spread a folder over the
# workers, large enough that scheduling costs little next to parsing.
FILES_PER_PART = 50
# The local schedulers Dask has built in; anything else is a dask.distributed address.
LOCAL_SCHEDULERS = ("processes", "threads", "synchronous")


def parse_partition(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> list[dict[str, Any]]:
    """Every release in the given files as row dicts (``pressparse parse`` lines, parsed)."""
    return [
        outcome_row(parse_item(item, max_bytes))
        for item in iter_items(list(paths), max_bytes=max_bytes)
    ]


def _files(paths: Sequence[str], patterns: Sequence[str] | None = None) -> list[str]:
    """The arguments expanded to files; a name that matches nothing stays, to be reported."""
    return [path for path, _error in expand_paths(paths, patterns)]


def _parts(files: list[str], npartitions: int | None) -> list[list[str]]:
    if not files:
        return []
    n = max(1, min(len(files), npartitions or -(-len(files) // FILES_PER_PART)))
    size = -(-len(files) // n)
    return [files[i : i + size] for i in range(0, len(files), size)]


def release_bag(
    paths: Sequence[str], *, npartitions: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Any:
    """A ``dask.bag.Bag`` of row dicts from files, directories and globs, in input order.

    The names are expanded here (cheap); reading and parsing happen in the partitions.
    A JSON-lines file or WARC archive is never split, so it is a unit of parallelism.
    """
    import dask.bag

    parts = _parts(_files(paths), npartitions)
    if not parts:
        return dask.bag.from_sequence([], npartitions=1)  # type: ignore[no-untyped-call]
    bag = dask.bag.from_sequence(parts, npartitions=len(parts))  # type: ignore[no-untyped-call]
    return bag.map_partitions(lambda chunks: parse_partition(_flatten(chunks), max_bytes))


def _flatten(chunks: Iterable[list[str]]) -> list[str]:
    return [path for chunk in chunks for path in chunk]


def to_json_lines(bag: Any, pattern: str) -> list[str]:
    """Write a bag of rows as JSON lines, one file per partition (``pattern`` has one ``*``)."""
    written: list[str] = bag.map(lambda d: json.dumps(d, ensure_ascii=False)).to_textfiles(pattern)
    return written


# --- Parquet ----------------------------------------------------------------------------

# Columns of the Parquet files, in order, with their Arrow type names: the same in every
# part, whether it holds releases, errors, or both (a schema inferred per part would differ
# between a part of releases and a part of errors, and the parts would not read as one).
PARQUET_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "string"),
    ("record", "string"),
    ("error", "string"),
    ("id", "string"),
    ("url", "string"),
    ("source_format", "string"),
    ("language", "string"),
    ("kind", "string"),
    ("title", "string"),
    ("published", "string"),  # ISO 8601: a date, or an aware date and time
    ("published_source", "string"),
    ("issuer", "string"),
    ("issuer_org_number", "string"),
    ("quotes", "int32"),
    ("contacts", "int32"),
    ("organizations", "int32"),
    ("urls", "int32"),
    ("warnings", "int32"),
    ("release", "string"),  # the whole release as JSON, as in the JSON-lines output
)


def parquet_schema() -> Any:
    """:data:`PARQUET_COLUMNS` as a ``pyarrow.Schema``."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in PARQUET_COLUMNS])


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row dict as a flat row of :data:`PARQUET_COLUMNS` (scalars only)."""
    release = row.get("release") or {}
    issuer = release.get("issuer") or {}
    return {
        "source": row.get("source"),
        "record": row.get("record"),
        "error": row.get("error"),
        "id": release.get("id"),
        "url": release.get("url"),
        "source_format": release.get("source_format"),
        "language": release.get("language"),
        "kind": release.get("kind"),
        "title": release.get("title"),
        "published": release.get("published"),
        "published_source": release.get("published_source"),
        "issuer": issuer.get("name"),
        "issuer_org_number": issuer.get("org_number"),
        "quotes": len(release.get("quotes") or []),
        "contacts": len(release.get("contacts") or []),
        "organizations": len(release.get("organizations") or []),
        "urls": len(release.get("urls") or []),
        "warnings": len(release.get("warnings") or []),
        "release": json.dumps(release, ensure_ascii=False) if release else None,
    }


def write_parquet(rows: list[dict[str, Any]], path: str) -> None:
    """Write rows to one Parquet file with the fixed schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([flat_row(r) for r in rows], schema=parquet_schema())
    pq.write_table(table, path)


# --- the whole run ----------------------------------------------------------------------


@dataclass(frozen=True)
class PartResult:
    """What one part wrote."""

    index: int
    rows: int
    failed: int


def process_part(
    index: int,
    paths: list[str],
    out_dir: str,
    *,
    jsonl: bool = True,
    parquet: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> PartResult:
    """Parse one part and write its files into ``out_dir`` (runs on a worker)."""
    rows = parse_partition(paths, max_bytes)
    name = f"part-{index:05d}"
    if jsonl:
        with open(os.path.join(out_dir, "jsonl", name + ".jsonl"), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False))
                fh.write("\n")
    if parquet:
        write_parquet(rows, os.path.join(out_dir, "parquet", name + ".parquet"))
    return PartResult(index, len(rows), sum(1 for r in rows if r["release"] is None))


def run(
    paths: Sequence[str],
    out_dir: str | Path,
    *,
    scheduler: str = "processes",
    workers: int | None = None,
    npartitions: int | None = None,
    jsonl: bool = True,
    parquet: bool = True,
    patterns: Sequence[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[PartResult]:
    """Parse ``paths`` on Dask and write the parts into ``out_dir`` (see the module doc).

    ``scheduler`` is ``processes`` (default: ``workers`` processes on this machine),
    ``threads``, ``synchronous``, or the address of a ``dask.distributed`` scheduler
    (``tcp://host:8786``), whose workers must see the inputs and ``out_dir`` at the same
    paths.
    """
    from dask.base import compute
    from dask.delayed import delayed

    out = str(out_dir)
    for kind, wanted in (("jsonl", jsonl), ("parquet", parquet)):
        if wanted:
            os.makedirs(os.path.join(out, kind), exist_ok=True)
    parts = _parts(_files(paths, patterns), npartitions)
    tasks = [
        delayed(process_part)(i, part, out, jsonl=jsonl, parquet=parquet, max_bytes=max_bytes)
        for i, part in enumerate(parts)
    ]
    if scheduler in LOCAL_SCHEDULERS:
        results = compute(*tasks, scheduler=scheduler, num_workers=workers)  # type: ignore[no-untyped-call]
    else:
        from dask.distributed import Client

        with Client(scheduler):  # type: ignore[no-untyped-call, unused-ignore]
            results = compute(*tasks)  # type: ignore[no-untyped-call]
    return sorted(results, key=lambda r: r.index)


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``python -m pressparse.batch.dask_recipe``."""
    ap = argparse.ArgumentParser(
        prog="python -m pressparse.batch.dask_recipe",
        description="Parse releases on Dask into JSON-lines and Parquet parts.",
    )
    ap.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs")
    ap.add_argument("-o", "--out", required=True, metavar="DIR", help="folder for the parts")
    ap.add_argument(
        "--scheduler",
        default="processes",
        metavar="NAME|ADDRESS",
        help="processes (default), threads, synchronous, or a dask.distributed scheduler "
        "address such as tcp://host:8786",
    )
    ap.add_argument("-w", "--workers", type=int, metavar="N", help="local worker processes")
    ap.add_argument("--partitions", type=int, metavar="N", help="number of parts")
    ap.add_argument("--glob", action="append", metavar="PATTERN", help="as for pressparse parse")
    ap.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N")
    ap.add_argument("--no-jsonl", action="store_true", help="write Parquet only")
    ap.add_argument("--no-parquet", action="store_true", help="write JSON lines only")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the recipe; exit code 0, or 1 when some input failed (as ``pressparse parse``)."""
    args = build_parser().parse_args(argv)
    results = run(
        args.paths,
        args.out,
        scheduler=args.scheduler,
        workers=args.workers,
        npartitions=args.partitions,
        jsonl=not args.no_jsonl,
        parquet=not args.no_parquet,
        patterns=args.glob,
        max_bytes=args.max_bytes,
    )
    rows = sum(r.rows for r in results)
    failed = sum(r.failed for r in results)
    print(
        f"pressparse: {rows - failed} releases parsed, {failed} failed, "
        f"{len(results)} parts in {args.out}",
        file=sys.stderr,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
