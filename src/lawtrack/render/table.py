"""Terminal tables (Rich): glyph and word per status, folded not truncated, split when wide."""

from __future__ import annotations

import errno
from typing import TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from lawtrack.hidden import visible
from lawtrack.render.cells import display, legend_for, style
from lawtrack.render.footnotes import for_people
from lawtrack.render.parts import render_parts
from lawtrack.results import Column, Result, ResultTable

PADDING = 2  # a column's share of padding
TEXT_CAP = 26  # long text folds onto more lines rather than pushing columns off the screen


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich would exit with status 1; the reader going away is the caller's to report
        (exit 141, as for every other format)."""
        raise BrokenPipeError(errno.EPIPE, "the reader of the output went away")


def render_table(result: ResultTable, out: TextIO) -> None:
    console = _Console(file=out, highlight=False, emoji=False, soft_wrap=False, markup=False)
    width = console.width
    result = for_people(result)
    shaped = result
    if result.transposable and _natural_width(result) > width:
        shaped = transpose(result)
    decorated = console.is_terminal
    parts = split_columns(shaped, width) if shaped.rows or not shaped.empty_message else []
    if len(parts) > 1 and not shaped.transposable and _has_long_text(shaped):
        _print_cards(console, shaped, decorated=decorated)
        parts = []
    for number, part in enumerate(parts):
        title = shaped.title if len(parts) == 1 else f"{shaped.title} ({number + 1}/{len(parts)})"
        console.print(_rich_table(part, visible(title), decorated=decorated))
    if not result.rows and result.empty_message:
        console.print(Text(result.empty_message))
    if result.has_status and result.rows:
        console.print(Text(legend_for(result), style="dim" if decorated else ""))
    for note in result.notes:
        console.print(Text(visible(note)))


def _has_long_text(result: ResultTable) -> bool:
    texts = [i for i, column in enumerate(result.columns) if column.kind in ("text", "url")]
    return any(len(str(row[i] or "")) > 40 for row in result.rows for i in texts)


def _print_cards(console: Console, result: ResultTable, *, decorated: bool) -> None:
    """Too wide for columns: one block per row, its key cells as a heading, then label: value."""
    console.print(Text(visible(result.title), style="bold" if decorated else ""))
    keys = result.key_columns
    label_width = max(cell_len(c.label) for c in result.columns[keys:]) + 2
    for row in result.rows:
        console.print()
        heading = " · ".join(
            display(value, column.kind)
            for value, column in zip(row[:keys], result.columns, strict=False)
        )
        console.print(Text(heading, style="bold" if decorated else ""))
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
        table.add_column(width=label_width, no_wrap=True)
        table.add_column(overflow="fold")
        for value, column in zip(row[keys:], result.columns[keys:], strict=True):
            if value is None or value == "":
                continue
            table.add_row(
                Text(f"{column.label}:", style="dim" if decorated else ""),
                Text(
                    display(value, column.kind),
                    style=(style(value, column.kind) or "") if decorated else "",
                ),
            )
        console.print(table)
    console.print()


def _rich_table(result: ResultTable, title: str, *, decorated: bool) -> Table:
    table = Table(
        title=Text(title),
        box=box.SIMPLE_HEAD if decorated else None,
        show_header=True,
        header_style="bold" if decorated else "",
        title_style="bold" if decorated else "",
        pad_edge=False,
    )
    for column in result.columns:
        table.add_column(
            Text(visible(_header(column))),
            overflow="fold",
            no_wrap=column.kind == "status",
            max_width=TEXT_CAP if column.kind == "text" else None,
        )
    for row in result.rows:
        table.add_row(
            *(
                Text(
                    display(value, c.kind), style=(style(value, c.kind) or "") if decorated else ""
                )
                for value, c in zip(row, result.columns, strict=True)
            )
        )
    return table


def _header(column: Column) -> str:
    return column.short or column.label if column.kind == "status" else column.label


def _column_width(result: ResultTable, index: int) -> int:
    column = result.columns[index]
    cells = (cell_len(display(row[index], column.kind)) for row in result.rows)
    natural = max(cell_len(_header(column)), *cells, 1)
    return (min(natural, TEXT_CAP) if column.kind == "text" else natural) + PADDING


def _natural_width(result: ResultTable) -> int:
    return sum(_column_width(result, i) for i in range(len(result.columns)))


def transpose(result: ResultTable) -> ResultTable:
    """Rows become columns: each data column becomes a row, each row a column named by its key."""
    data_columns = result.columns[result.key_columns :]
    kind = data_columns[0].kind if data_columns else "text"
    columns = (
        Column("id", "", "code"),
        Column("item", ""),
        *(Column(str(row[0]), str(row[0]), kind) for row in result.rows),
    )
    rows = tuple(
        (
            column.short or column.key,
            column.label,
            *(row[result.key_columns + i] for row in result.rows),
        )
        for i, column in enumerate(data_columns)
    )
    return ResultTable(
        name=result.name,
        title=result.title,
        columns=columns,
        rows=rows,
        key_columns=2,
        notes=result.notes,
        meta=result.meta,
    )


def split_columns(result: ResultTable, width: int) -> list[ResultTable]:
    """As many tables as it takes for each to fit `width`, the key columns repeated in each."""
    keys = list(range(result.key_columns))
    key_width = sum(_column_width(result, i) for i in keys)
    groups: list[list[int]] = [[]]
    used = key_width
    for index in range(result.key_columns, len(result.columns)):
        needed = _column_width(result, index)
        if groups[-1] and used + needed > width:
            groups.append([])
            used = key_width
        groups[-1].append(index)
        used += needed
    if len(groups) == 1:
        return [result]
    return [
        ResultTable(
            name=result.name,
            title=result.title,
            columns=tuple(result.columns[i] for i in keys + group),
            rows=tuple(tuple(row[i] for i in keys + group) for row in result.rows),
            key_columns=result.key_columns,
            notes=(),
            meta=result.meta,
        )
        for group in groups
    ]


def render_document(result: Result, out: TextIO) -> None:
    render_parts(result, out, render_table, lambda title: f"{visible(title)}\n\n")
