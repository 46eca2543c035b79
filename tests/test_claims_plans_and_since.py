"""Numeric claims: a grant told in the future passive is a plan, a future arrival or joining a
forecast; a sentence opening with "При этом" goes on with the period of a figure of the one
before (not with a date of something else there); a lone "с 2015 года" runs to the
document's date, and a step of a schedule dated before it is in force; verbs of giving money
name it; a condition's verb is no plan of a figure outside it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "period", "status")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a grant or spending in the future passive is a plan, a target
        (
            "Кредит будет предоставлен Вьетнаму на 30 лет под 0,5% годовых.",
            [
                ("процентная ставка", Decimal("0.5"), "percent", "", "target"),
                ("срок кредита", Decimal(30), "год", "", "target"),
            ],
        ),
        (
            "Средства в размере 2 млрд долларов будут выделены Египту в течение трёх лет.",
            [
                ("средства", Decimal(2000000000), "USD", "", "target"),
                ("срок", Decimal(3), "год", "", "target"),
            ],
        ),
        (
            "Кредит будет выдан Сербии под 3% годовых.",
            [("процентная ставка", Decimal(3), "percent", "", "target")],
        ),
        # a future joining or arrival forecasts what it counts
        (
            "В новый пакет военной помощи Норвегии Польше войдут четыре системы ПВО.",
            [("системы ПВО", Decimal(4), "система", "", "forecast")],
        ),
        (
            "Первая партия из 12 истребителей прибудет в Индию в течение двух месяцев.",
            [
                ("истребители", Decimal(12), "истребитель", "", "forecast"),
                ("срок", Decimal(2), "месяц", "", "forecast"),
            ],
        ),
        # must not: the past stays actual
        (
            "Кредит был предоставлен Египту на 10 лет под 2% годовых.",
            [
                ("процентная ставка", Decimal(2), "percent", "", "actual"),
                ("срок кредита", Decimal(10), "год", "", "actual"),
            ],
        ),
        (
            "В пакет помощи Японии Филиппинам вошли четыре патрульных катера.",
            [("патрульные катера", Decimal(4), "катер", "", "actual")],
        ),
        # must not: a future passive of no verb of giving is no plan
        (
            "Если памятник в Лиме не купят, он будет переплавлен, так как содержит 3 тонны бронзы.",
            [("бронза", Decimal(3), "тонна", "", "actual")],
        ),
    ],
)
def test_future_plans(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence opening with "При этом" goes on with the date of the one before
        (
            "В 2023 году товарооборот Чили и Перу составил 4,1 млрд долларов. При этом экспорт "
            "Чили в Перу достиг 2,3 млрд долларов.",
            [
                ("товарооборот", Decimal(4100000000), "USD", "2023", "actual"),
                ("экспорт", Decimal(2300000000), "USD", "2023", "actual"),
            ],
        ),
        (
            "В первом квартале 2024 года Египет посетили 3,5 млн туристов. При этом число "
            "туристов из Турции выросло на 20%.",
            [
                ("рост числа туристов", Decimal(20), "percent", "2024-01/2024-03", "actual"),
                ("туристы", Decimal(3500000), "турист", "2024-01/2024-03", "actual"),
            ],
        ),
        # must not: a time or a tense of its own
        (
            "В 2020 году Япония и Вьетнам подписали соглашение о торговле. При этом сейчас "
            "товарооборот составляет 50 млрд долларов.",
            [("товарооборот", Decimal(50000000000), "USD", "", "actual")],
        ),
        (
            "В 2023 году товарооборот Японии и Вьетнама составил 50 млрд долларов. При этом "
            "в ближайшие годы он может вырасти до 70 млрд долларов.",
            [
                ("товарооборот", Decimal(50000000000), "USD", "2023", "actual"),
                ("товарооборот", Decimal(70000000000), "USD", "", "forecast"),
            ],
        ),
        # must not: a date that is no figure's period before (a visit's day)
        (
            "Премьер-министр Японии посетил Вьетнам 28 февраля. При этом товарооборот между "
            "странами составил 50 млрд долларов.",
            [("товарооборот", Decimal(50000000000), "USD", "", "actual")],
        ),
        (
            "В 2023 году президент Чили посетил Перу. При этом товарооборот между странами "
            "составил 4,1 млрд долларов.",
            [("товарооборот", Decimal(4100000000), "USD", "", "actual")],
        ),
        # must not: a date of its own is the period
        (
            "В 2023 году товарооборот Чили и Перу составил 4,1 млрд долларов. При этом в 2022 "
            "году он достигал 4,5 млрд долларов.",
            [
                ("товарооборот", Decimal(4100000000), "USD", "2023", "actual"),
                ("товарооборот", Decimal(4500000000), "USD", "2022", "actual"),
            ],
        ),
    ],
)
def test_continued_period(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS, "2025-03-10") == expected


_CARS = (
    "Пошлина на ввоз автомобилей из Китая в Турцию вырастет постепенно: с 1 января 2024 года "
    "— 12 %, с 1 января 2026 года — 20 %."
)


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # a lone "с"-date runs to the document's date, no period of the year it starts
        (
            "С 2015 года Япония инвестировала во Вьетнам более 20 млрд долларов.",
            "2025-03-10",
            [("инвестиции", Decimal(20000000000), "USD", "2015/2025-03", "actual")],
        ),
        (
            "С начала 2024 года Индия закупила во Франции вооружений на 8 млрд евро.",
            "2025-03-10",
            [("закупки вооружений", Decimal(8000000000), "EUR", "2024/2025-03", "actual")],
        ),
        # must not: never guessed without a document date
        (
            "С 2010 года Турция выделила Египту 1,5 млрд долларов помощи.",
            "",
            [("помощь", Decimal(1500000000), "USD", "", "actual")],
        ),
        # must not: a start after the document's date, or each step of a schedule, stays that
        # date; "с … по" is its interval
        (
            "С 1 июля пошлина на японские автомобили в Индонезии составит 25%.",
            "2025-03-10",
            [("пошлина", Decimal(25), "percent", "2025-07-01", "forecast")],
        ),
        (
            "Ставка пошлины на вьетнамский рис в Японии повышалась постепенно: с 1 января 2024 "
            "года — 12%, а с 1 июля 2024 года — 15%.",
            "2025-03-10",
            [
                ("ставка пошлины", Decimal(12), "percent", "2024-01-01", "actual"),
                ("ставка пошлины", Decimal(15), "percent", "2024-07-01", "actual"),
            ],
        ),
        (
            "С 2010 по 2015 год Китай выделил Сербии 2 млрд евро.",
            "2025-03-10",
            [("выделенные средства", Decimal(2000000000), "EUR", "2010/2015", "actual")],
        ),
        # a step of a schedule dated before the document's date is the level in force
        (
            _CARS,
            "2025-03-10",
            [
                ("пошлина", Decimal(12), "percent", "2024-01-01", "actual"),
                ("пошлина", Decimal(20), "percent", "2026-01-01", "forecast"),
            ],
        ),
        (
            "Ставка ввозной пошлины на индийский рис в Бангладеш снизится поэтапно: с 1 июля "
            "2024 года — 15 %, с 1 июля 2025 года — 10 %.",
            "2025-03-10",
            [
                ("ставка ввозной пошлины", Decimal(10), "percent", "2025-07-01", "forecast"),
                ("ставка ввозной пошлины", Decimal(15), "percent", "2024-07-01", "actual"),
            ],
        ),
        (
            "Квота на экспорт зерна из Аргентины в Бразилию увеличится поэтапно: в 2024 году — "
            "2 млн тонн, в 2026 году — 3 млн тонн.",
            "2025-09-01",
            [
                ("квота", Decimal(2000000), "тонна", "2024", "actual"),
                ("квота", Decimal(3000000), "тонна", "2026", "forecast"),
            ],
        ),
        # must not: no document date, a date that leads no step; a step of the document's own
        # year (2025, the flights') is still ahead
        (
            _CARS,
            "",
            [
                ("пошлина", Decimal(12), "percent", "2024-01-01", "forecast"),
                ("пошлина", Decimal(20), "percent", "2026-01-01", "forecast"),
            ],
        ),
        (
            "По прогнозу МВФ, в 2024 году ВВП Египта вырастет на 3 %.",
            "2025-03-10",
            [("рост ВВП", Decimal(3), "percent", "2024", "forecast")],
        ),
        (
            "Число рейсов между Вьетнамом и Японией вырастет: в 2024 году — 120 в неделю, в "
            "2025 году — 150.",
            "2025-03-10",
            [
                ("рейсы", Decimal(120), "рейс", "2024", "actual"),
                ("рейсы", Decimal(150), "рейс", "2025", "forecast"),
            ],
        ),
    ],
)
def test_since(analyse, text, date, expected):
    assert claim_rows(analyse, text, _FIELDS, date) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of giving money names it as "выделить" does
        (
            "В 2023 году Франция передала Марокко 150 млн евро.",
            [("выделенные средства", Decimal(150000000), "EUR", "2023", "actual")],
        ),
        (
            "Германия перечислила Иордании 80 млн евро в 2022 году.",
            [("выделенные средства", Decimal(80000000), "EUR", "2022", "actual")],
        ),
        (
            "С 2014 года Япония предоставила Вьетнаму 2,5 млрд долларов.",
            [("выделенные средства", Decimal(2500000000), "USD", "2014/2025-03", "actual")],
        ),
        (
            "Япония предоставит Индонезии 1,2 млрд долларов в 2026 году.",
            [("выделенные средства", Decimal(1200000000), "USD", "2026", "target")],
        ),
        # must not: a noun of its own names it; goods weighed are no money
        (
            "Китай предоставил Пакистану кредит в размере 2 млрд долларов.",
            [("кредит", Decimal(2000000000), "USD", "", "actual")],
        ),
        (
            "Франция передала Марокко 50 тонн муки.",
            [("мука", Decimal(50), "тонна", "", "actual")],
        ),
        (
            "Индия выделила Непалу 30 тонн риса.",
            [("рис", Decimal(30), "тонна", "", "actual")],
        ),
        (
            "Германия передала Польше 14 танков.",
            [("танки", Decimal(14), "танк", "", "actual")],
        ),
    ],
)
def test_grant_metrics(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS, "2025-03-10") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of a condition is no plan of a figure outside it
        (
            "Если Сербия не продаст завод, его закроют, хотя на нем работают 2 тысячи человек.",
            [("работающие", Decimal(2000), "человек", "", "actual")],
        ),
        (
            "Если Япония не выделит средства, музей закроется, хотя его ежегодно посещают 300 "
            "тысяч человек.",
            [("люди", Decimal(300000), "человек", "", "actual")],
        ),
        (
            "Если Польша не закупит новые танки, армия будет вынуждена использовать 200 "
            "устаревших машин.",
            [("устаревшие машины", Decimal(200), "машина", "", "actual")],
        ),
        # must not: a plan of the figure's own clause, in or after the condition, stays one
        (
            "Если переговоры пройдут успешно, Индия закупит 36 истребителей.",
            [("истребители", Decimal(36), "истребитель", "", "target")],
        ),
        (
            "Если Египет выплатит Китаю 2 млрд долларов, порт останется за ним.",
            [("выплата", Decimal(2000000000), "USD", "", "target")],
        ),
        (
            "В случае если Сербия продаст завод, компания сократит 500 рабочих мест.",
            [("рабочие места", Decimal(500), "место", "", "target")],
        ),
    ],
)
def test_conditions(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, metric, millions, status",
    [
        # the present of a verb of spending of both aspects is its future too: a plan
        ("Индия инвестирует в порт Джебель-Али 500 млн долларов.", "инвестиции", 500, "target"),
        (
            "Китай инвестирует в строительство железной дороги в Бразилии 4,5 млрд долларов, "
            "сообщило агентство Синьхуа.",
            "инвестиции", 4500, "target",
        ),
        (
            "Турецкие компании инвестируют в египетскую текстильную промышленность 1 млрд "
            "долларов.",
            "инвестиции компаний", 1000, "target",
        ),
        # must-nots: a word of recurrence or of the moment, or a rate per year, tells an
        # ongoing deed; an imperfective-only present is no plan
        (
            "Вьетнам ежегодно инвестирует в энергетику Лаоса 300 млн долларов.",
            "инвестиции", 300, "actual",
        ),
        ("Каждый год Индия инвестирует в экономику ОАЭ 2 млрд долларов.", "инвестиции", 2000,
         "actual"),
        ("Китай инвестирует в порты Бразилии 2 млрд долларов в год.", "инвестиции", 2000,
         "actual"),
        ("Сейчас Япония инвестирует в экономику Вьетнама 3 млрд долларов.", "инвестиции", 3000,
         "actual"),
        ("Индия выделяет Непалу 100 млн долларов.", "выделенные средства", 100, "actual"),
    ],
)  # fmt: skip
def test_present_of_both_aspects(analyse, text, metric, millions, status):
    expected = [(metric, Decimal(millions * 1_000_000), "USD", "", status)]
    assert claim_rows(analyse, text, _FIELDS) == expected


def test_a_share_of_gdp_invested_is_a_rate(analyse):
    """A share of GDP is spent year by year: an ongoing deed, no plan (review20)."""
    text = "Польша инвестирует в оборону 4 % ВВП, а Литва инвестирует в армию 3 % ВВП."
    rows = claim_rows(analyse, text, _FIELDS)
    assert rows and {r[-1] for r in rows} == {"actual"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count the subject of a future passive: what there will be, a forecast
        (
            "На строительстве ветровой станции в Египте будут заняты свыше 1,2 тыс. человек.",
            ("занятые", Decimal(1200), "человек", "", "forecast"),
        ),
        (
            "На строительстве порта в Бразилии, который финансирует Китай, будут заняты 3 тыс. "
            "рабочих.",
            ("рабочие", Decimal(3000), "рабочий", "", "forecast"),
        ),
        (
            "Всего в Египте будет построено 12 энергоблоков.",
            ("энергоблоки", Decimal(12), "энергоблок", "", "forecast"),
        ),
        # must-nots: the past or present passive tells a fact
        (
            "На строительстве порта в Бразилии были заняты 3 тыс. рабочих.",
            ("рабочие", Decimal(3000), "рабочий", "", "actual"),
        ),
        (
            "На строительстве порта в Бразилии заняты 3 тыс. рабочих.",
            ("рабочие", Decimal(3000), "рабочий", "", "actual"),
        ),
    ],
)
def test_future_passive_counts(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == [expected]


@pytest.mark.parametrize(
    "text, date, periods",
    [
        # "за тот же период" goes on with a part of a year, or a span of months, before
        (
            "Экспорт Индии в ОАЭ за первые семь месяцев года вырос на 11 %. Импорт из Эмиратов "
            "за тот же период сократился на 3 %.",
            "2025-08-12",
            ["2025-01/2025-07", "2025-01/2025-07"],
        ),
        (
            "Индия в январе–августе ввезла из ОАЭ 2,1 млн тонн удобрений. Поставки индийского "
            "риса в Эмираты за тот же период выросли на 14 %.",
            "2025-10-02",
            ["2025-01/2025-08", "2025-01/2025-08"],
        ),
        # must not: two periods before are no one to go on with
        (
            "В январе Индия ввезла из ОАЭ 2 млн тонн удобрений, а в марте закупила у Эмиратов "
            "3 млн тонн нефти. Поставки индийского риса в Эмираты за тот же период выросли на "
            "14 %.",
            "2025-10-02",
            ["", "2025-01", "2025-03"],
        ),
    ],
)
def test_same_period_after_a_part_or_span(analyse, text, date, periods):
    assert sorted(p for (p,) in claim_rows(analyse, text, ("period",), date)) == periods
