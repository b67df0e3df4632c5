"""CSV (RFC 4180), with cells that a spreadsheet would run as a formula neutralised."""

from __future__ import annotations

import csv
from typing import TextIO

from lawtrack.render.cells import data
from lawtrack.render.parts import render_parts
from lawtrack.results import Result, ResultTable
from lawtrack.spreadsheet import neutralise


def render_csv(result: ResultTable, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.key for column in result.columns])
    for row in result.rows:
        writer.writerow(
            [value if isinstance(value, int) else neutralise(data(value)) for value in row]
        )


def render_document(result: Result, out: TextIO) -> None:
    """CSV; a view in several parts is its tables one after another, a blank line apart."""
    render_parts(result, out, render_csv)
