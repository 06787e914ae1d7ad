"""The Dask recipe: parts written by worker processes equal the CLI's output (needs [dask])."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressparse import Row
from pressparse.cli import main
from tests.conftest import SAMPLES

dask = pytest.importorskip("dask")
pq = pytest.importorskip("pyarrow.parquet")

from pressparse.batch.dask_recipe import (  # noqa: E402
    PARQUET_COLUMNS,
    flat_row,
    parquet_schema,
    release_bag,
    run,
    to_json_lines,
)

ROOT = Path(__file__).resolve().parents[1]
UNLABELED = ROOT.parent / "shared" / "unlabeled"


def _cli_lines(paths: list[str], tmp_path: Path) -> list[str]:
    out = tmp_path / "cli.jsonl"
    main(["parse", *paths, "-o", str(out), "-w", "1", "-q"])
    return out.read_text(encoding="utf-8").splitlines()


def _part_lines(out: Path) -> list[str]:
    return [
        line
        for part in sorted((out / "jsonl").glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]


def _unlabeled(n: int) -> list[str]:
    if not UNLABELED.is_dir():
        pytest.skip(f"{UNLABELED} is absent")
    files = sorted(str(p) for p in (UNLABELED / "regeringen").rglob("*.md"))[: n // 2]
    files += sorted(str(p) for p in (UNLABELED / "mynewsdesk-newsroom").glob("*.markdown"))[
        : n - len(files)
    ]
    if len(files) < n:
        pytest.skip(f"fewer than {n} releases in {UNLABELED}")
    return files


def test_module_on_real_releases_equals_the_cli(tmp_path: Path) -> None:
    # 200 real releases (half regeringen.se, half Mynewsdesk) and one empty file whose
    # error row lands in the last part, through two worker processes, as a user runs it.
    files = _unlabeled(200)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [*files, str(empty)]
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run(
        [sys.executable, "-m", "pressparse.batch.dask_recipe", *paths, "-o", str(out),
         "--workers", "2", "--partitions", "4"],
        capture_output=True, text=True, timeout=600, check=False, env=env,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr  # one input failed
    assert proc.stderr.strip().endswith("200 releases parsed, 1 failed, 4 parts in " + str(out))
    assert _part_lines(out) == _cli_lines(paths, tmp_path)
    table = pq.read_table(out / "parquet")  # the four parts read as one dataset: one schema
    assert table.schema.names == [name for name, _ in PARQUET_COLUMNS]
    assert table.num_rows == 201
    errors = [r for r in table.to_pylist() if r["error"]]
    assert [r["source"] for r in errors] == [str(empty)]
    assert sum(1 for r in table.column("release").to_pylist() if r) == 200


def test_error_rows_alone_keep_the_schema(tmp_path: Path) -> None:
    # A part holding only error rows has the same columns and types as one of releases.
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    results = run(
        [str(SAMPLES[0]), str(bad)], tmp_path / "out", scheduler="synchronous", npartitions=2
    )
    assert [(r.rows, r.failed) for r in results] == [(1, 0), (1, 1)]
    first, second = sorted((tmp_path / "out" / "parquet").glob("part-*.parquet"))
    assert pq.read_schema(first) == pq.read_schema(second) == parquet_schema()


def test_bag_over_files_in_processes(tmp_path: Path, samples_dir: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    bag = release_bag([str(samples_dir), str(bad)], npartitions=2)
    with dask.config.set(scheduler="processes", num_workers=2):
        rows = bag.compute()
    written = to_json_lines(bag, str(tmp_path / "out" / "part-*.jsonl"))
    assert [Row.model_validate(r).release is not None for r in rows] == [True] * len(SAMPLES) + [
        False
    ]
    assert rows[-1]["source"] == str(bad) and rows[-1]["error"]
    lines = [
        json.loads(x) for f in written for x in Path(f).read_text(encoding="utf-8").splitlines()
    ]
    assert lines == rows
    flat = flat_row(rows[0])
    assert flat["id"] == rows[0]["release"]["id"] and isinstance(flat["quotes"], int)


def test_a_distributed_scheduler_address(tmp_path: Path) -> None:
    # The path a cluster takes: a dask.distributed scheduler reached by its address (here a
    # local one on the loopback interface, with one worker process).
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:  # fmt: skip
        results = run([str(p) for p in SAMPLES], tmp_path / "out", scheduler=cluster.scheduler_address)
    assert sum(r.rows for r in results) == len(SAMPLES)
    assert _part_lines(tmp_path / "out") == _cli_lines([str(p) for p in SAMPLES], tmp_path)
