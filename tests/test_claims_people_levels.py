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
