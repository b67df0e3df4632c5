"""Every test runs against its own database and its own copy of the data: never a real one."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
PG_ENV = "LAWTRACK_TEST_POSTGRES_URL"


def fixture_copy(name: str, target: Path) -> Path:
    """A writable copy of fixtures/<name>, with the fixture codebook beside it.

    The fixture codebook (tests/fixtures/valid/*.yaml) is a frozen copy: a change to the shipped
    codebook in data/ changes no test but tests/test_shipped_data.py.
    """
    shutil.copytree(FIXTURES / name, target)
    for codebook in ("criteria.yaml", "frameworks.yaml", "terms.yaml"):
        if not (target / codebook).exists():
            shutil.copy(FIXTURES / "valid" / codebook, target / codebook)
    return target


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of the valid fixture data and its codebook."""
    return fixture_copy("valid", tmp_path / "data")


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare with tests/golden/NAME; LAWTRACK_UPDATE_GOLDEN=1 rewrites the file instead."""

    def check(name: str, text: str) -> None:
        path = Path(__file__).parent / "golden" / name
        if os.environ.get("LAWTRACK_UPDATE_GOLDEN") == "1":
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8"), f"differs from golden/{name}"

    return check


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_dir: Path) -> None:
    monkeypatch.setenv("LAWTRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'lawtrack.sqlite3'}")
    monkeypatch.setenv("LAWTRACK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # shell completion's cache
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")


def _postgres_database() -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"lawtrack_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin: Any, name: str) -> None:
    """Drop a test database; a background worker still in it (autovacuum) may need a retry."""
    import time

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for attempt in range(10):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == 9:
                raise
            time.sleep(0.5)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The same test on SQLite and on a real PostgreSQL server (a fresh database each time)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'param.sqlite3'}"
        monkeypatch.setenv("LAWTRACK_DATABASE_URL", url)
        yield url
        return
    for url in _postgres_database():
        monkeypatch.setenv("LAWTRACK_DATABASE_URL", url)
        yield url


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow",
        action="store_true",
        help="also run the tests marked slow (kill loops, whole-dataset round trips); CI does",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow (.ci/run does)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
