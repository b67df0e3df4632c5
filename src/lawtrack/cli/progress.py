"""Progress bars on stderr for the work that takes a while, only where someone watches.

Bars are drawn when stderr is a terminal (not a dumb one) and `--quiet` was not given; anywhere
else the work gets `SILENT` and nothing is written. Standard output is never touched: the bars
do not redirect it, and they vanish when the work ends, before the command prints its answer.

They draw without a thread: rich refreshes here, at most ten times a second, as work advances.
The loader forks helpers only in a process with a single thread (`datafiles/parallel.py`), so a
refresh thread would cost every load on a terminal its second core. rich is imported only when
a bar is drawn, so commands that show none load nothing more.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from lawtrack.progress import SILENT, Progress

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

REFRESH_SECONDS = 0.1
LABEL_WIDTH = 24


def watched(stream: TextIO) -> bool:
    """Whether `stream` is a terminal that can redraw a line in place."""
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):  # closed, or not a real file
        return False
    return terminal and os.environ.get("TERM", "") != "dumb"


@contextmanager
def bars(*, quiet: bool = False, stream: TextIO | None = None) -> Iterator[Progress]:
    """Bars on `stream` (stderr) while the block runs, or SILENT where nobody would see them;
    the bars are gone when the block ends, however it ends."""
    stream = stream if stream is not None else sys.stderr
    if quiet or not watched(stream):
        yield SILENT
        return
    shown = Bars(stream)
    try:
        yield shown
    finally:
        shown.close()


class Bars:
    """One line per part of the work: its label, a bar, the count done and the time taken."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.rich: RichProgress | None = None
        self.task: TaskID | None = None
        self.drawn = 0.0

    def _start(self) -> RichProgress:
        from rich.console import Console
        from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as RichProgress

        self.rich = RichProgress(
            TextColumn(f"{{task.description:<{LABEL_WIDTH}}}"),
            BarColumn(),
            _count_column(),
            TimeElapsedColumn(),
            console=Console(file=self.stream),
            auto_refresh=False,  # no thread (see the module's docstring)
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.rich.start()
        return self.rich

    def stage(self, label: str, total: int | None = None) -> None:
        rich = self.rich or self._start()
        if self.task is not None:  # the part before is over: its bar full
            size = rich.tasks[-1].total or 1
            rich.update(self.task, total=size, completed=size)
        self.task = rich.add_task(label, total=total, counted=total is not None)
        self._draw(force=True)

    def advance(self, amount: float = 1) -> None:
        if self.rich is None or self.task is None:
            return
        self.rich.advance(self.task, amount)
        self._draw()

    def _draw(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if self.rich is not None and (force or now - self.drawn >= REFRESH_SECONDS):
            self.rich.refresh()
            self.drawn = now

    def close(self) -> None:
        if self.rich is not None:
            self.rich.stop()  # transient: the lines are erased
            self.rich = None


def _count_column() -> Any:
    """The column of counts (its class is built here, once rich is imported)."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class Count(ProgressColumn):
        """done/total, or nothing for a part whose size is not known."""

        def render(self, task: Any) -> Text:
            if not task.fields.get("counted") or task.total is None:
                return Text("")
            width = len(str(int(task.total)))
            return Text(f"{int(task.completed):>{width}}/{int(task.total)}")

    return Count()
