"""What the root callback resolved, shared with every command through the Typer context."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from lawtrack.config import Settings

if TYPE_CHECKING:
    from lawtrack.store import Store


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

        store = open_store(self.settings.database_url, self.settings.data_dir, fill=fill)
        if store.notice:
            typer.echo(f"lawtrack: {store.notice}", err=True)
        return store


def app_state(ctx: typer.Context) -> AppState:
    state = ctx.find_root().obj
    if not isinstance(state, AppState):
        state = AppState()
        ctx.find_root().obj = state
    return state
