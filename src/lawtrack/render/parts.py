"""A view in several parts (a ResultSet) written part after part, by any table renderer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from lawtrack.results import Result, ResultSet, ResultTable


def render_parts(
    result: Result,
    out: TextIO,
    render: Callable[[ResultTable, TextIO], None],
    heading: Callable[[str], str] | None = None,
) -> None:
    """A table as it is; a set as its heading (for people), then each part, a blank line apart."""
    if isinstance(result, ResultTable):
        render(result, out)
        return
    assert isinstance(result, ResultSet)
    if heading is not None:
        out.write(heading(result.title))
    for number, table in enumerate(result.tables):
        if number:
            out.write("\n")
        render(table, out)
