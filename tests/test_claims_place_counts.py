"""A count of places after "в"/"на" sets the scene of another figure of its sentence
(forty-first pass, own sentences): "На трёх заводах Перу 40 человек пострадали" claims the
40 hurt, not 3 plants; alone in its sentence the count is what the sentence tells."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "unit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На трёх заводах Перу 40 человек пострадали.", [(40, "человек")]),
        ("В пяти городах Египта прошли акции протеста, задержаны 300 человек.", [(300, "человек")]),
        ("На двух шахтах Чили погибли 12 горняков.", [(12, "горняк")]),
        # must not: the only figure of its sentence, a count of plants no preposition sets
        ("Акции протеста прошли в 20 городах Мексики.", [(20, "город")]),
        ("В Перу работают 15 чилийских заводов.", [(15, "завод")]),
        # must not: games a player played in are counted ("в 268 играх")
        ("В 268 играх Комри забросил 80 шайб.", [(80, "шайба"), (268, "игра")]),
    ],
)
def test_place_counts_set_the_scene(analyse, text: str, expected: list) -> None:
    assert [(int(v), u) for v, u in claim_rows(analyse, text, _FIELDS)] == sorted(expected)
