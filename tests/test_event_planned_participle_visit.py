"""A visit noun dated by its own participle of a plan the parser hung elsewhere ("подготовку
визита президента Перу в Кито, запланированного на март следующего года, а также работу
комиссии"), and its place hung on a later noun; a visit under way whose end is told ahead
("прибыл в Малайзию с визитом. … завершит визит в среду посещением парка в городе X") is no
new planned visit and keeps its own place. Own sentences about Peru–Ecuador, Jordan–Egypt,
Indonesia–Malaysia, with must-nots (sixty-third pass, h-events224)."""

from __future__ import annotations

import pytest

from kg.extract.events import VISITS

_DEC = "2026-12-02"
_NOV = "2026-11-24"  # a Tuesday

# (document date, text, the visits read: (status, date, location, host))
CASES = [
    # a participle the parser hung on a later noun it does not agree with; "в Кито" too
    (_DEC,
     "Министры обсудили подготовку визита президента Перу в Кито, запланированного на март "
     "следующего года, а также работу совместной комиссии по пограничным вопросам.",
     [("planned", "2027-03", "Кито", "state/ECU")]),
    # the visit prepared for is the occasion of the talks, its participle still its own
    (_DEC,
     "Послы обсудили подготовку визита короля Иордании в Каир, запланированного на март.",
     [("planned", "2027-03", "Каир", "state/EGY")]),
    # hung on the visitor's title: a person is not planned
    (_DEC,
     "Стороны обсудили подготовку визита президента Индонезии в Куала-Лумпур, намеченного на "
     "февраль следующего года.",
     [("planned", "2027-02", "Куала-Лумпур", "state/MYS")]),
    # must not: a participle of no plan, one agreeing with a nearer noun; a place in the
    # locative hung on a later verb
    (_DEC,
     "Министры обсудили подготовку визита президента Перу в Кито, а также работу комиссии, "
     "созданной в марте.",
     [("planned", "", "Кито", "state/ECU")]),
    (_DEC,
     "Министры обсудили подготовку визита президента Перу в Эквадор и программу форума, "
     "запланированного на март.",
     [("planned", "", "Эквадор", "state/ECU")]),
    (_DEC,
     "Министры обсудили визит президента Перу в Кито, запланированный на март следующего года.",
     [("planned", "2027-03", "Кито", "state/ECU")]),
    # the end of a visit under way told ahead: no planned visit, the visit keeps its place
    (_NOV,
     "Президент Индонезии Прабово Субианто прибыл в Малайзию с официальным визитом. Президент "
     "Индонезии завершит визит в среду посещением промышленного парка в городе Джохор-Бару.",
     [("occurred", _NOV, "Малайзия", "state/MYS")]),
    (_NOV,
     "В рамках официального визита президента Индонезии Прабово Субианто в Малайзию в "
     "Куала-Лумпуре состоялся бизнес-форум. Президент Индонезии завершит визит в среду "
     "посещением промышленного парка в городе Джохор-Бару.",
     [("occurred", _NOV, "Малайзия", "state/MYS")]),
    (_NOV,
     "Король Иордании Абдалла II прибыл в Египет с государственным визитом. Король завершит "
     "визит в четверг поездкой в Александрию.",
     [("occurred", _NOV, "Египет", "state/EGY")]),
    # must not: the next trip after the end stays planned; a visit ahead with none under way;
    # an end told ahead alone
    (_NOV,
     "Президент Индонезии Прабово Субианто прибыл в Малайзию с официальным визитом. Завершив "
     "визит в Малайзию, президент Индонезии отправится в Сингапур.",
     [("occurred", _NOV, "Малайзия", "state/MYS"), ("planned", "", "Сингапур", "state/SGP")]),
    (_NOV,
     "Президент Индонезии Прабово Субианто провёл переговоры с премьер-министром Малайзии "
     "Анваром Ибрагимом в Джакарте. В среду Анвар Ибрагим посетит Бандунг.",
     [("planned", "2026-11-25", "Бандунг", "state/IDN")]),
    (_NOV,
     "Президент Индонезии Прабово Субианто завершит визит в Малайзию в среду.",
     [("planned", "2026-11-25", "Малайзия", "state/MYS")]),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "visits"), CASES)
def test_planned_participle_and_ended_visits(events, day: str, text: str, visits: list) -> None:
    read = [e for e in events(text, day) if e.kind in VISITS]
    assert [(e.status, e.date, e.location, e.host) for e in read] == visits
