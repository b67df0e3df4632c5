"""Excel workbooks: one sheet per table, frozen header, filters, statuses coloured and labelled,
every source URL a link (on its cell, and on the Sources sheet), an About sheet, and no cell
that Excel would run."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from lawtrack import __version__
from lawtrack.render.cells import IF_ENACTED_LEGEND, INCOMPLETE_LEGEND, LEGEND, display
from lawtrack.results import Result, ResultSet, ResultTable
from lawtrack.spreadsheet import neutralise
from lawtrack.stages import IF_ENACTED_MARK
from lawtrack.status import STATUSES

FILLS = {info.code: info.fill for info in STATUSES}
MAX_WIDTH = 60
LINK_BLUE = "0563C1"
# What openpyxl refuses to store: C0 controls other than tab, line feed and carriage return.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def render_xlsx(result: Result) -> bytes:
    """The workbook as bytes: one sheet per table, then Sources and About."""
    from openpyxl import Workbook

    book = Workbook()
    tables = result.tables if isinstance(result, ResultSet) else (result,)
    first = True
    sources = _Sources()
    for table in tables:
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = _sheet_name(_part_name(table), [s.title for s in book.worksheets[:-1]])
        _fill(sheet, table, sources)
    sources.write(book.create_sheet("Sources"))
    _about_sheet(book.create_sheet("About"), result)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _part_name(table: ResultTable) -> str:
    """A sheet's name: the table's, with the term for a definitions table ("definitions child")."""
    term = table.meta.get("term")
    return f"{table.name} {term}" if term else table.name


def _sheet_name(name: str, taken: list[str]) -> str:
    base = "".join(ch for ch in name if ch not in "[]:*?/\\")[:28] or "Sheet"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base} {number}", number + 1
    return candidate


def _clean(text: str) -> str:
    """Characters a workbook cannot hold (control characters) become U+FFFD."""
    return _ILLEGAL.sub("\ufffd", text)


def _text_cell(cell: Any, text: str) -> None:
    """Always a string cell, never a formula; a formula-like start gets Excel's quote prefix."""
    guarded = neutralise(_clean(text))
    cell.value = guarded
    cell.data_type = "s"
    if guarded != text:
        cell.quotePrefix = True


class _Sources:
    """The Sources sheet: each cell's source URLs, one linked row each, grouped by the cell."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []  # sheet, row key, url

    def add(self, sheet: str, key: str, urls: list[str]) -> int:
        """Record a cell's URLs; the Sources row number of the first."""
        first = len(self.rows) + 2
        self.rows += [(sheet, key, url) for url in urls]
        return first

    def write(self, sheet: Any) -> None:
        from openpyxl.styles import Font

        for col, label in enumerate(("Sheet", "Cited for", "Source"), start=1):
            _text_cell(sheet.cell(row=1, column=col), label)
            sheet.cell(row=1, column=col).font = Font(bold=True)
        for number, (where, key, url) in enumerate(self.rows, start=2):
            _text_cell(sheet.cell(row=number, column=1), where)
            _text_cell(sheet.cell(row=number, column=2), key)
            cell = sheet.cell(row=number, column=3)
            _text_cell(cell, url)
            cell.hyperlink = url
            cell.font = Font(color=LINK_BLUE, underline="single")
        for letter, width in (("A", 16), ("B", 24), ("C", 90)):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "A2"
        if self.rows:
            sheet.auto_filter.ref = f"A1:C{len(self.rows) + 1}"


def _link(cell: Any, urls: list[str], sources: _Sources, sheet: Any, key: str) -> None:
    """One URL links to itself; several link to their rows on the Sources sheet, where each has
    its own link."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.hyperlink import Hyperlink

    first = sources.add(sheet.title, key, urls)
    if len(urls) == 1:
        cell.hyperlink = urls[0]
    else:
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'Sources'!C{first}")
    cell.font = Font(color=LINK_BLUE, underline="single")


def _fill(sheet: Any, table: ResultTable, sources: _Sources) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    for col, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=1, column=col)
        _text_cell(cell, column.label or column.key)
        cell.font = bold
    widths = [len(c.label or c.key) for c in table.columns]
    keys = [
        i
        for i, c in enumerate(table.columns[: max(1, table.key_columns)])
        if c.kind == "code" and c.for_people
    ] or [0]
    for row_number, row in enumerate(table.rows, start=2):
        key = " · ".join(str(row[i]) for i in keys if row[i] not in (None, ""))
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
                if column.kind in ("url", "sources"):
                    urls = [u for u in text.split() if u.startswith(("http://", "https://"))]
                    if urls:
                        _link(cell, urls, sources, sheet, f"{key} · {column.label}")
            if column.kind in ("text", "citation", "url", "sources"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            widths[col - 1] = max(widths[col - 1], min(len(display(value, column.kind)), MAX_WIDTH))
    from openpyxl.utils import get_column_letter

    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(width + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{len(table.rows) + 1}"


def _about_sheet(sheet: Any, result: Result) -> None:
    rows = [
        ("Title", result.title),
        ("Made by", f"lawtrack {__version__}, {date.today().isoformat()}"),
        *((key.replace("_", " ").capitalize(), value) for key, value in result.meta.items()),
        ("Legend", LEGEND),
        ("Evidence", INCOMPLETE_LEGEND),
        ("Not assessed", "A research gap: nobody has coded the cell yet. It never means 'no'."),
        (
            "Citations",
            "Every status rests on the cited provisions and the sources in the data "
            "files; see the Sources sheet.",
        ),
    ]
    if "if_enacted" in result.meta:  # the cells a bill would change: what the mark means, each
        tables = result.tables if isinstance(result, ResultSet) else (result,)
        marked = [n for t in tables for n in t.notes if n.startswith(IF_ENACTED_MARK)]
        rows += [(IF_ENACTED_MARK, IF_ENACTED_LEGEND), *(("", note) for note in marked)]
    for number, (label, value) in enumerate(rows, start=1):
        _text_cell(sheet.cell(row=number, column=1), label)
        _text_cell(sheet.cell(row=number, column=2), str(value))
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 100
