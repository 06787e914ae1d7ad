"""Batch inputs (directories, globs, JSON lines, WARC, stdin), the ordered pool, pickling."""

from __future__ import annotations

import io
import json
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import pressparse
from pressparse.batch import imap_ordered, iter_items, parse_item, progress_enabled
from pressparse.batch.inputs import Item, count_items, expand_paths, iter_stream
from pressparse.batch.pool import DEFAULT_CHUNKSIZE, WINDOW_PER_WORKER

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SAMPLES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))
# A short synthetic release in the shape of a Swedish press release.
SYNTHETIC = (
    "Pressmeddelande\n\n2021-03-04\n\nNy vd för Exempel AB\n\n"
    "Exempel AB har utsett Anna Berg till vd.\n\n"
    "– Jag ser fram emot uppdraget, säger Anna Berg.\n"
)
PAGE = (
    "<html><head><title>Ny vd för Exempel AB</title></head><body><article>"
    "<h1>Ny vd för Exempel AB</h1><p>2021-03-04</p>"
    "<p>Exempel AB har utsett Anna Berg till vd.</p></article></body></html>"
)


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a.txt").write_text(SYNTHETIC, encoding="utf-8")
    (root / "a.gold.json").write_text("{}", encoding="utf-8")  # not a release
    (root / ".hidden.txt").write_text(SYNTHETIC, encoding="utf-8")
    (root / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "b" / "deep" / "z.md").write_text(SYNTHETIC, encoding="utf-8")
    (root / "b" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


def test_directory_is_walked_recursively_in_stable_order(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = [Path(p).relative_to(root).as_posix() for p, err in expand_paths([str(root)])]
    assert found == ["a.txt", "b/deep/z.md", "b/page.html"]


def test_glob_and_missing_names(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    got = list(expand_paths([f"{root}/**/*.md", str(root / "nope.txt"), f"{root}/*.xyz"]))
    assert got[0] == (str(root / "b" / "deep" / "z.md"), None)
    assert got[1][1] == "no such file or directory"
    assert got[2][1] == "no file matches this pattern"


def _jsonl(path: Path) -> Path:
    lines = [
        json.dumps({"id": "r1", "text": SYNTHETIC}),
        "{broken json",
        json.dumps({"id": "r3", "html": PAGE, "url": "https://example.se/r3"}),
        json.dumps({"id": "r4", "title": "no content"}),
        "",
        json.dumps({"text": SYNTHETIC}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_records_and_broken_lines(tmp_path: Path) -> None:
    items = list(iter_items([str(_jsonl(tmp_path / "in.jsonl"))]))
    assert [i.record for i in items] == ["r1", "line 2", "r3", "r4", "line 6"]
    assert items[0].source_format == "text" and items[0].error is None
    assert items[1].error is not None and "invalid JSON" in items[1].error
    assert items[2].source_format == "html" and items[2].url == "https://example.se/r3"
    assert items[3].error is not None
    outcomes = [parse_item(i) for i in items]
    assert [o.release is not None for o in outcomes] == [True, False, True, False, True]
    assert count_items([str(tmp_path / "in.jsonl")]) == 6


def write_warc(path: Path, *, gzip: bool) -> None:
    """A small web archive: one HTML page among records that must be skipped."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)

        def response(url: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(rec)

        response("https://example.se/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
        response("https://example.se/pm", "200 OK", "text/html; charset=utf-8", PAGE.encode())
        response("https://example.se/gone", "404 Not Found", "text/html", b"<p>saknas</p>")
        req = writer.create_warc_record(
            "https://example.se/pm", "request", payload=io.BytesIO(b"GET /pm HTTP/1.1\r\n\r\n")
        )
        writer.write_record(req)


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_yields_only_html_responses(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    write_warc(path, gzip=gzip)
    items = list(iter_items([str(path)]))
    assert len(items) == 1
    assert items[0].url == "https://example.se/pm"
    assert items[0].record is not None and items[0].record.startswith("<urn:uuid:")
    release = parse_item(items[0]).release
    assert release is not None and release.title == "Ny vd för Exempel AB"


@pytest.mark.parametrize(
    "data",
    [
        b"WARC/1.0\r\nnot a header at all\r\n\r\n" + b"\x00" * 50,
        b"this is a text file named .warc\n" * 3,
        b"\x1f\x8b\x08\x00 truncated gzip",
    ],
)
def test_broken_warc_is_one_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(data)
    items = list(iter_items([str(path)]))
    assert len(items) == 1 and items[0].error is not None


def test_stdin_plain_jsonl_and_warc(tmp_path: Path) -> None:
    plain = list(iter_stream(io.BytesIO(SYNTHETIC.encode()), "-"))
    assert len(plain) == 1 and plain[0].data == SYNTHETIC.encode()
    jsonl = _jsonl(tmp_path / "in.jsonl").read_bytes()
    assert [i.record for i in iter_stream(io.BytesIO(jsonl), "-")][:3] == ["r1", "line 2", "r3"]
    # A release that happens to start with a brace is still one release.
    odd = b'{"a": 1}\nEn rad till\n'
    assert [i.data for i in iter_stream(io.BytesIO(odd), "-")] == [odd]
    write_warc(tmp_path / "s.warc", gzip=True)
    warc = list(iter_stream(io.BytesIO((tmp_path / "s.warc").read_bytes()), "-"))
    assert [i.url for i in warc] == ["https://example.se/pm"]


def test_corrupt_and_unreadable_files_are_outcomes_not_exceptions(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for path in (binary, empty, tmp_path / "gone.txt"):
        outcome = parse_item(Item(source=str(path), path=str(path)))
        assert outcome.release is None and outcome.error


def slow_square(x: int) -> int:
    """Later inputs finish first, so order must come from the pool, not from timing."""
    time.sleep(0.002 * (x % 3 == 0))
    return x * x


def test_pool_keeps_input_order() -> None:
    assert list(imap_ordered(slow_square, range(100), 2)) == [x * x for x in range(100)]
    assert list(imap_ordered(slow_square, range(10), 1)) == [x * x for x in range(10)]


def test_pool_reads_inputs_lazily() -> None:
    pulled = 0

    def numbers() -> Iterator[int]:
        nonlocal pulled
        for i in range(100_000):
            pulled += 1
            yield i

    results = imap_ordered(slow_square, numbers(), 2)
    assert next(results) == 0
    # Only the window (plus the chunk being cut) is read ahead, not the whole input.
    assert pulled <= (2 * WINDOW_PER_WORKER + 1) * DEFAULT_CHUNKSIZE
    results.close()


def test_models_and_parse_pickle() -> None:
    release = pressparse.parse(SAMPLES[0].read_bytes())
    copy = pickle.loads(pickle.dumps(release))
    assert copy == release and copy.quotes == release.quotes
    assert pickle.loads(pickle.dumps(pressparse.parse)) is pressparse.parse


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    assert progress_enabled(_Tty(), quiet=False)
    assert not progress_enabled(_Tty(), quiet=True)
    assert not progress_enabled(io.StringIO(), quiet=False)


def test_a_warc_record_past_the_limit_is_one_error_and_the_archive_goes_on(
    tmp_path: Path,
) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "big.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in (
            ("https://example.se/big", b"<p>" + b"x" * 50_000 + b"</p>"),
            ("https://example.se/pm", PAGE.encode()),
        ):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
    items = list(iter_items([str(path)], max_bytes=10_000))
    assert [(i.url, i.error) for i in items] == [
        ("https://example.se/big", "WARC record is larger than 10000 bytes"),
        ("https://example.se/pm", None),
    ]
    assert items[1].data is not None and len(items[1].data) == len(PAGE.encode())


def test_a_jsonl_file_line_past_the_limit_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "x" * 20_000})
        + "\n"
        + json.dumps({"id": "b", "text": PAGE})
        + "\n",
        encoding="utf-8",
    )
    items = list(iter_items([str(path)], max_bytes=10_000))
    assert [(i.record, i.error) for i in items] == [
        ("line 1", "line is larger than 10000 bytes"),
        ("b", None),
    ]
