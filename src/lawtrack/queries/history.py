"""The law over time: `timeline CODE` and `diff --from --to`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.errors import UsageError
from lawtrack.queries.common import NOT_ASSESSED, criteria, jurisdictions
from lawtrack.queries.states import StateRecord, fetch_states, grid
from lawtrack.results import Cell, Column, ResultTable


def timeline_table(session: Session, code: str) -> ResultTable:
    """Dated events: instruments enacted, in force, repealed; criterion states taking effect."""
    place = jurisdictions(session, [code])[0]
    events: list[tuple[Cell, ...]] = []
    i = m.Instrument
    for key, citation, title, enacted, in_force, repealed in session.execute(
        select(i.key, i.citation, i.title, i.enacted, i.in_force, i.repealed).where(
            i.jurisdiction_id == place.id
        )
    ):
        for when, what in ((enacted, "enacted"), (in_force, "in force"), (repealed, "repealed")):
            if when is not None:
                events.append((when, "instrument", what, citation, title, key))
    names = {c.code: c for c in criteria(session)}
    previous: dict[str, str] = {}
    undated: list[tuple[Cell, ...]] = []
    for record in sorted(
        fetch_states(session, as_of=None, jurisdictions=[place.code]),
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
    # On one date, instruments first (an Act takes effect), then the criteria it changed.
    events.sort(key=lambda row: (str(row[0]), row[1] != "instrument", str(row[5])))
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


def _restated(before: StateRecord | None, after: StateRecord | None, since: date) -> bool:
    """The same status on both dates, but resting on a state that took effect after `since`."""
    return (
        before is not None
        and after is not None
        and after.status != NOT_ASSESSED
        and after.effective_from is not None
        and after.effective_from > since
    )


def diff_table(
    session: Session,
    codes: Sequence[str] | None = None,
    *,
    since: date,
    until: date,
    amended_only: bool = False,
    restated: bool = False,
) -> ResultTable:
    """Every cell whose status on `until` differs from `since`, with what changed it.

    A cell whose earlier status was never researched is "first coded": the row says since when
    the present answer holds, not what the law said before. `amended_only` leaves those out. A
    cell whose law changed but whose new answer is not yet researched is "not re-coded".
    With `restated`, a cell whose law changed in the period without changing its status is
    listed too, as "restated".
    """
    if until < since:
        raise UsageError(f"--to {until} is before --from {since}")
    places = jurisdictions(session, codes)
    chosen = [p.code for p in places]
    old = grid(fetch_states(session, as_of=since, jurisdictions=chosen, evidence=False))
    new = grid(fetch_states(session, as_of=until, jurisdictions=chosen))
    names = {c.code: c for c in criteria(session)}
    rows = []
    for place in places:
        for criterion in names.values():
            key = (place.code, criterion.code)
            before = old[key].status if key in old else NOT_ASSESSED
            after_record = new.get(key)
            after = after_record.status if after_record else NOT_ASSESSED
            if before == after:
                if not (restated and _restated(old.get(key), after_record, since)):
                    continue
                kind = RESTATED
            else:
                kind = (
                    FIRST_CODED
                    if before == NOT_ASSESSED
                    else NOT_RECODED
                    if after == NOT_ASSESSED
                    else AMENDED
                )
            if amended_only and kind == FIRST_CODED:
                continue
            rows.append(
                (
                    place.code,
                    criterion.short_id,
                    criterion.code,
                    before,
                    after,
                    kind,
                    after_record.effective_from if after_record else None,
                    after_record.citation_text if after_record else None,
                    after_record.note if after_record else None,
                )
            )
    return ResultTable(
        name="diff",
        title=f"Changes from {since.isoformat()} to {until.isoformat()}",
        columns=(
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("id", "Id", "code"),
            Column("criterion", "Criterion", "code"),
            Column("from_status", "From", "status"),
            Column("to_status", "To", "status"),
            Column("change", "Change"),
            Column("changed", "Since", "date"),
            Column("citation", "Changed by"),
            Column("note", "Note"),
        ),
        rows=tuple(rows),
        key_columns=2,
        meta={"from": since.isoformat(), "to": until.isoformat()},
        notes=(
            ()
            if amended_only or not any(row[5] == FIRST_CODED for row in rows)
            else (
                f"{sum(row[5] == FIRST_CODED for row in rows)} of {len(rows)} rows are "
                "'first coded': the earlier law was not researched, so the row shows since "
                "when the present answer holds, not a proven change. --amended-only leaves "
                "them out.",
            )
        ),
        empty_message="No cell changed status between these dates.",
    )
