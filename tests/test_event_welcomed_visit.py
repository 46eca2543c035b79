"""A visit a transcript tells as "это" after its host's welcome ("Мы рады приветствовать в
Лиме Президента Чили X. Это государственный визит чилийского лидера в Перу"): the visit is
where the welcome places its guest, the city, not the state (h-events152). Own sentences
about other pairs of states."""

from __future__ import annotations

import pytest

_DAY = "2026-04-21"

_VISITS = {"Visit", "OfficialVisit", "StateVisit"}

# (text, the visits' places)
WELCOMES = [
    ("Мы рады приветствовать в Лиме Президента Чили Габриэля Борича. Это государственный "
     "визит чилийского лидера в Перу.",
     ["Лима"]),
    ("Мы рады приветствовать в Аммане Президента Египта Абдель Фаттаха ас-Сиси. Это первый "
     "государственный визит египетского лидера в Иорданию.",
     ["Амман"]),
    # must not: a visit not pointed back to the welcome by "это"
    ("Мы рады приветствовать в Лиме Президента Чили Габриэля Борича. Ранее он совершил "
     "государственный визит в Перу в 2020 году.",
     ["Перу"]),
    # must not: a welcome of another guest
    ("Мы рады приветствовать в Лиме министра иностранных дел Чили. Это первый государственный "
     "визит президента Чили Габриэля Борича в Перу.",
     ["Перу"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), WELCOMES)
def test_welcomed_visit_place(events, text: str, places: list[str]) -> None:
    read = events(text, _DAY)
    assert [e.location for e in read if e.kind in _VISITS] == places
