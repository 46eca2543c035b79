"""Claims of a cost a "который" clause tells of a noun with genitives after it: "который" stands
for the first noun up from the parser's that agrees with it ("строительство моста, которое
обойдётся в 1,5 млрд евро" is the building's cost, not the bridge's), and a noun it agrees
with where the parser hangs it stays."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric",)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Одним из самых дорогих проектов стало строительство моста, которое обойдется "
            "бюджету Сербии в 1,5 млрд евро.",
            "стоимость строительства моста",
        ),
        (
            "Одним из самых скандальных проектов стало строительство набережной Дуная, которое "
            "обойдется бюджету Сербии в 1,5 млрд евро.",
            "стоимость строительства набережной Дуная",
        ),
        (
            "Главным проектом стал ремонт дороги, который обойдется Черногории в 200 млн евро.",
            "стоимость ремонта дороги",
        ),
    ],
)
def test_which_stands_for_the_noun_it_agrees_with(analyse, text: str, metric: str) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [(metric,)]


def test_the_noun_it_agrees_with_where_the_parser_hangs_it_stays(analyse) -> None:
    text = "Главным проектом стал ремонт дороги, которая обойдется Черногории в 200 млн евро."
    assert claim_rows(analyse, text, _FIELDS) == [("стоимость дороги",)]
