"""`brief CODE`: the facts an advocacy brief needs, each tied to a numbered footnote."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lawtrack.analysis import instrument_status, rank_key, score
from lawtrack.queries.common import (
    CriterionRef,
    JurisdictionRef,
    articles_by_criterion,
    criteria,
    jurisdictions,
    undated_wording_note,
)
from lawtrack.queries.reader import Rows
from lawtrack.queries.states import StateRecord, cite_text, fetch_states, grid
from lawtrack.results import (
    Brief,
    BriefBill,
    BriefChange,
    BriefPoint,
    Briefs,
    Peer,
    RegionOverview,
    RegionRow,
    StatusCell,
)
from lawtrack.status import NOT_ASSESSED, gap_kind

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


@dataclass(frozen=True)
class _Context:
    """What every point of a brief draws on: the criteria, articles and model provisions."""

    chosen: list[CriterionRef]
    articles: dict[str, str]
    remedies: dict[str, str]


def brief_for(db: Rows, code: str, *, as_of: date) -> Brief:
    place = jurisdictions(db, [code])[0]
    ((region, reviewed),) = db.rows("jurisdiction_detail", place=place.id)
    context = _Context(
        criteria(db),
        articles_by_criterion(db),
        dict(db.rows("model_provisions")),
    )
    peers_refs = jurisdictions(db, region=region) if region else [place]
    states = grid(fetch_states(db, as_of=as_of, jurisdictions=[p.code for p in peers_refs]))
    notes = _Footnotes()
    points = [_point(states.get((place.code, c.code)), c, context, notes) for c in context.chosen]
    peers = _peers(peers_refs, context.chosen, states)
    ranked = [p.counted.score for p in peers if p.rank is not None and p.counted.score is not None]
    definitions, undated = _definitions(db, place, as_of, notes)

    def kind(wanted: str) -> tuple[BriefPoint, ...]:
        return tuple(p for p in points if gap_kind(p.status, p.evidence) == wanted)

    researched, pending, unaddressed, pending_for = _pending_legislation(
        db, place, as_of, points, (*kind("legislative"), *kind("unconfirmed")), notes
    )
    return Brief(
        code=place.code,
        name=place.name,
        region=region,
        as_of=as_of,
        reviewed=reviewed,
        counted=score(StatusCell(p.status, p.evidence) for p in points),
        region_score=sum(ranked) / len(ranked) if ranked else None,
        peers=peers,
        instruments=_instruments(db, place, as_of),
        definitions=definitions,
        covered=tuple(p for p in points if p.status == "yes"),
        legislative_gaps=kind("legislative"),
        unconfirmed_gaps=kind("unconfirmed"),
        ambiguities=kind("ambiguity"),
        research_gaps=kind("research"),
        victims=tuple(p for p in points if p.id in VICTIMS),
        footnotes=notes.listing(),
        definitions_note=undated,
        bills_researched=researched,
        pending_bills=pending,
        unaddressed=unaddressed,
        pending_for=pending_for,
    )


def _pending_legislation(
    db: Rows,
    place: JurisdictionRef,
    as_of: date,
    points: Sequence[BriefPoint],
    gaps: Sequence[BriefPoint],
    notes: _Footnotes,
) -> tuple[
    bool,
    tuple[BriefBill, ...],
    tuple[tuple[BriefPoint, str | None], ...],
    tuple[tuple[str, str, int | None], ...],
]:
    """Whether the file records bills; those on the way on `as_of`, footnoted; the gaps no bill
    on the way would narrow (with the bills that touch them without narrowing them); and for
    each criterion a bill names, what that bill would do, footnoted."""
    from lawtrack.queries.bills import fetch_bills, improves

    recorded = fetch_bills(db, [place.code])
    status = {p.id: p.status for p in points}
    pending = []
    narrowed: set[str] = set()
    touched: dict[str, list[str]] = {}
    pending_for: list[tuple[str, str, int | None]] = []
    for bill in recorded:
        standing = bill.standing(as_of)
        if standing is None or not standing.on_the_way:
            continue
        step = standing.step
        stage_note = notes.add(
            f"{bill.reference}: {step.word}, {step.date.isoformat()}", step.sources
        )
        changes = []
        for change in bill.changes:
            now = status.get(change.short_id, NOT_ASSESSED)
            changes.append(
                BriefChange(
                    change.short_id,
                    change.name,
                    now,
                    change.status,
                    change.provision,
                    change.note,
                    notes.add(f"{bill.reference}, {change.provision}", change.sources),
                )
            )
            verb = "leave it" if change.status == now else "make it"
            said = f"{bill.key} ({standing.text()}) would {verb} {change.status}"
            pending_for.append((change.short_id, said, stage_note))
            if improves(change, now):
                narrowed.add(change.short_id)
            else:
                touched.setdefault(change.short_id, []).append(
                    f"{bill.key} would {verb} {change.status}"
                )
        pending.append(
            BriefBill(
                bill.key,
                bill.title,
                bill.reference,
                standing.text(),
                stage_note,
                bill.note,
                tuple(changes),
                "once in force" if step.stage == "assented" else "if enacted",
            )
        )
    unaddressed = tuple(
        (p, "; ".join(touched[p.id]) if p.id in touched else None)
        for p in gaps
        if p.id not in narrowed
    )
    return bool(recorded), tuple(pending), unaddressed, tuple(pending_for)


def _point(
    record: StateRecord | None, criterion: CriterionRef, context: _Context, notes: _Footnotes
) -> BriefPoint:
    status = record.status if record else NOT_ASSESSED
    footnote = (
        notes.add(record.citation_text, record.sources)
        if record and status != NOT_ASSESSED
        else None
    )
    answer = record.counterpoint if record else None
    return BriefPoint(
        criterion.short_id,
        criterion.name,
        status,
        record.note if record else None,
        footnote,
        context.articles.get(criterion.code),
        context.remedies.get(criterion.code),
        record.evidence if record else None,
        answer,
        notes.add(
            f"What a government may answer on {criterion.short_id}", record.counterpoint_sources
        )
        if record and answer
        else None,
        bool(record and record.untested),
    )


def _peers(
    refs: Sequence[JurisdictionRef],
    chosen: Sequence[CriterionRef],
    states: dict[tuple[str, str], StateRecord],
) -> tuple[Peer, ...]:
    """The region's jurisdictions in rank order; ranks only for those assessed enough."""

    def cell(code: str, criterion: str) -> StatusCell:
        record = states.get((code, criterion))
        return record.cell if record else StatusCell(NOT_ASSESSED)

    counted = [(ref, score(cell(ref.code, c.code) for c in chosen)) for ref in refs]
    counted.sort(key=lambda pair: rank_key(pair[1], pair[0].code))
    peers, rank = [], 0
    for ref, tally in counted:
        rank += tally.ranked
        peers.append(Peer(ref.code, ref.name, tally, rank if tally.ranked else None))
    return tuple(peers)


