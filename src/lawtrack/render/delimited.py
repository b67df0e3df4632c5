"""CSV (RFC 4180), with cells that a spreadsheet would run as a formula neutralised."""

from __future__ import annotations

import csv
from typing import TextIO

from lawtrack.render.cells import data
from lawtrack.results import ResultTable

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """A text cell that starts like a formula gets a leading apostrophe (OWASP CSV injection)."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def render_csv(result: ResultTable, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.key for column in result.columns])
    for row in result.rows:
        writer.writerow(
            [value if isinstance(value, int) else neutralise(data(value)) for value in row]
        )
