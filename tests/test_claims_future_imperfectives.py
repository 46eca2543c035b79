"""The compound future ("будет составлять", "будут расти") of a verb whose simple future
forecasts a figure ("составит", "вырастет") forecasts it too; its past and present stay
actual, and a compound future of another verb ("будет контролировать 30 мест") tells no
forecast by itself."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("status",)


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт Чили в Китай будет составлять 20 млрд долларов.",
        "Инфляция в Аргентине будет превышать 100 %.",
        "Товарооборот Индии и Вьетнама будет расти на 10 % в год.",
        "Доходы бюджета Перу будут сокращаться на 2 % ежегодно.",
    ],
)
def test_a_compound_future_forecasts_the_figure(analyse, text: str) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [("forecast",)]


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт Чили в Китай составлял 20 млрд долларов.",
        "Инфляция в Аргентине превышает 100 %.",
        "Товарооборот Индии и Вьетнама рос на 10 % в год.",
        "Правящая партия Чили будет контролировать 30 мест в парламенте.",
    ],
)
def test_a_past_a_present_or_another_verb_stays_actual(analyse, text: str) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [("actual",)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Если пошлины будут расти, экспорт Турции в Египет, который в 2023 году"
            " составил 7 млрд долларов, сократится.",
            "actual",
        ),
        ("Цены на рис в Таиланде выросли на 20 % и будут расти дальше.", "actual"),
        (
            "Эксперты гадают, будут ли цены на нефть расти, а пока товарооборот Мексики и"
            " Канады составил 40 млрд долларов.",
            "actual",
        ),
    ],
)
def test_a_compound_future_of_another_clause_leaves_the_figure_alone(
    analyse, text: str, status: str
) -> None:
    """Only the verb the figure hangs on is its tense: a "будут расти" of a condition, of a
    conjoined verb or of another clause forecasts nothing of a figure told as done."""
    assert [row[0] for row in claim_rows(analyse, text, _FIELDS)][:1] == [status]
