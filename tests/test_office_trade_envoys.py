"""A state's trade envoy ("Торговый представитель Канады X", "торгпред Перу в Чили X") holds
that office of the state named, acting or not; a company's sales agent holds the company's
(h-offices46, the forty-fourth pass; own sentences about Canada, Mexico, Peru, Chile)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str]  # office, state


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state."""
    return text_holdings(ex, surname, ("office", "state"))  # type: ignore[return-value]


TRADE = [
    ("Торговый представитель Канады Мэри Нг прибыла в Мехико.", "Нг",
     {("торговый представитель", "state/CAN")}),
    ("Торгпред Перу в Чили Хуан Перес прибыл в Сантьяго.", "Перес",
     {("торговый представитель", "state/PER")}),
    ("Исполняющий обязанности торгового представителя Мексики Хуан Перес заявил о поддержке.",
     "Перес", {("исполняющий обязанности торгового представителя", "state/MEX")}),
    # must not change: a company's agent, and a representative of no state's body
    ("Торговый представитель компании «Петроперу» Хуан Перес прибыл в Сантьяго.", "Перес",
     {("торговый представитель компании", "org/petroperu")}),
    ("Представитель полиции Хуан Перес подтвердил эту информацию.", "Перес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), TRADE)
def test_office_trade_envoys(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The trade envoy holds the office of the state named."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
