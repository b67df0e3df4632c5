"""Bills: `lawtrack bills`, and what the other views say of them (`gaps --bills`,
`compare`/`matrix --if-enacted`, timelines, briefs).

A bill's stage on a date is its newest step on or before that date; "since" is the first step
of the run of steps with that stage (a bill in negotiation since the first trilogue, whatever
the later rounds). Its would-change entries are read against each cell's status on the same
date, so a view says "would make it partial" or "would leave it partial".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from lawtrack import stages
from lawtrack.errors import UsageError
from lawtrack.queries.common import CriterionRef, JurisdictionRef, jurisdictions, suggest
from lawtrack.queries.reader import Rows
from lawtrack.queries.states import Cells, fetch_states
from lawtrack.results import Cell, Column, ResultTable, StatusCell
from lawtrack.status import BY_CODE as STATUS
from lawtrack.status import NOT_ASSESSED


@dataclass(frozen=True)
class Step:
    stage: str
    date: date
    chamber: str | None
    note: str | None
    sources: tuple[str, ...]

    @property
    def word(self) -> str:
        return stages.word(self.stage)


@dataclass(frozen=True)
class Change:
    criterion: str
    short_id: str
    name: str
    status: str
    provision: str
    note: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Standing:
    """Where a bill stood on a date: its newest step then, and since when it had that stage."""

    step: Step
    since: date

    @property
    def on_the_way(self) -> bool:
        return stages.on_the_way(self.step.stage)

    def text(self) -> str:
        """'in negotiation since 2025-12-09' (with the latest step when it is later), or
        'introduced on 2025-06-11'."""
        joint = "since" if self.step.stage in stages.ONGOING else "on"
        said = f"{self.step.word} {joint} {self.since.isoformat()}"
        if self.step.date != self.since:
            said += f" (latest step {self.step.date.isoformat()})"
        if self.step.stage == "assented":
            said += ", not yet in force"
        return said


@dataclass(frozen=True)
class BillRecord:
    jurisdiction: str
    key: str
    title: str
    reference: str
    chambers: tuple[str, ...]
    url: str | None
    note: str | None
    became: str | None  # "prca-2026-09", or "EU:reg-2024-1307" for another file's
    became_citation: str | None
    steps: tuple[Step, ...]  # newest first
    changes: tuple[Change, ...]

    @property
    def ref(self) -> str:
        return f"{self.jurisdiction}:{self.key}"

    def standing(self, as_of: date) -> Standing | None:
        """Its stage on `as_of`, or None if no step had happened by then."""
        steps = [step for step in self.steps if step.date <= as_of]
        if not steps:
            return None
        since = steps[0].date
        for step in steps[1:]:
            if step.stage != steps[0].stage:
                break
            since = step.date
        return Standing(steps[0], since)

    def change_for(self, criterion: str) -> Change | None:
        return next((c for c in self.changes if c.criterion == criterion), None)


def fetch_bills(db: Rows, codes: Sequence[str] | None = None) -> list[BillRecord]:
    """Every bill of these jurisdictions (all when None), in code and file order."""
    chosen = {"jurisdictions": None if codes is None else list(codes)}
    rows = db.rows("bill_rows", **chosen)
    if not rows:
        return []
    step_sources = _grouped(db.rows("bill_stage_source_rows", **chosen))
    change_sources = _grouped(db.rows("bill_change_source_rows", **chosen))
    steps: dict[int, list[Step]] = {}
    for step_id, bill_id, stage, day, chamber, note in db.rows("bill_stage_rows", **chosen):
        sources = tuple(step_sources.get(step_id, ()))
        steps.setdefault(bill_id, []).append(Step(stage, day, chamber, note, sources))
    changes: dict[int, list[Change]] = {}
    for change_id, bill_id, criterion, short, name, status, provision, note in db.rows(
        "bill_change_rows", **chosen
    ):
        sources = tuple(change_sources.get(change_id, ()))
        changes.setdefault(bill_id, []).append(
            Change(criterion, short, name, status, provision, note, sources)
        )
    out = []
    for row in rows:
        bill_id, code, key, title, reference, chambers, url, note, owner, became, cited = row
        out.append(
            BillRecord(
                jurisdiction=code,
                key=key,
                title=title,
                reference=reference,
                chambers=tuple(chambers.split("; ")) if chambers else (),
                url=url,
                note=note,
                became=None
                if became is None
                else (became if owner == code else f"{owner}:{became}"),
                became_citation=cited,
                steps=tuple(steps.get(bill_id, ())),
                changes=tuple(changes.get(bill_id, ())),
            )
        )
    return out


def _grouped(rows: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for owner, url in rows:
        out.setdefault(owner, []).append(url)
    return out


def resolve(db: Rows, refs: Sequence[str]) -> list[BillRecord]:
    """The bills named by `refs` ("eu-csar", or "EU:eu-csar"), in the order given."""
    every = fetch_bills(db)
    by_ref = {bill.ref: bill for bill in every}
    by_key: dict[str, list[BillRecord]] = {}
    for bill in every:
        by_key.setdefault(bill.key, []).append(bill)
    found = []
    for ref in refs:
        code, _, key = ref.rpartition(":")
        if code:
            exact = by_ref.get(f"{code.upper()}:{key}")
            if exact is None:
                raise suggest(ref, sorted(by_ref), "bill")
            bill = exact
        else:
            named = by_key.get(key, [])
            if len(named) > 1:
                choices = " or ".join(b.ref for b in named)
                raise UsageError(f"bill '{key}' is in more than one file: name it as {choices}")
            if not named:
                close = difflib.get_close_matches(key, sorted(by_key), n=3, cutoff=0.5)
                raise suggest(key, close or sorted(by_key), "bill")
            bill = named[0]
        if bill in found:
            raise UsageError(f"bill '{ref}' is named twice")
        found.append(bill)
    return found


def _statuses(
    db: Rows, bills: Sequence[BillRecord], as_of: date
) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(jurisdiction, criterion) -> (status, evidence) on `as_of`, for the cells bills name."""
    codes = sorted({bill.jurisdiction for bill in bills})
    criteria = sorted({change.criterion for bill in bills for change in bill.changes})
    if not codes or not criteria:
        return {}
    records = fetch_states(db, as_of=as_of, jurisdictions=codes, criteria=criteria, citations=False)
    return {(r.jurisdiction, r.criterion): (r.status, r.evidence) for r in records}


