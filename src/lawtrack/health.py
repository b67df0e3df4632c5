"""`lawtrack db check`: what a user runs when something looks wrong."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.engine import Engine

from lawtrack import models as m
from lawtrack.config import redact_url
from lawtrack.datafiles.changes import FileScan
from lawtrack.db import SCHEMA_HEAD, connect, current_revision
from lawtrack.results import Column, ResultTable

COUNTED = (
    m.Jurisdiction,
    m.Instrument,
    m.Provision,
    m.Definition,
    m.AssessmentState,
    m.Citation,
    m.Source,
    m.Ratification,
    m.Criterion,
    m.Framework,
    m.Term,
    m.LoadedFile,
)


def health_table(engine: Engine, data_dir: Path) -> tuple[ResultTable, bool]:
    """Each check with ok / problem and a detail line; the flag is False when any check failed."""
    rows: list[tuple[str, str, str]] = []
    url = redact_url(engine.url.render_as_string(hide_password=False))
    with connect(engine) as connection:
        rows.append(("database", "ok", f"{url} ({engine.dialect.name})"))
        revision = current_revision(connection)
        if revision == SCHEMA_HEAD:
            rows.append(("schema", "ok", f"revision {revision} (the newest)"))
        else:
            rows.append(
                (
                    "schema",
                    "problem",
                    f"revision {revision or 'none'}; this lawtrack needs "
                    f"{SCHEMA_HEAD}: run `lawtrack db upgrade`",
                )
            )
        if engine.dialect.name == "sqlite":
            integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            rows.append(("integrity", "ok" if integrity == "ok" else "problem", str(integrity)))
            rows.append(
                (
                    "foreign keys",
                    "ok" if not broken else "problem",
                    "every reference resolves" if not broken else f"{len(broken)} broken",
                )
            )
        if revision == SCHEMA_HEAD:
            counts = ", ".join(
                f"{model.__tablename__} {connection.scalar(_count(model))}" for model in COUNTED
            )
            rows.append(("rows", "ok", counts))
            loaded = dict(connection.execute(select(m.LoadedFile.path, m.LoadedFile.sha256)).all())
            rows.append(_sync(loaded, data_dir))
    return (
        ResultTable(
            name="check",
            title="Database check",
            columns=(
                Column("check", "Check", "code"),
                Column("result", "Result"),
                Column("detail", "Detail"),
            ),
            rows=tuple(rows),
        ),
        all(result == "ok" for _, result, _ in rows),
    )


def _count(model: type[m.Base]) -> Select[int]:
    return select(func.count()).select_from(model)


def _sync(loaded: dict[str, str], data_dir: Path) -> tuple[str, str, str]:
    if not data_dir.is_dir():
        return ("data", "problem", f"data directory {data_dir} not found")
    scan = FileScan.of(data_dir)
    new = sorted(set(scan.hashes) - set(loaded))
    gone = sorted(set(loaded) - set(scan.hashes))
    changed = sorted(p for p in set(scan.hashes) & set(loaded) if scan.hashes[p] != loaded[p])
    odd = list(scan.irregular)
    if not (new or gone or changed or odd):
        return ("data", "ok", f"in sync with {data_dir} ({len(scan.hashes)} files)")
    parts = [
        f"{label}: {', '.join(paths)}"
        for label, paths in (
            ("new", new),
            ("changed", changed),
            ("removed", gone),
            ("not plain files", odd),
        )
        if paths
    ]
    return (
        "data",
        "problem",
        f"out of sync with {data_dir} ({'; '.join(parts)}): run `lawtrack data load`",
    )
