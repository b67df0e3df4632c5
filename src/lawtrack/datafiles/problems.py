"""A located problem in a data file: `path:line:col: where: what`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from lawtrack.hidden import visible

# error: the file breaks the contract. warning: probably a mistake (`--strict` makes it an error).
# notice: a research lead (e.g. an undated instrument); never an error, even with `--strict`.
Severity = Literal["error", "warning", "notice"]


def display_path(path: Path) -> str:
    """The path relative to the working directory when it lies below it; a hidden character in
    a file name is shown as an escape, never sent to the terminal."""
    try:
        shown = os.path.relpath(path) if path.is_absolute() and _below_cwd(path) else str(path)
    except ValueError:
        shown = str(path)
    return visible(shown)


def _below_cwd(path: Path) -> bool:
    try:
        path.relative_to(Path.cwd())
    except ValueError:
        return False
    return True


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    col: int
    where: str
    message: str
    severity: Severity = "error"
    # Where in the file's data it is, for a problem still to be placed (line 0; see
    # `read.locate`), and whether it is about the key there rather than its value.
    loc: tuple[str | int, ...] | None = field(default=None, compare=False, repr=False)
    on_key: bool = field(default=False, compare=False, repr=False)

    def format(self) -> str:
        label = "" if self.severity == "error" else f"{self.severity}: "
        return (
            f"{display_path(self.path)}:{self.line}:{self.col}: {self.where}: {label}{self.message}"
        )


def errors_in(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
