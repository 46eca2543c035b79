"""A city's or a region's head whose place no table places in a state ("мэр Тарту", "губернатор
провинции Мисьонес") serves the state the sentence is set in, else its paragraph's sentences
before, else the document's only state outside another's title; none where two decide or the
only state is another person's post's ("встретился с послом Латвии"). A city a table or a
capital places keeps its state whatever the text's setting ("мэр Москвы" in a text about
Estonia); a table's city natasha glued to the name after the title ("Губернатор Арекипы
Хорхе Вилька") is the city, not the name's. Pass forty-seven, h-offices58; own sentences
about Estonia–Latvia, Chile–Peru."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str]  # office, state

PLACED_POSTS = [
    # a city no table knows: the sentence's setting, the paragraph's, the document's state
    ("В Эстонии прошли муниципальные выборы. Мэр Тарту Урмас Клаас признал поражение.",
     "Клаас", {("мэр", "state/EST")}),
    ("Эстония готовится к выборам.\n\nМэр Пярну Март Виск заявил, что город готов.",
     "Виск", {("мэр", "state/EST")}),
    ("В Перу начались протесты. Губернатор провинции Пьюра Хорхе Вилька выразил "
     "солидарность.", "Вилька", {("губернатор", "state/PER")}),
    # a table's city natasha glued to the name after its head: the city's state, no name
    ("Губернатор Арекипы Хорхе Вилька встретился с послом Чили.", "Вилька",
     {("губернатор", "state/PER")}),
    # a region a table names as a city: the table's state, as cities.tsv holds no name of
    # another state's region (fifty-sixth pass; was of no state)
    ("Губернатор провинции Арекипа Хорхе Вилька встретился с послом Чили.", "Вилька",
     {("губернатор", "state/PER")}),
    # must not: a table's or a capital's state stays, whatever the setting
    ("В Эстонии прошли выборы. Мэр Москвы Сергей Собянин поздравил победителя.", "Собянин",
     {("мэр", "state/RUS")}),
    # must not: two states, or the only state another's post's
    ("Эстония и Латвия подписали договор. Мэр Пярну Март Виск приветствовал решение.",
     "Виск", {("мэр", "")}),
    ("Мэр Тарту Урмас Клаас встретился с послом Латвии.", "Клаас", {("мэр", "")}),
    ("Губернатор провинции Мисьонес Джон Смит встретился с послом Чили.", "Смит",
     {("губернатор", "")}),
]  # fmt: skip


GLUED = [
    ("Губернатор Арекипы Хорхе Вилька встретился с послом Чили.", "Хорхе Вилька"),
    # must not: a first name after a title is the name's, whatever city it also names
    ("Посол Виктория Лопес встретилась с мэром Лимы.", "Виктория Лопес"),
]


@pytest.mark.parametrize(("text", "name"), GLUED)
def test_office_city_not_in_name(extraction_of, text: str, name: str) -> None:
    """A table's city a title governs opens no person's name after it."""
    names = {e.name for e in extraction_of(text, "", "offices").entities if e.type == "Person"}
    assert name in names


@pytest.mark.parametrize(("text", "surname", "expected"), PLACED_POSTS)
def test_office_placed_post_state(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """A head of a place no table places serves the state the text sets the place in."""
    got = text_holdings(extraction_of(text, "", "offices"), surname, ("office", "state"))
    assert got == expected
