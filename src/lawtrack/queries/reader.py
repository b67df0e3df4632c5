"""What the views read through: a query's name and parameters in, plain rows out.

The SQL is the one compiled ahead of time from `queries/statements.py` into
`queries/sql_generated.py`, run on the database's own driver (sqlite3 or psycopg): no
SQLAlchemy at run time. Values come back as SQLAlchemy gave them: SQLite's dates, booleans and
JSON are converted by the column types recorded when the SQL was compiled.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date
from types import TracebackType
from typing import Any, Protocol

from lawtrack.errors import DataError
from lawtrack.queries.sql_generated import OPTIONAL, SQL

Row = tuple[Any, ...]


class Rows(Protocol):
    """Anything that answers a compiled read query by name: `Reader`, or a store's session."""

    def rows(self, name: str, /, **params: object) -> list[Row]: ...


def _sqlite_value(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()  # as SQLAlchemy stores a Date on SQLite
    if isinstance(value, list | tuple):
        return json.dumps(list(value))  # read back with json_each
    return value


def _postgresql_value(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def _read_date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _read_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _read_json(value: Any) -> Any:
    # A JSON column has NUMERIC affinity on SQLite, so a number comes back as a number.
    if value is None or isinstance(value, int | float):
        return value
    return json.loads(value)


READERS: dict[str, Callable[[Any], Any]] = {"d": _read_date, "b": _read_bool, "j": _read_json}


def compiled(name: str, params: Mapping[str, object]) -> tuple[str, str, str, dict[str, object]]:
    """The variant of query `name` for these parameters: (SQLite text, PostgreSQL text, result
    types, the parameters to send), an optional parameter left out when it is None."""
    optional = OPTIONAL.get(name, ())
    present = [p for p in optional if params.get(p) is not None]
    sqlite_sql, postgresql_sql, types = SQL[name + "".join(f"+{p}" for p in present)]
    sent = {k: v for k, v in params.items() if k not in optional or v is not None}
    return sqlite_sql, postgresql_sql, types, sent


def run(connection: Any, dialect: str, name: str, params: Mapping[str, object]) -> list[Row]:
    """Run query `name` on a DB-API connection of `dialect` ("sqlite" or "postgresql")."""
    sqlite_sql, postgresql_sql, types, sent = compiled(name, params)
    if dialect != "sqlite":
        values = {k: _postgresql_value(v) for k, v in sent.items()}
        return list(connection.execute(postgresql_sql, values).fetchall())
    try:
        found = connection.execute(sqlite_sql, {k: _sqlite_value(v) for k, v in sent.items()})
        rows: list[Row] = found.fetchall()
    except sqlite3.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DataError(f"database error: {reason}") from None
    converting = [(n, READERS[t]) for n, t in enumerate(types) if t != "."]
    if not converting:
        return rows
    out = []
    for row in rows:
        cells = list(row)
        for n, read in converting:
            cells[n] = read(cells[n])
        out.append(tuple(cells))
    return out


class Reader:
    """A plain DB-API connection in one read transaction, answering queries by name.

    `close` ends the transaction (nothing was written) and releases the connection.
    """

    def __init__(
        self, connection: Any, dialect: str, release: Callable[[], None] | None = None
    ) -> None:
        self.connection = connection
        self.dialect = dialect
        self._release = release

    def rows(self, name: str, /, **params: object) -> list[Row]:
        return run(self.connection, self.dialect, name, params)

    def close(self) -> None:
        try:
            self.connection.rollback()
        finally:
            if self._release is not None:
                self._release()
            else:
                self.connection.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
