"""A total followed by its part (", из них 200 — выходцы из Польши") is not the part's
states' own: the states of a figure before ", из них" / ", из которых" are those named
before it; a state named before the cut stays the figure's."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "states")


@pytest.mark.parametrize(
    ("text", "value", "states"),
    [
        (
            "По данным СМИ, в Чехии работают около 900 иностранных специалистов, из них 200 — "
            "выходцы из Польши.",
            900,
            ("state/CZE",),
        ),
        (
            "Месячная аудитория сайта составляет порядка 12 млн человек, из которых 3 млн — "
            "жители Словакии.",
            12000000,
            (),
        ),
        (  # must not: a state named before the cut stays the total's
            "В Чехии работают 900 специалистов из Польши, из них 200 — в Праге.",
            900,
            ("state/CZE", "state/POL"),
        ),
    ],
)
def test_a_total_is_not_its_parts_states(analyse, text: str, value: int, states) -> None:
    rows = {int(v): tuple(sorted(s)) for v, s in claim_rows(analyse, text, _FIELDS)}
    assert rows[value] == states
