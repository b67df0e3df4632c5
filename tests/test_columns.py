"""Drift: every key of the file contract has a place in the database and in `data fmt`'s order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from sqlalchemy import select

from lawtrack import models as m
from lawtrack.datafiles import columns, layout
from lawtrack.datafiles import schema as s
from lawtrack.datafiles.roundtrip import load_rt

FILES = (s.JurisdictionFile, s.CriteriaFile, s.FrameworksFile, s.TermsFile)


def _reachable() -> list[type[BaseModel]]:
    """Every model a data file can hold, below the four file models."""
    seen: list[type[BaseModel]] = []
    todo = list(FILES)
    while todo:
        model = todo.pop()
        for _, inner in layout.nested(model).values():
            if inner not in seen:
                seen.append(inner)
                todo.append(inner)
    return [*FILES, *seen]


@pytest.mark.parametrize("model", _reachable(), ids=lambda model: model.__name__)
def test_every_key_has_a_column_or_says_where_it_goes(model: type[BaseModel]) -> None:
    stored = set(columns.columns(model)) if model in columns.TABLE else set()
    elsewhere = {name for (owner, name) in columns.ELSEWHERE if owner is model}
    missing = set(model.model_fields) - stored - elsewhere
    assert not missing, (
        f"{model.__name__}: {sorted(missing)} have no column of the same name in "
        f"{columns.TABLE[model].__tablename__ if model in columns.TABLE else 'any table'}; add "
        "one (models.py and a migration) or say where they go in datafiles/columns.ELSEWHERE"
    )


def test_every_elsewhere_entry_is_a_real_key_and_a_real_column() -> None:
    tables = m.Base.metadata.tables
    for (model, name), target in columns.ELSEWHERE.items():
        assert name in model.model_fields, f"{model.__name__}.{name} is not a key any more"
        if target == columns.NOT_STORED:
            continue
        table, _, column = target.partition(".")
        assert table in tables, target
        assert not column or column in tables[table].c, target


def _reversed(mapping: object) -> None:
    """Every mapping in a ruamel tree, keys in reverse order (comments travel with keys)."""
    if hasattr(mapping, "items"):
        for key in reversed(list(mapping.keys())):
            value = mapping.pop(key)
            mapping[key] = value  # type: ignore[index]
            _reversed(value)
    elif isinstance(mapping, list):
        for item in mapping:
            _reversed(item)


def _orders(mapping: Any, model: type[BaseModel], found: list[tuple[str, list[str]]]) -> None:
    assert hasattr(mapping, "keys")
    found.append((model.__name__, [str(k) for k in mapping]))
    for key, (path, inner) in layout.nested(model).items():
        values = [mapping.get(key)]
        for container in path:
            values = [
                x
                for v in values
                if v is not None
                for x in (v.values() if container == "map" else v)
            ]
        for value in values:
            _orders(value, inner, found)


def test_fmt_puts_every_key_of_every_model_back_in_schema_order(data_dir: Path) -> None:
    from lawtrack.datafiles.roundtrip import dump_rt

    text = (data_dir / "jurisdictions" / "au-nsw.yaml").read_text(encoding="utf-8")
    tree = load_rt(text)
    _reversed(tree)
    shuffled = dump_rt(tree)
    assert shuffled != text
    found: list[tuple[str, list[str]]] = []
    _orders(load_rt(layout.canonical(shuffled)), s.JurisdictionFile, found)
    kinds = {name for name, _ in found}
    assert kinds >= {"JurisdictionFile", "Instrument", "AssessmentState", "Counterpoint"}
    for name, keys in found:
        order = layout.keys(getattr(s, name))
        assert keys == sorted(keys, key=order.index), name


def test_a_loaded_row_holds_every_column_key_of_its_file(database_url: str, data_dir: Path) -> None:
    """What `columns.values` copies reaches the database: read back, model by model."""
    from lawtrack.datafiles.validate import validate_dir
    from lawtrack.store import open_store

    store = open_store(database_url, data_dir)
    dataset = validate_dir(data_dir).dataset
    assert dataset is not None
    nsw = dataset.jurisdictions["AU-NSW"].model
    with store.reader() as session:
        row = session.scalars(select(m.Jurisdiction).where(m.Jurisdiction.code == "AU-NSW")).one()
        assert columns.values(nsw) == {k: getattr(row, k) for k in columns.columns(type(nsw))}
        for key, instrument in nsw.instruments.items():
            stored = session.scalars(
                select(m.Instrument).where(
                    m.Instrument.jurisdiction_id == row.id, m.Instrument.key == key
                )
            ).one()
            assert columns.values(instrument) == {
                k: getattr(stored, k) for k in columns.columns(s.Instrument)
            }
        newest = {code: states[0] for code, states in nsw.assessments.items()}
        for code, state in newest.items():
            stored_state = session.scalars(
                select(m.AssessmentState)
                .join(m.Criterion)
                .where(
                    m.AssessmentState.jurisdiction_id == row.id,
                    m.Criterion.code == code,
                    m.AssessmentState.position == 0,
                )
            ).one()
            assert columns.values(state) == {
                k: getattr(stored_state, k) for k in columns.columns(s.AssessmentState)
            }
