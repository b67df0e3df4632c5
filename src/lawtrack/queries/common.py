"""Shared lookups: jurisdictions, criteria and frameworks, codes resolved with "did you mean"
help. (The as-of conditions are in `statements.py`, with the queries that use them.)"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lawtrack.errors import UsageError
from lawtrack.queries.reader import Rows


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
    db: Rows,
    codes: Sequence[str] | None = None,
    *,
    region: str | None = None,
    level: str | None = None,
) -> list[JurisdictionRef]:
    """The jurisdictions named (in the order given), or all of them filtered, in code order."""
    rows = [JurisdictionRef(*row) for row in db.rows("jurisdiction_refs")]
    if region:
        regions = sorted({r.region for r in rows if r.region})
        if region.lower() not in {r.lower() for r in regions}:
            raise suggest(region, regions, "region")
        rows = [r for r in rows if (r.region or "").lower() == region.lower()]
    if level:
        at_level = _codes_at_level(db, level)
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


LEVELS = ("supranational", "national", "subnational")


def _codes_at_level(db: Rows, level: str) -> set[str]:
    if level not in LEVELS:
        raise suggest(level, LEVELS, "level")
    return {code for (code,) in db.rows("codes_at_level", level=level)}


@dataclass(frozen=True)
class CriterionRef:
    id: int
    code: str
    short_id: str
    name: str
    category: str


def criteria(
    db: Rows,
    *,
    codes: Sequence[str] | None = None,
    category: str | None = None,
    framework: str | None = None,
) -> list[CriterionRef]:
    """Criteria in codebook order, narrowed by code or short id, category letter, or framework."""
    rows = [CriterionRef(*row) for row in db.rows("criterion_refs")]
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
            letter for (letter,) in db.rows("category_letters")
        )
        if category.upper() not in letters:
            raise suggest(category, letters, "category")
        rows = [r for r in rows if r.category == category.upper()]
    if framework:
        called = framework_criteria(db, framework)
        rows = [r for r in rows if r.code in called]
    return rows


def framework_id(db: Rows, code: str) -> int:
    found = db.rows("framework_by_code", framework=code)
    if not found:
        raise suggest(code, [code for (code,) in db.rows("framework_codes")], "framework")
    return int(found[0][0])


def framework_criteria(db: Rows, framework: str) -> set[str]:
    """The codes of the criteria a framework calls for."""
    fid = framework_id(db, framework)
    return {code for (code,) in db.rows("framework_criteria", framework_id=fid)}


def articles_by_criterion(db: Rows, framework: str | None = None) -> dict[str, str]:
    """criterion code -> "lanzarote 21(1)(a)-(b); eu_2011_93 4(2)-(3)" (one framework or all)."""
    grouped: dict[str, dict[str, list[str]]] = {}
    for criterion, short, article in db.rows("articles", framework=framework or None):
        grouped.setdefault(criterion, {}).setdefault(short, []).append(article)
    return {
        criterion: "; ".join(f"{short} {', '.join(arts)}" for short, arts in by_fw.items())
        for criterion, by_fw in grouped.items()
    }
