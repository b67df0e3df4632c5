"""Engines, SQLite pragmas, write locks, and the schema revision check."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, ProgrammingError

from lawtrack.config import bundled_dir, redact
from lawtrack.errors import DatabaseUnavailable, DataError, UsageError
from lawtrack.plaindb import PG_CONNECT_SECONDS

# The schema head is kept where the plain read path can see it without SQLAlchemy.
from lawtrack.plaindb import SCHEMA_HEAD as SCHEMA_HEAD
from lawtrack.plaindb import SQLITE_BUSY_SECONDS as SQLITE_BUSY_SECONDS

if TYPE_CHECKING:
    from alembic.config import Config

WRITE = {"lawtrack_write": True}
# Any constant works: every lawtrack writer on a PostgreSQL database takes the same lock.
_PG_WRITE_LOCK = 0x1A37_7AC4


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        sqlite = parsed.get_backend_name() == "sqlite"
        # A URI filename (file:…?mode=ro&uri=true) names a database to open as it is: making
        # its directory would create a "file:" directory wherever lawtrack was run.
        uri = sqlite and str(parsed.query.get("uri", "")).lower() in ("true", "1")
        if sqlite and not uri and parsed.database not in (None, "", ":memory:"):
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UsageError(
                    f"cannot create the database {parsed.database}: "
                    f"{exc.strerror or exc} ({Path(parsed.database).parent})"
                ) from None
        engine = create_engine(
            parsed,
            connect_args=_connect_args(parsed, sqlite=sqlite),
            hide_parameters=True,
        )
    except (ArgumentError, ValueError) as exc:
        raise UsageError(redact(f"not a database URL: {url} ({exc})", url)) from None
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        hint = " (install lawtrack[postgres] for PostgreSQL)" if "postgres" in url else ""
        raise UsageError(redact(f"no database driver for {url}{hint}: {exc}", url)) from None
    if sqlite:
        _sqlite_events(engine, in_memory=parsed.database in (None, "", ":memory:"))
    else:
        event.listen(engine, "begin", _pg_begin)
    return engine


def _connect_args(parsed: URL, *, sqlite: bool) -> dict[str, Any]:
    if sqlite:
        return {"timeout": SQLITE_BUSY_SECONDS}
    if "connect_timeout" in parsed.query:  # connect_args would override the URL's own
        return {}
    return {"connect_timeout": PG_CONNECT_SECONDS}


def _sqlite_events(engine: Engine, *, in_memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
        if not in_memory:
            # A file the user may only read: WAL is a property of the file, set by its first
            # writer; a reader does not need to set it, and must not fail for trying.
            with contextlib.suppress(sqlite3.OperationalError):
                cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        writer = connection.get_execution_options().get("lawtrack_write")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


def _pg_begin(connection: Connection) -> None:
    if connection.get_execution_options().get("lawtrack_write"):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")


def current_revision(connection: Connection) -> str | None:
    """The database's schema revision; None for a database lawtrack has never touched.

    One plain query on the common path (no reflection): this runs before every view.
    """
    try:
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError) as exc:
        connection.rollback()
        if getattr(exc.orig, "sqlstate", None) == "42501":  # PostgreSQL: insufficient privilege
            raise DatabaseUnavailable(
                "permission denied reading the lawtrack tables: the database user needs SELECT "
                "on them (and on alembic_version)"
            ) from None
        if inspect(connection).get_table_names():
            raise DataError("this database holds tables but no lawtrack schema revision") from None
        return None
    return None if found is None else str(found)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(bundled_dir("migrations")))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    _known(revision)
    _migrate(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _known(revision)
    _migrate(engine, lambda config: command.downgrade(config, revision))


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return sorted(r.revision for r in script.walk_revisions())


def _known(revision: str) -> None:
    if revision in ("head", "base") or revision in known_revisions():
        return
    raise UsageError(
        f"unknown schema revision '{revision}': one of {', '.join(known_revisions())}, head or base"
    )


def _migrate(engine: Engine, run: Any) -> None:
    """Run migrations in one write transaction.

    On SQLite, foreign keys are off while they run: a batch migration rebuilds a table by
    copying it and dropping the old one, and with foreign keys on, dropping it would delete
    every row that refers to it (ON DELETE CASCADE). The keys are checked before commit.
    """
    with engine.connect().execution_options(**WRITE) as connection:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:  # outside any transaction, where SQLite honours it
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                run(alembic_config(connection))
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise DataError(f"a migration broke {len(broken)} foreign key(s)")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def prepare(engine: Engine) -> bool:
    """Make sure the schema is at head; create it on a blank database. True when created."""
    with connect(engine) as connection:
        revision = current_revision(connection)
    if revision == SCHEMA_HEAD:
        return False
    if revision is not None:
        if revision not in known_revisions():
            raise DataError(
                f"the database schema is at revision {revision}, newer than this lawtrack "
                f"knows (its newest is {SCHEMA_HEAD}): upgrade lawtrack, or use another database"
            )
        raise DataError(
            f"the database schema is at revision {revision}, this lawtrack needs {SCHEMA_HEAD}: "
            "run `lawtrack db upgrade`"
        )
    upgrade(engine)
    return True


def connect(engine: Engine) -> Connection:
    """A connection, with a clean message (password hidden) when the database cannot be reached."""
    try:
        return engine.connect()
    except (OperationalError, ProgrammingError) as exc:
        url = engine.url.render_as_string(hide_password=False)
        raise DatabaseUnavailable.of(url, exc.orig if exc.orig else exc) from None
