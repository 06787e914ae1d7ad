"""The command line: parse (directories, stdin, failures, workers), schema, usage errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

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
