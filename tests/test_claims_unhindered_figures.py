"""Claims of a figure under a denied verb of hindering ("санкции не помешали товарообороту
достичь 5 млрд долларов", "это не помешало экспорту вырасти до 3 млрд"): what nothing kept
from being reached was reached, an actual figure; under a hindering verb not denied
("санкции помешали Ирану продать 5 млн тонн") it stays the aim missed, a target."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "comparator", "status")


def _of(analyse, text: str, value: int) -> list[tuple]:  # noqa: ANN001
    return [r for r in claim_rows(analyse, text, _FIELDS) if r[0] == value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Санкции не помешали товарообороту Чили и Перу достичь 5 млрд долларов.",
            5000000000,
        ),
        ("Кризис не помешал Египту привлечь 2 млрд долларов.", 2000000000),
        ("Засуха не помешала Канаде продать Мексике 3 млн тонн пшеницы.", 3000000),
        ("Это не помешало экспорту Эстонии в Латвию вырасти до 900 млн евро.", 900000000),
        ("Пандемия не воспрепятствовала Турции получить 4 млрд долларов.", 4000000000),
        ("Санкции не помешали росту товарооборота Чили и Перу до 5 млрд долларов.", 5000000000),
        ("Пошлины не помешали Канаде и Мексике довести товарооборот до 80 млрд долларов.",
         80000000000),
    ],
)  # fmt: skip
def test_an_unhindered_figure_is_actual(analyse, text: str, value: int) -> None:
    assert _of(analyse, text, value) == [(value, "eq", "actual")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # must not: a hindering verb not denied keeps the aim missed
        ("Санкции помешали товарообороту Чили и Перу достичь 5 млрд долларов.", 5000000000),
        ("Кризис помешал Египту привлечь 2 млрд долларов.", 2000000000),
        ("Засуха помешала Канаде продать Мексике 3 млн тонн пшеницы.", 3000000),
        ("Это помешало экспорту Эстонии в Латвию вырасти до 900 млн евро.", 900000000),
        ("Санкции помешали росту товарооборота Чили и Перу до 5 млрд долларов.", 5000000000),
        ("Пошлины помешали Канаде и Мексике довести товарооборот до 80 млрд долларов.",
         80000000000),
    ],
)  # fmt: skip
def test_a_hindered_figure_stays_a_target(analyse, text: str, value: int) -> None:
    assert _of(analyse, text, value) == [(value, "eq", "target")]


def test_what_an_unhindered_change_measures(analyse) -> None:  # noqa: ANN001
    """The dative a hindering verb keeps from changing is what changes, not its subject."""
    rows = claim_rows(
        analyse, "Санкции не помешали экспорту Чили вырасти на 5 %.", ("metric", "status")
    )
    assert rows == [("рост экспорта", "actual")]


def test_a_figure_nothing_will_hinder_is_a_forecast(analyse) -> None:  # noqa: ANN001
    text = "Санкции не помешают товарообороту Чили и Перу достичь 5 млрд долларов."
    assert _of(analyse, text, 5000000000) == [(5000000000, "eq", "forecast")]
