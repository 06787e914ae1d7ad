"""Speed and memory of pressparse, per input kind and per pipeline stage.

Run with ``make bench`` (or ``python benchmarks/bench.py``). Parses every document of
``tests/fixtures`` and of the shared corpus (``shared/corpus`` beside the checkout, when
present) many times in one process and prints, per input kind (text, HTML):

- per pipeline stage (the calls of :func:`pressparse.api.parse_findings`, then the models):
  median and mean microseconds per document and the share of the total;
- end-to-end documents per second on one core (plain ``parse()`` calls, no stage timers);
- the floor: ``lxml.html.fromstring`` + ``text_content()`` for HTML, one ``splitlines()``
  and one regex pass for text;
- the alternative a user would assemble: ``trafilatura.extract_metadata`` +
  ``htmldate.find_date`` on HTML, ``dateparser.search.search_dates`` +
  ``phonenumbers.PhoneNumberMatcher`` on text (the optional ``bench`` extra; a missing tool
  is reported and its comparison skipped);
- the ratios pressparse / floor and alternative / pressparse;
- in fresh interpreters: import time (``python -X importtime``), the gazetteer's first-use
  cost, and peak memory of a worker that parses every document (tracemalloc, ru_maxrss).

Documents are read as bytes, as an archive would hand them over, so decoding is measured.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
if str(SRC) not in sys.path:
    # Measure this checkout, not whatever pressparse happens to be installed.
    sys.path.insert(0, str(SRC))

# Targets from the performance issue (one core, same run).
TARGET_TEXT_DOCS_S = 1000.0
TARGET_HTML_DOCS_S = 200.0
TARGET_HTML_FLOOR_RATIO = 4.0
TARGET_TEXT_ALT_RATIO = 40.0
TARGET_HTML_ALT_RATIO = 10.0
TARGET_PEAK_MB = 150.0
TARGET_IMPORT_MS = 300.0

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")

# The one regex of the text floor: an ISO date, the cheapest useful thing to look for.
FLOOR_DATE_RE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
# "import time:  self [us] | cumulative | imported package" lines of -X importtime.
IMPORTTIME_RE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|\s*(\S.*)$")
# The same for a top-level import only (nested ones are indented further).
IMPORTTIME_TOP_RE = re.compile(r"^import time:\s+\d+\s+\|\s+(\d+)\s+\| (\S.*)$")


# The clock of every timing: CPU time of this thread by default, so that other processes on
# a shared machine do not inflate the figures ("wall" measures elapsed time instead).
CLOCKS: dict[str, Callable[[], int]] = {"cpu": time.thread_time_ns, "wall": time.perf_counter_ns}
CLOCK: list[Callable[[], int]] = [time.thread_time_ns]
CLOCK_OVERHEAD_NS: list[int] = [0]


def calibrate(clock: Callable[[], int]) -> int:
    """The cost of reading the clock once (median of many back-to-back reads), in ns."""
    diffs = []
    for _ in range(2000):
        a = clock()
        diffs.append(clock() - a)
    return int(statistics.median(diffs))


@dataclass
class Doc:
    name: str
    kind: str  # "text" or "html"
    data: bytes


@dataclass
class KindResult:
    kind: str
    docs: int
    stage_median_us: dict[str, float] = field(default_factory=dict)
    stage_mean_us: dict[str, float] = field(default_factory=dict)
    parse_median_us: float = 0.0
    parse_mean_us: float = 0.0
    floor_mean_us: float | None = None
    alt_mean_us: float | None = None
    alt_note: str = ""

    @property
    def docs_per_s(self) -> float:
        return 1e6 / self.parse_mean_us if self.parse_mean_us else 0.0


def corpus_dirs() -> list[Path]:
    """tests/fixtures, then the shared corpus beside the checkout (or its parent's)."""
    dirs = [ROOT / "tests" / "fixtures"]
    env = os.environ.get("PRESSPARSE_BENCH_CORPUS")
    if env:
        dirs.append(Path(env))
    else:
        for parent in (ROOT.parent, ROOT.parent.parent):
            cand = parent / "shared" / "corpus"
            if cand.is_dir():
                dirs.append(cand)
                break
    return [d for d in dirs if d.is_dir()]


def load_docs() -> list[Doc]:
    """Every text and HTML document, once each (a fixture copied from the corpus counts once)."""
    seen: set[bytes] = set()
    docs: list[Doc] = []
    for d in corpus_dirs():
        for p in sorted(d.iterdir()):
            suffix = p.suffix.lower()
            if suffix in TEXT_SUFFIXES:
                kind = "text"
            elif suffix in HTML_SUFFIXES:
                kind = "html"
            else:
                continue
            data = p.read_bytes()
            if data in seen:
                continue
            seen.add(data)
            docs.append(Doc(p.stem, kind, data))
    return docs


def stage_runner() -> tuple[list[str], Callable[[bytes], list[int]]]:
    """The stages of ``parse_findings`` + ``build_release``, called one by one with timers.

    Mirrors :func:`pressparse.api.parse_findings`; keep the two in step.
    """
    from pressparse.api import DEFAULT_MAX_BYTES, ParseOptions
    from pressparse.assemble import build_release
    from pressparse.document import Findings
    from pressparse.extract.contacts import extract_contacts
    from pressparse.extract.issuer import decide as decide_issuer
    from pressparse.extract.language import extract_language
    from pressparse.extract.organizations import extract_organizations
    from pressparse.extract.published import extract_published
    from pressparse.extract.quotes import extract_quotes
    from pressparse.extract.quotes.speakers import fill_speakers
    from pressparse.extract.sections import extract_body, extract_lead
    from pressparse.extract.title import extract_kind, extract_title
    from pressparse.extract.urls import extract_urls
    from pressparse.reading import read_document
    from pressparse.structure import assign_roles

    tz = ParseOptions().tzinfo
    names = [
        "read (decode+normalize+lines)",
        "structure (roles)",
        "urls",
        "contacts",
        "organizations",
        "quotes (+speakers)",
        "title+kind",
        "published (date)",
        "lead+body",
        "issuer",
        "language",
        "assemble (models)",
    ]
    clock = CLOCK[0]
    over = CLOCK_OVERHEAD_NS[0]

    def run(data: bytes) -> list[int]:
        t0 = clock()
        doc = read_document(data, source_format="auto", url=None, max_bytes=DEFAULT_MAX_BYTES)
        t1 = clock()
        doc = assign_roles(doc)
        t2 = clock()
        urls = extract_urls(doc)
        t3 = clock()
        contacts = extract_contacts(doc, urls)
        t4 = clock()
        organizations = extract_organizations(doc)
        t5 = clock()
        quotes = fill_speakers(extract_quotes(doc, organizations), contacts, organizations)
        t6 = clock()
        title = extract_title(doc)
        kind = extract_kind(doc)
        t7 = clock()
        published = extract_published(doc, tz)
        t8 = clock()
        lead = extract_lead(doc)
        body = extract_body(doc)
        t9 = clock()
        issuer = decide_issuer(
            doc, organizations, contacts, published.value.year if published else None
        )
        t10 = clock()
        language = extract_language(doc)
        t11 = clock()
        findings = Findings(
            doc=doc,
            title=title,
            kind=kind,
            published=published,
            lead=lead,
            body=body,
            quotes=quotes,
            contacts=contacts,
            organizations=organizations,
            issuer=issuer.finding,
            urls=urls,
            language=language,
            issuer_warning=issuer.warning,
        )
        build_release(findings)
        t12 = clock()
        ts = (t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12)
        return [max(b - a - over, 0) for a, b in itertools.pairwise(ts)]

    return names, run


# The body of a page, for building a large page out of many (a page without <body>: all).
BODY_RE = re.compile(r"<body[^>]{0,2000}>(.*)</body>", re.S | re.I)


def large_input(kind: str, docs: list[Doc], size: int) -> bytes:
    """One input of about ``size`` bytes: the kind's documents repeated in turn, as a long
    archive file or a page that went wrong would hold them. Text documents are joined by a
    blank line; HTML documents' bodies are put inside one ``<html><body>``."""
    group = [d for d in docs if d.kind == kind]
    if kind == "text":
        parts = [d.data for d in group]
        sep = b"\n\n"
    else:
        parts = []
        for d in group:
            markup = d.data.decode("utf-8", "replace")
            if markup.startswith("---"):
                markup = markup.split("\n---", 1)[-1]  # front matter of the exports
            m = BODY_RE.search(markup)
            parts.append((m.group(1) if m else markup).encode("utf-8"))
        sep = b"\n"
    out: list[bytes] = []
    n = 0
    for part in itertools.cycle(parts):
        if n >= size:
            break
        out.append(part)
        n += len(part) + len(sep)
    body = sep.join(out)
    return b"<html><body>" + body + b"</body></html>" if kind == "html" else body


def measure_large(docs: list[Doc], sizes_mb: list[float]) -> None:
    """Stage times on single large inputs of growing size: cost per MB must stay flat."""
    from pressparse import parse

    names, run = stage_runner()
    print()
    print("== large inputs (one parse each; seconds, CPU clock) ==")
    for kind in ("text", "html"):
        if not any(d.kind == kind for d in docs):
            continue
        first_per_mb: float | None = None
        for mb in sizes_mb:
            data = large_input(kind, docs, int(mb * 1_000_000))
            stages = [t / 1e9 for t in run(data)]
            clock = CLOCK[0]
            t0 = clock()
            parse(data)
            whole = (clock() - t0) / 1e9
            per_mb = whole / (len(data) / 1e6)
            first_per_mb = first_per_mb or per_mb
            mine = sum(s for n, s in zip(names, stages, strict=True) if n not in _OTHER_STAGES)
            print(
                f"{kind} {len(data) / 1e6:4.1f} MB: parse() {whole:5.2f} s "
                f"({per_mb / first_per_mb:4.2f}x the cost per MB of the first size); "
                f"stages without organizations/issuer {mine:5.2f} s"
            )
            print(
                "    "
                + ", ".join(
                    f"{n.split(' ')[0]} {s:.3f}" for n, s in zip(names, stages, strict=True)
                )
            )


# Stages reported apart in the large-input table (they belong to their own module owners).
_OTHER_STAGES = ("organizations", "issuer")


def time_each(docs: list[Doc], fn: Callable[[bytes], Any], reps: int) -> list[float]:
    """Median over ``reps`` calls of ``fn`` per document, in microseconds (one per document)."""
    per_doc: list[list[int]] = [[] for _ in docs]
    clock = CLOCK[0]
    over = CLOCK_OVERHEAD_NS[0]
    for _ in range(reps):
        for i, d in enumerate(docs):
            t = clock()
            fn(d.data)
            per_doc[i].append(max(clock() - t - over, 0))
    return [statistics.median(v) / 1000 for v in per_doc]


def measure_kind(
    kind: str, docs: list[Doc], reps: int, alt_reps: int, alt: dict[str, Any]
) -> KindResult:
    import pressparse

    res = KindResult(kind, len(docs))
    # Warm up: gazetteer load, regex compile, first-use caches (measured apart, in a subprocess).
    for d in docs:
        pressparse.parse(d.data)

    names, run = stage_runner()
    samples: list[list[list[int]]] = [[] for _ in docs]
    for _ in range(reps):
        for i, d in enumerate(docs):
            samples[i].append(run(d.data))
    for j, name in enumerate(names):
        per_doc = [statistics.median(s[j] for s in samples[i]) / 1000 for i in range(len(docs))]
        res.stage_median_us[name] = statistics.median(per_doc)
        res.stage_mean_us[name] = statistics.fmean(per_doc)

    parse_us = time_each(docs, pressparse.parse, reps)
    res.parse_median_us = statistics.median(parse_us)
    res.parse_mean_us = statistics.fmean(parse_us)

    if kind == "html":
        import lxml.html

        def floor(data: bytes) -> str:
            return str(lxml.html.fromstring(data).text_content())

    else:

        def floor(data: bytes) -> str:  # type: ignore[misc]
            text = data.decode("utf-8", "replace")
            text.splitlines()
            FLOOR_DATE_RE.findall(text)
            return text

    res.floor_mean_us = statistics.fmean(time_each(docs, floor, reps))

    alt_fn, note = alt_for(kind, alt)
    res.alt_note = note
    if alt_fn is not None:
        res.alt_mean_us = statistics.fmean(time_each(docs, alt_fn, alt_reps))
    return res


def load_alternatives() -> dict[str, Any]:
    """Import the tools of the assembled alternative; a missing one is reported, not fatal."""
    mods: dict[str, Any] = {}
    for name in ("trafilatura", "htmldate", "dateparser.search", "phonenumbers"):
        try:
            mods[name] = __import__(name, fromlist=["_"])
        except ImportError:
            print(
                f"note: {name.split('.')[0]} is not installed: the comparison that needs it is "
                "skipped (pip install -e '.[bench]')"
            )
    return mods


def alt_for(kind: str, mods: dict[str, Any]) -> tuple[Callable[[bytes], Any] | None, str]:
    if kind == "html":
        if "trafilatura" not in mods or "htmldate" not in mods:
            return None, "skipped: trafilatura/htmldate missing"
        extract_metadata = mods["trafilatura"].extract_metadata
        find_date = mods["htmldate"].find_date

        def alt_html(data: bytes) -> Any:
            html = data.decode("utf-8", "replace")
            return extract_metadata(html), find_date(html)

        return alt_html, "trafilatura.extract_metadata + htmldate.find_date (title, date)"
    if "dateparser.search" not in mods or "phonenumbers" not in mods:
        return None, "skipped: dateparser/phonenumbers missing"
    search_dates = mods["dateparser.search"].search_dates
    matcher = mods["phonenumbers"].PhoneNumberMatcher

    def alt_text(data: bytes) -> Any:
        text = data.decode("utf-8", "replace")
        return search_dates(text, languages=["sv", "en"]), list(matcher(text, "SE"))

    return alt_text, "dateparser.search.search_dates + phonenumbers.PhoneNumberMatcher"


# ----------------------------------------------------------------------------- subprocesses


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def import_time_ms(code: str = "import pressparse", runs: int = 5) -> float:
    """Cumulative import time of the package's modules that ``code`` loads, in a fresh
    interpreter (best of ``runs``): the top-level ``pressparse`` entries of ``-X importtime``
    added up (``parse`` loads the pipeline after the package, as an entry of its own)."""
    best = float("inf")
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code],
            capture_output=True,
            text=True,
            env=child_env(),
            check=True,
        ).stderr
        total = 0
        for line in out.splitlines():
            m = IMPORTTIME_TOP_RE.match(line)
            if m and m.group(2).split(".")[0] == "pressparse":
                total += int(m.group(1))
        best = min(best, total / 1000)
    return best


