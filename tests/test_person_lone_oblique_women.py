"""A woman's Russian surname alone in an oblique case ("по делу Ковальчуковой") is hers in
the nominative, though the tagger reads it as a man's (own sentences about Chile, Estonia,
Latvia). A man's adjectival surname in "-ой" in the nominative ("Боровой заявил") stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Суд Чили продолжил следствие по делу Ковальчуковой в Сантьяго.", "Ковальчукова"),
        ("Премьер Латвии вручил премию Надьовой в Риге.", "Надьова"),
        ("Министр Эстонии встретился с Тамминой в Таллине.", "Таммина"),
    ],
)  # fmt: skip
def test_her_nominative(run: Callable[[str], Extraction], text: str, name: str) -> None:
    names = person_names(run(text))
    assert name in names
    assert not any(n.endswith("ой") for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Посол Перу Боровой заявил, что Чили не ответила.", "Боровой"),
        ("Министр Чили Андрес Гомес встретился с Анной Ковальчуковой в Лиме.",
         "Анна Ковальчукова"),
    ],
)  # fmt: skip
def test_stays(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
