"""An arrest by a city's body ("полиция Хартума задержала", "задержаны полицией Хартума"):
the city is the arrest's place, over a place the sentence opened with, and its state takes
part (fiftieth pass, h-events134). Must-nots: a state's body ("полиция Египта") gives no city,
the city of those arrested ("жителей Хартума") is no place, the clause's own "в" keeps its
place. Sentences of our own about Egypt–Sudan, Bolivia–Peru, Netherlands–Belgium."""

from __future__ import annotations

import pytest

ARRESTS = [
    # (text, the body's city, its state, the opening place's state that must not take part)
    ("В Каире прошли протесты, полиция Хартума задержала 20 человек.", "Хартум", "state/SDN",
     "state/EGY"),
    ("В Лиме прошла акция протеста, полиция Ла-Паса задержала 40 человек.", "Ла-Пас",
     "state/BOL", "state/PER"),
    ("Полиция Хартума задержала 20 человек.", "Хартум", "state/SDN", ""),
    ("В Каире прошли протесты, 20 человек были задержаны полицией Хартума.", "Хартум",
     "state/SDN", "state/EGY"),
    ("В Брюсселе прошла акция протеста, полиция Гааги задержала 40 человек.", "Гаага",
     "state/NLD", "state/BEL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "state", "opening"), ARRESTS)
def test_a_bodys_city(events, text: str, city: str, state: str, opening: str) -> None:  # noqa: ANN001
    arrests = [e for e in events(text) if e.kind == "Arrest"]
    assert [(e.location, state in e.participants) for e in arrests] == [(city, True)]
    assert opening not in arrests[0].participants


KEPT = [
    # must not: a state's body names no city; the city of those arrested is no place
    ("В Каире прошли протесты, полиция Судана задержала 20 человек.", "Каир"),
    ("В Каире прошли протесты, полиция задержала двух жителей Хартума.", "Каир"),
    ("В Каире прошли протесты, были задержаны двое жителей Хартума.", "Каир"),
]


@pytest.mark.parametrize(("text", "place"), KEPT)
def test_the_opening_place_kept(events, text: str, place: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert event.location == place