def worker_probe(paths: list[str]) -> dict[str, float]:
    """Run in a fresh interpreter: first-use costs and the peak memory of one worker."""
    import resource
    import tracemalloc

    out: dict[str, float] = {}
    clock = time.thread_time
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = clock()
    import pressparse
    from pressparse.lexicon.orgs import gazetteer_names
    from pressparse.reading import read_document
    from pressparse.structure import assign_roles

    out["import_s"] = clock() - t
    datas = [Path(p).read_bytes() for p in paths]
    doc = assign_roles(read_document(datas[0], max_bytes=1 << 30))
    from pressparse.extract.organizations import extract_organizations

    t = clock()
    gazetteer_names()
    out["gazetteer_names_first_s"] = clock() - t
    t = clock()
    extract_organizations(doc)
    out["organizations_first_s"] = clock() - t
    t = clock()
    extract_organizations(doc)
    out["organizations_second_s"] = clock() - t

    gc.collect()
    tracemalloc.start()
    for _ in range(3):
        for d in datas:
            pressparse.parse(d)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    out["tracemalloc_peak_mb"] = peak / 1e6
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1e6 if sys.platform == "darwin" else 1e3  # bytes on macOS, KiB elsewhere
    out["maxrss_mb"] = rss * 1024 / 1e6 if scale == 1e3 else rss / 1e6
    out["maxrss_before_import_mb"] = rss0 * 1024 / 1e6 if scale == 1e3 else rss0 / 1e6
    return out


