"""Migrations: pytest-alembic's built-in tests, on SQLite and on PostgreSQL, and data kept on upgrade."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_alembic import tests as builtin
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from lawtrack.config import bundled_dir
from lawtrack.db import SCHEMA_HEAD, make_engine


@pytest.fixture
def alembic_config() -> dict[str, Any]:
    return {"script_location": str(bundled_dir("migrations"))}


@pytest.fixture
def alembic_engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def test_single_head_revision(alembic_runner: Any) -> None:
    builtin.test_single_head_revision(alembic_runner)


def test_upgrade(alembic_runner: Any) -> None:
    builtin.test_upgrade(alembic_runner)


def test_model_definitions_match_ddl(alembic_runner: Any) -> None:
    builtin.test_model_definitions_match_ddl(alembic_runner)


def test_up_down_consistency(alembic_runner: Any) -> None:
    builtin.test_up_down_consistency(alembic_runner)


def test_schema_head_constant_is_the_newest_migration(alembic_runner: Any) -> None:
    assert alembic_runner.heads == [SCHEMA_HEAD]


def test_upgrade_from_the_first_revision_keeps_every_row(database_url: str, data_dir: Path) -> None:
    from sqlalchemy.orm import Session

    from lawtrack.datafiles.load import load_data
    from lawtrack.db import WRITE, upgrade
    from lawtrack.queries.search import search_table

    engine = make_engine(database_url)
    upgrade(engine, "0001")
    with Session(engine.execution_options(**WRITE)) as session, session.begin():
        load_data(session, data_dir)
    tables = (
        "jurisdictions",
        "instruments",
        "provisions",
        "definitions",
        "assessment_states",
        "citations",
        "sources",
        "loaded_files",
    )

    def counts() -> dict[str, int]:
        with engine.connect() as connection:
            return {
                t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in tables
            }

    before = counts()
    assert before["assessment_states"] == 6
    upgrade(engine)
    assert counts() == before
    with Session(engine) as session:  # rows loaded before 0002 are searchable after it
        found = search_table(session, "livestream")
    assert [row[1] for row in found.rows] == ["PH"]
    engine.dispose()


def test_sqlite_file_created_in_missing_directory(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'x.sqlite3'}"
    make_engine(url).connect().close()
    assert (tmp_path / "deep" / "er" / "x.sqlite3").exists()
    create_engine(url).dispose()
