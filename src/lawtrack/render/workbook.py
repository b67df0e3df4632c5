"""Excel workbooks: one sheet per table, frozen header, filters, statuses coloured and labelled,
source URLs as links, a Sources and an About sheet, and no cell that Excel would run."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from lawtrack import __version__
from lawtrack.render.cells import LEGEND, display
from lawtrack.render.delimited import neutralise
from lawtrack.results import Result, ResultSet, ResultTable

FILLS = {
    "yes": "C6EFCE",
    "partial": "FFEB9C",
    "no": "FFC7CE",
    "unclear": "E4DFEC",
    "not_assessed": "EDEDED",
}
MAX_WIDTH = 60


def render_xlsx(result: Result, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    tables = result.tables if isinstance(result, ResultSet) else (result,)
    first = True
    sources: dict[str, None] = {}
    for table in tables:
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = _sheet_name(table.name, [s.title for s in book.worksheets[:-1]])
        _fill(sheet, table, sources)
    _sources_sheet(book.create_sheet("Sources"), sources)
    _about_sheet(book.create_sheet("About"), result)
    book.save(path)


def _sheet_name(name: str, taken: list[str]) -> str:
    base = "".join(ch for ch in name if ch not in "[]:*?/\\")[:28] or "Sheet"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base} {number}", number + 1
    return candidate


def _text_cell(cell: Any, text: str) -> None:
    """Always a string cell, never a formula; a formula-like start gets Excel's quote prefix."""
    guarded = neutralise(text)
    cell.value = guarded
    cell.data_type = "s"
    if guarded != text:
        cell.quotePrefix = True


def _fill(sheet: Any, table: ResultTable, sources: dict[str, None]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    for col, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=1, column=col)
        _text_cell(cell, column.label or column.key)
        cell.font = bold
    widths = [len(c.label or c.key) for c in table.columns]
    for row_number, row in enumerate(table.rows, start=2):
        for col, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = sheet.cell(row=row_number, column=col)
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                _text_cell(cell, "yes" if value else "no")
            elif isinstance(value, int | float):
                cell.value = value
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            elif column.kind == "status":
                _text_cell(cell, display(value, "status"))
                cell.fill = PatternFill("solid", fgColor=FILLS.get(str(value), "FFFFFF"))
            else:
                text = str(value)
                _text_cell(cell, text)
                if column.kind == "url":
                    urls = [u for u in text.split() if u.startswith(("http://", "https://"))]
                    if urls:
                        cell.hyperlink = urls[0]
                        cell.font = Font(color="0563C1", underline="single")
                    sources.update(dict.fromkeys(urls))
            if column.kind in ("text", "citation", "url"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            widths[col - 1] = max(widths[col - 1], min(len(display(value, column.kind)), MAX_WIDTH))
    from openpyxl.utils import get_column_letter

    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(width + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{len(table.rows) + 1}"


def _sources_sheet(sheet: Any, sources: dict[str, None]) -> None:
    from openpyxl.styles import Font

    _text_cell(sheet.cell(row=1, column=1), "Source")
    sheet.cell(row=1, column=1).font = Font(bold=True)
    for number, url in enumerate(sources, start=2):
        cell = sheet.cell(row=number, column=1)
        _text_cell(cell, url)
        cell.hyperlink = url
    sheet.column_dimensions["A"].width = 90
    sheet.freeze_panes = "A2"


def _about_sheet(sheet: Any, result: Result) -> None:
    rows = [
        ("Title", result.title),
        ("Made by", f"lawtrack {__version__}, {date.today().isoformat()}"),
        *((key.replace("_", " ").capitalize(), value) for key, value in result.meta.items()),
        ("Legend", LEGEND),
        ("Not assessed", "A research gap: nobody has coded the cell yet. It never means 'no'."),
        (
            "Citations",
            "Every status rests on the cited provisions and the sources in the data "
            "files; see the Sources sheet.",
        ),
    ]
    for number, (label, value) in enumerate(rows, start=1):
        _text_cell(sheet.cell(row=number, column=1), label)
        _text_cell(sheet.cell(row=number, column=2), str(value))
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 100
