"""Expected failures and their exit codes (sysexits.h where one fits).

The CLI turns a `KgError` into a one-line message and its code; anything else
is a bug and exits 70 with the traceback written to a log file.
"""

from __future__ import annotations

EXIT_FAILED = 1  # a check failed: validation, --strict warnings, eval below threshold
EXIT_USAGE = 2  # bad command line, unknown query name, malformed SPARQL
EXIT_INPUT = 65  # no readable documents, bad gold file
EXIT_NOINPUT = 66  # a path that does not exist
EXIT_UNAVAILABLE = 69  # a service kg needs cannot be reached: the Dask scheduler or its workers
EXIT_SOFTWARE = 70  # an unexpected error: a bug
EXIT_IOERR = 74  # the store could not be read or written
EXIT_BUSY = 75  # the store is locked by another build; try again


class KgError(Exception):
    """An expected failure with a user-facing one-line message."""

    exit_code = EXIT_FAILED

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(KgError):
    exit_code = EXIT_USAGE


class InputError(KgError):
    exit_code = EXIT_INPUT


class MissingInputError(KgError):
    exit_code = EXIT_NOINPUT


class StoreError(KgError):
    exit_code = EXIT_IOERR


class StoreBusyError(KgError):
    exit_code = EXIT_BUSY


class UnavailableError(KgError):
    exit_code = EXIT_UNAVAILABLE
