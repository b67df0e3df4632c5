"""JSON: the result's stable `dump()` shape, UTF-8 text unescaped."""

from __future__ import annotations

import json
from typing import Any, TextIO

from lawtrack.results import Result


def render_document(result: Result, out: TextIO) -> None:
    """The result's stable `dump()` shape (a table's, or a set's with its sections)."""
    render_json_document(result.dump(), out)


def render_json_document(document: dict[str, Any], out: TextIO) -> None:
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
