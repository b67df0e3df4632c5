"""Pure functions over states and results: gap kinds, coverage scores, changes between dates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from lawtrack.results import Cell, ResultTable

GAP_KINDS = {
    "no": "legislative",
    "partial": "legislative",
    "unclear": "ambiguity",
    "not_assessed": "research",
}
GAP_ORDER = ("legislative", "ambiguity", "research")


def gap_kind(status: str) -> str | None:
    """legislative (no/partial), ambiguity (unclear), research (not_assessed); None when met."""
    return GAP_KINDS.get(status)


@dataclass(frozen=True)
class Score:
    met: int
    partial: int
    gap: int
    unclear: int
    not_assessed: int

    @property
    def assessed(self) -> int:
        return self.met + self.partial + self.gap + self.unclear

    @property
    def coverage(self) -> float | None:
        """yes = 1, partial = ½, over the assessed cells only (unknown is never failure)."""
        if not self.assessed:
            return None
        return (self.met + self.partial / 2) / self.assessed


def score(statuses: Iterable[str]) -> Score:
    counted = list(statuses)
    return Score(
        met=counted.count("yes"),
        partial=counted.count("partial"),
        gap=counted.count("no"),
        unclear=counted.count("unclear"),
        not_assessed=counted.count("not_assessed"),
    )


def ranked_by_coverage(table: ResultTable) -> ResultTable:
    """The matrix's rows, best coverage first (unknown coverage last), then by code."""
    status_columns = [i for i, c in enumerate(table.columns) if c.kind == "status"]

    def key(row: tuple[Cell, ...]) -> tuple[float, str]:
        coverage = score(str(row[i]) for i in status_columns).coverage
        return (-(coverage if coverage is not None else -1.0), str(row[0]))

    return replace(table, rows=tuple(sorted(table.rows, key=key)))
