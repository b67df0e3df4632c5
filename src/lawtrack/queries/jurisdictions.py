"""`jurisdictions`: the list, with place, review date and how much is assessed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from lawtrack import models as m
from lawtrack.queries.common import jurisdictions, state_in_effect
from lawtrack.results import Column, ResultTable
from lawtrack.status import NOT_ASSESSED


def jurisdiction_list(
    session: Session, *, as_of: date, region: str | None = None, level: str | None = None
) -> ResultTable:
    """The jurisdictions with their place, review date and how much of the codebook is assessed."""
    chosen = [ref.code for ref in jurisdictions(session, region=region, level=level)]
    parent = aliased(m.Jurisdiction)
    j = m.Jurisdiction
    instruments = (
        select(func.count(m.Instrument.id))
        .where(m.Instrument.jurisdiction_id == j.id)
        .scalar_subquery()
    )
    assessed = (
        select(func.count(m.AssessmentState.id))
        .where(
            m.AssessmentState.jurisdiction_id == j.id,
            m.AssessmentState.status != NOT_ASSESSED,
            state_in_effect(as_of),
        )
        .scalar_subquery()
    )
    query = (
        select(
            j.code,
            j.name,
            j.level,
            parent.code,
            j.region,
            j.legal_system,
            j.reviewed,
            instruments,
            assessed,
        )
        .outerjoin(parent, j.parent_id == parent.id)
        .where(j.code.in_(chosen))
        .order_by(j.code)
    )
    total = session.scalar(select(func.count(m.Criterion.id))) or 0
    columns = (
        Column("code", "Code", "code"),
        Column("name", "Name"),
        Column("level", "Level"),
        Column("parent", "Parent", "code"),
        Column("region", "Region"),
        Column("legal_system", "Legal system"),
        Column("reviewed", "Reviewed", "date"),
        Column("instruments", "Instruments", "int"),
        Column("assessed", f"Assessed (of {total})", "int"),
    )
    rows = tuple(tuple(row) for row in session.execute(query).all())
    return ResultTable(
        name="jurisdictions",
        title="Jurisdictions",
        columns=columns,
        rows=rows,
        meta={"as_of": as_of.isoformat(), "criteria": str(total)},
        empty_message="No jurisdiction matches.",
    )
