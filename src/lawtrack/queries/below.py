"""`below`: where jurisdictions fall short of a baseline jurisdiction's law, criterion by
criterion — for instance EU member states against the EU directive they transpose.

A baseline cell sets a standard only when it is met or partly met (`yes`, `partial`): a `no`,
`unclear` or unassessed baseline sets none, and its criteria are named in a note, never compared.
Against a standard, each jurisdiction's cell is placed as one of:

- `below`: its status is weaker (`no` against `partial`; `no` or `partial` against `yes`), and
  both readings are complete;
- `below, unconfirmed`: the same where this cell's reading or the baseline's is incomplete
  (a research task first);
- `unclear`: the law is ambiguous where the baseline is clear;
- `not researched`: the cell is not assessed, so nothing is said of it;

and cells that meet or pass the standard are not listed (they are counted in the notes). Only
`below` is a statement that the law falls short.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from lawtrack.errors import UsageError
from lawtrack.queries.common import criteria, jurisdictions
from lawtrack.queries.reader import Rows
from lawtrack.queries.states import NOT_ASSESSED_CELL, grid_for
from lawtrack.results import Cell, Column, ResultTable
from lawtrack.status import BY_CODE, INCOMPLETE, NOT_ASSESSED

BELOW = "below"
UNCONFIRMED = "below, unconfirmed"
UNCLEAR = "unclear"
NOT_RESEARCHED = "not researched"
POSITIONS = (BELOW, UNCONFIRMED, UNCLEAR, NOT_RESEARCHED)
SETS_A_STANDARD = ("yes", "partial")


def position(
    baseline: str, status: str, evidence: str | None, *, baseline_evidence: str | None = None
) -> str | None:
    """Where a cell stands against a baseline status that sets a standard; None: it meets it.
    A shortfall is confirmed only when both readings are complete: against a baseline status
    that itself rests on an incomplete reading, it is unconfirmed."""
    if status == NOT_ASSESSED:
        return NOT_RESEARCHED
    if status == "unclear":
        return UNCLEAR
    ours, theirs = BY_CODE[status].weight, BY_CODE[baseline].weight
    assert ours is not None and theirs is not None
    if ours >= theirs:
        return None
    return UNCONFIRMED if INCOMPLETE in (evidence, baseline_evidence) else BELOW


def below_table(
    db: Rows,
    baseline: str,
    codes: Sequence[str] | None,
    *,
    as_of: date,
    region: str | None = None,
    category: str | None = None,
    criteria_codes: Sequence[str] | None = None,
) -> ResultTable:
    """One row per cell that does not meet the baseline's standard, criterion by criterion."""
    (base,) = jurisdictions(db, [baseline])
    places = [p for p in jurisdictions(db, codes, region=region) if p.code != base.code]
    if not places:
        raise UsageError(f"name the jurisdictions to hold against {base.code}, or --region")
    chosen = criteria(db, codes=criteria_codes, category=category)
    states = grid_for(db, [base, *places], chosen, as_of=as_of)
    rows: list[tuple[Cell, ...]] = []
    no_standard: list[str] = []
    counts = {p.code: dict.fromkeys((*POSITIONS, "meets"), 0) for p in places}
    standards = 0
    for criterion in chosen:
        ref = states.get((base.code, criterion.code))
        if ref is None or ref.status not in SETS_A_STANDARD:
            no_standard.append(criterion.short_id)
            continue
        standards += 1
        for place in places:
            record = states.get((place.code, criterion.code))
            cell = record.cell if record else NOT_ASSESSED_CELL
            where = position(ref.status, cell, cell.evidence, baseline_evidence=ref.evidence)
            counts[place.code][where or "meets"] += 1
            if where is None:
                continue
            rows.append(
                (
                    criterion.short_id,
                    criterion.code,
                    criterion.name,
                    ref.cell,
                    ref.citation_text or None,
                    place.code,
                    cell,
                    where,
                    (record.citation_text or None) if record else None,
                    record.note if record else None,
                )
            )
    notes = [
        f"Each listed cell does not meet, or is not known to meet, {base.code}'s status on the "
        f"same criterion as of {as_of.isoformat()}. 'below': a weaker status, both readings "
        "complete; 'below, unconfirmed': either reading incomplete; 'unclear': the law is "
        "ambiguous where the baseline is clear; 'not researched': not assessed, nothing is "
        f"said. Cells that meet or pass {base.code}'s status are not listed.",
        f"{base.code} sets a standard (yes or partial) on {standards} of {len(chosen)} criteria"
        + (
            f"; it sets none (no, unclear or not assessed) on {', '.join(no_standard)}"
            if no_standard
            else ""
        )
        + ".",
    ]
    for place in places:
        n = counts[place.code]
        notes.append(
            f"{place.code}: meets {n['meets']} of {standards}; below {n[BELOW]}, below "
            f"unconfirmed {n[UNCONFIRMED]}, unclear {n[UNCLEAR]}, not researched "
            f"{n[NOT_RESEARCHED]}."
        )
    return ResultTable(
        name="below",
        title=(
            f"Against {base.code} ({base.name}): cells that do not meet its status, or are not "
            f"known to, as of {as_of.isoformat()}"
        ),
        columns=(
            Column("id", "Id", "code"),
            Column("criterion", "Criterion code", "code", for_people=False),
            Column("name", "Criterion"),
            Column("baseline_status", base.code, "status", help=f"{base.name}'s status"),
            Column("baseline_citation", f"{base.code} citation", "citation"),
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("status", "Status", "status"),
            Column("position", "Against the baseline", help=" | ".join(POSITIONS)),
            Column("citation", "Citation", "citation"),
            Column("note", "Note", for_people=False),
        ),
        rows=tuple(rows),
        key_columns=3,
        notes=tuple(notes),
        meta={"as_of": as_of.isoformat(), "baseline": base.code},
        empty_message=f"Every cell compared meets or passes {base.code}'s status.",
    )
