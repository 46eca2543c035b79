"""Numeric claims: a grant told in the future passive is a plan, a future arrival or joining a
forecast; a sentence opening with "При этом" goes on with the period of a figure of the one
before (not with a date of something else there); a lone
"с 2015 года" runs to the document's date."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.claims import extract_claims
from kg.model import Document


def _rows(analyse, text: str, date: str = "") -> list[tuple[str, Decimal, str, str, str]]:
    claims = extract_claims(analyse(Document(id="t", text=text, date=date)))
    return sorted((c.metric, c.value, c.unit, c.period, c.status) for c in claims)


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
    assert _rows(analyse, text) == expected


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
    assert _rows(analyse, text, "2025-03-10") == expected


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
    ],
)
def test_since(analyse, text, date, expected):
    assert _rows(analyse, text, date) == expected
