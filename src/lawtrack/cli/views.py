"""The researchers' views of jurisdictions: `jurisdictions`, `show`, `compare`, `matrix`."""

from __future__ import annotations

from typing import Annotated

import typer

from lawtrack.cli import complete
from lawtrack.cli.options import (
    AsOfOption,
    CategoryOption,
    CiteOption,
    CriteriaOption,
    ExcelOption,
    FormatOption,
    FrameworkOption,
    OutputOption,
    RegionOption,
    parse_date,
)
from lawtrack.cli.run import run_view

IfEnactedOption = Annotated[
    list[str] | None,
    typer.Option(
        "--if-enacted",
        help="Show the cells this bill names as it would make them, marked ‡ (a bill id, or "
        "XX:id; repeatable).",
    ),
]


def jurisdictions(
    ctx: typer.Context,
    region: RegionOption = None,
    level: Annotated[
        str | None,
        typer.Option(
            help="Only this level: supranational, national or subnational.",
            click_type=complete.LEVEL,
        ),
    ] = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """The jurisdictions in the database, with how much of the codebook each has assessed."""
    from lawtrack.queries.jurisdictions import jurisdiction_list

    when = parse_date(as_of)
    run_view(
        ctx,
        lambda s: jurisdiction_list(s, as_of=when, region=region, level=level),
        fmt,
        output,
        excel=excel,
    )


def show(
    ctx: typer.Context,
    code: Annotated[
        str, typer.Argument(help="A jurisdiction code, e.g. PH.", click_type=complete.JURISDICTION)
    ],
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """One jurisdiction: instruments, definitions, every criterion with citation, its gaps."""
    from lawtrack.queries.show import show_set

    when = parse_date(as_of)
    run_view(ctx, lambda s: show_set(s, code, as_of=when), fmt, output, excel=excel)


def compare(
    ctx: typer.Context,
    codes: Annotated[
        list[str] | None,
        typer.Argument(
            help="Jurisdiction codes, one or more (or --all, or --region).",
            show_default=False,
            click_type=complete.JURISDICTION,
        ),
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="Every jurisdiction in the database.")] = (
        False
    ),
    region: RegionOption = None,
    criteria: CriteriaOption = None,
    category: CategoryOption = None,
    framework: FrameworkOption = None,
    cite: CiteOption = False,
    if_enacted: IfEnactedOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """Criteria as rows, the chosen jurisdictions side by side."""
    from lawtrack.errors import UsageError
    from lawtrack.queries.matrix import compare_table

    if bool(codes) + every + bool(region) != 1:
        raise UsageError(
            "name the jurisdictions (compare PH KR), or give --all or --region: one of the three"
        )
    when = parse_date(as_of)
    run_view(
        ctx,
        lambda s: compare_table(
            s,
            codes or None,
            region=region,
            as_of=when,
            category=category,
            framework=framework,
            criteria_codes=criteria,
            cite=cite,
            if_enacted=if_enacted or (),
        ),
        fmt,
        output,
        excel=excel,
    )


def matrix(
    ctx: typer.Context,
    region: RegionOption = None,
    criteria: CriteriaOption = None,
    category: CategoryOption = None,
    framework: FrameworkOption = None,
    cite: CiteOption = False,
    if_enacted: IfEnactedOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """Every jurisdiction × every criterion, one status per cell."""
    from lawtrack.queries.matrix import matrix_table

    when = parse_date(as_of)
    run_view(
        ctx,
        lambda s: matrix_table(
            s,
            as_of=when,
            region=region,
            category=category,
            framework=framework,
            criteria_codes=criteria,
            cite=cite,
            if_enacted=if_enacted or (),
        ),
        fmt,
        output,
        excel=excel,
    )


def register(app: typer.Typer) -> None:
    for command in (jurisdictions, show, compare, matrix):
        app.command()(command)
