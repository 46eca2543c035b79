"""Claims (h-claims129): a count in a clause of its own after ", а" or ";" is never measured by
the subject of the clause before, however the parse hangs it; a weekday in a clause whose verb
is a future is the next such day; a count "из N человек" sizes the band it follows ("группа
спасателей из 40 человек"); a count that "числится/считается" a fate has that fate ("пропавшие
без вести"); a headline's grant the body tells by another verb of granting between the same two
states is one claim, the body's. Own sentences about Turkey–Iraq, Egypt–Sudan, Oman–India,
Nepal–India, Laos–China, Peru–Chile, Korea–Vietnam, India–Sri Lanka."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

from kg.extract.common.dates import find_dates

FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Товарооборот двух стран в 2024 году составил около 19 млрд долларов, а в Турции "
            "работают более 2,5 млн иракцев.",
            [("иракцы", 2500000, "иракец"), ("товарооборот", 19000000000, "USD")],
        ),
        (
            "Товарооборот двух стран в 2023 году составил около 1,2 млрд долларов, а в Египте "
            "трудятся более 4 млн суданцев.",
            [("суданцы", 4000000, "суданец"), ("товарооборот", 1200000000, "USD")],
        ),
        # must-nots: a measure that is the count's own value, a contrast with no verb of its own
        (
            "Численность армии Перу составляет 80 тысяч военнослужащих.",
            [("численность армии", 80000, "военнослужащий")],
        ),
        (
            "Товарооборот вырос до 3 млрд долларов, а импорт — до 1 млрд долларов.",
            [("импорт", 1000000000, "USD"), ("товарооборот", 3000000000, "USD")],
        ),
    ],
)
def test_count_of_its_own_clause(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Группа индийских спасателей вылетит в Катманду в субботу.", "2025-11-08"),
        ("В понедельник делегация Чили вылетит в Лиму.", "2025-11-10"),
        # must-nots: a past verb, a verb of another clause, a bare noun-or-verb form
        ("В понедельник делегация Чили прибыла в Лиму.", "2025-11-03"),
        ("Министр заявил в субботу, что спасатели вылетят в Катманду.", "2025-11-01"),
        ("В пятницу стали известны итоги выборов.", "2025-10-31"),
    ],
)
def test_weekday_of_a_future_verb(text: str, day: str) -> None:
    # the document's day is a Thursday
    assert [d.value for d in find_dates(text, "2025-11-06")] == [day]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Группа индийских спасателей из 40 человек вылетит в Катманду в субботу.",
            [("группа индийских спасателей", 40, "человек", "2025-11-08", "forecast")],
        ),
        (
            "Бригада китайских врачей из 25 человек работает в Лаосе.",
            [("бригада китайских врачей", 25, "человек", "", "actual")],
        ),
        # must-nots: people joining a band, people out of a band
        ("В команду вошли 12 человек.", [("вошедшие", 12, "человек", "", "actual")]),
        (
            "Около 200 человек из группы эвакуированы.",
            [("эвакуированные", 200, "человек", "", "actual")],
        ),
    ],
)
def test_band_sized_by_its_count(analyse, text: str, rows: list[tuple]) -> None:
    fields = (*FIELDS, "period", "status")
    assert claim_rows(analyse, text, fields, date="2025-11-06") == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В результате наводнения погибли 40 человек, ещё 12 считаются пропавшими без вести.",
            [("погибшие", 40, "человек"), ("пропавшие без вести", 12, "человек")],
        ),
        (
            "По данным властей, 70 человек погибли, ещё 25 числятся пропавшими без вести.",
            [("погибшие", 70, "человек"), ("пропавшие без вести", 25, "человек")],
        ),
        (
            "Ещё 30 человек числятся пропавшими без вести.",
            [("пропавшие без вести", 30, "человек")],
        ),
        # must-not: a verb of reckoning with no fate
        (
            "Около 15 человек считаются лучшими специалистами страны.",
            [("считающиеся", 15, "человек")],
        ),
    ],
)
def test_count_reckoned_by_a_fate(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Южная Корея выделит Вьетнаму 3 млн долларов после наводнения\n"
            "Правительство Южной Кореи решило предоставить Вьетнаму гуманитарную помощь на сумму "
            "3 млн долларов для ликвидации последствий наводнения.",
            [("гуманитарная помощь", 3000000, "USD")],
        ),
        (
            "Индия направит Шри-Ланке 5 млн долларов на восстановление после циклона\n"
            "Власти Индии приняли решение выделить Шри-Ланке срочную помощь в размере 5 млн "
            "долларов.",
            [("срочная помощь", 5000000, "USD")],
        ),
        # must-nots: a verb of receiving in the body; a grant to another state
        (
            "Индия направит Шри-Ланке 5 млн долларов на восстановление после циклона\n"
            "Ранее Шри-Ланка получила от Индии кредит на 5 млн долларов.",
            [("выделенные средства", 5000000, "USD"), ("кредит", 5000000, "USD")],
        ),
        (
            "Индия направит Шри-Ланке 5 млн долларов на восстановление после циклона\n"
            "Ранее Индия выделила Мальдивам помощь в размере 5 млн долларов.",
            [("выделенные средства", 5000000, "USD"), ("помощь", 5000000, "USD")],
        ),
    ],
)
def test_headline_grant_told_again(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, FIELDS) == rows
