"""`lawtrack brief CODE`: a one-page advocacy brief, every claim footnoted."""

from __future__ import annotations

from typing import Annotated

import typer

from lawtrack.cli import complete
from lawtrack.cli.options import AsOfOption, OutputOption, RegionOption, parse_date
from lawtrack.cli.state import app_state
from lawtrack.errors import UsageError
from lawtrack.render.formats import listing


def brief(
    ctx: typer.Context,
    codes: Annotated[
        list[str] | None,
        typer.Argument(
            help="Jurisdiction code(s).", show_default=False, click_type=complete.JURISDICTION
        ),
    ] = None,
    region: RegionOption = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=f"{listing('brief')} (default: md).",
            click_type=complete.BRIEF_FORMAT,
        ),
    ] = None,
    output: OutputOption = None,
    as_of: AsOfOption = None,
) -> None:
    """The law of one jurisdiction (or a region) as a brief: gaps, remedies, victims, sources."""
    from lawtrack.queries.brief import briefs_for
    from lawtrack.render import check_request, write_text

    spec = check_request(fmt, output, kind="brief")
    if not codes and not region:
        raise UsageError(
            "name a jurisdiction (lawtrack brief PH) or a region (--region 'South-eastern Asia')"
        )
    when = parse_date(as_of)
    with app_state(ctx).reader() as session:
        briefs = briefs_for(session, codes, region=region, as_of=when)
    render = spec.load("brief")
    write_text(lambda out: render(briefs, out), output)


def register(app: typer.Typer) -> None:
    app.command()(brief)
