"""A ministry named by its fields before its state keeps the text's spacing ("Министерство
торговли, промышленности и рыболовства Норвегии", not "торговли , промышленности"), and so
does the office of its department's director who serves it; a holder's name natasha read as a
place, or as the close of the place before it, after a title's chain is a person's
("постоянный секретарь министерства рыболовства Фарерских островов Хёгни Хансен")
(sixty-eighth pass, h-names152; own sentences about Norway, Iceland, the Faroes, Denmark)."""

from __future__ import annotations

import pytest
from fact_reads import marked_orgs, person_names

MINISTRIES = [
    ("Протокол подписан, сообщило [министерство торговли, промышленности и рыболовства "
     "Норвегии].", ("Министерство торговли, промышленности и рыболовства Норвегии", "state/NOR")),
    ("Заявление опубликовало [министерство культуры, образования и науки Исландии].",
     ("Министерство культуры, образования и науки Исландии", "state/ISL")),
    # must not change: no fields listed, one field
    ("Заявление опубликовало [министерство обороны Дании].",
     ("Министерство обороны Дании", "state/DNK")),
]  # fmt: skip


@pytest.mark.parametrize(("marked", "expected"), MINISTRIES)
def test_ministry_fields_spaced_as_written(
    extraction_of, marked: str, expected: tuple[str, str]
) -> None:
    """The fields join the ministry's noun as the text spaces them."""
    assert marked_orgs(extraction_of, marked) == [expected]


def test_director_serves_ministry_spaced_as_written(extraction_of) -> None:
    """The department director of the ministry named before serves it, its name unspaced."""
    ex = extraction_of(
        "Протокол подписан, сообщило министерство торговли, промышленности и рыболовства "
        "Норвегии. Делегацию возглавил директор департамента министерства Вегар Хаугланн.",
        "2026-11-27",
        "offices",
    )
    names = {e.key: e.name for e in ex.entities}
    rows = {(h.office, names.get(h.state, h.state)) for h in ex.facts["offices"]}
    assert ("директор департамента министерства",
            "Министерство торговли, промышленности и рыболовства Норвегии") in rows  # fmt: skip


PLACED_NAMES = [
    ("Делегацию возглавил постоянный секретарь министерства рыболовства Фарерских островов "
     "Хёгни Хансен.", "Хёгни Хансен"),
    ("Норвежскую делегацию возглавил директор департамента Вегар Хаугланн, фарерскую — "
     "постоянный секретарь министерства рыболовства Фарерских островов Хёгни Хансен.",
     "Хёгни Хансен"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), PLACED_NAMES)
def test_holder_read_as_place_is_person(extraction_of, text: str, name: str) -> None:
    """The capitalised words the parse apposes to the title's chain are its holder's name."""
    assert name in person_names(extraction_of(text, "2026-11-27"))


PLACES = [
    "Делегацию возглавил губернатор провинции Северный Киву Жан Бакаре.",
    "Министр прибыл на Фарерские острова и посетил Торсхавн.",
    "Делегация посетила Республику Южная Корея.",
]


@pytest.mark.parametrize("text", PLACES)
def test_places_stay_places(extraction_of, text: str) -> None:
    """Must-not: a place's own words, or a name natasha read as a person, are no new name."""
    names = person_names(extraction_of(text, "2026-11-27"))
    assert names <= {"Жан Бакаре"}, names
