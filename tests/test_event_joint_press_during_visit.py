"""A joint press conference told after talks and then the visit that holds them ("провели в
среду переговоры в Джакарте … X прибыл в Индонезию во вторник с визитом. … — сказал X на
совместной пресс-конференции") is the talks': their day, place and both leaders; the visit
begun the day before is no question of which one. Must-nots: one of its own day and place
keeps them; one in a text of no talks stays as it is. Own sentences about Vietnam–Indonesia
and Egypt–Jordan (seventieth pass, h-events268)."""

from __future__ import annotations

import pytest
from fact_reads import person_keys

VIETNAM = (
    "Президент Вьетнама Лыонг Кыонг и президент Индонезии Прабово Субианто провели в среду "
    "переговоры в Джакарте. Лыонг Кыонг прибыл в Индонезию во вторник с государственным "
    "визитом. В аэропорту его встретил министр иностранных дел Индонезии Сугионо. "
)
EGYPT = (
    "Президент Египта Абдель Фаттах ас-Сиси и король Иордании Абдалла II провели во вторник "
    "переговоры в Аммане. Ас-Сиси прибыл в Иорданию в понедельник с официальным визитом, который "
    "продлится до 20 мая. "
)
_SAID = "«Наши страны — надёжные партнёры», — сказал {} на совместной пресс-конференции."

# (the text, the press conference's date, place, how many persons hold it)
PRESS = [
    (VIETNAM + _SAID.format("Лыонг Кыонг"), "2026-05-13", "Джакарта", 2),
    (EGYPT + _SAID.format("ас-Сиси"), "2026-05-12", "Амман", 2),
    # must not: a day and place of its own
    (EGYPT + "«Наши страны — надёжные партнёры», — сказал ас-Сиси на совместной "
     "пресс-конференции в Каире в пятницу.", "2026-05-08", "Каир", 1),
    # must not: no talks told, the visit's alone
    ("Лыонг Кыонг прибыл в Индонезию во вторник с государственным визитом. "
     + _SAID.format("Лыонг Кыонг"), "2026-05-12", "Индонезия", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "place", "persons"), PRESS)
def test_a_joint_press_conference_is_the_talks(
    events, text: str, day: str, place: str, persons: int
) -> None:
    read = events(text, "2026-05-13")
    (press,) = [e for e in read if e.kind == "Publication"]
    assert (press.date, press.location, len(person_keys(press))) == (day, place, persons)
