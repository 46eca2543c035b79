"""A count of people an adjective of fate names ("30 раненых", "о 12 убитых") counts people,
unit `человек`, as "17 погибших" and "число раненых превысило 30" do; a bare count before a
comma takes no such adjective's unit from the count after it ("погибли трое, 12 раненых":
three dead, no three wounded), while a noun after a comma list stays shared ("на 20, 10
лет") (h-claims69, own sentences after the class seen on unlisted NEREL-train texts)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.common.quantities import find_quantities

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В результате взрыва в Чили 17 погибших и 30 раненых.",
            [("погибшие", 17, "человек"), ("раненые", 30, "человек")],
        ),
        ("Власти Перу сообщили о 30 раненых.", [("раненые", 30, "человек")]),
        ("Власти Мексики сообщили о 12 убитых.", [("убитые", 12, "человек")]),  # was none
        (
            "В результате теракта в Эстонии погибли трое, 12 раненых госпитализированы.",
            [("погибшие", 3, "человек"), ("раненые", 12, "человек")],
        ),
        # must-not: a noun counted names its own unit
        (
            "В Эстонии госпитализированы 30 раненых военнослужащих.",
            [("раненые военнослужащие", 30, "военнослужащий")],
        ),
        ("В результате теракта в Эстонии погибли трое.", [("погибшие", 3, "человек")]),
    ],
)
def test_a_count_of_the_wounded_counts_people(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("погибли трое, 12 раненых", ["", "раненый"]),
        ("погибли 2, 12 раненых", ["", "раненый"]),
        # must-not: a noun or "и"/"или" share the unit
        ("продлить срок на 20, 10 лет", ["год", "год"]),
        ("погибли двое или трое раненых", ["раненый", "раненый"]),
        ("Чили выделила 20, 30 и 40 тысяч долларов", ["", "USD", "USD"]),
    ],
)
def test_a_comma_shares_no_adjective_s_unit(text: str, units: list[str]) -> None:
    assert [q.unit for q in find_quantities(text)] == units
    assert all(isinstance(q.value, Decimal) for q in find_quantities(text))
