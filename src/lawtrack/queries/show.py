"""`show CODE`: one jurisdiction whole: instruments, definitions, every criterion, its gaps."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.queries.common import NOT_ASSESSED, criteria, jurisdictions
from lawtrack.queries.gaps import gaps_table
from lawtrack.queries.states import cite_text, fetch_states, grid
from lawtrack.results import Column, ResultSet, ResultTable


def instrument_status(
    enacted: date | None, in_force: date | None, repealed: date | None, kind: str, as_of: date
) -> str:
    if kind == "bill":
        return "bill"
    if repealed is not None and repealed <= as_of:
        return "repealed"
    start = in_force or enacted
    if start is not None and start > as_of:
        return "not yet in force"
    return "in force" if start is not None else "in force (date unknown)"


def show_set(session: Session, code: str, *, as_of: date) -> ResultSet:
    place = jurisdictions(session, [code])[0]
    i = m.Instrument
    instruments = ResultTable(
        name="instruments",
        title="Instruments",
        columns=(
            Column("id", "Id", "code"),
            Column("citation", "Citation"),
            Column("title", "Title"),
            Column("kind", "Kind"),
            Column("enacted", "Enacted", "date"),
            Column("in_force", "In force", "date"),
            Column("repealed", "Repealed", "date"),
            Column("status", "Status on date"),
            Column("url", "URL", "url"),
        ),
        rows=tuple(
            (
                key,
                citation,
                title,
                kind,
                enacted,
                in_force,
                repealed,
                instrument_status(enacted, in_force, repealed, kind, as_of),
                url,
            )
            for key, citation, title, kind, enacted, in_force, repealed, url in session.execute(
                select(i.key, i.citation, i.title, i.kind, i.enacted, i.in_force, i.repealed, i.url)
                .where(i.jurisdiction_id == place.id)
                .order_by(i.position)
            )
        ),
    )
    d = m.Definition
    definitions = ResultTable(
        name="definitions",
        title="Definitions",
        columns=(
            Column("term", "Term", "code"),
            Column("citation", "Citation"),
            Column("text", "Text"),
        ),
        rows=tuple(
            (term, cite_text(citation, pin), text)
            for term, citation, pin, text in session.execute(
                select(m.Term.code, i.citation, d.pinpoint, d.text)
                .join(m.Term, d.term_id == m.Term.id)
                .join(i, d.instrument_id == i.id)
                .where(d.jurisdiction_id == place.id)
                .order_by(d.position)
            )
        ),
        empty_message="No definitions recorded.",
    )
    states = grid(fetch_states(session, as_of=as_of, jurisdictions=[place.code]))
    rows = []
    for criterion in criteria(session):
        record = states.get((place.code, criterion.code))
        rows.append(
            (
                criterion.short_id,
                criterion.code,
                record.status if record else NOT_ASSESSED,
                record.effective_from if record else None,
                record.citation_text if record else None,
                record.note if record else None,
                " ".join(record.sources) if record else None,
            )
        )
    assessments = ResultTable(
        name="assessments",
        title="Criteria",
        columns=(
            Column("id", "Id", "code"),
            Column("criterion", "Criterion", "code"),
            Column("status", "Status", "status"),
            Column("since", "Since", "date"),
            Column("citation", "Citation"),
            Column("note", "Note"),
            Column("sources", "Sources", "url"),
        ),
        rows=tuple(rows),
        key_columns=2,
    )
    return ResultSet(
        name="show",
        title=f"{place.name} ({place.code}), as of {as_of.isoformat()}",
        tables=(
            instruments,
            definitions,
            assessments,
            gaps_table(session, [place.code], as_of=as_of),
        ),
        meta={"as_of": as_of.isoformat(), "jurisdiction": place.code},
    )
