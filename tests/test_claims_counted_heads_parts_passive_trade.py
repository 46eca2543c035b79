"""Fifty-first pass, own sentences: a part opened by any of the one list of part openings
(", из этого объёма/числа", ", из этой суммы") keeps its states off the total as ", из них"
does."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value

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
