"""Releases in a SQL database: one SQLAlchemy Core schema for SQLite and PostgreSQL.

Tables: ``releases`` (one row per release, ``id`` is the key), ``quotes``, ``contacts``
with ``contact_phones`` and ``contact_emails``, ``organizations`` (one row per name) with
``release_organizations`` linking them to releases, and ``urls``. Loading is idempotent:
a release whose ``id`` is already stored is skipped, and each release is written in one
transaction, so an interrupted load never leaves half a release.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.engine import make_url

from pressparse.models import PressRelease

DEFAULT_DB_URL = "sqlite:///releases.db"

metadata = MetaData()

organizations = Table(
    "organizations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(500), nullable=False, unique=True),
    Column("org_number", String(20)),
)

releases = Table(
    "releases",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("source", Text, comment="input file (and record) the release was read from"),
    Column("source_format", String(10), nullable=False),
    Column("language", String(10)),
    Column("kind", Text),
    Column("title", Text),
    Column("published", Date, comment="the day of publication"),
    Column("published_at", DateTime(timezone=True), comment="UTC, when a time is printed"),
    Column("published_source", String(20)),
    Column("issuer_id", Integer, ForeignKey("organizations.id")),
    Column("lead", Text),
    Column("body", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("warnings", JSON, nullable=False),
    Index("ix_releases_published", "published"),
    Index("ix_releases_issuer_id", "issuer_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column(
        "release_id", String(100), ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("speaker_name", Text),
    Column("speaker_role", Text),
    Column("speaker_organization", Text),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Index("ix_quotes_speaker_name", "speaker_name"),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "release_id", String(100), ForeignKey("releases.id", ondelete="CASCADE"), nullable=False
    ),
    Column("position", Integer, nullable=False),
    Column("name", Text),
    Column("role", Text),
    Column("organization", Text),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Index("ix_contacts_release_id", "release_id"),
)

contact_phones = Table(
    "contact_phones",
    metadata,
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("phone", String(40), nullable=False, comment="E.164"),
)

contact_emails = Table(
    "contact_emails",
    metadata,
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("email", String(320), nullable=False),
    Index("ix_contact_emails_email", "email"),
)

release_organizations = Table(
    "release_organizations",
    metadata,
    Column(
        "release_id", String(100), ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "organization_id",
        Integer,
        ForeignKey("organizations.id"),
        primary_key=True,
    ),
    Column("mentions", Integer, nullable=False),
    Index("ix_release_organizations_organization_id", "organization_id"),
)

urls = Table(
    "urls",
    metadata,
    Column(
        "release_id", String(100), ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("position", Integer, primary_key=True),
    Column("url", Text, nullable=False),
    Column("text", Text),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
)

TABLES = (
    "releases",
    "quotes",
    "contacts",
    "contact_phones",
    "contact_emails",
    "organizations",
    "release_organizations",
    "urls",
)


def normalize_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 (SQLAlchemy would otherwise pick psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    # Foreign keys are off by default in SQLite; WAL with synchronous=NORMAL keeps each
    # commit atomic and durable against a crashed process, without an fsync per release.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def connect(url: str = DEFAULT_DB_URL, *, create: bool = True) -> Engine:
    """An engine for ``url`` (SQLite or PostgreSQL), with the schema created if missing."""
    engine = create_engine(normalize_url(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if create:
        metadata.create_all(engine)
    return engine


@dataclass
class LoadStats:
    """What a load did: releases written, and releases already stored (left as they were)."""

    inserted: int = 0
    skipped: int = 0


def _published(release: PressRelease) -> tuple[dt.date | None, dt.datetime | None]:
    value = release.published
    if isinstance(value, dt.datetime):
        day = value.date()
        if value.tzinfo is None:
            return day, value
        return day, value.astimezone(dt.timezone.utc)
    return value, None


def _insert_ignore(conn: Connection, table: Table, values: dict[str, Any]) -> bool:
    """Insert a row unless its key is taken; True when it was inserted.

    ``ON CONFLICT DO NOTHING`` makes this safe when two loads run at once.
    """
    dialect = conn.dialect.name
    stmt: Any = None
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt = sqlite.insert(table).values(**values).on_conflict_do_nothing()
    elif dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table).values(**values).on_conflict_do_nothing()
    if stmt is not None:
        # RETURNING tells whether a row was written; rowcount is not reliable for this
        # on every driver (psycopg reports -1).
        returned = conn.execute(stmt.returning(*table.primary_key.columns)).first()
        return returned is not None
    key = [c for c in table.primary_key.columns] or [table.c.name]
    where = [c == values[c.name] for c in key]
    if conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one():
        return False
    conn.execute(table.insert().values(**values))
    return True


def _organization_id(conn: Connection, name: str, org_number: str | None) -> int:
    """The id of the organization called ``name``, adding it (or its number) if new."""
    _insert_ignore(conn, organizations, {"name": name, "org_number": org_number})
    row = conn.execute(
        select(organizations.c.id, organizations.c.org_number).where(organizations.c.name == name)
    ).one()
    if org_number and row.org_number is None:
        conn.execute(
            organizations.update().where(organizations.c.id == row.id).values(org_number=org_number)
        )
    return int(row.id)


def store_release(conn: Connection, release: PressRelease, source: str | None = None) -> bool:
    """Write one release and everything in it; False (and nothing written) if already stored."""
    day, at = _published(release)
    issuer_id = (
        _organization_id(conn, release.issuer.name, release.issuer.org_number)
        if release.issuer
        else None
    )
    inserted = _insert_ignore(
        conn,
        releases,
        {
            "id": release.id,
            "source": source,
            "source_format": release.source_format,
            "language": release.language,
            "kind": release.kind,
            "title": release.title,
            "published": day,
            "published_at": at,
            "published_source": release.published_source,
            "issuer_id": issuer_id,
            "lead": release.lead,
            "body": release.body,
            "text": release.text,
            "warnings": list(release.warnings),
        },
    )
    if not inserted:
        return False
    if release.quotes:
        conn.execute(
            quotes.insert(),
            [
                {
                    "release_id": release.id,
                    "position": i,
                    "text": q.text,
                    "speaker_name": q.speaker.name if q.speaker else None,
                    "speaker_role": q.speaker.role if q.speaker else None,
                    "speaker_organization": q.speaker.organization if q.speaker else None,
                    "span_start": q.span.start,
                    "span_end": q.span.end,
                }
                for i, q in enumerate(release.quotes)
            ],
        )
    for i, c in enumerate(release.contacts):
        contact_id = conn.execute(
            contacts.insert()
            .values(
                release_id=release.id,
                position=i,
                name=c.name,
                role=c.role,
                organization=c.organization,
                span_start=c.span.start,
                span_end=c.span.end,
            )
            .returning(contacts.c.id)
        ).scalar_one()
        if c.phones:
            conn.execute(
                contact_phones.insert(),
                [
                    {"contact_id": contact_id, "position": j, "phone": p}
                    for j, p in enumerate(c.phones)
                ],
            )
        if c.emails:
            conn.execute(
                contact_emails.insert(),
                [
                    {"contact_id": contact_id, "position": j, "email": e}
                    for j, e in enumerate(c.emails)
                ],
            )
    mentions: dict[int, int] = {}
    for org in release.organizations:
        org_id = _organization_id(conn, org.name, org.org_number)
        mentions[org_id] = mentions.get(org_id, 0) + max(1, len(org.spans))
    if mentions:
        conn.execute(
            release_organizations.insert(),
            [
                {"release_id": release.id, "organization_id": k, "mentions": v}
                for k, v in mentions.items()
            ],
        )
    if release.urls:
        conn.execute(
            urls.insert(),
            [
                {
                    "release_id": release.id,
                    "position": i,
                    "url": u.url,
                    "text": u.text,
                    "span_start": u.span.start,
                    "span_end": u.span.end,
                }
                for i, u in enumerate(release.urls)
            ],
        )
    return True


def load_releases(engine: Engine, items: Iterable[tuple[PressRelease, str | None]]) -> LoadStats:
    """Store ``(release, source)`` pairs, one transaction per release; idempotent."""
    stats = LoadStats()
    for release, source in items:
        if load_one(engine, release, source):
            stats.inserted += 1
        else:
            stats.skipped += 1
    return stats


def load_one(engine: Engine, release: PressRelease, source: str | None = None) -> bool:
    """Store one release in its own transaction; False if it was already stored."""
    with engine.begin() as conn:
        return store_release(conn, release, source)


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per table, in :data:`TABLES` order."""
    with engine.connect() as conn:
        return {
            name: int(
                conn.execute(select(func.count()).select_from(metadata.tables[name])).scalar_one()
            )
            for name in TABLES
        }


def releases_per_issuer(engine: Engine, limit: int = 20) -> list[tuple[str | None, int]]:
    """Issuers by number of releases (None for releases without an issuer)."""
    n = func.count(releases.c.id).label("n")
    query = (
        select(organizations.c.name, n)
        .select_from(releases.outerjoin(organizations, releases.c.issuer_id == organizations.c.id))
        .group_by(organizations.c.name)
        .order_by(n.desc(), organizations.c.name)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [(row[0], int(row[1])) for row in conn.execute(query)]


def quotes_per_speaker(engine: Engine, limit: int = 20) -> list[tuple[str | None, int]]:
    """Speakers by number of quotes (None for quotes whose speaker is unknown)."""
    n = func.count().label("n")
    query = (
        select(quotes.c.speaker_name, n)
        .group_by(quotes.c.speaker_name)
        .order_by(n.desc(), quotes.c.speaker_name)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [(row[0], int(row[1])) for row in conn.execute(query)]
