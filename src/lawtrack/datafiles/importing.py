"""`data import`: a coder's spreadsheet of assessment states (the export's columns) into files."""

from __future__ import annotations

import csv
import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lawtrack.datafiles.edit import FileEdit, State
from lawtrack.datafiles.schema import STATUSES
from lawtrack.errors import DataError, UsageError

REQUIRED = ("jurisdiction", "criterion", "status")
KNOWN = (
    *REQUIRED,
    "effective_from",
    "effective_to",
    "citations",
    "note",
    "sources",
    "citation_text",
)


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet shows it: the header is row 1
    jurisdiction: str
    criterion: str
    state: State
    dated: bool


def read_rows(path: Path, criteria: set[str]) -> list[Row]:
    """Every row, or DataError naming each bad row and column (nothing is changed)."""
    records = list(_records(path))
    if not records:
        raise DataError(f"{path}: no rows")
    header = list(records[0][1])
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise DataError(f"{path}: row 1: missing column(s) {', '.join(missing)}")
    unknown = [c for c in header if c and c not in KNOWN]
    problems = [f"{path}: row 1, column {c}: unknown column" for c in unknown]
    rows = []
    for number, record in records:

        def bad(column: str, message: str, number: int = number) -> None:
            problems.append(f"{path}: row {number}, column {column}: {message}")

        code = record.get("jurisdiction", "").strip().upper()
        criterion = record.get("criterion", "").strip()
        status = record.get("status", "").strip()
        if not code:
            bad("jurisdiction", "empty")
        if criterion not in criteria:
            bad("criterion", f"unknown criterion '{criterion}'")
        if status not in STATUSES:
            bad("status", f"'{status}' is not one of {', '.join(STATUSES)}")
        start = None
        if record.get("effective_from", "").strip():
            try:
                start = date.fromisoformat(record["effective_from"].strip())
            except ValueError:
                bad("effective_from", f"'{record['effective_from']}' is not a date (YYYY-MM-DD)")
        cites = [c.strip() for c in record.get("citations", "").split(";") if c.strip()]
        sources = record.get("sources", "").split()
        note = record.get("note", "").strip() or None
        state = State(status, start, cites, note, sources)
        rows.append(Row(number, code, criterion, state, start is not None))
    if problems:
        raise DataError(f"{len(problems)} problem(s) in {path}: nothing changed", problems)
    return rows


def _records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            for number, record in enumerate(reader, start=2):
                yield number, {k.strip(): (v or "") for k, v in record.items() if k}
    elif suffix == ".xlsx":
        yield from _xlsx_records(path)
    else:
        raise UsageError(f"{path.name}: import reads .csv or .xlsx files")


def _xlsx_records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        from openpyxl import load_workbook
    except ImportError:
        raise UsageError("reading .xlsx needs openpyxl: pip install 'lawtrack[xlsx]'") from None
    sheet = load_workbook(path, read_only=True, data_only=True).active
    if sheet is None:
        return
    rows = sheet.iter_rows(values_only=True)
    header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
    for number, values in enumerate(rows, start=2):
        if all(v is None for v in values):
            continue
        cells = [
            "" if v is None else v.isoformat()[:10] if isinstance(v, date) else str(v)
            for v in values
        ]
        yield number, dict(zip(header, cells, strict=False))


def plan_import(root: Path, rows: list[Row]) -> list[FileEdit]:
    edits: dict[str, FileEdit] = {}
    for row in rows:
        edit = edits.get(row.jurisdiction)
        if edit is None:
            try:
                edit = edits[row.jurisdiction] = FileEdit.open(root, row.jurisdiction)
            except UsageError as exc:
                raise DataError(f"row {row.number}, column jurisdiction: {exc}") from None
        edit.set_state(row.criterion, row.state, dated=row.dated)
    return list(edits.values())


def unified_diff(edit: FileEdit, root: Path) -> str:
    name = (
        edit.path.relative_to(root).as_posix() if edit.path.is_relative_to(root) else str(edit.path)
    )
    return "".join(
        difflib.unified_diff(
            edit.original.splitlines(keepends=True),
            edit.text().splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
    )
