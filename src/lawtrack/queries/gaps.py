"""Where the law falls short: `gaps`, `score` and the victims' view."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from lawtrack.analysis import GAP_ORDER, gap_kind, score
from lawtrack.queries.common import (
    NOT_ASSESSED,
    articles_by_criterion,
    criteria,
    jurisdictions,
)
from lawtrack.queries.definitions import definitions_table
from lawtrack.queries.states import fetch_states, grid, grid_for
from lawtrack.results import Column, ResultSet, ResultTable

VICTIM_CRITERIA = ("D1", "D2", "D3", "D4")
VICTIM_TERMS = ("child", "age_of_consent", "trafficking_in_persons")


def gaps_table(
    session: Session,
    codes: Sequence[str] | None = None,
    *,
    as_of: date,
    framework: str | None = None,
    region: str | None = None,
) -> ResultTable:
    """Every cell that is not met, by kind of gap, with the articles that call for the criterion."""
    places = jurisdictions(session, codes, region=region)
    chosen = criteria(session, framework=framework)
    states = grid_for(session, places, chosen, as_of=as_of)
    articles = articles_by_criterion(session, framework)
    rows = []
    for place in places:
        for criterion in chosen:
            record = states.get((place.code, criterion.code))
            status = record.status if record else NOT_ASSESSED
            kind = gap_kind(status)
            if kind is None:
                continue
            rows.append(
                (
                    place.code,
                    kind,
                    criterion.short_id,
                    criterion.code,
                    criterion.name,
                    status,
                    record.citation_text if record else None,
                    articles.get(criterion.code),
                    record.note if record else None,
                )
            )
    rows.sort(key=lambda row: (row[0], GAP_ORDER.index(str(row[1]))))
    return ResultTable(
        name="gaps",
        title=f"Gaps as of {as_of.isoformat()}"
        + (f", measured against {framework}" if framework else ""),
        columns=(
            Column("jurisdiction", "Jurisdiction", "code"),
            Column(
                "gap",
                "Gap",
                help="legislative (no/partial), ambiguity (unclear), research (not assessed)",
            ),
            Column("id", "Id", "code"),
            Column("criterion", "Criterion", "code", for_people=False),
            Column("name", "Criterion"),
            Column("status", "Status", "status"),
            Column("citation", "Citation"),
            Column("called_for_by", "Called for by"),
            Column("note", "Note"),
        ),
        rows=tuple(rows),
        key_columns=4,
        meta={"as_of": as_of.isoformat(), **({"framework": framework} if framework else {})},
        notes=(
            "legislative: the law does not (fully) meet the criterion; "
            "ambiguity: the text is unclear; "
            "research: not yet assessed (unknown, not a failing).",
        ),
        empty_message="No gaps: every selected cell is met.",
    )


def score_table(
    session: Session,
    *,
    as_of: date,
    framework: str | None = None,
    region: str | None = None,
    sort: str = "coverage",
) -> ResultTable:
    """Per jurisdiction: met / partial / gap / unclear / not assessed, and coverage of the known."""
    places = jurisdictions(session, region=region)
    chosen = criteria(session, framework=framework)
    states = grid(
        fetch_states(session, as_of=as_of, criteria=[c.code for c in chosen], evidence=False)
    )
    rows = []
    for place in places:
        counted = score(
            states[(place.code, c.code)].status if (place.code, c.code) in states else NOT_ASSESSED
            for c in chosen
        )
        coverage = None if counted.coverage is None else round(counted.coverage * 100, 1)
        rows.append(
            (
                place.code,
                place.name,
                counted.met,
                counted.partial,
                counted.gap,
                counted.unclear,
                counted.not_assessed,
                counted.assessed,
                coverage,
            )
        )
    keys = {
        "coverage": lambda r: (-(r[8] if r[8] is not None else -1), r[0]),
        "code": lambda r: (r[0],),
        "met": lambda r: (-r[2], r[0]),
        "assessed": lambda r: (-r[7], r[0]),
    }
    if sort not in keys:
        from lawtrack.queries.common import suggest

        raise suggest(sort, list(keys), "sort key")
    rows.sort(key=keys[sort])
    return ResultTable(
        name="score",
        title=f"Coverage as of {as_of.isoformat()}"
        + (f" against {framework}" if framework else "")
        + f" ({len(chosen)} criteria)",
        columns=(
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("name", "Name", for_people=False),
            Column("met", "Met", "int"),
            Column("partial", "Partial", "int"),
            Column("gap", "Gap (no)", "int"),
            Column("unclear", "Unclear", "int"),
            Column("not_assessed", "Not assessed", "int"),
            Column("assessed", "Assessed", "int"),
            Column("coverage", "Coverage %", "number"),
        ),
        rows=tuple(rows),
        key_columns=2,
        meta={
            "as_of": as_of.isoformat(),
            "criteria": str(len(chosen)),
            **({"framework": framework} if framework else {}),
        },
        notes=(
            "Coverage = (met + ½ partial) / assessed; "
            "not-assessed cells are left out of it and counted apart.",
        ),
    )


def victims_set(
    session: Session, codes: Sequence[str] | None = None, *, as_of: date, region: str | None = None
) -> ResultSet:
    """Are victims criminalised? D1–D4 with citations, and the definitions behind them."""
    places = jurisdictions(session, codes, region=region)
    chosen = criteria(session, codes=VICTIM_CRITERIA)
    states = grid_for(session, places, chosen, as_of=as_of)
    rows = []
    for place in places:
        for criterion in chosen:
            record = states.get((place.code, criterion.code))
            rows.append(
                (
                    place.code,
                    criterion.short_id,
                    criterion.name,
                    record.status if record else NOT_ASSESSED,
                    record.citation_text if record else None,
                    record.note if record else None,
                )
            )
    positions = ResultTable(
        name="victims",
        title=f"Victims' position, as of {as_of.isoformat()}",
        columns=(
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("id", "Id", "code"),
            Column("criterion", "Criterion"),
            Column("status", "Status", "status"),
            Column("citation", "Citation"),
            Column("note", "Note"),
        ),
        rows=tuple(rows),
        key_columns=2,
        notes=(
            "D1 'no' or 'partial': victims can still be prosecuted or penalised "
            "for acts they were compelled to commit.",
        ),
    )
    definitions = [
        definitions_table(session, term, [p.code for p in places], as_of=as_of, text=False)
        for term in VICTIM_TERMS
    ]
    return ResultSet(
        name="victims",
        title="Are victims criminalised?",
        tables=(positions, *definitions),
        meta={"as_of": as_of.isoformat()},
    )
