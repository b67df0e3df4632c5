"""Where the law falls short: `gaps`, `score` and the victims' view."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from lawtrack.analysis import rank_key, score
from lawtrack.queries.common import articles_by_criterion, criteria, jurisdictions, suggest
from lawtrack.queries.definitions import definitions_table
from lawtrack.queries.reader import Rows
from lawtrack.queries.states import NOT_ASSESSED_CELL, StateRecord, fetch_cells, grid_for
from lawtrack.results import RANK_MIN_SHARE, Column, ResultSet, ResultTable, Score, StatusCell
from lawtrack.status import GAP_KINDS, GAP_ORDER, NOT_ASSESSED, gap_kind

VICTIM_CRITERIA = ("D1", "D2", "D3", "D4")
VICTIM_TERMS = ("child", "age_of_consent", "trafficking_in_persons")
GAP_HELP = "; ".join(f"{kind.code}: {kind.meaning}" for kind in GAP_KINDS)


@dataclass(frozen=True)
class GapRow:
    jurisdiction: str
    kind: str
    short_id: str
    criterion: str
    name: str
    status: StatusCell
    evidence: str | None
    citation: str | None
    sources: str | None
    called_for_by: str | None
    note: str | None
    counterpoint: str | None = None
    counterpoint_sources: str | None = None
    untested: str | None = None

    def cells(self) -> tuple[str | None, ...]:
        return (
            self.jurisdiction,
            self.kind,
            self.short_id,
            self.criterion,
            self.name,
            self.status,
            self.evidence,
            self.citation,
            self.sources,
            self.called_for_by,
            self.note,
            self.counterpoint,
            self.counterpoint_sources,
            self.untested,
        )


GAP_COLUMNS = (
    Column("jurisdiction", "Jurisdiction", "code"),
    Column("gap", "Gap", help=GAP_HELP),
    Column("id", "Id", "code"),
    Column("criterion", "Criterion code", "code", for_people=False),
    Column("name", "Criterion"),
    Column("status", "Status", "status"),
    Column("evidence", "Evidence", for_people=False, help="complete | incomplete"),
    Column("citation", "Citation"),
    Column("sources", "Sources", "url"),
    Column("called_for_by", "Called for by"),
    Column("note", "Note"),
    Column(
        "counterpoint",
        "What a government may answer",
        help="the strongest reading against the gap, or 'None found: searched ...'",
    ),
    Column("counterpoint_sources", "Its sources", "url"),
    Column("untested", "Untested", help="yes: the law is ambiguous and no court has ruled"),
)


PENDING_COLUMN = Column(
    "pending",
    "Pending bill",
    help="a bill on the way on the date that names the criterion: its stage and what it would "
    "make the cell",
)
PENDING_NOTE = (
    "Pending bill: each bill on the way on the date (pending, or assented and not yet in force) "
    "that names the criterion, with its stage and the status it would give the cell; 'nothing "
    "pending' where the jurisdiction's bills were researched and none names it; 'bills not "
    "researched' where its file records no bill."
)


def gaps_table(
    db: Rows,
    codes: Sequence[str] | None = None,
    *,
    as_of: date,
    framework: str | None = None,
    region: str | None = None,
    bills: bool = False,
) -> ResultTable:
    """Every cell that is not met, by kind of gap, with the articles that call for the criterion.

    With `bills`, each gap also says which bill on the way names it (`queries/bills.py`)."""
    table = _gaps_table(db, codes, as_of=as_of, framework=framework, region=region)
    return _with_pending(db, table, as_of) if bills else table


def _with_pending(db: Rows, table: ResultTable, as_of: date) -> ResultTable:
    """The gaps table with a `pending` column after the status."""
    from lawtrack.queries.bills import fetch_bills, pending_by_cell, pending_text

    codes = sorted({str(row[0]) for row in table.rows})
    recorded = fetch_bills(db, codes)
    researched = {bill.jurisdiction for bill in recorded}
    pending = pending_by_cell(recorded, as_of)
    at = [column.key for column in table.columns].index("evidence") + 1
    rows = []
    for row in table.rows:
        code, criterion, status = str(row[0]), str(row[3]), str(row[5])
        said = pending_text(
            pending.get((code, criterion), []), status, researched=code in researched
        )
        rows.append((*row[:at], said, *row[at:]))
    return replace(
        table,
        columns=(*table.columns[:at], PENDING_COLUMN, *table.columns[at:]),
        rows=tuple(rows),
        meta={**table.meta, "bills": "yes"},
        notes=(*table.notes, PENDING_NOTE),
    )


def _gaps_table(
    db: Rows,
    codes: Sequence[str] | None = None,
    *,
    as_of: date,
    framework: str | None = None,
    region: str | None = None,
) -> ResultTable:
    places = jurisdictions(db, codes, region=region)
    chosen = criteria(db, framework=framework)
    states = grid_for(db, places, chosen, as_of=as_of)
    articles = articles_by_criterion(db, framework)
    found: list[GapRow] = []
    for place in places:
        for criterion in chosen:
            record = states.get((place.code, criterion.code))
            cell = record.cell if record else StatusCell(NOT_ASSESSED)
            kind = gap_kind(cell, cell.evidence)
            if kind is None:
                continue
            found.append(
                GapRow(
                    jurisdiction=place.code,
                    kind=kind,
                    short_id=criterion.short_id,
                    criterion=criterion.code,
                    name=criterion.name,
                    status=cell,
                    evidence=cell.evidence,
                    citation=record.citation_text if record else None,
                    sources=" ".join(record.sources) if record and record.sources else None,
                    called_for_by=articles.get(criterion.code),
                    note=record.note if record else None,
                    counterpoint=record.counterpoint if record else None,
                    counterpoint_sources=" ".join(record.counterpoint_sources) or None
                    if record
                    else None,
                    untested="yes" if record and record.untested else None,
                )
            )
    order = {c.code: n for n, c in enumerate(chosen)}
    found.sort(key=lambda g: (g.jurisdiction, GAP_ORDER.index(g.kind), order[g.criterion]))
    return ResultTable(
        name="gaps",
        title=f"Gaps as of {as_of.isoformat()}"
        + (f", measured against {framework}" if framework else ""),
        columns=GAP_COLUMNS,
        rows=tuple(g.cells() for g in found),
        key_columns=4,
        meta={"as_of": as_of.isoformat(), **({"framework": framework} if framework else {})},
        notes=tuple(f"{kind.code}: {kind.label}: {kind.meaning}." for kind in GAP_KINDS),
        empty_message="No gaps: every selected cell is met.",
    )


@dataclass(frozen=True)
class ScoreRow:
    code: str
    name: str
    counted: Score
    rank: int | None = None

    def cells(self) -> tuple[str | int | float | None, ...]:
        c = self.counted
        return (
            self.code,
            self.name,
            self.rank,
            c.met,
            c.partial,
            c.gap,
            c.unclear,
            c.not_assessed,
            c.assessed,
            c.incomplete,
            _percent(c.score),
            _percent(c.known),
        )


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


SORTS = {
    "score": lambda r: rank_key(r.counted, r.code),
    "known": lambda r: (-(r.counted.known or -1.0), r.code),
    "met": lambda r: (-r.counted.met, r.code),
    "assessed": lambda r: (-r.counted.assessed, r.code),
    "code": lambda r: (r.code,),
}


def score_table(
    db: Rows,
    *,
    as_of: date,
    framework: str | None = None,
    region: str | None = None,
    sort: str = "score",
) -> ResultTable:
    """Per jurisdiction: met / partial / no / unclear / not assessed, a score and a rank."""
    sort = "score" if sort == "coverage" else sort  # the old name of the default
    if sort not in SORTS:
        raise suggest(sort, list(SORTS), "sort key")
    places = jurisdictions(db, region=region)
    chosen = criteria(db, framework=framework)
    cells = fetch_cells(db, as_of=as_of, place_ids=[p.id for p in places] if region else None)
    rows = [
        ScoreRow(
            p.code,
            p.name,
            score(cells.get((p.id, c.id), NOT_ASSESSED_CELL) for c in chosen),
        )
        for p in places
    ]
    ranked = sorted((r for r in rows if r.counted.ranked), key=SORTS["score"])
    ranks = {r.code: n for n, r in enumerate(ranked, start=1)}
    rows = [ScoreRow(r.code, r.name, r.counted, ranks.get(r.code)) for r in rows]
    rows.sort(key=SORTS[sort])
    threshold = math.ceil(RANK_MIN_SHARE * len(chosen))
    return ResultTable(
        name="score",
        title=f"Scores as of {as_of.isoformat()}"
        + (f" against {framework}" if framework else "")
        + f" ({len(chosen)} criteria)",
        columns=_score_columns(len(chosen), threshold),
        rows=tuple(r.cells() for r in rows),
        key_columns=2,
        meta={
            "as_of": as_of.isoformat(),
            "criteria": str(len(chosen)),
            "rank_min_assessed": str(threshold),
            **({"framework": framework} if framework else {}),
        },
        notes=_score_notes(len(chosen), threshold),
    )


def _score_columns(total: int, threshold: int) -> tuple[Column, ...]:
    return (
        Column("jurisdiction", "Jurisdiction", "code"),
        Column("name", "Name", for_people=False),
        Column("rank", "Rank", "int", help=f"only with at least {threshold} assessed"),
        Column("met", "Met", "int"),
        Column("partial", "Partial", "int"),
        Column("gap", "No", "int"),
        Column("unclear", "Unclear", "int"),
        Column("not_assessed", "Not assessed", "int"),
        Column("assessed", f"Assessed (/{total})", "int"),
        Column("incomplete", "Incomplete", "int", help="assessed cells with incomplete evidence"),
        Column("score", f"Score % (/{total})", "number"),
        Column("known", "Known % (/assessed)", "number"),
    )


def _score_notes(total: int, threshold: int) -> tuple[str, ...]:
    return (
        f"Score = (met + ½ partial) / {total} criteria: a cell not assessed counts as "
        "not met, so the score is a floor that research can only raise.",
        "Known = (met + ½ partial) / assessed: the same measure over the assessed cells only; "
        "read it with its base (Assessed).",
        f"Ranked only with at least {threshold} of {total} criteria assessed; the "
        "others are listed after the ranked ones, unranked.",
        "Incomplete: assessed cells resting on a text not (fully) read (evidence incomplete).",
    )


def _cell(record: StateRecord | None) -> StatusCell:
    return record.cell if record else StatusCell(NOT_ASSESSED)


def victims_set(
    db: Rows, codes: Sequence[str] | None = None, *, as_of: date, region: str | None = None
) -> ResultSet:
    """Are victims criminalised? D1–D4 with citations, and the definitions behind them."""
    places = jurisdictions(db, codes, region=region)
    chosen = criteria(db, codes=VICTIM_CRITERIA)
    states = grid_for(db, places, chosen, as_of=as_of)
    rows = []
    for place in places:
        for criterion in chosen:
            record = states.get((place.code, criterion.code))
            rows.append(
                (
                    place.code,
                    criterion.short_id,
                    criterion.name,
                    _cell(record),
                    record.evidence if record else None,
                    record.citation_text if record else None,
                    " ".join(record.sources) if record and record.sources else None,
                    record.note if record else None,
                )
            )
    positions = ResultTable(
        name="victims",
        title=f"Victims' position, as of {as_of.isoformat()}",
        columns=(
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("id", "Id", "code"),
            Column("criterion", "Criterion"),
            Column("status", "Status", "status"),
            Column("evidence", "Evidence", for_people=False, help="complete | incomplete"),
            Column("citation", "Citation"),
            Column("sources", "Sources", "url"),
            Column("note", "Note"),
        ),
        rows=tuple(rows),
        key_columns=2,
        notes=(
            "D1 'no' or 'partial': victims can still be prosecuted or penalised "
            "for acts they were compelled to commit.",
        ),
    )
    definitions = [
        definitions_table(db, term, [p.code for p in places], as_of=as_of, text=False)
        for term in VICTIM_TERMS
    ]
    return ResultSet(
        name="victims",
        title="Are victims criminalised?",
        tables=(positions, *definitions),
        meta={"as_of": as_of.isoformat()},
    )
