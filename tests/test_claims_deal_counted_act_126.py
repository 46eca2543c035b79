"""Claims (h-claims126): the sum "на сумму" the parser hangs on things counted after an act
("контракт на строительство 3 мостов на сумму …") is the act's price, named with its things
("строительство мостов", was "мосты"), as h-claims124 named "поставка вертолётов"."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "Контракт на строительство 3 мостов на сумму 2 млрд долларов Египет и Италия "
            "заключили в марте.",
            2_000_000_000,
            "строительство мостов",
        ),
        (
            "Контракт на ремонт 40 школ на сумму 300 млн долларов Перу и Чили подписали в марте.",
            300_000_000,
            "ремонт школ",
        ),
        (
            "Вьетнам и Лаос подписали контракт на возведение двух электростанций на сумму 900 млн "
            "долларов.",
            900_000_000,
            "возведение электростанций",
        ),
        # must-nots: the count stays the things', a unit's count, a paper's "о"-topic
        (
            "Контракт на ремонт 40 школ на сумму 300 млн долларов Перу и Чили подписали в марте.",
            40,
            "школы",
        ),
        (
            "Египет и Италия заключили контракт на поставку 300 тонн риса на сумму 6 млн долларов.",
            6_000_000,
            "поставка",
        ),
        (
            "Египет и Италия подписали соглашение о закупке 12 фрегатов на сумму 2 млрд долларов.",
            2_000_000_000,
            "соглашение",
        ),
    ],
)
def test_sum_on_counted_things_is_the_acts(analyse, text, value, metric):
    assert claim_of_value(analyse, text, value, ("metric",)) == (metric,)
