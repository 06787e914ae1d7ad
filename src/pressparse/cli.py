"""Command line: ``pressparse parse FILE...`` and ``pressparse schema``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pressparse.api import parse
from pressparse.errors import PressParseError
from pressparse.models import PressRelease


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 some input failed, 2 usage)."""
    ap = argparse.ArgumentParser(
        prog="pressparse", description="Swedish press releases as structured data."
    )
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse files and print one JSON line per release")
    p.add_argument("paths", nargs="+", help="files to parse; - for stdin")
    sub.add_parser("schema", help="print the JSON Schema of PressRelease")
    args = ap.parse_args(argv)
    if args.command == "schema":
        print(json.dumps(PressRelease.model_json_schema(), ensure_ascii=False, indent=2))
        return 0
    failed = 0
    for path in args.paths:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        try:
            release = parse(data)
        except PressParseError as exc:
            failed += 1
            print(json.dumps({"source": path, "error": str(exc)}, ensure_ascii=False))
            continue
        line = release.model_dump(mode="json")
        line["source"] = path
        print(json.dumps(line, ensure_ascii=False))
    return 1 if failed else 0
