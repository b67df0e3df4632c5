"""How far a long piece of work has got, told to whoever watches, without knowing who that is.

A service that can take seconds (a load, an import, a chart) takes a `Progress`: it calls
`stage` as it enters each part of its work and `advance` as items of that part get done. The
command line hands it bars drawn on a terminal (`cli/progress.py`); tests, benchmarks and every
other caller leave the default, `SILENT`. The protocol holds no terminal and no library, so the
layers below the command line report progress without importing rich.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

Item = TypeVar("Item")


class Progress(Protocol):
    def stage(self, label: str, total: int | None = None) -> None:
        """A part of the work begins, and the one before is over: `label` says what it does
        and what it counts ("reading files"), `total` how many there are (None: unknown)."""

    def advance(self, amount: float = 1) -> None:
        """`amount` more items of the current part are done (a fraction when a step is a
        share of a batch)."""


class Silent:
    """Progress that nobody watches."""

    def stage(self, label: str, total: int | None = None) -> None:
        pass

    def advance(self, amount: float = 1) -> None:
        pass


SILENT: Progress = Silent()


def counted(progress: Progress, items: Iterable[Item]) -> Iterator[Item]:
    """`items`, one more counted done as the next is asked for (and the last at the end)."""
    first = True
    for item in items:
        if not first:
            progress.advance()
        first = False
        yield item
    if not first:
        progress.advance()
