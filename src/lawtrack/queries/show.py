"""`show CODE`: one jurisdiction whole: instruments, definitions, every criterion, its gaps."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.analysis import instrument_status
from lawtrack.queries.common import (
    criteria,
    definition_in_effect,
    jurisdictions,
    undated_wording_note,
)
from lawtrack.queries.gaps import gaps_table
from lawtrack.queries.states import cite_text, fetch_states, grid
from lawtrack.results import Column, ResultSet, ResultTable, StatusCell
from lawtrack.status import NOT_ASSESSED


def show_set(session: Session, code: str, *, as_of: date) -> ResultSet:
    """One jurisdiction whole, as of a date: instruments, definitions, criteria and gaps."""
    place = jurisdictions(session, [code])[0]
    return ResultSet(
        name="show",
        title=f"{place.name} ({place.code}), as of {as_of.isoformat()}",
        tables=(
            _instruments(session, place.id, as_of),
            _definitions(session, place.id, as_of),
            _criteria(session, place.code, as_of),
            gaps_table(session, [place.code], as_of=as_of),
        ),
        meta={"as_of": as_of.isoformat(), "jurisdiction": place.code},
    )


def _instruments(session: Session, place_id: int, as_of: date) -> ResultTable:
    i = m.Instrument
    return ResultTable(
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
                .where(i.jurisdiction_id == place_id)
                .order_by(i.position)
            )
        ),
    )


def _definitions(session: Session, place_id: int, as_of: date) -> ResultTable:
    d, i = m.Definition, m.Instrument
    undated = undated_wording_note(as_of)
    wordings = [
        (term, cite_text(citation, pin) + (" *" if undated and since is None else ""), since, text)
        for term, citation, pin, text, since in session.execute(
            select(m.Term.code, i.citation, d.pinpoint, d.text, d.effective_from)
            .join(m.Term, d.term_id == m.Term.id)
            .join(i, d.instrument_id == i.id)
            .where(d.jurisdiction_id == place_id, definition_in_effect(as_of))
            .order_by(d.position)
        )
    ]
    return ResultTable(
        name="definitions",
        title="Definitions in force",
        columns=(
            Column("term", "Term", "code"),
            Column("citation", "Citation"),
            Column("since", "Wording since", "date"),
            Column("text", "Text"),
        ),
        rows=tuple(wordings),
        notes=(undated,) if undated and any(w[2] is None for w in wordings) else (),
        empty_message="No definition in force on that date is recorded.",
    )


def _criteria(session: Session, code: str, as_of: date) -> ResultTable:
    states = grid(fetch_states(session, as_of=as_of, jurisdictions=[code]))
    rows = []
    for criterion in criteria(session):
        record = states.get((code, criterion.code))
        rows.append(
            (
                criterion.short_id,
                criterion.code,
                record.cell if record else StatusCell(NOT_ASSESSED),
                record.evidence if record else None,
                record.effective_from if record else None,
                record.citation_text if record else None,
                record.note if record else None,
                " ".join(record.sources) if record else None,
            )
        )
    return ResultTable(
        name="assessments",
        title="Criteria",
        columns=(
            Column("id", "Id", "code"),
            Column("criterion", "Criterion", "code"),
            Column("status", "Status", "status"),
            Column("evidence", "Evidence", for_people=False, help="complete | incomplete"),
            Column("since", "Since", "date"),
            Column("citation", "Citation"),
            Column("note", "Note"),
            Column("sources", "Sources", "url"),
        ),
        rows=tuple(rows),
        key_columns=2,
    )
