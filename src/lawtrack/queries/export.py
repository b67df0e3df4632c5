"""`export DATASET`: the tidy tables, with the column contract of the product notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from lawtrack import models as m
from lawtrack.errors import UsageError
from lawtrack.queries.common import instrument_in_force, suggest
from lawtrack.queries.states import cite_text, fetch_states
from lawtrack.results import Cell, Column, ResultTable


def export_assessments(session: Session, as_of: date | None) -> ResultTable:
    rows = tuple(
        (
            r.jurisdiction,
            r.criterion,
            r.status,
            r.evidence,
            r.effective_from,
            r.effective_to,
            r.cite_ids or None,
            r.note,
            " ".join(r.sources) or None,
            r.citation_text or None,
            r.counterpoint,
            " ".join(r.counterpoint_sources) or None,
            None if r.untested is None else ("yes" if r.untested else "no"),
        )
        for r in fetch_states(session, as_of=as_of)
    )
    return _table(
        "assessments",
        rows,
        [
            ("jurisdiction", "code"),
            ("criterion", "code"),
            ("status", "status"),
            ("evidence", "text"),
            ("effective_from", "date"),
            ("effective_to", "date"),
            ("citations", "text"),
            ("note", "text"),
            ("sources", "url"),
            ("citation_text", "text"),
            ("counterpoint", "text"),
            ("counterpoint_sources", "url"),
            ("untested", "text"),
        ],
        as_of,
    )


def export_instruments(session: Session, as_of: date | None) -> ResultTable:
    i, j = m.Instrument, m.Jurisdiction
    query = (
        select(j.code, i.key, i.title, i.citation, i.kind, i.enacted, i.in_force, i.repealed, i.url)
        .join(j, i.jurisdiction_id == j.id)
        .order_by(j.code, i.position)
    )
    if as_of is not None:
        query = query.where(instrument_in_force(as_of))
    return _table(
        "instruments",
        tuple(tuple(r) for r in session.execute(query)),
        [
            ("jurisdiction", "code"),
            ("id", "code"),
            ("title", "text"),
            ("citation", "text"),
            ("kind", "text"),
            ("enacted", "date"),
            ("in_force", "date"),
            ("repealed", "date"),
            ("url", "url"),
        ],
        as_of,
    )


def export_definitions(session: Session, as_of: date | None) -> ResultTable:
    d, i, j, t = m.Definition, m.Instrument, m.Jurisdiction, m.Term
    ordered = select(m.TermAttribute.code).join(t).order_by(t.position, m.TermAttribute.position)
    attributes = list(dict.fromkeys(session.scalars(ordered)))
    query = (
        select(d.id, j.code, t.code, i.citation, d.pinpoint, d.text)
        .join(j, d.jurisdiction_id == j.id)
        .join(i, d.instrument_id == i.id)
        .join(t, d.term_id == t.id)
        .order_by(j.code, d.position)
    )
    if as_of is not None:
        query = query.where(instrument_in_force(as_of))
    found = session.execute(query).all()
    values: dict[tuple[int, str], object] = {
        (def_id, code): value
        for def_id, code, value in session.execute(
            select(
                m.DefinitionAttribute.definition_id,
                m.TermAttribute.code,
                m.DefinitionAttribute.value,
            ).join(m.TermAttribute)
        )
    }
    rows = tuple(
        (
            code,
            term,
            cite_text(citation, pin),
            text,
            *(_value(values.get((def_id, name))) for name in attributes),
        )
        for def_id, code, term, citation, pin, text in found
    )
    return _table(
        "definitions",
        rows,
        [
            ("jurisdiction", "code"),
            ("term", "code"),
            ("citation", "text"),
            ("text", "text"),
            *((name, "text") for name in attributes),
        ],
        as_of,
    )


def export_jurisdictions(session: Session, as_of: date | None) -> ResultTable:
    j = m.Jurisdiction
    parent = aliased(j)
    query = (
        select(j.code, j.name, j.level, parent.code, j.region, j.legal_system, j.reviewed)
        .outerjoin(parent, j.parent_id == parent.id)
        .order_by(j.code)
    )
    return _table(
        "jurisdictions",
        tuple(tuple(r) for r in session.execute(query)),
        [
            ("code", "code"),
            ("name", "text"),
            ("level", "text"),
            ("parent", "code"),
            ("region", "text"),
            ("legal_system", "text"),
            ("reviewed", "date"),
        ],
        as_of,
    )


def export_ratifications(session: Session, as_of: date | None) -> ResultTable:
    r, j, f = m.Ratification, m.Jurisdiction, m.Framework
    query = (
        select(j.code, f.code, r.ratified)
        .join(j, r.jurisdiction_id == j.id)
        .join(f, r.framework_id == f.id)
        .order_by(j.code, f.position)
    )
    if as_of is not None:
        query = query.where(r.ratified <= as_of)
    return _table(
        "ratifications",
        tuple(tuple(row) for row in session.execute(query)),
        [
            ("jurisdiction", "code"),
            ("framework", "code"),
            ("ratified", "date"),
        ],
        as_of,
    )


def export_criteria(session: Session, as_of: date | None) -> ResultTable:
    from lawtrack.queries.common import articles_by_criterion

    c = m.Criterion
    articles = articles_by_criterion(session)
    rows = tuple(
        (code, short, letter, name, question, articles.get(code))
        for code, short, letter, name, question in session.execute(
            select(c.code, c.short_id, m.Category.letter, c.name, c.question)
            .join(m.Category)
            .order_by(c.position)
        )
    )
    return _table(
        "criteria",
        rows,
        [
            ("code", "code"),
            ("id", "code"),
            ("category", "code"),
            ("name", "text"),
            ("question", "text"),
            ("called_for_by", "text"),
        ],
        as_of,
    )


DATASETS: dict[str, Callable[[Session, date | None], ResultTable]] = {
    "jurisdictions": export_jurisdictions,
    "instruments": export_instruments,
    "definitions": export_definitions,
    "assessments": export_assessments,
    "ratifications": export_ratifications,
    "criteria": export_criteria,
}


def export_table(session: Session, dataset: str, *, as_of: date | None) -> ResultTable:
    if dataset not in DATASETS:
        raise suggest(dataset, [*DATASETS, "datapackage"], "dataset")
    return DATASETS[dataset](session, as_of)


def _table(
    name: str, rows: tuple[tuple[Cell, ...], ...], spec: list[tuple[str, str]], as_of: date | None
) -> ResultTable:
    columns = tuple(Column(key, key, kind) for key, kind in spec)  # type: ignore[arg-type]
    if rows and len(rows[0]) != len(columns):
        raise UsageError(
            f"internal: {name} export has {len(rows[0])} cells for {len(columns)} columns"
        )
    return ResultTable(
        name=f"export-{name}",
        title=f"{name}" + (f", as of {as_of.isoformat()}" if as_of else " (all dates)"),
        columns=columns,
        rows=rows,
        meta={"dataset": name, **({"as_of": as_of.isoformat()} if as_of else {})},
    )


def _value(value: object) -> Cell:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, int | str) else None
