"""Shell completion of the values commands take: jurisdiction codes, criteria (codes and short
ids), regions, categories, frameworks and terms from the database; formats, datasets, statuses,
evidence and levels from the code.

Each parameter that takes such a value has a `Completed` type (a text parameter, converted as
any other). Typer's own completion (`lawtrack --install-completion`) runs `lawtrack` on every
Tab; Click finds the parameter being completed and asks its type. The database is read only if
it is ready (`reading.ready_reader`: the plain driver, no SQLAlchemy, nothing created or
loaded). Before the first command has loaded the data there is nothing to offer, and nothing is
offered. A completion never fails aloud: any error offers nothing.

Every list is read at once and kept in a small cache (one JSON file per database URL, named by
its hash, in the user's cache directory), so most completions open no database at all: a
connection to PostgreSQL (the driver's import, the login) costs more than the whole start of
lawtrack. The cache of a SQLite file is used while the file's size and time are unchanged
(`reading.file_stamp`); that of a server for `CACHE_SECONDS`, and `data load` drops it.

What was typed is matched without regard to case (`ph` completes to `PH`, `south` to
`South-eastern Asia`), and a jurisdiction's usual non-ISO spelling typed in full (`UK`)
completes to its code (`GB`). bash inserts a value as it is given, so for bash a value with
spaces or other characters special to the shell comes escaped; zsh and fish quote values
themselves. A value holding a control character or a line break (a database changed behind
lawtrack's back) is never offered, and such characters in a name are shown as escapes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from typer._click.shell_completion import CompletionItem
from typer._click.types import StringParamType

from lawtrack.config import Settings
from lawtrack.hidden import HIDDEN, visible

# Not a word character or one of these: escaped for bash (shlex.quote's safe set).
_SPECIAL = re.compile(r"([^\w@%+=:,./-])")
CACHE_SECONDS = 300  # a server's lists are read again after this long (a file's when it changes)


class Completed(StringParamType):
    """A text parameter whose values the shell completes from the list named `kind`."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def shell_complete(self, ctx: Any, param: Any, incomplete: str) -> list[CompletionItem]:
        try:
            choices = _choices(ctx, self.kind)
        except Exception:  # a half-typed command line must never show a traceback
            return []
        bash = _shell(ctx) == "bash"
        return [
            CompletionItem(
                _SPECIAL.sub(r"\\\1", value) if bash else value,
                help=" ".join(visible(help).split()) if help else None,
            )
            for value, help in matching(choices, incomplete)
            if not HIDDEN.search(value) and not any(c in value for c in "\t\n\r")
        ]


Choices = list[tuple[str, str | None, tuple[str, ...]]]  # value, help, aliases


def matching(choices: Choices, incomplete: str) -> list[tuple[str, str | None]]:
    """The choices that begin with what was typed, case aside, or whose alias it is."""
    typed = incomplete.casefold()
    found = [
        (value, help)
        for value, help, aliases in choices
        if value.casefold().startswith(typed) or typed in {a.casefold() for a in aliases}
    ]
    return list(dict.fromkeys(found))


def _shell(ctx: Any) -> str:
    """The shell asking: Typer's completion scripts set _LAWTRACK_COMPLETE=complete_<shell>."""
    name = ctx.find_root().info_name or "lawtrack"
    variable = f"_{name}_COMPLETE".replace("-", "_").upper()
    return os.environ.get(variable, "").partition("_")[2]


def _choices(ctx: Any, kind: str) -> Choices:
    if kind in _STATIC:
        return [(value, help, ()) for value, help in _STATIC[kind]()]
    root = ctx.find_root().params
    lists = database_lists(Settings.resolve(root.get("db"), root.get("data")).database_url)
    return [(value, help, tuple(aliases)) for value, help, aliases in lists.get(kind, [])]


Lists = dict[str, list[list[Any]]]  # kind -> [value, help, aliases], as JSON keeps them


def database_lists(url: str) -> Lists:
    """Every list of the database at `url`: from the cache while it holds, else read (and
    cached) if the database is ready, else none."""
    from lawtrack.reading import file_stamp

    path, stamp = cache_file(url), file_stamp(url)
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        fresh = time.time() - cached["at"] < CACHE_SECONDS
        if cached["stamp"] == stamp and (stamp is not None or fresh):
            return dict(cached["lists"])
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, or unreadable: read the database
    from lawtrack.queries.choices import LISTS
    from lawtrack.reading import ready_reader

    reader = ready_reader(url)
    if reader is None:
        return {}
    with reader:
        lists = {
            kind: [[c.value, c.help, list(c.aliases)] for c in build(reader)]
            for kind, build in LISTS.items()
        }
    _write(path, {"stamp": stamp, "at": time.time(), "lists": lists})
    return lists


def cache_file(url: str) -> Path:
    """The cache of the lists of the database at `url` (its name a hash: no password in it)."""
    from platformdirs import user_cache_path

    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
    return user_cache_path("lawtrack", appauthor=False) / "completion" / f"{digest}.json"


def forget(url: str) -> None:
    """Drop the cache of the database at `url` (its data just changed)."""
    with contextlib.suppress(OSError):
        cache_file(url).unlink(missing_ok=True)


def _write(path: Path, content: dict[str, Any]) -> None:
    """Replace the cache whole (a crash leaves the old one or none, never half), or not at all
    when the cache directory cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(content, out)
            Path(temp).replace(path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def _formats(kind: str) -> Callable[[], list[tuple[str, str | None]]]:
    def formats() -> list[tuple[str, str | None]]:
        from lawtrack.render.formats import BY_NAME, names

        return [(name, BY_NAME[name].describe) for name in names(kind)]

    return formats


def _datasets() -> list[tuple[str, str | None]]:
    from lawtrack.queries.export import DATASETS, DIRECTORIES

    return [(name, None) for name in [*DATASETS, *DIRECTORIES]]


def _statuses() -> list[tuple[str, str | None]]:
    from lawtrack.status import STATUSES

    return [(info.code, info.word) for info in STATUSES]


def _evidence() -> list[tuple[str, str | None]]:
    from lawtrack.status import EVIDENCE

    return [(flag, None) for flag in EVIDENCE]


def _levels() -> list[tuple[str, str | None]]:
    from lawtrack.queries.common import LEVELS

    return [(level, None) for level in LEVELS]


_STATIC: dict[str, Callable[[], list[tuple[str, str | None]]]] = {
    "format": _formats("document"),
    "brief format": _formats("brief"),
    "dataset": _datasets,
    "status": _statuses,
    "evidence": _evidence,
    "level": _levels,
}

JURISDICTION = Completed("jurisdiction")
REGION = Completed("region")
CRITERION = Completed("criterion")
CATEGORY = Completed("category")
FRAMEWORK = Completed("framework")
TERM = Completed("term")
FORMAT = Completed("format")
BRIEF_FORMAT = Completed("brief format")
DATASET = Completed("dataset")
STATUS = Completed("status")
EVIDENCE = Completed("evidence")
LEVEL = Completed("level")
