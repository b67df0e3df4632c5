"""`data new CODE`: a new jurisdiction file, filled from ISO 3166, every criterion listed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from lawtrack.datafiles.read import YamlDoc, read_yaml
from lawtrack.datafiles.rules import SUPRANATIONAL_CODES, is_known_code
from lawtrack.datafiles.schema import CODE_RE
from lawtrack.errors import UsageError

SCHEMA_REF = "../../schemas/jurisdiction.schema.json"


def iso_place(code: str) -> tuple[str, str, str | None]:
    """(name, level, parent) for an ISO 3166 or supranational code; UsageError otherwise."""
    if code in SUPRANATIONAL_CODES:
        return SUPRANATIONAL_CODES[code], "supranational", None
    if not CODE_RE.match(code) or not is_known_code(code):
        raise UsageError(
            f"'{code}' is not an ISO 3166-1 or ISO 3166-2 code (e.g. PH, AU-NSW), nor EU"
        )
    import pycountry

    if "-" in code:
        subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
        return str(subdivision.name), "subnational", code.split("-")[0]
    country: Any = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name), "national", None


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def new_file_text(code: str, criteria_file: Path, *, today: date) -> str:
    name, level, parent = iso_place(code)
    criteria = read_yaml(criteria_file)
    if not isinstance(criteria, YamlDoc) or not isinstance(criteria.data, dict):
        raise UsageError(f"cannot read the codebook {criteria_file}")
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_REF}",
        f"# {name}: see docs/codebook.md for the method and sources policy.",
        "# Every fact needs a source you have read; what you cannot verify stays null or",
        "# not_assessed, with a note saying what is missing.",
        "schema_version: 1",
        f"code: {code}",
        f"name: {_quoted(name)}",
        f"level: {level}",
        f"parent: {parent or 'null'}",
        "region: null  # UN M49 sub-region, e.g. South-eastern Asia",
        "legal_system: null  # common | civil | mixed | religious | customary",
        f"reviewed: {today.isoformat()}",
        "",
        "# framework (opsc, palermo, lanzarote, budapest, coe_trafficking): YYYY-MM-DD",
        "ratifications: {}",
        "# id: {title, citation, kind, enacted, in_force, repealed, amends, repeals, url}",
        "instruments: {}",
        "# - {term, cite: '<instrument id> <pinpoint>', text: verbatim, attributes}",
        "definitions: []",
        "assessments:",
    ]
    for criterion_code, criterion in criteria.data["criteria"].items():
        question = " ".join(str(criterion["question"]).split())
        lines.append(f"  # {criterion['id']}: {question}")
        lines.append(f"  {criterion_code}:")
        lines.append("    - status: not_assessed")
        lines.append("      from: null")
    return "\n".join(lines) + "\n"
