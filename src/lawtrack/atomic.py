"""Replacing a file whole or not at all, keeping what the user set on it.

A temporary file beside the target is written, flushed to disk and renamed over it: a crash or a
full disk leaves the old file. A symbolic link is written through (the file it points to is
replaced, the link stays). A replaced file keeps its permission bits; a new one gets the ones the
user's umask gives, as any editor would make it (never the 0600 of a temporary file).
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path


def final_target(path: Path) -> Path:
    """The file a write to `path` must replace: the end of its chain of links, if any."""
    return path.resolve() if path.is_symlink() else path


def replace_file(path: Path, data: bytes) -> None:
    target = final_target(path)
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _default_mode()
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temp).chmod(mode)
        Path(temp).replace(target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


JOURNAL = ".lawtrack-edit.journal"


def replace_files(changes: list[tuple[Path, bytes]], root: Path) -> None:
    """Replace several files as one: afterwards all are new, or (after a crash and the next
    `recover`) all are new or all are old, never a mix.

    Every new text is written to a temporary file beside its target and flushed; then a journal
    naming each (temporary file, target) pair is written in `root` and flushed; that is the
    moment of commit. The renames follow, then the journal goes. `recover` finishes the renames
    of a journal left by a crash, or, without a journal, removes the temporary files.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in changes:
            target = final_target(path)
            mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _default_mode()
            handle, name = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
            )
            staged.append((Path(name), target))
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            Path(name).chmod(mode)
        journal = json.dumps([[str(t), str(p)] for t, p in staged]).encode("utf-8")
        replace_file(root / JOURNAL, journal)
        _fsync_dir(root)
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        (root / JOURNAL).unlink(missing_ok=True)
        raise
    _finish(root)


def recover(root: Path) -> bool:
    """Finish (or undo) a multi-file replacement a crash interrupted. True if there was one."""
    journal = root / JOURNAL
    if journal.exists():
        _finish(root)
        return True
    stray = _our_temporaries(root)
    for path in stray:
        path.unlink(missing_ok=True)
    return bool(stray)


def _finish(root: Path) -> None:
    journal = root / JOURNAL
    try:
        pairs = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        journal.unlink(missing_ok=True)  # a journal never written whole: nothing was committed
        return
    parents = set()
    for temp, target in pairs:
        if Path(temp).exists():
            Path(temp).replace(target)
        parents.add(Path(target).parent)
    for parent in parents:
        _fsync_dir(parent)
    journal.unlink(missing_ok=True)
    _fsync_dir(root)


def _our_temporaries(root: Path) -> list[Path]:
    found: list[Path] = []
    for folder in (root, root / "jurisdictions"):
        if folder.is_dir():
            found += [p for p in folder.glob(".*.yaml.*.tmp") if p.is_file()]
    found += [p for p in root.glob(f".{JOURNAL}.*.tmp") if p.is_file()]
    return found


def _fsync_dir(path: Path) -> None:
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
