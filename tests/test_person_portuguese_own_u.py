"""A Portuguese man's word in "-у" before a surname's particle keeps its own "-у" where
his first name shows an oblique case ("принял Жуана Ребелу де Соузу": "Ребелу", not
"Ребела"); a name the persons tables know in "-а" ("Лула да Силва") still takes it
(sentences about Portugal, Chile, Peru, Brazil)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президент Чили принял Жуана Ребелу де Соузу в Сантьяго.", "Жуан Ребелу де Соуза"),
        ("Визит Жуана Ребелу де Соузы в Перу завершился.", "Жуан Ребелу де Соуза"),
        ("Президент Перу поддержал Марселу Ребелу де Соузу.", "Марселу Ребелу де Соуза"),
        ("Президент Чили принял Луиша Лулу да Силву в Сантьяго.", "Луиш Лула да Силва"),
    ],
)  # fmt: skip
def test_own_u_before_particle(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
