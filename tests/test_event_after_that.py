"""A sentence that opens with "После" and what the sentence before told on one day ("После
церемонии", "После переговоров", "После этого") tells of that day: its events with no time
of their own take it, not the dateline's. Sentences of our own about other pairs of states,
with must-not cases (after a visit, which lasts days; a day of its own)."""

from __future__ import annotations

import pytest

# document date, kind, date, text
CASES = [
    ("2025-07-18", "Talks", "2025-07-17",
     "Генеральный секретарь ЦК Компартии Вьетнама То Лам в четверг принял участие в церемонии "
     "открытия нового здания парламента Лаоса. После церемонии лидеры двух стран провели "
     "переговоры."),
    ("2025-03-12", "PhoneCall", "2025-03-10",
     "Министры иностранных дел Индии и Японии 10 марта провели переговоры в Токио. После этого "
     "японский министр провёл телефонный разговор с главой МИД Австралии."),
    ("2025-06-09", "Talks", "2025-06-06",
     "Президент Сербии в пятницу принял участие в церемонии открытия моста через Дунай. После "
     "церемонии президенты Сербии и Венгрии провели переговоры."),
    # must not: after a visit, which lasts days; a day of its own
    ("2025-03-12", "PhoneCall", "2025-03-12",
     "Президент Египта 10 марта прибыл в Анкару. После визита в Турцию египетский лидер провёл "
     "телефонный разговор с президентом Франции."),
    ("2025-06-09", "Talks", "2025-06-08",
     "Президент Сербии в пятницу принял участие в церемонии открытия моста через Дунай. После "
     "церемонии президенты Сербии и Венгрии в воскресенье провели переговоры."),
    # must not: what is yet to come after it (review20)
    ("2025-03-05", "Visit", "",
     "Премьер-министр Индии 3 марта провёл переговоры с президентом Франции в Париже. После "
     "этого он посетит Германию."),
    ("2025-03-05", "Talks", "",
     "Президент Кении 3 марта принял участие в церемонии открытия порта в Момбасе. После "
     "церемонии он проведёт переговоры с президентом Танзании."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "kind", "day", "text"), CASES)
def test_after_what_was_told_that_day(events, date: str, kind: str, day: str, text: str):
    (event,) = [e for e in events(text, date) if e.kind == kind]
    assert event.date == day
