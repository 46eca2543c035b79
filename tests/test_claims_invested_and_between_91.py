"""Claims (h-claims91): a sum that is the object of a verb that says what the money is
("вложить 3 млрд долларов в производство" → инвестиции) is never measured by a noun of a
relative clause it stands outside of ("Компания, на которую приходится 10 % экспорта, …"),
whose own percent keeps its reading; a measure in the instrumental hung past a "между" phrase
("линию электропередачи между двумя странами протяжённостью 800 км") sizes the thing the
phrase places, never the places."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "status", "states")
_SIZED = ("metric", "value", "unit", "states")  # a passive future's status is no part of it
_IND = ["state/IND"]
_IND_KOR = ["state/IND", "state/KOR"]
_EGY_JOR = ["state/EGY", "state/JOR"]
_CHL_PER = ["state/CHL", "state/PER"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Концерн Samsung, на долю которого приходится 20 % корейского экспорта, намерен "
         "инвестировать 5 млрд долларов в строительство завода в Индии.",
         [("доля корейского экспорта", Decimal(20), "percent", "actual", _IND),
          ("инвестиции", Decimal(5_000_000_000), "USD", "target", _IND)]),
        ("Корейская компания, на которую приходится около 10 % индийского экспорта, "
         "объявила о планах вложить 3 млрд долларов в производство батарей.",
         [("доля экспорта", Decimal(10), "percent", "actual", _IND),
          ("инвестиции", Decimal(3_000_000_000), "USD", "target", _IND)]),
        ("Египетская компания, на которую приходится 15 % иорданского импорта, потратила "
         "2 млрд долларов на строительство порта.",
         [("доля импорта", Decimal(15), "percent", "actual", _EGY_JOR),
          ("расходы компании", Decimal(2_000_000_000), "USD", "actual", _EGY_JOR)]),
        # must-not: a measured noun outside any relative clause still names the sum
        ("Объём индийского экспорта в Южную Корею составил 5 млрд долларов.",
         [("объём экспорта", Decimal(5_000_000_000), "USD", "actual", _IND_KOR)]),
    ],
)  # fmt: skip
def test_spent_sum_is_no_relative_clause_measure(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Индия и Южная Корея построят линию электропередачи между двумя странами "
         "протяжённостью 900 километров.",
         [("протяжённость линии электропередачи", Decimal(900), "километр", _IND_KOR)]),
        ("Египет и Иордания построят газопровод между двумя странами протяжённостью 300 км.",
         [("протяжённость газопровода", Decimal(300), "километр", _EGY_JOR)]),
        ("Чили и Перу расширят дорогу между Арикой и Такной протяжённостью 60 км.",
         [("протяжённость дороги", Decimal(60), "километр", _CHL_PER)]),
        # must-not: the places a "между" subject names are not what the measure sizes
        ("Дорога между Лимой и Куско протяжённостью 1100 км будет расширена при помощи Чили.",
         [("протяжённость дороги", Decimal(1100), "километр", _CHL_PER)]),
        ("Мост между Чили и Перу протяжённостью 2 км будет построен.",
         [("протяжённость моста", Decimal(2), "километр", _CHL_PER)]),
    ],
)  # fmt: skip
def test_measure_past_between_sizes_the_thing(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _SIZED) == rows
