"""What every table and column of the database holds, in words, taken from the code.

A column's words come, in this order, from the field of the file contract stored in it
(`datafiles/schema.py`, through `datafiles/columns.py`'s mapping), from its place in the schema
(a row id, an order, a link to another table), or, for what the contract does not hold (keys of
mappings, values the loader derives), from `OTHER_COLUMNS` below. A table's words are its
model's docstring in `models.py`, else `OTHER_TABLES`. `tests/test_datasette.py` fails when a
table or column has no words, or when an entry here says what the contract already says, so the
descriptions cannot drift from the code.
"""

from __future__ import annotations

import inspect

from pydantic import BaseModel
from sqlalchemy import Column, Table

from lawtrack import models as m
from lawtrack.datafiles import columns as contract

ALEMBIC = "alembic_version"

# Tables whose model has no docstring: what they hold, in the data files' terms.
OTHER_TABLES: dict[str, str] = {
    "categories": "The codebook's categories of criteria (criteria.yaml `categories`).",
    "frameworks": "The treaties, directives and model laws the criteria are measured against "
    "(frameworks.yaml).",
    "criteria": "The codebook: each criterion a jurisdiction's law is measured against "
    "(criteria.yaml).",
    "terms": "The terms whose statutory definitions are compared side by side (terms.yaml).",
    "term_attributes": "The structured attributes a definition of a term records (terms.yaml "
    "`attributes`).",
    "jurisdictions": "One row per jurisdiction file (data/jurisdictions/*.yaml): a country, a "
    "state or province, or a supranational body such as the EU.",
    "ratifications": "Which treaty each jurisdiction ratified or acceded to, and when "
    "(a jurisdiction file's `ratifications`).",
    "instruments": "The statutes, codes, regulations, treaties, directives, bills and cases each "
    "jurisdiction's file records (its `instruments`).",
    "provisions": "Provisions quoted from an instrument, with their words (an instrument's "
    "`provisions`).",
    "definitions": "Statutory definitions of the codebook's terms, verbatim, with their "
    "citation (a jurisdiction file's `definitions`).",
    "definition_attributes": "The value a definition gives each attribute of its term "
    "(a definition's `attributes`).",
    "sources": "The addresses actually read for an assessment state, in the order given.",
    ALEMBIC: "The database schema's revision (Alembic): lawtrack refuses a database whose "
    "revision is not its own.",
}

# Columns that no key of the file contract holds as it is: dictionary keys, values the loader
# derives, the search index and the load bookkeeping.
OTHER_COLUMNS: dict[str, str] = {
    "categories.letter": "The category's letter, the first character of its criteria's short "
    "ids (A, B, ...).",
    "categories.name": "The category's name.",
    "frameworks.code": "The framework's code in frameworks.yaml (a public contract: "
    "lanzarote, palermo, ...).",
    "criteria.code": "The criterion's code in criteria.yaml (a public contract: "
    "live_streaming_offence, ...).",
    "terms.code": "The term's code in terms.yaml (child, age_of_consent, ...).",
    "term_attributes.code": "The attribute's code, the column it becomes in definition exports.",
    "criterion_articles.article": "The article (or capability keyword) of the framework that "
    "calls for the criterion.",
    "instruments.key": "The instrument's id in its jurisdiction's file: what cites use "
    "('ra-11930 s. 4(c)').",
    "instrument_links.relation": "amends or repeals.",
    "instrument_links.target_id": "The instrument amended or repealed (possibly another "
    "jurisdiction's).",
    "provisions.pinpoint": "Where in the instrument the provision stands (e.g. 's. 4(c)'), as "
    "cites write it.",
    "ratifications.ratified": "When the jurisdiction ratified or acceded to the framework.",
    "ratifications.framework_id": "The treaty ratified.",
    "definitions.pinpoint": "Where in the instrument the definition stands (the pinpoint of "
    "its cite).",
    "definitions.effective_to": "When a later wording of the same term and cite replaced this "
    "one (derived on load; empty: still the current wording).",
    "definition_attributes.attribute_id": "The attribute of the term that the value is for.",
    "definition_attributes.value": "The attribute's value as this definition sets it (JSON: a "
    "number, true/false or text).",
    "assessment_states.criterion_id": "The criterion assessed.",
    "assessment_states.effective_to": "When the next (newer) state of the same criterion took "
    "effect (derived on load; empty: the state still holds).",
    "citations.pinpoint": "Where in the instrument the status rests (e.g. 's. 4(c)'); empty "
    "for the instrument as a whole.",
    "citations.instrument_id": "The instrument cited (possibly another jurisdiction's).",
    "sources.url": "An address read for this state.",
    "bills.key": "The bill's id in its jurisdiction's file ('eu-csar'); another file names it "
    "'EU:eu-csar'.",
    "bill_stage_sources.url": "An address read for this stage.",
    "bill_change_sources.url": "An address read for this change.",
    "search_entries.kind": "What the text is: provision, definition, assessment (a note) or "
    "instrument.",
    "search_entries.kind_order": "The order search results are grouped in: provisions first, "
    "instruments last.",
    "search_entries.citation": "Where the text stands, as output cites it.",
    "search_entries.subject": "What the text is about: a provision's heading, a term, a "
    "criterion and its status.",
    "search_entries.text": "The text as written.",
    "search_entries.search_text": "The text normalised for search (NFKC, without case), as "
    "`lawtrack search` matches it.",
    "loaded_files.path": "The data file, relative to the data directory.",
    "loaded_files.sha256": "The SHA-256 of the file's bytes when it was loaded: an unchanged "
    "file is skipped on the next load.",
    "loaded_files.jurisdiction_code": "The jurisdiction the file holds (empty for the "
    "codebook files).",
    "loaded_files.loaded_at": "When the file was loaded.",
    f"{ALEMBIC}.version_num": "The revision (migrations/versions).",
}

