"""Fifty-second pass, own sentences: a passive of trade's sum told "на сумму" is the trade's
value as a bare "на" sum is ("вывезено риса на сумму 900 млн долларов" → экспорт риса); a
possessive pronoun is no part of a measure's name ("число своих дипломатов" → число
дипломатов)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_SUMS = {
    "Из Египта в Судан экспортировано товаров на сумму 3 млрд долларов.": [
        ("экспорт товаров", "USD")
    ],
    "Из Вьетнама в Таиланд вывезено риса на сумму 900 млн долларов.": [("экспорт риса", "USD")],
    "В Чили из Перу было ввезено медной руды на сумму 500 млн долларов.": [
        ("импорт медной руды", "USD")
    ],
    # must not: a passive of no trade, the active as before, a weight's goods keep their sum
    "Египту выделено средств на сумму 3 млрд долларов.": [("средства", "USD")],
    "Между Чили и Перу подписано контрактов на сумму 5 млрд долларов.": [("контракты", "USD")],
    "Чили экспортировала в Перу товаров на сумму 3 млрд долларов.": [("экспорт товаров", "USD")],
    "Из Египта в Судан вывезено 30 тонн гуманитарной помощи на сумму 2 млн долларов.": [
        ("гуманитарная помощь", "USD"),
        ("гуманитарная помощь", "тонна"),
    ],
}


@pytest.mark.parametrize(("text", "expected"), _SUMS.items())
def test_a_passive_of_trade_sized_na_summu(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("metric", "unit")) == expected


_OWNED = {
    "Перу увеличила число своих дипломатов в Чили до 40 человек.": "число дипломатов",
    "Экспорт нашей нефти в Чили составил 3 млн тонн.": "экспорт нефти",
    "Перу нарастила экспорт своей меди в Чили до 3 млн тонн.": "экспорт меди",
    "Численность его армии составляет 100 тыс. человек.": "численность армии",
    "Экспорт их нефти в Чили составил 3 млн тонн.": "экспорт нефти",
    # must not: an adjective of the noun stays, "наших стран" stays out as the pair
    "Перу увеличила число иностранных дипломатов в Чили до 40 человек.": (
        "число иностранных дипломатов"
    ),
    "Товарооборот наших стран превысил 3 млрд долларов.": "товарооборот",
}


@pytest.mark.parametrize(("text", "metric"), _OWNED.items())
def test_a_possessive_is_no_part_of_the_measure(analyse, text: str, metric: str) -> None:
    assert claim_rows(analyse, text, ("metric",)) == [(metric,)]
