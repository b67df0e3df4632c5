"""`lawtrack export DATASET`: the tidy data for spreadsheets and scripts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from lawtrack.cli import complete
from lawtrack.cli.options import ExcelOption, FormatOption, OutputOption, parse_date
from lawtrack.cli.run import run_view
from lawtrack.errors import UsageError


def export(
    ctx: typer.Context,
    dataset: Annotated[
        str,
        typer.Argument(
            help="jurisdictions, instruments, definitions, assessments, ratifications, criteria, "
            "or datapackage (all of them as a Frictionless Data Package in the -o directory), "
            "or datasette (a copy of the database and its metadata.json in the -o directory).",
            click_type=complete.DATASET,
        ),
    ],
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Only what was in effect on this date (default: all dates)."),
    ] = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
) -> None:
    """Bulk tidy data (long format), one row per fact."""
    from lawtrack.queries.export import export_table

    when = parse_date(as_of) if as_of else None
    if dataset == "datapackage":
        _datapackage(ctx, output, when)
        return
    if dataset == "datasette":
        _datasette(ctx, output, when)
        return
    run_view(
        ctx,
        lambda s: export_table(s, dataset, as_of=when),
        fmt or ("csv" if output is None else None),
        output,
        excel=excel,
    )


def _datapackage(ctx: typer.Context, output: Path | None, when: date | None) -> None:
    from lawtrack.cli.state import app_state
    from lawtrack.queries.export import DATASETS
    from lawtrack.render.datapackage import write_datapackage

    if output is None:
        raise UsageError("a data package is a directory: give -o DIR")
    from lawtrack.render.output import check_dir_target

    check_dir_target(output)
    with app_state(ctx).reader() as session:
        tables = {name: build(session, when) for name, build in DATASETS.items()}
    target = write_datapackage(tables, output, as_of=when.isoformat() if when else None)
    typer.echo(f"wrote {len(tables)} tables and {target}")


def _datasette(ctx: typer.Context, output: Path | None, when: date | None) -> None:
    from lawtrack.cli.state import app_state
    from lawtrack.publish import write_site
    from lawtrack.render.output import check_dir_target

    if output is None:
        raise UsageError("a datasette site is a directory: give -o DIR")
    if when is not None:
        raise UsageError("export datasette copies every date: drop --as-of (its queries take one)")
    check_dir_target(output)
    database, metadata = write_site(app_state(ctx).store().engine, output)
    typer.echo(f"wrote {database} and {metadata}")


def register(app: typer.Typer) -> None:
    app.command()(export)
