"""Loading releases into SQL: schema, idempotence, one transaction per release, PostgreSQL."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, inspect, select, text

import pressparse
from pressparse import db
from pressparse.batch import work as batch_work
from pressparse.cli import main
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def test_load_twice_changes_nothing(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    assert main(["load", str(samples_dir), "--db", url, "-w", "1"]) == 0
    engine = db.connect(url)
    first = db.row_counts(engine)
    assert first["releases"] == len(SAMPLES)
    assert first["quotes"] > 0 and first["contacts"] > 0 and first["organizations"] > 0
    assert main(["load", str(samples_dir), "--db", url, "-w", "2"]) == 0
    assert db.row_counts(engine) == first
    assert f"0 releases stored, {len(SAMPLES)} already present" in capsys.readouterr().err
    engine.dispose()


def test_release_is_stored_whole(tmp_path: Path) -> None:
    engine = db.connect(f"sqlite:///{tmp_path / 'r.db'}")
    release = pressparse.parse(SAMPLES[0].read_bytes())
    assert db.load_one(engine, release, "a.txt")
    with engine.connect() as conn:
        row = conn.execute(db.releases.select()).one()
        quotes = conn.execute(db.quotes.select().order_by(db.quotes.c.position)).all()
        phones = conn.execute(db.contact_phones.select()).all()
        orgs = conn.execute(db.release_organizations.select()).all()
    assert row.id == release.id and row.title == release.title and row.source == "a.txt"
    assert [q.text for q in quotes] == [q.text for q in release.quotes]
    assert len(phones) == sum(len(c.phones) for c in release.contacts)
    assert len(orgs) == len({o.name for o in release.organizations})
    if release.issuer:
        assert db.releases_per_issuer(engine)[0] == (release.issuer.name, 1)
    engine.dispose()


def _release_with_urls() -> pressparse.PressRelease:
    for path in SAMPLES:
        release = pressparse.parse(path.read_bytes())
        if release.urls and release.quotes:
            return release
    pytest.skip("no sample has both quotes and urls")


def test_failed_release_leaves_nothing_behind(tmp_path: Path) -> None:
    engine = db.connect(f"sqlite:///{tmp_path / 'r.db'}")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE urls"))  # the last insert of a release now fails
    release = _release_with_urls()
    with pytest.raises(Exception, match="urls"):
        db.load_one(engine, release)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM releases")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM quotes")).scalar_one() == 0
    engine.dispose()


def test_postgresql_url_uses_psycopg3() -> None:
    assert (
        db.normalize_url("postgresql://u:p@localhost/x") == "postgresql+psycopg://u:p@localhost/x"
    )
    assert db.normalize_url("sqlite:///r.db") == "sqlite:///r.db"


def _load_and_count(engine: Engine, paths: list[Path]) -> dict[str, int]:
    releases = [(pressparse.parse(p.read_bytes()), str(p)) for p in paths]
    db.load_releases(engine, releases)
    return db.row_counts(engine)


@pytest.mark.skipif(
    not os.environ.get("PRESSPARSE_TEST_POSTGRES"),
    reason="set PRESSPARSE_TEST_POSTGRES to a scratch PostgreSQL database URL",
)
def test_postgresql_load_is_idempotent(samples_dir: Path) -> None:
    url = os.environ["PRESSPARSE_TEST_POSTGRES"]
    engine = db.connect(url, create=False)
    db.metadata.drop_all(engine)  # a scratch database: start from nothing
    db.metadata.create_all(engine)
    paths = sorted(p for p in CORPUS.glob("*") if p.suffix in (".txt", ".html")) or SAMPLES
    first = _load_and_count(engine, paths)
    assert first["releases"] == len({pressparse.parse(p.read_bytes()).id for p in paths})
    assert _load_and_count(engine, paths) == first
    assert main(["load", str(samples_dir), "--db", url, "-w", "1", "-q"]) == 0
    with engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM releases WHERE published IS NOT NULL"))
        assert n.scalar_one() > 0
    assert db.quotes_per_speaker(engine)
    engine.dispose()


# --- concurrency, replacement, bounds -------------------------------------------------------

PG_URL = os.environ.get("PRESSPARSE_TEST_POSTGRES")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(not PG_URL, reason="set PRESSPARSE_TEST_POSTGRES"),
    ),
]


def _fresh_url(backend: str, tmp_path: Path, name: str = "r.db") -> str:
    """A database without pressparse tables: a new SQLite file, or the emptied PostgreSQL one."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / name}"
    assert PG_URL
    engine = db.connect(PG_URL, create=False)
    db.metadata.drop_all(engine)
    engine.dispose()
    return PG_URL


