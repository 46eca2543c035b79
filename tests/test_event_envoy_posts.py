"""A city inside an ambassador's title ("посол Италии в Лагосе": where his post is, as
`kg.resolve.titles` reads it) is no place of what he does; a city the text gives the
event itself stays its place (events78). Sentences of our own about other pairs of
states."""

from __future__ import annotations

import pytest

# (text, the talks' or meeting's (states, place))
CASES = [
    ("Посол Японии в Лагосе провёл переговоры с послом Италии в Лагосе.",
     ({"state/ITA", "state/JPN"}, "")),
    ("Посол Франции в Каире встретился с послом Германии в Каире.",
     ({"state/DEU", "state/FRA"}, "")),
    ("Министр иностранных дел Кении провёл переговоры с послом Индии в Найроби.",
     ({"state/IND", "state/KEN"}, "")),
    ("Премьер-министр Индии принял посла Японии в Нью-Дели Оно Кэйити.",
     ({"state/IND", "state/JPN"}, "")),
    # must not: a place the event's own words give
    ("В Лагосе посол Японии провёл переговоры с послом Италии.",
     ({"state/ITA", "state/JPN"}, "Лагос")),
    ("Посол Японии в Нигерии провёл в Лагосе переговоры с министром иностранных дел Нигерии.",
     ({"state/JPN", "state/NGA"}, "Лагос")),
    ("Посол Франции в Египте встретился в Каире с министром иностранных дел Египта.",
     ({"state/EGY", "state/FRA"}, "Каир")),
    ("Министр иностранных дел Турции провёл переговоры с коллегой из Египта в Каире.",
     ({"state/EGY", "state/TUR"}, "Каир")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), CASES)
def test_an_envoys_post_is_no_event_place(events, text: str, read: tuple) -> None:
    (met,) = [e for e in events(text, "2025-05-10") if e.kind in {"Talks", "Meeting"}]
    assert ({p for p in met.participants if p.startswith("state/")}, met.location) == read
