"""The price of a deal given up ("отказалась от поглощения X за 12 млрд", "отменило покупку
… за 300 млн") was only offered: a target, never actual; a participle standing for people
between a verb of paying and its sum ("выплатить семьям погибших по 1 млн") is no verb of
its own, so the order to pay is a payment claim, a target (forty-sixth pass, h-claims70, own
sentences)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Канадская компания отказалась от поглощения мексиканской Cemex за 12 млрд долл.",
            "target",
        ),
        ("Правительство Перу отменило покупку чилийских самолетов за 300 млн долларов.", "target"),
        # must-not: a deal done, or a refusal denied, is actual
        ("Канадская компания завершила поглощение мексиканской Cemex за 12 млрд долл.", "actual"),
        (
            "Компания из Канады не отказалась от поглощения мексиканской Cemex за 12 млрд долл.",
            "actual",
        ),
    ],
)
def test_the_price_of_an_abandoned_deal(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Президент Чили распорядилась выплатить семьям погибших по 1 млн песо.",
            [(1000000, "CLP", "target")],
        ),
        (
            "Правительство Чили выплатило семьям погибших 1 млн песо.",
            [(1000000, "CLP", "actual")],
        ),
        # must-not: a refused grant stays no claim
        ("Канада отказалась выделить Мексике 40 млн долларов.", []),
    ],
)
def test_a_payment_to_the_families_of_the_dead(analyse, text: str, rows: list[tuple]) -> None:
    got = claim_rows(analyse, text, ("value", "unit", "status"))
    assert [(int(v), u, s) for v, u, s in got] == rows
