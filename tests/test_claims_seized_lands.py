"""A share of a state's territory that a group holds or takes is the group's, no side of that
state (forty-third pass, own sentences): "Боевики контролируют 30 % территории Сирии" names
no state (was Syria), nor does the passive "30 % территории Мали захвачены повстанцами"; a
state that holds it keeps both sides ("Турция контролирует 10 % территории Сирии"), and a
land measured or a state's own share ("Египет занимает 5 % территории Африки") keep theirs."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "states")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Боевики контролируют 30 % территории Сирии.", [(30, [])]),
        ("Повстанцы захватили около 40 % территории Мали.", [(40, [])]),
        ("Исламское государство удерживает 20 процентов территории Ирака.", [(20, [])]),
        ("30 % территории Мали захвачены повстанцами.", [(30, [])]),
        # must not: a state holds it, a land measured, a state's own share, its own army
        ("Турция контролирует 10 % территории Сирии.", [(10, ["state/SYR", "state/TUR"])]),
        (
            "Площадь Египта составляет более 1 млн квадратных километров.",
            [(1000000, ["state/EGY"])],
        ),
        ("Египет занимает 5 % территории Африки.", [(5, ["state/EGY"])]),
        ("Армия Перу контролирует 90 % территории страны.", [(90, ["state/PER"])]),
    ],
)
def test_land_a_group_holds_is_no_states(analyse, text: str, expected: list) -> None:
    assert [(int(v), s) for v, s in claim_rows(analyse, text, _FIELDS)] == sorted(expected)
