"""The command line: a thin hall between the services and the renderers.

Only typer and the standard library are imported here, so `lawtrack --help` stays fast; each
command imports what it needs when it runs.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from lawtrack import __version__
from lawtrack.cli import (
    brief_cmds,
    chart_cmds,
    codebook_cmds,
    data_cmds,
    db_cmds,
    export_cmds,
    findings,
    history_cmds,
    views,
)
from lawtrack.cli.state import AppState
from lawtrack.config import redact
from lawtrack.errors import DATA_PROBLEM, ClosedOutput, LawtrackError


class _Group(TyperGroup):
    """Turns the errors users can meet into one message on stderr and the documented exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ClosedOutput:
            _silence_stdout()
            raise typer.Exit(ClosedOutput.exit_code) from None
        except LawtrackError as exc:
            _report(ctx, exc.message, exc.details)
            raise typer.Exit(exc.exit_code) from None
        except OSError as exc:
            if exc.filename is not None or exc.errno not in _STREAM_ERRORS:
                raise
            # A write to the terminal or a pipe failed (a full disk behind a redirect, a reader
            # that went away): say so in one line.
            if exc.errno == errno.EPIPE:
                _silence_stdout()
                raise typer.Exit(ClosedOutput.exit_code) from None
            _report(ctx, f"cannot write output: {exc.strerror or exc}", [])
            raise typer.Exit(DATA_PROBLEM) from None
        except Exception as exc:
            if not type(exc).__module__.startswith(("sqlalchemy", "psycopg")):
                raise
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            _report(ctx, f"database error: {reason}", [])
            raise typer.Exit(DATA_PROBLEM) from None


_STREAM_ERRORS = {errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT}


def _silence_stdout() -> None:
    """The reader is gone: point stdout at /dev/null so that the flush at exit cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _report(ctx: Any, message: str, details: list[str]) -> None:
    url = _database_url(ctx)
    for line in [*details, f"error: {message}"]:
        typer.echo(redact(line, url), err=True)


def _database_url(ctx: Any) -> str | None:
    state = ctx.find_root().obj
    if not isinstance(state, AppState) or state._settings is None:
        return state.db if isinstance(state, AppState) else None
    return state.settings.database_url


app = typer.Typer(
    cls=_Group,
    name="lawtrack",
    help="Compare legislation on cybersex trafficking across jurisdictions, cell by cited cell.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lawtrack {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Database URL (default: LAWTRACK_DATABASE_URL, else a local SQLite file).",
            show_default=False,
        ),
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="Data directory (default: LAWTRACK_DATA_DIR, else the bundled data).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    ctx.obj = AppState(db=db, data=data)


# Every command group, in the order `--help` lists them.
for register in (
    views.register,
    findings.register,
    history_cmds.register,
    codebook_cmds.register,
    export_cmds.register,
    chart_cmds.register,
    brief_cmds.register,
    data_cmds.register,
    db_cmds.register,
):
    register(app)


def main() -> None:
    app()
