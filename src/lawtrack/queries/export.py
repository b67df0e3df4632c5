"""`export DATASET`: the tidy tables, with the column contract of the product notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from lawtrack.errors import UsageError
from lawtrack.queries.common import articles_by_criterion, suggest
from lawtrack.queries.reader import Rows
from lawtrack.queries.states import cite_text, fetch_states
from lawtrack.results import Cell, Column, ResultTable


def export_assessments(db: Rows, as_of: date | None) -> ResultTable:
    rows = tuple(
        (
            r.jurisdiction,
            r.criterion,
            r.status,
            r.evidence,
            r.effective_from,
            r.effective_to,
            r.cite_ids or None,
            r.note,
            " ".join(r.sources) or None,
            r.citation_text or None,
            r.counterpoint,
            " ".join(r.counterpoint_sources) or None,
            None if r.untested is None else ("yes" if r.untested else "no"),
        )
        for r in fetch_states(db, as_of=as_of)
    )
    return _table(
        "assessments",
        rows,
        [
            ("jurisdiction", "code"),
            ("criterion", "code"),
            ("status", "status"),
            ("evidence", "text"),
            ("effective_from", "date"),
            ("effective_to", "date"),
            ("citations", "text"),
            ("note", "text"),
            ("sources", "url"),
            ("citation_text", "text"),
            ("counterpoint", "text"),
            ("counterpoint_sources", "url"),
            ("untested", "text"),
        ],
        as_of,
    )


def export_instruments(db: Rows, as_of: date | None) -> ResultTable:
    return _table(
        "instruments",
        tuple(db.rows("export_instruments", as_of=as_of)),
        [
            ("jurisdiction", "code"),
            ("id", "code"),
            ("title", "text"),
            ("citation", "text"),
            ("kind", "text"),
            ("enacted", "date"),
            ("in_force", "date"),
            ("repealed", "date"),
            ("url", "url"),
        ],
        as_of,
    )


def export_definitions(db: Rows, as_of: date | None) -> ResultTable:
    attributes = list(dict.fromkeys(code for (code,) in db.rows("export_attribute_codes")))
    found = db.rows("export_definitions", as_of=as_of)
    values: dict[tuple[int, str], object] = {
        (def_id, code): value for def_id, code, value in db.rows("export_attribute_values")
    }
    rows = tuple(
        (
            code,
            term,
            cite_text(citation, pin),
            text,
            *(_value(values.get((def_id, name))) for name in attributes),
        )
        for def_id, code, term, citation, pin, text in found
    )
    return _table(
        "definitions",
        rows,
        [
            ("jurisdiction", "code"),
            ("term", "code"),
            ("citation", "text"),
            ("text", "text"),
            *((name, "text") for name in attributes),
        ],
        as_of,
    )


def export_jurisdictions(db: Rows, as_of: date | None) -> ResultTable:
    return _table(
        "jurisdictions",
        tuple(db.rows("export_jurisdictions")),
        [
            ("code", "code"),
            ("name", "text"),
            ("level", "text"),
            ("parent", "code"),
            ("region", "text"),
            ("legal_system", "text"),
            ("reviewed", "date"),
        ],
        as_of,
    )


def export_ratifications(db: Rows, as_of: date | None) -> ResultTable:
    return _table(
        "ratifications",
        tuple(db.rows("export_ratifications", as_of=as_of)),
        [
            ("jurisdiction", "code"),
            ("framework", "code"),
            ("ratified", "date"),
        ],
        as_of,
    )


def export_criteria(db: Rows, as_of: date | None) -> ResultTable:
    articles = articles_by_criterion(db)
    rows = tuple(
        (code, short, letter, name, question, articles.get(code))
        for code, short, letter, name, question in db.rows("export_criteria")
    )
    return _table(
        "criteria",
        rows,
        [
            ("code", "code"),
            ("id", "code"),
            ("category", "code"),
            ("name", "text"),
            ("question", "text"),
            ("called_for_by", "text"),
        ],
        as_of,
    )


DATASETS: dict[str, Callable[[Rows, date | None], ResultTable]] = {
    "jurisdictions": export_jurisdictions,
    "instruments": export_instruments,
    "definitions": export_definitions,
    "assessments": export_assessments,
    "ratifications": export_ratifications,
    "criteria": export_criteria,
}
# The datasets `export` writes as a directory of files (cli/export_cmds.py), not as one table.
DIRECTORIES = ("datapackage", "datasette")


def export_table(db: Rows, dataset: str, *, as_of: date | None) -> ResultTable:
    if dataset not in DATASETS:
        raise suggest(dataset, [*DATASETS, *DIRECTORIES], "dataset")
    return DATASETS[dataset](db, as_of)


def _table(
    name: str, rows: tuple[tuple[Cell, ...], ...], spec: list[tuple[str, str]], as_of: date | None
) -> ResultTable:
    columns = tuple(Column(key, key, kind) for key, kind in spec)  # type: ignore[arg-type]
    if rows and len(rows[0]) != len(columns):
        raise UsageError(
            f"internal: {name} export has {len(rows[0])} cells for {len(columns)} columns"
        )
    return ResultTable(
        name=f"export-{name}",
        title=f"{name}" + (f", as of {as_of.isoformat()}" if as_of else " (all dates)"),
        columns=columns,
        rows=rows,
        meta={"dataset": name, **({"as_of": as_of.isoformat()} if as_of else {})},
    )


def _value(value: object) -> Cell:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, int | str) else None
