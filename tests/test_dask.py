"""The Dask recipe: parsing a bag of files in worker processes (needs pressparse[dask])."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressparse

dask = pytest.importorskip("dask")

from pressparse.batch.dask_recipe import flat_row, release_bag, to_json_lines  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402


def test_bag_over_files_in_processes(tmp_path: Path, samples_dir: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    bag = release_bag([str(samples_dir), str(bad)], npartitions=2)
    with dask.config.set(scheduler="processes", num_workers=2):
        rows = bag.compute()
        written = to_json_lines(bag, str(tmp_path / "out" / "part-*.jsonl"))
    assert [r.get("id") for r in rows[:-1]] == [
        pressparse.parse(p.read_bytes()).id for p in SAMPLES
    ]
    assert rows[-1]["source"] == str(bad) and rows[-1]["error"]
    lines = [
        json.loads(x) for f in written for x in Path(f).read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) == len(SAMPLES) + 1
    flat = flat_row(rows[0])
    assert flat["id"] == rows[0]["id"] and isinstance(flat["quotes"], int)
