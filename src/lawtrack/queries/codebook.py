"""The codebook and treaty status: `criteria`, `frameworks`, `ratifications`."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.queries.common import articles_by_criterion, criteria, jurisdictions
from lawtrack.results import Column, ResultTable


def criteria_table(
    session: Session, *, category: str | None = None, framework: str | None = None
) -> ResultTable:
    chosen = {c.code for c in criteria(session, category=category, framework=framework)}
    c = m.Criterion
    rows = session.execute(
        select(c.short_id, c.code, m.Category.name, c.name, c.question, c.guidance)
        .join(m.Category)
        .order_by(c.position)
    ).all()
    articles = articles_by_criterion(session, framework)
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


def frameworks_table(session: Session) -> ResultTable:
    f = m.Framework
    rows = session.execute(
        select(f.code, f.short_name, f.name, f.kind, f.adopted, f.in_force, f.url).order_by(
            f.position
        )
    ).all()
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
        rows=tuple(tuple(row) for row in rows),
    )


def ratifications_table(
    session: Session, codes: Sequence[str] | None = None, *, region: str | None = None
) -> ResultTable:
    """Who has joined which treaty, when (blank: not joined, or not known)."""
    places = jurisdictions(session, codes, region=region)
    f = m.Framework
    treaties = session.execute(
        select(f.code, f.short_name).where(f.ratifiable).order_by(f.position)
    ).all()
    joined = {
        (code, fw): when
        for code, fw, when in session.execute(
            select(m.Jurisdiction.code, f.code, m.Ratification.ratified)
            .join(m.Jurisdiction, m.Ratification.jurisdiction_id == m.Jurisdiction.id)
            .join(f, m.Ratification.framework_id == f.id)
        )
    }
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
