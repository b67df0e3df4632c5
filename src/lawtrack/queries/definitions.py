"""`definitions TERM`: one term's statutory definitions side by side, attributes as columns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from lawtrack.queries.common import jurisdictions, suggest, undated_wording_note
from lawtrack.queries.reader import Rows
from lawtrack.queries.states import cite_text
from lawtrack.results import Cell, Column, ResultTable


def definitions_table(
    db: Rows,
    term: str,
    codes: Sequence[str] | None = None,
    *,
    as_of: date,
    text: bool = False,
) -> ResultTable:
    term_row = db.rows("term_by_code", term=term)
    if not term_row:
        raise suggest(term, [code for (code,) in db.rows("term_codes")], "term")
    term_id, term_name = term_row[0]
    places = jurisdictions(db, codes)
    attributes = db.rows("term_attributes", term_id=term_id)
    found = db.rows(
        "term_definitions",
        term_id=term_id,
        jurisdictions=[p.code for p in places],
        as_of=as_of,
    )
    undated = undated_wording_note(as_of)
    values: dict[tuple[int, int], object] = {
        (def_id, attr_id): value
        for def_id, attr_id, value in db.rows(
            "attribute_values", definitions=[row[0] for row in found]
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
