"""Distances "в N км от Y" are claims "расстояние до Y" also where a comparator opens the
figure ("примерно в 250 км от Y": the hedge stands before "в"), a side of the world stands
between ("в 48 км к югу от Y", "в 40 км западнее Y") or adjectives before the place's noun
("от сербской столицы"); a distance covered ("прошла 500 км к югу от Y") and a side with no
place ("в 5 км к северу") stay none (claims73)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Колонна беженцев остановилась примерно в 300 километрах от Белграда.",
         ("расстояние до Белграда", Decimal(300), "километр", "approx")),
        ("Лагерь расположен более чем в 3 км от границы Хорватии.",
         ("расстояние до границы Хорватии", Decimal(3), "километр", "gt")),
        ("Учения Венгрии прошли в 48 километрах к югу от Сегеда.",
         ("расстояние до Сегеда", Decimal(48), "километр", "eq")),
        ("Склад находится приблизительно в 120 км к северо-западу от Загреба.",
         ("расстояние до Загреба", Decimal(120), "километр", "approx")),
        ("Эпицентр землетрясения в Чили находился в 40 км юго-западнее Сантьяго.",
         ("расстояние до Сантьяго", Decimal(40), "километр", "eq")),
        ("Самолёт Словении приземлился в 250 км к востоку от сербской столицы.",
         ("расстояние до сербской столицы", Decimal(250), "километр", "eq")),
    ],
)  # fmt: skip
def test_a_hedged_or_sided_distance_is_one_to_its_place(analyse, text: str, expected) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a distance covered, not where something is; a side with no place after
        "Колонна беженцев прошла за неделю 300 километров к югу от Белграда.",
        "Граница Сербии и Венгрии проходит в 5 км к северу.",
    ],
)
def test_no_distance_without_in_and_a_place(analyse, text: str) -> None:
    assert [r for r in claim_rows(analyse, text, _FIELDS) if r[0].startswith("расстояние")] == []
