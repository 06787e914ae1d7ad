"""Command line: ``pressparse parse``, ``load``, ``schema`` and ``explain``.

Each subcommand is one ``configure`` function (its arguments) and one ``run`` function
(returns the exit code), registered in :data:`COMMANDS`. Exit codes: 0 all inputs parsed,
1 some input failed, 2 usage error, 3 database error, 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from pressparse.api import DEFAULT_MAX_BYTES
from pressparse.batch import Item, Progress, count_items, imap_ordered, iter_items, progress_enabled
from pressparse.batch.output import LineWriter, done_keys, skip_done
from pressparse.batch.work import (
    DEFAULT_ITEM_TIMEOUT,
    crashed_item,
    crashed_line,
    parse_item,
    parse_item_to_line,
)
from pressparse.models import PressRelease, Row

R = TypeVar("R")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_INTERRUPTED = 130


@dataclass(frozen=True)
class Command:
    """A subcommand: its one-line help, its arguments, and what it does."""

    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """A wrong argument found after parsing (exit code 2)."""


class DatabaseError(Exception):
    """A database that cannot be reached or written (exit code 3)."""


def _cpu_count() -> int:
    """CPUs this process may run on (a container or taskset may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _seconds(value: str) -> float:
    n = float(value)
    if not n >= 0:
        raise argparse.ArgumentTypeError("must be a number of seconds, 0 for no limit")
    return n


def _workers(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _max_bytes(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _add_batch_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, directories (walked recursively), globs, or - for stdin; "
        "*.jsonl files hold one {id, html|text, url} per line, *.warc[.gz] are web archives",
    )
    p.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="take only files matching PATTERN (e.g. '*.html'; repeatable) from directories, "
        "instead of every file with a release suffix (.txt .md .markdown .html ...)",
    )
    p.add_argument(
        "--url",
        metavar="URL",
        help="the release's own address, when PATH is one file or - "
        "(JSON lines carry theirs in \"url\", WARC records in WARC-Target-URI)",
    )
    p.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse a release larger than N bytes (default: {DEFAULT_MAX_BYTES})",
    )
    p.add_argument(
        "-w",
        "--workers",
        type=_workers,
        default=_cpu_count(),
        help="worker processes (default: the number of CPUs)",
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_ITEM_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on one input after this long, as an error (default: "
        f"{DEFAULT_ITEM_TIMEOUT:g}; 0: no limit)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def _items(args: argparse.Namespace) -> Iterator[Item]:
    """The input items, with ``--url`` given to the one plain release it names."""
    items = iter_items(
        args.paths,
        stdin=sys.stdin.buffer if "-" in args.paths else None,
        patterns=args.glob,
        max_bytes=args.max_bytes,
    )
    if args.url is None:
        return items
    if len(args.paths) != 1 or not (args.paths[0] == "-" or os.path.isfile(args.paths[0])):
        raise UsageError("--url needs exactly one PATH: a file or -")
    return (dataclasses.replace(i, url=i.url or args.url) for i in items)


def _outcomes(
    args: argparse.Namespace,
    fn: Callable[..., R],
    on_crash: Callable[[Item], R],
    done: set[tuple[str, str | None]] | None = None,
) -> Iterator[R]:
    """``fn`` over every input item, in input order, in ``--workers`` processes; items
    whose ``(source, record)`` is in ``done`` are left out."""
    items = _items(args)
    if done:
        items = skip_done(items, done)
    work: Callable[[Item], R] = functools.partial(
        fn, timeout=args.timeout or None, max_bytes=args.max_bytes
    )
    return imap_ordered(work, items, args.workers, on_crash=on_crash)


def _progress(args: argparse.Namespace) -> Progress:
    enabled = progress_enabled(sys.stderr, args.quiet)
    total = count_items(args.paths, args.glob) if enabled else None
    return Progress(sys.stderr, enabled=enabled, total=total)


def _report_failure(source: str, record: str | None, error: str | None) -> None:
    where = f"{source} [{record}]" if record else source
    print(f"pressparse: {where}: {error}", file=sys.stderr)


# --- parse ------------------------------------------------------------------------------


def configure_parse(p: argparse.ArgumentParser) -> None:
    """Arguments of ``pressparse parse``."""
    _add_batch_arguments(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write JSON lines here (default: stdout)")
    p.add_argument(
        "--resume",
        action="store_true",
        help="append to --output, skipping the inputs it already holds (after an interrupted run)",
    )


def run_parse(args: argparse.Namespace) -> int:
    """Parse every input and write one JSON line per release, in input order.

    Every line is written whole, so an interrupted run leaves only complete lines.
    """
    if args.resume and not args.output:
        raise UsageError("--resume needs --output FILE")
    done: set[tuple[str, str | None]] = set()
    if args.output:
        try:
            if args.resume:
                done = done_keys(args.output)
            out = LineWriter.open(args.output, append=args.resume)
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    else:
        out = LineWriter.stdout(sys.stdout)
    progress = _progress(args)
    try:
        with progress:
            for line in _outcomes(args, parse_item_to_line, crashed_line, done):
                out.write_line(line.text)
                if line.failed:
                    row = json.loads(line.text)
                    _report_failure(row["source"], row["record"], line.error)
                progress.update(failed=line.failed)
    finally:
        out.close()
    if not args.quiet:
        print(
            f"pressparse: {progress.done - progress.failed} releases parsed, "
            f"{progress.failed} failed",
            file=sys.stderr,
        )
    return EXIT_FAILED if progress.failed else EXIT_OK


# --- load -------------------------------------------------------------------------------


def configure_load(p: argparse.ArgumentParser) -> None:
    """Arguments of ``pressparse load``."""
    from pressparse.db import DEFAULT_DB_URL

    _add_batch_arguments(p)
    p.add_argument(
        "--db",
        default=DEFAULT_DB_URL,
        metavar="URL",
        help=f"SQLAlchemy database URL (default: {DEFAULT_DB_URL}; "
        "postgresql://user:password@host/dbname for PostgreSQL)",
    )
    again = p.add_mutually_exclusive_group()
    again.add_argument(
        "--replace",
        action="store_true",
        help="replace releases already stored (default: leave them as they are)",
    )
    again.add_argument(
        "--reparse-older-than",
        metavar="VERSION",
        help="replace stored releases parsed by a pressparse older than VERSION",
    )


def _shown_url(url: str) -> str:
    """The database URL for a message, without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def _connect(url: str) -> Any:
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    from pressparse import db

    try:
        return db.connect(url)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        # a malformed URL, an unknown dialect, a missing driver: the command line is wrong
        raise UsageError(f"cannot use database {_shown_url(url)}: {exc}") from exc
    except (SQLAlchemyError, db.SchemaError) as exc:
        # a server that is down, a folder that does not exist, a database of an older schema
        raise DatabaseError(f"cannot use database {_shown_url(url)}: {exc}") from exc


def run_load(args: argparse.Namespace) -> int:
    """Parse every input and store it in the database, one transaction per release."""
    from sqlalchemy.exc import SQLAlchemyError

    from pressparse import db

    engine = _connect(args.db)
    stats = db.LoadStats()
    progress = _progress(args)
    version = db.parser_version()
    try:
        with progress:
            for outcome in _outcomes(args, parse_item, crashed_item):
                if outcome.release is None:
                    _report_failure(outcome.source, outcome.record, outcome.error)
                    progress.update(failed=True)
                    continue
                source = f"{outcome.source}#{outcome.record}" if outcome.record else outcome.source
                stats.count(
                    db.load_release(
                        engine,
                        outcome.release,
                        source,
                        replace=args.replace,
                        older_than=args.reparse_older_than,
                        version=version,
                    )
                )
                progress.update(failed=False)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"database {_shown_url(args.db)}: {exc}") from exc
    finally:
        engine.dispose()
    if not args.quiet:
        replaced = f"{stats.replaced} replaced, " if stats.replaced else ""
        print(
            f"pressparse: {stats.inserted} releases stored, {replaced}"
            f"{stats.skipped} already present, {progress.failed} failed",
            file=sys.stderr,
        )
    return EXIT_FAILED if progress.failed else EXIT_OK


# --- schema -----------------------------------------------------------------------------


def configure_schema(p: argparse.ArgumentParser) -> None:
    """``pressparse schema [--release]``."""
    p.add_argument(
        "--release",
        action="store_true",
        help="the schema of one release (PressRelease) instead of a line of `parse`",
    )


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of a line of ``pressparse parse`` (:class:`~pressparse.Row`),
    or with ``--release`` of :class:`~pressparse.PressRelease`."""
    model = PressRelease if args.release else Row
    print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


# --- explain ----------------------------------------------------------------------------


def configure_explain(p: argparse.ArgumentParser) -> None:
    """``pressparse explain FILE [-o view.html]``."""
    p.add_argument("path", metavar="FILE", help="a release (text or HTML); - for stdin")
    p.add_argument("-o", "--output", metavar="HTML", help="write the page here (default: stdout)")


def run_explain(args: argparse.Namespace) -> int:
    """Write a self-contained HTML page showing what was extracted from FILE, and why."""
    from pressparse.explain import explain_command

    return explain_command(args.path, args.output)


# --- registry ---------------------------------------------------------------------------

# One entry per subcommand, in the order ``--help`` lists them. A new subcommand is a
# configure_X/run_X pair above and one line here.
COMMANDS: dict[str, Command] = {
    "parse": Command(
        "parse inputs and write one JSON line per release", configure_parse, run_parse
    ),
    "load": Command("parse inputs and store them in a SQL database", configure_load, run_load),
    "schema": Command(
        "print the JSON Schema of a parse line (or of PressRelease)", configure_schema, run_schema
    ),
    "explain": Command(
        "write an HTML page showing what was extracted and why", configure_explain, run_explain
    ),
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    from pressparse import __version__

    ap = argparse.ArgumentParser(
        prog="pressparse", description="Swedish press releases as structured data."
    )
    ap.add_argument("--version", action="version", version=f"pressparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, command in COMMANDS.items():
        p = sub.add_parser(name, help=command.help, description=command.help)
        command.configure(p)
        p.set_defaults(run=command.run)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 some input failed, 2 usage, 3 database,
    130 interrupted)."""
    ap = build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 after --help
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except UsageError as exc:
        print(f"pressparse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:
        print(f"pressparse: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except BrokenProcessPool as exc:
        # a worker died (killed for memory, crashed); what was written so far stands
        print(f"pressparse: a worker process died: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("pressparse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
