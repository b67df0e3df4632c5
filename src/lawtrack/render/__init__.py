"""Renderers: a result object in, text out. One `emit` for every view and format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from lawtrack.errors import UsageError
from lawtrack.render.output import write_text

__all__ = ["FORMATS", "check_request", "emit", "renderer", "resolve_format", "write_text"]
from lawtrack.results import Result, ResultSet, ResultTable

Renderer = Callable[[ResultTable, TextIO], None]
SetRenderer = Callable[[ResultSet, TextIO], None]
FORMATS = ("table", "csv", "json", "md", "html", "xlsx")
SUFFIXES = {
    ".csv": "csv",
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".txt": "table",
    ".xlsx": "xlsx",
    ".html": "html",
    ".htm": "html",
}


def renderer(fmt: str) -> Renderer:
    if fmt == "table":
        from lawtrack.render.table import render_table

        return render_table
    if fmt == "csv":
        from lawtrack.render.delimited import render_csv

        return render_csv
    if fmt == "json":
        from lawtrack.render.jsondoc import render_json

        return render_json
    if fmt == "md":
        from lawtrack.render.markdown import render_markdown

        return render_markdown
    raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


def resolve_format(fmt: str | None, output: Path | None) -> str:
    if fmt:
        return fmt
    if output is not None:
        found = SUFFIXES.get(output.suffix.lower())
        if found is None:
            raise UsageError(f"cannot tell the format from '{output.name}': give --format")
        return found
    return "table"


def _render_set(render: Renderer, fmt: str) -> SetRenderer:
    """A multi-part view: each part in turn (titled for people, blank-line separated for CSV)."""

    def render_set(result: ResultSet, out: TextIO) -> None:
        if fmt == "json":
            from lawtrack.render.jsondoc import render_json_document

            render_json_document(result.dump(), out)
            return
        if fmt == "md":
            from lawtrack.render.markdown import escape_inline

            out.write(f"# {escape_inline(result.title)}\n\n")
        elif fmt == "table":
            from lawtrack.render.cells import visible

            out.write(f"{visible(result.title)}\n\n")
        for number, table in enumerate(result.tables):
            if number:
                out.write("\n")
            render(table, out)

    return render_set


def check_request(fmt: str | None, output: Path | None, *, excel: bool = False) -> str:
    """The format to write, or UsageError for a request that cannot be met (before any work)."""
    if output is not None:
        from lawtrack.render.output import check_file_target

        check_file_target(output)
    chosen = resolve_format(fmt, output)
    if chosen not in FORMATS:
        raise UsageError(f"unknown format '{chosen}' (choose from {', '.join(FORMATS)})")
    if excel and chosen != "csv":
        raise UsageError("--excel goes with CSV output (-f csv or -o FILE.csv)")
    if chosen == "xlsx" and output is None:
        raise UsageError("an Excel workbook needs a file: give -o FILE.xlsx")
    return chosen


def emit(
    result: Result, fmt: str | None = None, output: Path | None = None, *, excel: bool = False
) -> None:
    """Write `result` to `output` (or stdout) in `fmt` (or the one the suffix names).

    `excel`: CSV for spreadsheets, UTF-8 with a byte-order mark (plain UTF-8 otherwise).
    """
    chosen = check_request(fmt, output, excel=excel)
    if chosen == "xlsx":
        _emit_workbook(result, output)
        return
    if chosen == "html":
        from lawtrack.render.html import render_html_document

        write_text(lambda out: render_html_document(result, out), output)
        return
    table_renderer = renderer(chosen)

    def write(out: TextIO) -> None:
        if excel:
            out.write("\ufeff")
        if isinstance(result, ResultSet):
            _render_set(table_renderer, chosen)(result, out)
        else:
            table_renderer(result, out)

    write_text(write, output)


def _emit_workbook(result: Result, output: Path | None) -> None:
    if output is None:
        raise UsageError("an Excel workbook needs a file: give -o FILE.xlsx")
    from lawtrack.render.output import write_bytes
    from lawtrack.render.workbook import render_xlsx

    write_bytes(output, render_xlsx(result))
