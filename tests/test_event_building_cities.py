"""An event at or leaving a building the text places by its city in the genitive ("задержан у
здания суда Лимы", "при выходе из здания Верховного суда Лимы") is in that city; a state
whose the building is ("у здания посольства Перу"), a person's house or a region's noun with
its name ("в южной части провинции Куско") names no such city.
Sentences of our own about Peru–Chile (forty-eighth pass, h-events125)."""

from __future__ import annotations

import pytest

# (text, kind, place)
PLACED = [
    ("Бизнесмен Хуан Перес был задержан при выходе из здания суда Лимы.", "Arrest", "Лима"),
    ("Бизнесмен Хуан Перес был задержан при выходе из здания Верховного суда Лимы.", "Arrest",
     "Лима"),
    ("Бизнесмен Хуан Перес был задержан у здания суда Лимы.", "Arrest", "Лима"),
    ("Министр Чили встретился с министром Перу у здания мэрии Лимы.", "Meeting", "Лима"),
    ("Боевики атаковали колонну у здания суда Лимы.", "Attack", "Лима"),
    # must not: a state's building, a person's house, leaving what no city places
    ("Бизнесмен Хуан Перес был задержан у здания посольства Перу.", "Arrest", ""),
    ("Бизнесмен Хуан Перес был задержан у дома президента Перу.", "Arrest", ""),
    ("Бизнесмен Хуан Перес был задержан при выходе из самолёта.", "Arrest", ""),
    ("Бизнесмен Хуан Перес был задержан у здания посольства Перу в Сантьяго.", "Arrest",
     "Сантьяго"),
    # a region's noun with its name is no city owning the place: the village stays
    ("Смертник напал вблизи села Пампа в южной части провинции Куско.", "Attack", "Пампа"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "place"), PLACED)
def test_a_building_s_city_places_the_event(events, text: str, kind: str, place: str) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.location == place
