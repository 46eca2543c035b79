"""Named days of a fixed date ("в День взятия Бастилии" 14 July, "в День Победы" 9 May) are
dates as "14 июля" is: of the year written after them, else of the document's, moved by the
clause's tense. A day without a year takes the one year the event's other dates give ("В 2019
году X 9 мая посетил Пекин"), and a visit its year alone dates is on the day a verb of its
subject joined by "и" tells of that year. Sixty-ninth pass (h-places72); sentences of our own
about Japan–China, Egypt–Russia, Chile–Argentina, with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

from kg.extract.common.dates import find_dates

_DAY = "2026-02-03"

NAMED = [
    ("Парад прошёл в День взятия Бастилии.", "День взятия Бастилии", "2026-07-14", True),
    ("Министр выступил в День Бастилии в Париже.", "День Бастилии", "2026-07-14", True),
    ("Концерт прошёл в День Победы 2020 года.", "День Победы 2020 года", "2020-05-09", False),
    ("Президент уехал в Новый год прошлого года.", "Новый год", "2025-01-01", False),
    (
        "Акция прошла в Международный женский день.",
        "Международный женский день",
        "2026-03-08",
        True,
    ),
]


@pytest.mark.parametrize(("text", "told", "value", "yearless"), NAMED)
def test_a_named_day_is_its_date(text: str, told: str, value: str, yearless: bool) -> None:
    (d,) = find_dates(text, _DAY)
    assert (d.text, d.value, d.yearless) == (told, value, yearless)


NOT_NAMED = [
    "Парад прошёл в День независимости.",  # its date depends on the state
    "Стороны встретились в канун Нового года.",  # the eve: days before, not one day
    "Министры встретились накануне Дня Победы.",  # "накануне" + a noun: a preposition
    "В новый год страна войдёт с новым бюджетом.",  # lowercase: the year ahead
    "Рождество встретили в Вифлееме.",  # 25 December or 7 January: left out
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_no_date_without_a_named_day_of_the_table(text: str) -> None:
    assert not find_dates(text, _DAY)


_ABE = "В 2019 году премьер-министр Японии Синдзо Абэ "
_SISI = "В прошлом году президент Египта Абдель Фаттах ас-Сиси "

VISITS = [
    (_ABE + "9 мая посетил Пекин.", "2019-05-09"),  # the year of the sentence, not the tense's
    (_ABE + "посетил Пекин 9 мая.", "2019-05-09"),
    (_SISI + "посетил Москву и принял участие в военном параде в День Победы.", "2025-05-09"),
    (_SISI + "посетил Москву и провёл переговоры 12 марта 2025 года.", "2025-03-12"),
    # must-nots: a day of another year, of a clause after "а", of another subject
    (_SISI + "посетил Москву и провёл переговоры 12 марта 2023 года.", "2025"),
    (_ABE + "посетил Пекин, а в День Победы возложил венок в Токио.", "2019"),
    (_ABE + "посетил Пекин, и в День Победы министр Китая возложил венок.", "2019"),
]


@pytest.mark.parametrize(("text", "date"), VISITS)
def test_a_visit_takes_the_day_of_its_year(events, text: str, date: str) -> None:
    (visit,) = of_kind(events(text, _DAY), "Visit", "StateVisit")
    assert visit.date == date
