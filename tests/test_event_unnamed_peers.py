"""Talks with a colleague the text does not name ("провёл переговоры с египетским коллегой")
and a meeting the same day with a person of that side ("также встретился с президентом
Египта") are two events: the meeting no longer merges into the talks and makes the
president the colleague. Sentences of our own about other pairs of states; talks told again
by their noun, or with the colleague named, stay one."""

from __future__ import annotations

import pytest

# text, the (kind, number of persons) of each talks or meeting kg reads, in order
CASES = [
    ("Министр иностранных дел Турции Хакан Фидан 14 мая прибыл в Каир. Глава турецкого МИД "
     "провёл переговоры со своим египетским коллегой. Турецкий министр также встретился с "
     "президентом Египта.", [("Talks", 1), ("Meeting", 2)]),
    ("Министр иностранных дел Индии Субраманьям Джайшанкар 10 апреля провёл в Париже "
     "переговоры с французским коллегой. Затем Джайшанкар встретился с президентом Франции "
     "Эмманюэлем Макроном.", [("Talks", 1), ("Meeting", 2)]),
    ("Министр обороны Японии Гэн Накатани 21 июля провёл в Маниле переговоры с филиппинским "
     "коллегой. Позже Накатани встретился с президентом Филиппин Фердинандом Маркосом.",
     [("Talks", 1), ("Meeting", 2)]),
    # must not part: the talks told again, the colleague named
    ("Министр иностранных дел Турции Хакан Фидан 14 мая провёл в Каире переговоры со своим "
     "египетским коллегой. В ходе переговоров министры обсудили ситуацию в Газе.",
     [("Talks", 1)]),
    ("Министр иностранных дел Турции Хакан Фидан 14 мая провёл в Каире переговоры с "
     "египетским коллегой. Переговоры Фидана и Абдель Аты продлились три часа.",
     [("Talks", 2)]),
    ("Министр иностранных дел Египта Бадр Абдель Аты 10 марта провёл в Каире переговоры с "
     "турецким коллегой Хаканом Фиданом. Позже Фидана принял президент Египта Абдель Фаттах "
     "ас-Сиси.", [("Talks", 2), ("Meeting", 2)]),
    # the colleague, a holder of the same office, named in the meeting told after
    ("Министр иностранных дел Польши Радослав Сикорский 3 июня провёл переговоры со своим "
     "литовским коллегой в Вильнюсе. Встреча Радослава Сикорского и министра иностранных дел "
     "Литвы Габриэлюса Ландсбергиса продлилась два часа.", [("Talks", 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), CASES)
def test_an_unnamed_colleague_is_no_one_met_later(
    events, text: str, read: list[tuple[str, int]]
) -> None:
    found = [e for e in events(text, "2025-07-21") if e.kind in {"Talks", "Meeting"}]
    assert [(e.kind, sum(p.startswith("person/") for p in e.participants)) for e in found] == read
