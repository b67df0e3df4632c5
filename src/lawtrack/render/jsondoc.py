"""JSON: the result's stable `dump()` shape, UTF-8 text unescaped."""

from __future__ import annotations

import json
from typing import Any, TextIO

from lawtrack.results import ResultTable


def render_json(result: ResultTable, out: TextIO) -> None:
    render_json_document(result.dump(), out)


def render_json_document(document: dict[str, Any], out: TextIO) -> None:
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