def run_probe(docs_paths: list[str]) -> dict[str, float] | None:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--probe", *docs_paths],
        capture_output=True,
        text=True,
        env=child_env(),
        check=False,
    )
    if proc.returncode != 0:
        print("note: worker probe failed:", proc.stderr.strip().splitlines()[-1:])
        return None
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# ----------------------------------------------------------------------------- report


def fmt_ratio(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1f}x"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "MISSED")


def print_kind(kind: str, r: KindResult) -> None:
    """The stage table and the comparisons of one kind of input."""
    total_med = sum(r.stage_median_us.values())
    total_mean = sum(r.stage_mean_us.values())
    print()
    print(f"== {kind}: {r.docs} documents ==")
    print(f"{'stage':32} {'median µs':>10} {'mean µs':>10} {'share':>7}")
    for name in r.stage_median_us:
        share = r.stage_mean_us[name] / total_mean * 100 if total_mean else 0.0
        print(
            f"{name:32} {r.stage_median_us[name]:10.1f} {r.stage_mean_us[name]:10.1f} "
            f"{share:6.1f}%"
        )
    print(f"{'sum of stages':32} {total_med:10.1f} {total_mean:10.1f}")
    print(f"{'parse() end to end':32} {r.parse_median_us:10.1f} {r.parse_mean_us:10.1f}")
    print(f"documents/s on one core: {r.docs_per_s:,.0f}")
    floor_ratio = r.parse_mean_us / r.floor_mean_us if r.floor_mean_us else None
    floor_name = (
        "lxml.html.fromstring + text_content()"
        if kind == "html"
        else "decode + splitlines() + one regex"
    )
    print(f"floor ({floor_name}): {r.floor_mean_us or 0:.1f} µs/doc")
    print(f"  pressparse / floor = {fmt_ratio(floor_ratio)}")
    if r.alt_mean_us is not None:
        print(f"alternative ({r.alt_note}): {r.alt_mean_us:.1f} µs/doc")
        print(f"  alternative / pressparse = {fmt_ratio(r.alt_mean_us / r.parse_mean_us)}")
    else:
        print(f"alternative: {r.alt_note}")
    date_us = r.stage_mean_us.get("published (date)", 0.0)
    print(f"date stage: {date_us:.1f} µs/doc")


