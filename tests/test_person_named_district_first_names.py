"""A first name the dictionary also reads as a place, after a kind of place its capitalised
adjective already names ("начальник полиции Каирского округа Йорам Ха-Леви"), opens the
person's name and stays in it; after a kind of place alone ("штата Юта Джон Миллер") the
word is the place's name (names87, forty-sixth pass; own sentences about Egypt, Mexico,
Peru)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


def test_first_name_after_named_district(run: Callable[[str], Extraction]) -> None:
    text = (
        "Начальник полиции Каирского округа Йорам Ха-Леви рекомендовал правительству "
        "Египта установить металлоискатели."
    )
    assert person_names(run(text)) == {"Йорам Ха-Леви"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # must not: a place after its kind alone is no first name
        ("Губернатор штата Юта Джон Миллер прибыл в Мехико.", "Джон Миллер"),
        ("Глава Московской области Иван Петров прибыл в Лиму.", "Иван Петров"),
    ],
)
def test_place_after_kind_dropped(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert person_names(run(text)) == {name}