ROW_ID = "The row's id, assigned on load (other tables link to it; not stable across loads)."
POSITION = "Its order in the data file, which output keeps."


def _first_paragraph(text: str | None) -> str | None:
    if not text:
        return None
    return " ".join(inspect.cleandoc(text).split("\n\n")[0].split())


def _model_of(table: Table) -> type[m.Base] | None:
    for mapper in m.Base.registry.mappers:
        if mapper.local_table is table:
            found: type[m.Base] = mapper.class_
            return found
    return None


def _field(model: type[BaseModel], key: str) -> str:
    description = model.model_fields[key].description
    if not description:
        raise ValueError(f"{model.__name__}.{key} has no description in schema.py")
    return description


def contract_columns() -> dict[str, list[str]]:
    """Each "table.column" that holds a key of the file contract, and that key's description."""
    found: dict[str, list[str]] = {}
    for model, table in contract.TABLE.items():
        for key in contract.columns(model):
            found.setdefault(f"{table.__tablename__}.{key}", []).append(_field(model, key))
    for (model, key), where in contract.ELSEWHERE.items():
        if "." in where:  # "table.column"; a whole table or "-" describes no column
            found.setdefault(where, []).append(_field(model, key))
    return found


def table_description(table: Table) -> str | None:
    model = _model_of(table)
    return _first_paragraph(model.__doc__ if model else None) or OTHER_TABLES.get(table.name)


def column_description(
    table: Table, column: Column[object], contract_words: dict[str, list[str]]
) -> str | None:
    """A column's words (`contract_words`: `contract_columns()`), or None if it has none."""
    key = f"{table.name}.{column.name}"
    words = list(contract_words.get(key, []))
    if not words and key in OTHER_COLUMNS:
        words = [OTHER_COLUMNS[key]]
    if not words and column.primary_key and column.name == "id":
        words = [ROW_ID]
    if not words and column.name == "position":
        words = [POSITION]
    for fk in column.foreign_keys:  # datasette shows the linked row's label beside the id
        words.append(f"Links to a row of {fk.column.table.name}.")
    if not words:
        return None
    return " ".join(dict.fromkeys(words))


def descriptions() -> dict[str, tuple[str | None, dict[str, str | None]]]:
    """table -> (its description, column -> its description), for every table of models.py."""
    contract_words = contract_columns()
    return {
        table.name: (
            table_description(table),
            {c.name: column_description(table, c, contract_words) for c in table.columns},
        )
        for table in m.Base.metadata.sorted_tables
    }


def alembic_description() -> tuple[str, dict[str, str]]:
    """The one table that is not a model: the schema revision."""
    column = f"{ALEMBIC}.version_num"
    return OTHER_TABLES[ALEMBIC], {"version_num": OTHER_COLUMNS[column]}
