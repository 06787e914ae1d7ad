"""Archives beyond one machine: pressparse over a Dask bag (``pip install pressparse[dask]``).

A bag of file names (plain releases, JSON-lines files or WARC archives) is split into
partitions; each partition is parsed by :func:`parse_partition` on whichever worker Dask
chooses, so only names travel to the workers and only results travel back::

    import dask
    from pressparse.batch.dask_recipe import release_bag, to_json_lines

    bag = release_bag(["archive/2016/*.warc.gz", "archive/mynewsdesk.jsonl"])
    with dask.config.set(scheduler="processes"):   # or a dask.distributed Client
        to_json_lines(bag, "out/releases-*.jsonl")

Every element of the bag is a dict: the JSON line of ``pressparse parse`` (a release dump
with ``source`` and ``record``, or ``{"source", "record", "error"}``). :func:`flat_row`
turns one into a flat row for a DataFrame and Parquet.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from pressparse.batch.inputs import expand_paths, iter_items
from pressparse.batch.work import outcome_line, parse_item


def parse_partition(paths: Iterable[str]) -> list[dict[str, Any]]:
    """Parse every release in the given files (one bag partition); failures are error dicts."""
    return [json.loads(outcome_line(parse_item(item))) for item in iter_items(list(paths))]


def release_bag(paths: Sequence[str], *, npartitions: int | None = None) -> Any:
    """A ``dask.bag.Bag`` of parsed releases (as dicts) from files, directories and globs.

    The names are expanded here (cheap); reading and parsing happen in the partitions.
    A JSON-lines file or WARC archive is never split, so it is a unit of parallelism.
    """
    import dask.bag

    files = [path for path, _error in expand_paths(paths)]
    if not files:
        return dask.bag.from_sequence([], npartitions=1)  # type: ignore[no-untyped-call]
    n = npartitions or min(len(files), 100)
    bag = dask.bag.from_sequence(files, npartitions=n)  # type: ignore[no-untyped-call]
    return bag.map_partitions(parse_partition)


def to_json_lines(bag: Any, pattern: str) -> list[str]:
    """Write the bag as JSON lines, one file per partition (``pattern`` has one ``*``)."""
    written: list[str] = bag.map(lambda d: json.dumps(d, ensure_ascii=False)).to_textfiles(pattern)
    return written


def flat_row(line: dict[str, Any]) -> dict[str, Any]:
    """One release dict as a flat row (scalars only), for ``bag.to_dataframe()`` and Parquet."""
    issuer = line.get("issuer") or {}
    return {
        "id": line.get("id"),
        "source": line.get("source"),
        "record": line.get("record"),
        "error": line.get("error"),
        "title": line.get("title"),
        "published": line.get("published"),
        "issuer": issuer.get("name"),
        "language": line.get("language"),
        "quotes": len(line.get("quotes") or []),
        "contacts": len(line.get("contacts") or []),
        "organizations": len(line.get("organizations") or []),
        "urls": len(line.get("urls") or []),
    }
