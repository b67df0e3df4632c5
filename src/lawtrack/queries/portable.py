"""SQL constructs spelled as each database's plain driver wants them, for the compiled queries.

The read queries are compiled ahead of time (`queries/sqlgen.py`) and run on sqlite3 or psycopg
without SQLAlchemy. So every value a query takes is a named parameter of a fixed shape:

- `param`: one value, `:name` for sqlite3, `%(name)s` for psycopg;
- `in_list`: a whole list as ONE parameter, a JSON array read with `json_each` on SQLite and an
  array on PostgreSQL, so that a query has one text whatever the length of the list;
- `matches`, `matched`: whether a text matches every (or any) LIKE pattern of a list parameter,
  and how many it matches (`\\` is the escape character), for search.

Every other value in a statement is a constant and is compiled into the text as a literal.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Integer, SQLColumnExpression, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import coercions, roles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.type_api import TypeEngine
from sqlalchemy.sql.visitors import InternalTraversal

SQLITE, POSTGRESQL = "sqlite", "postgresql"


def _placeholder(name: str, compiler: SQLCompiler) -> str:
    return f"%({name})s" if compiler.dialect.name == POSTGRESQL else f":{name}"


class Param(ColumnElement[Any]):
    """A named parameter, filled when the compiled query runs."""

    inherit_cache = True
    _traverse_internals: list[tuple[str, InternalTraversal]] = [  # noqa: RUF012
        ("name", InternalTraversal.dp_string)
    ]

    def __init__(self, name: str, type_: TypeEngine[Any]) -> None:
        self.name = name
        self.type = type_


class InList(ColumnElement[bool]):
    """`column` is one of the values of the list parameter `name`."""

    inherit_cache = True
    _is_implicitly_boolean = True
    _traverse_internals: list[tuple[str, InternalTraversal]] = [  # noqa: RUF012
        ("column", InternalTraversal.dp_clauseelement),
        ("name", InternalTraversal.dp_string),
    ]
    type = Boolean()

    def __init__(self, column: SQLColumnExpression[Any], name: str) -> None:
        self.column: ColumnElement[Any] = coercions.expect(roles.ExpressionElementRole, column)
        self.name = name


class Matched(ColumnElement[int]):
    """How many of the LIKE patterns in the list parameter `name` the text `column` matches."""

    inherit_cache = True
    _traverse_internals: list[tuple[str, InternalTraversal]] = [  # noqa: RUF012
        ("column", InternalTraversal.dp_clauseelement),
        ("name", InternalTraversal.dp_string),
    ]
    type = Integer()

    def __init__(self, column: SQLColumnExpression[str], name: str) -> None:
        self.column: ColumnElement[str] = coercions.expect(roles.ExpressionElementRole, column)
        self.name = name


class Matches(ColumnElement[bool]):
    """The text `column` matches every (or any) LIKE pattern in the list parameter `name`."""

    inherit_cache = True
    _is_implicitly_boolean = True
    _traverse_internals: list[tuple[str, InternalTraversal]] = [  # noqa: RUF012
        ("column", InternalTraversal.dp_clauseelement),
        ("name", InternalTraversal.dp_string),
        ("every", InternalTraversal.dp_boolean),
    ]
    type = Boolean()

    def __init__(self, column: SQLColumnExpression[str], name: str, *, every: bool) -> None:
        self.column: ColumnElement[str] = coercions.expect(roles.ExpressionElementRole, column)
        self.name = name
        self.every = every


def param(name: str, type_: TypeEngine[Any]) -> Param:
    return Param(name, type_)


def in_list(column: SQLColumnExpression[Any], name: str) -> InList:
    return InList(column, name)


def matched(column: SQLColumnExpression[str], name: str) -> Matched:
    return Matched(column, name)


def matches(column: SQLColumnExpression[str], name: str, *, every: bool) -> Matches:
    return Matches(column, name, every=every)


@compiles(Param)
def _param(element: Param, compiler: SQLCompiler, **kw: Any) -> str:
    return _placeholder(element.name, compiler)


@compiles(InList, SQLITE)
def _in_list_sqlite(element: InList, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    return f"{column} IN (SELECT value FROM json_each({_placeholder(element.name, compiler)}))"


@compiles(InList, POSTGRESQL)
def _in_list_postgresql(element: InList, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    return f"{column} = ANY({_placeholder(element.name, compiler)})"


def _patterns(name: str, compiler: SQLCompiler) -> str:
    """The list parameter `name` as a table `pattern` with one column, `value`."""
    if compiler.dialect.name == POSTGRESQL:
        return f"unnest(CAST({_placeholder(name, compiler)} AS TEXT[])) AS pattern(value)"
    return f"json_each({_placeholder(name, compiler)}) AS pattern"


def _like(column: ColumnElement[str], compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(column.like(literal_column("pattern.value"), escape="\\"), **kw)


@compiles(Matched)
def _matched(element: Matched, compiler: SQLCompiler, **kw: Any) -> str:
    return (
        f"(SELECT count(*) FROM {_patterns(element.name, compiler)} "
        f"WHERE {_like(element.column, compiler, **kw)})"
    )


@compiles(Matches)
def _matches(element: Matches, compiler: SQLCompiler, **kw: Any) -> str:
    # EXISTS stops at the first pattern that decides: cheaper than counting, row by row.
    like = _like(element.column, compiler, **kw)
    table = _patterns(element.name, compiler)
    if element.every:
        return f"NOT EXISTS (SELECT 1 FROM {table} WHERE NOT {like})"
    return f"EXISTS (SELECT 1 FROM {table} WHERE {like})"
