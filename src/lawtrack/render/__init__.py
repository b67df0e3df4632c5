"""Renderers: a result object in, text or a file out. One `emit` for every view and format;
the formats themselves are registered in `render.formats`."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from lawtrack.errors import UsageError
from lawtrack.render.formats import BY_NAME, BY_SUFFIX, Format, listing, names
from lawtrack.render.output import write_bytes, write_text
from lawtrack.results import Result

__all__ = ["check_request", "emit", "resolve_format", "write_text"]


def resolve_format(fmt: str | None, output: Path | None, *, kind: str = "document") -> str:
    """The format asked for, else the one `output`'s suffix names, else the default of `kind`."""
    if fmt:
        return fmt
    if output is not None:
        found = BY_SUFFIX.get(output.suffix.lower())
        if found is None:
            raise UsageError(f"cannot tell the format from '{output.name}': give --format")
        return found.name
    return "md" if kind == "brief" else "table"


def check_request(
    fmt: str | None, output: Path | None, *, excel: bool = False, kind: str = "document"
) -> Format:
    """The format to write, or UsageError for a request that cannot be met (before any work)."""
    if output is not None:
        from lawtrack.render.output import check_file_target

        check_file_target(output)
    chosen = resolve_format(fmt, output, kind=kind)
    if chosen not in BY_NAME:
        raise UsageError(f"unknown format '{chosen}' (choose {listing(kind)})")
    if chosen not in names(kind):
        what = {"brief": "a brief", "image": "a chart"}.get(kind, "this view")
        raise UsageError(f"{what} cannot be written as '{chosen}' (choose {listing(kind)})")
    spec = BY_NAME[chosen]
    if excel and chosen != "csv":
        raise UsageError("--excel goes with CSV output (-f csv or -o FILE.csv)")
    if spec.needs_file and output is None:
        raise UsageError(f"{spec.describe} needs a file: give -o FILE{spec.suffixes[0]}")
    return spec


def emit(
    result: Result, fmt: str | None = None, output: Path | None = None, *, excel: bool = False
) -> None:
    """Write `result` to `output` (or stdout) in `fmt` (or the one the suffix names).

    `excel`: CSV for spreadsheets, UTF-8 with a byte-order mark (plain UTF-8 otherwise).
    """
    spec = check_request(fmt, output, excel=excel)
    if spec.binary is not None:
        assert output is not None  # check_request saw to it
        write_bytes(output, spec.load("binary")(result))
        return
    render = spec.load("document")

    def write(out: TextIO) -> None:
        if excel:
            out.write("\ufeff")
        render(result, out)

    write_text(write, output)
