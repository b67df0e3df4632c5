"""The read path without SQLAlchemy: the compiled SQL never drifts from the statements, reads
back what SQLAlchemy read, gives the same views on SQLite and PostgreSQL, opens only a database
that is ready, and `matrix -f csv` imports no SQLAlchemy at all."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lawtrack.config import bundled_dir
from lawtrack.errors import DataError
from lawtrack.plaindb import SCHEMA_HEAD, connect_ready, parse_url
from lawtrack.queries.reader import Reader
from lawtrack.queries.sql_generated import OPTIONAL, SQL
from tests.cli import invoke, run


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The fixture data with bills (tests/fixtures/bills), so that every query reaches rows."""
    from tests.conftest import fixture_copy

    return fixture_copy("bills", tmp_path / "data")


# One invocation of every view, in CSV (or the brief in Markdown), on the fixture data.
VIEWS = [
    ["matrix", "-f", "csv"],
    ["matrix", "-f", "csv", "--cite", "--as-of", "2015-06-01"],
    ["matrix", "-f", "csv", "--region", "Australia and New Zealand", "--framework", "opsc"],
    ["compare", "PH", "AU", "-f", "csv", "--cite"],
    ["compare", "--all", "-f", "csv", "--category", "B"],
    ["show", "PH", "-f", "csv"],
    ["show", "AU", "-f", "csv", "--as-of", "2010-01-01"],
    ["search", "live", "-f", "csv"],
    ["search", "child", "stream", "--any", "-f", "csv", "--limit", "5"],
    ["search", "act", "AU", "-f", "csv"],
    ["search", "child", "sexual", "abuse", "live", "stream", "--any", "-f", "csv"],
    ["gaps", "-f", "csv"],
    ["gaps", "PH", "-f", "csv", "--framework", "lanzarote"],
    ["victims", "-f", "csv"],
    ["definitions", "child", "-f", "csv", "--text"],
    ["definitions", "age_of_consent", "PH", "-f", "csv"],
    ["score", "-f", "csv"],
    ["score", "-f", "csv", "--sort", "known", "--region", "Australia and New Zealand"],
    ["timeline", "AU", "-f", "csv"],
    ["timeline", "PH", "-f", "csv"],
    ["bills", "-f", "csv"],
    ["bills", "PH", "-f", "csv", "--as-of", "2026-01-20", "--stage", "pending"],
    ["gaps", "--bills", "-f", "csv"],
    ["compare", "PH", "AU-NSW", "-f", "csv", "--cite", "--if-enacted", "sb-100"],
    ["matrix", "-f", "csv", "--if-enacted", "AU-NSW:live-streaming-bill-2026"],
    ["diff", "-f", "csv", "--from", "2025-01-01", "--to", "2026-06-01", "--bills"],
    ["diff", "-f", "csv", "--from", "2000-01-01", "--to", "2025-01-01", "--restated"],
    ["criteria", "-f", "csv", "--framework", "opsc"],
    ["frameworks", "-f", "csv"],
    ["ratifications", "-f", "csv"],
    ["jurisdictions", "-f", "csv", "--level", "national"],
    ["export", "jurisdictions"],
    ["export", "instruments", "--as-of", "2012-01-01"],
    ["export", "definitions"],
    ["export", "assessments"],
    ["export", "ratifications", "--as-of", "2020-01-01"],
    ["export", "criteria"],
    ["brief", "PH"],
    ["brief", "AU", "--as-of", "2012-01-01"],
]


def test_the_compiled_sql_is_what_the_statements_compile_to() -> None:
    """sql_generated.py is regenerated and compared: edit queries/statements.py (or models.py),
    then run `python -m lawtrack.queries.sqlgen`."""
    from lawtrack.queries.sqlgen import TARGET, generate

    assert TARGET.read_text(encoding="utf-8") == generate(), (
        "queries/sql_generated.py is stale: run `python -m lawtrack.queries.sqlgen`"
    )


