"""Periods and metrics of coordinated and partitive figures; sixty-fourth pass (h-claims116).

A coordinated object with a time of its own keeps it to itself ("стажировку 400 врачей и
открытие до 2028 года двух клиник": the 400 took 2028), and a fund after a later conjunct is
that conjunct's, not the first one's ("обмене студентами и создании фонда объёмом …" gave
"ежегодный обмен"). A part ", из которых 400 млн предоставит Китай" is the money the verb
names, not the whole's "стоимость порта". A credit named by its instrument ("кредитную линию
в 1,2 млрд долларов") is that instrument, not "выделенные средства". A growth "за пять лет"
gets no period (claims.md: never a calendar period). Own sentences about Japan–Mongolia,
India–Nepal, China–Pakistan, China–Laos, Ghana–Togo, Chile–Peru."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

PERIODS = ("metric", "value", "period")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # musts (the first conjunct's figure took the later one's date)
        ("Программа Японии и Монголии предусматривает ежегодную стажировку 400 врачей и "
         "открытие до 2028 года ещё двух клиник.",
         [("врачи", 400, ""), ("клиники", 2, "2028")]),
        ("Соглашение Индии и Непала предусматривает поставку 40 тыс. тонн риса и открытие к "
         "2028 году пяти торговых домов.",
         [("поставка риса", 40000, ""), ("торговые дома", 5, "2028")]),
        ("Программа Японии и Монголии предусматривает стажировку 500 преподавателей в 2027 году "
         "и открытие трёх филиалов.",
         [("преподаватели", 500, "2027"), ("филиалы", 3, "")]),
        # must-nots: a date fronted before both, a date on the head before the conjuncts
        ("В 2027 году программа Японии и Монголии предусматривает стажировку 500 преподавателей "
         "и открытие трёх филиалов.",
         [("преподаватели", 500, "2027"), ("филиалы", 3, "2027")]),
        ("Соглашение Индии и Непала предусматривает поставки в 2027 году 40 тыс. тонн риса.",
         [("поставки риса", 40000, "2027")]),
    ],
)  # fmt: skip
def test_claims_coordinated_object_periods(analyse, text, rows):
    assert claim_rows(analyse, text, PERIODS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # must (was "ежегодный обмен")
        ("Стороны договорились о ежегодном обмене 200 студентами и создании до 2027 года "
         "совместного фонда объёмом 100 млн долларов.",
         [("совместный фонд", 100_000_000, "2027"), ("студенты", 200, "")]),
        # must-not: a genitive chain with no conjunct still climbs to its head
        ("Токио согласился предоставить Маниле пять патрульных катеров береговой охраны "
         "стоимостью 60 млрд иен.",
         [("патрульные катера береговой охраны", 5, ""),
          ("стоимость патрульных катеров береговой охраны", 60_000_000_000, "")]),
    ],
)  # fmt: skip
def test_claims_fund_of_later_conjunct(analyse, text, rows):
    assert claim_rows(analyse, text, PERIODS) == rows


METRICS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # musts (the part was the whole's "стоимость …" / "бюджет …")
        ("Стоимость порта в Гане оценивается в 600 млн евро, из которых 400 млн предоставит "
         "Китай.",
         [("выделенные средства", 400_000_000), ("стоимость порта", 600_000_000)]),
        ("Бюджет программы Японии и Монголии составляет 90 млн долларов, из которых 60 млн "
         "выделила Япония.",
         [("бюджет программы", 90_000_000), ("выделенные средства", 60_000_000)]),
        ("Стоимость дороги между Ганой и Того оценивается в 300 млн долларов, из которых 200 млн "
         "долларов выделит Всемирный банк.",
         [("выделенные средства Всемирного банка", 200_000_000),
          ("стоимость дороги", 300_000_000)]),
        # must-nots: a part no verb of money names stays the whole's; an accounted part
        ("Бюджет программы Японии и Монголии составляет 90 млн долларов, из которых 60 млн уже "
         "освоены.",
         [("бюджет программы", 60_000_000), ("бюджет программы", 90_000_000)]),
        ("Товарооборот Чили и Перу составил 560 млн долларов, из которых на экспорт пришлось "
         "310 млн.",
         [("товарооборот", 560_000_000), ("экспорт", 310_000_000)]),
    ],
)  # fmt: skip
def test_claims_granted_parts(analyse, text, rows):
    assert claim_rows(analyse, text, METRICS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # must (was "выделенные средства")
        ("Индия предоставила Непалу кредитную линию в 1,2 млрд долларов.",
         [("кредитная линия", 1_200_000_000)]),
        # must-nots: a line opened, a bare sum, a purpose, a named loan, a paper's sum
        ("Китай открыл Пакистану кредитную линию на 2 млрд долларов.",
         [("кредитная линия", 2_000_000_000)]),
        ("Индия предоставила Непалу 2,5 млрд долларов.", [("выделенные средства", 2_500_000_000)]),
        ("Китай выделил Пакистану 50 млн долларов на строительство больницы.",
         [("строительство больницы", 50_000_000)]),  # h-claims131: the act, no credit
        ("Китай предоставил Лаосу льготный заём в 500 млн юаней.",
         [("льготный заём", 500_000_000)]),
        ("Индия подписала с Непалом соглашение на 300 млн долларов.",
         [("соглашение", 300_000_000)]),
    ],
)  # fmt: skip
def test_claims_named_credit(analyse, text, rows):
    assert claim_rows(analyse, text, METRICS) == rows


def test_claims_growth_over_years_has_no_period(analyse):
    """ "за пять лет" is a calendar stretch, never a period (claims.md): no year is guessed."""
    rows = claim_rows(
        analyse, "Товарооборот Чили и Перу за пять лет вырос почти вдвое.", PERIODS, "2026-11-20"
    )
    assert rows == [("рост товарооборота", 2, "")]
