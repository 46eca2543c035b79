"""Fifty-second pass, own sentences: a partner's part told after its total in the same
sentence (", на Чили пришлось 7 млн тонн", gapped ", на Боливию — 3 млн") measures what the
total does, in its unit, of the total's states and the partner and of its period; the total
keeps its own states, not the partner's. Those a figure is divided among ("на душу
населения", "на одного жителя") are no measure: "население" is never read from them. A sum the
object of a verb of sale with goods in its genitive is the trade's value, no price."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_COPPER = "В 2024 году Перу экспортировала 17 млн тонн меди"
_RICE = "Вьетнам продал 6 млн тонн риса"


def _row(millions: float, metric: str, period: str, *states: str) -> tuple:
    return (float(millions), metric, period, sorted(f"state/{s}" for s in states))


# Peru's copper: 7 млн тонн to Chile, 3 млн to Bolivia, of the 17 млн тонн told first
_TO_CHILE_AND_BOLIVIA = [
    _row(3, "экспорт меди", "2024", "BOL", "PER"),
    _row(7, "экспорт меди", "2024", "CHL", "PER"),
    _row(17, "экспорт меди", "2024", "PER"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{_COPPER}, на Чили пришлось 7 млн тонн.",
            [
                _row(7, "экспорт меди", "2024", "CHL", "PER"),
                _row(17, "экспорт меди", "2024", "PER"),
            ],
        ),
        (
            f"{_COPPER}, на Чили — 7 млн тонн, на Боливию — 3 млн.",
            _TO_CHILE_AND_BOLIVIA,
        ),
        (
            f"{_COPPER}, на Чили пришлось около 7 млн тонн, на Боливию — 3 млн.",
            _TO_CHILE_AND_BOLIVIA,
        ),
        (
            f"{_RICE}, на Японию пришлось 2 млн тонн, а на Таиланд — 1 млн тонн.",
            [
                _row(1, "экспорт риса", "", "THA", "VNM"),
                _row(2, "экспорт риса", "", "JPN", "VNM"),
                _row(6, "экспорт риса", "", "VNM"),
            ],
        ),
        (
            "Бразилия поставила в 2023 году 4 млн тонн кофе, на Аргентину приходится 1,5 млн тонн.",
            [
                _row(1.5, "поставки кофе", "2023", "ARG", "BRA"),
                _row(4, "поставки кофе", "2023", "BRA"),
            ],
        ),
        # must not: a side of the whole stays the whole's; a period or a measure is no
        # partner; a part in another unit has no claim, the total stays its holder's
        (
            "Товарооборот Перу и Чили составил 5 млрд долларов, на Перу пришлось 3 млрд.",
            [
                _row(3000, "товарооборот", "", "CHL", "PER"),
                _row(5000, "товарооборот", "", "CHL", "PER"),
            ],
        ),
        (
            "Египет добыл 5 млн тонн газа, на этот год пришлось 2 млн тонн.",
            [_row(5, "добыча газа", "", "EGY")],
        ),
        (
            f"{_COPPER}, на Чили пришлось 40 %.",
            [_row(17, "экспорт меди", "2024", "PER")],
        ),
    ],
)
def test_a_partners_part_in_the_totals_sentence(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, ("value", "metric", "period", "states"))
    assert [(float(v) / 1e6, m, p, sorted(s)) for v, m, p, s in rows] == expected


@pytest.mark.parametrize(
    ("text", "metric", "state"),
    [
        ("В Египте на душу населения приходится 70 кг риса.", "рис", "EGY"),
        ("ВВП Чили на душу населения составил 15 тысяч долларов.", "ВВП", "CHL"),
        ("В Перу на одного жителя пришлось 30 кг меди.", "медь", "PER"),
        # must not: the population itself, and a measure naming its per capita, stay
        ("Население Египта составило 110 млн человек.", "население", "EGY"),
        ("Численность населения Чили достигла 20 млн человек.", "численность населения", "CHL"),
        ("Потребление риса в Японии на душу населения составило 50 кг.", "потребление риса", "JPN"),
    ],
)
def test_those_a_figure_is_divided_among_are_no_measure(
    analyse, text: str, metric: str, state: str
) -> None:
    """The per-capita phrase says how the figure is counted; the state stays its holder."""
    assert claim_rows(analyse, text, ("metric", "states")) == [(metric, [f"state/{state}"])]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Бразилия готова продать Аргентине 2 млрд долларов зерна.", "экспорт зерна"),
        ("Вьетнам закупил у Японии 3 млрд долларов риса.", "закупки риса"),
        ("Египет поставил Судану 2 млрд долларов пшеницы.", "поставки пшеницы"),
        # must not: papers and a sale "за" a sum keep their price; other verbs, "на" as before
        ("Чили продала Перу 2 млрд долларов акций.", "цена"),
        ("Перу продала Чили завод за 2 млрд долларов.", "стоимость продажи завода"),
        ("Вьетнам продал Японии риса на 3 млрд долларов.", "экспорт риса"),
        ("Египет выделил Судану 2 млрд долларов помощи.", "помощь"),
    ],
)
def test_a_sum_sold_is_the_trades_value(analyse, text: str, metric: str) -> None:
    """A sum the object of a verb of sale is what the goods sold are worth, no price."""
    assert claim_rows(analyse, text, ("metric", "unit")) == [(metric, "USD")]