def test_every_variant_of_every_query_is_compiled() -> None:
    from lawtrack.queries.statements import QUERIES

    assert set(OPTIONAL) == {name for name, q in QUERIES.items() if q.optional}
    variants = {name.split("+")[0] for name in SQL}
    assert variants == set(QUERIES)
    assert len(SQL) == sum(2 ** len(q.optional) for q in QUERIES.values())


@pytest.fixture
def loaded(runner: CliRunner, tmp_path: Path) -> Iterator[str]:
    """The fixture data, loaded into a SQLite file (the first view fills it)."""
    url = f"sqlite:///{tmp_path / 'views.sqlite3'}"
    run(runner, "--db", url, "frameworks", "-f", "csv")
    yield url


# A value for each parameter a query takes, chosen to return rows on the fixture data.
SAMPLES: dict[str, object] = {
    "as_of": date(2024, 1, 1),
    "jurisdictions": ["AU", "PH"],
    "criteria": ["live_streaming_offence", "child_under_18", "dedicated_legislation"],
    "jurisdiction_ids": [1, 2, 3],
    "place": 3,
    "framework": "opsc",
    "framework_id": 1,
    "level": "national",
    "term": "child",
    "term_id": 1,
    "definitions": [1, 2, 3, 4],
    "patterns": ["%a%", "%e%", "%i%", "%o%", "%u%"],
    "pattern1": "%a%",
    "pattern2": "%e%",
    "pattern3": "%i%",
    "pattern4": "%o%",
    "limit": 50,
}


def _sqlalchemy_rows(
    url: str, name: str, sql: str, params: dict[str, Any]
) -> list[tuple[Any, ...]]:
    """What SQLAlchemy returns for the same SQL, its columns typed as the statement types them."""
    from sqlalchemy import Date, bindparam, column, create_engine, text

    from lawtrack.queries.statements import QUERIES

    base = name.split("+")[0]
    present = frozenset(p for p in OPTIONAL.get(base, ()) if f"+{p}" in name)
    statement = QUERIES[base].build(present)
    typed = [column(f"c{n}", c.type) for n, c in enumerate(statement.selected_columns)]
    query = text(sql).columns(*typed)
    binds = [bindparam(k, type_=Date) for k in params if k == "as_of"]
    values = {k: json.dumps(v) if isinstance(v, list) else v for k, v in params.items()}
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(query.bindparams(*binds), values)]
    finally:
        engine.dispose()


def test_rows_read_back_as_sqlalchemy_reads_them(loaded: str) -> None:
    """Dates, booleans and JSON from sqlite3 become what SQLAlchemy made of them: the same
    values of the same types, row by row, for every variant of every query."""
    ready = connect_ready(loaded)
    assert ready is not None
    with Reader(*ready) as reader:
        for variant, (sqlite_sql, _, _) in sorted(SQL.items()):
            names = dict.fromkeys(re.findall(r"(?<![:\w]):(\w+)", sqlite_sql))
            params = {name: SAMPLES[name] for name in names}
            base = variant.split("+")[0]
            given = {p: SAMPLES[p] if f"+{p}" in variant else None for p in OPTIONAL.get(base, ())}
            ours = reader.rows(base, **{**params, **given})
            theirs = _sqlalchemy_rows(loaded, variant, sqlite_sql, params)
            assert ours, f"{variant}: no row to compare; choose SAMPLES that reach data"
            assert [[(type(v), v) for v in row] for row in ours] == [
                [(type(v), v) for v in row] for row in theirs
            ], variant


def test_every_parameter_has_a_sample() -> None:
    assert set(SAMPLES) >= {
        name for sql, _, _ in SQL.values() for name in re.findall(r"(?<![:\w]):(\w+)", sql)
    }


