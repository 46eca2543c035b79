"""A state's adjective on a firm called by "оператор" or on a firm's Latin name ("британского
оператора спутникового телевидения", "подконтрольной американской News Corp.") names its
state, as "турецкий авиаперевозчик" does; an operator who is a person ("британский оператор
Джон Смит") stays no state (forty-sixth pass, h-orgs50; own sentences about Mexico–Canada)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry


@pytest.fixture(scope="module")
def states() -> Callable[[str], list[tuple[str, str]]]:
    """Text → its state mentions as (text, state name)."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def go(text: str) -> list[tuple[str, str]]:
        ex = analyze(Document(id="t", text=text, date="2024-05-02"), nlp(text), Registry(gazetteer))
        names = {e.key: e.name for e in ex.entities}
        return [(m.text, names[m.entity]) for m in ex.mentions if m.type == "State"]

    return go


def test_an_operators_adjective_names_its_state(states) -> None:  # noqa: ANN001
    found = states(
        "Канадского оператора спутникового и кабельного телевидения купила компания из Мексики."
    )
    assert ("Канадского", "Канада") in found, found


def test_an_adjective_on_a_latin_firms_name_names_its_state(states) -> None:  # noqa: ANN001
    found = states("Канадскую студию купила компания, подконтрольная мексиканской Grupo Televisa.")
    assert ("мексиканской", "Мексика") in found, found


def test_must_not_read_a_persons_operator_as_the_state(states) -> None:  # noqa: ANN001
    found = states("Известный канадский оператор Джон Смит снял фильм в Мексике.")
    assert found == [("Мексике", "Мексика")], found
