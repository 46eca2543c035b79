"""Claims: a thing's length given by "длительностью/продолжительностью N минут" ("видео
длительностью около трёх минут") is that noun's metric ("длительность видео"), not the
bare "срок" of an act; a duration the sentence's verb governs keeps its reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Власти Египта опубликовали видео длительностью около трёх минут.",
            [("длительность видео", Decimal(3), "минута")],
        ),
        (
            "МИД Турции показал фильм продолжительностью два часа о событиях в Египте.",
            [("продолжительность фильма", Decimal(2), "час")],
        ),
        (  # must-not: an act's length the verb governs stays "срок"
            "Посол Чили две недели живёт в транзитной зоне аэропорта Перу.",
            [("срок", Decimal(2), "неделя")],
        ),
    ],
)
def test_length_of_a_thing(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows
