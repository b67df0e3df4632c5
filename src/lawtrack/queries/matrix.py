"""`matrix` and `compare`: status grids of jurisdictions × criteria."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from lawtrack.queries.common import CriterionRef, JurisdictionRef, criteria, jurisdictions
from lawtrack.queries.reader import Rows
from lawtrack.queries.states import (
    NOT_ASSESSED_CELL,
    Cells,
    StateRecord,
    fetch_cells,
    fetch_states,
    grid,
)
from lawtrack.results import Cell, Column, ResultTable

if TYPE_CHECKING:
    from lawtrack.queries.bills import Hypothesis


def matrix_table(
    db: Rows,
    *,
    as_of: date,
    region: str | None = None,
    category: str | None = None,
    framework: str | None = None,
    criteria_codes: Sequence[str] | None = None,
    cite: bool = False,
    if_enacted: Sequence[str] = (),
) -> ResultTable:
    """Every jurisdiction × every criterion (narrowed by the filters): the status on `as_of`.

    With `cite`, each status is followed by its evidence, citation and sources columns. With
    `if_enacted` (bill ids), the cells those bills name show the status they would give, marked.
    """
    places = jurisdictions(db, region=region)
    chosen = criteria(db, codes=criteria_codes, category=category, framework=framework)
    cells, states = _grid(db, as_of, places, chosen, every_place=not region, cite=cite)
    hypothesis = _hypothesis(db, if_enacted, places, chosen, cells)
    columns: list[Column] = [Column("jurisdiction", "Jurisdiction", "code"), Column("name", "Name")]
    for criterion in chosen:
        columns.append(Column(criterion.code, criterion.name, "status", short=criterion.short_id))
        if cite:
            columns += _evidence_columns(criterion.code, criterion.short_id)
    rows = []
    for place in places:
        row: list[Cell] = [place.code, place.name]
        for criterion in chosen:
            key = (place.id, criterion.id)
            row.append(_cell(cells, hypothesis, key))
            if cite:
                row += _evidence_cells(states.get((place.code, criterion.code)), hypothesis, key)
        rows.append(tuple(row))
    table = ResultTable(
        name="matrix",
        title=f"Jurisdictions × criteria, as of {as_of.isoformat()}",
        columns=tuple(columns),
        rows=tuple(rows),
        key_columns=2,
        transposable=True,
        meta=_meta(as_of, framework),
        empty_message="No jurisdiction matches.",
    )
    return _marked(table, hypothesis)


def compare_table(
    db: Rows,
    codes: Sequence[str] | None,
    *,
    as_of: date,
    region: str | None = None,
    category: str | None = None,
    framework: str | None = None,
    criteria_codes: Sequence[str] | None = None,
    cite: bool = False,
    if_enacted: Sequence[str] = (),
) -> ResultTable:
    """Criteria as rows, the chosen jurisdictions (all, or a region's, when no code is given)
    side by side; `cite` adds each cell's evidence, citation and sources; `if_enacted` shows
    the cells those bills name as the bills would make them, marked."""
    places = jurisdictions(db, codes, region=region)
    chosen = criteria(db, codes=criteria_codes, category=category, framework=framework)
    every_place = not codes and not region  # --all
    cells, states = _grid(db, as_of, places, chosen, every_place=every_place, cite=cite)
    hypothesis = _hypothesis(db, if_enacted, places, chosen, cells)
    columns: list[Column] = [
        Column("id", "Id", "code"),
        Column("criterion", "Criterion code", "code", for_people=False),
        Column("name", "Criterion"),
    ]
    for place in places:
        columns.append(Column(place.code, place.code, "status", help=place.name))
        if cite:
            columns += _evidence_columns(place.code, place.code)
    rows = []
    for criterion in chosen:
        row: list[Cell] = [criterion.short_id, criterion.code, criterion.name]
        for place in places:
            key = (place.id, criterion.id)
            row.append(_cell(cells, hypothesis, key))
            if cite:
                row += _evidence_cells(states.get((place.code, criterion.code)), hypothesis, key)
        rows.append(tuple(row))
    table = ResultTable(
        name="compare",
        title=f"{', '.join(p.code for p in places)} compared, as of {as_of.isoformat()}",
        columns=tuple(columns),
        rows=tuple(rows),
        key_columns=3,
        meta=_meta(as_of, framework),
        empty_message="No criterion matches.",
    )
    return _marked(table, hypothesis)


def _hypothesis(
    db: Rows,
    refs: Sequence[str],
    places: Sequence[JurisdictionRef],
    chosen: Sequence[CriterionRef],
    cells: Cells,
) -> Hypothesis | None:
    if not refs:
        return None
    from lawtrack.queries.bills import if_enacted

    return if_enacted(db, refs, places, chosen, cells)


def _cell(cells: Cells, hypothesis: Hypothesis | None, key: tuple[int, int]) -> Cell:
    if hypothesis is not None and key in hypothesis.cells:
        return hypothesis.cells[key]
    return cells.get(key, NOT_ASSESSED_CELL)


def _marked(table: ResultTable, hypothesis: Hypothesis | None) -> ResultTable:
    """The table as it would stand if the bills were enacted: said in its title, meta and notes."""
    if hypothesis is None:
        return table
    return replace(
        table,
        title=table.title + hypothesis.title,
        meta={**table.meta, **hypothesis.meta},
        notes=(*table.notes, *hypothesis.notes),
    )


def _evidence_columns(key: str, label: str) -> list[Column]:
    """What follows a status column with `--cite`: how complete its evidence is (for scripts),
    its citation and its sources (footnotes for people)."""
    return [
        Column(
            f"{key}_evidence", f"{label} evidence", for_people=False, help="complete | incomplete"
        ),
        Column(f"{key}_citation", f"{label} citation", "citation"),
        Column(f"{key}_sources", f"{label} sources", "sources"),
    ]


def _evidence_cells(
    record: StateRecord | None,
    hypothesis: Hypothesis | None = None,
    key: tuple[int, int] = (0, 0),
) -> list[Cell]:
    if hypothesis is not None and (shown := hypothesis.evidence(key)) is not None:
        return shown
    if record is None:
        return [None, None, None]
    return [record.evidence, record.citation_text or None, " ".join(record.sources) or None]


def _grid(
    db: Rows,
    as_of: date,
    places: Sequence[JurisdictionRef],
    chosen: Sequence[CriterionRef],
    *,
    every_place: bool,
    cite: bool,
) -> tuple[Cells, Mapping[tuple[str, str], StateRecord]]:
    """Each cell's status by (jurisdiction id, criterion id), and with `cite` each cell's state
    whole by codes (citations and sources). `every_place`: `places` are all jurisdictions.

    Without `cite` only the statuses are fetched: a grid of thousands of cells shows no more.
    """
    if not cite:
        ids = None if every_place else [p.id for p in places]
        return fetch_cells(db, as_of=as_of, place_ids=ids), {}
    codes = None if every_place else [p.code for p in places]
    states = grid(
        fetch_states(db, as_of=as_of, jurisdictions=codes, criteria=[c.code for c in chosen])
    )
    cells = {
        (p.id, c.id): record.cell
        for p in places
        for c in chosen
        if (record := states.get((p.code, c.code))) is not None
    }
    return cells, states


def _meta(as_of: date, framework: str | None) -> dict[str, str]:
    meta = {"as_of": as_of.isoformat()}
    if framework:
        meta["framework"] = framework
    return meta
