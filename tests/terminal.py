"""Runs a command on a real pseudo-terminal of a set size, as a person at a terminal does.

The command gets the pty as its controlling terminal (so Ctrl-C typed into it interrupts
the foreground process group, as in a shell), standard input and error on the pty, and
standard output on the pty too or on a pipe. What it wrote is replayed through pyte, a
VT100 emulator, to read the screen a person would see. Also run as a script by `.ci/run`
(`python tests/terminal.py --expect TEXT -- COMMAND...`) to try the README's first command
in a fresh venv.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pyte

CTRL_C = b"\x03"
# (once this text is on the terminal, or this many seconds after the start; keys to type, a
# signal to send the command (as `kill` does), or a function to call)
Step = tuple[bytes | float, bytes | signal.Signals | Callable[[], object]]
_CSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-B]")
# the terminal's variables: the test decides these (rich reads the last two as well)
_INHERITED = (
    "COLUMNS",
    "LINES",
    "NO_COLOR",
    "FORCE_COLOR",
    "TERM",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
)


@dataclass
class TerminalRun:
    raw: bytes  # everything written to the terminal, escape sequences included
    stdout: str  # standard output when it was a pipe, else ""
    code: int  # exit code; -N when killed by signal N
    columns: int
    stepped: list[float]  # seconds from the start to each `type_when` step
    seconds: float  # from the start to the exit

    def since_last_step(self) -> float:
        """Seconds from the last step (a Ctrl-C typed) to the exit."""
        return self.seconds - self.stepped[-1]

    def text(self) -> str:
        """The terminal output without escape sequences (every frame of a live display)."""
        return _CSI.sub(b"", self.raw).decode("utf-8", "replace").replace("\r\n", "\n")

    def screen(self, columns: int | None = None) -> list[str]:
        """The lines a person sees at the end, on a screen `columns` wide (default: the pty's
        width), trailing blanks removed."""
        screen = pyte.Screen(columns or self.columns, max(200, self.raw.count(b"\n") + 50))
        pyte.ByteStream(screen).feed(self.raw)
        lines = [line.rstrip() for line in screen.display]
        while lines and not lines[-1]:
            lines.pop()
        return lines


def run_in_terminal(
    argv: Sequence[str],
    *,
    columns: int = 80,
    lines: int = 24,
    env: Mapping[str, str] | None = None,
    set_env: Mapping[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    timeout: float = 120,
    stdout_pipe: bool = False,
    type_when: Step | Sequence[Step] | None = None,
) -> TerminalRun:
    """Runs `argv` on a new `columns`×`lines` pty and waits for it. The environment is `env`
    (default: this one) less the terminal's variables, which `set_env` may set. `type_when` =
    (text, keys): once `text` has appeared on the terminal (or, for a number, that many seconds
    after the start), `keys` are typed (e.g. CTRL_C), a signal is sent to the command (e.g.
    SIGTERM, as `kill` or a service manager sends it), or, for a function, it is called (a
    person editing a file); a list of such steps: each after the one before it."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    base = {k: v for k, v in (env or os.environ).items() if k not in _INHERITED}
    process = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=subprocess.PIPE if stdout_pipe else slave,
        stderr=slave,
        env={**base, "TERM": "xterm-256color", **(set_env or {})},
        cwd=cwd,
        start_new_session=True,
        preexec_fn=_take_terminal,  # noqa: PLW1509 - tests start no threads meanwhile
    )
    os.close(slave)
    raw, out = bytearray(), bytearray()
    started = time.monotonic()
    deadline = started + timeout
    sources = {master: raw}
    steps = [type_when] if isinstance(type_when, tuple) else list(type_when or [])
    stepped: list[float] = []
    if process.stdout is not None:
        sources[process.stdout.fileno()] = out
    try:
        while sources:
            left = deadline - time.monotonic()
            if left <= 0:
                os.killpg(process.pid, signal.SIGKILL)
                text = _CSI.sub(b"", bytes(raw)).decode("utf-8", "replace")
                raise AssertionError(f"{argv} still running after {timeout} s:\n{text[-3000:]}")
            ready, _, _ = select.select(list(sources), [], [], min(left, 0.1))
            if steps and _due(steps[0][0], raw, time.monotonic() - started):
                keys = steps.pop(0)[1]
                stepped.append(time.monotonic() - started)
                if callable(keys):
                    keys()
                elif isinstance(keys, signal.Signals):
                    process.send_signal(keys)
                else:
                    os.write(master, keys)
            for fd in ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:  # EIO: every holder of the pty's other end has closed it
                    chunk = b""
                if not chunk:
                    del sources[fd]
                    continue
                sources[fd] += chunk
        code = process.wait(timeout=max(1.0, deadline - time.monotonic()))
        seconds = time.monotonic() - started
    finally:
        os.close(master)
        if process.stdout is not None:
            process.stdout.close()
    return TerminalRun(bytes(raw), out.decode("utf-8", "replace"), code, columns, stepped, seconds)


def _due(when: bytes | float, shown: bytearray, seconds: float) -> bool:
    return seconds >= when if isinstance(when, float | int) else when in shown


def _take_terminal() -> None:
    """In the child, after setsid: the pty on fd 0 becomes its controlling terminal."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def main() -> int:
    """`python tests/terminal.py [--columns N] [--expect TEXT]... -- COMMAND...`: runs COMMAND
    (through `sh -c` when it is one string) on a pty, prints the screen, fails unless it
    exits 0 and every TEXT is on the screen."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--columns", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=1200)
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    argv = ["sh", "-c", args.command[0]] if len(args.command) == 1 else args.command
    run = run_in_terminal(argv, columns=args.columns, timeout=args.timeout)
    screen = run.screen()
    print("\n".join(screen))
    missing = [text for text in args.expect if not any(text in line for line in screen)]
    if run.code != 0 or missing:
        print(f"terminal.py: exit {run.code}, not on the screen: {missing}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
