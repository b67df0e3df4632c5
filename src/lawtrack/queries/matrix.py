"""`matrix` and `compare`: status grids of jurisdictions × criteria."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy.orm import Session

from lawtrack.queries.common import CriterionRef, criteria, jurisdictions
from lawtrack.queries.states import StateRecord, fetch_states, grid, grid_for
from lawtrack.results import Column, ResultTable, StatusCell
from lawtrack.status import NOT_ASSESSED


def matrix_table(
    session: Session,
    *,
    as_of: date,
    region: str | None = None,
    category: str | None = None,
    framework: str | None = None,
    criteria_codes: Sequence[str] | None = None,
) -> ResultTable:
    """Every jurisdiction × every criterion (narrowed by the filters): the status on `as_of`."""
    places = jurisdictions(session, region=region)
    chosen = criteria(session, codes=criteria_codes, category=category, framework=framework)
    states = grid(
        fetch_states(
            session,
            as_of=as_of,
            jurisdictions=[p.code for p in places] if region else None,
            criteria=[c.code for c in chosen],
            citations=False,
        )
    )
    columns = (
        Column("jurisdiction", "Jurisdiction", "code"),
        Column("name", "Name"),
        *_criterion_columns(chosen),
    )
    rows = tuple(
        (p.code, p.name, *(_status(states, p.code, c.code) for c in chosen)) for p in places
    )
    return ResultTable(
        name="matrix",
        title=f"Jurisdictions × criteria, as of {as_of.isoformat()}",
        columns=columns,
        rows=rows,
        key_columns=2,
        transposable=True,
        meta=_meta(as_of, framework),
        empty_message="No jurisdiction matches.",
    )


def compare_table(
    session: Session,
    codes: Sequence[str],
    *,
    as_of: date,
    category: str | None = None,
    framework: str | None = None,
    criteria_codes: Sequence[str] | None = None,
    cite: bool = False,
) -> ResultTable:
    """Criteria as rows, the chosen jurisdictions side by side; `cite` adds each citation."""
    places = jurisdictions(session, codes)
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
            columns.append(
                Column(
                    f"{place.code}_evidence",
                    f"{place.code} evidence",
                    for_people=False,
                    help="complete | incomplete",
                )
            )
            columns.append(Column(f"{place.code}_citation", f"{place.code} citation", "citation"))
            columns.append(Column(f"{place.code}_sources", f"{place.code} sources", "sources"))
    rows = []
    for criterion in chosen:
        row: list[str | None] = [criterion.short_id, criterion.code, criterion.name]
        for place in places:
            row.append(_status(states, place.code, criterion.code))
            if cite:
                record = states.get((place.code, criterion.code))
                row.append(record.evidence if record else None)
                row.append(record.citation_text if record else None)
                row.append(" ".join(record.sources) if record and record.sources else None)
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


def _criterion_columns(chosen: Sequence[CriterionRef]) -> list[Column]:
    return [Column(c.code, c.name, "status", short=c.short_id) for c in chosen]


def _status(states: Mapping[tuple[str, str], StateRecord], code: str, criterion: str) -> StatusCell:
    record = states.get((code, criterion))
    return record.cell if record else StatusCell(NOT_ASSESSED)


def _meta(as_of: date, framework: str | None) -> dict[str, str]:
    meta = {"as_of": as_of.isoformat()}
    if framework:
        meta["framework"] = framework
    return meta
