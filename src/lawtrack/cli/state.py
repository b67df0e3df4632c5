"""What the root callback resolved, shared with every command through the Typer context, and
the one way a command writes a note on stderr (which `--quiet` silences)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from lawtrack.config import Settings

if TYPE_CHECKING:
    from lawtrack.progress import Progress
    from lawtrack.queries.reader import Reader
    from lawtrack.store import Store

# `--quiet` of this run: the root callback sets it on every run. A module's flag rather than the
# context's, because notes come from helpers that hold no context (`options.parse_date`).
_quiet = False


def set_quiet(quiet: bool) -> None:
    global _quiet
    _quiet = quiet


def note(text: str) -> None:
    """A line on stderr that is not an error (what was created, loaded, recovered; a warning
    on a successful edit): `--quiet` leaves it out. Errors are reported by the root group."""
    if not _quiet:
        typer.echo(text, err=True)


@contextmanager
def progress() -> Iterator[Progress]:
    """Progress bars on stderr while the block runs, when it is a terminal and no --quiet."""
    from lawtrack.cli.progress import bars

    with bars(quiet=_quiet) as shown:
        yield shown


@dataclass
class AppState:
    db: str | None = None
    data: Path | None = None
    _settings: Settings | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.resolve(self.db, self.data)
        return self._settings

    def store(self, *, fill: bool = True) -> Store:
        """The database, ready; filled from the data directory on first use unless `fill` is off."""
        from lawtrack.store import open_store

        with progress() as shown:
            store = open_store(
                self.settings.database_url, self.settings.data_dir, fill=fill, progress=shown
            )
        if store.notice:
            note(f"lawtrack: {store.notice}")
        return store

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        """The database, read through the compiled queries in one read transaction: without
        SQLAlchemy when it is ready, else after `store` has created or filled it."""
        from lawtrack.reading import open_reader

        with progress() as shown:
            reader, notice = open_reader(self.settings.database_url, self.settings.data_dir, shown)
        if notice:
            note(f"lawtrack: {notice}")
        with reader:
            yield reader


def app_state(ctx: typer.Context) -> AppState:
    state = ctx.find_root().obj
    if not isinstance(state, AppState):
        state = AppState()
        ctx.find_root().obj = state
    return state


def data_root(ctx: typer.Context, given: Path | None, *, resolve: bool = True) -> Path:
    """The data directory a command works on, after finishing (or undoing) an edit of several
    files that a crash interrupted there, so that it never reads a mix of old and new files."""
    from lawtrack.atomic import recover

    root = given if given is not None else app_state(ctx).settings.data_dir
    if root.is_dir() and recover(root):
        note(f"lawtrack: completed an interrupted edit in {root}")
    return root.resolve() if resolve else root
