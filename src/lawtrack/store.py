"""The database a command works on: migrated to head and, when new, filled from the data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.db import WRITE, make_engine, prepare
from lawtrack.progress import SILENT, Progress
from lawtrack.queries.reader import Reader, Row, run


class ReadSession(Session):
    """A session that also answers the views' compiled queries (`rows`), in its own
    transaction: for code that holds a session already (tests, benchmarks)."""

    def rows(self, name: str, /, **params: object) -> list[Row]:
        connection = self.connection()
        return run(connection.connection.driver_connection, connection.dialect.name, name, params)


@dataclass(frozen=True)
class Store:
    engine: Engine
    notice: str | None  # one line for stderr when the store had to be created or filled

    def reader(self) -> ReadSession:
        return ReadSession(self.engine)

    def writer(self) -> Session:
        return Session(self.engine.execution_options(**WRITE))

    def plain_reader(self) -> Reader:
        """A `Reader` on one of the engine's connections (also an in-memory database's own);
        closing it returns the connection and disposes of the engine."""
        raw = self.engine.raw_connection()

        def release() -> None:
            raw.close()
            self.engine.dispose()

        connection = raw.driver_connection
        if self.engine.dialect.name == "sqlite":
            connection.execute("BEGIN")  # type: ignore[union-attr]
        return Reader(connection, self.engine.dialect.name, release)


def open_store(
    url: str, data_dir: Path, *, fill: bool = True, progress: Progress = SILENT
) -> Store:
    """The database at `url`, migrated; when `fill` and it holds no data, loaded from `data_dir`
    (the load tells `progress` how far it has got)."""
    engine = make_engine(url)
    created = prepare(engine)
    if not fill:
        return Store(engine, "created the database schema" if created else None)
    with Session(engine) as session:
        empty = session.scalar(select(m.LoadedFile.id).limit(1)) is None
    if not empty:
        return Store(engine, "created the database schema" if created else None)
    from lawtrack.atomic import recover
    from lawtrack.datafiles.load import load_data  # only a new database pays for the loader

    if data_dir.is_dir():
        recover(data_dir)  # an edit of several files that a crash interrupted: finish it first

    with Session(engine.execution_options(**WRITE)) as session, session.begin():
        report = load_data(session, data_dir, progress=progress)
    what = "created the database and loaded" if created else "loaded"
    count = len(report.created) + len(report.updated) + len(report.unchanged)
    return Store(engine, f"{what} {count} jurisdiction(s) from {data_dir}")
