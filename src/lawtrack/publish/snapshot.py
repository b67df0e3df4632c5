"""A consistent copy of the database as a new SQLite file, from SQLite or from PostgreSQL.

SQLite is copied by its own backup API in one step, under one read lock: the copy is the
database as one moment saw it, even while a load is writing. PostgreSQL is read in one
read-only REPEATABLE READ transaction (one snapshot) and every table of `models.py` is written
into the new file through SQLAlchemy, so its values are stored as lawtrack stores them on SQLite.
Either way the copy carries the schema revision, so lawtrack itself can read it (`--db`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import (
    Column,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    create_engine,
    insert,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine

from lawtrack import models as m

BATCH = 2000  # rows per insert when copying from PostgreSQL

_REVISION = Table(  # as Alembic makes it
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def copy_database(engine: Engine, target: Path) -> None:
    """Write the database behind `engine` into `target`, a new SQLite file."""
    if engine.dialect.name == "sqlite":
        _backup(engine, target)
    else:
        _transfer(engine, target)


def _backup(engine: Engine, target: Path) -> None:
    with engine.connect() as connection:
        source = connection.connection.driver_connection
        assert isinstance(source, sqlite3.Connection)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # every page in one step: one consistent read
            # A single file, with no -wal or -shm beside it: a datasette site, or an attachment.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()


def _transfer(engine: Engine, target: Path) -> None:
    copy = create_engine(f"sqlite:///{target}")
    try:
        with engine.connect() as connection:
            snapshot = connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            with snapshot.begin(), copy.begin() as written:
                m.Base.metadata.create_all(written)
                for table in m.Base.metadata.sorted_tables:
                    _copy_table(snapshot, written, table)
                _REVISION.create(written)
                revision = snapshot.execute(text("SELECT version_num FROM alembic_version"))
                for (version,) in revision:
                    written.execute(insert(_REVISION).values(version_num=version))
    finally:
        copy.dispose()


def _copy_table(source: Connection, target: Connection, table: Table) -> None:
    rows = source.execution_options(yield_per=BATCH).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    for batch in rows.mappings().partitions(BATCH):
        target.execute(insert(table), [dict(row) for row in batch])
