"""A Frictionless Data Package: the tidy CSVs and a descriptor with a Table Schema for each."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from lawtrack import __version__
from lawtrack.config import DATA_LICENSE
from lawtrack.errors import write_error as fail
from lawtrack.render.delimited import render_csv
from lawtrack.render.output import check_dir_target, write_bytes, write_text
from lawtrack.results import Column, ResultTable
from lawtrack.status import CODES

STATUSES = list(CODES)
TYPES = {"date": "date", "int": "integer", "number": "number"}
LICENSE = DATA_LICENSE
KEYS = {
    "jurisdictions": ["code"],
    "instruments": ["jurisdiction", "id"],
    "criteria": ["code"],
    "ratifications": ["jurisdiction", "framework"],
}


def field(column: Column) -> dict[str, Any]:
    out: dict[str, Any] = {"name": column.key, "type": TYPES.get(column.kind, "string")}
    if column.kind == "status":
        out["categories"] = STATUSES
        out["constraints"] = {"enum": STATUSES}
    if column.help:
        out["description"] = column.help
    return out


def write_datapackage(
    tables: dict[str, ResultTable], directory: Path, *, as_of: str | None
) -> Path:
    check_dir_target(directory)
    try:
        directory.mkdir(exist_ok=True)
    except OSError as exc:
        raise fail(directory, exc) from None
    resources = []
    for name, table in tables.items():
        path = directory / f"{name}.csv"
        write_text(partial(render_csv, table), path)
        schema: dict[str, Any] = {
            "fields": [field(c) for c in table.columns],
            "missingValues": [""],
        }
        if name in KEYS:
            schema["primaryKey"] = KEYS[name]
        if name in ("instruments", "definitions", "assessments", "ratifications"):
            schema["foreignKeys"] = [
                {
                    "fields": "jurisdiction",
                    "reference": {"resource": "jurisdictions", "fields": "code"},
                }
            ]
        resources.append(
            {
                "name": name,
                "path": path.name,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"lineTerminator": "\r\n"},
                "schema": schema,
            }
        )
    descriptor = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "lawtrack-cybersex-trafficking-law",
        "title": "lawtrack: legislation on cybersex trafficking, coded by jurisdiction",
        "description": (
            "Each jurisdiction's statutes, definitions and the status of each criterion of the "
            "codebook (criteria.csv), every "
            "assessed cell with its pinpoint citation and sources. not_assessed means not yet "
            "researched, never 'no'. Text cells that begin like a spreadsheet formula carry a "
            "leading apostrophe."
            + (f" States in effect on {as_of}." if as_of else " Every state, with its history.")
        ),
        "version": __version__,
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "licenses": [LICENSE],
        "sources": [
            {
                "title": "The data files of the lawtrack repository (data/jurisdictions/*.yaml), "
                "each citing its own sources"
            }
        ],
        "contributors": [{"title": "lawtrack maintainers", "roles": ["creator"]}],
        "resources": resources,
    }
    target = directory / "datapackage.json"
    document = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    write_bytes(target, document.encode("utf-8"))
    return target
