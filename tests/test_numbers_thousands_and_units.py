"""A number of thousands in digits with the units after it in digits too ("23 тысячи 226
дней", "12 тыс. 450 человек") is one number; a date, a year or a count after a comma is
another figure and stays apart."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.common.numbers import CLAIM_KINDS
from kg.extract.common.quantities import find_quantities


def values(text: str) -> list[Decimal]:
    return [q.value for q in find_quantities(text) if q.kind in CLAIM_KINDS]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Правление шаха длилось 18 тысяч 300 дней.", "18300"),
        ("В лагерях на границе Чада и Судана живут 12 тыс. 450 беженцев.", "12450"),
        ("Из Боливии в Чили переехали 3 тысячи 7 семей.", "3007"),
    ],
)
def test_thousands_and_units_are_one_number(text: str, value: str) -> None:
    assert values(text) == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На площадь вышли 15 тысяч 1 мая, в день протеста в Никарагуа.", ["15000"]),
        ("Гондурас принял 5 тысяч 2014 года беженцев.", ["5000"]),
        ("Перу приняло 40 тысяч, 300 из них — дети.", ["40000", "300"]),
        ("Парагвай закупил 2 тысячи 500-килограммовых бомб.", ["2000"]),
    ],
)
def test_a_date_a_year_or_a_figure_after_it_stays_apart(text: str, expected: list[str]) -> None:
    assert [v for v in values(text) if v >= 100] == [Decimal(v) for v in expected]


def test_a_claim_counts_the_whole_number(analyse) -> None:
    text = "Правление шаха Ирана длилось 18 тысяч 300 дней."
    assert claim_rows(analyse, text, ("value", "unit")) == [(Decimal("18300"), "день")]


def test_a_sentence_may_end_right_after_the_units() -> None:
    assert values("Число беженцев из Сирии в Иордании достигло 18 тысяч 300.") == [Decimal(18300)]
