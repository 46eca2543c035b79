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
