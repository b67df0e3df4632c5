"""The few exceptions a user can meet, each with its exit code (see product.md)."""

from __future__ import annotations

import errno
from pathlib import Path

DATA_PROBLEM = 1
USER_ERROR = 2


class LawtrackError(Exception):
    """An error the CLI reports as one message on stderr, never as a traceback."""

    exit_code = DATA_PROBLEM

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []


class DataError(LawtrackError):
    """The data files or the database have problems (validation, a failed load, old schema)."""

    exit_code = DATA_PROBLEM


class UsageError(LawtrackError):
    """The user asked for something that does not exist or is malformed."""

    exit_code = USER_ERROR


class DatabaseUnavailable(DataError):
    """The database cannot be reached or opened."""

    @classmethod
    def of(cls, url: str, error: BaseException) -> DatabaseUnavailable:
        """The one way both read paths say it: the driver's first line, every secret hidden."""
        from lawtrack.config import redact

        first = str(error).strip()
        reason = first.splitlines()[0] if first else type(error).__name__
        return cls(redact(f"cannot open the database {url}: {reason}", url))


class OutputError(LawtrackError):
    """Output could not be written for a reason of the machine's (a full disk, an I/O error):
    the old file, if any, is left as it was."""

    exit_code = DATA_PROBLEM


class ClosedOutput(LawtrackError):
    """The reader of standard output went away (`lawtrack matrix | head`): stop quietly."""

    exit_code = 141  # 128 + SIGPIPE, as a shell reports a process killed by it


# A fault of the machine, not of the request: the request may succeed elsewhere or later.
_FAULTS = {errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT}


def write_error(path: Path | str, exc: OSError) -> LawtrackError:
    """The error to raise for an OSError met while writing `path`: a fault of the machine (exit
    1, the old file kept) or a path the user cannot use (exit 2)."""
    reason = exc.strerror or str(exc)
    if exc.errno in _FAULTS:
        kept = "; the old file is unchanged" if Path(path).is_file() else ""
        return OutputError(f"cannot write {path}: {reason}{kept}")
    return UsageError(f"cannot write {path}: {reason}")
