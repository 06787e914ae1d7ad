"""Throughput and memory of ``pressparse parse`` over a large batch.

The sample corpus (or the bundled examples when it is absent) is repeated into a JSON-lines
file of 10,000 releases and parsed by the CLI with 1 and 2 workers; the same is done with
1,000 releases to check that memory does not grow with the number of inputs (the pool is
bounded and the inputs are streamed). Peak memory is the largest sum of the resident set
sizes of the CLI and its workers, sampled every 20 ms from /proc (Linux).

    python benchmarks/bench_batch.py [--corpus DIR] [--sizes 1000 10000] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path("/work/shared/corpus")
SUFFIXES = (".txt", ".html")
MEMORY_RATIO_LIMIT = 1.2


def corpus_files(corpus: Path) -> list[Path]:
    """Release files of the corpus, or the bundled examples if there is no corpus."""
    files = sorted(p for p in corpus.glob("*") if p.suffix in SUFFIXES) if corpus.is_dir() else []
    return files or sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in SUFFIXES)


def write_jsonl(files: list[Path], n: int, path: Path) -> None:
    """``n`` releases: the corpus repeated, one JSON line each."""
    docs = [
        (p.stem, "html" if p.suffix == ".html" else "text", p.read_text("utf-8", "replace"))
        for p in files
    ]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            name, key, content = docs[i % len(docs)]
            fh.write(json.dumps({"id": f"{name}-{i}", key: content}, ensure_ascii=False) + "\n")


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    pids = [pid]
    for p in pids:
        try:
            with open(f"/proc/{p}/task/{p}/children", encoding="ascii") as fh:
                pids.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return pids


def run(jsonl: Path, workers: int, out: Path) -> dict[str, float]:
    """One CLI run: seconds, releases per second, peak memory of the process tree."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-m", "pressparse", "parse", str(jsonl), "-o", str(out)]
    cmd += ["--workers", str(workers), "--quiet"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env)
    peak_tree = peak_one = 0
    while proc.poll() is None:
        sizes = [_rss_kib(p) for p in _tree(proc.pid)]
        peak_tree = max(peak_tree, sum(sizes))
        peak_one = max(peak_one, *sizes)
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"pressparse exited {proc.returncode}")
    with out.open("rb") as fh:
        lines = sum(1 for _ in fh)
    return {
        "releases": lines,
        "seconds": seconds,
        "per_second": lines / seconds,
        "peak_tree_mib": peak_tree / 1024,
        "peak_process_mib": peak_one / 1024,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    files = corpus_files(args.corpus)
    print(f"corpus: {len(files)} releases repeated; CPUs: {os.cpu_count()}")
    print(
        f"{'inputs':>7} {'workers':>7} {'seconds':>8} {'rel/s':>7} {'peak MiB':>9} {'max proc':>9}"
    )
    results: dict[tuple[int, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            jsonl = Path(tmp) / f"in-{n}.jsonl"
            write_jsonl(files, n, jsonl)
            for w in args.workers:
                r = run(jsonl, w, Path(tmp) / "out.jsonl")
                results[n, w] = r
                print(
                    f"{n:7d} {w:7d} {r['seconds']:8.1f} {r['per_second']:7.0f} "
                    f"{r['peak_tree_mib']:9.1f} {r['peak_process_mib']:9.1f}",
                    flush=True,
                )
    status = 0
    small, large = min(args.sizes), max(args.sizes)
    if small != large:
        for w in args.workers:
            ratio = results[large, w]["peak_tree_mib"] / results[small, w]["peak_tree_mib"]
            verdict = "ok" if ratio <= MEMORY_RATIO_LIMIT else "TOO HIGH"
            print(f"memory {large} vs {small} inputs, {w} worker(s): {ratio:.2f}x ({verdict})")
            status |= ratio > MEMORY_RATIO_LIMIT
    return status


if __name__ == "__main__":
    sys.exit(main())
