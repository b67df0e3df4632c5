"""The one way a view runs: open the database, build the result, emit it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from lawtrack.cli.state import app_state

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lawtrack.results import Result


def run_view(
    ctx: typer.Context,
    build: Callable[[Session], Result],
    fmt: str | None,
    output: Path | None,
    *,
    excel: bool = False,
) -> None:
    from lawtrack.render import check_request, emit

    check_request(fmt, output, excel=excel)  # a request that cannot be met fails before any work
    with app_state(ctx).store().reader() as session:
        result = build(session)
    emit(result, fmt, output, excel=excel)
