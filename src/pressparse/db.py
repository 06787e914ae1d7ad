"""Releases in a SQL database: one SQLAlchemy Core schema for SQLite and PostgreSQL.

Tables: ``releases`` (one row per release, ``id`` is the key), ``quotes``, ``contacts``
with ``contact_phones`` and ``contact_emails``, ``organizations`` (one row per name, told
apart regardless of case and spacing) with ``release_organizations`` linking them to
releases, and ``urls``. Loading is idempotent: a release whose ``id`` is already stored is
skipped (or, when asked, replaced), and each release is written in one transaction, so an
interrupted load never leaves half a release. Two loads may run at once into the same
database, fresh or not.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

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
    inspect,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateIndex, CreateTable

from pressparse.models import PressRelease

T = TypeVar("T")

DEFAULT_DB_URL = "sqlite:///releases.db"

# Longest organization name stored. A name read from page metadata may be up to 1,000
# characters of junk; one bound, applied before every write, keeps PostgreSQL's VARCHAR and
# SQLite's unbounded TEXT holding the same value.
NAME_MAX = 500
# How long a load waits for another writer (SQLite holds one lock for the whole file).
LOCK_WAIT_S = 120.0
# A transaction that lost a deadlock or a lock race is run again this many times.
RETRIES = 8
# Key of the PostgreSQL advisory lock that serializes schema creation between loads.
SCHEMA_LOCK_KEY = 0x70726573  # "pres"
# Columns added since the first schema: a database without them was made by an older version.
REQUIRED_COLUMNS = {
    "releases": ("url", "parser_version"),
    "organizations": ("key",),
    "contacts": ("organization_id",),
}

LoadResult = Literal["inserted", "replaced", "skipped"]

metadata = MetaData()

organizations = Table(
    "organizations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "key",
        String(NAME_MAX),
        nullable=False,
        unique=True,
        comment="the name case-folded with spaces collapsed: one row per organization",
    ),
    Column("name", String(NAME_MAX), nullable=False, comment="as first stored"),
    Column("org_number", String(20)),
)

releases = Table(
    "releases",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("source", Text, comment="input file (and record) the release was read from"),
    Column("url", Text, comment="the release's own address"),
    Column("parser_version", String(40), comment="pressparse version that parsed it"),
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
    # hash: equality lookups only, and no length limit on the value (a B-tree entry has one)
    Index("ix_releases_url", "url", postgresql_using="hash"),
    Index("ix_releases_source", "source", postgresql_using="hash"),
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
    Column("organization", Text, comment="as printed with the contact"),
    Column("organization_id", Integer, ForeignKey("organizations.id")),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Index("ix_contacts_release_id", "release_id"),
    Index("ix_contacts_organization_id", "organization_id"),
)

contact_phones = Table(
    "contact_phones",
    metadata,
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("phone", String(40), nullable=False, comment="E.164"),
    Index("ix_contact_phones_phone", "phone"),
)

contact_emails = Table(
    "contact_emails",
    metadata,
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("email", Text, nullable=False),
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
    Index("ix_urls_url", "url", postgresql_using="hash"),
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


class SchemaError(Exception):
    """The database holds tables of an older pressparse schema."""


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
    normalized = normalize_url(url)
    connect_args: dict[str, Any] = {}
    if make_url(normalized).get_backend_name() == "sqlite":
        # wait for another writer instead of failing after the driver's default 5 s
        connect_args["timeout"] = LOCK_WAIT_S
    engine = create_engine(normalized, connect_args=connect_args)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if create:
        create_schema(engine)
    return engine


def create_schema(engine: Engine) -> None:
    """Create the missing tables and indexes; safe when several loads start at once.

    Every statement is ``IF NOT EXISTS``; on PostgreSQL an advisory lock also serializes
    the creation (two ``CREATE TABLE IF NOT EXISTS`` racing there can still collide on the
    table's row type), and any lost race is retried.
    """

    def create(conn: Connection) -> None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK_KEY})
        for table in metadata.sorted_tables:
            conn.execute(CreateTable(table, if_not_exists=True))
        check_schema(conn)  # before the indexes, which may name a column an old table lacks
        for table in metadata.sorted_tables:
            for index in sorted(table.indexes, key=lambda i: str(i.name)):
                conn.execute(CreateIndex(index, if_not_exists=True))

    _with_retry(engine, create, retry_on=_is_transient_or_exists)


def check_schema(conn: Connection | Engine) -> None:
    """Raise :class:`SchemaError` when a table lacks a column this version writes."""
    found = inspect(conn)
    for table, columns in REQUIRED_COLUMNS.items():
        have = {c["name"] for c in found.get_columns(table)}
        missing = [c for c in columns if c not in have]
        if missing:
            raise SchemaError(
                f"table {table} has no column {', '.join(missing)}: the database was made by "
                "an older pressparse; load into a new database (or drop the tables)"
            )


# Messages of errors that a second try can get past: a deadlock, a lock held by another
# writer, a serialization failure, a schema object created by a concurrent load.
# Another try can get past these: a lock race, or (PostgreSQL) an organization row that a
# concurrent replacement removed as unreferenced just as this load referenced it.
TRANSIENT_RE = re.compile(
    r"deadlock|database is locked|could not serialize|lock timeout|busy"
    r"|violates foreign key constraint",
    re.I,
)
EXISTS_RE = re.compile(r"already exists|duplicate key value violates unique constraint", re.I)


def _is_transient(exc: Exception) -> bool:
    return isinstance(exc, DBAPIError) and bool(TRANSIENT_RE.search(str(exc.orig)))


def _is_transient_or_exists(exc: Exception) -> bool:
    return _is_transient(exc) or (
        isinstance(exc, DBAPIError) and bool(EXISTS_RE.search(str(exc.orig)))
    )


def _with_retry(
    engine: Engine,
    work: Callable[[Connection], T],
    *,
    retry_on: Callable[[Exception], bool] = _is_transient,
) -> T:
    """``work`` in one transaction, run again (after a short, growing pause) when it fails
    for a reason another try can get past."""
    for attempt in range(RETRIES + 1):
        try:
            with engine.begin() as conn:
                return work(conn)
        except DBAPIError as exc:
            if attempt == RETRIES or not retry_on(exc):
                raise
            time.sleep(min(2.0, 0.05 * 2**attempt))
    raise AssertionError("unreachable")


@dataclass
class LoadStats:
    """What a load did: releases written, replaced, and already stored (left as they were)."""

    inserted: int = 0
    skipped: int = 0
    replaced: int = 0

    def count(self, result: LoadResult) -> None:
        """Count one release."""
        setattr(self, result, getattr(self, result) + 1)


def parser_version() -> str:
    """The version of pressparse that parses now (stored with every release)."""
    import pressparse

    return pressparse.__version__


def version_key(version: str) -> tuple[int, ...]:
    """``"0.10.2"`` as ``(0, 10, 2)`` for comparison; the digits leading each dotted part."""
    parts = []
    for part in version.strip().split("."):
        digits = "".join(itertools.takewhile(str.isdigit, part))
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


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
    key = [c for c in table.primary_key.columns] or [table.c.key]
    where = [c == values[c.name] for c in key]
    if conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one():
        return False
    conn.execute(table.insert().values(**values))
    return True


def bounded_name(name: str) -> str:
    """An organization name as stored: spaces collapsed, at most :data:`NAME_MAX` characters."""
    return " ".join(name.split())[:NAME_MAX]


def organization_key(name: str) -> str:
    """The identity of an organization name: "MyNewsdesk" and "Mynewsdesk" are one."""
    return bounded_name(name).casefold()[:NAME_MAX]


def _organization_ids(conn: Connection, names: dict[str, str | None]) -> dict[str, int]:
    """Ids of the organizations (name -> org number), added if new, by organization key.

    Rows are taken in key order, so two loads adding the same new names never wait for
    each other in a cycle (PostgreSQL would abort one with a deadlock).
    """
    by_key: dict[str, tuple[str, str | None]] = {}
    for name, number in names.items():
        key = organization_key(name)
        if not key:
            continue
        first_name, known = by_key.get(key, (name, None))
        by_key[key] = (first_name, known or number)
    ids: dict[str, int] = {}
    for key in sorted(by_key):
        name, number = by_key[key]
        values = {"key": key, "name": bounded_name(name), "org_number": number}
        _insert_ignore(conn, organizations, values)
        row = conn.execute(
            select(organizations.c.id, organizations.c.org_number).where(
                organizations.c.key == key
            )
        ).one()
        if number and row.org_number is None:
            conn.execute(
                organizations.update().where(organizations.c.id == row.id).values(org_number=number)
            )
        ids[key] = int(row.id)
    return ids


def _release_row(
    release: PressRelease, source: str | None, version: str, issuer_id: int | None
) -> dict[str, Any]:
    day, at = _published(release)
    return {
        "id": release.id,
        "source": source,
        "url": release.url,
        "parser_version": version,
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
    }


def _replaceable(
    conn: Connection, release_id: str, replace: bool, older_than: str | None
) -> bool:
    """Whether the stored release ``release_id`` is to be replaced."""
    if older_than is None:
        return replace
    stored = conn.execute(
        select(releases.c.parser_version).where(releases.c.id == release_id)
    ).scalar_one_or_none()
    return stored is None or version_key(stored) < version_key(older_than)


def store_release(
    conn: Connection,
    release: PressRelease,
    source: str | None = None,
    *,
    replace: bool = False,
    older_than: str | None = None,
    version: str | None = None,
) -> LoadResult:
    """Write one release and everything in it.

    A release already stored is left as it is ("skipped"), unless ``replace`` is true, or
    ``older_than`` is a version and the stored one was parsed by an older version: then it
    is deleted with everything in it and written anew ("replaced"). When replacing, a
    release stored earlier from the same ``source`` under another id (the parser changed
    its text) is replaced too.
    """
    version = version or parser_version()
    result: LoadResult = "inserted"
    referenced: set[int] = set()
    if not _insert_ignore(conn, releases, _release_row(release, source, version, None)):
        if not _replaceable(conn, release.id, replace, older_than):
            return "skipped"
        same_id = releases.c.id == release.id
        referenced |= _organizations_of(conn, select(releases.c.id).where(same_id))
        conn.execute(releases.delete().where(same_id))
        conn.execute(releases.insert().values(**_release_row(release, source, version, None)))
        result = "replaced"
    if (replace or older_than is not None) and source and source != "-":
        older = (releases.c.source == source) & (releases.c.id != release.id)
        referenced |= _organizations_of(conn, select(releases.c.id).where(older))
        gone = conn.execute(releases.delete().where(older))
        if gone.rowcount and result == "inserted":
            result = "replaced"
    _store_children(conn, release)
    if referenced:
        _delete_unreferenced(conn, referenced)
    return result


def _organizations_of(conn: Connection, release_ids: Any) -> set[int]:
    """Ids of the organizations the releases ``release_ids`` (a subquery) refer to."""
    found = set(
        conn.execute(
            select(releases.c.issuer_id).where(
                releases.c.id.in_(release_ids), releases.c.issuer_id.is_not(None)
            )
        ).scalars()
    )
    for column, owner in (
        (contacts.c.organization_id, contacts.c.release_id),
        (release_organizations.c.organization_id, release_organizations.c.release_id),
    ):
        found.update(
            conn.execute(
                select(column).where(owner.in_(release_ids), column.is_not(None))
            ).scalars()
        )
    return found


def _delete_unreferenced(conn: Connection, ids: set[int]) -> None:
    """Delete those of the organizations ``ids`` that no stored release refers to any more.

    A replaced release takes its organizations with it when nothing else names them, so a
    name an older parser read wrongly does not stay in the table as an organization."""
    used = (
        select(releases.c.issuer_id.label("id"))
        .where(releases.c.issuer_id.in_(ids))
        .union(
            select(contacts.c.organization_id).where(contacts.c.organization_id.in_(ids)),
            select(release_organizations.c.organization_id).where(
                release_organizations.c.organization_id.in_(ids)
            ),
        )
    )
    still = {row[0] for row in conn.execute(used)}
    if orphans := ids - still:
        conn.execute(organizations.delete().where(organizations.c.id.in_(sorted(orphans))))


def _store_children(conn: Connection, release: PressRelease) -> None:
    """Everything of a release but its own row (which is written first)."""
    names: dict[str, str | None] = {}
    for org in [release.issuer, *release.organizations]:
        if org is not None:
            names[org.name] = names.get(org.name) or org.org_number
    for c in release.contacts:
        if c.organization:
            names.setdefault(c.organization, None)
    ids = _organization_ids(conn, names)

    def org_id(name: str | None) -> int | None:
        return ids.get(organization_key(name)) if name else None

    if release.issuer:
        conn.execute(
            releases.update()
            .where(releases.c.id == release.id)
            .values(issuer_id=org_id(release.issuer.name))
        )
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
    _store_contacts(conn, release, org_id)
    mentions: dict[int, int] = {}
    for org in release.organizations:
        oid = org_id(org.name)
        if oid is not None:
            mentions[oid] = mentions.get(oid, 0) + max(1, len(org.spans))
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



def _store_contacts(
    conn: Connection, release: PressRelease, org_id: Callable[[str | None], int | None]
) -> None:
    """The release's contacts with their phones and e-mail addresses."""
    for i, c in enumerate(release.contacts):
        contact_id = conn.execute(
            contacts.insert()
            .values(
                release_id=release.id,
                position=i,
                name=c.name,
                role=c.role,
                organization=c.organization,
                organization_id=org_id(c.organization),
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


def load_releases(
    engine: Engine,
    items: Iterable[tuple[PressRelease, str | None]],
    *,
    replace: bool = False,
    older_than: str | None = None,
) -> LoadStats:
    """Store ``(release, source)`` pairs, one transaction per release; idempotent."""
    stats = LoadStats()
    for release, source in items:
        stats.count(load_release(engine, release, source, replace=replace, older_than=older_than))
    return stats


def load_release(
    engine: Engine,
    release: PressRelease,
    source: str | None = None,
    *,
    replace: bool = False,
    older_than: str | None = None,
    version: str | None = None,
) -> LoadResult:
    """Store one release in its own transaction (retried after a deadlock or a lock race)."""
    return _with_retry(
        engine,
        lambda conn: store_release(
            conn, release, source, replace=replace, older_than=older_than, version=version
        ),
    )


def load_one(engine: Engine, release: PressRelease, source: str | None = None) -> bool:
    """Store one release in its own transaction; False if it was already stored."""
    return load_release(engine, release, source) != "skipped"


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
