"""A city's or a region's head named by the place ("губернатор Техаса X", "мэр Неаполя X",
"губернатор провинции Онтарио X") serves the state the tables place the city or region in,
and the holder is of that state too, as a national post's holder is (fifty-eighth pass,
h-names123; own sentences about the USA, Italy, Canada with Japan, Egypt, Mexico, Brazil).
Must-nots: a bare title names no one; a national post's holder keeps its own state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction

CASES = [
    ("Губернатор Техаса Роберт Миллер встретился с послом Японии.",
     {"Роберт Миллер": "state/USA"}),
    ("Мэр Неаполя Джованни Риччи принял делегацию Египта.", {"Джованни Риччи": "state/ITA"}),
    ("Губернатор провинции Онтарио Питер Грант посетил Мексику.", {"Питер Грант": "state/CAN"}),
    ("Премьер-министр Бразилии встретился с губернатором Калифорнии Джейн Фостер.",
     {"Джейн Фостер": "state/USA"}),
    # must not: a bare title is no one; a state's own post keeps its state
    ("Губернатор заявил, что Япония и Канада договорились о поставках.", {}),
    ("Президент Мексики Ана Лопес встретилась с губернатором Техаса.", {"Ана Лопес": "state/MEX"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), CASES)
def test_place_post_holder_state(
    run: Callable[[str], Extraction], text: str, states: dict[str, str]
) -> None:
    ex = run(text)
    persons = {e.name: e.state for e in ex.entities if e.type == "Person"}
    if not states:
        assert not persons
    assert {name: persons.get(name) for name in states} == states
