"""The researchers' views at the top level."""

from __future__ import annotations

from typing import Annotated

import typer

from lawtrack.cli.options import AsOfOption, FormatOption, OutputOption, parse_date
from lawtrack.cli.state import app_state


def matrix(
    ctx: typer.Context,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_of: AsOfOption = None,
) -> None:
    """Every jurisdiction × every criterion, one status per cell."""
    from lawtrack.queries import matrix_table
    from lawtrack.render import emit

    when = parse_date(as_of)
    with app_state(ctx).store().reader() as session:
        result = matrix_table(session, as_of=when)
    emit(result, fmt, output)


def jurisdictions(
    ctx: typer.Context,
    region: Annotated[str | None, typer.Option(help="Only this UN M49 sub-region.")] = None,
    level: Annotated[
        str | None, typer.Option(help="Only this level: supranational, national or subnational.")
    ] = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_of: AsOfOption = None,
) -> None:
    """The jurisdictions in the database, with how much of the codebook each has assessed."""
    from lawtrack.queries import jurisdiction_list
    from lawtrack.render import emit

    when = parse_date(as_of)
    with app_state(ctx).store().reader() as session:
        result = jurisdiction_list(session, as_of=when, region=region, level=level)
    emit(result, fmt, output)


def register(app: typer.Typer) -> None:
    app.command()(jurisdictions)
    app.command()(matrix)
