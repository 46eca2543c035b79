"""Numeric claims, issue 8 tenth pass: a sum written with a currency sign before it (which the
parser makes the subject or the head of the phrase), English thousands, a price a dash gives a
thing of its own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "status")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum opening the sentence before a modal: the verb the modal takes names it, and
        # the modal's cue right after the sum its status
        (
            "$3 млн должен выплатить Дании норвежский концерн.",
            [("выплата", Decimal(3_000_000), "USD", "eq", "target")],
        ),
        (
            "50 млн евро может получить победитель конкурса в Осло.",
            [("полученная сумма", Decimal(50_000_000), "EUR", "eq", "forecast")],
        ),
        # a sum won at court
        (
            "Датская журналистка отсудила $7 млн у норвежского отеля.",
            [("присуждённая сумма", Decimal(7_000_000), "USD", "eq", "actual")],
        ),
        # English thousands after a sign
        (
            "Кенийская компания заплатила $1,200,000 за лицензию в Эфиопии.",
            [("выплата компании", Decimal(1_200_000), "USD", "eq", "actual")],
        ),
        # a price a dash gives a thing of its own, in thousands of the currency before
        (
            "В Осло ноутбук стоит 9 тысяч норвежских крон, а планшет — 4 тысячи.",
            [
                ("стоимость ноутбука", Decimal(9000), "NOK", "eq", "actual"),
                ("стоимость планшета", Decimal(4000), "NOK", "eq", "actual"),
            ],
        ),
        # a bare sum after the one a verb of money names, in a list of its parts: the verb's
        (
            "В 2025—2026 годах Норвегия собирается выделить Дании 2,8 млрд норвежских крон из "
            "бюджета фонда — 1,3 млрд норвежских крон в 2025 году и 1,5 млрд в 2026 году.",
            [
                ("выделенные средства", Decimal(1_300_000_000), "NOK", "eq", "target"),
                ("выделенные средства", Decimal(1_500_000_000), "NOK", "eq", "target"),
                ("выделенные средства", Decimal(2_800_000_000), "NOK", "eq", "target"),
            ],
        ),
        # must-nots: the same thing elsewhere keeps its name; a person a dash gives a sum is
        # no owner of the verb's sum; thousands past a verb of their own, or of a measured
        # noun, are no money; a modal taking no verb of money names nothing
        (
            "В Копенгагене велосипед стоит 3 тысячи датских крон, а в Осло — 4 тысячи.",
            [
                ("стоимость велосипеда", Decimal(3000), "DKK", "eq", "actual"),
                ("стоимость велосипеда", Decimal(4000), "DKK", "eq", "actual"),
            ],
        ),
        (
            "Победитель получит 40 млн норвежских крон, а финалист — 20 млн.",
            [
                ("полученная сумма", Decimal(20_000_000), "NOK", "eq", "forecast"),
                ("полученная сумма", Decimal(40_000_000), "NOK", "eq", "forecast"),
            ],
        ),
        (
            "Чили выделила Перу 5 тысяч долларов, а на митинг в Лиме вышли 20 тысяч.",
            [("выделенные средства", Decimal(5000), "USD", "eq", "actual")],
        ),
        (
            "Чили выделила Перу 5 тысяч долларов, а население Лимы — 10 тысяч.",
            [
                ("выделенные средства", Decimal(5000), "USD", "eq", "actual"),
                ("население", Decimal(10000), "человек", "eq", "actual"),  # persons, no money
            ],
        ),
        ("Эти $4 млн должны пойти на дороги Эфиопии.", []),
        # a count opening its clause is the subject of the cue after it: no goal of its own
        (
            "Около сорока государств договорились создать фонд помощи Кении.",
            [("государства", Decimal(40), "государство", "approx", "actual")],
        ),
        (
            "Норвегия выплатила Дании $3 млн, должен заметить министр.",
            [("выплата", Decimal(3_000_000), "USD", "eq", "actual")],
        ),
        # a sign other than "$" before a sum a verb gives to a state: the verb's object, as
        # "$" is, not a word the parser hung on the state
        (
            "Германия выделит Польше €200 млн на восстановление районов.",
            [("выделенные средства", Decimal(200_000_000), "EUR", "eq", "target")],
        ),
        (
            "Великобритания выделила Кении £50 млн на борьбу с засухой.",
            [("выделенные средства", Decimal(50_000_000), "GBP", "eq", "actual")],
        ),
        (
            "Япония перечислила Вьетнаму ¥30 млрд.",
            [("выделенные средства", Decimal(30_000_000_000), "JPY", "eq", "actual")],
        ),
        # must-nots: a sign with no number is no sum; a phone number after a sign-less colon
        # is no money
        ("Курс евро (€) к доллару Индия не раскрывает.", []),
        ("Телефон посольства Индии в Непале: +977 1 441 0900.", []),
    ],
)
def test_signed_sums_and_gapped_prices(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


def _range(metric: str, low: int, high: int, unit: str, status: str) -> list[tuple]:
    """The two rows of a range: ge its low end, le its high end."""
    return [(metric, Decimal(low), unit, "ge", status), (metric, Decimal(high), unit, "le", status)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sign before the low end of a dash range is both ends' currency, and the scale
        # after the high end both ends' scale
        (
            "Сумма сделки Франции и Индии составит €1,2–1,5 млрд.",
            _range("сумма сделки", 1_200_000_000, 1_500_000_000, "EUR", "forecast"),
        ),
        (
            "Индия предоставит Бангладеш кредитную линию на сумму $1–2 млрд.",
            _range("кредитная линия", 1_000_000_000, 2_000_000_000, "USD", "target"),
        ),
        # a sign before each end, glued to the dash: the high end is the verb's sum too
        (
            "Франция выделит Мали €10–€15 млн.",
            _range("выделенные средства", 10_000_000, 15_000_000, "EUR", "target"),
        ),
        (
            "Египет выделит Судану $10–$15 млн.",
            _range("выделенные средства", 10_000_000, 15_000_000, "USD", "target"),
        ),
        # each end with its own scale: a range still, neither end rescaled
        (
            "Стоимость контракта Турции с Египтом составит $2 млрд–$3 млрд.",
            _range("стоимость контракта", 2_000_000_000, 3_000_000_000, "USD", "forecast"),
        ),
        # must-nots: a sentence dash with spaces between two signed sums joins no range; a
        # range with no sign stays as it was
        (
            "Бразилия выделила Аргентине $5 млн — $3 млн из них на дороги.",
            [
                ("выделенные средства", Decimal(3_000_000), "USD", "eq", "actual"),
                ("выделенные средства", Decimal(5_000_000), "USD", "eq", "actual"),
            ],
        ),
        (
            "Цены на турецкую сталь в Египте выросли на 10–15 %.",
            _range("рост цен", 10, 15, "percent", "actual"),
        ),
        # a range with no sign, each end with its own scale: the unit after the high end is
        # both ends'
        (
            "Инвестиции Японии во Вьетнам в этом году составят 2 млрд–3 млрд долларов.",
            _range("инвестиции", 2_000_000_000, 3_000_000_000, "USD", "forecast"),
        ),
        (
            "Франция выделит Индии 500 млн–700 млн евро на строительство метро.",
            _range("выделенные средства", 500_000_000, 700_000_000, "EUR", "target"),
        ),
        (
            "Египет закупит у Турции 1 млн–2 млн тонн зерна.",
            _range("закупки зерна", 1_000_000, 2_000_000, "тонна", "target"),
        ),
        (
            "Сербия получит от ЕС 100 млн – 150 млн евро.",
            _range("полученная сумма", 100_000_000, 150_000_000, "EUR", "forecast"),
        ),
        # must-not: a spaced em dash between two scaled figures is a sentence's
        (
            "Чили выделила Перу 5 млн долларов: 2 млн — 3 млн из них на дороги.",
            [
                ("выделенные средства", Decimal(3_000_000), "USD", "eq", "actual"),
                ("выделенные средства", Decimal(5_000_000), "USD", "eq", "actual"),
            ],
        ),
    ],
)
def test_dash_ranges(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)
