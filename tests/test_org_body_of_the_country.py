"""A state's body the tagger names with "страны" after its words ("Конституционный суд
страны") is named by the state's name in place of "страны", not after it ("Конституционный
суд страны Чили" was its garbled name), so it is one node with the body named by its state
(forty-eighth pass, h-orgs54); on sentences of our own about other states, with must-nots:
no state where the text names two, a body named by its state keeps its name."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def read():
    return shipped_reader()


def keys(read, text: str) -> dict[str, str]:  # noqa: ANN001
    return {m.text: m.entity for m in read(text) if m.type == "Organization"}


@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        ("Президент Чили подписал указ. Конституционный суд страны признал его законным.",
         "Конституционный суд страны", "Конституционный суд Чили признал указ законным."),
        ("Премьер Израиля подписал закон. Верховный суд страны его отменил.",
         "Верховный суд страны", "Верховный суд Израиля отменил закон."),
        ("Парламент Эстонии принял закон. Верховный суд страны его отменил.",
         "Верховный суд страны", "Верховный суд Эстонии отменил закон."),
        ("Президент Перу назначил выборы. Решение одобрил Конституционный совет страны.",
         "Конституционный совет страны", "Конституционный совет Перу одобрил решение."),
    ],
)  # fmt: skip
def test_the_countrys_body_is_the_states(read, text: str, words: str, named: str) -> None:  # noqa: ANN001
    found = keys(read, text)[words]
    assert "strany" not in found
    assert found in keys(read, named).values()


def test_must_not_guess_a_state_of_two(read) -> None:  # noqa: ANN001
    text = "Президент Чили прибыл в Перу. Верховный суд страны отменил закон."
    found = keys(read, text)["Верховный суд страны"]
    assert "chili" not in found and "peru" not in found
