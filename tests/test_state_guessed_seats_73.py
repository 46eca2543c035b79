"""A seat of government the dictionary only guesses as a place, which the NER tags a person
by its word alone ("Путраджая выразила протест"), acts as its state (seventy-first pass,
h-places73): own sentences about Malaysia–Singapore, Malaysia–Vietnam, Malaysia–Indonesia,
Malaysia–Thailand."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

from kg.model import Mention


@pytest.fixture(scope="module")
def mentions():
    return shipped_reader()


def states(found: list[Mention]) -> dict[str, str]:
    return {m.text: m.entity for m in found if m.type == "State"}


GUESSED_SEATS = [
    ("Путраджая выразила протест Сингапуру.",
     {"Путраджая": "state/MYS", "Сингапуру": "state/SGP"}),
    ("Путраджая выразила недовольство Вьетнаму.",
     {"Путраджая": "state/MYS", "Вьетнаму": "state/VNM"}),
    ("Путраджая поддержала позицию Джакарты.",
     {"Путраджая": "state/MYS", "Джакарты": "state/IDN"}),
    # must not: the seat as a place, hosting, where it lies; another seat's court
    ("Делегация Таиланда прибыла в Путраджаю.", {"Таиланда": "state/THA"}),
    ("Путраджая примет саммит АСЕАН.", {}),
    ("Путраджая расположена к югу от Куала-Лумпура.", {}),
    ("Международный суд в Гааге рассмотрит иск Малайзии.", {"Малайзии": "state/MYS"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "named"), GUESSED_SEATS)
def test_a_guessed_seat_acting_is_its_state(mentions, text: str, named: dict) -> None:
    assert states(mentions(text)) == named
