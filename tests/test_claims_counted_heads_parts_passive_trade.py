"""Fifty-first pass, own sentences: a part opened by any of the one list of part openings
(", из этого объёма/числа", ", из этой суммы") keeps its states off the total as ", из них"
does; a count of people a verb brings its measured object to is named by that object ("увеличить
число военных до 2 тыс. человек" → число военных); a sum "на" of a passive of trade is its value
("из Египта в Судан вывезено товаров на 3 млрд долларов" → экспорт товаров)."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows

_RICE = "Вьетнам экспортировал 10 млн тонн риса, из этого объёма 3 млн тонн пришлось на Таиланд."


@pytest.mark.parametrize(
    ("text", "value", "states"),
    [
        (
            _RICE,
            10_000_000,
            ("state/VNM",),
        ),
        (
            "Чили выделила 5 млн долларов, из этой суммы 2 млн получит Перу.",
            5_000_000,
            ("state/CHL",),
        ),
        # must not: the part keeps its own state; ", из них" as before; no part opening
        (
            _RICE,
            3_000_000,
            ("state/THA", "state/VNM"),
        ),
        (
            "Вьетнам экспортировал 10 млн тонн риса, из них 3 млн тонн пришлось на Таиланд.",
            10_000_000,
            ("state/VNM",),
        ),
        ("Чили выделила 5 млн долларов на помощь Перу.", 5_000_000, ("state/CHL", "state/PER")),
    ],
)
def test_part_openings_cut_the_totals_states(analyse, text: str, value: int, states: tuple) -> None:
    assert claim_of_value(analyse, text, value, ("states",)) == (states,)


_PEOPLE_LEVELS = {
    "Варшава намерена увеличить число военных в Литве до 2 тыс. человек.": "число военных",
    "Берлин хочет довести численность бригады в Литве до 5 тыс. человек.": "численность бригады",
    "Каир сократил количество дипломатов в Судане до 20 человек.": "количество дипломатов",
    # must not: people a verb gives a role, a level with no counted head noun
    "В результате взрыва в Турции погибли 20 человек.": "погибшие",
    "Франция эвакуировала из Судана до 500 человек.": "эвакуированные",
    "Варшава увеличит число военных в Литве до 2 тыс.": "военные",
}


@pytest.mark.parametrize(("text", "metric"), _PEOPLE_LEVELS.items())
def test_a_count_of_people_named_by_what_it_counts(analyse, text: str, metric: str) -> None:
    assert claim_rows(analyse, text, ("metric",)) == [(metric,)]


_PASSIVE_TRADE = {
    "Из Египта в Судан вывезено товаров на 3 млрд долларов.": [("экспорт товаров", "USD")],
    "В Судан из Египта ввезено товаров на 3 млрд долларов.": [("импорт товаров", "USD")],
    "Из Вьетнама в Таиланд экспортировано риса на 900 млн долларов.": [("экспорт риса", "USD")],
    "Из Чили в Перу было ввезено медной руды на 500 млн долларов.": [("импорт медной руды", "USD")],
    # must not: a passive the parse already read, the active as before, people or a weight
    # carried out
    "Из Чили в Перу поставлено техники на 40 млн долларов.": [("поставки техники", "USD")],
    "Египет экспортировал в Судан товаров на 3 млрд долларов.": [("экспорт товаров", "USD")],
    "Франция вывезла из Судана 500 человек.": [("вывезенные", "человек")],
    "Из Египта в Судан вывезено 30 тонн гуманитарной помощи.": [("гуманитарная помощь", "тонна")],
}


@pytest.mark.parametrize(("text", "expected"), _PASSIVE_TRADE.items())
def test_a_passive_of_trade_sizes_its_trade(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("metric", "unit")) == expected
