"""`lawtrack export DATASET`: the tidy data for spreadsheets and scripts."""

from __future__ import annotations

from typing import Annotated

import typer

from lawtrack.cli.options import FormatOption, OutputOption, parse_date
from lawtrack.cli.run import run_view


def export(
    ctx: typer.Context,
    dataset: Annotated[
        str,
        typer.Argument(
            help="jurisdictions, instruments, definitions, assessments or ratifications."
        ),
    ],
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Only what was in effect on this date (default: all dates)."),
    ] = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
) -> None:
    """Bulk tidy data (long format), one row per fact."""
    from lawtrack.queries.export import export_table

    when = parse_date(as_of) if as_of else None
    run_view(
        ctx,
        lambda s: export_table(s, dataset, as_of=when),
        fmt or ("csv" if output is None else None),
        output,
    )


def register(app: typer.Typer) -> None:
    app.command()(export)
