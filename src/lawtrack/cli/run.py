"""The one way a view runs: open the database, build the result, emit it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from lawtrack.cli.state import app_state

if TYPE_CHECKING:
    from lawtrack.queries.reader import Rows
    from lawtrack.results import Result


def run_view(
    ctx: typer.Context,
    build: Callable[[Rows], Result],
    fmt: str | None,
    output: Path | None,
    *,
    excel: bool = False,
) -> None:
    from lawtrack.render import check_request, emit

    check_request(fmt, output, excel=excel)  # a request that cannot be met fails before any work
    with app_state(ctx).reader() as db:
        result = build(db)
    emit(result, fmt, output, excel=excel)
