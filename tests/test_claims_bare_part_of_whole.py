"""A bare number the subject of a plural verb after a whole "из N X" of its clause counts
those X the verb tells of: "Из десяти энергоблоков АЭС семь были разрушены" → разрушенные
энергоблоки 7 (was no claim; the whole stays a claim of its own, as "55 из 90 депутатов"
keeps its total). Forty-fourth pass (h-claims65), own sentences about Chile–Peru and
Egypt–Turkey; must-nots: a number with a noun of its own, a whole of people (bare_fated), a
number with no "из" whole."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Из десяти энергоблоков АЭС Египта семь были разрушены или получили серьезные "
         "повреждения.",
         [("энергоблоки АЭС", 10, "энергоблок"), ("разрушенные энергоблоки", 7, "энергоблок")]),
        ("Из двенадцати мостов на границе Чили и Перу пять были разрушены наводнением.",
         [("мосты на границе", 12, "мост"), ("разрушенные мосты", 5, "мост")]),
        # must not: a noun of its own, people, no whole
        ("Из десяти энергоблоков АЭС Египта семь энергоблоков были разрушены.",
         [("энергоблоки", 7, "энергоблок"), ("энергоблоки АЭС", 10, "энергоблок")]),
        ("Из 242 заложников в Перу 43 были убиты.",
         [("заложники", 242, "заложник"), ("убитые заложники", 43, "заложник")]),
    ],
)  # fmt: skip
def test_bare_part_of_whole(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)
