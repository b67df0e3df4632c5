"""`lawtrack chart heatmap`: the comparison as a picture for briefs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lawtrack.cli.options import (
    AsOfOption,
    CategoryOption,
    FrameworkOption,
    RegionOption,
    parse_date,
)
from lawtrack.cli.state import app_state, progress

chart_app = typer.Typer(help="Charts (PNG or SVG; needs lawtrack[chart]).", no_args_is_help=True)


@chart_app.command()
def heatmap(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="The image: .png or .svg.")] = Path(
        "heatmap.png"
    ),
    framework: FrameworkOption = None,
    region: RegionOption = None,
    category: CategoryOption = None,
    as_of: AsOfOption = None,
) -> None:
    """Jurisdictions × criteria coloured by status, in rank order, grouped by category."""
    from lawtrack.analysis import ranked_by_score
    from lawtrack.queries.matrix import matrix_table
    from lawtrack.render.chart import check_heatmap_target, render_heatmap

    when = parse_date(as_of)
    check_heatmap_target(output)
    with app_state(ctx).reader() as session:
        table = matrix_table(
            session, as_of=when, region=region, category=category, framework=framework
        )
    with progress() as shown:
        render_heatmap(ranked_by_score(table), output, shown)
    typer.echo(f"wrote {output}")


def register(app: typer.Typer) -> None:
    app.add_typer(chart_app, name="chart")
