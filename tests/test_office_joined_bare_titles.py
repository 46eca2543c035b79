"""A bare title "и" joins right before a state's title in its case shares that state: with
a name after both it is the name's ("Польша приветствует визит премьер-министра и министра
обороны Литвы X": no Polish premier), without one the other state's holder, never the
holder of the state the text speaks for. Sixty-first pass, h-orgs74; own sentences about
Poland–Lithuania, Croatia–Serbia. Must-nots: a title with its own state ("премьер-министра
Польши и министра обороны Литвы": the Polish premier), the named person's two offices."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

_TUSK = ("Дональд Туск", "премьер-министр", "state/POL")

CASES = [
    ("Польша приветствует визит премьер-министра и министра обороны Литвы Йонаса Каспараса.",
     set(), {_TUSK}),
    ("Польша приветствует визит премьер-министра и министра обороны Литвы.", set(), {_TUSK}),
    ("Варшава ждёт премьер-министра и главу МИД Литвы.", set(), {_TUSK}),
    # must not: a title of its own state keeps its holder
    ("Польша приветствует визит премьер-министра Польши и министра обороны Литвы.",
     {_TUSK}, set()),
]  # fmt: skip


def _persons(ex: Extraction) -> set[tuple[str, str, str]]:
    """(name, office, state) of the extraction's persons."""
    return {(e.name, e.office, e.state) for e in ex.entities if e.type == "Person"}


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_a_bare_title_joined_before_a_states_title(
    run: Callable[[str], Extraction],
    text: str,
    present: set[tuple[str, str, str]],
    absent: set[tuple[str, str, str]],
) -> None:
    persons = _persons(run(text))
    assert present <= persons and not absent & persons


def test_the_named_person_holds_both_offices(extraction) -> None:  # noqa: ANN001
    text = ("Хорватия приветствует визит премьер-министра и министра иностранных дел Сербии "
            "Милоша Петровича.")  # fmt: skip
    got = text_holdings(extraction(text, "2024-05-01"), "Петрович", ("office", "state"))
    assert got == {("премьер-министр", "state/SRB"), ("министр иностранных дел", "state/SRB")}
