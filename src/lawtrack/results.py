"""Plain, frozen result objects handed from services to renderers (no ORM, no Typer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

ColumnKind = Literal["text", "code", "status", "date", "int", "url", "citation", "number"]
Cell = str | int | float | date | None


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: ColumnKind = "text"
    short: str | None = None  # a narrow header, e.g. a criterion's short id
    help: str | None = None  # what the column holds, for legends and documentation
    for_people: bool = True  # False: a key for scripts only, left out of tables and Markdown


@dataclass(frozen=True)
class ResultTable:
    """A view's answer: rows of cells under typed columns, with what a reader needs around it.

    `key_columns` leading columns identify a row; a renderer that must split a wide table
    repeats them. `transposable` lets a terminal renderer turn rows into columns when that
    fits the screen better (a matrix of few jurisdictions and many criteria). A `citation`
    column belongs to the status column before it: machine formats keep it as a column,
    tables and Markdown turn it into a numbered footnote.
    """

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    key_columns: int = 1
    transposable: bool = False
    notes: tuple[str, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)
    empty_message: str | None = None  # what a person is told when there are no rows

    @property
    def has_status(self) -> bool:
        return any(column.kind == "status" for column in self.columns)

    def dump(self) -> dict[str, Any]:
        """The stable JSON shape: {"view", "title", "meta", "columns", "rows": [{key: value}]}."""
        keys = [column.key for column in self.columns]
        return {
            "view": self.name,
            "title": self.title,
            "meta": dict(self.meta),
            "columns": [
                {
                    "key": c.key,
                    "label": c.label,
                    "kind": c.kind,
                    **({"short": c.short} if c.short else {}),
                }
                for c in self.columns
            ],
            "rows": [
                {key: _plain(value) for key, value in zip(keys, row, strict=True)}
                for row in self.rows
            ],
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class ResultSet:
    """A view in several parts (e.g. `show`: instruments, definitions, criteria, gaps)."""

    name: str
    title: str
    tables: tuple[ResultTable, ...]
    meta: dict[str, str] = field(default_factory=dict)

    def dump(self) -> dict[str, Any]:
        """{"view", "title", "meta", "sections": [each part's dump()]}."""
        return {
            "view": self.name,
            "title": self.title,
            "meta": dict(self.meta),
            "sections": [table.dump() for table in self.tables],
        }


Result = ResultTable | ResultSet


def _plain(value: Cell) -> str | int | float | None:
    return value.isoformat() if isinstance(value, date) else value


@dataclass(frozen=True)
class BriefPoint:
    """One criterion in a brief: what the law does, or what a provision must do."""

    id: str
    name: str
    status: str
    note: str | None
    footnote: int | None
    called_for_by: str | None = None
    remedy: str | None = None


@dataclass(frozen=True)
class Brief:
    """A one-jurisdiction advocacy brief; every claim points at a numbered footnote."""

    code: str
    name: str
    region: str | None
    as_of: date
    reviewed: date | None
    met: int
    partial: int
    gap: int
    unclear: int
    not_assessed: int
    coverage: float | None
    region_coverage: float | None
    peers: tuple[tuple[str, str, float | None], ...]
    instruments: tuple[tuple[str, str, str, str | None], ...]  # citation, title, status, url
    definitions: tuple[tuple[str, str, int | None], ...]  # term, text, footnote
    covered: tuple[BriefPoint, ...]
    legislative_gaps: tuple[BriefPoint, ...]
    ambiguities: tuple[BriefPoint, ...]
    research_gaps: tuple[BriefPoint, ...]
    victims: tuple[BriefPoint, ...]
    footnotes: tuple[tuple[int, str, tuple[str, ...]], ...]  # number, citation, source URLs

    @property
    def title(self) -> str:
        return f"{self.name}: the law against cybersex trafficking, as of {self.as_of.isoformat()}"
