"""Claims told by the future tense of a verb of change beyond "вырастет" and "сократится":
"повысится", "возрастёт", "поднимутся", "упадёт", "подорожает", "понизится", "опустится",
"замедлится" forecast their figure, and "возрастёт на", "поднимутся на" are changes; their past
and present tell what is."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "status")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пенсия в Латвии повысится на 10 %.", ("рост пенсии", "forecast")),
        ("Пенсия в Латвии возрастёт на 10 %.", ("рост пенсии", "forecast")),
        ("Пенсии в Латвии возрастут до 400 евро.", ("пенсии", "forecast")),
        ("Цены на газ в Молдавии поднимутся на 15 %.", ("рост цен", "forecast")),
        ("Экспорт Чили в Китай упадет на 20 %.", ("снижение экспорта", "forecast")),
        ("Бензин в Эстонии подорожает на 5 %.", ("рост цен", "forecast")),
        ("Курс лари понизится на 3 %.", ("снижение курса лари", "forecast")),
        ("Безработица в Испании опустится до 12 %.", ("безработица", "forecast")),
        ("Инфляция в Турции замедлится до 30 %.", ("инфляция", "forecast")),
    ],
)
def test_a_future_of_a_verb_of_change_forecasts(
    analyse, text: str, expected: tuple[str, str]
) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пенсия в Латвии повысилась на 10 %.", ("рост пенсии", "actual")),
        ("Пенсия в Латвии повышается на 10 % ежегодно.", ("рост пенсии", "actual")),
        ("Цены на газ в Молдавии поднялись на 15 %.", ("рост цен", "actual")),
        ("Экспорт Чили в Китай упал на 20 %.", ("снижение экспорта", "actual")),
        ("Безработица в Испании опустилась до 12 %.", ("безработица", "actual")),
    ],
)
def test_its_past_and_present_tell_what_is(analyse, text: str, expected: tuple[str, str]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # "поднять" of an agent raises what it governs: no fall (review34)
        "Египет поднял пошлины на импорт турецкой стали на 15%.",
        "Центробанк Турции поднял ключевую ставку на 5 процентных пунктов.",
        "Индия поднимет тарифы на импорт из Китая на 25%.",
    ],
)
def test_raising_by_an_agent_is_no_fall(analyse, text: str) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert rows and not any(metric.startswith("снижение") for metric, _ in rows)
