"""The database a view reads: opened with the plain driver when it is ready, else made ready.

A database at the schema head that holds data is read through `plaindb.py` and the compiled
queries, without importing SQLAlchemy. Any other (no file yet, empty, another revision, a URL
only SQLAlchemy knows) goes through `store.open_store`, which creates, migrates or loads it, or
refuses it with its usual message; the view then reads it through the same compiled queries.
"""

from __future__ import annotations

from pathlib import Path

from lawtrack.plaindb import connect_ready, parse_url
from lawtrack.progress import SILENT, Progress
from lawtrack.queries.reader import Reader


def open_reader(url: str, data_dir: Path, progress: Progress = SILENT) -> tuple[Reader, str | None]:
    """A reader of the database at `url`, and the notice for stderr when it had to be created
    or filled from `data_dir` (a load that tells `progress` how far it has got)."""
    ready = connect_ready(url)
    if ready is not None:
        return Reader(*ready), None
    from lawtrack.store import open_store

    store = open_store(url, data_dir, progress=progress)
    return store.plain_reader(), store.notice


def ready_reader(url: str) -> Reader | None:
    """A reader of the database at `url` if it is ready (at the schema head, holding data), else
    None: nothing is created, migrated or loaded (for shell completion, which must be quick)."""
    ready = connect_ready(url)
    return Reader(*ready) if ready is not None else None


def file_stamp(url: str) -> str | None:
    """For a SQLite file, a text that changes whenever its content may have (the size and time
    of the file and of its write-ahead log): what a cache of its lists is checked against. None
    for a server, or a file that is not there."""
    parsed = parse_url(url)
    if parsed is None or parsed.scheme != "sqlite" or not parsed.database:
        return None
    database = Path(parsed.database.removeprefix("file:"))
    stamps = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            found = path.stat()
        except OSError:
            if path == database:
                return None
            continue
        if found.st_size:
            stamps.append(f"{found.st_size}:{found.st_mtime_ns}")
    return " ".join(stamps)
