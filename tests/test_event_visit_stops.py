"""A city of the host state the visitor goes to "также", "затем" or "в ходе визита" while his
visit is the news: a stop of that visit, dated within its days, never a visit of no date; and
an invitee the parser hangs on the infinitive ("пригласил Лулу посетить Сантьяго"). Sentences
of our own, about pairs of our own choice; must-nots beside (h-events167)."""

from __future__ import annotations

import pytest

_KENYA = (
    "Кампала, 12 марта 2026 года. Президент Кении Уильям Руто прибыл в среду в Уганду с "
    "двухдневным государственным визитом. В аэропорту Энтеббе его встретил министр "
    "иностранных дел Уганды Джеджe Одонго.\n\nЛидеры двух стран обсудили торговлю и "
    "строительство железной дороги.\n\n"
)
_BRAZIL = (
    "Сантьяго, 6 мая 2026 года. Президент Бразилии Луис Инасиу Лула да Силва прибыл в "
    "понедельник в Чили с трёхдневным официальным визитом. В аэропорту его встретил министр "
    "иностранных дел Чили Альберто ван Клаверен.\n\nСтороны обсудили торговлю медью.\n\n"
)
_SPAIN = (
    "Мадрид, 11 мая 2026 года. Президент Аргентины Хавьер Милей прибыл 10 мая с визитом в "
    "Испанию. В аэропорту его встретил министр иностранных дел Испании Хосе Мануэль Альбарес."
    "\n\nСтороны обсудили инвестиции.\n\n"
)
_LATE_MAY = (
    "Сантьяго, 1 июня 2026 года. Президент Бразилии Луис Инасиу Лула да Силва прибыл 30 мая "
    "в Чили с трёхдневным официальным визитом. В аэропорту его встретил министр иностранных "
    "дел Чили Альберто ван Клаверен.\n\nСтороны обсудили торговлю медью.\n\n"
)

# (text, the document's date, the stop's place, its date, the whole's place)
STOPS = [
    (_KENYA + "Руто также посетил город Джинджа, где осмотрел гидроэлектростанцию.",
     "2026-03-12", "Джинджа", "2026-03", "Уганда"),
    (_BRAZIL + "Затем Лула посетил город Вальпараисо.",
     "2026-05-06", "Вальпараисо", "2026-05", "Чили"),
    (_BRAZIL + "Лула провёл переговоры с президентом Чили, после чего посетил город Вальпараисо.",
     "2026-05-06", "Вальпараисо", "2026-05", "Чили"),
    (_SPAIN + "В ходе визита Милей также посетил Барселону.",
     "2026-05-11", "Барселона", "2026-05-10", "Испания"),
    # a visit of days that may run into the next month: its year
    (_LATE_MAY + "Лула также посетил город Вальпараисо.",
     "2026-06-01", "Вальпараисо", "2026", "Чили"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "place", "date", "whole"), STOPS)
def test_a_city_of_the_host_is_a_stop_of_the_visit(
    events, text: str, day: str, place: str, date: str, whole: str
) -> None:
    visits = [e for e in events(text, day) if e.kind.endswith("Visit")]
    (stop,) = [v for v in visits if v.location == place]
    assert stop.date == date
    assert [v.location for v in visits if v is not stop] == [whole]


# must not: a visit of its own year, to another state, or by another person is no stop
NOT_STOPS = [
    (_KENYA + "В прошлом году Руто также посетил город Джинджа.", "2026-03-12", "Джинджа",
     "2025"),
    (_BRAZIL + "Затем Лула посетил Буэнос-Айрес.", "2026-05-06", "Буэнос-Айрес", ""),
    (_BRAZIL + "Президент Аргентины Хавьер Милей также посетил Вальпараисо.", "2026-05-06",
     "Вальпараисо", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "place", "date"), NOT_STOPS)
def test_a_visit_apart_is_no_stop(events, text: str, day: str, place: str, date: str) -> None:
    visits = [e for e in events(text, day) if e.kind.endswith("Visit")]
    (other,) = [v for v in visits if v.location == place]
    assert other.date == date


# "пригласил X посетить Y", the invitee hung on the infinitive: X's planned visit to Y
INVITED = [
    ("Премьер-министр Японии Санаэ Такаити назвала Австралию партнёром. Премьер-министр "
     "Австралии пригласил Такаити посетить Канберру.", "state/AUS"),
    ("Премьер-министр Японии Санаэ Такаити назвала Филиппины партнёром. Президент Филиппин "
     "пригласил Такаити посетить Манилу.", "state/PHL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host"), INVITED)
def test_the_invitee_on_the_infinitive_visits(events, text: str, host: str) -> None:
    visits = [e for e in events(text, "2026-05-06") if e.kind == "Visit"]
    assert [(v.visitor, v.host, v.status) for v in visits] == [
        ("person/sanae-takaichi", host, "planned")
    ]


_VIETNAM = (
    "Ханой, 14 апреля 2026 года. Премьер-министр Японии Санаэ Такаити прибыла во Вьетнам с "
    "официальным визитом.\n\nСтороны обсудили инвестиции.\n\nТакаити также посетила город "
    "Хошимин. "
)

# a stop, still undated when the hits are grouped, and a trip of another time to another city
# of the host: two visits, the stop of the visit's date (h-events174); (text, day, {place: date})
STOP_AND_TRIP = [
    (_KENYA + "Руто также посетил город Джинджа. В прошлом году Руто посетил город Мбарара.",
     "2026-03-12", {"Уганда": "2026-03-11", "Джинджа": "2026-03", "Мбарара": "2025"}),
    (_VIETNAM + "В прошлом году Такаити посетила Дананг.", "2026-04-14",
     {"Ханой": "2026-04-14", "Хошимин": "2026-04-14", "Дананг": "2025"}),
    # the visit the lead reports, undated while grouped, is no trip of an earlier year
    (_VIETNAM + "В 2024 году Такаити посетила Дананг.", "2026-04-14",
     {"Ханой": "2026-04-14", "Хошимин": "2026-04-14", "Дананг": "2024"}),
    # must not: a trip told with no time of its own is still the stop told again
    (_VIETNAM + "В Хошимине Такаити посетила завод.", "2026-04-14",
     {"Ханой": "2026-04-14", "Хошимин": "2026-04-14"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "dates"), STOP_AND_TRIP)
def test_a_stop_is_no_trip_of_another_time(
    events, text: str, day: str, dates: dict[str, str]
) -> None:
    visits = [e for e in events(text, day) if e.kind.endswith("Visit")]
    assert {v.location: v.date for v in visits} == dates
    assert len(visits) == len(dates)
