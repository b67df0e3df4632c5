"""Pure functions over statuses and results: scores, rankings, and an instrument's standing.

A score never rewards not researching (see `results.Score`): unknown cells count as not met, and
only jurisdictions with enough assessed cells are ranked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from lawtrack.results import Cell, ResultTable, Score
from lawtrack.status import BY_CODE, INCOMPLETE, NOT_ASSESSED

# The statuses a Score counts, by its fields: met, partial, gap, unclear, not_assessed.
SCORED = ("yes", "partial", "no", "unclear", NOT_ASSESSED)


def score(statuses: Iterable[str]) -> Score:
    """Count statuses (plain codes, or cells that carry an `evidence` flag)."""
    counted = list(statuses)
    codes = [str(s) for s in counted]
    unknown = set(codes) - set(SCORED)
    if unknown:  # a status added to status.py needs a place in results.Score first
        raise ValueError(f"status {sorted(unknown)} has no place in results.Score")
    return Score(
        met=codes.count("yes"),
        partial=codes.count("partial"),
        gap=codes.count("no"),
        unclear=codes.count("unclear"),
        not_assessed=codes.count(NOT_ASSESSED),
        incomplete=sum(
            1
            for s in counted
            if getattr(s, "evidence", None) == INCOMPLETE and BY_CODE[str(s)].evidenced
        ),
    )


def rank_key(counted: Score, code: str) -> tuple[bool, float, str]:
    """Ranked jurisdictions first, best score first; then the rest, by score; then by code."""
    return (not counted.ranked, -(counted.score or 0.0), code)


def ranked_by_score(table: ResultTable) -> ResultTable:
    """The matrix's rows in rank order (see `rank_key`)."""
    status_columns = [i for i, c in enumerate(table.columns) if c.kind == "status"]

    def key(row: tuple[Cell, ...]) -> tuple[bool, float, str]:
        return rank_key(score(str(row[i]) for i in status_columns), str(row[0]))

    return replace(table, rows=tuple(sorted(table.rows, key=key)))


def instrument_status(
    enacted: date | None, in_force: date | None, repealed: date | None, kind: str, as_of: date
) -> str:
    """How an instrument stood on `as_of`: not yet enacted, enacted (no in-force date recorded),
    not yet in force, in force, repealed; a court decision is "decided" (its `enacted` date is
    the day of judgment)."""
    if kind == "bill":
        return "bill"
    if kind == "case":
        return "decided" if enacted is not None else "decided (date unknown)"
    if repealed is not None and repealed <= as_of:
        return "repealed"
    if enacted is not None and enacted > as_of:
        return "not yet enacted"
    if in_force is None and enacted is not None:
        # Many laws take effect on a later day, or on a commencement order: an enactment date
        # alone never says the law is in force.
        return "enacted; in-force date not recorded"
    if in_force is not None and in_force > as_of:
        return "not yet in force"
    return "in force" if in_force is not None else "in force (date unknown)"
