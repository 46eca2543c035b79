"""A saint's name in a place's or a building's name ("в госпитале Святой Марии (St Mary's
Hospital)", "собор Святого Павла") names no person of the document; a saint a verb
governs stays one (own sentences about Peru, Canada, Chile)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    "text",
    [
        "Роды прошли в госпитале Святой Марии (St Mary's Hospital) в Лиме, сообщил посол "
        "Чили Хосе Гомес.",
        "Переговоры Перу и Чили прошли в соборе Святого Павла (St Paul's Cathedral) в Оттаве.",
    ],
)
def test_saint_in_place_name(run: Callable[[str], Extraction], text: str) -> None:
    names = person_names(run(text))
    assert not {"Мария", "Павел"} & names


def test_real_person_stays(run: Callable[[str], Extraction]) -> None:
    text = (
        "Роды прошли в госпитале Святой Марии (St Mary's Hospital) в Лиме, сообщил посол "
        "Чили Хосе Гомес. Мария Лопес, жена посла Канады, поздравила родителей."
    )
    assert {"Хосе Гомес", "Мария Лопес"} <= person_names(run(text))
