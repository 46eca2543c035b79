"""A city's head serves the state the city lies in: "мэр Лимы" is Peru's, "мэра Флоренции"
Italy's (the capital's state, else the state kg/data/cities.tsv places the city in). The
office keeps its bare title, as "губернатор штата Юта" does (tests/test_offices.py); a place
after a kind of place the tables do not know ("штата Джалиско", "провинции Мисьонес") is a
region and gives no state here (h-offices57, the forty-sixth pass; own sentences about
Chile–Peru, Estonia–Latvia, Italy)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str]  # office, state

CITY_POSTS = [
    ("Перу и Чили подписали соглашение. Мэр Лимы Рафаэль Лопес приветствовал решение.",
     "Лопес", {("мэр", "state/PER")}),
    ("На выборах в парламент Италии бывший министр обошел мэра Флоренции Паоло Конти.",
     "Конти", {("мэр", "state/ITA")}),
    ("Мэр Таллина Урмас Клаас встретился с послом Латвии.", "Клаас", {("мэр", "state/EST")}),
    ("Переговоры с губернатором Куско Хорхе Вилькой прошли в Сантьяго.", "Вилька",
     {("губернатор", "state/PER")}),
    # must not: a region after its kind the tables do not know stays a title of no state (one
    # they know is its state's: tests/test_office_ministries_and_regions.py, fifty-sixth pass)
    ("Губернатор штата Джалиско Джон Миллер посетил Оттаву.", "Миллер",
     {("губернатор штата", "")}),
    ("Губернатор провинции Мисьонес Джон Смит встретился с послом Чили.", "Смит",
     {("губернатор", "")}),
    # ... nor a post that is no city's
    ("Посол Милана Ивана Петрова не назначали.", "Петрова", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CITY_POSTS)
def test_office_city_post_state(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """A city's head is of the city's state; a region's of none."""
    got = text_holdings(extraction_of(text, "", "offices"), surname, ("office", "state"))
    assert got == expected
