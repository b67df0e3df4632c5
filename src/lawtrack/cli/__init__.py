"""The command line: a thin hall between the services and the renderers.

Only typer and the standard library are imported here, so `lawtrack --help` stays fast; each
command imports what it needs when it runs. Commands are built lazily: `COMMANDS` names the
module that defines each one, and only the module of the command being run is imported and
turned into Click commands (building every command's parameters costs more than the rest of
`--help`). `lawtrack --help` lists the commands from `COMMANDS` without building any;
tests/test_startup.py checks the index against the commands themselves.
"""

from __future__ import annotations

import errno
import importlib
import os
import sys
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.main import get_group

from lawtrack import __version__
from lawtrack.errors import DATA_PROBLEM, ClosedOutput, LawtrackError

# Every command of `lawtrack`, in the order `--help` lists them (Typer lists a module's
# `app.command()`s before its `app.add_typer()` groups): its name, the module of lawtrack.cli
# whose `register(app)` adds it, and the first paragraph of its help, which `lawtrack --help`
# shows. A new command gets a line here; tests/test_startup.py says which line is missing.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    (
        "jurisdictions",
        "views",
        "The jurisdictions in the database, with how much of the codebook each has assessed.",
    ),
    (
        "show",
        "views",
        "One jurisdiction: instruments, definitions, every criterion with citation, its gaps.",
    ),
    ("compare", "views", "Criteria as rows, the chosen jurisdictions side by side."),
    ("matrix", "views", "Every jurisdiction × every criterion, one status per cell."),
    (
        "gaps",
        "findings",
        "Legislative, ambiguity and research gaps, with the framework articles calling for each.",
    ),
    (
        "below",
        "findings",
        "Where jurisdictions fall short of a baseline's law (e.g. EU members against the EU).",
    ),
    (
        "bills",
        "findings",
        "Pending legislation: each bill's stage on a date and what it would change.",
    ),
    (
        "victims",
        "findings",
        "Are victims criminalised? D1–D4 with citations, and the definitions behind them.",
    ),
    (
        "definitions",
        "findings",
        "One term's statutory definitions side by side, its attributes as columns.",
    ),
    ("score", "findings", "Coverage per jurisdiction: met, partial, gap, unclear, not assessed."),
    (
        "timeline",
        "history_cmds",
        "Dated changes: instruments enacted, in force, repealed; bill stages; criterion states "
        "taking effect.",
    ),
    (
        "diff",
        "history_cmds",
        "Every cell whose status changed between two dates, with what changed it.",
    ),
    (
        "search",
        "history_cmds",
        "Find words in statutory provisions, definitions, assessment notes and instruments.",
    ),
    (
        "criteria",
        "codebook_cmds",
        "The criteria every jurisdiction is measured against, with the articles that call for "
        "them.",
    ),
    ("frameworks", "codebook_cmds", "The model standards gaps are measured against."),
    ("ratifications", "codebook_cmds", "Who has ratified or acceded to which treaty, and when."),
    ("export", "export_cmds", "Bulk tidy data (long format), one row per fact."),
    (
        "brief",
        "brief_cmds",
        "The law of one jurisdiction (or a region) as a brief: gaps, remedies, victims, sources.",
    ),
    ("chart", "chart_cmds", "Charts (PNG or SVG; needs lawtrack[chart])."),
    ("data", "data_cmds", "The data files: validate, load, and the maintainers' edits."),
    ("db", "db_cmds", "Database schema migrations."),
)


def build_commands(module: str) -> dict[str, Any]:
    """The Click commands that `lawtrack.cli.<module>` registers, built as the root app would."""
    registrar = typer.Typer(add_completion=False, rich_markup_mode=None)
    importlib.import_module(f"lawtrack.cli.{module}").register(registrar)
    return dict(get_group(registrar).commands)


class _Commands(MutableMapping[str, Any]):
    """The root's commands by name, each module's built on first access."""

    def __init__(self) -> None:
        self._module = {name: module for name, module, _ in COMMANDS}
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built and name in self._module:
            self._built.update(build_commands(self._module[name]))
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self._module and name not in self._built:
            raise KeyError(name)
        self._module.pop(name, None)
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(self._module), **dict.fromkeys(self._built)})

    def __len__(self) -> int:
        return len(self._module.keys() | self._built.keys())

    def is_built(self, name: str) -> bool:
        return name in self._built


class _Group(TyperGroup):
    """The root: builds commands lazily and turns the errors users can meet into one message on
    stderr and the documented exit code."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        commands = _Commands()
        commands.update(self.commands)  # any added to `app` itself
        self.commands = commands

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The command list of `lawtrack --help`, from COMMANDS: commands not yet built stand in
        with their summary, which is all the list shows of them."""
        commands = self.commands
        assert isinstance(commands, _Commands)
        stand_ins = {
            name: TyperCommand(name=name, help=summary)
            for name, _, summary in COMMANDS
            if not commands.is_built(name)
        }
        self.commands = {name: stand_ins.get(name) or commands[name] for name in commands}
        try:
            super().format_commands(ctx, formatter)
        finally:
            self.commands = commands

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
    from lawtrack.config import redact

    url = _database_url(ctx)
    for line in [*details, f"error: {message}"]:
        typer.echo(redact(line, url), err=True)


def _database_url(ctx: Any) -> str | None:
    from lawtrack.cli.state import AppState

    state = ctx.find_root().obj
    if not isinstance(state, AppState) or state._settings is None:
        return state.db if isinstance(state, AppState) else None
    return state.settings.database_url


app = typer.Typer(
    cls=_Group,
    name="lawtrack",
    help="Compare legislation on cybersex trafficking across jurisdictions, cell by cited cell.",
    # --install-completion and --show-completion; the values are completed by cli/complete.py.
    add_completion=True,
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
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="Nothing on stderr but errors: no progress bar, no note of what was done.",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    from lawtrack.cli.state import AppState, set_quiet

    set_quiet(quiet)
    if quiet:
        ctx.with_resource(_libraries_silenced())
    ctx.obj = AppState(db=db, data=data)


@contextmanager
def _libraries_silenced() -> Iterator[None]:
    """--quiet: the warnings and log lines of libraries (matplotlib's missing glyphs, its font
    cache) are notes too; errors still reach stderr as exceptions."""
    import logging
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.disable(logging.WARNING)
        try:
            yield
        finally:
            logging.disable(logging.NOTSET)


def main() -> None:
    app()
