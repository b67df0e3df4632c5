"""The JSON Schema of a jurisdiction file, for editors (YAML language server) and tools."""

from __future__ import annotations

import json

from lawtrack.datafiles.schema import JurisdictionFile


def schema_text() -> str:
    schema = JurisdictionFile.model_json_schema(by_alias=True, mode="validation")
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "lawtrack jurisdiction file",
        "description": "One jurisdiction's instruments, definitions and assessments "
        "(the data contract; see docs/data-format.md).",
        **{k: v for k, v in schema.items() if k != "title"},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
