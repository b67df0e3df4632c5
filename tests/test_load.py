"""Loading: all or nothing, unchanged files skipped, removed files removed, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.datafiles.load import load_data
from lawtrack.errors import DataError
from lawtrack.queries.matrix import matrix_table
from lawtrack.store import Store, open_store

TABLES = (
    m.Jurisdiction,
    m.Instrument,
    m.Provision,
    m.Definition,
    m.DefinitionAttribute,
    m.AssessmentState,
    m.Citation,
    m.Source,
    m.Ratification,
    m.InstrumentLink,
    m.LoadedFile,
)


def counts(store: Store) -> dict[str, int]:
    with store.reader() as session:
        return {
            t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
            for t in TABLES
        }


def load(store: Store, root: Path, *, dry_run: bool = False):  # type: ignore[no-untyped-def]
    with store.writer() as session, session.begin():
        return load_data(session, root, dry_run=dry_run)


def status(store: Store, code: str, criterion: str, when: date) -> str:
    with store.reader() as session:
        table = matrix_table(session, as_of=when)
    keys = [c.key for c in table.columns]
    row = next(r for r in table.rows if r[0] == code)
    return str(row[keys.index(criterion)])


def test_first_open_creates_schema_and_loads(database_url: str, data_dir: Path) -> None:
    store = open_store(database_url, data_dir)
    assert store.notice == f"created the database and loaded 3 jurisdiction(s) from {data_dir}"
    assert counts(store) == {
        "jurisdictions": 3,
        "instruments": 6,
        "provisions": 1,
        "definitions": 2,
        "definition_attributes": 4,
        "assessment_states": 6,
        "citations": 6,
        "sources": 5,
        "ratifications": 1,
        "instrument_links": 3,
        "loaded_files": 6,
    }
    assert open_store(database_url, data_dir).notice is None


def test_unchanged_files_are_skipped(database_url: str, data_dir: Path) -> None:
    store = open_store(database_url, data_dir)
    report = load(store, data_dir)
    assert not report.changed
    assert report.unchanged == ["AU", "AU-NSW", "PH"]


def test_changed_file_updates_only_its_jurisdiction(database_url: str, data_dir: Path) -> None:
    store = open_store(database_url, data_dir)
    path = data_dir / "jurisdictions" / "au.yaml"
    path.write_text(path.read_text().replace("status: yes", "status: partial"))
    report = load(store, data_dir)
    assert (report.created, report.updated, report.removed) == ([], ["AU"], [])
    assert status(store, "AU", "live_streaming_offence", date(2026, 1, 1)) == "partial"
    # AU-NSW cites AU's code: its citation survives AU's reload.
    with store.reader() as session:
        cited = session.scalars(
            select(m.Instrument.key)
            .join(m.Citation)
            .join(m.AssessmentState)
            .join(m.Jurisdiction, m.AssessmentState.jurisdiction_id == m.Jurisdiction.id)
            .where(m.Jurisdiction.code == "AU-NSW")
        ).all()
    assert sorted(cited) == ["code-1995", "crimes-1900"]


def test_removed_file_removes_its_jurisdiction(database_url: str, data_dir: Path) -> None:
    store = open_store(database_url, data_dir)
    (data_dir / "jurisdictions" / "ph.yaml").unlink()
    report = load(store, data_dir)
    assert report.removed == ["PH"]
    assert counts(store)["jurisdictions"] == 2
    assert counts(store)["instruments"] == 4


def test_invalid_data_changes_nothing(database_url: str, data_dir: Path) -> None:
    store = open_store(database_url, data_dir)
    before = counts(store)
    (data_dir / "jurisdictions" / "ph.yaml").unlink()
    path = data_dir / "jurisdictions" / "au.yaml"
    path.write_text(path.read_text().replace("status: yes", "status: yess"))
    with pytest.raises(DataError) as caught:
        load(store, data_dir)
    assert caught.value.details == [
        f"{path}:27:15: assessments.live_streaming_offence[0].status: "
        "'yess' is not one of yes, partial, no, unclear, not_assessed"
    ]
    assert counts(store) == before


def test_dry_run_writes_nothing(database_url: str, data_dir: Path) -> None:
    store = open_store(database_url, data_dir)
    before = counts(store)
    (data_dir / "jurisdictions" / "ph.yaml").unlink()
    report = load(store, data_dir, dry_run=True)
    assert report.removed == ["PH"] and report.dry_run
    assert counts(store) == before


def test_states_answer_as_of_any_date(database_url: str, data_dir: Path) -> None:
    store = open_store(database_url, data_dir)
    assert status(store, "PH", "live_streaming_offence", date(2022, 8, 15)) == "yes"
    assert status(store, "PH", "live_streaming_offence", date(2022, 8, 14)) == "partial"
    assert status(store, "PH", "live_streaming_offence", date(2009, 12, 1)) == "partial"
    assert status(store, "PH", "live_streaming_offence", date(2009, 11, 30)) == "not_assessed"


def test_sqlite_pragmas(data_dir: Path, tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'p.sqlite3'}", data_dir)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_failure_midway_rolls_back(
    database_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(database_url, data_dir)
    before = counts(store)
    path = data_dir / "jurisdictions" / "au.yaml"
    path.write_text(path.read_text().replace("status: yes", "status: partial"))
    from lawtrack.datafiles import load as loader

    def boom(self: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(loader._Children, "states", boom)
    with pytest.raises(RuntimeError), Session(store.engine) as _:
        load(store, data_dir)
    assert counts(store) == before
    assert status(store, "AU", "live_streaming_offence", date(2026, 1, 1)) == "yes"
