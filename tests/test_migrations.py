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


# Rows as lawtrack 0001 wrote them: only the columns that revision had.
ROWS_AT_0001 = {
    "categories": [{"id": 1, "letter": "B", "name": "Offences", "position": 0}],
    "criteria": [
        {
            "id": 1,
            "code": "live_streaming_offence",
            "short_id": "B1",
            "category_id": 1,
            "name": "Live streaming",
            "question": "?",
            "guidance": "-",
            "model_provision": "-",
            "position": 0,
        }
    ],
    "terms": [{"id": 1, "code": "child", "name": "Child", "description": "-", "position": 0}],
    "jurisdictions": [{"id": 1, "code": "PH", "name": "Philippines", "level": "national"}],
    "instruments": [
        {
            "id": 1,
            "jurisdiction_id": 1,
            "key": "act-2",
            "title": "Example Act",
            "citation": "Example Act No. 2",
            "kind": "statute",
            "position": 0,
        }
    ],
    "provisions": [
        {
            "id": 1,
            "instrument_id": 1,
            "pinpoint": "s. 4(c)",
            "text": "To livestream sexual abuse of a child.",
            "position": 0,
        }
    ],
    "definitions": [
        {
            "id": 1,
            "jurisdiction_id": 1,
            "term_id": 1,
            "instrument_id": 1,
            "pinpoint": "s. 3",
            "text": "A person below eighteen years of age.",
            "position": 0,
        }
    ],
    "assessment_states": [
        {"id": 1, "jurisdiction_id": 1, "criterion_id": 1, "status": "yes", "position": 0}
    ],
    "citations": [
        {"id": 1, "state_id": 1, "instrument_id": 1, "pinpoint": "s. 4(c)", "position": 0}
    ],
    "sources": [{"id": 1, "state_id": 1, "url": "https://example.org/act-2", "position": 0}],
}


def test_upgrade_from_the_first_revision_keeps_every_row(database_url: str, data_dir: Path) -> None:
    from sqlalchemy import MetaData

    from lawtrack.db import upgrade
    from lawtrack.queries.search import search_table
    from lawtrack.store import open_store

    engine = make_engine(database_url)
    upgrade(engine, "0001")
    old = MetaData()
    old.reflect(engine)
    with engine.begin() as connection:
        for table, rows in ROWS_AT_0001.items():
            connection.execute(old.tables[table].insert(), rows)

    def counts() -> dict[str, int]:
        with engine.connect() as connection:
            return {
                t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ROWS_AT_0001
            }

    before = counts()
    upgrade(engine)
    assert counts() == before
    with engine.connect() as connection:  # columns added later start empty, not invented
        assert connection.execute(text("SELECT evidence FROM assessment_states")).all() == [(None,)]
    engine.dispose()
    # 0004 replaced full-text search by an index the loader fills, and forgot the loaded files:
    # the first command after the upgrade reloads the data, and search finds it again.
    store = open_store(database_url, data_dir)
    assert store.notice is not None and store.notice.startswith("loaded 3 jurisdiction(s)")
    with store.reader() as session:
        found = search_table(session, "livestream")
    assert [row[1:3] for row in found.rows] == [("PH", "provision"), ("PH", "assessment")]
    store.engine.dispose()


def test_sqlite_file_created_in_missing_directory(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'x.sqlite3'}"
    make_engine(url).connect().close()
    assert (tmp_path / "deep" / "er" / "x.sqlite3").exists()
    create_engine(url).dispose()
