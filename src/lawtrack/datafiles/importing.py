"""`data import`: a coder's spreadsheet of assessment states (the export's columns) into files."""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lawtrack.datafiles.edit import FileEdit, State
from lawtrack.datafiles.problems import Problem
from lawtrack.datafiles.read import read_bytes
from lawtrack.datafiles.schema import CODE_RE
from lawtrack.errors import DataError, UsageError
from lawtrack.progress import SILENT, Progress
from lawtrack.spreadsheet import restore
from lawtrack.status import BY_CODE, EVIDENCE, INCOMPLETE_MARK
from lawtrack.status import CODES as STATUSES

REQUIRED = ("jurisdiction", "criterion", "status")
KNOWN = (
    *REQUIRED,
    "evidence",
    "effective_from",
    "effective_to",
    "citations",
    "note",
    "sources",
    "citation_text",
    "counterpoint",
    "counterpoint_sources",
    "untested",
)


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet shows it: the header is row 1
    jurisdiction: str
    criterion: str
    state: State
    dated: bool


MAX_PROBLEMS = 50  # listed one by one; beyond that, counted
MAX_FIELD = 1_000_000  # characters in one cell
# A whole-dataset export of 200 jurisdictions is under 10 MB as CSV; a sheet larger than this is
# a mistake or an attack, refused before a byte is parsed (as are FIFOs, devices and /dev/zero).
MAX_SHEET_BYTES = 64 * 1024 * 1024


def read_rows(path: Path, criteria: set[str]) -> list[Row]:
    """Every row, or DataError naming each bad row and column (nothing is changed).

    Reads back exactly what `export assessments` wrote, as CSV or XLSX: the formula guard's
    apostrophe is taken off again, and a status may be its code or its display ("◐ partial†").
    """
    records = list(_records(path))
    if not records:
        raise DataError(f"{path}: no rows")
    header = records[0][1]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise DataError(f"{path}: row 1: missing column(s) {', '.join(missing)}")
    unknown = [c for c in header if c and c not in KNOWN]
    problems = [f"{path}: row 1, column {c}: unknown column" for c in unknown]
    rows = []
    for number, record in records[1:]:
        fields = dict(zip(header, record, strict=False))

        def bad(column: str, message: str, number: int = number) -> None:
            problems.append(f"{path}: row {number}, column {column}: {message}")

        row = _row(number, fields, criteria, bad)
        if row is not None:
            rows.append(row)
    if problems:
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append(f"… and {len(problems) - MAX_PROBLEMS} more")
        raise DataError(f"{len(problems)} problem(s) in {path}: nothing changed", shown)
    return rows


def _row(
    number: int, fields: dict[str, str], criteria: set[str], bad: Callable[[str, str], None]
) -> Row | None:
    def get(column: str) -> str:
        return restore(fields.get(column, "") or "").strip()

    code = get("jurisdiction").upper()
    criterion = get("criterion")
    status = parse_status(get("status"))
    if not code:
        bad("jurisdiction", "empty")
    elif not CODE_RE.match(code):
        bad("jurisdiction", f"'{code}' is not a jurisdiction code (e.g. PH, AU-NSW)")
    if criterion not in criteria:
        bad("criterion", f"unknown criterion '{criterion}'")
    if status is None:
        bad("status", f"'{get('status')}' is not one of {', '.join(STATUSES)}")
    evidence = get("evidence") or None
    if evidence is not None and evidence not in EVIDENCE:
        bad("evidence", f"'{evidence}' is not one of {', '.join(EVIDENCE)}")
    start = None
    if get("effective_from"):
        start = parse_iso_date(get("effective_from"))
        if start is None:
            bad("effective_from", f"'{get('effective_from')}' is not a date (YYYY-MM-DD)")
    cites = [c.strip() for c in get("citations").split(";") if c.strip()]
    sources = get("sources").split()
    note = get("note") or None
    untested = get("untested").lower()
    if untested not in ("", "yes", "no", "true", "false"):
        bad("untested", f"'{untested}' is not yes or no")
    if status is None:
        return None
    state = State(status, start, cites, note, sources, evidence)
    if "counterpoint" in fields:  # the sheet speaks of counterpoints: it sets or clears them
        state.keep_counterpoint = False
        state.counterpoint = get("counterpoint") or None
        state.counterpoint_sources = get("counterpoint_sources").split()
        state.untested = True if untested in ("yes", "true") else (False if untested else None)
    return Row(number, code, criterion, state, start is not None)