def effect(change: Change, now: str) -> str:
    """What enacting the bill would do to a cell now `now`: "E3 partial → yes" or
    "E1 partial (no change)"."""
    word = STATUS[now].word
    if now == change.status:
        return f"{change.short_id} {word} (no change)"
    return f"{change.short_id} {word} → {STATUS[change.status].word}"


def bills_table(
    db: Rows,
    codes: Sequence[str] | None = None,
    *,
    as_of: date,
    stage: str | None = None,
    region: str | None = None,
) -> ResultTable:
    """Each bill's stage on `as_of`, its latest step's sources, and what it would change."""
    wanted = stages.matching(stage) if stage else None
    if stage and not wanted:
        raise suggest(stage, [*stages.CODES, *stages.KINDS], "stage")
    places = jurisdictions(db, codes, region=region)
    bills = fetch_bills(db, [p.code for p in places])
    order = {p.code: n for n, p in enumerate(places)}
    bills.sort(key=lambda bill: order[bill.jurisdiction])
    now = _statuses(db, bills, as_of)
    rows = []
    for bill in bills:
        standing = bill.standing(as_of)
        if standing is None or (wanted and standing.step.stage not in wanted):
            continue
        step = standing.step
        effects = [
            effect(c, now.get((bill.jurisdiction, c.criterion), (NOT_ASSESSED, None))[0])
            for c in bill.changes
        ]
        rows.append(
            (
                bill.jurisdiction,
                bill.key,
                bill.title,
                bill.reference,
                step.word,
                step.stage,
                stages.kind(step.stage),
                standing.since,
                step.date,
                step.chamber,
                "; ".join(effects) or None,
                "; ".join(f"{c.criterion}={c.status}" for c in bill.changes) or None,
                bill.became_citation,
                bill.became,
                " ".join(step.sources) or None,
                step.note,
                bill.note,
                bill.url,
            )
        )
    return ResultTable(
        name="bills",
        title=f"Bills as of {as_of.isoformat()}" + (f", at stage {stage}" if stage else ""),
        columns=BILL_COLUMNS,
        rows=tuple(rows),
        key_columns=2,
        meta={"as_of": as_of.isoformat(), **({"stage": stage} if stage else {})},
        notes=BILL_NOTES,
        empty_message=_empty(bills, stage, as_of),
    )


