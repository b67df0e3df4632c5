"""`matrix` and `compare`: status grids of jurisdictions × criteria."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy.orm import Session

from lawtrack.queries.common import criteria, jurisdictions
from lawtrack.queries.states import StateRecord, fetch_states, grid, grid_for
from lawtrack.results import Cell, Column, ResultTable, StatusCell
from lawtrack.status import NOT_ASSESSED


def matrix_table(
    session: Session,
    *,
    as_of: date,
    region: str | None = None,
    category: str | None = None,
    framework: str | None = None,
    criteria_codes: Sequence[str] | None = None,
    cite: bool = False,
) -> ResultTable:
    """Every jurisdiction × every criterion (narrowed by the filters): the status on `as_of`.

    With `cite`, each status is followed by its evidence, citation and sources columns."""
    places = jurisdictions(session, region=region)
    chosen = criteria(session, codes=criteria_codes, category=category, framework=framework)
    states = grid(
        fetch_states(
            session,
            as_of=as_of,
            jurisdictions=[p.code for p in places] if region else None,
            criteria=[c.code for c in chosen],
            citations=cite,
        )
    )
    columns: list[Column] = [Column("jurisdiction", "Jurisdiction", "code"), Column("name", "Name")]
    for criterion in chosen:
        columns.append(Column(criterion.code, criterion.name, "status", short=criterion.short_id))
        if cite:
            columns += _evidence_columns(criterion.code, criterion.short_id)
    rows = []
    for place in places:
        row: list[Cell] = [place.code, place.name]
        for criterion in chosen:
            row.append(_status(states, place.code, criterion.code))
            if cite:
                row += _evidence_cells(states.get((place.code, criterion.code)))
        rows.append(tuple(row))
    return ResultTable(
        name="matrix",
        title=f"Jurisdictions × criteria, as of {as_of.isoformat()}",
        columns=tuple(columns),
        rows=tuple(rows),
        key_columns=2,
        transposable=True,
        meta=_meta(as_of, framework),
        empty_message="No jurisdiction matches.",
    )


def compare_table(
    session: Session,
    codes: Sequence[str] | None,
    *,
    as_of: date,
    region: str | None = None,
    category: str | None = None,
    framework: str | None = None,
    criteria_codes: Sequence[str] | None = None,
    cite: bool = False,
) -> ResultTable:
    """Criteria as rows, the chosen jurisdictions (all, or a region's, when no code is given)
    side by side; `cite` adds each cell's evidence, citation and sources."""
    places = jurisdictions(session, codes, region=region)
    chosen = criteria(session, codes=criteria_codes, category=category, framework=framework)
    states = grid_for(session, places, chosen, as_of=as_of, citations=cite)
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
            row.append(_status(states, place.code, criterion.code))
            if cite:
                row += _evidence_cells(states.get((place.code, criterion.code)))
        rows.append(tuple(row))
    return ResultTable(
        name="compare",
        title=f"{', '.join(p.code for p in places)} compared, as of {as_of.isoformat()}",
        columns=tuple(columns),
        rows=tuple(rows),
        key_columns=3,
        meta=_meta(as_of, framework),
        empty_message="No criterion matches.",
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


def _evidence_cells(record: StateRecord | None) -> list[Cell]:
    if record is None:
        return [None, None, None]
    return [record.evidence, record.citation_text or None, " ".join(record.sources) or None]


def _status(states: Mapping[tuple[str, str], StateRecord], code: str, criterion: str) -> StatusCell:
    record = states.get((code, criterion))
    return record.cell if record else StatusCell(NOT_ASSESSED)


def _meta(as_of: date, framework: str | None) -> dict[str, str]:
    meta = {"as_of": as_of.isoformat()}
    if framework:
        meta["framework"] = framework
    return meta