def parse_status(text: str) -> str | None:
    """A status code from its code ("partial"), word ("not assessed") or display ("◐ partial†")."""
    plain = text.removesuffix(INCOMPLETE_MARK).strip()
    for info in BY_CODE.values():
        if plain in (info.code, info.word, f"{info.glyph} {info.word}"):
            return info.code
    return None


def parse_iso_date(text: str) -> date | None:
    """YYYY-MM-DD only (Python also reads 20260101 and 2026-W01-1 as dates; a sheet must not)."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _records(path: Path) -> list[tuple[int, list[str]]]:
    """The header (row 1) and every non-empty row, as text."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UsageError(f"{path.name}: import reads .csv or .xlsx files")
    raw = read_bytes(path, limit=MAX_SHEET_BYTES, what="a spreadsheet to import")
    if isinstance(raw, Problem):
        raise DataError(f"{path}: {raw.message}")
    return _csv_records(path, raw) if suffix == ".csv" else _xlsx_records(path, raw)


def _check_header(path: Path, header: list[str]) -> list[str]:
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise DataError(f"{path}: row 1, column {name}: the column appears twice")
        seen.add(name)
    return header


def _csv_records(path: Path, raw: bytes) -> list[tuple[int, list[str]]]:
    csv.field_size_limit(MAX_FIELD)
    try:
        with io.StringIO(raw.decode("utf-8-sig"), newline="") as handle:
            reader = csv.reader(handle)
            records: list[tuple[int, list[str]]] = []
            for values in reader:
                if not records:
                    records.append((1, _check_header(path, [v.strip() for v in values])))
                elif any(v.strip() for v in values):
                    records.append((reader.line_num, values))
            return records
    except UnicodeDecodeError as exc:
        raise DataError(
            f"{path}: not UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}): "
            "save the sheet as CSV UTF-8"
        ) from None
    except csv.Error as exc:
        where = f"line {reader.line_num}: " if "reader" in locals() else ""
        raise DataError(f"{path}: {where}not a readable CSV file ({exc})") from None


def _xlsx_records(path: Path, raw: bytes) -> list[tuple[int, list[str]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DataError(f"{path}: not a readable .xlsx workbook ({exc})") from None
    sheet = book.active
    if sheet is None:
        return []
    records: list[tuple[int, list[str]]] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [
            "" if v is None else v.isoformat()[:10] if isinstance(v, date) else str(v)
            for v in values
        ]
        if number == 1:
            records.append((1, _check_header(path, [c.strip() for c in cells])))
        elif any(c.strip() for c in cells):
            records.append((number, cells))
    book.close()
    return records


def plan_import(
    root: Path, rows: list[Row], progress: Progress = SILENT
) -> tuple[list[FileEdit], int]:
    """The files the rows change, and how many rows change anything (each row counted done
    to `progress` once applied to its file)."""
    edits: dict[str, FileEdit] = {}
    changed = 0
    progress.stage("applying rows", len(rows))
    for row in rows:
        edit = edits.get(row.jurisdiction)
        if edit is None:
            try:
                edit = edits[row.jurisdiction] = FileEdit.open(root, row.jurisdiction)
            except UsageError as exc:
                raise DataError(f"row {row.number}, column jurisdiction: {exc}") from None
        changed += edit.set_state(row.criterion, row.state, dated=row.dated)
        progress.advance()
    return [e for e in edits.values() if e.text() != e.original], changed


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
