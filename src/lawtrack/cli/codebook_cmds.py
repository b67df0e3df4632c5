"""The codebook and treaty status: `criteria`, `frameworks`, `ratifications`."""

from __future__ import annotations

import typer

from lawtrack.cli.options import (
    CategoryOption,
    CodesArgument,
    ExcelOption,
    FormatOption,
    FrameworkOption,
    OutputOption,
    RegionOption,
)
from lawtrack.cli.run import run_view


def criteria(
    ctx: typer.Context,
    category: CategoryOption = None,
    framework: FrameworkOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
) -> None:
    """The criteria every jurisdiction is measured against, with the articles that call for them."""
    from lawtrack.queries.codebook import criteria_table

    run_view(
        ctx,
        lambda s: criteria_table(s, category=category, framework=framework),
        fmt,
        output,
        excel=excel,
    )


def frameworks(
    ctx: typer.Context,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
) -> None:
    """The model standards gaps are measured against."""
    from lawtrack.queries.codebook import frameworks_table

    run_view(ctx, frameworks_table, fmt, output, excel=excel)


def ratifications(
    ctx: typer.Context,
    codes: CodesArgument = None,
    region: RegionOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
) -> None:
    """Who has ratified or acceded to which treaty, and when."""
    from lawtrack.queries.codebook import ratifications_table

    run_view(ctx, lambda s: ratifications_table(s, codes, region=region), fmt, output, excel=excel)


def register(app: typer.Typer) -> None:
    for command in (criteria, frameworks, ratifications):
        app.command()(command)
