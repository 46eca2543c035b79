"""Fifty-second pass, own sentences: a passive of trade's sum told "на сумму" is the trade's
value as a bare "на" sum is ("вывезено риса на сумму 900 млн долларов" → экспорт риса)."""

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
