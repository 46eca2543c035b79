"""Claims of a count of people that a verb of reaching a level gives an inanimate subject
("аудитория телеканала превысила 40 млн человек"): the subject is the metric, as with
"составила"; people the verb has as subject ("беженцы превысили …") stay people."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "comparator")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "За три года аудитория телеканала превысила 40 миллионов человек.",
            ("аудитория телеканала", 40000000, "gt"),
        ),
        (
            "Аудитория газеты в Польше достигла 2 миллионов человек.",
            ("аудитория газеты", 2000000, "eq"),
        ),
        ("Потери армии Эфиопии превысили 3 тысячи человек.", ("потери армии", 3000, "gt")),
    ],
)
def test_a_level_of_people_takes_its_subject(analyse, text: str, row: tuple) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Беженцы из Сирии в Турции превысили 3 миллиона человек.", ("люди", 3000000, "gt")),
        (
            "Число беженцев из Сирии в Турции превысило 3 миллиона человек.",
            ("число беженцев", 3000000, "gt"),
        ),
    ],
)
def test_people_stay(analyse, text: str, row: tuple) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Налёт пилотов ВВС Перу превысил 200 часов.", ("налёт пилотов", 200, "gt")),
        ("Налёт экипажей Чили достиг 1500 часов.", ("налёт экипажей", 1500, "eq")),
    ],
)
def test_a_level_of_time_takes_its_subject(analyse, text: str, row: tuple) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [row]


def test_an_event_reaching_a_time_stays_no_measure(analyse) -> None:
    rows = claim_rows(analyse, "Визит президента Перу в Чили превысил три дня.", _FIELDS)
    assert all(r[0] != "визит" for r in rows)