BILL_COLUMNS = (
    Column("jurisdiction", "Jurisdiction", "code"),
    Column("id", "Bill", "code"),
    Column("title", "Title"),
    Column("reference", "Reference"),
    Column("stage", "Stage", help="the newest step on or before the date"),
    Column("stage_code", "Stage code", "code", for_people=False),
    Column("kind", "Kind", for_people=False, help="pending | enacted | ended"),
    Column("since", "Since", "date", help="the first step of the run at this stage"),
    Column("latest_step", "Latest step", "date"),
    Column("chamber", "Chamber"),
    Column(
        "would_change",
        "Would change",
        help="each criterion named: its status on the date, then if enacted as seen",
    ),
    Column("would_change_codes", "Would change (codes)", for_people=False),
    Column("became", "Became"),
    Column("became_id", "Became (id)", "code", for_people=False),
    Column("sources", "Sources", "url", help="the addresses read for the latest step"),
    Column("step_note", "Step note"),
    Column("note", "Note"),
    Column("url", "Bill record", "url", for_people=False),
)

BILL_NOTES = (
    "Stage: the bill's newest recorded step on or before the date; a bill with no step by then "
    "is not listed. Stages: "
    + "; ".join(f"{info.word} ({info.kind})" for info in stages.STAGES)
    + ".",
    "Would change: each criterion the bill names, its status on the date, and the status it "
    "would have if the bill were enacted as seen; 'no change' means the bill touches the cell "
    "without changing its status.",
    "A recorded stage is the last one verified; where a later stage could not be verified, "
    "the note says so (LAST VERIFIED STAGE).",
)


def _empty(bills: Sequence[BillRecord], stage: str | None, as_of: date) -> str:
    if not bills:
        return "No bill recorded for these jurisdictions: their pending bills were not researched."
    if stage:
        return f"No bill at stage {stage} on {as_of.isoformat()}."
    return f"No bill had reached a recorded stage by {as_of.isoformat()}."


# --- gaps --bills -------------------------------------------------------------------------------

NOTHING_PENDING = "nothing pending"
NOT_RESEARCHED = "bills not researched"


def pending_by_cell(
    bills: Sequence[BillRecord], as_of: date
) -> dict[tuple[str, str], list[tuple[BillRecord, Standing, Change]]]:
    """(jurisdiction, criterion) -> the bills on the way on `as_of` that name it."""
    out: dict[tuple[str, str], list[tuple[BillRecord, Standing, Change]]] = {}
    for bill in bills:
        standing = bill.standing(as_of)
        if standing is None or not standing.on_the_way:
            continue
        for change in bill.changes:
            out.setdefault((bill.jurisdiction, change.criterion), []).append(
                (bill, standing, change)
            )
    return out


def pending_text(
    pending: Sequence[tuple[BillRecord, Standing, Change]], now: str, *, researched: bool
) -> str:
    """What is on the way for one gap: "eu-csar: in negotiation since 2025-12-09, would leave it
    partial", "nothing pending", or "bills not researched" when the file records no bill."""
    if not pending:
        return NOTHING_PENDING if researched else NOT_RESEARCHED
    said = []
    for bill, standing, change in pending:
        verb = "leave" if change.status == now else "make"
        said.append(f"{bill.key}: {standing.text()}, would {verb} it {STATUS[change.status].word}")
    return "; ".join(said)


