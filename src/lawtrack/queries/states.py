"""Assessment states with their citations and sources, fetched in three queries in all; or,
for a grid, only each cell's status (`fetch_cells`, one query)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from lawtrack.citing import CitationRef, citation_text, cite_text
from lawtrack.queries.reader import Rows
from lawtrack.results import StatusCell
from lawtrack.status import NOT_ASSESSED

__all__ = [
    "CitationRef",
    "StateRecord",
    "citation_text",
    "cite_text",
    "fetch_cells",
    "fetch_states",
    "grid",
]


@dataclass(frozen=True)
class StateRecord:
    jurisdiction: str
    criterion: str
    status: str
    evidence: str | None
    effective_from: date | None
    effective_to: date | None
    note: str | None
    citations: tuple[CitationRef, ...]
    sources: tuple[str, ...]
    counterpoint: str | None = None
    counterpoint_sources: tuple[str, ...] = ()
    untested: bool | None = None

    @property
    def cell(self) -> StatusCell:
        """The status as a table cell, carrying its evidence flag."""
        return StatusCell(self.status, self.evidence)

    @property
    def cite_ids(self) -> str:
        """The citations as the data files write them: "ra-11930 s. 4(c); AU:cc-1995 s. 474.22"."""
        return "; ".join(
            (f"{c.jurisdiction}:" if c.jurisdiction != self.jurisdiction else "")
            + c.instrument
            + (f" {c.pinpoint}" if c.pinpoint else "")
            for c in self.citations
        )

    @property
    def citation_text(self) -> str:
        return citation_text(self.citations)


def grid(records: Sequence[StateRecord]) -> dict[tuple[str, str], StateRecord]:
    """(jurisdiction, criterion) -> its state (for states fetched as of one date)."""
    return {(r.jurisdiction, r.criterion): r for r in records}


def grid_for(
    db: Rows,
    places: Sequence[Any],
    chosen: Sequence[Any],
    *,
    as_of: date,
    citations: bool = True,
) -> dict[tuple[str, str], StateRecord]:
    """The states of these jurisdictions × these criteria on `as_of` (objects with `.code`)."""
    return grid(
        fetch_states(
            db,
            as_of=as_of,
            jurisdictions=[p.code for p in places],
            criteria=[c.code for c in chosen],
            citations=citations,
        )
    )


Cells = dict[tuple[int, int], StatusCell]
NOT_ASSESSED_CELL = StatusCell(NOT_ASSESSED)


def fetch_cells(db: Rows, *, as_of: date, place_ids: Sequence[int] | None = None) -> Cells:
    """(jurisdiction id, criterion id) -> its status on `as_of`, for these jurisdictions (all
    when None): all a grid shows, so only that is fetched (no note, dates or citations).

    A cell that no state covers is absent: look it up with `.get(key, NOT_ASSESSED_CELL)`.
    """
    rows = db.rows(
        "state_cells",
        as_of=as_of,
        jurisdiction_ids=None if place_ids is None else list(place_ids),
    )
    made: dict[tuple[str, str | None], StatusCell] = {}  # one object per status and evidence
    cells: Cells = {}
    for place, criterion, status, evidence, _ in rows:
        cell = made.get((status, evidence))
        if cell is None:
            cell = made[(status, evidence)] = StatusCell(status, evidence)
        cells[(place, criterion)] = cell
    if len(cells) < len(rows):
        # Two states of one cell in effect on one date (validation forbids it): the later in
        # the file wins, as in `grid`.
        for place, criterion, status, evidence, _ in sorted(rows, key=lambda row: row[4]):
            cells[(place, criterion)] = StatusCell(status, evidence)
    return cells


def _listed(codes: Sequence[str] | None) -> list[str] | None:
    return None if codes is None else list(codes)


def fetch_states(
    db: Rows,
    *,
    as_of: date | None,
    jurisdictions: Sequence[str] | None = None,
    criteria: Sequence[str] | None = None,
    citations: bool = True,
) -> list[StateRecord]:
    """States in effect on `as_of` (every state, history included, when it is None).

    With `citations` off, citations and sources are left out (two queries saved).
    """
    chosen = {
        "as_of": as_of,
        "jurisdictions": _listed(jurisdictions),
        "criteria": _listed(criteria),
    }
    rows = db.rows("states", **chosen)
    cites = _citations(db, chosen) if rows and citations else {}
    sources = _sources(db, chosen) if rows and citations else {}
    return [
        StateRecord(
            jurisdiction=code,
            criterion=criterion,
            status=status,
            evidence=evidence,
            effective_from=start,
            effective_to=end,
            note=note,
            citations=tuple(cites.get(state_id, ())),
            sources=tuple(sources.get(state_id, ())),
            counterpoint=point,
            counterpoint_sources=tuple((point_sources or "").split()),
            untested=untested,
        )
        for (
            state_id,
            code,
            criterion,
            status,
            evidence,
            start,
            end,
            note,
            point,
            point_sources,
            untested,
        ) in rows
    ]


def _citations(db: Rows, chosen: dict[str, Any]) -> dict[int, list[CitationRef]]:
    out: dict[int, list[CitationRef]] = {}
    for state_id, code, key, citation, pinpoint, url in db.rows("state_citations", **chosen):
        out.setdefault(state_id, []).append(CitationRef(code, key, citation, pinpoint, url))
    return out


def _sources(db: Rows, chosen: dict[str, Any]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for state_id, url in db.rows("state_sources", **chosen):
        out.setdefault(state_id, []).append(url)
    return out
