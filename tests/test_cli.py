"""The command line: parse (directories, stdin, failures, workers), schema, usage errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pressparse.cli import COMMANDS, main
from tests.conftest import SAMPLES

# Synthetic: a few lines in the shape of a Swedish release.
SYNTHETIC = "Ny vd för Exempel AB\n\n2021-03-04\n\nExempel AB har utsett Anna Berg till vd.\n"


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_parse_directory_to_file(tmp_path: Path, samples_dir: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(samples_dir), "-o", str(out), "-w", "1", "-q"]) == 0
    lines = _lines(out)
    assert [line["source"] for line in lines] == [str(samples_dir / p.name) for p in SAMPLES]
    assert all(line["release"]["id"] and line["record"] is None for line in lines)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_corrupt_file_in_the_middle_is_one_error_line(tmp_path: Path, workers: str) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    names = []
    for i, sample in enumerate(SAMPLES):
        name = f"{i:02d}-{sample.name}"
        (batch / name).write_bytes(sample.read_bytes())
        names.append(name)
    (batch / "01b-corrupt.txt").write_bytes(bytes(range(256)) * 16)  # binary, not text
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(batch), "-o", str(out), "-w", workers, "-q"]) == 1
    lines = _lines(out)
    assert [Path(str(line["source"])).name for line in lines] == sorted([*names, "01b-corrupt.txt"])
    errors = [line for line in lines if line["error"]]
    assert len(errors) == 1 and str(errors[0]["source"]).endswith("01b-corrupt.txt")
    assert sum(1 for line in lines if line["release"]) == len(SAMPLES)


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SYNTHETIC.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["parse", "-", "-w", "1"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    data = json.loads(line)
    assert data["source"] == "-" and data["release"]["title"] == "Ny vd för Exempel AB"


def test_missing_file_is_a_failure_not_a_crash(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "/nonexistent/release.txt", "-q"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == "no such file or directory"


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--release"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"id", "url", "published", "issuer", "quotes"} <= set(schema["properties"])
    assert main(["schema"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert set(row["properties"]) == {"source", "record", "error", "release"}


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse"],
        ["frobnicate"],
        ["parse", "x", "--workers", "0"],
        ["load", "x", "--db", "nosuchdb://"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err


def test_database_password_is_not_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", "x", "--db", "nosuchdb://user:secret@localhost/x"]) == 2
    err = capsys.readouterr().err
    assert "secret" not in err and "user" in err


def test_subcommands_are_registered() -> None:
    assert {"parse", "load", "schema"} <= set(COMMANDS)


def test_python_dash_m_streams_from_a_pipe() -> None:
    sample = SAMPLES[0]
    proc = subprocess.run(
        [sys.executable, "-m", "pressparse", "parse", "-", "--workers", "1"],
        input=sample.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    # stderr is not a terminal: no progress bar, only the summary
    assert proc.stderr.decode() == "pressparse: 1 releases parsed, 0 failed\n"
    assert json.loads(proc.stdout)["source"] == "-"


def test_jsonl_and_warc_through_two_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_batch import write_warc

    jsonl = tmp_path / "in.jsonl"
    records = [
        {"id": f"pm-{i}", "text": p.read_text(encoding="utf-8")} for i, p in enumerate(SAMPLES)
    ]
    jsonl.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, gzip=True)
    assert main(["parse", str(jsonl), str(warc), "-w", "2", "-q"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["record"] for x in lines[:-1]] == [r["id"] for r in records]
    assert lines[-1]["source"] == str(warc)
    assert lines[-1]["release"]["title"] == "Ny vd för Exempel AB"


# --- conventions ------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import pressparse

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"pressparse {pressparse.__version__}"


def test_parse_reports_failures_and_a_summary_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(SAMPLES[0]), str(empty), "-w", "1"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"pressparse: {empty}: EmptyInputError: input is empty",
        "pressparse: 1 releases parsed, 1 failed",
    ]


def test_max_bytes_refuses_larger_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    size = SAMPLES[0].stat().st_size
    assert main(["parse", str(SAMPLES[0]), "--max-bytes", str(size - 1), "-q"]) == 1
    assert "larger than" in json.loads(capsys.readouterr().out)["error"]
    assert main(["parse", str(SAMPLES[0]), "--max-bytes", str(size), "-q"]) == 0


class _Endless(io.RawIOBase):
    """Synthetic: a stream of ``a`` bytes that never ends, counting what was read."""

    def __init__(self) -> None:
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        buffer[:] = b"a" * len(buffer)
        self.read_bytes += len(buffer)
        return len(buffer)


def test_stdin_is_refused_as_it_streams_past_the_limit() -> None:
    from pressparse.batch.inputs import iter_stream

    raw = _Endless()
    stream = io.BufferedReader(raw, buffer_size=1 << 16)
    (item,) = iter_stream(stream, "-", max_bytes=1_000_000)
    assert item.error == "input is larger than 1000000 bytes"
    assert raw.read_bytes < 1_100_000  # not the endless rest


def test_a_json_line_past_the_limit_is_one_error() -> None:
    from pressparse.batch.inputs import iter_stream

    lines = [
        json.dumps({"id": "a", "text": SYNTHETIC}),
        json.dumps({"id": "b", "text": "x" * 3_000_000}),
        json.dumps({"id": "c", "text": SYNTHETIC}),
    ]
    stream = io.BytesIO("\n".join(lines).encode() + b"\n")
    items = list(iter_stream(stream, "-", max_bytes=1_000_000))
    assert [(i.record, i.error) for i in items] == [
        ("a", None),
        ("line 2", "line is larger than 1000000 bytes"),
        ("c", None),
    ]


def test_folders_take_only_the_glob_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "README.md").write_text("# Om arkivet\n\nAnteckningar om mappen.\n", "utf-8")
    (tmp_path / "pm.txt").write_text(SYNTHETIC, "utf-8")
    assert main(["parse", str(tmp_path), "-q", "-w", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # README.md too, by default
    assert main(["parse", str(tmp_path), "--glob", "*.txt", "-q", "-w", "1"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["source"].endswith("pm.txt")


def test_parse_reads_a_path_and_warns_on_a_path_like_string(tmp_path: Path) -> None:
    import pressparse

    path = tmp_path / "pm.txt"
    path.write_text(SYNTHETIC, "utf-8")
    assert pressparse.parse(path).title == "Ny vd för Exempel AB"
    with pytest.warns(UserWarning, match="looks like a file name"):
        pressparse.parse(str(path))
    with pytest.raises(pressparse.InputError, match="cannot read"):
        pressparse.parse(tmp_path / "missing.txt")


def test_explain_refuses_archives_and_reports_an_unwritable_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_batch import write_warc

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, gzip=True)
    jsonl = tmp_path / "dump.txt"  # JSON lines whatever the name
    jsonl.write_text(json.dumps({"id": 1, "text": SYNTHETIC}) + "\n", "utf-8")
    for path, kind in ((warc, "a WARC archive"), (jsonl, "a JSON-lines file")):
        assert main(["explain", str(path)]) == 2
        assert f"is {kind}" in capsys.readouterr().err
    page = tmp_path / "pm.txt"
    page.write_text(SYNTHETIC, "utf-8")
    assert main(["explain", str(page), "-o", str(tmp_path / "no" / "dir" / "x.html")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_ctrl_c_exits_130_without_worker_tracebacks(tmp_path: Path) -> None:
    import os
    import signal

    big = tmp_path / "many.jsonl"
    text = SAMPLES[0].read_text(encoding="utf-8")
    big.write_text("".join(json.dumps({"id": i, "text": text}) + "\n" for i in range(3000)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "pressparse", "parse", str(big), "-w", "2", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches it
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # the workers are running
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
