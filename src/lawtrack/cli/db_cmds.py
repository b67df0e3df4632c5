"""`lawtrack db …`: the database schema (Alembic migrations)."""

from __future__ import annotations

from typing import Annotated

import typer

from lawtrack.cli.state import app_state

db_app = typer.Typer(help="Database schema migrations.", no_args_is_help=True)


@db_app.command()
def upgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Migrate the database schema up to REVISION (default: the newest)."""
    from lawtrack import db

    engine = db.make_engine(app_state(ctx).settings.database_url)
    with db.connect(engine) as connection:
        before = db.current_revision(connection)
    db.upgrade(engine, revision)
    with db.connect(engine) as connection:
        after = db.current_revision(connection)
    typer.echo(f"schema revision: {before or 'none'} -> {after or 'none'}")


@db_app.command()
def downgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision ('base' removes every table).")],
) -> None:
    """Migrate the database schema down to REVISION."""
    from lawtrack import db

    engine = db.make_engine(app_state(ctx).settings.database_url)
    db.downgrade(engine, revision)
    with db.connect(engine) as connection:
        typer.echo(f"schema revision: {db.current_revision(connection) or 'none'}")


@db_app.command()
def current(ctx: typer.Context) -> None:
    """Show the database's schema revision and the one this lawtrack needs."""
    from lawtrack import db

    engine = db.make_engine(app_state(ctx).settings.database_url)
    with db.connect(engine) as connection:
        revision = db.current_revision(connection)
    state = (
        "up to date"
        if revision == db.SCHEMA_HEAD
        else f"needs {db.SCHEMA_HEAD}: run `lawtrack db upgrade`"
    )
    typer.echo(f"schema revision: {revision or 'none'} ({state})")


@db_app.command()
def check(ctx: typer.Context) -> None:
    """Schema revision, integrity, row counts, and whether the data directory is loaded."""
    from lawtrack.db import make_engine
    from lawtrack.health import health_table
    from lawtrack.render import emit

    settings = app_state(ctx).settings
    table, healthy = health_table(make_engine(settings.database_url), settings.data_dir)
    emit(table, "table", None)
    if not healthy:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
