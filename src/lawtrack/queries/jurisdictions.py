"""`jurisdictions`: the list, with place, review date and how much is assessed."""

from __future__ import annotations

from datetime import date

from lawtrack.queries.common import jurisdictions
from lawtrack.queries.reader import Rows
from lawtrack.results import Column, ResultTable


def jurisdiction_list(
    db: Rows, *, as_of: date, region: str | None = None, level: str | None = None
) -> ResultTable:
    """The jurisdictions with their place, review date and how much of the codebook is assessed."""
    chosen = [ref.code for ref in jurisdictions(db, region=region, level=level)]
    total = db.rows("criteria_count")[0][0] or 0
    columns = (
        Column("code", "Code", "code"),
        Column("name", "Name"),
        Column("level", "Level"),
        Column("parent", "Parent", "code"),
        Column("region", "Region"),
        Column("legal_system", "Legal system"),
        Column("reviewed", "Reviewed", "date"),
        Column("instruments", "Instruments", "int"),
        Column("assessed", f"Assessed (of {total})", "int"),
    )
    rows = tuple(db.rows("jurisdiction_list", as_of=as_of, jurisdictions=chosen))
    return ResultTable(
        name="jurisdictions",
        title="Jurisdictions",
        columns=columns,
        rows=rows,
        meta={"as_of": as_of.isoformat(), "criteria": str(total)},
        empty_message="No jurisdiction matches.",
    )
