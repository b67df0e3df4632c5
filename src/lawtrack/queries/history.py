"""The law over time: `timeline CODE` and `diff --from --to`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from lawtrack.errors import UsageError
from lawtrack.queries.bills import BillRecord, fetch_bills
from lawtrack.queries.common import criteria, jurisdictions
from lawtrack.queries.reader import Rows
from lawtrack.queries.states import StateRecord, fetch_states, grid
from lawtrack.results import Cell, Column, ResultTable
from lawtrack.status import NOT_ASSESSED


def timeline_table(db: Rows, code: str) -> ResultTable:
    """Dated events: instruments enacted, in force, repealed; bill stages; criterion states
    taking effect."""
    place = jurisdictions(db, [code])[0]
    events: list[tuple[Cell, ...]] = []
    for key, citation, title, _, enacted, in_force, repealed, _ in db.rows(
        "instruments_of", place=place.id
    ):
        for when, what in ((enacted, "enacted"), (in_force, "in force"), (repealed, "repealed")):
            if when is not None:
                events.append((when, "instrument", what, citation, title, key))
    names = {c.code: c for c in criteria(db)}
    previous: dict[str, str] = {}
    undated: list[tuple[Cell, ...]] = []
    for record in sorted(
        fetch_states(db, as_of=None, jurisdictions=[place.code]),
        key=lambda r: (r.criterion, r.effective_from or date.min),
    ):
        criterion = names[record.criterion]
        before = previous.get(record.criterion)
        change = f"{before} → {record.status}" if before else record.status
        previous[record.criterion] = record.status
        row = (
            record.effective_from,
            "criterion",
            change,
            record.citation_text,
            f"{criterion.short_id} {criterion.name}",
            record.criterion,
        )
        (events if record.effective_from else undated).append(row)
    for bill in fetch_bills(db, [place.code]):
        for step in bill.steps:
            event = step.word + (f" ({step.chamber})" if step.chamber else "")
            events.append((step.date, "bill", event, bill.reference, bill.title, bill.key))
    # On one date, instruments first (an Act takes effect), then bills, then the criteria.
    order = {"instrument": 0, "bill": 1, "criterion": 2}
    events.sort(key=lambda row: (str(row[0]), order[str(row[1])], str(row[5])))
    return ResultTable(
        name="timeline",
        title=f"{place.name} ({place.code}): timeline",
        columns=(
            Column("date", "Date", "date"),
            Column("kind", "Kind"),
            Column("event", "Event"),
            Column("citation", "Citation"),
            Column("subject", "Subject"),
            Column("ref", "Ref", "code"),
        ),
        rows=tuple(events + undated),
        key_columns=1,
        notes=("Rows without a date: a criterion state recorded without the date it took effect.",)
        if undated
        else (),
        empty_message="No dated events recorded.",
    )


AMENDED, FIRST_CODED, NOT_RECODED, RESTATED = "amended", "first coded", "not re-coded", "restated"

DIFF_COLUMNS = (
    Column("jurisdiction", "Jurisdiction", "code"),
    Column("id", "Id", "code"),
    Column("criterion", "Criterion", "code"),
    Column("from_status", "From", "status"),
    Column("to_status", "To", "status"),
    Column("change", "Change"),
    Column("changed", "Since", "date"),
    Column("citation", "Changed by"),
    Column("note", "Note"),
)


def change_kind(
    before: StateRecord | None, after: StateRecord | None, since: date, *, restated: bool
) -> str | None:
    """How a cell changed between two dates, or None if it did not (in the sense asked for).

    "first coded": the earlier status was never researched, so the row says since when the
    present answer holds, not what the law said before. "not re-coded": the law changed and the
    new answer is not yet researched. "restated" (only when asked): the status is the same but
    rests on a state that took effect after `since`.
    """
    old = before.status if before else NOT_ASSESSED
    new = after.status if after else NOT_ASSESSED
    if old != new:
        return (
            FIRST_CODED if old == NOT_ASSESSED else NOT_RECODED if new == NOT_ASSESSED else AMENDED
        )
    took_effect = after.effective_from if after else None
    if restated and before and new != NOT_ASSESSED and took_effect and took_effect > since:
        return RESTATED
    return None


def _diff_notes(counts: dict[str, int], total: int, *, amended_only: bool) -> tuple[str, ...]:
    first = counts.get(FIRST_CODED, 0)
    if amended_only or not first:
        return ()
    return (
        f"{first} of {total} rows are 'first coded': the earlier law was not researched, so the "
        "row shows since when the present answer holds, not a proven change. --amended-only "
        "leaves them out.",
    )


def _diff_empty(counts: dict[str, int], *, amended_only: bool) -> str:
    left_out = counts.get(FIRST_CODED, 0) if amended_only else 0
    if left_out:
        return (
            f"No researched cell changed status between these dates; {left_out} first-coded "
            "row(s) left out (drop --amended-only to see them)."
        )
    return "No cell changed status between these dates."


def _bill_moves(bills: Sequence[BillRecord], since: date, until: date) -> list[tuple[Cell, ...]]:
    """A row for each bill with a step after `since` and on or before `until`: the stage it
    moved from and to, the date of its latest step, its reference and that step's note."""
    rows: list[tuple[Cell, ...]] = []
    for bill in bills:
        before, after = bill.standing(since), bill.standing(until)
        if after is None or (before is not None and before.step == after.step):
            continue
        if before is None:
            move = f"bill: no step recorded → {after.step.word}"
        elif before.step.stage == after.step.stage:
            move = f"bill: {after.step.word}, a new step"
        else:
            move = f"bill: {before.step.word} → {after.step.word}"
        rows.append(
            (
                bill.jurisdiction,
                bill.key,
                "bill",
                None,
                None,
                move,
                after.step.date,
                bill.reference,
                after.step.note,
            )
        )
    return rows


