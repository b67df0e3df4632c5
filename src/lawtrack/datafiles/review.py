"""Review queues for maintainers: stale files and bills, research gaps, instruments cited
nowhere."""

from __future__ import annotations

import re
from datetime import date

from lawtrack import stages
from lawtrack.datafiles.citations import uncited_instruments
from lawtrack.datafiles.dataset import Dataset
from lawtrack.datafiles.rules import months_between
from lawtrack.errors import UsageError
from lawtrack.results import Column, ResultSet, ResultTable


def parse_age(text: str) -> int:
    """'18m' -> 18 months, '2y' -> 24 months."""
    match = re.fullmatch(r"(\d+)\s*([my])", text.strip().lower())
    if not match:
        raise UsageError(f"--older-than: '{text}' is not an age like 18m or 2y")
    number = int(match.group(1))
    return number * 12 if match.group(2) == "y" else number


def parse_days(text: str) -> int:
    """'180d' -> 180 days, '6m' -> 183, '1y' -> 365 (a month counted as 30.5 days)."""
    match = re.fullmatch(r"(\d+)\s*([dmy])", text.strip().lower())
    if not match:
        raise UsageError(f"--older-than: '{text}' is not an age like 180d, 6m or 1y")
    number, unit = int(match.group(1)), match.group(2)
    return number if unit == "d" else round(number * (30.5 if unit == "m" else 365))


def stale_bills_table(dataset: Dataset, *, days: int, today: date) -> ResultTable:
    """Bills still on the way whose newest recorded step is `days` old or more: their stage
    needs checking against the legislature's record."""
    rows = []
    for code, jdoc in dataset.jurisdictions.items():
        for key, bill in jdoc.model.bills.items():
            if not bill.stages or not stages.on_the_way(bill.stages[0].stage):
                continue
            step = bill.stages[0]
            age = (today - step.date).days
            if age >= days:
                rows.append(
                    (
                        code,
                        key,
                        bill.reference,
                        stages.word(step.stage),
                        step.date,
                        age,
                        jdoc.relpath,
                    )
                )
    rows.sort(key=lambda row: (row[4], row[0], row[1]))
    return ResultTable(
        name="stale-bills",
        title=f"Bills on the way whose newest step is {days} days old or more",
        columns=(
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("id", "Bill", "code"),
            Column("reference", "Reference"),
            Column("stage", "Stage"),
            Column("latest_step", "Latest step", "date"),
            Column("days", "Days ago", "int"),
            Column("file", "File"),
        ),
        rows=tuple(rows),
        key_columns=2,
        notes=(
            "On the way: pending, or assented and not yet in force. Check each against the "
            "legislature's record and record the next step with `lawtrack data set-stage`, or "
            "say in the note that nothing later was found.",
        ),
        empty_message=f"No bill on the way has a newest step {days} days old or more.",
    )


def stale_table(dataset: Dataset, *, months: int, today: date) -> ResultTable:
    rows = []
    for code, jdoc in dataset.jurisdictions.items():
        reviewed = jdoc.model.reviewed
        age = None if reviewed is None else months_between(reviewed, today)
        if age is None or age >= months:
            rows.append((code, jdoc.relpath, reviewed, age))
    rows.sort(key=lambda row: (row[2] or date.min, row[0]))
    return ResultTable(
        name="stale",
        title=f"Files not reviewed in {months} months or more",
        columns=(
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("file", "File"),
            Column("reviewed", "Reviewed", "date"),
            Column("months", "Months ago", "int"),
        ),
        rows=tuple(rows),
        empty_message=f"Every file was reviewed in the last {months} months.",
    )


def coverage_set(dataset: Dataset) -> ResultSet:
    criteria = list(dataset.codebook.criteria.criteria)
    per_jurisdiction, gaps = [], []
    for code, jdoc in dataset.jurisdictions.items():
        assessments = jdoc.model.assessments
        current = {c: states[0] for c, states in assessments.items() if states}
        missing = [c for c in criteria if c not in current or current[c].status == "not_assessed"]
        unsourced = sum(
            1
            for states in assessments.values()
            for s in states
            if s.status != "not_assessed" and not s.sources
        )
        per_jurisdiction.append((code, len(criteria) - len(missing), len(missing), unsourced))
        gaps += [(code, dataset.codebook.criteria.criteria[c].id, c) for c in missing]
    uncited = [
        (code, key, dataset.jurisdictions[code].model.instruments[key].citation)
        for code, key in uncited_instruments(
            {code: jdoc.model for code, jdoc in dataset.jurisdictions.items()}
        )
    ]
    return ResultSet(
        name="coverage",
        title="Research coverage",
        tables=(
            ResultTable(
                name="per-jurisdiction",
                title="Assessed cells per jurisdiction",
                columns=(
                    Column("jurisdiction", "Jurisdiction", "code"),
                    Column("assessed", "Assessed", "int"),
                    Column("not_assessed", "Not assessed", "int"),
                    Column("without_sources", "Without sources", "int"),
                ),
                rows=tuple(per_jurisdiction),
            ),
            ResultTable(
                name="not-assessed",
                title="Cells not yet assessed (research queue)",
                columns=(
                    Column("jurisdiction", "Jurisdiction", "code"),
                    Column("id", "Id", "code"),
                    Column("criterion", "Criterion", "code"),
                ),
                rows=tuple(gaps),
                key_columns=2,
                empty_message="Every cell is assessed.",
            ),
            ResultTable(
                name="uncited",
                title="Instruments cited nowhere",
                columns=(
                    Column("jurisdiction", "Jurisdiction", "code"),
                    Column("id", "Id", "code"),
                    Column("citation", "Citation"),
                ),
                rows=tuple(uncited),
                empty_message="Every instrument is cited somewhere.",
            ),
        ),
    )
