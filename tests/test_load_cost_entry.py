"""What `kg` pays before its command runs (`kg.entry.main`): the two caches it reads for the
whole command (the compiled patterns, `kg.pattern_cache`; the code the standard library
generates, `kg.code_cache`) are read with the command line's imports, without the cyclic
collector, and frozen with them; both are still in force while the command runs."""

from __future__ import annotations

import subprocess
import sys

from kg_runs import env

# A new interpreter running `kg` with `args`; it prints, at its end, how many collections ran
# in the caches' or the command line's modules before the first `gc.freeze` (while the caches
# were read and the command line imported: not the compiling of a module without bytecode),
# whether the collector is on, and whether both caches' stand-ins were in force when the
# command started (`kg.cli.run` called with `dataclasses.exec` and `re._compiler.compile` kg's).
_MAIN = """
import atexit, gc, os, sys
early = []
WINDOW = [os.path.join("kg", f"{name}.py") for name in ("code_cache", "pattern_cache", "cli")]
def collecting(phase, info):
    frame = sys._getframe(1)
    while phase == "start" and frame is not None:  # inside the caches' or the CLI's code
        if any(frame.f_code.co_filename.endswith(name) for name in WINDOW):
            early.append(gc.get_freeze_count() == 0)
            return
        frame = frame.f_back
gc.callbacks.append(collecting)
seen = {}
def report():
    print(sum(early), gc.get_freeze_count() > 10_000, gc.isenabled(), *seen.values())
atexit.register(report)
def spy(frame, event, arg):
    code = frame.f_code
    if event == "call" and code.co_name == "run" and code.co_filename.endswith(
        os.path.join("kg", "cli.py")
    ):
        import dataclasses, re
        seen["code"] = "exec" in vars(dataclasses)  # the module global shadowing the builtin
        seen["patterns"] = getattr(re._compiler.compile, "from_cache", False)
        sys.setprofile(None)
sys.setprofile(spy)
sys.argv = ["kg", *sys.argv[1:]]
from kg.entry import main
main()
"""


def _main(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _MAIN, *args], env=env(), capture_output=True, text=True
    )
    return done.stdout.split()[-5:]


def test_kg_reads_its_caches_without_the_collector_and_runs_the_command_with_them() -> None:
    """No collection runs before the freeze that ends the command line's import: the caches'
    modules and tables are read inside that window (at Python's thresholds, ~20 collections
    ran while they were read); the collector is on again for the command, which runs with
    both caches in force."""
    assert _main("--help") == ["0", "True", "True", "True", "True"]
