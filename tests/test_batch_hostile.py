"""Batch runs against hostile files and rough handling: odd names, broken archives, dead
workers, a killed or interrupted run, ``--resume``, a per-item time budget.

Every input is synthetic and written by the tests themselves.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressparse.batch import imap_ordered, iter_items
from pressparse.batch.output import done_keys
from pressparse.cli import main
from tests.test_batch import write_warc

# Synthetic: a few lines in the shape of a Swedish release.
RELEASE = "Ny vd för Exempel AB\n\n2021-03-04\n\nExempel AB har utsett Anna Berg till vd.\n"
ROOT = Path(__file__).resolve().parents[1]
# Upper bound on waiting for a subprocess to reach a state (not a timing assertion).
WAIT_SECONDS = 60


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _batch(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(RELEASE, encoding="utf-8")
    return folder


# --- names and archives -----------------------------------------------------------------


def _bad_name(folder: Path) -> Path:
    raw = os.fsencode(folder) + b"/b\xff-release.txt"
    try:
        with open(raw, "wb") as fh:
            fh.write(RELEASE.encode())
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    return Path(os.fsdecode(raw))


def test_a_file_name_that_is_not_utf8_is_parsed_and_written(tmp_path: Path) -> None:
    folder = _batch(tmp_path, 3)
    _bad_name(folder)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "-w", "1", "-q"]) == 0
    rows = _rows(out)
    assert len(rows) == 4 and all(r["error"] is None for r in rows)
    assert any(str(r["source"]).endswith("b\\xff-release.txt") for r in rows)


def test_load_with_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = _batch(tmp_path, 3)
    (folder / "001.txt").write_text(RELEASE.replace("Anna", "Eva"), encoding="utf-8")
    _bad_name(folder)
    db_url = f"sqlite:///{tmp_path / 'r.db'}"
    assert main(["load", str(folder), "--db", db_url, "-w", "1", "-q"]) == 0


@pytest.mark.parametrize("name", ["a.warc", "a.warc.gz"])
def test_a_truncated_archive_is_an_error_row_and_the_batch_goes_on(
    tmp_path: Path, name: str
) -> None:
    whole = tmp_path / name
    write_warc(whole, gzip=name.endswith(".gz"))
    data = whole.read_bytes()
    folder = _batch(tmp_path, 2)
    for cut in (len(data) // 2, len(data) - 200):
        (folder / f"{cut}-{name}").write_bytes(data[:cut])
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "-w", "1", "-q"]) == 1
    rows = _rows(out)
    errors = [r for r in rows if r["error"] is not None]
    assert len(errors) == 2, errors
    assert all("WARC" in str(r["error"]) for r in errors)
    # the plain releases beside the archives are still parsed
    assert sum(1 for r in rows if r["error"] is None and str(r["source"]).endswith(".txt")) == 2


def test_a_broken_symbolic_link_is_an_error_row(tmp_path: Path) -> None:
    folder = _batch(tmp_path, 1)
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    items = list(iter_items([str(folder)]))
    assert [(Path(i.source).name, i.error) for i in items] == [
        ("000.txt", None),
        ("gone.txt", "broken symbolic link"),
    ]


# --- workers that die -------------------------------------------------------------------


def _die_on_seven(x: int) -> int:
    if x == 7:
        os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer does
    return x * 10


def _crashed(x: int) -> int:
    return -x


def test_a_killed_worker_is_replaced_and_its_item_reported() -> None:
    results = list(imap_ordered(_die_on_seven, range(40), 2, chunksize=3, on_crash=_crashed))
    assert results == [-7 if x == 7 else x * 10 for x in range(40)]


def test_a_killed_worker_in_the_cli_is_one_error_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pressparse.batch import work

    real_parse = work.parse

    def parse_or_die(data: str | bytes, **kwargs: object) -> object:
        if b"KILL ME" in (data if isinstance(data, bytes) else data.encode()):
            os.kill(os.getpid(), signal.SIGKILL)
        return real_parse(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(work, "parse", parse_or_die)  # forked workers inherit it
    folder = _batch(tmp_path, 30)
    (folder / "015b.txt").write_text(RELEASE + "KILL ME", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "-w", "2", "-q"]) == 1
    rows = _rows(out)
    assert len(rows) == 31
    errors = [r for r in rows if r["error"] is not None]
    assert [Path(str(r["source"])).name for r in errors] == ["015b.txt"]
    assert "worker process died" in str(errors[0]["error"])


def test_an_item_over_its_time_budget_is_an_error_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pressparse.batch import work

    real_parse = work.parse

    def slow_parse(data: str | bytes, **kwargs: object) -> object:
        if b"SLOW" in (data if isinstance(data, bytes) else data.encode()):
            time.sleep(WAIT_SECONDS)
        return real_parse(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(work, "parse", slow_parse)
    folder = _batch(tmp_path, 3)
    (folder / "001b.txt").write_text(RELEASE + "SLOW", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "-w", "1", "-q", "--timeout", "0.5"]) == 1
    rows = _rows(out)
    assert [(r["error"] is not None) for r in rows] == [False, False, True, False]
    assert "took longer than 0.5 s" in str(rows[2]["error"])


# --- a run killed halfway ---------------------------------------------------------------


def _default_sigint() -> None:
    # A test run started in the background by a shell inherits SIGINT ignored, and Python
    # then leaves it ignored: the run under test must see Ctrl-C as a terminal sends it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(tmp_path: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "pressparse", "parse", *args, "-q"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_default_sigint,  # noqa: PLW1509 - no threads are started before it
    )


def _wait_for(check: object, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(0.05)


def _lines_written(out: Path) -> int:
    return out.read_bytes().count(b"\n") if out.exists() else 0


def _big_input(tmp_path: Path, n: int) -> Path:
    src = tmp_path / "big.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = RELEASE + ("Exempel AB växer i Malmö och Lund. " * 20)
            fh.write(json.dumps({"id": f"r{i}", "text": text}, ensure_ascii=False) + "\n")
    return src


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_a_run_killed_halfway_leaves_whole_lines_and_resume_finishes_it(
    tmp_path: Path, sig: signal.Signals
) -> None:
    n = 300
    src = _big_input(tmp_path, n)
    out = tmp_path / "out.jsonl"
    proc = _start(tmp_path, str(src), "-o", str(out), "-w", "1")
    _wait_for(lambda: _lines_written(out) >= 20, "the first lines")
    proc.send_signal(sig)
    proc.wait(WAIT_SECONDS)
    data = out.read_bytes()
    assert data.endswith(b"\n")
    rows = [json.loads(line) for line in data.splitlines()]
    assert 20 <= len(rows) < n, "the run must stop halfway for this test to mean anything"
    assert main(["parse", str(src), "-o", str(out), "--resume", "-w", "1", "-q"]) == 0
    rows = _rows(out)
    assert [r["record"] for r in rows] == [f"r{i}" for i in range(n)]


def test_resume_cuts_a_torn_last_line(tmp_path: Path) -> None:
    folder = _batch(tmp_path, 4)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "-w", "1", "-q"]) == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:2]) + lines[2][:40])  # killed inside the third line
    assert len(done_keys(str(out))) == 2
    assert out.read_bytes() == b"".join(lines[:2])
    assert main(["parse", str(folder), "-o", str(out), "--resume", "-w", "1", "-q"]) == 0
    assert out.read_bytes() == b"".join(lines)


def test_resume_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "-", "--resume"]) == 2
    assert "--resume needs --output" in capsys.readouterr().err


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text()
        found |= {int(c) for c in text.split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_end_when_the_main_process_is_killed(tmp_path: Path, sig: signal.Signals) -> None:
    src = _big_input(tmp_path, 2000)
    out = tmp_path / "out.jsonl"
    proc = _start(tmp_path, str(src), "-o", str(out), "-w", "2")
    _wait_for(lambda: _lines_written(out) >= 10, "the first lines")
    workers = _children(proc.pid)
    assert len(workers) >= 2
    proc.send_signal(sig)
    proc.wait(WAIT_SECONDS)
    _wait_for(lambda: not any(_alive(w) for w in workers), "the workers to end")
