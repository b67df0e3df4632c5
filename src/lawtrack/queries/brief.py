"""`brief CODE`: the facts an advocacy brief needs, each tied to a numbered footnote."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.analysis import score
from lawtrack.queries.common import (
    NOT_ASSESSED,
    articles_by_criterion,
    criteria,
    instrument_in_force,
    jurisdictions,
)
from lawtrack.queries.show import instrument_status
from lawtrack.queries.states import StateRecord, cite_text, fetch_states, grid
from lawtrack.results import Brief, BriefPoint

VICTIMS = ("D1", "D2", "D3", "D4")
TERMS = ("child", "csam")


class _Footnotes:
    def __init__(self) -> None:
        self.items: dict[tuple[str, tuple[str, ...]], int] = {}

    def add(self, citation: str, sources: tuple[str, ...]) -> int | None:
        if not citation and not sources:
            return None
        return self.items.setdefault((citation, sources), len(self.items) + 1)

    def listing(self) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
        return tuple((n, citation, sources) for (citation, sources), n in self.items.items())


def brief_for(session: Session, code: str, *, as_of: date) -> Brief:
    place = jurisdictions(session, [code])[0]
    j = m.Jurisdiction
    region, reviewed = session.execute(select(j.region, j.reviewed).where(j.id == place.id)).one()
    chosen = criteria(session)
    articles = articles_by_criterion(session)
    remedies = dict(session.execute(select(m.Criterion.code, m.Criterion.model_provision)).all())
    peers_refs = jurisdictions(session, region=region) if region else [place]
    states = grid(fetch_states(session, as_of=as_of, jurisdictions=[p.code for p in peers_refs]))
    notes = _Footnotes()

    def point(record: StateRecord | None, criterion_code: str, short: str, name: str) -> BriefPoint:
        status = record.status if record else NOT_ASSESSED
        footnote = (
            notes.add(record.citation_text, record.sources)
            if record and status != NOT_ASSESSED
            else None
        )
        return BriefPoint(
            short,
            name,
            status,
            record.note if record else None,
            footnote,
            articles.get(criterion_code),
            remedies.get(criterion_code),
        )

    points = [point(states.get((place.code, c.code)), c.code, c.short_id, c.name) for c in chosen]
    counted = score(p.status for p in points)
    peers = []
    for peer in peers_refs:
        peer_score = score(
            states[(peer.code, c.code)].status if (peer.code, c.code) in states else NOT_ASSESSED
            for c in chosen
        )
        peers.append((peer.code, peer.name, peer_score.coverage))
    known = [c for _, _, c in peers if c is not None]
    i = m.Instrument
    instruments = tuple(
        (citation, title, instrument_status(enacted, in_force, repealed, kind, as_of), url)
        for citation, title, kind, enacted, in_force, repealed, url in session.execute(
            select(i.citation, i.title, i.kind, i.enacted, i.in_force, i.repealed, i.url)
            .where(i.jurisdiction_id == place.id)
            .order_by(i.position)
        )
    )
    d = m.Definition
    definitions = tuple(
        (term, text, notes.add(cite_text(citation, pin), ()))
        for term, citation, pin, text in session.execute(
            select(m.Term.code, i.citation, d.pinpoint, d.text)
            .join(m.Term, d.term_id == m.Term.id)
            .join(i, d.instrument_id == i.id)
            .where(
                d.jurisdiction_id == place.id, m.Term.code.in_(TERMS), instrument_in_force(as_of)
            )
            .order_by(d.position)
        )
    )
    return Brief(
        code=place.code,
        name=place.name,
        region=region,
        as_of=as_of,
        reviewed=reviewed,
        met=counted.met,
        partial=counted.partial,
        gap=counted.gap,
        unclear=counted.unclear,
        not_assessed=counted.not_assessed,
        coverage=counted.coverage,
        region_coverage=sum(known) / len(known) if known else None,
        peers=tuple(sorted(peers, key=lambda p: (-(p[2] if p[2] is not None else -1), p[0]))),
        instruments=instruments,
        definitions=definitions,
        covered=tuple(p for p in points if p.status == "yes"),
        legislative_gaps=tuple(p for p in points if p.status in ("no", "partial")),
        ambiguities=tuple(p for p in points if p.status == "unclear"),
        research_gaps=tuple(p for p in points if p.status == NOT_ASSESSED),
        victims=tuple(p for p in points if p.id in VICTIMS),
        footnotes=notes.listing(),
    )


def briefs_for(
    session: Session, codes: list[str] | None, *, region: str | None, as_of: date
) -> list[Brief]:
    places = jurisdictions(session, codes, region=region)
    return [brief_for(session, place.code, as_of=as_of) for place in places]
