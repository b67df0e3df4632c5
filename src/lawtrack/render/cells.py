"""The one place a cell becomes text: status glyph and word, evidence mark, dates, empties."""

from __future__ import annotations

from datetime import date

from lawtrack.hidden import visible
from lawtrack.results import Cell, ColumnKind, ResultTable
from lawtrack.stages import IF_ENACTED_MARK
from lawtrack.status import BY_CODE, INCOMPLETE, INCOMPLETE_MARK, legend

STATUS_GLYPH = {code: info.glyph for code, info in BY_CODE.items()}
STATUS_WORD = {code: info.word for code, info in BY_CODE.items()}
STATUS_STYLE = {code: info.style for code, info in BY_CODE.items()}
LEGEND = legend()
INCOMPLETE_LEGEND = (
    f"{INCOMPLETE_MARK} evidence incomplete: the status rests on a text not (fully) read; "
    "the note says which"
)
IF_ENACTED_LEGEND = (
    f"{IF_ENACTED_MARK} as the cell would stand if the bill named in the notes were enacted as "
    "seen, not the law in force"
)
EMPTY = "—"


def legend_for(table: ResultTable) -> str:
    """The legend, with the evidence mark explained when a cell of the table carries it."""
    status_columns = [i for i, column in enumerate(table.columns) if column.kind == "status"]
    cells = [getattr(row[i], "value", row[i]) for row in table.rows for i in status_columns]
    said = LEGEND
    if any(getattr(cell, "evidence", None) == INCOMPLETE for cell in cells):
        said += f";  {INCOMPLETE_LEGEND}"
    if any(getattr(cell, "bill", None) for cell in cells):
        said += f";  {IF_ENACTED_LEGEND}"
    return said


def display(value: Cell, kind: ColumnKind) -> str:
    """For people: tables and Markdown."""
    mark = getattr(value, "mark", None)
    if isinstance(mark, str):
        return display(getattr(value, "value", None), kind) + mark
    if value is None or value == "":
        return EMPTY
    if kind == "status" and isinstance(value, str) and value in STATUS_WORD:
        flag = INCOMPLETE_MARK if getattr(value, "evidence", None) == INCOMPLETE else ""
        if getattr(value, "bill", None):
            flag += IF_ENACTED_MARK
        return f"{STATUS_GLYPH[value]} {STATUS_WORD[value]}{flag}"
    return visible(data(value))


def data(value: Cell) -> str:
    """For machines: CSV (status codes stay codes, dates ISO 8601, empty stays empty)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def style(value: Cell, kind: ColumnKind) -> str | None:
    value = getattr(value, "value", value)
    return STATUS_STYLE.get(value) if kind == "status" and isinstance(value, str) else None
