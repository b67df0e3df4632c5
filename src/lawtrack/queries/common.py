"""Shared conditions and lookups: as-of filters, and codes resolved with "did you mean" help."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.errors import UsageError


def state_in_effect(as_of: date) -> ColumnElement[bool]:
    """An assessment state that describes the law as it stood on `as_of`."""
    state = m.AssessmentState
    return and_(
        or_(state.effective_from.is_(None), state.effective_from <= as_of),
        or_(state.effective_to.is_(None), state.effective_to > as_of),
    )


def instrument_in_force(as_of: date) -> ColumnElement[bool]:
    """An instrument in force on `as_of`: started (in force, else enacted) and not repealed.

    An instrument with neither date known is taken as in force: its dates are unknown, not absent.
    """
    instrument = m.Instrument
    start = func.coalesce(instrument.in_force, instrument.enacted)
    return and_(
        or_(start.is_(None), start <= as_of),
        or_(instrument.repealed.is_(None), instrument.repealed > as_of),
        instrument.kind != "bill",
    )


def definition_in_effect(as_of: date) -> ColumnElement[bool]:
    """A definition whose instrument is in force on `as_of` and whose wording had taken effect
    by then and not yet been replaced (a wording without a `from` date counts as current)."""
    d = m.Definition
    return and_(
        instrument_in_force(as_of),
        or_(d.effective_from.is_(None), d.effective_from <= as_of),
        or_(d.effective_to.is_(None), d.effective_to > as_of),
    )


def undated_wording_note(as_of: date, today: date | None = None) -> str | None:
    """What a reader must be told when a past view quotes wordings whose date is not recorded."""
    if as_of >= (today or date.today()):
        return None
    return (
        f"* Marked wording is quoted as it reads in the current text; whether it read so on "
        f"{as_of.isoformat()} is not recorded."
    )


# Codes people type that are not the ISO 3166 ones the files use.
ALIASES = {"UK": "GB", "EL": "GR", "USA": "US", "KOR": "KR", "PRC": "CN", "ROC": "TW"}


def suggest(wanted: str, known: Sequence[str], what: str) -> UsageError:
    alias = ALIASES.get(wanted.upper()) if what == "jurisdiction" else None
    if alias in known:
        return UsageError(f"unknown {what} '{wanted}'; did you mean {alias}? (ISO 3166 code)")
    close = difflib.get_close_matches(wanted, known, n=3, cutoff=0.5)
    if not close:
        close = [k for k in known if k.lower() == wanted.lower()]
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return UsageError(f"unknown {what} '{wanted}'{hint}")


@dataclass(frozen=True)
class JurisdictionRef:
    id: int
    code: str
    name: str
    region: str | None


def jurisdictions(
    session: Session,
    codes: Sequence[str] | None = None,
    *,
    region: str | None = None,
    level: str | None = None,
) -> list[JurisdictionRef]:
    """The jurisdictions named (in the order given), or all of them filtered, in code order."""
    j = m.Jurisdiction
    rows = [
        JurisdictionRef(*row)
        for row in session.execute(select(j.id, j.code, j.name, j.region).order_by(j.code))
    ]
    if region:
        regions = sorted({r.region for r in rows if r.region})
        if region.lower() not in {r.lower() for r in regions}:
            raise suggest(region, regions, "region")
        rows = [r for r in rows if (r.region or "").lower() == region.lower()]
    if level:
        at_level = _codes_at_level(session, level)
        rows = [r for r in rows if r.code in at_level]
    if not codes:
        return rows
    by_code = {r.code: r for r in rows}
    found = []
    for code in codes:
        ref = by_code.get(code.upper())
        if ref is None:
            raise suggest(code.upper(), list(by_code), "jurisdiction")
        found.append(ref)
    return found


def _codes_at_level(session: Session, level: str) -> set[str]:
    levels = ("supranational", "national", "subnational")
    if level not in levels:
        raise suggest(level, levels, "level")
    j = m.Jurisdiction
    return set(session.scalars(select(j.code).where(j.level == level)))


@dataclass(frozen=True)
class CriterionRef:
    id: int
    code: str
    short_id: str
    name: str
    category: str


def criteria(
    session: Session,
    *,
    codes: Sequence[str] | None = None,
    category: str | None = None,
    framework: str | None = None,
) -> list[CriterionRef]:
    """Criteria in codebook order, narrowed by code or short id, category letter, or framework."""
    c = m.Criterion
    rows = [
        CriterionRef(*row)
        for row in session.execute(
            select(c.id, c.code, c.short_id, c.name, m.Category.letter)
            .join(m.Category)
            .order_by(c.position)
        )
    ]
    if codes:
        known = {r.code: r for r in rows} | {r.short_id: r for r in rows}
        chosen = []
        for code in codes:
            ref = known.get(code) or known.get(code.upper())
            if ref is None:
                raise suggest(code, list(known), "criterion")
            chosen.append(ref)
        rows = [r for r in rows if r in chosen]
    if category:
        letters = sorted({r.category for r in rows}) or sorted(
            session.scalars(select(m.Category.letter))
        )
        if category.upper() not in letters:
            raise suggest(category, letters, "category")
        rows = [r for r in rows if r.category == category.upper()]
    if framework:
        called = framework_criteria(session, framework)
        rows = [r for r in rows if r.code in called]
    return rows


def framework_id(session: Session, code: str) -> int:
    found = session.scalar(select(m.Framework.id).where(m.Framework.code == code))
    if found is None:
        raise suggest(code, list(session.scalars(select(m.Framework.code))), "framework")
    return found


def framework_criteria(session: Session, framework: str) -> set[str]:
    """The codes of the criteria a framework calls for."""
    fid = framework_id(session, framework)
    return set(
        session.scalars(
            select(m.Criterion.code)
            .join(m.CriterionArticle, m.CriterionArticle.criterion_id == m.Criterion.id)
            .where(m.CriterionArticle.framework_id == fid)
        )
    )


def articles_by_criterion(session: Session, framework: str | None = None) -> dict[str, str]:
    """criterion code -> "lanzarote 21(1)(a)-(b); eu_2011_93 4(2)-(3)" (one framework or all)."""
    a, f = m.CriterionArticle, m.Framework
    query = (
        select(m.Criterion.code, f.short_name, a.article)
        .join(a, a.criterion_id == m.Criterion.id)
        .join(f, a.framework_id == f.id)
        .order_by(m.Criterion.position, f.position, a.position)
    )
    if framework:
        query = query.where(f.code == framework)
    grouped: dict[str, dict[str, list[str]]] = {}
    for criterion, short, article in session.execute(query):
        grouped.setdefault(criterion, {}).setdefault(short, []).append(article)
    return {
        criterion: "; ".join(f"{short} {', '.join(arts)}" for short, arts in by_fw.items())
        for criterion, by_fw in grouped.items()
    }
