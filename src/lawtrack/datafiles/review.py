"""Review queues for maintainers: stale files, research gaps, instruments cited nowhere."""

from __future__ import annotations

import re
from datetime import date

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
