"""A plural title in the genitive right after a singular one it hangs on is those the first
leads, its complement, and no title of the name after them: "Наставник футболистов
национальной сборной Чили X" holds "наставник", as "Наставник сборной Чили X" does; not a
plural title naming states ("Советник президентов Чили и Перу X" is no one's adviser here).
Sentences of our own (pass forty-five, h-offices52)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Наставник футболистов национальной сборной Чили Рикардо Гарека подал в отставку.",
     "Гарека", {("наставник", "", True)}),
    ("Тренер футболистов сборной Египта Хосам Хассан подал в отставку.", "Хассан",
     {("тренер", "", True)}),
    ("Капитан футболистов сборной Мексики Андрес Гуардадо выступил в Оттаве.", "Гуардадо",
     {("капитан", "", False)}),
    # must-nots: the team right after the title; leaders of no title; states named
    ("Наставник сборной Чили Рикардо Гарека подал в отставку.", "Гарека",
     {("наставник", "", True)}),
    ("Лидер повстанцев Ахмед Саид выступил в Каире.", "Саид", {("лидер", "", False)}),
    ("Советник президентов Чили и Перу Луис Гомес выступил в Лиме.", "Гомес", set()),
    ("Председатель совета министров Эстонии Кая Каллас выступила в Таллине.", "Каллас",
     {("председатель совета министров", "state/EST", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_coach_of_players(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
