"""Alembic environment: lawtrack's metadata, batch mode for SQLite, a connection handed in."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy.engine import Connection, Engine

from lawtrack.models import Base

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Leave full-text search structures (made by hand in migration 0002, removed in 0004) out
    of autogenerate."""
    return not (name and "_fts" in name)


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = config.attributes.get("connection")
    if isinstance(connection, Engine):  # pytest-alembic hands in an engine
        with connection.connect() as conn:
            run_on(conn)
            conn.commit()
        return
    if connection is not None:
        run_on(connection)
        return
    # Run by the `alembic` command itself (maintainers): the URL comes from the environment.
    from lawtrack.config import Settings
    from lawtrack.db import WRITE, make_engine

    url = (
        config.get_main_option("sqlalchemy.url")
        or Settings.resolve(os.environ.get("LAWTRACK_DATABASE_URL")).database_url
    )
    with make_engine(url).connect().execution_options(**WRITE) as conn:
        run_on(conn)
        conn.commit()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or "sqlite://",
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    main()
