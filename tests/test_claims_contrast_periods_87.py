"""Fifty-third pass, own sentences: the later clause of a ", а" contrast with a verb of its
own and no date ("…, а венгерские инвестиции достигли 3 млрд евро") is of the time a date
opening the earlier clause gives its figures, where the parser hangs the later clause beside
the earlier one; a date, "сейчас" or another tense of its own keeps it apart. A bare measure
a possessive pronoun owns ("…, а его стоимость оценивается в …") measures the thing told before
it, and a present estimate of a thing told in the future is a forecast. A difference after
the later part's figure (", что на 6 % меньше") is of that figure."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "period", "status")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the later clause, its own subject and verb, takes the date opening the earlier one
        ("В прошлом году экспорт Чили в Перу превысил 1,9 млрд долларов, а чилийские инвестиции "
         "в экономику Перу составили 4,3 млрд долларов.",
         [("инвестиции", "2025", "actual"), ("экспорт", "2025", "actual")]),
        ("По данным ведомства, в 2024 году товарооборот Сербии и Венгрии вырос до 5 млрд евро, а "
         "венгерские инвестиции в экономику Сербии достигли 3 млрд евро.",
         [("инвестиции", "2024", "actual"), ("товарооборот", "2024", "actual")]),
        # must not: a date of its own, a deadline of its own, keep theirs
        ("В 2024 году экспорт Сербии в Венгрию превысил 1 млрд евро, а в 2025 году венгерские "
         "инвестиции в экономику Сербии достигли 3 млрд евро.",
         [("инвестиции", "2025", "actual"), ("экспорт", "2024", "actual")]),
        ("В 2024 году экспорт Чили в Перу превысил 1,9 млрд долларов, а к 2030 году чилийские "
         "инвестиции в экономику Перу составят 6 млрд долларов.",
         [("инвестиции", "2030", "forecast"), ("экспорт", "2024", "actual")]),
        # must not: another tense, or "сейчас", is not the earlier clause's time
        ("В прошлом году экспорт Чили в Перу превысил 1,9 млрд долларов, а чилийские инвестиции "
         "в экономику Перу составят 6 млрд долларов.",
         [("инвестиции", "", "forecast"), ("экспорт", "2025", "actual")]),
        ("В прошлом году экспорт Чили в Перу превысил 1,9 млрд долларов, а сейчас чилийские "
         "инвестиции в экономику Перу составляют 6 млрд долларов.",
         [("инвестиции", "", "actual"), ("экспорт", "2025", "actual")]),
        # must not: a date of a deed with no figure dates no figure after the contrast
        ("В 2024 году Сербия подписала соглашение с Венгрией, а венгерские инвестиции в "
         "экономику Сербии достигли 3 млрд евро.", [("инвестиции", "", "actual")]),
    ],
)  # fmt: skip
def test_contrast_shares_the_earlier_date(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2026-03-01") == sorted(expected)


_PIPELINE = "Протяжённость газопровода из Сербии в Венгрию"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive before a bare measure names the thing told before; an estimate of a
        # thing still to be built is a forecast
        (f"{_PIPELINE} составит около 400 километров, а его стоимость оценивается в 2 млрд евро.",
         [("протяжённость газопровода", "forecast"), ("стоимость газопровода", "forecast")]),
        ("Длина дороги из Чили в Перу составит 300 километров, а её стоимость оценивается в 900 "
         "млн долларов.", [("длина дороги", "forecast"), ("стоимость дороги", "forecast")]),
        ("Чили и Перу построят новые мосты, а их стоимость оценивается в 3 млрд долларов.",
         [("стоимость мостов", "forecast")]),
        # must not: a thing built keeps the estimate actual; with no pronoun the measure names
        # no thing; one named by its own genitive stays as it is
        (f"{_PIPELINE} составила 400 километров, а его стоимость оценивается в 2 млрд евро.",
         [("протяжённость газопровода", "actual"), ("стоимость газопровода", "actual")]),
        (f"{_PIPELINE} составит 400 километров, а стоимость оценивается в 2 млрд евро.",
         [("протяжённость газопровода", "forecast"), ("стоимость", "actual")]),
        ("Стоимость газопровода из Сербии в Венгрию оценивается в 2 млрд евро.",
         [("стоимость газопровода", "actual")]),
    ],
)  # fmt: skip
def test_possessive_measure_of_the_thing_before(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("metric", "status")) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a difference after the later part's figure is of that figure
        ("В 2024 году экспорт Сербии в Венгрию вырос до 1,8 млрд евро, а импорт составил 700 млн "
         "евро, что на 6 % меньше, чем годом ранее.",
         [("импорт", "actual"), ("снижение импорта", "actual"), ("экспорт", "actual")]),
        ("В 2025 году поставки меди из Чили в Перу выросли до 2,4 млрд долларов, а импорт "
         "сократился до 800 млн долларов, что на 7 % меньше, чем годом ранее.",
         [("импорт", "actual"), ("поставки меди", "actual"), ("снижение импорта", "actual")]),
        # must not: one after the earlier part's figure, or with no contrast, stays that one's
        ("В 2025 году экспорт Чили в Перу вырос до 2,4 млрд долларов, что на 9 % больше, чем "
         "годом ранее, а импорт составил 800 млн долларов.",
         [("импорт", "actual"), ("рост экспорта", "actual"), ("экспорт", "actual")]),
        ("Экспорт Сербии в Венгрию вырос до 1,8 млрд евро, что на 6 % больше, чем годом ранее.",
         [("рост экспорта", "actual"), ("экспорт", "actual")]),
    ],
)  # fmt: skip
def test_difference_of_the_later_figure(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("metric", "status")) == sorted(expected)
