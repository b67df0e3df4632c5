"""Renderers: a result object in, text out. One `emit` for every view and format."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from lawtrack.errors import UsageError
from lawtrack.results import ResultTable

Renderer = Callable[[ResultTable, TextIO], None]
FORMATS = ("table", "csv", "json", "md")
SUFFIXES = {".csv": "csv", ".json": "json", ".md": "md", ".markdown": "md", ".txt": "table"}


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


def emit(result: ResultTable, fmt: str | None = None, output: Path | None = None) -> None:
    """Write `result` to `output` (or stdout) in `fmt` (or the one the suffix names)."""
    chosen = resolve_format(fmt, output)
    render = renderer(chosen)
    if output is None:
        render(result, sys.stdout)
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as handle:
            render(result, handle)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None