@pytest.mark.postgres
def test_every_view_gives_the_same_csv_on_sqlite_and_postgresql(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Both through the compiled SQL: the first command fills each database, the rest read it
    with the plain driver."""
    if not os.environ.get("LAWTRACK_TEST_POSTGRES_URL"):
        pytest.skip("LAWTRACK_TEST_POSTGRES_URL is not set: no PostgreSQL server to compare with")
    from tests.conftest import _postgres_database

    sqlite_url = f"sqlite:///{tmp_path / 'both.sqlite3'}"
    for postgres_url in _postgres_database():
        for url in (sqlite_url, postgres_url):
            run(runner, "--db", url, "frameworks", "-f", "csv")
            assert connect_ready(url) is not None
        for view in VIEWS:
            answers = [invoke(runner, "--db", url, *view) for url in (sqlite_url, postgres_url)]
            assert answers[0][0] == 0, (view, answers[0])
            assert answers[0] == answers[1], view


@pytest.mark.slow
@pytest.mark.postgres
def test_the_shipped_data_gives_the_same_views_on_both_databases(
    runner: CliRunner, tmp_path: Path
) -> None:
    if not os.environ.get("LAWTRACK_TEST_POSTGRES_URL"):
        pytest.skip("LAWTRACK_TEST_POSTGRES_URL is not set: no PostgreSQL server to compare with")
    from tests.conftest import _postgres_database

    shipped = ["--data", str(bundled_dir("data"))]
    sqlite_url = f"sqlite:///{tmp_path / 'shipped.sqlite3'}"
    codes = ["PH", "AU", "JP", "GB"]
    views = [
        ["matrix", "-f", "csv", "--cite"],
        ["score", "-f", "csv"],
        ["gaps", "-f", "csv"],
        ["victims", "-f", "csv"],
        ["diff", "-f", "csv", "--from", "2010-01-01", "--to", "2025-01-01"],
        ["diff", "-f", "csv", "--from", "2025-01-01", "--to", "2026-11-30", "--bills"],
        ["bills", "-f", "csv", "--as-of", "2026-11-30"],
        ["gaps", "--bills", "-f", "csv", "--as-of", "2026-11-30"],
        ["compare", "EU", "GB", "-f", "csv", "--cite", "--if-enacted", "eu-csar"],
        ["export", "assessments"],
        ["export", "definitions"],
        ["search", "child", "consent", "--any", "-f", "csv", "--limit", "100"],
        *(["show", code, "-f", "csv"] for code in codes),
        *(["timeline", code, "-f", "csv"] for code in codes),
        *(["brief", code] for code in codes),
    ]
    for postgres_url in _postgres_database():
        for view in views:
            answers = [
                invoke(runner, *shipped, "--db", url, *view) for url in (sqlite_url, postgres_url)
            ]
            assert answers[0][0] == 0, (view, answers[0])
            assert answers[0][1] == answers[1][1], view


def test_a_view_imports_no_sqlalchemy(runner: CliRunner, database_url: str) -> None:
    """In a fresh interpreter, on a database that is ready: `matrix -f csv`, then every other
    view, answer with the plain driver alone (sqlite3 or psycopg)."""
    run(runner, "--db", database_url, "frameworks", "-f", "csv")  # the first command fills it
    code = (
        "import sys, io, contextlib\n"
        "from lawtrack.cli import app\n"
        "for argv in VIEWS:\n"
        "    out = io.StringIO()\n"
        "    try:\n"
        "        with contextlib.redirect_stdout(out):\n"
        "            app(argv)\n"
        "    except SystemExit as exit:\n"
        "        assert not exit.code, (argv, exit.code)\n"
        "    assert out.getvalue(), argv\n"
        "    heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'})\n"
        "    print(argv[0], heavy)\n"
    )
    env = {**os.environ, "LAWTRACK_DATABASE_URL": database_url}
    out = subprocess.run(
        [sys.executable, "-c", f"VIEWS = {VIEWS!r}\n" + code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = out.stdout.splitlines()
    assert lines[0] == "matrix []", out.stdout + out.stderr
    assert all(line.endswith(" []") for line in lines), out.stdout
    assert len(lines) == len(VIEWS)


def _schema_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def test_only_a_ready_database_is_opened_without_sqlalchemy(loaded: str, tmp_path: Path) -> None:
    path = Path(loaded.removeprefix("sqlite:///"))
    ready = connect_ready(loaded)
    assert ready is not None and ready[1] == "sqlite"
    ready[0].close()
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    ready = connect_ready(read_only)
    assert ready is not None
    ready[0].close()
    missing = tmp_path / "missing.sqlite3"
    assert connect_ready(f"sqlite:///{missing}") is None
    assert not missing.exists()  # never created by the plain path
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert connect_ready(f"sqlite:///{empty}") is None
    for url in ("sqlite://", "sqlite:///:memory:", f"sqlite:///{path}?timeout=5", "mysql://x/y"):
        assert connect_ready(url) is None, url
    _schema_revision(path, "0004")
    assert connect_ready(loaded) is None
    _schema_revision(path, SCHEMA_HEAD)
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM loaded_files")
    assert connect_ready(loaded) is None


def test_a_database_not_ready_gets_the_usual_messages(
    runner: CliRunner, loaded: str, tmp_path: Path
) -> None:
    path = Path(loaded.removeprefix("sqlite:///"))
    _schema_revision(path, "0004")
    code, _, err = invoke(runner, "--db", loaded, "matrix", "-f", "csv")
    assert (code, err) == (
        1,
        "error: the database schema is at revision 0004, this lawtrack needs "
        f"{SCHEMA_HEAD}: run `lawtrack db upgrade`\n",
    )
    _schema_revision(path, "9999")
    code, _, err = invoke(runner, "--db", loaded, "matrix", "-f", "csv")
    assert code == 1 and "newer than this lawtrack knows" in err
    fresh = f"sqlite:///{tmp_path / 'fresh' / 'new.sqlite3'}"
    code, out, err = invoke(runner, "--db", fresh, "matrix", "-f", "csv")
    assert code == 0 and out.startswith("jurisdiction,name,")
    assert err.startswith("lawtrack: created the database and loaded 3 jurisdiction(s)")
    code, _, err = invoke(runner, "--db", fresh, "matrix", "-f", "csv")
    assert (code, err) == (0, "")


def test_an_in_memory_database_is_filled_and_read(runner: CliRunner) -> None:
    out = run(runner, "--db", "sqlite://", "compare", "PH", "AU", "-f", "csv")
    assert out.splitlines()[0] == "id,criterion,name,PH,AU"


def test_a_sqlite_error_while_reading_is_one_line(loaded: str) -> None:
    ready = connect_ready(loaded)
    assert ready is not None
    with Reader(*ready) as reader:
        reader.connection.execute("DROP TABLE search_entries")
        with pytest.raises(DataError) as raised:
            reader.rows("search_every_word", patterns=["%x%"], limit=1)
    assert raised.value.message == "database error: no such table: search_entries"


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////tmp/a%20b.db",
        "sqlite:///relative/x.db",
        "sqlite:///file:/tmp/x.db?mode=ro&uri=true",
        "sqlite://",
        "postgresql+psycopg://u:p%40ss@h:5432/db?sslmode=disable&application_name=x",
        "postgresql+psycopg://u@/db?host=/var/run/postgresql",
        "postgresql://user:@[::1]:5433/db",
        "postgresql+psycopg:///db",
        "postgresql://:secret@host/db",
    ],
)
def test_urls_are_read_as_sqlalchemy_reads_them(url: str) -> None:
    from sqlalchemy.engine import make_url

    ours = parse_url(url)
    theirs = make_url(url)
    assert ours is not None
    assert (ours.username, ours.password, ours.host, ours.port, ours.database) == (
        theirs.username,
        theirs.password,
        theirs.host,
        theirs.port,
        theirs.database,
    )
    assert ours.query == dict(theirs.query)


def test_a_postgresql_password_is_never_printed(runner: CliRunner) -> None:
    url = "postgresql+psycopg://lawtrack:hunter2secret@127.0.0.1:1/nowhere"
    code, out, err = invoke(runner, "--db", url, "matrix", "-f", "csv")
    assert code == 1 and "hunter2secret" not in out + err
    assert err.startswith("error: cannot open the database postgresql+psycopg://lawtrack:***@")
