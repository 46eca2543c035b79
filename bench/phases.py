"""`kg build` with the process CPU of each phase of its run printed to stderr (issue 11, item 4).

    python bench/phases.py CORPUS --store STORE [other kg build options]

Wraps the build's phases (importing spaCy and kg's NLP, building the pipeline, loading
each slovnet model, the documents' NLP and extraction, seeding the registry, linking and
writing, the derived graph) in timers of process CPU time; phases nest (the models load
inside the first document's NLP with `--jobs 1`). `bench/throughput.py --phases N` runs
it on a build that changes one of N documents.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from typing import Any

SPENT: dict[str, float] = {}
_ORDER: list[str] = []  # labels in the order of the phases, nested ones after their parent


def timed(owner: Any, name: str, label: str) -> None:  # noqa: ANN401 - a module or a class
    """`owner.name` replaced by a wrapper adding its CPU time to SPENT[label]."""
    inner: Callable[..., Any] = getattr(owner, name)
    _ORDER.append(label)

    @functools.wraps(inner)
    def wrapper(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - whatever it returns
        started = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - started

    setattr(owner, name, wrapper)


def main() -> None:
    import kg.build
    import kg.cli
    import kg.executors

    start = time.process_time()
    imports = kg.build._import_nlp

    def import_nlp() -> None:
        imports()
        nested()

    kg.build._import_nlp = import_nlp
    timed(kg.build, "_import_nlp", "importing spaCy, kg's NLP and extractors")
    timed(kg.executors, "read_document", "the documents' NLP and extraction")
    _ORDER.extend(NESTED)
    timed(kg.build, "_seeded_registry", "seeding the registry from the store")
    timed(kg.build, "_reduce", "linking to the corpus and writing")
    timed(kg.build, "refresh_derived", "the derived graph")
    sys.argv = ["kg", "build", *sys.argv[1:]]
    try:
        kg.cli.run()
    finally:
        total = time.process_time()
        print(f"{'interpreter and kg.cli before the build':<46}{start:6.2f} s", file=sys.stderr)
        for label, seconds in sorted(SPENT.items(), key=lambda item: _ORDER.index(item[0])):
            print(f"{label:<46}{seconds:6.2f} s", file=sys.stderr)
        print(f"{'whole process':<46}{total:6.2f} s", file=sys.stderr)


NESTED = (
    "  of which building the pipeline",
    "    of which the gazetteer matcher",
    "  of which loading the morphology model",
    "  of which loading the syntax model",
    "  of which loading the NER model",
)


def nested() -> None:
    """Phases inside the documents' NLP, wrapped once the build has imported spaCy (so as
    not to import it earlier) and before it builds the pipeline."""
    import kg.nlp.gazetteer_matcher as matcher
    import kg.nlp.models as models
    import kg.steps as steps

    timed(steps, "_pipeline", NESTED[0])
    timed(matcher.GazetteerMatcher, "__init__", NESTED[1])
    loaders = ("morph_tagger", "syntax_parser", "ner_tagger")
    for name, label in zip(loaders, NESTED[2:], strict=True):
        timed(models, name, label)


if __name__ == "__main__":
    main()
