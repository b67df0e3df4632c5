"""Markdown: a pipe table, then the legend and notes."""

from __future__ import annotations

from typing import TextIO

from lawtrack.render.cells import LEGEND, display
from lawtrack.render.footnotes import for_people
from lawtrack.results import ResultTable


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render_markdown(result: ResultTable, out: TextIO) -> None:
    result = for_people(result)
    out.write(f"**{_escape(result.title)}**\n\n")
    out.write("| " + " | ".join(_escape(c.label) for c in result.columns) + " |\n")
    out.write("|" + "|".join("---" for _ in result.columns) + "|\n")
    for row in result.rows:
        cells = (display(v, c.kind) for v, c in zip(row, result.columns, strict=True))
        out.write("| " + " | ".join(_escape(cell) for cell in cells) + " |\n")
    if result.has_status:
        out.write(f"\n{_escape(LEGEND)}\n")
    if result.notes:
        out.write("\n")
    for note in result.notes:
        out.write(f"{_escape(note)}  \n")
