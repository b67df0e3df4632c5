"""The database opened with its own driver (sqlite3, psycopg) when it is ready to be read.

A view needs no SQLAlchemy when the database exists, is at the schema head and holds data: this
module opens such a database in a read transaction and checks just that, in one query. In every
other case (no file yet, a blank or older or newer schema, no data, a URL form it does not know,
a database it cannot reach) it answers None, and the caller takes the full path (`store.py`),
which creates, migrates or loads, or says what is wrong with today's messages.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from lawtrack.errors import DatabaseUnavailable

# The newest migration in migrations/versions; a test keeps the two equal (db.py re-exports it).
SCHEMA_HEAD = "0006"
SQLITE_BUSY_SECONDS = 30
# How long to wait for a PostgreSQL server before saying it cannot be reached (libpq waits
# forever by default: a host that accepts and never answers would hang every command). A URL's
# own `connect_timeout` wins.
PG_CONNECT_SECONDS = 10

# One row when the schema is lawtrack's and holds data; an error (no such table) otherwise.
_READY = (
    "SELECT (SELECT version_num FROM alembic_version), "
    "EXISTS (SELECT 1 FROM loaded_files) FROM alembic_version"
)
# Query keys that go to pysqlite itself rather than into a SQLite URI filename (as SQLAlchemy).
_PYSQLITE_KEYS = {
    "uri",
    "timeout",
    "isolation_level",
    "detect_types",
    "check_same_thread",
    "cached_statements",
}


# SQLAlchemy's own URL pattern (sqlalchemy.engine.url._parse_url), so that both paths read a URL
# the same way.
_URL = re.compile(
    r"""
        (?P<name>[\w\+]+)://
        (?:
            (?P<username>[^:/]*)
            (?::(?P<password>[^@]*))?
        @)?
        (?:
            (?:
                \[(?P<ipv6host>[^/\?]+)\] |
                (?P<ipv4host>[^/:\?]+)
            )?
            (?::(?P<port>[^/\?]*))?
        )?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?
    """,
    re.X,
)


@dataclass(frozen=True)
class URL:
    scheme: str
    username: str | None
    password: str | None
    host: str | None
    port: int | None
    database: str | None
    query: dict[str, str]


def parse_url(url: str) -> URL | None:
    """The parts of a database URL as SQLAlchemy reads them; None for a form left to it (a
    query key given twice, a port that is not a number, no match)."""
    found = _URL.match(url)
    if found is None:
        return None
    parts = found.groupdict()
    pairs = parse_qsl(parts["query"] or "")
    query = dict(pairs)
    if len(query) != len(pairs):
        return None
    port = parts["port"]
    if port and not port.isdigit():
        return None

    def unquoted(name: str) -> str | None:
        value = parts[name]
        return None if value is None else unquote(value)

    return URL(
        scheme=parts["name"].lower(),
        username=unquoted("username"),
        password=unquoted("password"),
        host=parts["ipv4host"] or parts["ipv6host"],
        port=int(port) if port else None,
        database=unquoted("database"),
        query=query,
    )


def connect_ready(url: str) -> tuple[Any, str] | None:
    """(a DB-API connection inside a read transaction, "sqlite" or "postgresql"), or None."""
    parsed = parse_url(url)
    if parsed is None:
        return None
    if parsed.scheme == "sqlite":
        opened = _sqlite(parsed)
    elif parsed.scheme in ("postgresql", "postgresql+psycopg"):
        opened = _postgresql(parsed, url)
    else:
        return None
    if opened is None:
        return None
    connection, dialect = opened
    try:
        rows = connection.execute(_READY).fetchall()
        if rows in ([(SCHEMA_HEAD, True)], [(SCHEMA_HEAD, 1)]):
            return connection, dialect
    except Exception:  # any failure means: not ready for the plain path
        pass
    with contextlib.suppress(Exception):
        connection.close()
    return None


def _sqlite(url: URL) -> tuple[Any, str] | None:
    """A file database as SQLAlchemy's pysqlite dialect opens it: `sqlite:///path`, or a URI
    filename (`sqlite:///file:path?mode=ro&uri=true`). In-memory and missing files: None."""
    query = dict(url.query)
    uri = query.pop("uri", "").lower() in ("true", "1")
    database = url.database or ""
    if url.username or url.password or url.host or url.port:
        return None  # SQLAlchemy explains what a SQLite URL looks like
    if database in ("", ":memory:") or set(query) & _PYSQLITE_KEYS:
        return None
    if uri:
        filename = database + (
            "?" + "&".join(f"{k}={query[k]}" for k in sorted(query)) if query else ""
        )
    elif query or not Path(database).is_file():
        return None  # SQLAlchemy warns of ignored keys, and creates a missing file
    else:
        filename = str(Path(database).absolute())
    try:
        connection = sqlite3.connect(
            filename, timeout=SQLITE_BUSY_SECONDS, uri=uri, isolation_level=None
        )
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for the check and every query of the view
    except sqlite3.Error:
        connection.close()
        return None
    return connection, "sqlite"


def _postgresql(url: URL, text: str) -> tuple[Any, str] | None:
    """A psycopg connection with the arguments SQLAlchemy's psycopg dialect gives: user,
    password, host, port and database from the URL, then every query key as it is."""
    try:
        import psycopg
    except ImportError:
        return None
    if url.host and "," in url.host:
        return None  # several hosts: left to SQLAlchemy
    kwargs: dict[str, Any] = {
        key: value
        for key, value in (
            ("host", url.host),
            ("dbname", url.database),
            ("user", url.username),
            ("port", url.port),
        )
        if value
    }
    if url.password is not None:
        kwargs["password"] = url.password
    kwargs["connect_timeout"] = PG_CONNECT_SECONDS  # the URL may set its own, below
    kwargs.update(url.query)
    try:
        connection = psycopg.connect(**kwargs)
    except psycopg.OperationalError as exc:
        # The server cannot be reached (or refused us): trying again through SQLAlchemy would
        # only double the wait, so the user hears it now, as `db.connect` would say it.
        raise DatabaseUnavailable.of(text, exc) from None
    except Exception:
        return None
    # One snapshot for every query of the view, and no write even by mistake.
    connection.read_only = True
    connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    return connection, "postgresql"
