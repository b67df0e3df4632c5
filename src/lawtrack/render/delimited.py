"""CSV (RFC 4180), with cells that a spreadsheet would run as a formula neutralised."""

from __future__ import annotations

import csv
from typing import TextIO

from lawtrack.render.cells import data
from lawtrack.results import ResultTable
from lawtrack.spreadsheet import neutralise


def render_csv(result: ResultTable, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.key for column in result.columns])
    for row in result.rows:
        writer.writerow(
            [value if isinstance(value, int) else neutralise(data(value)) for value in row]
        )
