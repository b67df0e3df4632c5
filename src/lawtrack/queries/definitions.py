"""`definitions TERM`: one term's statutory definitions side by side, attributes as columns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.queries.common import (
    definition_in_effect,
    jurisdictions,
    suggest,
    undated_wording_note,
)
from lawtrack.queries.states import cite_text
from lawtrack.results import Cell, Column, ResultTable


def definitions_table(
    session: Session,
    term: str,
    codes: Sequence[str] | None = None,
    *,
    as_of: date,
    text: bool = False,
) -> ResultTable:
    term_row = session.execute(select(m.Term.id, m.Term.name).where(m.Term.code == term)).first()
    if term_row is None:
        raise suggest(
            term, list(session.scalars(select(m.Term.code).order_by(m.Term.position))), "term"
        )
    term_id, term_name = term_row
    places = jurisdictions(session, codes)
    attributes = session.execute(
        select(m.TermAttribute.id, m.TermAttribute.code, m.TermAttribute.type)
        .where(m.TermAttribute.term_id == term_id)
        .order_by(m.TermAttribute.position)
    ).all()
    d, i, j = m.Definition, m.Instrument, m.Jurisdiction
    found = session.execute(
        select(d.id, j.code, i.citation, d.pinpoint, d.text, d.effective_from)
        .join(j, d.jurisdiction_id == j.id)
        .join(i, d.instrument_id == i.id)
        .where(
            d.term_id == term_id,
            j.code.in_([p.code for p in places]),
            definition_in_effect(as_of),
        )
        .order_by(j.code, d.position)
    ).all()
    undated = undated_wording_note(as_of)
    values: dict[tuple[int, int], object] = {
        (def_id, attr_id): value
        for def_id, attr_id, value in session.execute(
            select(
                m.DefinitionAttribute.definition_id,
                m.DefinitionAttribute.attribute_id,
                m.DefinitionAttribute.value,
            ).where(m.DefinitionAttribute.definition_id.in_([row[0] for row in found]))
        )
    }
    rows = []
    marked = False
    for def_id, code, citation, pinpoint, body, since in found:
        star = " *" if undated and since is None else ""
        marked = marked or bool(star)
        cells: list[Cell] = [code, cite_text(citation, pinpoint) + star, since]
        cells += [_cell(values.get((def_id, attr_id))) for attr_id, _, _ in attributes]
        if text:
            cells.append(body)
        rows.append(tuple(cells))
    columns = [
        Column("jurisdiction", "Jurisdiction", "code"),
        Column("citation", "Citation"),
        Column("since", "Wording since", "date", help="when this wording took effect"),
        *(Column(code, code.replace("_", " "), "text", help=kind) for _, code, kind in attributes),
    ]
    if text:
        columns.append(Column("text", "Text"))
    return ResultTable(
        name="definitions",
        title=f"Definitions of {term_name.lower()} ({term}), as of {as_of.isoformat()}",
        columns=tuple(columns),
        rows=tuple(rows),
        key_columns=1,
        meta={"as_of": as_of.isoformat(), "term": term},
        notes=(
            "A blank attribute: not determined from the text.",
            *((undated,) if marked and undated else ()),
        ),
        empty_message=f"No statutory definition of {term} in force in the chosen jurisdictions.",
    )


def _cell(value: object) -> Cell:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | str):
        return value
    return None
