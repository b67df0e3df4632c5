"""`lawtrack export datasette -o DIR`: the database as a datasette site, for people who browse
in a web browser rather than a terminal.

DIR gets `lawtrack.db`, a consistent copy of the database (`snapshot.py`) with helper views and
tables (`canned.py`), and `metadata.json` (`metadata.py`): descriptions of every table and
column taken from the code (`describe.py`), labels, facets and canned queries. The helpers are
made in the copy only, never in the user's database. Each file is replaced whole or not at
all: the copy is built in a temporary file beside its target and renamed over it.

    lawtrack export datasette -o site && datasette site/lawtrack.db -m site/metadata.json
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import tempfile
from pathlib import Path

from sqlalchemy.engine import Engine

from lawtrack.atomic import final_target, replace_file
from lawtrack.errors import OutputError, UsageError
from lawtrack.errors import write_error as fail
from lawtrack.publish.canned import VIEWS
from lawtrack.publish.metadata import DATABASE, site_metadata
from lawtrack.publish.snapshot import copy_database

DATABASE_FILE = f"{DATABASE}.db"
METADATA_FILE = "metadata.json"


def write_site(engine: Engine, directory: Path) -> tuple[Path, Path]:
    """Write DIR/lawtrack.db and DIR/metadata.json; return their paths."""
    database = directory / DATABASE_FILE
    _refuse_the_source(engine, database)
    try:
        directory.mkdir(exist_ok=True)
    except OSError as exc:
        raise fail(directory, exc) from None
    counts = _write_copy(engine, database)
    metadata = directory / METADATA_FILE
    document = json.dumps(site_metadata(*counts), indent=2, ensure_ascii=False) + "\n"
    try:
        replace_file(metadata, document.encode("utf-8"))
    except OSError as exc:
        raise fail(metadata, exc) from None
    return database, metadata


def _refuse_the_source(engine: Engine, database: Path) -> None:
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return
    source = Path(str(url.database))
    if source.exists() and final_target(database).resolve() == source.resolve():
        raise UsageError(f"cannot write {database}: it is the database being copied")


def _write_copy(engine: Engine, database: Path) -> tuple[int, int]:
    """Copy the database into a temporary file, add the helpers, rename it over `database`;
    return the copy's counts of jurisdictions and criteria."""
    target = final_target(database)
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _default_mode()
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise fail(database, exc) from None
    temporary = Path(name)
    try:
        copy_database(engine, temporary)
        counts = _finish(temporary)
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        temporary.chmod(mode)
        temporary.replace(target)
    except OSError as exc:
        raise fail(database, exc) from None
    except sqlite3.Error as exc:
        raise OutputError(f"cannot write {database}: {exc}") from None
    finally:
        temporary.unlink(missing_ok=True)
        Path(f"{temporary}-journal").unlink(missing_ok=True)
    return counts


def _finish(path: Path) -> tuple[int, int]:
    """Add the helper views and tables to the copy, and count what it holds."""
    copy = sqlite3.connect(path)
    try:
        with copy:
            for view in VIEWS:
                for statement in view.statements():
                    copy.execute(statement)
        (jurisdictions,) = copy.execute("SELECT count(*) FROM jurisdictions").fetchone()
        (criteria,) = copy.execute("SELECT count(*) FROM criteria").fetchone()
    finally:
        copy.close()
    return int(jurisdictions), int(criteria)


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
