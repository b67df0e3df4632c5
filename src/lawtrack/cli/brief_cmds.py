"""`lawtrack brief CODE`: a one-page advocacy brief, every claim footnoted."""

from __future__ import annotations

from typing import Annotated

import typer

from lawtrack.cli.options import AsOfOption, OutputOption, RegionOption, parse_date
from lawtrack.cli.state import app_state
from lawtrack.errors import UsageError


def brief(
    ctx: typer.Context,
    codes: Annotated[
        list[str] | None, typer.Argument(help="Jurisdiction code(s).", show_default=False)
    ] = None,
    region: RegionOption = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="md (default) or html.")] = None,
    output: OutputOption = None,
    as_of: AsOfOption = None,
) -> None:
    """The law of one jurisdiction (or a region) as a brief: gaps, remedies, victims, sources."""
    from lawtrack.queries.brief import briefs_for
    from lawtrack.render import resolve_format, write_text
    from lawtrack.render.brief import render_brief
    from lawtrack.render.output import check_file_target

    if output is not None:
        check_file_target(output)
    chosen = resolve_format(fmt, output) if (fmt or output) else "md"
    if chosen not in ("md", "html"):
        raise UsageError(f"a brief is Markdown or HTML, not '{chosen}'")
    if not codes and not region:
        raise UsageError(
            "name a jurisdiction (lawtrack brief PH) or a region (--region 'South-eastern Asia')"
        )
    when = parse_date(as_of)
    with app_state(ctx).store().reader() as session:
        briefs = briefs_for(session, codes, region=region, as_of=when)
    write_text(lambda out: render_brief(briefs, chosen, out), output)


def register(app: typer.Typer) -> None:
    app.command()(brief)
