"""Claims a review of the claims49 rules found wrong: a bare number after a dash takes the
scale and currency of the sum before it only where nothing else it counts is named; a
superlative keeps its gender; only the accusative object of "поддержали" behind an office
title, or none, is the one a share of voters supported, and a relation ("соперника",
"сына") names another person; votes a winner got after a count stay his; a year followed
by more years is no period. Own sentences about Egypt, France, India, Poland, South Korea,
Germany, Turkey, Italy, Brazil, Chile, Argentina, Hungary, Slovakia, Croatia (fix36a)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Египет купил у Франции 30 истребителей Rafale за 4 млрд евро, а Индия — 36.", 36),
        ("Турция купила у Италии 20 вертолётов за 2 млрд евро, а Пакистан — 12.", 12),
        ("Польша закупила у Южной Кореи танки на 12 млрд долларов, а самолётов FA-50 — 48.", 48),
        ("Аргентина продала Чили зерно на 4 млрд долларов, а тракторов — 300.", 300),
        ("Германия продала Польше оружие на 3 млрд евро, а танков Leopard — 14.", 14),
        (
            "Товарооборот Египта и Судана достиг 2 млрд долларов, а число совместных "
            "предприятий — 45.",
            45,
        ),
        ("Экспорт Бразилии в Чили достиг 3 млрд долларов, а число совместных проектов — 25.", 25),
        ("Польша закупила у Южной Кореи танки на 12 млрд долларов, а 180 — число танков К2.", 180),
    ],
)
def test_no_scale_for_a_number_of_things(analyse, text: str, bare: int) -> None:
    assert Decimal(bare) * 10**9 not in [r[0] for r in claim_rows(analyse, text, ("value",))]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Экспорт Бразилии в Чили достиг 3 млрд долларов, а число совместных проектов — 25.",
            ("совместные проекты", Decimal(25)),
        ),
        # must not: a time is no noun of the gapped clause's own; the gap keeps the scale
        (
            "Экспорт Бразилии в Чили составил 10 млрд долларов в 2020 году, а в 2021 году — 12.",
            ("экспорт", Decimal(12_000_000_000)),
        ),
    ],
)
def test_gapped_number_read(analyse, text: str, row: tuple) -> None:
    assert row in claim_rows(analyse, text, ("metric", "value"))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Экспорт Чили в Японию составил 12 млрд долларов в 2022 году, а импорт — 8.",
            ("импорт", Decimal(8_000_000_000), "USD", "2022"),
        ),
        (
            "Экспорт Египта в Италию составил 30 млрд долларов в 2021 году, а импорт — 20.",
            ("импорт", Decimal(20_000_000_000), "USD", "2021"),
        ),
        (
            "Товарооборот Египта и Марокко достиг 40 млрд долларов в 2023 году, а объём "
            "инвестиций — 2.",
            ("инвестиции", Decimal(2_000_000_000), "USD", "2023"),
        ),
    ],
)
def test_gapped_sum_named_by_a_metric_of_money(analyse, text: str, row: tuple) -> None:
    """A gapped clause whose noun is a metric of money takes the scale (fix36d)."""
    assert row in claim_rows(analyse, text, ("metric", "value", "unit", "period"))


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт Чили в Японию составил 12 млрд долларов в 2022 году, а число кредитов — 8.",
        "Экспорт Чили в Японию составил 12 млрд долларов в 2022 году, а доля импорта — 8.",
        "Экспорт Чили в Японию составил 12 млрд долларов в 2022 году, а импорт зерна — 8.",
        # a money noun in the counting genitive counts things: 8 credits, not 8 bn
        "Япония одобрила для Чили кредиты на 12 млрд долларов, а грантов — 8.",
        "Япония выделила Перу помощь на 12 млрд долларов, а кредитов — 8.",
    ],
)
def test_gapped_count_or_share_of_money_takes_no_scale(analyse, text: str) -> None:
    """A count or share of a metric of money, or goods beside it, is no sum (fix36d)."""
    assert Decimal(8_000_000_000) not in [r[0] for r in claim_rows(analyse, text, ("value",))]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Польша закупила у Южной Кореи новейшую технику на 12 млрд долларов.",
            "закупки новейшей техники",
        ),
        ("Чехия продала Словакии новейшую технику на сумму 300 млн евро.", "новейшая техника"),
        (
            "Вьетнам купил у Индии новейшую систему ПВО за 2 млрд долларов.",
            "стоимость покупки новейшей системы ПВО",
        ),
        (
            "Индонезия закупила у Франции новейшую подводную лодку за 1 млрд евро.",
            "стоимость покупки новейшей подводной лодки",
        ),
    ],
)
def test_superlative_keeps_its_gender(analyse, text: str, metric: str) -> None:
    assert metric in [r[0] for r in claim_rows(analyse, text, ("metric",))]


@pytest.mark.parametrize(
    "text",
    [
        "Министры Словакии и Чехии вместе с Петером Пеллегрини поддержали 15 % пошлину на "
        "зерно из Украины.",
        "Депутаты Венгрии вместе с Ласло Ковачем поддержали 20 % поправок.",
        "Сторонники Фицо поддержали 60 % предложений правительства Словакии.",
        "Сторонники Ласло Ковача поддержали 40 % законопроектов правительства Венгрии.",
        "Жену Фицо поддержали 5 % словаков.",
        "Сына Ласло Ковача поддержали 10 % венгров.",
        "За соперника Пленковича проголосовали 30 % избирателей Хорватии.",
        "За соперника Ласло Ковача проголосовали 35 % избирателей Венгрии.",
        "За преемника Фицо отдали голоса 25 % словаков.",
        "За противника Андрея Пленковича, родившегося в Загребе, отдали голоса 26 % хорватов.",
    ],
)
def test_no_share_of_votes_for_a_relation(analyse, text: str) -> None:
    metrics = [r[0] for r in claim_rows(analyse, text, ("metric",))]
    assert not any(m.startswith("доля голосов ") for m in metrics)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Сторонники Фицо поддержали 60 % предложений правительства Словакии.",
            ("доля предложений правительства", Decimal(60)),
        ),
        # must not: an office title stands for its holder
        (
            "За спикера парламента Ласло Ковача проголосовали 35 % избирателей Венгрии.",
            ("доля голосов Ласло Ковача", Decimal(35)),
        ),
        (
            "Зоран Миланович получил после пересчёта 1,2 миллиона голосов.",
            ("голоса за Зорана Милановича", Decimal(1_200_000)),
        ),
        (
            "Ласло Ковач набрал после пересчёта 2,5 миллиона голосов.",
            ("голоса за Ласло Ковача", Decimal(2_500_000)),
        ),
        (
            "Пленкович набрал при подсчёте около 800 тысяч голосов, Миланович — 700 тысяч.",
            ("голоса за Пленковича", Decimal(800_000)),
        ),
    ],
)
def test_whose_votes(analyse, text: str, row: tuple) -> None:
    assert row in claim_rows(analyse, text, ("metric", "value"))


@pytest.mark.parametrize(
    "text",
    [
        "Египет получил от Саудовской Аравии 5 млрд долларов — в 2021, 2022 и 2023 годах.",
        "Чили получила от Бразилии 2 млрд долларов — в 2018, 2019 и 2020 годах.",
    ],
)
def test_no_period_from_a_list_of_years(analyse, text: str) -> None:
    assert [r[1] for r in claim_rows(analyse, text, ("metric", "period"))] == [""]
