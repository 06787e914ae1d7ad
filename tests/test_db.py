"""Loading releases into SQL: schema, idempotence, one transaction per release, PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

import pressparse
from pressparse import db
from pressparse.cli import main
from tests.conftest import SAMPLES

CORPUS = Path("/work/shared/corpus")


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
