"""The read side: a session in, result objects out. One query per kind of row, never per cell."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from lawtrack import models as m
from lawtrack.results import Column, ResultTable

NOT_ASSESSED = "not_assessed"


def state_in_effect(as_of: date) -> ColumnElement[bool]:
    """An assessment state that describes the law as it stood on `as_of`."""
    state = m.AssessmentState
    return and_(
        or_(state.effective_from.is_(None), state.effective_from <= as_of),
        or_(state.effective_to.is_(None), state.effective_to > as_of),
    )


def matrix_table(session: Session, *, as_of: date) -> ResultTable:
    """Every jurisdiction × every criterion: the status in effect on `as_of`."""
    criteria = session.execute(
        select(m.Criterion.code, m.Criterion.short_id, m.Criterion.name).order_by(
            m.Criterion.position
        )
    ).all()
    jurisdictions = session.execute(
        select(m.Jurisdiction.code, m.Jurisdiction.name).order_by(m.Jurisdiction.code)
    ).all()
    states = session.execute(
        select(m.Jurisdiction.code, m.Criterion.code, m.AssessmentState.status)
        .join(m.Jurisdiction, m.AssessmentState.jurisdiction_id == m.Jurisdiction.id)
        .join(m.Criterion, m.AssessmentState.criterion_id == m.Criterion.id)
        .where(state_in_effect(as_of))
    ).all()
    status = {(j, c): s for j, c, s in states}
    columns = (
        Column("jurisdiction", "Jurisdiction", "code"),
        Column("name", "Name"),
        *(Column(code, name, "status", short=short) for code, short, name in criteria),
    )
    rows = tuple(
        (code, name, *(status.get((code, c), NOT_ASSESSED) for c, _, _ in criteria))
        for code, name in jurisdictions
    )
    return ResultTable(
        name="matrix",
        title=f"Jurisdictions × criteria, as of {as_of.isoformat()}",
        columns=columns,
        rows=rows,
        key_columns=2,
        transposable=True,
        meta={"as_of": as_of.isoformat()},
    )


def jurisdiction_list(
    session: Session, *, as_of: date, region: str | None = None, level: str | None = None
) -> ResultTable:
    """The jurisdictions with their place, review date and how much of the codebook is assessed."""
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
        .order_by(j.code)
    )
    if region:
        query = query.where(func.lower(j.region) == region.lower())
    if level:
        query = query.where(j.level == level)
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
    )
