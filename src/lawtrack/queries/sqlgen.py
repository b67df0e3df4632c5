"""Compile every read query of `queries/statements.py` for SQLite and PostgreSQL.

    python -m lawtrack.queries.sqlgen          # rewrites src/lawtrack/queries/sql_generated.py
    python -m lawtrack.queries.sqlgen --check  # exit 1 if it is stale (the pre-commit hook)

Run it after changing a statement or the tables; `tests/test_compiled_sql.py` regenerates the
text and fails when the file differs, so the SQL the views run never drifts from `models.py`.
This module is for development: it imports SQLAlchemy, which the views never do.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.selectable import GenerativeSelect

from lawtrack.queries.statements import QUERIES, RESULT_TYPES

TARGET = Path(__file__).with_name("sql_generated.py")

HEADER = '''"""Generated from queries/statements.py by `python -m lawtrack.queries.sqlgen`.

Each read query, compiled for SQLite (sqlite3: `:name` parameters, a list as a JSON array) and
PostgreSQL (psycopg: `%(name)s` parameters, a list as an array). `queries/reader.py` runs them.
Do not edit: a test regenerates this file and fails on any difference.
"""

# ruff: noqa: E501
'''

DIALECTS: tuple[Dialect, ...] = (sqlite.dialect(), postgresql.psycopg.dialect())  # type: ignore[no-untyped-call]


def variant(name: str, present: tuple[str, ...]) -> str:
    """The key of one variant: the query's name, then each optional parameter given."""
    return name + "".join(f"+{p}" for p in present)


def compile_for(statement: GenerativeSelect, dialect: Dialect) -> str:
    """The statement's text, constants inlined, parameters named, no trailing spaces."""
    text = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    return "\n".join(line.rstrip() for line in text.splitlines())


def result_types(statement: GenerativeSelect) -> str:
    """One letter per column: how the SQLite driver's value is read back (d date, b boolean,
    j JSON, . as given), as SQLAlchemy's own result processing would."""
    letters = []
    for column in statement.selected_columns:
        found = [code for kind, code in RESULT_TYPES if isinstance(column.type, kind)]
        letters.append(found[0] if found else ".")
    return "".join(letters)


def _str(text: str) -> str:
    """A short string as ruff writes it (double quotes): names and type letters only."""
    if not all(c.isalnum() or c in "+._" for c in text):
        raise ValueError(f"not a plain name: {text!r}")
    return f'"{text}"'


def _literal(sql: str) -> str:
    if '"""' in sql or sql.endswith('"'):
        raise ValueError(f"cannot write as a triple-quoted string: {sql!r}")
    return '"""' + sql.replace("\\", "\\\\") + '"""'


def generate() -> str:
    """The text of sql_generated.py."""
    optional = {name: q.optional for name, q in sorted(QUERIES.items()) if q.optional}
    lines = [HEADER]
    lines.append("# The parameters a caller may leave out (None), in variant-key order.")
    lines.append("OPTIONAL: dict[str, tuple[str, ...]] = {")
    for name, params in optional.items():
        listed = ", ".join(_str(p) for p in params) + ("," if len(params) == 1 else "")
        lines.append(f"    {_str(name)}: ({listed}),")
    lines.append("}")
    lines.append("")
    lines.append(
        "# variant -> (SQLite, PostgreSQL, result types: d date, b boolean, j JSON, . as is)"
    )
    lines.append("SQL: dict[str, tuple[str, str, str]] = {")
    for name, q in sorted(QUERIES.items()):
        for size in range(len(q.optional) + 1):
            for present in itertools.combinations(q.optional, size):
                statement = q.build(frozenset(present))
                texts = [_literal(compile_for(statement, d)) for d in DIALECTS]
                lines.append(f"    {_str(variant(name, present))}: (")
                lines.extend(f"        {text}," for text in texts)
                lines.append(f"        {_str(result_types(statement))},")
                lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Rewrite sql_generated.py, or with --check only say whether it is current (exit 1 if not)."""
    check = "--check" in (sys.argv[1:] if argv is None else argv)
    text = generate()
    current = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
    if check:
        if not current:
            print(f"{TARGET} is stale: run python -m lawtrack.queries.sqlgen", file=sys.stderr)
        return 0 if current else 1
    if not current:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