def improves(change: Change, now: str) -> bool:
    """Whether enacting the change would raise the cell's status (close or narrow its gap)."""
    before = STATUS[now].weight or 0.0
    after = STATUS[change.status].weight or 0.0
    return after > before


# --- compare / matrix --if-enacted ------------------------------------------------------------


@dataclass(frozen=True)
class Hypothesis:
    """The cells that bills would change if enacted as seen: each with its new status (marked
    with the bill), and what a reader is told of it."""

    bills: tuple[BillRecord, ...]
    cells: dict[tuple[int, int], StatusCell]  # (jurisdiction id, criterion id) -> new cell
    changes: dict[tuple[int, int], tuple[BillRecord, Change]]
    notes: tuple[str, ...]

    @property
    def title(self) -> str:
        return ", if " + " and ".join(bill.key for bill in self.bills) + " were enacted"

    @property
    def meta(self) -> dict[str, str]:
        return {"if_enacted": " ".join(bill.ref for bill in self.bills)}

    def evidence(self, key: tuple[int, int]) -> list[Cell] | None:
        """What `--cite` shows for a changed cell: no evidence flag, the bill and its provision
        as citation, and the sources of the change."""
        if key not in self.changes:
            return None
        bill, change = self.changes[key]
        return [
            None,
            f"if enacted: {bill.reference}, {change.provision}",
            " ".join(change.sources) or None,
        ]


def if_enacted(
    db: Rows,
    refs: Sequence[str],
    places: Sequence[JurisdictionRef],
    chosen: Sequence[CriterionRef],
    now: Cells,
) -> Hypothesis:
    """The cells of `places` × `chosen` that the bills `refs` name, as they would stand if the
    bills were enacted as seen; `now`: each cell's status today (absent: not assessed)."""
    bills = resolve(db, refs)
    place_of = {place.code: place for place in places}
    criterion_of = {criterion.code: criterion for criterion in chosen}
    cells: dict[tuple[int, int], StatusCell] = {}
    changes: dict[tuple[int, int], tuple[BillRecord, Change]] = {}
    notes: list[str] = []
    said: dict[tuple[int, int], str] = {}  # in the order the view shows the cells
    for bill in bills:
        place = place_of.get(bill.jurisdiction)
        if place is None:
            raise UsageError(
                f"--if-enacted {bill.ref}: {bill.jurisdiction} is not among the jurisdictions shown"
            )
        shown = [c for c in bill.changes if c.criterion in criterion_of]
        if not shown:
            notes.append(
                f"{stages.IF_ENACTED_MARK} {bill.key} ({bill.reference}) names no criterion "
                "shown: no cell changes."
            )
        for change in shown:
            criterion = criterion_of[change.criterion]
            key = (place.id, criterion.id)
            if key in changes:
                other = changes[key][0]
                raise UsageError(
                    f"--if-enacted: {bill.jurisdiction} {criterion.short_id} is named by both "
                    f"{other.key} and {bill.key}; give one of them"
                )
            changes[key] = (bill, change)
            cells[key] = StatusCell(change.status, None, bill.key)
            before = str(now.get(key, StatusCell(NOT_ASSESSED)))
            said[(places.index(place), chosen.index(criterion))] = (
                f"{stages.IF_ENACTED_MARK} {bill.jurisdiction} {criterion.short_id} "
                f"{criterion.name}: {STATUS[before].word} in force, "
                f"{STATUS[change.status].word} if {bill.key} ({bill.reference}) were enacted as "
                f"seen ({change.provision})" + (": no change." if before == change.status else ".")
            )
    notes = [said[key] for key in sorted(said)] + notes
    return Hypothesis(tuple(bills), cells, changes, tuple(notes))
