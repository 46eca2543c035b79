"""A count of wins of two coordinated objects names the first object only, no fusion of the
second's nominative into the first's genitive ("дважды выигрывал Кубок Либертадорес и
Южноамериканский кубок" was "победа Кубка Либертадорес и Южноамериканский кубок").
Forty-fourth pass (h-claims65), own sentences about Chile–Peru; must-nots: one object keeps
its genitives."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Вместе с клубом из Лимы он дважды выигрывал Кубок Либертадорес и Южноамериканский "
         "кубок.", [("победа Кубка Либертадорес", 2)]),
        # must not: one object with its genitive
        ("Клуб из Сантьяго шесть раз выигрывал Суперкубок Чили.", [("победа Суперкубка Чили", 6)]),
    ],
)  # fmt: skip
def test_coordinated_wins(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)
