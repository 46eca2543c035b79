"""The `kg` script's entry point: Ctrl-C and SIGTERM are answered before anything loads.

Importing the command line (click and kg's modules) takes ~0.2 s idle and seconds on a loaded
machine; a Ctrl-C that came then printed a traceback, and a SIGTERM (`kill`, systemd, `docker
stop`, a cluster's shutdown) ended a build or a watch at once, silently. Here both are
answered first, so either ends kg with one line and its exit code at any point. This module
imports only what the interpreter has loaded before it (even `typing` takes ~0.1 s on a
loaded machine, a window where a Ctrl-C would print a traceback again).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # `typing.TYPE_CHECKING` without importing typing
if TYPE_CHECKING:
    from types import FrameType
    from typing import NoReturn

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command Ctrl-C ended
EXIT_TERMINATED = 143  # 128 + SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM: it stops kg as Ctrl-C does (every `with` block unwinds: the store transaction
    being written is rolled back, the workers are killed, what was committed stays), and
    then ends it with its own line and exit code."""


def _terminate(signum: int, frame: FrameType | None) -> NoReturn:
    """SIGTERM's handler."""
    raise Terminated


def take_sigterm() -> None:
    """SIGTERM raises `Terminated`, unless the process started with it ignored (its parent
    meant it to outlive a SIGTERM)."""
    import signal

    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminate)


def take_interrupts() -> None:
    """SIGINT raises KeyboardInterrupt in this process even when it started with SIGINT
    ignored: a shell without job control starts a script's background commands so
    (`kg build --watch &`), and Ctrl-C or `kill -INT` is how a watch stops, so it would watch
    for ever (a bench that sent SIGINT waited in vain). Called at the command's start: a
    signal that comes earlier, while kg's modules load, is still lost."""
    import signal

    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def stopped(exc: BaseException) -> int:
    """Prints the one line of a command stopped by Ctrl-C or SIGTERM; its exit code."""
    terminated = isinstance(exc, Terminated)
    print("kg: terminated" if terminated else "kg: interrupted", file=sys.stderr, flush=True)
    return EXIT_TERMINATED if terminated else EXIT_INTERRUPTED


def one_blas_thread() -> None:
    """One BLAS thread, unless the user set another number: slovnet multiplies small
    matrices, and a BLAS thread pool per process doubles the CPU for no gain in wall time.
    Called before numpy loads (it reads these once), by `main` and by the benches that run
    kg in their own process."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def main() -> NoReturn:
    """The `kg` script: the command line imported and run inside the signal handling."""
    one_blas_thread()
    try:
        take_sigterm()
        from contextlib import ExitStack

        from kg.memory import frozen_imports

        # the patterns kg's modules and libraries compile, and the code the standard
        # library generates for their dataclasses and annotations, read for the whole
        # command; read, like the command line's imports, without the cyclic collector (at
        # Python's thresholds, ~20 collections of what the two caches' modules and tables
        # make, ~0.4 % of the instructions of a build that changes one document) and frozen
        # with them
        with ExitStack() as caches:
            with frozen_imports("kg.cli"):
                from kg.code_cache import generated_once
                from kg.pattern_cache import compiled_once

                caches.enter_context(compiled_once())
                caches.enter_context(generated_once())
                from kg import cli

            code = cli.run()
        at_once = code in (EXIT_INTERRUPTED, EXIT_TERMINATED) or cli.no_teardown
    except KeyboardInterrupt as exc:  # while kg's modules load, or after `run` returned
        print(file=sys.stderr)  # closes the terminal's "^C" echo, as click does in `run`
        code, at_once = stopped(exc), True
    if at_once:
        # Interpreter shutdown joins a process pool's manager thread, which can wait forever
        # for the workers kg has just killed; after a build it frees, object by object, what
        # the pipeline built (~0.15 s CPU after 100 documents, serial, as long as the derived
        # graph takes). Every store transaction has been committed or rolled back by now
        # (they are `with` blocks), so nothing is left to clean up.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
