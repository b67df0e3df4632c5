"""The codebook and treaty status: `criteria`, `frameworks`, `ratifications`."""

from __future__ import annotations

from collections.abc import Sequence

from lawtrack.queries.common import articles_by_criterion, criteria, jurisdictions
from lawtrack.queries.reader import Rows
from lawtrack.results import Column, ResultTable


def criteria_table(
    db: Rows, *, category: str | None = None, framework: str | None = None
) -> ResultTable:
    chosen = {c.code for c in criteria(db, category=category, framework=framework)}
    rows = db.rows("criteria_rows")
    articles = articles_by_criterion(db, framework)
    return ResultTable(
        name="criteria",
        title="Criteria" + (f" called for by {framework}" if framework else ""),
        columns=(
            Column("id", "Id", "code"),
            Column("code", "Code", "code"),
            Column("category", "Category"),
            Column("name", "Name"),
            Column("question", "Question"),
            Column("called_for_by", "Called for by"),
            Column("guidance", "Guidance"),
        ),
        rows=tuple(
            (sid, code, cat, name, question, articles.get(code), guidance)
            for sid, code, cat, name, question, guidance in rows
            if code in chosen
        ),
        key_columns=2,
        meta={"framework": framework} if framework else {},
    )


def frameworks_table(db: Rows) -> ResultTable:
    rows = db.rows("framework_rows")
    return ResultTable(
        name="frameworks",
        title="Frameworks",
        columns=(
            Column("code", "Code", "code"),
            Column("short_name", "Short name"),
            Column("name", "Name"),
            Column("kind", "Kind"),
            Column("adopted", "Adopted", "date"),
            Column("in_force", "In force", "date"),
            Column("url", "URL", "url"),
        ),
        rows=tuple(rows),
    )


def ratifications_table(
    db: Rows, codes: Sequence[str] | None = None, *, region: str | None = None
) -> ResultTable:
    """Who has joined which treaty, when (blank: not joined, or not known)."""
    places = jurisdictions(db, codes, region=region)
    treaties = db.rows("treaties")
    joined = {(code, fw): when for code, fw, when in db.rows("ratification_dates")}
    return ResultTable(
        name="ratifications",
        title="Ratifications and accessions",
        columns=(
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("name", "Name"),
            *(Column(code, short, "date") for code, short in treaties),
        ),
        rows=tuple(
            (p.code, p.name, *(joined.get((p.code, code)) for code, _ in treaties)) for p in places
        ),
        key_columns=2,
        notes=("A blank cell: not ratified, or no verified date in the data.",),
    )
