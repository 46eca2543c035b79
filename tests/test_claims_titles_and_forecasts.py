"""Numeric claims: a multiplier adjective on a holder of a title counts titles won, no
change of anything the clause's verb changes; the size of a deal still to be concluded is a
forecast."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title's multiplier ("двукратный чемпион") is how often it was won
        ("Двукратный олимпийский чемпион из Кении сократил число стартов в Эфиопии.", []),
        ("Трёхкратный обладатель кубка из Египта увеличил число матчей в Судане.", []),
        # must-not: a multiplier of a change stays one, with an animate subject too
        (
            "Экспорт кофе из Кении в Эфиопию вырос в двукратном размере.",
            [("рост экспорта кофе", Decimal(2), "раз", "eq")],
        ),
        (
            "Министр Кении сократил закупки зерна в Эфиопии вдвое.",
            [("снижение закупок зерна", Decimal(2), "раз", "eq")],
        ),
    ],
)
def test_title_multipliers(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a deal still to be concluded or signed: its sum and term are a forecast
        (
            "С каждым из поставщиков Кении будет заключен трёхлетний контракт на сумму в 200 "
            "тысяч долларов.",
            [
                ("срок действия контракта", Decimal(3), "forecast"),
                ("трёхлетний контракт", Decimal(200000), "forecast"),
            ],
        ),
        (
            "Между Кенией и Эфиопией будет подписано соглашение о поставках кофе на 300 млн "
            "долларов.",
            [("поставки кофе", Decimal(300000000), "forecast")],
        ),
        (
            "Египет заключит с Суданом контракт на 300 млн долларов.",
            [("контракт", Decimal(300000000), "forecast")],
        ),
        # must-not: a deal concluded, or a thing sized that a future passive of no deed
        # befalls, stays actual
        (
            "Между Кенией и Эфиопией был заключен контракт на 300 млн долларов.",
            [("контракт", Decimal(300000000), "actual")],
        ),
        (
            "Памятник весом 3 тонны будет переплавлен в Кении.",
            [("вес памятника", Decimal(3), "actual")],
        ),
    ],
)
def test_deals_told_ahead(analyse, text, expected):
    assert claim_rows(analyse, text, ("metric", "value", "status")) == expected


def test_a_participle_before_a_future_leaves_it_a_forecast(analyse) -> None:
    """A participle of a verb of concluding ("подписанному в 2022 году") tells no tense: the
    clause's future still tells a figure to come (review35), which the contract it is told
    under sets, a target (h-claims119), never actual."""
    text = "По контракту, подписанному в 2022 году, 12 катеров Кении поставит Египет."
    assert claim_rows(analyse, text, ("status",)) == [("target",)]
