"""Days told relative to others: a sentence that opens with a bare "Накануне" tells of the
day before the one day the sentence before gives (not of the day before the document"s),
and a visit told as under way by "находящийся с визитом" on the subject of a dated verb is
on that verb"s day. Sentences of our own about other pairs of states, with cases that must
keep the document"s eve or take no day."""

from __future__ import annotations

import pytest

# document date, kind, date, text
CASES = [
    ("", "PhoneCall", "2025-05-13",
     "Президент Аргентины Хавьер Милей 14 мая 2025 года прибыл в Бразилиа. Накануне он "
     "провёл телефонный разговор с президентом Чили Габриэлем Боричем."),
    ("2025-05-20", "PhoneCall", "2025-05-13",
     "Президент Аргентины Хавьер Милей 14 мая 2025 года прибыл в Бразилиа. Накануне он "
     "провёл телефонный разговор с президентом Чили Габриэлем Боричем."),
    ("", "Visit", "2024-02-14",
     "Находящийся с визитом в Каире президент Турции Реджеп Тайип Эрдоган 14 февраля "
     "2024 года провёл переговоры с президентом Египта Абдель Фаттахом ас-Сиси."),
    ("", "OfficialVisit", "2025-04-28",
     "Премьер-министр Японии, находящийся с официальным визитом во Вьетнаме, 28 апреля "
     "2025 года провёл переговоры с президентом Вьетнама."),
    # must not: no day before (the document's eve), two days before, a day of its own, or no
    # day at all
    ("2025-05-20", "PhoneCall", "2025-05-19",
     "Президент Аргентины Хавьер Милей прибыл в Бразилиа. Накануне он провёл "
     "телефонный разговор с президентом Чили Габриэлем Боричем."),
    ("", "PhoneCall", "",
     "Президент Аргентины Хавьер Милей 13 мая 2025 года прибыл в Бразилиа, а 14 мая "
     "провёл переговоры. Накануне он провёл телефонный разговор с президентом Чили "
     "Габриэлем Боричем."),
    # a future verb's eve of a day after the document's is that day's eve
    ("2025-05-15", "Talks", "2025-05-24",
     "Визит премьер-министра Индии в Японию запланирован на 25 мая. Накануне министры "
     "иностранных дел Индии и Японии проведут переговоры в Токио."),
    # must not: a past verb's eve of a day after the document's is the document's eve
    ("2025-05-15", "Talks", "2025-05-14",
     "Визит премьер-министра Индии в Японию запланирован на 25 мая. Накануне министры "
     "иностранных дел Индии и Японии провели переговоры в Токио."),
    ("2025-03-10", "PhoneCall", "2025-03-09",
     "Президент Чили Габриэль Борич посетит Лиму 20 марта 2025 года. Накануне он провёл "
     "телефонный разговор с президентом Перу Диной Болуарте."),
    ("", "Talks", "2025-03-01",
     "Премьер-министр Индии 3 марта 2025 года прибыл в Париж. Накануне, 1 марта 2025 "
     "года, он провёл переговоры с канцлером Германии."),
    ("", "Visit", "",
     "Находящийся с визитом в Ханое премьер-министр Японии провёл переговоры с "
     "президентом Вьетнама."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "kind", "day", "text"), CASES)
def test_a_day_told_by_another(events, date: str, kind: str, day: str, text: str) -> None:
    (event,) = [e for e in events(text, date) if e.kind == kind]
    assert event.date == day


# document date, (status, date) of the call: "накануне визита" is that visit's eve, the day
# before the day its own phrase gives, else no day (not the document's); the visit's date
# and its plan are not the call's
EVE_OF_A_VISIT = [
    ("2025-10-23", ("occurred", ""),
     "Президент Франции Эммануэль Макрон 22 октября прибыл в Нью-Дели с государственным "
     "визитом. Накануне визита Макрон провёл телефонный разговор с премьер-министром Индии "
     "Нарендрой Моди."),
    ("2025-05-12", ("occurred", "2025-05-11"),
     "Накануне визита в Сеул, намеченного на 12 мая, президент Вьетнама То Лам провёл "
     "телефонный разговор с президентом Южной Кореи Ли Чжэ Мёном."),
    # must not: a visit's day after the document's tells the eve loosely ("in the run-up")
    ("2025-08-20", ("occurred", ""),
     "Накануне визита премьер-министра Индии в Японию, запланированного на 29 августа, "
     "Нарендра Моди провёл телефонный разговор с премьер-министром Японии Сигэру Исибой."),
    # must not: a call dated by its own words keeps its day
    ("2025-06-10", ("occurred", "2025-06-05"),
     "Накануне визита в Замбию президент Мозамбика Даниэл Чапо 5 июня провёл телефонный "
     "разговор с президентом Замбии Хакайнде Хичилемой."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "told", "text"), EVE_OF_A_VISIT)
def test_a_call_on_the_eve_of_a_visit(events, date: str, told: tuple, text: str) -> None:
    (call,) = [e for e in events(text, date) if e.kind == "PhoneCall"]
    assert (call.status, call.date) == told
