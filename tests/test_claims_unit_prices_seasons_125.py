"""Claims (h-claims125): a price "по" of a deal per unit of goods is that goods' price, no
delivery ("контракты на поставку 1,5 млн тонн пшеницы по средней цене 235 долларов за тонну"
→ средняя цена пшеницы, was "поставка"), and a bare price per the same unit in the sentence
after takes those goods; a farming year across two calendar years is its span ("в 2024/25
сельскохозяйственном году" → 2024/2025); states whose leaders attend a gathering are its
participants ("главы более 20 государств присутствовали на инаугурации" → участники
инаугурации, was "государства")."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_METRIC = ("metric", "value")


def _metric_of(analyse, text: str, value: int, date: str = "") -> str:
    """The metric of the claim of `value` in `text`."""
    rows = claim_rows(analyse, text, _METRIC, date)
    return next(metric for metric, v in rows if int(v) == value)


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "Компания в июле заключила контракты на поставку 1,5 млн тонн пшеницы по средней "
            "цене 235 долларов за тонну.",
            235,
            "средняя цена пшеницы",
        ),
        (
            "Индия закупила у Бразилии 2 млн тонн сахара по цене 480 долларов за тонну.",
            480,
            "цена сахара",
        ),
        (
            "Алжир подписал контракт на поставку 500 тысяч тонн французской пшеницы по цене 260 "
            "долларов за тонну.",
            260,
            "цена пшеницы",
        ),
        # must-nots: goods of another clause, a price naming its own goods
        (
            "Алжир в марте купил 600 тысяч тонн ячменя у Франции, а Тунис заключил сделку по "
            "цене 210 долларов за тонну.",
            210,
            "цена",
        ),
        (
            "Цена газа для Армении составит 165 долларов за тысячу кубометров.",
            165,
            "цена газа",
        ),
    ],
)
def test_price_per_unit_of_deal(analyse, text, value, metric):
    assert _metric_of(analyse, text, value) == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "Компания в июле заключила контракты на поставку 1,5 млн тонн пшеницы по средней "
            "цене 235 долларов за тонну. В прошлом сезоне цена составляла около 250 долларов за "
            "тонну.",
            250,
            "цена пшеницы",
        ),
        (
            "Индия закупила у Бразилии 2 млн тонн сахара по цене 480 долларов за тонну. Год "
            "назад цена была 420 долларов за тонну.",
            420,
            "цена сахара",
        ),
        # must-nots: no price before, another unit, a price of the whole deal
        (
            "Индия закупила у Бразилии 2 млн тонн сахара. Цена составляла 480 долларов за тонну.",
            480,
            "цена",
        ),
        (
            "Индия закупила у Бразилии 2 млн тонн сахара по цене 480 долларов за тонну. Год "
            "назад цена была 70 долларов за баррель.",
            70,
            "цена",
        ),
        (
            "Индия закупила у Бразилии 2 млн тонн сахара по цене 480 долларов за тонну. Цена "
            "контракта составила 960 млн долларов.",
            960_000_000,
            "цена контракта",
        ),
    ],
)
def test_bare_price_takes_goods_priced_before(analyse, text, value, metric):
    assert _metric_of(analyse, text, value) == metric


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Египет в 2024/25 сельскохозяйственном году импортировал из России 9,6 млн тонн "
            "пшеницы.",
            "2024/2025",
        ),
        (
            "В 2023/24 сельскохозяйственном году Индия экспортировала в Бангладеш 2 млн тонн риса.",
            "2023/2024",
        ),
        ("В 2024 сельскохозяйственном году Пакистан собрал 28 млн тонн пшеницы.", "2024"),
        # must-not: two years that do not follow each other
        ("Марокко в 2024/26 сельскохозяйственном году закупило 5 млн тонн пшеницы.", ""),
    ],
)
def test_farming_year_period(analyse, text, period):
    assert claim_rows(analyse, text, ("period",), "2025-08-12") == [(period,)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "На инаугурации присутствовали главы и представители более 20 государств, в том "
            "числе президент Нигерии.",
            "участники инаугурации",
        ),
        ("В саммите приняли участие делегации 35 стран.", "участники саммита"),
        ("На форуме в Каире присутствовали министры 12 государств.", "участники форума"),
        # must-nots: no verb of attending, no gathering
        ("Лидеры 20 государств подписали декларацию.", "государства"),
        ("Президент Перу побывал в 20 странах.", "страны"),
    ],
)
def test_attending_states(analyse, text, metric):
    assert [m for m, _ in claim_rows(analyse, text, _METRIC)] == [metric]
