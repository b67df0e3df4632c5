"""Replacing a file whole or not at all, keeping what the user set on it.

A temporary file beside the target is written, flushed to disk and renamed over it: a crash or a
full disk leaves the old file. A symbolic link is written through (the file it points to is
replaced, the link stays). A replaced file keeps its permission bits; a new one gets the ones the
user's umask gives, as any editor would make it (never the 0600 of a temporary file).
"""

from __future__ import annotations

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