def print_fresh(imp_ms: float, probe: dict[str, float] | None) -> None:
    """Import time and first-call costs in a fresh interpreter."""
    print()
    print("== fresh interpreter ==")
    print(f"import pressparse (-X importtime, best of 5): {imp_ms:.1f} ms")
    if probe:
        print(
            "import pressparse + the pipeline parse() loads (-X importtime, best of 5): "
            f"{probe['pipeline_import_ms']:.1f} ms"
        )
    if probe:
        print(
            f"import pressparse, CPU time of the importing thread: {probe['import_s'] * 1e3:.1f} ms"
        )
        print(f"gazetteer_names() first call: {probe['gazetteer_names_first_s'] * 1e3:.2f} ms")
        print(
            f"extract_organizations() first call: {probe['organizations_first_s'] * 1e3:.2f} ms "
            f"(second call: {probe['organizations_second_s'] * 1e3:.2f} ms)"
        )
        print(
            f"peak memory of a worker parsing every document 3 times: tracemalloc "
            f"{probe['tracemalloc_peak_mb']:.1f} MB, ru_maxrss {probe['maxrss_mb']:.1f} MB "
            f"(interpreter alone {probe['maxrss_before_import_mb']:.1f} MB)"
        )


def print_report(
    results: dict[str, KindResult],
    imp_ms: float,
    probe: dict[str, float] | None,
    args: argparse.Namespace,
) -> list[tuple[str, str, str, str]]:
    print()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()} ({platform.system()}); {args.reps} repetitions, "
        f"{args.clock} clock (read cost {CLOCK_OVERHEAD_NS[0]} ns, subtracted), "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    for kind, r in results.items():
        print_kind(kind, r)
    print_fresh(imp_ms, probe)

    rows: list[tuple[str, str, str, str]] = []
    t = results.get("text")
    h = results.get("html")
    if t:
        rows.append(
            (
                "text documents/s",
                f">= {TARGET_TEXT_DOCS_S:,.0f}",
                f"{t.docs_per_s:,.0f}",
                verdict(t.docs_per_s >= TARGET_TEXT_DOCS_S),
            )
        )
    if h:
        rows.append(
            (
                "HTML documents/s",
                f">= {TARGET_HTML_DOCS_S:,.0f}",
                f"{h.docs_per_s:,.0f}",
                verdict(h.docs_per_s >= TARGET_HTML_DOCS_S),
            )
        )
        fr = h.parse_mean_us / h.floor_mean_us if h.floor_mean_us else None
        rows.append(
            (
                "HTML pressparse / floor",
                f"<= {TARGET_HTML_FLOOR_RATIO:.0f}x",
                fmt_ratio(fr),
                verdict(None if fr is None else fr <= TARGET_HTML_FLOOR_RATIO),
            )
        )
    for r, target, label in (
        (t, TARGET_TEXT_ALT_RATIO, "text"),
        (h, TARGET_HTML_ALT_RATIO, "HTML"),
    ):
        if r is None:
            continue
        ar = r.alt_mean_us / r.parse_mean_us if r.alt_mean_us else None
        rows.append(
            (
                f"{label} alternative / pressparse",
                f">= {target:.0f}x",
                fmt_ratio(ar),
                verdict(None if ar is None else ar >= target),
            )
        )
    if probe:
        rows.append(
            (
                "peak memory per worker (ru_maxrss)",
                f"< {TARGET_PEAK_MB:.0f} MB",
                f"{probe['maxrss_mb']:.0f} MB",
                verdict(probe["maxrss_mb"] < TARGET_PEAK_MB),
            )
        )
    rows.append(
        (
            "import time",
            f"< {TARGET_IMPORT_MS:.0f} ms",
            f"{imp_ms:.0f} ms",
            verdict(imp_ms < TARGET_IMPORT_MS),
        )
    )
    print()
    print("== targets ==")
    print(f"{'target':38} {'goal':>9} {'measured':>10}  verdict")
    for name, goal, got, v in rows:
        print(f"{name:38} {goal:>9} {got:>10}  {v}")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--reps", type=int, default=20, help="repetitions per document (default 20)")
    ap.add_argument(
        "--alt-reps", type=int, default=3, help="repetitions of the slow alternative (default 3)"
    )
    ap.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="cpu",
        help="cpu: CPU time of the thread (default, robust on a busy machine); wall: elapsed",
    )
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument(
        "--large",
        metavar="MB",
        help="only time single large inputs of these sizes, e.g. 1,2,4,5 (linear-time check)",
    )
    ap.add_argument("--probe", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.probe is not None:
        print(json.dumps(worker_probe(args.probe)))
        return 0

    started = time.perf_counter()
    CLOCK[0] = CLOCKS[args.clock]
    CLOCK_OVERHEAD_NS[0] = calibrate(CLOCK[0])
    docs = load_docs()
    if not docs:
        print("no documents found under", ", ".join(str(d) for d in corpus_dirs()))
        return 1
    if args.large:
        measure_large(docs, [float(x) for x in args.large.split(",")])
        return 0
    print("documents from:", ", ".join(str(d) for d in corpus_dirs()))
    imp_ms = import_time_ms()
    probe = run_probe(
        [
            str(p)
            for d in corpus_dirs()
            for p in sorted(d.iterdir())
            if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
        ]
    )
    if probe is not None:
        probe["pipeline_import_ms"] = import_time_ms("import pressparse; pressparse.parse")
    alt = load_alternatives()
    results: dict[str, KindResult] = {}
    for kind in ("text", "html"):
        group = [d for d in docs if d.kind == kind]
        if group:
            results[kind] = measure_kind(kind, group, args.reps, args.alt_reps, alt)
    rows = print_report(results, imp_ms, probe, args)
    elapsed = time.perf_counter() - started
    print(f"\nbenchmark ran in {elapsed:.0f} s")
    if args.json:
        payload = {
            "kinds": {k: vars(r) | {"docs_per_s": r.docs_per_s} for k, r in results.items()},
            "import_ms": imp_ms,
            "probe": probe,
            "targets": rows,
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
