"""Where rendered output goes: standard output, or a file written whole or not at all.

Every command that writes a file (`-o`) comes through here, so every one behaves alike:

- the target is checked before any work (a missing directory, a directory given as a file, a
  path without write permission are usage errors, exit 2);
- a regular file is written to a temporary file beside it, flushed to disk and renamed over the
  target, so a full disk or a crash leaves the old file as it was (exit 1, never a traceback);
- a symbolic link is written through (the file it points to is replaced, the link stays), and a
  replaced file keeps its permissions;
- a special file (`/dev/null`, `/dev/stdout`, a FIFO) is written directly.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from lawtrack.atomic import final_target, replace_file
from lawtrack.errors import OutputError, UsageError
from lawtrack.errors import write_error as fail


def check_file_target(path: Path) -> None:
    """Raise a UsageError now if `path` cannot be written as a file."""
    if path.is_dir():
        raise UsageError(f"cannot write {path}: it is a directory")
    parent = path.parent
    if not parent.exists():
        raise UsageError(f"cannot write {path}: the directory {parent} does not exist")
    if not parent.is_dir():
        raise UsageError(f"cannot write {path}: {parent} is not a directory")
    target = final_target(path)
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        if not os.access(target, os.W_OK):
            raise UsageError(f"cannot write {path}: permission denied")
        return  # a device or a FIFO is written as it is
    try:  # the one sure test: make the temporary file the write will need, and drop it
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.close(handle)
        Path(temp).unlink()
    except OSError as exc:
        raise fail(path, exc) from None


def check_dir_target(path: Path) -> None:
    """Raise a UsageError now if `path` cannot be (made into) an output directory."""
    if path.exists() and not path.is_dir():
        raise UsageError(f"cannot write into {path}: it is a file, not a directory")
    if not path.exists():
        if not path.parent.is_dir():
            raise UsageError(f"cannot create {path}: the directory {path.parent} does not exist")
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise UsageError(f"cannot create {path}: permission denied in {path.parent}")
    elif not os.access(path, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write into {path}: permission denied")


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (see the module's rules)."""
    check_file_target(path)
    target = final_target(path)
    try:
        if target.exists() and not stat.S_ISREG(target.stat().st_mode):
            with target.open("wb") as handle:  # a device or a FIFO: no rename possible
                handle.write(data)
            return
        replace_file(target, data)
    except OSError as exc:
        raise fail(path, exc) from None


def write_text(write: Callable[[TextIO], None], output: Path | None) -> None:
    """Run `write` on standard output, or render it and write it to `output` whole."""
    if output is None:
        to_stdout(write)
        return
    check_file_target(output)
    buffer = io.StringIO(newline="")
    write(buffer)
    write_bytes(output, buffer.getvalue().encode("utf-8"))


def to_stdout(write: Callable[[TextIO], None]) -> None:
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except OSError as exc:
        raise stdout_failure(exc) from None


def stdout_failure(exc: OSError) -> Exception:
    if exc.errno == errno.EPIPE:
        from lawtrack.errors import ClosedOutput

        return ClosedOutput("")
    return OutputError(f"cannot write to standard output: {exc.strerror or exc}")
