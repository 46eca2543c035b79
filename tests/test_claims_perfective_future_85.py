"""Claims (h-claims85): a perfective future of the verb a figure hangs on ("привлечёт",
"откроет", "пригласит") is a deed to come, a forecast, where the present of its imperfective
("привлекает", "открывает") and the past tell what is; a future denied, a verb of receiving
with no money, and a plan's verb keep their readings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status", "states")
_SRB_HUN = ["state/HUN", "state/SRB"]
_CHL_PER = ["state/CHL", "state/PER"]
_VNM_JPN = ["state/JPN", "state/VNM"]


def _invested(status: str) -> list[tuple]:
    return [("инвестиции", Decimal(2_000_000_000), "USD", "eq", "", status, _SRB_HUN)]


def _consulates(status: str) -> list[tuple]:
    return [("новые консульства", Decimal(5), "консульство", "eq", "", status, _CHL_PER)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Сербия привлечёт из Венгрии 2 млрд долларов инвестиций.", _invested("forecast")),
        ("Чили откроет в Перу 5 новых консульств.", _consulates("forecast")),
        (
            "Япония пригласит 40 экспертов из Вьетнама.",
            [("эксперты", Decimal(40), "эксперт", "eq", "", "forecast", _VNM_JPN)],
        ),
        # must-nots: the imperfective present and the past are deeds
        ("Сербия привлекает из Венгрии 2 млрд долларов инвестиций.", _invested("actual")),
        ("Сербия привлекла из Венгрии 2 млрд долларов инвестиций.", _invested("actual")),
        ("Чили открывает в Перу 5 новых консульств.", _consulates("actual")),
        (  # a growth's present; its future stays a forecast
            "Экспорт риса из Вьетнама в Японию растёт на 10 %.",
            [("рост экспорта риса", Decimal(10), "percent", "eq", "", "actual", _VNM_JPN)],
        ),
        (  # a plan's perfective future stays a target
            "Венгрия увеличит экспорт газа в Сербию на 10 %.",
            [("рост экспорта газа", Decimal(10), "percent", "eq", "", "target", _SRB_HUN)],
        ),
        (  # a future denied counts who there is
            "Две спортсменки из Чили не примут участие в турнире в Перу.",
            [("спортсменки", Decimal(2), "спортсменка", "eq", "", "actual", _CHL_PER)],
        ),
        (  # the size of a thing: no deed makes it
            "Мост длиной 2 километра соединит Чили и Перу.",
            [("длина моста", Decimal(2), "километр", "eq", "", "actual", _CHL_PER)],
        ),
        (  # a verb of receiving forecasts money only
            "Партия Сербии получит в парламенте Венгрии 3 места.",
            [("места", Decimal(3), "место", "eq", "", "actual", _SRB_HUN)],
        ),
    ],
)
def test_perfective_future(analyse, text, rows):
    assert claim_rows(analyse, text, _FIELDS) == rows
