"""Citation columns become numbered footnotes for people (tables and Markdown)."""

from __future__ import annotations

from dataclasses import replace

from lawtrack.results import Cell, ResultTable


def for_people(table: ResultTable) -> ResultTable:
    """The table as a person reads it: script-only columns dropped, citations as footnotes."""
    keep = [i for i, column in enumerate(table.columns) if column.for_people]
    if len(keep) < len(table.columns):
        dropped = len(table.columns) - len(keep)
        table = replace(
            table,
            columns=tuple(table.columns[i] for i in keep),
            rows=tuple(tuple(row[i] for i in keep) for row in table.rows),
            key_columns=max(
                1, table.key_columns - sum(1 for i in range(table.key_columns) if i not in keep)
            )
            if dropped
            else table.key_columns,
        )
    return footnoted(table)


def footnoted(table: ResultTable) -> ResultTable:
    """Each citation cell becomes a note "[n] citation; source URLs", its number added to the
    status cell before it. A `sources` column right after a citation joins its footnote.

    Identical notes share one number. A table without citation columns comes back as is.
    """
    kinds = [c.kind for c in table.columns]
    if "citation" not in kinds:
        return table
    numbers: dict[str, int] = {}
    keep = [i for i, kind in enumerate(kinds) if kind not in ("citation", "sources")]
    rows = []
    for row in table.rows:
        cells: list[Cell] = list(row)
        marks: dict[int, str] = {}
        for index, kind in enumerate(kinds):
            if kind != "citation" or not row[index]:
                continue
            text = str(row[index])
            if index + 1 < len(kinds) and kinds[index + 1] == "sources" and row[index + 1]:
                text += "; " + "; ".join(str(row[index + 1]).split())
            number = numbers.setdefault(text, len(numbers) + 1)
            marks[index - 1] = f" [{number}]"
        for index, mark in marks.items():
            cells[index] = Marked(cells[index], mark)
        rows.append(tuple(cells[i] for i in keep))
    notes = tuple(f"[{n}] {text}" for text, n in numbers.items())
    return replace(
        table,
        columns=tuple(table.columns[i] for i in keep),
        rows=tuple(rows),
        notes=(*notes, *table.notes),
    )


class Marked(str):
    """A cell value with a footnote mark; renders as the value, then the mark."""

    value: Cell
    mark: str

    def __new__(cls, value: Cell, mark: str) -> Marked:
        made = super().__new__(cls, "" if value is None else str(value))
        made.value, made.mark = value, mark
        return made
