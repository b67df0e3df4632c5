"""Assessment states with their citations and sources, fetched in three queries in all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from lawtrack import models as m
from lawtrack.citing import CitationRef, citation_text, cite_text
from lawtrack.queries.common import state_in_effect
from lawtrack.results import StatusCell

__all__ = ["CitationRef", "StateRecord", "citation_text", "cite_text", "fetch_states", "grid"]


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
    session: Session,
    places: Sequence[Any],
    chosen: Sequence[Any],
    *,
    as_of: date,
    citations: bool = True,
) -> dict[tuple[str, str], StateRecord]:
    """The states of these jurisdictions × these criteria on `as_of` (objects with `.code`)."""
    return grid(
        fetch_states(
            session,
            as_of=as_of,
            jurisdictions=[p.code for p in places],
            criteria=[c.code for c in chosen],
            citations=citations,
        )
    )


def fetch_states(
    session: Session,
    *,
    as_of: date | None,
    jurisdictions: Sequence[str] | None = None,
    criteria: Sequence[str] | None = None,
    citations: bool = True,
) -> list[StateRecord]:
    """States in effect on `as_of` (every state, history included, when it is None).

    With `citations` off, citations and sources are left out (two queries saved).
    """
    s, j, c = m.AssessmentState, m.Jurisdiction, m.Criterion
    wanted = []
    if as_of is not None:
        wanted.append(state_in_effect(as_of))
    if jurisdictions is not None:
        wanted.append(j.code.in_(list(jurisdictions)))
    if criteria is not None:
        wanted.append(c.code.in_(list(criteria)))

    def chosen(*columns: Any) -> Select[Any]:
        return (
            select(*columns)
            .join(j, s.jurisdiction_id == j.id)
            .join(c, s.criterion_id == c.id)
            .where(*wanted)
        )

    query = chosen(
        s.id,
        j.code,
        c.code,
        s.status,
        s.evidence,
        s.effective_from,
        s.effective_to,
        s.note,
        s.counterpoint,
        s.counterpoint_sources,
        s.untested,
    ).order_by(j.code, c.position, s.position)
    rows = session.execute(query).all()
    ids = chosen(s.id).scalar_subquery()
    cites = _citations(session, ids) if rows and citations else {}
    sources = _sources(session, ids) if rows and citations else {}
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


def _citations(session: Session, state_ids: Any) -> dict[int, list[CitationRef]]:
    owner = aliased(m.Jurisdiction)
    i, ci = m.Instrument, m.Citation
    query = (
        select(ci.state_id, owner.code, i.key, i.citation, ci.pinpoint, i.url)
        .join(i, ci.instrument_id == i.id)
        .join(owner, i.jurisdiction_id == owner.id)
        .where(ci.state_id.in_(state_ids))
        .order_by(ci.state_id, ci.position)
    )
    out: dict[int, list[CitationRef]] = {}
    for state_id, code, key, citation, pinpoint, url in session.execute(query):
        out.setdefault(state_id, []).append(CitationRef(code, key, citation, pinpoint, url))
    return out


def _sources(session: Session, state_ids: Any) -> dict[int, list[str]]:
    src = m.Source
    query = (
        select(src.state_id, src.url)
        .where(src.state_id.in_(state_ids))
        .order_by(src.state_id, src.position)
    )
    out: dict[int, list[str]] = {}
    for state_id, url in session.execute(query):
        out.setdefault(state_id, []).append(url)
    return out
