"""datasette's metadata.json for the copy: what the data is, what each table and column holds,
which column names a row, the facets to browse by, and the canned queries."""

from __future__ import annotations

from typing import Any

from lawtrack import __version__
from lawtrack.config import DATA_LICENSE
from lawtrack.publish.canned import QUERIES, VIEWS, View
from lawtrack.publish.describe import ALEMBIC, alembic_description, descriptions

DATABASE = "lawtrack"  # datasette names a database after its file: lawtrack.db

TITLE = "lawtrack: legislation on cybersex trafficking, coded by jurisdiction"

# The column that names a row, shown beside every foreign key that points at it.
LABELS = {
    "categories": "name",
    "frameworks": "short_name",
    "jurisdictions": "name",
    "criteria": "name",
    "terms": "name",
    "term_attributes": "code",
    "instruments": "citation",
    "provisions": "pinpoint",
}

FACETS = {
    "jurisdictions": ("region", "level", "legal_system"),
    "assessment_states": ("jurisdiction_id", "criterion_id", "status", "evidence"),
    "instruments": ("jurisdiction_id", "kind"),
    "definitions": ("jurisdiction_id", "term_id"),
    "criteria": ("category_id",),
    "ratifications": ("framework_id",),
    "search_entries": ("jurisdiction_id", "kind"),
}

HIDDEN = (ALEMBIC,)


def describe_view(view: View, known: dict[str, str | None]) -> dict[str, str | None]:
    """A view's columns and their words: its own, or those of the column it shows."""
    return {
        column.name: column.about if column.about else known.get(column.like or "")
        for column in view.columns
    }


def tables() -> dict[str, dict[str, Any]]:
    """Every table and view of the copy, with its description and its columns'."""
    found: dict[str, dict[str, Any]] = {}
    known: dict[str, str | None] = {}
    for name, (about, columns) in descriptions().items():
        found[name] = {"description": about, "columns": columns}
        known |= {f"{name}.{column}": words for column, words in columns.items()}
    revision, revision_columns = alembic_description()
    found[ALEMBIC] = {"description": revision, "columns": revision_columns}
    for view in VIEWS:
        shown = describe_view(view, known)
        found[view.name] = {"description": view.description, "columns": shown}
        known |= {f"{view.name}.{column}": words for column, words in shown.items()}
        if view.facets:
            found[view.name]["facets"] = list(view.facets)
    for name, label in LABELS.items():
        found[name]["label_column"] = label
    for name, facets in FACETS.items():
        found[name]["facets"] = list(facets)
    for name in HIDDEN:
        found[name]["hidden"] = True
    return found


def queries() -> dict[str, dict[str, Any]]:
    return {
        query.name: {
            "title": query.title,
            "description": query.description,
            "sql": query.sql.strip() + "\n",
            "params": list(query.params),
            "hide_sql": True,  # long: "show" reveals it
        }
        for query in QUERIES
    }


def site_metadata(jurisdictions: int, criteria: int) -> dict[str, Any]:
    """The whole metadata.json, for a copy holding this many jurisdictions and criteria."""
    return {
        "title": TITLE,
        "description": (
            "Legislation on cybersex trafficking (the live-streamed sexual abuse of children and "
            f"adults) in {jurisdictions} jurisdiction(s), measured against {criteria} criteria. "
            "Every assessed cell rests on a pinpoint citation and the sources read, and every "
            "state carries the dates it held, so each question can be asked as of a date. "
            "not_assessed means not yet researched, never 'no'; evidence 'incomplete' means "
            "the status rests on a text not (fully) read, and its note says which. Start with "
            "the canned queries: the matrix, one criterion across jurisdictions, the victims' "
            "position, gaps, and what changed since a date."
        ),
        "license": DATA_LICENSE["title"],
        "license_url": DATA_LICENSE["path"],
        "source": (
            "The lawtrack data files (criteria.yaml, frameworks.yaml, terms.yaml, "
            f"jurisdictions/*.yaml), loaded by lawtrack {__version__}; each assessed cell "
            "names the texts it rests on (tables citations and sources)."
        ),
        "databases": {
            DATABASE: {
                "description": "A copy of the lawtrack database, with helper views and tables.",
                "tables": tables(),
                "queries": queries(),
            }
        },
    }
