"""`lawtrack data …`: the maintainers' verbs over the data files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lawtrack.cli.options import DataDirArgument
from lawtrack.cli.state import app_state, data_root
from lawtrack.errors import DATA_PROBLEM

data_app = typer.Typer(
    help="The data files: validate, load, and the maintainers' edits.", no_args_is_help=True
)


def _directory(ctx: typer.Context, given: Path | None) -> Path:
    return data_root(ctx, given, resolve=False)


@data_app.command()
def validate(
    ctx: typer.Context,
    directory: DataDirArgument = None,
    strict: Annotated[bool, typer.Option(help="Treat warnings as errors.")] = False,
) -> None:
    """Check every data file against the contract; report every problem with its line."""
    from lawtrack.datafiles.validate import data_files, validate_dir

    root = _directory(ctx, directory)
    validation = validate_dir(root, strict=strict)
    for problem in validation.problems:
        typer.echo(problem.format())
    count = {
        severity: sum(1 for p in validation.problems if p.severity == severity)
        for severity in ("error", "warning", "notice")
    }
    files = sum(1 for path in data_files(root) if path.exists()) if root.is_dir() else 0
    typer.echo(
        f"{files} file(s) checked: {count['error']} error(s), {count['warning']} warning(s)"
        + (f", {count['notice']} notice(s)" if count["notice"] else "")
    )
    errors = count["error"]
    if errors:
        raise typer.Exit(DATA_PROBLEM)


@data_app.command()
def load(
    ctx: typer.Context,
    directory: DataDirArgument = None,
    dry_run: Annotated[
        bool, typer.Option(help="Validate and say what would change; write nothing.")
    ] = False,
) -> None:
    """Validate everything, then load it in one transaction (unchanged files are skipped)."""
    from lawtrack.cli.state import progress
    from lawtrack.datafiles.load import load_data

    state = app_state(ctx)
    root = _directory(ctx, directory)
    store = state.store(fill=False)
    with progress() as shown, store.writer() as session, session.begin():
        report = load_data(session, root, dry_run=dry_run, progress=shown)
        if dry_run:
            session.rollback()
    if report.changed and not dry_run:
        from lawtrack.cli.complete import forget

        forget(state.settings.database_url)  # the shell completes what was just loaded
    verb = "would be" if dry_run else ""
    for label, codes in (
        ("created", report.created),
        ("updated", report.updated),
        ("removed", report.removed),
    ):
        if codes:
            typer.echo(
                f"{label}{' (' + verb + ')' if verb else ''}: {len(codes)} ({', '.join(codes)})"
            )
    if report.codebook_changed:
        typer.echo(f"codebook{' would be' if dry_run else ''} reloaded")
    if not report.changed:
        typer.echo(f"nothing changed: {len(report.unchanged)} jurisdiction(s) up to date")
    else:
        typer.echo(f"unchanged: {len(report.unchanged)}")


def register(app: typer.Typer) -> None:
    from lawtrack.cli import maintain_cmds

    maintain_cmds.register(data_app)
    app.add_typer(data_app, name="data")
