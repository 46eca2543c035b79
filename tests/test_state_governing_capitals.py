"""A capital that is also a first name ("Дакар", "Сантьяго") by a verb of policy is its
government: the object of a state acting ("Конакри поддержит Дакар"), or the subject of
such a verb the tagger does not call a person ("Дакар осудил …"). A city's place, body or
rally ("прибыла в Дакар", "мэрия Дакара", "ралли «Париж — Дакар»") and a man called so
("Тренер похвалил Сантьяго") stay what they were. Sentences of our own (forty-first pass)."""

from __future__ import annotations

import pytest
from fact_reads import capitals
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def mentions():
    return shipped_reader()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Министр обороны Гвинеи заявил, что Конакри поддержит Дакар.",
         {"Конакри": "state/GIN", "Дакар": "state/SEN"}),
        ("Дакар осудил действия Конакри.", {"Дакар": "state/SEN", "Конакри": "state/GIN"}),
        ("Лима осудила Сантьяго.", {"Лима": "state/PER", "Сантьяго": "state/CHL"}),
        ("Сантьяго призвал Лиму к диалогу.", {"Сантьяго": "state/CHL", "Лиму": "state/PER"}),
        ("Бамако поддержал Дакар.", {"Бамако": "state/MLI", "Дакар": "state/SEN"}),
        ("Рига и Таллин осудили Дакар.",
         {"Рига": "state/LVA", "Таллин": "state/EST", "Дакар": "state/SEN"}),
        ("Мали осудила Дакар.", {"Дакар": "state/SEN"}),
        ("Дакар отказался от переговоров с Бамако.",
         {"Дакар": "state/SEN", "Бамако": "state/MLI"}),
        ("Рабат призвал Дакар отказаться от пошлин.",
         {"Рабат": "state/MAR", "Дакар": "state/SEN"}),
        # must not: the city as a place, a body's city, a rally's name, a man so called
        ("Делегация Гвинеи прибыла в Дакар.", {}),
        ("Мэрия Дакара осудила решение.", {}),
        ("Ралли «Париж — Дакар» стартовало в январе.", {}),
        ("Тренер похвалил Сантьяго за игру.", {}),
        ("Президент поддержал Сантьяго.", {}),
        ("Сантьяго заявил журналистам, что уходит из клуба.", {}),
    ],
)  # fmt: skip
def test_a_capital_by_a_verb_of_policy_is_its_government(mentions, text: str, named) -> None:
    assert capitals(text, mentions) == named
