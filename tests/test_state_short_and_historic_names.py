"""A state's short name news uses alone ("Босния") and a historic state the sources link
("Российская империя") name their states; the empire is not today's state by its adjective.
Sentences of our own about other states, with must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def mentions():
    return shipped_reader()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Конфликт в Боснии унёс тысячи жизней.", {"Боснии": "state/BIH"}),
        ("Он родился в 1915 году в Тамбовской губернии, Российская империя.",
         {"Российская империя": "state/XRE"}),
        ("Граница Российской империи и Китая проходила по реке.",
         {"Российской империи": "state/XRE", "Китая": "state/CHN"}),
        # must not: the whole name, and today's state by its adjective, stay as they were
        ("Президент Боснии и Герцеговины прибыл в Загреб.",
         {"Боснии и Герцеговины": "state/BIH"}),
        ("Российская делегация прибыла в Белград.", {"Российская": "state/RUS"}),
    ],
)  # fmt: skip
def test_short_and_historic_state_names(mentions, text: str, named: dict) -> None:
    assert {m.text: m.entity for m in mentions(text) if m.type == "State"} == named
