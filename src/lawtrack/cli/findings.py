"""What the comparison finds: `gaps`, `below`, `bills`, `victims`, `definitions`, `score`."""

from __future__ import annotations

from typing import Annotated

import typer

from lawtrack.cli import complete
from lawtrack.cli.options import (
    AsOfOption,
    CategoryOption,
    CodesArgument,
    CriteriaOption,
    ExcelOption,
    FormatOption,
    FrameworkOption,
    OutputOption,
    RegionOption,
    parse_date,
)
from lawtrack.cli.run import run_view


def gaps(
    ctx: typer.Context,
    codes: CodesArgument = None,
    framework: FrameworkOption = None,
    region: RegionOption = None,
    bills: Annotated[
        bool,
        typer.Option(
            "--bills",
            help="Say for each gap which bill on the way names it (its stage on the date), or "
            "'nothing pending'.",
        ),
    ] = False,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """Legislative, ambiguity and research gaps, with the framework articles calling for each."""
    from lawtrack.queries.gaps import gaps_table

    when = parse_date(as_of)
    run_view(
        ctx,
        lambda s: gaps_table(s, codes, as_of=when, framework=framework, region=region, bills=bills),
        fmt,
        output,
        excel=excel,
    )


def bills(
    ctx: typer.Context,
    codes: CodesArgument = None,
    stage: Annotated[
        str | None,
        typer.Option(
            "--stage",
            help="Only bills at this stage on the date (e.g. committee), or of this kind: "
            "pending, enacted or ended.",
        ),
    ] = None,
    region: RegionOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """Pending legislation: each bill's stage on a date and what it would change.

    A bill's stage on a date is its newest recorded step on or before it, with the sources of
    that step. "Would change" reads each criterion the bill names against the cell's status on
    the same date.
    """
    from lawtrack.queries.bills import bills_table

    when = parse_date(as_of)
    run_view(
        ctx,
        lambda s: bills_table(s, codes, as_of=when, stage=stage, region=region),
        fmt,
        output,
        excel=excel,
    )


def below(
    ctx: typer.Context,
    baseline: Annotated[
        str,
        typer.Argument(
            help="The jurisdiction whose law is the standard, e.g. EU.",
            show_default=False,
            click_type=complete.JURISDICTION,
        ),
    ],
    codes: CodesArgument = None,
    region: RegionOption = None,
    criteria: CriteriaOption = None,
    category: CategoryOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """Where jurisdictions fall short of a baseline's law (e.g. EU members against the EU)."""
    from lawtrack.queries.below import below_table

    when = parse_date(as_of)
    run_view(
        ctx,
        lambda s: below_table(
            s,
            baseline,
            codes,
            as_of=when,
            region=region,
            category=category,
            criteria_codes=criteria,
        ),
        fmt,
        output,
        excel=excel,
    )


def victims(
    ctx: typer.Context,
    codes: CodesArgument = None,
    region: RegionOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """Are victims criminalised? D1–D4 with citations, and the definitions behind them."""
    from lawtrack.queries.gaps import victims_set

    when = parse_date(as_of)
    run_view(
        ctx, lambda s: victims_set(s, codes, as_of=when, region=region), fmt, output, excel=excel
    )


def definitions(
    ctx: typer.Context,
    term: Annotated[
        str,
        typer.Argument(
            help="A term of the codebook, e.g. child or csam.", click_type=complete.TERM
        ),
    ],
    codes: CodesArgument = None,
    text: Annotated[bool, typer.Option("--text", help="Add the verbatim statutory text.")] = False,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """One term's statutory definitions side by side, its attributes as columns."""
    from lawtrack.queries.definitions import definitions_table

    when = parse_date(as_of)
    run_view(
        ctx,
        lambda s: definitions_table(s, term, codes, as_of=when, text=text),
        fmt,
        output,
        excel=excel,
    )


def score(
    ctx: typer.Context,
    framework: FrameworkOption = None,
    region: RegionOption = None,
    sort: Annotated[
        str,
        typer.Option(
            "--sort",
            help="score (default: ranked first, best score first), known, met, assessed or code.",
        ),
    ] = "coverage",
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    as_of: AsOfOption = None,
) -> None:
    """Coverage per jurisdiction: met, partial, gap, unclear, not assessed."""
    from lawtrack.queries.gaps import score_table

    when = parse_date(as_of)
    run_view(
        ctx,
        lambda s: score_table(s, as_of=when, framework=framework, region=region, sort=sort),
        fmt,
        output,
        excel=excel,
    )


def register(app: typer.Typer) -> None:
    for command in (gaps, below, bills, victims, definitions, score):
        app.command()(command)