def diff_table(
    db: Rows,
    codes: Sequence[str] | None = None,
    *,
    since: date,
    until: date,
    amended_only: bool = False,
    restated: bool = False,
    bills: bool = False,
) -> ResultTable:
    """Every cell whose status on `until` differs from `since`, with what changed it; and each
    bill that took a step in the period (its stage before and after).

    `amended_only` leaves out "first coded" cells; `restated` adds cells whose law changed in
    the period without changing their status (see `change_kind`); `bills` adds a row for each
    bill that took a step in the period (without it, a note counts them).
    """
    if until < since:
        raise UsageError(f"--to {until} is before --from {since}")
    places = jurisdictions(db, codes)
    chosen = [p.code for p in places]
    old = grid(fetch_states(db, as_of=since, jurisdictions=chosen, citations=False))
    new = grid(fetch_states(db, as_of=until, jurisdictions=chosen))
    codebook = criteria(db)
    recorded: dict[str, list[BillRecord]] = {}
    for bill in fetch_bills(db, chosen):
        recorded.setdefault(bill.jurisdiction, []).append(bill)
    counts: dict[str, int] = {}
    rows: list[tuple[Cell, ...]] = []
    moves: list[tuple[Cell, ...]] = []
    for place in places:
        for criterion in codebook:
            key = (place.code, criterion.code)
            before, after = old.get(key), new.get(key)
            kind = change_kind(before, after, since, restated=restated)
            if kind is None:
                continue
            counts[kind] = counts.get(kind, 0) + 1
            if amended_only and kind == FIRST_CODED:
                continue
            rows.append(
                (
                    place.code,
                    criterion.short_id,
                    criterion.code,
                    before.status if before else NOT_ASSESSED,
                    after.status if after else NOT_ASSESSED,
                    kind,
                    after.effective_from if after else None,
                    after.citation_text if after else None,
                    after.note if after else None,
                )
            )
        moves += _bill_moves(recorded.get(place.code, []), since, until)
    notes = _diff_notes(counts, len(rows), amended_only=amended_only)
    if bills:
        rows += moves
    elif moves:
        notes += (f"{len(moves)} bill(s) took a step in this period: --bills lists them.",)
    return ResultTable(
        name="diff",
        title=f"Changes from {since.isoformat()} to {until.isoformat()}",
        columns=DIFF_COLUMNS,
        rows=tuple(rows),
        key_columns=2,
        meta={
            "from": since.isoformat(),
            "to": until.isoformat(),
            "amended_only": "yes" if amended_only else "no",
            "restated": "yes" if restated else "no",
            **({"bills": "yes"} if bills else {}),
        },
        notes=notes,
        empty_message=_diff_empty(counts, amended_only=amended_only),
    )
