"""Options defined once and shared by every command that takes them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from lawtrack.cli import complete
from lawtrack.errors import UsageError
from lawtrack.render.formats import listing

FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help=f"{listing()} (default: from --output's suffix, else table; xlsx needs -o).",
        click_type=complete.FORMAT,
    ),
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="The law as it stood on this date (YYYY-MM-DD). Default: today."),
]
DataDirArgument = Annotated[
    Path | None,
    typer.Argument(
        help="The data directory (default: --data, LAWTRACK_DATA_DIR, or the bundled data)."
    ),
]


def parse_date(text: str | None, *, option: str = "--as-of") -> date:
    if text is None:
        return date.today()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise UsageError(f"{option}: '{text}' is not a date (YYYY-MM-DD)")
    try:
        when = date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: '{text}' is not a date (YYYY-MM-DD)") from None
    if when > date.today():
        from lawtrack.cli.state import note

        note(
            f"lawtrack: {option} {when} is in the future: the law as recorded today is shown "
            "(Acts not yet in force are not applied ahead of their dates)"
        )
    return when


RegionOption = Annotated[
    str | None,
    typer.Option(
        "--region",
        help="Only this UN M49 sub-region (e.g. 'South-eastern Asia').",
        click_type=complete.REGION,
    ),
]
CategoryOption = Annotated[
    str | None,
    typer.Option(
        "--category", help="Only this category of criteria (A–E).", click_type=complete.CATEGORY
    ),
]
FrameworkOption = Annotated[
    str | None,
    typer.Option(
        "--framework",
        help="Only the criteria this framework calls for (e.g. lanzarote).",
        click_type=complete.FRAMEWORK,
    ),
]
CriteriaOption = Annotated[
    list[str] | None,
    typer.Option(
        "--criteria",
        "-c",
        help="Only these criteria (code or short id; repeatable).",
        click_type=complete.CRITERION,
    ),
]
CodesArgument = Annotated[
    list[str] | None,
    typer.Argument(
        help="Jurisdiction codes (default: all).",
        show_default=False,
        click_type=complete.JURISDICTION,
    ),
]
CiteOption = Annotated[
    bool,
    typer.Option("--cite", help="Give each cell's citation and sources (as footnotes in tables)."),
]
ExcelOption = Annotated[
    bool,
    typer.Option("--excel", help="CSV for spreadsheets: UTF-8 with a byte-order mark."),
]
