"""A state's cabinet named "Совет министров", "Кабинет министров" or "Кабмин" before the
state's name is its government, one node with "Правительство <state>" across texts, where
the gazetteer knows no body of the state by that name (forty-sixth pass, h-orgs51); on
sentences of our own about other states, with must-nots: a council of ministers of a
field or of an organization of states is another body, a known body of that name keeps its
key, and a historic state's cabinet stays its own."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def read():
    return shipped_reader()


def keys(read, text: str) -> dict[str, str]:  # noqa: ANN001
    return {m.text: m.entity for m in read(text) if m.type == "Organization"}


def government(read, state: str) -> str:  # noqa: ANN001
    return keys(read, f"Правительство {state} одобрило соглашение.")[f"Правительство {state}"]


@pytest.mark.parametrize(
    ("text", "words", "state"),
    [
        ("Совет министров Эстонии утвердил соглашение с Латвией.",
         "Совет министров Эстонии", "Эстонии"),
        ("Председатель Совета министров Египта прибыл в Анкару для переговоров.",
         "Совета министров Египта", "Египта"),
        ("Кабинет министров Чили одобрил договор с Перу о границе.",
         "Кабинет министров Чили", "Чили"),
    ],
)  # fmt: skip
def test_a_states_cabinet_is_its_government(read, text: str, words: str, state: str) -> None:  # noqa: ANN001
    assert keys(read, text)[words] == government(read, state)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a council of ministers of a field, of an organization of states
        ("Совет министров иностранных дел ЕС обсудил санкции против Ирана.",
         "Совет министров иностранных дел ЕС"),
        ("Совет министров СНГ собрался в Минске.", "Совет министров СНГ"),
    ],
)  # fmt: skip
def test_must_not_join_another_council(read, text: str, words: str) -> None:  # noqa: ANN001
    assert "pravitelstvo" not in keys(read, text)[words]


def test_must_not_move_a_known_cabinet(read) -> None:  # noqa: ANN001
    found = keys(read, "Кабинет министров Грузии одобрил договор с Арменией.")
    assert found["Кабинет министров Грузии"] == "org/Q2613132"
    found = keys(read, "Совет министров Кубы одобрил договор с Венесуэлой.")
    assert found["Совет министров Кубы"] == "org/Q834304"


def test_must_not_move_a_historic_states_cabinet(read) -> None:  # noqa: ANN001
    found = keys(read, "Совет министров СССР принял постановление о поставках в Финляндию.")
    assert found["Совет министров СССР"] == "org/sovet-ministrov-sssr"