def _concurrently(*jobs: Callable[[], object]) -> list[object]:
    """Run the jobs in threads released together; re-raise the first failure."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = jobs[i]()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results


@pytest.mark.parametrize("backend", BACKENDS)
def test_schema_creation_races_are_safe(backend: str, tmp_path: Path) -> None:
    for round_ in range(4):
        url = _fresh_url(backend, tmp_path, f"race{round_}.db")
        engines = _concurrently(*[lambda url=url: db.connect(url)] * 3)
        for engine in engines:
            assert isinstance(engine, Engine)
            assert db.row_counts(engine)["releases"] == 0
            engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_concurrent_cli_loads_into_a_fresh_database(
    backend: str, tmp_path: Path, samples_dir: Path
) -> None:
    url = _fresh_url(backend, tmp_path)
    argv = [sys.executable, "-m", "pressparse", "load", str(samples_dir), "--db", url, "-w", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen(argv, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outputs = [p.communicate(timeout=300)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    stored = sum(int(re.search(r"(\d+) releases stored", o).group(1)) for o in outputs)  # type: ignore[union-attr]
    assert stored == len(SAMPLES)  # each release written once, by one of the loads
    engine = db.connect(url)
    counts = db.row_counts(engine)
    engine.dispose()
    single = _fresh_url("sqlite", tmp_path, "single.db")
    assert main(["load", str(samples_dir), "--db", single, "-w", "1", "-q"]) == 0
    single_engine = db.connect(single)
    assert counts == db.row_counts(single_engine)  # no duplicate rows
    single_engine.dispose()


def _with_orgs(base: pressparse.PressRelease, tag: str, names: list[str]) -> pressparse.PressRelease:
    """Synthetic: ``base`` with another id and the given organizations."""
    return base.model_copy(
        update={
            "id": f"{tag}-{base.id}"[:100],
            "organizations": [pressparse.Organization(name=n) for n in names],
        }
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_same_new_organizations_in_opposite_orders(backend: str, tmp_path: Path) -> None:
    # Each round two loads add the same five new names, one forwards, one backwards; row
    # locks taken in the release's order would deadlock on PostgreSQL.
    url = _fresh_url(backend, tmp_path)
    base = pressparse.parse(SAMPLES[0].read_bytes())
    engines = [db.connect(url), db.connect(url)]
    for r in range(12):
        names = [f"Nybildat Bolag {r}-{k} AB" for k in range(5)]
        a = _with_orgs(base, f"a{r}", names)
        b = _with_orgs(base, f"b{r}", names[::-1])
        _concurrently(
            lambda a=a: db.load_release(engines[0], a), lambda b=b: db.load_release(engines[1], b)
        )
    counts = db.row_counts(engines[0])
    assert counts["releases"] == 24
    assert counts["release_organizations"] == 24 * 5
    for e in engines:
        e.dispose()


def test_sqlite_waits_for_another_writer(tmp_path: Path) -> None:
    # Another process holds the write lock for longer than the driver's default 5 s.
    path = tmp_path / "r.db"
    engine = db.connect(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(6.0, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        release = pressparse.parse(SAMPLES[0].read_bytes())
        assert db.load_release(engine, release) == "inserted"
    finally:
        timer.join()
        other.close()
    assert db.row_counts(engine)["releases"] == 1
    engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_long_names_and_case_variants(backend: str, tmp_path: Path) -> None:
    url = _fresh_url(backend, tmp_path)
    engine = db.connect(url)
    base = pressparse.parse(SAMPLES[0].read_bytes())
    long_name = "Stiftelsen " + "mycket " * 150 + "lång"  # synthetic, over 1,000 characters
    first = base.model_copy(
        update={
            "id": "a" * 32,
            "issuer": pressparse.Organization(name=long_name),
            "organizations": [pressparse.Organization(name="MyNewsdesk")],
        }
    )
    second = base.model_copy(
        update={
            "id": "b" * 32,
            "issuer": pressparse.Organization(name="Mynewsdesk"),
            "organizations": [pressparse.Organization(name="mynewsdesk ", org_number="556578-6485")],
        }
    )
    assert db.load_release(engine, first) == "inserted"
    assert db.load_release(engine, second) == "inserted"
    with engine.connect() as conn:
        orgs = conn.execute(db.organizations.select().order_by(db.organizations.c.id)).all()
    names = [o.name for o in orgs]
    assert "MyNewsdesk" in names and "Mynewsdesk" not in names  # one row, first spelling
    assert max(len(n) for n in names) == db.NAME_MAX
    (mnd,) = [o for o in orgs if o.key == "mynewsdesk"]
    assert mnd.org_number == "556578-6485"
    assert db.releases_per_issuer(engine)[0] == ("MyNewsdesk", 1) or (
        "MyNewsdesk",
        1,
    ) in db.releases_per_issuer(engine)
    engine.dispose()


def test_contact_organization_is_linked(tmp_path: Path) -> None:
    engine = db.connect(f"sqlite:///{tmp_path / 'r.db'}")
    for path in SAMPLES:
        db.load_release(engine, pressparse.parse(path.read_bytes()))
    with engine.connect() as conn:
        rows = conn.execute(
            select(db.contacts.c.organization, db.organizations.c.name).join(
                db.organizations, db.contacts.c.organization_id == db.organizations.c.id
            )
        ).all()
        free = conn.execute(
            select(func.count()).where(
                db.contacts.c.organization.is_not(None), db.contacts.c.organization_id.is_(None)
            )
        ).scalar_one()
    assert rows and all(a.casefold() == b.casefold() for a, b in rows)
    assert free == 0
    indexed = {
        (t, tuple(i["column_names"]))
        for t in ("urls", "contact_phones")
        for i in inspect(engine).get_indexes(t)
    }
    assert {("urls", ("url",)), ("contact_phones", ("phone",))} <= indexed
    engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_replace_after_a_parser_change(
    backend: str,
    tmp_path: Path,
    samples_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = _fresh_url(backend, tmp_path)
    real_parse = batch_work.parse

    def old_parser(*args: Any, **kwargs: Any) -> pressparse.PressRelease:
        return real_parse(*args, **kwargs).model_copy(update={"title": "old title"})

    # version 0.0.1 of the parser: a worse title
    monkeypatch.setattr(batch_work, "parse", old_parser)
    monkeypatch.setattr(pressparse, "__version__", "0.0.1")
    assert main(["load", str(samples_dir), "--db", url, "-w", "1", "-q"]) == 0
    monkeypatch.undo()
    engine = db.connect(url)
    before = db.row_counts(engine)

    def stored() -> list[tuple[str, str]]:
        with engine.connect() as conn:
            q = select(db.releases.c.title, db.releases.c.parser_version)
            return sorted(tuple(r) for r in conn.execute(q))

    assert {r for r in stored()} == {("old title", "0.0.1")}
    # a plain load keeps what is stored
    assert main(["load", str(samples_dir), "--db", url, "-w", "1"]) == 0
    assert "0 releases stored" in capsys.readouterr().err
    assert {r for r in stored()} == {("old title", "0.0.1")}
    # the current parser replaces what an older one stored
    assert main(["load", str(samples_dir), "--db", url, "-w", "2", "--reparse-older-than", "0.1"]) == 0
    assert f"{len(SAMPLES)} replaced" in capsys.readouterr().err
    titles = {pressparse.parse(p.read_bytes()).title for p in SAMPLES}
    assert {t for t, _ in stored()} == titles
    assert {v for _, v in stored()} == {pressparse.__version__}
    assert db.row_counts(engine) == before  # replaced, not added
    # idempotent: nothing older is left; --replace rewrites the same rows
    assert main(["load", str(samples_dir), "--db", url, "-w", "1", "--reparse-older-than", "0.1"]) == 0
    assert f"0 releases stored, {len(SAMPLES)} already present" in capsys.readouterr().err
    assert main(["load", str(samples_dir), "--db", url, "-w", "1", "--replace", "-q"]) == 0
    assert db.row_counts(engine) == before
    engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_replacing_drops_organizations_nothing_names_any_more(
    backend: str, tmp_path: Path, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _fresh_url(backend, tmp_path)
    real_parse = batch_work.parse
    wrong = "Synthetic Felläst Organisation"

    def old_parser(*args: Any, **kwargs: Any) -> pressparse.PressRelease:
        # an older parser that read a wrong organization (and issuer) in every release
        release = real_parse(*args, **kwargs)
        org = pressparse.Organization(name=wrong)
        return release.model_copy(
            update={"issuer": org, "organizations": [*release.organizations, org]}
        )

    monkeypatch.setattr(batch_work, "parse", old_parser)
    assert main(["load", str(samples_dir), "--db", url, "-w", "1", "-q"]) == 0
    monkeypatch.undo()
    engine = db.connect(url)

    def names() -> set[str]:
        with engine.connect() as conn:
            return set(conn.execute(select(db.organizations.c.name)).scalars())

    assert wrong in names()
    assert main(["load", str(samples_dir), "--db", url, "-w", "2", "--replace", "-q"]) == 0
    assert wrong not in names()
    # what the stored releases name is all still there
    with engine.connect() as conn:
        named = set(
            conn.execute(
                select(db.organizations.c.name).join(
                    db.release_organizations,
                    db.release_organizations.c.organization_id == db.organizations.c.id,
                )
            ).scalars()
        )
    assert named and named <= names()
    engine.dispose()


def test_version_key() -> None:
    assert db.version_key("0.10.0") > db.version_key("0.9.3") > db.version_key("0.9")
    assert db.version_key("1.0rc1") == (1, 0)


def test_database_errors_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'r.db'}"
    assert main(["load", str(SAMPLES[0]), "--db", missing, "-q"]) == 3
    assert "cannot use database" in capsys.readouterr().err
    old = tmp_path / "old.db"
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE releases (id VARCHAR(100) PRIMARY KEY, source TEXT)")
    con.close()
    assert main(["load", str(SAMPLES[0]), "--db", f"sqlite:///{old}", "-q"]) == 3
    assert "older pressparse" in capsys.readouterr().err
    assert main(["load", str(SAMPLES[0]), "--db", "nosuchdb://x", "-q"]) == 2  # usage
