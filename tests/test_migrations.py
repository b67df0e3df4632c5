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


def test_upgrade_keeps_loaded_rows(database_url: str, data_dir: Path) -> None:
    from lawtrack.store import open_store

    store = open_store(database_url, data_dir)
    from lawtrack.db import upgrade

    upgrade(store.engine)  # already at head: a no-op that must keep every row
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM assessment_states")).scalar() == 6


def test_sqlite_file_created_in_missing_directory(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'x.sqlite3'}"
    make_engine(url).connect().close()
    assert (tmp_path / "deep" / "er" / "x.sqlite3").exists()
    create_engine(url).dispose()
