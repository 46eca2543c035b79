"""Fifty-second pass, own sentences: a passive of trade's sum told "на сумму" is the trade's
value as a bare "на" sum is ("вывезено риса на сумму 900 млн долларов" → экспорт риса); a
possessive pronoun is no part of a measure's name ("число своих дипломатов" → число
дипломатов); a deed told after a readiness or a plan to do it, by the same verb with the unit
left out ("готов продать 3 млн тонн риса и уже продал 1 млн"), is an actual claim of the
measure before it, the readiness keeping its target; a sentence opening with the state a verb
of accounting gives a part ("На Чили пришлось 7 млн тонн") tells a part of the figure before,
of both states."""

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


_RICE = "Вьетнам готов продать Японии 3 млн тонн риса и уже продал 1 млн."
_COPPER = "Перу планирует закупить у Чили 2 млн тонн меди и уже закупила 1 млн тонн."
_WHEAT = "Египет был готов продать Судану 3 млн тонн пшеницы, но продал только 1 млн."


@pytest.mark.parametrize(
    ("text", "statuses"),  # the status of each figure, the smaller first
    [
        *((text, "actual target") for text in (_RICE, _COPPER, _WHEAT)),
        # must not: a second infinitive or a future stays the aim; another verb's bare number
        # takes no unit (no claim); a past joined to a past under a cue of estimate keeps it
        (
            "Перу планирует закупить у Чили 2 млн тонн меди и закупить ещё 1 млн тонн.",
            "target target",
        ),
        ("Вьетнам хочет продать Японии 3 млн тонн риса и продаст 1 млн.", "target target"),
        ("Вьетнам продал Японии 3 млн тонн риса и закупил 1 млн.", "actual"),
        ("Ожидается, что экспорт Вьетнама в Японию вырос и составил 3 млн тонн.", "forecast"),
    ],
)
def test_a_deed_told_after_its_aim(analyse, text: str, statuses: str) -> None:
    rows = claim_rows(analyse, text, ("value", "status"))
    assert " ".join(status for _, status in rows) == statuses


@pytest.mark.parametrize(
    ("text", "metric"),
    [(_RICE, "экспорт риса"), (_COPPER, "закупки меди"), (_WHEAT, "экспорт пшеницы")],
)
def test_the_deed_measures_what_its_aim_does(analyse, text: str, metric: str) -> None:
    assert claim_rows(analyse, text, ("metric",)) == [(metric,), (metric,)]


_COPPER_TOTAL = "Перу экспортировала 17 млн тонн меди."


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (f"{_COPPER_TOTAL} На Чили пришлось 7 млн тонн.", ("экспорт меди", ("CHL", "PER"))),
        (f"{_COPPER_TOTAL} На Чили приходится 7 млн тонн.", ("экспорт меди", ("CHL", "PER"))),
        (
            "В 2024 году Вьетнам экспортировал товаров на 300 млрд долларов. На Японию пришлось"
            " 24 млрд.",
            ("экспорт товаров", ("JPN", "VNM")),
        ),
        # must not: a period, a part in another unit, a part of a change
        (f"{_COPPER_TOTAL} На этот год пришлось 7 млн тонн.", None),
        (f"{_COPPER_TOTAL} На Чили пришлось 40 %.", None),
        ("Экспорт Вьетнама вырос на 30 млрд долларов. На Японию пришлось 5 млрд.", None),
    ],
)
def test_a_partners_part_of_the_figure_before(analyse, text: str, part: tuple | None) -> None:
    rows = claim_rows(analyse, text, ("value", "metric", "states"))[:-1]  # less the total
    expected = [] if part is None else [(part[0], [f"state/{s}" for s in part[1]])]
    assert [(m, sorted(states)) for _, m, states in rows] == expected
