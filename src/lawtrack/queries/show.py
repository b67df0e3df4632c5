"""`show CODE`: one jurisdiction whole: instruments, definitions, every criterion, its gaps."""

from __future__ import annotations

from datetime import date

from lawtrack.analysis import instrument_status
from lawtrack.queries.common import criteria, jurisdictions, undated_wording_note
from lawtrack.queries.gaps import gaps_table
from lawtrack.queries.reader import Rows
from lawtrack.queries.states import cite_text, fetch_states, grid
from lawtrack.results import Column, ResultSet, ResultTable, StatusCell
from lawtrack.status import NOT_ASSESSED


def show_set(db: Rows, code: str, *, as_of: date) -> ResultSet:
    """One jurisdiction whole, as of a date: instruments, definitions, criteria and gaps."""
    place = jurisdictions(db, [code])[0]
    return ResultSet(
        name="show",
        title=f"{place.name} ({place.code}), as of {as_of.isoformat()}",
        tables=(
            _instruments(db, place.id, as_of),
            _definitions(db, place.id, as_of),
            _criteria(db, place.code, as_of),
            gaps_table(db, [place.code], as_of=as_of),
        ),
        meta={"as_of": as_of.isoformat(), "jurisdiction": place.code},
    )


def _instruments(db: Rows, place_id: int, as_of: date) -> ResultTable:
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
            for key, citation, title, kind, enacted, in_force, repealed, url in db.rows(
                "instruments_of", place=place_id
            )
        ),
    )


def _definitions(db: Rows, place_id: int, as_of: date) -> ResultTable:
    undated = undated_wording_note(as_of)
    wordings = [
        (term, cite_text(citation, pin) + (" *" if undated and since is None else ""), since, text)
        for term, citation, pin, text, since in db.rows(
            "definitions_of", place=place_id, as_of=as_of
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


def _criteria(db: Rows, code: str, as_of: date) -> ResultTable:
    states = grid(fetch_states(db, as_of=as_of, jurisdictions=[code]))
    rows = []
    for criterion in criteria(db):
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
