"""The few exceptions a user can meet, each with its exit code (see product.md)."""

from __future__ import annotations

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


class OutputError(LawtrackError):
    """Output could not be written for a reason of the machine's (a full disk, an I/O error):
    the old file, if any, is left as it was."""

    exit_code = DATA_PROBLEM


class ClosedOutput(LawtrackError):
    """The reader of standard output went away (`lawtrack matrix | head`): stop quietly."""

    exit_code = 141  # 128 + SIGPIPE, as a shell reports a process killed by it
