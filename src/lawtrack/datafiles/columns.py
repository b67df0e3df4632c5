"""Where each key of the file contract is stored in the database: one table for the loader.

A key whose name is also a column of its table is copied as it is (`values`); every other key
is listed in `ELSEWHERE` with the table or column that holds it. `tests/test_columns.py` fails
when a key of `schema.py` is neither, so a new field can never be dropped on load unnoticed.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from lawtrack import models as m
from lawtrack.datafiles import schema as s

# Each contract model and the table its rows go to.
TABLE: dict[type[BaseModel], type[m.Base]] = {
    s.JurisdictionFile: m.Jurisdiction,
    s.Instrument: m.Instrument,
    s.Provision: m.Provision,
    s.Definition: m.Definition,
    s.AssessmentState: m.AssessmentState,
    s.Bill: m.Bill,
    s.BillStage: m.BillStage,
    s.BillChange: m.BillChange,
    s.Framework: m.Framework,
    s.Criterion: m.Criterion,
    s.Term: m.Term,
    s.AttributeSpec: m.TermAttribute,
}

NOT_STORED = "-"  # read and checked, never stored

# Keys that are not a same-named column of their model's table: "table" or "table.column".
ELSEWHERE: dict[tuple[type[BaseModel], str], str] = {
    (s.JurisdictionFile, "schema_version"): NOT_STORED,
    (s.JurisdictionFile, "parent"): "jurisdictions.parent_id",
    (s.JurisdictionFile, "ratifications"): "ratifications",
    (s.JurisdictionFile, "instruments"): "instruments",
    (s.JurisdictionFile, "definitions"): "definitions",
    (s.JurisdictionFile, "assessments"): "assessment_states",
    (s.JurisdictionFile, "bills"): "bills",
    (s.Bill, "chambers"): "bills.chambers",  # a list, stored "; "-joined
    (s.Bill, "became"): "bills.became_id",
    (s.Bill, "stages"): "bill_stages",
    (s.Bill, "would_change"): "bill_changes",
    (s.BillStage, "sources"): "bill_stage_sources",
    (s.BillChange, "criterion"): "bill_changes.criterion_id",
    (s.BillChange, "sources"): "bill_change_sources",
    (s.Instrument, "amends"): "instrument_links",
    (s.Instrument, "repeals"): "instrument_links",
    (s.Instrument, "provisions"): "provisions",
    (s.Definition, "term"): "definitions.term_id",
    (s.Definition, "cite"): "definitions.instrument_id",
    (s.Definition, "attributes"): "definition_attributes",
    (s.AssessmentState, "cite"): "citations",
    (s.AssessmentState, "sources"): "sources",
    (s.AssessmentState, "counterpoint"): "assessment_states.counterpoint",
    (s.Counterpoint, "text"): "assessment_states.counterpoint",
    (s.Counterpoint, "sources"): "assessment_states.counterpoint_sources",
    (s.Counterpoint, "untested"): "assessment_states.untested",
    (s.Criterion, "id"): "criteria.short_id",
    (s.Criterion, "category"): "criteria.category_id",
    (s.Criterion, "called_for_by"): "criterion_articles",
    (s.Criterion, "related"): NOT_STORED,  # a validation rule (consistency.py) reads it
    (s.Term, "attributes"): "term_attributes",
    (s.CriteriaFile, "schema_version"): NOT_STORED,
    (s.CriteriaFile, "edition"): NOT_STORED,
    (s.CriteriaFile, "categories"): "categories",
    (s.CriteriaFile, "criteria"): "criteria",
    (s.FrameworksFile, "schema_version"): NOT_STORED,
    (s.FrameworksFile, "frameworks"): "frameworks",
    (s.TermsFile, "schema_version"): NOT_STORED,
    (s.TermsFile, "terms"): "terms",
}

_COLUMNS: dict[type[BaseModel], tuple[str, ...]] = {}


def columns(model: type[BaseModel]) -> tuple[str, ...]:
    """The keys of `model` stored as they are, in a column of the same name."""
    if model not in _COLUMNS:
        table = TABLE[model].__table__
        _COLUMNS[model] = tuple(
            name
            for name in model.model_fields
            if name in table.c and (model, name) not in ELSEWHERE
        )
    return _COLUMNS[model]


def values(item: BaseModel) -> dict[str, Any]:
    """The column values of one contract object, ready for an insert or update."""
    return {name: getattr(item, name) for name in columns(type(item))}
