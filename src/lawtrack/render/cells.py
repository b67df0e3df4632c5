"""The one place a cell becomes text: status glyph and word, dates, empties."""

from __future__ import annotations

from datetime import date

from lawtrack.results import Cell, ColumnKind

STATUS_GLYPH = {"yes": "●", "partial": "◐", "no": "○", "unclear": "?", "not_assessed": "·"}
STATUS_WORD = {
    "yes": "yes",
    "partial": "partial",
    "no": "no",
    "unclear": "unclear",
    "not_assessed": "not assessed",
}
STATUS_STYLE = {
    "yes": "green",
    "partial": "yellow",
    "no": "red",
    "unclear": "magenta",
    "not_assessed": "dim",
}
LEGEND = (
    "Legend: ● yes = met;  ◐ partial;  ○ no;  ? unclear = ambiguous law;  "
    "· not assessed = not yet researched (never read as 'no')"
)
EMPTY = "—"


def display(value: Cell, kind: ColumnKind) -> str:
    """For people: tables and Markdown."""
    mark = getattr(value, "mark", None)
    if isinstance(mark, str):
        return display(getattr(value, "value", None), kind) + mark
    if value is None or value == "":
        return EMPTY
    if kind == "status" and isinstance(value, str) and value in STATUS_WORD:
        return f"{STATUS_GLYPH[value]} {STATUS_WORD[value]}"
    return data(value)


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
