"""What `pressparse parse` writes: every line valid against the published row schema, read
back by the models, and the release's own URL carried into the record and the database."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from pressparse import PressRelease, Row
from pressparse.cli import main
from tests.conftest import SAMPLES
from tests.test_batch import write_warc

ROOT = Path(__file__).resolve().parents[1]
UNLABELED = ROOT.parent / "shared" / "unlabeled"


def _schema(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["schema"]) == 0
    schema: dict[str, object] = json.loads(capsys.readouterr().out)
    return schema


def _inputs(tmp_path: Path, samples_dir: Path) -> list[str]:
    """A folder of real releases (plus a broken file), a JSON-lines file and a WARC file."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for p in SAMPLES:
        (folder / p.name).write_bytes(p.read_bytes())
    if UNLABELED.is_dir():  # real regeringen.se and Mynewsdesk releases, when present
        real = sorted((UNLABELED / "regeringen").rglob("*.md"))[:15]
        real += sorted((UNLABELED / "mynewsdesk-newsroom").glob("*.markdown"))[:15]
        for i, p in enumerate(real):
            (folder / f"u{i:02d}{p.suffix}").write_bytes(p.read_bytes())
    (folder / "zz-binary.txt").write_bytes(bytes(range(256)) * 8)
    jsonl = tmp_path / "in.jsonl"
    records = [
        {"id": f"pm-{i}", "text": p.read_text(encoding="utf-8"), "url": f"https://ex.se/pm/{i}"}
        for i, p in enumerate(SAMPLES)
    ]
    jsonl.write_text(
        "\n".join(json.dumps(r) for r in records) + "\n{broken\n", encoding="utf-8"
    )
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, gzip=True)
    return [str(folder), str(jsonl), str(warc)]


def test_every_row_of_a_real_run_validates(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schema = _schema(capsys)
    out = tmp_path / "out.jsonl"
    assert main(["parse", *_inputs(tmp_path, samples_dir), "-o", str(out), "-w", "2", "-q"]) == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    validator = jsonschema.Draft202012Validator(schema)
    for line in lines:
        validator.validate(json.loads(line))
        row = Row.model_validate_json(line)  # and back into the models
        if row.release is not None:
            assert PressRelease.model_validate_json(row.release.model_dump_json()) == row.release
    rows = [Row.model_validate_json(line) for line in lines]
    errors = [r for r in rows if r.error]
    assert {r.source.rsplit("/", 1)[-1] for r in errors} == {"zz-binary.txt", "in.jsonl"}
    by_record = {r.record: r for r in rows if r.release}
    assert by_record["pm-1"].release is not None
    assert by_record["pm-1"].release.url == "https://ex.se/pm/1"
    (warc_row,) = [r for r in rows if r.source.endswith(".warc.gz")]
    assert warc_row.release is not None and warc_row.release.url == "https://example.se/pm"


def test_schema_rejects_what_is_not_a_row(capsys: pytest.CaptureFixture[str]) -> None:
    validator = jsonschema.Draft202012Validator(_schema(capsys))
    assert not validator.is_valid({"source": "a.txt", "record": None, "error": None, "release": None})
    assert not validator.is_valid({"source": "a.txt", "title": "a release dump, not a row"})
    assert validator.is_valid({"source": "a.txt", "record": None, "error": "input is empty"})
    with pytest.raises(ValueError, match="either a release or an error"):
        Row(source="a.txt")


def test_url_of_one_file_and_relative_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Synthetic: a markdown release with a link relative to its own address.
    page = tmp_path / "pm.md"
    page.write_text(
        "# Ny vd för Exempel AB\n\nExempel AB har utsett Anna Berg till vd. "
        "Läs [hela pressmeddelandet](/press/ny-vd) på webben.\n",
        encoding="utf-8",
    )
    url = "https://exempel.se/nyheter/ny-vd"
    assert main(["parse", str(page), "--url", url, "-q"]) == 0
    release = Row.model_validate_json(capsys.readouterr().out).release
    assert release is not None and release.url == url
    assert [u.url for u in release.urls] == ["https://exempel.se/press/ny-vd"]
    assert main(["parse", str(page), str(page), "--url", url, "-q"]) == 2  # one file only


def test_url_is_stored_and_indexed(tmp_path: Path, samples_dir: Path) -> None:
    from sqlalchemy import inspect, select

    from pressparse import db

    inputs = _inputs(tmp_path, samples_dir)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    assert main(["load", *inputs[1:], "--db", url, "-w", "1", "-q"]) == 1  # one broken line
    engine = db.connect(url)
    with engine.connect() as conn:
        stored = set(conn.execute(select(db.releases.c.url)).scalars())
    assert {"https://example.se/pm", "https://ex.se/pm/0", "https://ex.se/pm/1"} <= stored
    indexed = {tuple(i["column_names"]) for i in inspect(engine).get_indexes("releases")}
    assert ("url",) in indexed
    engine.dispose()
