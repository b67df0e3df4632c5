"""The law over time, and the text itself: `timeline`, `diff`, `search`."""

from __future__ import annotations

from typing import Annotated

import typer

from lawtrack.cli import complete
from lawtrack.cli.options import CodesArgument, ExcelOption, FormatOption, OutputOption, parse_date
from lawtrack.cli.run import run_view


def timeline(
    ctx: typer.Context,
    code: Annotated[
        str, typer.Argument(help="A jurisdiction code, e.g. KR.", click_type=complete.JURISDICTION)
    ],
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
) -> None:
    """Dated changes: instruments enacted, in force, repealed; bill stages; criterion states
    taking effect."""
    from lawtrack.queries.history import timeline_table

    run_view(ctx, lambda s: timeline_table(s, code), fmt, output, excel=excel)


def diff(
    ctx: typer.Context,
    since: Annotated[str, typer.Option("--from", help="The earlier date (YYYY-MM-DD).")],
    until: Annotated[
        str | None, typer.Option("--to", help="The later date (YYYY-MM-DD). Default: today.")
    ] = None,
    codes: CodesArgument = None,
    amended_only: Annotated[
        bool,
        typer.Option(
            "--amended-only",
            help="Only cells whose earlier status was researched (leave out 'first coded').",
        ),
    ] = False,
    restated: Annotated[
        bool,
        typer.Option(
            "--restated",
            help="Also list cells whose law changed in the period without changing their status.",
        ),
    ] = False,
    bills: Annotated[
        bool,
        typer.Option("--bills", help="Also list each bill that took a step in the period."),
    ] = False,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
) -> None:
    """Every cell whose status changed between two dates, with what changed it."""
    from lawtrack.queries.history import diff_table

    start = parse_date(since, option="--from")
    end = parse_date(until, option="--to")
    run_view(
        ctx,
        lambda s: diff_table(
            s,
            codes,
            since=start,
            until=end,
            amended_only=amended_only,
            restated=restated,
            bills=bills,
        ),
        fmt,
        output,
        excel=excel,
    )


def search(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            help="Words to find in provisions, definitions, assessment notes and instruments."
        ),
    ],
    codes: Annotated[
        list[str] | None,
        typer.Option(
            "--jurisdiction",
            "-j",
            help="Only this jurisdiction (repeatable).",
            click_type=complete.JURISDICTION,
        ),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many results.")] = 20,
    any_word: Annotated[
        bool,
        typer.Option("--any", help="Match provisions with any of the words (default: all)."),
    ] = False,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
) -> None:
    """Find words in statutory provisions, definitions, assessment notes and instruments.

    Case and Unicode forms are ignored. Each word must begin a word of the text ("stream" finds
    "streaming"; a plural "s" is dropped); in Thai, Lao, Khmer, Myanmar, Chinese, Japanese and
    Korean it may appear anywhere in the text. Quotes, "or" and "-" are plain words. Hits are
    grouped by kind (provisions first), then by jurisdiction; SQLite and PostgreSQL give the same
    answer.
    """
    from lawtrack.queries.search import search_table

    text = " ".join(words)
    run_view(
        ctx,
        lambda s: search_table(s, text, codes, limit=limit, any_word=any_word),
        fmt,
        output,
        excel=excel,
    )


def register(app: typer.Typer) -> None:
    for command in (timeline, diff, search):
        app.command()(command)
