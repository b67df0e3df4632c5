"""JSON: the result's stable `dump()` shape, UTF-8 text unescaped."""

from __future__ import annotations

import json
from typing import TextIO

from lawtrack.results import ResultTable


def render_json(result: ResultTable, out: TextIO) -> None:
    json.dump(result.dump(), out, ensure_ascii=False, indent=2)
    out.write("\n")
