"""Plain, frozen result objects handed from services to renderers (no ORM, no Typer)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from lawtrack.status import BY_CODE

# "citation" and "sources" belong to the status column before them: machine formats keep them as
# columns; tables, Markdown and HTML turn them into a numbered footnote (citation; source URLs).
ColumnKind = Literal[
    "text", "code", "status", "date", "int", "url", "citation", "sources", "number"
]
Cell = str | int | float | date | None


class StatusCell(str):
    """A status code that also says how complete the reading behind it is.

    It is the status code wherever a plain string is expected (CSV, JSON, sorting); renderers
    for people add a mark when the evidence is incomplete, and another when the cell shows the
    status a bill would give it (`bill`, from `--if-enacted`), not the law in force.
    """

    evidence: str | None
    bill: str | None

    def __new__(
        cls, status: str, evidence: str | None = None, bill: str | None = None
    ) -> StatusCell:
        made = super().__new__(cls, status)
        made.evidence = evidence
        made.bill = bill
        return made


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


RANK_MIN_SHARE = 0.8  # e.g. 20 of 25 criteria: below this a jurisdiction is listed, not ranked


@dataclass(frozen=True)
class Score:
    """Counts of statuses over a set of criteria, and the measures built on them.

    A score never rewards not researching: `score` counts a cell not assessed as not met (a
    floor that research can only raise); `known` is the same measure over the assessed cells,
    read with its base `assessed`; only jurisdictions with at least `RANK_MIN_SHARE` of the
    criteria assessed are `ranked`.
    """

    met: int
    partial: int
    gap: int
    unclear: int
    not_assessed: int
    incomplete: int = 0  # assessed cells whose reading is incomplete

    @property
    def total(self) -> int:
        return self.met + self.partial + self.gap + self.unclear + self.not_assessed

    @property
    def assessed(self) -> int:
        return self.total - self.not_assessed

    @property
    def points(self) -> float:
        """Each status counted at its weight in status.py (yes 1, partial ½, no and unclear 0)."""
        return sum(
            count * (BY_CODE[code].weight or 0.0)
            for code, count in (
                ("yes", self.met),
                ("partial", self.partial),
                ("no", self.gap),
                ("unclear", self.unclear),
            )
        )

    @property
    def score(self) -> float | None:
        """(met + ½ partial) over every criterion: a cell not assessed counts as not met."""
        return self.points / self.total if self.total else None

    @property
    def known(self) -> float | None:
        """(met + ½ partial) over the assessed cells only: read it with its base, `assessed`."""
        return self.points / self.assessed if self.assessed else None

    @property
    def rank_min(self) -> int:
        """The fewest assessed criteria a ranked jurisdiction has."""
        return math.ceil(RANK_MIN_SHARE * self.total)

    @property
    def ranked(self) -> bool:
        return self.total > 0 and self.assessed >= self.rank_min


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
    evidence: str | None = None
    counterpoint: str | None = None
    counterpoint_footnote: int | None = None
    untested: bool = False

    @property
    def incomplete(self) -> bool:
        return self.evidence == "incomplete"


@dataclass(frozen=True)
class BriefChange:
    """A criterion a pending bill would affect: the cell's status now and as the bill would make
    it, by which provision."""

    id: str
    name: str
    now: str
    status: str
    provision: str
    note: str | None
    footnote: int | None

    @property
    def changes(self) -> bool:
        return self.now != self.status


@dataclass(frozen=True)
class BriefBill:
    """A bill on the way on a brief's date: its stage (footnoted to that step's sources) and
    what it would change."""

    key: str
    title: str
    reference: str
    stage: str  # "in negotiation since 2025-12-09 (latest step 2026-06-29)"
    footnote: int | None
    note: str | None
    changes: tuple[BriefChange, ...]
    when: str = "if enacted"  # "once in force" for a bill assented and not yet in force


@dataclass(frozen=True)
class Peer:
    """A jurisdiction of the same region, as a brief compares it."""

    code: str
    name: str
    counted: Score
    rank: int | None  # among the region's ranked jurisdictions


@dataclass(frozen=True)
class RegionRow:
    """One criterion across a region: which jurisdictions meet it, and which kind of gap the
    others have (codes, in the region's rank order)."""

    id: str
    name: str
    met: tuple[str, ...]
    legislative: tuple[str, ...]  # no/partial on a complete reading: new legislation needed
    unconfirmed: tuple[str, ...]  # no/partial on an incomplete reading
    ambiguity: tuple[str, ...]
    research: tuple[str, ...]  # not yet researched

    @property
    def short(self) -> int:
        """Jurisdictions where the law falls short or may fall short."""
        return len(self.legislative) + len(self.unconfirmed)

    @property
    def assessed(self) -> int:
        return self.short + len(self.met) + len(self.ambiguity)


@dataclass(frozen=True)
class RegionOverview:
    """A region's jurisdictions compared criterion by criterion, before their briefs."""

    region: str
    as_of: date
    peers: tuple[Peer, ...]  # rank order
    rows: tuple[RegionRow, ...]  # criteria in codebook order

    @property
    def title(self) -> str:
        return (
            f"{self.region}: the law against cybersex trafficking, as of {self.as_of.isoformat()}"
        )

    @property
    def widespread(self) -> tuple[RegionRow, ...]:
        """Criteria on which at least half of the jurisdictions that were assessed on them fall
        (or may fall) short, most widespread first."""
        found = [r for r in self.rows if r.assessed and r.short * 2 >= r.assessed]
        return tuple(sorted(found, key=lambda r: (-r.short, -len(r.legislative), r.id)))


@dataclass(frozen=True)
class Briefs:
    """What `brief` renders: one brief per jurisdiction, and for a region its overview first."""

    briefs: tuple[Brief, ...]
    overview: RegionOverview | None = None


@dataclass(frozen=True)
class Brief:
    """A one-jurisdiction advocacy brief; every claim points at a numbered footnote."""

    code: str
    name: str
    region: str | None
    as_of: date
    reviewed: date | None
    counted: Score
    region_score: float | None  # the mean score of the region's ranked jurisdictions
    peers: tuple[Peer, ...]
    instruments: tuple[tuple[str, str, str, str | None], ...]  # citation, title, status, url
    # term, text, footnote, and whether the wording is today's (its date on `as_of` unknown)
    definitions: tuple[tuple[str, str, int | None, bool], ...]
    covered: tuple[BriefPoint, ...]
    legislative_gaps: tuple[BriefPoint, ...]  # no/partial on a complete reading
    unconfirmed_gaps: tuple[BriefPoint, ...]  # no/partial on an incomplete reading
    ambiguities: tuple[BriefPoint, ...]
    research_gaps: tuple[BriefPoint, ...]
    victims: tuple[BriefPoint, ...]
    footnotes: tuple[tuple[int, str, tuple[str, ...]], ...]  # number, citation, source URLs
    definitions_note: str | None = None  # said when the wording shown may postdate `as_of`
    # Pending legislation: whether the file records bills at all (if not, they were not
    # researched), those on the way on `as_of`, and the gaps (legislative and unconfirmed) that
    # no bill on the way would narrow, each with what touches it without narrowing it.
    bills_researched: bool = False
    pending_bills: tuple[BriefBill, ...] = ()
    unaddressed: tuple[tuple[BriefPoint, str | None], ...] = ()
    # criterion id, what a bill on the way that names it would do, the footnote of its stage
    pending_for: tuple[tuple[str, str, int | None], ...] = ()

    @property
    def title(self) -> str:
        return f"{self.name}: the law against cybersex trafficking, as of {self.as_of.isoformat()}"

    @property
    def ranked_peers(self) -> int:
        return sum(1 for peer in self.peers if peer.rank is not None)