def _instruments(
    db: Rows, place: JurisdictionRef, as_of: date
) -> tuple[tuple[str, str, str, str | None], ...]:
    return tuple(
        (citation, title, instrument_status(enacted, in_force, repealed, kind, as_of), url)
        for _, citation, title, kind, enacted, in_force, repealed, url in db.rows(
            "instruments_of", place=place.id
        )
        if not (enacted is not None and enacted > as_of)  # not yet made on that date
    )


def _definitions(
    db: Rows, place: JurisdictionRef, as_of: date, notes: _Footnotes
) -> tuple[tuple[tuple[str, str, int | None, bool], ...], str | None]:
    undated = undated_wording_note(as_of)
    found = []
    marked = False
    for term, citation, pin, text, since in db.rows("definitions_of", place=place.id, as_of=as_of):
        if term not in TERMS:
            continue
        current = bool(undated) and since is None
        marked = marked or current
        found.append((term, text, notes.add(cite_text(citation, pin), ()), current))
    return tuple(found), undated if marked else None


def briefs_for(db: Rows, codes: list[str] | None, *, region: str | None, as_of: date) -> Briefs:
    places = jurisdictions(db, codes, region=region)
    briefs = tuple(brief_for(db, place.code, as_of=as_of) for place in places)
    if region is None or not places:
        return Briefs(briefs)
    return Briefs(briefs, region_overview(db, region, places, as_of=as_of))


def region_overview(
    db: Rows, region: str, places: Sequence[JurisdictionRef], *, as_of: date
) -> RegionOverview:
    """Every criterion across the region: who meets it, and each kind of gap the others have."""
    chosen = criteria(db)
    states = grid(fetch_states(db, as_of=as_of, jurisdictions=[p.code for p in places]))
    peers = _peers(places, chosen, states)
    order = [peer.code for peer in peers]
    rows = []
    for criterion in chosen:
        kinds: dict[str | None, list[str]] = {}
        for code in order:
            record = states.get((code, criterion.code))
            status = record.status if record else NOT_ASSESSED
            kinds.setdefault(gap_kind(status, record.evidence if record else None), []).append(code)
        rows.append(
            RegionRow(
                criterion.short_id,
                criterion.name,
                tuple(kinds.get(None, [])),
                tuple(kinds.get("legislative", [])),
                tuple(kinds.get("unconfirmed", [])),
                tuple(kinds.get("ambiguity", [])),
                tuple(kinds.get("research", [])),
            )
        )
    return RegionOverview(region, as_of, peers, tuple(rows))
