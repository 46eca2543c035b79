"""Expected failures and their exit codes (sysexits.h where one fits).

The CLI turns a `KgError` into a one-line message and its code; anything else
is a bug and exits 70 with the traceback written to a log file.
"""

from __future__ import annotations

import errno
import os
import re

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


# Write failures that are the machine's state, not kg's bug: a full disk or quota, a file
# over the size limit, a read-only or failing device.
_DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO}
# pyoxigraph's OSError carries no errno, only "… (os error 28)" or RocksDB's strerror text
_RUST_ERRNO = re.compile(r"\(os error (\d+)\)")
_STRERRORS = {os.strerror(code): code for code in _DISK_ERRNOS}


def disk_error(exc: OSError, target: object = None) -> StoreError | None:
    """A one-line StoreError (exit 74) for a full or failing disk while writing `target`
    (default: the file the error names); None for other errors."""
    code = exc.errno
    if code is None and (match := _RUST_ERRNO.search(str(exc))):
        code = int(match.group(1))
    if code is None:
        code = next((c for text, c in _STRERRORS.items() if text in str(exc)), None)
    if code not in _DISK_ERRNOS:
        return None
    target = target or exc.filename
    return StoreError(f"cannot write{f' {target}' if target else ''}: {os.strerror(code)}")
